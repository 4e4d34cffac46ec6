"""The one way tests wait: poll a condition until it holds, never sleep for a fixed time and hope."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def wait_until(
    condition: Callable[[], Any],
    timeout: float,
    what: str,
    *,
    interval: float = 0.05,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    on_timeout: Callable[[str], BaseException] | None = None,
) -> Any:
    """Poll `condition` until it returns something truthy and return that; after `timeout` seconds raise
    `on_timeout(message)` (AssertionError by default). An exception of `retry_on` from `condition` counts as
    "not yet" (the thing watched may be between states); any other propagates at once."""
    deadline = time.monotonic() + timeout
    last_error: BaseException | None = None
    poll = min(interval, 0.005)  # start fast, back off to `interval`
    while True:
        try:
            value = condition()
        except retry_on as exc:
            last_error, value = exc, None
        if value:
            return value
        if time.monotonic() >= deadline:
            message = f"timed out after {timeout} s waiting for {what}" + (
                f" (last error: {last_error!r})" if last_error is not None else ""
            )
            raise (on_timeout or AssertionError)(message)
        time.sleep(poll)
        poll = min(poll * 1.5, interval)
