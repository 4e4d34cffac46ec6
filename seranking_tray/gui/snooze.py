"""The snooze: what the notification policy remembers of it, the tray's line for it, and a wake-up when it ends."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from seranking_tray.domain.notify_policy import NotificationPolicy, SnoozeChoice, snooze_until
from seranking_tray.gui.tray import TrayIcon


class WakeUpTimer(QTimer):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSingleShot(True)

    def wake_at(self, when: datetime | None) -> None:
        """Fire at `when` (None: never). QTimer takes an int of milliseconds, so a far moment fires early and the
        owner re-arms it then; half a second late rather than early, so the moment has surely passed."""
        self.stop()
        if when is not None:
            remaining_ms = int((when - datetime.now(UTC)).total_seconds() * 1000) + 500
            self.start(max(0, min(remaining_ms, 2**31 - 1)))


class SnoozeControl(QObject):
    ended = Signal()  # the snooze is over (it ran out, or the user resumed): announce what still holds, once

    def __init__(self, tray: TrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self.policy: NotificationPolicy | None = None  # set once notifications are set up
        self._timer = WakeUpTimer(self)
        self._timer.timeout.connect(self._woke)

    def show(self) -> None:
        if self.policy is not None:
            until = self.policy.snoozed_until()
            self._tray.set_snoozed_until(until)
            self._timer.wake_at(until)

    def choose(self, choice: str) -> None:
        """`choice`: a `SnoozeChoice` value, from the tray menu."""
        if self.policy is None:
            return
        until = snooze_until(SnoozeChoice(choice), datetime.now(UTC))
        self.policy.snooze(until)
        self.show()
        if until is None:
            self.ended.emit()

    def _woke(self) -> None:
        self.show()  # a far snooze is only re-armed here
        if self.policy is not None and self.policy.snoozed_until() is None:
            self.ended.emit()
