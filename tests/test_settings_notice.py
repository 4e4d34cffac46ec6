"""A settings file the app could not fully use is said where the user looks — the account window's notice, in the
chosen language — not only in the log (pytest-qt, offscreen: no tray here, so the no-tray notice comes first)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from seranking_tray.domain.languages import AUTO
from seranking_tray.gui.app import NO_TRAY_NOTICE, TrayApp
from seranking_tray.gui.i18n import LANGUAGE
from seranking_tray.gui.options import AppOptions
from seranking_tray.store.settings import load_settings


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")  # no notification daemon
    folder = tmp_path / "xdg_config_home" / "seranking-tray"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def started(qtbot: QtBot, qapp: QApplication) -> Iterator[list[TrayApp]]:
    apps: list[TrayApp] = []
    yield apps
    for app in apps:
        assert app.workers is None or app.workers.stop(3000)
        if app.notifier is not None:
            app.notifier.close()
        if app.window is not None:
            app.window.close()
        app.tray.hide()
    for handler in logging.getLogger().handlers[:]:
        if type(handler).__name__ == "RotatingFileHandler":
            logging.getLogger().removeHandler(handler)
            handler.close()
    LANGUAGE.follow(AUTO)  # the process-wide language as the other tests expect it
    LANGUAGE.apply("en")


def start(qapp: QApplication, started: list[TrayApp]) -> TrayApp:
    app = TrayApp(qapp, AppOptions(refresh_interval=3600), environ={})
    started.append(app)
    app.start()
    return app


def test_a_damaged_file_is_said_in_the_window(
    qtbot: QtBot, qapp: QApplication, config_dir: Path, started: list[TrayApp], caplog: pytest.LogCaptureFixture
) -> None:
    (config_dir / "settings.json").write_bytes(b"{broken")
    with caplog.at_level(logging.WARNING):
        app = start(qapp, started)
        qtbot.waitUntil(lambda: app.window is not None and app.window.notice.isVisible())
    assert app.window is not None
    (aside,) = config_dir.glob("settings.json.corrupt-*")
    text = app.window.notice.text()
    assert text.startswith(NO_TRAY_NOTICE)
    assert "is damaged (Expecting property name enclosed in double quotes" in text
    assert f"it was kept as {aside}. Using defaults." in text
    assert any(f"it was kept as {aside}" in record.getMessage() for record in caplog.records)


def test_a_value_out_of_range_is_said_in_the_chosen_language_and_logged_in_english(
    qtbot: QtBot, qapp: QApplication, config_dir: Path, started: list[TrayApp], caplog: pytest.LogCaptureFixture
) -> None:
    (config_dir / "settings.json").write_text('{"language": "de", "refresh_interval": 5}')
    LANGUAGE.follow(load_settings().settings.language)  # as gui.main does before the first icon
    with caplog.at_level(logging.WARNING):
        app = start(qapp, started)
        qtbot.waitUntil(lambda: app.window is not None and app.window.notice.isVisible())
    assert app.window is not None
    notice = app.window.notice.text()
    assert "'refresh_interval' = 5" in notice and "Bereich" in notice, notice
    assert any("'refresh_interval' = 5 is out of range" in record.getMessage() for record in caplog.records)


def test_a_good_file_shows_no_notice_but_the_missing_tray(
    qtbot: QtBot, qapp: QApplication, config_dir: Path, started: list[TrayApp]
) -> None:
    (config_dir / "settings.json").write_text('{"refresh_interval": 600}')
    app = start(qapp, started)
    qtbot.waitUntil(lambda: app.window is not None and app.window.notice.isVisible())
    assert app.window is not None
    assert app.window.notice.text() == NO_TRAY_NOTICE
