"""At start the last credits reading is restored from the history like the balance (issue 14): shown, marked stale,
before the first check answers — for a Project key with credits and for a Data API key watched by its credits alone,
which the account window charts by its credits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import AccountView, glance_line, restored_view
from seranking_tray.domain.credits import Credits
from seranking_tray.domain.health import Health
from seranking_tray.domain.models import Balance, Snapshot, Subscription
from seranking_tray.domain.readings import credits_reading_from, reading_from
from seranking_tray.domain.rules import DEFAULT_RULES
from seranking_tray.gui import presentation
from seranking_tray.gui.account_window import AccountWindow, chart_money
from seranking_tray.service.monitor import chart_readings, restored_outcome
from seranking_tray.store.history import HistoryStore

CONFIG = AccountConfig(AccountId("acct-c"), "Agency")
ACCOUNT = Account(CONFIG, "https://api4.seranking.com", None)
NOW = datetime.now(UTC).replace(microsecond=0)
EXPIRES = NOW + timedelta(days=40)
CREDITS = Credits("active", NOW - timedelta(days=300), EXPIRES, 250000.0, 180000.0)


def money(value: float, code: str) -> str:
    return f"{code} {value:.2f}"


def recorded(balance: bool) -> HistoryStore:
    store = HistoryStore.in_memory()
    for hours in (48, 24, 1):  # three checks, the credits falling
        at = NOW - timedelta(hours=hours)
        credits = Credits("active", CREDITS.start_date, EXPIRES, 250000.0, 180000.0 + hours * 100)
        snapshot = Snapshot(
            at,
            Balance(75.0, "USD") if balance else None,
            Subscription("subscription", False, None) if balance else None,
            credits=credits,
        )
        readings = [credits_reading_from(CONFIG, snapshot, "ok")]
        if balance:
            readings.insert(0, reading_from(CONFIG, snapshot, "ok"))
        store.record_many(r for r in readings if r is not None)
    return store


def test_the_credits_limit_and_expiry_are_kept_with_their_reading() -> None:
    store = recorded(balance=True)
    last = store.last_reading(CONFIG.id, "credits")
    assert last is not None
    assert (last.balance, last.units_limit, last.expires_at) == (180100.0, 250000.0, EXPIRES)
    assert store.last_reading(CONFIG.id) is not None and store.last_reading(CONFIG.id).units_limit is None  # type: ignore[union-attr]


def test_the_last_credits_are_shown_stale_at_start_beside_the_balance() -> None:
    restored = recorded(balance=True).restore(CONFIG.id, NOW)
    assert restored is not None and restored.credits is not None and restored.credits_forecast is not None
    view = restored_view(restored_outcome(ACCOUNT, restored, DEFAULT_RULES))
    assert view.credits is not None
    assert (view.credits.units_left, view.credits.units_limit, view.credits.expires_at) == (180100.0, 250000.0, EXPIRES)
    assert view.balance is not None and view.balance.value == 75.0
    assert view.stale and view.health is Health.OK
    assert presentation.credits_field(view).startswith("180.1 K of 250 K · until ")
    assert presentation.credits_field(view).endswith(" (stale)")
    line = glance_line(view, NOW, money)
    assert "API credits 180.1 K of 250 K" in line and "last known (stale" in line


def test_a_data_api_key_s_credits_alone_are_restored_without_an_error() -> None:
    restored = recorded(balance=False).restore(CONFIG.id, NOW)
    assert restored is not None and restored.reading is None and restored.credits is not None
    view = restored_view(restored_outcome(ACCOUNT, restored, DEFAULT_RULES))
    assert view.health is Health.OK, view.message
    assert view.balance is None and view.credits is not None and view.credits.units_left == 180100.0
    assert view.stale and presentation.credits_text(view) is not None
    assert "(stale)" in (presentation.credits_text(view) or "")


def test_restored_credits_that_have_expired_say_so() -> None:
    store = HistoryStore.in_memory()
    ended = Credits("expired", None, NOW - timedelta(days=1), 250000.0, 5.0)
    reading = credits_reading_from(CONFIG, Snapshot(NOW - timedelta(hours=2), credits=ended), "expired")
    assert reading is not None
    store.record(reading)
    restored = store.restore(CONFIG.id, NOW)
    assert restored is not None
    assert restored_outcome(ACCOUNT, restored, DEFAULT_RULES).assessment.health is Health.EXPIRED


def test_an_account_with_only_credits_is_charted_by_them(qtbot: QtBot) -> None:
    assert [r.meter for r in chart_readings(recorded(balance=True), CONFIG.id)] == ["project"]  # one run of 75
    readings = chart_readings(recorded(balance=False), CONFIG.id)
    assert [r.balance for r in readings] == [184800.0, 182400.0, 180100.0]
    first = AccountView(Account(AccountConfig(AccountId("acct-1"), "First"), "https://api4.seranking.com", None))
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    window.set_accounts([first, AccountView(ACCOUNT, Health.OK)], first.account.id)
    with qtbot.waitSignal(window.history_wanted) as wanted:
        window.show_account(CONFIG.id)
    assert wanted.args == [CONFIG.id]
    window.show_history(CONFIG.id, readings, 10.0)
    assert {s.balance for s in window.chart.canvas.visible_samples} == {184800.0, 182400.0, 180100.0}
    assert "180.1 K credits" in window.chart.canvas.summary()  # credits, not money; no balance threshold
    assert chart_money(12.5, "USD") == "$12.50"
