"""The Qt layer: adapts the Qt-free core to a tray icon, windows and a worker thread."""

import sys

import PySide6.QtCore  # noqa: F401  # loads shiboken's import hook, which the function below adjusts


def _lighten_pyside_import_hook() -> None:
    """PySide6 (PYSIDE-2029) looks for "PySide6" in the source of every module imported after it, through
    inspect.getsource: that keeps each such module's whole source in linecache for good, 4-9 MiB once requests and
    the rest are in, and costs start-up time (benchmarks/README.md). Same answer, read from the file, not cached.

    Runs here, before any other module of the Qt layer is imported."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:  # another PySide6 version: leave it alone
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


_lighten_pyside_import_hook()
