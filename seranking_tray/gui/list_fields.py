"""The settings dialog's sub-accounts and projects fields (issue 15): whether a sub-account blocked by limits alerts
(per account: it shows the account selected in the accounts list, and what was set for each is kept until Save),
and how often the tray reads the lists (one setting for all accounts)."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from seranking_tray.domain.account import AccountConfig, AccountId
from seranking_tray.domain.phrases import Ui
from seranking_tray.store.settings import RANGES, Settings


class ListFields(QGroupBox):
    def __init__(
        self, settings: Settings, account: AccountConfig, selected: SignalInstance, parent: QWidget | None = None
    ) -> None:
        """`selected`: the accounts list's choice (an AccountConfig, or None), which the alert box follows."""
        super().__init__(Ui.tr("Sub-accounts and projects"), parent)
        self._settings = settings
        self._account = account
        self._edited: dict[AccountId, bool] = {}
        self.alert_edit = QCheckBox(Ui.tr("Alert when a sub-account is &blocked by limits"))
        self.alert_edit.setAccessibleName(Ui.tr("Alert when a sub-account is blocked by limits"))
        limits = RANGES["lists_interval"]  # seconds, offered in whole minutes
        self.interval_edit = QSpinBox()
        self.interval_edit.setRange(math.ceil(limits.minimum / 60), math.floor(limits.maximum / 60))
        self.interval_edit.setSuffix(Ui.tr(" min"))
        self.interval_edit.setValue(max(1, round(settings.lists_interval / 60)))
        self.interval_edit.setAccessibleName(Ui.tr("Refresh interval for the sub-accounts and projects, in minutes"))
        self._interval_shown = self.interval_edit.value()  # untouched: the stored seconds stay as they were
        self._show(account)
        form = QFormLayout(self)
        form.addRow(self.alert_edit)
        form.addRow(Ui.tr("Re&fresh them every:"), self.interval_edit)  # F: a letter no other field uses
        selected.connect(self.select)

    def _show(self, account: AccountConfig) -> None:
        alert = self._edited.get(account.id)
        self.alert_edit.setChecked(
            self._settings.rules_for(account).alert_blocked_sub_accounts if alert is None else alert
        )

    def select(self, account: AccountConfig | None) -> None:
        """Show (and edit) `account`'s alert; the read-only Environment account has no rules to store."""
        self._edited[self._account.id] = self.alert_edit.isChecked()
        self.alert_edit.setEnabled(account is not None and not account.read_only)
        if account is not None and not account.read_only:
            self._account = account
            self._show(account)

    def apply(self, settings: Settings) -> Settings:
        """The settings with the interval and each shown account's alert as edited (the others untouched)."""
        self._edited[self._account.id] = self.alert_edit.isChecked()
        accounts: list[AccountConfig] = []
        for config in settings.accounts:
            inherited = settings.rules_for(config)
            alert = self._edited.get(config.id, inherited.alert_blocked_sub_accounts)
            if (
                alert != inherited.alert_blocked_sub_accounts
            ):  # unchanged: an account following the flat rules still does
                config = replace(config, rules=replace(inherited, alert_blocked_sub_accounts=alert))
            accounts.append(config)
        shown = self.interval_edit.value()
        interval = settings.lists_interval if shown == self._interval_shown else shown * 60
        return replace(settings, accounts=tuple(accounts), lists_interval=interval)
