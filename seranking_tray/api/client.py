"""The SE Ranking Project API client: one check = the three account endpoints, fetched concurrently.

Why it is built this way:
- Each endpoint runs in a daemon thread and the caller waits on a condition with a deadline, so one whole
  check (retries and trickling bodies included) never outlives `Timeouts.deadline`, `cancel()` returns at
  once, and a request stuck in a blocking read can never hold the process at exit (unlike an executor,
  whose workers are joined at interpreter exit).
- Bodies are read in chunks against the deadline and a size cap: per-read timeouts alone never bound a
  server that sends one byte at a time, and a 50 MB answer is refused, not loaded.
- The key travels only in the Authorization header of requests to the API base URL; redirects are never
  followed with it, and anything the server echoes back is scrubbed of it.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from seranking_tray import __version__
from seranking_tray.domain.account import Account, is_loopback_host, validate_api_url
from seranking_tray.domain.apikey import DATA_KEY_HINT, ApiKey, KeyShape
from seranking_tray.domain.errors import CheckError, ConfigError, ErrorKind
from seranking_tray.domain.models import ENDPOINTS, PARSERS, Failure, Snapshot

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

USER_AGENT = f"seranking-tray/{__version__}"
MAX_JSON_BYTES = 1 << 20
MAX_AVATAR_BYTES = 1 << 20
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 15.0
    deadline: float = 30.0  # one whole check


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # first try included
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, attempt: int) -> float:
        """Exponential backoff with full jitter, as the vendor recommends for its rate limit."""
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)


@dataclass(frozen=True)
class AvatarFetch:
    data: bytes | None  # None: not modified since the validators given
    etag: str | None
    last_modified: str | None


class _Run:
    """One check's shared state: results as they arrive, and a stop flag that wakes every waiter."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.cond = threading.Condition()
        self.results: dict[str, object] = {}
        self.stopped = False

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def put(self, endpoint: str, result: object) -> None:
        with self.cond:
            self.results[endpoint] = result
            self.cond.notify_all()

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.cond.notify_all()

    def sleep(self, seconds: float) -> bool:
        """Wait, unless stopped first. True if the wait ran its course."""
        with self.cond:
            return not self.cond.wait_for(lambda: self.stopped, timeout=seconds)


class AccountClient:
    """Reads one account. Reuse it between checks: it keeps a keep-alive connection pool."""

    def __init__(self, account: Account, timeouts: Timeouts | None = None, retry: RetryPolicy | None = None) -> None:
        if account.key is None:
            raise ConfigError(
                "No API key is set. Add your Project API key in Settings, store it with "
                "`seranking-tray key set`, or set SERANKING_API_KEY."
            )
        self.account = account
        self.base_url = validate_api_url(account.api_url)
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self._key: ApiKey = account.key
        self._session: requests.Session | None = None
        self._lock = threading.Lock()
        self._current: _Run | None = None

    # --- sessions -----------------------------------------------------------------------------------

    def _api_session(self) -> requests.Session:
        # requests is imported here, not at module level: it is the heaviest import on the way to the tray icon.
        with self._lock:
            if self._session is None:
                self._session = _new_session(pool=len(ENDPOINTS) + 1)
                self._session.auth = _TokenAuth(self._key)
            return self._session

    def close(self) -> None:
        with self._lock:
            if self._session is not None:
                self._session.close()
                self._session = None

    def cancel(self) -> None:
        """Abandon the check in progress (from any thread): check() returns at once."""
        with self._lock:
            run = self._current
        if run is not None:
            run.stop()

    # --- one check ----------------------------------------------------------------------------------

    def check(self) -> Snapshot:
        run = _Run(time.monotonic() + self.timeouts.deadline)
        with self._lock:
            self._current = run
        session = self._api_session()
        for endpoint in ENDPOINTS:
            threading.Thread(
                target=self._fetch_into, args=(session, endpoint, run), name=f"check-{endpoint}", daemon=True
            ).start()
        with run.cond:
            run.cond.wait_for(
                lambda: len(run.results) == len(ENDPOINTS) or run.stopped, timeout=max(0, run.remaining())
            )
            results = dict(run.results)
        run.stop()  # tells endpoint threads still retrying or reading to give up
        with self._lock:
            if self._current is run:
                self._current = None

        snapshot_values: dict[str, Any] = {}
        failures: dict[str, Failure] = {}
        for endpoint in ENDPOINTS:
            result = results.get(endpoint)
            if result is None:
                result = CheckError(
                    ErrorKind.TIMEOUT,
                    f"No complete answer within {self.timeouts.deadline:.0f} s.",
                    endpoint=endpoint,
                )
            if isinstance(result, CheckError):
                failures[endpoint] = Failure.from_error(self._explain_auth(result))
            else:
                snapshot_values[endpoint] = result
        return Snapshot(checked_at=datetime.now(UTC), failures=failures, **snapshot_values)

    def _explain_auth(self, error: CheckError) -> CheckError:
        if error.kind is ErrorKind.AUTH and self._key.shape is KeyShape.DATA:
            error.message = f"{error.message} {DATA_KEY_HINT}"
        return error

    def _fetch_into(self, session: requests.Session, endpoint: str, run: _Run) -> None:
        try:
            data = self._get_json(session, endpoint, run)
            result: object = PARSERS[endpoint](data)
        except CheckError as exc:
            exc.endpoint = endpoint
            result = self._scrub(exc)  # a parser error may quote a field that echoes the key
        except Exception:  # never let a surprise kill the thread silently and stall the check
            log.exception("Unexpected failure reading /account/%s", endpoint)
            result = CheckError(
                ErrorKind.BAD_RESPONSE, f"Unexpected failure reading /account/{endpoint}.", endpoint=endpoint
            )
        run.put(endpoint, result)

    def _get_json(self, session: requests.Session, endpoint: str, run: _Run) -> object:
        url = f"{self.base_url}/account/{endpoint}"
        attempt = 0
        while True:
            try:
                return self._get_once(session, url, run)
            except CheckError as exc:
                attempt += 1
                if not exc.kind.retryable or attempt >= self.retry.attempts or run.stopped:
                    raise
                delay = exc.retry_after if exc.retry_after is not None else self.retry.delay(attempt - 1)
                if delay >= run.remaining():
                    if exc.retry_after is not None:
                        exc.message += f" (the server asks to wait {exc.retry_after:.0f} s)"
                    raise
                log.debug("Retrying /account/%s in %.1f s after %s", endpoint, delay, exc.kind.value)
                if not run.sleep(delay):
                    raise

    def _get_once(self, session: requests.Session, url: str, run: _Run) -> object:
        import requests
        import urllib3  # reading response.raw raises urllib3's own errors, not requests' wrappers

        remaining = run.remaining()
        if remaining <= 0 or run.stopped:
            raise CheckError(ErrorKind.TIMEOUT, f"No complete answer within {self.timeouts.deadline:.0f} s.")
        started = time.monotonic()
        path = urlsplit(url).path
        try:
            response = session.get(
                url,
                timeout=(min(self.timeouts.connect, remaining), min(self.timeouts.read, remaining)),
                stream=True,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise self._scrub(_network_error(exc)) from None
        status = response.status_code
        try:
            # A body that says up front it is too large is refused without reading any of it.
            body = (
                None
                if _declared_length(response) > MAX_JSON_BYTES
                else _read_limited(response, MAX_JSON_BYTES, lambda: run.stopped or run.remaining() <= 0)
            )
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            raise self._scrub(_network_error(exc)) from None
        finally:
            response.close()
        log.debug("GET %s -> %s in %.0f ms", path, status, (time.monotonic() - started) * 1000)
        if body is None:
            if run.stopped or run.remaining() <= 0:
                raise CheckError(ErrorKind.TIMEOUT, f"No complete answer within {self.timeouts.deadline:.0f} s.")
            if not 200 <= status < 300:
                # An error page too large to read (a proxy's, say) is still that error: its status decides.
                raise _http_error(status, b"", "", response.headers, path)
            raise CheckError(ErrorKind.BAD_RESPONSE, f"The answer from {path} is larger than {MAX_JSON_BYTES} bytes.")
        if 200 <= status < 300:
            return _decode_json(body, path)
        raise self._scrub(_http_error(status, body, response.headers.get("Content-Type", ""), response.headers, path))

    def _scrub(self, error: CheckError) -> CheckError:
        """A server or library may echo the token back; never let it reach a message."""
        secret = self._key.reveal()
        if secret in error.message:
            error.message = error.message.replace(secret, "<key>")
        error.args = (error.message,)
        return error

    # --- avatar -------------------------------------------------------------------------------------

    def fetch_avatar(self, url: str, etag: str | None = None, last_modified: str | None = None) -> AvatarFetch:
        """Download (or revalidate) the profile picture. Never sends the API key: another host, another session.

        Raises only CheckError, whatever the picture's host answers.
        """
        try:
            return self._fetch_avatar(url, etag, last_modified)
        except ValueError:  # a malformed address or redirect target ("http://[::1", a port out of range)
            raise CheckError(ErrorKind.BAD_RESPONSE, "The picture's address is not valid; not loaded.") from None

    def _fetch_avatar(self, url: str, etag: str | None, last_modified: str | None) -> AvatarFetch:
        import requests
        import urllib3

        headers = {"Accept": "image/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.timeouts.deadline
        session = _new_session(pool=1)
        try:
            for _hop in range(4):  # a few redirects, each one checked like the first URL
                _check_picture_url(url)
                try:
                    response = session.get(
                        url,
                        headers=headers,
                        timeout=(self.timeouts.connect, self.timeouts.read),
                        stream=True,
                        allow_redirects=False,
                    )
                except requests.RequestException as exc:
                    raise _network_error(exc) from None
                try:
                    if response.is_redirect and "Location" in response.headers:
                        url = urljoin(url, response.headers["Location"])
                        continue
                    if response.status_code == 304:
                        return AvatarFetch(None, etag, last_modified)
                    if response.status_code != 200:
                        raise CheckError(ErrorKind.SERVER, f"The picture could not be loaded ({response.status_code}).")
                    if not response.headers.get("Content-Type", "").lower().startswith("image/"):
                        raise CheckError(ErrorKind.BAD_RESPONSE, "The picture is not an image.")
                    if _declared_length(response) > MAX_AVATAR_BYTES:
                        raise CheckError(ErrorKind.BAD_RESPONSE, "The picture is larger than 1 MB.")
                    data = _read_limited(response, MAX_AVATAR_BYTES, lambda: time.monotonic() > deadline)
                    if data is None:
                        raise CheckError(ErrorKind.BAD_RESPONSE, "The picture is larger than 1 MB or too slow.")
                    return AvatarFetch(data, response.headers.get("ETag"), response.headers.get("Last-Modified"))
                except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                    raise _network_error(exc) from None
                finally:
                    response.close()
            raise CheckError(ErrorKind.BAD_RESPONSE, "The picture redirects too many times.")
        finally:
            session.close()


# --- helpers -------------------------------------------------------------------------------------------


def _new_session(pool: int) -> requests.Session:
    import requests
    from requests.adapters import HTTPAdapter

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


class _TokenAuth:
    """Sets the header on every request; as session.auth it also keeps ~/.netrc from replacing it."""

    def __init__(self, key: ApiKey) -> None:
        self._key = key

    def __call__(self, request: Any) -> Any:
        request.headers["Authorization"] = f"Token {self._key.reveal()}"
        return request

    def __repr__(self) -> str:
        return "_TokenAuth(<redacted>)"


def _check_picture_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname or "")):
        return
    raise CheckError(ErrorKind.CONFIG, "The picture's address is not https; not loaded.")


def _declared_length(response: requests.Response) -> int:
    """The body's Content-Length, or 0 when it declares none (or nonsense): then the bounded read decides."""
    declared = response.headers.get("Content-Length", "").strip()
    # isascii(): str.isdigit() also accepts "²", which int() refuses.
    return int(declared) if declared.isascii() and declared.isdigit() else 0


def _read_limited(response: requests.Response, limit: int, give_up: Callable[[], bool]) -> bytes | None:
    """The body, or None when it exceeds `limit` bytes or `give_up()` turns true between chunks."""
    chunks: list[bytes] = []
    size = 0
    raw = response.raw
    while True:
        if give_up():
            return None
        chunk = raw.read1(_CHUNK, decode_content=True)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _decode_json(body: bytes, path: str) -> object:
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise CheckError(ErrorKind.BAD_RESPONSE, f"The answer from {path} is not UTF-8 text.") from None
    except (ValueError, RecursionError):
        snippet = "empty" if not body.strip() else "not valid JSON"
        raise CheckError(ErrorKind.BAD_RESPONSE, f"The answer from {path} is {snippet}.") from None


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


def _retry_after(value: str | None) -> float | None:
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


def _http_error(status: int, body: bytes, content_type: str, headers: Any, path: str) -> CheckError:
    said = api_message(body, content_type)
    suffix = f" ({said})" if said else ""
    if status in (401, 403):
        return CheckError(ErrorKind.AUTH, f"SE Ranking rejected the API key{suffix or f' ({status})'}.", status=status)
    if status == 402:
        return CheckError(
            ErrorKind.PAYMENT,
            f"SE Ranking refused the request: payment required{suffix}. "
            "The plan may not include the API, or the key is not linked yet.",
            status=status,
        )
    if status == 429:
        return CheckError(
            ErrorKind.RATE_LIMITED,
            f"Too many requests to SE Ranking{suffix}.",
            status=status,
            retry_after=_retry_after(headers.get("Retry-After")),
        )
    if 500 <= status < 600:
        return CheckError(
            ErrorKind.SERVER,
            f"SE Ranking's server had a problem ({status}){': ' + said if said else ''}.",
            status=status,
            retry_after=_retry_after(headers.get("Retry-After")),
        )
    if 300 <= status < 400:
        return CheckError(
            ErrorKind.BAD_RESPONSE,
            f"The API answered {path} with a redirect ({status}); not followed. Is the API URL right?",
            status=status,
        )
    if status == 404:
        return CheckError(ErrorKind.BAD_RESPONSE, f"{path} was not found (404). Is the API URL right?", status=status)
    return CheckError(ErrorKind.BAD_RESPONSE, f"Unexpected answer {status} from {path}{suffix}.", status=status)


def _network_error(exc: BaseException) -> CheckError:
    import requests
    import urllib3

    if isinstance(exc, urllib3.exceptions.ReadTimeoutError | TimeoutError):
        return CheckError(ErrorKind.TIMEOUT, "SE Ranking did not answer in time.")
    if isinstance(exc, urllib3.exceptions.ProtocolError | urllib3.exceptions.DecodeError):
        return CheckError(ErrorKind.NETWORK, "The connection to SE Ranking dropped in the middle of an answer.")

    if isinstance(exc, requests.exceptions.SSLError):
        return CheckError(ErrorKind.NETWORK, "A secure (TLS) connection to SE Ranking could not be made.")
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return CheckError(ErrorKind.TIMEOUT, "Connecting to SE Ranking timed out.")
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return CheckError(ErrorKind.TIMEOUT, "SE Ranking did not answer in time.")
    if isinstance(exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError):
        return CheckError(ErrorKind.NETWORK, "The connection to SE Ranking dropped in the middle of an answer.")
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc)
        if "Name or service not known" in text or "NameResolution" in text or "getaddrinfo" in text:
            return CheckError(ErrorKind.NETWORK, "SE Ranking's address could not be resolved (offline?).")
        if "refused" in text.lower():
            return CheckError(ErrorKind.NETWORK, "The connection to SE Ranking was refused.")
        if "timed out" in text.lower():
            return CheckError(ErrorKind.TIMEOUT, "SE Ranking did not answer in time.")
        return CheckError(ErrorKind.NETWORK, "The connection to SE Ranking failed or was reset.")
    return CheckError(ErrorKind.NETWORK, f"Network problem talking to SE Ranking ({type(exc).__name__}).")
