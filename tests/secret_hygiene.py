"""pytest plugin: the sentinel key must never leak, in any test that uses it.

Every test whose fixtures include ``sentinel_key`` (the CLI, client, GUI and desktop scenarios all do) is checked
after it ran, and fails (as an error in teardown) if the key, as given or upper-cased, appears in:

* its captured stdout, stderr or log output (pytest's report sections, every phase);
* any log record emitted in the test process while it ran (a handler on the root logger sees what a real
  handler would: messages, arguments and formatted tracebacks);
* any file under its ``tmp_path`` (the CLI's private home with its XDG dirs);
* any file under a desktop session's directory (its home with the private XDG dirs, the runtime dir and the
  logs holding each app's stdout and stderr), scanned just before the session removes it. Only
  gnome-keyring's store (``keyrings/``, encrypted, where the key belongs) is left out.

A test with several keys (several accounts) registers the others with :func:`watch_also`: they are looked for in
the same places.

Registered from tests/conftest.py (``pytest_plugins``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from harness.session import DesktopSession

SKIPPED_DIRS = frozenset({"keyrings"})  # gnome-keyring's encrypted store: the one place the key may be
_MAX_SCANNED_FILE = 256 * 1024 * 1024


class _RecordTexts(logging.Handler):
    """Keeps the full text of every record (message and traceback) emitted while a test runs."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.texts: list[str] = []
        self._formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.texts.append(self._formatter.format(record))
        except Exception:  # a record that cannot be formatted: its raw parts, then
            self.texts.append(f"{record.msg!r} {record.args!r}")


@dataclass
class _Watch:
    handler: _RecordTexts
    key: str | None = None
    others: list[str] = field(default_factory=list)  # the test's other keys (watch_also)
    findings: list[str] = field(default_factory=list)

    def needles(self) -> list[bytes]:
        assert self.key
        keys = [self.key, *self.others]
        return sorted({form.encode() for k in keys for form in (k, k.upper(), k.lower())})

    def check_text(self, where: str, text: str) -> None:
        if self.key and any(n.decode() in text for n in self.needles()):
            self.findings.append(where)

    def check_tree(self, root: Path, label: str) -> None:
        if not self.key:
            return
        for path in _files(root):
            if _file_contains(path, self.needles()):
                self.findings.append(f"{label}: {path}")


_watch: _Watch | None = None
_WATCH_KEY = pytest.StashKey[_Watch]()


def watch_also(key: str) -> None:
    """Look for `key` too, wherever the running test's sentinel key is looked for (it must use `sentinel_key`)."""
    assert _watch is not None, "watch_also needs a test that uses the sentinel_key fixture"
    _watch.others.append(key)


def _files(root: Path) -> Iterable[Path]:
    for directory, dirs, files in os.walk(root, onerror=lambda error: None):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        for name in files:
            path = Path(directory, name)
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_size <= _MAX_SCANNED_FILE:
                    yield path
            except OSError:
                continue


def _file_contains(path: Path, needles: list[bytes]) -> bool:
    overlap = max(len(n) for n in needles) - 1
    try:
        with path.open("rb") as handle:
            tail = b""
            while chunk := handle.read(1 << 20):
                window = tail + chunk
                if any(n in window for n in needles):
                    return True
                tail = window[-overlap:]
    except OSError:
        return False
    return False


def _scan_session_before_stop(original: Callable[[DesktopSession], None]) -> Callable[[DesktopSession], None]:
    def stop(self: DesktopSession) -> None:
        watch = _watch
        if watch is not None and self.running:
            # Apps still running here (the session ends them) cannot write anything the test did not see.
            watch.check_tree(self.root, "a file in a desktop session")
        original(self)

    stop.__wrapped__ = original  # type: ignore[attr-defined]
    return stop


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(DesktopSession.stop, "__wrapped__"):
        DesktopSession.stop = _scan_session_before_stop(DesktopSession.stop)  # type: ignore[method-assign,assignment]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    global _watch
    if "sentinel_key" not in getattr(item, "fixturenames", ()):
        return (yield)
    watch = _Watch(_RecordTexts())
    logging.getLogger().addHandler(watch.handler)
    item.stash[_WATCH_KEY] = watch
    _watch = watch
    try:
        return (yield)
    finally:
        funcargs: dict[str, Any] = getattr(item, "funcargs", {})
        key = funcargs.get("sentinel_key")
        watch.key = key if isinstance(key, str) and key else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    global _watch
    try:
        return (yield)
    finally:
        watch = item.stash.get(_WATCH_KEY, None)
        if watch is not None:
            logging.getLogger().removeHandler(watch.handler)
            _watch = None
            for text in watch.handler.texts:
                watch.check_text(f"a log record: {text[:200]!r}", text)
            tmp_path = getattr(item, "funcargs", {}).get("tmp_path")
            if isinstance(tmp_path, Path):
                watch.check_tree(tmp_path, "a file under tmp_path")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    watch = item.stash.get(_WATCH_KEY, None)
    if watch is None or report.when != "teardown" or not watch.key:
        return report
    for title, content in report.sections:  # captured output of every phase so far
        watch.check_text(title.lower(), content)
    if watch.findings and not report.failed:
        report.outcome = "failed"
        places = "\n  ".join(dict.fromkeys(watch.findings))
        report.longrepr = f"secret hygiene: the sentinel API key leaked into\n  {places}"
    return report
