""" "Try the demo" in the running app (pytest-qt, offscreen): the worker restarts alone — one log file handler,
each line written once, one system-events watcher — and a worker that is slow to stop is abandoned, never met
with the `os._exit` meant for Quit."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import ClassVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from harness.faults import FakeSeRanking, Fault
from seranking_tray.domain.account import KeySource
from seranking_tray.gui import app as app_module
from seranking_tray.gui import system_events
from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.options import AppOptions
from seranking_tray.system.log_file import LOG_FILE_NAME


class CountedEvents(system_events.SystemEvents):
    made: ClassVar[list[CountedEvents]] = []

    def __init__(self) -> None:
        super().__init__()
        CountedEvents.made.append(self)

    def watch(self) -> None:  # the system bus is not the test's to use
        pass


def file_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


@pytest.fixture
def running_app(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_api, sentinel_key: str
) -> Iterator[TrayApp]:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")  # no notification daemon
    monkeypatch.setattr(app_module, "SystemEvents", CountedEvents)  # the name gui.app imported
    CountedEvents.made.clear()
    exits: list[int] = []
    monkeypatch.setattr(os, "_exit", lambda code: exits.append(code))
    before = list(logging.getLogger().handlers)
    environ = {"SERANKING_API_KEY": sentinel_key, "SERANKING_API_URL": fake_api.url}
    app = TrayApp(qapp, AppOptions(refresh_interval=3600), environ)
    app.start()
    try:
        yield app
    finally:
        stopped = app.workers is None or app.workers.stop(3000)
        app._retire_worker()  # the demo's server
        if app.notifier is not None:
            app.notifier.close()
        if app.window is not None:
            app.window.close()
        app.tray.hide()
        for handler in logging.getLogger().handlers:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
        assert stopped
        assert exits == []


def test_try_the_demo_restarts_only_the_worker_and_survives_a_slow_stop(
    qtbot: QtBot, running_app: TrayApp, fake_api: FakeSeRanking, tmp_path: Path
) -> None:
    app = running_app
    qtbot.waitUntil(lambda: app.view is not None and app.view.health is not None, timeout=10000)
    qtbot.waitUntil(lambda: len(CountedEvents.made) == 1, timeout=5000)
    assert len(file_handlers()) == 1

    # The real account's next check hangs on the server, and the worker's stop is held back until released:
    # the switch must neither wait for it nor end the process.
    fake_api.set_fault("balance", Fault(hang=True))
    assert app.workers is not None
    old_worker, old_thread = app.workers.worker, app.workers.thread
    assert old_worker is not None and old_thread is not None
    release = threading.Event()
    real_stop = old_worker.stop

    def slow_stop() -> None:
        release.wait(30)
        real_stop()

    old_worker.stop = slow_stop  # type: ignore[method-assign]
    app.refresh_now()
    assert fake_api.wait_for_arrivals(2, timeout=10, endpoint="balance")
    app.switch_to_demo()
    assert app.options.demo and app.workers.worker is not old_worker
    assert app.workers.retired == (old_thread,)
    assert old_thread.isRunning()  # abandoned, not waited for
    qtbot.waitUntil(
        lambda: app.view is not None and app.view.health is not None and app.view.account.key_source is KeySource.DEMO,
        timeout=15000,
    )
    release.set()
    qtbot.waitUntil(lambda: not app.workers.retired, timeout=10000)  # it ended on its own, and was let go

    assert len(file_handlers()) == 1
    assert len(CountedEvents.made) == 1
    marker = "one line after the demo switch"
    logging.getLogger("seranking_tray.test").warning(marker)
    for handler in file_handlers():
        handler.flush()
    log_file = tmp_path / "xdg_state_home" / "seranking-tray" / "logs" / LOG_FILE_NAME
    assert log_file.read_text(encoding="utf-8").count(marker) == 1
