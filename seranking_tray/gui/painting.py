"""Painting helpers shared by the tray icons and the avatar, kept off PySide6's ``Qt`` namespace (see icons.py)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QBrush, QColor, QPen

Rgb = tuple[int, int, int]


@cache
def solid_brush(rgb: Rgb, alpha: int = 0xFF) -> QBrush:
    # A default QPen's brush is solid, and setColor() only recolours it: a solid brush without QBrush(QColor),
    # whose overload resolution would load the Qt namespace.
    pen = QPen()
    pen.setColor(QColor(*rgb, alpha))
    return pen.brush()
