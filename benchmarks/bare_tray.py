"""The floor the app is measured against: QApplication + QSystemTrayIcon with a plain icon and a tooltip.

Nothing else on purpose (no menu, no argparse, no signal handling: SIGTERM's default action ends it). The colour
is given as three ints: ``QColor(int)`` or a colour name would load PySide6's ``Qt`` namespace (12-25 ms), which
would make the floor slower than it needs to be.

Run: ``python -m benchmarks.bare_tray``.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

ICON_SIZE = 22


def main() -> int:
    app = QApplication(sys.argv[:1])
    # A tray app has no window; without this the first closed dialog would end it.
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(QColor(0x1A, 0x9E, 0x8F))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("bare")
    tray.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
