"""The settings dialog's accounts list (pytest-qt, offscreen): add, rename, remove, reorder, the CLI's validation,
a failing keyring that loses nothing, Test connection for the selected account, per-account rules, and the tray
following a Save."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from harness.faults import FakeSeRanking
from seranking_tray.domain.account import DEFAULT_USERNAME, AccountId
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.gui import accounts_editor as editor_module
from seranking_tray.gui import app as app_module
from seranking_tray.gui.account_dialog import AddAccountDialog, RemoveAccountDialog, RenameAccountDialog
from seranking_tray.gui.accounts_editor import AccountsEditor
from seranking_tray.gui.app import TrayApp
from seranking_tray.gui.options import AppOptions
from seranking_tray.gui.settings_dialog import SavedSettings, SettingsDialog
from seranking_tray.service.account_list import AccountList
from seranking_tray.service.monitor import check_once
from seranking_tray.store.keystore import SERVICE, KeyStore
from seranking_tray.store.settings import Settings, ensure_accounts, load_settings
from tests.conftest import MemoryKeyring
from tests.test_gui_demo_switch import CountedEvents


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.delenv("SERANKING_API_KEY", raising=False)
    monkeypatch.delenv("SERANKING_API_URL", raising=False)
    return tmp_path


def two_accounts(fake: FakeSeRanking, first_key: str) -> Settings:
    """Main (the sentinel key) and Client (a second key the fake also serves), saved as the CLI would."""
    settings = ensure_accounts(load_settings()).settings
    accounts = AccountList(settings)
    accounts.add("Main", ApiKey(first_key), fake.url)
    client_key = secrets.token_hex(20)
    fake.set_key_state(client_key)
    accounts.add("Client", ApiKey(client_key), fake.url)
    return accounts.settings


def make_editor(qtbot: QtBot, settings: Settings, environ: dict[str, str] | None = None) -> AccountsEditor:
    editor = AccountsEditor(settings, check_once, environ=environ or {})
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: bool(editor.entries) and editor.add_button.isEnabled(), timeout=5000)
    return editor


def stored_labels() -> list[str]:
    return [a.label for a in load_settings().settings.accounts]


def open_add(editor: AccountsEditor, label: str, key: str, url: str = "") -> AddAccountDialog:
    editor.add_button.click()
    dialog = editor.dialog
    assert isinstance(dialog, AddAccountDialog)
    dialog.label_edit.setText(label)
    dialog.key_edit.setText(key)
    dialog.url_edit.setText(url)
    dialog.ok_button.click()
    return dialog


def refused(qtbot: QtBot, dialog: AddAccountDialog) -> str:
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=5000)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    return dialog.error.text()


def test_add_stores_the_key_in_its_own_keyring_entry_and_lists_the_account(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    editor = make_editor(qtbot, two_accounts(fake_api, sentinel_key))
    changes: list[Settings] = []
    editor.changed.connect(changes.append)
    new_key = secrets.token_hex(20)
    dialog = open_add(editor, "Agency", new_key, "https://api.example.test/v1")
    qtbot.waitUntil(lambda: "Agency" in editor.labels(), timeout=5000)
    assert not dialog.isVisible()
    assert stored_labels() == ["Main", "Client", "Agency"]
    added = load_settings().settings.accounts[2]
    assert added.api_url == "https://api.example.test/v1"
    assert added.rules == load_settings().settings.rules  # the current values are the new account's defaults
    assert memory_keyring.store[(SERVICE, f"{DEFAULT_USERNAME}:{added.id}")] == new_key
    assert editor.selected_id() == added.id and editor.edited
    assert changes and changes[-1].accounts[2].id == added.id


def test_the_cli_s_validation_refuses_and_keeps_what_was_typed(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    editor = make_editor(qtbot, two_accounts(fake_api, sentinel_key))
    new_key = secrets.token_hex(20)
    dialog = open_add(editor, "  main ", new_key)
    assert "already an account named" in refused(qtbot, dialog)
    assert dialog.key_edit.text() == new_key and dialog.label_edit.text() == "  main "
    dialog.label_edit.setText("environment")
    dialog.ok_button.click()
    assert "reserved" in refused(qtbot, dialog)
    dialog.label_edit.setText("Agency")
    dialog.key_edit.setText(sentinel_key)
    dialog.ok_button.click()
    assert "already the key of the account 'Main'" in refused(qtbot, dialog)
    dialog.key_edit.setText("")
    dialog.ok_button.click()
    assert "Project API key" in refused(qtbot, dialog)
    assert stored_labels() == ["Main", "Client"] and not editor.edited


def test_a_failing_keyring_keeps_the_dialog_open_and_saves_nothing(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    editor = make_editor(qtbot, two_accounts(fake_api, sentinel_key))
    before = load_settings().settings
    keyring.set_keyring(keyring.backends.fail.Keyring())  # memory_keyring puts the previous one back
    new_key = secrets.token_hex(20)
    dialog = open_add(editor, "Agency", new_key)
    message = refused(qtbot, dialog)
    assert "keyring" in message.lower() and new_key not in message
    assert dialog.label_edit.text() == "Agency" and dialog.key_edit.text() == new_key
    assert load_settings().settings.accounts == before.accounts and not editor.edited


def test_rename_reorder_and_remove_save_at_once(
    qtbot: QtBot,
    private_dirs: Path,
    memory_keyring: MemoryKeyring,
    fake_api: FakeSeRanking,
    sentinel_key: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = make_editor(qtbot, two_accounts(fake_api, sentinel_key))
    client = load_settings().settings.accounts[1]
    editor.select("Client")
    editor.rename_button.click()
    rename = editor.dialog
    assert isinstance(rename, RenameAccountDialog)
    rename.label_edit.setText("MAIN")
    rename.ok_button.click()
    qtbot.waitUntil(lambda: rename.error.isVisibleTo(rename), timeout=5000)
    rename.label_edit.setText("Client A")
    rename.ok_button.click()
    qtbot.waitUntil(lambda: editor.labels() == ["Main", "Client A"], timeout=5000)
    assert stored_labels() == ["Main", "Client A"]

    assert editor.selected_id() == client.id and not editor.down_button.isEnabled()
    editor.up_button.click()
    qtbot.waitUntil(lambda: editor.labels() == ["Client A", "Main"], timeout=5000)
    assert stored_labels() == ["Client A", "Main"] and editor.selected_id() == client.id
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    editor.down_button.click()
    qtbot.waitUntil(lambda: editor.labels() == ["Main", "Client A"], timeout=5000)

    forgotten: list[AccountId] = []
    monkeypatch.setattr(editor_module, "forget_history", forgotten.append)
    editor.select("Client A")
    editor.remove_button.click()
    remove = editor.dialog
    assert isinstance(remove, RemoveAccountDialog) and not remove.delete_history.isChecked()
    remove.delete_history.setChecked(True)
    remove.ok_button.click()
    qtbot.waitUntil(lambda: editor.labels() == ["Main"], timeout=5000)
    assert stored_labels() == ["Main"] and forgotten == [client.id]
    assert (SERVICE, f"{DEFAULT_USERNAME}:{client.id}") not in memory_keyring.store
    assert memory_keyring.store[(SERVICE, DEFAULT_USERNAME)] == sentinel_key  # the first account's key stays
    assert not editor.remove_button.isEnabled()  # the last account cannot be removed


def test_removing_keeps_history_unless_asked(
    qtbot: QtBot,
    private_dirs: Path,
    memory_keyring: MemoryKeyring,
    fake_api: FakeSeRanking,
    sentinel_key: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = make_editor(qtbot, two_accounts(fake_api, sentinel_key))
    forgotten: list[AccountId] = []
    monkeypatch.setattr(editor_module, "forget_history", forgotten.append)
    editor.select("Client")
    editor.remove_button.click()
    assert editor.dialog is not None
    editor.dialog.ok_button.click()
    qtbot.waitUntil(lambda: editor.labels() == ["Main"], timeout=5000)
    assert forgotten == []


def test_the_environment_account_is_first_and_read_only(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    settings = two_accounts(fake_api, secrets.token_hex(20))
    editor = make_editor(qtbot, settings, {"SERANKING_API_KEY": sentinel_key, "SERANKING_API_URL": fake_api.url})
    assert editor.labels() == ["Environment", "Main", "Client"]
    editor.select("Environment")
    assert not editor.rename_button.isEnabled() and not editor.remove_button.isEnabled()
    assert not editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    assert "read-only" in editor.list.item(0).text()
    editor.test_button.click()  # the read-only account can still be tested
    qtbot.waitUntil(lambda: editor.message.text().startswith("✓ Connected"), timeout=10000)


def test_test_connection_checks_the_selected_account(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    editor = make_editor(qtbot, two_accounts(fake_api, sentinel_key))
    client_key = memory_keyring.store[(SERVICE, f"{DEFAULT_USERNAME}:{load_settings().settings.accounts[1].id}")]
    editor.select("Client")
    editor.test_button.click()
    qtbot.waitUntil(lambda: editor.message.text().startswith("✓ Connected"), timeout=10000)
    assert fake_api.requests_to("balance")[-1].headers["Authorization"] == f"Token {client_key}"
    assert sentinel_key not in editor.message.text()


def every_control(widget: QWidget) -> list[QWidget]:
    kinds = ("QPushButton", "QLineEdit", "QCheckBox", "QSpinBox", "QDoubleSpinBox", "QListWidget")
    found = widget.findChildren(QWidget)
    # Qt's own parts (a spin box's line edit) take the accessible name of the control they belong to.
    inner = [w for w in found if w.objectName().startswith("qt_")]
    return [w for w in found if type(w).__name__ in kinds and w.isVisibleTo(widget) and w not in inner]


def test_every_control_has_an_accessible_name_and_buttons_a_mnemonic(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    editor = make_editor(qtbot, two_accounts(fake_api, sentinel_key))
    editor.select("Client")
    editor.add_button.click()
    assert editor.dialog is not None
    for widget in (editor, editor.dialog):
        controls = every_control(widget)
        assert controls
        for control in controls:
            assert control.accessibleName(), control
            if isinstance(control, QPushButton) and control.text().replace("&", "") != "Cancel":
                assert "&" in control.text(), control.text()


def test_rules_fields_edit_the_selected_account(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    settings = two_accounts(fake_api, sentinel_key)
    saved: list[SavedSettings] = []
    dialog = SettingsDialog(settings, None, keystore=KeyStore())
    qtbot.addWidget(dialog)
    dialog.saved.connect(saved.append)
    dialog.show()
    editor = dialog.accounts_editor
    qtbot.waitUntil(lambda: editor.labels() == ["Main", "Client"] and editor.add_button.isEnabled(), timeout=5000)
    flat = settings.rules
    editor.select("Client")
    dialog.threshold_edit.setValue(250.0)
    editor.running_low_edit.setValue(21)
    dialog.notify_expired.setChecked(False)
    dialog.meter_fields.credits_edit.setChecked(False)
    dialog.meter_fields.expiry_days_edit.setValue(30)
    editor.select("Main")  # the fields show Main's rules again, untouched
    assert dialog.threshold_edit.value() == flat.low_balance_threshold
    assert dialog.meter_fields.credits_edit.isChecked() and dialog.meter_fields.expiry_days_edit.value() == 7
    assert editor.running_low_edit.value() == flat.running_low_days and dialog.notify_expired.isChecked()
    editor.select("Client")
    assert dialog.threshold_edit.value() == 250.0 and editor.running_low_edit.value() == 21
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    stored = load_settings().settings
    client = stored.rules_for(stored.accounts[1])
    assert (client.low_balance_threshold, client.running_low_days, client.notify_expired) == (250.0, 21, False)
    assert stored.accounts[1].extra["meters"] == {"project": True, "credits": False}
    assert client.expiry_warning_days == 30 and stored.accounts[0].extra["meters"]["credits"] is True
    main = stored.rules_for(stored.accounts[0])
    assert (main.low_balance_threshold, main.running_low_days, main.notify_expired) == (
        flat.low_balance_threshold,
        flat.running_low_days,
        True,
    )


def menu_texts(menu: QMenu) -> list[str]:
    texts: list[str] = []
    for action in menu.actions():
        if action.isVisible() and action.text():
            texts.append(action.text())
        if action.menu() is not None and action.isVisible():
            texts.extend(menu_texts(action.menu()))
    return texts


@pytest.fixture
def stored_app(
    qtbot: QtBot,
    qapp: QApplication,
    private_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    fake_api: FakeSeRanking,
    sentinel_key: str,
) -> Iterator[TrayApp]:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={private_dirs / 'no-bus'}")
    monkeypatch.setattr(app_module, "SystemEvents", CountedEvents)
    exits: list[int] = []
    monkeypatch.setattr(os, "_exit", lambda code: exits.append(code))
    before = list(logging.getLogger().handlers)
    two_accounts(fake_api, sentinel_key)
    app = TrayApp(qapp, AppOptions(refresh_interval=3600), {"SERANKING_API_URL": fake_api.url})
    app.start()
    try:
        yield app
    finally:
        stopped = app.workers is None or app.workers.stop(3000)
        app._retire_worker()
        if app.notifier is not None:
            app.notifier.close()
        if app.settings_dialog is not None:
            app.settings_dialog.close()
        app.tray.hide()
        for handler in logging.getLogger().handlers:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
        assert stopped and exits == []


def test_after_save_the_tray_lists_the_accounts_again(
    qtbot: QtBot, stored_app: TrayApp, fake_api: FakeSeRanking
) -> None:
    app = stored_app
    qtbot.waitUntil(lambda: {"Main", "Client"} <= set(menu_texts(app.tray.menu)), timeout=15000)
    app.show_settings()
    dialog = app.settings_dialog
    assert dialog is not None
    editor = dialog.accounts_editor
    qtbot.waitUntil(lambda: editor.labels() == ["Main", "Client"] and editor.add_button.isEnabled(), timeout=5000)

    new_key = secrets.token_hex(20)
    fake_api.set_key_state(new_key)
    open_add(editor, "Agency", new_key)
    qtbot.waitUntil(lambda: "Agency" in editor.labels() and editor.add_button.isEnabled(), timeout=5000)
    editor.select("Client")
    editor.remove_button.click()
    assert editor.dialog is not None
    editor.dialog.ok_button.click()
    qtbot.waitUntil(lambda: editor.labels() == ["Main", "Agency"] and editor.add_button.isEnabled(), timeout=5000)
    checked_before = len([r for r in fake_api.requests_to("balance") if new_key in r.headers["Authorization"]])
    assert checked_before == 0
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    # The added account is checked and gets its section; the removed one leaves the menu.
    qtbot.waitUntil(
        lambda: any(r.headers["Authorization"] == f"Token {new_key}" for r in fake_api.requests_to("balance")),
        timeout=15000,
    )
    qtbot.waitUntil(lambda: "Agency" in menu_texts(app.tray.menu), timeout=15000)
    qtbot.waitUntil(lambda: "Client" not in menu_texts(app.tray.menu), timeout=15000)
    views = {v.account.label: v for v in app.several.model.views()}
    assert set(views) == {"Main", "Agency"}
    qtbot.waitUntil(lambda: app.several.model.views()[1].health is not None, timeout=15000)


def test_cancel_after_an_edit_still_tells_the_tray_the_list_as_saved(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    settings = two_accounts(fake_api, sentinel_key)
    saved: list[SavedSettings] = []
    dialog = SettingsDialog(settings, None, keystore=KeyStore())
    qtbot.addWidget(dialog)
    dialog.saved.connect(saved.append)
    dialog.show()
    editor = dialog.accounts_editor
    qtbot.waitUntil(lambda: editor.labels() == ["Main", "Client"] and editor.add_button.isEnabled(), timeout=5000)
    dialog.threshold_edit.setValue(999.0)  # typed, then cancelled: not saved
    editor.select("Client")
    editor.rename_button.click()
    assert isinstance(editor.dialog, RenameAccountDialog)
    editor.dialog.label_edit.setText("Renamed")
    editor.dialog.ok_button.click()
    qtbot.waitUntil(lambda: editor.labels() == ["Main", "Renamed"], timeout=5000)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert len(saved) == 1 and [a.label for a in saved[0].settings.accounts] == ["Main", "Renamed"]
    assert saved[0].settings.low_balance_threshold == settings.low_balance_threshold
    assert load_settings().settings.low_balance_threshold == settings.low_balance_threshold
