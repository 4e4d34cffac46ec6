"""Readings: what a successful check leaves in the balance history, as plain values (no storage here)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from seranking_tray.domain.account import AccountConfig, AccountId
from seranking_tray.domain.forecast import Forecast, Sample
from seranking_tray.domain.models import Snapshot


@dataclass(frozen=True, slots=True)
class Reading:
    """A run of identical checks of one account: `at` the first, `last_seen` the last (equal for a single one)."""

    account: str
    at: datetime  # UTC
    last_seen: datetime  # UTC
    balance: float
    currency: str
    subscription_type: str | None
    expired: bool | None
    health: str
    account_id: AccountId | None = None  # None: a reading known by its label only
    meter: str = "project"  # "credits": `balance` is the credits left, `subscription_type` their status
    units_limit: float | None = None  # the credits' limit (None for the balance)
    expires_at: datetime | None = None  # the credits' expiry date, UTC (None for the balance, or none given)

    def samples(self) -> tuple[Sample, ...]:
        if self.last_seen > self.at:
            return Sample(self.at, self.balance), Sample(self.last_seen, self.balance)
        return (Sample(self.at, self.balance),)


def samples(readings: Iterable[Reading], since: datetime | None = None) -> list[Sample]:
    """The readings as (time, balance) samples, runs as their two ends; a run that began before `since` starts
    at `since` (the balance was that value then too)."""
    out: list[Sample] = []
    for reading in readings:
        if since is not None and reading.last_seen < since:
            continue
        if since is not None and reading.at < since:
            out.append(Sample(since, reading.balance))
            if reading.last_seen > since:
                out.append(Sample(reading.last_seen, reading.balance))
            continue
        out.extend(reading.samples())
    return out


def current_currency_samples(readings: Sequence[Reading], since: datetime | None = None) -> list[Sample]:
    """Samples of the latest currency only: a balance in another currency is not the same quantity."""
    if not readings:
        return []
    currency = readings[-1].currency
    return samples((r for r in readings if r.currency == currency), since)


@dataclass(frozen=True, slots=True)
class Restored:
    """What the app shows at start, before its first check answers: the last reading and its forecast."""

    reading: Reading | None  # the balance's; None for an account watched by its credits alone
    forecast: Forecast
    credits: Reading | None = None  # the Data API credits' last reading, when they are watched
    credits_forecast: Forecast | None = None


CREDITS_UNIT = "credits"  # the credits readings' "currency"


def credits_reading_from(account: AccountConfig, snapshot: Snapshot, health: str) -> Reading | None:
    """The Data API credits' reading of a check; None without a credit subscription in it."""
    credits = snapshot.credits
    if credits is None or not credits.subscribed:
        return None
    at = snapshot.checked_at.astimezone(UTC)
    return Reading(
        account=account.label,
        at=at,
        last_seen=at,
        balance=credits.units_left,
        currency=CREDITS_UNIT,
        subscription_type=credits.status,
        expired=credits.ended(at),
        health=health,
        account_id=account.id,
        meter="credits",
        units_limit=credits.units_limit,
        expires_at=credits.expires_at,
    )


def reading_from(account: AccountConfig, snapshot: Snapshot, health: str) -> Reading | None:
    """What a check leaves in the history; None for a check that did not get the balance and subscription."""
    balance, subscription = snapshot.balance, snapshot.subscription
    if balance is None or subscription is None:
        return None
    at = snapshot.checked_at.astimezone(UTC)
    return Reading(
        account=account.label,
        at=at,
        last_seen=at,
        balance=balance.value,
        currency=balance.currency_code,
        subscription_type=subscription.type,
        expired=subscription.is_expired,
        health=health,
        account_id=account.id,
    )
