"""The fault matrix (harness/fault_matrix.py) is consistent, and tests/FAULTS.md is generated from it."""

from __future__ import annotations

import struct

from harness.fault_matrix import AVATAR_CASES, CASES, ENDPOINTS, FAULTS_MD, bomb_png, render_markdown
from seranking_tray.domain.errors import ErrorKind

# --- tests -------------------------------------------------------------------------------------------------


def test_faults_md_is_up_to_date() -> None:
    expected = render_markdown()
    actual = FAULTS_MD.read_text(encoding="utf-8") if FAULTS_MD.exists() else ""
    assert actual == expected, "tests/FAULTS.md is stale: run `python -m harness.fault_matrix > tests/FAULTS.md`"


def test_case_ids_are_unique_and_every_fault_kind_is_covered() -> None:
    ids = [c.id for c in CASES] + [c.id for c in AVATAR_CASES]
    assert len(ids) == len(set(ids))
    kinds = {c.outcome(e).kind for c in CASES for e in ENDPOINTS}
    assert kinds >= set(ErrorKind) - {ErrorKind.CONFIG}  # config errors come from settings, not the server


def test_only_the_last_avatar_case_shows_a_picture() -> None:
    # The GUI walk relies on it: a picture once shown stays until another one loads.
    assert [c.shows_picture for c in AVATAR_CASES] == [False] * (len(AVATAR_CASES) - 1) + [True]


def test_bomb_png_declares_30000_square_and_is_tiny() -> None:
    data = bomb_png()
    assert len(data) < 200
    assert struct.unpack(">II", data[16:24]) == (30000, 30000)
