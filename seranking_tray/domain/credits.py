"""Data API credits: `GET {data_api_url}/v1/account/subscription` parsed into a value, and what it means.

The vendor's docs and a real answer spell the expiry key `expiraton_date`; the documented name is
`expiration_date`: both are read. Dates come as "YYYY-MM-DD HH:MM:SS" without a zone (taken as UTC), as a date
only, or null; numbers may come as strings. `units_limit` 0 means the key has no credit subscription.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from seranking_tray.domain import bad_answer
from seranking_tray.domain.errors import CheckError
from seranking_tray.domain.sentence import Sentence

CREDITS_PATH = "/v1/account/subscription"
USERS_ME_PATH = "/v1/project-management/users/me"
# Statuses that mean the credits cannot be used; any other (active, or one the API invents) is taken as usable.
ENDED_STATUSES = frozenset({"expired", "inactive", "disabled"})


@dataclass(frozen=True, slots=True)
class Credits:
    status: str  # active | inactive | expired | disabled, or whatever the API invents, as it came (lower case)
    start_date: datetime | None  # UTC
    expires_at: datetime | None  # UTC
    units_limit: float
    units_left: float

    @property
    def subscribed(self) -> bool:
        """False: no credit subscription ("none"); its status and dates then mean nothing."""
        return self.units_limit > 0

    def ended(self, now: datetime) -> bool:
        """The credits can no longer be used: an ended status, or the expiry date has passed."""
        if not self.subscribed:
            return False
        return self.status in ENDED_STATUSES or (self.expires_at is not None and self.expires_at <= now)

    def days_to_expiry(self, now: datetime) -> int | None:
        """Whole days until the expiry, rounded down; None without a date."""
        if self.expires_at is None:
            return None
        return math.floor((self.expires_at - now) / timedelta(days=1))

    def percent_left(self) -> float | None:
        return None if not self.subscribed else 100.0 * self.units_left / self.units_limit


def _bad(detail: Sentence) -> CheckError:
    return bad_answer.unexpected_answer(CREDITS_PATH, detail, "credits")


def _units(body: Mapping[str, Any], name: str) -> float:
    value = body.get(name)
    label = f"subscription_info.{name}"
    if value is None:
        raise _bad(bad_answer.field(bad_answer.MISSING, label))
    if isinstance(value, bool):
        raise _bad(bad_answer.field(bad_answer.NUMBER_GOT, label, bad_answer.json_type(value)))
    if isinstance(value, str):
        text = value
        try:
            value = float(text.strip().replace(",", ""))
        except ValueError:
            raise _bad(bad_answer.field(bad_answer.NUMBER_GOT, label, bad_answer.quoted(text))) from None
    if not isinstance(value, int | float):
        raise _bad(bad_answer.field(bad_answer.NUMBER, label))
    try:
        number = float(value)
    except OverflowError:
        raise _bad(bad_answer.field(bad_answer.NOT_FINITE, label)) from None
    if not math.isfinite(number) or number < 0:
        raise _bad(bad_answer.field(bad_answer.CREDITS_GOT, label, str(number)))
    return number


_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")


def parse_api_date(value: object, name: str) -> datetime | None:
    """ "YYYY-MM-DD HH:MM:SS" (no zone: UTC), ISO 8601 with a zone, a date only, or null/empty."""
    label = f"subscription_info.{name}"
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise _bad(bad_answer.field(bad_answer.DATE_GOT, label, type(value).__name__))
    text = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _bad(bad_answer.field(bad_answer.DATE_GOT, label, bad_answer.quoted(text))) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_credits(data: object) -> Credits:
    if not isinstance(data, Mapping):
        raise _bad(bad_answer.detail(bad_answer.JSON_OBJECT))
    info = data.get("subscription_info")
    if not isinstance(info, Mapping):
        raise _bad(
            bad_answer.field(bad_answer.MISSING if info is None else bad_answer.NOT_AN_OBJECT, "subscription_info")
        )
    status = info.get("status")
    if status is not None and not isinstance(status, str):
        raise _bad(bad_answer.field(bad_answer.TEXT, "subscription_info.status"))
    expiry_key = "expiration_date" if info.get("expiration_date") is not None else "expiraton_date"
    return Credits(
        status=(status or "").strip().lower() or "unknown",
        start_date=parse_api_date(info.get("start_date"), "start_date"),
        expires_at=parse_api_date(info.get(expiry_key), expiry_key),
        units_limit=_units(info, "units_limit"),
        units_left=_units(info, "units_left"),
    )
