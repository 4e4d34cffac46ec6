"""A fake SE Ranking Project API (account endpoints) served on loopback.

Used by the test suite and by the app's demo mode, so it is stdlib only: no Qt, no requests.

Routes (as on ``api4.seranking.com``):

* ``GET /account/balance``, ``/account/profile``, ``/account/subscription`` -- JSON, authenticated by
  ``Authorization: Token <key>`` or ``?token=<key>``; no token -> ``403 {"message": "No token"}``,
  a wrong one -> ``401 {"message": "Invalid token"}``.
* ``GET /avatar.png`` -- the profile picture, unauthenticated (another host in spirit), with ``ETag`` and
  ``Last-Modified`` and ``304`` answers to conditional requests.
* anything else -- ``404 {"message": "Not found"}``.

:meth:`FakeSeRanking.set_answer` replaces one endpoint's answers (the demo's outage). Only this much ships in the
package; the test harness (``harness/faults.py``) extends the server with the faults the tests use: delays, drops,
hangs, trickled and endless bodies, and chaos.

Run standalone with ``FAKE_SERANKING_KEY=<key> python -m seranking_tray.testing.fake_api [--port N]``.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import email.utils
import hashlib
import ipaddress
import json
import os
import signal
import socket
import struct
import sys
import threading
import time
import zlib
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import FrameType, TracebackType
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

__all__ = ["ENDPOINTS", "Answer", "FakeSeRanking", "RecordedRequest", "main", "make_png"]

ENDPOINTS = ("balance", "profile", "subscription", "avatar")

_ROUTES: dict[str, str] = {
    "/account/balance": "balance",
    "/account/profile": "profile",
    "/account/subscription": "subscription",
    "/avatar.png": "avatar",
}
_ACCOUNT_ENDPOINTS = frozenset({"balance", "profile", "subscription"})
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


def _loopback_address(host: str) -> tuple[str, int]:
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


class _Server(ThreadingHTTPServer):
    """Threaded server that knows its open connections and handler threads, so stop() can end them."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], family: int, fake: FakeSeRanking) -> None:
        self.address_family = family
        self.fake = fake
        self._track_lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._handler_threads: set[threading.Thread] = set()
        super().__init__(address, fake.handler_class)

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
    def _fake(self) -> FakeSeRanking:
        return cast(_Server, self.server).fake

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


class FakeSeRanking:
    """A fake SE Ranking Project API for one key, bound to loopback on construction.

    ``balance``, ``profile``, ``subscription``, ``avatar`` and ``key`` may be reassigned while serving;
    use :meth:`set_state` to change several at once.
    """

    handler_class: type[Handler] = Handler

    def __init__(self, key: str, *, host: str = "127.0.0.1", port: int = 0) -> None:
        bind_host, family = _loopback_address(host)
        if not 0 <= port <= 65535:
            raise ValueError(f"bad port {port}")
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._stopping = threading.Event()
        # stop() writes here to wake hanging handlers blocked in select() (an Event can't be select()ed).
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._answers: dict[str, tuple[Answer, int | None]] = {}
        self._log: list[tuple[str | None, RecordedRequest]] = []
        self._arrivals: list[str | None] = []
        self._thread: threading.Thread | None = None
        self._stopped = False
        try:
            self._server = _Server((bind_host, port), family, self)
        except BaseException:
            self._wake_reader.close()
            self._wake_writer.close()
            raise
        bound_port = self._server.server_address[1]
        netloc = f"[{bind_host}]" if family == socket.AF_INET6 else bind_host
        self._url = f"http://{netloc}:{bound_port}"

        self.key = key
        self.balance: dict[str, Any] = {"currency": "USD", "currency_code": "USD", "value": 1234.5}
        self.profile: dict[str, Any] = {
            "email": "jane.roe@example.com",
            "email_verified": True,
            "first_name": "Jane",
            "last_name": "Roe",
            "lang": "en",
            "picture": f"{self._url}/avatar.png",
        }
        self.subscription: dict[str, Any] = {
            "type": "subscription",
            "is_expired": "false",
            "balance": {"currency": "USD", "amount": 100.0},
        }
        self.balance_drop_per_request = 0.0
        self._avatar = make_png()
        self._avatar_mtime = int(time.time())

    # --- state -------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:43210`` (no trailing slash)."""
        return self._url

    @property
    def avatar(self) -> bytes:
        return self._avatar

    @avatar.setter
    def avatar(self, data: bytes) -> None:
        with self._lock:
            self._set_avatar(data)

    def _set_avatar(self, data: bytes) -> None:
        self._avatar = bytes(data)
        # HTTP dates have 1 s resolution: force a strictly later Last-Modified so a change within the
        # same second is not hidden from If-Modified-Since clients.
        self._avatar_mtime = max(int(time.time()), self._avatar_mtime + 1)

    def set_state(
        self,
        *,
        balance: dict[str, Any] | None = None,
        profile: dict[str, Any] | None = None,
        subscription: dict[str, Any] | None = None,
        avatar: bytes | None = None,
        key: str | None = None,
    ) -> None:
        """Replace any of the given pieces of state at once (None leaves a piece unchanged)."""
        with self._lock:
            if balance is not None:
                self.balance = copy.deepcopy(balance)
            if profile is not None:
                self.profile = copy.deepcopy(profile)
            if subscription is not None:
                self.subscription = copy.deepcopy(subscription)
            if avatar is not None:
                self._set_avatar(avatar)
            if key is not None:
                self.key = key

    def set_answer(self, endpoint: str, answer: Answer | None) -> None:
        """Answer ``endpoint``'s requests with ``answer`` (None clears it)."""
        check_endpoint(endpoint)
        if answer is not None and answer.times is not None and answer.times < 0:
            raise ValueError(f"{type(answer).__name__}.times must be >= 0 or None")
        with self._lock:
            if answer is None or answer.times == 0:
                self._answers.pop(endpoint, None)
            else:
                # A private copy: the caller may reuse or mutate its answer.
                self._answers[endpoint] = (replace(answer, headers=dict(answer.headers)), answer.times)

    # --- request log -------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Finished requests (answered, dropped, or given up on), oldest first."""
        with self._lock:
            return [r for _, r in self._log]

    def requests_to(self, endpoint: str) -> list[RecordedRequest]:
        check_endpoint(endpoint)
        with self._lock:
            return [r for e, r in self._log if e == endpoint]

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()
            self._arrivals.clear()

    def wait_for_requests(self, count: int, timeout: float, endpoint: str | None = None) -> bool:
        """Wait until at least ``count`` requests (to ``endpoint``, if given) have finished."""
        if endpoint is not None:
            check_endpoint(endpoint)
        with self._changed:
            return self._changed.wait_for(
                lambda: sum(1 for e, _ in self._log if endpoint is None or e == endpoint) >= count, timeout
            )

    def wait_for_arrivals(self, count: int, timeout: float, endpoint: str | None = None) -> bool:
        """Wait until at least ``count`` requests (to ``endpoint``) have been received, finished or not.

        Unlike :meth:`wait_for_requests` this sees a request that is still being delayed or hung.
        """
        if endpoint is not None:
            check_endpoint(endpoint)
        with self._changed:
            return self._changed.wait_for(
                lambda: sum(1 for e in self._arrivals if endpoint is None or e == endpoint) >= count, timeout
            )

    # --- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> FakeSeRanking:
        with self._lock:
            if self._thread is not None or self._stopped:
                raise RuntimeError("a FakeSeRanking can be started only once")
            self._thread = threading.Thread(
                # A short poll interval keeps stop() quick: shutdown() waits for the loop to notice.
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="fake-seranking-server",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and end every open connection; returns within about a second. Idempotent."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_writer.send(b"x")
        if self._thread is not None:
            self._server.shutdown()  # no new connections after this returns
            self._thread.join()
        threads = self._server.abort_connections()
        self._server.server_close()
        deadline = time.monotonic() + 1.0
        for thread in threads:
            # Lets handlers record their last request before stop() returns.
            thread.join(max(0.0, deadline - time.monotonic()))
        self._wake_reader.close()
        self._wake_writer.close()

    def __enter__(self) -> FakeSeRanking:
        return self if self._thread is not None else self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- used by the handler threads ---------------------------------------------------------------

    def _note_arrival(self, endpoint: str | None) -> None:
        with self._changed:
            self._arrivals.append(endpoint)
            self._changed.notify_all()

    def _record(self, endpoint: str | None, request: RecordedRequest) -> None:
        with self._changed:
            self._log.append((endpoint, request))
            self._changed.notify_all()

    def _take_answer(self, endpoint: str) -> Answer | None:
        """The answer set for `endpoint`, counted as used (called with the lock held)."""
        entry = self._answers.get(endpoint)
        if entry is None:
            return None
        answer, remaining = entry
        if remaining is not None:
            if remaining <= 1:
                del self._answers[endpoint]
            else:
                self._answers[endpoint] = (answer, remaining - 1)
        return answer

    def _plan(self, endpoint: str | None, headers: Any, query: str) -> Plan:
        """Decide the whole answer to one request from a consistent snapshot of the state."""
        base = {"Server": Handler.server_version, "Date": email.utils.formatdate(usegmt=True)}
        if endpoint is None:
            body = _json_bytes({"message": "Not found"})
            base |= {"Content-Type": JSON, "Content-Length": str(len(body))}
            return Plan(404, body, base, False, None, 0.0, False)

        with self._lock:
            answer = self._take_answer(endpoint)
            key = self.key
            if endpoint == "avatar":
                normal = self._avatar
                etag = '"' + hashlib.sha256(normal).hexdigest()[:32] + '"'
                mtime = self._avatar_mtime
            else:
                normal = _json_bytes(getattr(self, endpoint))
                etag, mtime = "", 0

        content_type = content_type_of(endpoint)
        validators: dict[str, str] = {}
        if endpoint == "avatar":
            validators = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True)}

        status, body, spends = 200, normal, endpoint == "balance"
        if answer is not None and (answer.status != 200 or answer.body is not None):
            status, spends = answer.status, False
            if isinstance(answer.body, dict | list):
                body, content_type = _json_bytes(answer.body), JSON
            elif isinstance(answer.body, str):
                body = answer.body.encode("utf-8")
            elif isinstance(answer.body, bytes):
                body = answer.body
            if answer.body is not None:
                validators = {}
        elif endpoint in _ACCOUNT_ENDPOINTS:
            token = _token(headers, query)
            if not token:
                status, body, spends = 403, _json_bytes({"message": "No token"}), False
            elif token != key:
                status, body, spends = 401, _json_bytes({"message": "Invalid token"}), False
        elif _not_modified(headers, etag, mtime):
            status, body = 304, b""

        if status == 304:
            base |= validators
        elif status not in BODYLESS:
            base |= {"Content-Type": content_type, "Content-Length": str(len(body))}
            if body is normal:
                base |= validators
        reframed = override_headers(base, answer.headers) if answer is not None else False
        return Plan(status, body, base, reframed, answer, 0.0, spends)

    def _spend_balance(self) -> None:
        with self._lock:
            drop = self.balance_drop_per_request
            value = self.balance.get("value")
            if drop and isinstance(value, int | float):
                # Rounded like the API's 5-decimal values; floored at 0 as an account can't go negative.
                self.balance["value"] = max(0.0, round(value - drop, 5))


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


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _token(headers: Any, query: str) -> str:
    """The API key sent with a request: ``Authorization: Token <key>`` first, then ``?token=``."""
    scheme, _, credentials = str(headers.get("Authorization") or "").strip().partition(" ")
    if scheme.lower() == "token" and credentials.strip():
        return credentials.strip()
    values = parse_qs(query).get("token")
    return values[0] if values else ""


def _not_modified(headers: Any, etag: str, mtime: int) -> bool:
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


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGTERM/SIGINT; the key comes from FAKE_SERANKING_KEY, never argv (ps shows argv)."""
    parser = argparse.ArgumentParser(
        prog="python -m seranking_tray.testing.fake_api",
        description="Serve a fake SE Ranking Project API on 127.0.0.1 (key from FAKE_SERANKING_KEY).",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    args = parser.parse_args(argv)
    key = os.environ.get("FAKE_SERANKING_KEY", "")
    if not key:
        sys.stderr.write("FAKE_SERANKING_KEY is not set\n")
        return 2

    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    previous = {signum: signal.signal(signum, on_signal) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        with FakeSeRanking(key, port=args.port) as fake:
            sys.stdout.write(fake.url + "\n")
            sys.stdout.flush()
            # Timed waits: on Windows an untimed lock wait can't be interrupted by Ctrl-C.
            while not done.wait(0.5):
                pass
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
