"""Render every tray icon state × style (plain, demo, stale) onto one labelled PNG, to review the artwork by eye.

Usage: python scripts/render_icon_sheet.py SHEET.png [ZOOM]

Rows are drawn at 64 px, then at 16, 22 and 24 px 1:1, each style on the kind of panel it is meant for.
ZOOM (an integer, default 1) enlarges the finished sheet without smoothing, to inspect single pixels.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from seranking_tray.gui.icons import IconState, IconStyle, render_state_pixmap

LABEL_WIDTH = 210
CELL_WIDTH = 96
HEADER_HEIGHT = 28
LIGHT_PANEL = QColor(0xEE, 0xEE, 0xEE)
DARK_PANEL = QColor(0x2B, 0x2B, 0x2B)
SHEET_BACKGROUND = QColor(0xFF, 0xFF, 0xFF)
TEXT_COLOUR = QColor(0x20, 0x20, 0x20)


@dataclass(frozen=True)
class Row:
    label: str
    style: IconStyle
    size: int
    panel: QColor
    demo: bool = False
    stale: bool = False


def sheet_rows() -> list[Row]:
    rows: list[Row] = []
    for size in (64, 16, 22, 24):
        rows += [
            Row(f"colour {size}px, light panel", IconStyle.COLOUR, size, LIGHT_PANEL),
            Row(f"colour {size}px, dark panel", IconStyle.COLOUR, size, DARK_PANEL),
            Row(f"colour {size}px demo", IconStyle.COLOUR, size, LIGHT_PANEL, demo=True),
            Row(f"colour {size}px stale", IconStyle.COLOUR, size, LIGHT_PANEL, stale=True),
            Row(f"light {size}px", IconStyle.LIGHT, size, DARK_PANEL),
            Row(f"light {size}px demo", IconStyle.LIGHT, size, DARK_PANEL, demo=True),
            Row(f"light {size}px stale", IconStyle.LIGHT, size, DARK_PANEL, stale=True),
            Row(f"dark {size}px", IconStyle.DARK, size, LIGHT_PANEL),
            Row(f"dark {size}px demo", IconStyle.DARK, size, LIGHT_PANEL, demo=True),
            Row(f"dark {size}px stale", IconStyle.DARK, size, LIGHT_PANEL, stale=True),
        ]
    return rows


def row_height(row: Row) -> int:
    return row.size + 16


def render_sheet() -> QImage:
    rows = sheet_rows()
    states = list(IconState)
    width = LABEL_WIDTH + CELL_WIDTH * len(states)
    height = HEADER_HEIGHT + sum(row_height(row) for row in rows)
    sheet = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(SHEET_BACKGROUND)
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(12)
    painter.setFont(font)
    painter.setPen(TEXT_COLOUR)
    centred = int(Qt.AlignmentFlag.AlignCenter)
    left_centred = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, state in enumerate(states):
        painter.drawText(QRectF(LABEL_WIDTH + column * CELL_WIDTH, 0, CELL_WIDTH, HEADER_HEIGHT), centred, state.value)
    top = HEADER_HEIGHT
    for row in rows:
        height = row_height(row)
        painter.drawText(QRectF(8, top, LABEL_WIDTH - 8, height), left_centred, row.label)
        painter.fillRect(QRectF(LABEL_WIDTH, top + 2, CELL_WIDTH * len(states), height - 4), row.panel)
        for column, state in enumerate(states):
            pixmap = render_state_pixmap(state, row.style, size=row.size, demo=row.demo, stale=row.stale)
            left = LABEL_WIDTH + column * CELL_WIDTH + (CELL_WIDTH - row.size) // 2
            painter.drawPixmap(left, top + (height - row.size) // 2, pixmap)
        top += height
    painter.end()
    return sheet


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        sys.stderr.write(__doc__ or "")
        return 2
    zoom = int(argv[2]) if len(argv) == 3 else 1
    app = QGuiApplication(argv[:1])
    sheet = render_sheet()
    if zoom > 1:
        sheet = sheet.scaled(sheet.width() * zoom, sheet.height() * zoom)  # default is nearest-neighbour
    saved = sheet.save(argv[1])
    del app
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
