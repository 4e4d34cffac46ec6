"""Native desktop notifications: org.freedesktop.Notifications over D-Bus on Linux, the tray's balloon elsewhere.

D-Bus through jeepney, not QtDBus: PySide6 cannot marshal the uint32 `replaces_id`, and strict daemons
(dunst) refuse the call without it. Replacing keeps one bubble per account instead of a stack. The
connection's receiver thread turns ActionInvoked / NotificationClosed into Qt signals for the GUI thread.
"""

from __future__ import annotations

import logging
import queue
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from seranking_tray.domain.account import AccountId
from seranking_tray.domain.notify_policy import Announced, Notification, Urgency
from seranking_tray.domain.phrases import Ui
from seranking_tray.gui.background import BackgroundCall
from seranking_tray.gui.icons import IconState, IconStyle, app_icon, render_state_pixmap
from seranking_tray.system.paths import cache_dir

log = logging.getLogger(__name__)

APP_NAME = "SE Ranking Tray"
BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
DEFAULT_ACTION = "default"
OPEN_WEB_ACTION = "open-web"
_URGENCY_BYTE = {Urgency.NORMAL: 1, Urgency.CRITICAL: 2}
# A notification shows the state it announces: a problem never carries the green "all fine" app icon.
_ICON_STATE = {
    Announced.OK: IconState.OK,
    Announced.RUNNING_LOW: IconState.RUNNING_LOW,
    Announced.LOW_BALANCE: IconState.LOW_BALANCE,
    Announced.CREDITS_LOW: IconState.LOW_BALANCE,  # red, like the tray icon for it
    Announced.EXPIRING_SOON: IconState.RUNNING_LOW,  # amber
    Announced.ATTENTION: IconState.RUNNING_LOW,  # amber: a sub-account is blocked
    Announced.SUB_ACCOUNT_BLOCKED: IconState.RUNNING_LOW,
    Announced.EXPIRED: IconState.EXPIRED,
    Announced.AUTH: IconState.NO_KEY,
    Announced.UNREACHABLE: IconState.ERROR,
}
CALL_TIMEOUT = 5.0


_EARLY_ACTIONS_KEPT = 16


class _SignalQueue(queue.Queue[Any]):
    """A jeepney filter queue that forwards each message as a Qt signal instead of storing it."""

    def __init__(self, relay: DesktopNotifier) -> None:
        super().__init__()
        self._relay = relay

    def put_nowait(self, item: Any) -> None:
        self._relay._message_received.emit(item)


class DesktopNotifier(QObject):
    default_action = Signal(str)  # the user clicked the notification: its account's id ("" if unknown)
    open_web_action = Signal()  # the user chose "Open SE Ranking"
    delivered = Signal(str)  # "dbus" or "tray": how the last notification went out (for tests and logs)
    _message_received = Signal(object)
    _connected = Signal(object)
    _bus_lost = Signal(object)  # from the router's receiver thread: the session bus went away

    def __init__(self, tray: QSystemTrayIcon, icon_file: Callable[[Announced], Path | None]) -> None:
        super().__init__()
        self._tray = tray
        self._icon_file = icon_file  # the PNG for a notification's state (daemons take a path, not pixels)
        self._router: Any = None
        self._filter: Any = None
        self._ids: dict[AccountId, int] = {}  # account -> the id of its bubble, for replaces_id
        self._our_ids: set[int] = set()
        self._message_received.connect(self._on_bus_message)
        self._connected.connect(self._on_connected)
        self._bus_lost.connect(self._on_bus_lost)
        self._pending: list[Notification] = []
        self._early_actions: dict[int, str] = {}  # id -> action clicked before our Notify's reply named the id
        self._connecting = False
        self._bus_failed = not sys.platform.startswith("linux")
        self._tray_account: AccountId | None = None  # whose message the tray shows (no D-Bus service)
        tray.messageClicked.connect(self._on_tray_message_clicked)

    def start(self) -> None:
        """Connect to the session bus off the GUI thread; notifications sent meanwhile wait for it."""
        if self._bus_failed or self._connecting or self._router is not None:
            return
        self._connecting = True
        signals = _SignalQueue(self)
        call = BackgroundCall(lambda: _open_router(signals, self._bus_lost.emit), self)
        call.succeeded.connect(self._connected.emit)
        call.failed.connect(self._on_connect_failed)
        call.start()

    def _on_connected(self, connected: tuple[Any, Any]) -> None:
        self._connecting = False
        self._router, self._filter = connected
        pending, self._pending = self._pending, []
        for notification in pending:
            self.notify(notification)

    def _on_connect_failed(self, error: object) -> None:
        log.info("No D-Bus session for notifications (%s); using the tray's messages", error)
        self._connecting = False
        self._bus_failed = True
        pending, self._pending = self._pending, []
        for notification in pending:
            self.notify(notification)

    def _on_bus_lost(self, error: object) -> None:
        # The bus is gone for good (a new session means a new process): the tray's messages from now on.
        self._bus_failed = True
        self.close()

    def close(self) -> None:
        if self._router is not None:
            try:
                self._router.close()
                self._router.conn.close()
            except Exception:  # closing at exit: nothing left to tell anyone
                log.debug("Closing the D-Bus connection failed", exc_info=True)
            self._router = None

    # --- sending ----------------------------------------------------------------------------------------

    def notify(self, notification: Notification) -> None:
        if self._bus_failed:
            self._show_in_tray(notification)
            return
        if self._router is None:
            self._pending.append(notification)
            self.start()
            return
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        hints = {
            "urgency": ("y", _URGENCY_BYTE[notification.urgency]),
            "desktop-entry": ("s", "seranking-tray"),
            "category": ("s", "presence"),
        }
        actions = [DEFAULT_ACTION, Ui.tr("Open account"), OPEN_WEB_ACTION, Ui.tr("Open SE Ranking")]
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (
                APP_NAME,
                self._ids.get(notification.account_id, 0),
                _icon_uri(self._icon_file(notification.kind)),
                notification.summary,
                notification.body,
                actions,
                hints,
                0 if notification.urgency is Urgency.CRITICAL else -1,  # critical: stays until dismissed
            ),
        )
        router = self._router
        call = BackgroundCall(lambda: router.send_and_get_reply(message, timeout=CALL_TIMEOUT), self)
        call.succeeded.connect(lambda reply: self._on_notify_reply(notification, reply))
        call.failed.connect(lambda error: self._on_notify_failed(notification, error))
        call.start()

    def _on_notify_reply(self, notification: Notification, reply: Any) -> None:
        from jeepney import MessageType

        if reply.header.message_type == MessageType.error:
            self._on_notify_failed(notification, reply.body)
            return
        (notification_id,) = reply.body
        self._ids[notification.account_id] = int(notification_id)
        self._our_ids.add(int(notification_id))
        self.delivered.emit("dbus")
        early = self._early_actions.pop(int(notification_id), None)
        if early is not None:
            self._act(early, notification.account_id)

    def _on_notify_failed(self, notification: Notification, error: object) -> None:
        # No notification service on the bus (or it broke): the tray's own message, from now on.
        log.info("Desktop notification failed (%s); using the tray's messages", error)
        self._bus_failed = True
        self._show_in_tray(notification)

    def _show_in_tray(self, notification: Notification) -> None:
        icon = (
            QSystemTrayIcon.MessageIcon.Critical
            if notification.urgency is Urgency.CRITICAL
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._tray_account = notification.account_id  # the tray shows one message at a time: a click is this one's
        self._tray.showMessage(notification.summary, notification.body, icon, 15000)
        self.delivered.emit("tray")

    # --- receiving ----------------------------------------------------------------------------------

    def _act(self, action: str, account: AccountId | None) -> None:
        if action == OPEN_WEB_ACTION:
            self.open_web_action.emit()
        else:
            self.default_action.emit(account or "")

    def _on_tray_message_clicked(self) -> None:
        self.default_action.emit(self._tray_account or "")

    def _account_of(self, notification_id: int) -> AccountId | None:
        return next((ident for ident, known in self._ids.items() if known == notification_id), None)

    def _on_bus_message(self, message: Any) -> None:
        member = message.header.fields.get(3)  # HeaderFields.member
        if member == "ActionInvoked":
            notification_id, action = message.body
            if int(notification_id) in self._our_ids:
                self._act(action, self._account_of(int(notification_id)))
            else:
                # A click can beat the reply to our Notify (the daemon shows the bubble before it answers): keep
                # it until that reply says whether the id is ours. Bounded: other apps' ids also pass here.
                self._early_actions[int(notification_id)] = action
                while len(self._early_actions) > _EARLY_ACTIONS_KEPT:
                    del self._early_actions[next(iter(self._early_actions))]
        elif member == "NotificationClosed":
            notification_id = int(message.body[0])
            if notification_id in self._our_ids:
                self._our_ids.discard(notification_id)
                for ident, known in list(self._ids.items()):
                    if known == notification_id:
                        del self._ids[ident]


def _open_router(signals: queue.Queue[Any], on_lost: Callable[[BaseException], None]) -> tuple[Any, Any]:
    """Connect, and subscribe to the service's signals before anything is sent: a click on a bubble must never
    come before the subscription. jeepney is imported here: it is installed on Linux only (keyring's dependency)."""
    from jeepney import MatchRule
    from jeepney.bus_messages import message_bus
    from jeepney.io.threading import open_dbus_connection

    from seranking_tray.gui.bus_router import ResilientRouter

    router = ResilientRouter(open_dbus_connection(bus="SESSION"), on_lost)
    rule = MatchRule(type="signal", interface=BUS_NAME, path=OBJECT_PATH)
    signal_filter = router.filter(rule, queue=signals)
    router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT)
    return router, signal_filter


def _icon_uri(path: Path | None) -> str:
    return path.as_uri() if path is not None else ""


def notification_icon_file(kind: Announced = Announced.OK) -> Path | None:
    """The icon of the announced state as a PNG file (the app icon for "fine again")."""
    state = _ICON_STATE[kind]
    name = "seranking-tray-128.png" if state is IconState.OK else f"seranking-tray-{state.value}-128.png"
    path = cache_dir() / "icons" / name
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            if state is IconState.OK:
                pixmap = app_icon().pixmap(128, 128)
            else:
                pixmap = render_state_pixmap(state, IconStyle.COLOUR, size=128)
            pixmap.save(str(path), "PNG")
    except OSError as exc:
        log.info("Cannot write the notification icon: %s", exc)
        return None
    return path
