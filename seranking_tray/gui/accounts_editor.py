"""The settings dialog's accounts list: add, rename, remove, reorder, and test one account.

Every edit is the CLI's (`service.account_list.AccountList`: the same validation — unique labels, "Environment"
reserved, a key used twice refused) and is saved at once, like `seranking-tray accounts add`, `rename` and
`remove`. The keyring can block (a locked collection asks for a password), so listing the accounts and every edit
run off the GUI thread; while one runs the buttons wait. A failed edit changes nothing and leaves what the user
typed in its dialog.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seranking_tray.domain.account import Account, AccountConfig, KeySource
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.health import Health
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Ui
from seranking_tray.domain.wording import problem_in_words
from seranking_tray.gui.account_dialog import AccountForm, AddAccountDialog, RemoveAccountDialog, RenameAccountDialog
from seranking_tray.gui.background import BackgroundCall
from seranking_tray.gui.formatting import format_money
from seranking_tray.service.account_history import forget_history
from seranking_tray.service.account_list import AccountList, Entry, KeyStoreFactory, list_entries
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import RANGES, Settings

log = logging.getLogger(__name__)

KEY_SOURCE_WORDS = {  # English sources, shown through Ui.tr
    KeySource.KEYRING: QT_TRANSLATE_NOOP("Ui", "key in the keyring"),
    KeySource.ENVIRONMENT: QT_TRANSLATE_NOOP("Ui", "key from SERANKING_API_KEY"),
    KeySource.SESSION: QT_TRANSLATE_NOOP("Ui", "key for this session only"),
    KeySource.DEMO: QT_TRANSLATE_NOOP("Ui", "demo"),
    KeySource.NONE: QT_TRANSLATE_NOOP("Ui", "no key yet"),
}


def test_result_text(account: Account, outcome: CheckOutcome) -> str:
    """What Test connection says: the account reached (name, balance), or what went wrong in words."""
    snapshot, assessment = outcome.snapshot, outcome.assessment
    if assessment.health is Health.ERROR and assessment.failure is not None:
        return f"✗ {problem_in_words(assessment.failure.kind, account.key)}"  # by kind: its text is English
    name = snapshot.profile.display_name if snapshot.profile else Ui.tr("the account")
    if snapshot.balance is not None:
        balance = format_money(snapshot.balance.value, snapshot.balance.currency_code)
    else:
        balance = Ui.tr("unknown")
    return "✓ " + Ui.tr("Connected to {name} — balance {balance}").format(name=name, balance=balance)


def error_text(error: object, what: str) -> str:
    if isinstance(error, ConfigError):
        return error.in_words()
    return Ui.tr("{what} failed ({error}).").format(what=what, error=type(error).__name__)


class AccountsEditor(QGroupBox):
    selected = Signal(object)  # AccountConfig | None: the account the rules fields now edit
    changed = Signal(object)  # Settings: the accounts as saved after an edit

    def __init__(
        self,
        settings: Settings,
        check: Callable[[Account, Settings], CheckOutcome],
        current: Callable[[], Settings] | None = None,  # the settings as typed (read here, in the GUI thread)
        parent: QWidget | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        factory: KeyStoreFactory = KeyStore,
        path: Path | None = None,
    ) -> None:
        super().__init__(Ui.tr("Accounts"), parent)
        self.setObjectName("accountsEditor")
        self.settings = settings
        self._check = check
        self._current = current or (lambda: self.settings)
        self._environ = dict(os.environ if environ is None else environ)
        self._factory = factory
        self._path = path
        self._calls: list[BackgroundCall] = []
        self.entries: list[Entry] = []
        self.edited = False  # something was saved: the tray follows even if the dialog is cancelled
        self._busy = True
        self.dialog: AddAccountDialog | RenameAccountDialog | RemoveAccountDialog | None = None

        layout = QVBoxLayout(self)
        note = QLabel(Ui.tr("Changes to this list are saved at once. The rules below apply to the selected account."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        self.list.setAccessibleName(Ui.tr("Accounts"))
        self.list.setMinimumHeight(90)
        self.list.currentRowChanged.connect(self._on_row_changed)
        layout.addWidget(self.list)

        grid = QGridLayout()
        self.add_button = self._button(Ui.tr("&Add account…"), Ui.tr("Add an account"), self.add)
        self.rename_button = self._button(Ui.tr("Re&name…"), Ui.tr("Rename the selected account"), self.rename)
        self.remove_button = self._button(Ui.tr("Remo&ve…"), Ui.tr("Remove the selected account"), self.remove)
        self.up_button = self._button(
            Ui.tr("Move &up"), Ui.tr("Move the selected account up"), lambda: self.move_selected(-1)
        )
        self.down_button = self._button(
            Ui.tr("Move do&wn"), Ui.tr("Move the selected account down"), lambda: self.move_selected(1)
        )
        self.test_button = self._button(
            Ui.tr("Te&st account"), Ui.tr("Test the connection of the selected account"), self.test
        )
        buttons = (self.add_button, self.rename_button, self.remove_button)
        for column, button in enumerate(buttons):
            grid.addWidget(button, 0, column)
        for column, button in enumerate((self.up_button, self.down_button, self.test_button)):
            grid.addWidget(button, 1, column)
        layout.addLayout(grid)

        self.message = QLabel(Ui.tr("Reading the accounts…"))
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(Ui.tr("Accounts status"))
        layout.addWidget(self.message)

        form = QFormLayout()
        row = QHBoxLayout()
        self.running_low_edit = QSpinBox()
        low, high = RANGES["running_low_days"]
        self.running_low_edit.setRange(round(low), round(high))
        self.running_low_edit.setSuffix(Ui.tr(" days"))
        self.running_low_edit.setValue(settings.running_low_days)
        self.running_low_edit.setAccessibleName(
            Ui.tr("Warn when the balance runs out within this many days (0: never)")
        )
        row.addWidget(self.running_low_edit)
        row.addStretch()
        form.addRow(Ui.tr("Warn when it runs &out within:"), row)
        layout.addLayout(form)
        self._update_buttons()
        self.reload()

    def _button(self, text: str, name: str, action: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter in the dialog's fields means Save, not "add an account"
        button.clicked.connect(action)
        return button

    # --- the list -------------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """List the accounts again (reads the keyring: off the GUI thread); then select `select` (an id)."""
        settings, environ, factory = self.settings, self._environ, self._factory
        current = select or self.selected_id()
        self._start(BackgroundCall(lambda: list_entries(settings, environ, factory), self), self._show, current)

    def _show(self, entries: Sequence[Entry], select: str | None) -> None:
        self.entries = list(entries)
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            config = entry.config
            source = Ui.tr(KEY_SOURCE_WORDS[entry.account.key_source])
            detail = Ui.tr("problem: {problem}").format(problem=entry.problem.in_words()) if entry.problem else source
            detail = Ui.tr("read-only, {detail}").format(detail=detail) if config.read_only else detail
            item = QListWidgetItem(f"{config.label}  ({detail})")
            item.setData(Qt.ItemDataRole.UserRole, config.id)
            self.list.addItem(item)
        ids: list[str] = [e.config.id for e in self.entries]
        self.list.blockSignals(False)
        self.list.setCurrentRow(ids.index(select) if select in ids else 0 if ids else -1)
        self._on_row_changed(self.list.currentRow())
        self.message.setText("")

    def labels(self) -> list[str]:
        return [e.config.label for e in self.entries]

    def selected_entry(self) -> Entry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def selected_id(self) -> str | None:
        entry = self.selected_entry()
        return entry.config.id if entry else None

    def select(self, label: str) -> None:
        self.list.setCurrentRow(self.labels().index(label))

    def _on_row_changed(self, _row: int) -> None:
        entry = self.selected_entry()
        self._update_buttons()
        self.selected.emit(entry.config if entry else None)

    def _stored_index(self) -> int | None:
        entry = self.selected_entry()
        ids = [a.id for a in self.settings.accounts]
        return ids.index(entry.config.id) if entry and not entry.config.read_only and entry.config.id in ids else None

    def _update_buttons(self) -> None:
        index = self._stored_index()
        stored = index is not None and not self._busy
        self.add_button.setEnabled(not self._busy)
        self.rename_button.setEnabled(stored)
        self.remove_button.setEnabled(stored and len(self.settings.accounts) > 1)
        self.up_button.setEnabled(stored and index is not None and index > 0)
        self.down_button.setEnabled(stored and index is not None and index < len(self.settings.accounts) - 1)
        self.test_button.setEnabled(self.selected_entry() is not None and not self._busy)

    # --- background work ------------------------------------------------------------------------------

    def _start(self, call: BackgroundCall, then: Callable[..., None], *args: Any) -> None:
        self._busy = True
        self._update_buttons()
        call.succeeded.connect(lambda result: self._done(then, result, *args))
        call.failed.connect(self._list_failed)
        self._calls.append(call)
        call.start()

    def _done(self, then: Callable[..., None], result: object, *args: Any) -> None:
        self._busy = False
        then(result, *args)
        self._update_buttons()

    def _list_failed(self, error: object) -> None:
        self._busy = False
        self.message.setText("✗ " + error_text(error, Ui.tr("Reading the accounts")))
        self._update_buttons()

    def _edit(self, action: Callable[[AccountList], AccountConfig | None], dialog: Any = None) -> None:
        """One edit with the CLI's rules, saved at once, off the GUI thread; on failure nothing is lost."""
        accounts = AccountList(self.settings, self._path, self._factory)
        call = BackgroundCall(lambda: action(accounts), self)
        self._busy = True
        self._update_buttons()

        def succeeded(config: AccountConfig | None) -> None:
            self._busy = False
            self.settings = accounts.settings
            self.edited = True
            self.changed.emit(self.settings)
            if dialog is not None:
                dialog.accept()
            self.reload(config.id if config is not None else None)

        def failed(error: object) -> None:
            self._busy = False
            message = error_text(error, Ui.tr("The change"))
            if dialog is not None:
                dialog.show_error(message)  # still open, with everything as typed
            else:
                self.message.setText(f"✗ {message}")
            self._update_buttons()

        call.succeeded.connect(succeeded)
        call.failed.connect(failed)
        self._calls.append(call)
        call.start()

    def _open(self, dialog: AddAccountDialog | RenameAccountDialog | RemoveAccountDialog) -> None:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    # --- the edits ------------------------------------------------------------------------------------

    def add(self) -> None:
        dialog = AddAccountDialog(self)
        environ = self._environ

        def submitted(form: AccountForm) -> None:
            assert form.key is not None
            key = form.key
            self._edit(lambda a: a.add(form.label, key, form.api_url, environ, form.data_api_url), dialog)

        dialog.submitted.connect(submitted)
        self._open(dialog)

    def rename(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._stored_index() is None:
            return
        ident = entry.config.id
        dialog = RenameAccountDialog(entry.config.label, self)
        dialog.submitted.connect(lambda form: self._edit(lambda a: a.rename(ident, form.label), dialog))
        self._open(dialog)

    def remove(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._stored_index() is None:
            return
        ident = entry.config.id
        dialog = RemoveAccountDialog(entry.config.label, self)

        def submitted(form: AccountForm) -> None:
            delete = forget_history if form.delete_history else None
            self._edit(lambda a: _removed(a.remove(ident, delete)), dialog)

        dialog.submitted.connect(submitted)
        self._open(dialog)

    def move_selected(self, step: int) -> None:
        index, entry = self._stored_index(), self.selected_entry()
        if index is None or entry is None:
            return
        ident = entry.config.id
        self._edit(lambda a: _moved(a, ident, index + step))

    def test(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        account = entry.account
        if entry.problem is not None or account.key is None:
            self.message.setText(
                "✗ " + (entry.problem.in_words() if entry.problem else Ui.tr("This account has no key yet."))
            )
            return
        self.message.setText(Ui.tr("Testing {account}…").format(account=entry.config.label))
        self.test_button.setEnabled(False)
        settings = self._current()
        call = BackgroundCall(lambda: self._check(account, settings), self)
        call.succeeded.connect(lambda outcome: self._tested(test_result_text(account, outcome)))
        call.failed.connect(lambda error: self._tested("✗ " + error_text(error, Ui.tr("The test"))))
        self._calls.append(call)
        call.start()

    def _tested(self, text: str) -> None:
        self.message.setText(text)
        self._update_buttons()

    def cancel_calls(self) -> None:
        for call in self._calls:
            call.cancel()  # a late answer must not touch a closed dialog


def _removed(config: AccountConfig) -> None:
    return None  # the removed account is not selected again


def _moved(accounts: AccountList, ident: str, position: int) -> AccountConfig:
    accounts.move(ident, position)
    return next(a for a in accounts.settings.accounts if a.id == ident)
