"""The account window's list of every account: name with its state icon, balance, days left; choosing a row shows
that account's detail beside it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from seranking_tray.domain.account import AccountId
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.forecast import DAY, days_phrase
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Ui
from seranking_tray.gui import presentation
from seranking_tray.gui.icons import IconStyle, state_icon
from seranking_tray.gui.tray_accounts import state_words

COLUMNS = (QT_TRANSLATE_NOOP("Ui", "Account"), QT_TRANSLATE_NOOP("Ui", "Balance"), QT_TRANSLATE_NOOP("Ui", "Days left"))
_ID_ROLE = Qt.ItemDataRole.UserRole


def days_left(view: AccountView, now: datetime) -> str:
    """ "12 days", or "—" while there is no forecast (no history yet, or nothing spent)."""
    forecast = view.forecast
    if forecast is None or forecast.runs_out_at is None:
        return "—"
    return days_phrase(max(0.0, (forecast.runs_out_at - now) / DAY))


class AccountsList(QTreeWidget):
    chosen = Signal(str)  # the AccountId of the row the user picked

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("accountsList")
        self.setAccessibleName(Ui.tr("Accounts"))
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels([Ui.tr(column) for column in COLUMNS])
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)  # 50 accounts stay cheap
        self.setMinimumWidth(300)
        self.currentItemChanged.connect(self._on_current)
        self._filling = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the Language setting changed: the headers in it
            self.setAccessibleName(Ui.tr("Accounts"))
            self.setHeaderLabels([Ui.tr(column) for column in COLUMNS])
        super().changeEvent(event)

    def show_views(self, views: Sequence[AccountView], style: IconStyle = IconStyle.COLOUR) -> None:
        """Rows for `views` in their order, the current row kept (by account) across the refill."""
        now = datetime.now(UTC)
        current = self.current_id()
        self._filling = True  # a refill is no choice of the user's
        try:
            while self.topLevelItemCount() > len(views):
                self.takeTopLevelItem(self.topLevelItemCount() - 1)
            for row, view in enumerate(views):
                item = self.topLevelItem(row) or QTreeWidgetItem(self)
                balance = presentation.balance_amount(view)
                for column, text in enumerate((view.account.label, balance, days_left(view, now))):
                    item.setText(column, text)
                item.setIcon(0, state_icon(presentation.icon_state(view, True), style))
                item.setToolTip(0, state_words(view))
                item.setData(0, _ID_ROLE, str(view.account.id))
            if current is not None:
                self.select(current)
        finally:
            self._filling = False
        for column in range(len(COLUMNS)):
            self.resizeColumnToContents(column)

    def select(self, ident: AccountId) -> bool:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, _ID_ROLE) == ident:
                self.setCurrentItem(item)
                return True
        return False

    def current_id(self) -> AccountId | None:
        item = self.currentItem()
        return None if item is None else AccountId(str(item.data(0, _ID_ROLE)))

    def rows(self) -> list[tuple[str, ...]]:
        """Each row's texts (name, balance, days left): what the user reads, for tests and accessibility checks."""
        items = [self.topLevelItem(row) for row in range(self.topLevelItemCount())]
        return [tuple(item.text(c) for c in range(len(COLUMNS))) for item in items if item is not None]

    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None and not self._filling:
            self.chosen.emit(str(current.data(0, _ID_ROLE)))
