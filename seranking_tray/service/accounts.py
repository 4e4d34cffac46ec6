"""Resolving an account as configured: its API URL and where its key comes from."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from seranking_tray.domain.account import (
    DEFAULT_API_URL,
    ENV_API_URL,
    ENV_DATA_API_URL,
    ENV_KEY,
    Account,
    AccountConfig,
    KeySource,
    data_api_url_for,
    keyring_username,
    validate_api_url,
)
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ConfigError
from seranking_tray.store.keystore import KeyStore, NoKeyringAvailable
from seranking_tray.store.settings import Settings

log = logging.getLogger(__name__)


def api_url_from(
    settings: Settings, environ: Mapping[str, str] | None = None, account: AccountConfig | None = None
) -> str:
    """The account's own URL, else SERANKING_API_URL, else the settings' api_url, else the default API."""
    env = os.environ if environ is None else environ
    own = account.api_url.strip() if account is not None else ""
    return validate_api_url(own or env.get(ENV_API_URL, "").strip() or settings.api_url.strip() or DEFAULT_API_URL)


def data_api_url_from(config: AccountConfig, project_url: str, environ: Mapping[str, str] | None = None) -> str:
    """Environment, else the account's `data_api_url` setting, else derived from the Project URL."""
    env = os.environ if environ is None else environ
    configured = env.get(ENV_DATA_API_URL, "").strip() or str(config.extra.get("data_api_url") or "")
    return data_api_url_for(project_url, configured)


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
    url = api_url_from(settings, env, config)
    data_url = data_api_url_from(config, url, env)
    value = env.get(ENV_KEY, "").strip()
    if value:
        return Account(config, url, ApiKey(value), KeySource.ENVIRONMENT, data_api_url=data_url)
    store = keystore or KeyStore(keyring_username(config, first=settings.owns_default_entry(config)))
    key = store.get()
    return Account(config, url, key, KeySource.KEYRING if key else KeySource.NONE, store.username, data_url)


@dataclass(frozen=True)
class AccountInputs:
    """What the tray app resolves its account from, handed to its worker thread as one immutable value."""

    environ: Mapping[str, str] = field(default_factory=dict)  # a copy: the app takes the key out of os.environ
    session_key: ApiKey | None = None  # a key the keyring could not take, kept in memory only
    fixed: Account | None = None  # the demo's account: nothing to look up
    account: AccountConfig | None = None  # which account; None: the settings' first

    def config(self, settings: Settings) -> AccountConfig:
        if self.fixed is not None:
            return self.fixed.config
        return self.account or settings.first_account


def resolve_app_account(settings: Settings, inputs: AccountInputs) -> Account:
    """Environment first, then a key kept for this session, then the keyring. Raises ConfigError (a bad URL)."""
    if inputs.fixed is not None:
        return inputs.fixed
    config = inputs.config(settings)
    if inputs.session_key is not None and not inputs.environ.get(ENV_KEY, "").strip():
        url = api_url_from(settings, inputs.environ, config)
        data_url = data_api_url_from(config, url, inputs.environ)
        return Account(config, url, inputs.session_key, KeySource.SESSION, data_api_url=data_url)
    try:
        return resolve_account(settings, inputs.environ, account=config)
    except NoKeyringAvailable as exc:
        # Nothing can have been stored, so this is "not set up"; the settings dialog explains the keyring.
        log.warning("%s", exc.message)
        return Account(config, api_url_from(settings, inputs.environ, config), None, KeySource.NONE)


def provisional_account(settings: Settings, inputs: AccountInputs) -> Account:
    """The account before its key is looked up (the keyring may be slow): for showing its last reading."""
    if inputs.fixed is not None:
        return inputs.fixed
    config = inputs.config(settings)
    try:
        url = api_url_from(settings, inputs.environ, config)
    except ConfigError:
        url = ""  # the check reports the bad URL
    return Account(config, url, None)
