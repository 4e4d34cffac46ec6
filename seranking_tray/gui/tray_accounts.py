"""The tray menu's per-account sections when several accounts are watched.

A pool of sections, built as needed and then only updated: texts and visibility change, actions are never
removed, so a D-Bus host (or a person with the menu open) keeps pointing at the same entries. Up to
`INLINE_LIMIT` accounts are shown inline; beyond that each account is one submenu, which keeps 50 usable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu

from seranking_tray.domain import wording
from seranking_tray.domain.account import AccountId
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Ui
from seranking_tray.domain.wording import lists_menu_line
from seranking_tray.gui import presentation
from seranking_tray.gui.icons import IconStyle, state_icon

INLINE_LIMIT = 3
SectionIcon = Callable[[AccountView, IconStyle], QIcon | None]  # an account's own icon (its avatar), or None


def state_words(view: AccountView) -> str:
    return wording.state_words(view.health) if view.health is not None else Ui.tr("Checking…")


def section_title(view: AccountView) -> str:
    """ "Client A — $12.00 · Low balance": one account in one line (a submenu's title)."""
    return f"{view.account.label} — {presentation.balance_amount(view)} · {state_words(view)}"


# The actions each section has, by their English source (translated when set, and again on a language change).
_ACTIONS = (
    QT_TRANSLATE_NOOP("Ui", "Refresh"),
    QT_TRANSLATE_NOOP("Ui", "Account…"),
    QT_TRANSLATE_NOOP("Ui", "Open SE Ranking"),
)


class _Section:
    def __init__(self, owner: AccountSections, menu: QMenu, before: QAction) -> None:
        self.ident: AccountId | None = None
        self.submenu = QMenu()
        self.submenu_action = menu.insertMenu(before, self.submenu)
        self.header = self._info(menu, before)
        self.balance = self._info(menu, before)
        self.state = self._info(menu, before)
        self.lists = self._info(menu, before)  # "48 projects · 1 sub-account blocked" (issue 15)
        self.inline_actions: list[QAction] = [self.header, self.balance, self.state, self.lists]
        self.sub_balance = self._info(self.submenu, None)
        self.sub_state = self._info(self.submenu, None)
        self.sub_lists = self._info(self.submenu, None)
        self.submenu.addSeparator()
        self.named: list[tuple[QAction, str]] = []
        signals = (owner.refresh_requested, owner.account_window_requested, owner.web_app_requested)
        for text, signal in zip(_ACTIONS, signals, strict=True):
            inline = QAction(Ui.tr(text), menu)
            menu.insertAction(before, inline)
            self.inline_actions.append(inline)
            for action in (inline, self.submenu.addAction(Ui.tr(text))):
                action.triggered.connect(lambda _=False, s=signal: self.ident is not None and s.emit(self.ident))
                self.named.append((action, text))
        self.separator = menu.insertSeparator(before)
        self.inline_actions.append(self.separator)

    @staticmethod
    def _info(menu: QMenu, before: QAction | None) -> QAction:
        action = QAction("", menu)
        action.setEnabled(False)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    def show(self, view: AccountView | None, inline: bool, style: IconStyle, own_icon: SectionIcon | None) -> None:
        for action in self.inline_actions:
            action.setVisible(view is not None and inline)
        self.submenu_action.setVisible(view is not None and not inline)
        if view is None:
            self.ident = None
            return
        self.ident = view.account.id
        icon = own_icon(view, style) if own_icon is not None else None
        icon = icon if icon is not None else state_icon(presentation.icon_state(view, True), style)
        balance = presentation.balance_text(view)
        words = presentation.updated_text(view) if view.health is not None else Ui.tr("Checking…")
        lists = lists_menu_line(view.lists)
        self.lists.setVisible(inline and lists is not None)
        self.sub_lists.setVisible(lists is not None)
        for action in (self.lists, self.sub_lists):
            action.setText(lists or "")
        if inline:
            self.header.setText(view.account.label)
            self.header.setIcon(icon)
            self.balance.setText(balance)
            self.state.setText(f"{state_words(view)} · {words}")
        else:
            self.submenu.setTitle(section_title(view))
            self.submenu_action.setIcon(icon)
            self.sub_balance.setText(balance)
            self.sub_state.setText(f"{state_words(view)} · {words}")


class AccountSections(QObject):
    refresh_requested = Signal(str)  # AccountId
    account_window_requested = Signal(str)
    web_app_requested = Signal(str)

    def __init__(self, menu: QMenu, before: QAction) -> None:
        super().__init__()
        self._menu = menu
        self._before = before
        self._sections: list[_Section] = []

    def retranslate(self) -> None:
        for section in self._sections:
            for action, text in section.named:
                action.setText(Ui.tr(text))

    def show(self, views: Sequence[AccountView], style: IconStyle, own_icon: SectionIcon | None = None) -> None:
        """One section per view, in order; sections beyond them are hidden (kept for later). `own_icon`: an
        account's avatar with its state (gui/account_avatars.py), else the state icon."""
        while len(self._sections) < len(views):
            self._sections.append(_Section(self, self._menu, self._before))
        inline = len(views) <= INLINE_LIMIT
        for i, section in enumerate(self._sections):
            section.show(views[i] if i < len(views) else None, inline, style, own_icon)
