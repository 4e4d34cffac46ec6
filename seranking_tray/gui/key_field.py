"""The settings dialog's key entry and its keyring-problem bar.

The key is never shown back, never put in the settings file, and never copied anywhere by the app: the field
starts empty ("a key is stored") and only a newly typed key is saved. Keyring trouble is said in words, with
the choice to keep the key for this session only — never a silent plaintext fallback.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from seranking_tray.domain.apikey import KEY_HELP_URL, ApiKey, shape_hint
from seranking_tray.domain.phrases import Ui


class KeyField(QGroupBox):
    """The Project API key: a password field with Show and Remove, a hint on the key's shape, where it is kept."""

    def __init__(self, *, has_key: bool, from_environment: bool, parent: QWidget | None = None) -> None:
        super().__init__(Ui.tr("Project API key"), parent)
        self._from_environment = from_environment
        self.remove_requested = False  # Remove was pressed and nothing typed since
        self._layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setObjectName("keyEdit")
        self.edit.setAccessibleName(Ui.tr("Project API key"))
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._on_text)
        self.show_button = QPushButton(Ui.tr("&Show"))
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(Ui.tr("Show the key"))
        self.show_button.toggled.connect(self._on_show)
        self.remove_button = QPushButton(Ui.tr("&Remove"))
        self.remove_button.setAccessibleName(Ui.tr("Remove the stored key"))
        self.remove_button.clicked.connect(self._on_remove)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.remove_button)
        self._layout.addLayout(row)

        self.hint = QLabel()
        self.hint.setObjectName("keyHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self._layout.addWidget(self.hint)
        where = Ui.tr(
            '40 hexadecimal characters, from SE Ranking → Settings → API. <a href="{url}">Where is my key?</a>'
        )
        help_link = QLabel(where.format(url=KEY_HELP_URL))
        help_link.setOpenExternalLinks(True)
        help_link.setWordWrap(True)
        self._layout.addWidget(help_link)
        self.backend_label = QLabel(Ui.tr("Key storage: checking the keyring…"))
        self.backend_label.setObjectName("backendLabel")
        self.backend_label.setWordWrap(True)
        self._layout.addWidget(self.backend_label)

        if from_environment:
            self.edit.setReadOnly(True)
            self.edit.setPlaceholderText(Ui.tr("Set by the SERANKING_API_KEY environment variable"))
            self.remove_button.setEnabled(False)
            self.show_button.setEnabled(False)
        elif has_key:
            self.edit.setPlaceholderText(Ui.tr("A key is stored — type a new one to replace it"))
        else:
            self.edit.setPlaceholderText(Ui.tr("Paste your Project API key"))
            self.remove_button.setEnabled(False)

    def add_row(self, row: QLayout) -> None:
        self._layout.addLayout(row)

    def typed_key(self) -> ApiKey | None:
        text = self.edit.text().strip()
        return ApiKey(text) if text and not self._from_environment else None

    def _on_text(self, text: str) -> None:
        stripped = text.strip()
        if stripped != text:
            # Pasted keys often carry a newline or spaces; they are never part of a key.
            self.edit.setText(stripped)
            return
        hint = shape_hint(stripped)
        self.hint.setText(hint or "")
        self.hint.setVisible(bool(hint))
        if stripped:
            self.remove_requested = False

    def _on_show(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(Ui.tr("&Hide") if shown else Ui.tr("&Show"))

    def _on_remove(self) -> None:
        self.remove_requested = True
        self.edit.clear()
        self.edit.setPlaceholderText(Ui.tr("The stored key will be removed when you save"))


class ProblemBar(QWidget):
    """A problem said in words under the form, with "Keep for this session only" when the keyring refused a key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.keep_for_session_button = QPushButton(Ui.tr("Keep for this session &only"))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.keep_for_session_button)
        self.setVisible(False)

    def show_problem(self, message: str, *, offer_session: bool = False) -> None:
        self.text.setText(message)
        self.keep_for_session_button.setVisible(offer_session)
        self.setVisible(True)
