"""What an account's lists do to its state: a sub-account blocked by limits makes a fine account `attention`."""

from __future__ import annotations

from seranking_tray.domain.health import Assessment, Health
from seranking_tray.domain.lists import Lists, SubAccount
from seranking_tray.domain.rules import AlertRules
from seranking_tray.domain.wording import blocked_phrase


def blocked_to_alert(lists: Lists | None, rules: AlertRules) -> tuple[SubAccount, ...]:
    """The sub-accounts blocked by limits that count (none when the account's rules turn the alert off)."""
    if lists is None or lists.sub_accounts is None or not rules.alert_blocked_sub_accounts:
        return ()
    return lists.sub_accounts.blocked


def with_lists(assessment: Assessment, lists: Lists | None, rules: AlertRules) -> Assessment:
    """`attention` when the account is otherwise fine and a sub-account is blocked; any worse state stays."""
    blocked = blocked_to_alert(lists, rules)
    if assessment.health is not Health.OK or not blocked:
        return assessment
    message = " · ".join(p for p in (blocked_phrase(blocked), assessment.message) if p)
    return Assessment(Health.ATTENTION, message, assessment.failure)
