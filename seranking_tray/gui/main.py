"""Run the tray app: QApplication, single instance, signal handlers, the event loop."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
from dataclasses import dataclass

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from seranking_tray import __version__
from seranking_tray.domain.account import ENV_KEY
from seranking_tray.gui.app import TrayApp
from seranking_tray.system.logs import REDACTOR, setup_logging


@dataclass(frozen=True)
class AppOptions:
    demo: bool = False
    refresh_interval: int | None = None
    debug: bool = False
    open_settings: bool = False


log = logging.getLogger(__name__)


def _install_signal_handlers(app: TrayApp) -> QSocketNotifier:
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
        app.quit()

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
    qt_app.setApplicationName("seranking-tray")
    qt_app.setApplicationDisplayName("SE Ranking Tray")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("seranking-tray")
    qt_app.setQuitOnLastWindowClosed(False)

    from seranking_tray.gui.single_instance import InstanceServer, hand_over

    if hand_over("settings" if options.open_settings else "show"):
        log.info("SE Ranking Tray is already running; it was asked to show its window")
        return 0
    tray_app = TrayApp(qt_app, options, environ)
    tray_app.instance_server = InstanceServer()
    tray_app.instance_server.message_received.connect(tray_app.on_instance_message)
    if not tray_app.instance_server.listen():
        log.warning("Cannot listen for other launches; a second launch will start a second app")
    notifier = _install_signal_handlers(tray_app)
    tray_app.start()
    code = qt_app.exec()
    notifier.setEnabled(False)
    return int(code)
