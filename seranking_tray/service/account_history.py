"""Deleting a removed account's history, when the user asks for it (`accounts remove --delete-history`, the
settings dialog's "Also delete its history"); without that, a removed account's history is kept."""

from __future__ import annotations

from seranking_tray.domain.account import AccountId
from seranking_tray.store.history import HistoryStore, history_path


def forget_history(account: AccountId) -> None:
    path = history_path()
    if path.exists():
        with HistoryStore.open(path) as store:
            store.forget(account)
