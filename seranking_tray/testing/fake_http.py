"""The HTTP side of the fake SE Ranking server: the threaded loopback server, the request handler that writes a
planned answer, and the pieces of an answer (canned answers, the request log's records, the avatar PNG).
`fake_api.FakeSeRanking` decides what to answer; the test harness's handler (harness/faults.py) distorts it.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import json
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Any, Protocol, cast
from urllib.parse import parse_qs, urlsplit

from seranking_tray.testing.fake_lists import LIST_ENDPOINTS, LIST_ROUTES

ENDPOINTS = ("balance", "profile", "subscription", "avatar", "credits", "users_me", *LIST_ENDPOINTS)

_ROUTES: dict[str, str] = {
    "/account/balance": "balance",
    "/account/profile": "profile",
    "/account/subscription": "subscription",
    "/avatar.png": "avatar",
    "/v1/account/subscription": "credits",  # the Data API's credits (unified API)
    "/v1/project-management/users/me": "users_me",
    **LIST_ROUTES,  # sub-accounts and projects, on api4 and the unified API
}
JSON = "application/json"
PNG = "image/png"
# Statuses that never carry a body, so no Content-Length framing is needed either.
BODYLESS = frozenset({204, 304})

_Request = socket.socket | tuple[bytes, socket.socket]


@dataclass
class Answer:
    """A canned answer for one endpoint, in place of its normal one.

    ``status``/``body`` replace the answer; ``body=None`` keeps the endpoint's normal body, a dict or list
    is sent as JSON, a str as UTF-8 text and bytes as they are (str and bytes keep the endpoint's normal
    Content-Type unless ``headers`` overrides it). An answer with ``status=200`` and ``body=None`` leaves
    authentication in force (only ``headers`` change); any other decides the answer on its own, even for a client
    without a valid key. ``times`` limits how many requests get it (None: until cleared).

    ``label`` names it in the request log (``RecordedRequest.fault``), e.g. for a soak's statistics.
    """

    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    times: int | None = None
    label: str = ""


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it. Header names are normalised to Title-Case.

    A request is logged just before the last bytes of its answer are written (``finished`` is that
    moment), so the record exists once a client has read a complete answer; a request that is never
    fully answered (hang, aborted delay or trickle) is logged when the client hangs up or the server
    stops, with ``status`` 0 if no status line was sent.

    ``body_bytes`` is how many bytes of the body were handed to the connection (for a streamed body: before
    the client hung up); ``fault`` is the label of the answer or fault that replaced or distorted the normal
    answer ("fault" if it had none), None for a normal answer.
    """

    method: str
    path: str
    headers: dict[str, str]
    query: str
    started: float
    finished: float
    status: int
    body_bytes: int = 0
    fault: str | None = None


def make_png(width: int = 64, height: int = 64, rgb: tuple[int, int, int] = (0x1E, 0x88, 0xE5)) -> bytes:
    """An RGBA PNG of a filled disc in ``rgb`` on a transparent background, built with zlib+struct."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    cx, cy, r2 = (width - 1) / 2, (height - 1) / 2, (min(width, height) / 2) ** 2
    opaque, clear = bytes((*rgb, 255)), bytes(4)
    rows = b"".join(
        b"\x00"  # filter type "None" for every scanline
        + b"".join(opaque if (x - cx) ** 2 + (y - cy) ** 2 <= r2 else clear for x in range(width))
        for y in range(height)
    )
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _title_case(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


def loopback_address(host: str) -> tuple[str, int]:
    """The address to bind for ``host`` and its family; ValueError unless it is loopback."""
    if host.lower() == "localhost":
        # Don't resolve: "localhost" could map to anything in a hostile hosts file.
        return "127.0.0.1", socket.AF_INET
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"refusing to serve on {host!r}: only loopback addresses are allowed") from None
    if not ip.is_loopback:
        raise ValueError(f"refusing to serve on {host!r}: only loopback addresses are allowed")
    return str(ip), socket.AF_INET6 if ip.version == 6 else socket.AF_INET


class Server(ThreadingHTTPServer):
    """Threaded server that knows its open connections and handler threads, so stop() can end them."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], family: int, fake: Backend, handler: type[Handler]) -> None:
        self.address_family = family
        self.fake = fake
        self._track_lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._handler_threads: set[threading.Thread] = set()
        super().__init__(address, handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), a DNS lookup that can stall for seconds.
        TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def process_request(self, request: _Request, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), name="fake-seranking", daemon=True
        )
        with self._track_lock:
            if isinstance(request, socket.socket):
                self._conns.add(request)
            self._handler_threads.add(thread)
        thread.start()

    def _serve_connection(self, request: _Request, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._track_lock:
                self._handler_threads.discard(threading.current_thread())

    def shutdown_request(self, request: _Request) -> None:
        with self._track_lock:
            if isinstance(request, socket.socket):
                self._conns.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: _Request, client_address: Any) -> None:
        # Clients vanishing mid-answer is normal here (timeouts, drops); stay quiet.
        pass

    def abort_connections(self) -> list[threading.Thread]:
        """Shut down every open client socket (unblocking their threads); return the threads to join."""
        with self._track_lock:
            conns, threads = list(self._conns), list(self._handler_threads)
        for conn in conns:
            # shutdown, not close: the handler thread still owns the descriptor and closes it itself.
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        return threads


class Abort(Exception):
    """The server is stopping or the client went away: stop answering this connection."""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeSeRanking/1.0"
    # Small writes (trickled bytes, short JSON) should leave at once.
    disable_nagle_algorithm = True

    _started = 0.0

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def parse_request(self) -> bool:
        # Called right after the request line is read.
        self._started = time.monotonic()
        return super().parse_request()

    def do_GET(self) -> None:
        self._serve("GET")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def do_OPTIONS(self) -> None:
        self._serve("OPTIONS")

    @property
    def _fake(self) -> Backend:
        return cast(Server, self.server).fake

    def _serve(self, method: str) -> None:
        split = urlsplit(self.path)
        self._method, self._path, self._query = method, split.path, split.query
        self._request_headers = {_title_case(k): v for k, v in self.headers.items()}
        self._endpoint = _ROUTES.get(split.path) if method in ("GET", "HEAD") else None
        self._status_sent = 0
        self._body_bytes = 0
        self._fault_label: str | None = None
        self._committed = False
        self._fake._note_arrival(self._endpoint)
        try:
            self._discard_request_body()
            self._answer()
        except (Abort, OSError):
            self.close_connection = True
        finally:
            self._commit()

    def _commit(self) -> None:
        """Log this request (once)."""
        if self._committed:
            return
        self._committed = True
        record = RecordedRequest(
            method=self._method,
            path=self._path,
            headers=self._request_headers,
            query=self._query,
            started=self._started,
            finished=time.monotonic(),
            status=self._status_sent,
            body_bytes=self._body_bytes,
            fault=self._fault_label,
        )
        self._fake._record(self._endpoint, record)

    def _discard_request_body(self) -> None:
        if "Transfer-Encoding" in self.headers:
            # Chunked uploads are not something this API receives; don't try to stay in sync.
            self.close_connection = True
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > 0:
            self.rfile.read(length)

    def _answer(self) -> None:
        plan = self._fake._plan(self._endpoint, self.headers, self._query)
        if plan.answer is not None:
            self._fault_label = plan.answer.label or "fault"
        self.deliver(plan)

    def deliver(self, plan: Plan) -> None:
        """Send the planned answer: head and body leave in one write."""
        body = self._body_of(plan)
        self._last_write(plan, len(body), self._head(plan) + body, spend=True)

    def _body_of(self, plan: Plan) -> bytes:
        return b"" if self._method == "HEAD" or plan.status in BODYLESS else plan.body

    def _last_write(self, plan: Plan, body_bytes: int, data: bytes, *, spend: bool) -> None:
        """Write the answer's last bytes. Bookkeeping goes first, so that it is done by the time a client has the
        whole answer: a test can check the log or the balance right after its request returns."""
        self._status_sent = plan.status
        self._body_bytes = body_bytes
        if spend and plan.spends_balance and self._method == "GET":
            self._fake._spend_balance()
        self._commit()
        self.wfile.write(data)

    def _head(self, plan: Plan) -> bytes:
        """Status line and headers, which an answer may have overridden (so no send_header())."""
        lines = [f"{self.protocol_version} {plan.status} {self.responses.get(plan.status, ('',))[0]}".rstrip()]
        for name, value in plan.headers.items():
            lines.append(f"{name}: {value}")
            if name.lower() == "connection":
                self.close_connection = value.strip().lower() == "close"
        if plan.reframed:
            # The answer rewrote the framing, which may be a lie now: never reuse this connection.
            self.close_connection = True
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


@dataclass
class Plan:
    status: int
    body: bytes
    headers: dict[str, str]  # what to send: ours, overridden by the answer's
    reframed: bool  # the answer overrode Content-Length or Transfer-Encoding
    answer: Answer | None
    delay: float  # before answering (set by the harness's faults)
    spends_balance: bool


class Backend(Protocol):
    """What the handler needs from the server it answers for (`fake_api.FakeSeRanking`)."""

    _stopping: threading.Event
    _wake_reader: socket.socket

    def _note_arrival(self, endpoint: str | None) -> None: ...
    def _record(self, endpoint: str | None, request: RecordedRequest) -> None: ...
    def _plan(self, endpoint: str | None, headers: Any, query: str) -> Plan: ...
    def _spend_balance(self) -> None: ...


def content_type_of(endpoint: str) -> str:
    return PNG if endpoint == "avatar" else JSON


def override_headers(headers: dict[str, str], overrides: dict[str, str]) -> bool:
    """Apply `overrides` to `headers` in place; True if they touched the framing (Content-Length, Transfer-Encoding).

    Case-insensitively, so an answer's "content-type" replaces ours instead of doubling it."""
    reframed = False
    for name, value in overrides.items():
        for existing in [k for k in headers if k.lower() == name.lower()]:
            del headers[existing]
        headers[name] = value
        reframed |= name.lower() in ("content-length", "transfer-encoding")
    return reframed


def check_endpoint(endpoint: str) -> None:
    if endpoint not in ENDPOINTS:
        raise ValueError(f"unknown endpoint {endpoint!r}; expected one of {ENDPOINTS}")


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def token_of(headers: Any, query: str) -> str:
    """The API key sent with a request: ``Authorization: Token <key>`` first, then ``?token=``."""
    scheme, _, credentials = str(headers.get("Authorization") or "").strip().partition(" ")
    if scheme.lower() == "token" and credentials.strip():
        return credentials.strip()
    values = parse_qs(query).get("token")
    return values[0] if values else ""


def not_modified(headers: Any, etag: str, mtime: int) -> bool:
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        # RFC 9110: If-None-Match (weak comparison) takes precedence over If-Modified-Since.
        tags = [t.strip().removeprefix("W/") for t in str(if_none_match).split(",")]
        return "*" in tags or etag in tags
    if_modified_since = headers.get("If-Modified-Since")
    if if_modified_since is None:
        return False
    try:
        since = email.utils.parsedate_to_datetime(str(if_modified_since))
    except (TypeError, ValueError):
        return False
    return since.tzinfo is not None and since.timestamp() >= mtime
