"""Run inside a desktop session: open the real settings dialog, type a key read from stdin, press Save.

Prints one line: the outcome (`stored`, `session`, …). Used to show that the dialog's Save reaches the real
Secret Service (gnome-keyring) — or, with no keyring at all, that the session-only choice works.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from seranking_tray.gui.settings_dialog import SavedSettings, SettingsDialog
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import load_settings
from seranking_tray.system.logs import setup_logging


def main() -> int:
    setup_logging(debug=True)
    app = QApplication(sys.argv[:1])
    dialog = SettingsDialog(load_settings().settings, None, keystore=KeyStore())
    outcome: list[str] = []

    def on_saved(saved: SavedSettings) -> None:
        outcome.append(saved.key_change.value)
        app.quit()

    def on_problem_shown() -> None:
        if dialog.keyring_problem.isVisible() and not outcome:
            dialog.keep_for_session_button.click()

    dialog.saved.connect(on_saved)
    dialog.show()
    dialog.key_edit.setText(sys.stdin.readline())
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    from PySide6.QtCore import QTimer

    watcher = QTimer()
    watcher.timeout.connect(on_problem_shown)
    watcher.start(50)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    print(outcome[0] if outcome else "nothing")
    return 0 if outcome else 1


if __name__ == "__main__":
    sys.exit(main())
