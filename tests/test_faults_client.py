"""The fault matrix against the real client, in process, over loopback: every fault on every endpoint, bounded reads
measured by the fake, the avatar's faults down to the decoder, and a Hypothesis property over arbitrary answers.

Fast retry and short timeouts keep each case well under a second (the product's own are longer; the CLI and GUI
fault suites run with the real retry policy).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
import responses
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.fault_matrix import AVATAR_CASES, CASES, ENDPOINTS, HUGE, AvatarCase, FaultCase, Outcome
from harness.faults import FakeSeRanking, Fault, make_png
from seranking_tray.api.client import MAX_AVATAR_BYTES, MAX_JSON_BYTES, AccountClient, RetryPolicy, Timeouts
from seranking_tray.api.transport import CHUNK
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import CheckError, ErrorKind
from seranking_tray.domain.models import Balance, Snapshot
from tests.test_models import JSON_VALUES

TIMEOUTS = Timeouts(connect=1.0, read=0.3, deadline=1.0)
FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.04)
# What a client that stops at the cap can have taken: the cap, the read that crossed it, and the socket buffers
# between the fake's send() and the client's read. Loopback TCP autotuning grows those to several MB when the
# client reads fast (3.1 MB seen once in CI), so the slack is generous: the point is that 50 MB never arrive.
SOCKET_SLACK = 8 * 1024 * 1024
READ_BOUND = MAX_JSON_BYTES + CHUNK + SOCKET_SLACK


@pytest.fixture
def other_host() -> Iterator[FakeSeRanking]:
    """Another loopback host (127.0.0.2) that records whatever reaches it."""
    with FakeSeRanking("other-host-key", host="127.0.0.2") as fake:
        yield fake


def make_client(fake: FakeSeRanking, key: str, retry: RetryPolicy = FAST_RETRY) -> AccountClient:
    return AccountClient(
        Account(AccountConfig(AccountId("a1"), "default"), fake.url, ApiKey(key), KeySource.ENVIRONMENT),
        TIMEOUTS,
        retry,
    )


def assert_outcome(snapshot: Snapshot, endpoint: str, outcome: Outcome, key: str) -> None:
    if outcome.kind is None:
        assert endpoint not in snapshot.failures, snapshot.failures
        if endpoint == "balance":
            assert snapshot.balance is not None and snapshot.balance.value == outcome.value
        return
    assert getattr(snapshot, endpoint) is None
    failure = snapshot.failures[endpoint]
    assert failure.kind is outcome.kind, failure
    assert failure.status == outcome.status, failure
    assert failure.endpoint == endpoint
    message = failure.message.lower()
    for word in outcome.message_words(endpoint):
        assert word.lower() in message, (word, failure.message)
    for word in outcome.absent:
        assert word.lower() not in message, (word, failure.message)
    assert key not in failure.message
    assert "\n" not in failure.message


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_fault_on_each_endpoint_then_recovery(
    case: FaultCase, endpoint: str, fake_api: FakeSeRanking, other_host: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.set_fault(endpoint, case.make(endpoint, other_host.url))
    client = make_client(fake_api, sentinel_key)
    try:
        started = time.monotonic()
        snapshot = client.check()
        assert time.monotonic() - started < TIMEOUTS.deadline + 1.0
        assert_outcome(snapshot, endpoint, case.outcome(endpoint), sentinel_key)
        for other in set(ENDPOINTS) - {endpoint}:
            assert other not in snapshot.failures  # one endpoint's trouble is its own
        # The same client (its keep-alive pool survived whatever the fault did to a connection) recovers.
        fake_api.set_fault(endpoint, None)
        if case.outcome(endpoint).kind is ErrorKind.GONE:
            # Issue 14: a gone address is not asked again by this client (only after a restart or a settings
            # change, which make a new one), and says so without a request.
            before = len(fake_api.requests)
            assert client.check().failures[endpoint].kind is ErrorKind.GONE
            assert len(fake_api.requests) == before + (len(ENDPOINTS) - 1 if endpoint == "profile" else 2)
            client.close()
            client = make_client(fake_api, sentinel_key)
        again = client.check()
        assert again.complete, again.failures
        assert again.balance == Balance(1234.5, "USD")
    finally:
        client.close()
    attempts = len(fake_api.requests_to(endpoint)) - 1  # minus the recovery's
    if case.retried:
        assert attempts > 1
    elif not case.slow:
        assert attempts == 1
    assert other_host.requests == []  # a redirect to another host is never followed


# --- bounded reads ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 302, 503])
@pytest.mark.parametrize("framing", ["close", "length"])
def test_a_50_mb_answer_is_refused_after_a_bounded_read(
    status: int, framing: str, fake_api: FakeSeRanking, other_host: FakeSeRanking, sentinel_key: str
) -> None:
    headers = {"Location": f"{other_host.url}/account/balance"} if status == 302 else {}
    fake_api.set_fault("balance", Fault(status=status, stream=HUGE, stream_framing=framing, headers=headers))  # type: ignore[arg-type]
    client = make_client(fake_api, sentinel_key, RetryPolicy(attempts=1))
    try:
        snapshot = client.check()
    finally:
        client.close()
    failure = snapshot.failures["balance"]
    assert failure.kind is {200: ErrorKind.BAD_RESPONSE, 302: ErrorKind.BAD_RESPONSE, 503: ErrorKind.SERVER}[status]
    assert failure.status == (None if status == 200 else status)
    assert fake_api.wait_for_requests(1, 5, endpoint="balance")
    (request,) = fake_api.requests_to("balance")
    # The fake counted the bytes the client took before it hung up: never the 50 MB.
    bound = READ_BOUND if framing == "close" else SOCKET_SLACK  # a declared size is refused before reading
    assert 0 < request.body_bytes <= bound, request.body_bytes
    assert other_host.requests == []


@pytest.mark.parametrize("framing", ["close", "length"])
def test_a_50_mb_avatar_is_refused_after_a_bounded_read(
    framing: str, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.set_fault("avatar", Fault(stream=HUGE, stream_framing=framing))  # type: ignore[arg-type]
    client = make_client(fake_api, sentinel_key)
    try:
        with pytest.raises(CheckError) as raised:
            client.fetch_avatar(f"{fake_api.url}/avatar.png")
    finally:
        client.close()
    assert raised.value.kind is ErrorKind.BAD_RESPONSE
    assert "larger than 1 MB" in raised.value.message
    assert fake_api.wait_for_requests(1, 5, endpoint="avatar")
    (request,) = fake_api.requests_to("avatar")
    bound = MAX_AVATAR_BYTES + CHUNK + SOCKET_SLACK if framing == "close" else SOCKET_SLACK
    assert 0 < request.body_bytes <= bound, request.body_bytes


# --- the avatar, down to the decoder -------------------------------------------------------------------------


@pytest.mark.parametrize("case", AVATAR_CASES, ids=lambda c: c.id)
def test_avatar_faults_never_give_a_picture_nor_raise_anything_but_check_error(
    case: AvatarCase, qapp: object, fake_api: FakeSeRanking, other_host: FakeSeRanking, sentinel_key: str
) -> None:
    from seranking_tray.gui.avatar import decode_avatar

    fake_api.set_fault("avatar", case.make(other_host.url))
    client = make_client(fake_api, sentinel_key)
    try:
        try:
            fetched = client.fetch_avatar(f"{fake_api.url}/avatar.png")
        except CheckError as exc:
            assert exc.kind in (ErrorKind.BAD_RESPONSE, ErrorKind.NETWORK, ErrorKind.SERVER), exc
        else:
            # What the host sent got through the transport: the decoder must refuse it (a bomb, garbage) or,
            # for a nonsense Content-Length around a good PNG, decode the real picture.
            assert fetched.data is not None
            image = decode_avatar(fetched.data)
            if case.shows_picture:
                assert image is not None and image.width() == 64
            else:
                assert image is None
        fake_api.set_fault("avatar", None)
        good = client.fetch_avatar(f"{fake_api.url}/avatar.png")
        assert good.data == fake_api.avatar
    finally:
        client.close()
    for request in fake_api.requests_to("avatar") + other_host.requests:
        assert "Authorization" not in request.headers


def test_the_decoder_refuses_a_bomb_by_its_header_and_takes_a_real_picture(qapp: object) -> None:
    from harness.fault_matrix import bomb_png
    from seranking_tray.gui.avatar import decode_avatar

    assert decode_avatar(bomb_png()) is None
    assert decode_avatar(b"") is None
    assert decode_avatar(b"GIF89a" + bytes(100)) is None
    picture = decode_avatar(make_png(48, 48))
    assert picture is not None and (picture.width(), picture.height()) == (48, 48)


# --- property: any answer at all gives a snapshot -------------------------------------------------------------

BASE = "https://api.test"
KEY = "0123456789abcdef0123456789abcdef01234567"
_BODIES = st.one_of(
    st.binary(max_size=200),
    JSON_VALUES.map(lambda value: json.dumps(value).encode()),
    st.tuples(
        st.sampled_from([b'{"value": ', b'{"type": "trial", "is_expired": ', b'{"error": ']), st.binary(max_size=40)
    ).map(b"".join),
)
_ANSWERS = st.tuples(
    st.sampled_from([200, 200, 200, 201, 204, 301, 302, 400, 401, 402, 403, 404, 418, 429, 500, 502, 503, 504, 599]),
    _BODIES,
    st.sampled_from(["application/json", "text/html", "text/plain; charset=latin-1", "application/octet-stream"]),
    st.sampled_from([None, "0", "120", "soon", "Wed, 21 Oct 2015 07:28:00 GMT", "-1", "99999999999999999999"]),
    st.sampled_from(["https://elsewhere.test/account/balance", "/relative", "http://[::1", "//[zz]/x", ""]),
)


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=st.tuples(_ANSWERS, _ANSWERS, _ANSWERS))
def test_any_answer_gives_a_snapshot_never_an_exception(
    answers: tuple[tuple[int, bytes, str, str | None, str], ...],
) -> None:
    client = AccountClient(
        Account(AccountConfig(AccountId("a1"), "default"), BASE, ApiKey(KEY), KeySource.ENVIRONMENT),
        Timeouts(connect=1, read=1, deadline=5),
        RetryPolicy(attempts=2, base_delay=0.0, max_delay=0.0),
    )
    try:
        with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
            for endpoint, (status, body, content_type, retry_after, location) in zip(ENDPOINTS, answers, strict=True):
                headers = {"Retry-After": retry_after} if retry_after is not None else {}
                if 300 <= status < 400:
                    headers["Location"] = location
                api.get(
                    f"{BASE}/account/{endpoint}", body=body, status=status, content_type=content_type, headers=headers
                )
            snapshot = client.check()
    finally:
        client.close()
    assert isinstance(snapshot, Snapshot)
    for endpoint in ENDPOINTS:
        value, failure = getattr(snapshot, endpoint), snapshot.failures.get(endpoint)
        assert (value is None) != (failure is None), (endpoint, value, failure)
        if failure is not None:
            assert isinstance(failure.kind, ErrorKind)
            assert failure.endpoint == endpoint
            assert failure.message and "\n" not in failure.message
            assert failure.kind is not ErrorKind.CONFIG


# --- the fake's chaos mode, which the soak relies on ----------------------------------------------------------


def _labels_of_200_requests(seed: int) -> list[str | None]:
    import urllib.error
    import urllib.request

    with FakeSeRanking(KEY) as fake:
        fake.set_chaos(0.3, [Fault(status=500, label="a"), Fault(body=b"", label="b")], seed=seed)
        for _ in range(200):
            request = urllib.request.Request(f"{fake.url}/account/balance", headers={"Authorization": f"Token {KEY}"})
            try:
                urllib.request.urlopen(request, timeout=5).read()
            except urllib.error.HTTPError as exc:
                exc.close()
        fake.set_fault("balance", Fault(status=404, label="explicit"))  # an explicit fault wins over chaos
        with pytest.raises(urllib.error.HTTPError) as raised:
            urllib.request.urlopen(f"{fake.url}/account/balance", timeout=5)
        raised.value.close()
        return [r.fault for r in fake.requests]


def test_chaos_is_seeded_and_hits_about_the_rate_asked() -> None:
    first, again, other = _labels_of_200_requests(7), _labels_of_200_requests(7), _labels_of_200_requests(8)
    assert first == again != other
    assert first[-1] == "explicit"
    drawn = first[:-1]
    assert 0.2 < sum(1 for label in drawn if label) / len(drawn) < 0.4
    assert {"a", "b", None} == set(drawn)
    with FakeSeRanking(KEY) as fake, pytest.raises(ValueError):
        fake.set_chaos(1.5, [Fault()], seed=1)
