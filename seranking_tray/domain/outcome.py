"""The one result of a check of one account, assessed once by the check pipeline (`service.monitor`)."""

from __future__ import annotations

from dataclasses import dataclass

from seranking_tray.domain.account import Account
from seranking_tray.domain.forecast import Forecast
from seranking_tray.domain.health import Assessment
from seranking_tray.domain.lists import Lists
from seranking_tray.domain.models import Snapshot


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    account: Account
    snapshot: Snapshot
    assessment: Assessment  # the only assessment of this snapshot: views display it, never redo it
    forecast: Forecast | None = None  # None: no new forecast (the check failed): keep the last one
    paused: bool = False  # automatic refresh stopped (auth/payment/config) until the key changes or the user asks
    next_delay: int | None = None  # seconds until the next automatic check; None: none is planned
    recorded: bool = False  # the check was stored in the history
    restored: bool = False  # not a check: the last stored reading, shown (stale) until the first check answers
    credits_forecast: Forecast | None = None  # the Data API credits' run-out forecast, like `forecast`
    lists: Lists | None = None  # the sub-accounts and projects known at this check (fetched now or before)
