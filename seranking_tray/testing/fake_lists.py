"""The fake server's sub-accounts and projects: `/users` (paged by `limit`/`offset`, `all_count` a string, as the
vendor documents) and `/sites` (one unpaged list), on api4 and on the unified API's `/v1/project-management/…`.
Stdlib only, like the rest of the fake. Also sample lists of any size for tests, benchmarks and the demo."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

LIST_ROUTES = {
    "/users": "users",
    "/sites": "sites",
    "/v1/project-management/users": "pm_users",
    "/v1/project-management/sites": "pm_sites",
}
LIST_ENDPOINTS = tuple(LIST_ROUTES.values())
DEFAULT_LIMIT = 100


def _int(query: dict[str, list[str]], name: str, default: int) -> int:
    try:
        return max(0, int(query.get(name, [str(default)])[0]))
    except ValueError:
        return default


def list_answer(
    endpoint: str, sub_accounts: list[dict[str, Any]] | None, sites: list[dict[str, Any]] | None, query: str
) -> object:
    """The normal answer of a list endpoint; None: not served (404)."""
    if endpoint in ("sites", "pm_sites"):
        return None if sites is None else list(sites)
    if sub_accounts is None:
        return None
    params = parse_qs(query)
    offset, limit = _int(params, "offset", 0), _int(params, "limit", DEFAULT_LIMIT) or DEFAULT_LIMIT
    return {"list": sub_accounts[offset : offset + limit], "all_count": str(len(sub_accounts))}


def sub_account(number: int, *, blocked: bool = False, kind: str = "user", sites: int = 3) -> dict[str, Any]:
    return {
        "account_id": 1000 + number,
        "account_email": f"client{number}@example.com",
        "account_first_name": "Client",
        "account_last_name": str(number),
        "account_type": kind,
        "account_lang": "en",
        "account_sites_count": sites,
        "is_blocked_by_limits": blocked,
    }


def sample_sub_accounts(count: int, *, blocked: tuple[int, ...] = ()) -> list[dict[str, Any]]:
    return [sub_account(n, blocked=n in blocked, kind="client" if n % 2 else "user") for n in range(count)]


def sample_sites(count: int, *, paused: int = 0, keywords: int | None = 250) -> list[dict[str, Any]]:
    """`count` projects, the last `paused` of them paused; `keywords` None: no keyword_count in the answer."""
    sites = []
    for n in range(count):
        site: dict[str, Any] = {
            "id": 5000 + n,
            "title": f"Project {n}",
            "name": f"https://site{n}.example.com",
            "group_id": 1,
            "is_active": 0 if n >= count - paused else 1,
            "check_freq": "check_daily",
        }
        if keywords is not None:
            site["keyword_count"] = keywords
        sites.append(site)
    return sites
