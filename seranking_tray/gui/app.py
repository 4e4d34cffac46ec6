"""The tray application: wires the worker, the tray icon and the windows together.

Start-up is ordered for a fast first icon: Qt and the settings file only, icon shown, then (from the event
loop) the worker thread, which imports requests and keyring and looks up the key off the GUI thread.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import socket
import sys
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from .. import __version__
from ..account import Account, resolve_account
from ..apikey import WEB_APP_URL
from ..config import Settings, load_settings
from ..logs import REDACTOR, setup_logging
from ..secrets import ENV_KEY
from ..view import AccountView, apply_snapshot
from .icons import IconStyle, app_icon
from .tray import TrayIcon

if TYPE_CHECKING:
    from ..demo import DemoService
    from .account_window import AccountWindow
    from .worker import AvatarResult, CheckResult, RefreshWorker

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 1500  # the worker gets this long to stop; quitting is promised within 2 s
NO_TRAY_NOTICE = (
    "No system tray was found, so SE Ranking Tray runs in this window. Closing it quits the app. "
    "(On GNOME, the AppIndicator extension adds a tray.)"
)


@dataclass(frozen=True)
class AppOptions:
    demo: bool = False
    refresh_interval: int | None = None
    debug: bool = False
    open_settings: bool = False


class TrayApp(QObject):
    # Requests to the worker; queued across threads by Qt.
    _refresh_now = Signal()
    _refresh_soon = Signal()
    _reload_account = Signal()
    _apply_settings = Signal(object)

    def __init__(self, app: QApplication, options: AppOptions, environ: dict[str, str]) -> None:
        super().__init__()
        self.app = app
        self.options = options
        self._environ = environ
        loaded = load_settings()
        for warning in loaded.warnings:
            log.warning("%s", warning)
        self.settings: Settings = loaded.settings
        self.view: AccountView | None = None
        self.account: Account | None = None
        self.has_key = True  # until the lookup says otherwise
        self.window: AccountWindow | None = None
        self.worker: RefreshWorker | None = None
        self.worker_thread: QThread | None = None
        self.demo: DemoService | None = None
        self._no_tray = False
        self._avatar_data: bytes | None = None
        self._quitting = False

        self.tray = TrayIcon(options.demo, IconStyle(self.settings.icon_style))
        self.tray.device_pixel_ratio = app.devicePixelRatio()
        self.tray.refresh_requested.connect(self.refresh_now)
        self.tray.account_window_requested.connect(self.show_account_window)
        self.tray.settings_requested.connect(self.show_settings)
        self.tray.web_app_requested.connect(self.open_web_app)
        self.tray.quit_requested.connect(self.quit)
        app.installEventFilter(self)

    # --- start ------------------------------------------------------------------------------------------

    def start(self) -> None:
        self.tray.refresh()
        self.tray.show()
        # Everything else waits for the event loop, so the icon appears first.
        QTimer.singleShot(0, self._start_worker)

    def _start_worker(self) -> None:
        from .worker import RefreshWorker

        if not QSystemTrayIcon.isSystemTrayAvailable():
            self._no_tray = True
            self.show_account_window()
            assert self.window is not None
            self.window.show_notice(NO_TRAY_NOTICE)

        interval = self.options.refresh_interval
        after_check = None
        avatar_cache = None
        if self.options.demo:
            from ..demo import DEMO_REFRESH_SECONDS, DemoService

            self.demo = DemoService()
            demo_account = self.demo.start()
            interval = interval or DEMO_REFRESH_SECONDS
            after_check = self.demo.advance

            def resolve() -> Account:
                return demo_account
        else:
            from ..avatar_cache import AvatarCache
            from ..paths import cache_dir

            avatar_cache = AvatarCache(cache_dir() / "avatars")
            settings, environ = self.settings, self._environ

            def resolve() -> Account:
                return resolve_account(settings, environ)

        self.worker = RefreshWorker(self.settings, resolve, avatar_cache, interval, after_check)
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("refresh")
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.start)
        self.worker.account_resolved.connect(self._on_account)
        self.worker.checked.connect(self._on_checked)
        self.worker.avatar_ready.connect(self._on_avatar)
        self.worker.paused.connect(self._on_paused)
        self._refresh_now.connect(self.worker.refresh_now)
        self._refresh_soon.connect(self.worker.refresh_soon)
        self._reload_account.connect(self.worker.reload_account)
        self._apply_settings.connect(self.worker.apply_settings)
        self.worker_thread.start()
        if self.options.open_settings:
            self.show_settings()
        QTimer.singleShot(0, self._watch_system)

    def _watch_system(self) -> None:
        from .system_events import SystemEvents

        self.system_events = SystemEvents()
        self.system_events.resumed.connect(self._refresh_soon)
        self.system_events.network_back.connect(self._refresh_soon)
        try:
            self.system_events.watch()
        except Exception:  # a missing backend must never take the app down
            log.exception("Cannot watch for wake-up and network changes")

    # --- worker results -----------------------------------------------------------------------------

    def _on_account(self, account: Account) -> None:
        changed = self.account is None or account != self.account
        self.account = account
        self.has_key = account.key is not None
        if changed and self.view is not None and self.view.account.api_url != account.api_url:
            self.view = None  # another account: its figures are not this one's
        self._show()

    def _on_checked(self, result: CheckResult) -> None:
        base = self.view if self.view is not None else AccountView(result.account)
        self.view = apply_snapshot(replace(base, account=result.account), result.snapshot, self._threshold())
        self._show()

    def _on_paused(self, paused: bool) -> None:
        if self.view is not None:
            self.view = replace(self.view, paused=paused)
            self._show()

    def _on_avatar(self, result: AvatarResult) -> None:
        self._avatar_data = result.data
        self._draw_avatars()

    def _draw_avatars(self) -> None:
        from .avatar import circular_avatar, decode_avatar

        image = decode_avatar(self._avatar_data) if self._avatar_data else None
        name = self.view.name if self.view else ""
        dpr = self.app.devicePixelRatio()
        self.tray.set_avatar(circular_avatar(image, name, 32, dpr))
        if self.window is not None:
            self.window.set_avatar(circular_avatar(image, name, 64, dpr) if image is not None else None)

    def _threshold(self) -> float:
        return self.settings.low_balance_threshold

    def _show(self) -> None:
        self.tray.update_view(self.view, self.has_key)
        if self.window is not None:
            self.window.update_view(self.view, self.has_key)
        if self.tray.avatar is None and self.view is not None and self.view.profile is not None:
            self._draw_avatars()  # initials until (or unless) the picture arrives

    # --- user actions -------------------------------------------------------------------------------

    def refresh_now(self) -> None:
        self._refresh_now.emit()

    def show_account_window(self) -> None:
        if self.window is None:
            from .account_window import AccountWindow

            self.window = AccountWindow(self.options.demo)
            self.window.refresh_requested.connect(self.refresh_now)
            self.window.settings_requested.connect(self.show_settings)
            self.window.closed.connect(self._on_window_closed)
            self.window.update_view(self.view, self.has_key)
            if self._avatar_data:
                self._draw_avatars()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _on_window_closed(self) -> None:
        if self._no_tray:
            self.quit()  # the window is the app when there is no tray

    def show_settings(self) -> None:
        # The settings dialog is not built yet: show where the settings live instead of doing nothing.
        self.show_account_window()
        assert self.window is not None
        from ..config import settings_path

        self.window.show_notice(
            f"Settings are kept in {settings_path()}. Store the API key with `seranking-tray key set` or set {ENV_KEY}."
        )

    def open_web_app(self) -> None:
        QDesktopServices.openUrl(QUrl(WEB_APP_URL))

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.tray.set_style(IconStyle(settings.icon_style))
        if self.view is not None and self.view.health is not None:
            self._show()
        self._apply_settings.emit(settings)

    # --- events and quitting ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.app and event.type() == QEvent.Type.ApplicationPaletteChange:
            self.tray.refresh()  # re-set the icon so a panel that changed theme repaints it
        return False

    def quit(self) -> None:
        """Stop the worker without waiting on the network, then leave the event loop."""
        if self._quitting:
            return
        self._quitting = True
        if self.worker is not None and self.worker_thread is not None:
            self.worker.cancel()
            QTimer.singleShot(0, self.worker, self.worker.stop)
            if not self.worker_thread.wait(QUIT_WAIT_MS):
                log.warning("The refresh thread did not stop in time; leaving anyway")
                self.tray.hide()
                logging.shutdown()
                os._exit(0)
        if self.demo is not None:
            self.demo.stop()
        self.tray.hide()
        self.app.quit()


def _install_signal_handlers(app: TrayApp) -> QSocketNotifier:
    """SIGTERM/SIGINT/SIGHUP quit cleanly: Python handlers only run when Python code runs, so the C handler
    writes to a socket that wakes Qt's event loop."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def on_signal() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        app.quit()

    notifier.activated.connect(on_signal)
    notifier._sockets = (reader, writer)  # type: ignore[attr-defined]  # keep them alive with the notifier
    return notifier


def run_app(args: argparse.Namespace) -> int:
    options = AppOptions(
        demo=bool(args.demo),
        refresh_interval=args.refresh_interval,
        debug=bool(getattr(args, "debug", False)),
        open_settings=bool(args.settings),
    )
    setup_logging(options.debug)
    # The key is read once and taken out of the process environment, so no child (a browser started by
    # xdg-open, say) inherits it.
    environ = dict(os.environ)
    if ENV_KEY in os.environ:
        REDACTOR.add_secret(os.environ[ENV_KEY].strip())
        del os.environ[ENV_KEY]

    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName("seranking-tray")
    qt_app.setApplicationDisplayName("SE Ranking Tray")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("seranking-tray")
    qt_app.setQuitOnLastWindowClosed(False)
    qt_app.setWindowIcon(app_icon())
    tray_app = TrayApp(qt_app, options, environ)
    notifier = _install_signal_handlers(tray_app)
    tray_app.start()
    code = qt_app.exec()
    notifier.setEnabled(False)
    return int(code)
