"""Profile pictures on disk, with their HTTP validators, so a refresh revalidates instead of downloading."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from seranking_tray.system.files import write_atomically


@dataclass(frozen=True)
class CachedAvatar:
    url: str
    data: bytes
    etag: str | None
    last_modified: str | None


class AvatarCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _paths(self, url: str) -> tuple[Path, Path]:
        name = hashlib.sha256(url.encode()).hexdigest()[:32]
        return self.directory / f"{name}.img", self.directory / f"{name}.json"

    def load(self, url: str) -> CachedAvatar | None:
        image_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            data = image_path.read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("url") != url:
            return None
        etag, modified = meta.get("etag"), meta.get("last_modified")
        return CachedAvatar(
            url, data, etag if isinstance(etag, str) else None, modified if isinstance(modified, str) else None
        )

    def store(self, avatar: CachedAvatar) -> None:
        image_path, meta_path = self._paths(avatar.url)
        write_atomically(image_path, avatar.data)
        meta = {"url": avatar.url, "etag": avatar.etag, "last_modified": avatar.last_modified}
        write_atomically(meta_path, json.dumps(meta).encode())
