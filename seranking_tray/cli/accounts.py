"""`seranking-tray accounts list | add | rename | remove`: the accounts, never their keys."""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import Any

from seranking_tray.domain.apikey import DATA_KEY_HINT, ApiKey, KeyShape
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.health import Health
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.sentence import Sentence
from seranking_tray.service.account_history import forget_history
from seranking_tray.service.account_list import AccountList, Entry, list_entries
from seranking_tray.store.settings import LoadedSettings, ensure_accounts, load_settings

EXIT_UNKNOWN = Health.ERROR.exit_code


def loaded_settings() -> LoadedSettings:
    loaded = ensure_accounts(load_settings())
    for warning in loaded.warnings:
        print(f"warning: {warning.render()}", file=sys.stderr)
    return loaded


def entry_document(entry: Entry) -> dict[str, Any]:
    """One account in `accounts list --json`: where its key comes from, never the key."""
    account = entry.account
    return {
        "id": entry.config.id,
        "label": entry.config.label,
        "key_source": account.key_source.value,
        "api_url": account.api_url or None,
        "data_api_url": account.data_api_url or None,  # where its Data API credits are read
        "read_only": entry.config.read_only,
    }


def read_key(prompt: str) -> ApiKey | None:
    """A key from standard input or a hidden prompt (never argv); None when nothing was given."""
    text = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    if not text.strip():
        return None
    key = ApiKey(text)
    if key.shape is KeyShape.DATA:
        print(f"warning: {DATA_KEY_HINT}", file=sys.stderr)
    return key


def run_accounts(action: str, args: Any) -> int:
    loaded = loaded_settings()
    settings = loaded.settings
    try:
        if action == "list":
            entries = list_entries(settings)
            if args.json:
                print(json.dumps([entry_document(e) for e in entries], ensure_ascii=False))
                return 0
            for entry in entries:
                note = " (read-only)" if entry.config.read_only else ""
                print(f"{entry.config.label}\t{entry.config.id}\tkey: {entry.account.key_source.value}{note}")
            return 0
        if not loaded.may_save:
            raise ConfigError(
                Sentence(QT_TRANSLATE_NOOP("Words", "The settings file could not be read, so it is not changed."))
            )
        accounts = AccountList(settings)
        if action == "add":
            key = read_key(f"Project API key for {args.label}: ")
            if key is None:
                print("error: no key given", file=sys.stderr)
                return 2
            config = accounts.add(
                args.label, key, args.api_url or "", environ=os.environ, data_api_url=args.data_api_url or ""
            )
            print(f"Added the account {config.label!r} (id {config.id}); its key is in the keyring.")
        elif action == "rename":
            config = accounts.rename(args.old, args.new)
            print(f"Renamed the account to {config.label!r} (id {config.id}).")
        else:
            delete = forget_history if args.delete_history else None
            config = accounts.remove(args.label, delete)
            kept = "its history was deleted" if args.delete_history else "its history is kept"
            print(f"Removed the account {config.label!r} and its keyring entry; {kept}.")
        return 0
    except ConfigError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_UNKNOWN
