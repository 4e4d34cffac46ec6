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

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

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
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from seranking_tray.domain.account_view import short_date
from seranking_tray.domain.forecast import DAY, Forecast, Sample
from seranking_tray.domain.money import MoneyFormatter
from seranking_tray.domain.phrases import Ui
from seranking_tray.domain.readings import Reading, samples
from seranking_tray.gui.chart_scale import (
    DEFAULT_RANGE,
    ChartRange,
    empty_message,
    label_left,
    nearest,
    summary,
    thin,
    tick_step,
    time_label,
    time_ticks,
    top_ups,
    value_ticks,
    window,
)
from seranking_tray.gui.formatting import format_money

# (on a light background, on a dark one): darker shades for light palettes, lighter for dark ones.
ACCENTS: dict[str, tuple[str, str]] = {
    "balance": ("#127267", "#3CC8B4"),
    "threshold": ("#C5221F", "#FF7A70"),
    "forecast": ("#9A5B00", "#F0A500"),
    "top_up": ("#1A5FC8", "#8AB4F8"),
}


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
        self._runs_out: datetime | None = None
        self._forecast: Forecast | None = None
        self._now = datetime.now(UTC)
        self._range = DEFAULT_RANGE
        self._visible: list[Sample] = []
        self._visible_index: list[int] = []  # index into _all of each visible sample
        self._times: list[float] = []  # epoch seconds of each visible sample
        self._rect_cache: tuple[object, QRectF] | None = None
        self._t0, self._t1, self._y0, self._y1 = self._now - timedelta(days=30), self._now, 0.0, 1.0
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
        self._top_ups = top_ups(self._all)
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
        return empty_message(
            self._all, bool(self._visible), self._range, lambda value: self._money(value, self._currency)
        )

    @property
    def visible_samples(self) -> list[Sample]:
        return list(self._visible)

    def summary(self) -> str:
        """One sentence for screen readers (the accessible description)."""
        if self.message is not None:
            return self.message
        tops = sum(1 for i in self._visible_index if i in self._top_ups)
        spend = self._forecast.daily_spend if self._forecast is not None else None
        return summary(self._visible, tops, self._range, lambda value: self._money(value, self._currency), spend)

    def _relayout(self) -> None:
        runs_out_at = self._forecast.runs_out_at if self._forecast is not None else None
        shown = window(self._all, self._range, self._now, self._threshold, runs_out_at)
        self._visible_index = list(range(shown.first, len(self._all)))
        self._visible = self._all[shown.first :]
        self._times = [s.at.timestamp() for s in self._visible]
        self._t0, self._t1, self._y0, self._y1 = shown.t0, shown.t1, shown.y0, shown.y1
        self._runs_out = runs_out_at if self._visible else None  # the forecast line ends there
        self.setAccessibleDescription(self.summary())
        self._set_hover(None)
        self.update()

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
        return nearest(self._visible, self._t0 + (x - rect.left()) / (rect.width() or 1.0) * (self._t1 - self._t0))

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
            text += Ui.tr(" (top-up +{amount})").format(amount=self._money(rise, self._currency))
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
        for value in value_ticks(self._y0, self._y1):
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
        label_width = metrics.horizontalAdvance("30 Sep 2026") + 16
        for moment in time_ticks(self._t0, self._t1, max(2, int(rect.width() // label_width))):
            x = self.x_for(moment)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(label_left(x, label_width, self.width()), rect.bottom() + 4, label_width, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                time_label(moment, self._now, tick_step(self._t0, self._t1) < DAY),
            )

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
            Ui.tr("Threshold {amount}").format(amount=self._money(self._threshold, self._currency)),
        )

    def _line_points(self) -> list[QPointF]:
        """The visible samples as points, thinned to a few per pixel column (a year of checks is 35,000)."""
        left, x_origin, x_scale = self._x_scale()
        bottom, y_origin, y_scale = self._y_scale()
        points = [
            (left + (t - x_origin) * x_scale, bottom - (s.balance - y_origin) * y_scale)
            for t, s in zip(self._times, self._visible, strict=True)
        ]
        return [QPointF(x, y) for x, y in thin(points, self.plot_rect().width())]

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
        end = self._runs_out
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
        label = Ui.tr("Runs out {date}").format(date=short_date(end.astimezone().date(), self._now.astimezone().date()))
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


class BalanceChart(QWidget):
    """The chart with its range buttons: 7 days, 30 days, 90 days, All. Data goes to `canvas.set_history`."""

    def __init__(self, parent: QWidget | None = None, money: MoneyFormatter = format_money) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self.canvas = BalanceCanvas(self, money)
        self.canvas.setAccessibleName(Ui.tr("Balance over time"))
        self.buttons: dict[ChartRange, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addStretch()
        for chart_range in ChartRange:
            button = QPushButton(chart_range.label)
            button.setCheckable(True)
            button.setChecked(chart_range is DEFAULT_RANGE)
            button.setObjectName(f"range_{chart_range.name.lower()}")
            show = Ui.tr("Show all") if chart_range is ChartRange.ALL else Ui.tr("Show {range}")  # no lower(): Tage
            button.setAccessibleName(show.format(range=chart_range.label))
            # Not an exclusive QButtonGroup: Tab would then reach one of them only (arrows the rest).
            button.clicked.connect(lambda _checked=False, r=chart_range: self.set_range(r))
            row.addWidget(button)
            self.buttons[chart_range] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.canvas, 1)

    def set_range(self, chart_range: ChartRange) -> None:
        for each, button in self.buttons.items():
            button.setChecked(each is chart_range)
        self.canvas.set_range(chart_range)
