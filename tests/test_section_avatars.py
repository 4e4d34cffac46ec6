"""Issue 13: each account's menu section shows that account's profile picture (fetched off the GUI thread through
the avatar code, cached on disk) with its state as a badge; a picture that cannot be loaded leaves the state icon
(pytest-qt, offscreen, the running app against the loopback fake)."""

from __future__ import annotations

import copy
import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from harness.faults import FakeSeRanking
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.gui import app as app_module
from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.avatar import circular_avatar, decode_avatar
from seranking_tray.gui.icons import IconState, IconStyle, state_icon
from seranking_tray.gui.options import AppOptions
from seranking_tray.service.account_list import AccountList
from seranking_tray.store.settings import ensure_accounts, load_settings
from tests.conftest import MemoryKeyring
from tests.test_accounts_editor import private_dirs
from tests.test_gui_demo_switch import CountedEvents

__all__ = ["private_dirs"]  # the fixture, used by name

SIDE = 32
LOW = {"currency": "USD", "currency_code": "USD", "value": 3.5}


@pytest.fixture
def three_apps_accounts(
    qtbot: QtBot,
    qapp: QApplication,
    private_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    fake_api: FakeSeRanking,
    sentinel_key: str,
) -> Iterator[TrayApp]:
    """Fine (the fake's main key), Low (its picture too, a low balance) and Broken (a picture that is not there)."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={private_dirs / 'no-bus'}")
    monkeypatch.setattr(app_module, "SystemEvents", CountedEvents)
    low_key, broken_key = secrets.token_hex(20), secrets.token_hex(20)
    fake_api.set_key_state(low_key, balance=LOW)
    broken = copy.deepcopy(fake_api.profile)
    broken["picture"] = f"{fake_api.url}/no-such-picture.png"
    fake_api.set_key_state(broken_key, profile=broken)
    accounts = AccountList(ensure_accounts(load_settings()).settings)
    for label, key in (("Fine", sentinel_key), ("Low", low_key), ("Broken", broken_key)):
        accounts.add(label, ApiKey(key), fake_api.url)
    before = list(logging.getLogger().handlers)
    app = TrayApp(qapp, AppOptions(refresh_interval=3600), {"SERANKING_API_URL": fake_api.url})
    app.start()
    try:
        yield app
    finally:
        stopped = app.workers is None or app.workers.stop(3000)
        app._retire_worker()
        if app.notifier is not None:
            app.notifier.close()
        app.tray.hide()
        for handler in logging.getLogger().handlers:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
        assert stopped


def header(app: TrayApp, label: str) -> QAction:
    (action,) = [a for a in app.tray.menu.actions() if a.isVisible() and a.text() == label]
    return action


def picture(action: QAction) -> QImage:
    return action.icon().pixmap(SIDE, SIDE).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def near(one: QColor, other: QColor) -> bool:
    return max(abs(one.red() - other.red()), abs(one.green() - other.green()), abs(one.blue() - other.blue())) < 24


def test_each_section_shows_its_account_s_picture_and_a_broken_one_keeps_the_state_icon(
    qtbot: QtBot, three_apps_accounts: TrayApp, fake_api: FakeSeRanking
) -> None:
    app = three_apps_accounts
    image = decode_avatar(fake_api.avatar)
    assert image is not None
    expected = circular_avatar(image, "x", SIDE).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    probe = (10, 10)  # inside the circle, away from the state badge in the lower-right corner
    blue = expected.pixelColor(*probe)
    assert blue.blue() > 0xC0 and blue.red() < 0x40  # the fake's picture: a blue disc

    def shows_picture(label: str) -> bool:
        return near(picture(header(app, label)).pixelColor(*probe), blue)

    qtbot.waitUntil(lambda: {"Fine", "Low", "Broken"} <= {a.text() for a in app.tray.menu.actions()}, timeout=15000)
    qtbot.waitUntil(lambda: shows_picture("Fine") and shows_picture("Low"), timeout=15000)
    fine, low = picture(header(app, "Fine")), picture(header(app, "Low"))
    assert fine != expected  # a state badge on it
    assert fine != low  # the same picture, two states: two badges
    # Broken's picture is asked for (and fails): its section keeps the state icon.
    qtbot.waitUntil(lambda: any(r.path.startswith("/no-such-picture.png") for r in fake_api.requests), timeout=15000)
    qtbot.waitUntil(lambda: app.several.model.views()[2].health is not None, timeout=15000)
    plain = state_icon(IconState.OK, IconStyle.COLOUR).pixmap(SIDE, SIDE).toImage()
    assert picture(header(app, "Broken")) == plain.convertToFormat(QImage.Format.Format_ARGB32)
    assert not shows_picture("Broken")
