"""The refresh worker in its own QThread, against the loopback fake (pytest-qt, offscreen)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from pytestqt.qtbot import QtBot

from harness.faults import FakeSeRanking, Fault
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.account_view import AccountView, apply_outcome
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.gui.system_events import SystemEvents
from seranking_tray.gui.worker import RefreshWorker
from seranking_tray.service import monitor as monitor_module
from seranking_tray.service.accounts import AccountInputs
from seranking_tray.store.settings import Settings


class Harness(QObject):
    refresh_soon = Signal()
    refresh_now = Signal()


@pytest.fixture
def worker_for(qtbot: QtBot, fake_api: FakeSeRanking, sentinel_key: str) -> Iterator[object]:
    made: list[tuple[RefreshWorker, QThread]] = []

    def make(interval: int | None = 3600) -> tuple[RefreshWorker, QThread, Harness]:
        account = Account(
            AccountConfig(AccountId("a1"), "default"), fake_api.url, ApiKey(sentinel_key), KeySource.ENVIRONMENT
        )
        worker = RefreshWorker(Settings(), AccountInputs(fixed=account), None, interval)
        thread = QThread()
        worker.moveToThread(thread)
        harness = Harness()
        harness.refresh_soon.connect(worker.refresh_soon)
        harness.refresh_now.connect(worker.refresh_now)
        thread.started.connect(worker.start)
        made.append((worker, thread))
        return worker, thread, harness

    yield make
    for worker, thread in made:
        worker.cancel()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, worker, worker.stop)
        assert thread.wait(3000)


def test_first_check_runs_at_start_off_the_gui_thread(qtbot: QtBot, worker_for, fake_api: FakeSeRanking) -> None:
    worker, thread, _ = worker_for()
    with qtbot.waitSignal(worker.checked, timeout=10000) as blocker:
        thread.start()
    result = blocker.args[0]
    assert isinstance(result, CheckOutcome)
    assert result.snapshot.complete and result.snapshot.balance is not None
    assert len(fake_api.requests_to("balance")) == 1


@pytest.mark.parametrize("signal_name", ["resumed", "network_back"])
def test_wake_up_and_network_back_refresh_at_once(
    qtbot: QtBot, worker_for, fake_api: FakeSeRanking, signal_name: str
) -> None:
    worker, thread, _ = worker_for(interval=3600)  # no timer refresh can happen during the test
    events = SystemEvents()
    events.resumed.connect(worker.refresh_soon)
    events.network_back.connect(worker.refresh_soon)
    with qtbot.waitSignal(worker.checked, timeout=10000):
        thread.start()
    with qtbot.waitSignal(worker.checked, timeout=10000):
        getattr(events, signal_name).emit()
    assert len(fake_api.requests_to("balance")) == 2


def test_a_rejected_key_pauses_automatic_refresh_until_asked(qtbot: QtBot, worker_for, fake_api: FakeSeRanking) -> None:
    fake_api.key = "0" * 40  # the worker's key is now wrong: 401
    worker, thread, harness = worker_for(interval=1)
    with qtbot.waitSignal(worker.checked, timeout=10000) as paused:
        thread.start()
    assert paused.args[0].paused and paused.args[0].next_delay is None
    # A wake-up does not lift the pause; only the user (or a new key) does. The barrier runs in the worker thread
    # after the wake-up's slot has returned (queued calls keep their order), so nothing can still be on its way.
    checks: list[object] = []
    worker.checked.connect(checks.append)
    harness.refresh_soon.emit()
    barrier = threading.Event()
    QTimer.singleShot(0, worker, barrier.set)
    qtbot.waitUntil(barrier.is_set, timeout=10000)
    qtbot.wait(0)  # deliver anything the worker emitted before the barrier
    assert checks == []
    assert len(fake_api.requests_to("balance")) == 1
    with qtbot.waitSignal(worker.checked, timeout=10000):
        harness.refresh_now.emit()
    assert len(fake_api.requests_to("balance")) == 2


def test_the_next_check_follows_a_failed_one(qtbot: QtBot, worker_for, fake_api: FakeSeRanking) -> None:
    fake_api.set_fault("balance", Fault(status=400, times=1))  # not retried inside the check
    worker, thread, _ = worker_for(interval=1)
    with qtbot.waitSignal(worker.checked, timeout=10000) as first:
        thread.start()
    assert not first.args[0].snapshot.complete
    with qtbot.waitSignal(worker.checked, timeout=10000) as second:
        pass
    assert second.args[0].snapshot.complete


def test_a_worker_check_is_assessed_once(
    qtbot: QtBot, worker_for, fake_api: FakeSeRanking, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    real = monitor_module.assess

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(monitor_module, "assess", counting)
    worker, thread, _ = worker_for()
    with qtbot.waitSignal(worker.checked, timeout=10000) as blocker:
        thread.start()
    outcome = blocker.args[0]
    view = apply_outcome(AccountView(outcome.account), outcome)  # what the app does with it: display only
    assert view.health is outcome.assessment.health
    assert len(calls) == 1
