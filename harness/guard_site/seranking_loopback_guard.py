"""The loopback guard: a test process may reach 127.0.0.0/8, ::1, "localhost" and unix sockets, nothing else.

An audit hook (sys.addaudithook) on "socket.connect", and on "socket.getaddrinfo"/"socket.gethostbyname" for
names, raises before the system call, so a refused connect or lookup never leaves the machine. The error is an
OSError, so the app's own network handling reports it as a network error; each refusal is also written to the file
SERANKING_LOOPBACK_GUARD names, which the pytest plugin reads to fail the test that caused it.

Standard library only and nothing imported at start beyond sys/os: this runs in every child before its own code
(tests/test_import_budget.py watches what `status` loads).
"""

from __future__ import annotations

import os
import sys
from typing import Any

ENV_VARIABLE = "SERANKING_LOOPBACK_GUARD"
PREFIX = "loopback guard: refused"

_installed = False
_log_path: str | None = None
refusals: list[str] = []  # this process's refusals, newest last (the pytest plugin takes them per test)


class NonLoopbackRefused(ConnectionRefusedError):
    """A test process tried to reach an address off this machine."""


def _is_loopback_host(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.split("%", 1)[0].rstrip(".").lower()
    if name == "localhost":
        return True
    socket = sys.modules["socket"]  # imported: it raised the event
    try:
        return bool(socket.inet_pton(socket.AF_INET, name)[0] == 127)
    except OSError:
        pass
    try:
        packed: bytes = socket.inet_pton(socket.AF_INET6, name)
    except OSError:
        return False
    mapped_v4 = packed[:12] == bytes(10) + b"\xff\xff"
    return packed == bytes(15) + b"\x01" or (mapped_v4 and packed[12] == 127)


def _is_address_literal(host: str) -> bool:
    socket = sys.modules["socket"]
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host.split("%", 1)[0])
            return True
        except OSError:
            continue
    return False


def _refuse(what: str) -> None:
    message = f"{PREFIX} {what} (tests may only reach 127.0.0.0/8, ::1, localhost and unix sockets)"
    refusals.append(message)
    if _log_path:
        with open(_log_path, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()} {message}\n")
    raise NonLoopbackRefused(message)


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect":
        sock, address = args
        socket = sys.modules["socket"]
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return  # AF_UNIX (D-Bus, X11), netlink...: not a network peer
        host, port = address[0], address[1]
        if not _is_loopback_host(host):
            _refuse(f"connect to {host}:{port}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname"):
        host = args[0]
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        # None/"" and the wildcards are for binding (a server), an address literal is resolved without traffic
        # (its connect is checked above); a name other than localhost would ask a DNS server.
        if host in (None, "", "0.0.0.0", "::") or not isinstance(host, str) or _is_address_literal(host):
            return
        if not _is_loopback_host(host):
            port = f":{args[1]}" if event == "socket.getaddrinfo" and args[1] is not None else ""
            _refuse(f"lookup of {host}{port}")


def install(log_path: str | None) -> None:
    """Guard this process for good (an audit hook cannot be removed); refusals are appended to `log_path`."""
    global _installed, _log_path
    _log_path = log_path
    if not _installed:
        _installed = True
        sys.addaudithook(_hook)


def install_from_environment() -> None:
    path = os.environ.get(ENV_VARIABLE)
    if path:
        install(path)
