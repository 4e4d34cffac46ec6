"""The running-low state: health rules, the view's forecast line, the stale view restored at start, and how the
tray presents them (amber icon, menu and tooltip text)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import (
    AccountView,
    apply_outcome,
    forecast_phrase,
    glance_line,
    restored_view,
    short_date,
)
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.health import Health, assess
from seranking_tray.domain.models import Balance, Failure, Profile, Snapshot, Subscription
from seranking_tray.domain.readings import Reading, Restored
from seranking_tray.domain.rules import AlertRules
from seranking_tray.domain.wording import STATE_WORDS
from seranking_tray.gui import presentation
from seranking_tray.gui.icons import IconState
from seranking_tray.service.monitor import judge, restored_outcome
from seranking_tray.store.settings import parse_settings

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
ACCOUNT = Account(AccountConfig(AccountId("a1"), "default"), "https://api4.seranking.com", None)
ACTIVE = Subscription("subscription", False, None)
PROFILE = Profile("Jane", "Roe", "jane@example.com", True, "en", None)


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dates are shown in local time: pin it, so "6 Dec" does not depend on where the tests run."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def money(value: float, code: str) -> str:
    return f"{code} {value:.2f}"


def rules(threshold: float, running_low_days: int = 7) -> AlertRules:
    return AlertRules(low_balance_threshold=threshold, running_low_days=running_low_days)


def apply_snapshot(
    view: AccountView, snapshot: Snapshot, threshold: float, forecast: Forecast | None = None, running_low_days: int = 7
) -> AccountView:
    """A check's outcome, as the pipeline judges it (with the forecast it made), applied to the view."""
    return apply_outcome(view, judge(view.account, snapshot, rules(threshold, running_low_days), forecast))


def restored(reading: Reading, threshold: float, forecast: Forecast | None = None) -> AccountView:
    outcome = restored_outcome(ACCOUNT, Restored(reading, forecast or Forecast()), rules(threshold))
    return restored_view(outcome)


def ahead(days: float, spend: float = 5.0) -> Forecast:
    return Forecast(daily_spend=spend, days_left=days, runs_out_at=NOW + timedelta(days=days))


def good(value: float, at: datetime = NOW, subscription: Subscription = ACTIVE) -> Snapshot:
    return Snapshot(at, Balance(value, "USD"), subscription, PROFILE)


def failed(at: datetime) -> Snapshot:
    failure = Failure(ErrorKind.NETWORK, "The connection to SE Ranking was refused.")
    return Snapshot(at, failures={"balance": failure, "subscription": failure, "profile": failure})


# --- health ----------------------------------------------------------------------------------------------------


def test_running_low_within_the_warning_days() -> None:
    result = assess(good(60), rules(10, 7), ahead(6.5, 9.2))
    assert result.health is Health.RUNNING_LOW
    assert result.health.exit_code == 1
    assert result.message == (
        "Balance 60.00 USD runs out in about 7 days (on 2026-12-01) at 9.20 USD a day — top up in SE Ranking."
    )
    assert "\n" not in result.message


@pytest.mark.parametrize(
    ("forecast", "days", "health"),
    [
        (ahead(7.0), 7, Health.RUNNING_LOW),  # "within 7 days" includes the 7th
        (ahead(7.01), 7, Health.OK),
        (ahead(3), 0, Health.OK),  # 0 turns the warning off
        (Forecast(daily_spend=0.0), 7, Health.OK),  # nothing spent
        (Forecast(), 7, Health.OK),  # too little history
        (None, 7, Health.OK),
    ],
)
def test_running_low_boundaries(forecast: Forecast | None, days: int, health: Health) -> None:
    assert assess(good(60), rules(10, days), forecast).health is health


def test_low_balance_and_expired_still_win() -> None:
    assert assess(good(9.99), rules(10), ahead(1)).health is Health.LOW_BALANCE
    expired = Subscription("subscription", True, None)
    assert assess(good(60, subscription=expired), rules(10), ahead(1)).health is Health.EXPIRED
    assert assess(failed(NOW), rules(10), ahead(1)).health is Health.ERROR


def test_the_setting_defaults_to_seven_days_and_is_clamped() -> None:
    assert parse_settings({}).settings.running_low_days == 7
    loaded = parse_settings({"running_low_days": 1000})
    assert loaded.settings.running_low_days == 365
    assert loaded.warnings
    assert parse_settings({"running_low_days": -3}).settings.running_low_days == 0


# --- the view --------------------------------------------------------------------------------------------------


def test_the_glance_line_says_how_long_it_lasts() -> None:
    view = apply_snapshot(AccountView(ACCOUNT), good(60), 10, ahead(12), running_low_days=7)
    assert view.health is Health.OK
    assert glance_line(view, NOW, money) == (
        "Jane Roe — USD 60.00 · ≈ 12 days left (until 6 Dec) · Subscription active · updated just now"
    )
    view = apply_snapshot(view, good(30), 10, ahead(6), running_low_days=7)
    assert view.health is Health.RUNNING_LOW
    assert glance_line(view, NOW, money) == (
        "Jane Roe — USD 30.00 · ≈ 6 days left (until 30 Nov) · Subscription active · updated just now · Running low"
    )


def test_a_failed_check_keeps_the_last_forecast() -> None:
    view = apply_snapshot(AccountView(ACCOUNT), good(60), 10, ahead(6))
    view = apply_snapshot(view, failed(NOW + timedelta(minutes=15)), 10)
    assert view.health is Health.ERROR
    assert view.forecast == ahead(6)
    view = apply_snapshot(view, good(60, NOW + timedelta(minutes=30)), 10)  # a success without a forecast
    assert view.forecast is None


def test_the_forecast_phrase_counts_down_from_now() -> None:
    assert forecast_phrase(ahead(12), NOW + timedelta(days=2)) == "≈ 10 days left (until 6 Dec)"
    assert forecast_phrase(ahead(12), NOW + timedelta(days=11, hours=18)) == "≈ less than a day left (until 6 Dec)"
    assert forecast_phrase(ahead(12), NOW + timedelta(days=13)) == "≈ used up by now (forecast for 6 Dec)"
    assert forecast_phrase(ahead(400), NOW) == "≈ 400 days left (until 29 Dec 2027)"
    assert forecast_phrase(Forecast(daily_spend=0.0), NOW) is None
    assert forecast_phrase(None, NOW) is None
    assert short_date(NOW.date(), NOW.date()) == "24 Nov"


def test_the_last_reading_is_shown_stale_until_a_check_answers() -> None:
    at = NOW - timedelta(hours=3)
    reading = Reading("default", at - timedelta(days=1), at, 60.0, "USD", "subscription", False, "running_low")
    view = restored(reading, 10, ahead(6))
    assert view.stale
    assert view.health is Health.RUNNING_LOW
    assert view.balance == Balance(60.0, "USD")
    assert view.data_checked_at == at
    line = glance_line(view, NOW, money)
    assert line.startswith("SE Ranking account — USD 60.00 · ≈ 6 days left")
    assert "last known (stale, updated 3 h ago)" in line
    assert presentation.balance_text(view).startswith("Balance: $60.00 (stale)")
    # Offline at start: the check fails, the stored figures stay, still stale.
    offline = apply_snapshot(view, failed(NOW), 10)
    assert offline.health is Health.ERROR and offline.stale and offline.balance == Balance(60.0, "USD")
    assert "last known USD 60.00" in glance_line(offline, NOW, money)
    # Online: fresh figures.
    fresh = apply_snapshot(offline, good(58, NOW + timedelta(minutes=1)), 10, ahead(5.8))
    assert not fresh.stale and fresh.health is Health.RUNNING_LOW


def test_a_restored_expired_subscription_is_expired() -> None:
    reading = Reading("default", NOW, NOW, 500.0, "USD", "trial", True, "expired")
    assert restored(reading, 10).health is Health.EXPIRED


# --- the tray's presentation ----------------------------------------------------------------------------------


def test_running_low_is_amber_not_red() -> None:
    view = apply_snapshot(AccountView(ACCOUNT), good(30), 10, ahead(6))
    assert presentation.icon_state(view, has_key=True) is IconState.RUNNING_LOW
    low = apply_snapshot(view, good(5), 10, ahead(1))
    assert presentation.icon_state(low, has_key=True) is IconState.LOW_BALANCE


def test_every_health_has_words_and_an_icon() -> None:
    for health in Health:
        view = replace(AccountView(ACCOUNT), health=health)
        assert STATE_WORDS[health]
        assert presentation.icon_state(view, has_key=True) in IconState


def test_menu_and_tooltip_show_the_forecast() -> None:
    # Relative to the real clock: the menu is built "now".
    now = datetime.now(UTC)
    forecast = Forecast(daily_spend=5.0, days_left=12.0, runs_out_at=now + timedelta(days=12, minutes=1))
    view = apply_snapshot(AccountView(ACCOUNT), good(60, now), 10, forecast)
    phrase = forecast_phrase(forecast, now)
    assert phrase is not None and phrase.startswith("≈ 12 days left (until ")
    assert presentation.balance_text(view) == f"Balance: $60.00 · {phrase}"
    assert presentation.balance_text(view, with_forecast=False) == "Balance: $60.00"
    assert presentation.forecast_text(view) == phrase
    assert phrase in presentation.tooltip(view, has_key=True, demo=False)
