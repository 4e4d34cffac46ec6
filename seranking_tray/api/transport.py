"""HTTP plumbing for the API client: sessions that never follow redirects, the token header, bounded reads,
and the mapping of HTTP statuses and network failures to `CheckError`s with words a person can act on.

requests and urllib3 are imported inside the functions that need them: they are the heaviest imports on the way to
the tray icon, and this module is imported with the client.
"""

from __future__ import annotations

import email.utils
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from seranking_tray import __version__
from seranking_tray.domain.account import is_loopback_host
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import CheckError, ErrorKind
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.sentence import Sentence

USER_AGENT = f"seranking-tray/{__version__}"
CHUNK = 64 * 1024


def new_session(pool: int) -> requests.Session:
    class NoRedirectSession(requests.Session):
        """Never looks at a redirect. Even with allow_redirects=False, requests prepares the next hop to
        offer it as Response.next, and to do so reads the whole redirect body into memory, past any cap and
        any deadline (a 302 with 50 MB was read whole), and parses the Location (a malformed one raised
        ValueError). This client follows redirects itself, if at all (the avatar), one checked hop at a time."""

        def get_redirect_target(self, resp: requests.Response) -> str | None:
            return None

    session = NoRedirectSession()
    session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
    adapter = HTTPAdapter(pool_connections=1, pool_maxsize=pool, max_retries=0)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.verify = True  # never turned off, whatever REQUESTS_CA_BUNDLE or a caller says
    return session


class TokenAuth:
    """Sets the header on every request; as session.auth it also keeps ~/.netrc from replacing it."""

    def __init__(self, key: ApiKey) -> None:
        self._key = key

    def __call__(self, request: Any) -> Any:
        request.headers["Authorization"] = f"Token {self._key.reveal()}"
        return request

    def __repr__(self) -> str:
        return "TokenAuth(<redacted>)"


def check_picture_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname or "")):
        return
    raise CheckError(
        ErrorKind.CONFIG, Sentence(QT_TRANSLATE_NOOP("Words", "The picture's address is not https; not loaded."))
    )


def declared_length(response: requests.Response) -> int:
    """The body's Content-Length, or 0 when it declares none (or nonsense): then the bounded read decides."""
    declared = response.headers.get("Content-Length", "").strip()
    # isascii(): str.isdigit() also accepts "²", which int() refuses.
    return int(declared) if declared.isascii() and declared.isdigit() else 0


def read_limited(response: requests.Response, limit: int, give_up: Callable[[], bool]) -> bytes | None:
    """The body, or None when it exceeds `limit` bytes or `give_up()` turns true between chunks."""
    chunks: list[bytes] = []
    size = 0
    raw = response.raw
    while True:
        if give_up():
            return None
        chunk = raw.read1(CHUNK, decode_content=True)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def decode_json(body: bytes, path: str) -> object:
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise CheckError(
            ErrorKind.BAD_RESPONSE,
            Sentence.of(QT_TRANSLATE_NOOP("Words", "The answer from {path} is not UTF-8 text."), path=path),
        ) from None
    except (ValueError, RecursionError):
        if not body.strip():
            raise CheckError(
                ErrorKind.BAD_RESPONSE,
                Sentence.of(QT_TRANSLATE_NOOP("Words", "The answer from {path} is empty."), path=path),
            ) from None
        raise CheckError(
            ErrorKind.BAD_RESPONSE,
            Sentence.of(QT_TRANSLATE_NOOP("Words", "The answer from {path} is not valid JSON."), path=path),
        ) from None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _clean(text: object, limit: int = 200) -> str:
    return _CONTROL.sub(" ", str(text)).strip()[:limit]


def api_message(body: bytes, content_type: str) -> str | None:
    """The API's own words from either documented error shape, if the body is JSON."""
    if "json" not in content_type.lower() and not body.lstrip().startswith(b"{"):
        return None
    try:
        data = json.loads(body.decode("utf-8", errors="replace"))
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    inner = data.get("error")
    if isinstance(inner, dict):
        parts = [_clean(inner[k]) for k in ("message", "description") if isinstance(inner.get(k), str) and inner[k]]
        return ": ".join(parts) or None
    if isinstance(inner, str) and inner:
        return _clean(inner)
    message = data.get("message")
    return _clean(message) if isinstance(message, str) and message else None


def retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def http_error(status: int, body: bytes, content_type: str, headers: Any, path: str) -> CheckError:
    said = api_message(body, content_type)
    # The server's own words are kept as they came (in its language); only the frame around them is translated.
    suffix = f" ({said})" if said else ""
    code = str(status)
    if status in (401, 403):
        return CheckError(
            ErrorKind.AUTH,
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "SE Ranking rejected the API key{said}."), said=suffix or f" ({status})"
            ),
            status=status,
        )
    if status == 402:
        return CheckError(
            ErrorKind.PAYMENT,
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "Words",
                    "SE Ranking refused the request: payment required{said}. "
                    "The plan may not include the API, or the key is not linked yet.",
                ),
                said=suffix,
            ),
            status=status,
        )
    if status == 429:
        return CheckError(
            ErrorKind.RATE_LIMITED,
            Sentence.of(QT_TRANSLATE_NOOP("Words", "Too many requests to SE Ranking{said}."), said=suffix),
            status=status,
            retry_after=retry_after(headers.get("Retry-After")),
        )
    if 500 <= status < 600:
        return CheckError(
            ErrorKind.SERVER,
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "SE Ranking's server had a problem ({status}){said}."),
                status=code,
                said=": " + said if said else "",
            ),
            status=status,
            retry_after=retry_after(headers.get("Retry-After")),
        )
    if 300 <= status < 400:
        return CheckError(
            ErrorKind.BAD_RESPONSE,
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "Words", "The API answered {path} with a redirect ({status}); not followed. Is the API URL right?"
                ),
                path=path,
                status=code,
            ),
            status=status,
        )
    if status in (404, 410):
        return CheckError(
            ErrorKind.GONE,
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "Words",
                    "{path} was not found at this address ({status}) — SE Ranking may have retired it, or the API URL "
                    "is wrong.",
                ),
                path=path,
                status=code,
            ),
            status=status,
        )
    return CheckError(
        ErrorKind.BAD_RESPONSE,
        Sentence.of(
            QT_TRANSLATE_NOOP("Words", "Unexpected answer {status} from {path}{said}."),
            status=code,
            path=path,
            said=suffix,
        ),
        status=status,
    )


def unexpected_failure(path: str) -> CheckError:
    """A bug of ours while reading `path` (logged with its traceback where it is caught)."""
    return CheckError(
        ErrorKind.BAD_RESPONSE, Sentence.of(QT_TRANSLATE_NOOP("Words", "Unexpected failure reading {path}."), path=path)
    )


def scrubbed(error: CheckError, key: ApiKey) -> CheckError:
    """A server or library may echo the token back; never let it reach a message."""
    secret = key.reveal()
    if secret in error.message:
        error.said = error.said.replacing(secret, "<key>")
        error.message = error.said.english()
        error.args = (error.message,)
    return error


def network_error(exc: BaseException) -> CheckError:
    if isinstance(exc, urllib3.exceptions.ReadTimeoutError | TimeoutError):
        return CheckError(ErrorKind.TIMEOUT, Sentence(QT_TRANSLATE_NOOP("Words", "SE Ranking did not answer in time.")))
    if isinstance(exc, urllib3.exceptions.ProtocolError | urllib3.exceptions.DecodeError):
        return CheckError(
            ErrorKind.NETWORK,
            Sentence(QT_TRANSLATE_NOOP("Words", "The connection to SE Ranking dropped in the middle of an answer.")),
        )

    if isinstance(exc, requests.exceptions.SSLError):
        return CheckError(
            ErrorKind.NETWORK,
            Sentence(QT_TRANSLATE_NOOP("Words", "A secure (TLS) connection to SE Ranking could not be made.")),
        )
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return CheckError(
            ErrorKind.TIMEOUT, Sentence(QT_TRANSLATE_NOOP("Words", "Connecting to SE Ranking timed out."))
        )
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return CheckError(ErrorKind.TIMEOUT, Sentence(QT_TRANSLATE_NOOP("Words", "SE Ranking did not answer in time.")))
    if isinstance(exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError):
        return CheckError(
            ErrorKind.NETWORK,
            Sentence(QT_TRANSLATE_NOOP("Words", "The connection to SE Ranking dropped in the middle of an answer.")),
        )
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc)
        if "Name or service not known" in text or "NameResolution" in text or "getaddrinfo" in text:
            return CheckError(
                ErrorKind.NETWORK,
                Sentence(QT_TRANSLATE_NOOP("Words", "SE Ranking's address could not be resolved (offline?).")),
            )
        if "refused" in text.lower():
            return CheckError(
                ErrorKind.NETWORK, Sentence(QT_TRANSLATE_NOOP("Words", "The connection to SE Ranking was refused."))
            )
        if "timed out" in text.lower():
            return CheckError(
                ErrorKind.TIMEOUT, Sentence(QT_TRANSLATE_NOOP("Words", "SE Ranking did not answer in time."))
            )
        return CheckError(
            ErrorKind.NETWORK, Sentence(QT_TRANSLATE_NOOP("Words", "The connection to SE Ranking failed or was reset."))
        )
    return CheckError(
        ErrorKind.NETWORK,
        Sentence.of(
            QT_TRANSLATE_NOOP("Words", "Network problem talking to SE Ranking ({error})."), error=type(exc).__name__
        ),
    )
