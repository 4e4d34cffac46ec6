"""Tiling window managers (sway, i3) tile every normal window over the whole screen; they float a window whose
minimum and maximum width are equal. The account window asks for that there, and stays resizable elsewhere."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

TILING_DESKTOPS = frozenset({"sway", "i3"})
FLOATING_WIDTH = 720


def on_tiling_desktop(environ: Mapping[str, str]) -> bool:
    desktops = environ.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    return bool(TILING_DESKTOPS.intersection(desktops)) or "SWAYSOCK" in environ or "I3SOCK" in environ


def float_on_tiling_desktops(window: QWidget, environ: Mapping[str, str]) -> None:
    """A fixed width (min == max) where the desktop tiles: sway then floats the window (see sway's
    `wants_floating`); the height stays free for the chart."""
    if on_tiling_desktop(environ):
        window.setFixedWidth(max(FLOATING_WIDTH, window.minimumSizeHint().width()))
