"""The account window with several accounts (pytest-qt, offscreen): the list of accounts beside the chosen account's
detail, opening on the account needing attention most, and choosing another row."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from seranking_tray.domain.account import AccountId
from seranking_tray.domain.health import Health
from seranking_tray.domain.wording import STATE_WORDS
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.gui.app_accounts import SeveralAccounts
from seranking_tray.gui.icons import IconStyle
from seranking_tray.gui.tray import TrayIcon
from tests.test_gui_accounts import three


def row(window: AccountWindow, label: str) -> QTreeWidgetItem:
    items = [window.accounts.topLevelItem(i) for i in range(window.accounts.topLevelItemCount())]
    return next(item for item in items if item is not None and item.text(0) == label)


def test_the_window_lists_the_accounts_opens_on_the_expired_one_and_shows_the_chosen_one(qtbot: QtBot) -> None:
    several = SeveralAccounts(TrayIcon(demo=False, style=IconStyle.COLOUR), lambda: None)
    several.model = three()  # Fine ($500, the first), Low ($4), Gone (expired, $80)
    several.first = AccountId("id-fine")
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    first = several.model.get(AccountId("id-fine"))
    window.update_view(first, True)
    several.attach(window)
    several.open_on(window, None)

    assert not window.accounts.isHidden()
    assert window.accounts.rows() == [("Fine", "$500.00", "—"), ("Low", "$4.00", "—"), ("Gone", "$80.00", "—")]
    assert window.accounts.current_id() == "id-gone"  # the one needing attention most
    assert window.name.text() == "Gone" and window.state.text().startswith(STATE_WORDS[Health.EXPIRED])
    assert window.balance.text() == "$80.00"
    assert not window.chart.isHidden() and window.chart.canvas.visible_samples == []  # its own chart: no readings yet

    window.accounts.setCurrentItem(row(window, "Low"))  # the user picks another row
    assert window.name.text() == "Low" and window.balance.text() == "$4.00"
    assert window.accounts.current_id() == "id-low"

    window.accounts.setCurrentItem(row(window, "Fine"))  # the first account: its chart again
    assert window.name.text() == "Fine" and window.balance.text() == "$500.00"
    assert not window.chart.isHidden()

    # A check of another account refreshes its row, and the row chosen stays chosen.
    low = several.model.get(AccountId("id-low"))
    assert low is not None
    several.model.put(replace(low, balance=None))
    several.changed.emit()
    assert window.accounts.rows()[1][:2] == ("Low", "unknown")
    assert window.accounts.current_id() == "id-fine"


def test_one_account_shows_no_list(qtbot: QtBot) -> None:
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    window.set_accounts([], None)
    window.show_account(None)
    assert window.accounts.isHidden() and not window.chart.isHidden()
