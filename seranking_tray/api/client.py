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

import logging
import random
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from seranking_tray.api.meters import Call, MeterPlan
from seranking_tray.api.rate import limiter_for
from seranking_tray.api.transport import (
    TokenAuth,
    check_picture_url,
    declared_length,
    decode_json,
    http_error,
    network_error,
    new_session,
    read_limited,
    scrubbed,
    unexpected_failure,
)
from seranking_tray.domain.account import Account, validate_api_url
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import CheckError, ConfigError, ErrorKind
from seranking_tray.domain.models import ENDPOINTS, Failure, Snapshot
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.sentence import Sentence

log = logging.getLogger(__name__)

MAX_JSON_BYTES = 1 << 20
MAX_AVATAR_BYTES = 1 << 20


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
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Words",
                        "No API key is set. Add your Project API key in Settings, store it with "
                        "`seranking-tray key set`, or set SERANKING_API_KEY.",
                    )
                )
            )
        self.account = account
        self.base_url = validate_api_url(account.api_url)
        self.plan = MeterPlan(account)  # which endpoints, and what discovery learned (this client's lifetime)
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self._key: ApiKey = account.key
        self._limiter = limiter_for(account.key)
        self._session: requests.Session | None = None
        self._lock = threading.Lock()
        self._current: _Run | None = None

    # --- sessions -----------------------------------------------------------------------------------

    def _api_session(self) -> requests.Session:
        # requests is imported here, not at module level: it is the heaviest import on the way to the tray icon.
        with self._lock:
            if self._session is None:
                self._session = new_session(pool=len(ENDPOINTS) + 2)
                self._session.auth = TokenAuth(self._key)
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
        calls = self.plan.calls()
        for call in calls:
            threading.Thread(
                target=self._fetch_into, args=(session, call, run), name=f"check-{call.endpoint}", daemon=True
            ).start()
        with run.cond:
            run.cond.wait_for(lambda: len(run.results) == len(calls) or run.stopped, timeout=max(0, run.remaining()))
            results = dict(run.results)
        run.stop()  # tells endpoint threads still retrying or reading to give up
        with self._lock:
            if self._current is run:
                self._current = None

        snapshot_values: dict[str, Any] = {}
        failures: dict[str, Failure] = {}
        for call in calls:
            endpoint = call.endpoint
            result = results.get(endpoint)
            if result is None:
                result = CheckError(
                    ErrorKind.TIMEOUT,
                    self._deadline_passed(),
                    endpoint=endpoint,
                )
            if isinstance(result, CheckError):
                if not call.quiet:
                    failures[endpoint] = Failure.from_error(result)
            else:
                snapshot_values[endpoint] = result
        skipped = self.plan.settle(failures)
        return Snapshot(checked_at=datetime.now(UTC), failures=failures, skipped=skipped, **snapshot_values)

    def _deadline_passed(self) -> Sentence:
        return Sentence.of(
            QT_TRANSLATE_NOOP("Words", "No complete answer within {seconds} s."),
            seconds=f"{self.timeouts.deadline:.0f}",
        )

    def _fetch_into(self, session: requests.Session, call: Call, run: _Run) -> None:
        result: object = None
        for url, parse in call.urls:
            path = urlsplit(url).path
            try:
                known = self.plan.gone(url)
                if known is not None:
                    raise known  # not asked again (see api.meters)
                data = self._get_json(session, url, run)
                result = parse(data)
                break
            except CheckError as exc:
                exc.endpoint = call.endpoint
                result = scrubbed(exc, self._key)  # a parser error may quote a field that echoes the key
                if exc.kind is not ErrorKind.GONE:
                    break
                self.plan.mark_gone(url, exc)
            except Exception:  # never let a surprise kill the thread silently and stall the check
                log.exception("Unexpected failure reading %s", path)
                result = unexpected_failure(path)
                result.endpoint = call.endpoint
                break
        run.put(call.endpoint, result)

    def _get_json(self, session: requests.Session, url: str, run: _Run) -> object:
        endpoint = urlsplit(url).path
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
                log.debug("Retrying %s in %.1f s after %s", endpoint, delay, exc.kind.value)
                if not run.sleep(delay):
                    raise

    def _get_once(self, session: requests.Session, url: str, run: _Run) -> object:

        remaining = run.remaining()
        if remaining <= 0 or run.stopped:
            raise CheckError(ErrorKind.TIMEOUT, self._deadline_passed())
        wait = self._limiter.reserve()  # the key's 5 requests a second, shared with every other client of it
        if wait > 0 and (wait >= run.remaining() or not run.sleep(wait)):
            raise CheckError(ErrorKind.TIMEOUT, self._deadline_passed())
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
            raise scrubbed(network_error(exc), self._key) from None
        status = response.status_code
        try:
            # A body that says up front it is too large is refused without reading any of it.
            body = (
                None
                if declared_length(response) > MAX_JSON_BYTES
                else read_limited(response, MAX_JSON_BYTES, lambda: run.stopped or run.remaining() <= 0)
            )
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            raise scrubbed(network_error(exc), self._key) from None
        finally:
            response.close()
        log.debug("GET %s -> %s in %.0f ms", path, status, (time.monotonic() - started) * 1000)
        if body is None:
            if run.stopped or run.remaining() <= 0:
                raise CheckError(ErrorKind.TIMEOUT, self._deadline_passed())
            if not 200 <= status < 300:
                # An error page too large to read (a proxy's, say) is still that error: its status decides.
                raise http_error(status, b"", "", response.headers, path)
            raise CheckError(
                ErrorKind.BAD_RESPONSE,
                Sentence.of(
                    QT_TRANSLATE_NOOP("Words", "The answer from {path} is larger than {size} bytes."),
                    path=path,
                    size=str(MAX_JSON_BYTES),
                ),
            )
        if 200 <= status < 300:
            return decode_json(body, path)
        raise scrubbed(
            http_error(status, body, response.headers.get("Content-Type", ""), response.headers, path), self._key
        )

    # --- avatar -------------------------------------------------------------------------------------

    def fetch_avatar(self, url: str, etag: str | None = None, last_modified: str | None = None) -> AvatarFetch:
        """Download (or revalidate) the profile picture. Never sends the API key: another host, another session.

        Raises only CheckError, whatever the picture's host answers.
        """
        try:
            return self._fetch_avatar(url, etag, last_modified)
        except ValueError:  # a malformed address or redirect target ("http://[::1", a port out of range)
            raise CheckError(
                ErrorKind.BAD_RESPONSE,
                Sentence(QT_TRANSLATE_NOOP("Words", "The picture's address is not valid; not loaded.")),
            ) from None

    def _fetch_avatar(self, url: str, etag: str | None, last_modified: str | None) -> AvatarFetch:

        headers = {"Accept": "image/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.timeouts.deadline
        session = new_session(pool=1)
        try:
            for _hop in range(4):  # a few redirects, each one checked like the first URL
                check_picture_url(url)
                try:
                    response = session.get(
                        url,
                        headers=headers,
                        timeout=(self.timeouts.connect, self.timeouts.read),
                        stream=True,
                        allow_redirects=False,
                    )
                except requests.RequestException as exc:
                    raise network_error(exc) from None
                try:
                    if response.is_redirect and "Location" in response.headers:
                        url = urljoin(url, response.headers["Location"])
                        continue
                    if response.status_code == 304:
                        return AvatarFetch(None, etag, last_modified)
                    if response.status_code != 200:
                        raise CheckError(
                            ErrorKind.SERVER,
                            Sentence.of(
                                QT_TRANSLATE_NOOP("Words", "The picture could not be loaded ({status})."),
                                status=str(response.status_code),
                            ),
                        )
                    if not response.headers.get("Content-Type", "").lower().startswith("image/"):
                        raise CheckError(
                            ErrorKind.BAD_RESPONSE, Sentence(QT_TRANSLATE_NOOP("Words", "The picture is not an image."))
                        )
                    if declared_length(response) > MAX_AVATAR_BYTES:
                        raise CheckError(
                            ErrorKind.BAD_RESPONSE,
                            Sentence(QT_TRANSLATE_NOOP("Words", "The picture is larger than 1 MB.")),
                        )
                    data = read_limited(response, MAX_AVATAR_BYTES, lambda: time.monotonic() > deadline)
                    if data is None:
                        raise CheckError(
                            ErrorKind.BAD_RESPONSE,
                            Sentence(QT_TRANSLATE_NOOP("Words", "The picture is larger than 1 MB or too slow.")),
                        )
                    return AvatarFetch(data, response.headers.get("ETag"), response.headers.get("Last-Modified"))
                except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                    raise network_error(exc) from None
                finally:
                    response.close()
            raise CheckError(
                ErrorKind.BAD_RESPONSE, Sentence(QT_TRANSLATE_NOOP("Words", "The picture redirects too many times."))
            )
        finally:
            session.close()
