"""Run a blocking call so that the caller can stop waiting: on a timeout or when asked to.

A blocking socket read (requests, D-Bus through jeepney) cannot be interrupted from another thread. Running it
in a daemon thread and waiting on a condition lets the caller move on — and lets the process exit — while the
abandoned call finishes on its own or dies with the process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class CancelToken:
    """Set once, from any thread; wakes everything waiting on it."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._cond:
            self._cancelled = True
            self._cond.notify_all()

    def wait_for(self, predicate: Callable[[], bool], timeout: float | None) -> bool:
        """Wait until predicate() or cancel; True if predicate() holds."""
        with self._cond:
            self._cond.wait_for(lambda: self._cancelled or predicate(), timeout)
            return predicate()

    def notify(self) -> None:
        with self._cond:
            self._cond.notify_all()


class Abandoned(Exception):
    """The wait ended before the call did (timeout or cancel)."""

    def __init__(self, cancelled: bool) -> None:
        super().__init__("cancelled" if cancelled else "timed out")
        self.cancelled = cancelled


def call_in_daemon(
    action: Callable[[], T], timeout: float, token: CancelToken | None = None, name: str = "blocking-call"
) -> T:
    """The call's result or its exception, re-raised here; Abandoned if `timeout` passes or `token` is cancelled."""
    token = token or CancelToken()
    outcome: list[T] = []
    failure: list[BaseException] = []
    finished = threading.Event()

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as exc:  # handed over to the waiting thread
            failure.append(exc)
        finally:
            finished.set()
            token.notify()

    threading.Thread(target=run, name=name, daemon=True).start()
    if not token.wait_for(finished.is_set, timeout):
        raise Abandoned(cancelled=token.cancelled)
    if failure:
        raise failure[0]
    return outcome[0]
