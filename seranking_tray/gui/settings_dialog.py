"""The settings window: the key (kept in the OS keyring), refresh, threshold, look, notifications, advanced.

The key field and the keyring-problem bar are in key_field.py, which says how the key is (never) handled.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seranking_tray.domain.account import (
    DEFAULT_API_URL,
    LEGACY_LABEL,
    Account,
    AccountConfig,
    KeySource,
    new_account_id,
    validate_api_url,
)
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.phrases import Ui
from seranking_tray.gui.account_rules import RulesPerAccount
from seranking_tray.gui.accounts_editor import AccountsEditor, test_result_text
from seranking_tray.gui.background import BackgroundCall
from seranking_tray.gui.fitting import grow_to_fit
from seranking_tray.gui.formatting import currency_symbol
from seranking_tray.gui.key_field import KeyField, ProblemBar
from seranking_tray.gui.list_fields import ListFields
from seranking_tray.gui.meter_fields import MeterFields
from seranking_tray.gui.settings_fields import ICON_STYLE_LABELS, WELCOME, keyring_failure, language_row
from seranking_tray.service.monitor import check_once
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import RANGES, IconStyle, Settings, save_settings
from seranking_tray.system import autostart

log = logging.getLogger(__name__)


class KeyChange(Enum):
    UNCHANGED = "unchanged"
    STORED = "stored"  # a new key is in the keyring
    SESSION = "session"  # a new key kept in memory for this session only
    REMOVED = "removed"


@dataclass(frozen=True)
class SavedSettings:
    settings: Settings
    key_change: KeyChange
    session_key: ApiKey | None = None


class SettingsDialog(QDialog):
    saved = Signal(object)  # SavedSettings
    demo_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        account: Account | None,
        *,
        keystore: KeyStore,
        currency_code: str | None = None,
        first_run: bool = False,
        check_connection: Callable[[Account, Settings], CheckOutcome] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(Ui.tr("Settings"))  # Qt appends " — SE Ranking Tray" (see AccountWindow)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._account = account
        self._keystore = keystore
        self._check_connection = check_connection or check_once  # the tray's and `status`'s check, as typed
        self._pending_key: ApiKey | None = None
        self._calls: list[BackgroundCall] = []
        self._env_key = account is not None and account.key_source is KeySource.ENVIRONMENT

        layout = QVBoxLayout(self)
        if first_run:
            welcome = QLabel(Ui.tr(WELCOME))
            welcome.setWordWrap(True)
            layout.addWidget(welcome)

        layout.addWidget(self._build_key_group())
        self.accounts_editor = AccountsEditor(settings, self._check_connection, self._current_settings)
        self.accounts_editor.changed.connect(self._take_accounts)
        layout.addWidget(self.accounts_editor)
        layout.addWidget(self._build_general_group(currency_code))
        layout.addWidget(self._build_notifications_group())
        self.account_rules = RulesPerAccount(self, self.accounts_editor.running_low_edit, lambda: self._settings)
        self.accounts_editor.selected.connect(self.account_rules.select)
        self.meter_fields = MeterFields(settings, self._edited_account())
        self.accounts_editor.selected.connect(self.meter_fields.select)
        layout.addWidget(self.meter_fields)
        self.list_fields = ListFields(settings, self._edited_account(), self.accounts_editor.selected)
        layout.addWidget(self.list_fields)
        layout.addWidget(self._build_advanced_group())

        self.keyring_problem = ProblemBar()
        self.keyring_problem_text = self.keyring_problem.text
        self.keep_for_session_button = self.keyring_problem.keep_for_session_button
        self.keep_for_session_button.clicked.connect(self._keep_for_session)
        layout.addWidget(self.keyring_problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        if first_run:
            self.demo_button = self.buttons.addButton(Ui.tr("Try the &demo"), QDialogButtonBox.ButtonRole.ActionRole)
            self.demo_button.clicked.connect(self._try_demo)
        layout.addWidget(self.buttons)
        self._load_backend_name()

    # --- building -----------------------------------------------------------------------------------

    def _build_key_group(self) -> QGroupBox:
        has_key = self._account is not None and self._account.key is not None
        self.key_field = KeyField(has_key=has_key, from_environment=self._env_key)
        # The names the rest of the dialog (and its tests) use.
        self.key_edit, self.key_hint = self.key_field.edit, self.key_field.hint
        self.show_key, self.remove_key_button = self.key_field.show_button, self.key_field.remove_button
        self.backend_label = self.key_field.backend_label

        test_row = QHBoxLayout()
        self.test_button = QPushButton(Ui.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        self.key_field.add_row(test_row)
        return self.key_field

    def _build_general_group(self, currency_code: str | None) -> QGroupBox:
        group = QGroupBox(Ui.tr("Checking"))
        form = QFormLayout(group)
        s = self._settings
        self.interval_edit = QSpinBox()
        low, high = RANGES["refresh_interval"]  # seconds, offered in whole minutes
        self.interval_edit.setRange(math.ceil(low / 60), math.floor(high / 60))
        self.interval_edit.setSuffix(Ui.tr(" min"))
        self.interval_edit.setValue(max(1, round(s.refresh_interval / 60)))
        self.interval_edit.setAccessibleName(Ui.tr("Refresh interval in minutes"))
        form.addRow(Ui.tr("&Refresh every:"), self.interval_edit)

        self.threshold_edit = QDoubleSpinBox()
        self.threshold_edit.setRange(*RANGES["low_balance_threshold"])
        self.threshold_edit.setDecimals(2)
        self.threshold_edit.setGroupSeparatorShown(True)
        self.threshold_edit.setValue(s.low_balance_threshold)
        if currency_code:
            self.threshold_edit.setPrefix(f"{currency_symbol(currency_code)} ")
        self.threshold_edit.setAccessibleName(Ui.tr("Low-balance threshold"))
        form.addRow(Ui.tr("&Warn when the balance is below:"), self.threshold_edit)

        self.style_edit = QComboBox()
        for style in IconStyle:
            self.style_edit.addItem(Ui.tr(ICON_STYLE_LABELS[style]), style.value)
        self.style_edit.setCurrentIndex(max(0, list(IconStyle).index(s.icon_style)))
        self.style_edit.setAccessibleName(Ui.tr("Tray icon style"))
        form.addRow(Ui.tr("Tray &icon:"), self.style_edit)
        self.language_edit = language_row(form, s.language)  # applied on Save: menus and windows retranslate

        self.autostart_edit = QCheckBox(Ui.tr("Start SE Ranking Tray when I log in"))
        self.autostart_edit.setAccessibleName(Ui.tr("Start at login"))
        try:
            self._autostart_was = autostart.is_enabled()
        except OSError:
            self._autostart_was = False
        self.autostart_edit.setChecked(self._autostart_was)
        form.addRow(Ui.tr("Start at &login:"), self.autostart_edit)
        return group

    def _build_notifications_group(self) -> QGroupBox:
        group = QGroupBox(Ui.tr("Notify me when"))
        form = QVBoxLayout(group)
        s = self._settings
        self.notify_low = QCheckBox(Ui.tr("the balance is &low"))
        self.notify_low.setChecked(s.notify_low_balance)
        self.notify_expired = QCheckBox(Ui.tr("the subscription &expires"))
        self.notify_expired.setChecked(s.notify_expired)
        self.notify_auth = QCheckBox(Ui.tr("the &key is rejected"))
        self.notify_auth.setChecked(s.notify_auth)
        row = QHBoxLayout()
        self.notify_unreachable = QCheckBox(Ui.tr("the account cannot be checked for &more than"))
        self.notify_unreachable.setChecked(s.notify_unreachable)
        self.grace_edit = QSpinBox()
        low, high = RANGES["unreachable_grace_minutes"]
        self.grace_edit.setRange(round(low), round(high))
        self.grace_edit.setSuffix(Ui.tr(" min"))
        self.grace_edit.setValue(round(s.unreachable_grace_minutes))
        self.grace_edit.setAccessibleName(Ui.tr("Grace period before an unreachable account is announced, in minutes"))
        row.addWidget(self.notify_unreachable)
        row.addWidget(self.grace_edit)
        row.addStretch()
        self.notify_recovered = QCheckBox(Ui.tr("everything is fine &again"))
        self.notify_recovered.setChecked(s.notify_recovered)
        for box in (self.notify_low, self.notify_expired, self.notify_auth):
            form.addWidget(box)
        form.addLayout(row)
        form.addWidget(self.notify_recovered)
        return group

    def _build_advanced_group(self) -> QGroupBox:
        group = QGroupBox(Ui.tr("Advanced"))
        group.setCheckable(True)
        group.setChecked(False)  # folded away: most people never need it
        inner = QWidget()
        form = QFormLayout(inner)
        s = self._settings
        self.url_edit = QLineEdit(s.api_url)
        self.url_edit.setPlaceholderText(DEFAULT_API_URL)
        self.url_edit.setAccessibleName(Ui.tr("API base URL"))
        self.url_error = QLabel()
        self.url_error.setObjectName("urlError")
        self.url_error.setWordWrap(True)
        self.url_error.setVisible(False)
        form.addRow(Ui.tr("API &URL:"), self.url_edit)
        form.addRow("", self.url_error)
        self.connect_timeout_edit = self._seconds(
            s.connect_timeout, "connect_timeout", Ui.tr("Connect timeout in seconds")
        )
        self.read_timeout_edit = self._seconds(s.read_timeout, "read_timeout", Ui.tr("Read timeout in seconds"))
        self.deadline_edit = self._seconds(
            s.check_deadline, "check_deadline", Ui.tr("Deadline for a whole check in seconds")
        )
        form.addRow(Ui.tr("&Connect timeout:"), self.connect_timeout_edit)
        form.addRow(Ui.tr("Rea&d timeout:"), self.read_timeout_edit)
        form.addRow(Ui.tr("Whole check &gives up after:"), self.deadline_edit)
        outer = QVBoxLayout(group)
        outer.addWidget(inner)
        inner.setVisible(False)
        group.toggled.connect(inner.setVisible)
        self.advanced_group = group
        return group

    @staticmethod
    def _seconds(value: float, setting: str, name: str) -> QDoubleSpinBox:
        edit = QDoubleSpinBox()
        edit.setRange(*RANGES[setting])
        edit.setDecimals(0)
        edit.setSuffix(Ui.tr(" s"))
        edit.setValue(value)
        edit.setAccessibleName(name)
        return edit

    def typed_key(self) -> ApiKey | None:
        return self.key_field.typed_key()

    # --- background work ----------------------------------------------------------------------------

    def _start(self, call: BackgroundCall) -> BackgroundCall:
        self._calls.append(call)
        return call.start()

    def _load_backend_name(self) -> None:
        call = BackgroundCall(self._keystore.backend_name, self)
        call.succeeded.connect(self._show_backend_name)
        self._start(call)

    def _show_backend_name(self, name: str) -> None:
        self.backend_label.setText(Ui.tr("Key storage: {name}").format(name=name))
        grow_to_fit(self)  # "unavailable — why" wraps to more lines than "checking…": shown whole, not squeezed

    def _current_settings(self) -> Settings:
        return self.list_fields.apply(self.meter_fields.apply(self.account_rules.apply(self._flat_settings())))

    def _take_accounts(self, saved: Settings) -> None:  # an edit of the list, saved at once
        self._settings = replace(self._settings, accounts=saved.accounts, primary_account=saved.primary_account)

    def _flat_settings(self) -> Settings:
        return replace(
            self._settings,
            refresh_interval=self.interval_edit.value() * 60,
            low_balance_threshold=self.threshold_edit.value(),
            icon_style=IconStyle(self.style_edit.currentData()),
            language=str(self.language_edit.currentData()),
            api_url=self.url_edit.text().strip(),
            connect_timeout=self.connect_timeout_edit.value(),
            read_timeout=self.read_timeout_edit.value(),
            check_deadline=self.deadline_edit.value(),
            notify_low_balance=self.notify_low.isChecked(),
            notify_expired=self.notify_expired.isChecked(),
            notify_auth=self.notify_auth.isChecked(),
            notify_unreachable=self.notify_unreachable.isChecked(),
            unreachable_grace_minutes=float(self.grace_edit.value()),
            notify_recovered=self.notify_recovered.isChecked(),
        )

    def _validated_url(self) -> str | None:
        text = self.url_edit.text().strip()
        try:
            url = validate_api_url(text or DEFAULT_API_URL)
        except ConfigError as exc:
            self.url_error.setText(exc.in_words())
            self.url_error.setVisible(True)
            self.advanced_group.setChecked(True)
            self.url_edit.setFocus()
            return None
        self.url_error.setVisible(False)
        return url

    def _edited_account(self) -> AccountConfig:
        """The account this dialog edits: the first (the only one, for now). A test connection keys nothing,
        so settings built in code without accounts get a throwaway id."""
        if self._account is not None:
            return self._account.config
        return self._settings.accounts[0] if self._settings.accounts else AccountConfig(new_account_id(), LEGACY_LABEL)

    def test_connection(self) -> None:
        url = self._validated_url()
        if url is None:
            return
        typed = self.typed_key()
        account = self._account
        if typed is not None:
            account = Account(self._edited_account(), url, typed, KeySource.SESSION)
        elif account is not None and account.key is not None:
            account = replace(account, api_url=url)
        else:
            self.test_result.setText(Ui.tr("Type your Project API key first."))
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(Ui.tr("Testing…"))
        settings = self._current_settings()
        call = BackgroundCall(lambda: self._check_connection(account, settings), self)
        call.succeeded.connect(lambda outcome: self._show_test_result(account, outcome))
        call.failed.connect(self._show_test_error)
        self._start(call)

    def _show_test_result(self, account: Account, outcome: CheckOutcome) -> None:
        self.test_button.setEnabled(True)
        if outcome.snapshot.balance is not None and outcome.assessment.failure is None:
            self.threshold_edit.setPrefix(f"{currency_symbol(outcome.snapshot.balance.currency_code)} ")
        self.test_result.setText(test_result_text(account, outcome))

    def _show_test_error(self, error: object) -> None:
        self.test_button.setEnabled(True)
        failed = Ui.tr("the test failed ({error})").format(error=type(error).__name__)
        self.test_result.setText(f"✗ {error.in_words() if isinstance(error, ConfigError) else failed}")

    # --- save -----------------------------------------------------------------------------------------

    def _save(self) -> None:
        if self._validated_url() is None:
            return
        settings = self._current_settings()
        try:
            save_settings(settings)
        except OSError as exc:
            self.keyring_problem.show_problem(
                Ui.tr("The settings could not be saved: {error}").format(error=exc.strerror or exc)
            )
            return
        self._settings = settings
        if not self._apply_autostart():
            return
        typed = self.typed_key()
        if typed is None and not self.key_field.remove_requested:
            self._finish(KeyChange.UNCHANGED)
            return
        self.buttons.setEnabled(False)
        if typed is not None:
            self._pending_key = typed
            call = BackgroundCall(lambda: self._keystore.set(typed), self)
            call.succeeded.connect(lambda _: self._finish(KeyChange.STORED))
        else:
            call = BackgroundCall(self._keystore.delete, self)
            call.succeeded.connect(lambda _: self._finish(KeyChange.REMOVED))
        call.failed.connect(self._on_keyring_failed)
        self._start(call)

    def _apply_autostart(self) -> bool:
        wanted = self.autostart_edit.isChecked()
        if wanted == self._autostart_was:
            return True
        try:
            if wanted:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as exc:
            self.keyring_problem.show_problem(Ui.tr("Start at login could not be changed: {error}").format(error=exc))
            return False
        self._autostart_was = wanted
        return True

    def _on_keyring_failed(self, error: object) -> None:
        self.buttons.setEnabled(True)
        message = keyring_failure(error, removing=self._pending_key is None)
        if self._pending_key is None:
            self.keyring_problem.show_problem(message)
        else:
            self.keyring_problem.show_problem(
                message,
                offer_session=True,
            )

    def _keep_for_session(self) -> None:
        self._finish(KeyChange.SESSION)

    def _finish(self, change: KeyChange) -> None:
        session_key = self._pending_key if change is KeyChange.SESSION else None
        self.saved.emit(SavedSettings(self._settings, change, session_key))
        self.accept()

    def _try_demo(self) -> None:
        self.demo_requested.emit()
        self.reject()

    def done(self, result: int) -> None:
        for call in self._calls:
            call.cancel()  # a late answer must not touch a closed dialog
        self.accounts_editor.cancel_calls()
        if result != QDialog.DialogCode.Accepted and self.accounts_editor.edited:
            self.saved.emit(SavedSettings(self._settings, KeyChange.UNCHANGED))  # the list's edits are saved
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        for call in self._calls:
            call.cancel()
        super().closeEvent(event)
