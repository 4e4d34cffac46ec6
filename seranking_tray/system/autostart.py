"""Start at login: an XDG autostart entry on Linux, the per-user ``Run`` registry value on Windows, a per-user
LaunchAgent on macOS.

Qt-free, so the settings dialog, the CLI and tests use the same code. Each backend writes one thing and
``disable()`` removes exactly that (plus, on Linux, the ``autostart`` directory if enabling had to create it and
nothing else has been put there since). What is started is the GUI entry point of *this* installation (a venv's
``seranking-tray-gui``, the bundle's executable, or ``/usr/bin/seranking-tray-gui`` from the .deb), found by
:func:`gui_command`.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import plistlib
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final, Protocol

from seranking_tray.system import paths, resources
from seranking_tray.system.files import write_atomically
from seranking_tray.system.resources import APP_ID, APP_NAME, DESKTOP_ID, GUI_COMMAND

# Login is when the panel, the keyring and the network all come up. Qt decides only once, when the app starts,
# whether a StatusNotifierItem tray exists, so a tray app started before the panel falls back to XEmbed or to its
# window; and the first check would meet a keyring and network that are not ready. A short delay avoids all three.
AUTOSTART_DELAY_SECONDS: Final = 10

# Marks an autostart entry that was written into an autostart directory this module had to create.
_CREATED_DIRECTORY_KEY: Final = "X-SERankingTray-Created-Directory"
_ENTRY_GROUP: Final = "Desktop Entry"

WINDOWS_RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Where Task Manager's "Startup apps" page records that the user switched an entry off (first byte odd = off).
WINDOWS_STARTUP_APPROVED_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"


class AutostartError(OSError):
    """Start at login could not be switched (the message says what and where)."""


def _remove(path: Path, what: str) -> bool:
    """False when there was nothing to remove; AutostartError when it could not be removed."""
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise AutostartError(f"Could not remove {what} {path}: {exc}") from exc
    return True


class Autostart(Protocol):
    @property
    def location(self) -> str:
        """What this backend writes, for messages: a file path or a registry value."""
        ...

    def enable(self, argv: Sequence[str]) -> None:
        """Start ``argv`` at every login from now on (replacing an earlier entry)."""
        ...

    def disable(self) -> bool:
        """Remove what :meth:`enable` wrote; False if there was nothing to remove."""
        ...

    def is_enabled(self) -> bool: ...


# --- what to start ---------------------------------------------------------------------------------------------


def gui_command() -> list[str]:
    """The command line that starts the tray app from this installation, as a login item needs it: absolute,
    since a login session's PATH may lack a venv's or ``~/.local/bin``."""
    executable = GUI_COMMAND + (".exe" if sys.platform == "win32" else "")
    if getattr(sys, "frozen", False):
        # The bundle carries the GUI executable next to the CLI one.
        return [str(Path(sys.executable).resolve().parent / executable)]
    for directory in _script_directories():
        candidate = directory / executable
        if candidate.is_file():
            return [str(candidate)]
    # A source checkout that was never installed: the interpreter itself, without a console on Windows.
    interpreter = Path(sys.executable)
    if sys.platform == "win32" and (windowless := interpreter.with_name("pythonw.exe")).is_file():
        interpreter = windowless
    return [str(interpreter), "-m", "seranking_tray"]


def _script_directories() -> Iterator[Path]:
    # Where pip put the entry points: beside the interpreter in a venv, else the scheme's scripts directory
    # (``pip install --user`` uses the user scheme's).
    yield Path(sys.executable).parent
    yield Path(sysconfig.get_path("scripts"))
    with contextlib.suppress(KeyError):
        yield Path(sysconfig.get_path("scripts", f"{os.name}_user"))


# --- Linux and other XDG desktops ------------------------------------------------------------------------------


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/seranking-tray.desktop`` (freedesktop.org Desktop Application Autostart)."""

    def __init__(self, config_home: Path | None = None) -> None:
        self.config_home = config_home or paths.xdg_home("XDG_CONFIG_HOME", ".config")
        self.directory = self.config_home / "autostart"
        self.entry_path = self.directory / f"{DESKTOP_ID}.desktop"

    @property
    def location(self) -> str:
        return str(self.entry_path)

    def enable(self, argv: Sequence[str]) -> None:
        created = not self.directory.exists()
        if not created and self.entry_path.is_file():
            # Re-enabling keeps the record of who made the directory.
            created = self._read_entry().get(_CREATED_DIRECTORY_KEY) == "true"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.entry_path, self.entry_text(argv, created_directory=created))
        except OSError as exc:
            raise AutostartError(f"Could not write the autostart entry {self.entry_path}: {exc}") from exc

    def disable(self) -> bool:
        if not self.entry_path.is_file():
            return False
        created_directory = self._read_entry().get(_CREATED_DIRECTORY_KEY) == "true"
        if not _remove(self.entry_path, "the autostart entry"):
            return False
        if created_directory:
            # Only if still empty: anything another program put there since stays, and so does the directory.
            with contextlib.suppress(OSError):
                self.directory.rmdir()
        return True

    def is_enabled(self) -> bool:
        if not self.entry_path.is_file():
            return False
        entry = self._read_entry()
        # Either key switches an entry off without removing it (GNOME's "Startup Applications" writes the second).
        return entry.get("Hidden", "false") != "true" and entry.get("X-GNOME-Autostart-enabled", "true") != "false"

    def entry_text(self, argv: Sequence[str], *, created_directory: bool = False) -> str:
        lines = [
            f"[{_ENTRY_GROUP}]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Shows your SE Ranking balance and subscription in the system tray",
            f"Exec={desktop_exec(argv)}",
        ]
        icon = _icon_for_entry()
        if icon:
            lines.append(f"Icon={icon}")
        lines += [
            "Terminal=false",
            # The app opens no window at start, so a launch-feedback cursor would spin until it timed out.
            "StartupNotify=false",
            "X-GNOME-Autostart-enabled=true",
            f"X-GNOME-Autostart-Delay={AUTOSTART_DELAY_SECONDS}",
            # The same wish for KDE Plasma and LXQt: start once the panel (the tray host) is up.
            "X-KDE-autostart-after=panel",
            "X-LXQt-Need-Tray=true",
        ]
        if created_directory:
            lines.append(f"{_CREATED_DIRECTORY_KEY}=true")
        return "\n".join(lines) + "\n"

    def _read_entry(self) -> dict[str, str]:
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # desktop keys are case-sensitive
        try:
            parser.read_string(self.entry_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, configparser.Error):
            return {}  # an unreadable entry is still one to remove, but not one we recorded anything in
        return dict(parser[_ENTRY_GROUP]) if parser.has_section(_ENTRY_GROUP) else {}


def desktop_exec(argv: Sequence[str]) -> str:
    """``argv`` as a desktop entry's ``Exec`` value; the bare command name when PATH finds that same program."""
    if not argv:
        raise ValueError("an empty command line")
    program = argv[0]
    found = shutil.which(Path(program).name)
    if Path(program).is_absolute() and found and _same_file(found, program):
        program = Path(program).name
    return " ".join(_exec_argument(argument) for argument in (program, *argv[1:]))


def _exec_argument(argument: str) -> str:
    # Desktop Entry spec, "The Exec key": an argument with a reserved character is put in double quotes, inside
    # which `"`, "`", "$" and "\" take a backslash; then the whole value is a string, whose own escaping doubles
    # every backslash; "%" starts a field code and is written "%%".
    if not argument:
        quoted = '""'
    elif any(character in argument for character in " \t\n\"'\\><~|&;$*?#()`="):
        escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in argument)
        quoted = f'"{escaped}"'
    else:
        quoted = argument
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def _icon_for_entry() -> str | None:
    # The theme name when the icon is installed where the theme looks (the .deb), else the file itself (pip,
    # tar.gz): an entry with a themed name that is not installed shows a blank icon in autostart settings.
    data_dirs = [paths.xdg_home("XDG_DATA_HOME", ".local/share"), *_xdg_data_dirs()]
    if any((base / resources.SCALABLE_ICON).is_file() for base in data_dirs):
        return DESKTOP_ID
    try:
        return str(resources.path(resources.hicolor_png(256)))
    except resources.ResourcesNotFound:
        return None


def _xdg_data_dirs() -> list[Path]:
    value = os.environ.get("XDG_DATA_DIRS", "") or "/usr/local/share:/usr/share"
    return [Path(part) for part in value.split(":") if part and Path(part).is_absolute()]


# --- Windows ---------------------------------------------------------------------------------------------------


class WindowsRunKey:
    """A value named after the app under ``HKEY_CURRENT_USER\\...\\CurrentVersion\\Run``.

    The key paths are parameters so that tests can work under a private key of their own.
    """

    def __init__(
        self,
        value_name: str = APP_NAME,
        run_key: str = WINDOWS_RUN_KEY,
        approved_key: str = WINDOWS_STARTUP_APPROVED_KEY,
    ) -> None:
        self.value_name = value_name
        self.run_key = run_key
        self.approved_key = approved_key

    @property
    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{self.run_key}\\{self.value_name}"

    def enable(self, argv: Sequence[str]) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, self.run_key, 0, winreg.KEY_SET_VALUE) as key:
                winreg.SetValueEx(key, self.value_name, 0, winreg.REG_SZ, subprocess.list2cmdline(argv))
            # Switching it on here must win over an earlier "off" in Task Manager, which would otherwise keep
            # Windows from starting it; that record is Windows', so only an "off" one is removed.
            if self._switched_off_in_task_manager():
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.approved_key, 0, winreg.KEY_SET_VALUE) as key:
                    winreg.DeleteValue(key, self.value_name)
        except OSError as exc:
            raise AutostartError(f"Could not write {self.location}: {exc}") from exc

    def disable(self) -> bool:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.run_key, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise AutostartError(f"Could not remove {self.location}: {exc}") from exc
        return True

    def is_enabled(self) -> bool:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.run_key) as key:
                winreg.QueryValueEx(key, self.value_name)
        except FileNotFoundError:
            return False
        return not self._switched_off_in_task_manager()

    def command(self) -> str | None:
        """The command line stored in the Run value, if any."""
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.run_key) as key:
                value, _kind = winreg.QueryValueEx(key, self.value_name)
        except FileNotFoundError:
            return None
        return str(value)

    def _switched_off_in_task_manager(self) -> bool:
        if sys.platform != "win32":
            return False
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.approved_key) as key:
                value, _kind = winreg.QueryValueEx(key, self.value_name)
        except FileNotFoundError:
            return False
        return isinstance(value, bytes) and bool(value) and value[0] % 2 == 1


# --- macOS -----------------------------------------------------------------------------------------------------


class MacLaunchAgent:
    """``~/Library/LaunchAgents/<APP_ID>.plist``, which launchd loads at the next login."""

    def __init__(self, home: Path | None = None, label: str = APP_ID) -> None:
        self.label = label
        self.directory = (home or Path.home()) / "Library" / "LaunchAgents"
        self.plist_path = self.directory / f"{label}.plist"

    @property
    def location(self) -> str:
        return str(self.plist_path)

    def enable(self, argv: Sequence[str]) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.plist_path, plistlib.dumps(self.agent(argv)).decode("utf-8"))
        except OSError as exc:
            raise AutostartError(f"Could not write the launch agent {self.plist_path}: {exc}") from exc

    def disable(self) -> bool:
        return _remove(self.plist_path, "the launch agent")

    def is_enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.plist_path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and agent.get("Disabled") is not True

    def agent(self, argv: Sequence[str]) -> dict[str, object]:
        agent: dict[str, object] = {
            "Label": self.label,
            "ProgramArguments": list(argv),
            "RunAtLoad": True,
            # Not a background daemon: launchd gives it normal (not throttled) scheduling, like an app the user
            # opened.
            "ProcessType": "Interactive",
            # Only in a graphical login, never in an ssh session.
            "LimitLoadToSessionType": "Aqua",
        }
        if ".app/Contents/MacOS/" in argv[0]:
            # macOS 13+ then lists the login item under the app's name and icon, not "unidentified developer".
            agent["AssociatedBundleIdentifiers"] = [APP_ID]
        return agent


# --- this platform ---------------------------------------------------------------------------------------------


def backend() -> Autostart:
    """The start-at-login mechanism of the platform this runs on."""
    if sys.platform == "win32":
        return WindowsRunKey()
    if sys.platform == "darwin":
        return MacLaunchAgent()
    return XdgAutostart()


def enable(argv: Sequence[str] | None = None) -> str:
    """Start the tray app at login (``argv`` defaults to :func:`gui_command`); returns where it was recorded."""
    chosen = backend()
    chosen.enable(list(argv) if argv is not None else gui_command())
    return chosen.location


def disable() -> bool:
    return backend().disable()


def is_enabled() -> bool:
    return backend().is_enabled()


# --- helpers ---------------------------------------------------------------------------------------------------


def _write_atomically(target: Path, text: str) -> None:
    # A login must never find half an entry; the entry is no secret, and readable as autostart files usually are.
    write_atomically(target, text.encode("utf-8"), mode=0o644)


def _same_file(first: str, second: str) -> bool:
    try:
        return Path(first).samefile(second)
    except OSError:
        return False
