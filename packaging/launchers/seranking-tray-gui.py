"""The bundle's windowed executable, `seranking-tray-gui` (no console on Windows): the same entry point as
[project.gui-scripts] in pyproject.toml; tests/test_packaging.py checks that the two agree.

On Linux the bundle's `seranking-tray` is a link to this executable (scripts/slim_bundle.py): it answers the
bundle's self-check too, and `gui_main` is `main` there (it only differs where a windowed Python has no stdout).
"""

import sys

from bundle_self_check import SELF_CHECK_FLAG, self_check

if sys.argv[1:] == [SELF_CHECK_FLAG]:
    sys.exit(self_check())

from seranking_tray.entry import gui_main

sys.exit(gui_main())
