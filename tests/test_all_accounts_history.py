"""Every account has a history (issue 13): the scheduler's checks of several accounts record into one store shared by
their threads, each account is forecast (so any of them can run low), its last readings are restored at start, and
the account window charts the account chosen in its list."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harness.faults import FakeSeRanking
from harness.tray_app import wait_until
from seranking_tray.api.client import RetryPolicy
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.health import Health
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.readings import Reading
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.gui.app_accounts import SeveralAccounts
from seranking_tray.gui.icons import IconStyle
from seranking_tray.gui.tray import TrayIcon
from seranking_tray.service.account_list import Entry
from seranking_tray.service.monitor import AccountMonitor, restored_outcome
from seranking_tray.service.schedule import Scheduler
from seranking_tray.store import history as history_module
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import Settings

SETTINGS = Settings(check_deadline=5.0, connect_timeout=2.0, read_timeout=4.0)  # running low within 7 days
FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.001, max_delay=0.002)
FIRST = AccountConfig(AccountId("acct-first"), "First")
STEADY = AccountConfig(AccountId("acct-steady"), "Steady")  # spends 5 a day: ~14 days left at 70
FALLING = AccountConfig(AccountId("acct-falling"), "Falling")  # spends 10 a day: ~2 days left at 20
BALANCES = {STEADY.id: 70.0, FALLING.id: 20.0}  # what the fake answers now


def usd(value: float) -> dict[str, object]:
    return {"currency": "USD", "currency_code": "USD", "value": value}


def past(config: AccountConfig, now_balance: float, daily: float, now: datetime) -> list[Reading]:
    """Four days of readings every six hours, falling by `daily` a day to just above `now_balance`."""
    steps = 16
    out = []
    for i in range(steps):
        at = now - timedelta(hours=6 * (steps - i))
        value = round(now_balance + daily * (steps - i) / 4, 2)
        out.append(Reading(config.label, at, at, value, "USD", "subscription", False, "ok", config.id))
    return out


def seed(store: HistoryStore) -> None:
    now = datetime.now(UTC)
    store.record_many(past(STEADY, BALANCES[STEADY.id], 5.0, now) + past(FALLING, BALANCES[FALLING.id], 10.0, now))


@pytest.fixture
def fake() -> Iterator[tuple[FakeSeRanking, dict[AccountId, Account]]]:
    """The loopback fake with a key per account, each answering its own (lower) balance."""
    keys = {c.id: secrets.token_hex(20) for c in (FIRST, STEADY, FALLING)}
    with FakeSeRanking(keys[FIRST.id]) as server:
        for ident, value in BALANCES.items():
            server.set_key_state(keys[ident], balance=usd(value))
        accounts = {
            c.id: Account(c, server.url, ApiKey(keys[c.id]), KeySource.KEYRING) for c in (FIRST, STEADY, FALLING)
        }
        yield server, accounts


def test_threads_share_one_store_safely(tmp_path: Path) -> None:
    # The scheduler checks each account in a thread of its own; all of them record into one store.
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    start = datetime(2026, 11, 1, tzinfo=UTC)
    stored: list[int] = []

    def write(n: int) -> None:
        config = AccountConfig(AccountId(f"t{n}"), f"T{n}")
        for i in range(25):
            at = start + timedelta(minutes=i)
            reading = Reading(config.label, at, at, 100.0 - i, "USD", "subscription", False, "ok", config.id)
            stored.append(int(store.record(reading)))
            store.forecast(config.id, at)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.take_warnings() == ()
    assert sum(stored) == 150 and len(store.readings()) == 150
    store.close(final=True)
    assert store.readings() == [] and not store.record(Reading("x", start, start, 1, "USD", None, None, "ok"))
    assert HistoryStore.open(tmp_path / "history.sqlite3").readings(AccountId("t0"))[-1].balance == 76.0


def test_every_account_on_the_scheduler_is_recorded_and_forecast(
    tmp_path: Path, fake: tuple[FakeSeRanking, dict[AccountId, Account]]
) -> None:
    _server, accounts = fake
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    seed(store)
    monitors = [
        AccountMonitor(accounts[c.id], SETTINGS, store, interval_override=60, retry=FAST_RETRY)
        for c in (STEADY, FALLING)
    ]
    outcomes: dict[str, CheckOutcome] = {}
    scheduler = Scheduler(monitors, lambda o: outcomes.setdefault(o.account.id, o), spread=0.2)
    scheduler.start()
    try:
        wait_until(lambda: len(outcomes) == 2, 20, "a check of each account")
    finally:
        scheduler.stop()
        for monitor in monitors:
            monitor.close()
    steady, falling = outcomes[STEADY.id], outcomes[FALLING.id]
    assert steady.assessment.health is Health.OK and steady.recorded
    assert falling.assessment.health is Health.RUNNING_LOW, falling.assessment.message
    assert falling.recorded and falling.forecast is not None and falling.forecast.days_left is not None
    assert 1.5 < falling.forecast.days_left < 2.5
    assert store.take_warnings() == ()
    for config in (STEADY, FALLING):  # the checks (from the scheduler's threads) are in the history
        assert store.last_reading(config.id) == store.readings(config.id)[-1]
        assert store.readings(config.id)[-1].balance == BALANCES[config.id]
    store.close()


def several_watching(
    qtbot: QtBot, tmp_path: Path, accounts: dict[AccountId, Account]
) -> tuple[SeveralAccounts, HistoryStore]:
    path = tmp_path / "history.sqlite3"
    with HistoryStore.open(path) as store:
        seed(store)
    several = SeveralAccounts(TrayIcon(demo=False, style=IconStyle.COLOUR), lambda: None)
    opened: list[HistoryStore] = []

    def open_history() -> HistoryStore:
        opened.append(HistoryStore.open(path))
        return opened[-1]

    entries = [Entry(accounts[c.id]) for c in (FIRST, STEADY, FALLING)]
    # A long interval: the first checks are spread over 10 s, so the restored views show before the checks.
    several.watch(SETTINGS, lambda: entries, FIRST.id, 60, open_history)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5000)
    return several, opened[0]


def test_the_gui_model_restores_then_forecasts_each_account(
    qtbot: QtBot, tmp_path: Path, fake: tuple[FakeSeRanking, dict[AccountId, Account]]
) -> None:
    _server, accounts = fake
    several, _store = several_watching(qtbot, tmp_path, accounts)
    try:
        model = several.model
        qtbot.waitUntil(lambda: all(model.get(c.id) is not None for c in (STEADY, FALLING)), timeout=5000)
        qtbot.waitUntil(lambda: (v := model.get(FALLING.id)) is not None and v.health is not None, timeout=5000)
        falling = model.get(FALLING.id)
        assert falling is not None
        # Restored from the history (its first check is 5 s away), forecast from it, stale until checked.
        assert falling.stale and falling.last_attempt_at is None and falling.health is Health.RUNNING_LOW
        assert falling.balance is not None and falling.balance.value == BALANCES[FALLING.id] + 2.5
        qtbot.waitUntil(
            lambda: (v := model.get(FALLING.id)) is not None and v.last_attempt_at is not None, timeout=20000
        )
        falling = model.get(FALLING.id)
        assert falling is not None and falling.health is Health.RUNNING_LOW and not falling.stale
        assert falling.balance is not None and falling.balance.value == BALANCES[FALLING.id]
        assert [v.account.label for v in model.attention()] == ["Falling"]
    finally:
        several.stop()


def test_the_account_window_charts_the_chosen_account(
    qtbot: QtBot, tmp_path: Path, fake: tuple[FakeSeRanking, dict[AccountId, Account]]
) -> None:
    _server, accounts = fake
    several, _store = several_watching(qtbot, tmp_path, accounts)
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: len(several.model) == 3, timeout=5000)
        several.attach(window)
        first_readings = past(FIRST, 500.0, 1.0, datetime.now(UTC))
        window.set_history(first_readings, 10.0, None)

        def chart_values() -> set[float]:
            return {s.balance for s in window.chart.canvas.visible_samples}

        window.show_account(FALLING.id)
        assert not window.chart.isHidden()
        qtbot.waitUntil(lambda: max(chart_values(), default=0) == BALANCES[FALLING.id] + 40, timeout=5000)
        assert chart_values() <= {r.balance for r in past(FALLING, BALANCES[FALLING.id], 10.0, datetime.now(UTC))}
        window.show_account(STEADY.id)  # another row: its own readings, never the previous account's
        assert chart_values() == set()
        qtbot.waitUntil(lambda: max(chart_values(), default=0) == BALANCES[STEADY.id] + 20, timeout=5000)
        window.show_account(FIRST.id)  # the first account's chart comes from its worker, kept by the window
        assert chart_values() == {r.balance for r in first_readings}
    finally:
        several.stop()


def test_a_restored_reading_never_replaces_a_check_that_answered_first(
    qtbot: QtBot, fake: tuple[FakeSeRanking, dict[AccountId, Account]]
) -> None:
    _server, accounts = fake
    several = SeveralAccounts(TrayIcon(demo=False, style=IconStyle.COLOUR), lambda: None)
    several.model.set_accounts(accounts.values())
    with HistoryStore.in_memory() as store:
        seed(store)
        restored = store.restore(FALLING.id)
    assert restored is not None
    checked = AccountMonitor(accounts[FALLING.id], SETTINGS, retry=FAST_RETRY)
    try:
        outcome = checked.check()
    finally:
        checked.close()
    several._on_checked(outcome)
    several._on_restored(restored_outcome(accounts[FALLING.id], restored, SETTINGS.rules))
    view = several.model.get(FALLING.id)
    assert view is not None and not view.stale and view.balance is not None
    assert view.balance.value == BALANCES[FALLING.id]  # the check's, not the stored 22.5


def test_two_stores_finding_the_same_damaged_file_keep_one_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first account's store and the other accounts' open the file at the same time at start: when both find
    # it damaged, the one that comes second must not move the other's brand new file aside.
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not an SQLite database\n" * 200)
    real_identity = history_module._identity
    looked: list[Path] = []
    other: list[HistoryStore] = []

    def the_other_repairs_it_first(file: Path) -> tuple[int, int] | None:
        looked.append(file)
        if len(looked) == 2:  # this store found the damage; the other one, opening meanwhile, repairs it first
            other.append(HistoryStore(path))
            assert other[0].available
        return real_identity(file)

    monkeypatch.setattr(history_module, "_identity", the_other_repairs_it_first)
    late = HistoryStore.open(path)
    monkeypatch.undo()
    (first,) = other
    assert len(list(tmp_path.glob("history.sqlite3.corrupt-*[0-9TZ]"))) == 1
    now = datetime.now(UTC)
    assert first.record(Reading("A", now, now, 5.0, "USD", None, None, "ok", AccountId("a")))
    assert [r.balance for r in late.readings(AccountId("a"))] == [5.0]  # one file, shared
    assert late.take_warnings() == () and len(first.take_warnings()) == 1  # said once
    first.close()
    late.close()
