"""The first icon, before the rest of the tray is imported (issue 18: time to tray within 1.15 x a bare PySide6 tray).

Only a QSystemTrayIcon with the "loading" state icon and the context menu it will keep: the menu is set, empty,
before the icon is shown, so the item a panel registers already names its menu (Qt exports it over D-Bus as
/MenuBar; hosts that read the Menu property once see the real one). TrayIcon (gui/tray.py, with the domain's view
and presentation, ~20 ms of imports) adopts both from the event loop and fills in the menu and the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from seranking_tray.gui.icons import IconState, IconStyle, state_icon


@dataclass(frozen=True)
class FirstIcon:
    icon: QSystemTrayIcon
    menu: QMenu


def show_first_icon(style: IconStyle, *, demo: bool, device_pixel_ratio: float) -> FirstIcon:
    icon = QSystemTrayIcon(state_icon(IconState.LOADING, style, demo=demo, device_pixel_ratio=device_pixel_ratio))
    menu = QMenu()
    icon.setContextMenu(menu)
    icon.show()
    return FirstIcon(icon, menu)
