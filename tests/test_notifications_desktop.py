"""Notifications end to end: the real app process, a notification service on the private bus that records
every Notify call (or none at all), and the loopback fake API changing the account's state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import sni
from harness.faults import FakeSeRanking, Fault
from harness.notifications import NotificationRecorder, Urgency
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import TrayAppProcess, wait_until, window_names

pytestmark = pytest.mark.desktop

USD = {"currency": "USD", "currency_code": "USD"}


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


def start(
    session: DesktopSession, apps: list[TrayAppProcess], fake: FakeSeRanking, key: str, name: str = "app"
) -> TrayAppProcess:
    app = TrayAppProcess(
        session,
        "--refresh-interval",
        "1",
        "--debug",
        env={"SERANKING_API_URL": fake.url, "SERANKING_API_KEY": key},
        name=name,
    )
    apps.append(app)
    app.wait_for_item()
    return app


def write_settings(session: DesktopSession, **values: object) -> None:
    path = session.config_home / "seranking-tray" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values))


def refreshes(fake: FakeSeRanking, more: int, timeout: float = 30) -> None:
    """Wait until `more` further whole checks have reached the fake."""
    assert fake.wait_for_requests(len(fake.requests_to("balance")) + more, timeout, endpoint="balance")


def test_worse_then_better_gives_exactly_three_replacing_notifications(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    recorder: NotificationRecorder = session.recorder
    app = start(session, apps, fake_api, sentinel_key)
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 15, "ok")
    refreshes(fake_api, 3)
    assert recorder.notifications == []  # a first start in ok is quiet

    fake_api.set_state(balance={**USD, "value": 4.5})
    low = recorder.wait_for(1, 15)[0]
    assert low.app_name == "SE Ranking Tray"
    assert low.urgency == Urgency.CRITICAL
    assert "Jane Roe" in low.summary and "$4.50" in low.body and "$10.00" in low.body
    assert low.app_icon.startswith("file://") and Path(low.app_icon.removeprefix("file://")).is_file()
    assert set(low.action_labels) == {"default", "open-web"}

    fake_api.set_state(balance={**USD, "value": 4.5}, subscription={"type": "subscription", "is_expired": "true"})
    expired = recorder.wait_for(2, 15)[1]
    assert expired.urgency == Urgency.CRITICAL and "expired" in expired.summary and "Jane Roe" in expired.summary
    assert expired.replaces_id == low.id  # one bubble per account, replaced, not stacked

    fake_api.set_state(balance={**USD, "value": 800}, subscription={"type": "subscription", "is_expired": False})
    recovered = recorder.wait_for(3, 15)[2]
    assert recovered.urgency == Urgency.NORMAL and "fine again" in recovered.summary and "$800.00" in recovered.body
    assert recovered.replaces_id == expired.id

    refreshes(fake_api, 10)
    assert len(recorder.notifications) == 3


def test_a_restart_in_the_same_state_is_quiet_and_a_first_start_in_trouble_speaks_once(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    recorder: NotificationRecorder = session.recorder
    fake_api.set_state(subscription={"type": "trial", "is_expired": True})
    first = start(session, apps, fake_api, sentinel_key)
    announced = recorder.wait_for(1, 15)
    assert "expired" in announced[0].summary
    refreshes(fake_api, 3)
    first.stop()

    second = start(session, apps, fake_api, sentinel_key, name="second")
    second.wait_for_tooltip(lambda t: "Trial expired" in t, 15, "expired after restart")
    refreshes(fake_api, 5)
    assert len(recorder.notifications) == 1
    second.stop()

    # Back to ok while the app was not running: the next start says "recovered".
    fake_api.set_state(subscription={"type": "trial", "is_expired": False})
    start(session, apps, fake_api, sentinel_key, name="third")
    recovered = recorder.wait_for(2, 15)[1]
    assert "fine again" in recovered.summary


def test_a_blip_stays_silent_a_long_outage_is_announced_once_and_so_is_recovery(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    recorder: NotificationRecorder = session.recorder
    write_settings(session, unreachable_grace_minutes=0.1)  # 6 s
    app = start(session, apps, fake_api, sentinel_key)
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 15, "ok")

    fake_api.set_fault("balance", Fault(status=500, body={"message": "boom"}, times=1))
    refreshes(fake_api, 3)
    assert recorder.notifications == []

    fake_api.set_fault("balance", Fault(status=500, body={"message": "boom"}))
    outage = recorder.wait_for(1, 30)[0]
    assert "cannot be checked" in outage.summary and "Jane Roe" in outage.summary
    assert "$1,234.50" in outage.body  # the last known figure
    assert outage.urgency == Urgency.NORMAL
    refreshes(fake_api, 3)
    assert len(recorder.notifications) == 1

    fake_api.set_fault("balance", None)
    recovered = recorder.wait_for(2, 30)[1]
    assert "fine again" in recovered.summary


def test_clicking_the_notification_opens_the_account_window_and_snooze_holds_then_resumes(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    recorder: NotificationRecorder = session.recorder
    fake_api.set_state(balance={**USD, "value": 3})
    app = start(session, apps, fake_api, sentinel_key)
    low = recorder.wait_for(1, 15)[0]
    assert "SE Ranking Tray" not in window_names(session)
    recorder.invoke_action(low.id, "default")
    wait_until(lambda: "SE Ranking Tray" in window_names(session), 10, "the account window")

    app.click("For 1 hour")
    wait_until(lambda: any("snoozed until" in label for label in app.menu_labels()), 10, "snooze shown in the menu")
    fake_api.set_state(subscription={"type": "subscription", "is_expired": "true"})
    app.wait_for_tooltip(lambda t: "expired" in t, 15, "expired while snoozed")
    refreshes(fake_api, 3)
    assert len(recorder.notifications) == 1  # held back

    app.click("Resume notifications")
    held = recorder.wait_for(2, 15)[1]
    assert "expired" in held.summary  # the problem that began during the snooze, once
    refreshes(fake_api, 3)
    assert len(recorder.notifications) == 2


def test_the_snooze_survives_a_restart(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    app = start(session, apps, fake_api, sentinel_key)
    app.wait_for_tooltip(lambda t: "$1,234.50" in t, 15, "ok")
    app.click("For 8 hours")
    wait_until(lambda: any("snoozed until" in label for label in app.menu_labels()), 10, "snoozed")
    app.stop()
    fake_api.set_state(balance={**USD, "value": 1})
    again = start(session, apps, fake_api, sentinel_key, name="again")
    again.wait_for_tooltip(lambda t: "Low balance" in t, 15, "low balance")
    assert any("snoozed until" in label for label in again.menu_labels())
    refreshes(fake_api, 3)
    assert session.recorder.notifications == []


def test_without_a_notification_service_the_tray_message_is_used(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=False, notifications=None)
    fake_api.set_state(balance={**USD, "value": 2})
    app = start(session, apps, fake_api, sentinel_key)
    wait_until(lambda: "using the tray's messages" in app.output(), 15, "the fallback")
    # Qt's SNI tray shows such a message in the item's tooltip for a while; the icon says the state.
    wait_until(lambda: sni.is_reddish(app.colour()), 15, "the red low-balance icon")
    refreshes(fake_api, 3)
    assert app.process.poll() is None
    assert "Traceback" not in app.output()
