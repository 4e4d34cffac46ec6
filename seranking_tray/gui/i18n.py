"""The GUI's language: Qt's translators (the app's .qm and Qt's own qtbase_*.qm), the core's phrases through
`QCoreApplication.translate`, and the default QLocale that money, numbers and dates follow.

Installing a translator makes Qt send every widget a LanguageChange event; widgets that keep their own texts
(the tray menu) set them again on it, windows are rebuilt by their owners (`changed`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from seranking_tray.domain.languages import AUTO, PROFILE, SOURCE, choose_language
from seranking_tray.domain.phrases import english_plural, use_translator
from seranking_tray.system import resources

log = logging.getLogger(__name__)

APP_CATALOGUE = "seranking_tray"


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Without a catalogue (English) Qt gives the source back with %n filled in: "(s)" then takes its English form.
    return english_plural(QCoreApplication.translate(context, text, disambiguation, n), n)


def catalogue_path(code: str) -> str:
    return str(resources.root() / resources.TRANSLATIONS_DIR / f"{APP_CATALOGUE}_{code}.qm")


def ui_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def locale_for(code: str) -> QLocale:
    """The chosen language's locale, in the system's region when the system speaks that language too."""
    system = QLocale.system()
    wanted = QLocale(code)
    if system.language() == wanted.language():
        return system
    if wanted.language() == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return wanted


class Language(QObject):
    """The one place that knows the current language; `apply` switches it for the whole process."""

    changed = Signal(str)  # the new code, once its translators are installed

    def __init__(self) -> None:
        super().__init__()
        self.code = SOURCE
        self.setting = AUTO
        self.profile_lang: str | None = None
        self._translators: list[QTranslator] = []
        self._applied = False

    def follow(self, setting: str | None = None, profile_lang: str | None = None) -> bool:
        """Apply the setting (and the first account's profile `lang` once known); True when the language changed."""
        if setting is not None:
            self.setting = setting
        if profile_lang is not None:
            self.profile_lang = profile_lang
        profile = self.profile_lang if self.setting == PROFILE else None
        setting_now = AUTO if self.setting == PROFILE and not profile else self.setting
        return self.apply(choose_language(setting_now, ui_languages(), profile))

    def apply(self, code: str) -> bool:
        app = QCoreApplication.instance()
        if app is None or (self._applied and code == self.code):
            return False
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        if code != SOURCE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, directory in ((f"qtbase_{code}", qt_dir), (catalogue_path(code), "")):
                translator = QTranslator(app)
                if translator.load(name, directory):
                    app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    log.warning("No translation %s for %s", name, code)
        QLocale.setDefault(locale_for(code))
        use_translator(qt_translate)
        self.code, self._applied = code, True
        log.info("Language: %s", code)
        self.changed.emit(code)
        return True


LANGUAGE = Language()
