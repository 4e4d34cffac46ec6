"""The tray icon object and the app's reaction to theme changes (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.icons import IconStyle
from seranking_tray.gui.options import AppOptions
from seranking_tray.gui.tray import TrayIcon


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


def test_the_icon_style_setting_changes_the_icon(qtbot: QtBot) -> None:
    tray = TrayIcon(demo=False, style=IconStyle.COLOUR)
    colour = tray.icon.icon().pixmap(22, 22).toImage()
    tray.set_style(IconStyle.LIGHT)
    light = tray.icon.icon().pixmap(22, 22).toImage()
    tray.set_style(IconStyle.DARK)
    dark = tray.icon.icon().pixmap(22, 22).toImage()
    assert colour != light and light != dark and colour != dark


def test_the_menu_keeps_its_entries_when_the_state_changes(qtbot: QtBot) -> None:
    tray = TrayIcon(demo=False, style=IconStyle.COLOUR)
    before = list(tray.menu.actions())
    tray.update_view(None, has_key=False)
    tray.update_view(None, has_key=True)
    assert list(tray.menu.actions()) == before  # the same objects: ids a D-Bus host holds stay valid


def test_a_palette_change_re_sets_the_tray_icon(qtbot: QtBot, qapp: QApplication, private_dirs: Path) -> None:
    app = TrayApp(qapp, AppOptions(), environ={})
    refreshed: list[bool] = []
    original = app.tray.refresh
    app.tray.refresh = lambda: (refreshed.append(True), original())[1]  # type: ignore[method-assign]
    palette = QPalette(qapp.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
    old = qapp.palette()
    try:
        qapp.setPalette(palette)
        qtbot.waitUntil(lambda: bool(refreshed), timeout=2000)
    finally:
        qapp.setPalette(old)
        qapp.removeEventFilter(app)
