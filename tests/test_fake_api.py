"""Tests for the fake SE Ranking API, driven with stdlib HTTP clients over real loopback sockets."""

from __future__ import annotations

import email.utils
import http.client
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from harness.faults import ENDPOINTS, FakeSeRanking, Fault, RecordedRequest, make_png

KEY = "0123456789abcdef0123456789abcdef01234567"
PATHS = {
    "balance": "/account/balance",
    "profile": "/account/profile",
    "subscription": "/account/subscription",
    "avatar": "/avatar.png",
    "credits": "/v1/account/subscription",
    "users_me": "/v1/project-management/users/me",
    # Issue 15: sub-accounts and projects, on api4 and the unified API.
    "users": "/users",
    "sites": "/sites",
    "pm_users": "/v1/project-management/users",
    "pm_sites": "/v1/project-management/sites",
}


@pytest.fixture
def fake() -> Iterator[FakeSeRanking]:
    with FakeSeRanking(KEY) as server:
        yield server


def address(fake: FakeSeRanking) -> tuple[str, int]:
    parts = urlsplit(fake.url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def connect(fake: FakeSeRanking, timeout: float = 5.0) -> http.client.HTTPConnection:
    return http.client.HTTPConnection(*address(fake), timeout=timeout)


def fetch(
    fake: FakeSeRanking,
    path: str,
    *,
    key: str | None = KEY,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    timeout: float = 5.0,
) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request on a fresh connection; returns status, headers and the whole body."""
    conn = connect(fake, timeout)
    try:
        sent = dict(headers or {})
        if key is not None:
            sent["Authorization"] = f"Token {key}"
        conn.request(method, path, headers=sent)
        resp = conn.getresponse()
        return resp.status, resp.msg, resp.read()
    finally:
        conn.close()


def raw_request(fake: FakeSeRanking, path: str) -> socket.socket:
    """Send a request on a raw socket and return it unread (for hanging/trickling answers)."""
    sock = socket.create_connection(address(fake), timeout=5)
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Token {KEY}\r\n\r\n".encode())
    return sock


def read_until_closed(sock: socket.socket) -> bytes:
    received = b""
    try:
        while chunk := sock.recv(4096):
            received += chunk
    except ConnectionResetError:
        pass
    return received


# --- normal answers and authentication ------------------------------------------------------------


def test_defaults_are_served_with_the_right_key(fake: FakeSeRanking) -> None:
    expected: dict[str, Any] = {
        "balance": {"currency": "USD", "currency_code": "USD", "value": 1234.5},
        "profile": {
            "email": "jane.roe@example.com",
            "email_verified": True,
            "first_name": "Jane",
            "last_name": "Roe",
            "lang": "en",
            "picture": f"{fake.url}/avatar.png",
        },
        "subscription": {
            "type": "subscription",
            "is_expired": "false",
            "balance": {"currency": "USD", "amount": 100.0},
        },
    }
    for endpoint, body in expected.items():
        status, headers, data = fetch(fake, PATHS[endpoint])
        assert status == 200, endpoint
        assert headers["Content-Type"] == "application/json"
        assert int(headers["Content-Length"]) == len(data)
        assert json.loads(data) == body
    assert fake.url.startswith("http://127.0.0.1:") and not fake.url.endswith("/")


@pytest.mark.parametrize("endpoint", ["balance", "profile", "subscription"])
def test_missing_token_is_403(fake: FakeSeRanking, endpoint: str) -> None:
    status, headers, data = fetch(fake, PATHS[endpoint], key=None)
    assert status == 403
    assert headers["Content-Type"] == "application/json"
    assert json.loads(data) == {"message": "No token"}


def test_other_auth_schemes_count_as_no_token(fake: FakeSeRanking) -> None:
    status, _, data = fetch(fake, PATHS["balance"], key=None, headers={"Authorization": f"Bearer {KEY}"})
    assert (status, json.loads(data)) == (403, {"message": "No token"})


@pytest.mark.parametrize("endpoint", ["balance", "profile", "subscription"])
def test_wrong_token_is_401(fake: FakeSeRanking, endpoint: str) -> None:
    status, _, data = fetch(fake, PATHS[endpoint], key="f" * 40)
    assert status == 401
    assert json.loads(data) == {"message": "Invalid token"}


def test_query_token(fake: FakeSeRanking) -> None:
    status, _, data = fetch(fake, f"/account/balance?token={KEY}", key=None)
    assert status == 200 and json.loads(data)["value"] == 1234.5
    status, _, _ = fetch(fake, "/account/balance?token=nope", key=None)
    assert status == 401
    # The header wins over the query string.
    status, _, _ = fetch(fake, f"/account/balance?token={KEY}", key="nope")
    assert status == 401


def test_key_change_at_run_time(fake: FakeSeRanking) -> None:
    fake.key = "a" * 40
    assert fetch(fake, PATHS["balance"])[0] == 401
    assert fetch(fake, PATHS["balance"], key="a" * 40)[0] == 200


def test_unknown_paths_and_methods_are_404(fake: FakeSeRanking) -> None:
    for method, path in [("GET", "/account/nope"), ("GET", "/"), ("POST", "/account/balance")]:
        status, headers, data = fetch(fake, path, method=method)
        assert status == 404, (method, path)
        assert headers["Content-Type"] == "application/json"
        assert json.loads(data) == {"message": "Not found"}


def test_keep_alive_serves_several_requests_on_one_connection(fake: FakeSeRanking) -> None:
    conn = connect(fake)
    try:
        conn.request("GET", "/account/balance", headers={"Authorization": f"Token {KEY}"})
        resp = conn.getresponse()
        assert resp.status == 200 and resp.read()
        first_socket = conn.sock
        assert first_socket is not None
        # A POST with a body, then a HEAD: the server must stay in sync with the stream.
        conn.request("POST", "/x", body=b"0123456789")
        resp = conn.getresponse()
        assert resp.status == 404 and json.loads(resp.read()) == {"message": "Not found"}
        conn.request("HEAD", "/avatar.png")
        resp = conn.getresponse()
        assert resp.status == 200 and resp.read() == b""
        assert int(resp.headers["Content-Length"]) == len(fake.avatar)
        conn.request("GET", "/account/profile", headers={"Authorization": f"Token {KEY}"})
        resp = conn.getresponse()
        assert resp.status == 200 and json.loads(resp.read())["first_name"] == "Jane"
        assert conn.sock is first_socket  # http.client reconnects silently if the server closed it
    finally:
        conn.close()


def test_set_state_replaces_state_atomically_and_copies(fake: FakeSeRanking) -> None:
    balance = {"currency": "rur", "value": 2296380.85}
    fake.set_state(balance=balance, subscription={"type": "manual"}, profile={"picture": None})
    balance["value"] = 0  # the fake took a copy
    assert json.loads(fetch(fake, PATHS["balance"])[2]) == {"currency": "rur", "value": 2296380.85}
    assert json.loads(fetch(fake, PATHS["subscription"])[2]) == {"type": "manual"}
    assert json.loads(fetch(fake, PATHS["profile"])[2]) == {"picture": None}
    with pytest.raises(TypeError):
        fake.set_state(balances={})  # type: ignore[call-arg]


# --- faults ---------------------------------------------------------------------------------------


def test_fault_status_and_json_body_wins_even_without_a_token(fake: FakeSeRanking) -> None:
    body = {"error": {"code": 429, "message": "Too Many Requests", "description": "slow down"}}
    fake.set_fault("balance", Fault(status=429, body=body))
    status, headers, data = fetch(fake, PATHS["balance"], key=None)
    assert status == 429
    assert headers["Content-Type"] == "application/json"
    assert json.loads(data) == body
    assert fetch(fake, PATHS["profile"])[0] == 200  # other endpoints unaffected


def test_fault_str_body_with_overriding_content_type(fake: FakeSeRanking) -> None:
    page = "<html><body>502 Bad Gateway – proxy</body></html>"
    fake.set_fault("profile", Fault(status=502, body=page, headers={"content-type": "text/html"}))
    status, headers, data = fetch(fake, PATHS["profile"])
    assert status == 502
    assert headers.get_all("Content-Type") == ["text/html"]  # replaced, not doubled
    assert data.decode("utf-8") == page


def test_fault_str_body_keeps_the_endpoint_content_type(fake: FakeSeRanking) -> None:
    fake.set_fault("balance", Fault(body='{"value": '))
    status, headers, data = fetch(fake, PATHS["balance"])
    assert (status, headers["Content-Type"], data) == (200, "application/json", b'{"value": ')


def test_fault_bytes_body(fake: FakeSeRanking) -> None:
    fake.set_fault("avatar", Fault(body=b"\x00not a png"))
    status, headers, data = fetch(fake, PATHS["avatar"])
    assert (status, headers["Content-Type"], data) == (200, "image/png", b"\x00not a png")
    assert headers["ETag"] is None  # validators belong to the real picture only


def test_fault_status_without_body_keeps_the_normal_body(fake: FakeSeRanking) -> None:
    fake.set_fault("subscription", Fault(status=500))
    status, _, data = fetch(fake, PATHS["subscription"], key=None)
    assert status == 500
    assert json.loads(data) == fake.subscription


def test_fault_headers(fake: FakeSeRanking) -> None:
    fake.set_fault("balance", Fault(status=429, body={"message": "x"}, headers={"Retry-After": "7"}))
    status, headers, _ = fetch(fake, PATHS["balance"])
    assert (status, headers["Retry-After"]) == (429, "7")
    fake.set_fault("balance", Fault(status=302, body=b"", headers={"Location": "https://example.com/login"}))
    status, headers, data = fetch(fake, PATHS["balance"])
    assert (status, headers["Location"], data) == (302, "https://example.com/login", b"")


def test_transport_only_fault_keeps_authentication(fake: FakeSeRanking) -> None:
    fake.set_fault("balance", Fault(headers={"X-Extra": "1"}))
    status, headers, _ = fetch(fake, PATHS["balance"], key="wrong")
    assert (status, headers["X-Extra"]) == (401, "1")
    status, headers, data = fetch(fake, PATHS["balance"])
    assert (status, headers["X-Extra"]) == (200, "1")
    assert json.loads(data)["value"] == 1234.5


def test_fault_delay(fake: FakeSeRanking) -> None:
    fake.set_fault("balance", Fault(delay=0.3))
    t0 = time.monotonic()
    status, _, data = fetch(fake, PATHS["balance"])
    assert status == 200 and json.loads(data)["value"] == 1234.5
    assert time.monotonic() - t0 >= 0.3
    [record] = fake.requests_to("balance")
    assert record.finished - record.started >= 0.3
    fetch(fake, PATHS["profile"])
    [other] = fake.requests_to("profile")
    assert other.finished - other.started < 0.3


def test_fault_drop_gives_an_incomplete_read(fake: FakeSeRanking) -> None:
    fake.set_fault("profile", Fault(drop=True))
    conn = connect(fake)
    try:
        conn.request("GET", PATHS["profile"], headers={"Authorization": f"Token {KEY}"})
        resp = conn.getresponse()
        assert resp.status == 200
        expected = int(resp.headers["Content-Length"])
        with pytest.raises(http.client.IncompleteRead) as excinfo:
            resp.read()
        assert 0 < len(excinfo.value.partial) < expected
    finally:
        conn.close()
    assert fake.wait_for_requests(1, 2.0, "profile")
    assert fake.requests_to("profile")[0].status == 200


def test_fault_hang_makes_the_client_time_out(fake: FakeSeRanking) -> None:
    fake.set_fault("balance", Fault(hang=True))
    conn = connect(fake, timeout=0.3)
    try:
        conn.request("GET", PATHS["balance"], headers={"Authorization": f"Token {KEY}"})
        assert fake.wait_for_arrivals(1, 2.0, "balance")
        assert fake.requests_to("balance") == []  # still hanging
        with pytest.raises(TimeoutError):
            conn.getresponse()
    finally:
        conn.close()
    # The client hung up: the server notices, and records that it never answered.
    assert fake.wait_for_requests(1, 2.0, "balance")
    assert fake.requests_to("balance")[0].status == 0


def test_fault_trickle_sends_headers_at_once_and_the_body_slowly(fake: FakeSeRanking) -> None:
    fake.set_fault("balance", Fault(body={"v": 1}, trickle=0.04))  # 8 bytes: >= 0.32 s of body
    conn = connect(fake)
    try:
        conn.request("GET", PATHS["balance"], headers={"Authorization": f"Token {KEY}"})
        resp = conn.getresponse()
        headers_seen = time.monotonic()
        assert resp.status == 200
        chunks = []
        while chunk := resp.read1(100):
            chunks.append(chunk)
        body_done = time.monotonic()
    finally:
        conn.close()
    assert json.loads(b"".join(chunks)) == {"v": 1}
    assert len(chunks) > 1  # arrived in pieces
    assert body_done - headers_seen >= 0.15
    [record] = fake.requests_to("balance")
    assert record.finished - record.started >= 0.3


def test_fault_times_reverts_after_n_requests(fake: FakeSeRanking) -> None:
    fake.set_fault("balance", Fault(status=503, body={"message": "busy"}, times=2))
    assert fetch(fake, PATHS["profile"])[0] == 200  # other endpoints don't use up the count
    statuses = [fetch(fake, PATHS["balance"])[0] for _ in range(4)]
    assert statuses == [503, 503, 200, 200]


def test_set_fault_none_clears_and_validates(fake: FakeSeRanking) -> None:
    fault = Fault(status=500, body="boom")
    fake.set_fault("balance", fault)
    fault.status = 200  # the fake keeps its own copy
    assert fetch(fake, PATHS["balance"])[0] == 500
    fake.set_fault("balance", None)
    assert fetch(fake, PATHS["balance"])[0] == 200
    with pytest.raises(ValueError, match="unknown endpoint"):
        fake.set_fault("balanse", Fault())
    with pytest.raises(ValueError):
        fake.set_fault("balance", Fault(times=-1))
    assert set(ENDPOINTS) == set(PATHS)


def test_set_delay_applies_to_every_endpoint(fake: FakeSeRanking) -> None:
    fake.set_delay(0.25)
    for endpoint in ("balance", "avatar"):
        t0 = time.monotonic()
        assert fetch(fake, PATHS[endpoint])[0] == 200
        assert time.monotonic() - t0 >= 0.25, endpoint
    fake.set_delay(0)
    fake.clear_requests()
    assert fetch(fake, PATHS["avatar"])[0] == 200
    [record] = fake.requests_to("avatar")
    assert record.finished - record.started < 0.25


def test_balance_drop_per_request(fake: FakeSeRanking) -> None:
    fake.balance_drop_per_request = 0.5
    values = [json.loads(fetch(fake, PATHS["balance"])[2])["value"] for _ in range(3)]
    assert values == [1234.5, 1234.0, 1233.5]
    assert fetch(fake, PATHS["balance"], key="wrong")[0] == 401  # failures don't spend
    fake.set_fault("balance", Fault(status=500, body={"message": "x"}, times=1))
    assert fetch(fake, PATHS["balance"])[0] == 500
    assert fake.balance["value"] == 1233.0
    fake.balance["value"] = 0.3
    values = [json.loads(fetch(fake, PATHS["balance"])[2])["value"] for _ in range(2)]
    assert values == [0.3, 0.0]
    assert fake.balance["value"] == 0.0  # floored at zero


# --- the avatar -------------------------------------------------------------------------------------


def test_avatar_is_a_valid_png_served_without_auth(fake: FakeSeRanking) -> None:
    status, headers, data = fetch(fake, urlsplit(fake.profile["picture"]).path, key=None)
    assert status == 200
    assert headers["Content-Type"] == "image/png"
    assert data == fake.avatar
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks: list[tuple[bytes, bytes]] = []
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        tag, payload = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(tag + payload), tag
        chunks.append((tag, payload))
        pos += 12 + length
    assert pos == len(data)
    assert [tag for tag, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    assert (width, height, depth, compression, filtering, interlace) == (64, 64, 8, 0, 0, 0)
    channels = {2: 3, 6: 4}[colour]
    assert len(zlib.decompress(chunks[1][1])) == height * (1 + width * channels)


def test_make_png_sizes() -> None:
    png = make_png(3, 2, (1, 2, 3))
    assert struct.unpack(">II", png[16:24]) == (3, 2)


def test_avatar_etag_and_if_none_match(fake: FakeSeRanking) -> None:
    status, headers, _ = fetch(fake, PATHS["avatar"])
    etag = headers["ETag"]
    assert status == 200 and etag.startswith('"') and etag.endswith('"') and len(etag) > 2
    status, headers304, data = fetch(fake, PATHS["avatar"], headers={"If-None-Match": etag})
    assert (status, data, headers304["ETag"]) == (304, b"", etag)
    assert fetch(fake, PATHS["avatar"], headers={"If-None-Match": f'"x", W/{etag}'})[0] == 304
    assert fetch(fake, PATHS["avatar"], headers={"If-None-Match": '"other"'})[0] == 200
    fake.avatar = make_png(rgb=(200, 0, 0))
    status, headers, data = fetch(fake, PATHS["avatar"], headers={"If-None-Match": etag})
    assert status == 200 and data == fake.avatar and headers["ETag"] != etag


def test_avatar_last_modified_and_if_modified_since(fake: FakeSeRanking) -> None:
    status, headers, _ = fetch(fake, PATHS["avatar"])
    last_modified = headers["Last-Modified"]
    assert status == 200 and email.utils.parsedate_to_datetime(last_modified) is not None
    status, _, data = fetch(fake, PATHS["avatar"], headers={"If-Modified-Since": last_modified})
    assert (status, data) == (304, b"")
    older = email.utils.formatdate(email.utils.parsedate_to_datetime(last_modified).timestamp() - 60, usegmt=True)
    assert fetch(fake, PATHS["avatar"], headers={"If-Modified-Since": older})[0] == 200
    fake.avatar = make_png(rgb=(0, 200, 0))  # even within the same second, Last-Modified must move on
    status, headers, _ = fetch(fake, PATHS["avatar"], headers={"If-Modified-Since": last_modified})
    assert status == 200
    assert email.utils.parsedate_to_datetime(headers["Last-Modified"]) > email.utils.parsedate_to_datetime(
        last_modified
    )


# --- the request log --------------------------------------------------------------------------------


def test_requests_are_recorded(fake: FakeSeRanking) -> None:
    request = urllib.request.Request(
        f"{fake.url}/account/subscription?x=1", headers={"Authorization": f"Token {KEY}", "X-Probe": "yes"}
    )
    before = time.monotonic()
    with urllib.request.urlopen(request, timeout=5) as resp:
        assert resp.status == 200
    with pytest.raises(urllib.error.HTTPError) as excinfo:
        urllib.request.urlopen(f"{fake.url}/nowhere", timeout=5)
    excinfo.value.close()
    assert fake.wait_for_requests(2, 2.0)
    after = time.monotonic()  # a request is "finished" once the server wrote it, maybe after the client read it
    first, second = fake.requests
    assert isinstance(first, RecordedRequest)
    assert (first.method, first.path, first.query, first.status) == ("GET", "/account/subscription", "x=1", 200)
    assert first.headers["Authorization"] == f"Token {KEY}"
    assert first.headers["X-Probe"] == "yes"
    assert first.headers["User-Agent"].startswith("Python-urllib")
    assert before <= first.started <= first.finished <= second.started <= second.finished <= after
    assert (second.path, second.status) == ("/nowhere", 404)
    assert fake.requests_to("subscription") == [first]
    assert fake.requests_to("balance") == []
    fake.requests.clear()  # a copy
    assert len(fake.requests) == 2
    fake.clear_requests()
    assert fake.requests == []
    with pytest.raises(ValueError):
        fake.requests_to("nowhere")


def test_concurrent_requests_overlap(fake: FakeSeRanking) -> None:
    fake.set_delay(0.3)
    statuses: list[int] = []

    def worker() -> None:
        statuses.append(fetch(fake, PATHS["balance"])[0])

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    assert fake.wait_for_requests(4, 5.0, "balance")
    for thread in threads:
        thread.join(5)
    assert statuses == [200] * 4
    records = fake.requests_to("balance")
    assert max(r.started for r in records) < min(r.finished for r in records)


def test_wait_for_requests(fake: FakeSeRanking) -> None:
    t0 = time.monotonic()
    assert not fake.wait_for_requests(1, 0.05)
    assert time.monotonic() - t0 >= 0.05
    fake.set_fault("balance", Fault(delay=0.2))
    client = threading.Thread(target=fetch, args=(fake, PATHS["balance"]))
    t0 = time.monotonic()
    client.start()
    assert fake.wait_for_requests(1, 5.0, "balance")
    waited = time.monotonic() - t0
    client.join(5)
    assert 0.2 <= waited < 4.0  # woken by the request, not by the timeout
    assert not fake.wait_for_requests(1, 0.01, "profile")
    assert not fake.wait_for_requests(2, 0.01)
    with pytest.raises(ValueError):
        fake.wait_for_requests(1, 0.01, "nowhere")


# --- lifecycle ----------------------------------------------------------------------------------------


def test_stop_is_prompt_with_hanging_delayed_and_trickling_clients() -> None:
    fake = FakeSeRanking(KEY).start()
    try:
        fake.set_fault("balance", Fault(hang=True))
        fake.set_fault("profile", Fault(trickle=5.0))
        fake.set_fault("subscription", Fault(delay=30.0))
        hanging, trickling, delayed = (raw_request(fake, PATHS[e]) for e in ("balance", "profile", "subscription"))
        idle = socket.create_connection(address(fake), timeout=5)
        assert fake.wait_for_arrivals(3, 2.0)
        trickled = b""
        while b"\r\n\r\n" not in trickled:  # the head comes at once; the body would take minutes
            trickled += trickling.recv(4096)
        t0 = time.monotonic()
        fake.stop()
        assert time.monotonic() - t0 < 1.5
        # Every connection was closed by the server (recv would time out after 5 s otherwise).
        assert read_until_closed(hanging) == b""
        assert read_until_closed(delayed) == b""
        assert read_until_closed(idle) == b""
        head, _, body = (trickled + read_until_closed(trickling)).partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200")
        assert len(body) < len(json.dumps(fake.profile))
        for sock in (hanging, trickling, delayed, idle):
            sock.close()
        statuses = {e: [r.status for r in fake.requests_to(e)] for e in ("balance", "profile", "subscription")}
        assert statuses == {"balance": [0], "profile": [200], "subscription": [0]}
        with pytest.raises(OSError):
            fetch(fake, PATHS["balance"], timeout=1.0)
    finally:
        fake.stop()  # idempotent
    with pytest.raises(RuntimeError):
        fake.start()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "::", "example.com", "", "10.0.0.1"])
def test_non_loopback_hosts_are_refused(host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        FakeSeRanking(KEY, host=host)


def test_loopback_names_are_accepted() -> None:
    with FakeSeRanking(KEY, host="localhost") as fake:
        assert fake.url.startswith("http://127.0.0.1:")
        assert fetch(fake, PATHS["balance"])[0] == 200
    if not socket.has_ipv6:
        return
    try:
        fake6 = FakeSeRanking(KEY, host="::1")
    except OSError:
        pytest.skip("no IPv6 loopback here")
    with fake6:
        assert fake6.url.startswith("http://[::1]:")
        with urllib.request.urlopen(f"{fake6.url}/avatar.png", timeout=5) as resp:
            assert resp.read() == fake6.avatar


# --- the standalone entry -------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGTERM")
def test_module_entry_serves_until_sigterm() -> None:
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "FAKE_SERANKING_KEY": KEY, "PYTHONPATH": str(root)}
    cmd = [sys.executable, "-m", "seranking_tray.testing.fake_api", "--port", "0"]
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        request = urllib.request.Request(f"{url}/account/balance", headers={"Authorization": f"Token {KEY}"})
        with urllib.request.urlopen(request, timeout=5) as resp:
            assert json.loads(resp.read())["value"] == 1234.5
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()

    del env["FAKE_SERANKING_KEY"]
    result = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=10)
    assert result.returncode == 2
    assert "FAKE_SERANKING_KEY" in result.stderr
