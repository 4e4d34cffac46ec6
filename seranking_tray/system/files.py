"""Writing and keeping files safely: one atomic write and one way to keep a damaged file, for every store."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write beside `path`, flush to disk, then rename over it: a crash or a full disk never leaves a torn file.

    The file gets `mode` when given; otherwise it stays private to the user (mkstemp's 0o600).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            Path(tmp_name).chmod(mode)
        Path(tmp_name).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink()
        raise


def aside_path(path: Path, now: datetime | None = None) -> Path:
    """`<name>.corrupt-<UTC time>`, or with `-2`, `-3`… after it: an earlier damaged copy is never replaced."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while aside.exists() or aside.is_symlink():
        number += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    return aside


def move_aside(
    path: Path, *, companions: Sequence[str] = (), missing_ok: bool = False, now: datetime | None = None
) -> Path:
    """Keep a damaged file for the user to inspect, under `aside_path(path)`, and return that name.

    Each existing companion `<name><suffix>` (say SQLite's "-wal") moves along as `<aside><suffix>`. With
    `missing_ok`, a missing `path` is no error (its companions still move). Raises OSError.
    """
    aside = aside_path(path, now)
    if not missing_ok or path.exists() or path.is_symlink():
        path.replace(aside)
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    return aside
