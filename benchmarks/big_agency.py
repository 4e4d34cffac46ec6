"""A big agency: 1,000 sub-accounts and 5,000 projects — what reading and showing them costs.

    python -m benchmarks.big_agency [--json FILE]

Serves the two lists from the loopback fake (1,000 sub-accounts over 10 pages; 5,000 projects in one answer of
about 1 MiB), reads them with the app's fetcher as the tray's worker does, and opens the account window on them
(Qt offscreen unless a display is set). Reports:

* the wall time of the fetch (11 requests, the per-key rate limit in force: 5 a second);
* the memory the kept lists cost (Python allocations still held, by tracemalloc) and the peak while parsing;
* the process's RSS growth from reading and from opening the window;
* the longest event-loop gap while the window opens (a 50 ms timer's longest interval; budget: under 1 s).

Exits 1 when the gap budget is missed. A benchmark, not a test: figures depend on the machine (the suite's
tests/test_lists_gui.py asserts the gap budget).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import secrets
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from harness.faults import FakeSeRanking
from seranking_tray.api.lists import ListsFetcher
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.health import Health
from seranking_tray.domain.lists import Lists
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.testing.fake_lists import sample_sites, sample_sub_accounts

SUB_ACCOUNTS = 1000
PROJECTS = 5000
MAX_GAP = 1.0


def rss_bytes() -> int:
    """Resident set size (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def measure() -> dict[str, Any]:
    key = secrets.token_hex(20)
    with FakeSeRanking(key) as fake:
        fake.sub_accounts = sample_sub_accounts(SUB_ACCOUNTS, blocked=(5, 500, 999))
        fake.sites = sample_sites(PROJECTS, paused=200)
        account = Account(AccountConfig(AccountId("big"), "Agency"), fake.url, ApiKey(key), KeySource.ENVIRONMENT)
        fetcher = ListsFetcher(account)
        gc.collect()
        rss_before = rss_bytes()
        tracemalloc.start()
        started = time.perf_counter()
        lists = fetcher.fetch()
        fetch_seconds = time.perf_counter() - started
        gc.collect()
        kept, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_fetched = rss_bytes()
        fetcher.close()
        sizes = [r.body_bytes for r in fake.requests]
    assert lists.sub_accounts is not None and lists.sub_accounts.count == SUB_ACCOUNTS
    assert lists.projects is not None and lists.projects.count == PROJECTS
    window = open_window(lists)
    return {
        "sub_accounts": SUB_ACCOUNTS,
        "projects": PROJECTS,
        "requests": len(sizes),
        "bytes_received": sum(sizes),
        "fetch_seconds": round(fetch_seconds, 3),
        "kept_bytes": kept,
        "parse_peak_bytes": peak,
        "rss_growth_fetch_bytes": rss_fetched - rss_before,
        **window,
    }


def open_window(lists: Lists) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application is made
    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = AccountView(
        Account(AccountConfig(AccountId("big"), "Agency"), "https://api4.seranking.com", None),
        health=Health.ATTENTION,
        message="3 sub-accounts blocked by limits",
        lists=lists,
    )
    gaps: list[float] = []
    last = [time.monotonic()]
    rss: dict[str, int] = {}

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now
        if "window" in rss and len(gaps) >= rss["ticks"] + 10:
            app.quit()

    windows: list[AccountWindow] = []

    def show() -> None:
        rss["before"] = rss_bytes()
        window = AccountWindow(demo=False)
        windows.append(window)
        window.update_view(view, True)
        window.show()
        rss["window"] = rss_bytes()
        rss["ticks"] = len(gaps)

    probe = QTimer()
    probe.setInterval(50)
    probe.timeout.connect(tick)
    probe.start()
    QTimer.singleShot(200, show)
    app.exec()
    probe.stop()
    return {
        "window_rss_growth_bytes": rss["window"] - rss["before"],
        "longest_event_loop_gap_seconds": round(max(gaps), 3),
        "rows_in_window": windows[0].lists.model.rowCount(),
    }


def markdown(result: dict[str, Any]) -> str:
    mib = 1 << 20
    gap = result["longest_event_loop_gap_seconds"]
    verdict = "met" if gap < MAX_GAP else "NOT met"
    return "\n".join(
        [
            f"## A big agency: {result['sub_accounts']:,} sub-accounts, {result['projects']:,} projects",
            "",
            "| figure | value |",
            "|---|---|",
            f"| requests (10 pages + 1) | {result['requests']} |",
            f"| bytes received | {result['bytes_received'] / mib:.2f} MiB |",
            f"| fetch time (rate limit in force) | {result['fetch_seconds']:.2f} s |",
            f"| lists kept in memory (tracemalloc) | {result['kept_bytes'] / mib:.2f} MiB |",
            f"| peak while parsing (tracemalloc) | {result['parse_peak_bytes'] / mib:.2f} MiB |",
            f"| RSS growth: reading | {result['rss_growth_fetch_bytes'] / mib:.2f} MiB |",
            f"| RSS growth: opening the window | {result['window_rss_growth_bytes'] / mib:.2f} MiB |",
            f"| longest event-loop gap opening the window | {gap:.3f} s ({verdict}: budget < 1 s) |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.big_agency", description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    result = measure()
    print(markdown(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["longest_event_loop_gap_seconds"] < MAX_GAP else 1


if __name__ == "__main__":
    raise SystemExit(main())
