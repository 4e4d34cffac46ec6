"""The settings dialog's sub-accounts and projects fields (issue 15; pytest-qt, offscreen): the per-account
`alert_blocked_sub_accounts` and the global `lists_interval` round-trip through settings.json."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from harness.faults import FakeSeRanking
from seranking_tray.domain.account import AccountConfig, AccountId
from seranking_tray.gui.settings_dialog import SettingsDialog
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import Settings, load_settings
from tests.conftest import MemoryKeyring
from tests.test_accounts_editor import private_dirs, two_accounts

__all__ = ["private_dirs"]  # the fixture, used by name


def open_dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, None, keystore=KeyStore())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_the_alert_per_account_and_the_lists_interval_round_trip(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    dialog = open_dialog(qtbot, two_accounts(fake_api, sentinel_key))
    editor, fields = dialog.accounts_editor, dialog.list_fields
    qtbot.waitUntil(lambda: editor.labels() == ["Main", "Client"] and editor.add_button.isEnabled(), timeout=5000)
    assert fields.interval_edit.value() == 60 and fields.alert_edit.isChecked()
    editor.select("Client")
    fields.alert_edit.setChecked(False)
    editor.select("Main")  # Main's own, untouched
    assert fields.alert_edit.isChecked()
    editor.select("Client")
    assert not fields.alert_edit.isChecked()  # kept until Save
    fields.interval_edit.setValue(120)
    save(qtbot, dialog)

    loaded = load_settings()
    main, client = loaded.settings.accounts
    assert loaded.raw["lists_interval"] == 7200
    assert loaded.raw["accounts"][1]["rules"]["alert_blocked_sub_accounts"] is False
    assert loaded.raw["alert_blocked_sub_accounts"] is True  # Main follows the flat rules
    assert loaded.settings.rules_for(client).alert_blocked_sub_accounts is False
    assert loaded.settings.rules_for(main).alert_blocked_sub_accounts is True

    again = open_dialog(qtbot, loaded.settings)  # shown as saved
    qtbot.waitUntil(lambda: again.accounts_editor.labels() == ["Main", "Client"], timeout=5000)
    assert again.list_fields.interval_edit.value() == 120
    again.accounts_editor.select("Client")
    assert not again.list_fields.alert_edit.isChecked()
    again.list_fields.alert_edit.setChecked(True)
    save(qtbot, again)
    assert load_settings().raw["accounts"][1]["rules"]["alert_blocked_sub_accounts"] is True


def test_untouched_fields_leave_the_file_as_it_was(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking
) -> None:
    first = AccountConfig(AccountId("a1"), "One")  # from before per-account rules: it follows the flat ones
    dialog = open_dialog(qtbot, Settings(api_url=fake_api.url, accounts=(first,), lists_interval=3650))
    assert dialog.list_fields.interval_edit.value() == 61
    save(qtbot, dialog)
    loaded = load_settings()
    assert loaded.raw["lists_interval"] == 3650  # not rounded to whole minutes
    assert loaded.settings.accounts[0].rules is None


def test_turning_the_alert_off_for_an_account_following_the_flat_rules(
    qtbot: QtBot, private_dirs: Path, memory_keyring: MemoryKeyring, fake_api: FakeSeRanking
) -> None:
    first = AccountConfig(AccountId("a1"), "One")
    dialog = open_dialog(qtbot, Settings(api_url=fake_api.url, accounts=(first,)))
    dialog.list_fields.alert_edit.setChecked(False)
    save(qtbot, dialog)
    settings = load_settings().settings
    assert settings.rules_for(settings.accounts[0]).alert_blocked_sub_accounts is False
