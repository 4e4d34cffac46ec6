"""The small dialogs of the settings' accounts list: add an account (label, key, URLs), rename one, remove one.

They only collect what the user typed; the accounts editor does the work off the GUI thread and either closes the
dialog or shows why not in it — with everything typed still there (a keyring that failed loses nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seranking_tray.domain.account import DEFAULT_API_URL
from seranking_tray.domain.apikey import DATA_KEY_HINT, ApiKey, KeyShape
from seranking_tray.domain.phrases import Ui, Words


@dataclass(frozen=True)
class AccountForm:
    label: str
    key: ApiKey | None = None  # add only
    api_url: str = ""
    data_api_url: str = ""
    delete_history: bool = False  # remove only


class _FormDialog(QDialog):
    submitted = Signal(object)  # AccountForm

    def __init__(self, title: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("accountError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName(Ui.tr("Problem"))
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(Ui.tr("Cancel"))  # Escape, too
        self.ok_button: QPushButton = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(action.replace("&", ""))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def form_value(self) -> AccountForm | None:
        raise NotImplementedError

    def _submit(self) -> None:
        value = self.form_value()
        if value is not None:
            self.busy(True)
            self.submitted.emit(value)

    def busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)

    def show_error(self, message: str) -> None:
        """The work failed: say why and keep every field as typed."""
        self.busy(False)
        self.error.setText(message)
        self.error.setVisible(True)


def _line(text: str, name: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    return edit


class AddAccountDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui.tr("Add an account"), Ui.tr("&Add"), parent)
        self.label_edit = _line("", Ui.tr("Account name"))
        self.key_edit = _line("", Ui.tr("Project API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.textChanged.connect(self._on_key_changed)
        self.key_hint = QLabel()
        self.key_hint.setWordWrap(True)
        self.key_hint.setVisible(False)
        self.url_edit = _line("", Ui.tr("API URL (optional)"))
        self.url_edit.setPlaceholderText(DEFAULT_API_URL)
        self.data_url_edit = _line("", Ui.tr("Data API URL (optional)"))
        self.data_url_edit.setPlaceholderText(Ui.tr("the default Data API"))
        self.form.addRow(Ui.tr("&Name:"), self.label_edit)
        self.form.addRow(Ui.tr("Project API &key:"), self.key_edit)
        self.form.addRow("", self.key_hint)
        self.form.addRow(Ui.tr("API &URL:"), self.url_edit)
        self.form.addRow(Ui.tr("&Data API URL:"), self.data_url_edit)

    def _on_key_changed(self, text: str) -> None:
        data_key = bool(text.strip()) and ApiKey(text).shape is KeyShape.DATA
        self.key_hint.setText(Words.tr(DATA_KEY_HINT) if data_key else "")
        self.key_hint.setVisible(data_key)

    def form_value(self) -> AccountForm | None:
        if not self.key_edit.text().strip():
            self.show_error(Ui.tr("Type the account's Project API key."))
            self.key_edit.setFocus()
            return None
        return AccountForm(
            self.label_edit.text(),
            ApiKey(self.key_edit.text()),
            self.url_edit.text().strip(),
            self.data_url_edit.text().strip(),
        )


class RenameAccountDialog(_FormDialog):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui.tr("Rename {label}").format(label=label), Ui.tr("&Rename"), parent)
        self.label_edit = _line(label, Ui.tr("New account name"))
        self.label_edit.selectAll()
        self.form.addRow(Ui.tr("&Name:"), self.label_edit)

    def form_value(self) -> AccountForm | None:
        return AccountForm(self.label_edit.text())


class RemoveAccountDialog(_FormDialog):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui.tr("Remove {label}").format(label=label), Ui.tr("&Remove"), parent)
        self.label = label
        text = QLabel(Ui.tr("Remove the account “{label}” and delete its key from the keyring?").format(label=label))
        text.setWordWrap(True)
        self.form.addRow(text)
        self.delete_history = QCheckBox(Ui.tr("Also delete its &history"))
        self.delete_history.setAccessibleName(Ui.tr("Also delete its history"))
        self.form.addRow(self.delete_history)

    def form_value(self) -> AccountForm | None:
        return AccountForm(self.label, delete_history=self.delete_history.isChecked())
