"""User settings: one human-readable JSON file, shared by the CLI and the GUI.

Unknown keys are kept (a newer version may have written them), out-of-range values are clamped with a warning,
and a file that cannot be read is moved aside — never silently overwritten — while defaults are used.
The API key is never part of the settings.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from seranking_tray.domain.rules import DEFAULT_RULES, AlertRules
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
    notify_low_balance: bool = DEFAULT_RULES.notify_low_balance
    notify_expired: bool = DEFAULT_RULES.notify_expired
    notify_auth: bool = DEFAULT_RULES.notify_auth
    notify_unreachable: bool = DEFAULT_RULES.notify_unreachable
    notify_recovered: bool = DEFAULT_RULES.notify_recovered
    unreachable_grace_minutes: float = DEFAULT_RULES.unreachable_grace_minutes
    running_low_days: int = DEFAULT_RULES.running_low_days
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)  # unknown keys, kept as they were

    @property
    def rules(self) -> AlertRules:
        return AlertRules(**{f.name: getattr(self, f.name) for f in fields(AlertRules)})

    def to_json(self) -> dict[str, Any]:
        data = dict(self.extra)
        data.update({k: v for k, v in asdict(self).items() if k != "extra"})
        return data


_FIELDS = {f.name: f for f in fields(Settings) if f.name != "extra"}
_DEFAULTS = Settings()


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    warnings: tuple[str, ...] = ()


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def _coerce(name: str, value: Any, warnings: list[str]) -> Any:
    default = getattr(_DEFAULTS, name)
    kind = type(default)
    if isinstance(default, IconStyle):
        try:
            return IconStyle(value)
        except (ValueError, TypeError):
            choices = ", ".join(IconStyle)
            warnings.append(f"Setting '{name}' = {value!r} is not one of {choices}; using {default}.")
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
                    warnings.append(f"Setting '{name}' = {value} is out of range; using {clamped}.")
                return clamped
    elif kind is str and isinstance(value, str):
        return value
    warnings.append(f"Setting '{name}' has an invalid value {value!r}; using the default {default!r}.")
    return default


def parse_settings(data: Mapping[str, Any]) -> LoadedSettings:
    warnings: list[str] = []
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in data.items():
        if name in _FIELDS:
            known[name] = _coerce(name, value, warnings)
        else:
            extra[name] = value
    return LoadedSettings(replace(_DEFAULTS, **known, extra=extra), tuple(warnings))


def load_settings(path: Path | None = None) -> LoadedSettings:
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(_DEFAULTS)
    except OSError as exc:
        return LoadedSettings(_DEFAULTS, (f"Cannot read the settings file {path}: {exc.strerror}; using defaults.",))
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (ValueError, UnicodeDecodeError) as exc:
        try:
            aside: Path | None = move_aside(path)
        except OSError:
            aside = None
        where = f"it was kept as {aside}" if aside else "it could not be moved aside"
        return LoadedSettings(_DEFAULTS, (f"The settings file {path} is damaged ({exc}); {where}. Using defaults.",))
    return parse_settings(data)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temp file + rename) so a crash or a full disk never leaves a torn file."""
    path = path or settings_path()
    write_atomically(path, (json.dumps(settings.to_json(), indent=2, sort_keys=True) + "\n").encode())
