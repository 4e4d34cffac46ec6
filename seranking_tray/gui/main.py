"""Run the tray app: QApplication, single instance, the first icon, signal handlers, the event loop.

This module is the icon path: it imports only what the first tray icon needs. Everything else of the GUI
(worker, history, windows, notifications, requests, keyring…) is `seranking_tray.gui.app` and what it imports,
loaded by the one deferred import in `_start_app`, from the event loop, once the icon is up.
`tests/test_import_budget.py` pins what the icon path loads.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from seranking_tray import __version__
from seranking_tray.domain.account import ENV_KEY
from seranking_tray.gui.first_icon import FirstIcon, show_first_icon
from seranking_tray.gui.i18n import LANGUAGE
from seranking_tray.gui.icons import IconStyle
from seranking_tray.gui.options import AppOptions
from seranking_tray.gui.single_instance import InstanceServer, hand_over
from seranking_tray.store.settings import LoadedSettings, load_settings
from seranking_tray.system.logs import REDACTOR, setup_logging

if TYPE_CHECKING:
    from seranking_tray.gui.app import TrayApp


log = logging.getLogger(__name__)


def _install_signal_handlers(quit_app: Callable[[], None]) -> QSocketNotifier:
    """SIGTERM/SIGINT/SIGHUP quit cleanly: Python handlers only run when Python code runs, so the C handler
    writes to a socket that wakes Qt's event loop."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    signums = [signal.SIGTERM, signal.SIGINT]
    if sys.platform != "win32":  # Windows has no SIGHUP
        signums.append(signal.SIGHUP)
    for signum in signums:
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def on_signal() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        quit_app()

    notifier.activated.connect(on_signal)
    notifier._sockets = (reader, writer)  # type: ignore[attr-defined]  # keep them alive with the notifier
    return notifier


def run(options: AppOptions) -> int:
    """Start the tray app (or hand over to the one already running) and run it until it quits."""
    setup_logging(options.debug)  # the log file is added once the icon is up: logging.handlers costs ~3 ms
    # The key is read once and taken out of the process environment, so no child (a browser started by
    # xdg-open, say) inherits it.
    environ = dict(os.environ)
    if ENV_KEY in os.environ:
        REDACTOR.add_secret(os.environ[ENV_KEY].strip())
        del os.environ[ENV_KEY]

    qt_app = QApplication(sys.argv[:1])
    # Qt's StatusNotifierItem takes its Title (what screen readers and hidden-item lists say) and Id from the
    # application name: the human name, not the executable's. Nothing else here reads applicationName.
    qt_app.setApplicationName("SE Ranking Tray")
    qt_app.setApplicationDisplayName("SE Ranking Tray")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("seranking-tray")
    qt_app.setQuitOnLastWindowClosed(False)

    if hand_over("settings" if options.open_settings else "show"):
        log.info("SE Ranking Tray is already running; it was asked to show its window")
        return 0
    loaded = load_settings()
    LANGUAGE.follow(loaded.settings.language)  # before the first word is shown
    # The bare icon first; the tray's menu, tooltip and the rest of the GUI come from the event loop.
    first = show_first_icon(
        IconStyle(loaded.settings.icon_style), demo=options.demo, device_pixel_ratio=qt_app.devicePixelRatio()
    )

    started: list[TrayApp] = []

    def quit_app() -> None:
        if started:
            started[0].quit()
        else:
            qt_app.quit()

    notifier = _install_signal_handlers(quit_app)
    # Everything else waits for the event loop, so the icon appears first.
    QTimer.singleShot(0, lambda: started.append(_start_app(qt_app, options, environ, first, loaded)))
    code = qt_app.exec()
    notifier.setEnabled(False)
    _leave(int(code))


def _leave(code: int) -> NoReturn:
    """End the process without the interpreter's teardown. Checks, list reads and history reads run in daemon
    threads that may still wait on the network, or sit inside PySide emitting a result; tearing the interpreter
    down under them force-unwinds those threads through Qt's C++ and aborts ("FATAL: exception not rethrown").
    Everything worth keeping is already on disk: settings and history are written as they change."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _start_app(
    qt_app: QApplication, options: AppOptions, environ: dict[str, str], first: FirstIcon, loaded: LoadedSettings
) -> TrayApp:
    # The one deferred import: the rest of the GUI, after the first icon (gui.app imports gui.tray).
    from seranking_tray.gui.app import TrayApp
    from seranking_tray.gui.tray import TrayIcon

    tray = TrayIcon(options.demo, IconStyle(loaded.settings.icon_style), icon=first.icon, menu=first.menu)
    tray.device_pixel_ratio = qt_app.devicePixelRatio()
    tray.refresh()

    tray_app = TrayApp(qt_app, options, environ, tray=tray, loaded=loaded)
    tray_app.instance_server = InstanceServer()
    tray_app.instance_server.message_received.connect(tray_app.on_instance_message)
    if not tray_app.instance_server.listen():
        log.warning("Cannot listen for other launches; a second launch will start a second app")
    tray_app.start()
    return tray_app
