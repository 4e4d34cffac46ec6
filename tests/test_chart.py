"""The balance chart, offscreen: it paints what it should in light and dark palettes, the pointer shows the
nearest reading, ranges filter, and no data gets a friendly message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from seranking_tray.domain.forecast import Forecast, forecast
from seranking_tray.domain.readings import Reading, samples
from seranking_tray.gui.chart import ACCENTS, BalanceChart, accent
from seranking_tray.gui.chart_scale import EMPTY_MESSAGE, ChartRange, label_left

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
LIGHT = {"Base": "#ffffff", "Text": "#1f1f1f", "Window": "#f3f3f3", "WindowText": "#1f1f1f"}
DARK = {"Base": "#1b1b1d", "Text": "#e8eaed", "Window": "#202124", "WindowText": "#e8eaed"}


def history(days: int = 60) -> list[Reading]:
    """Hourly readings: 8 a day, topped up by 150 on day 21 and by 200 on day 40 (of 60); 100 left at NOW."""

    def value(t: float) -> float:
        return 100 + 8 * (days - t) - (200 if t < 40 else 0) - (150 if t < 21 else 0)

    start = NOW - timedelta(days=days)
    return [
        Reading(
            "default", start + timedelta(hours=i), start + timedelta(hours=i), value(i / 24), "USD", "x", False, "ok"
        )
        for i in range(days * 24 + 1)
    ]


def palette(colours: dict[str, str]) -> QPalette:
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return result


def chart(qtbot: QtBot, readings: list[Reading], colours: dict[str, str] = LIGHT) -> BalanceChart:
    widget = BalanceChart()
    qtbot.addWidget(widget)
    widget.setPalette(palette(colours))
    widget.resize(560, 300)
    prediction = forecast(samples(readings), NOW) if readings else None
    widget.canvas.set_history(readings, threshold=10.0, forecast=prediction, now=NOW)
    widget.show()
    return widget


def image(widget: BalanceChart) -> QImage:
    return widget.canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def colours_in(picture: QImage, x0: int = 0, x1: int | None = None, y0: int = 0, y1: int | None = None) -> set[str]:
    found = set()
    for y in range(y0, y1 if y1 is not None else picture.height()):
        for x in range(x0, x1 if x1 is not None else picture.width()):
            found.add(QColor(picture.pixel(x, y)).name())
    return found


def move(widget: BalanceChart, point: QPointF) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        widget.canvas.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget.canvas, event)


@pytest.mark.parametrize(("colours", "shade"), [(LIGHT, 0), (DARK, 1)], ids=["light", "dark"])
def test_renders_the_line_threshold_forecast_and_top_ups(qtbot: QtBot, colours: dict[str, str], shade: int) -> None:
    widget = chart(qtbot, history(), colours)
    canvas = widget.canvas
    assert canvas.message is None
    picture = image(widget)
    rect = canvas.plot_rect()
    assert QColor(picture.pixel(2, 2)).name() == colours["Base"]  # the palette's background, not a fixed one
    everything = colours_in(picture)
    for name in ("balance", "threshold", "forecast", "top_up"):
        assert ACCENTS[name][shade].lower() in everything, name
    # The threshold is a line across the plot at its value.
    y = round(canvas.y_for(10.0))
    row = colours_in(picture, int(rect.left()), int(rect.right()), y - 1, y + 2)
    assert ACCENTS["threshold"][shade].lower() in row
    # The forecast reaches zero at the run-out date, right of the last reading.
    prediction = forecast(samples(history()), NOW)
    assert prediction.runs_out_at is not None
    x_end = round(canvas.x_for(prediction.runs_out_at))
    assert canvas.x_for(NOW) < x_end <= rect.right() + 1
    bottom = round(canvas.y_for(0.0))
    near_end = colours_in(picture, x_end - 4, x_end + 5, bottom - 4, bottom + 5)
    assert ACCENTS["forecast"][shade].lower() in near_end
    # Axis labels are in the palette's text colour (readable on its background).
    assert QColor(colours["Text"]).name() in colours_in(picture, 0, int(rect.left()))


@pytest.mark.parametrize("shade", [0, 1], ids=["light", "dark"])
def test_accents_contrast_with_their_background(shade: int) -> None:
    background = QColor(LIGHT["Base"] if shade == 0 else DARK["Base"])
    for light, dark in ACCENTS.values():
        assert contrast(QColor((light, dark)[shade]), background) >= 3.0  # WCAG for graphics


def test_accent_follows_the_palette() -> None:
    assert accent("balance", palette(LIGHT)).name() == ACCENTS["balance"][0].lower()
    assert accent("balance", palette(DARK)).name() == ACCENTS["balance"][1].lower()


def test_hover_shows_the_nearest_value(qtbot: QtBot) -> None:
    widget = chart(qtbot, history())
    canvas = widget.canvas
    visible = canvas.visible_samples
    target = visible[len(visible) // 3]
    point = canvas.position_of(target)
    with qtbot.waitSignal(canvas.hovered) as blocker:
        move(widget, QPointF(point.x() + 0.2, canvas.plot_rect().center().y()))  # anywhere in that column
    assert blocker.args is not None
    hover = canvas.hover
    assert hover is not None and blocker.args[0] is hover
    assert hover.sample == target
    assert f"${target.balance:,.2f}" in hover.text
    assert canvas.toolTip() == hover.text
    before = image(widget)
    # Off the plot: the hover goes away again.
    move(widget, QPointF(2, 2))
    assert canvas.hover is None
    assert image(widget) != before  # the marker and label were painted, and are gone


def test_hovering_a_top_up_says_so(qtbot: QtBot) -> None:
    widget = chart(qtbot, history())
    canvas = widget.canvas
    visible = canvas.visible_samples
    index = next(i for i in range(1, len(visible)) if visible[i].balance > visible[i - 1].balance + 50)
    move(widget, canvas.position_of(visible[index]))
    assert canvas.hover is not None and canvas.hover.top_up is not None
    assert "top-up +$1" in canvas.hover.text  # +$149.67: the rise seen between two hourly readings


def test_ranges_choose_what_is_shown(qtbot: QtBot) -> None:
    widget = chart(qtbot, history(days=120))
    canvas = widget.canvas
    counts = {}
    for chart_range in ChartRange:
        widget.buttons[chart_range].click()
        assert canvas.chart_range is chart_range
        visible = canvas.visible_samples
        counts[chart_range] = len(visible)
        span = chart_range.span
        if span is not None:
            assert visible[0].at >= NOW - span
    assert counts[ChartRange.WEEK] == 7 * 24 + 1
    assert counts[ChartRange.WEEK] < counts[ChartRange.MONTH] < counts[ChartRange.QUARTER] < counts[ChartRange.ALL]
    assert counts[ChartRange.ALL] == 120 * 24 + 1
    assert "everything recorded" in canvas.accessibleDescription()


def test_no_data_shows_a_friendly_message(qtbot: QtBot) -> None:
    widget = chart(qtbot, [])
    canvas = widget.canvas
    assert canvas.message == EMPTY_MESSAGE
    assert canvas.accessibleDescription() == EMPTY_MESSAGE
    picture = image(widget)
    middle = picture.height() // 2
    assert len(colours_in(picture, 0, None, middle - 10, middle + 10)) > 1  # the message is painted
    move(widget, QPointF(canvas.width() / 2, middle))
    assert canvas.hover is None


def test_old_data_outside_the_range_says_so(qtbot: QtBot) -> None:
    old = [
        Reading(
            "default",
            NOW - timedelta(days=20, hours=i),
            NOW - timedelta(days=20, hours=i),
            50.0,
            "USD",
            "x",
            False,
            "ok",
        )
        for i in range(10, 0, -1)
    ]
    widget = chart(qtbot, old)
    widget.set_range(ChartRange.WEEK)
    assert widget.canvas.message is not None
    assert "7 days" in widget.canvas.message
    widget.set_range(ChartRange.MONTH)
    assert widget.canvas.message is None


def test_only_the_latest_currency_is_drawn(qtbot: QtBot) -> None:
    readings = [
        Reading("default", NOW - timedelta(days=3), NOW - timedelta(days=2), 9000.0, "RUB", "x", False, "ok"),
        Reading("default", NOW - timedelta(days=1), NOW, 95.0, "USD", "x", False, "ok"),
    ]
    widget = chart(qtbot, readings)
    assert {s.balance for s in widget.canvas.visible_samples} == {95.0}


def test_a_year_of_readings_is_thinned_for_drawing(qtbot: QtBot) -> None:
    start = NOW - timedelta(days=365)
    readings = [
        Reading(
            "default",
            start + i * timedelta(minutes=15),
            start + i * timedelta(minutes=15),
            5000 - i * 0.1,
            "USD",
            "x",
            False,
            "ok",
        )
        for i in range(365 * 96)
    ]
    widget = chart(qtbot, readings)
    widget.set_range(ChartRange.ALL)
    points = widget.canvas._line_points()
    assert len(points) <= 4 * widget.canvas.plot_rect().width() + 4
    assert points[0] == widget.canvas.position_of(widget.canvas.visible_samples[0])
    assert points[-1] == widget.canvas.position_of(widget.canvas.visible_samples[-1])
    assert not image(widget).isNull()


def test_no_forecast_no_threshold(qtbot: QtBot) -> None:
    widget = BalanceChart()
    qtbot.addWidget(widget)
    widget.setPalette(palette(LIGHT))
    widget.resize(560, 300)
    widget.canvas.set_history(history(), threshold=None, forecast=Forecast(daily_spend=0.0), now=NOW)
    found = colours_in(image(widget))
    assert ACCENTS["balance"][0].lower() in found
    assert ACCENTS["threshold"][0].lower() not in found
    assert ACCENTS["forecast"][0].lower() not in found


def contrast(a: QColor, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_a_first_reading_says_the_chart_fills_as_checks_run(qtbot: QtBot) -> None:
    first = [Reading("default", NOW, NOW, 42.0, "USD", "x", False, "ok")]
    widget = chart(qtbot, first)
    message = widget.canvas.message
    assert message is not None and "fills as checks run" in message and "42" in message
    assert widget.canvas.accessibleDescription() == message
    widget.canvas.set_history(history(days=2), threshold=10.0, forecast=None, now=NOW)
    assert widget.canvas.message is None  # two days are a trend: plotted


def test_date_labels_near_the_edges_stay_whole_in_a_narrow_chart(qtbot: QtBot) -> None:
    widget = chart(qtbot, history(days=30))
    widget.resize(widget.minimumSizeHint().width(), 300)
    qtbot.waitUntil(lambda: widget.canvas.width() <= 400)
    canvas = widget.canvas
    label_width = canvas.fontMetrics().horizontalAdvance("30 Sep 2026") + 16
    for x in (0.0, 5.0, canvas.width() / 2, canvas.width() - 3.0, float(canvas.width())):
        left = label_left(x, label_width, canvas.width())
        assert left >= 0 and left + label_width <= canvas.width()
    assert label_left(canvas.width() / 2, label_width, canvas.width()) == canvas.width() / 2 - label_width / 2
