import sys

from seranking_tray.entry import main

sys.exit(main())
