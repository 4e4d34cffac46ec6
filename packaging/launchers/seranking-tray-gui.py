"""The bundle's windowed executable, `seranking-tray-gui` (no console on Windows): the same entry point as
[project.gui-scripts] in pyproject.toml; tests/test_packaging.py checks that the two agree."""

import sys

from seranking_tray.entry import gui_main

sys.exit(gui_main())
