"""Resolving an account as configured: its API URL and where its key comes from."""

from __future__ import annotations

import os
from collections.abc import Mapping

from seranking_tray.domain.account import DEFAULT_API_URL, ENV_API_URL, ENV_KEY, Account, KeySource, validate_api_url
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import Settings


def api_url_from(settings: Settings, environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return validate_api_url(env.get(ENV_API_URL, "").strip() or settings.api_url.strip() or DEFAULT_API_URL)


def resolve_account(
    settings: Settings,
    environ: Mapping[str, str] | None = None,
    keystore: KeyStore | None = None,
    label: str = "default",
) -> Account:
    """The account as configured: URL from env/settings, key from env, else the keyring.

    Raises ConfigError for a bad URL or an unusable keyring; a key that is simply not set gives key=None.
    """
    env = os.environ if environ is None else environ
    url = api_url_from(settings, env)
    value = env.get(ENV_KEY, "").strip()
    if value:
        return Account(label, url, ApiKey(value), KeySource.ENVIRONMENT)
    store = keystore or KeyStore()
    key = store.get()
    return Account(label, url, key, KeySource.KEYRING if key else KeySource.NONE, store.username)
