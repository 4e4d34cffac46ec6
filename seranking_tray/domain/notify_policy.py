"""When to notify: on transitions of the announced state only — never on every refresh.

The policy is pure (no Qt, no D-Bus): it is fed each new view of the account and answers with at most one
notification. Its memory (the last announced state, a snooze) lives in a small persistent mapping, so the
same state is never announced twice in a row — also across restarts — and a start in `ok` after an
announced problem says "recovered".
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum, StrEnum
from typing import Any

from seranking_tray.domain.account import ENVIRONMENT_LABEL, LEGACY_LABEL, AccountId
from seranking_tray.domain.account_view import AccountView, problem_words, state_detail
from seranking_tray.domain.credit_words import describe_credits, expires_in
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import Health, describe_subscription
from seranking_tray.domain.list_health import blocked_to_alert
from seranking_tray.domain.money import MoneyFormatter
from seranking_tray.domain.phrases import Words
from seranking_tray.domain.rules import AlertRules
from seranking_tray.domain.wording import STATE_WORDS, blocked_notification


class Announced(StrEnum):
    OK = "ok"
    RUNNING_LOW = "running_low"
    LOW_BALANCE = "low_balance"
    CREDITS_LOW = "credits_low"
    EXPIRING_SOON = "expiring_soon"
    EXPIRED = "expired"
    AUTH = "auth"  # the key was rejected (or payment required): the user must act
    UNREACHABLE = "unreachable"  # cannot check for longer than the grace period
    ATTENTION = "attention"  # a sub-account is blocked: announced per sub-account (SUB_ACCOUNT_BLOCKED), not here
    SUB_ACCOUNT_BLOCKED = "sub_account_blocked"  # a notification's kind only, never a state


class Urgency(StrEnum):
    NORMAL = "normal"
    CRITICAL = "critical"


@dataclass(frozen=True)
class Notification:
    kind: Announced
    recovered: bool  # True for the "fine again" message (kind is OK)
    summary: str
    body: str
    urgency: Urgency
    account_label: str
    account_id: AccountId  # what the desktop notifier keys bubbles by: a rename keeps replacing the same bubble


class SnoozeChoice(Enum):
    """What the tray's snooze menu offers."""

    ONE_HOUR = "1h"
    EIGHT_HOURS = "8h"
    TOMORROW = "tomorrow"  # until 08:00 local time tomorrow
    RESUME = "resume"  # end the snooze now


def snooze_until(choice: SnoozeChoice, now: datetime) -> datetime | None:
    """When a snooze chosen at `now` (aware) ends; None: not snoozed."""
    if choice is SnoozeChoice.RESUME:
        return None
    if choice is SnoozeChoice.TOMORROW:
        local = now.astimezone()
        return (local + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    return now + timedelta(hours=1 if choice is SnoozeChoice.ONE_HOUR else 8)


LAST_ANNOUNCED = "last_announced"
BLOCKED_ANNOUNCED = "blocked_sub_accounts"  # the ids of the sub-accounts announced blocked, still blocked
MAX_BLOCKED_BUBBLES = 3  # more sub-accounts blocked at once: one notification for them all
SNOOZE_UNTIL = "snooze_until"


def observed_state(view: AccountView) -> Announced | None:
    """The announceable state a view shows; None while nothing is known yet."""
    if view.health is None:
        return None
    if view.health is Health.ERROR:
        if view.failure is not None and view.failure.kind in (ErrorKind.AUTH, ErrorKind.PAYMENT):
            return Announced.AUTH
        return Announced.UNREACHABLE
    return Announced(view.health.value)


class NotificationPolicy:
    def __init__(
        self,
        memory: MutableMapping[str, Any],
        money: MoneyFormatter,
        now: Callable[[], datetime],
        snooze_memory: MutableMapping[str, Any] | None = None,
    ) -> None:
        self._memory = memory  # persisted by the caller (an AppState section): this account's
        self._snooze = memory if snooze_memory is None else snooze_memory  # the snooze is for every account
        self._money = money
        self._now = now
        self._failing_since: datetime | None = None  # not persisted: after a restart it counts from start

    # --- snooze -------------------------------------------------------------------------------------

    def snoozed_until(self) -> datetime | None:
        raw = self._snooze.get(SNOOZE_UNTIL)
        if not isinstance(raw, str):
            return None
        try:
            until = datetime.fromisoformat(raw)
        except ValueError:
            return None
        return until if until > self._now() else None

    def snooze(self, until: datetime | None) -> None:
        if until is None:
            self._snooze.pop(SNOOZE_UNTIL, None)
        else:
            self._snooze[SNOOZE_UNTIL] = until.isoformat()

    @property
    def last_announced(self) -> Announced | None:
        raw = self._memory.get(LAST_ANNOUNCED)
        try:
            return Announced(raw) if isinstance(raw, str) else None
        except ValueError:
            return None

    # --- the rule -----------------------------------------------------------------------------------

    def observe(self, view: AccountView, rules: AlertRules) -> Notification | None:
        state = observed_state(view)
        if state is None:
            return None
        now = self._now()
        if state is Announced.UNREACHABLE:
            # Counted from the first failure, or from start: a blip shorter than the grace stays silent.
            if self._failing_since is None:
                self._failing_since = min(now, view.last_attempt_at or now)
            if now - self._failing_since < timedelta(minutes=rules.unreachable_grace_minutes):
                return None
        else:
            self._failing_since = None

        last = self.last_announced
        if state is last:
            return None
        if self.snoozed_until() is not None:
            return None  # not recorded: when the snooze ends, a problem that still holds is announced once
        self._memory[LAST_ANNOUNCED] = state.value
        if state is Announced.ATTENTION:
            return None  # said by observe_sub_accounts, once per sub-account
        if state is Announced.OK:
            if last in (None, Announced.OK, Announced.ATTENTION) or not rules.notify_recovered:
                return None  # a quiet first start, or recovery messages turned off
            return self._message(state, view, rules, recovered=True)
        if not _enabled(state, rules):
            return None
        return self._message(state, view, rules, recovered=False)

    def observe_all(self, view: AccountView, rules: AlertRules) -> list[Notification]:
        """The account's notification (observe), then one per sub-account that became blocked."""
        notification = self.observe(view, rules)
        return ([notification] if notification is not None else []) + self.observe_sub_accounts(view, rules)

    def observe_sub_accounts(self, view: AccountView, rules: AlertRules) -> list[Notification]:
        """A sub-account turning blocked by limits is announced once, while it stays blocked; one that is
        unblocked and blocked again is announced again. Lists not read (or not available): nothing changes."""
        if view.lists is None or view.lists.sub_accounts is None:
            return []
        blocked = blocked_to_alert(view.lists, rules)
        raw = self._memory.get(BLOCKED_ANNOUNCED)
        known = {i for i in raw if isinstance(i, str)} if isinstance(raw, list) else set()
        current = {s.id for s in blocked}
        new = [s for s in blocked if s.id not in known]
        if new and self.snoozed_until() is not None:
            self._memory[BLOCKED_ANNOUNCED] = sorted(known & current)  # the new ones are said when it ends
            return []
        self._memory[BLOCKED_ANNOUNCED] = sorted(current)
        name = account_title(view)
        if len(new) > MAX_BLOCKED_BUBBLES:
            summary, body = blocked_notification(new, name)
            return [self._blocked(summary, body, view, "many")]
        return [self._blocked(*blocked_notification([s], name), view, s.id) for s in new]

    def _blocked(self, summary: str, body: str, view: AccountView, which: str) -> Notification:
        # A bubble of its own per sub-account: the notifier replaces bubbles by this id.
        bubble = AccountId(f"{view.account.id}#sub-account-{which}")
        return Notification(
            Announced.SUB_ACCOUNT_BLOCKED, False, summary, body, Urgency.NORMAL, view.account.label, bubble
        )

    def _message(self, state: Announced, view: AccountView, rules: AlertRules, recovered: bool) -> Notification:
        name = account_title(view)
        balance = self._money(view.balance.value, view.balance.currency_code) if view.balance else None
        subscription = describe_subscription(view.subscription) if view.subscription else None
        figures = " · ".join(
            part
            for part in (Words.tr("Balance {amount}").format(amount=balance) if balance else None, subscription)
            if part
        )
        problem = problem_words(view)  # a bubble is short: the kind's words, the window has the whole message
        urgency = (
            Urgency.CRITICAL
            if state in (Announced.LOW_BALANCE, Announced.CREDITS_LOW, Announced.EXPIRED)
            else Urgency.NORMAL
        )
        credits = view.credits
        if recovered:
            summary = Words.tr("{name}: SE Ranking account is fine again")
            body = figures or state_detail(view, self._money)
        elif state is Announced.LOW_BALANCE:
            summary = Words.tr("{name}: SE Ranking balance is low")
            threshold = self._money(rules.low_balance_threshold, view.balance.currency_code if view.balance else "")
            body = Words.tr("Balance {balance} is below your threshold of {threshold}. Top up in SE Ranking.").format(
                balance=balance, threshold=threshold
            )
        elif state is Announced.RUNNING_LOW:
            summary = Words.tr("{name}: SE Ranking balance is running low")
            body = state_detail(view, self._money)
        elif state is Announced.CREDITS_LOW:
            summary = Words.tr("{name}: SE Ranking API credits are low")
            # as the tooltip counts days
            left = describe_credits(credits, self._now()) if credits else Words.tr("API credits")
            body = Words.tr("{left} — under {percent} % of the limit left; buy more in SE Ranking.").format(
                left=left, percent=f"{rules.credits_low_percent:g}"
            )
        elif state is Announced.EXPIRING_SOON:
            days = None if credits is None else credits.days_to_expiry(self._now())
            summary = Words.tr("{name}: SE Ranking API credit subscription {expires}").format(
                name="{name}", expires=expires_in(days or 0)
            )
            # The summary says when: the body says what is left, not the same words again.
            if credits is not None:
                body = Words.tr("{credits}. Renew it in SE Ranking.").format(
                    credits=describe_credits(credits, self._now())
                )
            else:
                body = state_detail(view, self._money)
        elif state is Announced.EXPIRED and credits is not None and credits.ended(self._now()):
            summary = Words.tr("{name}: SE Ranking API credits expired")
            body = state_detail(view, self._money)
        elif state is Announced.EXPIRED:
            summary = Words.tr("{name}: SE Ranking subscription expired")
            expired = Words.tr(STATE_WORDS[Health.EXPIRED])
            kind = f"{subscription}. " if subscription not in (None, expired) else ""  # a trial
            body = f"{kind}{state_detail(view, self._money)}"
        elif state is Announced.AUTH:
            summary = Words.tr("{name}: SE Ranking rejected the API key")
            body = Words.tr("{problem}. Open Settings to enter the Project API key.").format(problem=problem)
        else:
            summary = Words.tr("{name}: SE Ranking account cannot be checked")
            since = self._failing_since or self._now()
            minutes = max(1, round((self._now() - since).total_seconds() / 60))
            if balance:
                body = Words.tr("No answer for %n min: {problem}. Last known balance: {balance}.", None, minutes)
            else:
                body = Words.tr("No answer for %n min: {problem}.", None, minutes)
            body = body.format(problem=problem, balance=balance)
        summary = summary.replace("{name}", name)
        return Notification(state, recovered, summary, body, urgency, view.account.label, view.account.id)


def account_title(view: AccountView) -> str:
    """Who a notification is about: the profile's name, led by the user's own label for the account when it says
    something more (with several accounts the profiles may share one person's name)."""
    label, name = view.account.label, view.name
    if label in (LEGACY_LABEL, ENVIRONMENT_LABEL) or label.casefold() == name.casefold():
        return name
    return f"{label} ({name})"


def _enabled(state: Announced, rules: AlertRules) -> bool:
    return {
        Announced.LOW_BALANCE: rules.notify_low_balance,
        Announced.RUNNING_LOW: rules.notify_low_balance,
        Announced.CREDITS_LOW: rules.notify_low_balance,
        Announced.EXPIRING_SOON: rules.notify_expired,
        Announced.EXPIRED: rules.notify_expired,
        Announced.AUTH: rules.notify_auth,
        Announced.UNREACHABLE: rules.notify_unreachable,
    }.get(state, True)
