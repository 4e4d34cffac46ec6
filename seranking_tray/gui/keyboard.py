"""Keyboard order: Tab walks a window's controls in reading order (rows top to bottom, left to right in a row),
whatever order they were created in."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def tab_in_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next in `widgets` (hidden ones are skipped by Qt as it walks)."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
