"""The first account's notifications follow its own rules (issue 13's per-account rules), as its state does: the
tray used the flat settings' rules for them (pytest-qt, offscreen; no worker started)."""

from __future__ import annotations

import os
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.health import Health
from seranking_tray.domain.lists import Lists, Projects, SubAccount, SubAccounts
from seranking_tray.domain.models import Balance
from seranking_tray.domain.notify_policy import Announced, Notification, NotificationPolicy
from seranking_tray.domain.rules import AlertRules
from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.options import AppOptions
from seranking_tray.store.settings import LoadedSettings, Settings

T0 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
JANE = SubAccount("1001", "Jane Roe", "jane@client.example.com", "client", 4, blocked=True)


class Recorder:
    def __init__(self) -> None:
        self.sent: list[Notification] = []

    def notify(self, notification: Notification) -> None:
        self.sent.append(notification)


def sent(qapp: QApplication, own: AlertRules, flat: AlertRules, view: AccountView) -> list[Notification]:
    config = AccountConfig(AccountId("first"), "Agency", rules=own)
    settings = Settings(accounts=(config,), **asdict(flat))  # the flat rules: the fields of `Settings.rules`
    app = TrayApp(qapp, AppOptions(refresh_interval=3600), {}, loaded=LoadedSettings(settings))
    recorder = Recorder()
    try:
        app.policy = NotificationPolicy({}, format_money, lambda: T0)
        app.notifier = recorder  # type: ignore[assignment]
        app.view = view
        app._announce()
    finally:
        app.tray.hide()
    return recorder.sent


def announced(qapp: QApplication, own: AlertRules, flat: AlertRules, view: AccountView) -> list[Announced]:
    return [n.kind for n in sent(qapp, own, flat, view)]


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))


def blocked_view(health: Health) -> AccountView:
    account = Account(AccountConfig(AccountId("first"), "Agency"), "https://x.test", None)
    lists = Lists(T0, SubAccounts((JANE,)), Projects(1, 1, 10))
    return AccountView(account, health, "m", Balance(500.0, "USD"), data_checked_at=T0, lists=lists)


def test_a_first_account_with_the_alert_off_is_not_told_of_a_blocked_sub_account(
    qtbot: QtBot, qapp: QApplication, private_dirs: None
) -> None:
    off, on = AlertRules(alert_blocked_sub_accounts=False), AlertRules(alert_blocked_sub_accounts=True)
    assert announced(qapp, off, on, blocked_view(Health.OK)) == []
    # The other way round: its own rules say yes, the flat ones no.
    assert announced(qapp, on, off, blocked_view(Health.ATTENTION)) == [Announced.SUB_ACCOUNT_BLOCKED]


def test_a_first_account_is_told_of_a_low_balance_by_its_own_rules(
    qtbot: QtBot, qapp: QApplication, private_dirs: None
) -> None:
    low = replace(blocked_view(Health.LOW_BALANCE), lists=None)  # the balance alone
    (said,) = sent(qapp, AlertRules(low_balance_threshold=25.0), AlertRules(low_balance_threshold=10.0), low)
    assert said.kind is Announced.LOW_BALANCE and "$25.00" in said.body and "$10.00" not in said.body
    assert announced(qapp, AlertRules(notify_low_balance=False), AlertRules(), low) == []
