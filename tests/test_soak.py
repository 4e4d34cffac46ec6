"""Soak: the real tray app refreshing every second against an API that fails at random.

About 30 % of all requests (the three account endpoints and the avatar) get a fault drawn from a seeded mix of the
fault matrix's (tests/FAULTS.md): error statuses, broken and wrong bodies, a 50 MB body, a gzip bomb, dropped,
hanging and trickling connections, a redirect to another host, bad pictures. For SOAK_CYCLES checks (200 here, as
in CI; ``scripts/soak`` runs 1000) the test watches, without ever waiting on a fixed sleep:

* no crash: the process stays up, prints no traceback or Qt warning, and still quits cleanly at the end;
* no stuck refresh: a new check reaches the API at least every STUCK_AFTER seconds;
* every state change is in the icon: at every sample the tooltip and the icon, read in one D-Bus call, agree
  (an error tooltip with the grey icon, the balance with the normal one), and both states are seen many times;
* bounded resources (from /proc/<pid>): after warm-up, memory grows less than 15 MiB, and threads and open
  descriptors stay within a small constant of their warm-up level.

The pausing faults (401/402/403) are left out: after them the app waits for the user by design, which the fault
walk (tests/test_faults_gui.py) covers. Hangs are bounded by the settings: read timeout 1 s, whole check 5 s.
"""

from __future__ import annotations

import bisect
import json
import os
import signal
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from harness import sni
from harness.fault_matrix import HTML, HTML_ERROR, HUGE, bomb_png, gzip_bomb
from harness.faults import FakeSeRanking, Fault, RecordedRequest
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import QT_WARNING_MARKERS, TrayAppProcess

pytestmark = pytest.mark.desktop

CYCLES = int(os.environ.get("SOAK_CYCLES", "200"))
SEED = int(os.environ.get("SOAK_SEED", "9"))
FAULT_RATE = 0.3
WARMUP_CYCLES = min(20, max(5, CYCLES // 10))
STUCK_AFTER = 20.0  # s: a check (5 s at most) + the interval (1 s) + a picture download (5 s) + margin
RSS_GROWTH_LIMIT = 15 * 1024 * 1024
THREAD_SLACK = 6  # endpoint threads still finishing a read after their check moved on, and the avatar's
FD_SLACK = 8  # their connections
SETTINGS = {"connect_timeout": 1, "read_timeout": 1, "check_deadline": 5}
GOOD = "$1,234.50"
ACCOUNT_PATHS = ("/account/balance", "/account/profile", "/account/subscription")


def chaos_faults(other: str) -> list[Fault]:
    return [
        Fault(status=500, body={"message": "Internal Server Error"}, label="500-json"),
        Fault(status=502, body=HTML_ERROR.format(status=502), headers=HTML, label="502-html"),
        Fault(status=503, body={"message": "busy"}, headers={"Retry-After": "0"}, label="503-retry-after-0"),
        Fault(status=504, body=HTML_ERROR.format(status=504), headers=HTML, label="504-html"),
        Fault(status=429, body={"message": "Too many requests"}, label="429"),
        # Not 404: since issue 14 that retires the endpoint until a restart (the fault matrix covers it); a transient
        # client error stays in the mix instead.
        Fault(status=400, body={"message": "Bad request"}, label="400"),
        Fault(body=b"", label="empty"),
        Fault(body='{"currency": "USD", "value": 12', label="truncated-json"),
        Fault(body=[1, 2], label="json-list"),
        Fault(body="null", label="json-null"),
        Fault(body='{"value": NaN, "currency_code": "USD"}', label="nan"),
        Fault(body=b'{"value": 1, "currency_code": "\xff\xfe"}', label="non-utf8"),
        Fault(drop=True, label="drop"),
        Fault(hang=True, label="hang"),
        Fault(trickle=0.002, label="trickle"),
        Fault(stream=HUGE, stream_framing="close", label="50mb"),
        Fault(body=gzip_bomb(), headers={"Content-Encoding": "gzip"}, label="gzip-bomb"),
        Fault(status=302, headers={"Location": f"{other}/account/balance"}, label="redirect"),
        Fault(body=bomb_png(), headers={"Content-Type": "image/png"}, label="png-bomb"),
        Fault(body="<html>not a picture</html>", headers=HTML, label="html"),
    ]


@dataclass
class Samples:
    rss: list[int] = field(default_factory=list)
    threads: list[int] = field(default_factory=list)
    fds: list[int] = field(default_factory=list)

    def take(self, pid: int) -> None:
        proc = Path(f"/proc/{pid}")
        status = dict(line.split(":", 1) for line in (proc / "status").read_text(encoding="utf-8").splitlines())
        self.rss.append(int(status["VmRSS"].split()[0]) * 1024)
        self.threads.append(int(status["Threads"]))
        self.fds.append(sum(1 for _ in (proc / "fd").iterdir()))


def count_checks(requests: list[RecordedRequest]) -> int:
    """Checks, not requests: a check asks the three endpoints at once; retries come one endpoint at a time."""
    starts: dict[str, list[float]] = {path: [] for path in ACCOUNT_PATHS}
    for request in requests:
        if request.path in starts:
            starts[request.path].append(request.started)
    others = [sorted(starts[path]) for path in ACCOUNT_PATHS[1:]]

    def near(t: float, times: list[float]) -> bool:
        i = bisect.bisect_left(times, t - 0.05)
        return i < len(times) and times[i] <= t + 0.05

    return sum(1 for t in starts[ACCOUNT_PATHS[0]] if all(near(t, times) for times in others))


@pytest.fixture
def other_host() -> Iterator[FakeSeRanking]:
    with FakeSeRanking("other-host-key", host="127.0.0.2") as fake:
        yield fake


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


def test_soak_random_faults_every_second(
    session: DesktopSession, fake_api: FakeSeRanking, other_host: FakeSeRanking, sentinel_key: str
) -> None:
    settings = session.config_home / "seranking-tray" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps(SETTINGS))
    fake_api.set_chaos(FAULT_RATE, chaos_faults(other_host.url), seed=SEED)

    app = TrayAppProcess(
        session, "--refresh-interval", "1", env={"SERANKING_API_URL": fake_api.url, "SERANKING_API_KEY": sentinel_key}
    )
    try:
        app.wait_for_item(timeout=20)
        pid = app.process.pid
        warmup, steady = Samples(), Samples()
        states: Counter[str] = Counter()
        transitions = 0
        last_state = ""
        checks = 0
        arrivals = 0
        last_progress = time.monotonic()
        next_resources = 0.0
        started = time.monotonic()
        while checks < CYCLES:
            assert app.process.poll() is None, f"the app died after {checks} checks:\n{app.output()[-5000:]}"
            # Pace the loop on the fake: wake at the next request, or after 0.2 s at most.
            if fake_api.wait_for_arrivals(arrivals + 1, 0.2, endpoint="balance"):
                arrivals, last_progress = arrivals + 1, time.monotonic()
            now = time.monotonic()
            assert now - last_progress < STUCK_AFTER, f"no new check for {STUCK_AFTER} s after {checks} checks"

            properties = app.properties()  # tooltip and icon from one read: one state
            tip = properties.get("ToolTip")
            text = f"{tip.title} {tip.description}" if tip else ""
            colour = sni.dominant_colour(properties["IconPixmap"])
            if "cannot check" in text:
                state = "error"
                assert sni.is_greyish(colour) and not sni.is_reddish(colour), (text, colour)
                if states["ok"]:  # once there were good figures, they stay, marked stale
                    assert f"last known {GOOD}" in text and "stale" in text, text
            elif GOOD in text:
                state = "ok"
                assert not sni.is_greyish(colour) and not sni.is_reddish(colour), (text, colour)
            else:
                state = "checking"
                assert "checking" in text, text
            states[state] += 1
            if last_state and state != last_state:
                transitions += 1
            last_state = state

            if now >= next_resources:
                next_resources = now + 1.0
                checks = count_checks(fake_api.requests)
                if checks >= 2 * WARMUP_CYCLES:
                    steady.take(pid)
                elif checks >= WARMUP_CYCLES:
                    warmup.take(pid)
        elapsed = time.monotonic() - started

        # The app still quits cleanly after all that.
        app.send_signal(signal.SIGTERM)
        quit_started = time.monotonic()
        assert app.wait_exit(timeout=10) == 0
        assert time.monotonic() - quit_started < 2.0
    finally:
        app.stop()

    output = app.output()
    assert not any(marker in output for marker in QT_WARNING_MARKERS), output[-5000:]
    labels = Counter(r.fault for r in fake_api.requests if r.fault)
    step = max(1, len(steady.rss) // 10)
    faults = sum(labels.values())
    share = faults / max(1, len(fake_api.requests))
    report = (
        f"{checks} checks in {elapsed:.0f} s, {len(fake_api.requests)} requests, {faults} faults ({share:.0%}): "
        f"{dict(labels)}; samples {dict(states)}, {transitions} state changes; "
        f"rss KiB {warmup.rss and statistics.median(warmup.rss) // 1024} -> {[r // 1024 for r in steady.rss[::step]]}, "
        f"threads {warmup.threads and max(warmup.threads)} -> {steady.threads and max(steady.threads)}, "
        f"fds {warmup.fds and max(warmup.fds)} -> {steady.fds and max(steady.fds)}"
    )
    print(report)
    assert 0.2 < share < 0.4, report
    if faults >= 10 * len(chaos_faults("")):
        assert set(labels) == {f.label for f in chaos_faults("")}, report  # every kind of fault was drawn
    assert states["ok"] >= CYCLES // 10 and states["error"] >= CYCLES // 20, report
    assert transitions >= CYCLES // 20, report
    # The API's random redirects were never followed; the picture's were (that is allowed), never with the key.
    for request in other_host.requests:
        assert "Authorization" not in request.headers and request.headers.get("Accept") == "image/*", request

    assert warmup.rss and steady.rss, report
    tail = steady.rss[-max(3, len(steady.rss) // 10) :]  # the last tenth: where a leak would have got to
    assert statistics.median(tail) - statistics.median(warmup.rss) < RSS_GROWTH_LIMIT, report
    assert max(steady.threads) <= max(warmup.threads) + THREAD_SLACK, report
    assert statistics.median(steady.threads) <= statistics.median(warmup.threads) + 2, report
    assert max(steady.fds) <= max(warmup.fds) + FD_SLACK, report
    assert statistics.median(steady.fds) <= statistics.median(warmup.fds) + 2, report
