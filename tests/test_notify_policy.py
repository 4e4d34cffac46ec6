"""The notification policy on its own: transitions only, grace, snooze, per-kind switches, persistence."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import Health
from seranking_tray.domain.models import Balance, Failure, Profile, Subscription
from seranking_tray.domain.notify_policy import Announced, NotificationPolicy, SnoozeChoice, Urgency, snooze_until
from seranking_tray.domain.rules import AlertRules

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PROFILE = Profile("Jane", "Roe", "jane@example.com", True, "en", None)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def view(health: Health, value: float = 100, kind: ErrorKind | None = None) -> AccountView:
    failure = Failure(kind, "it failed") if kind else None
    return AccountView(
        Account(AccountConfig(AccountId("a1"), "default"), "https://api4.seranking.com", None),
        health=health,
        message=str(health),
        balance=Balance(value, "USD"),
        subscription=Subscription("subscription", health is Health.EXPIRED, None),
        profile=PROFILE,
        failure=failure,
        last_attempt_at=T0,
    )


def policy(memory: dict[str, Any] | None = None) -> tuple[NotificationPolicy, Clock, dict[str, Any]]:
    clock = Clock()
    store = {} if memory is None else memory
    return NotificationPolicy(store, lambda v, c: f"{c} {v:.2f}", clock), clock, store


def test_only_transitions_are_announced() -> None:
    p, _, _ = policy()
    settings = AlertRules()
    assert p.observe(view(Health.OK), settings) is None
    low = p.observe(view(Health.LOW_BALANCE, 3), settings)
    assert low is not None and low.kind is Announced.LOW_BALANCE and low.urgency is Urgency.CRITICAL
    assert "USD 3.00" in low.body and "USD 10.00" in low.body and "Jane Roe" in low.summary
    assert p.observe(view(Health.LOW_BALANCE, 2), settings) is None
    back = p.observe(view(Health.OK), settings)
    assert back is not None and back.recovered and back.urgency is Urgency.NORMAL


def test_unreachable_waits_for_the_grace_period() -> None:
    p, clock, _ = policy()
    settings = AlertRules(unreachable_grace_minutes=30)
    p.observe(view(Health.OK), settings)
    assert p.observe(view(Health.ERROR, kind=ErrorKind.NETWORK), settings) is None
    clock.now = T0 + timedelta(minutes=29)
    assert p.observe(view(Health.ERROR, kind=ErrorKind.NETWORK), settings) is None
    clock.now = T0 + timedelta(minutes=31)
    outage = p.observe(view(Health.ERROR, kind=ErrorKind.NETWORK), settings)
    assert outage is not None and outage.kind is Announced.UNREACHABLE and "31 min" in outage.body


def test_a_rejected_key_is_announced_at_once() -> None:
    p, _, _ = policy()
    rejected = p.observe(view(Health.ERROR, kind=ErrorKind.AUTH), AlertRules())
    assert rejected is not None and rejected.kind is Announced.AUTH and "Settings" in rejected.body


def test_memory_survives_a_restart() -> None:
    p, _, memory = policy()
    assert p.observe(view(Health.EXPIRED), AlertRules()) is not None
    again, _, _ = policy(memory)
    assert again.observe(view(Health.EXPIRED), AlertRules()) is None
    recovered = again.observe(view(Health.OK), AlertRules())
    assert recovered is not None and recovered.recovered


def test_switched_off_kinds_stay_silent_but_are_remembered() -> None:
    p, _, _ = policy()
    settings = AlertRules(notify_low_balance=False, notify_recovered=False)
    assert p.observe(view(Health.LOW_BALANCE, 1), settings) is None
    assert p.last_announced is Announced.LOW_BALANCE
    assert p.observe(view(Health.OK), settings) is None


def test_snooze_holds_a_new_problem_until_it_ends() -> None:
    p, clock, _ = policy()
    settings = AlertRules()
    p.observe(view(Health.OK), settings)
    p.snooze(T0 + timedelta(hours=1))
    assert p.observe(view(Health.EXPIRED), settings) is None
    clock.now = T0 + timedelta(hours=1, seconds=1)
    assert p.snoozed_until() is None
    held = p.observe(view(Health.EXPIRED), settings)
    assert held is not None and held.kind is Announced.EXPIRED
    assert p.observe(view(Health.EXPIRED), settings) is None


def test_nothing_is_announced_before_the_first_check() -> None:
    p, _, _ = policy()
    assert p.observe(replace(view(Health.OK), health=None), AlertRules()) is None


def test_snooze_choices_end_in_an_hour_eight_hours_or_tomorrow_morning() -> None:
    assert snooze_until(SnoozeChoice.ONE_HOUR, T0) == T0 + timedelta(hours=1)
    assert snooze_until(SnoozeChoice.EIGHT_HOURS, T0) == T0 + timedelta(hours=8)
    assert snooze_until(SnoozeChoice.RESUME, T0) is None
    tomorrow = snooze_until(SnoozeChoice.TOMORROW, T0)
    assert tomorrow is not None
    local = tomorrow.astimezone()
    assert (local.hour, local.minute) == (8, 0)
    assert local.date() == (T0.astimezone() + timedelta(days=1)).date()
    assert [choice.value for choice in SnoozeChoice] == ["1h", "8h", "tomorrow", "resume"]  # the tray menu's keys
