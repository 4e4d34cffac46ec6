"""Windows that grow when their text does: Qt sizes a window once, and word-wrapped labels that get longer later
(a background answer, a notice) are squeezed, along with their neighbours, instead of shown whole."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make `window` at least as tall as its layout needs at its current width (never shrinks what the user set)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > window.height():
        window.resize(width, needed)
