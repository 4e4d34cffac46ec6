"""Health rules: pure functions from a snapshot to the one state the user sees, with a one-line message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from seranking_tray.domain.credit_words import compact_units, describe_credits, ended_phrase, expires_in
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.forecast import Forecast, days_phrase, whole_days
from seranking_tray.domain.meters import ANSWERED, Meter, MeterState
from seranking_tray.domain.models import Failure, Snapshot, Subscription
from seranking_tray.domain.money import plain_money
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Words
from seranking_tray.domain.rules import DEFAULT_RULES, AlertRules
from seranking_tray.domain.sentence import Sentence


class Health(StrEnum):
    OK = "ok"
    ATTENTION = "attention"  # fine, but a sub-account is blocked by limits (issue 15)
    EXPIRING_SOON = "expiring_soon"  # the credits expire within the warning days
    RUNNING_LOW = "running_low"  # above the threshold, but the forecast runs out within the warning days
    CREDITS_LOW = "credits_low"  # Data API credits left under the share of the limit
    LOW_BALANCE = "low_balance"
    EXPIRED = "expired"
    ERROR = "error"

    @property
    def exit_code(self) -> int:
        """Monitoring-plugin convention: 0 OK, 1 warning, 2 critical, 3 unknown."""
        return _EXIT_CODES[self]

    @property
    def severity(self) -> int:
        """Higher is worse: the one precedence of the whole product (PRECEDENCE)."""
        return len(PRECEDENCE) - PRECEDENCE.index(self)


# Worst first.
PRECEDENCE = (
    Health.EXPIRED,
    Health.ERROR,
    Health.LOW_BALANCE,
    Health.CREDITS_LOW,
    Health.RUNNING_LOW,
    Health.EXPIRING_SOON,
    Health.ATTENTION,
    Health.OK,
)
_EXIT_CODES = {
    Health.EXPIRED: 2,
    Health.ERROR: 3,
    Health.LOW_BALANCE: 1,
    Health.CREDITS_LOW: 1,
    Health.RUNNING_LOW: 1,
    Health.EXPIRING_SOON: 1,
    Health.ATTENTION: 1,
    Health.OK: 0,
}


def worst(healths: Iterable[Health]) -> Health:
    return max(healths, key=lambda h: h.severity, default=Health.OK)


@dataclass(frozen=True, slots=True)
class Assessment:
    health: Health
    message: str
    failure: Failure | None  # the failure that matters most, also when health is not ERROR (profile alone)
    # What a surface shows after the state's name ("Low balance: <detail>"): never repeats that name, and leaves
    # the money to the surface. None: `message` says it (the CLI and the JSON show `message` as it is).
    detail: Sentence | None = None


def first_failure(snapshot: Snapshot) -> Failure | None:
    # The meters decide health, so their failures come before the profile's. A profile gone at both addresses
    # (/account/profile and users/me) is no failure: the label names the account (issue 14).
    failures = {e: f for e, f in snapshot.failures.items() if not (e == "profile" and f.kind is ErrorKind.GONE)}
    for endpoint in ("balance", "subscription", "credits", "profile"):
        if endpoint in failures:
            return failures[endpoint]
    return next(iter(failures.values()), None)


def assess(
    snapshot: Snapshot,
    rules: AlertRules = DEFAULT_RULES,
    forecast: Forecast | None = None,
    credits_forecast: Forecast | None = None,
) -> Assessment:
    """The worst state any meter is in, by PRECEDENCE; `rules.running_low_days` 0 turns running low off.

    A meter that is gone (404) or unavailable for the key does not count while another answers; one that failed
    after it was found makes the account `error`, unless a working meter says expired."""
    meters = snapshot.meters
    failure = first_failure(snapshot)
    subscription, balance = snapshot.subscription, snapshot.balance
    now = snapshot.checked_at
    credits = snapshot.credits if meters[Meter.CREDITS] is MeterState.OK else None

    # Expired wins even when the balance could not be read: the user must renew either way.
    if subscription is not None and subscription.is_expired:
        renew = Sentence(QT_TRANSLATE_NOOP("Words", "Renew it in SE Ranking: rank checks stop until then."))
        return Assessment(
            Health.EXPIRED, f"{describe_subscription(subscription)} — renew it in SE Ranking.", failure, renew
        )
    if credits is not None and credits.ended(now):
        # The state's name says "Subscription expired": the detail says which one (the Project one may be active).
        which = Sentence(
            QT_TRANSLATE_NOOP("Words", "The API credit subscription {ended} — renew it in SE Ranking."),
            values=(("ended", ended_phrase(credits)),),
        )
        return Assessment(
            Health.EXPIRED, f"{describe_credits(credits, now)} — renew them in SE Ranking.", failure, which
        )
    if MeterState.ERROR in meters.values() or not snapshot.answered:
        if failure is None:  # a meter without values and without a failure: nothing was asked
            return Assessment(
                Health.ERROR,
                "Cannot check the account: no meter to read.",
                None,
                Sentence(QT_TRANSLATE_NOOP("Words", "No meter to read.")),
            )
        return Assessment(Health.ERROR, f"Cannot check the account: {failure.message}", failure, failure.sentence())
    project = balance is not None and meters[Meter.PROJECT] is MeterState.OK
    if project and balance is not None and balance.value < rules.low_balance_threshold:
        return Assessment(
            Health.LOW_BALANCE,
            f"Balance {plain_money(balance.value, balance.currency_code)} is below your threshold of "
            f"{plain_money(rules.low_balance_threshold, balance.currency_code)} — top up in SE Ranking.",
            failure,
            Sentence(
                QT_TRANSLATE_NOOP("Words", "{0} is below your threshold of {1} — top up in SE Ranking."),
                ((balance.value, balance.currency_code), (rules.low_balance_threshold, balance.currency_code)),
            ),
        )
    share = None if credits is None else credits.percent_left()
    if credits is not None and share is not None and share < rules.credits_low_percent:
        return Assessment(
            Health.CREDITS_LOW,
            f"{describe_credits(credits, now)} — under {rules.credits_low_percent:g} % of the limit left; "
            "buy more in SE Ranking.",
            failure,
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Words", "{left} of {limit} left, under {percent} % of the limit — buy more in SE Ranking."
                ),
                values=(
                    ("left", compact_units(credits.units_left)),
                    ("limit", compact_units(credits.units_limit)),
                    ("percent", f"{rules.credits_low_percent:g}"),
                ),
            ),
        )
    if project and balance is not None and _runs_out(forecast, rules):
        assert forecast is not None and forecast.days_left is not None
        runs_out_on, spend = forecast.runs_out_on, forecast.daily_spend or 0.0
        on = f" (on {runs_out_on.isoformat()})" if runs_out_on is not None else ""
        return Assessment(
            Health.RUNNING_LOW,
            f"Balance {plain_money(balance.value, balance.currency_code)} runs out in about "
            f"{days_phrase(forecast.days_left)}{on} at {plain_money(spend, balance.currency_code)} a day — "
            "top up in SE Ranking.",
            failure,
            _lasts(forecast.days_left, ((balance.value, balance.currency_code), (spend, balance.currency_code))),
        )
    if credits is not None and _runs_out(credits_forecast, rules):
        assert credits_forecast is not None and credits_forecast.days_left is not None
        return Assessment(
            Health.RUNNING_LOW,
            f"API credits {compact_units(credits.units_left)} run out in about "
            f"{days_phrase(credits_forecast.days_left)} at {compact_units(credits_forecast.daily_spend or 0.0)} "
            "a day — buy more in SE Ranking.",
            failure,
            Sentence(
                QT_TRANSLATE_NOOP("Words", "API credits {left} run out in about {days} at {spend} a day — buy more."),
                values=(
                    ("left", compact_units(credits.units_left)),
                    ("days", days_phrase(credits_forecast.days_left)),
                    ("spend", compact_units(credits_forecast.daily_spend or 0.0)),
                ),
            ),
        )
    days = None if credits is None else credits.days_to_expiry(now)
    if credits is not None and days is not None and rules.expiry_warning_days > 0 and days <= rules.expiry_warning_days:
        return Assessment(
            Health.EXPIRING_SOON,
            f"API credit subscription {expires_in(days)} ({describe_credits(credits, now)}) — renew it in SE Ranking.",
            failure,
            _expiring(days),
        )
    parts = []
    if project and balance is not None and subscription is not None:
        parts.append(
            f"Balance {plain_money(balance.value, balance.currency_code)} · {describe_subscription(subscription)}"
        )
    if meters[Meter.CREDITS] in ANSWERED and snapshot.credits is not None:
        parts.append(describe_credits(snapshot.credits, now))
    return Assessment(Health.OK, " · ".join(parts), failure)


def _lasts(days: float, amounts: tuple[tuple[float, str], ...]) -> Sentence:
    if days < 1:
        less = QT_TRANSLATE_NOOP("Words", "{0} lasts less than a day more at {1} a day — top up in SE Ranking.")
        return Sentence(less, amounts)
    more = QT_TRANSLATE_NOOP("Words", "{0} lasts about {days} more at {1} a day — top up in SE Ranking.")
    return Sentence(more, amounts, days=whole_days(days))


def _expiring(days: int) -> Sentence:
    if days <= 0:
        return Sentence(
            QT_TRANSLATE_NOOP("Words", "The API credit subscription expires today — renew it in SE Ranking.")
        )
    soon = QT_TRANSLATE_NOOP("Words", "The API credit subscription expires in {days} — renew it in SE Ranking.")
    return Sentence(soon, days=days)


def _runs_out(forecast: Forecast | None, rules: AlertRules) -> bool:
    return (
        forecast is not None
        and forecast.days_left is not None
        and rules.running_low_days > 0
        and forecast.days_left <= rules.running_low_days
    )


def describe_subscription(subscription: Subscription) -> str:
    """ "Subscription active", "Trial expired", "Pay per check" — unknown types are named as they come."""
    if subscription.type == "manual":
        return Words.tr("Pay per check")
    name = Words.tr(_SUBSCRIPTION_TYPES.get(subscription.type, subscription.type.replace("_", " ").capitalize()))
    return (Words.tr("{type} expired") if subscription.is_expired else Words.tr("{type} active")).format(type=name)


# The subscription types SE Ranking names (others are shown as they come).
_SUBSCRIPTION_TYPES = {
    "subscription": QT_TRANSLATE_NOOP("Words", "Subscription"),
    "trial": QT_TRANSLATE_NOOP("Words", "Trial"),
}
