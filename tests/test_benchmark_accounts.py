"""The benchmark's accounts dimension (benchmarks/accounts.py) without a desktop: the phase is registered, stores
its accounts the CLI's way, measures every count, and its figures reach the JSON, the Markdown and the targets —
so the 1/10/50-account figures cannot silently stop being reported."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import accounts as bench_accounts
from benchmarks import run as bench_run
from harness.faults import FakeSeRanking
from tests.conftest import private_env

REPO = Path(__file__).resolve().parent.parent


@dataclass
class FakeLaunched:
    env: dict[str, str]
    pid: int
    started: float = 0.0
    first_data: float | None = None


@dataclass
class FakeSession:
    root: Path

    def env(self, **extra: str) -> dict[str, str]:
        return {**private_env(self.root / "home"), **extra}


@dataclass
class FakeBench:
    """Stands for benchmarks.run.Bench: each "process" is remembered, and its figures grow with its accounts'
    settings (50 accounts: slower and bigger), so the summary has something to tell apart."""

    session: FakeSession
    launched: list[FakeLaunched] = field(default_factory=list)
    stopped: int = 0
    pids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))

    def launch_with(self, argv: list[str], env: dict[str, str]) -> FakeLaunched:
        assert argv[-2:] == ["-m", "seranking_tray"] and "SERANKING_API_KEY" not in env
        launched = FakeLaunched(env, next(self.pids))
        self.launched.append(launched)
        return launched

    def accounts_of(self, launched: FakeLaunched) -> int:
        settings = json.loads((Path(launched.env["XDG_CONFIG_HOME"]) / "seranking-tray" / "settings.json").read_text())
        return len(settings["accounts"])

    def wait_registered(self, launched: FakeLaunched, timeout: float = 20.0) -> float:
        return 0.2 + 0.001 * self.accounts_of(launched)

    def wait_tooltip(self, launched: FakeLaunched, shows: Callable[[str], bool], timeout: float = 20.0) -> float:
        count = self.accounts_of(launched)
        tooltip = "Balance: $1,234.50" if count == 1 else f"{count} accounts fine"
        assert shows(tooltip) and not shows("Balance: $1,234.50 (stale)" if count == 1 else "1 account fine")
        return 1.0 + 0.1 * count

    def stop(self, launched: FakeLaunched) -> None:
        self.stopped += 1


def test_the_accounts_phase_is_registered() -> None:
    assert "accounts" in bench_run.PHASES
    assert bench_run.parse_args(["--phases", "accounts"]).phases == "accounts"


def test_measure_stores_each_count_and_reports_every_figure(
    tmp_path: Path, fake_api: FakeSeRanking, monkeypatch: Any
) -> None:
    monkeypatch.setattr(bench_accounts, "IDLE_SECONDS", 0.0)
    monkeypatch.setattr(bench_accounts.time, "sleep", lambda _seconds: None)
    bench = FakeBench(FakeSession(tmp_path))
    rss_by_pid: dict[int, float] = {}

    def rss(pid: int) -> float:
        launched = next(item for item in bench.launched if item.pid == pid)
        rss_by_pid[pid] = (80.0 + 0.5 * bench.accounts_of(launched)) * 1024  # KiB
        return rss_by_pid[pid]

    result = bench_accounts.measure_accounts(bench, fake_api, 2, REPO, rss, counts=(1, 3), log=lambda _line: None)
    assert len(bench.launched) == 3 * 2 and bench.stopped == 6  # a warm-up round and two measured, per count
    assert set(result["counts"]) == {"1", "3"}
    assert result["counts"]["3"]["time_to_tray_s"] == 0.203
    assert result["counts"]["1"]["time_to_all_data_s"] == 1.1
    assert result["counts"]["3"]["steady_rss_mib"] == 81.5
    assert result["mib_per_account"] == 0.5
    assert abs(result["tray_ratio"] - 0.203 / 0.201) < 1e-9
    # Every key stored is served by the fake: the app's accounts can all be checked.
    assert all(not f.env.get("SERANKING_API_KEY") for f in bench.launched)

    checks = bench_run.verdicts({"accounts": result})
    by_target = {check.target: check for check in checks if "accounts" in check.target or "per account" in check.target}
    assert len(by_target) == 2 and all(check.met for check in by_target.values()), by_target
    text = bench_run.markdown(
        {
            "accounts": result,
            "config": {"mode": "quick", "runs": 2, "window": 20.0, "leak_cycles": 100},
            "started_at": "now",
            "machine": "test",
        },
        checks,
    )
    assert "| 3 accounts: time to tray / to every account's data (ms); steady RSS (MiB) | 203 / 1300; 81.5 |" in text
    assert "| 1 account: time to tray" in text
    assert "steady RSS per account (1 -> 3) < 1.0 MiB | 0.50 MiB | met |" in text


def test_missed_and_missing_figures_are_said() -> None:
    missed = bench_accounts.summarise(
        {1: {"tray": [0.2], "data": [1.0], "rss": [80.0]}, 50: {"tray": [0.4], "data": [12.0], "rss": [180.0]}}
    )
    checks = {c.target: c for c in bench_run.verdicts({"accounts": missed})}
    assert checks["time to tray with 50 accounts <= 1.25 x with 1"].met is False
    assert checks["steady RSS per account (1 -> 50) < 1.0 MiB"].measured == "2.04 MiB"
    absent = {c.target: c for c in bench_run.verdicts({})}
    assert absent["time to tray with 50 accounts <= 1.25 x with 1"].met is None


def test_prepare_stores_the_accounts_like_the_cli(tmp_path: Path) -> None:
    env = {**private_env(tmp_path / "home"), "PYTHONPATH": str(REPO)}
    env["PYTHON_KEYRING_BACKEND"] = bench_accounts.KEYRING_BACKEND
    keys = [os.urandom(20).hex() for _ in range(3)]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.accounts", "prepare"],
        input="".join(f"{key}\n" for key in keys),
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "seranking_tray", "accounts", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    accounts = json.loads(listed.stdout)
    assert [a["label"] for a in accounts] == ["Client 01", "Client 02", "Client 03"]
    assert {a["key_source"] for a in accounts} == {"keyring"}
