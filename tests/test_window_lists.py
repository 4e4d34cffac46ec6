"""Issue 15: the account window reads the lists of the account it shows — opened on it, or switched to it — not
only the first account's (pytest-qt, offscreen, the running app against the loopback fake)."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from harness.faults import FakeSeRanking
from seranking_tray.domain.account import AccountId
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.gui import app as app_module
from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.options import AppOptions
from seranking_tray.service.account_list import AccountList
from seranking_tray.store.settings import ensure_accounts, load_settings
from seranking_tray.testing.fake_lists import sample_sites, sub_account
from tests.conftest import MemoryKeyring
from tests.test_accounts_editor import private_dirs
from tests.test_gui_demo_switch import CountedEvents

__all__ = ["private_dirs"]  # the fixture, used by name


def list_reads(fake: FakeSeRanking, key: str) -> int:
    return len([r for r in fake.requests_to("users") if r.headers.get("Authorization") == f"Token {key}"])


def other_reads(fake: FakeSeRanking, key: str) -> int:
    """The list reads with any other key (the first account's)."""
    return len([r for r in fake.requests_to("users") if r.headers.get("Authorization") != f"Token {key}"])


@pytest.fixture
def agency_second(
    qtbot: QtBot,
    qapp: QApplication,
    private_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    fake_api: FakeSeRanking,
    sentinel_key: str,
) -> Iterator[TrayApp]:
    """Main (a key of its own, first) and Agency (the fake's main key, which serves the lists), in that order."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={private_dirs / 'no-bus'}")
    monkeypatch.setattr(app_module, "SystemEvents", CountedEvents)
    fake_api.sub_accounts = [sub_account(1)]
    fake_api.sites = sample_sites(2)
    main_key = secrets.token_hex(20)
    fake_api.set_key_state(main_key)
    # The fake serves lists to its main key only; Main's, unpaged (one page holds them), go in its state directly.
    fake_api._other_keys[main_key].update(users={"list": [sub_account(7)], "all_count": "1"}, sites=sample_sites(1))
    accounts = AccountList(ensure_accounts(load_settings()).settings)
    accounts.add("Main", ApiKey(main_key), fake_api.url)
    accounts.add("Agency", ApiKey(sentinel_key), fake_api.url)
    before = list(logging.getLogger().handlers)
    app = TrayApp(qapp, AppOptions(refresh_interval=3600), {"SERANKING_API_URL": fake_api.url})
    app.start()
    try:
        yield app
    finally:
        stopped = app.workers is None or app.workers.stop(3000)
        app._retire_worker()
        if app.notifier is not None:
            app.notifier.close()
        if app.window is not None:
            app.window.close()
        app.tray.hide()
        for handler in logging.getLogger().handlers:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
        assert stopped


def test_choosing_another_account_reads_its_lists_and_the_section_shows_them(
    qtbot: QtBot, agency_second: TrayApp, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    app = agency_second

    def agency_lists() -> object:
        view = next((v for v in app.several.model.views() if v.account.label == "Agency"), None)
        return None if view is None else view.lists

    qtbot.waitUntil(lambda: agency_lists() is not None, timeout=15000)  # its first check read them
    read = list_reads(fake_api, sentinel_key)
    fake_api.sub_accounts = [sub_account(1), sub_account(2, blocked=True, kind="client")]  # changed since

    app.show_account_window()  # on the first account (all fine): Agency's lists are not due for an hour
    window = app.window
    assert window is not None
    qtbot.waitUntil(lambda: window.accounts.rows() != [], timeout=5000)
    assert window.shown_account() == app.several.first and list_reads(fake_api, sentinel_key) == read

    agency = next(v.account.id for v in app.several.model.views() if v.account.label == "Agency")
    assert window.accounts.select(agency)  # as a click on its row
    qtbot.waitUntil(lambda: list_reads(fake_api, sentinel_key) > read, timeout=15000)  # the read arrives
    blocked = "2 sub-accounts — 1 blocked by limits: Client 2 (client)"
    qtbot.waitUntil(lambda: window.lists.sub_accounts.text().startswith(blocked), timeout=15000)
    assert window.shown_account() == agency
    assert window.lists.projects.text().startswith("2 projects")

    others = other_reads(fake_api, sentinel_key)
    assert window.accounts.select(app.several.first)  # back to the first: its worker reads its lists
    qtbot.waitUntil(lambda: other_reads(fake_api, sentinel_key) > others, timeout=15000)
    qtbot.waitUntil(lambda: window.lists.sub_accounts.text().startswith("1 sub-account"), timeout=15000)


def test_opening_the_window_on_another_account_reads_its_lists(
    qtbot: QtBot, agency_second: TrayApp, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    app = agency_second
    qtbot.waitUntil(
        lambda: any(v.account.label == "Agency" and v.lists for v in app.several.model.views()), timeout=15000
    )
    agency = next(v.account.id for v in app.several.model.views() if v.account.label == "Agency")
    for times in (1, 2):  # the first opening, then again on the same account (no new choice in its list)
        read = list_reads(fake_api, sentinel_key)
        app.show_account_window(str(agency))  # the menu section's "Account…"
        qtbot.waitUntil(lambda r=read: list_reads(fake_api, sentinel_key) > r, timeout=15000)  # type: ignore[misc]
        assert app.window is not None and app.window.shown_account() == AccountId(agency), times
