"""Issue 14 in the views: the glance line, the presentation's credits line, the icon and the notifications."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import AccountView, apply_outcome, glance_line
from seranking_tray.domain.credits import Credits
from seranking_tray.domain.health import Health, assess
from seranking_tray.domain.meters import Meter, MeterState
from seranking_tray.domain.models import Balance, Snapshot, Subscription
from seranking_tray.domain.notify_policy import Announced, NotificationPolicy, Urgency
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.readings import credits_reading_from, reading_from
from seranking_tray.domain.rules import AlertRules
from seranking_tray.gui import presentation
from seranking_tray.gui.icons import IconState
from seranking_tray.store.history import HistoryStore

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ACCOUNT = Account(AccountConfig(AccountId("a1"), "Agency"), "https://api4.seranking.com", None)


def credits(days: float, **values: Any) -> Credits:
    fields: dict[str, Any] = {"status": "active", "start_date": None, "expires_at": T0 + timedelta(days=days)}
    fields |= {"units_limit": 101323444.0, "units_left": 90055398.0} | values
    return Credits(**fields)


def view_of(c: Credits, at: datetime = T0) -> AccountView:
    snapshot = Snapshot(at, credits=c, skipped={Meter.PROJECT: MeterState.OFF})
    return apply_outcome(AccountView(ACCOUNT), CheckOutcome(ACCOUNT, snapshot, assess(snapshot)))


def test_a_credits_only_account_shows_its_credits_and_is_not_stale() -> None:
    view = view_of(credits(138.2))
    assert view.health is Health.OK and not view.stale and view.data_checked_at == T0
    line = glance_line(view, T0, lambda v, c: f"{v} {c}")
    assert "Agency — API credits 90.1 M of 101.3 M · until 12 Apr 2027 (138 days)" in line


def test_expiring_soon_is_amber_and_credits_low_red() -> None:
    soon = view_of(credits(5.5))
    assert soon.health is Health.EXPIRING_SOON
    assert presentation.icon_state(soon, has_key=True) is IconState.RUNNING_LOW  # amber
    assert "Expiring soon" in glance_line(soon, T0, lambda v, c: "")
    low = view_of(credits(200, units_left=1000.0))
    assert low.health is Health.CREDITS_LOW
    assert presentation.icon_state(low, has_key=True) is IconState.LOW_BALANCE  # red


def test_credits_notifications_once_each_naming_the_account_and_the_days() -> None:
    memory: dict[str, Any] = {}
    policy = NotificationPolicy(memory, lambda v, c: f"{v}", lambda: T0)
    rules = AlertRules()
    assert policy.observe(view_of(credits(60)), rules) is None  # a quiet start
    soon = policy.observe(view_of(credits(5.5)), rules)
    assert soon is not None and soon.kind is Announced.EXPIRING_SOON
    assert soon.summary == "Agency: SE Ranking API credit subscription expires in 5 days"
    assert soon.urgency is Urgency.NORMAL
    assert policy.observe(view_of(credits(5.4)), rules) is None  # once
    low = policy.observe(view_of(credits(5.3, units_left=10.0)), rules)
    assert low is not None and low.kind is Announced.CREDITS_LOW and low.urgency is Urgency.CRITICAL
    assert "Agency" in low.summary and "API credits" in low.body
    gone = policy.observe(view_of(credits(-0.1)), rules)
    assert gone is not None and gone.kind is Announced.EXPIRED
    assert gone.summary == "Agency: SE Ranking API credits expired"
    assert policy.observe(view_of(credits(-0.2)), rules) is None


def test_expiring_soon_respects_the_expired_switch() -> None:
    policy = NotificationPolicy({}, lambda v, c: f"{v}", lambda: T0)
    policy.observe(view_of(credits(60)), AlertRules())
    assert policy.observe(view_of(credits(3)), replace(AlertRules(), notify_expired=False)) is None


def test_history_keeps_the_meters_apart(tmp_path: Path) -> None:

    with HistoryStore.open(tmp_path / "h.sqlite3") as store:
        for hours, left in ((0, 1000.0), (12, 800.0), (24, 600.0)):
            at = T0 + timedelta(hours=hours)
            snapshot = Snapshot(
                at,
                Balance(50.0, "USD"),
                Subscription("subscription", False, None),
                credits=credits(90, units_left=left),
            )
            readings = [
                r
                for r in (
                    reading_from(ACCOUNT.config, snapshot, "ok"),
                    credits_reading_from(ACCOUNT.config, snapshot, "ok"),
                )
                if r
            ]
            assert store.record_many(readings) == 2  # the same moment, both kept
        assert [r.balance for r in store.readings(ACCOUNT.id, meter="credits")] == [1000.0, 800.0, 600.0]
        assert len(store.readings(ACCOUNT.id, meter="project")) == 1  # unchanged: compacted
        # 400 credits a day, 600 left: the credits run out in 1.5 days, which is `running_low`
        forecast = store.forecast(ACCOUNT.id, T0 + timedelta(hours=24), meter="credits")
        assert forecast.days_left is not None and abs(forecast.days_left - 1.5) < 0.01
        assert store.forecast(ACCOUNT.id, T0 + timedelta(hours=24)).daily_spend == 0.0
