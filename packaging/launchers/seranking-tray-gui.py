"""The bundle's windowed executable, `seranking-tray-gui` (no console on Windows): the same entry point as
[project.gui-scripts] in pyproject.toml; tests/test_packaging.py checks that the two agree."""

import sys

from seranking_tray.gui.app import main

sys.exit(main())
