"""Typed, immutable account data and the tolerant parsers that build it from API bodies.

The API's documentation and its examples disagree in several places (see the project's API notes), so every
parser accepts each documented variation and turns anything else into a `bad_response` error that names the
endpoint and the field.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from seranking_tray.domain import bad_answer
from seranking_tray.domain.credits import Credits
from seranking_tray.domain.errors import CheckError, ErrorKind
from seranking_tray.domain.meters import ANSWERED, METER_ENDPOINTS, Meter, MeterState
from seranking_tray.domain.sentence import Sentence, literal

ENDPOINTS = ("balance", "profile", "subscription")


@dataclass(frozen=True, slots=True)
class Balance:
    value: float
    currency_code: str


@dataclass(frozen=True, slots=True)
class SubscriptionBalance:
    amount: float
    currency: str


@dataclass(frozen=True, slots=True)
class Subscription:
    type: str  # "manual", "trial", "subscription", or whatever new type the API invents
    is_expired: bool
    balance: SubscriptionBalance | None


@dataclass(frozen=True, slots=True)
class Profile:
    first_name: str
    last_name: str
    email: str
    email_verified: bool | None
    lang: str | None
    picture: str | None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def display_name(self) -> str:
        """What to call the account in one word-group: the name, else the email."""
        return self.full_name or self.email or "SE Ranking account"


@dataclass(frozen=True, slots=True)
class Failure:
    """A failed endpoint, as a plain value (an exception would keep its frames alive in long-lived state)."""

    kind: ErrorKind
    message: str  # in English; `said` is the same in the user's language when rendered
    status: int | None = None
    endpoint: str | None = None
    said: Sentence | None = field(default=None, compare=False)

    @classmethod
    def from_error(cls, error: CheckError) -> Failure:
        return cls(error.kind, error.message, error.status, error.endpoint, error.said)

    def sentence(self) -> Sentence:
        return self.said if self.said is not None else literal(self.message)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What one check learned. An endpoint that failed has its value None and an entry in `failures`."""

    checked_at: datetime
    balance: Balance | None = None
    subscription: Subscription | None = None
    profile: Profile | None = None
    failures: Mapping[str, Failure] = field(default_factory=dict)
    credits: Credits | None = None
    # Meters not asked in this check and why (off, unavailable, gone); the others' states follow from the values.
    skipped: Mapping[Meter, MeterState] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.failures

    def meter_state(self, meter: Meter) -> MeterState:
        if meter in self.skipped:
            return self.skipped[meter]
        failed = [self.failures[e] for e in METER_ENDPOINTS[meter] if e in self.failures]
        if failed:
            return MeterState.GONE if all(f.kind is ErrorKind.GONE for f in failed) else MeterState.ERROR
        if meter is Meter.CREDITS:
            if self.credits is None:
                return MeterState.OFF
            return MeterState.OK if self.credits.subscribed else MeterState.NONE
        return MeterState.OK if self.balance is not None and self.subscription is not None else MeterState.ERROR

    @property
    def meters(self) -> dict[Meter, MeterState]:
        return {meter: self.meter_state(meter) for meter in Meter}

    @property
    def answered(self) -> bool:
        """At least one meter gave its values."""
        return any(state in ANSWERED for state in self.meters.values())

    @classmethod
    def failed(cls, error: CheckError) -> Snapshot:
        """A check that could not even start (no key, bad URL, keyring trouble): every endpoint failed alike."""
        failure = Failure.from_error(error)
        return cls(
            checked_at=datetime.now(UTC),
            failures=dict.fromkeys(ENDPOINTS, failure),
            skipped={Meter.CREDITS: MeterState.ERROR},
        )


# --- parsing ---------------------------------------------------------------------------------------------


def _bad(endpoint: str, detail: Sentence) -> CheckError:
    return bad_answer.unexpected_answer(f"/account/{endpoint}", detail, endpoint)


def _object(endpoint: str, data: object) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise _bad(endpoint, bad_answer.detail(bad_answer.JSON_OBJECT_GOT, bad_answer.json_type(data)))
    return data


def _number(endpoint: str, name: str, value: object) -> float:
    # Numbers sometimes arrive as strings ("100.00"); booleans are not numbers even though Python says so.
    if isinstance(value, bool) or value is None:
        raise _bad(endpoint, bad_answer.field(bad_answer.NUMBER_GOT, name, bad_answer.json_type(value)))
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # a JSON integer beyond a float's range
            raise _bad(endpoint, bad_answer.field(bad_answer.NOT_FINITE, name)) from None
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", ""))
        except ValueError:
            raise _bad(endpoint, bad_answer.field(bad_answer.NUMBER_GOT, name, bad_answer.quoted(value))) from None
    else:
        raise _bad(endpoint, bad_answer.field(bad_answer.NUMBER_GOT, name, bad_answer.json_type(value)))
    if not math.isfinite(number):
        raise _bad(endpoint, bad_answer.field(bad_answer.NOT_FINITE, name))
    return number


def _text(endpoint: str, name: str, value: object, *, required: bool = True) -> str | None:
    if value is None:
        if required:
            raise _bad(endpoint, bad_answer.field(bad_answer.MISSING, name))
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise _bad(endpoint, bad_answer.field(bad_answer.TEXT_GOT, name, bad_answer.json_type(value)))


_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n", "2", ""}


def _flag(endpoint: str, name: str, value: object) -> bool:
    """Booleans sent as true/false, "true"/"false", or 1/2 (an older page: "1 – yes, 2 – no")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value == 1:
            return True
        if value in (0, 2):
            return False
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
    raise _bad(endpoint, bad_answer.field(bad_answer.FLAG_GOT, name, bad_answer.quoted(value)))


def parse_balance(data: object) -> Balance:
    body = _object("balance", data)
    if "value" not in body:
        raise _bad("balance", bad_answer.field(bad_answer.MISSING, "value"))
    value = _number("balance", "value", body["value"])
    code = body.get("currency_code") or body.get("currency")  # `currency` is deprecated, may be lower case
    currency = _text("balance", "currency_code", code)
    assert currency is not None
    currency = currency.strip().upper()
    if not currency:
        raise _bad("balance", bad_answer.field(bad_answer.EMPTY, "currency_code"))
    return Balance(value=value, currency_code=currency)


def parse_profile(data: object) -> Profile:
    body = _object("profile", data)
    verified = body.get("email_verified")
    picture = _text("profile", "picture", body.get("picture"), required=False)
    return Profile(
        first_name=(_text("profile", "first_name", body.get("first_name"), required=False) or "").strip(),
        last_name=(_text("profile", "last_name", body.get("last_name"), required=False) or "").strip(),
        email=(_text("profile", "email", body.get("email"), required=False) or "").strip(),
        email_verified=None if verified is None else _flag("profile", "email_verified", verified),
        lang=_text("profile", "lang", body.get("lang"), required=False),
        picture=(picture or "").strip() or None,
    )


def parse_subscription(data: object) -> Subscription:
    body = _object("subscription", data)
    kind = _text("subscription", "type", body.get("type"))
    assert kind is not None
    # Only trial/subscription accounts carry is_expired; manual (pay-per-check) accounts cannot expire.
    expired_raw = body.get("is_expired")
    is_expired = False if expired_raw is None else _flag("subscription", "is_expired", expired_raw)
    balance: SubscriptionBalance | None = None
    raw_balance = body.get("balance")
    if raw_balance is not None:
        inner = raw_balance
        if not isinstance(inner, Mapping):
            raise _bad("subscription", bad_answer.field(bad_answer.OBJECT_GOT, "balance", bad_answer.json_type(inner)))
        currency = _text("subscription", "balance.currency", inner.get("currency")) or ""
        balance = SubscriptionBalance(
            amount=_number("subscription", "balance.amount", inner.get("amount")),
            currency=currency.strip().upper(),
        )
    return Subscription(type=kind.strip() or "unknown", is_expired=is_expired, balance=balance)


PARSERS = {"balance": parse_balance, "profile": parse_profile, "subscription": parse_subscription}


def parse_users_me(data: object) -> Profile:
    """The profile from the unified API's `/v1/project-management/users/me`, whose shape is undocumented: the
    profile's field names, at the top or under "user"/"data", also with the sub-account list's `account_` prefix."""
    body = _object("profile", data)
    for wrapper in ("user", "data"):
        inner = body.get(wrapper)
        if isinstance(inner, Mapping):
            body = inner
            break
    named = {name: body.get(name, body.get(f"account_{name}")) for name in ("first_name", "last_name", "email", "lang")}
    return parse_profile({**{k: v for k, v in body.items() if k in ("email_verified", "picture")}, **named})
