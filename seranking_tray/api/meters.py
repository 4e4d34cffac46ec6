"""Which endpoints a check of one account asks, and what the client learned about them so far.

A Project key (40 hex) watches the Project account (balance, subscription, profile) and the Data API credits; a
Data key (a UUID) watches the credits, with the profile from the unified API. The first check that gets any
answer is the discovery: a meter whose key was rejected (401/403) while another meter answered is "unavailable"
for this key and not asked again. An address that answers 404/410 is gone and not asked again either. Both are
forgotten with the client (a restart, a settings or key change, Test connection).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from seranking_tray.domain.account import Account, data_api_url_for, validate_api_url
from seranking_tray.domain.apikey import KeyShape
from seranking_tray.domain.credits import CREDITS_PATH, USERS_ME_PATH, parse_credits
from seranking_tray.domain.errors import CheckError, ErrorKind
from seranking_tray.domain.meters import METER_ENDPOINTS, Meter, MeterState
from seranking_tray.domain.models import Failure, parse_balance, parse_profile, parse_subscription, parse_users_me

Parser = Callable[[object], object]


@dataclass(frozen=True)
class Call:
    endpoint: str  # the Snapshot's name for it: balance, subscription, profile, credits
    urls: tuple[tuple[str, Parser], ...]  # tried in order; the next only after the one before is gone (404/410)
    quiet: bool = False  # a failure is not reported (the profile from the unified API: the label names the account)


def enabled_meters(account: Account) -> dict[Meter, bool]:
    """The settings' `meters` of the account (all on unless turned off), and what its key can watch."""
    raw = account.config.extra.get("meters")
    chosen: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    data_key = account.key is not None and account.key.shape is KeyShape.DATA
    return {
        Meter.PROJECT: chosen.get("project", True) is not False and not data_key,
        Meter.CREDITS: chosen.get("credits", True) is not False,
    }


class MeterPlan:
    """Thread-safe: the client's endpoint threads report gone addresses while a check runs."""

    def __init__(self, account: Account) -> None:
        self.project_url = validate_api_url(account.api_url)
        self.data_url = data_api_url_for(account.api_url, account.data_api_url)
        self.enabled = enabled_meters(account)
        self._lock = threading.Lock()
        self._gone: dict[str, CheckError] = {}
        self._unavailable: set[Meter] = set()
        self._gone_meters: set[Meter] = set()
        self._discovered = False

    def _asked(self, meter: Meter) -> bool:
        return self.enabled[meter] and meter not in self._unavailable and meter not in self._gone_meters

    def calls(self) -> list[Call]:
        users_me = (f"{self.data_url}{USERS_ME_PATH}", parse_users_me)
        calls: list[Call] = []
        if self._asked(Meter.PROJECT):
            calls.append(Call("balance", ((f"{self.project_url}/account/balance", parse_balance),)))
            calls.append(Call("subscription", ((f"{self.project_url}/account/subscription", parse_subscription),)))
            calls.append(Call("profile", ((f"{self.project_url}/account/profile", parse_profile), users_me)))
        else:
            calls.append(Call("profile", (users_me,), quiet=True))
        if self._asked(Meter.CREDITS):
            calls.append(Call("credits", ((f"{self.data_url}{CREDITS_PATH}", parse_credits),)))
        return calls

    def gone(self, url: str) -> CheckError | None:
        with self._lock:
            known = self._gone.get(url)
        return None if known is None else CheckError(known.kind, known.said, status=known.status)

    def mark_gone(self, url: str, error: CheckError) -> None:
        with self._lock:
            self._gone[url] = error

    def skipped(self) -> dict[Meter, MeterState]:
        states = {m: MeterState.OFF for m, on in self.enabled.items() if not on}
        states.update(dict.fromkeys(self._unavailable, MeterState.UNAVAILABLE))
        states.update(dict.fromkeys(self._gone_meters, MeterState.GONE))
        return states

    def settle(self, failures: dict[str, Failure]) -> dict[Meter, MeterState]:
        """After a check: a meter rejected at discovery, or gone, while another answered is set aside (its
        failures dropped) and not asked again. Returns the meters not asked or set aside, and why."""
        asked = [m for m in Meter if self._asked(m)]
        answered = [m for m in asked if not any(e in failures for e in METER_ENDPOINTS[m])]
        if answered:
            discovering, self._discovered = not self._discovered, True
            for meter in asked:
                endpoints = METER_ENDPOINTS[meter]
                kinds = {failures[e].kind for e in endpoints if e in failures}
                # Every endpoint of the meter must say so: one 401 alone is a fault, as before.
                if len(kinds) == 1 and all(e in failures for e in endpoints):
                    if discovering and kinds == {ErrorKind.AUTH}:
                        self._unavailable.add(meter)
                    elif kinds == {ErrorKind.GONE}:
                        self._gone_meters.add(meter)
                    else:
                        continue
                    for endpoint in endpoints:
                        failures.pop(endpoint, None)
                    if meter is Meter.PROJECT and "profile" in failures:
                        failures.pop("profile")
        return self.skipped()
