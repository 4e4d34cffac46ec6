"""BackgroundCall: a result that comes back after its owner is gone is dropped quietly."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from seranking_tray.gui.background import BackgroundCall


def test_a_result_after_the_owner_was_deleted_raises_nothing_in_its_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[Any] = []
    monkeypatch.setattr(threading, "excepthook", errors.append)
    release, finished = threading.Event(), threading.Event()

    def action() -> str:
        release.wait(10)
        finished.set()
        return "late"

    owner = QObject()
    call = BackgroundCall(action, parent=owner).start()
    shiboken6.delete(owner)  # the app quits: the parent and its children go
    assert not shiboken6.isValid(call)
    release.set()
    assert finished.wait(10)
    qtbot.waitUntil(lambda: call not in _running_calls(), timeout=5000)
    assert errors == []


def test_a_result_reaches_a_living_owner(qtbot: QtBot) -> None:
    owner = QObject()
    call = BackgroundCall(lambda: 42, parent=owner)
    with qtbot.waitSignal(call.succeeded, timeout=5000) as blocker:
        call.start()
    assert blocker.args == [42]


def _running_calls() -> set[BackgroundCall]:
    from seranking_tray.gui import background

    return background._running
