"""Resolving an account as configured: its API URL and where its key comes from."""

from __future__ import annotations

import os
from collections.abc import Mapping

from seranking_tray.domain.account import (
    DEFAULT_API_URL,
    ENV_API_URL,
    ENV_KEY,
    Account,
    AccountConfig,
    KeySource,
    keyring_username,
    validate_api_url,
)
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
    account: AccountConfig | None = None,
) -> Account:
    """The account as configured (`account`, else the settings' first): URL from env/settings, key from env,
    else the keyring.

    Raises ConfigError for a bad URL, no account or an unusable keyring; a key not set gives key=None.
    """
    env = os.environ if environ is None else environ
    config = account or settings.first_account
    url = api_url_from(settings, env)
    value = env.get(ENV_KEY, "").strip()
    if value:
        return Account(config, url, ApiKey(value), KeySource.ENVIRONMENT)
    store = keystore or KeyStore(keyring_username(config, first=config.id == settings.first_account.id))
    key = store.get()
    return Account(config, url, key, KeySource.KEYRING if key else KeySource.NONE, store.username)
