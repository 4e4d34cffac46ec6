"""Start at login: the XDG autostart entry (Linux), the LaunchAgent (macOS) and the Run key (Windows, on Windows only).

The CI workflow (.github/workflows/build.yml) runs the LaunchAgent and Run key tests on macOS and Windows runners,
chosen by name; everything else needs a Linux desktop's tools.

Every test works in a private XDG_CONFIG_HOME or home directory. The entries are checked by the tools that read them
for real: desktop-file-validate, GLib's launcher (`gio launch`, which parses Exec as GNOME and Xfce do), and, in a
real desktop session, the tray app that the entry starts.
"""

from __future__ import annotations

import contextlib
import json
import os
import plistlib
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.waiting import wait_until
from seranking_tray import __version__
from seranking_tray.system import autostart, resources
from seranking_tray.system.autostart import AUTOSTART_DELAY_SECONDS, MacLaunchAgent, XdgAutostart, desktop_exec

REPO_ROOT = Path(__file__).resolve().parents[1]


def tree(root: Path) -> set[str]:
    """Every file and directory below ``root`` (relative), to compare a whole tree before and after."""
    return {str(path.relative_to(root)) + ("/" if path.is_dir() else "") for path in root.rglob("*")}


def read_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def run_tool(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(argv[0])
    assert tool, f"{argv[0]} is not installed: run scripts/desktop-deps --install"
    return subprocess.run([tool, *argv[1:]], capture_output=True, text=True, timeout=60, check=False, env=env)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty XDG_CONFIG_HOME, also for the module-level functions."""
    home = tmp_path / "config"
    home.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def argv_recorder(tmp_path: Path) -> tuple[Path, Path]:
    """A program in a directory whose name needs quoting in Exec, which writes its argv as JSON to a file."""
    directory = tmp_path / "Program Files $HOME 'n' \"q\""
    directory.mkdir()
    program = directory / "record-argv"
    output = tmp_path / "argv.json"
    program.write_text(
        f"#!{sys.executable}\nimport json, sys\nopen({str(output)!r}, 'w').write(json.dumps(sys.argv))\n",
        encoding="utf-8",
    )
    program.chmod(0o755)
    return program, output


# --- Linux: the XDG autostart entry -----------------------------------------------------------------------------


def test_enabling_writes_a_valid_entry_and_disabling_removes_exactly_what_was_added(config_home: Path) -> None:
    (config_home / "seranking-tray").mkdir()  # the app's own settings directory is not autostart's business
    before = tree(config_home)
    xdg = XdgAutostart()
    command = autostart.gui_command()

    assert not xdg.is_enabled()
    xdg.enable(command)

    entry_path = config_home / "autostart" / "seranking-tray.desktop"
    assert xdg.location == str(entry_path)
    validation = run_tool("desktop-file-validate", str(entry_path))
    assert validation.returncode == 0 and not validation.stdout.strip(), validation.stdout + validation.stderr
    entry = read_entry(entry_path)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == desktop_exec(command)
    assert entry["X-GNOME-Autostart-Delay"] == str(AUTOSTART_DELAY_SECONDS)
    assert entry["StartupNotify"] == "false" and entry["Terminal"] == "false"
    assert "Hidden" not in entry
    assert xdg.is_enabled()

    assert xdg.disable() is True
    assert tree(config_home) == before  # the entry, and the autostart directory it needed, are gone
    assert not xdg.is_enabled()
    assert xdg.disable() is False


def test_an_existing_autostart_directory_and_other_entries_are_left_alone(config_home: Path) -> None:
    directory = config_home / "autostart"
    directory.mkdir()
    other = directory / "other-app.desktop"
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other-app\n")
    before = tree(config_home)

    xdg = XdgAutostart()
    xdg.enable(autostart.gui_command())
    xdg.enable(autostart.gui_command())  # again: still one entry
    assert sorted(p.name for p in directory.iterdir()) == ["other-app.desktop", "seranking-tray.desktop"]
    xdg.disable()
    assert tree(config_home) == before


def test_a_directory_we_created_stays_when_another_program_has_put_an_entry_there(config_home: Path) -> None:
    xdg = XdgAutostart()
    xdg.enable(autostart.gui_command())
    xdg.enable(autostart.gui_command())  # re-enabling keeps the record that the directory was ours
    (config_home / "autostart" / "later.desktop").write_text("[Desktop Entry]\nType=Application\nName=L\nExec=l\n")
    xdg.disable()
    assert sorted(p.name for p in (config_home / "autostart").iterdir()) == ["later.desktop"]


@pytest.mark.parametrize("switch_off", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_switched_off_by_the_desktop_is_not_enabled_until_enabled_again(
    config_home: Path, switch_off: str
) -> None:
    xdg = XdgAutostart()
    xdg.enable(autostart.gui_command())
    text = xdg.entry_path.read_text().replace("X-GNOME-Autostart-enabled=true\n", "")
    xdg.entry_path.write_text(text + switch_off + "\n")  # what GNOME's "Startup Applications" does
    assert not xdg.is_enabled()
    xdg.enable(autostart.gui_command())
    assert xdg.is_enabled()


def test_the_module_functions_use_the_private_config_home(config_home: Path) -> None:
    location = autostart.enable()
    assert Path(location) == config_home / "autostart" / "seranking-tray.desktop"
    assert autostart.is_enabled()
    assert autostart.disable()
    assert not autostart.is_enabled()
    assert tree(config_home) == set()


def test_a_relative_xdg_config_home_is_ignored_as_the_spec_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert XdgAutostart().entry_path == tmp_path / ".config" / "autostart" / "seranking-tray.desktop"


def test_exec_quoting_survives_glib_s_own_parser(config_home: Path, argv_recorder: tuple[Path, Path]) -> None:
    program, output = argv_recorder
    argv = [str(program), "plain", "two words", 'say "hi"', "back\\slash", "100%", "$HOME", "`id`", "", "it's", "a=b"]
    xdg = XdgAutostart()
    xdg.enable(argv)
    validation = run_tool("desktop-file-validate", str(xdg.entry_path))
    assert validation.returncode == 0 and not validation.stdout.strip(), validation.stdout
    env = {"PATH": os.environ["PATH"], "HOME": str(config_home.parent)}
    launched = run_tool("gio", "launch", str(xdg.entry_path), env=env)
    assert launched.returncode == 0, launched.stderr
    recorded = wait_until(lambda: output.is_file() and output.read_text(), 15, "the launched program's argv")
    assert json.loads(recorded) == argv


def test_exec_names_the_bare_command_only_when_path_finds_that_same_program(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "seranking-tray-gui"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    other_dir = tmp_path / "elsewhere"
    other_dir.mkdir()
    impostor = other_dir / "seranking-tray-gui"
    impostor.write_text("#!/bin/sh\n")
    impostor.chmod(0o755)

    saved = os.environ["PATH"]
    try:
        os.environ["PATH"] = f"{bin_dir}{os.pathsep}{saved}"
        assert desktop_exec([str(program), "--demo"]) == "seranking-tray-gui --demo"
        os.environ["PATH"] = f"{other_dir}{os.pathsep}{saved}"
        assert desktop_exec([str(program)]) == str(program)  # PATH would find another program: keep the path
    finally:
        os.environ["PATH"] = saved


def test_the_icon_is_the_theme_name_when_installed_and_a_file_otherwise(
    config_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "data-dirs"))
    xdg = XdgAutostart()
    not_installed = read_entry_text(xdg.entry_text(["x"]))
    assert Path(not_installed["Icon"]) == resources.path(resources.hicolor_png(256))

    installed = tmp_path / "data-dirs" / resources.SCALABLE_ICON
    installed.parent.mkdir(parents=True)
    installed.write_text("<svg/>")
    assert read_entry_text(xdg.entry_text(["x"]))["Icon"] == "seranking-tray"


def read_entry_text(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines()[1:] if "=" in line)


def test_the_gui_command_is_this_installation_s_gui_entry_point() -> None:
    command = autostart.gui_command()
    assert len(command) == 1, command
    program = Path(command[0])
    assert program.is_absolute() and program.is_file()
    assert program.stem == resources.GUI_COMMAND
    # It is the [project.gui-scripts] launcher pip wrote for this interpreter, and it runs.
    result = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and __version__ in result.stdout, result.stdout + result.stderr


@pytest.mark.desktop
def test_the_entry_starts_the_tray_app_at_login(
    desktop_session: Any,
    fake_api: Any,
    sentinel_key: str,
) -> None:
    from harness import sni

    session = desktop_session(keyring=False)
    xdg = XdgAutostart(session.config_home)
    xdg.enable(autostart.gui_command())
    # "Logging in": the session's autostart runner executes the entry, as GLib-based sessions do.
    env = session.env(SERANKING_API_URL=fake_api.url, SERANKING_API_KEY=sentinel_key)
    with (session.log_dir / "gio-launch.log").open("ab") as log:
        # Not captured through pipes: the app inherits the launcher's output and would hold them open.
        launched = subprocess.run(
            ["gio", "launch", str(xdg.entry_path)], env=env, stdout=log, stderr=log, timeout=60, check=False
        )
    assert launched.returncode == 0, session.logs().get("gio-launch.log")
    item = sni.wait_for_item(session, 30)
    pid = sni.item_owner_pid(session, item)
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        assert any(resources.GUI_COMMAND.encode() in part for part in cmdline), cmdline
        assert fake_api.wait_for_requests(3, 20)  # it checks the account: started for real, not just shown
        tooltip = wait_until(
            lambda: (
                (tip := sni.item_properties(session, item).get("ToolTip"))
                and "$1,234.50" in tip.title + tip.description
            ),
            20,
            "the balance in the tooltip",
        )
        assert tooltip
    finally:
        os.kill(pid, 15)


# --- macOS: the LaunchAgent (plain files: tested on every platform, and with plutil where there is one) ----------


@pytest.fixture
def launch_agent(tmp_path: Path) -> MacLaunchAgent:
    return MacLaunchAgent(home=tmp_path)


def test_the_launch_agent_starts_the_app_at_login_and_goes_away_when_disabled(
    launch_agent: MacLaunchAgent, tmp_path: Path
) -> None:
    (tmp_path / "Library" / "LaunchAgents").mkdir(parents=True)
    before = tree(tmp_path)
    command = ["/Applications/SE Ranking Tray.app/Contents/MacOS/seranking-tray-gui"]
    launch_agent.enable(command)

    plist_path = tmp_path / "Library" / "LaunchAgents" / f"{resources.APP_ID}.plist"
    assert launch_agent.location == str(plist_path)
    agent = plistlib.loads(plist_path.read_bytes())
    assert agent["Label"] == resources.APP_ID
    assert agent["ProgramArguments"] == command
    assert agent["RunAtLoad"] is True
    assert agent["LimitLoadToSessionType"] == "Aqua"
    assert agent["AssociatedBundleIdentifiers"] == [resources.APP_ID]
    assert "KeepAlive" not in agent  # quitting from the menu must stay quit
    if shutil.which("plutil"):
        lint = run_tool("plutil", "-lint", str(plist_path))
        assert lint.returncode == 0, lint.stdout
    assert launch_agent.is_enabled()

    assert launch_agent.disable() is True
    assert tree(tmp_path) == before
    assert not launch_agent.is_enabled()
    assert launch_agent.disable() is False


def test_a_launch_agent_outside_an_app_bundle_names_no_bundle(launch_agent: MacLaunchAgent) -> None:
    agent = launch_agent.agent(["/usr/local/bin/seranking-tray-gui"])
    assert "AssociatedBundleIdentifiers" not in agent


def test_a_launch_agent_marked_disabled_is_not_enabled(launch_agent: MacLaunchAgent) -> None:
    launch_agent.enable(["/x"])
    agent = plistlib.loads(launch_agent.plist_path.read_bytes())
    launch_agent.plist_path.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not launch_agent.is_enabled()


# --- Windows: the Run key, in the real registry under a private key ----------------------------------------------

if sys.platform == "win32":
    import uuid
    import winreg

    from seranking_tray.system.autostart import WindowsRunKey

    @pytest.fixture
    def run_key() -> Iterator[WindowsRunKey]:
        base = rf"Software\SERankingTrayTests\{uuid.uuid4()}"
        backend = WindowsRunKey(value_name="SE Ranking Tray (test)", run_key=rf"{base}\Run", approved_key=rf"{base}\Ok")
        yield backend
        for key in (rf"{base}\Run", rf"{base}\Ok", base):
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)

    def test_the_run_value_holds_the_quoted_command_and_goes_away_when_disabled(run_key: WindowsRunKey) -> None:
        command = [r"C:\Program Files\SE Ranking Tray\seranking-tray-gui.exe"]
        assert not run_key.is_enabled()
        run_key.enable(command)
        assert run_key.command() == subprocess.list2cmdline(command) == f'"{command[0]}"'
        assert run_key.is_enabled()
        assert run_key.disable() is True
        assert run_key.command() is None and not run_key.is_enabled()
        assert run_key.disable() is False

    def test_switched_off_in_task_manager_is_off_until_enabled_again(run_key: WindowsRunKey) -> None:
        run_key.enable([r"C:\x.exe"])
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, run_key.approved_key) as key:
            winreg.SetValueEx(key, run_key.value_name, 0, winreg.REG_BINARY, bytes([3]) + bytes(11))
        assert not run_key.is_enabled()
        run_key.enable([r"C:\x.exe"])
        assert run_key.is_enabled()


def test_the_backend_matches_the_platform() -> None:
    expected = {"win32": "WindowsRunKey", "darwin": "MacLaunchAgent"}.get(sys.platform, "XdgAutostart")
    assert type(autostart.backend()).__name__ == expected


def test_the_autostart_module_does_not_import_qt() -> None:
    script = textwrap.dedent(
        """
        import sys
        import seranking_tray.system.autostart
        print(sorted(name for name in sys.modules if name.startswith("PySide6")))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
