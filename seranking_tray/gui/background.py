"""Run a blocking call off the GUI thread and get its result back as a Qt signal.

A Python daemon thread rather than QThreadPool: the pool joins its threads when the app exits, so a call
stuck on the network or the keyring would hold the process; a daemon thread never does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

_running: set[BackgroundCall] = set()  # keeps each call alive until its result is back in the GUI thread


class BackgroundCall(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    _returned = Signal(object)  # internal: delivered (queued) in the thread this object lives in
    _raised = Signal(object)

    def __init__(self, action: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.cancelled = False
        self._returned.connect(self._on_returned)
        self._raised.connect(self._on_raised)

    def start(self) -> BackgroundCall:
        _running.add(self)
        threading.Thread(target=self._run, name="background-call", daemon=True).start()
        return self

    def cancel(self) -> None:
        """The result is no longer wanted: neither public signal will be emitted."""
        self.cancelled = True

    def _run(self) -> None:
        try:
            result = self._action()
        except Exception as exc:
            self._deliver(self._raised, exc)
            return
        self._deliver(self._returned, result)

    def _deliver(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # "Signal source has been deleted": the app quit while the call ran; nobody waits
            _running.discard(self)

    def _on_returned(self, result: object) -> None:
        _running.discard(self)
        if not self.cancelled:
            self.succeeded.emit(result)

    def _on_raised(self, error: object) -> None:
        _running.discard(self)
        if not self.cancelled:
            self.failed.emit(error)
