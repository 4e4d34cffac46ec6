"""Small app state that must survive restarts (not settings: nothing here is the user's choice).

One JSON file in the state dir, written atomically. A damaged file is ignored: state is a convenience, and
losing it only means, say, a notification may repeat once.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from . import paths
from .config import write_atomically

log = logging.getLogger(__name__)
STATE_FILE = "state.json"


class AppState:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.state_dir() / STATE_FILE
        self._data: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
            if isinstance(loaded, dict):
                self._data = loaded
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            log.warning("Ignoring the unreadable state file %s: %s", self.path, exc)

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        if self._data.get(key) == value:
            return
        self._data[key] = value
        self.save()

    def save(self) -> None:
        try:
            write_atomically(self.path, (json.dumps(self._data, indent=2, sort_keys=True) + "\n").encode())
        except OSError as exc:
            log.warning("Cannot save the app state to %s: %s", self.path, exc)
