"""`seranking-tray key set | delete | status`: the API key in the OS keyring, never on the command line."""

from __future__ import annotations

import getpass
import os
import sys

from seranking_tray.domain.account import ENV_KEY, key_taken
from seranking_tray.domain.apikey import DATA_KEY_HINT, ApiKey, KeyShape
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.health import Health
from seranking_tray.service.account_list import find_config, keystore_for, list_entries
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import ensure_accounts, load_settings

# Exit code for "could not check" (monitoring-plugin UNKNOWN).
EXIT_UNKNOWN = Health.ERROR.exit_code


def run_key(action: str, account: str | None = None) -> int:
    try:
        store = _store(account)
        if action == "status":
            # Exit 0 when a key is available (environment or keyring), 1 when none: scripts can ask.
            from_env = bool(os.environ.get(ENV_KEY, "").strip())
            stored = store.get()
            print(f"Keyring backend: {store.backend_name()}")
            print(f"Stored key: {'yes (' + stored.shape.value + '-shaped)' if stored else 'none'}")
            if from_env:
                print(f"In use: the environment variable {ENV_KEY} (it takes precedence over the keyring)")
            return 0 if from_env or stored else 1
        if action == "delete":
            store.delete()
            print("The API key was removed from the keyring.")
            return 0
        text = getpass.getpass("Project API key: ") if sys.stdin.isatty() else sys.stdin.readline()
        if account is not None:
            _refuse_duplicate(account, text)
        if not text.strip():
            print("error: no key given", file=sys.stderr)
            return 2
        key = ApiKey(text)
        if key.shape is KeyShape.DATA:
            print(f"warning: {DATA_KEY_HINT}", file=sys.stderr)
        store.set(key)
        print(f"The API key was stored in the keyring ({store.backend_name()}).")
        return 0
    except ConfigError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_UNKNOWN


def _store(account: str | None) -> KeyStore:
    """The first account's entry (as always), or the named stored account's; the Environment one has none."""
    if account is None:
        return KeyStore()
    settings = ensure_accounts(load_settings()).settings
    return keystore_for(settings, find_config(settings, account))


def _refuse_duplicate(account: str, text: str) -> None:
    settings = ensure_accounts(load_settings()).settings
    target = find_config(settings, account)
    for entry in list_entries(settings):
        key = entry.account.key
        if entry.config.id != target.id and key is not None and key.reveal() == text.strip():
            raise ConfigError(key_taken(entry.config.label))
