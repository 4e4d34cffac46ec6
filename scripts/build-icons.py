"""Draw the icon files in resources/ from the code that draws the icons in the app (seranking_tray/gui/icons.py).

Usage: python scripts/build-icons.py [RESOURCES_DIR]    (default: resources/ of this checkout)

Writes, all committed:
  icons/hicolor/<N>x<N>/apps/seranking-tray.png   the app icon for the hicolor theme, N = 16 … 512
  seranking-tray.ico                              Windows: 16–256 px, each drawn at its size
  seranking-tray.icns                             macOS: 16–1024 px (512@2x), each drawn at its size
  tray/<style>/<state>.png                        every tray state × style at 64 px, for documentation only

Each size is drawn at that size rather than scaled from a large one: icons.py puts the strokes of small sizes on
whole pixels, which scaling would blur. The scalable SVG (icons/hicolor/scalable/apps/) is written by hand; the
tests compare it, and every file here, with what icons.py draws now, so a change of the design that is not
followed by a run of this script fails the tests. Needs Pillow (in the `test` extra) for the .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage

from seranking_tray.gui.icons import IconState, IconStyle, render_state_pixmap
from seranking_tray.system import resources

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows asks for, from small icons to the 256 px tile
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # the icns slots, 1x and 2x (1024 is 512@2x)
TRAY_DOC_SIZE = 64


def app_icon_image(size: int) -> QImage:
    return render_state_pixmap(IconState.OK, IconStyle.COLOUR, size=size).toImage()


def to_pillow(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def save_png(image: QImage, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise OSError(f"Qt could not write {target}")


def build(resource_dir: Path) -> list[Path]:
    written: list[Path] = []
    for size in resources.HICOLOR_SIZES:
        target = resource_dir / resources.hicolor_png(size)
        save_png(app_icon_image(size), target)
        written.append(target)

    ico_images = [to_pillow(app_icon_image(size)) for size in ICO_SIZES]
    ico = resource_dir / resources.WINDOWS_ICON
    # Pillow uses an appended image where one has exactly the wanted size, and scales the first one otherwise.
    ico_images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1])
    written.append(ico)

    icns_images = [to_pillow(app_icon_image(size)) for size in ICNS_SIZES]
    icns = resource_dir / resources.MACOS_ICON
    icns_images[-1].save(icns, format="ICNS", append_images=icns_images[:-1])
    written.append(icns)

    for style in IconStyle:
        for state in IconState:
            target = resource_dir / "tray" / style.value / f"{state.value}.png"
            save_png(render_state_pixmap(state, style, size=TRAY_DOC_SIZE).toImage(), target)
            written.append(target)
    return written


def main(argv: list[str]) -> int:
    resource_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / resources.SOURCE_DIR
    app = QGuiApplication(argv[:1])
    written = build(resource_dir)
    del app
    sys.stdout.write(f"wrote {len(written)} files under {resource_dir}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
