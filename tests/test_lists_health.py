"""Sub-accounts blocked by limits (issue 15): the `attention` state, the setting, the notifications, and how often
the tray reads the lists."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from harness.faults import FakeSeRanking
from seranking_tray.api.client import RetryPolicy
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.account_view import AccountView, apply_outcome
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.health import PRECEDENCE, Assessment, Health
from seranking_tray.domain.list_health import with_lists
from seranking_tray.domain.lists import Lists, Projects, SubAccount, SubAccounts
from seranking_tray.domain.models import Profile
from seranking_tray.domain.notify_policy import Announced, NotificationPolicy
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.rules import AlertRules
from seranking_tray.service.monitor import AccountMonitor
from seranking_tray.store.settings import RANGES, Settings, parse_settings
from seranking_tray.testing.fake_api import Answer
from seranking_tray.testing.fake_lists import sample_sites, sample_sub_accounts

T0 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
JANE = SubAccount("1001", "Jane Roe", "jane@client.example.com", "client", 4, blocked=True)
BOB = SubAccount("1002", "Bob Poe", "bob@client.example.com", "user", 1, blocked=False)
FINE = Assessment(Health.OK, "Balance $1.00", None)
ACCOUNT = Account(AccountConfig(AccountId("a1"), "Agency"), "https://api4.seranking.com", None)


def lists(*subs: SubAccount) -> Lists:
    return Lists(T0, SubAccounts(subs), Projects(48, 45, 12340))


# --- the state -----------------------------------------------------------------------------------------------


def test_attention_ranks_just_above_ok_and_exits_1() -> None:
    assert PRECEDENCE[-2:] == (Health.ATTENTION, Health.OK)
    assert Health.ATTENTION.exit_code == 1


def test_a_blocked_sub_account_makes_a_fine_account_attention() -> None:
    assessed = with_lists(FINE, lists(JANE, BOB), AlertRules())
    assert assessed.health is Health.ATTENTION
    assert assessed.message == "1 sub-account blocked by limits: Jane Roe (client) · Balance $1.00"
    assert with_lists(FINE, lists(BOB), AlertRules()) == FINE
    assert with_lists(FINE, None, AlertRules()) == FINE
    assert with_lists(FINE, Lists(T0), AlertRules()) == FINE  # sub-accounts not available for this key


def test_the_setting_turns_it_off_and_worse_states_stay() -> None:
    assert with_lists(FINE, lists(JANE), AlertRules(alert_blocked_sub_accounts=False)) == FINE
    low = Assessment(Health.LOW_BALANCE, "low", None)
    assert with_lists(low, lists(JANE), AlertRules()) == low


def test_the_setting_is_per_account_and_on_by_default() -> None:
    loaded = parse_settings(
        {
            "accounts": [
                {"id": "a", "label": "A"},
                {"id": "b", "label": "B", "rules": {"alert_blocked_sub_accounts": False}},
            ],
            "lists_interval": 10,
        }
    )
    settings = loaded.settings
    assert settings.rules_for(settings.accounts[0]).alert_blocked_sub_accounts is True
    assert settings.rules_for(settings.accounts[1]).alert_blocked_sub_accounts is False
    assert settings.lists_interval == RANGES["lists_interval"].minimum  # clamped, with a warning
    assert any("lists_interval" in w.english() for w in loaded.warnings)
    assert Settings().lists_interval == 3600


# --- notifications -------------------------------------------------------------------------------------------


def view(*subs: SubAccount, health: Health = Health.ATTENTION) -> AccountView:
    return AccountView(
        ACCOUNT,
        health=health,
        message="m",
        profile=Profile("Ann", "Agent", "ann@example.com", True, "en", None),
        lists=lists(*subs),
    )


def policy(memory: dict[str, Any]) -> NotificationPolicy:
    return NotificationPolicy(memory, lambda v, c: f"{v}", lambda: T0)


def test_one_notification_per_sub_account_turning_blocked_once() -> None:
    memory: dict[str, Any] = {}
    p = policy(memory)
    assert p.observe_all(view(BOB, health=Health.OK), AlertRules()) == []
    (said,) = p.observe_all(view(JANE, BOB), AlertRules())
    assert said.kind is Announced.SUB_ACCOUNT_BLOCKED
    assert "Jane Roe" in said.summary and "Agency" in said.summary and "(client)" in said.body
    assert said.account_id != ACCOUNT.id  # a bubble of its own, not the account's
    assert p.observe_all(view(JANE, BOB), AlertRules()) == []  # still blocked: said once
    assert policy(memory).observe_all(view(JANE, BOB), AlertRules()) == []  # also after a restart
    # Unblocked: quiet (no "fine again" for a state never announced as such); blocked again: said again.
    assert p.observe_all(view(replace(JANE, blocked=False), BOB, health=Health.OK), AlertRules()) == []
    assert len(p.observe_all(view(JANE, BOB), AlertRules())) == 1


def test_turned_off_in_settings_no_notification() -> None:
    p = policy({})
    assert p.observe_all(view(JANE, health=Health.OK), AlertRules(alert_blocked_sub_accounts=False)) == []


def test_many_blocked_at_once_are_one_notification() -> None:
    many = [SubAccount(str(n), f"Client {n}", "", "client", None, True) for n in range(40)]
    (said,) = policy({}).observe_all(view(*many), AlertRules())
    assert "40 sub-accounts" in said.summary and "and 37 more" in said.body


def test_lists_not_read_change_nothing() -> None:
    memory: dict[str, Any] = {}
    p = policy(memory)
    assert len(p.observe_all(view(JANE), AlertRules())) == 1
    unread = replace(view(), lists=None)
    assert p.observe_all(unread, AlertRules()) == []
    assert p.observe_all(view(JANE), AlertRules()) == []


# --- how often the tray reads them ---------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def agency(fake_api: FakeSeRanking) -> FakeSeRanking:
    fake_api.sub_accounts = sample_sub_accounts(12)
    fake_api.sites = sample_sites(48, paused=3)
    return fake_api


@pytest.fixture
def monitor(agency: FakeSeRanking, sentinel_key: str) -> Iterator[tuple[AccountMonitor, FakeClock]]:
    account = Account(AccountConfig(AccountId("a1"), "Agency"), agency.url, ApiKey(sentinel_key), KeySource.ENVIRONMENT)
    made = AccountMonitor(account, Settings(), retry=RetryPolicy(attempts=1))
    clock = FakeClock()
    made.lists._clock = clock  # the lists' clock, moved by hand
    yield made, clock
    made.close()


def check(monitor: AccountMonitor) -> CheckOutcome:
    """As the tray's worker and scheduler do: the check's outcome, then the lists if due (that outcome with them)."""
    outcome = monitor.check()
    return monitor.read_lists(outcome) or outcome


def list_requests(fake: FakeSeRanking) -> int:
    return len(fake.requests_to("users")) + len(fake.requests_to("sites"))


def test_lists_are_read_at_most_once_an_hour(monitor: tuple[AccountMonitor, FakeClock], agency: FakeSeRanking) -> None:
    checker, clock = monitor
    first = check(checker)
    assert first.lists is not None and first.lists.projects == Projects(48, 45, 48 * 250)
    assert list_requests(agency) == 2
    for _ in range(4):  # balance checks every 15 minutes: the lists are not asked again
        clock.now += 15 * 60 - 1
        outcome = check(checker)
        assert outcome.lists is first.lists  # the last lists travel with every outcome
    assert list_requests(agency) == 2 and checker.lists.fetches == 1
    clock.now += 10
    check(checker)  # an hour has passed
    assert list_requests(agency) == 4 and checker.lists.fetches == 2


def test_asked_for_they_are_read_at_the_next_check(
    monitor: tuple[AccountMonitor, FakeClock], agency: FakeSeRanking
) -> None:
    checker, _ = monitor
    check(checker)
    checker.lists.request()  # the account window opened
    check(checker)
    checker.resume()  # the user's Refresh
    check(checker)
    check(checker)
    assert checker.lists.fetches == 3


def test_a_blocked_sub_account_makes_the_check_attention(
    monitor: tuple[AccountMonitor, FakeClock], agency: FakeSeRanking
) -> None:
    checker, clock = monitor
    assert check(checker).assessment.health is Health.OK
    agency.sub_accounts = sample_sub_accounts(12, blocked=(3,))
    assert check(checker).assessment.health is Health.OK  # not read again yet
    clock.now += 3600
    outcome = check(checker)
    assert outcome.assessment.health is Health.ATTENTION and "Client 3 (client)" in outcome.assessment.message
    shown = apply_outcome(AccountView(outcome.account), outcome)
    assert shown.lists is outcome.lists and shown.health is Health.ATTENTION


def test_a_failed_check_does_not_read_the_lists(
    monitor: tuple[AccountMonitor, FakeClock], agency: FakeSeRanking
) -> None:
    checker, _ = monitor
    for endpoint in ("balance", "subscription", "profile"):
        agency.set_answer(endpoint, Answer(503, {"message": "down"}))
    check(checker)
    assert list_requests(agency) == 0


def test_a_new_lists_interval_applies_to_a_running_monitor(
    monitor: tuple[AccountMonitor, FakeClock], agency: FakeSeRanking
) -> None:
    checker, clock = monitor
    check(checker)
    checker.settings = replace(checker.settings, lists_interval=600)  # as the tray's worker applies new settings
    clock.now += 600
    check(checker)
    assert checker.lists.fetches == 2


def test_the_check_outcome_does_not_wait_for_the_lists(
    monitor: tuple[AccountMonitor, FakeClock], agency: FakeSeRanking
) -> None:
    """check() makes the check's requests alone; read_lists() then reads the lists, assessing nothing again."""
    checker, _ = monitor
    agency.sub_accounts = sample_sub_accounts(12, blocked=(3,))
    outcome = checker.check()
    assert list_requests(agency) == 0 and outcome.lists is None and outcome.assessment.health is Health.OK
    listed = checker.read_lists(outcome)
    assert listed is not None and listed.assessment.health is Health.ATTENTION and listed.snapshot is outcome.snapshot
    assert checker.read_lists(listed) is None  # not due again
