"""Several accounts in the tray (pytest-qt, offscreen): the model, the worst-state icon with its count badge, the
tooltip naming the accounts needing attention, the per-account menu sections, and the demo's three accounts."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from seranking_tray.domain.account import Account, AccountConfig, AccountId, KeySource
from seranking_tray.domain.account_view import AccountView
from seranking_tray.domain.health import Health
from seranking_tray.domain.models import Balance
from seranking_tray.gui import app as app_module
from seranking_tray.gui.accounts_model import AccountsModel
from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.badge import badged_icon, badged_pixmap
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.icons import IconState, IconStyle, render_state_pixmap, state_icon
from seranking_tray.gui.options import AppOptions
from seranking_tray.gui.tray import TrayIcon
from seranking_tray.service.demo import SAMPLE_ACCOUNTS
from tests.test_gui_demo_switch import CountedEvents

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


def view(label: str, health: Health | None, balance: float = 100.0) -> AccountView:
    account = Account(AccountConfig(AccountId(f"id-{label.lower()}"), label), "https://x.test", None, KeySource.NONE)
    if health is None:
        return AccountView(account)
    return AccountView(account, health, "", Balance(balance, "USD"), data_checked_at=NOW, last_attempt_at=NOW)


def three() -> AccountsModel:
    model = AccountsModel()
    views = [view("Fine", Health.OK, 500), view("Low", Health.LOW_BALANCE, 4), view("Gone", Health.EXPIRED, 80)]
    model.set_accounts(v.account for v in views)
    for v in views:
        model.put(v)
    return model


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and a.text()]


def test_the_model_orders_attention_worst_first_and_counts_the_others() -> None:
    model = three()
    assert model.worst() is Health.EXPIRED
    assert [v.account.label for v in model.attention()] == ["Gone", "Low"]
    assert model.most_urgent() is not None and model.most_urgent().account.label == "Gone"  # type: ignore[union-attr]
    lines = model.tooltip_lines(NOW, format_money)
    assert lines[0].startswith("Gone: ") and lines[1].startswith("Low: ") and lines[2] == "1 other fine"
    model.put(view("Gone", Health.OK))
    model.put(view("Low", Health.OK))
    assert model.worst() is Health.OK and model.tooltip_lines(NOW, format_money) == ["3 accounts fine"]


def test_the_badge_draws_a_count_on_the_state_icon(qtbot: QtBot) -> None:
    plain = render_state_pixmap(IconState.EXPIRED, IconStyle.COLOUR, size=32)
    badged = badged_pixmap(plain, 2).toImage()
    assert badged != plain.toImage()
    corner = badged.pixelColor(27, 27)  # inside the badge's dark disc, not the red coin
    assert corner.red() < 0x60 or corner == QColor(0xFF, 0xFF, 0xFF)
    two = badged_icon(IconState.EXPIRED, IconStyle.COLOUR, 2).pixmap(32, 32).toImage()
    three = badged_icon(IconState.EXPIRED, IconStyle.COLOUR, 3).pixmap(32, 32).toImage()
    assert two != three  # the number is drawn, not just a dot


def test_the_tray_shows_the_worst_state_a_badge_and_a_section_per_account(qtbot: QtBot) -> None:
    tray = TrayIcon(demo=False, style=IconStyle.COLOUR)
    before = list(tray.menu.actions())
    tray.set_accounts(three())
    expired = state_icon(IconState.EXPIRED, IconStyle.COLOUR).pixmap(22, 22).toImage()
    shown = tray.icon.icon().pixmap(22, 22).toImage()
    assert shown != expired  # badged: two accounts need attention
    assert shown == badged_icon(IconState.EXPIRED, IconStyle.COLOUR, 2).pixmap(22, 22).toImage()
    tip = tray.icon.toolTip().splitlines()
    assert tip[0].startswith("Gone:") and tip[1].startswith("Low:") and tip[2] == "1 other fine"
    shown_texts = texts(tray.menu)
    for label, balance in (("Fine", "$500.00"), ("Low", "$4.00"), ("Gone", "$80.00")):
        assert label in shown_texts
        assert any(t.startswith(f"Balance: {balance}") for t in shown_texts)
    assert "Refresh all" in shown_texts and "Refresh now" not in shown_texts
    # One per account, plus the global entries below the sections.
    assert shown_texts.count("Account…") == 4 and shown_texts.count("Open SE Ranking") == 4
    # Built once, then updated: the entries a D-Bus host holds stay the same objects.
    kept = list(tray.menu.actions())
    assert all(a in kept for a in before)
    tray.set_accounts(three())
    assert list(tray.menu.actions()) == kept


def test_a_section_s_refresh_names_its_account(qtbot: QtBot) -> None:
    tray = TrayIcon(demo=False, style=IconStyle.COLOUR)
    tray.set_accounts(three())
    asked: list[str] = []
    tray.account_refresh_requested.connect(asked.append)
    refreshes = [a for a in tray.menu.actions() if a.isVisible() and a.text() == "Refresh"]
    refreshes[1].trigger()
    assert asked == ["id-low"]


def test_more_than_three_accounts_are_submenus_and_fifty_stay_usable(qtbot: QtBot) -> None:
    tray = TrayIcon(demo=False, style=IconStyle.COLOUR)
    model = AccountsModel()
    views = [view(f"Client {i:02}", Health.OK if i % 7 else Health.LOW_BALANCE, 10.0 + i) for i in range(50)]
    model.set_accounts(v.account for v in views)
    for v in views:
        model.put(v)
    tray.set_accounts(model)
    submenus = [a for a in tray.menu.actions() if a.isVisible() and a.menu() is not None and a.text().startswith("Cl")]
    assert len(submenus) == 50
    assert submenus[3].text() == "Client 03 — $13.00 · All fine"
    inner = submenus[3].menu()
    assert isinstance(inner, QMenu)
    assert [a.text() for a in inner.actions() if isinstance(a, QAction) and a.text()][-3:] == [
        "Refresh",
        "Account…",
        "Open SE Ranking",
    ]
    tray.menu.popup(tray.menu.pos())  # it opens
    qtbot.waitUntil(tray.menu.isVisible, timeout=2000)
    tray.menu.hide()
    assert len([a for a in tray.menu.actions() if a.isVisible()]) < 70  # one line per account, not six


@pytest.fixture
def demo_app(qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TrayApp]:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    monkeypatch.setattr(app_module, "SystemEvents", CountedEvents)
    exits: list[int] = []
    monkeypatch.setattr(os, "_exit", lambda code: exits.append(code))
    before = list(logging.getLogger().handlers)
    app = TrayApp(qapp, AppOptions(demo=True, refresh_interval=1), environ={})
    app.start()
    try:
        yield app
    finally:
        stopped = app.workers is None or app.workers.stop(3000)
        app._retire_worker()
        if app.notifier is not None:
            app.notifier.close()
        app.tray.hide()
        for handler in logging.getLogger().handlers:  # the app's log file, which outlives the app otherwise
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
        assert stopped and exits == []


def test_the_demo_shows_the_story_and_two_fine_clients(qtbot: QtBot, demo_app: TrayApp) -> None:
    model = demo_app.several.model
    qtbot.waitUntil(lambda: len(model.checked()) == 3, timeout=15000)
    labels = [v.account.label for v in model.views()]
    assert labels == ["Demo", *(c.label for c, _ in SAMPLE_ACCOUNTS)]
    healths = {v.account.label: v.health for v in model.views()}
    assert healths["Demo client (fine)"] is Health.OK and healths["Demo client (steady)"] is Health.OK

    # The clients are never a line of their own: only the story's account may need attention (it moves on every
    # second here), so the tooltip is either everyone fine or the story first and the two clients counted as fine.
    def lines() -> list[str]:
        return demo_app.tray.icon.toolTip().splitlines()

    qtbot.waitUntil(lambda: lines()[-1:] in (["3 accounts fine"], ["2 others fine"]), timeout=5000)
    shown = lines()
    assert shown[0] == "SE Ranking Tray (Demo)"
    if shown[-1] == "3 accounts fine":
        assert len(shown) == 2
    else:
        assert len(shown) == 3 and shown[1].startswith("Demo: ")
    assert "Demo client (fine)" in texts(demo_app.tray.menu)


def test_a_section_s_account_opens_the_window_on_that_account(qtbot: QtBot, demo_app: TrayApp) -> None:
    model = demo_app.several.model
    qtbot.waitUntil(lambda: len(model.checked()) == 3, timeout=15000)
    demo_app.tray.account_window_for.emit("demo-steady")  # that section's "Account…"
    window = demo_app.window
    assert window is not None and window.isVisible()
    assert window.accounts.current_id() == "demo-steady" and window.name.text().startswith("Demo client (steady)")
    assert [r[0] for r in window.accounts.rows()] == ["Demo", "Demo client (fine)", "Demo client (steady)"]
    demo_app.tray.account_window_for.emit("demo-fine")
    assert window.accounts.current_id() == "demo-fine" and not window.chart.isHidden()  # its own chart
    window.close()


def test_a_notification_click_opens_the_window_on_its_own_account(qtbot: QtBot, demo_app: TrayApp) -> None:
    model = demo_app.several.model
    qtbot.waitUntil(lambda: len(model.checked()) == 3 and demo_app.notifier is not None, timeout=15000)
    assert demo_app.notifier is not None
    demo_app.notifier.default_action.emit("demo-steady")  # the steady client's bubble, clicked
    window = demo_app.window
    assert window is not None and window.isVisible()
    assert window.accounts.current_id() == "demo-steady" and window.name.text().startswith("Demo client (steady)")
    demo_app.notifier.default_action.emit("")  # a bubble of no known account: the one needing attention most
    urgent = model.most_urgent()
    assert urgent is not None and window.accounts.current_id() == urgent.account.id
    window.close()
