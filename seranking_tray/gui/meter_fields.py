"""The settings dialog's per-account meters: which ones the account watches, and the credits thresholds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from seranking_tray.domain.account import AccountConfig
from seranking_tray.store.settings import RANGES, Settings


class MeterFields(QGroupBox):
    def __init__(self, settings: Settings, account: AccountConfig, parent: QWidget | None = None) -> None:
        super().__init__("Meters", parent)
        self._account_id = account.id
        raw = account.extra.get("meters")
        chosen: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
        rules = settings.rules_for(account)
        form = QFormLayout(self)
        self.project_edit = QCheckBox("Project account (balance and subscription)")
        self.project_edit.setChecked(chosen.get("project", True) is not False)
        self.credits_edit = QCheckBox("Data API credits")
        self.credits_edit.setChecked(chosen.get("credits", True) is not False)
        percent = RANGES["credits_low_percent"]
        self.credits_low_edit = QDoubleSpinBox()
        self.credits_low_edit.setRange(float(percent.minimum), float(percent.maximum))
        self.credits_low_edit.setSuffix(" %")
        self.credits_low_edit.setValue(rules.credits_low_percent)
        self.credits_low_edit.setAccessibleName("Credits low under this share of the limit")
        days = RANGES["expiry_warning_days"]
        self.expiry_days_edit = QSpinBox()
        self.expiry_days_edit.setRange(int(days.minimum), int(days.maximum))
        self.expiry_days_edit.setSuffix(" days")
        self.expiry_days_edit.setValue(rules.expiry_warning_days)
        self.expiry_days_edit.setAccessibleName("Warn this many days before the credits expire (0: never)")
        form.addRow(self.project_edit)
        form.addRow(self.credits_edit)
        form.addRow("Credits low under:", self.credits_low_edit)
        form.addRow("Warn before expiry:", self.expiry_days_edit)

    def apply(self, settings: Settings) -> Settings:
        """The settings with this account's meters and thresholds as edited (other accounts untouched)."""
        accounts: list[AccountConfig] = []
        for config in settings.accounts:
            if config.id == self._account_id:
                meters = {"project": self.project_edit.isChecked(), "credits": self.credits_edit.isChecked()}
                inherited = settings.rules_for(config)
                rules = replace(
                    inherited,
                    credits_low_percent=self.credits_low_edit.value(),
                    expiry_warning_days=self.expiry_days_edit.value(),
                )
                # Unchanged thresholds keep an account without rules of its own following the flat ones.
                own = config.rules if rules == inherited else rules
                config = replace(config, extra={**config.extra, "meters": meters}, rules=own)
            accounts.append(config)
        return replace(settings, accounts=tuple(accounts))
