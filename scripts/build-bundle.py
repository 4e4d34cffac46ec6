"""Build SE Ranking Tray as a one-folder app with PyInstaller, and package it for this platform.

Usage: python scripts/build-bundle.py [--dist DIR] [--work DIR] [--fast] [--skip-pyinstaller]

Writes into DIST (default dist/):
  seranking-tray/                                  the one-folder app (Linux, Windows); macOS: "SE Ranking Tray.app"
  seranking-tray-<version>-linux-<arch>.tar.gz     Linux: the folder plus share/ (desktop file, icons, metainfo)
  seranking-tray_<version>_<debarch>.deb           Linux: the folder in /usr/lib/seranking-tray, launchers in
                                                   /usr/bin, desktop file, icons and metainfo in /usr/share
  seranking-tray-<version>-windows-<arch>.zip      Windows
  seranking-tray-<version>-macos-<arch>.zip        macOS: the .app, zipped with ditto (keeps its symlinks)

--fast compresses quickly (gzip level 1, zstd in the .deb) for tests: the same files, a bigger archive.
--skip-pyinstaller packages an existing DIST/seranking-tray/ again.

Needs the `test` extra (PyInstaller) installed into the running interpreter, and on Linux dpkg-deb, ldd and
objdump (Debian: dpkg, libc-bin, binutils). The .deb's Depends are computed from the libraries the folder's
programs link against outside the folder, as dpkg-shlibdeps would.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from slim_bundle import replace_icu_data, share_one_executable  # noqa: E402  (scripts/, beside this file)

from seranking_tray import __version__  # noqa: E402
from seranking_tray.system import resources  # noqa: E402

SPEC = ROOT / "packaging" / "seranking-tray.spec"
FOLDER_NAME = "seranking-tray"
DEB_PACKAGE = "seranking-tray"
DEB_INSTALL_DIR = f"usr/lib/{DEB_PACKAGE}"
# Not linked, but wanted: a Secret Service to keep the key in (any one of them).
DEB_RECOMMENDS = "gnome-keyring | keepassxc | kwalletmanager"
PROJECT_URL = "https://github.com/seranking-tray/seranking-tray"
MIT_LICENSE = """\
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


class BuildError(RuntimeError):
    pass


# --- PyInstaller -------------------------------------------------------------------------------------------------


def run_pyinstaller(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    return bundle_path(dist)


def bundle_path(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / f"{resources.APP_NAME}.app"
    return dist / FOLDER_NAME


# --- the desktop-integration files, where freedesktop.org desktops look for them ----------------------------------


def share_files() -> Iterator[tuple[Path, str]]:
    """(source file, path below /usr/share) for the desktop file, the icons and the metainfo."""
    source = ROOT / resources.SOURCE_DIR
    yield source / resources.DESKTOP_FILE, f"applications/{resources.DESKTOP_FILE}"
    yield source / resources.METAINFO_FILE, f"metainfo/{resources.METAINFO_FILE}"
    for size in resources.HICOLOR_SIZES:
        yield source / resources.hicolor_png(size), resources.hicolor_png(size)
    yield source / resources.SCALABLE_ICON, resources.SCALABLE_ICON


def copy_share_tree(target: Path) -> None:
    for source, relative in share_files():
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        destination.chmod(0o644)


# --- tar.gz ------------------------------------------------------------------------------------------------------


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Owned by root in the archive, whoever built it; a user unpacking it gets the files as their own anyway.
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(folder: Path, dist: Path, *, fast: bool) -> Path:
    top = f"seranking-tray-{__version__}"
    archive = dist / f"{top}-linux-{platform.machine()}.tar.gz"
    staging = dist / f".{top}-share"
    shutil.rmtree(staging, ignore_errors=True)
    copy_share_tree(staging / "share")
    with (
        gzip.GzipFile(archive, "wb", compresslevel=1 if fast else 9, mtime=0) as compressed,
        tarfile.open(fileobj=compressed, mode="w") as tar,
    ):
        for path in sorted(folder.iterdir()):
            tar.add(path, arcname=f"{top}/{path.name}", filter=_normalised)
        tar.add(staging / "share", arcname=f"{top}/share", filter=_normalised)
    shutil.rmtree(staging)
    return archive


# --- .deb --------------------------------------------------------------------------------------------------------


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(4) == b"\x7fELF"
    except OSError:
        return False


def _elf_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file() and not path.is_symlink() and _is_elf(path))


def system_libraries(folder: Path) -> set[str]:
    """The libraries outside ``folder`` that its programs and libraries link against (resolved paths)."""
    bundled = {path.name for path in folder.rglob("*")}
    found: set[str] = set()
    missing: set[str] = set()
    for elf in _elf_files(folder):
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            name, arrow, rest = line.strip().partition(" => ")
            if not arrow or name in bundled:
                continue
            resolved = rest.split(" (")[0].strip()
            if resolved == "not found":
                missing.add(f"{name} (needed by {elf.relative_to(folder)})")
            elif resolved:
                found.add(resolved)
    if missing:
        raise BuildError("libraries neither in the bundle nor on this system:\n  " + "\n  ".join(sorted(missing)))
    return found


def _owning_package(library: str) -> str:
    # With merged /usr, a library found as /lib/... may be registered as /usr/lib/... and the other way round.
    real = os.path.realpath(library)
    candidates = {library, real}
    for path in list(candidates):
        candidates.add(path.removeprefix("/usr") if path.startswith("/usr/") else f"/usr{path}")
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg-query", "--search", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout:
            return result.stdout.split(":")[0].strip()
    raise BuildError(f"no Debian package owns {library}")


def minimum_glibc(folder: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any ELF file in ``folder`` asks for."""
    newest: tuple[int, ...] | None = None
    pattern = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")
    for elf in _elf_files(folder):
        result = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True, check=False)
        for match in pattern.finditer(result.stdout):
            version = tuple(int(part) for part in match.group(1).split("."))
            newest = version if newest is None else max(newest, version)
    return None if newest is None else ".".join(map(str, newest))


def deb_depends(folder: Path) -> str:
    packages = {_owning_package(library) for library in system_libraries(folder)}
    glibc = minimum_glibc(folder)
    items = []
    for package in sorted(packages):
        items.append(f"{package} (>= {glibc})" if package == "libc6" and glibc else package)
    return ", ".join(items)


def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def _tree_size_kib(root: Path) -> int:
    return sum(path.lstat().st_size for path in root.rglob("*")) // 1024 + 1


def make_deb(folder: Path, dist: Path, *, fast: bool) -> Path:
    architecture = deb_architecture()
    staging = dist / f".{DEB_PACKAGE}-deb"
    shutil.rmtree(staging, ignore_errors=True)
    install_dir = staging / DEB_INSTALL_DIR
    shutil.copytree(folder, install_dir, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for command in (resources.CLI_COMMAND, resources.GUI_COMMAND):
        # The bootloader resolves its own path through the link, so a symlink is enough to find _internal/.
        (bin_dir / command).symlink_to(f"../lib/{DEB_PACKAGE}/{command}")
    copy_share_tree(staging / "usr" / "share")
    doc_dir = staging / "usr" / "share" / "doc" / DEB_PACKAGE
    doc_dir.mkdir(parents=True)
    (doc_dir / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {DEB_PACKAGE}\nSource: {PROJECT_URL}\n\n"
        "Files: *\nCopyright: SE Ranking Tray developers\nLicense: MIT\n"
        + textwrap.indent(MIT_LICENSE, " ").replace("\n\n", "\n .\n")
    )
    for path in staging.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)

    control_dir = staging / "DEBIAN"
    control_dir.mkdir()
    description = textwrap.indent(
        textwrap.fill(
            "SE Ranking Tray sits in the system tray and shows at a glance whether an SE Ranking account is fine: "
            "the icon turns red when the subscription has expired or the balance runs low, and grey when the "
            "account cannot be checked. It comes with a command-line check for scripts and monitoring.",
            width=78,
        ),
        " ",
    )
    control = {
        "Package": DEB_PACKAGE,
        "Version": __version__,
        "Architecture": architecture,
        "Maintainer": "SE Ranking Tray developers <noreply@localhost>",
        "Installed-Size": str(_tree_size_kib(staging)),
        "Depends": deb_depends(folder),
        "Recommends": DEB_RECOMMENDS,
        "Section": "net",
        "Priority": "optional",
        "Homepage": PROJECT_URL,
        "Description": f"system-tray monitor for an SE Ranking account\n{description}",
    }
    (control_dir / "control").write_text("".join(f"{key}: {value}\n" for key, value in control.items()))
    deb = dist / f"{DEB_PACKAGE}_{__version__}_{architecture}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{'zstd' if fast else 'xz'}", "--build", str(staging), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(staging)
    return deb


# --- Windows and macOS ---------------------------------------------------------------------------------------------


def make_zip(bundle: Path, dist: Path, system: str) -> Path:
    archive = dist / f"seranking-tray-{__version__}-{system}-{platform.machine().lower()}.zip"
    archive.unlink(missing_ok=True)
    if system == "macos":
        # ditto keeps the symbolic links inside Qt's frameworks, which zipfile would turn into copies.
        subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(bundle), str(archive)], check=True)
    else:
        shutil.make_archive(str(archive.with_suffix("")), "zip", root_dir=bundle.parent, base_dir=bundle.name)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--fast", action="store_true", help="quick compression (for tests)")
    parser.add_argument("--skip-pyinstaller", action="store_true", help="package an existing build again")
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)

    bundle = bundle_path(dist) if args.skip_pyinstaller else run_pyinstaller(dist, args.work.resolve())
    if not bundle.exists():
        raise BuildError(f"no bundle at {bundle}")
    outputs = [bundle]
    if sys.platform == "win32":
        outputs.append(make_zip(bundle, dist, "windows"))
    elif sys.platform == "darwin":
        outputs.append(make_zip(bundle, dist, "macos"))
    else:
        if not args.skip_pyinstaller:
            replace_icu_data(bundle)
            share_one_executable(bundle, resources.CLI_COMMAND, resources.GUI_COMMAND)
        outputs.append(make_tarball(bundle, dist, fast=args.fast))
        outputs.append(make_deb(bundle, dist, fast=args.fast))
    for output in outputs:
        sys.stdout.write(f"{output}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
