"""Issue 15 in the real desktop session (Xvfb + private D-Bus + xfce4-panel): an agency's sub-account becomes blocked
by limits — one notification naming it, the icon amber (`attention`), the menu's line for the lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.faults import FakeSeRanking
from harness.notifications import NotificationRecorder
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import TrayAppProcess, wait_until, window_names
from seranking_tray.testing.fake_lists import sample_sites, sample_sub_accounts, sub_account


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


def agency(*, blocked: bool) -> list[dict[str, object]]:
    jane = sub_account(0, blocked=blocked, kind="client")
    jane.update(account_first_name="Jane", account_last_name="Client", account_email="jane@client.example.com")
    return [jane, *sample_sub_accounts(12)[1:]]


@pytest.mark.desktop
def test_a_sub_account_turning_blocked_is_one_notification_and_amber(
    session: DesktopSession, fake_api: FakeSeRanking, sentinel_key: str, desktop_artifacts: Path
) -> None:
    recorder: NotificationRecorder = session.recorder
    fake_api.sub_accounts = agency(blocked=False)
    fake_api.sites = sample_sites(48, paused=3)
    # --refresh-interval also overrides lists_interval: the lists are read at every (1 s) check here.
    app = TrayAppProcess(
        session, "--refresh-interval", "1", env={"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key}
    )
    try:
        app.wait_for_item()
        wait_until(lambda: "48 projects · 12 sub-accounts" in app.menu_labels(), 20, "the lists' line in the menu")
        assert not sni_amber(app.colour())
        assert recorder.notifications == []  # a first start with nothing blocked is quiet

        fake_api.sub_accounts = agency(blocked=True)
        app.wait_for_tooltip(lambda t: "Needs attention" in t, 20, "attention in the tooltip")
        wait_until(lambda: sni_amber(app.colour()), 10, "the amber icon")
        said = recorder.wait_for(1, 15)[0]
        assert "Jane Client" in said.summary and "blocked by limits" in said.summary
        assert "(client)" in said.body
        wait_until(lambda: "48 projects · 1 sub-account blocked" in app.menu_labels(), 10, "the menu's line")
        # Once: further checks (and list reads) with Jane still blocked announce nothing more.
        reads = len(fake_api.requests_to("users"))
        assert fake_api.wait_for_requests(reads + 3, 15, endpoint="users")
        assert len(recorder.notifications) == 1

        app.click("Account…")
        wait_until(lambda: "SE Ranking Tray" in window_names(session), 10, "the account window")
        session.screenshot(desktop_artifacts / "lists-account-window.png")
    finally:
        app.stop()


def sni_amber(rgb: tuple[int, int, int]) -> bool:
    red, green, blue = rgb
    return red > 180 and 100 < green < 190 and blue < 80  # as tests/test_credits_desktop.py reads amber
