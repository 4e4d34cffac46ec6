"""Run inside a desktop session: the real tray app (`gui.main.run`), which — once the file named by the first
argument exists — opens its settings dialog, chooses the language given as the second argument ("en", "auto"…)
and presses Save, as a person would. Prints `saved` then; the app keeps running, so the test reads its tray menu
over D-Bus in the new language.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from seranking_tray.gui import main as gui_main
from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.options import AppOptions


def main() -> int:
    go, language = Path(sys.argv[1]), sys.argv[2]
    steps: list[Callable[[TrayApp], bool]] = []

    def wait_for_go(app: TrayApp) -> bool:
        if not go.exists():
            return False
        app.show_settings()
        return True

    def choose_and_save(app: TrayApp) -> bool:
        dialog = app.settings_dialog
        if dialog is None:
            return False
        dialog.language_edit.setCurrentIndex(dialog.language_edit.findData(language))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        print("saved", flush=True)
        return True

    steps.extend([wait_for_go, choose_and_save])
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
    return gui_main.run(AppOptions(refresh_interval=1))


if __name__ == "__main__":
    sys.exit(main())
