"""History in the real tray app: amber when the forecast runs out soon, the last reading at start, a corrupt
database moved aside, and the account window's chart (its screenshot goes into the README)."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from harness import sni
from harness.faults import FakeSeRanking, Fault
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import TrayAppProcess, wait_until, window_names
from seranking_tray.domain.account import AccountId
from seranking_tray.domain.readings import Reading
from seranking_tray.store.history import HistoryStore

pytestmark = pytest.mark.desktop
USD = {"currency": "USD", "currency_code": "USD"}


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


def history_file(session: DesktopSession) -> Path:
    return session.data_home / "seranking-tray" / "history.sqlite3"


def seed_falling(session: DesktopSession, end_value: float, per_day: float, days: int = 10) -> None:
    """Hourly readings up to an hour ago, falling by `per_day`, with one top-up in the middle."""
    end = datetime.now(UTC) - timedelta(hours=1)
    hours = days * 24
    readings = []
    for i in range(hours + 1):
        at = end - timedelta(hours=hours - i)
        value = end_value + per_day * (hours - i) / 24
        if i < hours // 2:
            value -= 200  # before a 200 top-up: a jump up that must not count as negative spend
        readings.append(Reading("default", at, at, value, "USD", "subscription", False, "ok"))
    history_file(session).parent.mkdir(parents=True, exist_ok=True)
    with HistoryStore.open(history_file(session)) as store:
        store.record_many(readings)


def start(
    session: DesktopSession, apps: list[TrayAppProcess], fake: FakeSeRanking, key: str, name: str = "app"
) -> TrayAppProcess:
    app = TrayAppProcess(
        session, "--refresh-interval", "1", env={"SERANKING_API_URL": fake.url, "SERANKING_API_KEY": key}, name=name
    )
    apps.append(app)
    app.wait_for_item()
    return app


def test_running_low_is_amber_then_red_under_the_threshold(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    seed_falling(session, end_value=61, per_day=12)  # ≈ 5 days left: inside the 7-day warning
    fake_api.set_state(balance={**USD, "value": 60})
    app = start(session, apps, fake_api, sentinel_key)
    tip = app.wait_for_tooltip(lambda t: "Running low" in t and "$60.00" in t, 20, "running low, checked")
    assert "days left" in tip and "stale" not in tip
    colour = app.colour()
    assert not sni.is_reddish(colour) and not sni.is_greyish(colour)
    red, green, blue = colour
    assert red > 180 and 100 < green < 190 and blue < 80, colour  # amber

    fake_api.set_state(balance={**USD, "value": 8})
    app.wait_for_tooltip(lambda t: "Low balance" in t, 20, "low balance")
    assert sni.is_reddish(app.colour())


def test_a_restart_while_offline_shows_the_last_stored_balance_marked_stale(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.set_state(balance={**USD, "value": 60})
    first = start(session, apps, fake_api, sentinel_key)
    first.wait_for_tooltip(lambda t: "$60.00" in t, 15, "the first balance")
    first.stop()

    for endpoint in ("balance", "profile", "subscription"):
        fake_api.set_fault(endpoint, Fault(hang=True))
    second = start(session, apps, fake_api, sentinel_key, name="second")
    tip = second.wait_for_tooltip(lambda t: "$60.00" in t, 10, "the stored balance before any answer")
    assert "stale" in tip or "updated" in tip
    second.click("Account…")
    wait_until(lambda: "SE Ranking Tray" in window_names(session), 10, "the account window")
    labels = second.menu_labels()
    assert any("$60.00" in label and "stale" in label for label in labels), labels


def test_a_corrupt_database_is_moved_aside_and_a_new_one_records(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    path = history_file(session)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    app = start(session, apps, fake_api, sentinel_key)
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 15, "the app working")
    wait_until(lambda: list(path.parent.glob("history.sqlite3.corrupt-*")), 10, "the bad file kept aside")
    assert fake_api.wait_for_requests(len(fake_api.requests_to("balance")) + 2, 15, endpoint="balance")
    # The app gave the account its id in settings.json (an installation from before ids: one account, migrated).
    settings = json.loads((session.config_home / "seranking-tray" / "settings.json").read_text("utf-8"))
    with HistoryStore.open(path) as store:
        assert store.last_reading(AccountId(settings["accounts"][0]["id"])) is not None


def test_account_window_with_the_chart_screenshot(
    session: DesktopSession,
    apps: list[TrayAppProcess],
    fake_api: FakeSeRanking,
    sentinel_key: str,
    desktop_artifacts: Path,
) -> None:
    seed_falling(session, end_value=236, per_day=18, days=30)
    fake_api.set_state(balance={**USD, "value": 235.4})
    app = start(session, apps, fake_api, sentinel_key)
    app.wait_for_tooltip(lambda t: "$235.40" in t, 15, "data")
    app.click("Account…")
    wait_until(lambda: "SE Ranking Tray" in window_names(session), 10, "the account window")
    window_id = wait_until(lambda: _window_id(session, "Account — SE Ranking Tray"), 10, "the window id")
    target = desktop_artifacts / "account-window.png"

    def painted() -> bool:  # mapped is not yet painted: a shot taken too early is a blank 1.3 kB image
        subprocess.run(
            ["/usr/bin/import", "-window", window_id, str(target)], env=session.env(), check=True, timeout=30
        )
        return target.stat().st_size > 5000

    wait_until(painted, 15, "the account window painted")
    session.screenshot(desktop_artifacts / "desktop-with-account-window.png")


def _window_id(session: DesktopSession, name: str) -> str | None:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=session.env(), capture_output=True, text=True, timeout=10, check=True
    ).stdout
    for line in tree.splitlines():
        if f'"{name}"' in line:
            return line.split()[0]
    return None
