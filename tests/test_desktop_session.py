"""Self-tests of the real-desktop harness (harness/): each checks one promise the harness makes.

If one of these fails, the app's desktop tests cannot be trusted either way: a tray that is not
there, a keyring that silently falls back, a notification service that answers when it should not.
"""

from __future__ import annotations

import os
import select
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from jeepney import DBusAddress, MatchRule, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

from harness import plugin, sni
from harness.notifications import (
    NOTIFICATIONS_BUS_NAME,
    NOTIFICATIONS_INTERFACE,
    NOTIFICATIONS_PATH,
    CloseReason,
)
from harness.plugin import DesktopSessionFactory
from harness.session import SECRETS_BUS_NAME, WATCHER_BUS_NAME, DesktopSession, DesktopSessionError
from harness.waiting import wait_until

pytestmark = pytest.mark.desktop

REPO_ROOT = Path(__file__).resolve().parents[1]
APP_TIMEOUT = 20.0
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# -- helpers ----------------------------------------------------------------------------------------


@contextmanager
def bus_client(session: DesktopSession) -> Iterator[DBusConnection]:
    """A jeepney connection to the session bus, standing for an app."""
    connection = open_dbus_connection(bus=session.bus_address)
    try:
        yield connection
    finally:
        connection.close()


def send_notify(
    connection: DBusConnection,
    *,
    summary: str,
    replaces_id: int = 0,
    urgency: int = 1,
    actions: tuple[str, ...] = (),
) -> int:
    address = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS_BUS_NAME, interface=NOTIFICATIONS_INTERFACE)
    message = new_method_call(
        address,
        "Notify",
        "susssasa{sv}i",
        (
            "harness-selftest",
            replaces_id,
            "dialog-information",
            summary,
            "the body",
            list(actions),
            {"urgency": ("y", urgency)},
            5000,
        ),
    )
    (notification_id,) = unwrap_msg(connection.send_and_get_reply(message, timeout=5))
    return int(notification_id)


def activatable_names(session: DesktopSession) -> list[str]:
    (names,) = session.call(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ListActivatableNames"
    )
    return list(names)


def read_line(process: subprocess.Popen[str], timeout: float = APP_TIMEOUT) -> str:
    """The next stdout line of a process started with ``stdout=PIPE, text=True``, without hanging."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        raise TimeoutError(f"no output from the app within {timeout}s")
    line = process.stdout.readline()
    if not line:
        raise AssertionError(f"the app exited (status {process.wait(timeout=5)}) instead of answering")
    return line.strip()


def start_bare_tray(session: DesktopSession, *args: str) -> subprocess.Popen[str]:
    process: subprocess.Popen[str] = session.spawn(
        [sys.executable, "-m", "harness.bare_tray", *args],
        name="bare_tray",
        extra_env={"PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    return process


def processes_with_parent(parent_pid: int, *, zombies: bool) -> set[int]:
    """PIDs whose parent is ``parent_pid``; with ``zombies`` only the zombies, else only the live ones."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields_after_name = stat.rpartition(")")[2].split()
        state, parent = fields_after_name[0], int(fields_after_name[1])
        if parent == parent_pid and (state == "Z") == zombies:
            found.add(int(entry.name))
    return found


def program_name(pid: int) -> str:
    """``Xvfb``, ``xfconfd``, ... - and for Python the module run with ``-m``."""
    arguments = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    if "-m" in arguments:
        return arguments[arguments.index("-m") + 1]
    return Path(arguments[0]).name


def run_python(session: DesktopSession, code: str, timeout: float = APP_TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        env=session.env(PYTHONPATH=str(REPO_ROOT)),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


# -- the session ------------------------------------------------------------------------------------


def test_session_provides_display_bus_tray_notifications_and_keyring(desktop: DesktopSession) -> None:
    assert desktop.display.startswith(":")
    xdpyinfo = subprocess.run(["xdpyinfo"], env=desktop.env(), capture_output=True, text=True, timeout=10, check=True)
    assert "dimensions:    1280x800 pixels" in xdpyinfo.stdout

    assert desktop.name_has_owner(WATCHER_BUS_NAME)
    assert desktop.name_has_owner(NOTIFICATIONS_BUS_NAME)
    assert desktop.name_has_owner(SECRETS_BUS_NAME)
    (owner,) = desktop.call(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "GetNameOwner",
        "s",
        (NOTIFICATIONS_BUS_NAME,),
    )
    assert owner == desktop.recorder.unique_name

    assert desktop.runtime_dir.stat().st_mode & 0o777 == 0o700
    for directory in (desktop.config_home, desktop.data_home, desktop.cache_home, desktop.state_home):
        assert directory.is_dir()
        assert directory.is_relative_to(desktop.home)


def test_env_is_built_from_scratch(desktop: DesktopSession, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":4242")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/outer-bus")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-9")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

    env = desktop.env(EXTRA="1")

    assert env["DISPLAY"] == desktop.display != ":4242"
    assert env["DBUS_SESSION_BUS_ADDRESS"] == desktop.bus_address
    assert "WAYLAND_DISPLAY" not in env
    assert "PYTHON_KEYRING_BACKEND" not in env
    assert env["XDG_RUNTIME_DIR"] == str(desktop.runtime_dir)
    assert env["HOME"] == str(desktop.home)
    assert env["NO_AT_BRIDGE"] == "1"
    assert env["QT_QPA_PLATFORM"] == "xcb"
    assert env["LANG"] == "C.UTF-8"
    assert env["EXTRA"] == "1"


def test_failed_start_cleans_up() -> None:
    # A deadline already past makes the very first wait fail, after Xvfb was launched.
    session = DesktopSession(startup_timeout=0.0)
    with pytest.raises(DesktopSessionError, match="did not report"):
        session.start()
    assert not session.running
    assert session.session_processes() == []


def test_teardown_leaves_no_processes(desktop_session: DesktopSessionFactory) -> None:
    own_children_before = processes_with_parent(os.getpid(), zombies=False)
    init_zombies_before = processes_with_parent(1, zombies=True)
    # Earlier tests in the same pytest process may have left their own unreaped children; only new ones count.
    own_zombies_before = processes_with_parent(os.getpid(), zombies=True)
    started_at = time.monotonic()
    session = desktop_session(notifications="dunst", keyring=True, tray=True)
    app = start_bare_tray(session)
    sni.wait_for_item(session, APP_TIMEOUT)
    # An app started without spawn() is not tracked by the session, only marked by its env.
    untracked = subprocess.Popen(["sleep", "600"], env=session.env())
    # Popen returns once the child is in execve(), a moment before /proc shows its new environment.
    wait_until(lambda: untracked.pid in session.session_processes(), 5, "the untracked child's environment")
    root, display_number = session.root, session.display.lstrip(":")
    # Proves the marker finds everything, including what D-Bus activated and what the panel forked;
    # otherwise "nothing left" below would prove nothing.
    running = sorted(program_name(pid) for pid in session.session_processes())
    assert running == sorted(
        [
            "Xvfb",
            "dbus-daemon",
            "xfce4-panel",
            "wrapper-2.0",
            "xfconfd",
            "gnome-keyring-daemon",
            "dunst",
            "harness.bare_tray",
            "sleep",
        ]
    )

    session.stop()
    elapsed = time.monotonic() - started_at

    assert session.session_processes() == []
    assert app.poll() is not None
    # Killed by the marker sweep, and its exit status left for its own Popen to collect.
    assert untracked.wait(timeout=5) == -signal.SIGTERM
    assert processes_with_parent(os.getpid(), zombies=False) <= own_children_before
    assert processes_with_parent(os.getpid(), zombies=True) <= own_zombies_before
    # This VM's init never reaps: an orphan the session failed to adopt would stay a zombie there.
    assert processes_with_parent(1, zombies=True) <= init_zombies_before
    assert not root.exists()
    assert not Path(f"/tmp/.X{display_number}-lock").exists()
    # Start + a Qt app + stop: seconds, not tens of seconds (no fixed sleeps anywhere).
    assert elapsed < 15, f"session with an app took {elapsed:.1f}s"


def test_screenshot_is_a_png_of_the_screen(desktop: DesktopSession, tmp_path: Path) -> None:
    shot = desktop.screenshot(tmp_path / "screen.png")

    header = shot.read_bytes()[:24]
    assert header[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", header[16:24])  # the IHDR chunk comes first
    assert (width, height) == (1280, 800)


# -- the tray ---------------------------------------------------------------------------------------


def test_bare_tray_app_shows_its_icon_tooltip_and_menu(desktop: DesktopSession) -> None:
    app = start_bare_tray(desktop)
    assert read_line(app) == "tray-available True"
    item = sni.wait_for_item(desktop, APP_TIMEOUT, lambda item: sni.item_owner_pid(desktop, item) == app.pid)

    properties = sni.item_properties(desktop, item)
    assert properties["Status"] == "Active"
    colour = sni.dominant_colour(properties["IconPixmap"])
    assert sni.is_reddish(colour), colour
    assert not sni.is_greyish(colour)
    tooltip = properties["ToolTip"]
    assert "bare" in f"{tooltip.title} {tooltip.description}"
    assert properties["Menu"].startswith("/")

    layout = sni.menu_layout(desktop, item)
    assert "Hello" in sni.menu_labels(layout)

    sni.menu_click_label(desktop, item, "Hello")
    assert read_line(app) == "menu Hello"
    sni.activate(desktop, item, 10, 10)
    assert read_line(app) == "activated Trigger"


def test_grey_icon_is_greyish_not_reddish(desktop: DesktopSession) -> None:
    app = start_bare_tray(desktop, "--colour", "#808080", "--tooltip", "grey")
    item = sni.wait_for_item(desktop, APP_TIMEOUT, lambda item: sni.item_owner_pid(desktop, item) == app.pid)

    colour = sni.dominant_colour(sni.item_properties(desktop, item)["IconPixmap"])

    assert sni.is_greyish(colour), colour
    assert not sni.is_reddish(colour)


@pytest.mark.desktop(tray=False, notifications=None, keyring=False)
def test_without_tray_host_qt_sees_no_system_tray(desktop: DesktopSession) -> None:
    assert not desktop.name_has_owner(WATCHER_BUS_NAME)

    result = run_python(
        desktop,
        "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
        "app = QApplication([])\n"
        "print(app.platformName(), QSystemTrayIcon.isSystemTrayAvailable())\n",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["xcb", "False"]


# -- notifications ------------------------------------------------------------------------------------


def test_recorder_records_urgency_actions_and_replaces_id(desktop: DesktopSession) -> None:
    with bus_client(desktop) as client:
        first_id = send_notify(client, summary="Balance low", urgency=2, actions=("top-up", "Top up"))
        replaced_id = send_notify(client, summary="Balance still low", replaces_id=first_id)
        capabilities = unwrap_msg(
            client.send_and_get_reply(
                new_method_call(
                    DBusAddress(NOTIFICATIONS_PATH, NOTIFICATIONS_BUS_NAME, NOTIFICATIONS_INTERFACE), "GetCapabilities"
                ),
                timeout=5,
            )
        )[0]

    first, second = desktop.recorder.wait_for(2, timeout=5)
    assert first_id > 0
    assert replaced_id == first_id
    assert (first.id, first.summary, first.urgency, first.replaces_id) == (first_id, "Balance low", 2, 0)
    assert first.action_labels == {"top-up": "Top up"}
    assert first.app_name == "harness-selftest"
    assert first.expire_timeout == 5000
    assert (second.id, second.replaces_id, second.urgency) == (first_id, first_id, 1)
    assert set(capabilities) == {"actions", "body", "icon-static"}


def test_recorder_emits_action_and_close_signals(desktop: DesktopSession) -> None:
    with bus_client(desktop) as client:
        rule = MatchRule(type="signal", interface=NOTIFICATIONS_INTERFACE, path=NOTIFICATIONS_PATH)
        unwrap_msg(client.send_and_get_reply(message_bus.AddMatch(rule), timeout=5))
        with client.filter(rule, bufsize=10) as signals:
            notification_id = send_notify(client, summary="Renew?", actions=("renew", "Renew"))

            desktop.recorder.invoke_action(notification_id, "renew")
            action = client.recv_until_filtered(signals, timeout=5)
            closed = client.recv_until_filtered(signals, timeout=5)

            other_id = send_notify(client, summary="Expiring")
            desktop.recorder.close(other_id, CloseReason.EXPIRED)
            expired = client.recv_until_filtered(signals, timeout=5)

    assert (action.header.fields[3], action.body) == ("ActionInvoked", (notification_id, "renew"))
    assert (closed.header.fields[3], closed.body) == ("NotificationClosed", (notification_id, CloseReason.DISMISSED))
    assert (expired.header.fields[3], expired.body) == ("NotificationClosed", (other_id, CloseReason.EXPIRED))
    assert not desktop.recorder.is_open(notification_id)


def test_recorder_rejects_a_wrongly_typed_notify_like_dunst(desktop: DesktopSession) -> None:
    # replaces_id as int32 ("i" for "u") is what QtDBus sends from Python: real daemons refuse it.
    address = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS_BUS_NAME, interface=NOTIFICATIONS_INTERFACE)
    message = new_method_call(
        address, "Notify", "sisssasa{sv}i", ("harness-selftest", 0, "", "wrong types", "", [], {}, -1)
    )
    with bus_client(desktop) as client, pytest.raises(DBusErrorResponse) as error:
        unwrap_msg(client.send_and_get_reply(message, timeout=5))

    assert error.value.name == "org.freedesktop.DBus.Error.InvalidArgs"
    assert desktop.recorder.notifications == []


@pytest.mark.desktop(notifications="dunst", keyring=False, tray=False)
def test_dunst_answers_notify(desktop: DesktopSession) -> None:
    with bus_client(desktop) as client:
        notification_id = send_notify(client, summary="Hello from the harness")
        server_name = unwrap_msg(
            client.send_and_get_reply(
                new_method_call(
                    DBusAddress(NOTIFICATIONS_PATH, NOTIFICATIONS_BUS_NAME, NOTIFICATIONS_INTERFACE),
                    "GetServerInformation",
                ),
                timeout=5,
            )
        )[0]

    assert notification_id > 0
    assert server_name == "dunst"

    # dunst shows the popup on its next main-loop turn: poll its count rather than sleep.
    def displayed() -> str:
        return subprocess.run(
            ["dunstctl", "count", "displayed"], env=desktop.env(), capture_output=True, text=True, timeout=5, check=True
        ).stdout.strip()

    wait_until(lambda: displayed() == "1", 5, "dunst to display the notification")


@pytest.mark.desktop(notifications=None, keyring=False, tray=False)
def test_without_notification_service_notify_fails_at_once(desktop: DesktopSession) -> None:
    assert NOTIFICATIONS_BUS_NAME not in activatable_names(desktop)
    started = time.monotonic()
    with bus_client(desktop) as client, pytest.raises(DBusErrorResponse) as error:
        send_notify(client, summary="nobody listens")
    assert error.value.name == "org.freedesktop.DBus.Error.ServiceUnknown"
    assert time.monotonic() - started < 2


# -- keyring ------------------------------------------------------------------------------------------

KEYRING_ROUND_TRIP = """
import keyring
backend = keyring.get_keyring()
print(type(backend).__module__ + "." + type(backend).__name__)
keyring.set_password("seranking-tray-selftest", "user", "s3cret value")
print(keyring.get_password("seranking-tray-selftest", "user"))
"""


@pytest.mark.desktop(notifications=None, tray=False)
def test_keyring_uses_secret_service_in_session(desktop: DesktopSession) -> None:
    result = run_python(desktop, KEYRING_ROUND_TRIP)

    assert result.returncode == 0, result.stderr
    backend, secret = result.stdout.splitlines()
    assert backend == "keyring.backends.SecretService.Keyring"
    assert secret == "s3cret value"


@pytest.mark.desktop(notifications=None, keyring=False, tray=False)
def test_without_keyring_there_is_no_usable_backend(desktop: DesktopSession) -> None:
    assert SECRETS_BUS_NAME not in activatable_names(desktop)

    # A timeout, not a hang, is the point: the app must get an error it can show the user.
    result = run_python(desktop, KEYRING_ROUND_TRIP, timeout=30)

    assert result.returncode != 0
    assert result.stdout.splitlines()[0] == "keyring.backends.fail.Keyring"
    assert "NoKeyringError" in result.stderr


# -- the pytest plugin -------------------------------------------------------------------------------


@pytest.mark.desktop  # only for the selection; starts no session
def test_missing_program_fails_with_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plugin, "missing_executables", lambda programs: ["Xvfb"])

    with pytest.raises(pytest.fail.Exception, match=r"(?s)programs not found: Xvfb.*desktop-deps --install"):
        plugin.require_desktop_dependencies(notifications="recorder", keyring=True, tray=True)


@pytest.mark.desktop  # only for the selection; starts no session
def test_desktop_artifacts_is_test_artifacts_at_the_repo_root(desktop_artifacts: Path) -> None:
    assert desktop_artifacts == REPO_ROOT / "test-artifacts"
    assert desktop_artifacts.is_dir()
