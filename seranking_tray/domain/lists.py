"""An agency's view of an account: its sub-accounts (which are blocked by limits) and its projects, as values.

Parsed tolerantly from the Project API (`/users`, `/sites`) and the unified API (`/v1/project-management/…`): ids
and counts may come as numbers or strings (`all_count` is documented as a string), flags as booleans or 0/1, and
`keyword_count` is missing from some answers — then the keywords are unknown, never 0. What cannot be used is a
`bad_response` naming the field.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seranking_tray.domain import bad_answer
from seranking_tray.domain.errors import CheckError
from seranking_tray.domain.models import Failure
from seranking_tray.domain.sentence import Sentence

USERS_PATH = "/users"
SITES_PATH = "/sites"
PM_USERS_PATH = "/v1/project-management/users"
PM_SITES_PATH = "/v1/project-management/sites"
PAGE_SIZE = 100  # the vendor's default and largest documented page


@dataclass(frozen=True, slots=True)
class SubAccount:
    id: str
    name: str  # first and last name; the email when the answer has no name
    email: str
    type: str  # "user" or "client" (other values kept as they come)
    sites_count: int | None
    blocked: bool  # is_blocked_by_limits: the sub-account has stopped working


@dataclass(frozen=True, slots=True)
class SubAccounts:
    items: tuple[SubAccount, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def blocked(self) -> tuple[SubAccount, ...]:
        return tuple(s for s in self.items if s.blocked)


@dataclass(frozen=True, slots=True)
class Projects:
    count: int
    active: int  # is_active 1; the others are paused
    keywords: int | None  # the sum of keyword_count; None: some project's answer has none (unknown, not 0)


@dataclass(frozen=True, slots=True)
class Lists:
    """One fetch of both lists. None: not available for this key (403, or not at this address), or failed."""

    fetched_at: datetime
    sub_accounts: SubAccounts | None = None
    projects: Projects | None = None
    failure: Failure | None = None  # the first list that failed (never a 403: the lists are a courtesy)


def bad(path: str, detail: Sentence) -> CheckError:
    return bad_answer.unexpected_answer(path, detail, "lists")


def _count(path: str, name: str, value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and value >= 0:
        return int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    raise bad(path, bad_answer.field(bad_answer.WHOLE_NUMBER_GOT, name, bad_answer.quoted(value)))


def _text(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _flag(path: str, name: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("0", "1", "true", "false"):
        return value.strip().lower() in ("1", "true")
    raise bad(path, bad_answer.field(bad_answer.FLAG_GOT, name, bad_answer.quoted(value)))


def _items(path: str, data: object, name: str) -> Sequence[Any]:
    """The list of an answer: the answer itself, or its `name` field (the unified API may wrap lists)."""
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping):
        inner = data.get(name)
        if isinstance(inner, list):
            return inner
        raise bad(
            path, bad_answer.field(bad_answer.LIST_GOT, name, type(inner).__name__ if inner is not None else "none")
        )
    raise bad(path, bad_answer.detail(bad_answer.JSON_OBJECT_OR_LIST_GOT, type(data).__name__))


def parse_sub_account(path: str, item: object) -> SubAccount:
    if not isinstance(item, Mapping):
        raise bad(path, bad_answer.field(bad_answer.ENTRY_NOT_AN_OBJECT, "list"))
    ident = _text(item.get("account_id", item.get("id")))
    if not ident:
        raise bad(path, bad_answer.field(bad_answer.MISSING, "account_id"))
    email = _text(item.get("account_email", item.get("email")))
    first = _text(item.get("account_first_name", item.get("first_name")))
    last = _text(item.get("account_last_name", item.get("last_name")))
    sites = item.get("account_sites_count", item.get("sites_count"))
    return SubAccount(
        id=ident,
        name=" ".join(p for p in (first, last) if p) or email or ident,
        email=email,
        type=_text(item.get("account_type", item.get("type"))) or "user",
        sites_count=None if sites is None else _count(path, "account_sites_count", sites),
        blocked=_flag(path, "is_blocked_by_limits", item.get("is_blocked_by_limits", False)),
    )


def parse_users_page(path: str, data: object) -> tuple[list[SubAccount], int | None]:
    """One page of sub-accounts and the `all_count` it states (None: not stated)."""
    items = [parse_sub_account(path, item) for item in _items(path, data, "list")]
    total = data.get("all_count") if isinstance(data, Mapping) else None
    return items, None if total is None else _count(path, "all_count", total)


def parse_sites(path: str, data: object) -> Projects:
    sites = _items(path, data, "list" if isinstance(data, Mapping) and "list" in data else "sites")
    active = 0
    keywords: int | None = 0
    for site in sites:
        if not isinstance(site, Mapping):
            raise bad(path, bad_answer.detail(bad_answer.PROJECT_NOT_AN_OBJECT))
        if _flag(path, "is_active", site.get("is_active", 1)):
            active += 1
        count = site.get("keyword_count")
        if count is None:
            keywords = None
        elif keywords is not None:
            keywords += _count(path, "keyword_count", count)
        else:
            _count(path, "keyword_count", count)  # still checked: a malformed one is malformed
    return Projects(count=len(sites), active=active, keywords=keywords)
