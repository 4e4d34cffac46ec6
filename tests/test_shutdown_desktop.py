"""Shutdown in every situation: the real app quits from the menu, on SIGTERM, SIGINT and SIGHUP (a session ending)
while a request hangs, while the avatar download hangs and while the settings dialog is open: exit status 0 within
2 s, no Qt warnings, the settings and state files intact and no temporary files left behind.

One desktop session per situation; each way of quitting is a fresh launch in it (the single-instance lock must
let the next one start, so a launch that left it behind would show too).
"""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from harness.faults import FakeSeRanking, Fault
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import QT_WARNING_MARKERS, TrayAppProcess, wait_until, window_names

pytestmark = pytest.mark.desktop

QUIT_WITHIN = 2.0
# Valid settings with a key the app does not know: it must come out byte for byte the same.
SETTINGS = {
    "low_balance_threshold": 25.0,
    "refresh_interval": 600,
    "icon_style": "colour",
    "a_setting_from_a_newer_version": {"kept": [1, 2, 3]},
    # Already migrated (a file without it gains its account's id once, on the first start).
    "accounts": [{"id": "5e7a1c0ffee1", "label": "default"}],
}
WAYS: dict[str, Callable[[TrayAppProcess], None]] = {
    "menu-quit": lambda app: app.click("Quit"),
    "SIGTERM": lambda app: app.send_signal(signal.SIGTERM),
    "SIGINT": lambda app: app.send_signal(signal.SIGINT),
    "SIGHUP": lambda app: app.send_signal(signal.SIGHUP),
}


def app_dirs(session: DesktopSession) -> list[Path]:
    homes = (session.config_home, session.data_home, session.cache_home, session.state_home)
    return [home / "seranking-tray" for home in homes]


def check_files_intact(session: DesktopSession, settings_bytes: bytes, way: str) -> None:
    settings_path = session.config_home / "seranking-tray" / "settings.json"
    assert settings_path.read_bytes() == settings_bytes, f"{way}: settings.json changed"
    for directory in app_dirs(session):
        if not directory.exists():
            continue
        for path in directory.rglob("*"):
            if not path.is_file():
                continue
            # write_atomically's temp files are ".<name>.<random>"; an unfinished SQLite transaction leaves a
            # hot "-journal" behind.
            assert not path.name.startswith("."), f"{way}: a temporary file was left behind: {path}"
            assert not path.name.endswith(("-journal", ".tmp")), f"{way}: left behind: {path}"
            if path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))  # parses: not torn
            if path.suffix in (".db", ".sqlite", ".sqlite3"):
                with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"{way}: {path}"


def run_situation(
    session: DesktopSession,
    fake: FakeSeRanking,
    key: str,
    arrange: Callable[[TrayAppProcess], None],
    *args: str,
) -> list[str]:
    settings_path = session.config_home / "seranking-tray" / "settings.json"
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(json.dumps(SETTINGS, indent=2))
    settings_bytes = settings_path.read_bytes()
    results = []
    for way, quit_app in WAYS.items():
        fake.clear_requests()
        app = TrayAppProcess(
            session, *args, env={"SERANKING_API_URL": fake.url, "SERANKING_API_KEY": key}, name=f"app-{way}"
        )
        try:
            app.wait_for_item(timeout=20)
            arrange(app)
            started = time.monotonic()
            quit_app(app)
            code = app.wait_exit(timeout=15)
            took = time.monotonic() - started
        finally:
            app.stop()
        output = app.output()
        assert code == 0, f"{way}: exit status {code}\n{output}"
        assert took < QUIT_WITHIN, f"{way}: took {took:.2f} s to quit"
        assert not any(marker in output for marker in QT_WARNING_MARKERS), f"{way}:\n{output}"
        assert "did not stop in time" not in output, f"{way}: the worker had to be abandoned\n{output}"
        check_files_intact(session, settings_bytes, way)
        results.append(f"{way} {took:.2f}s")
    return results


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


def test_quitting_while_a_request_hangs(session: DesktopSession, fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.set_fault("balance", Fault(hang=True))

    def arrange(app: TrayAppProcess) -> None:
        assert fake_api.wait_for_arrivals(1, 20, endpoint="balance")  # the check is stuck in that request now

    done = run_situation(session, fake_api, sentinel_key, arrange)
    print(done)
    assert len(done) == len(WAYS)


def test_quitting_while_the_avatar_download_hangs(
    session: DesktopSession, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.set_fault("avatar", Fault(hang=True))

    def arrange(app: TrayAppProcess) -> None:
        app.wait_for_tooltip(lambda t: "$1,234.50" in t, 20, "the check before the picture")
        assert fake_api.wait_for_arrivals(1, 20, endpoint="avatar")  # the worker waits on the picture now

    done = run_situation(session, fake_api, sentinel_key, arrange)
    print(done)
    assert len(done) == len(WAYS)


def test_quitting_with_the_settings_dialog_open(
    session: DesktopSession, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.set_delay(30)  # and a check in flight behind it

    def arrange(app: TrayAppProcess) -> None:
        wait_until(lambda: "Settings — SE Ranking Tray" in window_names(session), 20, "the settings dialog")
        assert fake_api.wait_for_arrivals(3, 20)

    done = run_situation(session, fake_api, sentinel_key, arrange, "--settings")
    print(done)
    assert len(done) == len(WAYS)
