"""`--bundle-self-check`, for the bundle alone: prints, as one JSON object, what a frozen build most often gets wrong
(where the resources were found, which keyring backends came along, what start at login would run) and exits 0 if
all is well, 1 if not. The tests and the CI workflow ask every bundle this question. Both launchers answer it: on
Linux the command line is a link to the GUI executable (scripts/slim_bundle.py).
"""

import sys

SELF_CHECK_FLAG = "--bundle-self-check"


def self_check() -> int:
    import json
    from importlib.metadata import entry_points

    from seranking_tray.system import autostart, resources

    origin, root = resources.locate()
    # The backends keyring would choose from: those its entry points name and that import and are usable here.
    backends = sorted(entry.name for entry in entry_points(group="keyring.backends"))
    from keyring.backend import get_all_keyring

    viable = sorted(f"{type(backend).__module__}.{type(backend).__name__}" for backend in get_all_keyring())
    report = {
        "frozen": bool(getattr(sys, "frozen", False)),
        "resources": {"origin": origin.value, "root": str(root)},
        "keyring_entry_points": backends,
        "keyring_viable": viable,
        "gui_command": autostart.gui_command(),
    }
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    ok = report["frozen"] and origin is resources.Origin.BUNDLE and bool(backends)
    return 0 if ok else 1
