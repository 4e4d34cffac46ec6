"""The API client against `responses`: headers, every error kind, both error body shapes, retries, key hygiene."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
import requests
import responses

from seranking_tray import __version__
from seranking_tray.api.client import (
    MAX_JSON_BYTES,
    AccountClient,
    RetryPolicy,
    Timeouts,
)
from seranking_tray.api.transport import api_message, retry_after
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import CheckError, ConfigError, ErrorKind
from seranking_tray.domain.models import Balance, Profile, Subscription, SubscriptionBalance

BASE = "https://api.test"
KEY = "0123456789abcdef0123456789abcdef01234567"
UUID_KEY = "80cfee7d-1234-4abc-9def-fc8500816bb3"
FAST = RetryPolicy(attempts=4, base_delay=0.001, max_delay=0.005)
URLS = {e: f"{BASE}/account/{e}" for e in ("balance", "profile", "subscription")}
GOOD = {
    "balance": {"currency": "USD", "currency_code": "USD", "value": 99964.91699},
    "profile": {
        "email": "test@example.com",
        "email_verified": True,
        "first_name": "John",
        "last_name": "Doe",
        "lang": "en",
        "picture": None,
    },
    "subscription": {"type": "subscription", "is_expired": "false", "balance": {"currency": "USD", "amount": 100.0}},
}
HTML_502 = (
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
    "<hr><center>nginx</center></body></html>"
)


def make_client(
    key: str | None = KEY,
    url: str = BASE,
    retry: RetryPolicy = FAST,
    timeouts: Timeouts | None = None,
    credits: bool = False,
) -> AccountClient:
    # The Project API alone unless asked: these tests pin its behaviour; tests/test_meters.py adds the credits.
    config = AccountConfig(AccountId("a1"), "test", {} if credits else {"meters": {"credits": False}})
    account = Account(config, url, ApiKey(key) if key else None, KeySource.ENVIRONMENT)
    return AccountClient(account, timeouts or Timeouts(connect=1, read=1, deadline=10), retry)


@pytest.fixture
def api() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def serve_good(api: responses.RequestsMock, *, skip: tuple[str, ...] = ()) -> None:
    for endpoint, body in GOOD.items():
        if endpoint not in skip:
            api.get(URLS[endpoint], json=body)


def calls_to(api: responses.RequestsMock, endpoint: str) -> int:
    return sum(1 for call in api.calls if call.request.url == URLS[endpoint])


def failure_of(api: responses.RequestsMock, endpoint: str = "balance", **kwargs: Any) -> Any:
    client = make_client(**kwargs)
    try:
        snapshot = client.check()
    finally:
        client.close()
    assert endpoint in snapshot.failures, snapshot
    return snapshot.failures[endpoint]


# --- success and requests --------------------------------------------------------------------------------


def test_successful_check(api: responses.RequestsMock) -> None:
    serve_good(api)
    snapshot = make_client().check()
    assert snapshot.complete
    assert snapshot.balance == Balance(99964.91699, "USD")
    assert snapshot.subscription == Subscription("subscription", False, SubscriptionBalance(100.0, "USD"))
    assert snapshot.profile == Profile("John", "Doe", "test@example.com", True, "en", None)
    assert snapshot.checked_at.tzinfo is not None
    assert abs((datetime.now(UTC) - snapshot.checked_at).total_seconds()) < 60


def test_headers_sent_and_key_never_in_url(api: responses.RequestsMock) -> None:
    serve_good(api)
    make_client(key=f"  {KEY}\n").check()  # surrounding whitespace is stripped
    assert sorted(call.request.url for call in api.calls) == sorted(URLS.values())
    for call in api.calls:
        headers = call.request.headers
        assert headers["Authorization"] == f"Token {KEY}"
        assert headers["Accept"] == "application/json"
        assert headers["User-Agent"] == f"seranking-tray/{__version__}"
        assert KEY not in call.request.url
        assert call.request.method == "GET"


def test_three_requests_are_concurrent(api: responses.RequestsMock) -> None:
    # Each answer waits until all three requests are in flight; sequential requests would break the barrier.
    barrier = threading.Barrier(3, timeout=5)

    def answer(endpoint: str) -> Callable[[requests.PreparedRequest], tuple[int, dict[str, str], str]]:
        def callback(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
            try:
                barrier.wait()
            except threading.BrokenBarrierError:
                return 500, {}, "not concurrent"
            import json

            return 200, {"Content-Type": "application/json"}, json.dumps(GOOD[endpoint])

        return callback

    for endpoint in GOOD:
        api.add_callback(responses.GET, URLS[endpoint], callback=answer(endpoint))
    snapshot = make_client(retry=RetryPolicy(attempts=1)).check()
    assert snapshot.complete, snapshot.failures


def test_no_key_is_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        make_client(key=None)
    assert caught.value.kind is ErrorKind.CONFIG
    assert "SERANKING_API_KEY" in caught.value.message


@pytest.mark.parametrize("url", ["http://192.0.2.1", "https://u:p@api.test", "ftp://api.test"])
def test_bad_url_refused_before_any_request(api: responses.RequestsMock, url: str) -> None:
    with pytest.raises(ConfigError):
        make_client(url=url)
    assert len(api.calls) == 0


# --- error kinds -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "kind", "words"),
    [
        (401, {"message": "Invalid token"}, ErrorKind.AUTH, ["Invalid token"]),
        (403, {"message": "No token"}, ErrorKind.AUTH, ["No token"]),
        (403, "", ErrorKind.AUTH, ["403"]),
        (402, {"message": "Insufficient funds"}, ErrorKind.PAYMENT, ["Insufficient funds", "payment"]),
        (
            429,
            {"error": {"code": 429, "message": "Too Many Requests", "description": "Slow down"}},
            ErrorKind.RATE_LIMITED,
            ["Too Many Requests", "Slow down"],
        ),
        (500, {"message": "Internal error"}, ErrorKind.SERVER, ["500", "Internal error"]),
        (503, "", ErrorKind.SERVER, ["503"]),
        (404, {"message": "Not found"}, ErrorKind.GONE, ["404", "API URL", "retired"]),  # issue 14: own kind
        (418, {"message": "teapot"}, ErrorKind.BAD_RESPONSE, ["418", "teapot"]),
    ],
)
def test_http_error_kinds(
    api: responses.RequestsMock, status: int, body: Any, kind: ErrorKind, words: list[str]
) -> None:
    serve_good(api, skip=("balance",))
    if isinstance(body, dict):
        api.get(URLS["balance"], status=status, json=body)
    else:
        api.get(URLS["balance"], status=status, body=body)
    failure = failure_of(api)
    assert failure.kind is kind
    assert failure.status == status
    assert failure.endpoint == "balance"
    for word in words:
        assert word in failure.message


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_html_error_page_is_server_without_html(api: responses.RequestsMock, status: int) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], status=status, body=HTML_502, content_type="text/html")
    failure = failure_of(api)
    assert failure.kind is ErrorKind.SERVER
    assert str(status) in failure.message
    for fragment in ("<", ">", "html", "nginx", "Bad Gateway"):
        assert fragment not in failure.message


@pytest.mark.parametrize(
    "body",
    [
        {"message": "Key revoked"},
        {"error": {"code": 401, "message": "Key revoked", "description": "Ask your admin"}},
        {"error": "Key revoked"},
    ],
)
def test_both_error_body_shapes_give_the_message(api: responses.RequestsMock, body: dict[str, Any]) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], status=401, json=body)
    failure = failure_of(api)
    assert failure.kind is ErrorKind.AUTH
    assert "Key revoked" in failure.message
    if isinstance(body.get("error"), dict):
        assert "Ask your admin" in failure.message


def test_api_message_shapes() -> None:
    assert api_message(b'{"message":"No token"}', "application/json") == "No token"
    shape2 = b'{"error":{"code":429,"message":"Too Many Requests","description":"wait"}}'
    assert api_message(shape2, "application/json") == "Too Many Requests: wait"
    assert api_message(b'{"message":"x\\n\\u0000y"}', "text/plain") == "x y"  # JSON despite the type
    assert api_message(HTML_502.encode(), "text/html") is None
    assert api_message(b"[1]", "application/json") is None
    assert api_message(b"{broken", "application/json") is None
    assert api_message(b'{"message": 5}', "application/json") is None


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", ["not valid JSON"]),
        (b"", ["empty"]),
        (b"   ", ["empty"]),
        (b'{"value": NaN, "currency_code": "USD"}', ["not valid JSON"]),
        (b'{"value": 1, "currency_code": "caf\xe9"}', ["UTF-8"]),
        (b"[]", ["/account/balance", "JSON object"]),
        (b"null", ["/account/balance", "JSON object"]),
        (b'"12"', ["/account/balance", "JSON object"]),
        (b'{"currency_code": "USD"}', ["/account/balance", "'value'"]),
        (b'{"currency_code": "USD", "value": "NaN"}', ["/account/balance", "'value'"]),
        (b'{"currency_code": "USD", "value": true}', ["/account/balance", "'value'"]),
        (b'{"currency_code": "USD", "value": 1' + b"0" * 400 + b"}", ["/account/balance", "'value'"]),
    ],
)
def test_bad_response_bodies(api: responses.RequestsMock, body: bytes, words: list[str]) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], body=body, content_type="application/json")
    failure = failure_of(api)
    assert failure.kind is ErrorKind.BAD_RESPONSE
    assert failure.endpoint == "balance"
    for word in words:
        assert word in failure.message
    assert calls_to(api, "balance") == 1  # never retried


def test_oversized_body_is_refused(api: responses.RequestsMock) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], body=b" " * (MAX_JSON_BYTES + 10) + b"{}", content_type="application/json")
    failure = failure_of(api)
    assert failure.kind is ErrorKind.BAD_RESPONSE
    assert "larger" in failure.message


@pytest.mark.parametrize(
    ("exception", "kind"),
    [
        (requests.exceptions.ReadTimeout("read timed out"), ErrorKind.TIMEOUT),
        (requests.exceptions.ConnectTimeout("connect timed out"), ErrorKind.TIMEOUT),
        (requests.exceptions.ConnectionError("[Errno 111] Connection refused"), ErrorKind.NETWORK),
        (requests.exceptions.ConnectionError("Connection reset by peer"), ErrorKind.NETWORK),
        (requests.exceptions.ConnectionError("NameResolutionError: getaddrinfo failed"), ErrorKind.NETWORK),
        (requests.exceptions.SSLError("certificate verify failed"), ErrorKind.NETWORK),
        (requests.exceptions.ChunkedEncodingError("broken"), ErrorKind.NETWORK),
    ],
)
def test_transport_errors(api: responses.RequestsMock, exception: Exception, kind: ErrorKind) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], body=exception)
    failure = failure_of(api)
    assert failure.kind is kind
    assert failure.status is None
    assert calls_to(api, "balance") == FAST.attempts  # all retried, to the limit


def test_dns_failure_message(api: responses.RequestsMock) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], body=requests.exceptions.ConnectionError("Name or service not known"))
    assert "resolved" in failure_of(api).message


# --- retries ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        {"status": 429, "json": {"error": {"code": 429, "message": "Too Many Requests"}}},
        {"status": 500, "body": HTML_502},
        {"status": 502, "body": HTML_502},
        {"status": 503, "json": {"message": "maintenance"}},
        {"body": requests.exceptions.ReadTimeout("slow")},
        {"body": requests.exceptions.ConnectionError("Connection reset by peer")},
    ],
)
def test_transient_failures_are_retried_then_succeed(api: responses.RequestsMock, first: dict[str, Any]) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], **first)
    api.get(URLS["balance"], **first)
    api.get(URLS["balance"], json=GOOD["balance"])
    snapshot = make_client().check()
    assert snapshot.complete, snapshot.failures
    assert snapshot.balance == Balance(99964.91699, "USD")
    assert calls_to(api, "balance") == 3


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (401, {"message": "Invalid token"}, ErrorKind.AUTH),
        (403, {"message": "No token"}, ErrorKind.AUTH),
        (402, {"message": "Insufficient funds"}, ErrorKind.PAYMENT),
        (200, "{bad", ErrorKind.BAD_RESPONSE),
        (200, {"value": "lots", "currency": "USD"}, ErrorKind.BAD_RESPONSE),
    ],
)
def test_permanent_failures_are_not_retried(
    api: responses.RequestsMock, status: int, body: Any, kind: ErrorKind
) -> None:
    serve_good(api, skip=("balance",))
    for _ in range(3):
        if isinstance(body, dict):
            api.get(URLS["balance"], status=status, json=body)
        else:
            api.get(URLS["balance"], status=status, body=body, content_type="application/json")
        api.get(URLS["balance"], json=GOOD["balance"])  # would succeed if retried
    failure = failure_of(api)
    assert failure.kind is kind
    assert calls_to(api, "balance") == 1


def test_rate_limited_forever_gives_up_after_the_attempts(api: responses.RequestsMock) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], status=429, json={"error": {"code": 429, "message": "Too Many Requests"}})
    failure = failure_of(api)
    assert failure.kind is ErrorKind.RATE_LIMITED
    assert failure.status == 429
    assert calls_to(api, "balance") == FAST.attempts


def test_retry_after_is_honoured(api: responses.RequestsMock) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], status=429, headers={"Retry-After": "1"}, json={"message": "slow down"})
    api.get(URLS["balance"], json=GOOD["balance"])
    started = time.monotonic()
    snapshot = make_client().check()  # backoff alone would wait about a millisecond
    elapsed = time.monotonic() - started
    assert snapshot.complete
    assert calls_to(api, "balance") == 2
    assert elapsed >= 0.95


def test_retry_after_beyond_the_deadline_gives_up_at_once(api: responses.RequestsMock) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], status=429, headers={"Retry-After": "120"}, json={"message": "slow down"})
    api.get(URLS["balance"], json=GOOD["balance"])
    started = time.monotonic()
    failure = failure_of(api, timeouts=Timeouts(connect=1, read=1, deadline=5))
    assert time.monotonic() - started < 4
    assert failure.kind is ErrorKind.RATE_LIMITED
    assert "120 s" in failure.message
    assert calls_to(api, "balance") == 1


def test_retry_after_parsing() -> None:
    assert retry_after("7") == 7.0
    assert retry_after(None) is None
    assert retry_after("soon") is None
    future = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= (retry_after(future) or 0) <= 31
    past = format_datetime(datetime.now(UTC) - timedelta(hours=1), usegmt=True)
    assert retry_after(past) == 0.0


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(attempts=6, base_delay=0.5, max_delay=8.0)
    for attempt, ceiling in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0]):
        delays = {policy.delay(attempt) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jitter


# --- deadline and cancel ---------------------------------------------------------------------------------


def test_overall_deadline_bounds_a_stuck_endpoint(api: responses.RequestsMock) -> None:
    release = threading.Event()

    def stuck(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        release.wait(10)
        return 200, {}, "{}"

    serve_good(api, skip=("balance",))
    api.add_callback(responses.GET, URLS["balance"], callback=stuck)
    started = time.monotonic()
    try:
        snapshot = make_client(timeouts=Timeouts(connect=1, read=1, deadline=0.5)).check()
    finally:
        release.set()
    assert time.monotonic() - started < 3
    assert snapshot.failures["balance"].kind is ErrorKind.TIMEOUT
    assert snapshot.subscription is not None  # the others still arrived


def test_cancel_returns_at_once(api: responses.RequestsMock) -> None:
    entered, release = threading.Event(), threading.Event()

    def stuck(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        entered.set()
        release.wait(10)
        return 200, {}, "{}"

    for url in URLS.values():
        api.add_callback(responses.GET, url, callback=stuck)
    client = make_client(timeouts=Timeouts(connect=1, read=1, deadline=30))
    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(client.check()))
    worker.start()
    try:
        assert entered.wait(5)
        client.cancel()
        worker.join(3)
        assert not worker.is_alive()
    finally:
        release.set()
    assert set(result[0].failures) == {"balance", "profile", "subscription"}


# --- key shapes and key hygiene --------------------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 403])
def test_a_rejected_uuid_key_is_auth_on_the_credits(api: responses.RequestsMock, status: int) -> None:
    # Issue 14: a Data API key (a UUID) watches the credits instead of being told to use a Project key, so it
    # no longer asks api4 at all, and a rejection is the credits' (it used to carry the key mix-up hint).
    api.get(f"{BASE}/v1/account/subscription", status=status, json={"error": {"code": status, "message": "No"}})
    api.get(f"{BASE}/v1/project-management/users/me", status=status, json={"message": "No"})
    client = make_client(key=UUID_KEY, url=BASE, credits=True)
    client.plan.data_url = BASE  # the unified API, served by the mock
    snapshot = client.check()
    failure = snapshot.failures["credits"]
    assert failure.kind is ErrorKind.AUTH
    assert "Project API key" not in failure.message
    assert set(snapshot.failures) == {"credits"}  # the profile from users/me is never an error
    assert not any(call.request.url.startswith(f"{BASE}/account/") for call in api.calls)
    assert api.calls[0].request.headers["Authorization"] == f"Token {UUID_KEY}"


def test_project_key_auth_failure_has_no_data_key_hint(api: responses.RequestsMock) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], status=401, json={"message": "Invalid token"})
    failure = failure_of(api)
    assert "Invalid token" in failure.message
    assert "Data API" not in failure.message


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (401, {"message": f"Invalid token {KEY}"}),
        (403, {"error": {"code": 403, "message": f"Token {KEY} is not valid", "description": KEY}}),
        (500, {"message": f"boom for {KEY}"}),
        (429, {"error": {"code": 429, "message": f"Too many requests for {KEY}"}}),
        (402, {"message": f"Insufficient funds for {KEY}"}),
    ],
)
def test_key_echoed_in_error_body_is_scrubbed(api: responses.RequestsMock, status: int, body: Any) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], status=status, json=body)
    failure = failure_of(api)
    assert KEY not in failure.message
    assert KEY[:16] not in failure.message
    assert "<key>" in failure.message


@pytest.mark.parametrize(
    "body",
    [
        {"value": KEY, "currency_code": "USD"},
        {"value": 1, "currency_code": ["x", KEY]},
        {"value": 1, "currency_code": {"token": KEY}},
    ],
)
def test_key_echoed_in_a_malformed_success_body_is_scrubbed(api: responses.RequestsMock, body: Any) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], json=body)
    failure = failure_of(api)
    assert failure.kind is ErrorKind.BAD_RESPONSE
    assert KEY[:16] not in failure.message


def test_key_in_an_exception_text_is_scrubbed(api: responses.RequestsMock) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], body=requests.exceptions.ConnectionError(f"reset while sending Token {KEY}"))
    failure = failure_of(api)
    assert failure.kind is ErrorKind.NETWORK
    assert KEY not in failure.message


def test_client_repr_and_auth_do_not_show_the_key() -> None:
    client = make_client()
    session = client._api_session()
    assert KEY not in repr(session.auth)
    assert KEY not in repr(client.account)
    client.close()


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirect_is_not_followed(api: responses.RequestsMock, status: int) -> None:
    serve_good(api, skip=("balance",))
    api.get(URLS["balance"], status=status, headers={"Location": "https://evil.test/steal"})
    api.get("https://evil.test/steal", json=GOOD["balance"])
    failure = failure_of(api)
    assert failure.kind is ErrorKind.BAD_RESPONSE
    assert failure.status == status
    assert "redirect" in failure.message
    assert all("evil.test" not in call.request.url for call in api.calls)
    assert calls_to(api, "balance") == 1


# --- avatar ----------------------------------------------------------------------------------------------


def test_avatar_is_fetched_without_the_key(api: responses.RequestsMock) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    api.get("https://cdn.test/a.png", body=png, content_type="image/png", headers={"ETag": '"v1"'})
    fetched = make_client().fetch_avatar("https://cdn.test/a.png")
    assert fetched.data == png
    assert fetched.etag == '"v1"'
    request = api.calls[0].request
    assert "Authorization" not in request.headers
    assert KEY not in request.url


def test_avatar_refuses_non_https_and_non_images(api: responses.RequestsMock) -> None:
    with pytest.raises(CheckError) as caught:
        make_client().fetch_avatar("http://cdn.test/a.png")
    assert caught.value.kind is ErrorKind.CONFIG
    assert len(api.calls) == 0
    api.get("https://cdn.test/page", body="<html></html>", content_type="text/html")
    with pytest.raises(CheckError) as caught:
        make_client().fetch_avatar("https://cdn.test/page")
    assert caught.value.kind is ErrorKind.BAD_RESPONSE
