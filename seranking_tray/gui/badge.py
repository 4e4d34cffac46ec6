"""The count badge: how many accounts need attention, drawn on the state icon's lower-right corner."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from seranking_tray.gui.icons import TRAY_ICON_SIZES, IconState, IconStyle, render_state_pixmap

_BADGE_FILL = QColor(0x20, 0x20, 0x20)  # dark with a white figure: readable on the red, amber and grey coins
_BADGE_TEXT = QColor(0xFF, 0xFF, 0xFF)
_cache: dict[tuple[IconState, IconStyle, bool, bool, float, int], QIcon] = {}


def badged_pixmap(pixmap: QPixmap, count: int) -> QPixmap:
    """A copy of `pixmap` with `count` in a small disc (9+ for more)."""
    # Here, not at the top: this module is on the first icon's path, and the Qt namespace's first use costs
    # 12-25 ms (issue 18; see icons.py). A badge is drawn only once several accounts have been checked.
    from PySide6.QtCore import Qt

    result = QPixmap(pixmap)
    side = min(result.width(), result.height())
    diameter = side * 0.55
    rect = QRectF(side - diameter, side - diameter, diameter, diameter)
    painter = QPainter(result)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BADGE_FILL)
        painter.drawEllipse(rect)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, round(diameter * 0.75)))
        painter.setFont(font)
        painter.setPen(_BADGE_TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    finally:
        painter.end()
    result.setDevicePixelRatio(pixmap.devicePixelRatio())
    return result


def badged_icon(
    state: IconState,
    style: IconStyle,
    count: int,
    *,
    demo: bool = False,
    stale: bool = False,
    device_pixel_ratio: float = 1.0,
) -> QIcon:
    """The tray icon for `state` with the count badge; cached like the plain icons."""
    key = (IconState(state), IconStyle(style), demo, stale, float(device_pixel_ratio), count)
    icon = _cache.get(key)
    if icon is None:
        icon = QIcon()
        for size in TRAY_ICON_SIZES:
            plain = render_state_pixmap(
                state, style, size=size, demo=demo, stale=stale, device_pixel_ratio=device_pixel_ratio
            )
            icon.addPixmap(badged_pixmap(plain, count))
        _cache[key] = icon
    return icon
