"""The words that name an account's state and a failed check's problem, in one place for the CLI and the GUI."""

from __future__ import annotations

from types import MappingProxyType

from seranking_tray.domain.apikey import ApiKey, KeyShape, classify_key
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import Health, describe_subscription
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
