"""A recording ``org.freedesktop.Notifications`` server for desktop tests.

It owns the notification service name on a private session bus and answers the way a real
notification daemon does, but instead of drawing anything it records every ``Notify`` call so a
test can assert on urgency, actions, ``replaces_id`` and so on.  A test can also play the user:
:meth:`NotificationRecorder.invoke_action` and :meth:`NotificationRecorder.close` emit the
``ActionInvoked`` / ``NotificationClosed`` signals on the bus, so the app under test reacts as it
would to a click on a real popup.

The server runs on a background thread of the test process, using jeepney's thread-safe
connection: the thread receives and answers method calls while any thread may send signals.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageFlag,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.threading import (
    DBusConnection,
    DBusRouter,
    Proxy,
    ReceiveStopped,
    open_dbus_connection,
)

NOTIFICATIONS_BUS_NAME = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS_INTERFACE = "org.freedesktop.Notifications"

NOTIFY_SIGNATURE = "susssasa{sv}i"
SERVER_CAPABILITIES: tuple[str, ...] = ("actions", "body", "icon-static")
SERVER_INFORMATION: tuple[str, str, str, str] = ("test-notification-recorder", "seranking-tray tests", "1.0", "1.2")

# RequestName flags and replies (D-Bus specification).
_DO_NOT_QUEUE = 4
_PRIMARY_OWNER = 1

_INTROSPECTION_XML = """<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="GetCapabilities"><arg direction="out" type="as"/></method>
    <method name="Notify">
      <arg direction="in" name="app_name" type="s"/>
      <arg direction="in" name="replaces_id" type="u"/>
      <arg direction="in" name="app_icon" type="s"/>
      <arg direction="in" name="summary" type="s"/>
      <arg direction="in" name="body" type="s"/>
      <arg direction="in" name="actions" type="as"/>
      <arg direction="in" name="hints" type="a{sv}"/>
      <arg direction="in" name="expire_timeout" type="i"/>
      <arg direction="out" name="id" type="u"/>
    </method>
    <method name="CloseNotification"><arg direction="in" name="id" type="u"/></method>
    <method name="GetServerInformation">
      <arg direction="out" name="name" type="s"/>
      <arg direction="out" name="vendor" type="s"/>
      <arg direction="out" name="version" type="s"/>
      <arg direction="out" name="spec_version" type="s"/>
    </method>
    <signal name="NotificationClosed"><arg name="id" type="u"/><arg name="reason" type="u"/></signal>
    <signal name="ActionInvoked"><arg name="id" type="u"/><arg name="action_key" type="s"/></signal>
  </interface>
  <interface name="org.freedesktop.DBus.Introspectable">
    <method name="Introspect"><arg direction="out" type="s"/></method>
  </interface>
  <interface name="org.freedesktop.DBus.Peer">
    <method name="Ping"/>
  </interface>
</node>
"""


class CloseReason(IntEnum):
    """``NotificationClosed`` reasons from the Desktop Notifications specification."""

    EXPIRED = 1
    DISMISSED = 2
    CLOSED_BY_CALL = 3
    UNDEFINED = 4


class Urgency(IntEnum):
    LOW = 0
    NORMAL = 1
    CRITICAL = 2


@dataclass(frozen=True)
class RecordedNotification:
    """One ``Notify`` call as the server received it (a replacement is a new record with the same id)."""

    id: int
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: tuple[str, ...]
    """The flat ``[key, label, key, label, ...]`` list exactly as sent."""
    hints: Mapping[str, Any]
    """Hint values with their D-Bus variant wrapping removed."""
    expire_timeout: int
    sender: str
    """Unique bus name of the caller (":1.N")."""
    received_at: float = field(compare=False)

    @property
    def urgency(self) -> int | None:
        """The ``urgency`` hint (0 low, 1 normal, 2 critical), or None when the app sent none."""
        value = self.hints.get("urgency")
        return int(value) if value is not None else None

    @property
    def action_labels(self) -> dict[str, str]:
        """The actions as ``{key: label}``."""
        return dict(zip(self.actions[0::2], self.actions[1::2], strict=False))


@dataclass(frozen=True)
class ClosedNotification:
    id: int
    reason: CloseReason
    by_app: bool
    """True when the app called CloseNotification, False when the test closed it."""


def _unwrap_variant(variant: tuple[str, Any]) -> Any:
    """jeepney gives variants as ``(signature, value)``; tests care about the value."""
    _signature, value = variant
    return value


class NotificationRecorder:
    """Owns ``org.freedesktop.Notifications`` on a bus and records what apps send to it.

    Use :meth:`start` / :meth:`stop` (or ``with``).  All public methods are thread-safe.
    """

    def __init__(self, bus_address: str) -> None:
        self._bus_address = bus_address
        self._lock = threading.Condition()
        self._notifications: list[RecordedNotification] = []
        self._closed: list[ClosedNotification] = []
        self._open_ids: set[int] = set()
        self._resident_ids: set[int] = set()
        self._next_id = itertools.count(1)
        self._connection: DBusConnection | None = None
        self._thread: threading.Thread | None = None
        self._emitter = DBusAddress(NOTIFICATIONS_PATH, interface=NOTIFICATIONS_INTERFACE)

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> NotificationRecorder:
        if self._connection is not None:
            raise RuntimeError("recorder already started")
        connection = open_dbus_connection(bus=self._bus_address)
        try:
            # A router is only needed for the one synchronous call; the receive loop below then
            # takes over the connection (jeepney allows this once the router is closed).
            with DBusRouter(connection) as router:
                (reply,) = Proxy(message_bus, router, timeout=5).RequestName(NOTIFICATIONS_BUS_NAME, _DO_NOT_QUEUE)
            if reply != _PRIMARY_OWNER:
                raise RuntimeError(f"{NOTIFICATIONS_BUS_NAME} is already owned on this bus (reply {reply})")
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        self._thread = threading.Thread(target=self._serve, name="notification-recorder", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        connection, thread = self._connection, self._thread
        self._connection = self._thread = None
        if connection is None:
            return
        # Closing interrupts the blocked receive() in the server thread with ReceiveStopped; the
        # bus then drops our name ownership on disconnect.
        connection.close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> NotificationRecorder:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def unique_name(self) -> str:
        return str(self._require_connection().unique_name)

    # -- what tests read ----------------------------------------------------------------------

    @property
    def notifications(self) -> list[RecordedNotification]:
        """Every Notify call received so far, oldest first (a snapshot)."""
        with self._lock:
            return list(self._notifications)

    @property
    def closed(self) -> list[ClosedNotification]:
        """Every close so far (by the app's CloseNotification or by :meth:`close`)."""
        with self._lock:
            return list(self._closed)

    def is_open(self, notification_id: int) -> bool:
        with self._lock:
            return notification_id in self._open_ids

    def clear(self) -> None:
        """Forget what was recorded (ids keep counting up, as in a real server)."""
        with self._lock:
            self._notifications.clear()
            self._closed.clear()

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[RecordedNotification]:
        """Wait until at least ``count`` notifications were recorded; return all of them.

        Raises TimeoutError (listing what did arrive) if they don't come within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._notifications) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    received = [(n.id, n.summary) for n in self._notifications]
                    raise TimeoutError(
                        f"expected {count} notification(s) within {timeout}s, got {len(received)}: {received}"
                    )
                self._lock.wait(remaining)
            return list(self._notifications)

    # -- what tests do as the user ------------------------------------------------------------

    def invoke_action(self, notification_id: int, action_key: str, *, close_after: bool = True) -> None:
        """Emit ``ActionInvoked(id, action_key)``, as a daemon does when the user clicks an action.

        Like dunst and GNOME Shell, a non-resident notification is then closed with
        ``NotificationClosed(id, DISMISSED)``; pass ``close_after=False`` to emit only the action.
        """
        self._emit("ActionInvoked", "us", (notification_id, action_key))
        with self._lock:
            resident = notification_id in self._resident_ids
        if close_after and not resident:
            self.close(notification_id, CloseReason.DISMISSED)

    def close(self, notification_id: int, reason: CloseReason | int = CloseReason.DISMISSED) -> None:
        """Emit ``NotificationClosed(id, reason)`` (expired, dismissed by the user, ...)."""
        self._mark_closed(notification_id, CloseReason(reason), by_app=False)
        self._emit("NotificationClosed", "uu", (notification_id, int(reason)))

    # -- server side ------------------------------------------------------------------------------

    def _require_connection(self) -> DBusConnection:
        if self._connection is None:
            raise RuntimeError("recorder is not running")
        return self._connection

    def _emit(self, signal_name: str, signature: str, body: tuple[Any, ...]) -> None:
        self._require_connection().send(new_signal(self._emitter, signal_name, signature, body))

    def _mark_closed(self, notification_id: int, reason: CloseReason, *, by_app: bool) -> None:
        with self._lock:
            self._open_ids.discard(notification_id)
            self._resident_ids.discard(notification_id)
            self._closed.append(ClosedNotification(notification_id, reason, by_app))
            self._lock.notify_all()

    def _serve(self) -> None:
        connection = self._connection
        assert connection is not None
        while True:
            try:
                message = connection.receive()
            except (ReceiveStopped, OSError, ValueError):
                # ReceiveStopped: stop() closed the connection; OSError/ValueError: the bus went
                # away (session teardown) - either way there is nobody left to serve.
                return
            if message.header.message_type is not MessageType.method_call:
                continue
            try:
                reply = self._handle_call(message)
            except Exception as error:  # a bad call must not kill the server thread
                reply = new_error(message, "org.freedesktop.DBus.Error.Failed", "s", (repr(error),))
            if reply is not None and not (message.header.flags & MessageFlag.no_reply_expected):
                try:
                    connection.send(reply)
                except OSError:
                    return

    def _handle_call(self, message: Message) -> Message | None:
        fields = message.header.fields
        interface = fields.get(HeaderFields.interface)
        member = fields.get(HeaderFields.member)
        path = fields.get(HeaderFields.path)

        if interface == "org.freedesktop.DBus.Peer" and member == "Ping":
            return new_method_return(message)
        if interface == "org.freedesktop.DBus.Introspectable" and member == "Introspect":
            return new_method_return(message, "s", (_INTROSPECTION_XML,))
        if path != NOTIFICATIONS_PATH or interface not in (NOTIFICATIONS_INTERFACE, None):
            return new_error(
                message,
                "org.freedesktop.DBus.Error.UnknownMethod",
                "s",
                (f"no method {interface}.{member} at {path}",),
            )

        if member == "GetCapabilities":
            return new_method_return(message, "as", (list(SERVER_CAPABILITIES),))
        if member == "GetServerInformation":
            return new_method_return(message, "ssss", SERVER_INFORMATION)
        if member == "Notify":
            signature = message.header.fields.get(HeaderFields.signature)
            if signature != NOTIFY_SIGNATURE:
                # dunst answers a wrong signature (e.g. QtDBus sending replaces_id as int32) this way;
                # so must we, or the tests would pass an app that fails on a real desktop.
                return new_error(
                    message,
                    "org.freedesktop.DBus.Error.InvalidArgs",
                    "s",
                    (f"Notify takes ({NOTIFY_SIGNATURE}), not ({signature})",),
                )
            return new_method_return(message, "u", (self._record_notify(message),))
        if member == "CloseNotification":
            (notification_id,) = message.body
            was_open = self.is_open(notification_id)
            self._mark_closed(notification_id, CloseReason.CLOSED_BY_CALL, by_app=True)
            reply = new_method_return(message)
            if was_open:
                self._emit("NotificationClosed", "uu", (notification_id, int(CloseReason.CLOSED_BY_CALL)))
            return reply
        return new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (f"no method {member}",))

    def _record_notify(self, message: Message) -> int:
        app_name, replaces_id, app_icon, summary, body, actions, raw_hints, expire_timeout = message.body
        hints = {key: _unwrap_variant(variant) for key, variant in raw_hints.items()}
        with self._lock:
            notification_id = replaces_id if replaces_id else next(self._next_id)
            self._notifications.append(
                RecordedNotification(
                    id=notification_id,
                    app_name=app_name,
                    replaces_id=replaces_id,
                    app_icon=app_icon,
                    summary=summary,
                    body=body,
                    actions=tuple(actions),
                    hints=hints,
                    expire_timeout=expire_timeout,
                    sender=str(message.header.fields.get(HeaderFields.sender, "")),
                    received_at=time.monotonic(),
                )
            )
            self._open_ids.add(notification_id)
            if hints.get("resident"):
                self._resident_ids.add(notification_id)
            self._lock.notify_all()
        return notification_id
