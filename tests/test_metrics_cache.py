"""`metrics`' outcome cache: each account checked at most once an interval, however many scrapes and threads ask;
errors counted by kind; the last good figures kept while a check fails. And the exposition it feeds."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from prometheus_client.exposition import generate_latest
from prometheus_client.registry import CollectorRegistry

from seranking_tray.cli.metrics import AccountsCollector
from seranking_tray.cli.metrics_cache import OutcomeCache
from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import assess
from seranking_tray.domain.models import Balance, Failure, Snapshot, Subscription
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.rules import DEFAULT_RULES
from seranking_tray.service.account_list import Entry

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def entry(label: str) -> Entry:
    return Entry(Account(AccountConfig(AccountId(label.lower()), label), "", None))


def outcome(e: Entry, balance: float | None, failure: ErrorKind | None = None) -> CheckOutcome:
    failures = {} if failure is None else {"balance": Failure(failure, "it failed", None, "balance")}
    snapshot = Snapshot(
        NOW,
        None if balance is None else Balance(balance, "EUR"),
        Subscription("subscription", False, None),
        None,
        failures,
    )
    return CheckOutcome(e.account, snapshot, assess(snapshot, DEFAULT_RULES))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_scrapes_within_the_interval_share_one_check() -> None:
    entries = [entry("Jane"), entry("Acme")]
    checked: list[list[str]] = []
    clock = Clock()

    def check_many(stale: list[Entry]) -> list[CheckOutcome]:
        checked.append([e.account.label for e in stale])
        return [outcome(e, 50.0) for e in stale]

    cache = OutcomeCache(entries, lambda e: DEFAULT_RULES, check_many, interval=60, clock=clock)
    for _ in range(5):
        assert [o.latest is not None for o in cache.current()] == [True, True]
        clock.now += 10
    assert checked == [["Jane", "Acme"]]
    clock.now += 20  # 70 s after the first check
    cache.current()
    assert checked == [["Jane", "Acme"], ["Jane", "Acme"]]
    assert cache.checks == 4


def test_concurrent_scrapes_wait_for_the_one_check_in_progress() -> None:
    release = threading.Event()
    started = threading.Semaphore(0)
    calls = 0

    def check_many(stale: list[Entry]) -> list[CheckOutcome]:
        nonlocal calls
        calls += 1
        started.release()
        assert release.wait(10)
        return [outcome(e, 5.0) for e in stale]

    cache = OutcomeCache([entry("Jane")], lambda e: DEFAULT_RULES, check_many, interval=60)
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(cache.current) for _ in range(8)]
        assert started.acquire(timeout=10)
        release.set()
        results = [f.result(10) for f in futures]
    assert calls == 1
    assert all(r[0].latest is not None and r[0].latest.snapshot.balance == Balance(5.0, "EUR") for r in results)


def test_errors_are_counted_by_kind_and_the_last_good_figures_stay() -> None:
    e = entry("Jane")
    answers = iter([outcome(e, 42.0), outcome(e, None, ErrorKind.TIMEOUT), outcome(e, None, ErrorKind.TIMEOUT)])
    clock = Clock()
    cache = OutcomeCache([e], lambda _: DEFAULT_RULES, lambda stale: [next(answers)], interval=1, clock=clock)
    for _ in range(3):
        cache.current()
        clock.now += 1
    observed = cache.observed(e.account.id)
    assert observed.errors == {ErrorKind.TIMEOUT: 2}
    assert observed.latest is not None and observed.latest.snapshot.balance is None
    assert observed.last_good is not None and observed.last_good.snapshot.balance == Balance(42.0, "EUR")

    registry = CollectorRegistry(auto_describe=False)
    registry.register(AccountsCollector(cache))
    clock.now -= 0.5  # within the interval: the exposition reads the cache without a new check
    text = generate_latest(registry).decode()
    assert 'seranking_balance{account="Jane",account_id="jane",currency="EUR"} 42.0' in text
    assert 'seranking_check_errors_total{account="Jane",account_id="jane",kind="timeout"} 2.0' in text
    assert 'seranking_health{account="Jane",account_id="jane",seranking_health="error"} 1.0' in text
    assert "# TYPE seranking_check_errors_total counter" in text
    success = [line for line in text.splitlines() if line.startswith("seranking_last_success_timestamp_seconds{")]
    assert [float(line.rsplit(" ", 1)[1]) for line in success] == [NOW.timestamp()]
