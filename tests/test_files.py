"""system/files.py: the one atomic write and the one move-aside every store uses."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from seranking_tray.system import files

NOW = datetime(2026, 11, 3, 9, 15, 7, tzinfo=UTC)
STAMP = "20261103T091507Z"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_atomically_replaces_the_file_and_creates_its_directory(tmp_path: Path) -> None:
    target = tmp_path / "new" / "dir" / "file.json"
    files.write_atomically(target, b"first")
    files.write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.json"]  # no temporary file left


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_write_atomically_keeps_files_private_unless_a_mode_is_given(tmp_path: Path) -> None:
    private, shared = tmp_path / "settings.json", tmp_path / "entry.desktop"
    files.write_atomically(private, b"{}")
    files.write_atomically(shared, b"[Desktop Entry]", mode=0o644)
    assert mode_of(private) == 0o600
    assert mode_of(shared) == 0o644


def test_write_atomically_reaches_the_disk_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "state.json"
    seen: list[bool] = []

    def fsync(fd: int) -> None:
        seen.append(target.exists())  # the rename must come after the data is on disk

    monkeypatch.setattr(files.os, "fsync", fsync)
    files.write_atomically(target, b"data")
    assert seen == [False]
    assert target.read_bytes() == b"data"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")

    def fail(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", fail)
    with pytest.raises(OSError, match="No space"):
        files.write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_move_aside_never_replaces_an_earlier_damaged_copy(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    kept = []
    for content in (b"one", b"two", b"three"):
        path.write_bytes(content)
        kept.append(files.move_aside(path, now=NOW))
    assert [p.name for p in kept] == [
        f"settings.json.corrupt-{STAMP}",
        f"settings.json.corrupt-{STAMP}-2",
        f"settings.json.corrupt-{STAMP}-3",
    ]
    assert [p.read_bytes() for p in kept] == [b"one", b"two", b"three"]
    assert not path.exists()


def test_move_aside_takes_companions_along_and_may_find_the_file_missing(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"db")
    (tmp_path / "history.sqlite3-wal").write_bytes(b"wal")
    aside = files.move_aside(path, companions=("-wal", "-shm"), now=NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == [aside.name, aside.name + "-wal"]
    assert (tmp_path / (aside.name + "-wal")).read_bytes() == b"wal"

    (tmp_path / "history.sqlite3-shm").write_bytes(b"shm")
    second = files.move_aside(path, companions=("-wal", "-shm"), missing_ok=True, now=NOW)
    assert second.name == f"history.sqlite3.corrupt-{STAMP}-2"
    assert (tmp_path / (second.name + "-shm")).read_bytes() == b"shm"
    with pytest.raises(FileNotFoundError):
        files.move_aside(path, now=NOW)


def test_the_time_in_the_name_is_utc(tmp_path: Path) -> None:
    local = NOW.astimezone(timezone(timedelta(hours=5)))
    assert files.aside_path(tmp_path / "f", local).name == f"f.corrupt-{STAMP}"
