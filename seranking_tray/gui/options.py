"""How the tray app was asked to start (parsed by `seranking_tray.entry`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AppOptions:
    demo: bool = False
    refresh_interval: int | None = None
    debug: bool = False
    open_settings: bool = False
