"""The demo's past month: readings a month of real checks would have left, so its chart shows a trend.

The balance falls by a believable daily spend (more in working hours) with one top-up, and ends where the demo's
story starts, so the story's first check continues the line. The spend stays under the one that would make the
forecast "running low" before the balance is low: the story still walks through its states in order.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from seranking_tray.domain.account import AccountConfig
from seranking_tray.domain.readings import Reading
from seranking_tray.store.history import HistoryStore

HISTORY_DAYS = 31
_EVERY = timedelta(hours=4)
_DAILY_SPEND = 1.2  # under threshold / warning days (10 / 7): the demo's own forecast stays "fine"
_TOP_UP = 40.0
_TOP_UP_DAYS_AGO = 13


def demo_readings(account: AccountConfig, end_balance: float, now: datetime | None = None) -> list[Reading]:
    """Readings every four hours over the past month, oldest first, the last `end_balance` just before `now`."""
    now = now or datetime.now(UTC)
    steps = int(timedelta(days=HISTORY_DAYS) / _EVERY)
    top_up_step = steps - int(timedelta(days=_TOP_UP_DAYS_AGO) / _EVERY)
    spend_per_step = [_DAILY_SPEND * _EVERY / timedelta(days=1) * _busy(i) for i in range(steps)]
    balance = end_balance + sum(spend_per_step[1:]) - _TOP_UP
    readings = []
    for i in range(steps):
        at = now - (steps - i) * _EVERY
        if i:
            balance -= spend_per_step[i]
        if i == top_up_step:
            balance += _TOP_UP
        readings.append(
            Reading(account.label, at, at, round(balance, 2), "USD", "subscription", False, "ok", account.id)
        )
    return readings


def _busy(step: int) -> float:
    """Work hours spend more than nights (slots of four hours: 08-12 and 12-16 are busy); the mean stays 1."""
    return (1.6, 0.4, 1.0, 1.0, 1.6, 0.4)[step % 6]


def seeded_history(account: AccountConfig, end_balance: float) -> HistoryStore:
    """An in-memory history (the demo keeps nothing) holding the demo account's past month."""
    store = HistoryStore.in_memory()
    store.record_many(demo_readings(account, end_balance))
    return store
