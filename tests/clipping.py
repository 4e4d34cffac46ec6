"""Which widgets' text does not fit: each visible label, check box and button's needed size against its given size.

Run as a module (`python -m tests.clipping`) it builds the surfaces itself and prints what it finds, one per line:
the 200 % check runs it in a subprocess with QT_SCALE_FACTOR=2, which must be set before Qt starts.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

import keyring
import keyring.backends.fail
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import AccountView, apply_outcome
from seranking_tray.domain.health import assess
from seranking_tray.domain.models import Balance, Snapshot, Subscription, SubscriptionBalance
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.gui.settings_dialog import SettingsDialog
from seranking_tray.service.demo_history import demo_readings
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import Settings

NOTICE = "No system tray was found, so this window stands in for the tray icon. Close it to quit."


def clipped(root: QWidget) -> list[str]:
    """'name: needs W×H, has W×H' for every visible text widget that is given less than it needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        hint = widget.sizeHint()
        need_w, need_h = hint.width(), hint.height()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_w, need_h = 0, widget.heightForWidth(widget.width())
        if need_w > widget.width() or need_h > widget.height():
            name = widget.objectName() or type(widget).__name__
            text = widget.text()[:40]
            found.append(f"{name} {text!r}: needs {need_w}x{need_h}, has {widget.width()}x{widget.height()}")
    return found


def account_window() -> AccountWindow:
    now = datetime.now(UTC)
    account = Account(AccountConfig(AccountId("a1"), "Agency"), "https://api4.seranking.com", None)
    subscription = Subscription("subscription", False, SubscriptionBalance(0.0, "USD"))
    snapshot = Snapshot(now, balance=Balance(42.0, "USD"), subscription=subscription)
    view = apply_outcome(AccountView(account), CheckOutcome(account, snapshot, assess(snapshot)))
    window = AccountWindow(demo=False)
    window.update_view(view, has_key=True)
    window.set_history(demo_readings(account.config, 42.0, now), threshold=10.0, forecast=None)
    return window


def settings_dialog() -> SettingsDialog:
    return SettingsDialog(Settings(api_url="http://127.0.0.1:9"), None, keystore=KeyStore())


def surfaces() -> dict[str, QWidget]:
    return {"account": account_window(), "no-tray": account_window(), "settings": settings_dialog()}


def find_clipping(app: QApplication) -> list[str]:
    """Every surface shown and laid out, then checked; the keyring fails, for the longest key storage text."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    problems = []
    try:
        for name, widget in surfaces().items():
            widget.show()
            if name == "no-tray" and isinstance(widget, AccountWindow):
                widget.show_notice(NOTICE)  # after showing, as the app does when it finds no tray
            deadline = time.monotonic() + 10
            while isinstance(widget, SettingsDialog) and "checking" in widget.backend_label.text():
                app.processEvents()  # the key storage's name comes from a background call
                if time.monotonic() > deadline:
                    problems.append("settings: the key storage's name never came")
                    break
            app.processEvents()
            problems += [f"{name}: {p}" for p in clipped(widget)]
            widget.close()
            widget.deleteLater()
    finally:
        keyring.set_keyring(previous)
    return problems


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    print(f"scale {app.devicePixelRatio():g}")  # so the caller knows QT_SCALE_FACTOR took effect
    print("\n".join(find_clipping(app)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
