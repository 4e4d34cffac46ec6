"""Every account's profile picture for its menu section (issue 13), with a small state badge on it.

Fetched off the GUI thread (a short thread per picture that changed) through the first account's avatar code: the
client's `fetch_avatar` (it never sends the key) and the per-account `AvatarCache` on disk, so a restart shows the
cached picture at once and then only revalidates. The bytes are decoded on the GUI thread, as the first account's
are (`decode_avatar` may run in one thread at a time). Until a picture is in, or when it cannot be loaded, the
section keeps its state icon.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPainter

from seranking_tray.api.client import AccountClient
from seranking_tray.domain.account import AccountId
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.errors import CheckError, ConfigError
from seranking_tray.gui import presentation
from seranking_tray.gui.avatar import circular_avatar, decode_avatar
from seranking_tray.gui.icons import IconState, IconStyle, render_state_pixmap
from seranking_tray.gui.worker import AvatarResult
from seranking_tray.service.monitor import timeouts_from
from seranking_tray.store.avatar_cache import AvatarCache, CachedAvatar
from seranking_tray.store.settings import Settings

log = logging.getLogger(__name__)

ICON_SIDE = 32  # logical pixels; menus scale it down
BADGE_SHARE = 0.5  # of the side: the state, readable, in the lower-right corner


def avatar_icon(image: QImage, name: str, state: IconState, style: IconStyle, dpr: float = 1.0) -> QIcon:
    """The round picture with the account's state as a small badge on its lower-right corner."""
    pixmap = circular_avatar(image, name, ICON_SIDE, dpr)
    badge_side = round(ICON_SIDE * BADGE_SHARE)
    badge = render_state_pixmap(state, style, size=badge_side, device_pixel_ratio=dpr)
    painter = QPainter(pixmap)
    try:
        painter.drawPixmap(
            QRectF(ICON_SIDE - badge_side, ICON_SIDE - badge_side, badge_side, badge_side), badge, QRectF(badge.rect())
        )
    finally:
        painter.end()
    return QIcon(pixmap)


class AccountAvatars(QObject):
    loaded = Signal(str, object)  # account id, QImage (decoded on the GUI thread)
    _fetched = Signal(str, str, object)  # account id, picture URL, the bytes: from a fetch thread, queued by Qt

    def __init__(self) -> None:
        super().__init__()
        self.root: Path | None = None  # where each account's pictures are kept (a folder per id); None: nowhere
        self.first: AccountId | None = None  # its picture comes from its worker (`take`), never fetched here
        self._urls: dict[AccountId, str] = {}  # the picture asked for, per account
        self.images: dict[AccountId, QImage] = {}
        self._icons: dict[tuple[int, str, IconState, IconStyle], QIcon] = {}
        self._fetched.connect(self._on_fetched)

    def icon_for(self, view: AccountView, style: IconStyle) -> QIcon | None:
        """The section's icon: the account's picture with its state as a badge; None until the picture is in."""
        image = self.images.get(view.account.id)
        if image is None:
            return None
        key = (image.cacheKey(), view.name, presentation.icon_state(view, True), IconStyle(style))
        icon = self._icons.get(key)
        if icon is None:
            if len(self._icons) > 4 * max(8, len(self.images)):
                self._icons.clear()  # pictures and states come and go: keep it bounded
            icon = self._icons[key] = avatar_icon(image, *key[1:])
        return icon

    @Slot(object)
    def take(self, result: AvatarResult) -> None:
        """The first account's picture as its worker fetched (and cached) it: a slot, so it arrives queued."""
        if self.first is not None:
            self._urls[self.first] = result.url
            self._on_fetched(self.first, result.url, result.data)

    def want(self, view: AccountView, settings: Settings) -> None:
        """After another account's check: fetch its picture if it has one that was not asked for yet."""
        url = view.profile.picture if view.profile is not None else None
        ident = view.account.id
        if not url or ident == self.first or self._urls.get(ident) == url or view.account.key is None:
            return
        self._urls[ident] = url
        try:
            client = AccountClient(view.account, timeouts_from(settings))
        except ConfigError:
            return
        cache = AvatarCache(self.root / ident) if self.root is not None else None
        args = (client, cache, ident, url)
        threading.Thread(target=self._fetch, args=args, name="account-avatar", daemon=True).start()

    def _fetch(self, client: AccountClient, cache: AvatarCache | None, ident: AccountId, url: str) -> None:
        cached = cache.load(url) if cache is not None else None
        if cached is not None:
            self._fetched.emit(ident, url, cached.data)
        try:
            fetched = client.fetch_avatar(
                url, cached.etag if cached else None, cached.last_modified if cached else None
            )
        except CheckError as exc:
            log.info("Profile picture not loaded: %s", exc.message)
            return
        except Exception:  # whatever the picture's host sends must never escape the thread
            log.exception("Profile picture not loaded")
            return
        if fetched.data is None:
            return  # not modified: the cached one stands
        if cache is not None:
            try:
                cache.store(CachedAvatar(url, fetched.data, fetched.etag, fetched.last_modified))
            except OSError as exc:
                log.warning("Cannot cache the profile picture: %s", exc)
        self._fetched.emit(ident, url, fetched.data)

    def _on_fetched(self, ident: str, url: str, data: bytes) -> None:
        if self._urls.get(AccountId(ident)) != url:
            return  # the account's picture changed (or it left) meanwhile
        image = decode_avatar(data)
        if image is not None:
            self.images[AccountId(ident)] = image
            self.loaded.emit(ident, image)

    def forget(self) -> None:
        """The accounts were listed again: pictures are asked for afresh (a late answer is dropped)."""
        self._urls.clear()
        self.images.clear()
        self._icons.clear()
