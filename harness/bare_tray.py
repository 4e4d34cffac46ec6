"""The smallest PySide6 tray app: a plain-coloured 22x22 icon, a tooltip and a one-entry menu.

The harness self-tests run it inside a :class:`harness.session.DesktopSession` to prove the
session really provides a tray.  It reports on stdout (one line each, flushed) what the user did,
so a test can check that D-Bus clicks reach the app:

    activated <reason>       the icon was clicked (SNI Activate = left click)
    menu <action text>       a menu entry was chosen

Run: ``python -m harness.bare_tray [--colour red] [--tooltip bare]``.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

ICON_SIZE = 22


def _report(line: str) -> None:
    print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--colour", default="#e01b24", help="icon colour (any QColor name)")
    parser.add_argument("--tooltip", default="bare")
    parser.add_argument("--menu-entry", default="Hello")
    options = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    # A tray app has no window; closing a dialog must not end it.
    app.setQuitOnLastWindowClosed(False)

    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(QColor(options.colour))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip(options.tooltip)

    menu = QMenu()
    hello = QAction(options.menu_entry, menu)
    hello.triggered.connect(lambda: _report(f"menu {options.menu_entry}"))
    menu.addAction(hello)
    tray.setContextMenu(menu)
    tray.activated.connect(lambda reason: _report(f"activated {reason.name}"))

    tray.show()
    _report(f"tray-available {QSystemTrayIcon.isSystemTrayAvailable()}")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
