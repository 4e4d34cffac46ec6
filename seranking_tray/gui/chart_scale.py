"""The balance chart's scale math, free of Qt: which samples a range shows, the axes' extent, the ticks on both
axes, top-ups, and the thinning of a year of points to what a pixel column can show. `gui/chart.py` paints it."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from seranking_tray.domain.account_view import short_date
from seranking_tray.domain.forecast import DAY, Sample, top_up_tolerance
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Ui


class ChartRange(Enum):
    WEEK = QT_TRANSLATE_NOOP("Ui", "7 days")
    MONTH = QT_TRANSLATE_NOOP("Ui", "30 days")
    QUARTER = QT_TRANSLATE_NOOP("Ui", "90 days")
    ALL = QT_TRANSLATE_NOOP("Ui", "All")

    @property
    def label(self) -> str:
        return Ui.tr(str(self.value))

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
# English sources, shown through Ui.tr.
EMPTY_MESSAGE = QT_TRANSLATE_NOOP("Ui", "No balance history yet — the chart fills as checks run.")
FIRST_READINGS_MESSAGE = QT_TRANSLATE_NOOP("Ui", "First reading recorded: {balance} — the chart fills as checks run.")
# Readings spanning less than this are a line at the chart's edge, not a trend: the chart says so instead.
FIRST_READINGS_SPAN = timedelta(hours=6)
# Room for the forecast right of "now", as a share of the history's width: at least a little, and up to half —
# or up to 8 days, so a running-low forecast (7 days by default) reaches zero even in the 7-day view. A run-out
# further away runs off the edge rather than squash the history.
_MIN_FORECAST_SHARE = 0.1
_MAX_FORECAST_SHARE = 0.5
_MIN_FORECAST_REACH = timedelta(days=8)
TIME_STEPS = tuple(
    timedelta(hours=h) for h in (1, 2, 3, 6, 12, 24, 48, 7 * 24, 14 * 24, 30 * 24, 61 * 24, 91 * 24, 182 * 24, 365 * 24)
)
Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Window:
    """What one range shows: the samples from `first` on (an index into all samples) on axes t0..t1, y0..y1."""

    first: int
    t0: datetime
    t1: datetime
    y0: float
    y1: float


def nice_step(raw: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × a power of ten that is at least `raw`."""
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def top_ups(ordered: Sequence[Sample]) -> dict[int, float]:
    """Index of each sample that is a top-up → the rise (rises within the noise of the series do not count)."""
    tolerance = top_up_tolerance([s.balance for s in ordered])
    return {
        i: ordered[i].balance - ordered[i - 1].balance
        for i in range(1, len(ordered))
        if ordered[i].balance - ordered[i - 1].balance > tolerance
    }


def empty_message(
    ordered: Sequence[Sample], any_visible: bool, chart_range: ChartRange, money: Callable[[float], str]
) -> str | None:
    """What the chart says instead of a plot, if anything."""
    if not ordered:
        return Ui.tr(EMPTY_MESSAGE)
    if ordered[-1].at - ordered[0].at < FIRST_READINGS_SPAN:
        return Ui.tr(FIRST_READINGS_MESSAGE).format(balance=money(ordered[-1].balance))
    if not any_visible:
        return Ui.tr("No readings in the last {range} — choose a longer range.").format(range=chart_range.label)
    return None


def summary(
    visible: Sequence[Sample],
    tops: int,
    chart_range: ChartRange,
    money: Callable[[float], str],
    daily_spend: float | None = None,
) -> str:
    """The chart's text alternative (for screen readers): the last value and the trend first, then the period."""
    first, last = visible[0], visible[-1]
    if daily_spend:
        trend = Ui.tr("falling about {amount} a day").format(amount=money(daily_spend))
    elif daily_spend == 0.0 or last.balance == first.balance:
        trend = Ui.tr("steady")
    else:  # too little data for a forecast: say which way it went
        trend = Ui.tr("rising") if last.balance > first.balance else Ui.tr("falling")
    if chart_range.span is None:
        period = Ui.tr("everything recorded")
    else:
        period = Ui.tr("the last {range}").format(range=chart_range.label)
    text = Ui.tr("Balance {last}, {trend}. Over {period}: from {first} to {last}").format(
        last=money(last.balance), trend=trend, period=period, first=money(first.balance)
    )
    if tops:
        text += Ui.tr(", %n top-up(s)", None, tops)
    return text + "."


def window(
    ordered: Sequence[Sample],
    chart_range: ChartRange,
    now: datetime,
    threshold: float | None,
    runs_out_at: datetime | None,
) -> Window:
    """The samples and axes for `chart_range` at `now`; `runs_out_at` (shown only with samples) widens the time axis."""
    span = chart_range.span
    start = now - span if span is not None else (ordered[0].at if ordered else now - DAY)
    first = bisect.bisect_left(ordered, start, key=lambda s: s.at)
    visible = ordered[first:]
    end = now
    if visible and visible[-1].at > end:
        end = visible[-1].at
    width = max(end - start, timedelta(hours=1))
    if runs_out_at is not None and visible and runs_out_at > end:
        reach = min((runs_out_at - end) * 1.05, max(width * _MAX_FORECAST_SHARE, _MIN_FORECAST_REACH))
        end += max(reach, width * _MIN_FORECAST_SHARE)
    values = [s.balance for s in visible]
    if threshold is not None and values:
        values.append(threshold)
    top = max(values, default=1.0)
    bottom = min(0.0, *values) if values else 0.0
    if top <= bottom:
        top = bottom + 1.0
    step = nice_step((top - bottom) / 4)
    return Window(first, start, end, math.floor(bottom / step) * step, math.ceil(top * 1.05 / step) * step)


def value_ticks(y0: float, y1: float) -> list[float]:
    """The values that get a grid line and a label: about four steps from y0 to y1, both included."""
    step = nice_step((y1 - y0) / 4)
    ticks: list[float] = []
    value = y0
    while value <= y1 + step / 1000:
        ticks.append(value)
        value += step
    return ticks


def tick_step(t0: datetime, t1: datetime, max_ticks: int = 6) -> timedelta:
    span = t1 - t0
    return next((step for step in TIME_STEPS if span / step <= max_ticks), TIME_STEPS[-1])


def time_ticks(t0: datetime, t1: datetime, max_ticks: int) -> list[datetime]:
    """Moments (UTC) for the time axis: local midnights for steps of a day or more, else whole local hours."""
    step = tick_step(t0, t1, max_ticks)
    local_start = t0.astimezone()
    if step >= DAY:
        first = local_start.replace(hour=0, minute=0, second=0, microsecond=0) + DAY
    else:
        hours = int(step.total_seconds() // 3600)
        first = local_start.replace(minute=0, second=0, microsecond=0)
        first += timedelta(hours=(hours - first.hour % hours) % hours or hours)
    ticks: list[datetime] = []
    moment = first
    while moment <= t1 and len(ticks) < 50:
        ticks.append(moment.astimezone(UTC))
        moment = (moment + step).astimezone(local_start.tzinfo)
    return ticks


def label_left(x: float, label_width: float, total_width: float) -> float:
    """Where a label centred under `x` starts, moved in so a tick near either edge keeps its whole date."""
    return max(0.0, min(x - label_width / 2, total_width - label_width))


def time_label(moment: datetime, now: datetime, hourly: bool) -> str:
    """A tick's label: its local date, or on an hourly axis its time of day (but the date at midnight)."""
    local = moment.astimezone()
    if hourly and (local.hour, local.minute) != (0, 0):
        return f"{local:%H:%M}"
    return short_date(local.date(), now.astimezone().date())


def nearest(ordered: Sequence[Sample], moment: datetime) -> int | None:
    """Index of the sample nearest to `moment` in time."""
    i = bisect.bisect_left(ordered, moment, key=lambda s: s.at)
    candidates = [j for j in (i - 1, i) if 0 <= j < len(ordered)]
    return min(candidates, key=lambda j: abs(ordered[j].at - moment)) if candidates else None


def thin(points: list[Point], width: float) -> list[Point]:
    """The points, thinned to a few per pixel column when there are more than 4 a column (a year of checks is
    35,000): the first, lowest, highest and last of each column keep the line's shape."""
    if len(points) <= 4 * max(1, int(width)):
        return points
    thinned: list[Point] = []
    column: list[Point] = []
    for point in points:
        if column and int(point[0]) != int(column[0][0]):
            thinned.extend(column_extremes(column))
            column = []
        column.append(point)
    thinned.extend(column_extremes(column))
    return thinned


def column_extremes(column: list[Point]) -> list[Point]:
    """First, lowest, highest and last point of one pixel column, in drawing order."""
    if len(column) <= 4:
        return column
    low = max(range(len(column)), key=lambda i: column[i][1])
    high = min(range(len(column)), key=lambda i: column[i][1])
    return [column[0], *(column[i] for i in sorted({low, high})), column[-1]]
