"""Checking many accounts (service/schedule.py, api/rate.py): the per-key limit of 5 requests in any second, one
check per key at a time, spread first checks, and a hanging account that does not hold up the others."""

from __future__ import annotations

import secrets
import threading
from collections import defaultdict

from harness.faults import FakeSeRanking, Fault
from harness.tray_app import wait_until
from seranking_tray.api.client import RetryPolicy
from seranking_tray.api.rate import RateLimiter
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.attention import worst
from seranking_tray.domain.health import Health
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.service.monitor import AccountMonitor
from seranking_tray.service.schedule import Scheduler
from seranking_tray.store.settings import Settings
from seranking_tray.testing.fake_http import token_of

FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.001, max_delay=0.002)
SETTINGS = Settings(check_deadline=5.0, connect_timeout=2.0, read_timeout=4.0)


def _monitor(url: str, key: str, n: int) -> AccountMonitor:
    config = AccountConfig(AccountId(f"acct{n}"), f"Account {n}")
    account = Account(config, url, ApiKey(key), KeySource.KEYRING)
    return AccountMonitor(account, SETTINGS, interval_override=1, retry=FAST_RETRY)


class Outcomes:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_account: dict[str, list[CheckOutcome]] = defaultdict(list)

    def __call__(self, outcome: CheckOutcome) -> None:
        with self.lock:
            self.by_account[outcome.account.id].append(outcome)

    def count(self, ident: str) -> int:
        with self.lock:
            return len(self.by_account[ident])


def test_the_limiter_never_grants_more_than_5_in_a_window() -> None:
    now = [0.0]
    limiter = RateLimiter(5, 1.0, clock=lambda: now[0])
    starts = [limiter.reserve() for _ in range(12)]
    assert starts == [0.0] * 5 + [1.0] * 5 + [2.0] * 2
    now[0] = 10.0
    assert limiter.reserve() == 0.0


def test_ten_accounts_never_exceed_5_requests_a_second_per_key(rate_limited: None) -> None:
    keys = [secrets.token_hex(20) for _ in range(10)]
    with FakeSeRanking(keys[0]) as fake:
        for key in keys[1:]:
            fake.set_key_state(key)
        # Half the answers are 503s, retried at once: without the limiter a check makes up to 12 requests at once.
        fake.set_chaos(0.5, [Fault(status=503, body={"message": "busy"})], seed=13)
        monitors = [_monitor(fake.url, key, n) for n, key in enumerate(keys)]
        outcomes = Outcomes()
        scheduler = Scheduler(monitors, outcomes, spread=0.5)
        scheduler.start()
        try:
            wait_until(lambda: all(outcomes.count(f"acct{n}") >= 3 for n in range(10)), 60, "three checks each")
        finally:
            scheduler.stop()
            for monitor in monitors:
                monitor.close()
        times: dict[str, list[float]] = defaultdict(list)
        for request in fake.requests:
            times[token_of(request.headers, request.query)].append(request.started)
    assert set(times) == set(keys)
    assert sum(len(t) for t in times.values()) >= 90
    for key, moments in times.items():
        moments.sort()
        busiest = max(sum(1 for m in moments if start <= m < start + 1.0) for start in moments)
        assert busiest <= 5, f"{busiest} requests within one second with key #{keys.index(key)}"


def test_a_hanging_account_does_not_delay_the_others(rate_limited: None) -> None:
    keys = [secrets.token_hex(20) for _ in range(4)]
    with FakeSeRanking(keys[0]) as fine, FakeSeRanking(keys[3]) as stuck:
        for key in keys[1:3]:
            fine.set_key_state(key)
        stuck.set_fault("balance", Fault(hang=True))
        monitors = [_monitor(fine.url, key, n) for n, key in enumerate(keys[:3])]
        monitors.append(_monitor(stuck.url, keys[3], 3))
        outcomes = Outcomes()
        scheduler = Scheduler(monitors, outcomes, spread=0.3)
        scheduler.start()
        try:
            assert stuck.wait_for_arrivals(1, 10, "balance")
            # The stuck account's first check waits for its 5 s deadline; meanwhile the others keep their 1 s
            # schedule (three checks each take about 2 s).
            wait_until(lambda: all(outcomes.count(f"acct{n}") >= 3 for n in range(3)), 4.5, "the others' checks")
            assert outcomes.count("acct3") == 0
            wait_until(lambda: outcomes.count("acct3") >= 1, 10, "the stuck account's timeout")
            stuck_outcome = outcomes.by_account["acct3"][0]
            assert stuck_outcome.assessment.health.value == "error"
            assert all(o.assessment.health.value == "ok" for n in range(3) for o in outcomes.by_account[f"acct{n}"])
        finally:
            scheduler.stop()
            for monitor in monitors:
                monitor.close()


def test_worst_state_precedence() -> None:
    assert worst([Health.OK, Health.ERROR, Health.EXPIRED]) == Health.EXPIRED  # expired beside unreachable: 2
    assert worst([Health.RUNNING_LOW, Health.LOW_BALANCE, Health.OK]) == Health.LOW_BALANCE
    assert worst([Health.RUNNING_LOW, Health.ERROR]) == Health.ERROR
    assert worst([]) == Health.OK


def test_several_accounts_rank_by_the_one_precedence_credits_states_included() -> None:
    from seranking_tray.domain.attention import rank
    from seranking_tray.domain.health import PRECEDENCE

    assert worst([Health.EXPIRING_SOON, Health.CREDITS_LOW, Health.RUNNING_LOW]) is Health.CREDITS_LOW
    assert worst([Health.OK, Health.EXPIRING_SOON]) is Health.EXPIRING_SOON
    assert sorted(Health, key=rank) == list(PRECEDENCE)
