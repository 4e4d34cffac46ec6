"""A fake SE Ranking Project API (account endpoints) served on loopback.

Used by the test suite and by the app's demo mode, so it is stdlib only: no Qt, no requests.

Routes (as on ``api4.seranking.com``):

* ``GET /account/balance``, ``/account/profile``, ``/account/subscription`` -- JSON, authenticated by ``Authorization:
  Token <key>`` or ``?token=<key>``; no token -> ``403 {"message": "No token"}``, a wrong one -> ``401``.
* ``GET /v1/account/subscription`` (the Data API credits, as ``credits``: ``{"subscription_info": …}``) and
  ``GET /v1/project-management/users/me`` (the profile on the unified API, as ``users_me``), authenticated alike.
* ``GET /users`` and ``/sites`` (and their ``/v1/project-management/…`` twins): ``sub_accounts`` and ``sites``, paged
  like the vendor's (see ``fake_lists``); None (the default): not served (404).
* ``GET /avatar.png`` -- the profile picture, unauthenticated, with ``ETag``, ``Last-Modified`` and ``304`` answers.
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
import os
import signal
import socket
import sys
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import FrameType, TracebackType
from typing import Any

from seranking_tray.testing.fake_http import (
    BODYLESS,
    ENDPOINTS,
    JSON,
    Answer,
    Handler,
    Plan,
    RecordedRequest,
    Server,
    check_endpoint,
    content_type_of,
    json_bytes,
    loopback_address,
    make_png,
    not_modified,
    override_headers,
    token_of,
)
from seranking_tray.testing.fake_lists import LIST_ENDPOINTS, list_answer

__all__ = ["ENDPOINTS", "Answer", "FakeSeRanking", "RecordedRequest", "credits_body", "main", "make_png"]

_ACCOUNT_ENDPOINTS = frozenset({"balance", "profile", "subscription", "credits", "users_me", *LIST_ENDPOINTS})
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"  # the Data API's dates: no zone (UTC)


def credits_body(
    *,
    status: str = "active",
    units_limit: float | str = 101323444,
    units_left: float | str = 90055398,
    expires_at: datetime | None = None,
    spelling: str = "expiraton_date",  # as real answers spell it; "expiration_date" as documented
) -> dict[str, Any]:
    """A `/v1/account/subscription` answer; expiring a year from now unless `expires_at` says otherwise."""
    now = datetime.now(UTC)
    expiry = expires_at if expires_at is not None else now + timedelta(days=365)
    return {
        "subscription_info": {
            "status": status,
            "start_date": (now - timedelta(days=30)).strftime(DATE_FORMAT),
            spelling: expiry.astimezone(UTC).strftime(DATE_FORMAT),
            "units_limit": units_limit,
            "units_left": units_left,
        }
    }


class FakeSeRanking:
    """A fake SE Ranking Project API for one key, bound to loopback on construction.

    ``balance``, ``profile``, ``subscription``, ``avatar`` and ``key`` may be reassigned while serving;
    use :meth:`set_state` to change several at once.
    """

    handler_class: type[Handler] = Handler

    def __init__(self, key: str, *, host: str = "127.0.0.1", port: int = 0) -> None:
        bind_host, family = loopback_address(host)
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
            self._server = Server((bind_host, port), family, self, self.handler_class)
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
        # The unified API's answers; None: not served (404), as on api4 — set them to act as api.seranking.com.
        self.credits: dict[str, Any] | None = None
        self.users_me: dict[str, Any] | None = None
        self.sub_accounts: list[dict[str, Any]] | None = None  # the main key's lists (other keys': not served)
        self.sites: list[dict[str, Any]] | None = None
        self.balance_drop_per_request = 0.0
        self._other_keys: dict[str, dict[str, Any]] = {}  # more accounts, each with its own key and state
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
        credits: dict[str, Any] | None = None,
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
            if credits is not None:
                self.credits = copy.deepcopy(credits)
            if avatar is not None:
                self._set_avatar(avatar)
            if key is not None:
                self.key = key

    def set_key_state(
        self,
        key: str,
        *,
        balance: dict[str, Any] | None = None,
        profile: dict[str, Any] | None = None,
        subscription: dict[str, Any] | None = None,
        credits: dict[str, Any] | None = None,
    ) -> None:
        """Serve one more account, known by its own `key`, or change its state (None: unchanged; a new account
        starts as a copy of the main one, without credits). Faults and answers set for an endpoint apply to every
        account."""
        with self._lock:
            state = self._other_keys.setdefault(
                key,
                copy.deepcopy({"balance": self.balance, "profile": self.profile, "subscription": self.subscription}),
            )
            changes = (("balance", balance), ("profile", profile), ("subscription", subscription), ("credits", credits))
            for name, value in changes:
                if value is not None:
                    state[name] = copy.deepcopy(value)

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
            body = json_bytes({"message": "Not found"})
            base |= {"Content-Type": JSON, "Content-Length": str(len(body))}
            return Plan(404, body, base, False, None, 0.0, False)

        with self._lock:
            answer = self._take_answer(endpoint)
            key = self.key
            other = self._other_keys.get(token_of(headers, query))
            state: object = None
            if endpoint == "avatar":
                normal = state = self._avatar
                etag = '"' + hashlib.sha256(normal).hexdigest()[:32] + '"'
                mtime = self._avatar_mtime
            elif other is not None:
                state = other.get(endpoint)
                normal, key = (b"" if state is None else json_bytes(state)), token_of(headers, query)
                etag, mtime = "", 0
            elif endpoint in LIST_ENDPOINTS:
                state = list_answer(endpoint, self.sub_accounts, self.sites, query)
                normal, etag, mtime = (b"" if state is None else json_bytes(state)), "", 0
            else:
                state = getattr(self, endpoint)
                normal = b"" if state is None else json_bytes(state)
                etag, mtime = "", 0
            if state is None and answer is None:  # not served at this address
                body = json_bytes({"message": "Not found"})
                base |= {"Content-Type": JSON, "Content-Length": str(len(body))}
                return Plan(404, body, base, False, None, 0.0, False)

        content_type = content_type_of(endpoint)
        validators: dict[str, str] = {}
        if endpoint == "avatar":
            validators = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True)}

        # Only the main account's balance is spent: the other keys' accounts keep theirs (the demo's clients).
        status, body, spends = 200, normal, endpoint == "balance" and other is None
        if answer is not None and (answer.status != 200 or answer.body is not None):
            status, spends = answer.status, False
            if isinstance(answer.body, dict | list):
                body, content_type = json_bytes(answer.body), JSON
            elif isinstance(answer.body, str):
                body = answer.body.encode("utf-8")
            elif isinstance(answer.body, bytes):
                body = answer.body
            if answer.body is not None:
                validators = {}
        elif endpoint in _ACCOUNT_ENDPOINTS:
            token = token_of(headers, query)
            if not token:
                status, body, spends = 403, json_bytes({"message": "No token"}), False
            elif token != key:
                status, body, spends = 401, json_bytes({"message": "Invalid token"}), False
        elif not_modified(headers, etag, mtime):
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
