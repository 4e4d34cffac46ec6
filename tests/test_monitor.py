"""The Qt-free check pipeline (`service.monitor`): one account's checks against the loopback fake — record,
forecast, assess once, backoff after transient errors, pause after a rejected key — and the CLI's use of it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from harness.faults import FakeSeRanking, Fault
from seranking_tray.api.client import RetryPolicy
from seranking_tray.domain import account_view
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.account_view import AccountView, apply_outcome, restored_view
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.health import Health
from seranking_tray.domain.models import Balance, Failure, Snapshot, Subscription
from seranking_tray.domain.readings import Reading, Restored
from seranking_tray.service import monitor as monitor_module
from seranking_tray.service.monitor import (
    MIN_ERROR_RETRY,
    AccountMonitor,
    check_once,
    next_delay,
    restored_outcome,
)
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import Settings

T0 = datetime(2026, 1, 1, tzinfo=UTC)
STEP = timedelta(minutes=15)
NO_RETRY = RetryPolicy(attempts=1)  # one request per check: a persistent fault fails the check at once

ACCOUNT = AccountConfig(AccountId("a1"), "default")


@pytest.fixture
def account(fake_api: FakeSeRanking, sentinel_key: str) -> Account:
    return Account(ACCOUNT, fake_api.url, ApiKey(sentinel_key), KeySource.ENVIRONMENT)


@pytest.fixture
def make_monitor(account: Account) -> Iterator[Callable[..., AccountMonitor]]:
    made: list[AccountMonitor] = []

    def make(history: HistoryStore | None = None, **settings: Any) -> AccountMonitor:
        monitor = AccountMonitor(account, Settings(**settings), history, retry=NO_RETRY)
        made.append(monitor)
        return monitor

    yield make
    for monitor in made:
        monitor.close()


@pytest.fixture
def assess_calls(monkeypatch: pytest.MonkeyPatch) -> list[Snapshot]:
    """Every assessment the pipeline makes, counted where it makes them."""
    calls: list[Snapshot] = []
    real = monitor_module.assess

    def counting(snapshot: Snapshot, *args: Any, **kwargs: Any) -> Any:
        calls.append(snapshot)
        return real(snapshot, *args, **kwargs)

    monkeypatch.setattr(monitor_module, "assess", counting)
    return calls


def snapshot(at: datetime, value: float | None) -> Snapshot:
    if value is None:
        failure = Failure(ErrorKind.NETWORK, "The connection to SE Ranking was refused.")
        return Snapshot(at, failures={"balance": failure, "subscription": failure, "profile": failure})
    return Snapshot(at, Balance(value, "USD"), Subscription("subscription", False, None))


def reading(at: datetime, balance: float) -> Reading:
    return Reading(ACCOUNT.label, at, at, balance, "USD", "subscription", False, "ok", ACCOUNT.id)


# --- against the fake API ---------------------------------------------------------------------------------------


def test_a_good_check_is_recorded_assessed_and_scheduled_at_the_interval(make_monitor) -> None:
    with HistoryStore.in_memory() as store:
        outcome = make_monitor(store, refresh_interval=900).check()
        assert outcome.snapshot.complete
        assert outcome.assessment.health is Health.OK
        assert outcome.recorded and len(store.readings(ACCOUNT.id)) == 1
        assert outcome.forecast is not None  # too little history to predict, but made
        assert not outcome.paused and outcome.next_delay == 900


def test_transient_errors_back_off_with_growing_delays_then_the_interval(make_monitor, fake_api) -> None:
    monitor = make_monitor(refresh_interval=900)
    fake_api.set_fault("balance", Fault(status=503))
    delays = [monitor.check().next_delay for _ in range(3)]
    assert delays == [MIN_ERROR_RETRY, 2 * MIN_ERROR_RETRY, 4 * MIN_ERROR_RETRY]
    fake_api.set_fault("balance", None)
    outcome = monitor.check()
    assert outcome.assessment.health is Health.OK and outcome.next_delay == 900


def test_a_rejected_key_pauses_until_resumed(make_monitor, fake_api) -> None:
    fake_api.key = "0" * 40
    monitor = make_monitor()
    outcome = monitor.check()
    assert outcome.assessment.health is Health.ERROR
    assert outcome.assessment.failure is not None and outcome.assessment.failure.kind is ErrorKind.AUTH
    assert outcome.paused and outcome.next_delay is None and monitor.paused
    view = apply_outcome(AccountView(outcome.account), outcome)
    assert view.paused  # the view shows the pipeline's pause: there is no other source
    monitor.resume()
    assert not monitor.paused and monitor.next_delay() == monitor.interval


def test_a_missing_endpoint_is_reported_neither_retried_sooner_nor_paused(make_monitor, fake_api) -> None:
    fake_api.set_fault("balance", Fault(status=404, body={"message": "Not found"}))
    outcome = make_monitor(refresh_interval=600).check()
    assert outcome.assessment.health is Health.ERROR
    # A 404 is `gone` since issue 14 (was bad_response): still neither retried sooner nor paused.
    assert outcome.assessment.failure is not None and outcome.assessment.failure.kind is ErrorKind.GONE
    assert not outcome.paused and outcome.next_delay == 600
    assert not outcome.recorded


def test_without_a_key_nothing_is_requested_and_the_check_is_paused(fake_api: FakeSeRanking) -> None:
    outcome = check_once(Account(ACCOUNT, fake_api.url, None), Settings())
    assert outcome.assessment.health is Health.ERROR
    assert outcome.assessment.failure is not None and outcome.assessment.failure.kind is ErrorKind.CONFIG
    assert outcome.paused
    assert fake_api.requests == []


def test_the_interval_override_caps_the_backoff(make_monitor, fake_api) -> None:
    fake_api.set_fault("balance", Fault(status=503))
    monitor = AccountMonitor(make_monitor().account, Settings(), interval_override=1, retry=NO_RETRY)
    try:
        assert monitor.check().next_delay == 1
    finally:
        monitor.close()


def test_backoff_rule() -> None:
    assert next_delay(900, 0, None) == 900
    assert [next_delay(900, n, None) for n in (1, 2, 3, 4, 5, 6)] == [30, 60, 120, 240, 480, 900]
    assert next_delay(60, 3, None) == 60  # never beyond the interval
    assert next_delay(900, 3, 1) == 1  # the debugging override caps the backoff


# --- recording and forecasting (was HistoryStore.record_check) ---------------------------------------------------


def test_successes_only_are_recorded_and_forecast_from_the_history(tmp_path: Path, account: Account) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        # Ten days at 10 a day, ending at 80 an hour ago.
        store.record_many(reading(T0 + i * timedelta(hours=1), 320 - 10 * i / 24) for i in range(24 * 24 + 1))
        now = T0 + timedelta(hours=24 * 24 + 1)
        monitor = AccountMonitor(account, Settings(low_balance_threshold=10, running_low_days=7), store)
        failed = monitor.conclude(snapshot(now, None))
        assert failed.assessment.health is Health.ERROR
        assert failed.forecast is None and not failed.recorded
        outcome = monitor.conclude(snapshot(now, 79.5))
        assert outcome.recorded
        assert outcome.forecast is not None and outcome.forecast.days_left is not None
        assert abs(outcome.forecast.days_left - 7.95) < 0.4
        assert outcome.assessment.health is Health.OK  # 7.95 days > 7
        outcome = monitor.conclude(snapshot(now + STEP, 69.5))
        assert outcome.assessment.health is Health.RUNNING_LOW
        last = store.last_reading(ACCOUNT.id)
        assert last is not None and (last.balance, last.health) == (69.5, "running_low")
        assert len(store.readings()) == 24 * 24 + 3  # the failed check left nothing
        monitor.close()


def test_the_restored_reading_is_an_outcome_shown_stale(account: Account) -> None:
    at = T0 - timedelta(hours=3)
    restored = Restored(reading(at, 5.0), Forecast())
    outcome = restored_outcome(account, restored, Settings().rules)
    assert outcome.restored and not outcome.paused
    view = restored_view(outcome)
    assert view.stale and view.last_attempt_at is None and view.data_checked_at == at
    assert view.health is Health.LOW_BALANCE


# --- assessed once ---------------------------------------------------------------------------------------------


def test_a_check_is_assessed_once_and_the_view_only_displays_it(make_monitor, assess_calls) -> None:
    with HistoryStore.in_memory() as store:
        outcome = make_monitor(store).check()
    assert len(assess_calls) == 1
    apply_outcome(AccountView(outcome.account), outcome)
    assert len(assess_calls) == 1
    assert "assess" not in vars(account_view)  # the views cannot assess: they do not even import it


def test_the_cli_status_assesses_its_check_once(
    assess_calls, fake_api: FakeSeRanking, sentinel_key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seranking_tray.cli.status import run_status

    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("SERANKING_API_KEY", sentinel_key)
    monkeypatch.setenv("SERANKING_API_URL", fake_api.url)
    assert run_status(as_json=True, low_balance=None) == 0
    assert len(assess_calls) == 1
    assert len(fake_api.requests_to("balance")) == 1
