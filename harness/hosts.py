"""Real tray hosts beyond xfce4-panel: GNOME Shell 43 (Wayland and X11), KDE Plasma 5.27 and sway.

:class:`HostSession` is a :class:`~harness.session.DesktopSession` whose tray host, display server and
notification service are a real desktop's, started headless in a fresh temporary directory, following
``notes/desktop-hosts.md``:

* ``gnome-wayland`` / ``gnome-x11`` - ``gnome-shell --headless`` (mutter's own Wayland display and its
  Xwayland) with the AppIndicator extension and a five-line test extension that turns on the shell's
  unsafe mode (``org.gnome.Shell.Eval`` and ``.Screenshot`` for tests). gnome-shell insists on a system bus
  when ``/run/systemd/seats`` exists: it gets a private, empty one. The app runs on Wayland or on Xwayland.
* ``kde`` - Xvfb, ``kwin_x11``, ``kded5`` (the StatusNotifierWatcher) and ``plasmashell``.
* ``sway`` - wlroots headless with swaybar's tray, as an unprivileged user (sway refuses root) sharing the
  session bus and the Wayland socket with the app; notifications go to the recorder (sway has none).

Everything runs with the session's marker and private ``HOME``/``XDG_*`` directories, so teardown
(:meth:`DesktopSession.stop`) ends every process by PID and nothing is written to the real home.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, Self, get_args

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from harness.drawn import Rect
from harness.loopback_guard import guarded
from harness.notifications import NOTIFICATIONS_BUS_NAME, NotificationRecorder
from harness.session import (
    DBUS_DAEMON,
    IMPORT,
    SESSION_MARKER_VARIABLE,
    XVFB,
    DesktopSession,
    DesktopSessionError,
    _Daemon,
    _hold_subreaper,
)

Host = Literal["gnome-wayland", "gnome-x11", "kde", "sway"]
HOSTS: Final[tuple[Host, ...]] = get_args(Host)

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
APPINDICATOR_UUID: Final = "ubuntu-appindicators@ubuntu.com"
TEST_EXTENSION_UUID: Final = "unsafe-mode@seranking-tray.test"
# Turns on the shell's unsafe mode: GNOME 43 has no --unsafe-mode flag.
_TEST_EXTENSION_JS: Final = """function init() {}
function enable() { global.context.unsafe_mode = true; }
function disable() { global.context.unsafe_mode = false; }
"""
SWAY_UID: Final = 65534  # nobody: sway refuses to run as root
HOST_STARTUP_TIMEOUT: Final = 60.0

SHELL_BUS_NAME: Final = "org.gnome.Shell"

_BUS_CONFIG: Final = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<!-- A private bus: its own socket, its own activation directory; any user may connect (sway runs as
     another user than the app and the test). -->
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path={socket_path}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{service_dir}</servicedir>
  <policy context="default">
    <allow user="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
  <limit name="service_start_timeout">60000</limit>
  <limit name="auth_timeout">30000</limit>
</busconfig>
"""

# What the session bus must not activate: another notification daemon than the host's own (dunst would
# answer for GNOME/KDE), a keyring or wallet (the key comes from the environment), systemd.
_EXCLUDED_SERVICE_NAMES: Final = frozenset(
    {
        NOTIFICATIONS_BUS_NAME,
        "org.freedesktop.secrets",
        "org.freedesktop.impl.portal.Secret",
        "org.freedesktop.systemd1",
        "org.kde.kwalletd5",
        "org.a11y.Bus",
    }
)


def host_executables(host: Host) -> list[str]:
    """The programs a host session runs (a missing one fails the test that wants the host)."""
    if host.startswith("gnome"):
        return [DBUS_DAEMON, "gnome-shell", "gjs", "Xwayland", "gsettings"]
    if host == "kde":
        return [DBUS_DAEMON, XVFB, "kwin_x11", "kded5", "plasmashell", IMPORT, "xprop"]
    return [DBUS_DAEMON, "sway", "swaybar", "swaymsg", "grim", "setpriv"]


class HostSession(DesktopSession):
    """A headless GNOME, KDE or sway desktop with its real tray host (see the module docstring)."""

    def __init__(self, host: Host, *, startup_timeout: float = HOST_STARTUP_TIMEOUT) -> None:
        if host not in HOSTS:
            raise ValueError(f"host must be one of {HOSTS}, not {host!r}")
        # sway has no notification service: the recorder stands in (the app's own path is the same).
        super().__init__(
            notifications="recorder" if host == "sway" else None,
            keyring=False,
            tray=True,
            startup_timeout=startup_timeout,
        )
        self.host: Host = host
        self.host_daemon: _Daemon | None = None
        self._wayland_socket: Path | None = None
        self._xauthority: str | None = None
        self._sway_env: dict[str, str] = {}
        self.failed_logs: dict[str, str] = {}

    # -- paths and environment ---------------------------------------------------------------------

    @property
    def bus_dir(self) -> Path:
        """The session bus socket's directory (reachable by the sway user)."""
        return self.root / "bus"

    @property
    def sway_runtime_dir(self) -> Path:
        return self.root / "sway-runtime"

    @property
    def wayland_socket(self) -> Path:
        if self._wayland_socket is None:
            raise DesktopSessionError(f"{self.host} has no Wayland display")
        return self._wayland_socket

    @property
    def display(self) -> str:
        if self._display is None:
            raise DesktopSessionError(f"{self.host} has no X display (yet)")
        return self._display

    def env(self, **extra: str) -> dict[str, str]:
        """The app's environment: the host's display, the session bus, the private XDG directories."""
        env = {
            "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '/usr/local/bin:/usr/bin:/bin')}",
            "HOME": str(self.home),
            "USER": os.environ.get("USER", "root"),
            "LOGNAME": os.environ.get("LOGNAME", os.environ.get("USER", "root")),
            "LANG": "C.UTF-8",
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "XDG_CONFIG_HOME": str(self.config_home),
            "XDG_DATA_HOME": str(self.data_home),
            "XDG_CACHE_HOME": str(self.cache_home),
            "XDG_STATE_HOME": str(self.state_home),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "NO_AT_BRIDGE": "1",
            SESSION_MARKER_VARIABLE: self.session_id,
        }
        if self.host == "gnome-wayland":
            env |= {"WAYLAND_DISPLAY": str(self.wayland_socket), "QT_QPA_PLATFORM": "wayland"}
            env |= {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}
        elif self.host == "gnome-x11":
            env |= {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "x11"}
            env |= {"XDG_CURRENT_DESKTOP": "GNOME", "XAUTHORITY": self._xauthority or ""}
        elif self.host == "kde":
            env |= {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "x11"}
            env |= {"XDG_CURRENT_DESKTOP": "KDE", "KDE_FULL_SESSION": "true", "KDE_SESSION_VERSION": "5"}
        else:
            env |= {"WAYLAND_DISPLAY": str(self.wayland_socket), "QT_QPA_PLATFORM": "wayland"}
            env |= {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "sway"}
        env.update(extra)
        return guarded(env)  # the app and CLI children get the loopback guard too

    def _base_env(self, **extra: str) -> dict[str, str]:
        """For the bus and the host's daemons, before any display exists."""
        env = {
            "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '/usr/local/bin:/usr/bin:/bin')}",
            "HOME": str(self.home),
            "USER": os.environ.get("USER", "root"),
            "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(self.config_home),
            "XDG_DATA_HOME": str(self.data_home),
            "XDG_CACHE_HOME": str(self.cache_home),
            "XDG_STATE_HOME": str(self.state_home),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "NO_AT_BRIDGE": "1",
            SESSION_MARKER_VARIABLE: self.session_id,
        }
        if self._bus_address is not None:
            env["DBUS_SESSION_BUS_ADDRESS"] = self._bus_address
        env.update(extra)
        return env

    # -- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._root is not None:
            raise DesktopSessionError("the desktop session is already started")
        started_at = time.monotonic()
        deadline = started_at + self.startup_timeout
        self._root = Path(tempfile.mkdtemp(prefix=f"desktop-{self.host}-"))
        try:
            _hold_subreaper()
            self._holds_subreaper = True
            self._make_home_tree()
            self.bus_dir.mkdir()
            if self.host.startswith("gnome"):
                self._start_gnome(deadline)
            elif self.host == "kde":
                self._start_kde(deadline)
            else:
                self._start_sway(deadline)
        except BaseException:
            # Kept past stop() (which removes the directory) for the failure report.
            self.failed_logs = self.logs()
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started_at
        return self

    # -- the session bus -----------------------------------------------------------------------------

    def _start_bus(self, name: str, socket_path: Path, service_dir: Path | None, deadline: float) -> str:
        config_path = self.root / f"{name}.conf"
        empty = self.root / f"{name}-services"
        empty.mkdir(exist_ok=True)
        config_path.write_text(_BUS_CONFIG.format(socket_path=socket_path, service_dir=service_dir or empty))
        read_fd, write_fd = os.pipe()
        try:
            daemon = self._launch(
                name,
                [DBUS_DAEMON, f"--config-file={config_path}", "--nofork", f"--print-address={write_fd}"],
                self._base_env(DBUS_SESSION_BUS_ADDRESS=f"unix:path={socket_path}"),
                pass_fds=[write_fd],
                infrastructure=True,
            )
        finally:
            os.close(write_fd)
        self._read_line_from_daemon(daemon, read_fd, deadline, "its address")
        return f"unix:path={socket_path}"

    def _start_session_bus(self, deadline: float) -> None:
        # The machine's activatable services (dconf, portals, GNOME's notification service, ...) but not
        # the ones in _EXCLUDED_SERVICE_NAMES.
        for service in sorted(Path("/usr/share/dbus-1/services").glob("*.service")):
            text = service.read_text(errors="replace")
            match = re.search(r"^Name=(.+)$", text, re.MULTILINE)
            if match and match.group(1).strip() not in _EXCLUDED_SERVICE_NAMES:
                shutil.copy(service, self.service_dir / service.name)
        socket_path = self.bus_dir / "session"
        self.bus_dir.chmod(0o755)
        self._bus_address = self._start_bus("dbus-daemon", socket_path, self.service_dir, deadline)
        self._bus = open_dbus_connection(bus=self._bus_address)

    def update_activation_environment(self, variables: dict[str, str]) -> None:
        """What gnome-session does: services the bus starts from now on see these variables."""
        self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "UpdateActivationEnvironment",
            "a{ss}",
            (variables,),
        )

    def _wait_for_tray_host(self, deadline: float, daemons: list[_Daemon]) -> None:
        self._wait_until(
            self._watcher_host_registered,
            deadline,
            "org.kde.StatusNotifierWatcher.IsStatusNotifierHostRegistered to become true",
            watched=daemons,
        )

    # -- GNOME -------------------------------------------------------------------------------------------

    def _start_gnome(self, deadline: float) -> None:
        extension_dir = self.data_home / "gnome-shell" / "extensions" / TEST_EXTENSION_UUID
        extension_dir.mkdir(parents=True)
        (extension_dir / "extension.js").write_text(_TEST_EXTENSION_JS)
        metadata = {"uuid": TEST_EXTENSION_UUID, "name": "Unsafe mode for tests", "description": "tests"}
        (extension_dir / "metadata.json").write_text(json.dumps(metadata | {"shell-version": ["43"]}))
        # The shell names the app from its desktop file (and finds it through TryExec on PATH).
        applications = self.data_home / "applications"
        applications.mkdir(parents=True)
        shutil.copy(REPO_ROOT / "resources" / "seranking-tray.desktop", applications)
        if (REPO_ROOT / "resources" / "icons" / "hicolor").is_dir():
            shutil.copytree(REPO_ROOT / "resources" / "icons" / "hicolor", self.data_home / "icons" / "hicolor")

        # gnome-shell chooses logind because /run/systemd/seats exists, then dies without a system bus.
        system_bus = self._start_bus("system-bus", self.bus_dir / "system", None, deadline)
        self._start_session_bus(deadline)
        enabled = f"['{APPINDICATOR_UUID}', '{TEST_EXTENSION_UUID}']"
        subprocess.run(
            ["gsettings", "set", "org.gnome.shell", "enabled-extensions", enabled],
            env=self._base_env(),
            check=True,
            capture_output=True,
            timeout=30,
        )
        shell_env = self._base_env(
            DBUS_SYSTEM_BUS_ADDRESS=system_bus,
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP="GNOME",
        )
        shell = self._launch(
            "gnome-shell",
            [
                "gnome-shell",
                "--wayland",
                "--headless",
                "--virtual-monitor",
                "1280x800",
                "--wayland-display=wayland-test",
                "--sm-disable",
            ],
            shell_env,
        )
        self.host_daemon = shell
        self._wayland_socket = self.runtime_dir / "wayland-test"
        self._wait_for_tray_host(deadline, [shell])
        self._wait_until(lambda: self._x11_display_from_log(shell), deadline, "Xwayland's display", watched=[shell])
        self._xauthority = str(next(iter(sorted(self.runtime_dir.glob(".mutter-Xwaylandauth.*"))), ""))
        self.update_activation_environment(
            {
                "WAYLAND_DISPLAY": "wayland-test",
                "DISPLAY": self.display,
                "XAUTHORITY": self._xauthority,
                "XDG_CURRENT_DESKTOP": "GNOME",
            }
        )
        self._wait_until(lambda: self._eval_works(), deadline, "org.gnome.Shell.Eval (unsafe mode)", watched=[shell])
        # The shell starts in the overview; the desktop (top bar, windows) is what the screenshots should show.
        self.shell_eval("Main.overview.hide(); true")

    def _x11_display_from_log(self, shell: _Daemon) -> bool:
        found = re.search(r"Using public X11 display (:\d+)", shell.log_path.read_text(errors="replace"))
        if found:
            self._display = found.group(1)
        return found is not None

    def _eval_works(self) -> bool:
        try:
            return self.shell_eval("1 + 1") == "2"
        except (DesktopSessionError, Exception):  # not on the bus yet, or the extension not enabled yet
            return False

    def shell_eval(self, script: str) -> str:
        """Run JavaScript in gnome-shell (unsafe mode) and return its result as JSON text."""
        success, result = self.call(SHELL_BUS_NAME, "/org/gnome/Shell", "org.gnome.Shell", "Eval", "s", (script,))
        if not success:
            raise DesktopSessionError(f"org.gnome.Shell.Eval failed: {result}")
        return str(result)

    def shell_eval_json(self, script: str) -> Any:
        return json.loads(self.shell_eval(script))

    def top_bar_items(self) -> list[str]:
        """The keys of ``Main.panel.statusArea`` (the AppIndicator extension adds ``appindicator-…``)."""
        return list(self.shell_eval_json("Object.keys(Main.panel.statusArea)"))

    def shell_window_titles(self) -> list[str]:
        return list(self.shell_eval_json("global.get_window_actors().map(a => a.meta_window.get_title())"))

    def shell_notifications(self) -> list[dict[str, str]]:
        """The notifications in the shell's message tray: title, body and the icon it shows."""
        script = """Main.messageTray.getSources().flatMap(s => s.notifications.map(n => ({
            source: s.title, title: n.title, body: n.bannerBodyText || '',
            icon: n.gicon ? n.gicon.to_string() : (s.icon ? s.icon.to_string() : '')})))"""
        return list(self.shell_eval_json(script))

    # -- KDE ----------------------------------------------------------------------------------------------

    def _start_kde(self, deadline: float) -> None:
        self._start_xvfb(deadline)
        self._start_session_bus(deadline)
        kde = {"XDG_CURRENT_DESKTOP": "KDE", "KDE_FULL_SESSION": "true", "KDE_SESSION_VERSION": "5"}
        self.update_activation_environment({"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"} | kde)
        daemon_env = self._base_env(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", XDG_SESSION_TYPE="x11", **kde)
        kwin = self._launch("kwin_x11", ["kwin_x11", "--replace"], daemon_env)
        kded = self._launch("kded5", ["kded5"], daemon_env)
        plasma = self._launch("plasmashell", ["plasmashell", "--no-respawn"], daemon_env)
        self.host_daemon = plasma
        watched = [kwin, kded, plasma]
        self._wait_for_tray_host(deadline, watched)
        self._wait_until(
            lambda: self.name_has_owner(NOTIFICATIONS_BUS_NAME), deadline, "Plasma's notifications", watched=watched
        )

    # -- sway -----------------------------------------------------------------------------------------------

    def _start_sway(self, deadline: float) -> None:
        # The sway user must reach the bus socket and its own runtime directory below ours.
        self.root.chmod(0o711)
        runtime = self.sway_runtime_dir
        runtime.mkdir(mode=0o700)
        os.chown(runtime, SWAY_UID, SWAY_UID)
        config = self.root / "sway.config"
        config.write_text("output HEADLESS-1 resolution 1280x800\nbar {\n  position top\n  tray_output *\n}\n")
        config.chmod(0o644)
        self._start_session_bus(deadline)
        self._recorder = NotificationRecorder(self.bus_address).start()
        sway_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(runtime),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(runtime / "config"),
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
            "WLR_HEADLESS_OUTPUTS": "1",
            "LANG": "C.UTF-8",
            SESSION_MARKER_VARIABLE: self.session_id,
        }
        self._sway_env = sway_env
        sway = self._launch(
            "sway",
            ["setpriv", f"--reuid={SWAY_UID}", f"--regid={SWAY_UID}", "--clear-groups", "sway", "-c", str(config)],
            sway_env,
        )
        self.host_daemon = sway

        def wayland_ready() -> bool:
            sockets = sorted(p for p in runtime.glob("wayland-*") if not p.name.endswith(".lock"))
            if sockets:
                self._wayland_socket = sockets[0]
            return bool(sockets)

        self._wait_until(wayland_ready, deadline, "sway's Wayland socket", watched=[sway])
        self._wait_for_tray_host(deadline, [sway])

    def _as_sway_user(self, argv: list[str], timeout: float = 30) -> subprocess.CompletedProcess[str]:
        sockets = sorted(self.sway_runtime_dir.glob("sway-ipc.*.sock"))
        env = self._sway_env | {"WAYLAND_DISPLAY": self.wayland_socket.name}
        if sockets:
            env["SWAYSOCK"] = str(sockets[0])
        return subprocess.run(
            ["setpriv", f"--reuid={SWAY_UID}", f"--regid={SWAY_UID}", "--clear-groups", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )

    def sway_windows(self) -> list[dict[str, Any]]:
        """The app windows in sway's tree (``swaymsg -t get_tree``): name, ``type`` ("con" tiled or
        "floating_con") and ``rect``."""
        tree = json.loads(self._as_sway_user(["swaymsg", "-t", "get_tree", "--raw"]).stdout)
        windows: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                windows.append(node)
            for child in node.get("nodes", []) + node.get("floating_nodes", []):
                walk(child)

        walk(tree)
        return windows

    def sway_window_titles(self) -> list[str]:
        return [str(node.get("name") or "") for node in self.sway_windows()]

    # -- looking at the host ---------------------------------------------------------------------------------

    def window_titles(self) -> list[str]:
        """Titles of the app windows the host shows (from the shell, sway's tree or the X server)."""
        if self.host.startswith("gnome"):
            return self.shell_window_titles()
        if self.host == "sway":
            return self.sway_window_titles()
        # The windows kwin manages (mapped clients), not every X window the app created.
        clients = self._xprop("-root", "_NET_CLIENT_LIST")
        titles = []
        for window in re.findall(r"0x[0-9a-f]+", clients.partition("#")[2]):
            found = re.search(r'= "(.*)"', self._xprop("-id", window, "_NET_WM_NAME"))
            titles.append(found.group(1) if found else "")
        return titles

    def tray_area(self, bus_name: str) -> Rect:
        """Where the host draws the item of ``bus_name`` (or its whole tray), in screenshot pixels."""
        if self.host.startswith("gnome"):
            script = f"""(() => {{
                const entry = Object.entries(Main.panel.statusArea)
                    .find(([key, _]) => key.startsWith('appindicator-') && key.includes('{bus_name}@'));
                if (!entry) return null;
                const [x, y] = entry[1].get_transformed_position();
                return [x, y, entry[1].width, entry[1].height].map(Math.round);
            }})()"""
            found = self.shell_eval_json(script)
            if not found:
                raise DesktopSessionError(f"no top bar item for {bus_name}: {self.top_bar_items()}")
            return Rect(*found)
        width, height = (int(n) for n in self.screen.split("x")[:2])
        if self.host == "kde":
            # Plasma's default panel: along the bottom, the system tray at its right end.
            return Rect(width // 2, height - 48, width // 2, 48)
        # swaybar at the top (see _start_sway): as tall as the workspace's offset, the tray at its right end.
        tree = json.loads(self._as_sway_user(["swaymsg", "-t", "get_workspaces", "--raw"]).stdout)
        bar_height = min(int(workspace["rect"]["y"]) for workspace in tree) or 30
        return Rect(width // 2, 0, width // 2, bar_height)

    def _xprop(self, *args: str) -> str:
        result = subprocess.run(["xprop", *args], env=self.env(), capture_output=True, text=True, timeout=10)
        return result.stdout

    def screenshot(self, path: Path | str) -> Path:
        target = Path(path).resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.host.startswith("gnome"):
            # The shell may still be in its start-up overview: show the desktop, once the animation is over.
            self.shell_eval("Main.overview.hide(); true")
            self._wait_until(
                lambda: self.shell_eval("Main.overview.visible || Main.overview.animationInProgress") == "false",
                time.monotonic() + 10,
                "the shell to leave the overview",
                watched=[self.host_daemon] if self.host_daemon is not None else [],
            )
            success, _written = self.call(
                "org.gnome.Shell.Screenshot",
                "/org/gnome/Shell/Screenshot",
                "org.gnome.Shell.Screenshot",
                "Screenshot",
                "bbs",
                (False, False, str(target)),
                timeout=30,
            )
            if not success:
                raise DesktopSessionError("org.gnome.Shell.Screenshot failed")
        elif self.host == "sway":
            shot = self.sway_runtime_dir / "screenshot.png"
            self._as_sway_user(["grim", str(shot)])
            shutil.copy(shot, target)
            shot.unlink()
        else:
            subprocess.run([IMPORT, "-window", "root", str(target)], env=self.env(), check=True, capture_output=True)
        return target


# -- notifications as the bus carries them ------------------------------------------------------------


@dataclass(frozen=True)
class SeenNotification:
    """A ``Notify`` call seen on the bus, and who answered it."""

    sender: str
    app_icon: str
    summary: str
    body: str
    answered_by: str | None
    answer_ok: bool


class NotifyMonitor:
    """Watches the bus (``BecomeMonitor``) for ``Notify`` calls and their answers, whoever serves them."""

    def __init__(self, bus_address: str) -> None:
        self._connection: DBusConnection = open_dbus_connection(bus=bus_address)
        rules = [
            f"type='method_call',interface='{NOTIFICATIONS_BUS_NAME}',member='Notify'",
            "type='method_return'",
            "type='error'",
        ]
        monitoring = DBusAddress(
            "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus.Monitoring"
        )
        self._connection.send(new_method_call(monitoring, "BecomeMonitor", "asu", (rules, 0)))
        self._lock = threading.Condition()
        self._calls: dict[tuple[str, int], tuple[str, str, str]] = {}
        self._seen: list[SeenNotification] = []
        self._pending: dict[tuple[str, int], SeenNotification] = {}
        self._thread = threading.Thread(target=self._run, name="notify-monitor", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                message = self._connection.receive()
            except (OSError, ValueError):
                return
            fields = message.header.fields
            sender = str(fields.get(HeaderFields.sender, ""))
            kind = message.header.message_type
            with self._lock:
                if kind == MessageType.method_call and fields.get(HeaderFields.member) == "Notify":
                    _app, _replaces, icon, summary, body, *_rest = message.body
                    self._pending[(sender, message.header.serial)] = SeenNotification(
                        sender, str(icon), str(summary), str(body), None, False
                    )
                elif kind in (MessageType.method_return, MessageType.error):
                    key = (str(fields.get(HeaderFields.destination, "")), int(fields.get(HeaderFields.reply_serial, 0)))
                    call = self._pending.pop(key, None)
                    if call is not None:
                        answered = SeenNotification(
                            call.sender,
                            call.app_icon,
                            call.summary,
                            call.body,
                            sender,
                            kind == MessageType.method_return,
                        )
                        self._seen.append(answered)
                        self._lock.notify_all()

    def seen(self) -> list[SeenNotification]:
        with self._lock:
            return list(self._seen)

    def close(self) -> None:
        self._connection.close()
        self._thread.join(timeout=5)
