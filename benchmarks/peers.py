"""The peers the app is measured against (issue 18): other tray apps, started in the same desktop session and timed
the same way (process start -> their StatusNotifierItem registered with the watcher; /proc for memory).

* Syncthing Tray: C++/Qt 5, the Debian package ``syncthingtray`` (scripts/desktop-deps installs it). It needs no
  running Syncthing to show its icon (it shows "disconnected"); ``--new-instance`` and a configuration directory
  of the benchmark's keep it from handing over to another instance or reading the user's settings.
* Vorta: Python/PyQt6, from PyPI, installed by the benchmark into a venv of its own under the cache directory
  (``$XDG_CACHE_HOME/seranking-tray-benchmarks/vorta``), once; later runs reuse it. BorgBackup is not installed:
  Vorta still starts and shows its icon (it says borg is missing in its window), which is all that is timed.

A peer that cannot be set up is reported with the reason and left out; the rest of the benchmark runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

SYNCTHING_TRAY: Final = "syncthingtray"
VORTA: Final = "vorta"
PEER_NAMES: Final = (SYNCTHING_TRAY, VORTA)
# What pip installs; a newer Vorta may differ in start-up, so the version measured is recorded with the figures.
VORTA_REQUIREMENT: Final = "vorta"


@dataclass(frozen=True)
class Peer:
    kind: str  # also the key of its figures in results.json
    label: str  # for the table, with its version and toolkit
    command: list[str]
    env: dict[str, str] = field(default_factory=dict)
    config_flag: tuple[str, ...] = ()  # followed by a directory of the benchmark's

    def argv(self, config_dir: Path) -> list[str]:
        return [*self.command, *self.config_flag, *([str(config_dir)] if self.config_flag else [])]


def cache_root(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "seranking-tray-benchmarks"


def _debian_version(package: str) -> str:
    result = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${Version}", package],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else "?"


def syncthing_tray() -> Peer:
    program = shutil.which("syncthingtray")
    if program is None:
        raise RuntimeError("syncthingtray is not installed (scripts/desktop-deps --install)")
    version = _debian_version("syncthingtray").split("-")[0]
    return Peer(
        SYNCTHING_TRAY,
        f"Syncthing Tray {version} (C++/Qt 5, Debian)",
        [program, "qt-widgets-gui", "--new-instance"],
        config_flag=("--config-dir-path",),
    )


def vorta(log: Callable[[str], None], root: Path | None = None) -> Peer:
    venv = (root or cache_root()) / "vorta"
    program = venv / "bin" / "vorta"
    python = venv / "bin" / "python"
    if not program.exists():
        log(f"  [peers] installing {VORTA_REQUIREMENT} from PyPI into {venv} (once)")
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True, timeout=300)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", VORTA_REQUIREMENT],
            check=True,
            timeout=1800,
        )
    version = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('vorta'), m.version('PyQt6'))"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.split()
    return Peer(VORTA, f"Vorta {version[0]} (Python/PyQt6 {version[1]}, PyPI)", [str(program)])


def find_peers(names: list[str], log: Callable[[str], None]) -> tuple[list[Peer], dict[str, str]]:
    """The peers asked for that could be set up, and why the others could not."""
    makers: dict[str, Callable[[], Peer]] = {SYNCTHING_TRAY: syncthing_tray, VORTA: lambda: vorta(log)}
    found: list[Peer] = []
    problems: dict[str, str] = {}
    for name in names:
        try:
            found.append(makers[name]())
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            problems[name] = f"{type(exc).__name__}: {exc}"
            log(f"  [peers] {name} left out: {problems[name]}")
    return found, problems
