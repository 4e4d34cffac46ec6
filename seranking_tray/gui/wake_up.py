"""A single-shot timer for a moment in wall-clock time (when a snooze ends)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer


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
