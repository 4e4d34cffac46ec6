"""The settings dialog's per-account meters: which ones the account watches, and the credits thresholds.

They show the account selected in the accounts list; what was typed for each account is kept until Save."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from seranking_tray.domain.account import AccountConfig, AccountId
from seranking_tray.domain.phrases import Ui
from seranking_tray.store.settings import RANGES, Settings


class MeterFields(QGroupBox):
    def __init__(self, settings: Settings, account: AccountConfig, parent: QWidget | None = None) -> None:
        super().__init__(Ui.tr("Meters"), parent)
        self._settings = settings
        self._account = account
        self._edited: dict[AccountId, tuple[bool, bool, float, int]] = {}  # project, credits, percent, days
        form = QFormLayout(self)
        self.project_edit = QCheckBox(Ui.tr("Project account (balance and subscription)"))
        self.credits_edit = QCheckBox(Ui.tr("Data API credits"))
        percent = RANGES["credits_low_percent"]
        self.credits_low_edit = QDoubleSpinBox()
        self.credits_low_edit.setRange(float(percent.minimum), float(percent.maximum))
        self.credits_low_edit.setSuffix(" %")
        self.credits_low_edit.setAccessibleName(Ui.tr("Credits low under this share of the limit"))
        days = RANGES["expiry_warning_days"]
        self.expiry_days_edit = QSpinBox()
        self.expiry_days_edit.setRange(int(days.minimum), int(days.maximum))
        self.expiry_days_edit.setSuffix(Ui.tr(" days"))
        self.expiry_days_edit.setAccessibleName(Ui.tr("Warn this many days before the credits expire (0: never)"))
        self._show(account)
        form.addRow(self.project_edit)
        form.addRow(self.credits_edit)
        form.addRow(Ui.tr("Credits low under:"), self.credits_low_edit)
        form.addRow(Ui.tr("Warn before expiry:"), self.expiry_days_edit)

    def _read(self) -> tuple[bool, bool, float, int]:
        return (
            self.project_edit.isChecked(),
            self.credits_edit.isChecked(),
            self.credits_low_edit.value(),
            self.expiry_days_edit.value(),
        )

    def _show(self, account: AccountConfig) -> None:
        raw = account.extra.get("meters")
        chosen: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
        rules = self._settings.rules_for(account)
        project, credits, percent, days = self._edited.get(account.id) or (
            chosen.get("project", True) is not False,
            chosen.get("credits", True) is not False,
            rules.credits_low_percent,
            rules.expiry_warning_days,
        )
        self.project_edit.setChecked(project)
        self.credits_edit.setChecked(credits)
        self.credits_low_edit.setValue(percent)
        self.expiry_days_edit.setValue(days)

    def select(self, account: AccountConfig | None) -> None:
        """Show (and edit) `account`'s meters; the read-only Environment account has none to store."""
        self._edited[self._account.id] = self._read()
        self.setEnabled(account is not None and not account.read_only)
        if account is not None and not account.read_only:
            self._account = account
            self._show(account)

    def apply(self, settings: Settings) -> Settings:
        """The settings with each shown account's meters and thresholds as edited (the others untouched)."""
        self._edited[self._account.id] = self._read()
        accounts: list[AccountConfig] = []
        for config in settings.accounts:
            if config.id in self._edited:
                project, credits, percent, days = self._edited[config.id]
                meters = {"project": project, "credits": credits}
                inherited = settings.rules_for(config)
                rules = replace(inherited, credits_low_percent=percent, expiry_warning_days=days)
                # Unchanged thresholds keep an account without rules of its own following the flat ones.
                own = config.rules if rules == inherited else rules
                config = replace(config, extra={**config.extra, "meters": meters}, rules=own)
            accounts.append(config)
        return replace(settings, accounts=tuple(accounts))
