"""`seranking-tray key set | delete | status`: the API key in the OS keyring, never on the command line."""

from __future__ import annotations

import getpass
import os
import sys

from seranking_tray.domain.account import ENV_KEY
from seranking_tray.domain.apikey import DATA_KEY_HINT, ApiKey, KeyShape
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.health import Health
from seranking_tray.store.keystore import KeyStore

# Exit code for "could not check" (monitoring-plugin UNKNOWN).
EXIT_UNKNOWN = Health.ERROR.exit_code


def run_key(action: str) -> int:
    store = KeyStore()
    try:
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
