"""The tray icon and its menu. The menu is rebuilt each time it opens, so relative times are fresh.

Only plain actions go in the menu: on Linux it is exported over D-Bus (StatusNotifierItem + dbusmenu), where
custom widgets do not travel. The header is therefore an action with the avatar as its icon.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Ui
from seranking_tray.domain.wording import lists_menu_line
from seranking_tray.gui import presentation
from seranking_tray.gui.accounts_model import AccountsModel
from seranking_tray.gui.badge import badged_icon
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.i18n import LANGUAGE
from seranking_tray.gui.icons import IconState, IconStyle, state_icon
from seranking_tray.gui.tray_accounts import AccountSections, SectionIcon


class TrayIcon(QObject):
    refresh_requested = Signal()
    account_window_requested = Signal()
    settings_requested = Signal()
    web_app_requested = Signal()
    quit_requested = Signal()
    snooze_requested = Signal(str)  # "1h", "8h", "tomorrow" or "resume"
    account_refresh_requested = Signal(str)  # AccountId: one account's Refresh (several accounts)
    account_window_for = Signal(str)  # AccountId: one account's Account…

    def __init__(
        self, demo: bool, style: IconStyle, icon: QSystemTrayIcon | None = None, menu: QMenu | None = None
    ) -> None:
        """``icon``, ``menu``: the first icon's (gui/first_icon.py), adopted; else new ones."""
        super().__init__()
        self.demo = demo
        self.style = style
        self.view: AccountView | None = None
        self.has_key = True
        self.avatar: QPixmap | None = None
        self.section_icon: SectionIcon | None = None  # each account's avatar in its section (gui/account_avatars.py)
        self.snoozed_until: datetime | None = None
        self.device_pixel_ratio = 1.0
        self.accounts: AccountsModel | None = None  # several accounts: their icon, tooltip and sections
        self.icon = icon if icon is not None else QSystemTrayIcon()
        self.menu = menu if menu is not None else QMenu()
        self._build_menu()
        LANGUAGE.changed.connect(self._on_language)  # the same entries, in the new language
        self.menu.aboutToShow.connect(self._update_menu)  # fresh relative times whenever it opens
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._update_menu()
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
        self._update_menu()

    def set_style(self, style: IconStyle) -> None:
        self.style = style
        self.refresh()

    def set_accounts(self, model: AccountsModel | None) -> None:
        self.accounts = model
        self.refresh()

    def _several(self) -> AccountsModel | None:
        return self.accounts if self.accounts is not None and len(self.accounts) > 1 else None

    def refresh(self) -> None:
        several = self._several()
        if several is not None:
            self._refresh_several(several)
            return
        state = presentation.icon_state(self.view, self.has_key)
        stale = bool(self.view and self.view.stale)
        self.icon.setIcon(
            state_icon(state, self.style, demo=self.demo, stale=stale, device_pixel_ratio=self.device_pixel_ratio)
        )
        self.icon.setToolTip(presentation.tooltip(self.view, self.has_key, self.demo))
        # Keep the exported menu current too: a D-Bus host may read it without ever "showing" it.
        self._update_menu()

    def _refresh_several(self, model: AccountsModel) -> None:
        """The worst state over all accounts, a badge counting those needing attention when more than one."""
        health = model.worst()
        state = IconState.LOADING if health is None else presentation.icon_state_for(health)
        count = len(model.attention())
        dpr = self.device_pixel_ratio
        if count > 1:
            self.icon.setIcon(badged_icon(state, self.style, count, demo=self.demo, device_pixel_ratio=dpr))
        else:
            self.icon.setIcon(state_icon(state, self.style, demo=self.demo, device_pixel_ratio=dpr))
        prefix = Ui.tr("SE Ranking Tray (Demo)") + "\n" if self.demo else ""
        self.icon.setToolTip(prefix + "\n".join(model.tooltip_lines(datetime.now().astimezone(), format_money)))
        self._update_menu()

    def set_snoozed_until(self, until: datetime | None) -> None:
        self.snoozed_until = until
        self._update_menu()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.account_window_requested.emit()

    def _info(self) -> QAction:
        action = self.menu.addAction("")
        action.setEnabled(False)
        return action

    def _named(self, action: QAction, text: str) -> QAction:
        """An entry with a fixed text, set again in a new language (`retranslate`)."""
        action.setText(Ui.tr(text))
        self._fixed.append((action, text))
        return action

    def _on_language(self, _code: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        """The language changed: the fixed entries' texts, then the rest from the current figures."""
        for action, text in self._fixed:
            action.setText(Ui.tr(text))
        self._sections.retranslate()
        self.refresh()

    def _build_menu(self) -> None:
        """Built once; later only texts and visibility change. Rebuilding would renumber the entries that a
        D-Bus host (or a person with the menu open) is pointing at; a new language sets the same entries' texts."""
        menu = self.menu
        self._fixed: list[tuple[QAction, str]] = []
        self._demo_info = self._named(self._info(), QT_TRANSLATE_NOOP("Ui", "Demo — a built-in sample account"))
        self._setup_info = self._named(self._info(), QT_TRANSLATE_NOOP("Ui", "Not set up: add your Project API key"))
        self._name_info = self._info()
        self._email_info = self._info()
        self._figures_separator = menu.addSeparator()
        self._balance_info = self._info()
        self._subscription_info = self._info()
        self._credits_info = self._info()
        self._lists_info = self._info()  # "48 projects · 1 sub-account blocked" (issue 15)
        self._updated_info = self._info()
        self._actions_separator = menu.addSeparator()
        self._refresh_action = menu.addAction(Ui.tr("Refresh now"))
        self._refresh_action.triggered.connect(self.refresh_requested)
        self._sections = AccountSections(menu, self._actions_separator)
        self._sections.refresh_requested.connect(self.account_refresh_requested)
        self._sections.account_window_requested.connect(self.account_window_for)
        self._sections.web_app_requested.connect(lambda _ident: self.web_app_requested.emit())
        for text, signal in (
            (QT_TRANSLATE_NOOP("Ui", "Account…"), self.account_window_requested),
            (QT_TRANSLATE_NOOP("Ui", "Settings…"), self.settings_requested),
            (QT_TRANSLATE_NOOP("Ui", "Open SE Ranking"), self.web_app_requested),
        ):
            self._named(menu.addAction(""), text).triggered.connect(signal)
        menu.addSeparator()
        self._snooze_menu = menu.addMenu("")
        self._named(self._snooze_menu.menuAction(), QT_TRANSLATE_NOOP("Ui", "Snooze notifications"))
        for label, key in (
            (QT_TRANSLATE_NOOP("Ui", "For 1 hour"), "1h"),
            (QT_TRANSLATE_NOOP("Ui", "For 8 hours"), "8h"),
            (QT_TRANSLATE_NOOP("Ui", "Until tomorrow"), "tomorrow"),
        ):
            entry = self._named(self._snooze_menu.addAction(""), label)
            entry.triggered.connect(lambda _=False, k=key: self.snooze_requested.emit(k))
        self._snoozed_info = self._info()
        self._resume_action = self._named(menu.addAction(""), QT_TRANSLATE_NOOP("Ui", "Resume notifications"))
        self._resume_action.triggered.connect(lambda: self.snooze_requested.emit("resume"))
        menu.addSeparator()
        self._named(menu.addAction(""), QT_TRANSLATE_NOOP("Ui", "Quit")).triggered.connect(self.quit_requested)

    def _update_menu(self) -> None:
        view = self.view
        self._demo_info.setVisible(self.demo)
        self._setup_info.setVisible(not self.has_key)
        known = self.has_key and view is not None
        self._name_info.setVisible(self.has_key)
        self._figures_separator.setVisible(known)
        for action in (self._balance_info, self._subscription_info, self._updated_info):
            action.setVisible(known)
        self._credits_info.setVisible(known and view is not None and view.credits is not None)
        lists = lists_menu_line(view.lists) if known and view is not None else None
        self._lists_info.setText(lists or "")
        self._lists_info.setVisible(lists is not None)
        self._email_info.setVisible(False)
        if view is None:
            self._name_info.setText(Ui.tr("Checking…"))
            self._name_info.setIcon(QIcon())
        elif self.has_key:
            self._name_info.setText(presentation.menu_heading(view))
            self._name_info.setIcon(QIcon(self.avatar) if self.avatar is not None else QIcon())
            email = view.profile.email if view.profile else ""
            self._email_info.setText(email)
            self._email_info.setVisible(bool(email) and email != view.name)
            self._balance_info.setText(presentation.balance_text(view))
            self._subscription_info.setText(presentation.subscription_text(view))
            credits = presentation.credits_text(view)
            self._credits_info.setText(credits or "")
            self._updated_info.setText(presentation.updated_text(view))
        self._update_several()
        snoozed = self.snoozed_until is not None
        self._snooze_menu.menuAction().setVisible(not snoozed)
        self._snoozed_info.setVisible(snoozed)
        self._resume_action.setVisible(snoozed)
        if self.snoozed_until is not None:
            local = self.snoozed_until.astimezone()
            today = local.date() == datetime.now().astimezone().date()
            when = local.strftime("%H:%M")
            if not today:  # the weekday in the language's words
                when = f"{QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} {when}"
            self._snoozed_info.setText(Ui.tr("Notifications snoozed until {time}").format(time=when))

    def _update_several(self) -> None:
        """Several accounts: a section each instead of the one account's lines, and one Refresh all."""
        several = self._several()
        self._sections.show(several.views() if several is not None else [], self.style, self.section_icon)
        self._refresh_action.setText(Ui.tr("Refresh all") if several is not None else Ui.tr("Refresh now"))
        if several is not None:
            for action in (self._setup_info, self._name_info, self._email_info, self._figures_separator):
                action.setVisible(False)
            for action in (self._balance_info, self._subscription_info, self._updated_info, self._lists_info):
                action.setVisible(False)
