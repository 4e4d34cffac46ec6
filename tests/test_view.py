"""The account view: last good figures survive failures, marked stale; the one-line glance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import AccountView, apply_outcome, glance_line, relative_age
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import Health
from seranking_tray.domain.models import Balance, Failure, Profile, Snapshot, Subscription
from seranking_tray.domain.rules import AlertRules
from seranking_tray.service.monitor import judge

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ACCOUNT = Account(AccountConfig(AccountId("a1"), "default"), "https://api4.seranking.com", None)
PROFILE = Profile("Jane", "Roe", "jane@example.com", True, "en", None)
ACTIVE = Subscription("subscription", False, None)


def money(value: float, code: str) -> str:
    return f"{code} {value:.2f}"


def apply_snapshot(view: AccountView, snapshot: Snapshot, threshold: float) -> AccountView:
    """A check's outcome, as the pipeline judges it, applied to the view (which only displays it)."""
    return apply_outcome(view, judge(view.account, snapshot, AlertRules(low_balance_threshold=threshold)))


def good(at: datetime, value: float = 1234.5) -> Snapshot:
    return Snapshot(checked_at=at, balance=Balance(value, "USD"), subscription=ACTIVE, profile=PROFILE)


def failed(at: datetime, kind: ErrorKind = ErrorKind.SERVER) -> Snapshot:
    failure = Failure(kind, "SE Ranking's server had a problem (500).", 500)
    return Snapshot(checked_at=at, failures={"balance": failure, "subscription": failure, "profile": failure})


def test_a_good_check_shows_fresh_figures() -> None:
    view = apply_snapshot(AccountView(ACCOUNT), good(NOW), 10)
    assert view.health is Health.OK and not view.stale and view.balance == Balance(1234.5, "USD")
    assert glance_line(view, NOW + timedelta(minutes=2), money) == (
        "Jane Roe — USD 1234.50 · Subscription active · updated 2 min ago"
    )


def test_a_failed_check_keeps_the_last_figures_marked_stale() -> None:
    view = apply_snapshot(AccountView(ACCOUNT), good(NOW - timedelta(minutes=20)), 10)
    view = apply_snapshot(view, failed(NOW), 10)
    assert view.health is Health.ERROR
    assert view.stale
    assert view.balance == Balance(1234.5, "USD") and view.profile == PROFILE
    assert view.data_checked_at == NOW - timedelta(minutes=20)
    line = glance_line(view, NOW, money)
    assert "cannot check" in line and "USD 1234.50" in line and "stale" in line and "20 min ago" in line


def test_recovery_clears_stale() -> None:
    view = apply_snapshot(AccountView(ACCOUNT), good(NOW - timedelta(minutes=5)), 10)
    view = apply_snapshot(view, failed(NOW - timedelta(minutes=1)), 10)
    view = apply_snapshot(view, good(NOW, 900), 10)
    assert view.health is Health.OK and not view.stale and view.balance == Balance(900, "USD")


def test_rejected_key_pauses_but_a_server_error_does_not() -> None:
    assert apply_snapshot(AccountView(ACCOUNT), failed(NOW, ErrorKind.AUTH), 10).paused
    assert not apply_snapshot(AccountView(ACCOUNT), failed(NOW, ErrorKind.SERVER), 10).paused


def test_low_balance_and_expired_say_so() -> None:
    low = apply_snapshot(AccountView(ACCOUNT), good(NOW, 5), 10)
    assert low.health is Health.LOW_BALANCE and glance_line(low, NOW, money).endswith("Low balance")
    expired = Snapshot(checked_at=NOW, balance=Balance(50, "USD"), subscription=Subscription("trial", True, None))
    view = apply_snapshot(AccountView(ACCOUNT), expired, 10)
    assert view.health is Health.EXPIRED and "Trial expired" in glance_line(view, NOW, money)


def test_relative_age() -> None:
    assert relative_age(None, NOW) == "never"
    assert relative_age(NOW - timedelta(seconds=10), NOW) == "just now"
    assert relative_age(NOW - timedelta(minutes=59), NOW) == "59 min ago"
    assert relative_age(NOW - timedelta(hours=3), NOW) == "3 h ago"
    assert relative_age(NOW - timedelta(days=1), NOW) == "1 day ago"
