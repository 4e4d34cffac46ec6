"""The run-out forecast on synthetic balance series whose true spend and days left are known."""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seranking_tray.domain.forecast import (
    DAY,
    MIN_TOP_UP,
    NO_FORECAST,
    Forecast,
    Sample,
    _median,
    daily_spend,
    days_phrase,
    forecast,
    top_up_indices,
    top_up_tolerance,
)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
STEP = timedelta(minutes=15)


def series(days: float, value_at: Callable[[float], float], step: timedelta = STEP) -> list[Sample]:
    """Samples every `step` over the `days` before NOW; `value_at(t)` with t in days since the first one."""
    count = int(days * DAY / step)
    start = NOW - count * step
    return [Sample(start + i * step, value_at((i * step) / DAY)) for i in range(count + 1)]


def within(value: float | None, truth: float, tolerance: float = 0.05) -> bool:
    return value is not None and abs(value - truth) <= tolerance * truth


def test_steady_spend() -> None:
    # 500 → 200 at 10 a day over 30 days: 20 days left.
    result = forecast(series(30, lambda t: 500 - 10 * t), NOW)
    assert within(result.daily_spend, 10)
    assert within(result.days_left, 20)
    assert result.runs_out_at is not None
    assert abs(result.runs_out_at - (NOW + 20 * DAY)) < timedelta(hours=1)
    assert result.runs_out_on == date(2026, 12, 14)


def test_top_ups_neither_count_nor_dilute() -> None:
    # 8 a day, topped up by 100 on day 9 and by 150 on day 21; 100 left now → 12.5 days.
    def value(t: float) -> float:
        return 100 + 8 * (30 - t) - (100 if t < 9 else 0) - (150 if t < 21 else 0)

    samples = series(30, value)
    assert len(top_up_indices(samples)) == 2
    result = forecast(samples, NOW)
    assert within(result.daily_spend, 8)
    assert within(result.days_left, 12.5)
    # The naive rate (net change over the window) would say the balance grows: the top-ups must not count.
    assert samples[-1].balance > samples[0].balance


def test_a_top_up_just_now_keeps_the_rate_learned_before_it() -> None:
    samples = series(10, lambda t: 300 - 20 * t)  # 300 → 100 at 20 a day
    samples.append(Sample(NOW + timedelta(minutes=5), 600.0))  # topped up to 600 minutes ago
    result = forecast(samples, NOW + timedelta(minutes=5))
    assert within(result.daily_spend, 20)
    assert within(result.days_left, 30)


def test_daily_charges_stored_compacted() -> None:
    # A subscription charging 15 every midnight, stored as the first and last check of each unchanged run.
    samples: list[Sample] = []
    midnight = datetime(2026, 10, 26, tzinfo=UTC)
    for day in range(30):
        value = 600 - 15 * day
        samples += [Sample(midnight + day * DAY + STEP, value), Sample(midnight + (day + 1) * DAY - STEP, value)]
    now = samples[-1].at
    result = forecast(samples, now)
    assert within(result.daily_spend, 15)
    assert within(result.days_left, 165 / 15)


def test_flat_balance_has_no_forecast_of_running_out() -> None:
    result = forecast(series(30, lambda t: 250.0), NOW)
    assert result == Forecast(daily_spend=0.0)
    assert result.days_left is None
    assert result.runs_out_on is None


def test_a_rising_balance_has_no_spend() -> None:
    # Small refunds only (below any top-up tolerance, as one cent is): no spend, never a negative one.
    result = forecast(series(2, lambda t: 100 + 0.004 * round(t * 96)), NOW)
    assert result.daily_spend == 0.0
    assert result.days_left is None


@pytest.mark.parametrize(
    "samples",
    [
        [],
        [Sample(NOW, 100.0)],
        # Two readings, but less than 6 hours apart.
        [Sample(NOW - timedelta(hours=5), 110.0), Sample(NOW, 100.0)],
        # Many readings within 3 hours.
        series(0.125, lambda t: 100 - 50 * t),
        # Plenty of readings, all older than the 30-day window.
        [Sample(NOW - timedelta(days=40) + i * STEP, 500.0 - i) for i in range(100)],
    ],
    ids=["none", "one", "two-5h-apart", "3-hours", "too-old"],
)
def test_too_little_data(samples: list[Sample]) -> None:
    assert daily_spend(samples, NOW) is None
    assert forecast(samples, NOW) == NO_FORECAST


def test_six_hours_split_by_a_top_up_is_still_too_little() -> None:
    # 4 h before the top-up and 3 h after it: 7 h of readings, but only 7 h minus the jump of falling segments
    # — each part alone is too short and the jump's own interval does not count.
    before = [Sample(NOW - timedelta(hours=7) + i * STEP, 100 - i * 0.5) for i in range(13)]  # 3 h
    after = [Sample(NOW - timedelta(hours=2, minutes=45) + i * STEP, 400 - i * 0.5) for i in range(12)]  # 2 h 45
    assert daily_spend(before + after, NOW) is None


def test_two_readings_six_hours_apart_are_enough() -> None:
    result = forecast([Sample(NOW - timedelta(hours=6), 103.0), Sample(NOW, 100.0)], NOW)
    assert within(result.daily_spend, 12)
    assert within(result.days_left, 100 / 12)


@pytest.mark.parametrize("seed", range(5))
def test_noisy_readings(seed: int) -> None:
    # 12 a day with jittery readings (σ 1.5) and irregular spending, plus a top-up of 250 on day 14: the noise
    # must neither pass for top-ups nor bias the rate. Truth: 150 left now → 12.5 days.
    rng = random.Random(seed)
    jitter = [rng.gauss(0, 1.5) for _ in range(30 * 96 + 1)]
    samples = series(30, lambda t: 150 + 12 * (30 - t) - (250 if t < 14 else 0) + jitter[round(t * 96)])
    samples[-1] = Sample(NOW, 150.0)  # the current balance as read now
    assert len(top_up_indices(samples)) == 1
    result = forecast(samples, NOW)
    assert within(result.daily_spend, 12)
    assert within(result.days_left, 12.5)


@pytest.mark.parametrize("seed", range(5))
def test_irregular_charges_at_irregular_times(seed: int) -> None:
    # Pay-per-check: charges of 0.5–5.5 (mean 3) at random moments, one an hour on average (about 72 a day),
    # checks every 15 minutes but none at night (the laptop asleep).
    rng = random.Random(seed)
    start, value = NOW - timedelta(days=30), 2500.0
    moment, charges = start, []
    while moment < NOW:
        moment += timedelta(hours=rng.expovariate(1))
        charges.append((moment, rng.uniform(0.5, 5.5)))
    samples, spent, index = [], 0.0, 0
    moment = start
    while moment <= NOW:
        while index < len(charges) and charges[index][0] <= moment:
            spent += charges[index][1]
            index += 1
        if not 1 <= moment.hour < 7:  # asleep
            samples.append(Sample(moment, value - spent))
        moment += STEP
    true_rate = spent / 30
    result = forecast(samples, NOW)
    assert within(result.daily_spend, true_rate)
    assert within(result.days_left, samples[-1].balance / true_rate)


def test_days_left_counts_from_now_not_from_the_last_reading() -> None:
    samples = series(10, lambda t: 200 - 10 * t)  # 100 left at NOW, 10 a day
    later = NOW + timedelta(days=2)
    result = forecast(samples, later)
    assert within(result.days_left, 8)
    assert result.runs_out_at == forecast(samples, NOW).runs_out_at


def test_an_overdrawn_balance_has_no_days_left() -> None:
    result = forecast(series(2, lambda t: 10 - 10 * t), NOW)
    assert result.days_left == 0.0
    assert result.runs_out_at is not None and result.runs_out_at <= NOW


def test_top_up_tolerance() -> None:
    assert top_up_tolerance([]) == MIN_TOP_UP
    assert top_up_tolerance([5, 4, 3, 2, 1]) == MIN_TOP_UP  # noiseless
    noisy = [100 + (1 if i % 2 else -1) * random.Random(i).uniform(0, 2) for i in range(200)]
    assert top_up_tolerance(noisy) > 2  # larger than the jitter


def test_days_phrase() -> None:
    assert days_phrase(0.4) == "less than a day"
    assert days_phrase(1.2) == "1 day"
    assert days_phrase(11.6) == "12 days"
    assert days_phrase(6.5) == "7 days"


@given(st.lists(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), min_size=1, max_size=50))
def test_the_local_median_is_statistics_median(values: list[float]) -> None:
    assert _median(values) == statistics.median(values)
