"""Issue 14 in the real desktop session: the tooltip and the menu show the API credits and the days to expiry;
`expiring_soon` turns the icon amber and gives one notification naming the account and the days left; the
account window opens with them (and, offscreen, its credits line is read back)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harness import sni
from harness.faults import FakeSeRanking
from harness.notifications import NotificationRecorder
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import TrayAppProcess, wait_until, window_names
from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import AccountView, apply_outcome
from seranking_tray.domain.credits import Credits
from seranking_tray.domain.health import assess
from seranking_tray.domain.models import Snapshot
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.testing.fake_api import credits_body


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


@pytest.mark.desktop
def test_credits_in_the_tooltip_then_expiring_soon_is_amber_with_one_notification(
    session: DesktopSession, fake_api: FakeSeRanking, sentinel_key: str, desktop_artifacts: Path
) -> None:
    recorder: NotificationRecorder = session.recorder
    fake_api.set_state(credits=credits_body(expires_at=datetime.now(UTC) + timedelta(days=138, hours=5)))
    app = TrayAppProcess(
        session,
        "--refresh-interval",
        "1",
        env={"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key},
    )
    try:
        app.wait_for_item()
        tip = app.wait_for_tooltip(lambda t: "API credits" in t, 20, "the credits in the tooltip")
        assert "API credits 90.1 M of 101.3 M · until " in tip and "(138 days)" in tip
        assert "$1,234.50" in tip  # the Project meter is still there
        assert any("API credits 90.1 M" in label and "138 days" in label for label in app.menu_labels())
        assert not sni.is_reddish(app.colour())
        assert fake_api.wait_for_requests(len(fake_api.requests_to("credits")) + 2, 15, endpoint="credits")
        assert recorder.notifications == []  # a first start in ok is quiet

        fake_api.set_state(credits=credits_body(expires_at=datetime.now(UTC) + timedelta(days=5, hours=5)))
        tip = app.wait_for_tooltip(lambda t: "Expiring soon" in t, 15, "expiring soon in the tooltip")
        assert "(5 days)" in tip
        red, green, blue = app.colour()
        assert red > 180 and 100 < green < 190 and blue < 80, (red, green, blue)  # amber, like running low
        soon = recorder.wait_for(1, 15)[0]
        assert "Jane Roe" in soon.summary and "expires in 5 days" in soon.summary
        # once: further refreshes in the same state announce nothing more
        assert fake_api.wait_for_requests(len(fake_api.requests_to("credits")) + 3, 15, endpoint="credits")
        assert len(recorder.notifications) == 1

        app.click("Account…")
        wait_until(lambda: "SE Ranking Tray" in window_names(session), 10, "the account window")
        session.screenshot(desktop_artifacts / "credits-account-window.png")
    finally:
        app.stop()


def test_the_account_window_shows_the_credits(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    account = Account(AccountConfig(AccountId("a1"), "Agency"), "https://api4.seranking.com", None)
    credits = Credits("active", None, now + timedelta(days=138, hours=5), 101323444.0, 90055398.0)
    snapshot = Snapshot(now, credits=credits)
    view = apply_outcome(AccountView(account), CheckOutcome(account, snapshot, assess(snapshot)))
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    window.update_view(view, has_key=True)
    assert window.credits.text().startswith("90.1 M of 101.3 M · until ")
    assert window.credits.text().endswith("(138 days)")
