"""The account window's agency section: the sub-accounts (which are blocked by limits) and the projects.

Big agencies have a thousand sub-accounts: they are rows of a model behind one list view, never a widget each, so
showing them costs one model reset (the view lays out only the rows it paints), and the window opens at once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from seranking_tray.domain.lists import Lists, SubAccount
from seranking_tray.domain.phrases import Ui
from seranking_tray.domain.wording import (
    LISTS_UNAVAILABLE,
    problem_in_words,
    projects_line,
    sub_account_state,
    sub_account_words,
    sub_accounts_line,
)

VISIBLE_ROWS = 6  # the list's height in rows; more scroll

_Index = QModelIndex | QPersistentModelIndex


def row_text(sub: SubAccount) -> str:
    """ "Jane Roe (client) — blocked by limits"."""
    return f"{sub_account_words(sub)} — {sub_account_state(sub)}"


class SubAccountsModel(QAbstractListModel):
    """The sub-accounts, the blocked ones first; texts made when asked for (only visible rows are)."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[SubAccount] = []

    def set_items(self, items: tuple[SubAccount, ...]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda s: not s.blocked)  # stable: the API's order within each group
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt's own signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        sub = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_text(sub)
        if role == Qt.ItemDataRole.ToolTipRole:
            return sub.email or None
        return None


class ListsSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listsSection")
        self.sub_accounts = QLabel()
        self.sub_accounts.setObjectName("subAccounts")
        self.projects = QLabel()
        self.projects.setObjectName("projects")
        for label in (self.sub_accounts, self.projects):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = SubAccountsModel()
        self.list = QListView()
        self.list.setObjectName("subAccountList")
        self.list.setAccessibleName(Ui.tr("Sub-accounts"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # no measuring of every row: a thousand rows lay out at once
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sub_accounts)
        layout.addWidget(self.projects)
        layout.addWidget(self.list)
        self.show_lists(None)

    def show_lists(self, lists: Lists | None) -> None:
        """None: not read yet (hidden). A list not available for the key says so."""
        self.setVisible(lists is not None)
        subs = None if lists is None else lists.sub_accounts
        projects = None if lists is None else lists.projects
        if lists is not None and subs is None and projects is None:
            self.sub_accounts.setText(
                problem_in_words(lists.failure.kind) if lists.failure is not None else Ui.tr(LISTS_UNAVAILABLE)
            )
        else:
            self.sub_accounts.setText("" if subs is None else sub_accounts_line(subs))
        self.sub_accounts.setVisible(bool(self.sub_accounts.text()))
        self.projects.setText("" if projects is None else projects_line(projects))
        self.projects.setVisible(projects is not None)
        self.model.set_items(() if subs is None else subs.items)
        self.list.setVisible(bool(subs is not None and subs.count))
        rows = min(VISIBLE_ROWS, self.model.rowCount())
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() if rows else 0)
