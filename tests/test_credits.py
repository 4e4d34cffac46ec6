"""Data API credits: parsing `/v1/account/subscription`, the words, and the health they give (issue 14)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from seranking_tray.api.transport import http_error
from seranking_tray.domain.credit_words import compact_units, describe_credits
from seranking_tray.domain.credits import Credits, parse_credits
from seranking_tray.domain.errors import CheckError, ErrorKind
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.health import PRECEDENCE, Health, assess, worst
from seranking_tray.domain.meters import Meter, MeterState
from seranking_tray.domain.models import Balance, Failure, Snapshot, Subscription, parse_users_me
from seranking_tray.domain.rules import AlertRules

NOW = datetime(2026, 11, 30, 12, 0, 0, tzinfo=UTC)
ACTIVE = Subscription("subscription", False, None)


def body(**info: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "status": "active",
        "start_date": "2026-04-17 10:00:00",
        "expiraton_date": "2027-04-17 10:00:00",
        "units_limit": 101323444,
        "units_left": 90055398,
    }
    base.update(info)
    return {"subscription_info": {k: v for k, v in base.items() if v is not ...}}


def credits(**values: Any) -> Credits:
    fields: dict[str, Any] = {
        "status": "active",
        "start_date": None,
        "expires_at": NOW + timedelta(days=138, hours=3),
        "units_limit": 101323444.0,
        "units_left": 90055398.0,
    }
    fields.update(values)
    return Credits(**fields)


# --- parsing -------------------------------------------------------------------------------------------


def test_the_real_answers_misspelled_expiry_key() -> None:
    parsed = parse_credits(body())
    assert parsed.expires_at == datetime(2027, 4, 17, 10, 0, 0, tzinfo=UTC)  # no zone: taken as UTC
    assert parsed.start_date == datetime(2026, 4, 17, 10, 0, 0, tzinfo=UTC)
    assert (parsed.units_limit, parsed.units_left, parsed.status) == (101323444, 90055398, "active")


def test_the_documented_expiry_key() -> None:
    parsed = parse_credits(body(expiraton_date=..., expiration_date="2027-01-02 03:04:05"))
    assert parsed.expires_at == datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_date_only_and_null_dates() -> None:
    assert parse_credits(body(expiraton_date="2027-01-02")).expires_at == datetime(2027, 1, 2, tzinfo=UTC)
    parsed = parse_credits(body(expiraton_date=None, start_date=None))
    assert parsed.expires_at is None and parsed.start_date is None
    assert parse_credits(body(expiraton_date=...)).expires_at is None


@pytest.mark.parametrize("status", ["active", "inactive", "expired", "disabled", "paused_by_admin", "ACTIVE"])
def test_every_status_kept(status: str) -> None:
    assert parse_credits(body(status=status)).status == status.lower()


def test_numbers_as_strings() -> None:
    parsed = parse_credits(body(units_limit="25000", units_left="1,250.5"))
    assert (parsed.units_limit, parsed.units_left) == (25000.0, 1250.5)


def test_units_limit_zero_is_no_credit_subscription() -> None:
    parsed = parse_credits(body(units_limit=0, units_left=0, status="expired", expiraton_date="2020-01-01"))
    assert not parsed.subscribed
    assert not parsed.ended(NOW)  # its status and dates never matter
    snapshot = Snapshot(NOW, credits=parsed, skipped={Meter.PROJECT: MeterState.OFF})
    assert snapshot.meter_state(Meter.CREDITS) is MeterState.NONE
    assert assess(snapshot).health is Health.OK
    assert "no credit subscription" in assess(snapshot).message


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ([], "expected a JSON object"),
        ({}, "'subscription_info' is missing"),
        ({"subscription_info": "x"}, "'subscription_info' is not an object"),
        (body(units_left=...), "'subscription_info.units_left' is missing"),
        (body(units_limit="lots"), "'subscription_info.units_limit' should be a number"),
        (body(units_left=True), "'subscription_info.units_left' should be a number"),
        (body(units_left=-5), "'subscription_info.units_left'"),
        (body(expiraton_date="next spring"), "'subscription_info.expiraton_date' should be a date"),
        (body(start_date=12), "'subscription_info.start_date' should be a date"),
        (body(status=3), "'subscription_info.status' should be text"),
    ],
)
def test_malformed_bodies_are_bad_response_naming_the_field(data: object, field: str) -> None:
    with pytest.raises(CheckError) as caught:
        parse_credits(data)
    assert caught.value.kind is ErrorKind.BAD_RESPONSE
    assert field in caught.value.message
    assert "/v1/account/subscription" in caught.value.message


@pytest.mark.parametrize(
    ("status", "payload", "kind", "words"),
    [
        (
            401,
            {"error": {"code": 401, "message": "Unauthorized", "description": "Bad token"}},
            ErrorKind.AUTH,
            "Bad token",
        ),
        (401, {"message": "Invalid token"}, ErrorKind.AUTH, "Invalid token"),
        (
            429,
            {"error": {"code": 429, "message": "Too Many Requests", "description": "slow"}},
            ErrorKind.RATE_LIMITED,
            "Too Many",
        ),
        (402, {"message": "Insufficient Funds"}, ErrorKind.PAYMENT, "Insufficient Funds"),
        (404, {"error": {"code": 404, "message": "Not found"}}, ErrorKind.GONE, "retired"),
        (410, {"message": "Gone"}, ErrorKind.GONE, "retired"),
    ],
)
def test_both_error_envelopes(status: int, payload: object, kind: ErrorKind, words: str) -> None:
    raw = json.dumps(payload).encode()
    error = http_error(status, raw, "application/json", {}, "/v1/account/subscription")
    assert error.kind is kind
    assert words in error.message
    assert error.kind.retryable is (kind is ErrorKind.RATE_LIMITED)


def test_users_me_parsed_tolerantly() -> None:
    assert parse_users_me({"first_name": "Jo", "email": "jo@example.com"}).display_name == "Jo"
    assert parse_users_me({"user": {"account_first_name": "Al", "account_last_name": "Bo"}}).full_name == "Al Bo"
    assert parse_users_me({"data": {"email": "x@example.com"}}).display_name == "x@example.com"


# --- words ---------------------------------------------------------------------------------------------


def test_the_credits_line() -> None:
    assert compact_units(90055398) == "90.1 M"
    assert compact_units(25000) == "25 K"
    line = describe_credits(credits(units_limit=101323444.0), NOW)
    assert line == "API credits 90.1 M of 101.3 M · until 17 Apr 2027 (138 days)"


# --- health --------------------------------------------------------------------------------------------


def snap(c: Credits | None, balance: float | None = 500.0, **kw: Any) -> Snapshot:
    project = {} if balance is not None else {"skipped": {Meter.PROJECT: MeterState.OFF}}
    return Snapshot(
        NOW,
        balance=None if balance is None else Balance(balance, "USD"),
        subscription=None if balance is None else ACTIVE,
        credits=c,
        **project,
        **kw,
    )


def test_precedence_and_exit_codes_as_the_issue_table() -> None:
    # Issue 15 adds attention just above ok.
    assert [h.value for h in PRECEDENCE] == [
        "expired", "error", "low_balance", "credits_low", "running_low", "expiring_soon", "attention", "ok",
    ]  # fmt: skip
    assert [h.exit_code for h in PRECEDENCE] == [2, 3, 1, 1, 1, 1, 1, 0]
    assert worst([Health.OK, Health.EXPIRING_SOON, Health.CREDITS_LOW]) is Health.CREDITS_LOW
    assert worst([Health.ERROR, Health.EXPIRED]) is Health.EXPIRED


def test_healthy_credits_alone_are_ok() -> None:
    result = assess(snap(credits(), balance=None))
    assert result.health is Health.OK
    assert "API credits 90.1 M of 101.3 M" in result.message


def test_credits_low_under_the_percent() -> None:
    result = assess(snap(credits(units_left=9_000_000.0)))
    assert result.health is Health.CREDITS_LOW
    assert "API credits" in result.message
    assert assess(snap(credits(units_left=11_000_000.0))).health is Health.OK
    assert assess(snap(credits(units_left=9_000_000.0)), AlertRules(credits_low_percent=5)).health is Health.OK


def test_low_balance_beats_credits_low() -> None:
    assert assess(snap(credits(units_left=1.0), balance=1.0)).health is Health.LOW_BALANCE


@pytest.mark.parametrize(
    ("days", "hours", "health"), [(7, 23, Health.EXPIRING_SOON), (8, 0, Health.OK), (0, 2, Health.EXPIRING_SOON)]
)
def test_expiring_soon_by_whole_days_rounded_down(days: int, hours: int, health: Health) -> None:
    result = assess(snap(credits(expires_at=NOW + timedelta(days=days, hours=hours))))
    assert result.health is health
    if health is Health.EXPIRING_SOON:
        assert "API credits expires" in result.message or "API credits" in result.message


def test_expiry_warning_off_with_zero() -> None:
    soon = snap(credits(expires_at=NOW + timedelta(days=2)))
    assert assess(soon, AlertRules(expiry_warning_days=0)).health is Health.OK


@pytest.mark.parametrize("status", ["expired", "inactive", "disabled"])
def test_ended_statuses_are_expired(status: str) -> None:
    result = assess(snap(credits(status=status)))
    assert result.health is Health.EXPIRED
    assert result.health.exit_code == 2
    assert "API credits" in result.message


def test_a_passed_date_is_expired_and_beats_error() -> None:
    past = credits(expires_at=NOW - timedelta(hours=1))
    failure = Failure(ErrorKind.SERVER, "boom", 500, "balance")
    result = assess(Snapshot(NOW, subscription=ACTIVE, credits=past, failures={"balance": failure}))
    assert result.health is Health.EXPIRED


def test_a_gone_meter_does_not_blank_the_other() -> None:
    gone = Failure(ErrorKind.GONE, "/account/balance was not found", 404, "balance")
    snapshot = Snapshot(NOW, credits=credits(), failures={"balance": gone, "subscription": gone})
    assert snapshot.meter_state(Meter.PROJECT) is MeterState.GONE
    assert assess(snapshot).health is Health.OK


def test_everything_gone_is_error_of_kind_gone() -> None:
    gone = Failure(ErrorKind.GONE, "not found", 404, "balance")
    snapshot = Snapshot(NOW, failures={"balance": gone, "subscription": gone, "credits": gone})
    result = assess(snapshot)
    assert result.health is Health.ERROR
    assert result.failure is not None and result.failure.kind is ErrorKind.GONE


def test_a_failing_credits_meter_is_error() -> None:
    failure = Failure(ErrorKind.SERVER, "boom", 500, "credits")
    snapshot = snap(None, failures={"credits": failure})
    assert snapshot.meter_state(Meter.CREDITS) is MeterState.ERROR
    assert assess(snapshot).health is Health.ERROR


def test_credits_run_out_within_the_warning_days_is_running_low() -> None:
    soon = Forecast(daily_spend=20_000_000.0, days_left=4.5, runs_out_at=NOW + timedelta(days=4.5))
    result = assess(snap(credits()), credits_forecast=soon)
    assert result.health is Health.RUNNING_LOW
    assert "API credits" in result.message
