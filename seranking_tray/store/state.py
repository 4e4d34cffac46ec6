"""Small app state that must survive restarts (not settings: nothing here is the user's choice).

One JSON file in the state dir, written atomically. A damaged file is ignored: state is a convenience, and
losing it only means, say, a notification may repeat once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

from seranking_tray.domain.account import AccountId
from seranking_tray.system import paths
from seranking_tray.system.files import write_atomically

log = logging.getLogger(__name__)
STATE_FILE = "state.json"
# The global notification section (the snooze); each account's memory is in "notifications/<account id>".
# Before ids, this one section was also the one account's memory: the first account inherits it.
NOTIFICATIONS = "notifications"
_GLOBAL_KEYS = frozenset({"snooze_until"})  # notify_policy.SNOOZE_UNTIL: stays in the global section


class AppState:
    def __init__(self, path: Path | None = None, *, in_memory: bool = False) -> None:
        self.path = path or paths.state_dir() / STATE_FILE
        self._in_memory = in_memory  # demo mode: nothing of it may reach the user's files
        self._data: dict[str, Any] = {}
        if in_memory:
            return
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

    def section(self, name: str) -> StateSection:
        return StateSection(self, name)

    def save(self) -> None:
        if self._in_memory:
            return
        try:
            write_atomically(self.path, (json.dumps(self._data, indent=2, sort_keys=True) + "\n").encode())
        except OSError as exc:
            log.warning("Cannot save the app state to %s: %s", self.path, exc)


def notification_memory(state: AppState, account: AccountId, *, inherit: bool) -> StateSection:
    """An account's notification memory. `inherit`: the first account, which takes over what an earlier version
    remembered in the global section (copied, not moved: a downgrade still finds it)."""
    section = state.section(f"{NOTIFICATIONS}/{account}")
    if inherit and state.get(section.name) is None:
        legacy = state.section(NOTIFICATIONS)
        state.set(section.name, {k: v for k, v in legacy.items() if k not in _GLOBAL_KEYS})
    return section


class StateSection(MutableMapping[str, Any]):
    """One named dict inside the state file; every change is saved at once."""

    def __init__(self, state: AppState, name: str) -> None:
        self._state = state
        self.name = name

    def _dict(self) -> dict[str, Any]:
        value = self._state.get(self.name)
        return dict(value) if isinstance(value, dict) else {}

    def __getitem__(self, key: str) -> Any:
        return self._dict()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        data = self._dict()
        data[key] = value
        self._state.set(self.name, data)

    def __delitem__(self, key: str) -> None:
        data = self._dict()
        del data[key]
        self._state.set(self.name, data)

    def __iter__(self) -> Iterator[str]:
        return iter(self._dict())

    def __len__(self) -> int:
        return len(self._dict())
