"""Health rules: pure functions from a snapshot to the one state the user sees, with a one-line message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from seranking_tray.domain.forecast import Forecast, days_phrase
from seranking_tray.domain.models import Failure, Snapshot, Subscription
from seranking_tray.domain.money import plain_money
from seranking_tray.domain.rules import DEFAULT_RULES, AlertRules


class Health(StrEnum):
    OK = "ok"
    RUNNING_LOW = "running_low"  # above the threshold, but the forecast runs out within the warning days
    LOW_BALANCE = "low_balance"
    EXPIRED = "expired"
    ERROR = "error"

    @property
    def exit_code(self) -> int:
        """Monitoring-plugin convention: 0 OK, 1 warning, 2 critical, 3 unknown."""
        return _EXIT_CODES[self]


_EXIT_CODES = {Health.OK: 0, Health.RUNNING_LOW: 1, Health.LOW_BALANCE: 1, Health.EXPIRED: 2, Health.ERROR: 3}


@dataclass(frozen=True, slots=True)
class Assessment:
    health: Health
    message: str
    failure: Failure | None  # the failure that matters most, also when health is not ERROR (profile alone)


def first_failure(snapshot: Snapshot) -> Failure | None:
    # Balance and subscription decide health, so their failures come before the profile's.
    for endpoint in ("balance", "subscription", "profile"):
        if endpoint in snapshot.failures:
            return snapshot.failures[endpoint]
    return next(iter(snapshot.failures.values()), None)


def assess(snapshot: Snapshot, rules: AlertRules = DEFAULT_RULES, forecast: Forecast | None = None) -> Assessment:
    """Expired > error > low balance > running low > ok. `rules.running_low_days` 0 turns running low off."""
    low_balance_threshold, running_low_days = rules.low_balance_threshold, rules.running_low_days
    failure = first_failure(snapshot)
    subscription, balance = snapshot.subscription, snapshot.balance

    # Expired wins even when the balance could not be read: the user must renew either way.
    if subscription is not None and subscription.is_expired:
        return Assessment(Health.EXPIRED, f"{describe_subscription(subscription)} — renew it in SE Ranking.", failure)
    if balance is None or subscription is None:
        assert failure is not None, "a missing value always comes with a failure"
        return Assessment(Health.ERROR, f"Cannot check the account: {failure.message}", failure)
    if balance.value < low_balance_threshold:
        return Assessment(
            Health.LOW_BALANCE,
            f"Balance {plain_money(balance.value, balance.currency_code)} is below your threshold of "
            f"{plain_money(low_balance_threshold, balance.currency_code)} — top up in SE Ranking.",
            failure,
        )
    if (
        forecast is not None
        and forecast.days_left is not None
        and running_low_days > 0
        and forecast.days_left <= running_low_days
    ):
        days_left, runs_out_on, spend = forecast.days_left, forecast.runs_out_on, forecast.daily_spend or 0.0
        on = f" (on {runs_out_on.isoformat()})" if runs_out_on is not None else ""
        return Assessment(
            Health.RUNNING_LOW,
            f"Balance {plain_money(balance.value, balance.currency_code)} runs out in about {days_phrase(days_left)}"
            f"{on} at {plain_money(spend, balance.currency_code)} a day — top up in SE Ranking.",
            failure,
        )
    return Assessment(
        Health.OK,
        f"Balance {plain_money(balance.value, balance.currency_code)} · {describe_subscription(subscription)}",
        failure,
    )


def describe_subscription(subscription: Subscription) -> str:
    """ "Subscription active", "Trial expired", "Pay per check" — unknown types are named as they come."""
    if subscription.type == "manual":
        return "Pay per check"
    name = subscription.type.replace("_", " ").capitalize()
    return f"{name} {'expired' if subscription.is_expired else 'active'}"
