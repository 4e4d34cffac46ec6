"""The tray icon and its menu. The menu is rebuilt each time it opens, so relative times are fresh.

Only plain actions go in the menu: on Linux it is exported over D-Bus (StatusNotifierItem + dbusmenu), where
custom widgets do not travel. The header is therefore an action with the avatar as its icon.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..view import AccountView
from . import presentation
from .icons import IconStyle, state_icon


class TrayIcon(QObject):
    refresh_requested = Signal()
    account_window_requested = Signal()
    settings_requested = Signal()
    web_app_requested = Signal()
    quit_requested = Signal()
    snooze_requested = Signal(str)  # "1h", "8h", "tomorrow" or "resume"

    def __init__(self, demo: bool, style: IconStyle) -> None:
        super().__init__()
        self.demo = demo
        self.style = style
        self.view: AccountView | None = None
        self.has_key = True
        self.avatar: QPixmap | None = None
        self.snoozed_until: datetime | None = None
        self.device_pixel_ratio = 1.0
        self.icon = QSystemTrayIcon()
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self._rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._rebuild_menu()
        self.refresh()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def update_view(self, view: AccountView | None, has_key: bool) -> None:
        self.view, self.has_key = view, has_key
        self.refresh()

    def set_avatar(self, avatar: QPixmap | None) -> None:
        self.avatar = avatar
        self._rebuild_menu()

    def set_style(self, style: IconStyle) -> None:
        self.style = style
        self.refresh()

    def refresh(self) -> None:
        state = presentation.icon_state(self.view, self.has_key)
        stale = bool(self.view and self.view.stale)
        self.icon.setIcon(
            state_icon(state, self.style, demo=self.demo, stale=stale, device_pixel_ratio=self.device_pixel_ratio)
        )
        self.icon.setToolTip(presentation.tooltip(self.view, self.has_key, self.demo))
        # Keep the exported menu current too: a D-Bus host may read it without ever "showing" it.
        self._rebuild_menu()

    def set_snoozed_until(self, until: datetime | None) -> None:
        self.snoozed_until = until
        self._rebuild_menu()

    def _add_snooze_menu(self) -> None:
        if self.snoozed_until is not None:
            local = self.snoozed_until.astimezone()
            when = (
                local.strftime("%H:%M")
                if local.date() == datetime.now().astimezone().date()
                else local.strftime("%a %H:%M")
            )
            self._info(f"Notifications snoozed until {when}")
            self.menu.addAction("Resume notifications").triggered.connect(lambda: self.snooze_requested.emit("resume"))
            return
        snooze = self.menu.addMenu("Snooze notifications")
        for label, key in (("For 1 hour", "1h"), ("For 8 hours", "8h"), ("Until tomorrow", "tomorrow")):
            snooze.addAction(label).triggered.connect(lambda _=False, k=key: self.snooze_requested.emit(k))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.account_window_requested.emit()

    def _info(self, text: str, icon: QIcon | None = None) -> QAction:
        action = self.menu.addAction(icon, text) if icon is not None else self.menu.addAction(text)
        action.setEnabled(False)
        return action

    def _rebuild_menu(self) -> None:
        menu, view = self.menu, self.view
        menu.clear()
        if self.demo:
            self._info("Demo — a built-in sample account")
        if not self.has_key:
            self._info("Not set up: add your Project API key")
        elif view is not None:
            name = view.name
            email = view.profile.email if view.profile else ""
            self._info(name, QIcon(self.avatar) if self.avatar is not None else None)
            if email and email != name:
                self._info(email)
            menu.addSeparator()
            self._info(presentation.balance_text(view))
            self._info(presentation.subscription_text(view))
            self._info(presentation.updated_text(view))
        else:
            self._info("Checking…")
        menu.addSeparator()
        menu.addAction("Refresh now").triggered.connect(self.refresh_requested)
        menu.addAction("Account…").triggered.connect(self.account_window_requested)
        menu.addAction("Settings…").triggered.connect(self.settings_requested)
        menu.addAction("Open SE Ranking").triggered.connect(self.web_app_requested)
        menu.addSeparator()
        self._add_snooze_menu()
        menu.addSeparator()
        menu.addAction("Quit").triggered.connect(self.quit_requested)
