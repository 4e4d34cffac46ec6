"""The first account checked before the accounts were listed (50 keys take a while to read from the keyring): its
view is not lost — the listing shows it checked, not "checking…" until its next check, 15 minutes later."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.health import Health
from seranking_tray.domain.models import Balance
from seranking_tray.gui.app_accounts import SeveralAccounts
from seranking_tray.gui.icons import IconStyle
from seranking_tray.gui.tray import TrayIcon

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


def account(label: str) -> Account:
    return Account(AccountConfig(AccountId(f"id-{label.lower()}"), label), "https://x.test", None, KeySource.NONE)


def test_the_first_account_checked_before_the_listing_shows_checked(qtbot: QtBot) -> None:
    tray = TrayIcon(False, IconStyle.COLOUR)
    several = SeveralAccounts(tray, lambda: None)
    first, other = account("First"), account("Other")
    several.first = first.id
    several.first_shown(AccountView(first, Health.OK, "", Balance(12.0, "USD"), data_checked_at=NOW))
    several._on_listed((first, other))
    checked = several.model.get(first.id)
    assert checked is not None and checked.health is Health.OK
    other_view = several.model.get(other.id)
    assert other_view is not None and other_view.health is None
    assert "1 account fine" in "\n".join(several.model.tooltip_lines(NOW, lambda v, c: f"{v} {c}"))
