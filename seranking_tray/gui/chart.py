"""The balance-over-time chart of the account window, painted with QPainter.

Not QtCharts: it ships only in PySide6-Addons, one wheel of every add-on module (6.11.3: a 175 MB download,
434 MB installed, next to the 238 MB of PySide6-Essentials), for one line chart. This widget is a few hundred
lines, imports nothing beyond QtWidgets, and is built only when the account window opens.

What it shows: the balance (of the latest currency) over 7 / 30 / 90 days or everything recorded, top-ups
marked, the value under the pointer, the forecast as a dashed line down to zero at the run-out date, and the
low-balance threshold as a line. Colours follow the palette (light or dark); accents have a light-background
and a dark-background shade, each with at least 3:1 contrast on its background.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from seranking_tray.domain.account_view import short_date
from seranking_tray.domain.forecast import DAY, Forecast, Sample, top_up_tolerance
from seranking_tray.domain.money import MoneyFormatter
from seranking_tray.domain.readings import Reading, samples
from seranking_tray.gui.formatting import format_money


class ChartRange(Enum):
    WEEK = "7 days"
    MONTH = "30 days"
    QUARTER = "90 days"
    ALL = "All"

    @property
    def label(self) -> str:
        return str(self.value)

    @property
    def span(self) -> timedelta | None:
        return _SPANS[self]


_SPANS = {
    ChartRange.WEEK: timedelta(days=7),
    ChartRange.MONTH: timedelta(days=30),
    ChartRange.QUARTER: timedelta(days=90),
    ChartRange.ALL: None,
}
DEFAULT_RANGE = ChartRange.MONTH
EMPTY_MESSAGE = "No balance history yet — it builds up with each check."
# (on a light background, on a dark one): darker shades for light palettes, lighter for dark ones.
ACCENTS: dict[str, tuple[str, str]] = {
    "balance": ("#127267", "#3CC8B4"),
    "threshold": ("#C5221F", "#FF7A70"),
    "forecast": ("#9A5B00", "#F0A500"),
    "top_up": ("#1A5FC8", "#8AB4F8"),
}
# Room for the forecast right of "now", as a share of the history's width: at least a little, and up to half —
# or up to 8 days, so a running-low forecast (7 days by default) reaches zero even in the 7-day view. A run-out
# further away runs off the edge rather than squash the history.
_MIN_FORECAST_SHARE = 0.1
_MAX_FORECAST_SHARE = 0.5
_MIN_FORECAST_REACH = timedelta(days=8)
_TIME_STEPS = tuple(
    timedelta(hours=h) for h in (1, 2, 3, 6, 12, 24, 48, 7 * 24, 14 * 24, 30 * 24, 61 * 24, 91 * 24, 182 * 24, 365 * 24)
)


@dataclass(frozen=True, slots=True)
class Hover:
    sample: Sample
    currency: str
    top_up: float | None  # the rise, when this sample is a top-up
    text: str


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def accent(name: str, palette: QPalette) -> QColor:
    light, dark = ACCENTS[name]
    return QColor(dark if is_dark(palette) else light)


def _nice_step(raw: float) -> float:
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


class BalanceCanvas(QWidget):
    """The plot itself. `BalanceChart` adds the range buttons around it."""

    hovered = Signal(object)  # Hover | None

    def __init__(self, parent: QWidget | None = None, money: MoneyFormatter = format_money) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChartCanvas")
        self.setMouseTracking(True)
        self.setMinimumSize(320, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._money = money
        self._readings: list[Reading] = []
        self._all: list[Sample] = []  # every sample of the latest currency
        self._top_ups: dict[int, float] = {}  # index into _all → the rise
        self._currency = ""
        self._threshold: float | None = None
        self._forecast: Forecast | None = None
        self._now = datetime.now(UTC)
        self._range = DEFAULT_RANGE
        self._visible: list[Sample] = []
        self._visible_index: list[int] = []  # index into _all of each visible sample
        self._times: list[float] = []  # epoch seconds of each visible sample
        self._rect_cache: tuple[object, QRectF] | None = None
        self._t0 = self._now - timedelta(days=30)
        self._t1 = self._now
        self._y0 = 0.0
        self._y1 = 1.0
        self.hover: Hover | None = None

    # --- data ---------------------------------------------------------------------------------------------

    def set_history(
        self,
        readings: Sequence[Reading],
        threshold: float | None = None,
        forecast: Forecast | None = None,
        now: datetime | None = None,
    ) -> None:
        self._readings = list(readings)
        self._now = now or datetime.now(UTC)
        currency = self._readings[-1].currency if self._readings else ""
        self._currency = currency
        self._all = sorted(samples(r for r in self._readings if r.currency == currency), key=lambda s: s.at)
        tolerance = top_up_tolerance([s.balance for s in self._all])
        self._top_ups = {
            i: self._all[i].balance - self._all[i - 1].balance
            for i in range(1, len(self._all))
            if self._all[i].balance - self._all[i - 1].balance > tolerance
        }
        self._threshold = threshold
        self._forecast = forecast
        self._relayout()

    def set_range(self, chart_range: ChartRange) -> None:
        self._range = chart_range
        self._relayout()

    @property
    def chart_range(self) -> ChartRange:
        return self._range

    @property
    def message(self) -> str | None:
        """What the chart says instead of a plot, if anything."""
        if not self._all:
            return EMPTY_MESSAGE
        if not self._visible:
            return f"No readings in the last {self._range.label} — choose a longer range."
        return None

    @property
    def visible_samples(self) -> list[Sample]:
        return list(self._visible)

    def summary(self) -> str:
        """One sentence for screen readers (the accessible description)."""
        if self.message is not None:
            return self.message
        first, last = self._visible[0], self._visible[-1]
        period = "everything recorded" if self._range.span is None else f"the last {self._range.label}"
        text = (
            f"Balance over {period}: from {self._money(first.balance, self._currency)} "
            f"to {self._money(last.balance, self._currency)}"
        )
        tops = sum(1 for i in self._visible_index if i in self._top_ups)
        if tops:
            text += f", {tops} top-up{'s' if tops != 1 else ''}"
        return text + "."

    def _relayout(self) -> None:
        span = self._range.span
        start = self._now - span if span is not None else (self._all[0].at if self._all else self._now - DAY)
        lo = bisect.bisect_left(self._all, start, key=lambda s: s.at)
        self._visible_index = list(range(lo, len(self._all)))
        self._visible = self._all[lo:]
        self._times = [s.at.timestamp() for s in self._visible]
        end = self._now
        if self._visible and self._visible[-1].at > end:
            end = self._visible[-1].at
        width = max(end - start, timedelta(hours=1))
        forecast_end = self._forecast_end()
        if forecast_end is not None and forecast_end > end:
            reach = min((forecast_end - end) * 1.05, max(width * _MAX_FORECAST_SHARE, _MIN_FORECAST_REACH))
            end += max(reach, width * _MIN_FORECAST_SHARE)
        self._t0, self._t1 = start, end
        values = [s.balance for s in self._visible]
        if self._threshold is not None and values:
            values.append(self._threshold)
        top = max(values, default=1.0)
        bottom = min(0.0, *values) if values else 0.0
        if top <= bottom:
            top = bottom + 1.0
        step = _nice_step((top - bottom) / 4)
        self._y0 = math.floor(bottom / step) * step
        self._y1 = math.ceil(top * 1.05 / step) * step
        self.setAccessibleDescription(self.summary())
        self._set_hover(None)
        self.update()

    def _forecast_end(self) -> datetime | None:
        if self._forecast is None or self._forecast.runs_out_at is None or not self._visible:
            return None
        return self._forecast.runs_out_at

    # --- geometry -----------------------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        # Cached: painting a year of readings maps 35,000 points, and font metrics are not free.
        key = (self.width(), self.height(), self._y0, self._y1, self._currency, self.font().key())
        if self._rect_cache is None or self._rect_cache[0] != key:
            metrics = QFontMetricsF(self.font())
            labels = [self._money(v, self._currency) for v in (self._y0, self._y1)]
            left = max(metrics.horizontalAdvance(text) for text in labels) + 10
            rect = QRectF(
                left, metrics.height() + 6, self.width() - left - 14, self.height() - 2 * metrics.height() - 14
            )
            self._rect_cache = (key, rect)
        return QRectF(self._rect_cache[1])

    def _x_scale(self) -> tuple[float, float, float]:
        """(left edge in pixels, the range's start in epoch seconds, pixels per second)."""
        rect = self.plot_rect()
        total = (self._t1 - self._t0).total_seconds() or 1.0
        return rect.left(), self._t0.timestamp(), rect.width() / total

    def _y_scale(self) -> tuple[float, float, float]:
        """(bottom edge in pixels, the axis's lowest value, pixels per unit, growing upwards)."""
        rect = self.plot_rect()
        return rect.bottom(), self._y0, rect.height() / ((self._y1 - self._y0) or 1.0)

    def x_for(self, moment: datetime) -> float:
        left, origin, scale = self._x_scale()
        return left + (moment.timestamp() - origin) * scale

    def y_for(self, value: float) -> float:
        bottom, origin, scale = self._y_scale()
        return bottom - (value - origin) * scale

    def position_of(self, sample: Sample) -> QPointF:
        return QPointF(self.x_for(sample.at), self.y_for(sample.balance))

    # --- hover --------------------------------------------------------------------------------------------

    def nearest(self, x: float) -> int | None:
        """Index into the visible samples of the one nearest to `x` on the time axis."""
        if not self._visible:
            return None
        rect = self.plot_rect()
        moment = self._t0 + (x - rect.left()) / (rect.width() or 1.0) * (self._t1 - self._t0)
        i = bisect.bisect_left(self._visible, moment, key=lambda s: s.at)
        candidates = [j for j in (i - 1, i) if 0 <= j < len(self._visible)]
        return min(candidates, key=lambda j: abs(self._visible[j].at - moment))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if not self.plot_rect().adjusted(-6, -6, 6, 6).contains(position):
            self._set_hover(None)
            return
        index = self.nearest(position.x())
        if index is None:
            self._set_hover(None)
            return
        sample = self._visible[index]
        rise = self._top_ups.get(self._visible_index[index])
        when = sample.at.astimezone()
        text = f"{short_date(when.date(), self._now.astimezone().date())} {when:%H:%M} · "
        text += self._money(sample.balance, self._currency)
        if rise is not None:
            text += f" (top-up +{self._money(rise, self._currency)})"
        self._set_hover(Hover(sample, self._currency, rise, text))

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)

    def _set_hover(self, hover: Hover | None) -> None:
        if hover != self.hover:
            self.hover = hover
            self.setToolTip(hover.text if hover is not None else "")
            self.hovered.emit(hover)
            self.update()

    # --- painting -----------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(440, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
            text_colour = palette.color(QPalette.ColorRole.Text)
            message = self.message
            if message is not None:
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(self.rect()).adjusted(12, 12, -12, -12),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    message,
                )
                return
            self._paint_axes(painter, palette, text_colour)
            painter.save()
            painter.setClipRect(self.plot_rect().adjusted(-4, -4, 4, 4))
            self._paint_threshold(painter, palette)
            self._paint_balance(painter, palette)
            self._paint_forecast(painter, palette)
            self._paint_top_ups(painter, palette)
            painter.restore()
            self._paint_hover(painter, palette, text_colour)
        finally:
            painter.end()

    def _paint_axes(self, painter: QPainter, palette: QPalette, text_colour: QColor) -> None:
        rect = self.plot_rect()
        metrics = QFontMetricsF(self.font())
        grid = QColor(text_colour)
        grid.setAlphaF(0.15)
        step = _nice_step((self._y1 - self._y0) / 4)
        value = self._y0
        while value <= self._y1 + step / 1000:
            y = self.y_for(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text_colour)
            label = self._money(value, self._currency)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, rect.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            value += step
        label_width = metrics.horizontalAdvance("30 Sep 2026") + 16
        for moment in self._time_ticks(max(2, int(rect.width() // label_width))):
            x = self.x_for(moment)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.setPen(text_colour)
            local = moment.astimezone()
            label = short_date(local.date(), self._now.astimezone().date())
            if self._tick_step() < DAY:
                label = f"{local:%H:%M}" if (local.hour, local.minute) != (0, 0) else label
            painter.drawText(
                QRectF(x - label_width / 2, rect.bottom() + 4, label_width, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )

    def _tick_step(self, max_ticks: int = 6) -> timedelta:
        span = self._t1 - self._t0
        return next((step for step in _TIME_STEPS if span / step <= max_ticks), _TIME_STEPS[-1])

    def _time_ticks(self, max_ticks: int) -> list[datetime]:
        step = self._tick_step(max_ticks)
        local_start = self._t0.astimezone()
        if step >= DAY:
            first = local_start.replace(hour=0, minute=0, second=0, microsecond=0) + DAY
        else:
            hours = int(step.total_seconds() // 3600)
            first = local_start.replace(minute=0, second=0, microsecond=0)
            first += timedelta(hours=(hours - first.hour % hours) % hours or hours)
        ticks: list[datetime] = []
        moment = first
        while moment <= self._t1 and len(ticks) < 50:
            ticks.append(moment.astimezone(UTC))
            moment = (moment + step).astimezone(local_start.tzinfo)
        return ticks

    def _paint_threshold(self, painter: QPainter, palette: QPalette) -> None:
        if self._threshold is None:
            return
        rect = self.plot_rect()
        colour = accent("threshold", palette)
        y = self.y_for(self._threshold)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(colour)
        metrics = QFontMetricsF(self.font())
        # Left-aligned: the forecast's label sits at the right, near zero, where this line often is too.
        painter.drawText(
            QRectF(rect.left() + 4, y - metrics.height() - 1, rect.width() - 8, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            f"Threshold {self._money(self._threshold, self._currency)}",
        )

    def _line_points(self) -> list[QPointF]:
        """The visible samples as points, thinned to a few per pixel column (a year of checks is 35,000)."""
        left, x_origin, x_scale = self._x_scale()
        bottom, y_origin, y_scale = self._y_scale()
        points = [
            (left + (t - x_origin) * x_scale, bottom - (s.balance - y_origin) * y_scale)
            for t, s in zip(self._times, self._visible, strict=True)
        ]
        if len(points) > 4 * max(1, int(self.plot_rect().width())):
            thinned: list[tuple[float, float]] = []
            column: list[tuple[float, float]] = []
            for point in points:
                if column and int(point[0]) != int(column[0][0]):
                    thinned.extend(_column_extremes(column))
                    column = []
                column.append(point)
            thinned.extend(_column_extremes(column))
            points = thinned
        return [QPointF(x, y) for x, y in points]

    def _paint_balance(self, painter: QPainter, palette: QPalette) -> None:
        points = self._line_points()
        colour = accent("balance", palette)
        rect = self.plot_rect()
        if len(points) == 1:
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(points[0], 3.5, 3.5)
            return
        area = QPainterPath(QPointF(points[0].x(), rect.bottom()))
        for point in points:
            area.lineTo(point)
        area.lineTo(QPointF(points[-1].x(), rect.bottom()))
        area.closeSubpath()
        fill = QColor(colour)
        fill.setAlphaF(0.14)
        painter.fillPath(area, fill)
        painter.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(points))

    def _paint_forecast(self, painter: QPainter, palette: QPalette) -> None:
        end = self._forecast_end()
        if end is None:
            return
        colour = accent("forecast", palette)
        start = self.position_of(self._visible[-1])
        finish = QPointF(self.x_for(end), self.y_for(0.0))
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(start, finish)
        painter.setBrush(colour)
        painter.drawEllipse(finish, 3.5, 3.5)
        rect = self.plot_rect()
        label = f"Runs out {short_date(end.astimezone().date(), self._now.astimezone().date())}"
        anchor = finish
        if finish.x() > rect.right() and finish.x() > start.x():
            # The run-out date is past the right edge: label the line where it leaves the plot.
            share = (rect.right() - start.x()) / (finish.x() - start.x())
            anchor = QPointF(rect.right(), start.y() + share * (finish.y() - start.y()))
            label += " →"
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(label) + 4
        x = min(max(anchor.x() - width / 2, rect.left()), rect.right() - width)
        y = max(rect.top(), anchor.y() - metrics.height() - 14)
        painter.setPen(colour)
        painter.drawText(QRectF(x, y, width, metrics.height()), Qt.AlignmentFlag.AlignRight, label)

    def _paint_top_ups(self, painter: QPainter, palette: QPalette) -> None:
        colour = accent("top_up", palette)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
        painter.setBrush(colour)
        for index, sample in zip(self._visible_index, self._visible, strict=True):
            if index not in self._top_ups:
                continue
            point = self.position_of(sample)
            # An upward triangle just below the point: "money came in here".
            triangle = QPolygonF(
                [
                    QPointF(point.x(), point.y() + 3),
                    QPointF(point.x() - 6, point.y() + 13),
                    QPointF(point.x() + 6, point.y() + 13),
                ]
            )
            painter.drawPolygon(triangle)

    def _paint_hover(self, painter: QPainter, palette: QPalette, text_colour: QColor) -> None:
        if self.hover is None:
            return
        rect = self.plot_rect()
        point = self.position_of(self.hover.sample)
        guide = QColor(text_colour)
        guide.setAlphaF(0.45)
        painter.setPen(QPen(guide, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(point.x(), rect.top()), QPointF(point.x(), rect.bottom()))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 2))
        painter.setBrush(accent("balance", palette))
        painter.drawEllipse(point, 5, 5)
        metrics = QFontMetricsF(self.font())
        box = QRectF(0, 0, metrics.horizontalAdvance(self.hover.text) + 12, metrics.height() + 6)
        x = point.x() + 10 if point.x() + 10 + box.width() <= rect.right() else point.x() - 10 - box.width()
        y = max(rect.top(), point.y() - box.height() - 8)
        box.moveTo(max(0.0, x), y)
        painter.setPen(QPen(guide, 1))
        painter.setBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.hover.text)


def _column_extremes(column: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """First, lowest, highest and last point of one pixel column, in drawing order."""
    if len(column) <= 4:
        return column
    low = max(range(len(column)), key=lambda i: column[i][1])
    high = min(range(len(column)), key=lambda i: column[i][1])
    return [column[0], *(column[i] for i in sorted({low, high})), column[-1]]


class BalanceChart(QWidget):
    """The chart with its range buttons: 7 days, 30 days, 90 days, All."""

    def __init__(self, parent: QWidget | None = None, money: MoneyFormatter = format_money) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self.canvas = BalanceCanvas(self, money)
        self.canvas.setAccessibleName("Balance over time")
        self.buttons: dict[ChartRange, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addStretch()
        for chart_range in ChartRange:
            button = QPushButton(chart_range.label)
            button.setCheckable(True)
            button.setChecked(chart_range is DEFAULT_RANGE)
            button.setObjectName(f"range_{chart_range.name.lower()}")
            button.setAccessibleName(f"Show {chart_range.label.lower()}")
            button.clicked.connect(lambda _checked=False, r=chart_range: self.canvas.set_range(r))
            group.addButton(button)
            row.addWidget(button)
            self.buttons[chart_range] = button
        self._group = group
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.canvas, 1)

    def set_history(
        self,
        readings: Sequence[Reading],
        threshold: float | None = None,
        forecast: Forecast | None = None,
        now: datetime | None = None,
    ) -> None:
        """Show these readings (any accounts' — pass one account's), the threshold line and the forecast."""
        self.canvas.set_history(readings, threshold, forecast, now)

    def set_range(self, chart_range: ChartRange) -> None:
        self.buttons[chart_range].setChecked(True)
        self.canvas.set_range(chart_range)
