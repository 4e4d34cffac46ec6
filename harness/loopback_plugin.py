"""pytest plugin: the loopback guard (harness/loopback_guard.py) for the whole run, and a test fails at teardown
when it, or a child process it started, tried to reach anything but loopback. Loaded from tests/conftest.py."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness import loopback_guard

_own_log = pytest.StashKey[Path]()


def pytest_configure(config: pytest.Config) -> None:
    handle, name = tempfile.mkstemp(prefix="seranking-loopback-guard-", suffix=".log")
    os.close(handle)
    if loopback_guard.install(Path(name)):
        config.stash[_own_log] = Path(name)
    else:
        Path(name).unlink()


def pytest_unconfigure(config: pytest.Config) -> None:
    log = config.stash.get(_own_log, None)
    if log is not None:
        log.unlink(missing_ok=True)


def _size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path else 0
    except FileNotFoundError:
        return 0


@pytest.fixture(autouse=True)
def _loopback_only() -> Iterator[None]:
    """Fails the test if it, or a child started with the guard's environment, tried to leave the machine."""
    log = loopback_guard.log_path()
    start = _size(log)
    loopback_guard.take_refusals()
    yield
    refused = loopback_guard.take_refusals()
    if log is not None and _size(log) > start:
        with log.open(encoding="utf-8", errors="replace") as lines:
            lines.seek(start)
            refused += [line.rstrip("\n") for line in lines]
    if refused:
        pytest.fail("tried to reach a non-loopback address:\n" + "\n".join(refused), pytrace=False)
