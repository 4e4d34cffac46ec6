"""Benchmark SE Ranking Tray against a bare PySide6 tray app, in one real desktop session.

    python -m benchmarks.run [--quick] [--out benchmarks/results] [--runs N] [--phases startup,latency,...]
                             [--keyring] [--app-path DIR] [--peers syncthingtray,vorta]

One DesktopSession (Xvfb + private D-Bus + xfce4-panel as the StatusNotifierItem host) and loopback fake SE Ranking
APIs serve every measurement; the app (key from the environment and key from the Secret Service), the bare tray and
the peers (benchmarks/peers.py: Syncthing Tray, Vorta) take turns so drift of the machine hits all alike. Writes
``results.md`` and ``results.json`` into the output directory and prints each target (issues 8, 13, 18) as met / not
met.
See benchmarks/README.md for what each figure means and how it is taken.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from benchmarks.accounts import measure_accounts
from benchmarks.accounts import rows as accounts_rows
from benchmarks.accounts import targets as accounts_targets
from benchmarks.peers import PEER_NAMES, Peer, find_peers
from benchmarks.probes import (
    ITEM_REGISTERED,
    NEW_TOOLTIP,
    ProcSample,
    Signal,
    TraySignals,
    fd_targets,
    pss_kib,
    rss_by_mapping,
    sample,
    wakeups_between,
)
from benchmarks.probes import thread_names as list_thread_names
from harness import sni
from harness.faults import FakeSeRanking
from harness.session import DesktopSession, NotificationsMode

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
MIB: Final = 1024.0  # KiB per MiB
BALANCE_TEXT: Final = "1,234.50"  # the fake's balance as the tooltip shows it ($1,234.50)
REFRESH_DELAY: Final = 0.3  # D: the fake's delay on every endpoint for the refresh-latency figure
SETTLE_SECONDS: Final = 3.0  # after the first data: lets the avatar fetch and the start-up's tail finish
START_TIMEOUT: Final = 20.0
PHASES: Final = ("startup", "latency", "cli", "accounts", "memory", "leak", "size")

# The kinds of process measured side by side; peers add their own (benchmarks/peers.py).
APP: Final = "app"  # the key in SERANKING_API_KEY (or in the keyring with --keyring)
APP_KEYRING: Final = "app_keyring"  # the key in the session's Secret Service, as after `seranking-tray key set`
BARE: Final = "bare"

# Targets: issue 18 tightened those of issue 8 for time to tray (1.25), steady RSS (1.6) and `status` (1.5).
TARGET_TRAY_RATIO: Final = 1.15
TARGET_RSS_RATIO: Final = 1.5
TARGET_IDLE_CPU_PER_MIN: Final = 0.05
TARGET_REFRESH_RATIO: Final = 1.3
TARGET_LEAK_MIB: Final = 5.0
TARGET_CLI_RATIO: Final = 1.4
TARGET_BUNDLE_MIB: Final = 80.0


@dataclass(frozen=True)
class Config:
    runs: int
    window: float  # seconds of the idle window; steady RSS is read at its end
    leak_cycles: int
    early_cycles: int = 10

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Config:
        # Issue 18: time to tray as medians of at least 9 alternating runs.
        runs = args.runs if args.runs else (3 if args.quick else 9)
        return cls(runs=runs, window=20.0 if args.quick else 60.0, leak_cycles=100 if args.quick else 500)


def summary(values: Sequence[float]) -> dict[str, Any]:
    if not values:
        return {"median": None, "min": None, "max": None, "n": 0, "values": []}
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
        "values": [round(value, 4) for value in values],
    }


def log(message: str) -> None:
    print(message, flush=True)


# -- processes in the session ------------------------------------------------------------------------------------


@dataclass
class Launched:
    kind: str  # APP, APP_KEYRING, BARE or a peer's kind
    process: subprocess.Popen[Any]
    started: float
    mark: int  # index into TraySignals up to which this process's signals have been looked at
    item: str = ""
    sender: str = ""  # the item's unique bus name: the sender of its NewToolTip signals
    registered: float | None = None
    first_data: float | None = None

    @property
    def pid(self) -> int:
        return self.process.pid


class Bench:
    def __init__(
        self, session: DesktopSession, signals: TraySignals, key: str, app_path: Path | None, keyring: bool
    ) -> None:
        self.session = session
        self.signals = signals
        self.key = key
        # --keyring: the key is in the session's Secret Service (as for a user who ran `key set`), not in the
        # environment; the app then loads keyring and its backend too.
        self.keyring = keyring
        # --app-path: the app's package is imported from there (a patched copy) instead of the installed one.
        self.app_env = {"PYTHONPATH": str(app_path)} if app_path is not None else {}
        self._count = 0

    def launch_app(self, fake: FakeSeRanking, *args: str, keyring: bool | None = None) -> Launched:
        """The app; ``keyring``: key from the Secret Service (True), the environment (False), --keyring (None)."""
        # The app allows one instance per XDG_RUNTIME_DIR (a local socket there): each run gets its own, so the
        # idle apps and the leak app can run side by side. The settings, data and cache dirs stay shared.
        runtime = self.session.root / f"runtime-{self._count + 1}"
        runtime.mkdir(mode=0o700)
        env = {**self.key_env(keyring), "SERANKING_API_URL": fake.url, "XDG_RUNTIME_DIR": str(runtime), **self.app_env}
        kind = APP_KEYRING if keyring else APP
        return self._launch(kind, [sys.executable, "-m", "seranking_tray", *args], env)

    def launch_kind(self, kind: str, fake: FakeSeRanking, peers: Sequence[Peer], alone: bool = False) -> Launched:
        """``alone``: a peer with settings of its own, to run beside other copies of itself (Vorta allows one
        instance per user's settings)."""
        if kind == APP:
            return self.launch_app(fake, keyring=False)
        if kind == APP_KEYRING:
            return self.launch_app(fake, keyring=True)
        if kind == BARE:
            return self.launch_bare()
        return self.launch_peer(next(peer for peer in peers if peer.kind == kind), alone)

    def launch_peer(self, peer: Peer, alone: bool = False) -> Launched:
        """A peer tray app, with a runtime and temporary dir of its own per run (their single-instance sockets)
        and one configuration dir per peer (the warm-up round's first start creates it)."""
        runtime = self.session.root / f"runtime-{self._count + 1}"
        runtime.mkdir(mode=0o700)
        config = self.session.root / f"peer-{peer.kind}"
        config.mkdir(exist_ok=True)
        env = {**peer.env, "XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(runtime)}
        if alone:
            config = runtime / "config"
            env |= {
                name: str(runtime / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")
            }
            env["HOME"] = str(runtime)
        return self._launch(peer.kind, peer.argv(config), env)

    def launch_with(self, argv: list[str], env: dict[str, str]) -> Launched:
        """The app with an environment of its own (its accounts' dirs, no key in the environment)."""
        runtime = self.session.root / f"runtime-{self._count + 1}"
        runtime.mkdir(mode=0o700)
        merged = {**env, "XDG_RUNTIME_DIR": str(runtime), **self.app_env}
        if "PYTHONPATH" in env and "PYTHONPATH" in self.app_env:
            merged["PYTHONPATH"] = os.pathsep.join((self.app_env["PYTHONPATH"], env["PYTHONPATH"]))
        return self._launch("app", argv, merged)

    def key_env(self, keyring: bool | None = None) -> dict[str, str]:
        return {} if (self.keyring if keyring is None else keyring) else {"SERANKING_API_KEY": self.key}

    def store_key(self) -> None:
        """``seranking-tray key set`` in the session, the way a user stores the key."""
        env = self.session.env(**self.app_env)
        result = subprocess.run(
            [sys.executable, "-m", "seranking_tray", "key", "set"],
            input=self.key + "\n",
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"`key set` failed ({result.returncode}): {result.stderr.strip()}")

    def launch_bare(self) -> Launched:
        # The processes start in the session's home: the repository must be on the path for benchmarks.bare_tray.
        return self._launch(BARE, [sys.executable, "-m", "benchmarks.bare_tray"], {"PYTHONPATH": str(REPO_ROOT)})

    def _launch(self, kind: str, argv: list[str], env: dict[str, str]) -> Launched:
        self._count += 1
        mark = self.signals.count()
        started = time.monotonic()
        process = self.session.spawn(argv, name=f"{kind}-{self._count}", extra_env=env)
        return Launched(kind, process, started, mark)

    def _owner(self, bus_name: str) -> tuple[int, str] | None:
        """PID and unique bus name of the owner of ``bus_name``."""
        try:
            (pid,) = self.session.call(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "GetConnectionUnixProcessID",
                "s",
                (bus_name,),
            )
            (owner,) = self.session.call(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "GetNameOwner",
                "s",
                (bus_name,),
            )
        except Exception:  # the name is gone already (an item of a process ended before)
            return None
        return int(pid), str(owner)

    def wait_registered(self, launched: Launched, timeout: float = START_TIMEOUT) -> float:
        """Seconds from process start to its item in the watcher (signal StatusNotifierItemRegistered)."""
        index = launched.mark
        deadline = time.monotonic() + timeout
        while True:
            # In slices, to notice a process that ended without an icon (it handed over to another instance, say).
            found = self.signals.wait_for(
                lambda signal: signal.member == ITEM_REGISTERED, index, min(0.5, max(0.0, deadline - time.monotonic()))
            )
            if found is None:
                if launched.process.poll() is not None:
                    raise RuntimeError(f"{launched.kind} exited with {launched.process.returncode} before its icon")
                if time.monotonic() >= deadline:
                    raise TimeoutError(f"{launched.kind} (pid {launched.pid}) registered no tray item in {timeout} s")
                continue
            index, signal = found
            index += 1
            item = str(signal.body[0])
            bus_name = item.split("/", 1)[0]
            owner = self._owner(bus_name)
            if owner is not None and owner[0] == launched.pid:
                launched.item, launched.sender, launched.registered = item, owner[1], signal.at
                launched.mark = index
                return signal.at - launched.started

    def tooltip(self, launched: Launched) -> str:
        tip = sni.item_properties(self.session, launched.item).get("ToolTip")
        return f"{tip.title} {tip.description}" if tip else ""

    def wait_tooltip(self, launched: Launched, shows: Callable[[str], bool], timeout: float = START_TIMEOUT) -> float:
        """Moment the tooltip first satisfied ``shows``: the NewToolTip signal announcing it."""
        index = launched.mark
        deadline = time.monotonic() + timeout
        while True:
            found = self.signals.wait_for(
                lambda signal: _tooltip_of(signal, launched),
                index,
                max(0.0, deadline - time.monotonic()),
            )
            if found is None:
                raise TimeoutError(f"the tooltip of pid {launched.pid} did not show fresh figures in {timeout} s")
            index, signal = found
            if shows(self.tooltip(launched)):
                # The read may already see a later change than the signal just taken: the last NewToolTip
                # that had arrived by the read is the one that announced what was read.
                latest = [s for s in self.signals.since(index) if _tooltip_of(s, launched)]
                launched.first_data = latest[-1].at if latest else signal.at
                launched.mark = self.signals.count()
                return launched.first_data - launched.started
            index += 1

    def stop(self, launched: Launched) -> None:
        process = launched.process
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


def _tooltip_of(signal: Signal, launched: Launched) -> bool:
    return signal.member == NEW_TOOLTIP and signal.sender == launched.sender


def fresh_balance(tooltip: str) -> bool:
    # The app shows the last balance from its history at once, marked stale: first data is the first check's answer.
    return BALANCE_TEXT in tooltip and "stale" not in tooltip


# -- 1. time to tray -----------------------------------------------------------------------------------------------


def turn_order(kinds: Sequence[str], round_number: int) -> list[str]:
    """Who starts when in a round: each kind takes each place in turn, and every other round runs backwards, so
    neither a slot in the round nor the kind before it favours anyone."""
    shift = round_number % len(kinds)
    order = [*kinds[shift:], *kinds[:shift]]
    return order if round_number % 2 == 0 else order[::-1]


def measure_startup(bench: Bench, fake: FakeSeRanking, config: Config, peers: Sequence[Peer] = ()) -> dict[str, Any]:
    kinds = [APP, APP_KEYRING, BARE, *(peer.kind for peer in peers)]
    tray: dict[str, list[float]] = {kind: [] for kind in kinds}
    data: dict[str, list[float]] = {APP: [], APP_KEYRING: []}
    # Round 0 warms the page cache, writes .pyc files and lets the peers create their settings; it is not counted.
    for round_number in range(config.runs + 1):
        for kind in turn_order(kinds, round_number):
            launched = bench.launch_kind(kind, fake, peers)
            try:
                to_tray = bench.wait_registered(launched)
                to_data = bench.wait_tooltip(launched, fresh_balance) if kind in data else None
            finally:
                bench.stop(launched)
            if round_number == 0:
                continue
            tray[kind].append(to_tray)
            if to_data is not None:
                data[kind].append(to_data)
            shown = f", first data {to_data * 1000:.0f} ms" if to_data is not None else ""
            log(f"  [startup] {kind:13} run {round_number}: tray {to_tray * 1000:.0f} ms{shown}")
            # Let the panel drop the old item before the next start.
            time.sleep(0.3)
    return {
        "time_to_tray_s": {kind: summary(values) for kind, values in tray.items()},
        "time_to_first_data_s": summary(data[APP]),
        "time_to_first_data_keyring_s": summary(data[APP_KEYRING]),
    }


# -- 4. refresh latency --------------------------------------------------------------------------------------------


class ConnectionCounter:
    """Counts TCP connections the fake accepts, with their times: shows whether the client reuses connections.

    Wraps the fake's server from outside (benchmark code only); if the fake's internals change, it reports None.
    """

    def __init__(self, fake: FakeSeRanking) -> None:
        self.accepted: list[float] = []
        server = getattr(fake, "_server", None)
        original = getattr(server, "process_request", None)
        self.available = original is not None
        if server is not None and original is not None:

            def counting(request: Any, client_address: Any) -> None:
                self.accepted.append(time.monotonic())
                original(request, client_address)

            server.process_request = counting

    def between(self, start: float, end: float) -> int | None:
        if not self.available:
            return None
        return sum(1 for moment in self.accepted if start <= moment <= end)


def measure_latency(bench: Bench, fake: FakeSeRanking, config: Config) -> dict[str, Any]:
    connections = ConnectionCounter(fake)
    fake.set_delay(REFRESH_DELAY)
    # A balance that changes on every request makes every refresh change the tooltip, so each one is signalled.
    fake.balance_drop_per_request = 0.01
    cycles = config.runs + 1  # the first refresh is cold (imports, connecting) and reported on its own
    launched = bench.launch_app(fake, "--refresh-interval", "1")
    try:
        bench.wait_registered(launched)
        if not fake.wait_for_requests(cycles + 1, cycles * (1 + 4 * REFRESH_DELAY) + 30, endpoint="balance"):
            raise TimeoutError("the app did not refresh often enough")
    finally:
        bench.stop(launched)
    per_endpoint = {
        endpoint: sorted(fake.requests_to(endpoint), key=lambda r: r.started)
        for endpoint in ("balance", "profile", "subscription")
    }
    tooltips = [s for s in bench.signals.since(0) if _tooltip_of(s, launched)]
    spans, end_to_end, api_connections = [], [], []
    for cycle in range(cycles):
        requests = [per_endpoint[endpoint][cycle] for endpoint in per_endpoint]
        first_start = min(r.started for r in requests)
        last_finish = max(r.finished for r in requests)
        spans.append(last_finish - first_start)
        shown = next((s.at for s in tooltips if s.at >= last_finish), None)
        end_to_end.append((shown if shown is not None else float("nan")) - first_start)
        # Connections opened for this check: the avatar's own come after the tooltip, outside this window.
        api_connections.append(connections.between(first_start - 0.25, last_finish))
    warm = slice(1, None)
    log(
        f"  [latency] D={REFRESH_DELAY * 1000:.0f} ms: refresh (first request -> tooltip) "
        + ", ".join(f"{value * 1000:.0f}" for value in end_to_end)
        + " ms (first is cold)"
    )
    warm_connections = [c for c in api_connections[warm] if c is not None]
    return {
        "delay_s": REFRESH_DELAY,
        "refresh_s": summary(end_to_end[warm]),
        "requests_span_s": summary(spans[warm]),
        "cold_refresh_s": end_to_end[0],
        "cold_requests_span_s": spans[0],
        "api_connections_per_refresh": summary(warm_connections) if warm_connections else None,
        "api_connections_cold": api_connections[0],
    }


# -- 6. CLI ----------------------------------------------------------------------------------------------------------


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    result = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started, result.returncode


def status_command() -> list[str]:
    # The console script is what a user or a monitoring system runs.
    script = Path(sys.executable).with_name("seranking-tray")
    return [str(script), "status"] if script.exists() else [sys.executable, "-m", "seranking_tray", "status"]


def measure_cli(bench: Bench, fake: FakeSeRanking, config: Config) -> dict[str, Any]:
    envs = {
        "status": bench.session.env(**bench.key_env(False), SERANKING_API_URL=fake.url, **bench.app_env),
        # The key in the session's Secret Service (gnome-keyring), as after `key set`.
        "status_keyring": bench.session.env(**bench.key_env(True), SERANKING_API_URL=fake.url, **bench.app_env),
        "import_requests": bench.session.env(**bench.app_env),
    }
    commands = {
        "status": status_command(),
        "status_keyring": status_command(),
        "import_requests": [sys.executable, "-c", "import requests"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    # `status` asks 6 things of one key (balance, profile, subscription, credits, sub-accounts, projects): the key's
    # rate limiter (5 per 1.1 s, api/rate.py) holds the sixth back ~1.1 s, whatever the app's own cost. So the
    # moment its first request reaches the fake is measured too: the start-up cost (imports, settings, keyring).
    first_request: dict[str, list[float]] = {"status": [], "status_keyring": []}
    # They are cheap, so twice the runs; one unrecorded round first warms caches.
    runs = config.runs * 2
    for round_number in range(runs + 1):
        for name in turn_order(list(commands), round_number):
            seen = len(fake.requests_to("balance"))
            started = time.monotonic()
            elapsed, code = _timed(commands[name], envs[name])
            if code != 0:
                raise RuntimeError(f"{' '.join(commands[name])} ({name}) exited with {code}")
            if round_number:
                times[name].append(elapsed)
                new = fake.requests_to("balance")[seen:]
                if name in first_request and new:
                    first_request[name].append(min(request.started for request in new) - started)
    result = {name: summary(values) for name, values in times.items()}
    to_first = {name: summary(values) for name, values in first_request.items()}
    log(
        f"  [cli] status {result['status']['median'] * 1000:.0f} ms, "
        f"with the key in the keyring {result['status_keyring']['median'] * 1000:.0f} ms, "
        f"import requests {result['import_requests']['median'] * 1000:.0f} ms; first request after "
        f"{to_first['status']['median'] * 1000:.0f} / {to_first['status_keyring']['median'] * 1000:.0f} ms"
    )
    return {"wall_s": result, "to_first_request_s": to_first, "status_command": " ".join(commands["status"])}


# -- 2, 3 and 5: memory, idle cost, leaks (one long stretch, processes side by side) -------------------------------


@dataclass
class Watched:
    launched: Launched
    ready: float  # icon shown (bare) or first data shown (app)
    begin: ProcSample | None = None
    end: ProcSample | None = None
    mappings: dict[str, int] | None = None  # RSS by mapping at the window's end
    pss_kib: int | None = None  # proportional set size at the window's end: shared libraries split among users
    thread_names: list[str] = field(default_factory=list)


@dataclass
class LeakWatch:
    launched: Launched
    fake: FakeSeRanking
    connections: ConnectionCounter
    samples: dict[int, ProcSample] = field(default_factory=dict)
    threads: dict[int, list[str]] = field(default_factory=dict)
    fds: dict[int, list[str]] = field(default_factory=dict)
    connections_at: dict[int, int] = field(default_factory=dict)

    def cycles_done(self) -> int:
        # A cycle is over once its avatar revalidation (the last request of a refresh) is answered.
        return min(len(self.fake.requests_to("balance")), len(self.fake.requests_to("avatar")))


def measure_long(
    bench: Bench,
    fake: FakeSeRanking,
    leak_fake: FakeSeRanking | None,
    config: Config,
    do_memory: bool,
    peers: Sequence[Peer] = (),
) -> dict[str, Any]:
    leak: LeakWatch | None = None
    if leak_fake is not None:
        counter = ConnectionCounter(leak_fake)
        leak_app = bench.launch_app(leak_fake, "--refresh-interval", "1")
        bench.wait_registered(leak_app)
        leak = LeakWatch(leak_app, leak_fake, counter)
        log(f"  [leak] refreshing every second until {config.leak_cycles} cycles")

    watched: list[Watched] = []
    try:
        if do_memory:
            kinds = [APP, APP_KEYRING, BARE, *(peer.kind for peer in peers)]
            # Memory is steady to ~0.1 MiB: 5 runs of each kind are plenty (and all of them idle at once).
            for index in range(min(config.runs, 5)):
                for kind in turn_order(kinds, index):
                    launched = bench.launch_kind(kind, fake, peers, alone=True)
                    bench.wait_registered(launched)
                    is_app = kind in (APP, APP_KEYRING)
                    if is_app:
                        bench.wait_tooltip(launched, fresh_balance)
                    ready = launched.first_data if is_app else launched.registered
                    assert ready is not None
                    watched.append(Watched(launched, ready))
            log(f"  [memory] {len(watched)} processes up; idle window {config.window:.0f} s")
        _follow(watched, leak, config)
    finally:
        for entry in watched:
            bench.stop(entry.launched)
        if leak is not None:
            bench.stop(leak.launched)

    result: dict[str, Any] = {}
    if do_memory:
        result["memory"] = _memory_result(watched)
    if leak is not None:
        result["leak"] = _leak_result(leak, config)
    return result


def _follow(watched: list[Watched], leak: LeakWatch | None, config: Config) -> None:
    """Take every scheduled sample: begin/end of each idle window, the leak app at its two cycle counts."""
    leak_marks = [config.early_cycles, config.leak_cycles]
    leak_deadline = time.monotonic() + config.leak_cycles * 1.5 + 60
    while True:
        now = time.monotonic()
        pending = False
        for entry in watched:
            begin_at = entry.ready + SETTLE_SECONDS
            if entry.begin is None:
                pending = True
                if now >= begin_at:
                    entry.begin = sample(entry.launched.pid)
            elif entry.end is None:
                pending = True
                if now >= entry.begin.at + config.window:
                    entry.end = sample(entry.launched.pid)
                    entry.mappings = rss_by_mapping(entry.launched.pid)
                    entry.pss_kib = pss_kib(entry.launched.pid)
                    entry.thread_names = list_thread_names(entry.launched.pid)
        if leak is not None and leak_marks:
            pending = True
            done = leak.cycles_done()
            if done >= leak_marks[0]:
                mark = leak_marks.pop(0)
                # Its last request just ended; sample in the quiet middle of the 1 s pause, when the refresh's
                # short-lived threads and sockets are gone, so both samples see the same phase.
                time.sleep(0.4)
                pid = leak.launched.pid
                leak.samples[mark] = sample(pid)
                leak.threads[mark] = list_thread_names(pid)
                leak.fds[mark] = fd_targets(pid)
                leak.connections_at[mark] = len(leak.connections.accepted)
                log(f"  [leak] cycle {done}: {_describe(leak.samples[mark])}")
            elif now > leak_deadline:
                raise TimeoutError(f"the leak app did only {done} cycles")
            if leak.launched.process.poll() is not None:
                raise RuntimeError(f"the leak app exited with {leak.launched.process.returncode}")
        if not pending:
            return
        time.sleep(0.05)


def _describe(probe: ProcSample) -> str:
    return f"RSS {probe.rss_kib / MIB:.1f} MiB, {probe.threads} threads, {probe.fds} fds"


def _memory_result(watched: list[Watched]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for kind in dict.fromkeys(entry.launched.kind for entry in watched):
        entries = [entry for entry in watched if entry.launched.kind == kind and entry.begin and entry.end]
        pairs = [(entry.begin, entry.end) for entry in entries if entry.begin and entry.end]
        per_minute = [60.0 / (end.at - begin.at) for begin, end in pairs]
        result[kind] = {
            "peak_rss_mib": summary([end.hwm_kib / MIB for _begin, end in pairs]),
            "steady_rss_mib": summary([end.rss_kib / MIB for _begin, end in pairs]),
            "pss_mib": summary([entry.pss_kib / MIB for entry in entries if entry.pss_kib is not None]),
            "idle_cpu_s_per_min": summary(
                [
                    (end.cpu_seconds - begin.cpu_seconds) * scale
                    for (begin, end), scale in zip(pairs, per_minute, strict=True)
                ]
            ),
            "wakeups_per_min": summary(
                [wakeups_between(begin, end)[0] * scale for (begin, end), scale in zip(pairs, per_minute, strict=True)]
            ),
            # Their wake-ups before they ended are not counted (Qt's pooled threads end after 30 s idle).
            "threads_ended_in_window": summary([float(wakeups_between(begin, end)[1]) for begin, end in pairs]),
            "threads": summary([float(end.threads) for _begin, end in pairs]),
            "fds": summary([float(end.fds) for _begin, end in pairs]),
            "seconds_since_start": summary(
                [end.at - entry.launched.started for entry, (_b, end) in zip(entries, pairs, strict=True)]
            ),
        }
        result[kind]["thread_names"] = entries[0].thread_names if entries else []
        log(
            f"  [memory] {kind}: steady RSS {result[kind]['steady_rss_mib']['median']:.1f} MiB, "
            f"PSS {result[kind]['pss_mib']['median'] or 0:.1f} MiB, "
            f"peak {result[kind]['peak_rss_mib']['median']:.1f} MiB, "
            f"idle CPU {result[kind]['idle_cpu_s_per_min']['median']:.3f} s/min, "
            f"wake-ups {result[kind]['wakeups_per_min']['median']:.0f}/min"
        )
    result["rss_above_bare_by_mapping_mib"] = _mapping_difference(watched, APP)
    result["rss_above_bare_by_mapping_mib_keyring"] = _mapping_difference(watched, APP_KEYRING)
    return result


def _mapping_difference(watched: list[Watched], kind: str) -> dict[str, float]:
    """Where the app's RSS above the bare tray's goes, from the first app and the first bare tray (largest first)."""
    app = next((entry.mappings for entry in watched if entry.launched.kind == kind and entry.mappings), None)
    bare = next((entry.mappings for entry in watched if entry.launched.kind == BARE and entry.mappings), None)
    if app is None or bare is None:
        return {}
    difference = {name: (app.get(name, 0) - bare.get(name, 0)) / MIB for name in set(app) | set(bare)}
    ranked = sorted(difference.items(), key=lambda pair: -abs(pair[1]))
    return {name: round(mib, 2) for name, mib in ranked if abs(mib) >= 0.1}


def _leak_result(leak: LeakWatch, config: Config) -> dict[str, Any]:
    early, late = leak.samples[config.early_cycles], leak.samples[config.leak_cycles]
    cycles = config.leak_cycles - config.early_cycles
    return {
        "cycles": [config.early_cycles, config.leak_cycles],
        "rss_mib": [early.rss_kib / MIB, late.rss_kib / MIB],
        "rss_growth_mib": (late.rss_kib - early.rss_kib) / MIB,
        "threads": [early.threads, late.threads],
        "fds": [early.fds, late.fds],
        "thread_names": {str(mark): names for mark, names in leak.threads.items()},
        "fd_targets": {str(mark): targets for mark, targets in leak.fds.items()},
        "connections_per_cycle": (
            (leak.connections_at[config.leak_cycles] - leak.connections_at[config.early_cycles]) / cycles
            if leak.connections.available
            else None
        ),
        "cpu_s_per_cycle": (late.cpu_seconds - early.cpu_seconds) / cycles,
    }


# -- install size ---------------------------------------------------------------------------------------------------


def _tree_bytes(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += (Path(root) / name).lstat().st_size
    return total


def _requirement_names(distribution: str) -> Iterator[str]:
    for requirement in importlib.metadata.requires(distribution) or []:
        if "extra ==" in requirement:
            continue  # optional extras (the test tools) are not installed for users
        marker_free = requirement.split(";", 1)[0]
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", marker_free)
        if match is None:
            continue
        if ";" in requirement:
            with contextlib.suppress(Exception):
                from packaging.markers import Marker

                if not Marker(requirement.split(";", 1)[1]).evaluate():
                    continue
        yield match.group(1)


def _runtime_closure(root: str) -> dict[str, int]:
    """Bytes on disk of each distribution the app needs at run time (its own and its dependencies', recursively)."""
    sizes: dict[str, int] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in sizes:
            continue
        try:
            distribution = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        size = 0
        for file in distribution.files or []:
            with contextlib.suppress(OSError):
                size += Path(str(file.locate())).stat().st_size
        sizes[key] = size
        todo.extend(_requirement_names(name))
    return sizes


def measure_size() -> dict[str, Any]:
    site_packages = Path(sysconfig.get_paths()["purelib"])
    entries = sorted(
        (
            (child.name, _tree_bytes(child) if child.is_dir() else child.lstat().st_size)
            for child in site_packages.iterdir()
        ),
        key=lambda pair: -pair[1],
    )
    closure = _runtime_closure("seranking-tray")
    bundles = {}
    dist = REPO_ROOT / "dist"
    if dist.is_dir():
        for child in sorted(dist.iterdir()):
            if child.is_dir():  # a one-folder bundle; one-file builds and wheels are files
                bundles[child.name] = _tree_bytes(child)
    result: dict[str, Any] = {
        "site_packages": str(site_packages),
        "site_packages_mib": sum(size for _name, size in entries) / MIB / MIB,
        "largest_entries_mib": {name: size / MIB / MIB for name, size in entries[:8]},
        "runtime_closure_mib": sum(closure.values()) / MIB / MIB,
        "runtime_closure_by_distribution_mib": {
            name: size / MIB / MIB for name, size in sorted(closure.items(), key=lambda pair: -pair[1])
        },
        "bundles_mib": {name: size / MIB / MIB for name, size in bundles.items()},
    }
    log(
        f"  [size] site-packages {result['site_packages_mib']:.0f} MiB, "
        f"app + runtime dependencies {result['runtime_closure_mib']:.0f} MiB, bundles: "
        + (", ".join(f"{name} {size:.0f} MiB" for name, size in result["bundles_mib"].items()) or "none in dist/")
    )
    return result


# -- verdicts and report --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    target: str
    measured: str
    met: bool | None  # None: not measured


def _get(results: dict[str, Any], *path: str) -> Any:
    value: Any = results
    for part in path:
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def verdicts(results: dict[str, Any]) -> list[Verdict]:
    out: list[Verdict] = []

    def add(target: str, value: float | None, limit: float, fmt: Callable[[float], str], strict: bool = False) -> None:
        if value is None or value != value:  # None or NaN
            out.append(Verdict(target, "not measured", None))
            return
        met = value < limit if strict else value <= limit
        out.append(Verdict(target, fmt(value), met))

    bare_tray = _get(results, "startup", "time_to_tray_s", BARE, "median")
    bare_rss = _get(results, "memory", BARE, "steady_rss_mib", "median")
    peer_kinds = list(results.get("peers") or {})
    peer_trays = [_get(results, "startup", "time_to_tray_s", kind, "median") for kind in peer_kinds]
    fastest_peer = min((value for value in peer_trays if value), default=None)
    for kind, key_from in ((APP, "the environment"), (APP_KEYRING, "the Secret Service")):
        app_tray = _get(results, "startup", "time_to_tray_s", kind, "median")
        add(
            f"time to tray <= {TARGET_TRAY_RATIO} x bare (key in {key_from})",
            _ratio(app_tray, bare_tray),
            TARGET_TRAY_RATIO,
            "{:.2f} x".format,
        )
        # Below every peer: the app's median over the fastest peer's, under 1.
        add(
            f"time to tray below every peer's (key in {key_from})",
            _ratio(app_tray, fastest_peer) if len(peer_kinds) == len(PEER_NAMES) and all(peer_trays) else None,
            1.0,
            "{:.2f} x the fastest peer".format,
            strict=True,
        )
        app_rss = _get(results, "memory", kind, "steady_rss_mib", "median")
        add(
            f"steady RSS <= {TARGET_RSS_RATIO} x bare (key in {key_from})",
            _ratio(app_rss, bare_rss),
            TARGET_RSS_RATIO,
            "{:.2f} x".format,
        )
        add(
            f"idle CPU <= {TARGET_IDLE_CPU_PER_MIN} s per minute (key in {key_from})",
            _get(results, "memory", kind, "idle_cpu_s_per_min", "median"),
            TARGET_IDLE_CPU_PER_MIN,
            "{:.3f} s/min".format,
        )
    refresh = _get(results, "latency", "refresh_s", "median")
    add(
        f"one refresh <= {TARGET_REFRESH_RATIO} x D",
        _ratio(refresh, _get(results, "latency", "delay_s")),
        TARGET_REFRESH_RATIO,
        "{:.2f} x D".format,
    )
    add(
        f"RSS growth over the leak cycles < {TARGET_LEAK_MIB} MiB",
        _get(results, "leak", "rss_growth_mib"),
        TARGET_LEAK_MIB,
        "{:.2f} MiB".format,
        strict=True,
    )
    threads, fds = _get(results, "leak", "threads"), _get(results, "leak", "fds")
    if threads is None or fds is None:
        out.append(Verdict("no thread or descriptor growth", "not measured", None))
    else:
        out.append(
            Verdict(
                "no thread or descriptor growth",
                f"threads {threads[0]} -> {threads[1]}, fds {fds[0]} -> {fds[1]}",
                threads[1] <= threads[0] and fds[1] <= fds[0],
            )
        )
    for target, value, limit, fmt in accounts_targets(results.get("accounts")):
        add(target, value, limit, fmt)
    baseline = _get(results, "cli", "wall_s", "import_requests", "median")
    for name, key_from in (("status", "the environment"), ("status_keyring", "the Secret Service")):
        add(
            f"status <= {TARGET_CLI_RATIO} x `import requests` (key in {key_from})",
            _ratio(_get(results, "cli", "wall_s", name, "median"), baseline),
            TARGET_CLI_RATIO,
            "{:.2f} x".format,
        )
        add(
            f"status start -> first request <= {TARGET_CLI_RATIO} x `import requests` (key in {key_from})",
            _ratio(_get(results, "cli", "to_first_request_s", name, "median"), baseline),
            TARGET_CLI_RATIO,
            "{:.2f} x".format,
        )
    bundle = _get(results, "size", "bundles_mib", "seranking-tray")
    add(f"one-folder bundle <= {TARGET_BUNDLE_MIB:.0f} MiB unpacked", bundle, TARGET_BUNDLE_MIB, "{:.1f} MiB".format)
    return out


def _cell(figure: dict[str, Any] | None, scale: float = 1.0, digits: int = 0) -> str:
    if not figure or figure.get("median") is None:
        return "—"
    median, low, high = (figure[name] * scale for name in ("median", "min", "max"))
    return f"{median:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"


def _fmt_ratio(app: dict[str, Any] | None, base: dict[str, Any] | None) -> str:
    value = _ratio(_get(app or {}, "median"), _get(base or {}, "median"))
    return "—" if value is None else f"{value:.2f} ×"


def _load(results: dict[str, Any], moment: str) -> str:
    values = results.get("load_average", {}).get(moment)
    return "/".join(f"{value:.2f}" for value in values) if values else "?"


APP_LABELS: Final = {
    BARE: "bare PySide6 tray (the floor)",
    APP: "**SE Ranking Tray** (key from the environment)",
    APP_KEYRING: "**SE Ranking Tray** (key in the Secret Service)",
}


def peer_table(results: dict[str, Any]) -> list[str]:
    """Issue 18's table: every tray app measured side by side, with its ratio to the bare tray."""
    trays = _get(results, "startup", "time_to_tray_s") or {}
    memory = results.get("memory") or {}
    labels = {**APP_LABELS, **(results.get("peers") or {})}
    kinds = [kind for kind in labels if kind in trays or kind in memory]
    if not kinds:
        return []

    def with_ratio(figure: dict[str, Any] | None, base: dict[str, Any] | None, scale: float, digits: int) -> str:
        if not figure or figure.get("median") is None:
            return "—"
        ratio = _fmt_ratio(figure, base) if figure is not base else ""
        value = f"{figure['median'] * scale:.{digits}f}"
        return f"{value} ({ratio})" if ratio and ratio != "—" else value

    lines = [
        "| tray app | time to tray item (ms) | steady RSS (MiB) | PSS (MiB) |",
        "|---|---|---|---|",
    ]
    for kind in kinds:
        mem = memory.get(kind) or {}
        lines.append(
            f"| {labels[kind]} | {with_ratio(trays.get(kind), trays.get(BARE), 1000, 0)} | "
            f"{with_ratio(mem.get('steady_rss_mib'), (memory.get(BARE) or {}).get('steady_rss_mib'), 1, 1)} | "
            f"{with_ratio(mem.get('pss_mib'), None, 1, 1)} |"
        )
    return [*lines, "", "Ratios are to the bare tray's median; min–max ranges are in the table below.", ""]


def markdown(results: dict[str, Any], checks: list[Verdict]) -> str:
    config = results["config"]
    rows: list[tuple[str, str, str, str]] = []
    startup, memory, latency, leak, cli, size = (
        results.get(name) or {} for name in ("startup", "memory", "latency", "leak", "cli", "size")
    )
    if startup:
        trays, bare = startup["time_to_tray_s"], startup["time_to_tray_s"][BARE]
        for kind, label in ((APP, "key from the environment"), (APP_KEYRING, "key in the Secret Service")):
            app = trays.get(kind)
            rows.append((f"Time to tray, {label} (ms)", _cell(app, 1000), _cell(bare, 1000), _fmt_ratio(app, bare)))
        rows.append(
            ("Time to first data, fake answers at once (ms)", _cell(startup["time_to_first_data_s"], 1000), "", "")
        )
        rows.append(
            (
                "  the same, key in the Secret Service (ms)",
                _cell(startup.get("time_to_first_data_keyring_s"), 1000),
                "",
                "",
            )
        )
    rows += accounts_rows(results.get("accounts"))
    if memory:
        app, bare = memory[APP], memory[BARE]
        for label, name, digits in (
            ("Peak RSS, VmHWM (MiB)", "peak_rss_mib", 1),
            (f"Steady RSS after {results['config']['window']:.0f} s idle (MiB)", "steady_rss_mib", 1),
            ("PSS at the same moment (MiB)", "pss_mib", 1),
            ("Idle CPU (s per minute)", "idle_cpu_s_per_min", 3),
            ("Wake-ups: voluntary context switches per minute, all threads", "wakeups_per_min", 0),
            ("Threads", "threads", 0),
            ("Open fds", "fds", 0),
        ):
            rows.append(
                (label, _cell(app[name], 1, digits), _cell(bare[name], 1, digits), _fmt_ratio(app[name], bare[name]))
            )
        keyring_app = memory.get(APP_KEYRING)
        if keyring_app:
            for label, name, digits in (
                ("  steady RSS, key in the Secret Service (MiB)", "steady_rss_mib", 1),
                ("  idle CPU, key in the Secret Service (s per minute)", "idle_cpu_s_per_min", 3),
            ):
                rows.append(
                    (
                        label,
                        _cell(keyring_app[name], 1, digits),
                        _cell(bare[name], 1, digits),
                        _fmt_ratio(keyring_app[name], bare[name]),
                    )
                )
    if latency:
        delay_ms = latency["delay_s"] * 1000
        refresh = latency["refresh_s"]
        rows.append(
            (
                f"One refresh, D = {delay_ms:.0f} ms: first request in → tooltip updated (ms)",
                _cell(refresh, 1000),
                f"D = {delay_ms:.0f}, 3×D = {3 * delay_ms:.0f}",
                f"{refresh['median'] * 1000 / delay_ms:.2f} × D" if refresh.get("median") else "—",
            )
        )
        rows.append(("  the three requests' span at the fake (ms)", _cell(latency["requests_span_s"], 1000), "", ""))
        rows.append(
            (
                "  first (cold) refresh: end to end / span (ms)",
                f"{latency['cold_refresh_s'] * 1000:.0f} / {latency['cold_requests_span_s'] * 1000:.0f}",
                "",
                "",
            )
        )
        rows.append(
            (
                "  new API connections per refresh (warm; cold)",
                f"{_cell(latency['api_connections_per_refresh'])}; {latency['api_connections_cold']}",
                "",
                "",
            )
        )
    if leak:
        early, late = leak["cycles"]
        rows.append(
            (
                f"RSS after {early} → {late} refresh cycles (MiB)",
                f"{leak['rss_mib'][0]:.1f} → {leak['rss_mib'][1]:.1f} ({leak['rss_growth_mib']:+.2f})",
                "",
                "",
            )
        )
        rows.append((f"Threads after {early} → {late} cycles", f"{leak['threads'][0]} → {leak['threads'][1]}", "", ""))
        rows.append((f"Open fds after {early} → {late} cycles", f"{leak['fds'][0]} → {leak['fds'][1]}", "", ""))
        per_cycle = leak.get("connections_per_cycle")
        rows.append(
            (
                "  TCP connections per cycle (API + avatar); CPU per cycle (ms)",
                f"{per_cycle:.2f}; {leak['cpu_s_per_cycle'] * 1000:.1f}" if per_cycle is not None else "—",
                "",
                "",
            )
        )
    if cli:
        status, baseline = cli["wall_s"]["status"], cli["wall_s"]["import_requests"]
        rows.append(
            (
                '`seranking-tray status` vs `python -c "import requests"` (ms)',
                _cell(status, 1000),
                _cell(baseline, 1000),
                _fmt_ratio(status, baseline),
            )
        )
        firsts = cli.get("to_first_request_s") or {}
        for name, label in (("status", "key in the environment"), ("status_keyring", "key in the Secret Service")):
            if firsts.get(name):
                rows.append(
                    (
                        f"  `status` start → its first request at the API, {label} (ms)",
                        _cell(firsts[name], 1000),
                        _cell(baseline, 1000),
                        _fmt_ratio(firsts[name], baseline),
                    )
                )
        keyring_status = cli["wall_s"].get("status_keyring")
        if keyring_status:
            rows.append(
                (
                    "  `status` with the key in the Secret Service (ms)",
                    _cell(keyring_status, 1000),
                    _cell(baseline, 1000),
                    _fmt_ratio(keyring_status, baseline),
                )
            )
    if size:
        rows.append(("Install: whole venv site-packages (MiB)", f"{size['site_packages_mib']:.0f}", "", ""))
        rows.append(("Install: the app + its runtime dependencies (MiB)", f"{size['runtime_closure_mib']:.0f}", "", ""))
        bundles = (
            ", ".join(f"{name}: {mib:.0f}" for name, mib in size["bundles_mib"].items())
            or "no one-folder bundle in dist/"
        )
        rows.append(("One-folder bundle (MiB)", bundles, "", ""))

    lines = [
        f"# SE Ranking Tray benchmarks — {results['started_at']}",
        "",
        f"{config['mode']} run: medians of {config['runs']} runs (min–max in brackets); "
        f"idle window {config['window']:.0f} s; leak check over {config['leak_cycles']} refresh cycles; "
        f"latency and leak with the key from the {config.get('key_from', 'environment')}"
        + (f"; app imported from {config['app_path']}" if config.get("app_path") else "")
        + ". "
        f"Machine: {results['machine']}; load average {_load(results, 'start')} at the start, "
        f"{_load(results, 'end')} at the end (other work on the machine widens the min–max ranges).",
        "",
        *peer_table(results),
        "| figure | app | bare tray / baseline | ratio |",
        "|---|---|---|---|",
        *(f"| {label} | {app} | {bare} | {ratio} |" for label, app, bare, ratio in rows),
        "",
        "## Targets (issues 8, 13 and 18)",
        "",
        "| target | measured | |",
        "|---|---|---|",
        *(
            f"| {check.target} | {check.measured} | "
            f"{'met' if check.met else 'not measured' if check.met is None else '**not met**'} |"
            for check in checks
        ),
        "",
    ]
    errors = results.get("errors") or {}
    if errors:
        lines += ["## Errors", "", *(f"- {phase}: {error}" for phase, error in errors.items()), ""]
    return "\n".join(lines)


# -- main ----------------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs, 20 s idle window, 100 leak cycles (~5 min)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "benchmarks" / "results", help="output directory")
    parser.add_argument("--runs", type=int, default=0, help="runs per figure (default 9, --quick 3)")
    parser.add_argument(
        "--keyring",
        action="store_true",
        help="latency, leak: the key in the session's Secret Service (gnome-keyring) instead of SERANKING_API_KEY "
        "(start-up, memory and the CLI always measure both)",
    )
    parser.add_argument(
        "--peers",
        default=",".join(PEER_NAMES),
        help=f"comma-separated peer tray apps to measure alongside, of {','.join(PEER_NAMES)}; '' for none",
    )
    parser.add_argument(
        "--app-path",
        type=Path,
        help="directory holding a (patched) seranking_tray package to measure instead of the installed one",
    )
    parser.add_argument(
        "--phases",
        default=",".join(PHASES),
        help=f"comma-separated subset of {','.join(PHASES)} (targets of skipped phases show 'not measured')",
    )
    args = parser.parse_args(argv)
    unknown = set(args.phases.split(",")) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases: {', '.join(sorted(unknown))}")
    unknown = {name for name in args.peers.split(",") if name} - set(PEER_NAMES)
    if unknown:
        parser.error(f"unknown peers: {', '.join(sorted(unknown))}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    config = Config.from_args(args)
    phases = set(args.phases.split(","))
    started = time.monotonic()
    results: dict[str, Any] = {
        "started_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PySide6 {_version('PySide6-Essentials')}",
        "config": {
            **asdict(config),
            "mode": "quick" if args.quick else "full",
            "phases": sorted(phases),
            "app_path": str(args.app_path) if args.app_path else None,
            "key_from": "keyring" if args.keyring else "environment",
        },
        "errors": {},
        # Other work on the machine skews timings (2 cores): the load average before and after is kept with them.
        "load_average": {"start": os.getloadavg()},
    }
    key = secrets.token_hex(20)
    # A real notification daemon when there is one: the app's notifications then cost the app what they would.
    notifications: NotificationsMode = "dunst" if shutil.which("dunst") else "recorder"
    log(f"Benchmark ({results['config']['mode']}): {config.runs} runs per figure")
    with contextlib.ExitStack() as stack:
        # The Secret Service always runs: start-up, memory and the CLI measure the key from it too (issue 18).
        session = stack.enter_context(DesktopSession(notifications=notifications, keyring=True))
        signals = TraySignals(session.bus_address)
        stack.callback(signals.stop)
        bench = Bench(session, signals, key, args.app_path.resolve() if args.app_path else None, args.keyring)
        bench.store_key()
        peers: list[Peer] = []
        if phases & {"startup", "memory"}:
            peers, problems = find_peers([name for name in args.peers.split(",") if name], log)
            results["peers"] = {peer.kind: peer.label for peer in peers}
            results["errors"].update({f"peer {name}": problem for name, problem in problems.items()})
        fakes = [stack.enter_context(FakeSeRanking(key)) for _ in range(5)]
        quick_fake, slow_fake, cli_fake, leak_fake, accounts_fake = fakes
        # Served as api4 serves them: an account with no sub-accounts or projects. Unserved (the fake's default), each
        # list would be asked at both its addresses: 7 Project API requests, over the key's 5 per second, and
        # `status` would wait out the rate limit (1.1 s) rather than measure anything of its own.
        for fake in fakes:
            fake.sub_accounts, fake.sites = [], []

        def phase(name: str, action: Callable[[], dict[str, Any]]) -> None:
            if name not in phases:
                return
            log(f"[{name}]")
            try:
                results.update(action())
            except Exception as exc:  # one failing figure must not lose the others
                results["errors"][name] = f"{type(exc).__name__}: {exc}"
                log(f"  [{name}] FAILED: {exc}")

        # Start-up, latency and the CLI first, on a quiet machine; then the long stretch where the idle apps and
        # the leak app (refreshing every second) run side by side.
        phase("startup", lambda: {"startup": measure_startup(bench, quick_fake, config, peers)})
        phase("latency", lambda: {"latency": measure_latency(bench, slow_fake, config)})
        phase("cli", lambda: {"cli": measure_cli(bench, cli_fake, config)})
        phase(
            "accounts",
            lambda: {
                "accounts": measure_accounts(
                    bench,
                    accounts_fake,
                    # Time to tray with 1/10/50 accounts: the start-up phase has the 9 runs of issue 18.
                    min(config.runs, 5),
                    REPO_ROOT,
                    lambda pid: sample(pid).rss_kib,
                    log=log,
                    sample_process=sample,
                    idle_window=config.window,
                )
            },
        )
        if phases & {"memory", "leak"}:
            phase(
                "memory" if "memory" in phases else "leak",
                lambda: measure_long(
                    bench, quick_fake, leak_fake if "leak" in phases else None, config, "memory" in phases, peers
                ),
            )
    phase_size = "size" in phases
    if phase_size:
        log("[size]")
        results["size"] = measure_size()
    results["duration_s"] = time.monotonic() - started
    results["load_average"]["end"] = os.getloadavg()

    checks = verdicts(results)
    results["targets"] = [asdict(check) for check in checks]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (args.out / "results.md").write_text(markdown(results, checks))
    log("")
    for check in checks:
        state = "met" if check.met else "not measured" if check.met is None else "NOT MET"
        log(f"{state:>12}  {check.target}: {check.measured}")
    log(f"\nWrote {args.out / 'results.md'} and results.json in {results['duration_s']:.0f} s")
    return 1 if results["errors"] else 0


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
