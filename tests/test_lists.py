"""Sub-accounts and projects (issue 15): parsing, paging and the fallbacks, against the loopback fake."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import pytest

from harness.faults import FakeSeRanking, Fault
from seranking_tray.api.client import RetryPolicy
from seranking_tray.api.lists import ListsFetcher, ListTimeouts
from seranking_tray.api.rate import LIMIT, limiter_for
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import CheckError, ErrorKind
from seranking_tray.domain.lists import Projects, parse_sites, parse_users_page
from seranking_tray.service.demo import DEMO_SUB_ACCOUNTS, DemoService
from seranking_tray.testing import fake_api
from seranking_tray.testing.fake_api import Answer
from seranking_tray.testing.fake_lists import sample_sites, sample_sub_accounts, sub_account

FAST = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)


def fetcher(fake: fake_api.FakeSeRanking, key: str, deadline: float = 10.0) -> ListsFetcher:
    account = Account(AccountConfig(AccountId("a1"), "agency"), fake.url, ApiKey(key), KeySource.ENVIRONMENT)
    return ListsFetcher(account, ListTimeouts(connect=1, read=2, deadline=deadline), FAST)


def paths(fake: fake_api.FakeSeRanking) -> list[str]:
    return [f"{r.path}?{r.query}" if r.query else r.path for r in fake.requests]


# --- parsing -------------------------------------------------------------------------------------------------


def test_the_documented_users_answer() -> None:
    items, total = parse_users_page("/users", {"list": [sub_account(1, blocked=True, kind="client")], "all_count": "2"})
    assert total == 2  # a string in the answer
    (one,) = items
    assert (one.id, one.name, one.email, one.type, one.sites_count, one.blocked) == (
        "1001",
        "Client 1",
        "client1@example.com",
        "client",
        3,
        True,
    )


def test_a_sub_account_without_a_name_is_named_by_its_email() -> None:
    entry = {"account_id": "7", "account_email": "x@example.com", "is_blocked_by_limits": 0}
    (one,), _ = parse_users_page("/users", {"list": [entry], "all_count": 1})
    assert (one.name, one.type, one.sites_count, one.blocked) == ("x@example.com", "user", None, False)


@pytest.mark.parametrize(
    ("answer", "field"),
    [
        ({"all_count": "1"}, "'list'"),
        ({"list": "nope", "all_count": "1"}, "'list'"),
        ({"list": [], "all_count": "many"}, "'all_count'"),
        ({"list": [{"account_email": "x@example.com"}], "all_count": "1"}, "'account_id'"),
        ({"list": [{"account_id": 1, "is_blocked_by_limits": "perhaps"}]}, "'is_blocked_by_limits'"),
        ({"list": [{"account_id": 1, "account_sites_count": -3}]}, "'account_sites_count'"),
        ("a string", "JSON object"),
    ],
)
def test_malformed_users_are_a_bad_response_naming_the_field(answer: object, field: str) -> None:
    with pytest.raises(CheckError) as caught:
        parse_users_page("/users", answer)
    assert caught.value.kind is ErrorKind.BAD_RESPONSE
    assert field in caught.value.message and "/users" in caught.value.message


def test_sites_with_keyword_counts() -> None:
    projects = parse_sites("/sites", sample_sites(48, paused=3, keywords=250))
    assert projects == Projects(count=48, active=45, keywords=48 * 250)


def test_sites_without_keyword_count_have_unknown_keywords_not_zero() -> None:
    sites = sample_sites(3, keywords=10) + sample_sites(1, keywords=None)
    assert parse_sites("/sites", sites) == Projects(count=4, active=4, keywords=None)
    assert parse_sites("/sites", []) == Projects(0, 0, 0)
    assert parse_sites("/sites", [{"id": 1, "is_active": "0", "keyword_count": "12"}]) == Projects(1, 0, 12)


@pytest.mark.parametrize(
    ("answer", "field"),
    [
        ([{"id": 1, "is_active": "sometimes"}], "'is_active'"),
        ([{"id": 1, "keyword_count": "lots"}], "'keyword_count'"),
        ([1, 2], "not an object"),
        ({"sites": None}, "'sites'"),
    ],
)
def test_malformed_sites_are_a_bad_response_naming_the_field(answer: object, field: str) -> None:
    with pytest.raises(CheckError) as caught:
        parse_sites("/sites", answer)
    assert caught.value.kind is ErrorKind.BAD_RESPONSE and field in caught.value.message


# --- fetching against the loopback fake ----------------------------------------------------------------------


def test_250_sub_accounts_over_three_pages(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.sub_accounts = sample_sub_accounts(250, blocked=(7,))
    fake_api.sites = sample_sites(5, paused=1)
    lists = fetcher(fake_api, sentinel_key).fetch()
    assert lists.failure is None
    assert lists.sub_accounts is not None and lists.sub_accounts.count == 250
    assert [s.id for s in lists.sub_accounts.items] == [str(1000 + n) for n in range(250)]
    assert [s.name for s in lists.sub_accounts.blocked] == ["Client 7"]
    assert lists.projects == Projects(5, 4, 1250)
    assert paths(fake_api) == [
        "/users?limit=100&offset=0",
        "/users?limit=100&offset=100",
        "/users?limit=100&offset=200",
        "/sites",
    ]
    assert all(r.headers["Authorization"] == f"Token {sentinel_key}" for r in fake_api.requests)


class PagingBy40(FakeSeRanking):
    """A server whose pages hold 40 sub-accounts whatever limit is asked."""

    def _plan(self, endpoint: str | None, headers: Any, query: str) -> Any:
        return super()._plan(endpoint, headers, re.sub(r"limit=\d+", "limit=40", query))


def test_the_offset_advances_by_the_items_received(sentinel_key: str) -> None:
    with PagingBy40(sentinel_key) as fake:
        fake.sub_accounts, fake.sites = sample_sub_accounts(90), []
        lists = fetcher(fake, sentinel_key).fetch()
        assert lists.sub_accounts is not None
        assert [s.id for s in lists.sub_accounts.items] == [str(1000 + n) for n in range(90)]  # no gap, no repeat
        assert [r.query for r in fake.requests_to("users")] == [
            "limit=100&offset=0",
            "limit=100&offset=40",
            "limit=100&offset=80",
        ]


def test_an_empty_page_ends_the_paging(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.sites = []
    fake_api.set_answer("users", Answer(200, {"list": [], "all_count": "500"}))
    lists = fetcher(fake_api, sentinel_key).fetch()
    assert lists.sub_accounts is not None and lists.sub_accounts.count == 0
    assert paths(fake_api) == ["/users?limit=100&offset=0", "/sites"]


def test_a_403_on_users_is_null_with_no_error(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.sub_accounts = sample_sub_accounts(3)
    fake_api.sites = sample_sites(2)
    fake_api.set_answer("users", Answer(403, {"message": "Access denied"}))
    lists = fetcher(fake_api, sentinel_key).fetch()
    assert lists.sub_accounts is None and lists.failure is None
    assert lists.projects == Projects(2, 2, 500)
    assert "/v1/project-management/users?limit=100&offset=0" not in paths(fake_api)  # 403 is an answer, not gone


def test_malformed_lists_are_a_bad_response(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.set_answer("users", Answer(200, {"list": [{"account_email": "x@example.com"}], "all_count": "1"}))
    fake_api.set_answer("sites", Answer(200, {"oops": True}))
    lists = fetcher(fake_api, sentinel_key).fetch()
    assert lists.sub_accounts is None and lists.projects is None
    assert lists.failure is not None and lists.failure.kind is ErrorKind.BAD_RESPONSE
    assert "'account_id'" in lists.failure.message and sentinel_key not in lists.failure.message


def test_api4_gone_falls_back_to_the_unified_api(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.sub_accounts = sample_sub_accounts(2, blocked=(1,))
    fake_api.sites = sample_sites(3, keywords=None)
    fake_api.set_answer("users", Answer(404, {"message": "Not found"}))
    fake_api.set_answer("sites", Answer(404, {"message": "Not found"}))
    lists_fetcher = fetcher(fake_api, sentinel_key)
    first = lists_fetcher.fetch()
    assert first.sub_accounts is not None and [s.name for s in first.sub_accounts.blocked] == ["Client 1"]
    assert first.projects == Projects(3, 3, None)
    assert paths(fake_api) == [
        "/users?limit=100&offset=0",
        "/v1/project-management/users?limit=100&offset=0",
        "/sites",
        "/v1/project-management/sites",
    ]
    fake_api.clear_requests()
    lists_fetcher.fetch()  # what was found gone is not asked again
    assert paths(fake_api) == ["/v1/project-management/users?limit=100&offset=0", "/v1/project-management/sites"]


def test_a_data_api_key_uses_the_unified_api_only(fake_api: FakeSeRanking) -> None:
    key = str(uuid.uuid4())
    fake_api.key = key
    fake_api.sub_accounts, fake_api.sites = sample_sub_accounts(1), sample_sites(1)
    lists = fetcher(fake_api, key).fetch()
    assert lists.sub_accounts is not None and lists.projects is not None
    assert paths(fake_api) == ["/v1/project-management/users?limit=100&offset=0", "/v1/project-management/sites"]


def test_not_served_anywhere_is_null_without_error(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    lists = fetcher(fake_api, sentinel_key).fetch()
    assert (lists.sub_accounts, lists.projects, lists.failure) == (None, None, None)


def test_answers_up_to_16_mib_are_read(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.sites = sample_sites(5000, paused=100)
    fake_api.sites[0]["notes"] = "x" * (3 << 20)  # well over a check's 1 MiB cap
    lists = fetcher(fake_api, sentinel_key).fetch()
    assert lists.projects == Projects(5000, 4900, 5000 * 250)


def test_over_16_mib_is_refused(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.set_answer("sites", Answer(200, b"[" + b" " * (17 << 20) + b"]"))
    lists = fetcher(fake_api, sentinel_key).fetch()
    assert lists.failure is not None and "16 MiB" in lists.failure.message


def test_the_lists_have_a_deadline_of_their_own(fake_api: FakeSeRanking, sentinel_key: str) -> None:
    fake_api.set_fault("users", Fault(delay=5.0))
    started = time.monotonic()
    lists = fetcher(fake_api, sentinel_key, deadline=1.0).fetch()
    assert time.monotonic() - started < 3.0
    assert lists.failure is not None and lists.failure.kind is ErrorKind.TIMEOUT


def test_the_lists_count_in_the_keys_rate_limit(rate_limited: None, fake_api: FakeSeRanking, sentinel_key: str) -> None:
    """The same limiter as the account checks: slots taken by a check delay the lists' requests."""
    fake_api.sub_accounts, fake_api.sites = sample_sub_accounts(1), []
    limiter = limiter_for(ApiKey(sentinel_key))
    for _ in range(LIMIT):  # as if a check had just made its requests
        assert limiter.reserve() == 0
    started = time.monotonic()
    fetcher(fake_api, sentinel_key).fetch()
    assert time.monotonic() - started >= 0.9  # waited for the window to slide
    # And took two slots of its own: three are left in this window, not five.
    assert [limiter.reserve() > 0 for _ in range(LIMIT - 1)] == [False, False, False, True]


def test_the_demo_agency_has_a_sub_account_that_becomes_blocked() -> None:
    demo = DemoService()
    account = demo.start()
    try:
        assert account.key is not None
        lists_fetcher = fetcher(demo.fake, account.key.reveal())
        before = lists_fetcher.fetch()
        assert before.sub_accounts is not None and before.sub_accounts.count == DEMO_SUB_ACCOUNTS
        assert before.sub_accounts.blocked == () and before.projects == Projects(48, 45, 48 * 250)
        for _ in range(6):  # the story's checks, 5 s apart in the app
            demo.advance()
        after = lists_fetcher.fetch()
        assert after.sub_accounts is not None
        assert [(s.name, s.type) for s in after.sub_accounts.blocked] == [("Jane Roe", "client")]
        lists_fetcher.close()
    finally:
        demo.stop()
