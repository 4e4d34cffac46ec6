"""User settings: one human-readable JSON file, shared by the CLI and the GUI.

Unknown keys are kept (a newer version may have written them), out-of-range values are clamped with a warning,
and a file that cannot be read is moved aside — never silently overwritten — while defaults are used.
The API key is never part of the settings.

`accounts` lists the accounts by id and label. A file from before ids (or none) has no list: `ensure_accounts`
gives it one account labelled "default" with a new id and writes it back at once, so the id stays the same.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from seranking_tray.domain.account import LEGACY_LABEL, AccountConfig, AccountId, new_account_id
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.languages import AUTO, is_language_setting
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.rules import DEFAULT_RULES, AlertRules
from seranking_tray.domain.sentence import Sentence
from seranking_tray.system import paths
from seranking_tray.system.files import move_aside, write_atomically

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"


class IconStyle(StrEnum):
    COLOUR = "colour"
    LIGHT = "light"  # a white glyph, for dark panels
    DARK = "dark"  # a black glyph, for light panels


class Limits(NamedTuple):
    minimum: float
    maximum: float


# The allowed values of the numeric settings, in the settings' own units: a file's values outside are clamped,
# and the settings dialog's fields offer exactly these.
RANGES: Mapping[str, Limits] = MappingProxyType(
    {
        "low_balance_threshold": Limits(0.0, 1e12),
        "refresh_interval": Limits(60, 24 * 3600),  # seconds
        "connect_timeout": Limits(1.0, 60.0),
        "read_timeout": Limits(1.0, 120.0),
        "check_deadline": Limits(5.0, 300.0),
        "unreachable_grace_minutes": Limits(0, 24 * 60),
        "running_low_days": Limits(0, 365),  # 0: never warn ahead, only below the threshold
        "credits_low_percent": Limits(0.0, 100.0),  # 0: never
        "expiry_warning_days": Limits(0, 365),  # 0: never warn before the credits expire
        "lists_interval": Limits(300, 7 * 24 * 3600),  # seconds: the lists change slowly
    }
)


@dataclass(frozen=True)
class Settings:
    # The alert rules' fields, flat in settings.json; their defaults are the rules' (`rules` builds the value).
    low_balance_threshold: float = DEFAULT_RULES.low_balance_threshold
    refresh_interval: int = 15 * 60  # seconds
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    check_deadline: float = 30.0  # one whole check, retries included
    api_url: str = ""  # empty: the default API (DEFAULT_API_URL)
    icon_style: IconStyle = IconStyle.COLOUR
    language: str = AUTO  # "auto" (the system's), "profile" (the first account's `lang`) or a code ("de")
    notify_low_balance: bool = DEFAULT_RULES.notify_low_balance
    notify_expired: bool = DEFAULT_RULES.notify_expired
    notify_auth: bool = DEFAULT_RULES.notify_auth
    notify_unreachable: bool = DEFAULT_RULES.notify_unreachable
    notify_recovered: bool = DEFAULT_RULES.notify_recovered
    unreachable_grace_minutes: float = DEFAULT_RULES.unreachable_grace_minutes
    running_low_days: int = DEFAULT_RULES.running_low_days
    credits_low_percent: float = DEFAULT_RULES.credits_low_percent
    expiry_warning_days: int = DEFAULT_RULES.expiry_warning_days
    alert_blocked_sub_accounts: bool = DEFAULT_RULES.alert_blocked_sub_accounts
    lists_interval: int = 3600  # seconds between fetches of the sub-accounts and projects in the tray
    # The account whose key is in the keyring entry every earlier version used; empty: the first account.
    # Kept by id so a reorder never moves a key between entries.
    primary_account: str = ""
    accounts: tuple[AccountConfig, ...] = ()  # empty: not migrated yet (see ensure_accounts)
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)  # unknown keys, kept as they were

    @property
    def rules(self) -> AlertRules:
        return AlertRules(**{f.name: getattr(self, f.name) for f in fields(AlertRules)})

    @property
    def first_account(self) -> AccountConfig:
        if not self.accounts:
            raise ConfigError(Sentence(QT_TRANSLATE_NOOP("Words", "No account is configured in the settings.")))
        return self.accounts[0]

    def rules_for(self, account: AccountConfig) -> AlertRules:
        """An account's own rules; the flat ones (the defaults for new accounts) when it has none."""
        return account.rules if account.rules is not None else self.rules

    def owns_default_entry(self, account: AccountConfig) -> bool:
        """Whether the account's key is in the keyring entry of the first version (see keyring_username)."""
        return account.id == (self.primary_account or (self.accounts[0].id if self.accounts else ""))

    def to_json(self) -> dict[str, Any]:
        data = dict(self.extra)
        data.update({name: getattr(self, name) for name in _FIELDS})
        if self.accounts:
            data["accounts"] = [_account_json(a) for a in self.accounts]
        return data


def _account_json(account: AccountConfig) -> dict[str, Any]:
    data = {**account.extra, "id": account.id, "label": account.label}
    if account.api_url:
        data["api_url"] = account.api_url
    if account.rules is not None:
        data["rules"] = {f.name: getattr(account.rules, f.name) for f in fields(AlertRules)}
    return data


_FIELDS = {f.name: f for f in fields(Settings) if f.name not in ("extra", "accounts")}
_DEFAULTS = Settings()


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    warnings: tuple[Sentence, ...] = ()  # what was wrong with the file and what is used instead
    may_save: bool = True  # False: the file is there but could not be read; writing would replace it
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False)  # the file's object, as it was


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def _coerce(name: str, value: Any, warnings: list[Sentence]) -> Any:
    default = getattr(_DEFAULTS, name)
    kind = type(default)
    if name == "language":
        if is_language_setting(value):
            return value
        warnings.append(
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "Setting 'language' = {value} is not a known language; using {default}."),
                value=repr(value),
                default=repr(default),
            )
        )
        return default
    if isinstance(default, IconStyle):
        try:
            return IconStyle(value)
        except (ValueError, TypeError):
            choices = ", ".join(IconStyle)
            warnings.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP("Words", "Setting {name} = {value} is not one of {choices}; using {default}."),
                    name=repr(name),
                    value=repr(value),
                    choices=choices,
                    default=str(default),
                )
            )
            return default
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind in (int, float):
        if isinstance(value, int | float) and not isinstance(value, bool) and value == value:
            low, high = RANGES.get(name, (float("-inf"), float("inf")))
            # Clamp before converting: Infinity or a huge JSON integer cannot become an int or a float.
            bounded = min(max(value, low), high)
            if math.isfinite(bounded):
                clamped = kind(bounded)
                if value < low or value > high:
                    warnings.append(
                        Sentence.of(
                            QT_TRANSLATE_NOOP("Words", "Setting {name} = {value} is out of range; using {clamped}."),
                            name=repr(name),
                            value=str(value),
                            clamped=str(clamped),
                        )
                    )
                return clamped
    elif kind is str and isinstance(value, str):
        return value
    warnings.append(
        Sentence.of(
            QT_TRANSLATE_NOOP("Words", "Setting {name} has an invalid value {value}; using the default {default}."),
            name=repr(name),
            value=repr(value),
            default=repr(default),
        )
    )
    return default


def parse_settings(data: Mapping[str, Any]) -> LoadedSettings:
    warnings: list[Sentence] = []
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    accounts: tuple[AccountConfig, ...] = ()
    for name, value in data.items():
        if name in _FIELDS:
            known[name] = _coerce(name, value, warnings)
        elif name == "accounts":
            accounts = _parse_accounts(value, warnings)
        else:
            extra[name] = value
    return LoadedSettings(replace(_DEFAULTS, **known, accounts=accounts, extra=extra), tuple(warnings), raw=data)


def _parse_accounts(value: Any, warnings: list[Sentence]) -> tuple[AccountConfig, ...]:
    entries = value if isinstance(value, list) else [value]
    accounts: list[AccountConfig] = []
    for entry in entries:
        ident = entry.get("id") if isinstance(entry, dict) else None
        label = entry.get("label") if isinstance(entry, dict) else None
        if not isinstance(ident, str) or not ident.strip() or any(a.id == ident for a in accounts):
            warnings.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "Words", "Ignoring the account {account} in the settings: it needs an id of its own."
                    ),
                    account=repr(entry),
                )
            )
            continue
        assert isinstance(entry, dict)
        others = {k: v for k, v in entry.items() if k not in ("id", "label", "api_url", "rules")}
        api_url = entry.get("api_url")
        if api_url is not None and not isinstance(api_url, str):
            warnings.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP("Words", "Ignoring the api_url {url} of the account {account}: it is not text."),
                    url=repr(api_url),
                    account=repr(ident),
                )
            )
            api_url = None
        rules = _parse_rules(ident, entry.get("rules"), warnings)
        name = label if isinstance(label, str) and label.strip() else ident
        accounts.append(AccountConfig(AccountId(ident), name, others, api_url or "", rules))
    return tuple(accounts)


def _parse_rules(ident: str, value: Any, warnings: list[Sentence]) -> AlertRules | None:
    """An account's rules: each field checked like the flat setting of the same name; missing ones default."""
    if value is None:
        return None
    if not isinstance(value, dict):
        warnings.append(
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "Ignoring the rules {rules} of the account {account}: not an object."),
                rules=repr(value),
                account=repr(ident),
            )
        )
        return None
    known = {f.name for f in fields(AlertRules)}
    return AlertRules(**{k: _coerce(k, v, warnings) for k, v in value.items() if k in known})


def load_settings(path: Path | None = None) -> LoadedSettings:
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(_DEFAULTS)
    except OSError as exc:
        message = Sentence.of(
            QT_TRANSLATE_NOOP("Words", "Cannot read the settings file {path}: {error}; using defaults."),
            path=str(path),
            error=str(exc.strerror),
        )
        return LoadedSettings(_DEFAULTS, (message,), may_save=False)
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (ValueError, UnicodeDecodeError) as exc:
        try:
            aside: Path | None = move_aside(path)
        except OSError:
            aside = None
        if aside is not None:
            template = QT_TRANSLATE_NOOP(
                "Words", "The settings file {path} is damaged ({error}); it was kept as {aside}. Using defaults."
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Words", "The settings file {path} is damaged ({error}); it could not be moved aside. Using defaults."
            )
        message = Sentence.of(template, path=str(path), error=str(exc), aside=str(aside))
        return LoadedSettings(_DEFAULTS, (message,), may_save=aside is not None)
    return parse_settings(data)


def ensure_accounts(loaded: LoadedSettings, path: Path | None = None, *, persist: bool = True) -> LoadedSettings:
    """Settings with at least one account. An installation from before account ids gets one account labelled
    "default" with a new id, saved at once (`persist`) so the next run finds the same id; when the file cannot
    be written the id is used for this run only, with a warning."""
    if loaded.settings.accounts:
        return loaded
    settings = replace(loaded.settings, accounts=(AccountConfig(new_account_id(), LEGACY_LABEL),))
    warnings = loaded.warnings
    if persist and loaded.may_save:
        # The file as the user wrote it plus the list: a value clamped on reading is not rewritten clamped.
        data = {**loaded.raw, "accounts": settings.to_json()["accounts"]}
        try:
            write_atomically(path or settings_path(), (json.dumps(data, indent=2, sort_keys=True) + "\n").encode())
        except OSError as exc:
            warnings += (
                Sentence.of(
                    QT_TRANSLATE_NOOP("Words", "Cannot save the account list to the settings file: {error}."),
                    error=str(exc.strerror or exc),
                ),
            )
    return LoadedSettings(settings, warnings, loaded.may_save, loaded.raw)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temp file + rename) so a crash or a full disk never leaves a torn file."""
    path = path or settings_path()
    write_atomically(path, (json.dumps(settings.to_json(), indent=2, sort_keys=True) + "\n").encode())
