"""Key storage, first run and single instance with the real app in a real desktop session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.faults import FakeSeRanking
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import TrayAppProcess, wait_until, window_names

pytestmark = pytest.mark.desktop


def save_through_dialog(session: DesktopSession, key: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harness.save_settings"],
        input=key + "\n",
        env=session.env(PYTHONPATH=str(Path(__file__).resolve().parents[1]), **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def private_files_text(session: DesktopSession) -> str:
    texts = []
    for root in (session.config_home, session.data_home, session.cache_home, session.state_home):
        for path in root.rglob("*"):
            if path.is_file() and "keyrings" not in path.parts:  # gnome-keyring's own encrypted store
                texts.append(path.read_text(errors="replace"))
    return "\n".join(texts)


def test_a_key_saved_in_the_dialog_goes_to_the_secret_service_and_the_app_uses_it(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=True)
    saved = save_through_dialog(session, sentinel_key, SERANKING_API_URL=fake_api.url)
    assert saved.returncode == 0 and saved.stdout.strip() == "stored", saved.stdout + saved.stderr
    assert sentinel_key not in saved.stdout + saved.stderr  # debug logging included
    assert sentinel_key not in private_files_text(session)

    app = TrayAppProcess(session, env={"SERANKING_API_URL": fake_api.url})
    apps.append(app)
    app.wait_for_item()
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 20, "the account, read with the stored key")
    assert fake_api.requests_to("balance")[0].headers["Authorization"] == f"Token {sentinel_key}"
    # a restart reads it back again
    app.stop()
    second = TrayAppProcess(session, env={"SERANKING_API_URL": fake_api.url}, name="second")
    apps.append(second)
    second.wait_for_item()
    second.wait_for_tooltip(lambda t: "$1,234.50" in t, 20, "the account after a restart")


def test_with_no_keyring_at_all_the_key_is_kept_for_the_session_and_never_written(
    desktop_session: DesktopSessionFactory, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=False)
    saved = save_through_dialog(session, sentinel_key, SERANKING_API_URL=fake_api.url)
    assert saved.stdout.strip() == "session", saved.stdout + saved.stderr
    assert sentinel_key not in saved.stdout + saved.stderr
    assert (session.config_home / "seranking-tray" / "settings.json").exists()
    assert sentinel_key not in private_files_text(session)


def test_first_run_shows_set_up_and_opens_the_settings_once(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking
) -> None:
    session = desktop_session(keyring=False)
    env = {"SERANKING_API_URL": fake_api.url, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    app = TrayAppProcess(session, env=env)
    apps.append(app)
    app.wait_for_item()
    app.wait_for_tooltip(lambda t: "set up" in t, 15, "the set-up state")
    wait_until(lambda: "Settings" in window_names(session), 15, "the settings dialog")
    assert fake_api.requests == []  # nothing to ask without a key
    app.send_signal(signal.SIGTERM)
    assert app.wait_exit(10) == 0

    again = TrayAppProcess(session, env=env, name="again")
    apps.append(again)
    again.wait_for_item()
    again.wait_for_tooltip(lambda t: "set up" in t, 15, "the set-up state again")
    # The item is up and its state known; the dialog would have been opened before that.
    assert "Settings — SE Ranking Tray" not in window_names(session)


def test_a_second_launch_hands_over_and_a_stale_instance_does_not_block(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=False)
    env = {"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key}
    first = TrayAppProcess(session, env=env)
    apps.append(first)
    first.wait_for_item()
    first.wait_for_tooltip(lambda t: "$1,234.50" in t, 15, "the first instance's data")
    assert "SE Ranking Tray" not in window_names(session)

    started = time.monotonic()
    second = TrayAppProcess(session, env=env, name="second")
    apps.append(second)
    assert second.wait_exit(10) == 0
    assert time.monotonic() - started < 5.0  # "within a second" of its own work; generous for a loaded CI box
    wait_until(lambda: "SE Ranking Tray" in window_names(session), 10, "the first instance's window")
    assert first.process.poll() is None

    os.kill(first.process.pid, signal.SIGKILL)
    first.process.wait(5)
    third = TrayAppProcess(session, env=env, name="third")
    apps.append(third)
    third.wait_for_item()
    assert third.process.poll() is None


def test_a_damaged_settings_file_is_said_in_the_window_kept_aside_and_the_app_works(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    """The settings start from defaults: the user is told where their file went (not only the log is), and the
    account is checked as usual."""
    session = desktop_session(keyring=False)
    path = session.config_home / "seranking-tray" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"refresh_interval": 600, "low_balance_threshold": ')
    env = {"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key}
    app = TrayAppProcess(session, env=env)
    apps.append(app)
    app.wait_for_item()
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 20, "the account checked with default settings")
    wait_until(lambda: "Account — SE Ranking Tray" in window_names(session), 15, "the account window, unasked")
    (aside,) = path.parent.glob("settings.json.corrupt-*")
    assert aside.read_bytes() == b'{"refresh_interval": 600, "low_balance_threshold": '  # nothing typed is lost
    wait_until(lambda: f"it was kept as {aside}" in app.output(), 10, "the warning in the log, in English")
    assert sentinel_key not in app.output()
