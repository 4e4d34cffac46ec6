"""What the benchmark reads from outside a process: /proc figures, and the tray as a panel sees it over D-Bus.

Everything here observes without disturbing: /proc reads cost the measured process nothing, and the D-Bus side
listens for the signals the app and the StatusNotifierWatcher send anyway (``StatusNotifierItemRegistered``,
``NewToolTip``) instead of polling the app, which would wake its GUI thread and skew the idle and start-up figures.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from jeepney import MatchRule, MessageType, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.low_level import HeaderFields

WATCHER_INTERFACE: Final = "org.kde.StatusNotifierWatcher"
ITEM_INTERFACE: Final = "org.kde.StatusNotifierItem"
ITEM_REGISTERED: Final = "StatusNotifierItemRegistered"
NEW_TOOLTIP: Final = "NewToolTip"

_CLOCK_TICKS: Final = os.sysconf("SC_CLK_TCK")


# -- /proc ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProcSample:
    """One look at a live process. Memory in KiB; CPU in seconds (10 ms resolution: clock ticks)."""

    at: float  # time.monotonic() of the sample
    rss_kib: int
    hwm_kib: int
    threads: int
    fds: int
    cpu_seconds: float  # utime + stime of the whole process, exited threads included
    voluntary_switches: int  # summed over the live threads: each one is a wake-up after a sleep
    involuntary_switches: int
    voluntary_by_thread: dict[int, int]  # thread id -> its voluntary switches, to count wake-ups between samples


def wakeups_between(begin: ProcSample, end: ProcSample) -> tuple[int, int]:
    """(wake-ups of the threads alive at ``end`` since ``begin``, threads that ended in between).

    Per thread, because a thread that ends takes its count with it: a plain difference of sums could go negative.
    A thread that started in between counts from zero; the wake-ups of one that ended are not seen.
    """
    woken = sum(count - begin.voluntary_by_thread.get(tid, 0) for tid, count in end.voluntary_by_thread.items())
    ended = len(set(begin.voluntary_by_thread) - set(end.voluntary_by_thread))
    return woken, ended


def _status_fields(path: Path) -> dict[str, str]:
    fields = {}
    for line in path.read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return fields


def _kib(value: str) -> int:
    return int(value.split()[0])


def cpu_seconds(pid: int) -> float:
    stat = Path(f"/proc/{pid}/stat").read_text()
    # Fields after the parenthesised command name (which may contain spaces); utime and stime are 14 and 15.
    fields = stat.rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def context_switches(pid: int) -> dict[int, tuple[int, int]]:
    """Thread id -> (voluntary, involuntary) context switches, for each live thread of the process.

    /proc/<pid>/status alone counts the main thread only; Qt's xcb and D-Bus threads and the worker wake up too.
    """
    switches = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        # A thread may end between listing and reading.
        with contextlib.suppress(OSError):
            fields = _status_fields(task / "status")
            switches[int(task.name)] = (
                int(fields.get("voluntary_ctxt_switches", "0")),
                int(fields.get("nonvoluntary_ctxt_switches", "0")),
            )
    return switches


def sample(pid: int) -> ProcSample:
    """Raises OSError when the process is gone."""
    status = _status_fields(Path(f"/proc/{pid}/status"))
    switches = context_switches(pid)
    return ProcSample(
        at=time.monotonic(),
        rss_kib=_kib(status["VmRSS"]),
        hwm_kib=_kib(status["VmHWM"]),
        threads=int(status["Threads"]),
        fds=sum(1 for _fd in Path(f"/proc/{pid}/fd").iterdir()),
        cpu_seconds=cpu_seconds(pid),
        voluntary_switches=sum(voluntary for voluntary, _ in switches.values()),
        involuntary_switches=sum(involuntary for _, involuntary in switches.values()),
        voluntary_by_thread={tid: voluntary for tid, (voluntary, _) in switches.items()},
    )


def thread_names(pid: int) -> list[str]:
    names = []
    for task in sorted(Path(f"/proc/{pid}/task").iterdir(), key=lambda path: int(path.name)):
        with contextlib.suppress(OSError):
            names.append((task / "comm").read_text().strip())
    return names


def rss_by_mapping(pid: int) -> dict[str, int]:
    """Resident KiB per mapped file (by base name, version suffix dropped) plus ``[heap]``, ``[anon]``, ``[stack]``.

    Shows where an app's memory above the bare tray's goes: a library it loads, or Python objects (heap, anon).
    """
    totals: dict[str, int] = {}
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        first, _, rest = line.partition(" ")
        if "-" in first and not first.endswith(":"):  # a mapping's header line: "start-end perms offset dev inode path"
            fields = rest.split(maxsplit=4)
            path = fields[4].strip() if len(fields) > 4 else "[anon]"
            base = path.rsplit("/", 1)[-1]
            name = re.sub(r"\.so(\.[0-9.]+)?$", ".so", base) if not path.startswith("[") else path.split(":")[0]
        elif first == "Rss:":
            totals[name] = totals.get(name, 0) + int(rest.split()[0])
    return totals


def pss_kib(pid: int) -> int | None:
    """Proportional set size: each shared page counted as 1/n of it for n users (smaps_rollup, Linux 4.14+)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def fd_targets(pid: int) -> list[str]:
    targets = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            targets.append(str(fd.readlink()))
    return sorted(targets)


# -- D-Bus ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    at: float  # time.monotonic() when this process read it off the bus
    sender: str  # unique bus name, e.g. ":1.23"
    interface: str
    member: str
    body: tuple[Any, ...]


class TraySignals:
    """Records the tray signals on a session bus from a background thread, each with the moment it arrived.

    Start it before the processes it should see: a signal sent before the match rules are in place is lost.
    """

    def __init__(self, bus_address: str) -> None:
        self._connection: DBusConnection = open_dbus_connection(bus=bus_address)
        for interface in (WATCHER_INTERFACE, ITEM_INTERFACE):
            rule = MatchRule(type="signal", interface=interface)
            self._connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
        self._changed = threading.Condition()
        self._signals: list[Signal] = []
        self._stopping = False
        self._thread = threading.Thread(target=self._listen, name="tray-signals", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stopping:
            try:
                # A short timeout only so that stop() is noticed; signals are read the moment they arrive.
                message = self._connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except (OSError, ValueError):  # the connection was closed by stop()
                return
            arrived = time.monotonic()
            header = message.header
            if header.message_type is not MessageType.signal:
                continue
            received = Signal(
                at=arrived,
                sender=str(header.fields.get(HeaderFields.sender, "")),
                interface=str(header.fields.get(HeaderFields.interface, "")),
                member=str(header.fields.get(HeaderFields.member, "")),
                body=tuple(message.body),
            )
            with self._changed:
                self._signals.append(received)
                self._changed.notify_all()

    def count(self) -> int:
        with self._changed:
            return len(self._signals)

    def since(self, index: int) -> list[Signal]:
        with self._changed:
            return self._signals[index:]

    def wait_for(self, predicate: Callable[[Signal], bool], start: int, timeout: float) -> tuple[int, Signal] | None:
        """The first signal at or after index ``start`` that matches, with its index; None on timeout."""
        deadline = time.monotonic() + timeout
        index = start
        with self._changed:
            while True:
                while index < len(self._signals):
                    if predicate(self._signals[index]):
                        return index, self._signals[index]
                    index += 1
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._changed.wait(remaining)

    def stop(self) -> None:
        self._stopping = True
        self._thread.join(1.0)
        self._connection.close()
