"""An account: what the app watches. A value passed around — several can exist side by side."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ConfigError

DEFAULT_API_URL = "https://api4.seranking.com"
ENV_KEY = "SERANKING_API_KEY"
ENV_API_URL = "SERANKING_API_URL"
# The first account's keyring entry since the first version (scripts and downgrades find the key there).
DEFAULT_USERNAME = "project-api-key"


class KeySource(StrEnum):
    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    SESSION = "session"  # kept in memory only, when the keyring cannot be used
    DEMO = "demo"
    NONE = "none"


@dataclass(frozen=True)
class Account:
    label: str
    api_url: str
    key: ApiKey | None
    key_source: KeySource = KeySource.NONE
    keyring_username: str = DEFAULT_USERNAME

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
        raise ConfigError(f"The API URL {text!r} is not a valid URL.") from None
    if parts.scheme not in ("https", "http") or not host:
        raise ConfigError(f"The API URL {text!r} must start with https:// and name a host.")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigError("The API URL must not contain credentials, a query or a fragment.")
    if parts.scheme == "http" and not is_loopback_host(host):
        raise ConfigError(
            f"The API URL {text!r} uses plain http://, which is only allowed for this machine "
            "(localhost, 127.0.0.1, ::1); use https://."
        )
    return text
