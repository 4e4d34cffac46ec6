"""Where the app keeps its files, per platform (XDG base directories on Linux and other Unixes)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "seranking-tray"


def xdg_home(variable: str, fallback: str) -> Path:
    """An XDG base directory: `$variable` when it is absolute, else `~/<fallback>`."""
    value = os.environ.get(variable, "")
    # The spec says relative paths are invalid and must be ignored.
    return Path(value) if value and Path(value).is_absolute() else Path.home() / fallback


def _xdg(variable: str, fallback: str) -> Path:
    return xdg_home(variable, fallback) / APP_DIR_NAME


def _windows(variable: str, *parts: str) -> Path:
    base = os.environ.get(variable) or str(Path.home() / "AppData" / "Local")
    return Path(base, "SE Ranking Tray", *parts)


def _macos(*parts: str) -> Path:
    return Path.home().joinpath("Library", *parts, "SE Ranking Tray")


def config_dir() -> Path:
    if sys.platform == "win32":
        return _windows("APPDATA")
    if sys.platform == "darwin":
        return _macos("Application Support")
    return _xdg("XDG_CONFIG_HOME", ".config")


def data_dir() -> Path:
    if sys.platform == "win32":
        return _windows("LOCALAPPDATA")
    if sys.platform == "darwin":
        return _macos("Application Support")
    return _xdg("XDG_DATA_HOME", ".local/share")


def cache_dir() -> Path:
    if sys.platform == "win32":
        return _windows("LOCALAPPDATA", "Cache")
    if sys.platform == "darwin":
        return _macos("Caches")
    return _xdg("XDG_CACHE_HOME", ".cache")


def state_dir() -> Path:
    if sys.platform == "win32":
        return _windows("LOCALAPPDATA", "State")
    if sys.platform == "darwin":
        return _macos("Application Support")
    return _xdg("XDG_STATE_HOME", ".local/state")
