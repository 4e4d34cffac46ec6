"""DesktopNotifier's handling of the notification service's signals (the D-Bus round trip is in the desktop tests)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from jeepney import MessageType
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from seranking_tray.domain.account import AccountId
from seranking_tray.domain.notify_policy import Announced, Notification, Urgency
from seranking_tray.gui.notifications import DesktopNotifier


def _signal(member: str, *body: Any) -> Any:
    return SimpleNamespace(header=SimpleNamespace(fields={3: member}), body=body)


def _reply(notification_id: int) -> Any:
    return SimpleNamespace(header=SimpleNamespace(message_type=MessageType.method_return), body=(notification_id,))


def _notification(ident: str = "a1", label: str = "Jane") -> Notification:
    kind, urgency = Announced.LOW_BALANCE, Urgency.CRITICAL
    return Notification(kind, False, f"{label}: low", "Balance $4.50", urgency, label, AccountId(ident))


def test_a_click_that_beats_the_reply_to_notify_still_opens_the_window(qtbot: QtBot, qapp: QApplication) -> None:
    notifier = DesktopNotifier(QSystemTrayIcon(), lambda _kind: None)
    opened: list[str] = []
    notifier.default_action.connect(lambda: opened.append("window"))
    notifier._on_bus_message(_signal("ActionInvoked", 7, "default"))  # the click arrives first
    notifier._on_bus_message(_signal("ActionInvoked", 99, "default"))  # another app's bubble
    assert opened == []
    notifier._on_notify_reply(_notification(), _reply(7))  # then the reply names id 7 as ours
    assert opened == ["window"]
    notifier._on_notify_reply(_notification(), _reply(8))
    assert opened == ["window"]  # nothing was clicked on 8; 99 was never ours


def test_early_clicks_kept_are_bounded(qapp: QApplication) -> None:
    notifier = DesktopNotifier(QSystemTrayIcon(), lambda _kind: None)
    for other in range(1000):
        notifier._on_bus_message(_signal("ActionInvoked", other, "default"))
    assert len(notifier._early_actions) <= 16


def test_bubbles_are_kept_per_account_id_not_per_label(qapp: QApplication) -> None:
    notifier = DesktopNotifier(QSystemTrayIcon(), lambda _kind: None)
    notifier._on_notify_reply(_notification("a1", "Same"), _reply(7))
    notifier._on_notify_reply(_notification("b2", "Same"), _reply(8))  # another account, the same label
    assert notifier._ids == {AccountId("a1"): 7, AccountId("b2"): 8}
    notifier._on_bus_message(_signal("NotificationClosed", 7, 2))
    assert notifier._ids == {AccountId("b2"): 8}  # closing one account's bubble forgets only that one


def test_a_click_opens_the_window_on_the_bubble_s_own_account(qapp: QApplication) -> None:
    notifier = DesktopNotifier(QSystemTrayIcon(), lambda _kind: None)
    opened: list[str] = []
    notifier.default_action.connect(opened.append)
    notifier._on_notify_reply(_notification("a1", "Agency"), _reply(7))
    notifier._on_notify_reply(_notification("b2", "Client"), _reply(8))
    notifier._on_bus_message(_signal("ActionInvoked", 8, "default"))
    notifier._on_bus_message(_signal("ActionInvoked", 7, "default"))
    notifier._on_bus_message(_signal("ActionInvoked", 9, "default"))  # beats the reply naming 9 as c3's
    notifier._on_notify_reply(_notification("c3", "Third"), _reply(9))
    assert opened == ["b2", "a1", "c3"]


def test_a_click_on_the_tray_s_own_message_opens_its_account(qapp: QApplication) -> None:
    tray = QSystemTrayIcon()
    notifier = DesktopNotifier(tray, lambda _kind: None)
    notifier._bus_failed = True  # no notification service: the tray's message instead
    opened: list[str] = []
    notifier.default_action.connect(opened.append)
    notifier.notify(_notification("b2", "Client"))
    tray.messageClicked.emit()
    assert opened == ["b2"]
