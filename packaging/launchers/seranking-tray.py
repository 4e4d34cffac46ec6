"""The bundle's console executable, `seranking-tray`: the same entry point as [project.scripts] in pyproject.toml.

One addition, for the bundle alone: `seranking-tray --bundle-self-check` (see bundle_self_check.py).
"""

import sys

from bundle_self_check import SELF_CHECK_FLAG, self_check

if __name__ == "__main__":
    if sys.argv[1:] == [SELF_CHECK_FLAG]:
        sys.exit(self_check())

    from seranking_tray.entry import main

    sys.exit(main())
