"""The accounts dimension of the benchmark: time to tray, time until every account shows data, and steady RSS with
1, 10 and 50 accounts (issue 13: time to tray independent of the number of accounts; under 1 MiB per account); and
the idle cost between checks with the fewest and the most accounts side by side (issue 18: idle CPU <= 0.05 s per
minute with 50 accounts, and no more wake-ups than with one: no timer per account firing when nothing is due).

Each count gets settings and data dirs of its own in the session, its accounts stored the CLI's way
(`AccountList.add`, in a file keyring so that 50 keys are quick to store), every key served by the same loopback
fake. ``python -m benchmarks.accounts prepare`` is that storing step, run inside the session (keys on stdin).
"""

from __future__ import annotations

import contextlib
import secrets
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, Protocol

from benchmarks.probes import ProcSample, wakeups_between
from harness.faults import FakeSeRanking
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.service.account_list import AccountList
from seranking_tray.store.settings import ensure_accounts, load_settings

ACCOUNT_COUNTS: Final = (1, 10, 50)
IDLE_SECONDS: Final = 10.0  # after every account showed data: the spread first checks and their tails are over
TARGET_TRAY_RATIO: Final = 1.25  # time to tray with the most accounts / with one (noise allowed, no growth)
TARGET_MIB_PER_ACCOUNT: Final = 1.0
TARGET_IDLE_CPU_PER_MIN: Final = 0.05
# Wake-ups are counts of sleeps that ended (all threads): the most accounts may cost at most this many more per
# minute than one account; a timer per account firing between checks would add dozens.
WAKEUP_SLACK_PER_MIN: Final = 2.0
KEYRING_BACKEND: Final = "harness.file_keyring.FileKeyring"
MIB: Final = 1024.0  # KiB per MiB


class Launched(Protocol):
    pid: int
    first_data: float | None
    started: float


class BenchLike(Protocol):
    """What this phase uses of benchmarks.run.Bench (a Protocol: run.py imports this module, not the reverse)."""

    session: Any

    def launch_with(self, argv: list[str], env: dict[str, str]) -> Any: ...
    def wait_registered(self, launched: Any, timeout: float = ...) -> float: ...
    def wait_tooltip(self, launched: Any, shows: Callable[[str], bool], timeout: float = ...) -> float: ...
    def stop(self, launched: Any) -> None: ...


def all_shown(count: int) -> Callable[[str], bool]:
    """The tooltip once every account has fresh data: the balance (one account) or "N accounts fine"."""
    if count == 1:
        return lambda tip: "1,234.50" in tip and "stale" not in tip
    return lambda tip: f"{count} accounts fine" in tip


def account_dirs(root: Path, count: int) -> dict[str, str]:
    base = root / f"accounts-{count}"
    dirs = {name: base / name.lower() for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    return {name: str(path) for name, path in dirs.items()}


def prepare(bench: BenchLike, fake: FakeSeRanking, count: int, repo: Path) -> dict[str, str]:
    """Store `count` accounts for `fake` in dirs of their own; the environment the app then runs with."""
    env = {
        **account_dirs(bench.session.root, count),
        "PYTHON_KEYRING_BACKEND": KEYRING_BACKEND,
        "PYTHONPATH": str(repo),
        "SERANKING_API_URL": fake.url,
    }
    keys = [secrets.token_hex(20) for _ in range(count)]
    for key in keys:
        fake.set_key_state(key)
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.accounts", "prepare"],
        input="".join(f"{key}\n" for key in keys),
        env=bench.session.env(**env),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"storing {count} accounts failed: {result.stderr.strip()[-500:]}")
    return env


def forget_history(env: dict[str, str]) -> None:
    """No readings to restore: "N accounts fine" then means every account's first check answered (restored last
    readings would say it at once, and the idle window would overlap the spread first checks)."""
    folder = Path(env["XDG_DATA_HOME"]) / "seranking-tray"
    for path in folder.glob("history.sqlite3*"):
        path.unlink()


def measure_accounts(
    bench: BenchLike,
    fake: FakeSeRanking,
    runs: int,
    repo: Path,
    sample_rss_kib: Callable[[int], float],
    counts: Sequence[int] = ACCOUNT_COUNTS,
    log: Callable[[str], None] = print,
    sample_process: Callable[[int], ProcSample] | None = None,
    idle_window: float = 60.0,
) -> dict[str, Any]:
    """``sample_process`` (probes.sample) adds the idle window: the fewest and the most accounts side by side."""
    envs = {count: prepare(bench, fake, count, repo) for count in counts}
    figures: dict[int, dict[str, list[float]]] = {c: {"tray": [], "data": [], "rss": []} for c in counts}
    # Round 0 warms caches (not counted); the counts take turns within each round so drift hits them alike.
    for round_number in range(runs + 1):
        order = list(counts) if round_number % 2 == 0 else list(reversed(counts))
        for count in order:
            forget_history(envs[count])
            launched = bench.launch_with([sys.executable, "-m", "seranking_tray"], envs[count])
            try:
                to_tray = bench.wait_registered(launched)
                to_data = bench.wait_tooltip(launched, all_shown(count), timeout=60 + count)
                time.sleep(IDLE_SECONDS)  # an idle stretch, as for the steady RSS of one account
                rss = sample_rss_kib(launched.pid) / MIB
            finally:
                bench.stop(launched)
            if round_number == 0:
                continue
            figures[count]["tray"].append(to_tray)
            figures[count]["data"].append(to_data)
            figures[count]["rss"].append(rss)
            log(
                f"  [accounts] {count:2} account{'s' if count != 1 else ' '}, run {round_number}: "
                f"tray {to_tray * 1000:.0f} ms, all data {to_data * 1000:.0f} ms, RSS {rss:.1f} MiB"
            )
            time.sleep(0.3)  # let the panel drop the old item before the next start
    result = summarise(figures)
    if sample_process is not None:
        ends = (min(counts), max(counts))
        result["idle"] = measure_idle(bench, {count: envs[count] for count in ends}, sample_process, idle_window, log)
    return result


def thread_names(pid: int) -> dict[int, str]:
    """Each thread's name (`/proc/<pid>/task/<tid>/comm`: Qt names its threads; Python's show the program's)."""
    names = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            names[int(task.name)] = (task / "comm").read_text().strip()
    return names


def measure_idle(
    bench: BenchLike,
    envs: dict[int, dict[str, str]],
    sample_process: Callable[[int], ProcSample],
    window: float,
    log: Callable[[str], None],
) -> dict[str, Any]:
    """CPU and wake-ups per minute of each count's app over one shared idle window between checks (the default
    15-minute interval: the first checks, spread over 10 s, are over before the window starts)."""
    for env in envs.values():
        forget_history(env)
    launched = {count: bench.launch_with([sys.executable, "-m", "seranking_tray"], env) for count, env in envs.items()}
    try:
        for count, app in launched.items():
            bench.wait_registered(app)
            bench.wait_tooltip(app, all_shown(count), timeout=60 + count)
        time.sleep(IDLE_SECONDS)
        begin = {count: sample_process(app.pid) for count, app in launched.items()}
        time.sleep(window)
        end = {count: sample_process(app.pid) for count, app in launched.items()}
        names = {count: thread_names(app.pid) for count, app in launched.items()}
    finally:
        for app in launched.values():
            bench.stop(app)
    result: dict[str, Any] = {}
    for count in launched:
        minutes = (end[count].at - begin[count].at) / 60.0
        woken, _ended = wakeups_between(begin[count], end[count])
        result[str(count)] = {
            "idle_cpu_s_per_min": (end[count].cpu_seconds - begin[count].cpu_seconds) / minutes,
            "wakeups_per_min": woken / minutes,
            "window_s": end[count].at - begin[count].at,
        }
        # Which threads woke: the first thing to read when the wake-ups grow.
        woke = {
            f"{names[count].get(tid, '?')}/{tid}": n - begin[count].voluntary_by_thread.get(tid, 0)
            for tid, n in end[count].voluntary_by_thread.items()
            if n - begin[count].voluntary_by_thread.get(tid, 0)
        }
        log(
            f"  [accounts] idle, {count} account(s): CPU {result[str(count)]['idle_cpu_s_per_min']:.3f} s/min, "
            f"{result[str(count)]['wakeups_per_min']:.1f} wake-ups/min ({woke})"
        )
    return result


def _median(values: Sequence[float]) -> float | None:
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def summarise(figures: dict[int, dict[str, list[float]]]) -> dict[str, Any]:
    """The JSON of the phase: per count the medians (and values), and the two derived figures of the targets."""
    per_count: dict[str, Any] = {}
    for count, values in sorted(figures.items()):
        per_count[str(count)] = {
            "time_to_tray_s": _median(values["tray"]),
            "time_to_all_data_s": _median(values["data"]),
            "steady_rss_mib": _median(values["rss"]),
            "values": {name: [round(v, 4) for v in vs] for name, vs in values.items()},
        }
    counts = sorted(figures)
    few, many = str(counts[0]), str(counts[-1])
    tray_few, tray_many = per_count[few]["time_to_tray_s"], per_count[many]["time_to_tray_s"]
    rss_few, rss_many = per_count[few]["steady_rss_mib"], per_count[many]["steady_rss_mib"]
    extra = counts[-1] - counts[0]
    return {
        "counts": per_count,
        "tray_ratio": tray_many / tray_few if tray_few and tray_many is not None else None,
        "mib_per_account": (rss_many - rss_few) / extra if extra and None not in (rss_few, rss_many) else None,
        "compared": [counts[0], counts[-1]],
    }


def targets(result: dict[str, Any] | None) -> list[tuple[str, float | None, float, Callable[[float], str]]]:
    """(target, measured, limit, format) for run.py's verdicts: None measured when the phase did not run."""
    few, many = (result or {}).get("compared") or (ACCOUNT_COUNTS[0], ACCOUNT_COUNTS[-1])
    return [*_idle_targets(result), *_growth_targets(result, few, many)]


def _idle_targets(result: dict[str, Any] | None) -> list[tuple[str, float | None, float, Callable[[float], str]]]:
    idle = (result or {}).get("idle")
    if not idle:
        return []  # measured only with a process sampler (the real run); the unit tests fake the processes
    few, many = sorted(idle, key=int)[0], sorted(idle, key=int)[-1]
    extra = idle[many]["wakeups_per_min"] - idle[few]["wakeups_per_min"]
    return [
        (
            f"idle CPU with {many} accounts <= {TARGET_IDLE_CPU_PER_MIN} s per minute",
            idle[many]["idle_cpu_s_per_min"],
            TARGET_IDLE_CPU_PER_MIN,
            "{:.3f} s/min".format,
        ),
        (
            f"idle wake-ups with {many} accounts <= with {few} + {WAKEUP_SLACK_PER_MIN:.0f} per minute",
            extra,
            WAKEUP_SLACK_PER_MIN,
            "{:+.1f} per minute".format,
        ),
    ]


def _growth_targets(
    result: dict[str, Any] | None, few: int, many: int
) -> list[tuple[str, float | None, float, Callable[[float], str]]]:
    return [
        (
            f"time to tray with {many} accounts <= {TARGET_TRAY_RATIO} x with {few}",
            (result or {}).get("tray_ratio"),
            TARGET_TRAY_RATIO,
            "{:.2f} x".format,
        ),
        (
            f"steady RSS per account ({few} -> {many}) < {TARGET_MIB_PER_ACCOUNT} MiB",
            (result or {}).get("mib_per_account"),
            TARGET_MIB_PER_ACCOUNT,
            "{:.2f} MiB".format,
        ),
    ]


def rows(result: dict[str, Any] | None) -> list[tuple[str, str, str, str]]:
    """The Markdown table's rows: one per account count."""
    out: list[tuple[str, str, str, str]] = []
    for count, idle in ((result or {}).get("idle") or {}).items():
        out.append(
            (
                f"{count} account{'s' if count != '1' else ''}, idle between checks: CPU (s per minute); wake-ups "
                "per minute",
                f"{idle['idle_cpu_s_per_min']:.3f}; {idle['wakeups_per_min']:.1f}",
                "",
                "",
            )
        )
    for count, figures in ((result or {}).get("counts") or {}).items():
        tray, data, rss = (figures.get(name) for name in ("time_to_tray_s", "time_to_all_data_s", "steady_rss_mib"))
        out.append(
            (
                f"{count} account{'s' if count != '1' else ''}: time to tray / to every account's data (ms); "
                "steady RSS (MiB)",
                " / ".join("—" if v is None else f"{v * 1000:.0f}" for v in (tray, data))
                + ("; —" if rss is None else f"; {rss:.1f}"),
                "",
                "",
            )
        )
    return out


def _store_from_stdin() -> int:
    """`prepare`: one account per key line on stdin, labelled "Client NN", stored as `accounts add` would."""
    accounts = AccountList(ensure_accounts(load_settings()).settings)
    for number, line in enumerate(sys.stdin):
        if line.strip():
            accounts.add(f"Client {number + 1:02}", ApiKey(line))
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["prepare"]:
        sys.exit("usage: python -m benchmarks.accounts prepare  (keys on stdin, one a line)")
    sys.exit(_store_from_stdin())
