"""One year of 15-minute checks in the balance history: how big the file gets, how fast `history` prints it.

    python -m benchmarks.history_year [--keep DIR] [--runs N]

Writes 35,040 synthetic readings (365 days × 96 a day) into a history under a private XDG_DATA_HOME, twice:

* worst case — the balance changes at every check (pay-per-check spending), so compaction cannot merge anything;
* typical — a subscription charged once a day with a top-up a month, so each day is one compacted row.

For each it prints the file size (budget: under 5 MB, WAL checkpointed) and the wall time of
`seranking-tray history` and `history --csv` run as the user would run them (a fresh interpreter, output to a
pipe), best of N (budget: under 1 s). Exits 1 when a budget is missed. A benchmark, not a test: timings depend
on the machine, so the suite does not assert them.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from seranking_tray.domain.readings import Reading
from seranking_tray.store.history import HISTORY_FILE, HistoryStore

MAX_BYTES = 5 * 1024 * 1024
MAX_SECONDS = 1.0
STEP = timedelta(minutes=15)
CHECKS = 365 * 96
END = datetime(2026, 1, 1, tzinfo=UTC)


def every_check_changes() -> Iterator[Reading]:
    start, balance = END - CHECKS * STEP, 60_000.0
    for i in range(CHECKS):
        at = start + i * STEP
        balance -= 0.37 + (i % 7) * 0.05  # a little spent at every check
        yield Reading("default", at, at, round(balance, 2), "USD", "manual", None, "ok")


def daily_charges() -> Iterator[Reading]:
    start, balance = END - CHECKS * STEP, 400.0
    for i in range(CHECKS):
        at = start + i * STEP
        if i % 96 == 0:
            balance -= 12.0  # the daily charge
        if i % (30 * 96) == 0:
            balance += 360.0  # a monthly top-up
        yield Reading("default", at, at, balance, "USD", "subscription", False, "ok")


def file_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the size the file settles at, journal folded in
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def time_cli(env: dict[str, str], *args: str, runs: int) -> tuple[float, int]:
    best, lines = float("inf"), 0
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "seranking_tray", "history", *args],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        best = min(best, time.perf_counter() - started)
        lines = proc.stdout.count("\n")
    return best, lines


def run_case(name: str, readings: Iterator[Reading], home: Path, runs: int) -> bool:
    data_home = home / name / "data"
    path = data_home / "seranking-tray" / HISTORY_FILE
    started = time.perf_counter()
    with HistoryStore.open(path) as store:
        written = store.record_many(readings)
        rows = len(store.readings())
    write_seconds = time.perf_counter() - started
    size = file_size(path)
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "PYTHONDONTWRITEBYTECODE": "1"}
    table_seconds, table_lines = time_cli(env, runs=runs)
    csv_seconds, csv_lines = time_cli(env, "--csv", runs=runs)
    ok = size < MAX_BYTES and table_seconds < MAX_SECONDS and csv_seconds < MAX_SECONDS
    print(f"{name}: {written:,} checks → {rows:,} rows, written in {write_seconds:.2f} s")
    print(f"  file size            {size / 1024 / 1024:6.2f} MB   (budget < {MAX_BYTES / 1024 / 1024:.0f} MB)")
    print(f"  history              {table_seconds:6.3f} s    ({table_lines:,} lines; budget < {MAX_SECONDS:.0f} s)")
    print(f"  history --csv        {csv_seconds:6.3f} s    ({csv_lines:,} lines)")
    print(f"  {'met' if ok else 'NOT MET'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="write the histories here and keep them (default: a temp dir)")
    parser.add_argument("--runs", type=int, default=3, help="CLI runs per measurement; the best counts")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="history-year-") as temp:
        home = args.keep or Path(temp)
        results = [
            run_case("worst-case", every_check_changes(), home, args.runs),
            run_case("typical", daily_charges(), home, args.runs),
        ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
