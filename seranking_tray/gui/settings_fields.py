"""Parts of the Settings dialog: the Language choice (Automatic, the SE Ranking profile's, then each shipped language
in its own name), the icon styles' names and the dialog's longer messages."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout

from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.languages import AUTO, NATIVE_NAMES, PROFILE, SHIPPED, SOURCE
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Ui
from seranking_tray.gui.icons import IconStyle

ICON_STYLE_LABELS = {  # English sources, shown through Ui.tr
    IconStyle.COLOUR: QT_TRANSLATE_NOOP("Ui", "Colour"),
    IconStyle.LIGHT: QT_TRANSLATE_NOOP("Ui", "Monochrome light (for dark panels)"),
    IconStyle.DARK: QT_TRANSLATE_NOOP("Ui", "Monochrome dark (for light panels)"),
}
WELCOME = QT_TRANSLATE_NOOP(
    "Ui",
    "<b>Welcome!</b> Paste your SE Ranking <b>Project API key</b> to start watching your balance "
    "and subscription — or try the demo first.",
)


def keyring_failure(error: object, removing: bool) -> str:
    """Why the key could not be removed or stored (the other settings are saved by then)."""
    failed = Ui.tr("the keyring failed ({error})").format(error=type(error).__name__)
    message = error.in_words() if isinstance(error, ConfigError) else failed
    if removing:
        return Ui.tr("The key could not be removed: {error}").format(error=message)
    return Ui.tr(
        "The key could not be saved in the keyring: {error} The other settings were saved. "
        "You can keep the key for this session only (it is not written anywhere)."
    ).format(error=message)


def language_row(form: QFormLayout, current: str) -> QComboBox:
    """Adds the row to `form`; the combo's current data is the `language` setting's value."""
    combo = QComboBox()
    combo.setObjectName("languageEdit")
    combo.addItem(Ui.tr("Automatic (the system's language)"), AUTO)
    combo.addItem(Ui.tr("SE Ranking profile"), PROFILE)
    for code in (SOURCE, *SHIPPED):
        combo.addItem(NATIVE_NAMES[code], code)  # a language's own name: found by those who read it
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.setAccessibleName(Ui.tr("Language"))
    form.addRow(Ui.tr("&Language:"), combo)
    return combo
