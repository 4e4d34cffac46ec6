"""`status --format nagios`'s text, line for line: the Monitoring Plugins Development Guidelines' first line,
performance data (quoting, units, empty fields, label prefixes), worst-first ordering and the --critical-… levels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from seranking_tray.cli.metrics import listen_address
from seranking_tray.cli.nagios import (
    Checked,
    CriticalLimits,
    perf_item,
    plugin_code,
    plugin_output,
    quote_label,
    unknown_output,
)
from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.credits import Credits
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.health import assess
from seranking_tray.domain.models import Balance, Failure, Snapshot, Subscription
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.rules import DEFAULT_RULES, AlertRules

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
ACTIVE = Subscription("subscription", False, None)
NONE = CriticalLimits()


def checked(
    label: str,
    balance: float | None = 1234.5,
    *,
    expired: bool = False,
    currency: str = "USD",
    forecast: Forecast | None = None,
    credits: Credits | None = None,
    failure: Failure | None = None,
    rules: AlertRules = DEFAULT_RULES,
) -> Checked:
    failures = {} if failure is None else {"balance": failure, "subscription": failure}
    snapshot = Snapshot(
        NOW,
        None if balance is None else Balance(balance, currency),
        None if failure is not None else Subscription("subscription", expired, None),
        None,
        failures,
        credits,
    )
    account = Account(AccountConfig(AccountId(label.lower()), label), "", None)
    outcome = CheckOutcome(account, snapshot, assess(snapshot, rules, forecast), forecast)
    return Checked(outcome, rules)


def test_one_account_is_one_line_with_its_balance_and_the_threshold_as_the_warning_level() -> None:
    text, code = plugin_output([checked("Jane")], NONE, several=False)
    assert code == 0
    assert text == (
        "SE RANKING OK - Jane: OK - Balance 1,234.50 USD · Subscription active | 'Jane balance USD'=1234.5;10;;0"
    )


def test_low_balance_is_warning_and_expired_is_critical() -> None:
    low, low_code = plugin_output([checked("Low", 3.5)], NONE, several=False)
    assert low_code == 1
    assert low.startswith("SE RANKING WARNING - Low: LOW BALANCE - Balance 3.50 USD is below your threshold")
    assert low.endswith(" | 'Low balance USD'=3.5;10;;0")
    expired, expired_code = plugin_output([checked("Gone", expired=True)], NONE, several=False)
    assert expired_code == 2 and expired.startswith("SE RANKING CRITICAL - Gone: EXPIRED - ")


def test_an_unreachable_account_is_unknown_without_figures() -> None:
    failure = Failure(ErrorKind.NETWORK, "The connection to SE Ranking was refused.", None, "balance")
    text, code = plugin_output([checked("Away", None, failure=failure)], NONE, several=False)
    assert code == 3
    assert text == (
        "SE RANKING UNKNOWN - Away: COULD NOT CHECK - Cannot check the account: The connection to SE Ranking was "
        "refused."
    )  # no ` | `: nothing to measure, and no made-up zero


def test_all_accounts_summary_then_one_line_each_worst_first_perfdata_in_the_same_order() -> None:
    failure = Failure(ErrorKind.TIMEOUT, "SE Ranking did not answer in time.", None, "balance")
    checks = [
        checked("Fine"),
        checked("Low", 3.5),
        checked("Away", None, failure=failure),
        checked("Gone", 50, expired=True),
        checked("Also fine", 99),
    ]
    text, code = plugin_output(checks, NONE, several=True)
    lines = text.splitlines()
    assert code == 2
    assert lines[0] == (
        "SE RANKING CRITICAL - 5 accounts: 1 CRITICAL, 1 UNKNOWN, 1 WARNING, 2 OK | 'Gone balance USD'=50;10;;0 "
        "'Low balance USD'=3.5;10;;0 'Fine balance USD'=1234.5;10;;0 'Also fine balance USD'=99;10;;0"
    )
    assert [line.split(":")[0] for line in lines[1:]] == ["Gone", "Away", "Low", "Fine", "Also fine"]
    assert (
        lines[3] == "Low: LOW BALANCE - Balance 3.50 USD is below your threshold of 10.00 USD — top up in SE Ranking."
    )


def test_one_account_with_all_is_still_the_summary_form() -> None:
    text, code = plugin_output([checked("Jane")], NONE, several=True)
    assert code == 0
    assert text.splitlines() == [
        "SE RANKING OK - 1 account: 1 OK | 'Jane balance USD'=1234.5;10;;0",
        "Jane: OK - Balance 1,234.50 USD · Subscription active",
    ]


def test_forecast_and_credits_perfdata_with_their_thresholds() -> None:
    credits = Credits("active", None, NOW + timedelta(days=20, hours=1), 10000, 4000)
    forecast = Forecast(12.5, 98.76, None)
    rules = AlertRules(low_balance_threshold=25, running_low_days=5, credits_low_percent=10, expiry_warning_days=14)
    one = checked("Jane", forecast=forecast, credits=credits, rules=rules)
    text, _ = plugin_output([one], CriticalLimits(balance=5, days=3), several=False)
    assert text.split(" | ")[1] == (
        "'Jane balance USD'=1234.5;25;5;0 'Jane balance days left'=98.76;5;3;0 "
        "'Jane credits left'=4000;1000;;0;10000 'Jane credits days to expiry'=20;14;3"
    )


def test_zero_turns_a_warning_off_and_leaves_its_field_empty() -> None:
    rules = AlertRules(running_low_days=0)
    one = checked("Jane", forecast=Forecast(1.0, 40.0, None), rules=rules)
    assert plugin_output([one], NONE, several=False)[0].endswith("'Jane balance days left'=40;;;0")


def test_critical_levels_raise_ok_and_warning_to_critical_and_say_why() -> None:
    low = checked("Low", 3.5)
    assert plugin_code(low, CriticalLimits(balance=3.0)) == 1
    text, code = plugin_output([low], CriticalLimits(balance=5.0), several=False)
    assert code == 2
    assert text.startswith(
        "SE RANKING CRITICAL - Low: LOW BALANCE - Balance 3.50 USD is below the critical level of 5.00 USD"
    )
    soon = checked("Soon", forecast=Forecast(10.0, 2.4, None))
    assert plugin_code(soon, CriticalLimits(days=3)) == 2
    assert plugin_code(soon, CriticalLimits(days=2)) == 1  # running low (within 7 days) but not yet critical
    assert (
        "runs out in about 2 days, within the critical 3 days"
        in plugin_output([soon], CriticalLimits(days=3), several=False)[0]
    )
    failure = Failure(ErrorKind.NETWORK, "refused", None, "balance")
    assert plugin_code(checked("Away", None, failure=failure), CriticalLimits(balance=1e9, days=365)) == 3


@pytest.mark.parametrize(
    ("label", "quoted"),
    [
        ("plain", "plain"),
        ("with space", "'with space'"),
        ("O'Brien media", "'O''Brien media'"),
        ("a=b|c", "a-b/c"),
        ("  many   spaces ", "'many spaces'"),
    ],
)
def test_labels_are_quoted_and_escaped_as_the_guidelines_say(label: str, quoted: str) -> None:
    assert quote_label(label) == quoted


def test_numbers_are_plain_decimals_and_trailing_empty_fields_go() -> None:
    assert perf_item("x", 1234567.891234) == "x=1234567.8912"
    assert perf_item("x", 0.0125, None, None, 0) == "x=0.0125;;;0"
    assert perf_item("x", -0.00001) == "x=0"
    assert perf_item("x", 5, unit="%") == "x=5%"
    assert perf_item("x", float("nan")) == "x=U"


def test_a_pipe_in_a_message_cannot_start_the_perfdata() -> None:
    text, _ = plugin_output([checked("A|B")], NONE, several=False)
    assert text.count("|") == 1
    assert unknown_output("No account is called x|y") == "SE RANKING UNKNOWN - No account is called x/y"


@pytest.mark.parametrize(
    ("text", "listen_any", "expected"),
    [
        ("127.0.0.1:9184", False, ("127.0.0.1", 9184)),
        (":9184", False, ("127.0.0.1", 9184)),
        ("[::1]:0", False, ("::1", 0)),
        ("localhost:80", False, ("localhost", 80)),
        ("0.0.0.0:9184", True, ("0.0.0.0", 9184)),
    ],
)
def test_serve_addresses(text: str, listen_any: bool, expected: tuple[str, int]) -> None:
    assert listen_address(text, listen_any) == expected


@pytest.mark.parametrize("text", ["0.0.0.0:9184", "192.0.2.1:80", "example.com:80", "9184", "127.0.0.1:x"])
def test_serve_refuses_other_addresses_without_listen_any(text: str) -> None:
    with pytest.raises(ValueError, match=r"loopback|HOST:PORT"):
        listen_address(text, False)
