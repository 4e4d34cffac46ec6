"""The Linux one-folder bundle (PyInstaller), its .tar.gz and its .deb, built once per test session by
scripts/build-bundle.py and then used for real: the CLI against the loopback fake API, the GUI in a real desktop
session with gnome-keyring, the .deb installed with dpkg, started from its desktop entry and removed again.

Installing the .deb changes this machine (/usr/bin, /usr/lib, /usr/share), as it would for a user: it needs root,
as CI runs, and each test removes the package again. A lock keeps two test runs on one machine from installing at
the same time.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from harness import sni
from harness.faults import FakeSeRanking
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import QT_WARNING_MARKERS, TrayAppProcess, wait_until, window_names
from seranking_tray import __version__
from seranking_tray.domain.languages import TRANSLATIONS
from seranking_tray.system import resources
from tests.conftest import private_env

REPO_ROOT = Path(__file__).resolve().parents[1]
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 60
DEB_LOCK = Path("/tmp/seranking-tray-deb-test.lock")
DEB_PACKAGE = "seranking-tray"
# Issue 18: the unpacked one-folder app at most 80 MiB on Linux (it was 140 MiB).
SIZE_BUDGET_BYTES = 80 * 1024 * 1024


@dataclass(frozen=True)
class Build:
    folder: Path
    tarball: Path
    deb: Path
    seconds: float

    @property
    def cli(self) -> Path:
        return self.folder / resources.CLI_COMMAND

    @property
    def gui(self) -> Path:
        return self.folder / resources.GUI_COMMAND


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Build the bundle, .tar.gz and .deb once for the whole session (about 30 s on 2 cores)."""
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ)
    # PyInstaller's cache of processed libraries, private to this build: two test runs may build at once.
    env["PYINSTALLER_CONFIG_DIR"] = str(out / "pyinstaller-config")
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "scripts" / "build-bundle.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--fast",
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-8000:]
    dist = out / "dist"
    (tarball,) = dist.glob("*.tar.gz")
    (deb,) = dist.glob("*.deb")
    return Build(dist / "seranking-tray", tarball, deb, time.monotonic() - started)


def run(argv: list[str | Path], env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in argv],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )


class BundledApp(TrayAppProcess):
    """A TrayAppProcess that runs a given program (the bundle's or an installed one) instead of this Python."""

    def __init__(self, session: DesktopSession, argv: list[str], *, env: dict[str, str], name: str) -> None:
        self.session = session
        self.log_path = session.log_dir / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.started = time.monotonic()
        self.process = session.spawn(argv, name=name, extra_env=env, stdout=self._log, stderr=subprocess.STDOUT)
        self.item = None


# --- the CLI ---------------------------------------------------------------------------------------------------


def test_status_json_from_the_bundle(bundle: Build, fake_api: FakeSeRanking, sentinel_key: str, cli_home: Path) -> None:
    env = private_env(cli_home) | {"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key}
    result = run([bundle.cli, "status", "--json"], env)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["health"] == "ok"
    assert document["balance"] == {"value": 1234.5, "currency_code": "USD"}
    assert document["subscription"]["is_expired"] is False
    assert document["profile"]["email"] == "jane.roe@example.com"
    assert document["error"] is None
    assert fake_api.requests_to("balance")[0].headers["Authorization"] == f"Token {sentinel_key}"
    assert sentinel_key not in result.stdout + result.stderr

    # The same decision as the source tree's: a low balance is exit 1.
    fake_api.set_state(balance={"currency": "USD", "currency_code": "USD", "value": 5.25})
    low = run([bundle.cli, "status", "--json"], env)
    assert low.returncode == 1 and json.loads(low.stdout)["health"] == "low_balance"


def test_the_bundle_knows_it_is_frozen_and_has_its_resources_and_keyring_backends(
    bundle: Build, cli_home: Path
) -> None:
    result = run([bundle.cli, "--bundle-self-check"], private_env(cli_home))
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["frozen"] is True
    assert report["resources"]["origin"] == "bundle"
    root = Path(report["resources"]["root"])
    assert root.is_relative_to(bundle.folder / "_internal")
    assert (root / resources.DESKTOP_FILE).is_file() and (root / resources.hicolor_png(256)).is_file()
    for code in TRANSLATIONS:  # where gui/i18n.py looks for them (issue 17)
        assert (root / resources.TRANSLATIONS_DIR / f"seranking_tray_{code}.qm").is_file(), code
    # Without keyring's entry points a frozen app finds no backend at all.
    assert {"SecretService", "KWallet", "libsecret", "chainer"} <= set(report["keyring_entry_points"])
    assert report["gui_command"] == [str(bundle.gui)]


def test_both_executables_are_there_and_the_gui_one_starts_the_tray_app(bundle: Build, cli_home: Path) -> None:
    for program in (bundle.cli, bundle.gui):
        assert program.stat().st_mode & stat.S_IXUSR
        version = run([program, "--version"], private_env(cli_home))
        assert version.returncode == 0 and version.stdout.strip() == f"seranking-tray {__version__}"


def test_the_bundle_leaves_out_what_the_app_does_not_use(bundle: Build) -> None:
    files = [path for path in bundle.folder.rglob("*") if not path.is_dir()]
    names = {path.name for path in files}
    # The GTK platform theme and everything it links (the spec drops both), Qt PDF, Qt Quick, and Qt's translations
    # but qtbase's for the app's languages (issue 17).
    assert not any(name.startswith(("libgtk-3", "libgdk-3", "libcairo", "libpango")) for name in names)
    assert not any(name.startswith(("libQt6Pdf", "libQt6Qml", "libQt6Quick", "libqgtk3", "libqpdf")) for name in names)
    # Issue 18: QtNetwork (unused on Linux: a Unix socket for the single instance, NetworkManager over D-Bus) and
    # what only it linked; libraries every Linux desktop has come from the system (the .deb depends on them).
    left_out = ("libQt6Network", "QtNetwork", "libkrb5", "libgio-2.0", "libX11.")
    assert not any(name.startswith(left_out) for name in names)
    catalogues = {f"seranking_tray_{code}.qm" for code in TRANSLATIONS}
    assert {path.name for path in files if path.suffix == ".qm"} == catalogues | {
        f"qtbase_{c}.qm" for c in TRANSLATIONS
    }
    top_level = {path.name for path in (bundle.folder / "_internal").iterdir()}
    assert "PIL" not in top_level
    # The app reads and writes the Secret Service with jeepney: SecretStorage and cryptography stay out (issue 18).
    assert not {"cryptography", "secretstorage", "_cffi_backend"} & {name.split(".")[0] for name in top_level}
    dangling = [str(path) for path in files if path.is_symlink() and not path.exists()]
    assert not dangling
    # What a tray needs stays: X11 and Wayland, input methods, the avatar image formats.
    plugins = bundle.folder / "_internal" / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "imageformats/libqjpeg.so",
        "imageformats/libqwebp.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    size = sum(path.lstat().st_size for path in files)
    assert size < SIZE_BUDGET_BYTES, f"the bundle grew to {size / 2**20:.0f} MiB"


# --- the GUI in a real desktop session --------------------------------------------------------------------------


@pytest.mark.desktop
def test_the_bundled_gui_shows_its_tray_item_with_the_key_from_gnome_keyring(
    bundle: Build,
    desktop_session: DesktopSessionFactory,
    fake_api: FakeSeRanking,
    sentinel_key: str,
) -> None:
    session = desktop_session(keyring=True)
    stored = run([bundle.cli, "key", "set"], session.env(), stdin=sentinel_key + "\n")
    assert stored.returncode == 0, stored.stdout + stored.stderr
    assert sentinel_key not in stored.stdout + stored.stderr
    status = run([bundle.cli, "key", "status"], session.env())
    assert status.returncode == 0, status.stdout + status.stderr
    assert "Secret" in status.stdout and "Stored key: yes" in status.stdout, (
        status.stdout
    )  # gnome-keyring, in the bundle

    app = BundledApp(session, [str(bundle.gui)], env={"SERANKING_API_URL": fake_api.url}, name="bundle-gui")
    try:
        app.wait_for_item(timeout=20)
        app.wait_for_tooltip(lambda tip: "$1,234.50" in tip, 20, "the balance, read with the keyring's key")
        assert fake_api.requests_to("balance")[0].headers["Authorization"] == f"Token {sentinel_key}"
        # Every window opens from the bundle: what the left-out Qt modules and plugins must not break (issue 18).
        before = window_names(session)
        assert "Account — SE Ranking Tray" not in before and "Settings — SE Ranking Tray" not in before
        app.click("Account…")
        wait_until(lambda: "Account — SE Ranking Tray" in window_names(session), 15, "the account window")
        app.click("Settings…")
        wait_until(lambda: "Settings — SE Ranking Tray" in window_names(session), 15, "the settings window")
        assert "Quit" in app.menu_labels()
        app.click("Quit")
        assert app.wait_exit(timeout=10) == 0
        output = app.output()
        assert not any(marker in output for marker in QT_WARNING_MARKERS), output
    finally:
        app.stop()


@pytest.mark.desktop
def test_the_bundled_gui_speaks_german_on_a_german_desktop(
    bundle: Build, desktop_session: DesktopSessionFactory, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    """Issue 17: the bundle's own .qm and Qt's qtbase_de.qm are found and loaded by the frozen app."""
    session = desktop_session(keyring=False)
    env = {"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key, "LANG": "de_DE.UTF-8"}
    app = BundledApp(session, [str(bundle.gui), "--debug"], env=env, name="bundle-gui-de")
    try:
        app.wait_for_item(timeout=20)
        app.wait_for_tooltip(lambda tip: "1.234,50\u00a0$" in tip, 20, "the balance, written the German way")
        assert {"Einstellungen…", "Beenden"} <= set(app.menu_labels())
        assert "No translation" not in app.output()  # both catalogues loaded (gui/i18n.py logs a missing one)
        app.click("Beenden")
        assert app.wait_exit(timeout=10) == 0
    finally:
        app.stop()


# --- the .tar.gz ---------------------------------------------------------------------------------------------------


def test_the_tarball_unpacks_to_a_runnable_app_with_its_desktop_files(
    bundle: Build, tmp_path: Path, cli_home: Path
) -> None:
    top = f"seranking-tray-{__version__}"
    with tarfile.open(bundle.tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
        for command in (resources.CLI_COMMAND, resources.GUI_COMMAND):
            assert members[f"{top}/{command}"].mode & 0o111
        for shared in (
            f"applications/{resources.DESKTOP_FILE}",
            f"metainfo/{resources.METAINFO_FILE}",
            resources.SCALABLE_ICON,
            resources.hicolor_png(48),
        ):
            assert f"{top}/share/{shared}" in members, shared
        assert all(member.uid == 0 and member.gname == "root" for member in members.values())
    unpacking = subprocess.run(["tar", "-xzf", str(bundle.tarball), "-C", str(tmp_path)], timeout=120, check=False)
    assert unpacking.returncode == 0
    unpacked = tmp_path / top / resources.CLI_COMMAND
    version = run([unpacked, "--version"], private_env(cli_home))
    assert version.returncode == 0 and __version__ in version.stdout, version.stderr


# --- the .deb ------------------------------------------------------------------------------------------------------


def test_the_deb_declares_what_it_needs(bundle: Build) -> None:
    info = run(["dpkg-deb", "--field", bundle.deb], dict(os.environ))
    assert info.returncode == 0, info.stderr
    fields = dict(line.split(": ", 1) for line in info.stdout.splitlines() if ": " in line and not line.startswith(" "))
    assert fields["Package"] == DEB_PACKAGE
    assert fields["Version"] == __version__
    depends = [item.strip() for item in fields["Depends"].split(",")]
    assert any(item.startswith("libc6 (>= 2.") for item in depends), depends
    # Qt's xcb plugin links libxcb and GL from the system (PyInstaller does not bundle those).
    assert {"libxcb1", "libegl1", "libgl1"} <= {item.split()[0] for item in depends}
    assert "gnome-keyring" in fields["Recommends"]


def _dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=300, check=False, env=_dpkg_env())


def _dpkg_env() -> dict[str, str]:
    return {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}


def _installed_version() -> str | None:
    result = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${db:Status-Status} ${Version}", DEB_PACKAGE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    status, _, version = result.stdout.partition(" ")
    return version if result.returncode == 0 and status == "installed" else None


@pytest.fixture
def deb_machine() -> Iterator[None]:
    """This machine, ready for the .deb: root, no seranking-tray installed, and no other test run installing."""
    if os.geteuid() != 0:
        pytest.fail("installing the .deb with dpkg needs root (CI runs as root): sudo ./scripts/test", pytrace=False)
    with DEB_LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _installed_version() is not None:
            pytest.fail(
                f"{DEB_PACKAGE} {_installed_version()} is installed on this machine; this test would replace it. "
                f"Remove it first: dpkg -r {DEB_PACKAGE}",
                pytrace=False,
            )
        try:
            yield
        finally:
            if _installed_version() is not None:
                _dpkg("--remove", DEB_PACKAGE)
            fcntl.flock(lock, fcntl.LOCK_UN)


def test_the_deb_installs_where_desktops_look_and_dpkg_r_removes_it_cleanly(
    bundle: Build, deb_machine: None, cli_home: Path
) -> None:
    installed = _dpkg("--install", str(bundle.deb))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert "warning" not in installed.stderr.lower(), installed.stderr
    assert _installed_version() == __version__

    share = Path("/usr/share")
    desktop_file = share / "applications" / resources.DESKTOP_FILE
    metainfo = share / "metainfo" / resources.METAINFO_FILE
    validation = run(["desktop-file-validate", desktop_file], _dpkg_env())
    assert validation.returncode == 0 and not validation.stdout.strip(), validation.stdout
    appstream = run(["appstreamcli", "validate", "--no-net", metainfo], _dpkg_env())
    assert appstream.returncode == 0, appstream.stdout
    for relative in (resources.SCALABLE_ICON, *(resources.hicolor_png(size) for size in resources.HICOLOR_SIZES)):
        assert (share / relative).is_file(), relative
    # The desktop file's command is on the PATH every desktop session has, and it is the bundle's.
    launcher = shutil.which(resources.GUI_COMMAND, path=_dpkg_env()["PATH"])
    assert launcher == f"/usr/bin/{resources.GUI_COMMAND}"
    assert Path(launcher).resolve() == Path(f"/usr/lib/{DEB_PACKAGE}/{resources.GUI_COMMAND}")
    version = run([f"/usr/bin/{resources.CLI_COMMAND}", "--version"], private_env(cli_home))
    assert version.returncode == 0 and __version__ in version.stdout, version.stderr

    listed = _dpkg("--listfiles", DEB_PACKAGE)
    assert listed.returncode == 0
    owned = [Path(line) for line in listed.stdout.splitlines() if line.strip()]
    assert desktop_file in owned and metainfo in owned

    removed = _dpkg("--remove", DEB_PACKAGE)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert _installed_version() is None
    left = [str(path) for path in owned if path.is_symlink() or (path.exists() and not path.is_dir())]
    assert not left, left
    assert not Path(f"/usr/lib/{DEB_PACKAGE}").exists()


@pytest.mark.desktop
def test_the_installed_desktop_entry_starts_the_tray_app(
    bundle: Build,
    deb_machine: None,
    desktop_session: DesktopSessionFactory,
    fake_api: FakeSeRanking,
    sentinel_key: str,
) -> None:
    installed = _dpkg("--install", str(bundle.deb))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    session = desktop_session(keyring=False)
    env = session.env(SERANKING_API_URL=fake_api.url, SERANKING_API_KEY=sentinel_key)
    # What a click in the application menu does: GLib reads the installed entry and runs its Exec line.
    with (session.log_dir / "gio-launch.log").open("ab") as log:
        launched = subprocess.run(
            ["gio", "launch", f"/usr/share/applications/{resources.DESKTOP_FILE}"],
            env=env,
            stdout=log,
            stderr=log,
            timeout=RUN_TIMEOUT,
            check=False,
        )
    assert launched.returncode == 0, session.logs().get("gio-launch.log")
    item = sni.wait_for_item(session, 30)
    pid = sni.item_owner_pid(session, item)
    try:
        assert Path(f"/proc/{pid}/exe").resolve() == Path(f"/usr/lib/{DEB_PACKAGE}/{resources.GUI_COMMAND}")
        assert fake_api.wait_for_requests(3, 20)
    finally:
        os.kill(pid, signal.SIGTERM)
