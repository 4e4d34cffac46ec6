"""How long the balance will last: the daily spend from recent readings, days left and the run-out date.

Pure functions on (time, balance) samples; no I/O, no Qt, no SQLite, so the health rules and the view can use
them on any thread at no import cost.

The spend is the rate at which the balance *falls between top-ups*. The samples are cut into segments at each
top-up (a rise larger than the noise of the series); each segment's slope is fitted by time-weighted least
squares, and the slopes are averaged weighted by each segment's duration. So a top-up neither counts as negative
spend nor dilutes the rate, and neither does the time it spans; a small rise inside a segment (a refund, noise)
is netted, as it should be.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from typing import NamedTuple

from seranking_tray.domain.phrases import Words

DAY = timedelta(days=1)
DEFAULT_WINDOW = timedelta(days=30)
# Less than this (in falling segments together) says more about when the checks happened than about spending.
MIN_SPAN = timedelta(hours=6)
MIN_TOP_UP = 0.01  # one cent: rounding never looks like a top-up
# A rise counts as a top-up when larger than this many robust standard deviations of the balance's steps, so
# jittery readings are not chopped into short segments that all start high and end low (which overstates spend).
_NOISE_FACTOR = 5.0
_MAD_TO_SD = 1.4826  # median absolute deviation → standard deviation, for normally distributed noise


class Sample(NamedTuple):
    at: datetime  # timezone-aware
    balance: float


@dataclass(frozen=True, slots=True)
class Forecast:
    """`daily_spend` is None with too little data; 0.0 when the balance did not fall. `days_left` and
    `runs_out_at` are None unless something is being spent."""

    daily_spend: float | None = None
    days_left: float | None = None
    runs_out_at: datetime | None = None

    @property
    def runs_out_on(self) -> date | None:
        """The run-out date in UTC (as `status --json` gives it); a display converts `runs_out_at` itself."""
        return None if self.runs_out_at is None else self.runs_out_at.astimezone(UTC).date()


NO_FORECAST = Forecast()


def top_up_tolerance(balances: Sequence[float]) -> float:
    """The smallest rise that counts as a top-up in this series: above one cent and above its noise.

    The noise is the spread of the non-zero steps between consecutive readings: zero steps are left out because
    unchanged readings are stored compacted, which would make any staircase look noise-free (or, in halves,
    noisy).
    """
    steps = [b - a for a, b in pairwise(balances) if b != a]
    if len(steps) < 3:
        return MIN_TOP_UP
    centre = _median(steps)
    spread = _median([abs(step - centre) for step in steps]) * _MAD_TO_SD
    return max(MIN_TOP_UP, _NOISE_FACTOR * spread)


def top_up_indices(samples: Sequence[Sample], tolerance: float | None = None) -> list[int]:
    """Indices i where samples[i] is a top-up over samples[i - 1] (samples in time order)."""
    if tolerance is None:
        tolerance = top_up_tolerance([s.balance for s in samples])
    return [i for i in range(1, len(samples)) if samples[i].balance - samples[i - 1].balance > tolerance]


def daily_spend(samples: Iterable[Sample], now: datetime, window: timedelta = DEFAULT_WINDOW) -> float | None:
    """Currency units spent per day over `window` before `now`; None with too little data."""
    recent = sorted((s for s in samples if now - window <= s.at <= now), key=lambda s: s.at)
    if len(recent) < 2:
        return None
    cuts = [0, *top_up_indices(recent), len(recent)]
    weighted_slope = 0.0  # Σ slope × duration, in units per second × seconds
    total = 0.0  # seconds covered by falling segments
    for start, end in pairwise(cuts):
        segment = recent[start:end]
        duration = (segment[-1].at - segment[0].at).total_seconds()
        if duration <= 0:
            continue
        weighted_slope += _slope(segment) * duration
        total += duration
    if total < MIN_SPAN.total_seconds():
        return None
    spend = -weighted_slope / total * DAY.total_seconds()
    return max(0.0, spend)


def _slope(segment: Sequence[Sample]) -> float:
    """Least-squares slope (units per second), each sample weighted by the time it stands for.

    Weights are half the gaps to its neighbours, so a stretch with dense readings (or an evening when the app
    was off) does not outweigh the rest; compacted runs of unchanged readings arrive as their first and last
    sample and are weighted correctly too.
    """
    origin = segment[0].at
    xs = [(s.at - origin).total_seconds() for s in segment]
    ys = [s.balance for s in segment]
    n = len(xs)
    weights = [((xs[min(i + 1, n - 1)] - xs[max(i - 1, 0)]) / 2) for i in range(n)]
    total = sum(weights)
    if total <= 0:
        return 0.0
    mean_x = sum(w * x for w, x in zip(weights, xs, strict=True)) / total
    mean_y = sum(w * y for w, y in zip(weights, ys, strict=True)) / total
    sxx = sum(w * (x - mean_x) ** 2 for w, x in zip(weights, xs, strict=True))
    sxy = sum(w * (x - mean_x) * (y - mean_y) for w, x, y in zip(weights, xs, ys, strict=True))
    return sxy / sxx if sxx > 0 else 0.0


def forecast(
    samples: Iterable[Sample],
    now: datetime,
    balance: float | None = None,
    window: timedelta = DEFAULT_WINDOW,
) -> Forecast:
    """Spend, days left and run-out time, counted from the latest sample (or `balance`, the current one)."""
    ordered = sorted(samples, key=lambda s: s.at)
    spend = daily_spend(ordered, now, window)
    if spend is None:
        return NO_FORECAST
    if spend <= 0 or not math.isfinite(spend):
        return Forecast(daily_spend=0.0)
    latest = ordered[-1]
    current = latest.balance if balance is None else balance
    runs_out_at = latest.at + max(0.0, current) / spend * DAY
    days_left = max(0.0, (runs_out_at - now) / DAY)
    return Forecast(daily_spend=spend, days_left=days_left, runs_out_at=runs_out_at)


def days_phrase(days: float) -> str:
    """ "less than a day", "1 day", "12 days"."""
    if days < 1:
        return Words.tr("less than a day")
    return Words.tr("%n day(s)", None, whole_days(days))


def whole_days(days: float) -> int:
    return math.floor(days + 0.5)  # half up: round() would make 6.5 days "6"


def _median(values: Sequence[float]) -> float:
    """statistics.median, without its import (fractions and decimal, ~1.5 ms on the way to the first icon)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
