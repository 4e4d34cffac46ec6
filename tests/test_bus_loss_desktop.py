"""Losing the session bus under the running app (the session ends, the bus daemon dies): no traceback from any
thread, the app keeps checking, and it still quits cleanly afterwards."""

from __future__ import annotations

import os
import signal

import pytest

from harness.faults import FakeSeRanking
from harness.plugin import DesktopSessionFactory
from harness.tray_app import TrayAppProcess, wait_until

pytestmark = pytest.mark.desktop

REFRESH_SECONDS = 2


def test_killing_the_session_bus_prints_no_traceback(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=False)
    app = TrayAppProcess(
        session,
        "--refresh-interval",
        str(REFRESH_SECONDS),
        env={"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key},
    )
    apps.append(app)
    app.wait_for_item(timeout=20)
    # A notification first: the app's own D-Bus connection (jeepney, with its receiver thread) is then open.
    fake_api.set_state(subscription={"type": "subscription", "is_expired": "true"})
    session.recorder.wait_for(1, 20)

    os.kill(session.session_bus_pid, signal.SIGKILL)
    # Still running and still checking: requests keep coming after the bus is gone.
    fake_api.clear_requests()
    wait_until(lambda: len(fake_api.requests) >= 2, 3 * REFRESH_SECONDS + 10, "checks after the bus went away")
    assert app.process.poll() is None, app.output()
    # ...and a later notification does not bring the traceback back (the tray's own message instead).
    fake_api.set_state(subscription={"type": "subscription", "is_expired": "false"})
    fake_api.clear_requests()
    wait_until(lambda: len(fake_api.requests) >= 2, 3 * REFRESH_SECONDS + 10, "more checks")

    app.send_signal(signal.SIGTERM)
    assert app.wait_exit(timeout=15) == 0, app.output()
    output = app.output()
    assert "Traceback" not in output, output
    assert "ConnectionResetError" not in output, output
