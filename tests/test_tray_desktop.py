"""The real tray app, in a real desktop session (Xvfb + private D-Bus + xfce4-panel as the SNI host),
against the loopback fake SE Ranking API, read back over D-Bus the way a panel reads it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness import sni
from harness.faults import FakeSeRanking, Fault
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import QT_WARNING_MARKERS, TrayAppProcess, wait_until, window_names

pytestmark = pytest.mark.desktop

HTML_500 = "<html><body><h1>500 Internal Server Error</h1></body></html>"


def app_env(fake: FakeSeRanking, key: str | None) -> dict[str, str]:
    env = {"SERANKING_API_URL": fake.url}
    if key is not None:
        env["SERANKING_API_KEY"] = key
    return env


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


@pytest.fixture
def start_app() -> Iterator[list[TrayAppProcess]]:
    apps: list[TrayAppProcess] = []
    yield apps
    for app in apps:
        app.stop()


def launch(session: DesktopSession, apps: list[TrayAppProcess], *args: str, env: dict[str, str]) -> TrayAppProcess:
    app = TrayAppProcess(session, *args, env=env)
    apps.append(app)
    return app


def test_icon_tooltip_and_menu_follow_the_account(
    session: DesktopSession,
    start_app: list[TrayAppProcess],
    fake_api: FakeSeRanking,
    sentinel_key: str,
    desktop_artifacts: Path,
) -> None:
    app = launch(session, start_app, "--refresh-interval", "1", env=app_env(fake_api, sentinel_key))
    app.wait_for_item(timeout=15)

    # ok: the balance and the name in the tooltip, not red
    tip = app.wait_for_tooltip(lambda t: "$1,234.50" in t, 20, "the first balance in the tooltip")
    assert "Jane Roe" in tip and "Subscription active" in tip
    assert not sni.is_reddish(app.colour())
    assert not sni.is_greyish(app.colour())
    labels = app.menu_labels()
    assert "Jane Roe" in labels and "jane.roe@example.com" in labels
    assert any("$1,234.50" in label for label in labels)
    for wanted in ("Refresh now", "Account…", "Settings…", "Open SE Ranking", "Quit"):
        assert wanted in labels
    session.screenshot(desktop_artifacts / "tray-ok.png")

    # balance under the threshold: red within two refresh intervals (plus a generous margin)
    fake_api.set_state(balance={"currency": "USD", "currency_code": "USD", "value": 5.25})
    app.wait_for_tooltip(lambda t: "Low balance" in t, 10, "low balance in the tooltip")
    assert sni.is_reddish(app.colour())
    low_pixmap = app.properties()["IconPixmap"]

    # expired: red too, but a different image (a different mark, not colour alone)
    fake_api.set_state(
        balance={"currency": "USD", "currency_code": "USD", "value": 500},
        subscription={"type": "subscription", "is_expired": "true"},
    )
    app.wait_for_tooltip(lambda t: "Subscription expired" in t, 10, "expired in the tooltip")
    assert sni.is_reddish(app.colour())
    assert app.properties()["IconPixmap"] != low_pixmap

    # the server fails: grey, not red; the last balance stays in the tooltip, marked stale
    fake_api.set_state(subscription={"type": "subscription", "is_expired": False})
    app.wait_for_tooltip(lambda t: "$500.00" in t and "expired" not in t, 10, "recovered from expired")
    for endpoint in ("balance", "subscription", "profile"):
        fake_api.set_fault(endpoint, Fault(status=500, body=HTML_500, headers={"Content-Type": "text/html"}))
    tip = app.wait_for_tooltip(lambda t: "cannot check" in t, 20, "the error in the tooltip")
    assert "$500.00" in tip and "stale" in tip
    assert "<html" not in tip
    assert sni.is_greyish(app.colour()) and not sni.is_reddish(app.colour())
    session.screenshot(desktop_artifacts / "tray-error.png")

    # recovery
    for endpoint in ("balance", "subscription", "profile"):
        fake_api.set_fault(endpoint, None)
    app.wait_for_tooltip(lambda t: "cannot check" not in t and "$500.00" in t, 20, "recovery")
    assert not sni.is_reddish(app.colour()) and not sni.is_greyish(app.colour())
    assert not any(marker in app.output() for marker in QT_WARNING_MARKERS), app.output()


def test_every_refresh_asks_all_three_endpoints_and_revalidates_the_avatar(
    session: DesktopSession, start_app: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    app = launch(session, start_app, "--refresh-interval", "1", env=app_env(fake_api, sentinel_key))
    app.wait_for_item()
    assert fake_api.wait_for_requests(4, 20, endpoint="avatar")
    for endpoint in ("balance", "profile", "subscription"):
        assert len(fake_api.requests_to(endpoint)) >= 4
    avatar_statuses = [r.status for r in fake_api.requests_to("avatar")]
    assert avatar_statuses[0] == 200
    assert set(avatar_statuses[1:]) == {304}, avatar_statuses
    for request in fake_api.requests_to("avatar"):
        assert "Authorization" not in request.headers  # the key goes to the API only
    # the refreshes are whole checks: per balance request there is one of each of the others
    counts = [len(fake_api.requests_to(e)) for e in ("balance", "profile", "subscription")]
    assert max(counts) - min(counts) <= 1


def test_the_gui_thread_answers_while_the_api_takes_five_seconds(
    session: DesktopSession, start_app: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.set_delay(5)
    app = launch(session, start_app, env=app_env(fake_api, sentinel_key))
    app.wait_for_item()
    assert fake_api.wait_for_arrivals(3, 10)  # a check is in progress now
    # Event-loop probe: every D-Bus property read is answered by the app's GUI thread.
    worst = 0.0
    probe_until = time.monotonic() + 3
    while time.monotonic() < probe_until:
        started = time.monotonic()
        assert app.tooltip()
        worst = max(worst, time.monotonic() - started)
    assert worst < 1.0, f"the GUI thread was blocked for {worst:.2f} s"
    assert fake_api.wait_for_requests(3, 15)
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 15, "the slow answer to arrive")


def test_sigterm_during_a_slow_request_exits_cleanly_within_two_seconds(
    session: DesktopSession, start_app: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.set_fault("balance", Fault(hang=True))
    app = launch(session, start_app, env=app_env(fake_api, sentinel_key))
    app.wait_for_item()
    assert fake_api.wait_for_arrivals(1, 10, endpoint="balance")
    started = time.monotonic()
    app.send_signal(signal.SIGTERM)
    assert app.wait_exit(timeout=10) == 0
    assert time.monotonic() - started < 2.0
    output = app.output()
    assert not any(marker in output for marker in QT_WARNING_MARKERS), output


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGHUP])
def test_sigint_and_sighup_quit_with_status_zero(
    session: DesktopSession,
    start_app: list[TrayAppProcess],
    fake_api: FakeSeRanking,
    sentinel_key: str,
    signum: int,
) -> None:
    app = launch(session, start_app, env=app_env(fake_api, sentinel_key))
    app.wait_for_item()
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 15, "the first data")
    app.send_signal(signum)
    assert app.wait_exit(timeout=10) == 0


def test_quit_from_the_menu(
    session: DesktopSession, start_app: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.set_delay(3)
    app = launch(session, start_app, env=app_env(fake_api, sentinel_key))
    app.wait_for_item()
    assert fake_api.wait_for_arrivals(3, 10)
    started = time.monotonic()
    app.click("Quit")
    assert app.wait_exit(timeout=10) == 0
    assert time.monotonic() - started < 2.0


def test_no_tray_host_shows_the_account_window(
    desktop_session: DesktopSessionFactory,
    start_app: list[TrayAppProcess],
    fake_api: FakeSeRanking,
    sentinel_key: str,
    desktop_artifacts: Path,
) -> None:
    session = desktop_session(tray=False, keyring=False)
    app = launch(session, start_app, env=app_env(fake_api, sentinel_key))
    wait_until(lambda: "SE Ranking Tray" in window_names(session), 15, "the account window")
    assert fake_api.wait_for_requests(3, 15)
    assert app.process.poll() is None  # still running, not vanished
    session.screenshot(desktop_artifacts / "no-tray-window.png")


def test_demo_mode_needs_no_key_and_reaches_low_balance_within_a_minute(
    session: DesktopSession, start_app: list[TrayAppProcess], desktop_artifacts: Path
) -> None:
    app = launch(session, start_app, "--demo", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    app.wait_for_item()
    tip = app.wait_for_tooltip(lambda t: "Demo" in t and "$" in t, 20, "demo data")
    assert "Demo Agency" in tip
    assert not sni.is_reddish(app.colour())
    labels = app.menu_labels()
    assert any("Demo" in label for label in labels)
    session.screenshot(desktop_artifacts / "demo-ok.png")
    app.wait_for_tooltip(lambda t: "Low balance" in t, 65, "low balance in demo mode")
    assert sni.is_reddish(app.colour())
    # nothing written to the real settings or history
    assert not (session.config_home / "seranking-tray" / "settings.json").exists()


def test_a_key_in_the_keyring_is_used(
    desktop_session: DesktopSessionFactory,
    start_app: list[TrayAppProcess],
    fake_api: FakeSeRanking,
    sentinel_key: str,
) -> None:
    session = desktop_session(keyring=True)
    store = subprocess.run(
        [sys.executable, "-m", "seranking_tray", "key", "set"],
        input=sentinel_key + "\n",
        env=session.env(),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert store.returncode == 0, store.stderr
    assert sentinel_key not in store.stdout + store.stderr
    app = launch(session, start_app, env=app_env(fake_api, None))
    app.wait_for_item()
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 20, "data read with the keyring's key")
    assert fake_api.requests_to("balance")[0].headers["Authorization"] == f"Token {sentinel_key}"
