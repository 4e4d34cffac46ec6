"""Run inside a desktop session: the real tray app (`gui.main.run`), which — once the file named by the first
argument exists — opens its settings dialog, adds an account through the accounts list (label: the second
argument; key: a line of stdin, never argv), waits for it to be listed and presses Save, typing as a person would.
Prints `saved` then; the app keeps running, so the test reads its tray menu over D-Bus.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from seranking_tray.gui import main as gui_main
from seranking_tray.gui.account_dialog import AddAccountDialog
from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.options import AppOptions


def main() -> int:
    go, label = Path(sys.argv[1]), sys.argv[2]
    key = sys.stdin.readline().strip()
    steps: list[Callable[[TrayApp], bool]] = []

    def wait_for_go(app: TrayApp) -> bool:
        if not go.exists():
            return False
        app.show_settings()
        return True

    def add(app: TrayApp) -> bool:
        dialog = app.settings_dialog
        if dialog is None or not dialog.accounts_editor.entries or not dialog.accounts_editor.add_button.isEnabled():
            return False
        editor = dialog.accounts_editor
        editor.add_button.click()
        added = editor.dialog
        assert isinstance(added, AddAccountDialog)
        QTest.keyClicks(added.label_edit, label)
        added.key_edit.setText(key)  # pasted
        added.ok_button.click()
        return True

    def save(app: TrayApp) -> bool:
        dialog = app.settings_dialog
        assert dialog is not None
        editor = dialog.accounts_editor
        if editor.dialog is not None and editor.dialog.error.isVisible():
            print(f"refused: {editor.dialog.error.text()}", flush=True)
            return True
        if label not in editor.labels() or not editor.add_button.isEnabled():
            return False
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        print("saved", flush=True)
        return True

    steps.extend([wait_for_go, add, save])
    timers: list[QTimer] = []
    real_start = gui_main._start_app

    def start(*args: Any) -> TrayApp:
        app = real_start(*args)
        timer = QTimer()

        def step() -> None:
            if steps and steps[0](app):
                steps.pop(0)
            if not steps:
                timer.stop()

        timer.timeout.connect(step)
        timer.start(100)
        timers.append(timer)
        return app

    gui_main._start_app = start  # type: ignore[assignment]
    return gui_main.run(AppOptions(refresh_interval=2))


if __name__ == "__main__":
    sys.exit(main())
