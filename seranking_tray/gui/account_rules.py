"""The settings dialog's rule fields — threshold, running-low days, notification choices — edit the account
selected in the accounts list.

An account with rules of its own (every account added since accounts exist: it got the then-current values) keeps
its edits in them; the others (an installation's first account, the Environment account) follow the flat settings,
which are also the defaults for the next account added, so editing those edits the flat settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QSpinBox

from seranking_tray.domain.account import AccountConfig, AccountId
from seranking_tray.domain.rules import AlertRules
from seranking_tray.store.settings import Settings


class RuleWidgets(Protocol):
    threshold_edit: QDoubleSpinBox
    grace_edit: QSpinBox
    notify_low: QCheckBox
    notify_expired: QCheckBox
    notify_auth: QCheckBox
    notify_unreachable: QCheckBox
    notify_recovered: QCheckBox


class RulesPerAccount:
    def __init__(self, widgets: RuleWidgets, running_low: QSpinBox, settings: Callable[[], Settings]) -> None:
        self._w = widgets
        self._running_low = running_low
        self._settings = settings
        self._edited: dict[AccountId | None, dict[str, Any]] = {}  # None: the flat rules
        self.current: AccountId | None = None
        stored = settings().accounts
        self.select(stored[0] if stored else None)  # what the dialog edits until the list is read: the first

    def _read(self) -> dict[str, Any]:
        w = self._w
        return {
            "low_balance_threshold": w.threshold_edit.value(),
            "running_low_days": self._running_low.value(),
            "notify_low_balance": w.notify_low.isChecked(),
            "notify_expired": w.notify_expired.isChecked(),
            "notify_auth": w.notify_auth.isChecked(),
            "notify_unreachable": w.notify_unreachable.isChecked(),
            "unreachable_grace_minutes": float(w.grace_edit.value()),
            "notify_recovered": w.notify_recovered.isChecked(),
        }

    def _write(self, rules: AlertRules) -> None:
        w = self._w
        w.threshold_edit.setValue(rules.low_balance_threshold)
        self._running_low.setValue(rules.running_low_days)
        w.notify_low.setChecked(rules.notify_low_balance)
        w.notify_expired.setChecked(rules.notify_expired)
        w.notify_auth.setChecked(rules.notify_auth)
        w.notify_unreachable.setChecked(rules.notify_unreachable)
        w.grace_edit.setValue(round(rules.unreachable_grace_minutes))
        w.notify_recovered.setChecked(rules.notify_recovered)

    def _owner(self, config: AccountConfig | None) -> AccountId | None:
        stored = {a.id: a for a in self._settings().accounts}
        own = stored.get(config.id) if config is not None else None
        return own.id if own is not None and own.rules is not None else None

    def rules(self, owner: AccountId | None) -> AlertRules:
        settings = self._settings()
        base = next((a.rules for a in settings.accounts if a.id == owner and a.rules), None) or settings.rules
        return replace(base, **self._edited.get(owner, {}))

    def select(self, config: AccountConfig | None) -> None:
        """The fields now show (and edit) `config`'s rules; what they showed is kept for Save."""
        self._edited[self.current] = self._read()
        self.current = self._owner(config)
        self._write(self.rules(self.current))

    def apply(self, settings: Settings) -> Settings:
        """`settings` with the edited rules: the flat ones, and each account's own."""
        self._edited[self.current] = self._read()
        settings = replace(settings, **self._edited.get(None, {}))
        accounts = tuple(
            replace(a, rules=replace(a.rules, **self._edited[a.id])) if a.rules and a.id in self._edited else a
            for a in settings.accounts
        )
        return replace(settings, accounts=accounts)
