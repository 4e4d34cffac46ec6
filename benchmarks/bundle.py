"""Benchmark the Linux one-folder bundle: its size on disk and in its packages, and its start-up time to a tray item
next to the same app run from the source tree, in one real desktop session.

    python -m benchmarks.bundle [--bundle DIST_DIR] [--runs N] [--out benchmarks/results]

Without --bundle it builds one first with scripts/build-bundle.py (into a temporary directory) and reports how long
that took. Writes ``bundle.json`` into the output directory and prints a summary. Other benchmarks can import
:func:`bundle_size`, :func:`build_bundle` and :func:`time_to_tray_item`.

Start-up is the time from starting the process to the StatusNotifierWatcher's ``StatusNotifierItemRegistered``
signal for that process's item: when a panel can first show the icon. The signal is received, not polled, so the
measurement does not wake the app. Bundle and source runs alternate, so a drift of the machine hits both alike (on
these 2-core machines medians move about ±20% between runs; compare within one run only).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from jeepney import MatchRule, MessageType, message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.low_level import HeaderFields
from jeepney.wrappers import DBusErrorResponse

from harness import sni
from harness.faults import FakeSeRanking
from harness.session import WATCHER_INTERFACE, DesktopSession
from seranking_tray import __version__

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
BUILD_SCRIPT: Final = REPO_ROOT / "scripts" / "build-bundle.py"
START_TIMEOUT: Final = 30.0
MIB: Final = 1024 * 1024


def log(message: str) -> None:
    sys.stderr.write(message + "\n")


def summary(values: Sequence[float]) -> dict[str, Any]:
    return {
        "median": statistics.median(values) if values else None,
        "min": min(values, default=None),
        "max": max(values, default=None),
        "n": len(values),
        "values": [round(value, 4) for value in values],
    }


# --- size ------------------------------------------------------------------------------------------------------


def bundle_size(folder: Path) -> dict[str, Any]:
    """Bytes and files of a one-folder bundle, with its ten largest parts (top-level entries of _internal/)."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    parts: dict[str, int] = {}
    internal = folder / "_internal"
    for path in files:
        relative = path.relative_to(internal) if path.is_relative_to(internal) else path.relative_to(folder)
        key = relative.parts[0] if len(relative.parts) > 1 else str(relative)
        if len(relative.parts) > 2 and relative.parts[0] == "PySide6":
            key = "/".join(relative.parts[:3])  # PySide6/Qt/lib vs PySide6/Qt/plugins vs the bindings
        parts[key] = parts.get(key, 0) + path.stat().st_size
    largest = sorted(parts.items(), key=lambda item: item[1], reverse=True)[:10]
    return {
        "bytes": sum(path.stat().st_size for path in files),
        "files": len(files),
        "largest_parts_bytes": dict(largest),
    }


def build_bundle(dist: Path, work: Path) -> tuple[Path, float]:
    """Build with scripts/build-bundle.py as a release would (full compression); the dist folder and seconds."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--dist", str(dist), "--work", str(work)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return dist, time.monotonic() - started


# --- start-up --------------------------------------------------------------------------------------------------


def time_to_tray_item(
    session: DesktopSession, argv: Sequence[str], env: Mapping[str, str], *, timeout: float = START_TIMEOUT
) -> float:
    """Seconds from starting ``argv`` in ``session`` to the watcher announcing that process's tray item.

    The process is stopped afterwards, and the panel given time to drop its item before this returns.
    """
    connection = open_dbus_connection(bus=session.bus_address)
    try:
        rule = MatchRule(type="signal", interface=WATCHER_INTERFACE, member="StatusNotifierItemRegistered")
        connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
        started = time.monotonic()
        process = session.spawn(list(argv), name=Path(argv[0]).name, extra_env=dict(env))
        try:
            deadline = started + timeout
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"{argv[0]} showed no tray item within {timeout} s")
                try:
                    message = connection.receive(timeout=remaining)
                except TimeoutError:
                    continue
                arrived = time.monotonic()
                header = message.header
                if header.message_type is not MessageType.signal:
                    continue
                if header.fields.get(HeaderFields.member) != "StatusNotifierItemRegistered":
                    continue
                (item,) = message.body
                if sni.item_owner_pid(session, str(item)) == process.pid:
                    return arrived - started
        finally:
            process.terminate()
            process.wait(10)
            _wait_until_gone(session, process.pid)
    finally:
        connection.close()


def _wait_until_gone(session: DesktopSession, pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        owners = set()
        for item in sni.registered_items(session):
            # The item may go away while being asked: that is what is waited for.
            with contextlib.suppress(DBusErrorResponse):
                owners.add(sni.item_owner_pid(session, item))
        if pid not in owners:
            return
        time.sleep(0.02)


def measure_startup(bundle_gui: Path, runs: int) -> dict[str, Any]:
    key = secrets.token_hex(20)
    times: dict[str, list[float]] = {"bundle": [], "source": []}
    commands = {"bundle": [str(bundle_gui)], "source": [sys.executable, "-m", "seranking_tray"]}
    with FakeSeRanking(key) as fake, DesktopSession(keyring=False) as session:
        env = {"SERANKING_API_URL": fake.url, "SERANKING_API_KEY": key, "PYTHONPATH": str(REPO_ROOT)}
        for round_number in range(runs + 1):
            for kind in ("bundle", "source"):
                seconds = time_to_tray_item(session, commands[kind], env)
                if round_number == 0:
                    continue  # warms the page cache for both: a cold first start measures the disk
                times[kind].append(seconds)
                log(f"  {kind:6} run {round_number}: tray item after {seconds * 1000:.0f} ms")
    result = {kind: summary(values) for kind, values in times.items()}
    bundle_median, source_median = result["bundle"]["median"], result["source"]["median"]
    result["bundle_to_source_ratio"] = bundle_median / source_median if bundle_median and source_median else None
    return result


# --- the whole benchmark ------------------------------------------------------------------------------------------


def run(dist: Path | None, runs: int) -> dict[str, Any]:
    build_seconds = None
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as scratch:
        if dist is None:
            log("building the bundle (scripts/build-bundle.py) ...")
            dist, build_seconds = build_bundle(Path(scratch) / "dist", Path(scratch) / "work")
        folder = dist / "seranking-tray"
        size = bundle_size(folder)
        packages = {path.name: path.stat().st_size for path in sorted(dist.glob("*.*")) if path.is_file()}
        log(f"bundle: {size['bytes'] / MIB:.1f} MiB in {size['files']} files")
        log(f"start-up to tray item, {runs} runs each (plus one warm-up):")
        startup = measure_startup(folder / "seranking-tray-gui", runs)
    return {
        "taken_at": datetime.now(UTC).isoformat(),
        "version": __version__,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
        "build_seconds": build_seconds,
        "bundle": size,
        "packages_bytes": packages,
        "startup_to_tray_item_s": startup,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Size and start-up time of the Linux one-folder bundle.")
    parser.add_argument("--bundle", type=Path, help="a dist directory from scripts/build-bundle.py (else build one)")
    parser.add_argument("--runs", type=int, default=5, help="start-ups per kind (default 5)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)
    result = run(args.bundle.resolve() if args.bundle else None, args.runs)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "bundle.json"
    target.write_text(json.dumps(result, indent=2) + "\n")
    startup = result["startup_to_tray_item_s"]
    lines = [
        f"bundle size: {result['bundle']['bytes'] / MIB:.1f} MiB ({result['bundle']['files']} files)",
        *(f"{name}: {size / MIB:.1f} MiB" for name, size in result["packages_bytes"].items()),
        f"start-up to tray item, median: bundle {startup['bundle']['median'] * 1000:.0f} ms, "
        f"source {startup['source']['median'] * 1000:.0f} ms",
    ]
    if result["build_seconds"] is not None:
        lines.append(f"build (PyInstaller + .tar.gz + .deb): {result['build_seconds']:.0f} s")
    sys.stdout.write("\n".join(lines) + f"\nwritten to {target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
