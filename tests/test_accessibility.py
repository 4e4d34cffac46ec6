"""Accessibility without a desktop: the chart's text alternative, the account window's Tab order, and the harness's
reading order by geometry (tests/test_accessibility_desktop.py reads the real thing over AT-SPI)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from harness.accessibility import Node, reading_order, tab_cycle
from seranking_tray.domain.forecast import Forecast
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.gui.chart import BalanceChart
from seranking_tray.gui.chart_scale import ChartRange
from tests.test_chart import NOW, history


def test_the_chart_says_the_last_value_and_the_trend(qtbot: QtBot) -> None:
    widget = BalanceChart()
    qtbot.addWidget(widget)
    widget.canvas.set_history(history(), threshold=10.0, forecast=Forecast(8.0, 12.5), now=NOW)
    text = widget.canvas.accessibleDescription()
    assert text.startswith("Balance $100.00, falling about $8.00 a day. Over the last 30 days: from "), text
    assert text.endswith(" to $100.00, 1 top-up."), text
    widget.canvas.set_history(history(), threshold=10.0, forecast=Forecast(0.0), now=NOW)
    assert widget.canvas.accessibleDescription().startswith("Balance $100.00, steady. ")
    widget.canvas.set_history(history(), threshold=10.0, forecast=None, now=NOW)
    assert widget.canvas.accessibleDescription().startswith("Balance $100.00, falling. ")  # no forecast: which way


def test_every_range_button_is_a_tab_stop_and_one_is_checked(qtbot: QtBot) -> None:
    widget = BalanceChart()
    qtbot.addWidget(widget)
    widget.buttons[ChartRange.WEEK].click()
    assert [r for r, b in widget.buttons.items() if b.isChecked()] == [ChartRange.WEEK]
    widget.buttons[ChartRange.WEEK].click()  # clicking the checked one again keeps it checked
    assert [r for r, b in widget.buttons.items() if b.isChecked()] == [ChartRange.WEEK]
    assert widget.canvas.chart_range is ChartRange.WEEK
    widget.set_range(ChartRange.ALL)
    assert [r for r, b in widget.buttons.items() if b.isChecked()] == [ChartRange.ALL]


def test_tab_walks_the_account_window_in_reading_order(qtbot: QtBot) -> None:
    window = AccountWindow(demo=True)
    qtbot.addWidget(window)
    wanted: list[QWidget] = [
        window.accounts,
        *window.chart.buttons.values(),
        window.refresh_button,
        window.settings_button,
    ]
    walked: list[QWidget] = []
    widget = window.accounts.nextInFocusChain()
    while widget is not window.accounts and len(walked) < 200:
        if widget in wanted:
            walked.append(widget)
        widget = widget.nextInFocusChain()
    assert walked == wanted[1:]


def node(name: str, x: int, y: int, width: int = 80, height: int = 22) -> Node:
    return Node("w", name, "push button", name, "", "", (), True, False, True, True, x, y, width, height)


def test_reading_order_is_rows_top_to_bottom_then_left_to_right() -> None:
    tall_list = node("list", 10, 10, 300, 440)
    row = [node("a", 420, 180), node("b", 330, 182), node("c", 500, 179, height=26)]
    buttons = [node("ok", 600, 430), node("cancel", 690, 431)]
    order = reading_order([*buttons, *row, tall_list])
    assert [n.name for n in order] == ["list", "b", "a", "c", "ok", "cancel"]


def test_a_tab_cycle_is_one_round_from_the_first_press() -> None:
    a, b, c = node("a", 0, 0), node("b", 100, 0), node("c", 200, 0)
    assert [n.name for n in tab_cycle([c, a, b, c, a, b])] == ["a", "b", "c"]
