"""The meters an account can have (the Project API account, the Data API credits) and their states."""

from __future__ import annotations

from enum import StrEnum


class Meter(StrEnum):
    PROJECT = "project"  # /account/balance + /account/subscription (api4)
    CREDITS = "credits"  # /v1/account/subscription (Data API)


class MeterState(StrEnum):
    OK = "ok"
    UNAVAILABLE = "unavailable"  # the key was rejected there while another meter answered: not watched
    GONE = "gone"  # 404/410: retired or a wrong URL; not asked again until a restart or a settings change
    ERROR = "error"
    OFF = "off"  # turned off in the settings, or not for this kind of key
    NONE = "none"  # credits only: the key has no credit subscription (units_limit 0)


# Which endpoints make up each meter; the profile belongs to none (a missing name is never an error).
METER_ENDPOINTS = {Meter.PROJECT: ("balance", "subscription"), Meter.CREDITS: ("credits",)}
ANSWERED = frozenset({MeterState.OK, MeterState.NONE})
