"""The list of accounts, Qt-free: which accounts there are (the stored ones and SERANKING_API_KEY), resolved with
their keys, and the edits — add, rename, remove, reorder — that the CLI and the settings dialog both make.

SERANKING_API_KEY is an account of its own, labelled "Environment", read-only and listed first — unless its key is
a stored account's key (then it is that account), or the first account has no key stored (then it is the first
account: an installation that only ever used the environment keeps its history and notification memory).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from seranking_tray.domain.account import (
    ENV_KEY,
    ENVIRONMENT_ID,
    ENVIRONMENT_LABEL,
    LEGACY_LABEL,
    Account,
    AccountConfig,
    AccountId,
    KeySource,
    check_label,
    key_taken,
    keyring_username,
    new_account_id,
    validate_api_url,
)
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.sentence import Sentence
from seranking_tray.service.accounts import api_url_from, data_api_url_from
from seranking_tray.store.keystore import KeyStore, NoKeyringAvailable
from seranking_tray.store.settings import Settings, save_settings

KeyStoreFactory = Callable[[str], KeyStore]  # keyring username -> its store (tests pass a fake)


@dataclass(frozen=True)
class Entry:
    """One account as listed: resolved (URL, key, where the key comes from), or why it cannot be checked."""

    account: Account
    problem: ConfigError | None = None

    @property
    def config(self) -> AccountConfig:
        return self.account.config


class UnknownAccount(ConfigError):
    """No account has this label or id (the CLI exits 3 with the message)."""


def keystore_for(settings: Settings, config: AccountConfig, factory: KeyStoreFactory = KeyStore) -> KeyStore:
    return factory(keyring_username(config, first=settings.owns_default_entry(config)))


def _stored_key(store: KeyStore) -> tuple[ApiKey | None, ConfigError | None]:
    try:
        return store.get(), None
    except NoKeyringAvailable:
        return None, None  # nothing can have been stored: "not set up"
    except ConfigError as exc:
        return None, exc


def list_entries(
    settings: Settings, environ: Mapping[str, str] | None = None, factory: KeyStoreFactory = KeyStore
) -> list[Entry]:
    """Every account in order, the Environment account first when it is one of its own."""
    env = os.environ if environ is None else environ
    env_value = env.get(ENV_KEY, "").strip()
    env_key = ApiKey(env_value) if env_value else None
    entries: list[Entry] = []
    env_taken = env_key is None
    for config in settings.accounts:
        store = keystore_for(settings, config, factory)
        key, problem = _stored_key(store)
        source = KeySource.KEYRING if key is not None else KeySource.NONE
        if env_key is not None and not env_taken and key is not None and key.reveal() == env_value:
            source, env_taken = KeySource.ENVIRONMENT, True
        data_url = ""
        try:
            url = api_url_from(settings, env, config)
            data_url = data_api_url_from(config, url, env)
        except ConfigError as exc:
            url, problem = "", problem or exc  # a bad Data API URL stops the check too, as in resolve_account
        entries.append(Entry(Account(config, url, key, source, store.username, data_url), problem))
    if env_key is not None and not env_taken:
        first = next((i for i, e in enumerate(entries) if settings.owns_default_entry(e.config)), None)
        if first is not None and entries[first].account.key is None and entries[first].problem is None:
            # Only the environment key was ever used: it is the first account (its history, its memory).
            entry = entries[first]
            shown = ENVIRONMENT_LABEL if entry.config.label == LEGACY_LABEL else entry.config.label
            config = replace(entry.config, label=shown)
            entries[first] = Entry(replace(entry.account, config=config, key=env_key, key_source=KeySource.ENVIRONMENT))
        else:
            config = AccountConfig(ENVIRONMENT_ID, ENVIRONMENT_LABEL, read_only=True)
            data_url = ""
            try:
                url, problem = api_url_from(settings, env, config), None
                data_url = data_api_url_from(config, url, env)
            except ConfigError as exc:
                url, problem = "", exc
            entries.insert(0, Entry(Account(config, url, env_key, KeySource.ENVIRONMENT, "", data_url), problem))
    return entries


def find_entry(entries: Iterable[Entry], name: str) -> Entry:
    """The account with this id, else with this label (case-insensitive); UnknownAccount when none."""
    listed = list(entries)
    found = next((e for e in listed if e.config.id == name), None) or next(
        (e for e in listed if e.config.label.casefold() == name.strip().casefold()), None
    )
    if found is None:
        known = ", ".join(e.config.label for e in listed) or "none"
        raise UnknownAccount(f"No account {name!r} (by label or id); known: {known}.")
    return found


def find_config(settings: Settings, name: str) -> AccountConfig:
    """A stored account by id or label (case-insensitive); UnknownAccount when none."""
    found = next((a for a in settings.accounts if a.id == name), None) or next(
        (a for a in settings.accounts if a.label.casefold() == name.strip().casefold()), None
    )
    if found is None:
        known = ", ".join(a.label for a in settings.accounts) or "none"
        raise UnknownAccount(f"No stored account {name!r} (by label or id); known: {known}.")
    return found


def _pinned(settings: Settings) -> Settings:
    """The settings with the default keyring entry's owner written down, so an edit never moves a key."""
    if settings.primary_account or not settings.accounts:
        return settings
    return replace(settings, primary_account=settings.accounts[0].id)


class AccountList:
    """Edits of the stored accounts, each saved at once. `path`: the settings file (None: the usual one)."""

    def __init__(self, settings: Settings, path: Path | None = None, factory: KeyStoreFactory = KeyStore) -> None:
        self.settings = _pinned(settings)
        self._path = path
        self._factory = factory

    def _save(self, settings: Settings) -> Settings:
        save_settings(settings, self._path)
        self.settings = settings
        return settings

    def add(
        self,
        label: str,
        key: ApiKey,
        api_url: str = "",
        environ: Mapping[str, str] | None = None,
        data_api_url: str = "",
    ) -> AccountConfig:
        """A new account with its key in the keyring. Its rules are the current defaults (the flat settings).
        The first account while it has no key and its first label is taken over instead of adding a second."""
        url = validate_api_url(api_url) if api_url.strip() else ""
        # The Data API's URL lives with the account's other kept keys (service.accounts.data_api_url_from reads it).
        data = {"data_api_url": validate_api_url(data_api_url)} if data_api_url.strip() else {}
        settings = self.settings
        reusable = self._unused_first(environ)
        others = [a for a in settings.accounts if reusable is None or a.id != reusable.id]
        text = check_label(label, others)
        for entry in list_entries(settings, {} if environ is None else environ, self._factory):
            if entry.account.key is not None and entry.account.key.reveal() == key.reveal():
                raise ConfigError(key_taken(entry.config.label))
        if reusable is not None:
            config = replace(reusable, label=text, api_url=url, extra={**reusable.extra, **data})
            accounts = tuple(config if a.id == reusable.id else a for a in settings.accounts)
        else:
            config = AccountConfig(new_account_id(), text, data, api_url=url, rules=settings.rules)
            accounts = (*settings.accounts, config)
        updated = replace(settings, accounts=accounts)
        keystore_for(updated, config, self._factory).set(key)
        self._save(updated)
        return config

    def _unused_first(self, environ: Mapping[str, str] | None) -> AccountConfig | None:
        """The account a fresh installation made for itself ("default", no key), when nothing else uses it."""
        settings = self.settings
        if len(settings.accounts) != 1 or (environ or {}).get(ENV_KEY, "").strip():
            return None
        first = settings.accounts[0]
        if first.label != LEGACY_LABEL or not settings.owns_default_entry(first):
            return None
        key, problem = _stored_key(keystore_for(settings, first, self._factory))
        return first if key is None and problem is None else None

    def rename(self, name: str, new_label: str) -> AccountConfig:
        config = find_config(self.settings, name)
        text = check_label(new_label, [a for a in self.settings.accounts if a.id != config.id])
        renamed = replace(config, label=text)
        accounts = tuple(renamed if a.id == config.id else a for a in self.settings.accounts)
        self._save(replace(self.settings, accounts=accounts))
        return renamed

    def update(self, config: AccountConfig) -> None:
        """Replace a stored account's URL and rules (the settings dialog's per-account fields)."""
        stored = find_config(self.settings, config.id)
        url = validate_api_url(config.api_url) if config.api_url.strip() else ""
        changed = replace(stored, api_url=url, rules=config.rules)
        self._save(
            replace(self.settings, accounts=tuple(changed if a.id == stored.id else a for a in self.settings.accounts))
        )

    def remove(self, name: str, delete_history: Callable[[AccountId], None] | None = None) -> AccountConfig:
        """Remove an account and its keyring entry; its history stays unless `delete_history` is given.
        The last account cannot be removed (an installation always has one)."""
        config = find_config(self.settings, name)
        if len(self.settings.accounts) == 1:
            raise ConfigError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Words", "The last account cannot be removed; delete its key with `key delete` instead."
                    )
                )
            )
        keystore_for(self.settings, config, self._factory).delete()
        self._save(replace(self.settings, accounts=tuple(a for a in self.settings.accounts if a.id != config.id)))
        if delete_history is not None:
            delete_history(config.id)
        return config

    def move(self, name: str, position: int) -> None:
        """Put an account at `position` (0: first; clamped)."""
        config = find_config(self.settings, name)
        rest = [a for a in self.settings.accounts if a.id != config.id]
        rest.insert(max(0, min(position, len(rest))), config)
        self._save(replace(self.settings, accounts=tuple(rest)))
