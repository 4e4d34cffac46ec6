"""Health rules: expired > error > low_balance > ok, with messages and exit codes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import (
    Health,
    assess,
    describe_subscription,
    first_failure,
)
from seranking_tray.domain.models import Balance, Failure, Profile, Snapshot, Subscription, SubscriptionBalance
from seranking_tray.domain.rules import DEFAULT_RULES, AlertRules

NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
ACTIVE = Subscription("subscription", False, SubscriptionBalance(100.0, "USD"))
EXPIRED = Subscription("subscription", True, None)
PROFILE = Profile("Jane", "Roe", "jane@example.com", True, "en", None)
BAL_FAIL = Failure(ErrorKind.NETWORK, "The connection to SE Ranking was refused.", None, "balance")
SUB_FAIL = Failure(ErrorKind.SERVER, "SE Ranking's server had a problem (502).", 502, "subscription")
PROFILE_FAIL = Failure(ErrorKind.BAD_RESPONSE, "Unexpected answer from /account/profile: x", None, "profile")


def snap(
    balance: Balance | None = None,
    subscription: Subscription | None = None,
    profile: Profile | None = PROFILE,
    *failures: Failure,
) -> Snapshot:
    return Snapshot(NOW, balance, subscription, profile, {f.endpoint: f for f in failures if f.endpoint})


def test_ok() -> None:
    result = assess(snap(Balance(1234.5, "USD"), ACTIVE))
    assert result.health is Health.OK
    assert result.failure is None
    assert result.message == "Balance 1,234.50 USD · Subscription active"


def test_expired_beats_low_balance() -> None:
    result = assess(snap(Balance(1.0, "USD"), EXPIRED))
    assert result.health is Health.EXPIRED
    assert "expired" in result.message
    assert "renew" in result.message


def test_expired_even_when_balance_could_not_be_read() -> None:
    result = assess(snap(None, Subscription("trial", True, None), PROFILE, BAL_FAIL))
    assert result.health is Health.EXPIRED
    assert result.message.startswith("Trial expired")
    assert result.failure == BAL_FAIL  # still reported


def test_error_when_balance_missing() -> None:
    result = assess(snap(None, ACTIVE, PROFILE, BAL_FAIL))
    assert result.health is Health.ERROR
    assert result.failure == BAL_FAIL
    assert result.message == f"Cannot check the account: {BAL_FAIL.message}"


def test_error_when_subscription_missing_beats_low_balance() -> None:
    result = assess(snap(Balance(0.0, "USD"), None, PROFILE, SUB_FAIL))
    assert result.health is Health.ERROR
    assert result.failure == SUB_FAIL


def test_error_prefers_balance_failure_over_profile_failure() -> None:
    result = assess(snap(None, None, None, PROFILE_FAIL, SUB_FAIL, BAL_FAIL))
    assert result.health is Health.ERROR
    assert result.failure == BAL_FAIL


def test_first_failure_order() -> None:
    assert first_failure(snap(None, None, None, PROFILE_FAIL, SUB_FAIL)) == SUB_FAIL
    assert first_failure(snap(Balance(1, "USD"), ACTIVE, None, PROFILE_FAIL)) == PROFILE_FAIL
    assert first_failure(snap(Balance(1, "USD"), ACTIVE)) is None


@pytest.mark.parametrize(
    ("value", "threshold", "expected"),
    [
        (9.99, 10.0, Health.LOW_BALANCE),
        (10.0, 10.0, Health.OK),  # strictly below
        (10.01, 10.0, Health.OK),
        (0.0, 0.0, Health.OK),
        (-0.01, 0.0, Health.LOW_BALANCE),
        (500.0, 1000.0, Health.LOW_BALANCE),
    ],
)
def test_low_balance_threshold_is_strictly_below(value: float, threshold: float, expected: Health) -> None:
    assert assess(snap(Balance(value, "EUR"), ACTIVE), AlertRules(low_balance_threshold=threshold)).health is expected


def test_default_threshold_is_ten() -> None:
    assert DEFAULT_RULES.low_balance_threshold == 10.0
    assert assess(snap(Balance(9.5, "USD"), ACTIVE)).health is Health.LOW_BALANCE
    assert assess(snap(Balance(10.0, "USD"), ACTIVE)).health is Health.OK


def test_low_balance_message_names_amount_threshold_and_currency() -> None:
    result = assess(snap(Balance(4.5, "EUR"), ACTIVE), AlertRules(low_balance_threshold=25))
    assert result.message == "Balance 4.50 EUR is below your threshold of 25.00 EUR — top up in SE Ranking."


def test_subscription_balance_is_not_judged() -> None:
    poor = Subscription("subscription", False, SubscriptionBalance(0.0, "USD"))
    assert assess(snap(Balance(50.0, "USD"), poor)).health is Health.OK


def test_profile_failure_alone_keeps_health_but_is_reported() -> None:
    for balance, expected in ((Balance(50.0, "USD"), Health.OK), (Balance(1.0, "USD"), Health.LOW_BALANCE)):
        result = assess(snap(balance, ACTIVE, None, PROFILE_FAIL))
        assert result.health is expected
        assert result.failure == PROFILE_FAIL


def test_manual_account() -> None:
    manual = Subscription("manual", False, None)
    result = assess(snap(Balance(20.0, "USD"), manual))
    assert result.health is Health.OK
    assert result.message == "Balance 20.00 USD · Pay per check"
    assert describe_subscription(manual) == "Pay per check"


def test_describe_subscription() -> None:
    assert describe_subscription(ACTIVE) == "Subscription active"
    assert describe_subscription(Subscription("trial", True, None)) == "Trial expired"
    assert describe_subscription(Subscription("team_plan", False, None)) == "Team plan active"


def test_exit_codes() -> None:
    assert {h: h.exit_code for h in Health} == {
        Health.OK: 0,
        Health.RUNNING_LOW: 1,
        Health.LOW_BALANCE: 1,
        Health.EXPIRED: 2,
        Health.ERROR: 3,
        Health.CREDITS_LOW: 1,  # issue 14
        Health.EXPIRING_SOON: 1,
        Health.ATTENTION: 1,  # issue 15
    }


def test_messages_are_one_line() -> None:
    cases = [
        snap(Balance(1, "USD"), ACTIVE),
        snap(Balance(100, "USD"), ACTIVE),
        snap(Balance(1, "USD"), EXPIRED),
        snap(None, None, PROFILE, BAL_FAIL, SUB_FAIL),
    ]
    for case in cases:
        message = assess(case).message
        assert message
        assert "\n" not in message
