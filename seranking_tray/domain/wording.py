"""The words that name an account's state and a failed check's problem, in one place for the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from seranking_tray.domain.apikey import ApiKey, KeyShape, classify_key
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import Health, describe_subscription
from seranking_tray.domain.lists import Lists, Projects, SubAccount, SubAccounts
from seranking_tray.domain.models import Subscription
from seranking_tray.domain.money import MoneyFormatter

# The GUI's title for each state (account window, tooltips).
STATE_WORDS = MappingProxyType(
    {
        Health.OK: "All fine",
        Health.RUNNING_LOW: "Running low",
        Health.LOW_BALANCE: "Low balance",
        Health.CREDITS_LOW: "API credits low",
        Health.EXPIRING_SOON: "Expiring soon",
        Health.ATTENTION: "Needs attention",
        Health.EXPIRED: "Subscription expired",
        Health.ERROR: "Cannot check the account",
    }
)

# `seranking-tray status`'s "State:" line, in the capitals monitoring plugins use.
STATUS_WORDS = MappingProxyType(
    {
        Health.OK: "OK",
        Health.RUNNING_LOW: "RUNNING LOW",
        Health.LOW_BALANCE: "LOW BALANCE",
        Health.CREDITS_LOW: "CREDITS LOW",
        Health.EXPIRING_SOON: "EXPIRING SOON",
        Health.ATTENTION: "ATTENTION",
        Health.EXPIRED: "EXPIRED",
        Health.ERROR: "COULD NOT CHECK",
    }
)

_PROBLEM_WORDS = MappingProxyType(
    {
        ErrorKind.AUTH: "The key was rejected",
        ErrorKind.PAYMENT: "SE Ranking refused the key (payment required)",
        ErrorKind.NETWORK: "No network connection to SE Ranking",
        ErrorKind.TIMEOUT: "SE Ranking did not answer in time",
        ErrorKind.SERVER: "SE Ranking's server had a problem",
        ErrorKind.RATE_LIMITED: "Too many requests — try again in a minute",
        ErrorKind.BAD_RESPONSE: "Unexpected answer from the API",
        ErrorKind.CONFIG: "Configuration problem",
        ErrorKind.GONE: "Not found at this address — SE Ranking may have retired it, or the API URL is wrong",
    }
)


def problem_in_words(kind: ErrorKind, key: ApiKey | None = None) -> str:
    """What went wrong, in a few words; a rejected `key` shaped like a Data API key says so."""
    words = _PROBLEM_WORDS.get(kind, "The check failed")
    if kind is ErrorKind.AUTH and key is not None and classify_key(key.reveal()) is KeyShape.DATA:
        words += " (it looks like a Data API key)"
    return words


def subscription_words(subscription: Subscription, money: MoneyFormatter) -> str:
    """ "Subscription active (balance $0.00)": the subscription's own balance, named - never a bare amount beside the
    account's balance."""
    amount = subscription.balance
    extra = f" (balance {money(amount.amount, amount.currency)})" if amount is not None else ""
    return f"{describe_subscription(subscription)}{extra}"


# `status --format nagios`: the Monitoring Plugins' state names by exit code, and why an admin's --critical-… limit
# made a check CRITICAL.
PLUGIN_NAME = "SE RANKING"
PLUGIN_STATES = MappingProxyType({0: "OK", 1: "WARNING", 2: "CRITICAL", 3: "UNKNOWN"})
_CRITICAL_WORDS = MappingProxyType(
    {
        "balance": "Balance {value} is below the critical level of {limit} — top up in SE Ranking.",
        "balance_days": "Balance runs out in about {value}, within the critical {limit} — top up in SE Ranking.",
        "credits_days": "API credits run out in about {value}, within the critical {limit} — buy more in SE Ranking.",
        "expiry_days": (
            "API credit subscription expires in {value}, within the critical {limit} — renew it in SE Ranking."
        ),
    }
)


def critical_in_words(what: str, value: str, limit: str) -> str:
    return _CRITICAL_WORDS[what].format(value=value, limit=limit)


def plugin_summary(total: int, counts: dict[int, int]) -> str:
    """`status --all --format nagios`'s summary: "4 accounts: 1 CRITICAL, 1 UNKNOWN, 2 OK" (worst first)."""
    parts = [f"{counts[code]} {PLUGIN_STATES[code]}" for code in (2, 3, 1, 0) if counts.get(code)]
    return f"{total} account{'s' if total != 1 else ''}: {', '.join(parts) or 'none'}"


# --- an agency's lists (issue 15): sub-accounts and projects ---------------------------------------------------

LISTS_UNAVAILABLE = "Sub-accounts and projects are not available for this key."
LISTS_NOT_YET = "Sub-accounts and projects: not read yet."
SUB_ACCOUNTS_UNAVAILABLE = "Sub-accounts are not available for this key (a sub-account's key, or no such plan)."


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def sub_account_words(sub: SubAccount) -> str:
    """ "Jane Roe (client)"."""
    return f"{sub.name} ({sub.type})"


def sub_account_state(sub: SubAccount) -> str:
    return "blocked by limits" if sub.blocked else "working"


def blocked_phrase(blocked: Sequence[SubAccount], shown: int = 3) -> str:
    """ "1 sub-account blocked by limits: Jane Roe (client)" (the first few named)."""
    names = ", ".join(sub_account_words(s) for s in blocked[:shown])
    more = f" and {len(blocked) - shown:,} more" if len(blocked) > shown else ""
    return f"{_plural(len(blocked), 'sub-account')} blocked by limits: {names}{more}"


def sub_accounts_line(subs: SubAccounts, shown: int = 3) -> str:
    """ "12 sub-accounts — 1 blocked by limits: Jane Roe (client)"."""
    blocked = subs.blocked
    if not blocked:
        return f"{_plural(subs.count, 'sub-account')} — none blocked"
    names = ", ".join(sub_account_words(s) for s in blocked[:shown])
    more = f" and {len(blocked) - shown:,} more" if len(blocked) > shown else ""
    return f"{_plural(subs.count, 'sub-account')} — {len(blocked):,} blocked by limits: {names}{more}"


def projects_line(projects: Projects) -> str:
    """ "48 projects (45 active) · 12,340 keywords"; "keywords unknown" when an answer had no keyword counts."""
    keywords = "keywords unknown" if projects.keywords is None else _plural(projects.keywords, "keyword")
    return f"{_plural(projects.count, 'project')} ({projects.active:,} active) · {keywords}"


def lists_menu_line(lists: Lists | None) -> str | None:
    """The menu's one line: "48 projects · 1 sub-account blocked"; None when nothing is known."""
    if lists is None:
        return None
    parts = []
    if lists.projects is not None:
        parts.append(_plural(lists.projects.count, "project"))
    if lists.sub_accounts is not None:
        blocked = len(lists.sub_accounts.blocked)
        count = lists.sub_accounts.count
        parts.append(f"{_plural(blocked, 'sub-account')} blocked" if blocked else _plural(count, "sub-account"))
    return " · ".join(parts) or None


def blocked_notification(subs: Sequence[SubAccount], account_name: str) -> tuple[str, str]:
    """Sub-accounts turned blocked (one, or several at once): a notification's summary and body."""
    if len(subs) == 1:
        (sub,) = subs
        return (
            f"{account_name}: sub-account {sub.name} is blocked by limits",
            f"{sub_account_words(sub)}{f' <{sub.email}>' if sub.email else ''} has stopped working: it reached its "
            "limits. Raise them in SE Ranking.",
        )
    return (
        f"{account_name}: {len(subs):,} sub-accounts are blocked by limits",
        f"{blocked_phrase(subs)}. They have stopped working: raise their limits in SE Ranking.",
    )
