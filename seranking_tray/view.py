"""What the user sees about one account, as a Qt-free value: the current state plus the last good figures.

A failed check never blanks the screen: the last good balance, subscription and profile stay, marked stale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from .account import Account
from .health import Health, assess, describe_subscription
from .models import Balance, Failure, Profile, Snapshot, Subscription

MoneyFormatter = Callable[[float, str], str]


@dataclass(frozen=True)
class AccountView:
    account: Account
    health: Health | None = None  # None: not checked yet
    message: str = "Checking…"
    balance: Balance | None = None
    subscription: Subscription | None = None
    profile: Profile | None = None
    data_checked_at: datetime | None = None  # when the shown figures were fetched
    last_attempt_at: datetime | None = None
    failure: Failure | None = None
    stale: bool = False  # the figures shown are older than the last attempt
    paused: bool = False  # automatic refresh stopped until the key changes or the user asks

    @property
    def name(self) -> str:
        if self.profile is not None:
            return self.profile.display_name
        return "SE Ranking account" if self.account.label == "default" else self.account.label


def apply_snapshot(view: AccountView, snapshot: Snapshot, low_balance_threshold: float) -> AccountView:
    """The view after a check: new figures where the check got them, the previous ones (stale) elsewhere."""
    assessment = assess(snapshot, low_balance_threshold)
    balance = snapshot.balance or view.balance
    subscription = snapshot.subscription or view.subscription
    profile = snapshot.profile or view.profile
    got_all = snapshot.balance is not None and snapshot.subscription is not None
    return replace(
        view,
        health=assessment.health,
        message=assessment.message,
        balance=balance,
        subscription=subscription,
        profile=profile,
        data_checked_at=snapshot.checked_at if got_all else view.data_checked_at,
        last_attempt_at=snapshot.checked_at,
        failure=assessment.failure,
        stale=not got_all and (balance is not None or subscription is not None),
        paused=assessment.failure is not None
        and assessment.health is Health.ERROR
        and assessment.failure.kind.pauses_refresh,
    )


def relative_age(then: datetime | None, now: datetime) -> str:
    if then is None:
        return "never"
    seconds = (now - then).total_seconds()
    if seconds < 45:
        return "just now"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min ago"
    hours = round(seconds / 3600)
    if hours < 24:
        return f"{hours} h ago"
    days = round(seconds / 86400)
    return f"{days} day{'s' if days != 1 else ''} ago"


def glance_line(view: AccountView, now: datetime, money: MoneyFormatter) -> str:
    """The tooltip: the whole answer in one line, e.g. `Jane Roe — $1,234.50 · Subscription active · updated
    2 min ago`, or the problem in plain words with the last known figures marked stale."""
    parts: list[str] = []
    if view.balance is not None:
        parts.append(money(view.balance.value, view.balance.currency_code))
    if view.subscription is not None:
        parts.append(describe_subscription(view.subscription))
    head = view.name
    if view.health is None:
        return f"{head} — checking…"
    if view.health is Health.ERROR:
        age = relative_age(view.data_checked_at, now)
        known = f" · last known {' · '.join(parts)} (stale, {age})" if parts else ""
        return f"{head} — cannot check: {view.failure.message if view.failure else view.message}{known}"
    line = f"{head} — {' · '.join(parts)} · updated {relative_age(view.data_checked_at, now)}"
    if view.health is Health.LOW_BALANCE:
        return f"{line} · Low balance"
    if view.health is Health.EXPIRED:
        return f"{line} · Renew in SE Ranking"
    return line
