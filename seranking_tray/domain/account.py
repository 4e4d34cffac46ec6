"""An account: what the app watches. A value passed around — several can exist side by side.

An account is known by its id (`AccountId`), which never changes; its label is only the name shown to people and
may be edited. History rows, the keyring username, the notification memory and the avatar cache use the id.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NewType
from urllib.parse import urlsplit

from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.rules import AlertRules
from seranking_tray.domain.sentence import Sentence

DEFAULT_API_URL = "https://api4.seranking.com"
DEFAULT_DATA_API_URL = "https://api.seranking.com"  # the unified API: the Data API credits, the newer profile
ENV_KEY = "SERANKING_API_KEY"
ENV_API_URL = "SERANKING_API_URL"
ENV_DATA_API_URL = "SERANKING_DATA_API_URL"
# The first account's keyring entry since the first version (scripts and downgrades find the key there).
DEFAULT_USERNAME = "project-api-key"
# The label an installation from before account ids gets for its one account (`history --account default`).
LEGACY_LABEL = "default"
# SERANKING_API_KEY as an account of its own (read-only: it lives in the environment, not the settings).
ENVIRONMENT_LABEL = "Environment"

AccountId = NewType("AccountId", str)
ENVIRONMENT_ID = AccountId("environment")  # never a generated id (those are hex)


def new_account_id() -> AccountId:
    """A fresh id: random, so it says nothing about the account and never collides with a label's meaning."""
    return AccountId(os.urandom(6).hex())  # as secrets.token_hex, without its import (~4 ms on the icon path)


@dataclass(frozen=True)
class AccountConfig:
    """An account as the settings name it."""

    id: AccountId
    label: str
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)  # unknown keys, kept as they were
    api_url: str = ""  # empty: SERANKING_API_URL, else the settings' api_url, else the default API
    rules: AlertRules | None = None  # None: the settings' rules (what an account from before per-account rules has)
    read_only: bool = False  # the Environment account: not in the settings, cannot be renamed or removed


def key_taken(label: str) -> Sentence:
    """Why a key cannot be given to a second account."""
    return Sentence.of(
        QT_TRANSLATE_NOOP("Words", "This key is already the key of the account {name}."), name=repr(label)
    )


def check_label(label: str, others: Iterable[AccountConfig]) -> str:
    """A new label, stripped; raises ConfigError when it is empty, reserved or taken (case-insensitively)."""
    text = label.strip()
    if not text:
        raise ConfigError(Sentence(QT_TRANSLATE_NOOP("Words", "An account needs a name.")))
    if text.casefold() == ENVIRONMENT_LABEL.casefold():
        raise ConfigError(
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "The name {name} is reserved for the {variable} account."),
                name=repr(ENVIRONMENT_LABEL),
                variable=ENV_KEY,
            )
        )
    if any(a.label.casefold() == text.casefold() for a in others):
        raise ConfigError(
            Sentence.of(QT_TRANSLATE_NOOP("Words", "There is already an account named {name}."), name=repr(text))
        )
    return text


def keyring_username(account: AccountConfig, *, first: bool) -> str:
    """The keyring entry of an account's key. The first account keeps the name every earlier version used, so a
    downgrade and scripts still find its key (nothing is moved); the others are told apart by id, not label."""
    return DEFAULT_USERNAME if first else f"{DEFAULT_USERNAME}:{account.id}"


class KeySource(StrEnum):
    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    SESSION = "session"  # kept in memory only, when the keyring cannot be used
    DEMO = "demo"
    NONE = "none"


@dataclass(frozen=True)
class Account:
    """An account resolved for a check: its URL and key, and where the key came from."""

    config: AccountConfig
    api_url: str
    key: ApiKey | None
    key_source: KeySource = KeySource.NONE
    keyring_username: str = DEFAULT_USERNAME
    data_api_url: str = ""  # empty: derived from the Project URL (see data_api_url_for)

    @property
    def id(self) -> AccountId:
        return self.config.id

    @property
    def label(self) -> str:
        return self.config.label

    @property
    def is_demo(self) -> bool:
        return self.key_source is KeySource.DEMO


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_api_url(url: str) -> str:
    """The API base URL, normalised; https only, except plain http to this machine (tests, demo)."""
    text = url.strip().rstrip("/")
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 — raises ValueError for a bad port
    except ValueError:
        raise ConfigError(
            Sentence.of(QT_TRANSLATE_NOOP("Words", "The API URL {url} is not a valid URL."), url=repr(text))
        ) from None
    if parts.scheme not in ("https", "http") or not host:
        raise ConfigError(
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "The API URL {url} must start with https:// and name a host."),
                url=repr(text),
            )
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigError(
            Sentence(QT_TRANSLATE_NOOP("Words", "The API URL must not contain credentials, a query or a fragment."))
        )
    if parts.scheme == "http" and not is_loopback_host(host):
        raise ConfigError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "Words",
                    "The API URL {url} uses plain http://, which is only allowed for this machine "
                    "(localhost, 127.0.0.1, ::1); use https://.",
                ),
                url=repr(text),
            )
        )
    return text


def data_api_url_for(project_url: str, configured: str = "") -> str:
    """The Data API's base URL: the one configured, else the Project URL when that is this machine (tests and
    the demo never leave it), else the unified API's. Validated like the Project URL."""
    if configured.strip():
        return validate_api_url(configured)
    try:
        host = urlsplit(project_url.strip()).hostname or ""
    except ValueError:
        host = ""
    return validate_api_url(project_url) if host and is_loopback_host(host) else DEFAULT_DATA_API_URL
