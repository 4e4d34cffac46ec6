"""One tray app per user session: a second launch hands its request to the first and exits.

A local socket rather than a lock file: a crashed first instance leaves a socket nobody answers, which a new start
detects and replaces, so a stale lock never blocks a start. Where Python has Unix sockets (Linux, macOS) they are
used directly with a QSocketNotifier: QtNetwork's QLocalServer costs ~8 ms on the way to the first icon and ~2.7 MiB
(benchmarks/README.md). Windows keeps QLocalServer (a named pipe). Both speak the same protocol: one line per request.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

CONNECT_TIMEOUT_MS = 500
_UNIX_SOCKETS = hasattr(socket, "AF_UNIX")
_MAX_REQUEST_BYTES = 4096  # a request is one short word; a client sending more is not one of ours


def server_name() -> str:
    # Per user and per session: under XDG_RUNTIME_DIR (private to the user's session) when there is one.
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir():
        return str(Path(runtime) / "seranking-tray.sock")
    return f"seranking-tray-{getpass.getuser()}"


def _socket_path() -> str:
    # Where QLocalServer puts a bare name, so this and an older version still find each other.
    name = server_name()
    if Path(name).is_absolute():
        return name
    return str(Path(os.environ.get("TMPDIR") or "/tmp") / name)  # noqa: S108 # QDir::tempPath()'s choice


def hand_over(message: str) -> bool:
    """True if a running instance took `message` (this process should then exit)."""
    if sys.platform == "win32" or not _UNIX_SOCKETS:  # the platform test tells mypy: no AF_UNIX there
        return _qt_hand_over(message)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            client.connect(_socket_path())
            client.sendall(message.encode() + b"\n")
        except OSError:  # nobody there, or the socket of a crashed instance
            return False
    return True


def _qt_hand_over(message: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    local = QLocalSocket()
    local.connectToServer(server_name())
    if not local.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    local.write(message.encode() + b"\n")
    local.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    local.disconnectFromServer()
    return True


class InstanceServer(QObject):
    message_received = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}
        self._qt_server: Any = None

    def listen(self) -> bool:
        if sys.platform == "win32" or not _UNIX_SOCKETS:
            return self._qt_listen()
        path = _socket_path()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                listener.bind(path)
            except OSError:
                # Left behind by a crashed instance (nobody answered hand_over): take it over.
                with contextlib.suppress(OSError):
                    Path(path).unlink()
                listener.bind(path)
            Path(path).chmod(0o600)  # this user only, like QLocalServer.UserAccessOption
            listener.listen(4)
        except OSError:
            listener.close()
            return False
        listener.setblocking(False)
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                connection, _address = self._listener.accept()
            except OSError:  # nothing more waiting (EAGAIN), or the listener is closed
                return
            connection.setblocking(False)
            notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
            fd = connection.fileno()
            self._clients[fd] = (connection, notifier, bytearray())
            notifier.activated.connect(lambda *_args, fd=fd: self._read(fd))

    def _read(self, fd: int) -> None:
        connection, _notifier, buffer = self._clients[fd]
        try:
            chunk = connection.recv(_MAX_REQUEST_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        buffer += chunk
        *lines, rest = bytes(buffer).split(b"\n")
        buffer[:] = rest
        for line in lines:
            text = line.decode(errors="replace").strip()
            if text:
                self.message_received.emit(text)
        if not chunk or len(buffer) > _MAX_REQUEST_BYTES:
            self._drop(fd)

    def _drop(self, fd: int) -> None:
        connection, notifier, _buffer = self._clients.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        connection.close()

    def _qt_listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._qt_on_connection)
        self._qt_server = server
        name = server_name()
        if not server.listen(name):
            QLocalServer.removeServer(name)  # left behind by a crashed instance: take it over
            return bool(server.listen(name))
        return True

    def _qt_on_connection(self) -> None:
        while self._qt_server.hasPendingConnections():
            connection = self._qt_server.nextPendingConnection()
            if connection is None:
                return

            def read(conn: Any = connection) -> None:
                while conn.canReadLine():
                    line = bytes(conn.readLine().data()).decode(errors="replace").strip()
                    if line:
                        self.message_received.emit(line)

            connection.readyRead.connect(read)
            connection.disconnected.connect(connection.deleteLater)
            read()

    def close(self) -> None:
        for fd in list(self._clients):
            self._drop(fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                Path(_socket_path()).unlink()
        if self._qt_server is not None:
            self._qt_server.close()
