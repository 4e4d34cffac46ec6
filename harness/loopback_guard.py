"""The loopback guard for the test run: this process and every Python process tests start.

Issue 14: "the test harness fails any non-loopback connect". The guard itself is
harness/guard_site/seranking_loopback_guard.py; here it is installed in pytest's process, and the environment a
child needs to install it too (PYTHONPATH to guard_site, SERANKING_LOOPBACK_GUARD) is set in os.environ, which
tests/conftest.py's private_env copies, and added by :func:`guarded` to the environments built from scratch
(harness/session.py, harness/hosts.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from harness.guard_site import seranking_loopback_guard as guard

GUARD_SITE: Final = Path(guard.__file__).resolve().parent
ENV_VARIABLE: Final = guard.ENV_VARIABLE
PREFIX: Final = guard.PREFIX
NonLoopbackRefused = guard.NonLoopbackRefused


def with_guard_site(pythonpath: str | None) -> str:
    """`pythonpath` with guard_site first (its sitecustomize must win over any other)."""
    parts = [p for p in (pythonpath or "").split(os.pathsep) if p and Path(p).resolve() != GUARD_SITE]
    return os.pathsep.join([str(GUARD_SITE), *parts])


def install(log_path: Path) -> bool:
    """Guard this process and, through os.environ, every child that inherits it; children append their refusals
    to `log_path`. False when a guard was already set up (an inner pytest run): its log stays in force."""
    fresh = ENV_VARIABLE not in os.environ
    os.environ.setdefault(ENV_VARIABLE, str(log_path))
    os.environ["PYTHONPATH"] = with_guard_site(os.environ.get("PYTHONPATH"))
    guard.install(None)  # this process's refusals are kept in memory: see take_refusals
    return fresh


def guarded(env: Mapping[str, str]) -> dict[str, str]:
    """`env` (built from scratch) with the guard's variables, when this process is guarded."""
    path = os.environ.get(ENV_VARIABLE)
    if not path:
        return dict(env)
    return {**env, ENV_VARIABLE: env.get(ENV_VARIABLE, path), "PYTHONPATH": with_guard_site(env.get("PYTHONPATH"))}


def log_path() -> Path | None:
    path = os.environ.get(ENV_VARIABLE)
    return Path(path) if path else None


def take_refusals() -> list[str]:
    """This process's refusals since the last call (the plugin fails the test that made them)."""
    taken = list(guard.refusals)
    guard.refusals.clear()
    return taken
