"""What a tray host actually draws: the item's colours in a screenshot of the host's panel.

The item's ``IconPixmap`` over D-Bus is what the app publishes; a host may still show an older icon (it
fetches the new one after ``NewIcon``, on its own schedule, and may cache by ``IconName``). These helpers
count the app's state colours in the part of a screenshot where the host puts its tray, so a test can wait
for the host to *show* the new state.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QImage


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int


class DrawnColours(NamedTuple):
    """Pixels in the tray area that are clearly the app's "problem" red or its "fine" teal-green."""

    red: int
    green: int

    @property
    def shows_red(self) -> bool:
        # A 16 px icon drawn at 1x has ~150 coloured pixels; a few dozen rule out anti-aliasing noise.
        return self.red >= 30 and self.green < 10

    @property
    def shows_green(self) -> bool:
        return self.green >= 30 and self.red < 10


def _is_problem_red(red: int, green: int, blue: int) -> bool:
    return red >= 150 and red - max(green, blue) >= 80


def _is_fine_green(red: int, green: int, blue: int) -> bool:
    # The "fine" icon is teal (about 60, 172, 159): green and blue well above red.
    return green >= 120 and green - red >= 60 and blue >= 90


def drawn_colours(screenshot: Path | str, area: Rect) -> DrawnColours:
    """Counts the state colours in ``area`` of ``screenshot`` (clipped to the image)."""
    image = QImage(str(screenshot))
    if image.isNull():
        raise ValueError(f"not an image: {screenshot}")
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    left, top = max(area.x, 0), max(area.y, 0)
    right, bottom = min(area.x + area.width, image.width()), min(area.y + area.height, image.height())
    red = green = 0
    for y in range(top, bottom):
        for x in range(left, right):
            pixel = image.pixel(x, y)
            r, g, b = (pixel >> 16) & 0xFF, (pixel >> 8) & 0xFF, pixel & 0xFF
            red += _is_problem_red(r, g, b)
            green += _is_fine_green(r, g, b)
    return DrawnColours(red, green)
