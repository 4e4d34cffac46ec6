"""resources/: found from a source checkout, valid for the desktop tools that read it, and in step with the icons the
app draws (seranking_tray/gui/icons.py), so that a change of the design without `scripts/build-icons.py` fails here.

The wheel and the bundle are covered by tests/test_packaging.py and tests/test_packaging_bundle.py."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from seranking_tray import __version__
from seranking_tray.gui.icons import IconState, IconStyle, render_state_pixmap
from seranking_tray.system import resources

# Qt reads this when the application starts (pytest-qt's qapp), not on import: setting it here is early enough.

REPO_ROOT = Path(__file__).resolve().parents[1]
RESOURCES = REPO_ROOT / "resources"


def argb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def channel_differences(first: QImage, second: QImage) -> list[int]:
    """Per pixel, the largest difference of any channel (alpha included)."""
    assert first.size() == second.size(), (first.size(), second.size())
    a, b = argb(first), argb(second)
    differences = []
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            differences.append(max(abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)) for shift in (0, 8, 16, 24)))
    return differences


def assert_same_picture(actual: QImage, expected: QImage, what: str, *, tolerance: int = 8) -> None:
    # Exact equality would tie the files to one Qt release's antialiasing; a redesign changes far more than this.
    differences = channel_differences(actual, expected)
    off = sum(1 for difference in differences if difference > tolerance)
    assert off <= len(differences) // 200, (
        f"{what}: {off} of {len(differences)} pixels differ; run scripts/build-icons.py"
    )


def run_tool(*argv: str) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(argv[0])
    assert tool, f"{argv[0]} is not installed: run scripts/desktop-deps --install"
    return subprocess.run([tool, *argv[1:]], capture_output=True, text=True, timeout=60, check=False)


# --- lookup -----------------------------------------------------------------------------------------------------


def test_a_source_checkout_finds_the_top_level_resources_directory() -> None:
    origin, root = resources.locate()
    assert origin is resources.Origin.SOURCE
    assert root == RESOURCES
    assert resources.path(resources.DESKTOP_FILE) == RESOURCES / "seranking-tray.desktop"


def test_every_named_resource_exists() -> None:
    for relative in (
        resources.DESKTOP_FILE,
        resources.METAINFO_FILE,
        resources.SCALABLE_ICON,
        resources.WINDOWS_ICON,
        resources.MACOS_ICON,
        *(resources.hicolor_png(size) for size in resources.HICOLOR_SIZES),
    ):
        assert resources.path(relative).stat().st_size > 0, relative


def test_a_missing_resource_is_named() -> None:
    with pytest.raises(resources.ResourcesNotFound, match=r"nothing\.png"):
        resources.path("icons/nothing.png")
    with pytest.raises(ValueError, match="no 17 px icon"):
        resources.hicolor_png(17)


def test_a_directory_without_the_desktop_file_is_not_taken_for_the_resources(tmp_path: Path) -> None:
    # A frozen app whose data was left out must say so, not hand out paths into an empty directory.
    script = (
        "import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]\n"
        "from seranking_tray.system import resources\n"
        "try:\n    resources.locate()\nexcept resources.ResourcesNotFound as error:\n    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60, check=True
    )
    assert "bundle resource directory" in result.stdout and str(tmp_path) in result.stdout


def test_a_frozen_app_looks_below_its_bundle_directory(tmp_path: Path) -> None:
    bundled = tmp_path / "seranking_tray" / resources.PACKAGE_DATA_DIR
    bundled.mkdir(parents=True)
    shutil.copy(RESOURCES / resources.DESKTOP_FILE, bundled)
    script = (
        "import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]\n"
        "from seranking_tray.system import resources\n"
        "origin, root = resources.locate(); print(origin.value, root)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["bundle", str(bundled)]


# --- the icons are what the app draws -------------------------------------------------------------------------


@pytest.mark.parametrize("size", resources.HICOLOR_SIZES)
def test_hicolor_pngs_are_the_app_icon_as_drawn_now(qapp: QApplication, size: int) -> None:
    committed = QImage(str(RESOURCES / resources.hicolor_png(size)))
    assert committed.size() == QSize(size, size)
    drawn = render_state_pixmap(IconState.OK, IconStyle.COLOUR, size=size).toImage()
    assert_same_picture(committed, drawn, f"{size} px PNG")


@pytest.mark.parametrize("size", [48, 256])
def test_the_svg_traces_the_code_drawn_icon(qapp: QApplication, size: int) -> None:
    renderer = QSvgRenderer(str(RESOURCES / resources.SCALABLE_ICON))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    drawn = render_state_pixmap(IconState.OK, IconStyle.COLOUR, size=size).toImage()
    # Antialiased edges of an SVG renderer and of QPainterPath fills differ slightly more than two PNGs do.
    assert_same_picture(image, drawn, f"the SVG at {size} px", tolerance=48)


@pytest.mark.parametrize("style", list(IconStyle))
@pytest.mark.parametrize("state", list(IconState))
def test_tray_state_pictures_for_the_docs_are_current(qapp: QApplication, state: IconState, style: IconStyle) -> None:
    committed = QImage(str(RESOURCES / "tray" / style.value / f"{state.value}.png"))
    assert_same_picture(committed, render_state_pixmap(state, style, size=64).toImage(), f"tray/{style}/{state}")


def test_the_windows_icon_holds_every_size_windows_asks_for(qapp: QApplication) -> None:
    with Image.open(RESOURCES / resources.WINDOWS_ICON) as ico:
        assert ico.format == "ICO"
        assert ico.info["sizes"] >= {(s, s) for s in (16, 24, 32, 48, 256)}
        # Each size is the pixel-tuned drawing of that size, not a scaled-down 256.
        ico.size = (16, 16)
        ico.load()
        sixteen = ico.convert("RGBA")
    drawn = argb(render_state_pixmap(IconState.OK, IconStyle.COLOUR, size=16).toImage())
    expected = Image.frombytes("RGBA", (16, 16), _rgba_bytes(drawn))
    assert _max_difference(sixteen, expected) <= 8


def test_the_macos_icon_holds_retina_sizes() -> None:
    with Image.open(RESOURCES / resources.MACOS_ICON) as icns:
        assert icns.format == "ICNS"
        sizes = set(icns.info["sizes"])
    assert {(512, 512, 2), (512, 512, 1), (256, 256, 2), (128, 128, 1), (16, 16, 2)} <= sizes


def _rgba_bytes(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(converted.constBits())[: converted.width() * converted.height() * 4]


def _max_difference(first: Image.Image, second: Image.Image) -> int:
    return max(high for _low, high in ImageChops.difference(first, second).getextrema())


# --- desktop file and AppStream metainfo ------------------------------------------------------------------------


def test_the_desktop_file_is_valid() -> None:
    result = run_tool("desktop-file-validate", str(RESOURCES / resources.DESKTOP_FILE))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_desktop_file_starts_the_gui_entry_point_quietly() -> None:
    entry = dict(
        line.split("=", 1) for line in (RESOURCES / resources.DESKTOP_FILE).read_text().splitlines() if "=" in line
    )
    assert entry["Exec"] == "seranking-tray-gui"
    assert entry["Icon"] == "seranking-tray"
    assert entry["StartupNotify"] == "false"  # no window opens, so no busy cursor either
    assert entry["Terminal"] == "false"
    assert {"Network", "Monitor"} <= set(entry["Categories"].rstrip(";").split(";"))


def test_the_metainfo_is_valid_with_no_network() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", "--explain", str(RESOURCES / resources.METAINFO_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    # Warnings would pass validation but are shown by software centres' tooling; none are allowed either.
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_the_metainfo_agrees_with_the_package() -> None:
    component = ET.parse(RESOURCES / resources.METAINFO_FILE).getroot()  # noqa: S314 (our own file)
    assert component.findtext("id") == resources.APP_ID
    assert component.findtext("launchable") == resources.DESKTOP_FILE
    assert component.findtext("project_license") == "MIT"
    releases = [release.get("version") for release in component.iter("release")]
    assert releases and releases[0] == __version__, "the newest <release> must be this version"
    binaries = {binary.text for binary in component.iter("binary")}
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"])
    urls = {url.get("type"): url.text for url in component.iter("url")}
    assert urls["homepage"] == project["urls"]["Homepage"]


def test_the_metainfo_screenshot_is_a_committed_file() -> None:
    component = ET.parse(RESOURCES / resources.METAINFO_FILE).getroot()  # noqa: S314 (our own file)
    images = [image.text or "" for image in component.iter("image")]
    assert images
    for url in images:
        # Software centres fetch it from the repository's default branch: the path after it must exist here.
        relative = url.split("/main/", 1)[1]
        screenshot = REPO_ROOT / relative
        assert screenshot.is_file(), url
        with Image.open(screenshot) as picture:
            width, height = picture.size
        # AppStream's guidelines: at least 620 × 350, and not an oversized full-screen capture.
        assert width >= 620 and height >= 350, picture.size
        assert width <= 1600 and height <= 1200, picture.size
