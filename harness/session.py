"""A private, throw-away Linux desktop for real-desktop tests of the tray app.

``DesktopSession`` starts, in a fresh temporary directory:

* Xvfb on a free display (chosen by Xvfb itself through ``-displayfd``);
* a private D-Bus session bus whose activation directory holds only the services this session
  asks for, so "no notification daemon" and "no keyring" really mean nothing answers;
* optionally xfce4-panel as the StatusNotifierItem host (``tray=True``);
* optionally a notification service: dunst, or an in-process :class:`NotificationRecorder`;
* optionally gnome-keyring-daemon (Secret Service), unlocked with a known password.

Every process started for the session carries a marker variable in its environment, also the ones
D-Bus activates and the apps a test starts with :meth:`DesktopSession.env`; teardown uses it to
find and end whatever is left, so no session leaves processes behind.

Readiness is always waited for by polling a condition against a deadline, never by sleeping a
fixed time: a session starts in well under a second on an idle machine.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import secrets
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Literal, NamedTuple, Self

from jeepney import DBusAddress, Properties, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg

from harness.loopback_guard import guarded
from harness.notifications import NOTIFICATIONS_BUS_NAME, NotificationRecorder
from harness.waiting import wait_until

NotificationsMode = Literal["dunst", "recorder"] | None

# Marker put into the environment of everything that runs inside a session (see module docstring).
SESSION_MARKER_VARIABLE: Final = "SERANKING_TEST_DESKTOP_SESSION"

XVFB: Final = "Xvfb"
DBUS_DAEMON: Final = "dbus-daemon"
XFCE4_PANEL: Final = "xfce4-panel"
# Under the multiarch directory (x86_64-linux-gnu, aarch64-linux-gnu, ...); not on PATH.
XFCONFD: Final = next(
    (str(path) for path in sorted(Path("/usr/lib").glob("*/xfce4/xfconf/xfconfd"))),
    "/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd",
)
DUNST: Final = "dunst"
GNOME_KEYRING_DAEMON: Final = "gnome-keyring-daemon"
AT_SPI_BUS_LAUNCHER: Final = "/usr/libexec/at-spi-bus-launcher"  # at-spi2-core: the accessibility bus
IMPORT: Final = "/usr/bin/import"  # ImageMagick's; a stand-in `import`/`convert` may come first on PATH

WATCHER_BUS_NAME: Final = "org.kde.StatusNotifierWatcher"
WATCHER_PATH: Final = "/StatusNotifierWatcher"
WATCHER_INTERFACE: Final = "org.kde.StatusNotifierWatcher"
SECRETS_BUS_NAME: Final = "org.freedesktop.secrets"
XFCONF_BUS_NAME: Final = "org.xfce.Xfconf"
A11Y_BUS_NAME: Final = "org.a11y.Bus"

DEFAULT_STARTUP_TIMEOUT: Final = 15.0
_TERMINATE_GRACE_SECONDS: Final = 3.0

_DBUS_CONFIG_TEMPLATE: Final = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<!-- The policy of /usr/share/dbus-1/session.conf, but on a private socket and with only a private
     service directory: no <standard_session_servicedirs/>, so nothing installed on the machine
     (dunst, gnome-keyring, ...) can be D-Bus-activated unless the session put its .service here. -->
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path={socket_path}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{service_dir}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
  <limit name="max_incoming_bytes">1000000000</limit>
  <limit name="max_outgoing_bytes">1000000000</limit>
  <limit name="max_message_size">1000000000</limit>
  <limit name="service_start_timeout">30000</limit>
  <limit name="auth_timeout">30000</limit>
  <limit name="max_completed_connections">100000</limit>
  <limit name="max_incomplete_connections">10000</limit>
  <limit name="max_connections_per_user">100000</limit>
  <limit name="max_names_per_connection">50000</limit>
  <limit name="max_match_rules_per_connection">50000</limit>
  <limit name="max_replies_per_connection">50000</limit>
</busconfig>
"""

# One panel holding only the status tray plugin ("systray" is both an SNI host and an XEmbed tray).
# Without a channel file xfce4-panel would open its first-start dialog and wait for a click.
_XFCE4_PANEL_CHANNEL: Final = """<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="30"/>
      <property name="icon-size" type="uint" value="22"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray"/>
  </property>
</channel>
"""


class DesktopSessionError(RuntimeError):
    """The session could not be started (the message includes the failing daemon's log)."""


def required_executables(*, notifications: NotificationsMode, keyring: bool, tray: bool) -> list[str]:
    """The programs a session with these options runs (checked by the pytest plugin)."""
    programs = [XVFB, DBUS_DAEMON, IMPORT]
    if tray:
        programs += [XFCE4_PANEL, XFCONFD]
    if notifications == "dunst":
        programs += [DUNST, "dunstctl"]
    if keyring:
        programs.append(GNOME_KEYRING_DAEMON)
    return programs


def missing_executables(programs: Sequence[str]) -> list[str]:
    return [program for program in programs if shutil.which(program) is None]


class _Daemon:
    """A process the session started itself, with its output going to a log file."""

    def __init__(self, name: str, process: subprocess.Popen[bytes], log_path: Path, *, infrastructure: bool) -> None:
        self.name = name
        self.process = process
        self.log_path = log_path
        # Xvfb and the bus: everything else needs them, so they are ended last.
        self.infrastructure = infrastructure

    def log_tail(self, max_chars: int = 3000) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return text[-max_chars:] if text else "(log is empty)"


class DesktopSession:
    """A private X display, D-Bus session bus, tray host, notification service and keyring.

    Use as a context manager (``with DesktopSession() as desktop: ...``) or call :meth:`start`
    and :meth:`stop`.  Start apps inside it with ``subprocess.Popen(..., env=desktop.env())``
    or :meth:`spawn` (which also ends them at teardown).
    """

    def __init__(
        self,
        *,
        notifications: NotificationsMode = "recorder",
        keyring: bool = True,
        tray: bool = True,
        screen: str = "1280x800x24",
        keyring_password: str | None = None,
        startup_timeout: float = DEFAULT_STARTUP_TIMEOUT,
    ) -> None:
        if notifications not in ("dunst", "recorder", None):
            raise ValueError(f"notifications must be 'dunst', 'recorder' or None, not {notifications!r}")
        self.notifications_mode: NotificationsMode = notifications
        self.keyring_enabled = keyring
        self.tray_enabled = tray
        self.screen = screen
        # The login keyring is created with this password; random unless a test needs to know it.
        self.keyring_password = keyring_password if keyring_password is not None else secrets.token_hex(8)
        self.startup_timeout = startup_timeout
        self.session_id = secrets.token_hex(8)

        self._root: Path | None = None
        self._display: str | None = None
        self._bus_address: str | None = None
        self._bus: DBusConnection | None = None
        self._recorder: NotificationRecorder | None = None
        self._daemons: list[_Daemon] = []
        self._apps: list[subprocess.Popen[Any]] = []
        self._seen_pids: set[int] = set()
        self._holds_subreaper = False
        self.startup_seconds: float | None = None

    # -- paths and addresses (valid once started) -------------------------------------------------

    @property
    def root(self) -> Path:
        """The session's temporary directory; everything below is removed at teardown."""
        if self._root is None:
            raise DesktopSessionError("the desktop session is not started")
        return self._root

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def config_home(self) -> Path:
        return self.home / ".config"

    @property
    def data_home(self) -> Path:
        return self.home / ".local" / "share"

    @property
    def cache_home(self) -> Path:
        return self.home / ".cache"

    @property
    def state_home(self) -> Path:
        return self.home / ".local" / "state"

    @property
    def runtime_dir(self) -> Path:
        return self.root / "runtime"

    @property
    def log_dir(self) -> Path:
        """One ``<daemon>.log`` per process the session started."""
        return self.root / "logs"

    @property
    def service_dir(self) -> Path:
        """The bus's only activation directory."""
        return self.root / "dbus" / "services"

    @property
    def display(self) -> str:
        """The X display, e.g. ``":3"``."""
        if self._display is None:
            raise DesktopSessionError("the desktop session is not started")
        return self._display

    @property
    def bus_address(self) -> str:
        """The private session bus address (``unix:path=...``)."""
        if self._bus_address is None:
            raise DesktopSessionError("the desktop session is not started")
        return self._bus_address

    @property
    def recorder(self) -> NotificationRecorder:
        """The notification recorder (only with ``notifications="recorder"``)."""
        if self._recorder is None:
            raise DesktopSessionError(f"this session has notifications={self.notifications_mode!r}")
        return self._recorder

    @property
    def running(self) -> bool:
        return self._root is not None

    # -- environment --------------------------------------------------------------------------------

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a process started inside this session.

        Built from scratch: nothing of the outer desktop (DISPLAY, DBUS_SESSION_BUS_ADDRESS,
        XDG_*, QT_*, WAYLAND_DISPLAY, ...) leaks in.  ``extra`` entries are added last.
        """
        env = {
            "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
            "HOME": str(self.home),
            "USER": os.environ.get("USER", "root"),
            "LOGNAME": os.environ.get("LOGNAME", os.environ.get("USER", "root")),
            "LANG": "C.UTF-8",
            "DISPLAY": self.display,
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "XDG_CONFIG_HOME": str(self.config_home),
            "XDG_DATA_HOME": str(self.data_home),
            "XDG_CACHE_HOME": str(self.cache_home),
            "XDG_STATE_HOME": str(self.state_home),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "XDG_SESSION_TYPE": "x11",
            # Without it every GTK/Qt process tries to reach the accessibility bus, which does not
            # exist here, and GTK waits for a D-Bus timeout.
            "NO_AT_BRIDGE": "1",
            "QT_QPA_PLATFORM": "xcb",
            SESSION_MARKER_VARIABLE: self.session_id,
        }
        env.update(extra)
        return guarded(env)  # the app and CLI children get the loopback guard too

    def _daemon_env(self) -> dict[str, str]:
        # GSettings would otherwise try to activate dconf, which this bus does not offer.
        return self.env(GSETTINGS_BACKEND="memory", GDK_BACKEND="x11")

    # -- lifecycle ------------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> Self:
        if self._root is not None:
            raise DesktopSessionError("the desktop session is already started")
        started_at = time.monotonic()
        deadline = started_at + self.startup_timeout
        self._root = Path(tempfile.mkdtemp(prefix="desktop-session-"))
        try:
            _hold_subreaper()
            self._holds_subreaper = True
            self._make_home_tree()
            self._start_xvfb(deadline)
            self._start_dbus(deadline)
            # The remaining daemons are independent of each other: start them all, then wait.
            waits: list[Callable[[], None]] = []
            if self.tray_enabled:
                waits.append(self._start_tray_host(deadline))
            if self.keyring_enabled:
                waits.append(self._start_keyring(deadline))
            if self.notifications_mode == "dunst":
                waits.append(self._start_dunst(deadline))
            elif self.notifications_mode == "recorder":
                self._recorder = NotificationRecorder(self.bus_address).start()
            for wait in waits:
                wait()
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started_at
        return self

    def stop(self) -> None:
        """End everything the session started, newest first, and remove its directory.

        Safe to call more than once and on a half-started session.
        """
        if self._root is None:
            return
        try:
            self._end_everything()
        finally:
            if self._holds_subreaper:
                _release_subreaper()
                self._holds_subreaper = False
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None
            self._display = None
            self._bus_address = None

    def _end_everything(self) -> None:
        # Note every PID now: a helper that dies with its parent below (the panel's plugin wrapper)
        # is a zombie by the time of the next scan, with no environment to find it by.
        self.session_processes()
        for app in reversed(self._apps):
            _terminate(app)
        self._apps.clear()
        if self._recorder is not None:
            self._recorder.stop()
            self._recorder = None

        for daemon in reversed(self._daemons):
            if not daemon.infrastructure:
                _terminate(daemon.process)
        # Processes D-Bus activated (xfconfd, ...) and helpers the daemons spawned (the panel's
        # plugin wrapper) were not started by us: find them by the marker, while the bus still
        # runs so they can shut down cleanly.
        self._end_marked_processes()

        if self._bus is not None:
            with contextlib.suppress(OSError):
                self._bus.close()
            self._bus = None
        for daemon in reversed(self._daemons):
            if daemon.infrastructure:
                _terminate(daemon.process)
        self._daemons.clear()
        self._end_marked_processes()
        # Whatever exited by itself on the way (a zombie shows no environment, so no marker).
        _reap_adopted(self._seen_pids)
        self._seen_pids.clear()

    def _end_marked_processes(self) -> None:
        # Scan again after each round: a process still in execve() shows an empty environment for
        # a moment, and one may have been forking a helper while we killed it.
        for _round in range(5):
            pids = self.session_processes()
            if not pids:
                return
            _end_processes(pids)

    def session_processes(self) -> list[int]:
        """PIDs of the live processes started inside this session (by the environment marker).

        A process that is this very moment in ``execve()`` can be missed: the kernel lets the parent
        of a vfork()ed child go on before the child's new environment is readable.
        """
        pids = _pids_with_environment_entry(f"{SESSION_MARKER_VARIABLE}={self.session_id}")
        self._seen_pids.update(pids)
        return pids

    # -- starting things --------------------------------------------------------------------------

    def _make_home_tree(self) -> None:
        for directory in (
            self.config_home,
            self.data_home,
            self.cache_home,
            self.state_home,
            self.log_dir,
            self.service_dir,
        ):
            directory.mkdir(parents=True, exist_ok=True)
        # XDG base directory spec: the runtime dir must be owned by the user with mode 0700
        # (gnome-keyring refuses a group/world-accessible one).
        self.runtime_dir.mkdir(mode=0o700)
        self.runtime_dir.chmod(0o700)

    def _launch(
        self,
        name: str,
        argv: Sequence[str],
        env: Mapping[str, str],
        *,
        pass_fds: Sequence[int] = (),
        stdin: int | None = subprocess.DEVNULL,
        infrastructure: bool = False,
    ) -> _Daemon:
        log_path = self.log_dir / f"{name}.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                list(argv),
                env=dict(env),
                stdin=stdin,
                stdout=log,
                stderr=subprocess.STDOUT,
                pass_fds=tuple(pass_fds),
                cwd=self.home,
                # Own process group: a Ctrl+C in the terminal running pytest reaches pytest only,
                # which then tears the session down in order.
                start_new_session=True,
            )
        daemon = _Daemon(name, process, log_path, infrastructure=infrastructure)
        self._daemons.append(daemon)
        return daemon

    def _read_line_from_daemon(self, daemon: _Daemon, read_fd: int, deadline: float, what: str) -> str:
        """Read one line a daemon writes to a pipe once it is ready (``-displayfd``, ``--print-address``)."""
        received = b""
        try:
            while not received.endswith(b"\n"):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise DesktopSessionError(f"{daemon.name} did not report {what} in time\n{daemon.log_tail()}")
                readable, _, _ = select.select([read_fd], [], [], remaining)
                if not readable:
                    continue
                chunk = os.read(read_fd, 4096)
                if not chunk:
                    status = daemon.process.wait(timeout=1)
                    raise DesktopSessionError(
                        f"{daemon.name} exited (status {status}) before reporting {what}\n{daemon.log_tail()}"
                    )
                received += chunk
        finally:
            os.close(read_fd)
        return received.decode().strip()

    def _start_xvfb(self, deadline: float) -> None:
        read_fd, write_fd = os.pipe()
        try:
            daemon = self._launch(
                "xvfb",
                # -noreset: otherwise the server resets whenever its last client disconnects, which
                # races with the next client connecting.
                [XVFB, "-displayfd", str(write_fd), "-screen", "0", self.screen, "-nolisten", "tcp", "-noreset"],
                {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), SESSION_MARKER_VARIABLE: self.session_id},
                pass_fds=[write_fd],
                infrastructure=True,
            )
        finally:
            os.close(write_fd)
        display_number = self._read_line_from_daemon(daemon, read_fd, deadline, "its display number")
        self._display = f":{display_number}"

    def _start_dbus(self, deadline: float) -> None:
        socket_path = self.runtime_dir / "bus"
        config_path = self.root / "dbus" / "session.conf"
        config_path.write_text(_DBUS_CONFIG_TEMPLATE.format(socket_path=socket_path, service_dir=self.service_dir))
        # The address is known in advance, so the daemon's environment - which D-Bus-activated
        # services inherit - can already carry it together with DISPLAY and the XDG dirs.
        self._bus_address = f"unix:path={socket_path}"
        read_fd, write_fd = os.pipe()
        try:
            daemon = self._launch(
                "dbus-daemon",
                [DBUS_DAEMON, f"--config-file={config_path}", "--nofork", f"--print-address={write_fd}"],
                self._daemon_env(),
                pass_fds=[write_fd],
                infrastructure=True,
            )
        finally:
            os.close(write_fd)
        self._read_line_from_daemon(daemon, read_fd, deadline, "its address")
        self._bus = open_dbus_connection(bus=self.bus_address)

    @property
    def session_bus_pid(self) -> int:
        """The session bus daemon's PID (a test may kill it to see how apps take losing the bus)."""
        for daemon in self._daemons:
            if daemon.name == "dbus-daemon":
                return daemon.process.pid
        raise DesktopSessionError("no session bus daemon")

    def _write_activatable_service(self, bus_name: str, executable: str) -> None:
        (self.service_dir / f"{bus_name}.service").write_text(f"[D-BUS Service]\nName={bus_name}\nExec={executable}\n")

    def start_accessibility_bus(self) -> None:
        """Start the accessibility (AT-SPI) bus, as a desktop session does for screen readers: apps started
        afterwards with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` expose their widgets there, and
        harness/accessibility.py reads them. Its registry daemon is activated on that bus (and ended by the marker)."""
        launcher = self._launch(
            "at-spi-bus-launcher", [AT_SPI_BUS_LAUNCHER, "--launch-immediately"], self._daemon_env()
        )
        self._wait_until(
            lambda: self.name_has_owner(A11Y_BUS_NAME),
            time.monotonic() + self.startup_timeout,
            f"{A11Y_BUS_NAME} on the bus",
            watched=[launcher],
        )

    def _start_tray_host(self, deadline: float) -> Callable[[], None]:
        channel_dir = self.config_home / "xfce4" / "xfconf" / "xfce-perchannel-xml"
        channel_dir.mkdir(parents=True, exist_ok=True)
        (channel_dir / "xfce4-panel.xml").write_text(_XFCE4_PANEL_CHANNEL)
        # xfce4-panel reads its configuration through xfconfd, which is D-Bus-activated.
        self._write_activatable_service(XFCONF_BUS_NAME, XFCONFD)
        panel = self._launch("xfce4-panel", [XFCE4_PANEL, "--disable-wm-check"], self._daemon_env())

        def wait_for_sni_host() -> None:
            # Qt decides once per process whether to use the SNI tray, from this very property:
            # apps must only be started after it is true.
            self._wait_until(
                lambda: self._watcher_host_registered(),
                deadline,
                f"{WATCHER_BUS_NAME}.IsStatusNotifierHostRegistered to become true",
                watched=[panel],
            )

        return wait_for_sni_host

    def _start_keyring(self, deadline: float) -> Callable[[], None]:
        keyring = self._launch(
            "gnome-keyring-daemon",
            # --foreground keeps the PID ours; --unlock reads the login keyring's password from
            # stdin (without it every access fails with "Prompt dismissed", there being no prompter).
            [GNOME_KEYRING_DAEMON, "--foreground", "--unlock", "--components=secrets"],
            self._daemon_env(),
            stdin=subprocess.PIPE,
        )
        assert keyring.process.stdin is not None
        keyring.process.stdin.write(self.keyring_password.encode())
        keyring.process.stdin.close()

        def wait_for_secret_service() -> None:
            self._wait_until(
                lambda: self.name_has_owner(SECRETS_BUS_NAME),
                deadline,
                f"{SECRETS_BUS_NAME} on the bus",
                watched=[keyring],
            )

        return wait_for_secret_service

    def _start_dunst(self, deadline: float) -> Callable[[], None]:
        dunst = self._launch("dunst", [DUNST], self._daemon_env())

        def wait_for_dunst() -> None:
            self._wait_until(
                lambda: self.name_has_owner(NOTIFICATIONS_BUS_NAME),
                deadline,
                f"{NOTIFICATIONS_BUS_NAME} (dunst) on the bus",
                watched=[dunst],
            )

        return wait_for_dunst

    def _wait_until(
        self, condition: Callable[[], bool], deadline: float, what: str, *, watched: Sequence[_Daemon]
    ) -> None:
        def ready() -> bool:
            for daemon in watched:  # a daemon that died will never become ready: say so at once
                status = daemon.process.poll()
                if status is not None:
                    raise DesktopSessionError(
                        f"{daemon.name} exited (status {status}) while waiting for {what}\n{daemon.log_tail()}"
                    )
            return condition()

        def timed_out(message: str) -> DesktopSessionError:
            logs = "\n".join(f"--- {daemon.name}.log\n{daemon.log_tail()}" for daemon in watched)
            return DesktopSessionError(f"{message}\n{logs}")

        wait_until(ready, max(0.0, deadline - time.monotonic()), what, retry_on=(), on_timeout=timed_out)

    # -- D-Bus queries from the test process -----------------------------------------------------

    def call(
        self,
        bus_name: str,
        object_path: str,
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
        *,
        timeout: float = 5.0,
    ) -> tuple[Any, ...]:
        """Call a method on the session bus and return the reply body (raises DBusErrorResponse)."""
        if self._bus is None:
            raise DesktopSessionError("the desktop session is not started")
        address = DBusAddress(object_path, bus_name=bus_name, interface=interface)
        reply = self._bus.send_and_get_reply(new_method_call(address, method, signature, body), timeout=timeout)
        return tuple(unwrap_msg(reply))

    def name_has_owner(self, bus_name: str) -> bool:
        if self._bus is None:
            raise DesktopSessionError("the desktop session is not started")
        reply = self._bus.send_and_get_reply(message_bus.NameHasOwner(bus_name), timeout=5)
        return bool(unwrap_msg(reply)[0])

    def _watcher_host_registered(self) -> bool:
        if self._bus is None or not self.name_has_owner(WATCHER_BUS_NAME):
            return False
        watcher = DBusAddress(WATCHER_PATH, bus_name=WATCHER_BUS_NAME, interface=WATCHER_INTERFACE)
        reply = self._bus.send_and_get_reply(Properties(watcher).get("IsStatusNotifierHostRegistered"), timeout=5)
        _signature, value = unwrap_msg(reply)[0]
        return bool(value)

    # -- apps and screenshots ------------------------------------------------------------------------

    def spawn(
        self,
        argv: Sequence[str],
        *,
        name: str | None = None,
        extra_env: Mapping[str, str] | None = None,
        **popen_kwargs: Any,
    ) -> subprocess.Popen[Any]:
        """Start a process inside the session; it is ended at teardown if still running.

        Output goes to ``<log_dir>/<name>.log`` unless ``stdout``/``stderr`` are given.
        """
        log_name = name or Path(argv[0]).name
        popen_kwargs.setdefault("env", self.env(**(extra_env or {})))
        popen_kwargs.setdefault("cwd", self.home)
        # Like the daemons, in a session of its own: then its orphaned helpers, if any, are reaped
        # at teardown (see _reap_adopted), and Ctrl+C in pytest's terminal does not reach it.
        popen_kwargs.setdefault("start_new_session", True)
        if "stdout" not in popen_kwargs:
            with (self.log_dir / f"{log_name}.log").open("ab") as log:
                popen_kwargs["stdout"] = log
                popen_kwargs.setdefault("stderr", subprocess.STDOUT)
                process: subprocess.Popen[Any] = subprocess.Popen(list(argv), **popen_kwargs)
        else:
            process = subprocess.Popen(list(argv), **popen_kwargs)
        self._apps.append(process)
        return process

    def screenshot(self, path: Path | str) -> Path:
        """Save the whole screen as an image (format from the suffix, e.g. ``.png``)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [IMPORT, "-window", "root", str(target)],
            env=self.env(),
            check=True,
            capture_output=True,
            timeout=30,
        )
        return target

    def logs(self) -> dict[str, str]:
        """Every log of the session by file name (for failure reports)."""
        if self._root is None:
            return {}
        return {path.name: path.read_text(errors="replace") for path in sorted(self.log_dir.glob("*.log"))}


# -- process helpers --------------------------------------------------------------------------------

_PR_SET_CHILD_SUBREAPER: Final = 36
_sessions_holding_subreaper = 0


def _hold_subreaper() -> None:
    """Make this process adopt the session's orphans, so it can reap them.

    D-Bus activation double-forks (xfconfd's parent is init from the start), and a killed daemon's
    helpers (the panel's plugin wrapper) are orphaned too.  Orphans go to the nearest "child
    subreaper" ancestor, normally PID 1 - but the init of these test VMs never reaps, so every
    session would leave zombies behind.  Held while any session runs; Linux only.
    """
    global _sessions_holding_subreaper
    if _sessions_holding_subreaper == 0:
        _prctl(_PR_SET_CHILD_SUBREAPER, 1)
    _sessions_holding_subreaper += 1


def _release_subreaper() -> None:
    global _sessions_holding_subreaper
    _sessions_holding_subreaper -= 1
    if _sessions_holding_subreaper == 0:
        _prctl(_PR_SET_CHILD_SUBREAPER, 0)


def _prctl(option: int, value: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(option, value, 0, 0, 0) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"prctl({option}, {value}): {os.strerror(error)}")


def _terminate(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=_TERMINATE_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=_TERMINATE_GRACE_SECONDS)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


class _ProcessStat(NamedTuple):
    state: str
    parent: int
    session: int


def _read_stat(pid: int) -> _ProcessStat | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The fields follow the parenthesised command name, which may itself contain spaces and ")".
    fields = stat.rpartition(")")[2].split()
    return _ProcessStat(state=fields[0], parent=int(fields[1]), session=int(fields[3]))


def _is_alive(pid: int) -> bool:
    """True unless the process is gone or a zombie (which only its parent can still reap)."""
    stat = _read_stat(pid)
    return stat is not None and stat.state not in ("Z", "X")


def _pids_with_environment_entry(entry: str) -> list[int]:
    wanted = entry.encode()
    own_pid = os.getpid()
    found = []
    for directory in os.scandir("/proc"):
        if not directory.name.isdigit() or int(directory.name) == own_pid:
            continue
        try:
            environment = Path(directory.path, "environ").read_bytes()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if wanted in environment.split(b"\0") and _is_alive(int(directory.name)):
            found.append(int(directory.name))
    return found


def _reap_adopted(pids: Iterable[int]) -> None:
    """Reap those of ``pids`` that are zombies this process adopted as subreaper.

    Only processes in another session than ours: everything the session itself starts gets its own
    session, while a test's own ``Popen`` children share ours - reaping those here would rob their
    ``Popen.wait()`` of the exit status.
    """
    own_pid, own_session = os.getpid(), os.getsid(0)
    for pid in pids:
        stat = _read_stat(pid)
        if stat is not None and stat.state == "Z" and stat.parent == own_pid and stat.session != own_session:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)


def _end_processes(pids: Sequence[int]) -> None:
    """SIGTERM, wait for them to go (reaping adopted ones), then SIGKILL the stubborn ones."""
    if not pids:
        return
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + _TERMINATE_GRACE_SECONDS
    remaining = list(pids)
    while remaining and time.monotonic() < deadline:
        _reap_adopted(remaining)
        remaining = [pid for pid in remaining if _is_alive(pid)]
        if remaining:
            time.sleep(0.01)
    for pid in remaining:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    _wait_until_gone(remaining)
    _reap_adopted(pids)


def _wait_until_gone(pids: Sequence[int]) -> None:
    deadline = time.monotonic() + _TERMINATE_GRACE_SECONDS
    while any(_is_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.01)
