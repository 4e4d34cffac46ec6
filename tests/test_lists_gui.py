"""The agency's lists in the GUI (issue 15; pytest-qt, offscreen): the account window's section, the menu's line,
and a thousand sub-accounts with five thousand projects shown without freezing the event loop."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from harness.faults import FakeSeRanking
from seranking_tray.api.lists import ListsFetcher
from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.health import Health
from seranking_tray.domain.lists import Lists, Projects, SubAccount, SubAccounts
from seranking_tray.domain.models import Balance, Subscription
from seranking_tray.domain.wording import LISTS_UNAVAILABLE
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.gui.icons import IconStyle
from seranking_tray.gui.tray import TrayIcon
from seranking_tray.gui.tray_accounts import AccountSections
from seranking_tray.testing.fake_lists import sample_sites, sample_sub_accounts

T0 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
JANE = SubAccount("1", "Jane Roe", "jane@client.example.com", "client", 4, blocked=True)
BOB = SubAccount("2", "Bob Poe", "bob@client.example.com", "user", 2, blocked=False)
AMY = SubAccount("3", "Amy Doe", "", "user", None, blocked=False)


def view(lists: Lists | None, label: str = "Agency", health: Health = Health.ATTENTION) -> AccountView:
    account = Account(AccountConfig(AccountId(f"id-{label}"), label), "https://api4.seranking.com", None)
    return AccountView(
        account,
        health=health,
        message="1 sub-account blocked by limits: Jane Roe (client)",
        balance=Balance(500, "USD"),
        subscription=Subscription("subscription", False, None),
        data_checked_at=T0,
        last_attempt_at=T0,
        lists=lists,
    )


def agency_lists(*subs: SubAccount, keywords: int | None = 12340) -> Lists:
    return Lists(T0, SubAccounts(subs), Projects(48, 45, keywords))


def test_the_window_shows_the_sub_accounts_and_projects(qtbot: QtBot) -> None:
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    window.update_view(view(agency_lists(BOB, JANE, AMY)), True)
    window.show()
    section = window.lists
    assert section.isVisible()
    assert section.sub_accounts.text() == "3 sub-accounts — 1 blocked by limits: Jane Roe (client)"
    assert section.projects.text() == "48 projects (45 active) · 12,340 keywords"
    rows = [section.model.index(r).data() for r in range(section.model.rowCount())]
    # Each sub-account with its state, the blocked first.
    assert rows == ["Jane Roe (client) — blocked by limits", "Bob Poe (user) — working", "Amy Doe (user) — working"]
    assert window.state.text().startswith("Needs attention: 1 sub-account blocked")

    window.update_view(view(agency_lists(BOB, keywords=None), health=Health.OK), True)
    assert section.projects.text() == "48 projects (45 active) · keywords unknown"
    assert section.sub_accounts.text() == "1 sub-account — none blocked"

    window.update_view(view(Lists(T0)), True)  # neither list available for the key
    assert section.isVisible() and section.sub_accounts.text() == LISTS_UNAVAILABLE
    assert section.list.isHidden() and section.projects.isHidden()
    window.update_view(view(None), True)  # not read yet
    assert section.isHidden()


def visible_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and a.text()]


def test_the_menu_has_one_line_for_the_lists(qtbot: QtBot) -> None:
    menu = QMenu()
    before = menu.addSeparator()
    sections = AccountSections(menu, before)
    agency = view(agency_lists(JANE, BOB))
    client = view(None, label="Client", health=Health.OK)
    sections.show([agency, client], IconStyle.COLOUR)
    texts = visible_texts(menu)
    assert "48 projects · 1 sub-account blocked" in texts
    assert texts.index("48 projects · 1 sub-account blocked") < texts.index("Client")
    sections.show([replace(agency, lists=agency_lists(BOB)), client], IconStyle.COLOUR)
    assert "48 projects · 1 sub-account" in visible_texts(menu)

    tray = TrayIcon(demo=False, style=IconStyle.COLOUR)  # one account: the menu's own lines
    tray.update_view(agency, True)
    assert "48 projects · 1 sub-account blocked" in visible_texts(tray.menu)
    tray.update_view(replace(agency, lists=None), True)
    assert not any("projects" in t for t in visible_texts(tray.menu))


def test_a_thousand_sub_accounts_and_five_thousand_projects_open_without_a_gap(
    qtbot: QtBot, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    fake_api.sub_accounts = sample_sub_accounts(1000, blocked=(5, 500, 999))
    fake_api.sites = sample_sites(5000, paused=200)
    account = Account(
        AccountConfig(AccountId("a1"), "Agency"), fake_api.url, ApiKey(sentinel_key), KeySource.ENVIRONMENT
    )
    fetcher = ListsFetcher(account)  # in the worker thread in the app: off the event loop
    try:
        lists = fetcher.fetch()
    finally:
        fetcher.close()
    assert lists.sub_accounts is not None and lists.sub_accounts.count == 1000
    assert lists.projects == Projects(5000, 4800, 5000 * 250)

    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.setInterval(50)
    probe.timeout.connect(tick)
    probe.start()
    windows: list[AccountWindow] = []

    def open_window() -> None:  # as the app does when the menu's Account… is chosen
        window = AccountWindow(demo=False)
        windows.append(window)
        window.update_view(view(lists), True)
        window.show()

    QTimer.singleShot(100, open_window)
    qtbot.waitUntil(lambda: bool(windows) and windows[0].isVisible(), timeout=10_000)
    ticks = len(gaps)
    qtbot.waitUntil(lambda: len(gaps) >= ticks + 5, timeout=10_000)  # painted and settled
    probe.stop()
    window = windows[0]
    qtbot.addWidget(window)
    assert window.lists.model.rowCount() == 1000
    assert window.lists.sub_accounts.text().startswith("1,000 sub-accounts — 3 blocked by limits: Client 5 (client)")
    assert window.lists.projects.text() == "5,000 projects (4,800 active) · 1,250,000 keywords"
    assert max(gaps) < 1.0, f"the event loop stalled for {max(gaps):.2f} s"
