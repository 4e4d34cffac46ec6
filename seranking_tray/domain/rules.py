"""An account's alert rules: the settings that decide its state and which changes are announced.

They travel together (the health rules, the notification policy, the check pipeline), so they are one value;
a later issue gives each account its own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AlertRules:
    low_balance_threshold: float = 10.0  # in the account's currency
    running_low_days: int = 7  # warn (amber) when the forecast runs out within this many days; 0: never
    notify_low_balance: bool = True  # also running low
    notify_expired: bool = True
    notify_auth: bool = True
    notify_unreachable: bool = True
    notify_recovered: bool = True
    unreachable_grace_minutes: float = 30.0  # float: tests (and the odd power user) want seconds
    credits_low_percent: float = 10.0  # Data API credits left under this share of the limit: red; 0: never
    expiry_warning_days: int = 7  # amber when the credits expire within this many whole days; 0: never
    alert_blocked_sub_accounts: bool = True  # a sub-account blocked by limits: amber and a notification


DEFAULT_RULES = AlertRules()
