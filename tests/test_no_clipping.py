"""No widget's text is clipped in the account window, the no-tray window and the settings dialog, at 100 % and at
200 % scale: each label's, check box's and button's needed size against the size it is given once laid out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.clipping import find_clipping

ROOT = Path(__file__).resolve().parent.parent


def test_nothing_is_clipped_at_100_percent(qapp: QApplication) -> None:
    assert find_clipping(qapp) == []


def test_nothing_is_clipped_at_200_percent(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2", "HOME": str(tmp_path)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-m", "tests.clipping"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    scale, *problems = done.stdout.strip().splitlines()
    assert scale == "scale 2"
    assert problems == []
