"""One tray app per user session: a second launch hands its request to the first and exits.

A local socket (QLocalServer) rather than a lock file: a crashed first instance leaves a socket nobody
answers, which a new start detects and replaces, so a stale lock never blocks a start.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500


def server_name() -> str:
    # Per user and per session: under XDG_RUNTIME_DIR (private to the user's session) when there is one.
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir():
        return str(Path(runtime) / "seranking-tray.sock")
    return f"seranking-tray-{getpass.getuser()}"


def hand_over(message: str) -> bool:
    """True if a running instance took `message` (this process should then exit)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(message.encode() + b"\n")
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    message_received = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        name = server_name()
        if not self.server.listen(name):
            # Left behind by a crashed instance (nobody answered hand_over): take it over.
            QLocalServer.removeServer(name)
            return self.server.listen(name)
        return True

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            if connection is None:
                return

            def read(conn: QLocalSocket = connection) -> None:
                while conn.canReadLine():
                    line = bytes(conn.readLine().data()).decode(errors="replace").strip()
                    if line:
                        self.message_received.emit(line)

            connection.readyRead.connect(read)
            connection.disconnected.connect(connection.deleteLater)
            read()

    def close(self) -> None:
        self.server.close()
