"""The benchmark's peers (benchmarks/peers.py, issue 18) without a desktop: who is measured, in which order, and how
their figures reach the targets and the table — so a peer cannot silently drop out of the comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import peers as bench_peers
from benchmarks import run as bench_run


def startup(medians: dict[str, float]) -> dict[str, Any]:
    return {
        "time_to_tray_s": {
            kind: {"median": value, "min": value, "max": value, "n": 1, "values": [value]}
            for kind, value in medians.items()
        },
        "time_to_first_data_s": {"median": 0.25, "min": 0.25, "max": 0.25, "n": 1, "values": [0.25]},
    }


def memory(medians: dict[str, tuple[float, float]]) -> dict[str, Any]:
    def figure(value: float) -> dict[str, Any]:
        return {"median": value, "min": value, "max": value, "n": 1, "values": [value]}

    zero = figure(0.0)
    return {
        kind: {
            "steady_rss_mib": figure(rss),
            "peak_rss_mib": figure(rss + 1),
            "pss_mib": figure(pss),
            "idle_cpu_s_per_min": zero,
            "wakeups_per_min": figure(2.0),
            "threads": figure(5.0),
            "fds": figure(20.0),
        }
        for kind, (rss, pss) in medians.items()
    }


PEERS = {"syncthingtray": "Syncthing Tray 1.3.2 (C++/Qt 5, Debian)", "vorta": "Vorta 0.10.3 (Python/PyQt6, PyPI)"}


def test_every_kind_takes_every_place_in_turn() -> None:
    kinds = ["app", "app_keyring", "bare", "syncthingtray", "vorta"]
    orders = [bench_run.turn_order(kinds, number) for number in range(len(kinds) * 2)]
    assert all(sorted(order) == sorted(kinds) for order in orders)
    for kind in kinds:
        assert {order.index(kind) for order in orders} == set(range(len(kinds)))
    assert orders[1] != orders[0] and orders[1][::-1] != orders[0]


def test_both_peers_are_measured_by_default_and_unknown_ones_refused() -> None:
    assert bench_run.parse_args([]).peers.split(",") == ["syncthingtray", "vorta"]
    assert bench_run.parse_args(["--peers", ""]).peers == ""
    with pytest.raises(SystemExit):
        bench_run.parse_args(["--peers", "dropbox"])
    # Issue 18: medians of at least 9 alternating runs in a full run.
    assert bench_run.Config.from_args(bench_run.parse_args([])).runs >= 9


def test_a_peer_gets_a_config_dir_of_the_benchmarks(tmp_path: Path) -> None:
    peer = bench_peers.Peer("syncthingtray", "Syncthing Tray", ["syncthingtray", "qt-widgets-gui", "--new-instance"])
    assert peer.argv(tmp_path) == ["syncthingtray", "qt-widgets-gui", "--new-instance"]
    configured = bench_peers.Peer("x", "X", ["x"], config_flag=("--config-dir-path",))
    assert configured.argv(tmp_path) == ["x", "--config-dir-path", str(tmp_path)]
    assert bench_peers.cache_root({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "seranking-tray-benchmarks"


def test_syncthing_tray_is_installed_where_the_benchmark_runs() -> None:
    # scripts/desktop-deps installs it; without it the benchmark would leave the C++ peer out.
    peer = bench_peers.syncthing_tray()
    assert Path(peer.command[0]).name == "syncthingtray" and "Syncthing Tray" in peer.label


def test_a_peer_that_cannot_be_set_up_is_reported_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> bench_peers.Peer:
        raise RuntimeError("no such program")

    monkeypatch.setattr(bench_peers, "syncthing_tray", broken)
    found, problems = bench_peers.find_peers(["syncthingtray"], lambda _line: None)
    assert found == [] and "no such program" in problems["syncthingtray"]


def test_the_peers_reach_the_targets_and_the_table() -> None:
    results = {
        "peers": PEERS,
        "startup": startup({"app": 0.150, "app_keyring": 0.155, "bare": 0.140, "syncthingtray": 0.180, "vorta": 0.340}),
        "memory": memory(
            {
                "app": (66.0, 40.0),
                "app_keyring": (67.0, 41.0),
                "bare": (48.0, 26.6),
                "syncthingtray": (124.7, 84.1),
                "vorta": (110.7, 94.0),
            }
        ),
        "config": {"mode": "quick", "runs": 9, "window": 60.0, "leak_cycles": 100},
        "started_at": "now",
        "machine": "test",
    }
    checks = {check.target: check for check in bench_run.verdicts(results)}
    assert checks["time to tray <= 1.15 x bare (key in the environment)"].met is True
    assert checks["time to tray <= 1.15 x bare (key in the Secret Service)"].met is True
    below = checks["time to tray below every peer's (key in the Secret Service)"]
    assert below.met is True and below.measured == "0.86 x the fastest peer"
    assert checks["steady RSS <= 1.5 x bare (key in the Secret Service)"].met is True
    text = bench_run.markdown(results, list(checks.values()))
    assert "| Syncthing Tray 1.3.2 (C++/Qt 5, Debian) | 180 (1.29 ×) | 124.7 (2.60 ×) | 84.1 |" in text
    assert "| Vorta 0.10.3 (Python/PyQt6, PyPI) | 340 (2.43 ×) | 110.7 (2.31 ×) | 94.0 |" in text
    assert "| bare PySide6 tray (the floor) | 140 | 48.0 | 26.6 |" in text
    assert "| **SE Ranking Tray** (key in the Secret Service) | 155 (1.11 ×) | 67.0 (1.40 ×) | 41.0 |" in text

    # A slower app misses, and a missing peer makes "below every peer" unmeasured rather than met.
    slow = {**results, "startup": startup({"app": 0.2, "app_keyring": 0.2, "bare": 0.14, "syncthingtray": 0.18})}
    slow_checks = {check.target: check for check in bench_run.verdicts(slow)}
    assert slow_checks["time to tray <= 1.15 x bare (key in the environment)"].met is False
    assert slow_checks["time to tray below every peer's (key in the environment)"].met is None
