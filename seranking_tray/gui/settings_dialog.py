"""The settings window: the key (kept in the OS keyring), refresh, threshold, look, notifications, advanced.

The key is never shown back, never put in the settings file, and never copied anywhere by the app: the field
starts empty ("a key is stored") and only a newly typed key is saved. Keyring trouble is said in words, with
the choice to keep the key for this session only — never a silent plaintext fallback.
"""

from __future__ import annotations

import logging
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
from seranking_tray.domain.apikey import KEY_HELP_URL, ApiKey, KeyShape, classify_key, shape_hint
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.health import Health, assess
from seranking_tray.domain.models import Snapshot
from seranking_tray.gui.background import BackgroundCall
from seranking_tray.gui.formatting import currency_symbol, format_money
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import Settings, save_settings

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


ICON_STYLES = (
    ("colour", "Colour"),
    ("light", "Monochrome light (for dark panels)"),
    ("dark", "Monochrome dark (for light panels)"),
)


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
        check_connection: Callable[[Account, Settings], Snapshot] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("SE Ranking Tray — Settings")
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._account = account
        self._keystore = keystore
        self._check_connection = check_connection or _check_connection
        self._remove_key = False
        self._pending_key: ApiKey | None = None
        self._calls: list[BackgroundCall] = []
        self._env_key = account is not None and account.key_source is KeySource.ENVIRONMENT

        layout = QVBoxLayout(self)
        if first_run:
            welcome = QLabel(
                "<b>Welcome!</b> Paste your SE Ranking <b>Project API key</b> to start watching your balance "
                "and subscription — or try the demo first."
            )
            welcome.setWordWrap(True)
            layout.addWidget(welcome)

        layout.addWidget(self._build_key_group())
        layout.addWidget(self._build_general_group(currency_code))
        layout.addWidget(self._build_notifications_group())
        layout.addWidget(self._build_advanced_group())

        self.keyring_problem = QWidget()
        problem_layout = QHBoxLayout(self.keyring_problem)
        problem_layout.setContentsMargins(0, 0, 0, 0)
        self.keyring_problem_text = QLabel()
        self.keyring_problem_text.setWordWrap(True)
        self.keep_for_session_button = QPushButton("Keep for this session &only")
        self.keep_for_session_button.clicked.connect(self._keep_for_session)
        problem_layout.addWidget(self.keyring_problem_text, 1)
        problem_layout.addWidget(self.keep_for_session_button)
        self.keyring_problem.setVisible(False)
        layout.addWidget(self.keyring_problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        if first_run:
            self.demo_button = self.buttons.addButton("Try the &demo", QDialogButtonBox.ButtonRole.ActionRole)
            self.demo_button.clicked.connect(self._try_demo)
        layout.addWidget(self.buttons)
        self._load_backend_name()

    # --- building -----------------------------------------------------------------------------------

    def _build_key_group(self) -> QGroupBox:
        group = QGroupBox("Project API key")
        form = QVBoxLayout(group)
        row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("keyEdit")
        self.key_edit.setAccessibleName("Project API key")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(self._on_key_text)
        self.show_key = QPushButton("&Show")
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName("Show the key")
        self.show_key.toggled.connect(self._on_show_key)
        self.remove_key_button = QPushButton("&Remove")
        self.remove_key_button.setAccessibleName("Remove the stored key")
        self.remove_key_button.clicked.connect(self._on_remove_key)
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.show_key)
        row.addWidget(self.remove_key_button)
        form.addLayout(row)

        self.key_hint = QLabel()
        self.key_hint.setObjectName("keyHint")
        self.key_hint.setWordWrap(True)
        self.key_hint.setVisible(False)
        form.addWidget(self.key_hint)
        help_link = QLabel(
            "40 hexadecimal characters, from SE Ranking → Settings → API. "
            f'<a href="{KEY_HELP_URL}">Where is my key?</a>'
        )
        help_link.setOpenExternalLinks(True)
        help_link.setWordWrap(True)
        form.addWidget(help_link)
        self.backend_label = QLabel("Key storage: checking the keyring…")
        self.backend_label.setObjectName("backendLabel")
        self.backend_label.setWordWrap(True)
        form.addWidget(self.backend_label)

        test_row = QHBoxLayout()
        self.test_button = QPushButton("&Test connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addLayout(test_row)

        has_key = self._account is not None and self._account.key is not None
        if self._env_key:
            self.key_edit.setReadOnly(True)
            self.key_edit.setPlaceholderText("Set by the SERANKING_API_KEY environment variable")
            self.remove_key_button.setEnabled(False)
            self.show_key.setEnabled(False)
        elif has_key:
            self.key_edit.setPlaceholderText("A key is stored — type a new one to replace it")
        else:
            self.key_edit.setPlaceholderText("Paste your Project API key")
            self.remove_key_button.setEnabled(False)
        return group

    def _build_general_group(self, currency_code: str | None) -> QGroupBox:
        group = QGroupBox("Checking")
        form = QFormLayout(group)
        s = self._settings
        self.interval_edit = QSpinBox()
        self.interval_edit.setRange(1, 24 * 60)
        self.interval_edit.setSuffix(" min")
        self.interval_edit.setValue(max(1, round(s.refresh_interval / 60)))
        self.interval_edit.setAccessibleName("Refresh interval in minutes")
        form.addRow("&Refresh every:", self.interval_edit)

        self.threshold_edit = QDoubleSpinBox()
        self.threshold_edit.setRange(0, 1e9)
        self.threshold_edit.setDecimals(2)
        self.threshold_edit.setGroupSeparatorShown(True)
        self.threshold_edit.setValue(s.low_balance_threshold)
        if currency_code:
            self.threshold_edit.setPrefix(f"{currency_symbol(currency_code)} ")
        self.threshold_edit.setAccessibleName("Low-balance threshold")
        form.addRow("&Warn when the balance is below:", self.threshold_edit)

        self.style_edit = QComboBox()
        for value, label in ICON_STYLES:
            self.style_edit.addItem(label, value)
        self.style_edit.setCurrentIndex(max(0, [v for v, _ in ICON_STYLES].index(s.icon_style)))
        self.style_edit.setAccessibleName("Tray icon style")
        form.addRow("Tray &icon:", self.style_edit)

        from seranking_tray.system import autostart

        self.autostart_edit = QCheckBox("Start SE Ranking Tray when I log in")
        self.autostart_edit.setAccessibleName("Start at login")
        try:
            self._autostart_was = autostart.is_enabled()
        except OSError:
            self._autostart_was = False
        self.autostart_edit.setChecked(self._autostart_was)
        form.addRow("Start at &login:", self.autostart_edit)
        return group

    def _build_notifications_group(self) -> QGroupBox:
        group = QGroupBox("Notify me when")
        form = QVBoxLayout(group)
        s = self._settings
        self.notify_low = QCheckBox("the balance is &low")
        self.notify_low.setChecked(s.notify_low_balance)
        self.notify_expired = QCheckBox("the subscription &expires")
        self.notify_expired.setChecked(s.notify_expired)
        self.notify_auth = QCheckBox("the &key is rejected")
        self.notify_auth.setChecked(s.notify_auth)
        row = QHBoxLayout()
        self.notify_unreachable = QCheckBox("the account cannot be checked for &more than")
        self.notify_unreachable.setChecked(s.notify_unreachable)
        self.grace_edit = QSpinBox()
        self.grace_edit.setRange(0, 24 * 60)
        self.grace_edit.setSuffix(" min")
        self.grace_edit.setValue(round(s.unreachable_grace_minutes))
        self.grace_edit.setAccessibleName("Grace period before an unreachable account is announced, in minutes")
        row.addWidget(self.notify_unreachable)
        row.addWidget(self.grace_edit)
        row.addStretch()
        self.notify_recovered = QCheckBox("everything is fine &again")
        self.notify_recovered.setChecked(s.notify_recovered)
        for box in (self.notify_low, self.notify_expired, self.notify_auth):
            form.addWidget(box)
        form.addLayout(row)
        form.addWidget(self.notify_recovered)
        return group

    def _build_advanced_group(self) -> QGroupBox:
        group = QGroupBox("Advanced")
        group.setCheckable(True)
        group.setChecked(False)  # folded away: most people never need it
        inner = QWidget()
        form = QFormLayout(inner)
        s = self._settings
        self.url_edit = QLineEdit(s.api_url)
        self.url_edit.setPlaceholderText(DEFAULT_API_URL)
        self.url_edit.setAccessibleName("API base URL")
        self.url_error = QLabel()
        self.url_error.setObjectName("urlError")
        self.url_error.setWordWrap(True)
        self.url_error.setVisible(False)
        form.addRow("API &URL:", self.url_edit)
        form.addRow("", self.url_error)
        self.connect_timeout_edit = self._seconds(s.connect_timeout, 1, 60, "Connect timeout in seconds")
        self.read_timeout_edit = self._seconds(s.read_timeout, 1, 120, "Read timeout in seconds")
        self.deadline_edit = self._seconds(s.check_deadline, 5, 300, "Deadline for a whole check in seconds")
        form.addRow("&Connect timeout:", self.connect_timeout_edit)
        form.addRow("Rea&d timeout:", self.read_timeout_edit)
        form.addRow("Whole check &gives up after:", self.deadline_edit)
        outer = QVBoxLayout(group)
        outer.addWidget(inner)
        inner.setVisible(False)
        group.toggled.connect(inner.setVisible)
        self.advanced_group = group
        return group

    @staticmethod
    def _seconds(value: float, low: int, high: int, name: str) -> QDoubleSpinBox:
        edit = QDoubleSpinBox()
        edit.setRange(low, high)
        edit.setDecimals(0)
        edit.setSuffix(" s")
        edit.setValue(value)
        edit.setAccessibleName(name)
        return edit

    # --- key field ----------------------------------------------------------------------------------

    def _on_key_text(self, text: str) -> None:
        stripped = text.strip()
        if stripped != text:
            # Pasted keys often carry a newline or spaces; they are never part of a key.
            self.key_edit.setText(stripped)
            return
        hint = shape_hint(stripped)
        self.key_hint.setText(hint or "")
        self.key_hint.setVisible(bool(hint))
        if stripped:
            self._remove_key = False

    def _on_show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_key.setText("&Hide" if shown else "&Show")

    def _on_remove_key(self) -> None:
        self._remove_key = True
        self.key_edit.clear()
        self.key_edit.setPlaceholderText("The stored key will be removed when you save")

    def typed_key(self) -> ApiKey | None:
        text = self.key_edit.text().strip()
        return ApiKey(text) if text and not self._env_key else None

    # --- background work ----------------------------------------------------------------------------

    def _start(self, call: BackgroundCall) -> BackgroundCall:
        self._calls.append(call)
        return call.start()

    def _load_backend_name(self) -> None:
        call = BackgroundCall(self._keystore.backend_name, self)
        call.succeeded.connect(lambda name: self.backend_label.setText(f"Key storage: {name}"))
        self._start(call)

    def _current_settings(self) -> Settings:
        return replace(
            self._settings,
            refresh_interval=self.interval_edit.value() * 60,
            low_balance_threshold=self.threshold_edit.value(),
            icon_style=str(self.style_edit.currentData()),
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
            self.url_error.setText(exc.message)
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
            self.test_result.setText("Type your Project API key first.")
            return
        self.test_button.setEnabled(False)
        self.test_result.setText("Testing…")
        settings = self._current_settings()
        call = BackgroundCall(lambda: self._check_connection(account, settings), self)
        call.succeeded.connect(lambda snapshot: self._show_test_result(account, snapshot))
        call.failed.connect(self._show_test_error)
        self._start(call)

    def _show_test_result(self, account: Account, snapshot: Snapshot) -> None:
        self.test_button.setEnabled(True)
        assessment = assess(snapshot, self.threshold_edit.value())
        if assessment.health is Health.ERROR and assessment.failure is not None:
            self.test_result.setText(
                f"✗ {_problem_in_words(assessment.failure.kind.value, account)}: {assessment.failure.message}"
            )
            return
        name = snapshot.profile.display_name if snapshot.profile else "the account"
        balance = (
            format_money(snapshot.balance.value, snapshot.balance.currency_code) if snapshot.balance else "unknown"
        )
        if snapshot.balance is not None:
            self.threshold_edit.setPrefix(f"{currency_symbol(snapshot.balance.currency_code)} ")
        self.test_result.setText(f"✓ Connected to {name} — balance {balance}")

    def _show_test_error(self, error: object) -> None:
        self.test_button.setEnabled(True)
        message = error.message if isinstance(error, ConfigError) else f"the test failed ({type(error).__name__})"
        self.test_result.setText(f"✗ {message}")

    # --- save -----------------------------------------------------------------------------------------

    def _save(self) -> None:
        if self._validated_url() is None:
            return
        settings = self._current_settings()
        try:
            save_settings(settings)
        except OSError as exc:
            self.keyring_problem_text.setText(f"The settings could not be saved: {exc.strerror or exc}")
            self.keep_for_session_button.setVisible(False)
            self.keyring_problem.setVisible(True)
            return
        self._settings = settings
        if not self._apply_autostart():
            return
        typed = self.typed_key()
        if typed is None and not self._remove_key:
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
        from seranking_tray.system import autostart

        wanted = self.autostart_edit.isChecked()
        if wanted == self._autostart_was:
            return True
        try:
            if wanted:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as exc:
            self.keyring_problem_text.setText(f"Start at login could not be changed: {exc}")
            self.keep_for_session_button.setVisible(False)
            self.keyring_problem.setVisible(True)
            return False
        self._autostart_was = wanted
        return True

    def _on_keyring_failed(self, error: object) -> None:
        self.buttons.setEnabled(True)
        message = error.message if isinstance(error, ConfigError) else f"the keyring failed ({type(error).__name__})"
        if self._pending_key is None:
            self.keyring_problem_text.setText(f"The key could not be removed: {message}")
            self.keep_for_session_button.setVisible(False)
        else:
            self.keyring_problem_text.setText(
                f"The key could not be saved in the keyring: {message} The other settings were saved. "
                "You can keep the key for this session only (it is not written anywhere)."
            )
            self.keep_for_session_button.setVisible(True)
        self.keyring_problem.setVisible(True)

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
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        for call in self._calls:
            call.cancel()
        super().closeEvent(event)


def _problem_in_words(kind: str, account: Account) -> str:
    if kind == "auth":
        return "The key was rejected" + (
            " (it looks like a Data API key)"
            if account.key and classify_key(account.key.reveal()) is KeyShape.DATA
            else ""
        )
    return {
        "payment": "SE Ranking refused the key (payment required)",
        "network": "No network connection to SE Ranking",
        "timeout": "SE Ranking did not answer in time",
        "server": "SE Ranking's server had a problem",
        "rate_limited": "Too many requests — try again in a minute",
        "bad_response": "Unexpected answer from the API",
        "config": "Configuration problem",
    }.get(kind, "The check failed")


def _check_connection(account: Account, settings: Settings) -> Snapshot:
    from seranking_tray.api.client import check_once

    return check_once(account, settings)
