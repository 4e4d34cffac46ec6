"""The fault matrix: every way the SE Ranking API (or the avatar host) can misbehave that the suite injects, with
the answer the product must give. One table drives the fault suites (client in process, CLI as a subprocess, GUI
in a real desktop) and tests/FAULTS.md, which tests/test_faults_matrix.py keeps in step with it.

Regenerate the Markdown after changing the table: ``python -m harness.fault_matrix > tests/FAULTS.md``.
"""

from __future__ import annotations

import functools
import gzip
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from harness.faults import Fault, make_png
from seranking_tray.api.client import MAX_JSON_BYTES
from seranking_tray.domain.errors import ErrorKind

ENDPOINTS = ("balance", "profile", "subscription")
FAULTS_MD = Path(__file__).resolve().parent.parent / "tests" / "FAULTS.md"
HUGE = 50_000_000  # "a 50 MB body"
HTML_ERROR = (
    "<!DOCTYPE html><html><head><title>{status} Error</title></head>"
    "<body><h1>{status}</h1><p>nginx</p><script>alert(1)</script></body></html>"
)
HTML = {"Content-Type": "text/html; charset=utf-8"}

NORMAL: dict[str, dict[str, Any]] = {
    "balance": {"currency": "USD", "currency_code": "USD", "value": 1234.5},
    "profile": {
        "email": "jane.roe@example.com",
        "email_verified": True,
        "first_name": "Jane",
        "last_name": "Roe",
        "lang": "en",
        "picture": None,
    },
    "subscription": {"type": "subscription", "is_expired": "false", "balance": {"currency": "USD", "amount": 100.0}},
}


@dataclass(frozen=True)
class Outcome:
    """What a check must make of the fault on one endpoint.

    An error (``kind`` set): that endpoint fails with this kind and status, and its message contains every one of
    ``words`` and none of ``absent`` (case-insensitive; ``{path}`` stands for ``/account/<endpoint>``). A
    success (``kind`` None): the endpoint parses, with ``health`` for the whole check and, on the balance
    endpoint, ``value`` and the ``shown`` money text (the tray's en_US formatting).
    """

    kind: ErrorKind | None = None
    status: int | None = None
    words: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    health: str = "error"
    value: float | None = None
    shown: str | None = None
    # False: the check records the failure, but the account's `error` does not show it (a profile gone at both
    # addresses: the label names the account, issue 14).
    reported: bool = True

    def message_words(self, endpoint: str) -> tuple[str, ...]:
        return tuple(w.replace("{path}", f"/account/{endpoint}") for w in self.words)

    def cli_health(self, endpoint: str) -> str:
        """`status --json` health with this fault on `endpoint` alone: the profile never decides health."""
        if self.kind is None:
            return self.health if endpoint == "balance" else "ok"
        return "ok" if endpoint == "profile" else "error"


@dataclass(frozen=True)
class FaultCase:
    id: str
    title: str  # for FAULTS.md
    how: str  # how the fake injects it, for FAULTS.md
    make: Callable[[str, str], Fault]  # (endpoint, url of another loopback host) -> the fault
    outcome: Callable[[str], Outcome]  # endpoint -> what must come of it
    retried: bool = False  # the client tries again within the check (then gives up)
    pauses: bool = False  # automatic refresh stops until "Refresh now" or a new key
    slow: bool = False  # takes a timeout or the deadline to show: one CLI run with it on every endpoint
    gui: bool = True  # walked through in the real tray app (on the balance endpoint)
    cli: bool = True  # run through `status --json` (the client suite runs every case on every endpoint)


def _same(outcome: Outcome) -> Callable[[str], Outcome]:
    return lambda endpoint: outcome


def _body(body: object, **kwargs: object) -> Callable[[str, str], Fault]:
    def make(endpoint: str, other: str) -> Fault:
        chosen = body[endpoint] if isinstance(body, dict) and set(body) == set(ENDPOINTS) else body
        return Fault(body=chosen, **kwargs)  # type: ignore[arg-type]

    return make


def _status(status: int, body: object = None, **kwargs: object) -> Callable[[str, str], Fault]:
    return lambda endpoint, other: Fault(status=status, body=body, **kwargs)  # type: ignore[arg-type]


@functools.cache
def gzip_bomb() -> bytes:
    """50 MB of JSON whitespace in about 50 KB, sent with Content-Encoding: gzip."""
    return gzip.compress(b" " * HUGE + b"{}", compresslevel=9)


def _error(kind: ErrorKind, *words: str, status: int | None = None, absent: tuple[str, ...] = ()) -> Outcome:
    return Outcome(kind=kind, status=status, words=words, absent=absent)


BAD = ErrorKind.BAD_RESPONSE
TOO_LARGE = _error(BAD, "{path}", f"larger than {MAX_JSON_BYTES} bytes")


def _per_endpoint(**outcomes: Outcome) -> Callable[[str], Outcome]:
    return lambda endpoint: outcomes[endpoint]


def _server_error(status: int, html: bool) -> FaultCase:
    if html:
        return FaultCase(
            f"{status}-html",
            f"{status} with an HTML page",
            f"`Fault(status={status}, body=<html>, Content-Type: text/html)`",
            _status(status, HTML_ERROR.format(status=status), headers=HTML),
            _same(_error(ErrorKind.SERVER, f"server had a problem ({status})", status=status, absent=("<", "nginx"))),
            retried=True,
            # The CLI and the GUI take each 5xx once, JSON and HTML bodies pairwise (each costs the backoff).
            gui=status in (502, 504),
            cli=status in (502, 504),
        )
    said = {500: "Internal Server Error", 502: "Bad gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
    # Both documented error shapes: {"message": ...} and {"error": {"message": ...}}.
    body = {"message": said[status]} if status in (500, 503) else {"error": {"message": said[status]}}
    return FaultCase(
        f"{status}-json",
        f"{status} with a JSON error",
        f"`Fault(status={status}, body={body})`",
        _status(status, body),
        _same(_error(ErrorKind.SERVER, f"server had a problem ({status})", said[status], status=status)),
        retried=True,
        gui=status in (500, 503),
        cli=status in (500, 503),
    )


CASES: tuple[FaultCase, ...] = (
    # --- HTTP statuses -----------------------------------------------------------------------------------
    FaultCase(
        "401",
        "401 Invalid token",
        '`Fault(status=401, body={"message": "Invalid token"})`',
        _status(401, {"message": "Invalid token"}),
        _same(_error(ErrorKind.AUTH, "rejected the API key", "Invalid token", status=401)),
        pauses=True,
    ),
    FaultCase(
        "403-no-token",
        "403 No token",
        '`Fault(status=403, body={"message": "No token"})`',
        _status(403, {"message": "No token"}),
        _same(_error(ErrorKind.AUTH, "rejected the API key", "No token", status=403)),
        pauses=True,
    ),
    FaultCase(
        "402",
        "402 Payment required",
        '`Fault(status=402, body={"message": "Payment required"})`',
        _status(402, {"message": "Payment required"}),
        _same(_error(ErrorKind.PAYMENT, "payment required", status=402)),
        pauses=True,
    ),
    FaultCase(
        "404",
        "404 Not found",
        '`Fault(status=404, body={"message": "Not found"})`',
        _status(404, {"message": "Not found"}),
        # Its own kind since issue 14 (the legacy routes may be retired); the profile then comes from users/me,
        # which this fake (api4-like) does not serve either: the label names the account, never an error.
        _per_endpoint(
            balance=_error(ErrorKind.GONE, "{path} was not found", "404", "retired", status=404),
            subscription=_error(ErrorKind.GONE, "{path} was not found", "404", "retired", status=404),
            profile=replace(_error(ErrorKind.GONE, "users/me was not found", "404", status=404), reported=False),
        ),
    ),
    FaultCase(
        "429-retry-after",
        "429 with Retry-After: 120 (beyond the deadline)",
        "`Fault(status=429, headers={'Retry-After': '120'})`",
        _status(429, {"message": "Too many requests"}, headers={"Retry-After": "120"}),
        _same(_error(ErrorKind.RATE_LIMITED, "Too many requests", "wait 120 s", status=429)),
    ),
    FaultCase(
        "429",
        "429 without Retry-After",
        '`Fault(status=429, body={"message": "Too many requests"})`',
        _status(429, {"message": "Too many requests"}),
        _same(_error(ErrorKind.RATE_LIMITED, "Too many requests", status=429)),
        retried=True,
    ),
    *(_server_error(status, html) for status in (500, 502, 503, 504) for html in (False, True)),
    FaultCase(
        "503-huge-body",
        "503 with a 50 MB error page",
        f"`Fault(status=503, stream={HUGE})`",
        lambda endpoint, other: Fault(status=503, stream=HUGE, stream_framing="close", headers=HTML),
        _same(_error(ErrorKind.SERVER, "server had a problem (503)", status=503)),
        retried=True,
        gui=False,
    ),
    FaultCase(
        "redirect-other-host",
        "302 to another host",
        "`Fault(status=302, Location: http://127.0.0.2:…/account/…)`",
        lambda endpoint, other: Fault(status=302, headers={"Location": f"{other}/account/{endpoint}"}),
        _same(_error(BAD, "{path}", "redirect (302); not followed", status=302)),
    ),
    FaultCase(
        "redirect-malformed",
        "302 to a malformed address",
        "`Fault(status=302, Location: http://[::1)`",
        _status(302, headers={"Location": "http://[::1"}),
        _same(_error(BAD, "redirect (302); not followed", status=302)),
        gui=False,
    ),
    # --- bodies --------------------------------------------------------------------------------------------
    FaultCase(
        "empty-body",
        "200 with an empty body",
        '`Fault(body=b"")`',
        _body(b""),
        _same(_error(BAD, "{path}", "is empty")),
    ),
    FaultCase(
        "truncated-json",
        "truncated JSON",
        """`Fault(body='{"currency": "USD", "value": 12')`""",
        _body('{"currency": "USD", "value": 12'),
        _same(_error(BAD, "{path}", "not valid JSON")),
    ),
    FaultCase(
        "html-200",
        "200 with an HTML page (a captive portal)",
        "`Fault(body=<html>, Content-Type: text/html)`",
        _body("<html><body>Log in to the hotel Wi-Fi</body></html>", headers=HTML),
        _same(_error(BAD, "{path}", "not valid JSON", absent=("<", "Wi-Fi"))),
        gui=False,
    ),
    FaultCase(
        "json-list",
        "JSON of the wrong type: a list",
        "`Fault(body=[1, 2])`",
        _body([1, 2]),
        _same(_error(BAD, "{path}", "expected a JSON object, got a list")),
    ),
    FaultCase(
        "json-string",
        "JSON of the wrong type: a string",
        """`Fault(body='"ok"')`""",
        _body('"ok"'),
        _same(_error(BAD, "{path}", "got a string")),
    ),
    FaultCase(
        "json-null",
        "JSON of the wrong type: null",
        "`Fault(body='null')`",
        _body("null"),
        _same(_error(BAD, "{path}", "got null")),
    ),
    FaultCase(
        "missing-fields",
        "required fields missing",
        '`{"currency_code": "USD"}`, `{"is_expired": false}`, `{}`',
        _body({"balance": {"currency_code": "USD"}, "subscription": {"is_expired": False}, "profile": {}}),
        _per_endpoint(
            balance=_error(BAD, "{path}", "field 'value' is missing"),
            subscription=_error(BAD, "{path}", "field 'type' is missing"),
            profile=Outcome(health="ok"),  # every profile field is optional: the name falls back
        ),
    ),
    FaultCase(
        "null-fields",
        "fields that are null",
        '`{"value": null, …}`, `{"type": null, …}`, every profile field null',
        _body(
            {
                "balance": {"value": None, "currency_code": None},
                "subscription": {"type": None, "is_expired": None, "balance": None},
                "profile": dict.fromkeys(NORMAL["profile"]),
            }
        ),
        _per_endpoint(
            balance=_error(BAD, "{path}", "field 'value' should be a number, got null"),
            subscription=_error(BAD, "{path}", "field 'type' is missing"),
            profile=Outcome(health="ok"),
        ),
    ),
    FaultCase(
        "numbers-as-strings",
        "numbers and flags as strings",
        '`{"value": "2,345.60"}`, `{"amount": "100.00", "is_expired": "false"}`, `{"email_verified": "1"}`',
        _body(
            {
                "balance": {"value": "2,345.60", "currency": "usd"},
                "subscription": {
                    "type": "subscription",
                    "is_expired": "false",
                    "balance": {"amount": "100.00", "currency": "usd"},
                },
                "profile": {**NORMAL["profile"], "email_verified": "1"},
            }
        ),
        _same(Outcome(health="ok", value=2345.6, shown="$2,345.60")),
    ),
    FaultCase(
        "negative-numbers",
        "negative numbers",
        '`{"value": -5}`, `{"amount": -100}`, `{"email_verified": -1}`',
        _body(
            {
                "balance": {"value": -5, "currency_code": "USD"},
                "subscription": {**NORMAL["subscription"], "balance": {"amount": -100, "currency": "USD"}},
                "profile": {**NORMAL["profile"], "email_verified": -1},
            }
        ),
        _per_endpoint(
            balance=Outcome(health="low_balance", value=-5.0, shown="−$5.00"),
            subscription=Outcome(health="ok"),
            profile=_error(BAD, "{path}", "field 'email_verified' should be true or false"),
        ),
    ),
    FaultCase(
        "huge-numbers",
        "huge numbers",
        '`{"value": 1e15}`, `{"amount": 1e300}`, `{"email_verified": 10**30}`',
        _body(
            {
                "balance": {"value": 1e15, "currency_code": "USD"},
                "subscription": {**NORMAL["subscription"], "balance": {"amount": 1e300, "currency": "USD"}},
                "profile": {**NORMAL["profile"], "email_verified": 10**30},
            }
        ),
        _per_endpoint(
            balance=Outcome(health="ok", value=1e15, shown="$1,000,000,000,000,000.00"),
            subscription=Outcome(health="ok"),
            profile=_error(BAD, "{path}", "field 'email_verified' should be true or false"),
        ),
    ),
    FaultCase(
        "beyond-float",
        "numbers beyond a float (1e999)",
        '`{"value": 1e999}`, `{"amount": 1e999}`, `{"email_verified": 1e999}`',
        _body(
            {
                "balance": '{"value": 1e999, "currency_code": "USD"}',
                "subscription": '{"type": "subscription", "balance": {"amount": 1e999, "currency": "USD"}}',
                "profile": '{"first_name": "Jane", "email_verified": 1e999}',
            }
        ),
        _per_endpoint(
            balance=_error(BAD, "{path}", "field 'value' is not a finite number"),
            subscription=_error(BAD, "{path}", "field 'balance.amount' is not a finite number"),
            profile=_error(BAD, "{path}", "field 'email_verified' should be true or false"),
        ),
        gui=False,
    ),
    FaultCase(
        "nan-infinity-literals",
        "NaN / Infinity as JSON literals",
        '`{"value": NaN}`, `{"amount": Infinity}`, `{"email_verified": -Infinity}`',
        _body(
            {
                "balance": '{"value": NaN, "currency_code": "USD"}',
                "subscription": '{"type": "subscription", "balance": {"amount": Infinity, "currency": "USD"}}',
                "profile": '{"first_name": "Jane", "email_verified": -Infinity}',
            }
        ),
        _same(_error(BAD, "{path}", "not valid JSON")),
    ),
    FaultCase(
        "nan-infinity-strings",
        'NaN / Infinity as strings ("NaN", "Infinity")',
        '`{"value": "NaN"}`, `{"amount": "Infinity"}`, `{"email_verified": "NaN"}`',
        _body(
            {
                "balance": {"value": "NaN", "currency_code": "USD"},
                "subscription": {**NORMAL["subscription"], "balance": {"amount": "Infinity", "currency": "USD"}},
                "profile": {**NORMAL["profile"], "email_verified": "NaN"},
            }
        ),
        _per_endpoint(
            balance=_error(BAD, "{path}", "field 'value' is not a finite number"),
            subscription=_error(BAD, "{path}", "field 'balance.amount' is not a finite number"),
            profile=_error(BAD, "{path}", "field 'email_verified' should be true or false"),
        ),
    ),
    FaultCase(
        "non-utf8",
        "non-UTF-8 bytes",
        r"""`Fault(body=b'{"currency_code": "\xff\xfe", …}')`""",
        _body(b'{"value": 12, "currency_code": "\xff\xfe\xc3(", "type": "x\xe9"}'),
        _same(_error(BAD, "{path}", "not UTF-8 text")),
    ),
    FaultCase(
        "body-50mb",
        "a 50 MB body, no Content-Length",
        f'`Fault(stream={HUGE}, stream_framing="close")`',
        lambda endpoint, other: Fault(stream=HUGE, stream_framing="close"),
        _same(TOO_LARGE),
    ),
    FaultCase(
        "body-50mb-declared",
        "a 50 MB body with Content-Length",
        f"`Fault(stream={HUGE})`",
        lambda endpoint, other: Fault(stream=HUGE),
        _same(TOO_LARGE),
        gui=False,
    ),
    FaultCase(
        "gzip-bomb",
        "a gzip bomb (50 MB of JSON in ~50 KB)",
        "`Fault(body=gzip(50 MB), Content-Encoding: gzip)`",
        lambda endpoint, other: Fault(body=gzip_bomb(), headers={"Content-Encoding": "gzip"}),
        _same(TOO_LARGE),
    ),
    FaultCase(
        "content-length-nonsense",
        "a Content-Length that is not a number (²)",
        '`Fault(headers={"Content-Length": "²"})`',
        lambda endpoint, other: Fault(headers={"Content-Length": "\u00b2"}),
        _same(Outcome(health="ok", value=1234.5, shown="$1,234.50")),
        gui=False,
    ),
    # --- transport -----------------------------------------------------------------------------------------
    FaultCase(
        "hang",
        "accepts and never answers",
        "`Fault(hang=True)`",
        lambda endpoint, other: Fault(hang=True),
        _same(_error(ErrorKind.TIMEOUT)),
        retried=True,
        slow=True,
    ),
    FaultCase(
        "drop",
        "connection dropped mid-body",
        "`Fault(drop=True)`",
        lambda endpoint, other: Fault(drop=True),
        _same(_error(ErrorKind.NETWORK, "dropped in the middle of an answer")),
        retried=True,
    ),
    FaultCase(
        "trickle-past-deadline",
        "trickling past the check deadline (1 byte / 0.25 s)",
        "`Fault(trickle=0.25)`",
        lambda endpoint, other: Fault(trickle=0.25),
        _same(_error(ErrorKind.TIMEOUT, "No complete answer within")),
        slow=True,
    ),
    FaultCase(
        "trickle-within-limits",
        "slow but within the limits (1 byte / 3 ms)",
        "`Fault(trickle=0.003)`",
        lambda endpoint, other: Fault(trickle=0.003),
        _same(Outcome(health="ok", value=1234.5, shown="$1,234.50")),
        gui=False,
    ),
)


@dataclass(frozen=True)
class AvatarCase:
    id: str
    title: str
    how: str
    make: Callable[[str], Fault]  # url of another loopback host -> the fault on the avatar endpoint
    shows_picture: bool = False  # the good picture still gets through (only the framing is odd)


def bomb_png() -> bytes:
    """A valid 1×1 PNG whose header claims 30000×30000 (a decompression bomb as far as any decoder can tell)."""
    png = bytearray(make_png(1, 1))
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", 30000, 30000, 8, 6, 0, 0, 0)
    png[16:29] = ihdr
    png[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(png)


AVATAR_CASES: tuple[AvatarCase, ...] = (
    AvatarCase(
        "avatar-huge",
        "avatar: 50 MB, no Content-Length",
        f'`Fault(stream={HUGE}, stream_framing="close")`',
        lambda other: Fault(stream=HUGE, stream_framing="close"),
    ),
    AvatarCase(
        "avatar-huge-declared",
        "avatar: 50 MB with Content-Length",
        f"`Fault(stream={HUGE})`",
        lambda other: Fault(stream=HUGE),
    ),
    AvatarCase(
        "avatar-not-an-image",
        "avatar: an HTML page",
        "`Fault(body=<html>, Content-Type: text/html)`",
        lambda other: Fault(body="<html>not found</html>", headers=HTML),
    ),
    AvatarCase(
        "avatar-garbage",
        "avatar: image/png that is not a PNG",
        "`Fault(body=random bytes)` (Content-Type stays image/png)",
        lambda other: Fault(body=bytes(range(256)) * 8),
    ),
    AvatarCase(
        "avatar-bomb",
        "avatar: decompression bomb (a 1×1 PNG declaring 30000×30000)",
        "`Fault(body=bomb_png())`",
        lambda other: Fault(body=bomb_png()),
    ),
    AvatarCase(
        "avatar-redirect-malformed",
        "avatar: redirect to a malformed address",
        "`Fault(status=302, Location: http://[::1)`",
        lambda other: Fault(status=302, headers={"Location": "http://[::1"}),
    ),
    AvatarCase(
        "avatar-nonsense-length",
        "avatar: a good picture with Content-Length ²",
        '`Fault(headers={"Content-Length": "²"})`',
        lambda other: Fault(headers={"Content-Length": "\u00b2"}),
        shows_picture=True,
    ),
)


def _outcome_text(case: FaultCase) -> str:
    outcome = case.outcome("balance")
    if outcome.kind is None:
        parts = {e: case.outcome(e) for e in ENDPOINTS}
        if all(o.kind is None for o in parts.values()):
            return f"parsed: `{outcome.health}`" + (f" ({outcome.shown})" if outcome.shown else "")
    cells = []
    for endpoint in ENDPOINTS:
        o = case.outcome(endpoint)
        if o.kind is None:
            cells.append(f"{endpoint}: parsed ({o.health if endpoint == 'balance' else 'ok'})")
        else:
            status = f" {o.status}" if o.status else ""
            cells.append(f"{endpoint}: `{o.kind.value}`{status}")
    if len({c.split(": ", 1)[1] for c in cells}) == 1:
        return cells[0].split(": ", 1)[1]
    return "; ".join(cells)


def _message_text(case: FaultCase) -> str:
    words = case.outcome("balance").message_words("balance")
    absent = case.outcome("balance").absent
    text = " · ".join(f"“{w}”" for w in words) if words else "—"
    if absent:
        text += " (never " + ", ".join(f"“{a}”" for a in absent) + ")"
    return text


def render_markdown() -> str:
    lines = [
        "# Fault matrix",
        "",
        "What the suite injects with the loopback fake API (`harness/faults.py`) and what SE Ranking Tray must make",
        "of it. Generated from `harness/fault_matrix.py` (`python -m harness.fault_matrix > tests/FAULTS.md`); a",
        "test (`tests/test_faults_matrix.py`) fails when the two differ.",
        "",
        "Each account fault is injected on each endpoint in turn (`/account/balance`, `/account/subscription`,",
        "`/account/profile`) by `tests/test_faults_client.py` (the real client over loopback, in process) and",
        "`tests/test_faults_cli.py` (`seranking-tray status --json` as a subprocess: exit code, `error.kind`,",
        "`error.message`; the CLI keeps no last good data). Retried and slow faults run once in the CLI with the",
        "fault on every endpoint at once. The GUI column is `tests/test_faults_gui.py`: one real app in a private",
        "desktop (`--refresh-interval 1`) walks through the faults on the balance endpoint: the tooltip and the icon",
        "show the state and the message, the last good balance stays, marked *stale*, and the app recovers when the",
        "fault is cleared. A fault on the profile alone never changes the state (balance and subscription decide it).",
        "The CLI and the GUI take the eight 5xx cases pairwise (each status once, JSON and HTML bodies alternating);",
        "the client suite runs every case on every endpoint.",
        "",
        "| Fault | Injected as | Result (kind · HTTP status) | The message says | Retried in the check "
        "| Refresh after it | Run by |",
        "|---|---|---|---|---|---|---|",
    ]
    for case in CASES:
        refresh = "paused until *Refresh now* / a new key" if case.pauses else "goes on"
        if case.outcome("balance").kind is None:
            refresh = "—"
        retried = "yes, then gives up" if case.retried else "no"
        suites = ", ".join(name for name, runs in (("client", True), ("CLI", case.cli), ("GUI", case.gui)) if runs)
        lines.append(
            f"| {case.title} | {case.how} | {_outcome_text(case)} | {_message_text(case)} | {retried} | {refresh} "
            f"| {suites} |"
        )
    lines += [
        "",
        "## The profile picture",
        "",
        "Served by a second loopback host; walked through by `tests/test_faults_gui.py` (and the client in",
        "`tests/test_faults_client.py`). Each one but the last leaves the initials in the menu, logs one line, and",
        "the app keeps running; the last is a good picture with a nonsense length, and it is shown.",
        "",
        "| Fault | Injected as |",
        "|---|---|",
    ]
    lines += [f"| {case.title} | {case.how} |" for case in AVATAR_CASES]
    lines += [
        "",
        "## Also covered",
        "",
        "- **Bounded reads:** with a 50 MB body the fake counts the bytes the client took before hanging up: at most",
        "  1 MiB + one 64 KiB read + socket buffers (`test_faults_client.py`); a redirect's body is never read past",
        "  the cap either.",
        "- **Redirects and the key:** a second fake on 127.0.0.2 records every request; the API's redirect is not",
        "  followed at all, the avatar's is followed without `Authorization` (`test_secret_hygiene.py`).",
        "- **Random faults (soak):** `tests/test_soak.py`: about 30 % of requests fail with a seeded mix of the",
        "  faults above (not 401/402/403, which pause refreshing by design) for `SOAK_CYCLES` refreshes (200 in",
        "  CI; `scripts/soak` runs 1000): no crash, refreshes keep coming, threads, descriptors and memory bounded,",
        "  the icon matching the tooltip at every sample.",
        "- **Shutdown:** menu *Quit*, SIGTERM, SIGINT and SIGHUP during a request, a hanging avatar download and",
        "  with the settings dialog open: exit 0 within 2 s, no Qt warnings, files intact",
        "  (`test_shutdown_desktop.py`).",
        "- **Any bytes, any status:** a Hypothesis property drives the whole client path with arbitrary bodies and",
        "  statuses: always a snapshot, never an exception (`test_faults_client.py`).",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(render_markdown())
