"""The app's resource files (desktop entry, AppStream metainfo, icons), found the same way however it was installed.

The files live in ``resources/`` at the top of the source tree. The wheel carries them as package data in
``seranking_tray/_resources/`` (pyproject maps the one directory onto the other), and the PyInstaller bundle puts
them at the same place under its ``sys._MEIPASS`` folder. Callers ask for a relative path such as
``DESKTOP_FILE`` and never need to know which of the three they are running from.

Qt-free: the autostart code and the CLI use this too.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Final

# One identity for every platform: the AppStream component id, the macOS bundle id and the LaunchAgent label.
APP_ID: Final = "io.github.seranking_tray.SERankingTray"
APP_NAME: Final = "SE Ranking Tray"
# The desktop entry's basename: Qt's QGuiApplication.setDesktopFileName() and the icon theme name use it too.
DESKTOP_ID: Final = "seranking-tray"
CLI_COMMAND: Final = "seranking-tray"
GUI_COMMAND: Final = "seranking-tray-gui"

PACKAGE_DATA_DIR: Final = "_resources"  # inside the seranking_tray package, in a wheel and in a bundle
SOURCE_DIR: Final = "resources"  # at the top of a source checkout

DESKTOP_FILE: Final = f"{DESKTOP_ID}.desktop"
METAINFO_FILE: Final = f"{APP_ID}.metainfo.xml"
ICON_THEME_DIR: Final = "icons/hicolor"
SCALABLE_ICON: Final = f"{ICON_THEME_DIR}/scalable/apps/{DESKTOP_ID}.svg"
WINDOWS_ICON: Final = f"{DESKTOP_ID}.ico"
MACOS_ICON: Final = f"{DESKTOP_ID}.icns"
TRANSLATIONS_DIR: Final = "translations"  # seranking_tray_<code>.ts (edited) and .qm (built, shipped)
# The sizes the hicolor theme has a PNG for (scripts/build-icons.py draws them).
HICOLOR_SIZES: Final = (16, 22, 24, 32, 48, 64, 128, 256, 512)


class Origin(StrEnum):
    SOURCE = "source"  # running from a checkout (also an editable install)
    PACKAGE = "package"  # an installed wheel
    BUNDLE = "bundle"  # a PyInstaller (frozen) build


class ResourcesNotFound(FileNotFoundError):
    pass


def hicolor_png(size: int) -> str:
    """The relative path of the app icon's PNG of ``size`` pixels in the hicolor tree."""
    if size not in HICOLOR_SIZES:
        raise ValueError(f"no {size} px icon; there are {', '.join(map(str, HICOLOR_SIZES))}")
    return f"{ICON_THEME_DIR}/{size}x{size}/apps/{DESKTOP_ID}.png"


def locate() -> tuple[Origin, Path]:
    """Where the resource directory is, and how it got there.

    A frozen bundle is asked first: its modules' ``__file__`` also point below ``sys._MEIPASS``, but only the
    bundle knows it is one. A source checkout is asked last, so that an installed wheel never picks up some other
    tree's files.
    """
    package_dir = Path(__file__).resolve().parents[1]  # seranking_tray/, above system/
    bundle_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_root:
        return _checked(Origin.BUNDLE, Path(bundle_root) / package_dir.name / PACKAGE_DATA_DIR)
    packaged = package_dir / PACKAGE_DATA_DIR
    if packaged.is_dir():
        return Origin.PACKAGE, packaged
    return _checked(Origin.SOURCE, package_dir.parent / SOURCE_DIR)


def root() -> Path:
    """The resource directory (see :func:`locate`)."""
    return locate()[1]


def path(relative: str) -> Path:
    """An existing resource file; ``ResourcesNotFound`` names what is missing if the install is incomplete."""
    found = root() / relative
    if not found.is_file():
        raise ResourcesNotFound(f"{relative} is missing from {found.parent}")
    return found


def _checked(origin: Origin, directory: Path) -> tuple[Origin, Path]:
    # The desktop file is in every layout, so its absence means the directory is wrong, not merely incomplete.
    if not (directory / DESKTOP_FILE).is_file():
        raise ResourcesNotFound(f"the {origin.value} resource directory {directory} has no {DESKTOP_FILE}")
    return origin, directory
