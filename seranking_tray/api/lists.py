"""Fetching an account's sub-accounts and projects: slow-changing lists, asked far less often than the balance.

Why it is built this way:
- The lists have a deadline of their own (`LISTS_DEADLINE`), separate from a check's, and answers up to 16 MiB
  (5,000 projects come in one unpaged answer); every request takes a slot of the key's rate limiter, the same one
  the account checks use.
- Sub-accounts are paged: the offset advances by the items received until `all_count` is reached or a page is
  empty, so a server that pages differently from the documented 100 is still read whole.
- A Data API key (a UUID), or a Project API address that answers 404, uses the unified API's
  `/v1/project-management/…` paths; an address found gone is not asked again by this fetcher.
- A 401/403 means "not available for this key" (a sub-account's key may not list sub-accounts): that list is
  None, silently. Only what the lists' own answers get wrong is a failure.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar
from urllib.parse import urlsplit

import requests
import urllib3

from seranking_tray.api.client import RetryPolicy
from seranking_tray.api.rate import limiter_for
from seranking_tray.api.transport import (
    TokenAuth,
    declared_length,
    decode_json,
    http_error,
    network_error,
    new_session,
    read_limited,
    scrubbed,
    unexpected_failure,
)
from seranking_tray.domain.account import Account, data_api_url_for, validate_api_url
from seranking_tray.domain.apikey import ApiKey, KeyShape
from seranking_tray.domain.errors import CheckError, ConfigError, ErrorKind
from seranking_tray.domain.lists import (
    PAGE_SIZE,
    PM_SITES_PATH,
    PM_USERS_PATH,
    SITES_PATH,
    USERS_PATH,
    Lists,
    Projects,
    SubAccount,
    SubAccounts,
    parse_sites,
    parse_users_page,
)
from seranking_tray.domain.models import Failure
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.sentence import Sentence

log = logging.getLogger(__name__)

MAX_LIST_BYTES = 16 << 20
LISTS_DEADLINE = 30.0  # seconds for both lists, every page and retry included
MAX_PAGES = 1000  # 100,000 sub-accounts: past that a server that never says "done" is not followed further

T = TypeVar("T")


@dataclass(frozen=True)
class ListTimeouts:
    connect: float = 5.0
    read: float = 15.0
    deadline: float = LISTS_DEADLINE


class ListsFetcher:
    """Reads one account's lists. Reuse it: it keeps a connection pool and what it learned about gone addresses."""

    def __init__(
        self, account: Account, timeouts: ListTimeouts | None = None, retry: RetryPolicy | None = None
    ) -> None:
        if account.key is None:
            raise ConfigError(Sentence(QT_TRANSLATE_NOOP("Words", "No API key is set.")))
        self._key: ApiKey = account.key
        self.timeouts = timeouts or ListTimeouts()
        self.retry = retry or RetryPolicy()
        project = validate_api_url(account.api_url)
        data = data_api_url_for(account.api_url, account.data_api_url)
        unified_only = account.key.shape is KeyShape.DATA
        self._users = ([] if unified_only else [f"{project}{USERS_PATH}"]) + [f"{data}{PM_USERS_PATH}"]
        self._sites = ([] if unified_only else [f"{project}{SITES_PATH}"]) + [f"{data}{PM_SITES_PATH}"]
        self._gone: set[str] = set()
        self._limiter = limiter_for(account.key)
        self._stop = threading.Event()
        self._session: requests.Session | None = None
        self._deadline = 0.0

    def cancel(self) -> None:
        """From any thread: a fetch in progress gives up at its next step."""
        self._stop.set()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def fetch(self, *, projects: bool = True) -> Lists:
        self._stop.clear()
        self._deadline = time.monotonic() + self.timeouts.deadline
        if self._session is None:
            self._session = new_session(pool=2)
            self._session.auth = TokenAuth(self._key)
        failures: list[Failure] = []
        sub_accounts = self._one(self._users, self._read_users, failures)
        sites = self._one(self._sites, self._read_sites, failures) if projects else None
        return Lists(datetime.now(UTC), sub_accounts, sites, failures[0] if failures else None)

    def _one(self, urls: list[str], read: Callable[[str], T], failures: list[Failure]) -> T | None:
        for url in urls:
            if url in self._gone:
                continue
            try:
                return read(url)
            except CheckError as exc:
                if exc.kind is ErrorKind.GONE:
                    self._gone.add(url)
                    continue
                if exc.kind is ErrorKind.AUTH:
                    log.debug("%s is not available for this key (%s)", urlsplit(url).path, exc.status)
                    return None
                exc.endpoint = "lists"
                failures.append(Failure.from_error(scrubbed(exc, self._key)))
                return None
            except Exception:  # a surprise must not end the caller's thread
                log.exception("Unexpected failure reading %s", urlsplit(url).path)
                failures.append(Failure.from_error(unexpected_failure(urlsplit(url).path)))
                return None
        return None  # at no address: not available here

    def _read_users(self, url: str) -> SubAccounts:
        path = urlsplit(url).path
        items: list[SubAccount] = []
        for _page in range(MAX_PAGES):
            page, total = parse_users_page(path, self._get(f"{url}?limit={PAGE_SIZE}&offset={len(items)}"))
            items.extend(page)
            if not page or (total is not None and len(items) >= total):
                break
        return SubAccounts(tuple(items))

    def _read_sites(self, url: str) -> Projects:
        return parse_sites(urlsplit(url).path, self._get(url))

    # --- one request --------------------------------------------------------------------------------

    def _remaining(self) -> float:
        return self._deadline - time.monotonic()

    def _give_up(self) -> bool:
        return self._stop.is_set() or self._remaining() <= 0

    def _timeout(self) -> CheckError:
        return CheckError(
            ErrorKind.TIMEOUT,
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "The lists were not read within {seconds} s."),
                seconds=f"{self.timeouts.deadline:.0f}",
            ),
        )

    def _sleep(self, seconds: float) -> bool:
        """Wait unless cancelled or past the deadline first. True if the wait ran its course."""
        if seconds >= self._remaining():
            return False
        return not self._stop.wait(seconds)

    def _get(self, url: str) -> object:
        attempt = 0
        while True:
            try:
                return self._get_once(url)
            except CheckError as exc:
                attempt += 1
                if not exc.kind.retryable or attempt >= self.retry.attempts or self._stop.is_set():
                    raise
                delay = exc.retry_after if exc.retry_after is not None else self.retry.delay(attempt - 1)
                if not self._sleep(delay):
                    raise

    def _get_once(self, url: str) -> object:
        assert self._session is not None
        wait = self._limiter.reserve()  # the key's requests a second, shared with its account checks
        if self._stop.is_set() or self._remaining() <= 0 or (wait > 0 and not self._sleep(wait)):
            raise self._timeout()
        remaining = self._remaining()
        path = urlsplit(url).path
        try:
            response = self._session.get(
                url,
                timeout=(min(self.timeouts.connect, remaining), min(self.timeouts.read, remaining)),
                stream=True,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise network_error(exc) from None
        status = response.status_code
        try:
            too_big = declared_length(response) > MAX_LIST_BYTES
            body = None if too_big else read_limited(response, MAX_LIST_BYTES, self._give_up)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            raise network_error(exc) from None
        finally:
            response.close()
        if body is None:
            if self._give_up():
                raise self._timeout()
            if not 200 <= status < 300:
                raise http_error(status, b"", "", response.headers, path)
            raise CheckError(
                ErrorKind.BAD_RESPONSE,
                Sentence.of(QT_TRANSLATE_NOOP("Words", "The answer from {path} is larger than 16 MiB."), path=path),
            )
        if 200 <= status < 300:
            return decode_json(body, path)
        raise http_error(status, body, response.headers.get("Content-Type", ""), response.headers, path)


def fetch_lists(account: Account, timeouts: ListTimeouts | None = None) -> Lists | None:
    """One fetch with a fetcher of its own (the CLI); None when the account has no key."""
    if account.key is None:
        return None
    fetcher = ListsFetcher(account, timeouts)
    try:
        return fetcher.fetch()
    finally:
        fetcher.close()
