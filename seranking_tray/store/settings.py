"""User settings: one human-readable JSON file, shared by the CLI and the GUI.

Unknown keys are kept (a newer version may have written them), out-of-range values are clamped with a warning,
and a file that cannot be read is moved aside — never silently overwritten — while defaults are used.
The API key is never part of the settings.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from seranking_tray.domain.rules import DEFAULT_RULES, AlertRules
from seranking_tray.system import paths

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
ICON_STYLES = ("colour", "light", "dark")

# name: (minimum, maximum) for numeric settings; values outside are clamped.
_RANGES: dict[str, tuple[float, float]] = {
    "low_balance_threshold": (0.0, 1e12),
    "refresh_interval": (60, 24 * 3600),
    "connect_timeout": (1.0, 60.0),
    "read_timeout": (1.0, 120.0),
    "check_deadline": (5.0, 300.0),
    "unreachable_grace_minutes": (0, 24 * 60),
    "running_low_days": (0, 365),  # 0: never warn ahead, only below the threshold
}


@dataclass(frozen=True)
class Settings:
    # The alert rules' fields, flat in settings.json; their defaults are the rules' (`rules` builds the value).
    low_balance_threshold: float = DEFAULT_RULES.low_balance_threshold
    refresh_interval: int = 15 * 60  # seconds
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    check_deadline: float = 30.0  # one whole check, retries included
    api_url: str = ""  # empty: the default API (DEFAULT_API_URL)
    icon_style: str = "colour"
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
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind in (int, float):
        if isinstance(value, int | float) and not isinstance(value, bool) and value == value:
            low, high = _RANGES.get(name, (float("-inf"), float("inf")))
            # Clamp before converting: Infinity or a huge JSON integer cannot become an int or a float.
            bounded = min(max(value, low), high)
            if math.isfinite(bounded):
                clamped = kind(bounded)
                if value < low or value > high:
                    warnings.append(f"Setting '{name}' = {value} is out of range; using {clamped}.")
                return clamped
    elif kind is str and isinstance(value, str):
        if name == "icon_style" and value not in ICON_STYLES:
            warnings.append(f"Setting 'icon_style' = {value!r} is not one of {', '.join(ICON_STYLES)}; using colour.")
            return default
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
        aside = _move_aside(path)
        where = f"it was kept as {aside}" if aside else "it could not be moved aside"
        return LoadedSettings(_DEFAULTS, (f"The settings file {path} is damaged ({exc}); {where}. Using defaults.",))
    return parse_settings(data)


def _move_aside(path: Path) -> Path | None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while aside.exists():  # never replace an earlier damaged copy
        number += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        path.replace(aside)
    except OSError:
        return None
    return aside


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temp file + rename) so a crash or a full disk never leaves a torn file."""
    path = path or settings_path()
    write_atomically(path, (json.dumps(settings.to_json(), indent=2, sort_keys=True) + "\n").encode())


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp_name).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink()
        raise
