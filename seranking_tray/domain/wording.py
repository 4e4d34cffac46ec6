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
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Words

# The GUI's title for each state (account window, tooltips).
STATE_WORDS = MappingProxyType(
    {
        Health.OK: QT_TRANSLATE_NOOP("Words", "All fine"),
        Health.RUNNING_LOW: QT_TRANSLATE_NOOP("Words", "Running low"),
        Health.LOW_BALANCE: QT_TRANSLATE_NOOP("Words", "Low balance"),
        Health.CREDITS_LOW: QT_TRANSLATE_NOOP("Words", "API credits low"),
        Health.EXPIRING_SOON: QT_TRANSLATE_NOOP("Words", "Expiring soon"),
        Health.ATTENTION: QT_TRANSLATE_NOOP("Words", "Needs attention"),
        Health.EXPIRED: QT_TRANSLATE_NOOP("Words", "Subscription expired"),
        Health.ERROR: QT_TRANSLATE_NOOP("Words", "Cannot check the account"),
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
        ErrorKind.AUTH: QT_TRANSLATE_NOOP("Words", "The key was rejected"),
        ErrorKind.PAYMENT: QT_TRANSLATE_NOOP("Words", "SE Ranking refused the key (payment required)"),
        ErrorKind.NETWORK: QT_TRANSLATE_NOOP("Words", "No network connection to SE Ranking"),
        ErrorKind.TIMEOUT: QT_TRANSLATE_NOOP("Words", "SE Ranking did not answer in time"),
        ErrorKind.SERVER: QT_TRANSLATE_NOOP("Words", "SE Ranking's server had a problem"),
        ErrorKind.RATE_LIMITED: QT_TRANSLATE_NOOP("Words", "Too many requests — try again in a minute"),
        ErrorKind.BAD_RESPONSE: QT_TRANSLATE_NOOP("Words", "Unexpected answer from the API"),
        ErrorKind.CONFIG: QT_TRANSLATE_NOOP("Words", "Configuration problem"),
        ErrorKind.GONE: QT_TRANSLATE_NOOP(
            "Words", "Not found at this address — SE Ranking may have retired it, or the API URL is wrong"
        ),
    }
)


def state_words(health: Health) -> str:
    """The state's name in the current language (STATE_WORDS holds the English sources)."""
    return Words.tr(STATE_WORDS[health])


def problem_in_words(kind: ErrorKind, key: ApiKey | None = None) -> str:
    """What went wrong, in a few words; a rejected `key` shaped like a Data API key says so."""
    fallback = QT_TRANSLATE_NOOP("Words", "The check failed")
    words = Words.tr(_PROBLEM_WORDS.get(kind, fallback))
    if kind is ErrorKind.AUTH and key is not None and classify_key(key.reveal()) is KeyShape.DATA:
        words += Words.tr(" (it looks like a Data API key)")
    return words


def subscription_words(subscription: Subscription, money: MoneyFormatter) -> str:
    """ "Subscription active (balance $0.00)": the subscription's own balance, named - never a bare amount beside the
    account's balance."""
    amount = subscription.balance
    if amount is None:
        return describe_subscription(subscription)
    return Words.tr("{subscription} (balance {amount})").format(
        subscription=describe_subscription(subscription), amount=money(amount.amount, amount.currency)
    )


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

# English sources: the GUI shows them through Words.tr.
LISTS_UNAVAILABLE = QT_TRANSLATE_NOOP("Words", "Sub-accounts and projects are not available for this key.")
LISTS_NOT_YET = QT_TRANSLATE_NOOP("Words", "Sub-accounts and projects: not read yet.")
SUB_ACCOUNTS_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Words", "Sub-accounts are not available for this key (a sub-account's key, or no such plan)."
)


def _sub_accounts(count: int) -> str:
    return Words.tr("%Ln sub-account(s)", None, count)


def _projects(count: int) -> str:
    return Words.tr("%Ln project(s)", None, count)


def _more(blocked: Sequence[SubAccount], shown: int) -> str:
    return Words.tr(" and %Ln more", None, len(blocked) - shown) if len(blocked) > shown else ""


def sub_account_words(sub: SubAccount) -> str:
    """ "Jane Roe (client)"."""
    return f"{sub.name} ({sub.type})"


def sub_account_state(sub: SubAccount) -> str:
    return Words.tr("blocked by limits") if sub.blocked else Words.tr("working")


def blocked_phrase(blocked: Sequence[SubAccount], shown: int = 3) -> str:
    """ "1 sub-account blocked by limits: Jane Roe (client)" (the first few named)."""
    names = ", ".join(sub_account_words(s) for s in blocked[:shown])
    text = Words.tr("%Ln sub-account(s) blocked by limits: {names}{more}", None, len(blocked))
    return text.format(names=names, more=_more(blocked, shown))


def sub_accounts_line(subs: SubAccounts, shown: int = 3) -> str:
    """ "12 sub-accounts — 1 blocked by limits: Jane Roe (client)"."""
    blocked = subs.blocked
    if not blocked:
        return Words.tr("{sub_accounts} — none blocked").format(sub_accounts=_sub_accounts(subs.count))
    names = ", ".join(sub_account_words(s) for s in blocked[:shown])
    return Words.tr("{sub_accounts} — %Ln blocked by limits: {names}{more}", None, len(blocked)).format(
        sub_accounts=_sub_accounts(subs.count), names=names, more=_more(blocked, shown)
    )


def projects_line(projects: Projects) -> str:
    """ "48 projects (45 active) · 12,340 keywords"; "keywords unknown" when an answer had no keyword counts."""
    if projects.keywords is None:
        keywords = Words.tr("keywords unknown")
    else:
        keywords = Words.tr("%Ln keyword(s)", None, projects.keywords)
    active = Words.tr("%Ln active", None, projects.active)
    return f"{_projects(projects.count)} ({active}) · {keywords}"


def lists_menu_line(lists: Lists | None) -> str | None:
    """The menu's one line: "48 projects · 1 sub-account blocked"; None when nothing is known."""
    if lists is None:
        return None
    parts = []
    if lists.projects is not None:
        parts.append(_projects(lists.projects.count))
    if lists.sub_accounts is not None:
        blocked = len(lists.sub_accounts.blocked)
        count = lists.sub_accounts.count
        parts.append(Words.tr("%Ln sub-account(s) blocked", None, blocked) if blocked else _sub_accounts(count))
    return " · ".join(parts) or None


def blocked_notification(subs: Sequence[SubAccount], account_name: str) -> tuple[str, str]:
    """Sub-accounts turned blocked (one, or several at once): a notification's summary and body."""
    if len(subs) == 1:
        (sub,) = subs
        who = f"{sub_account_words(sub)}{f' <{sub.email}>' if sub.email else ''}"
        return (
            Words.tr("{account}: sub-account {name} is blocked by limits").format(account=account_name, name=sub.name),
            Words.tr("{sub_account} has stopped working: it reached its limits. Raise them in SE Ranking.").format(
                sub_account=who
            ),
        )
    return (
        Words.tr("{account}: %Ln sub-accounts are blocked by limits", None, len(subs)).format(account=account_name),
        Words.tr("{blocked}. They have stopped working: raise their limits in SE Ranking.").format(
            blocked=blocked_phrase(subs)
        ),
    )
