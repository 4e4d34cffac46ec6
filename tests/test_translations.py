"""Translations (issue 17): every GUI word is marked, the .ts files are current and complete, plurals take each
language's forms, the chosen language drives the words, the money and the Settings' Language choice."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from seranking_tray.domain.languages import NATIVE_NAMES, SHIPPED, TRANSLATIONS, choose_language, match_language
from seranking_tray.domain.phrases import Ui, Words, english, use_translator
from seranking_tray.gui.account_window import AccountWindow
from seranking_tray.gui.chart_scale import ChartRange
from seranking_tray.gui.formatting import format_money
from seranking_tray.gui.i18n import LANGUAGE, catalogue_path
from seranking_tray.gui.icons import IconStyle
from seranking_tray.gui.settings_dialog import SettingsDialog
from seranking_tray.gui.tray import TrayIcon
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import Settings, parse_settings
from seranking_tray.system import resources

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "seranking_tray" / "gui"
TS_DIR = ROOT / resources.SOURCE_DIR / resources.TRANSLATIONS_DIR
sys.path.insert(0, str(ROOT / "scripts"))
import translations as script  # noqa: E402  (scripts/translations.py: the one way the files are made)

from tests.clipping import find_clipping  # noqa: E402

# --- every user-visible literal of the GUI is marked -------------------------------------------------------------

# Looks like words for people: two words, or a capitalised word ("Balance"), or a menu mnemonic ("&Quit").
_WORDY = re.compile(r"[A-Za-z]+ +[A-Za-z&]|^&?[A-Z][a-z]|[a-z]…$")
# Calls whose string arguments are no words for people: translation itself, Qt's object names, logging, D-Bus.
_NOT_SHOWN = {"tr", "QT_TRANSLATE_NOOP", "setObjectName", "debug", "info", "warning", "error", "exception", "Signal"}
# Words that are names, not phrases: the product's name and D-Bus member names.
ALLOWED = {"SE Ranking Tray", "Notify", "StateChanged", "PrepareForSleep"}
# Exceptions' texts raised inside the GUI and logged, never shown.
ALLOWED_EXCEPTIONS = {"the D-Bus connection ended before the reply"}


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def unmarked(source: str) -> list[str]:
    """'line: text' for each literal that looks like words and is not an argument of a translation call (or of a
    call that shows nothing), and for each translation call inside an f-string (lupdate cannot see those)."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) == "tr":
            outer = parents.get(node)
            while outer is not None and not isinstance(outer, ast.stmt):
                if isinstance(outer, ast.JoinedStr):
                    found.append(f"{node.lineno}: a translation inside an f-string")
                outer = parents.get(outer)
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if not _WORDY.search(text) or text in ALLOWED or text in ALLOWED_EXCEPTIONS:
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Expr):  # a docstring
            continue
        child, marked = node, False
        while parent is not None and not isinstance(parent, ast.stmt):
            if isinstance(parent, ast.Call) and child is not parent.func and _call_name(parent) in _NOT_SHOWN:
                marked = True
                break
            if isinstance(parent, ast.Compare):  # compared with, not shown
                marked = True
                break
            child, parent = parent, parents.get(parent)
        if not marked:
            found.append(f"{node.lineno}: {text!r}")
    return found


def test_every_user_visible_literal_in_the_gui_is_marked_for_translation() -> None:
    problems = {path.name: unmarked(path.read_text()) for path in sorted(GUI.glob("*.py"))}
    assert {name: found for name, found in problems.items() if found} == {}


def test_the_marking_check_finds_unmarked_words() -> None:
    source = (
        "def f(label, n):\n"
        "    label.setText('Quit')\n"
        "    label.setText(f'Balance: {n}')\n"
        "    label.setText(f'{Ui.tr(\"Refresh\")}')\n"
        "    label.setText(Ui.tr('Settings…'))\n"
        "    label.setObjectName('quitButton')\n"
        "    log.info('Notifying the desktop')\n"
    )
    found = unmarked(source)
    assert found == ["2: 'Quit'", "3: 'Balance: '", "4: a translation inside an f-string"]


# --- the core's messages a person reads are marked too -------------------------------------------------------------

# Where a message's text is an argument: errors (the settings dialog, the account window and the CLI show them),
# the history's warnings, and sentences themselves. The value is which positional arguments are the message.
_MESSAGE_ARGS = {
    "CheckError": slice(1, 2),
    "ConfigError": slice(0, 1),
    "NoKeyringAvailable": slice(0, 1),
    "SchemaTooNew": slice(0, 1),
    "_warn_once": slice(1, 2),
    "_disable": slice(0, 1),
    "Sentence": slice(0, 1),
}


def unmarked_messages(source: str) -> list[str]:
    """'line: text' for each message given as a plain literal or an f-string: lupdate never sees those, so they
    would stay English in every language."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = _call_name(node)
        if name == "of" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            name = func.value.id  # Sentence.of(template, …)
        for arg in node.args[_MESSAGE_ARGS.get(name, slice(0, 0))]:
            literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            if literal or isinstance(arg, ast.JoinedStr | ast.BinOp):
                found.append((node.lineno, f"{node.lineno}: {name}({ast.unparse(arg)[:50]})"))
    return [text for _, text in sorted(found)]


def test_every_message_of_the_core_is_marked_for_translation() -> None:
    problems = {
        str(path.relative_to(ROOT)): unmarked_messages(path.read_text())
        for path in sorted((ROOT / "seranking_tray").rglob("*.py"))
    }
    assert {name: found for name, found in problems.items() if found} == {}


def test_the_message_check_finds_unmarked_messages() -> None:
    source = (
        "def f(path, exc):\n"
        "    raise ConfigError('No key.')\n"
        "    raise CheckError(ErrorKind.SERVER, f'HTTP 500 from {path}')\n"
        "    raise CheckError(ErrorKind.SERVER, Sentence.of('Bad {path}', path=path))\n"
        "    raise CheckError(ErrorKind.SERVER, Sentence.of(QT_TRANSLATE_NOOP('Words', 'Bad {path}'), path=path))\n"
        "    store._warn_once('disabled', 'History is ' + 'off')\n"
        "    raise ConfigError(exc.said)\n"
    )
    assert unmarked_messages(source) == [
        "2: ConfigError('No key.')",
        "3: CheckError(f'HTTP 500 from {path}')",
        "4: Sentence('Bad {path}')",
        "6: _warn_once('History is ' + 'off')",
    ]


def test_a_message_reads_in_the_chosen_language_and_stays_english_for_the_log(german: None) -> None:
    """The settings dialog shows `in_words()`; the log, the CLI and the JSON keep `message` in English."""
    from seranking_tray.domain.account import validate_api_url
    from seranking_tray.domain.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        validate_api_url("ftp://example.invalid")
    assert caught.value.message == "The API URL 'ftp://example.invalid' must start with https:// and name a host."
    assert str(caught.value) == caught.value.message
    german = "Die API-URL 'ftp://example.invalid' muss mit https:// beginnen und einen Host nennen."
    assert caught.value.in_words() == german


# --- the .ts files: current, complete, and what lupdate extracts ------------------------------------------------


def _messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314  (the repository's own files)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def test_every_marked_literal_is_extracted() -> None:
    """lupdate reads `X.tr("…")` and `QT_TRANSLATE_NOOP("ctx", "…")` with literals only: each one must be there."""
    marked = set()
    for path in (ROOT / "seranking_tray").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_bytes())):
            if not isinstance(node, ast.Call) or not node.args or not isinstance(node.args[0], ast.Constant):
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
                marked.add((func.value.id, node.args[0].value))
            elif _call_name(node) == "QT_TRANSLATE_NOOP" and isinstance(node.args[1], ast.Constant):
                marked.add((node.args[0].value, node.args[1].value))
    extracted = {(name, message.findtext("source")) for name, message in _messages(TS_DIR / "seranking_tray_de.ts")}
    assert marked, "no marked phrase found"
    assert marked - extracted == set()
    assert extracted - marked == set()


def test_the_ts_and_qm_files_are_current(tmp_path: Path) -> None:
    """scripts/translations.py run again changes nothing: the committed files are what the sources give."""
    for code in TRANSLATIONS:
        shutil.copy(script.ts_file(TS_DIR, code), tmp_path)
    script.update(tmp_path)
    script.release(tmp_path, tmp_path)
    for code in TRANSLATIONS:
        ts = script.ts_file(tmp_path, code)
        assert ts.read_text() == script.ts_file(TS_DIR, code).read_text(), f"{ts.name}: run scripts/translations.py"
        qm = ts.with_suffix(".qm")
        assert qm.read_bytes() == (TS_DIR / qm.name).read_bytes(), f"{qm.name}: run scripts/translations.py"


@pytest.mark.parametrize("code", SHIPPED)
def test_a_shipped_translation_is_complete(code: str) -> None:
    path = script.ts_file(TS_DIR, code)
    problems = []
    for name, message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{name}: {source!r} is {kind}")
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            # Every placeholder kept (a missing "{amount}" would drop the money), and no empty form.
            wanted = set(re.findall(r"\{\w*\}", source))
            if not form.strip() or set(re.findall(r"\{\w*\}", form)) != wanted:
                problems.append(f"{name}: {source!r} -> {form!r}")
            if message.get("numerus") == "yes" and "%n" not in form and "%Ln" not in form:
                problems.append(f"{name}: {source!r} -> {form!r} has no count")
    assert problems == []


def test_every_language_has_a_ts_file() -> None:
    assert sorted(p.name for p in TS_DIR.glob("*.ts")) == sorted(f"seranking_tray_{code}.ts" for code in TRANSLATIONS)
    assert set(SHIPPED) <= set(TRANSLATIONS)


# --- plurals ---------------------------------------------------------------------------------------------------

PLURAL_FORMS = {  # "1 day", "2 days", "5 days" in the languages with three forms
    "ru": ("1 день", "2 дня", "5 дней"),
    "uk": ("1 день", "2 дні", "5 днів"),
    "pl": ("1 dzień", "2 dni", "5 dni"),
    "de": ("1 Tag", "2 Tage", "5 Tage"),
}


@pytest.mark.parametrize("code", sorted(set(SHIPPED) & set(PLURAL_FORMS)))
def test_days_take_the_languages_plural_forms(qapp: QApplication, code: str) -> None:
    translator = QTranslator()
    assert translator.load(catalogue_path(code))
    # QTranslator picks the form by the language's plural rules; QCoreApplication.translate would then fill in %n.
    forms = tuple(translator.translate("Words", "%n day(s)", None, n).replace("%n", str(n)) for n in (1, 2, 5))
    assert forms == PLURAL_FORMS[code]


def test_english_takes_its_plurals_from_the_source() -> None:
    assert [english("Words", "%n day(s)", None, n) for n in (1, 2)] == ["1 day", "2 days"]
    assert english("Words", "%Ln keyword(s)", None, 12340) == "12,340 keywords"


# --- which language -------------------------------------------------------------------------------------------


def test_the_language_follows_the_setting_the_system_and_the_profile() -> None:
    shipped = ("de", "pt_BR", "uk")
    assert choose_language("auto", ["de-AT", "en-US"], None, shipped) == "de"
    assert choose_language("auto", ["en-GB", "de-DE"], None, shipped) == "en"  # English comes first
    assert choose_language("auto", ["ja-JP", "uk-UA"], None, shipped) == "uk"
    assert choose_language("auto", ["ja-JP"], None, shipped) == "en"
    assert choose_language("profile", ["de-DE"], "pt", shipped) == "pt_BR"  # SE Ranking's "pt" is Brazilian
    assert choose_language("profile", ["de-DE"], "ja", shipped) == "en"  # unknown: English, never nothing
    assert choose_language("uk", ["de-DE"], "pt", shipped) == "uk"
    assert choose_language("fr", ["de-DE"], None, shipped) == "en"  # not shipped
    assert match_language("pt-PT", shipped) == "pt_BR"


def test_a_corrupt_language_setting_is_automatic() -> None:
    assert parse_settings({"language": "de"}).settings.language == "de"
    assert parse_settings({"language": "profile"}).settings.language == "profile"
    for bad in ("klingon", 3, None, ["de"]):
        loaded = parse_settings({"language": bad})
        assert loaded.settings.language == "auto"
        assert any("language" in warning.english() for warning in loaded.warnings)
    assert parse_settings({}).settings.language == "auto"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    LANGUAGE.apply("de")
    yield
    LANGUAGE.apply("en")
    use_translator(None)


def test_german_words_money_and_qts_own_buttons(german: None) -> None:
    assert Ui.tr("Quit") == "Beenden"
    assert Ui.tr("Settings…") == "Einstellungen…"
    assert Words.tr("%n day(s)", None, 5) == "5 Tage"
    assert format_money(1234.5, "USD") == "1.234,50\u00a0$"  # QLocale keeps the amount and its sign together
    # qtbase_de.qm is loaded too: Qt's standard buttons speak German.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German


def test_back_to_english(german: None) -> None:
    LANGUAGE.apply("en")
    assert Ui.tr("Quit") == "Quit"
    assert Words.tr("%n day(s)", None, 1) == "1 day"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


# --- switching at once, and the layout in every language ------------------------------------------------------


def _menu_texts(tray: TrayIcon) -> list[str]:
    return [action.text() for action in tray.menu.actions() if action.isVisible() and action.text()]


def test_the_tray_menu_retranslates_when_the_language_changes(qapp: QApplication) -> None:
    tray = TrayIcon(demo=False, style=IconStyle.COLOUR)
    try:
        assert "Quit" in _menu_texts(tray)
        LANGUAGE.apply("de")
        assert "Beenden" in _menu_texts(tray) and "Einstellungen…" in _menu_texts(tray)
        assert "Quit" not in _menu_texts(tray)
        LANGUAGE.apply("en")
        assert "Quit" in _menu_texts(tray) and "Beenden" not in _menu_texts(tray)
    finally:
        tray.hide()
        use_translator(None)


def test_the_settings_offer_every_shipped_language_in_its_own_name(qapp: QApplication) -> None:
    dialog = SettingsDialog(Settings(language="de"), None, keystore=KeyStore())
    combo = dialog.language_edit
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items[:2] == [("Automatic (the system's language)", "auto"), ("SE Ranking profile", "profile")]
    assert items[2:] == [("English", "en"), *((NATIVE_NAMES[code], code) for code in SHIPPED)]
    assert combo.currentData() == "de"
    combo.setCurrentIndex(combo.findData("en"))
    assert dialog._current_settings().language == "en"
    dialog.deleteLater()


@pytest.mark.parametrize("code", SHIPPED)
def test_nothing_is_clipped_in_a_shipped_language(qapp: QApplication, code: str) -> None:
    """The account window and the settings dialog, laid out in each language: German labels are long."""
    LANGUAGE.apply(code)
    try:
        assert Ui.tr("Quit") != "Quit"  # really in the language
        assert find_clipping(qapp) == []
    finally:
        LANGUAGE.apply("en")
        use_translator(None)


def _labels(window: AccountWindow) -> set[str]:
    return {label.text() for label in window.findChildren(QLabel)}


def test_an_open_account_window_retranslates(qtbot: QtBot) -> None:
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    window.show()
    try:
        LANGUAGE.apply("de")  # Qt posts LanguageChange to every widget: handled by the event loop
        qtbot.waitUntil(lambda: "Guthaben:" in _labels(window))
        labels = _labels(window)
        assert {"Status:", "Guthaben:", "Letzte Aktualisierung:"} <= labels
        assert window.windowTitle().startswith("Konto")
        assert window.refresh_button.text() == "&Aktualisieren"
        assert window.chart.buttons[ChartRange.ALL].text() == "Alles"
        assert window.chart.buttons[ChartRange.WEEK].accessibleName() == "7 Tage anzeigen"
        LANGUAGE.apply("en")
        qtbot.waitUntil(lambda: "Balance:" in _labels(window))
        assert window.chart.buttons[ChartRange.ALL].text() == "All"
    finally:
        LANGUAGE.apply("en")
        use_translator(None)


def test_a_failed_check_reads_in_the_chosen_language_in_the_window(qtbot: QtBot) -> None:
    """The window says the whole of what went wrong in the user's language; the tooltip says its kind; the
    outcome's message stays English for the log."""
    from seranking_tray.api.transport import http_error
    from seranking_tray.domain.account import Account, AccountConfig, AccountId
    from seranking_tray.domain.account_view import AccountView, apply_outcome, glance_line
    from seranking_tray.domain.rules import DEFAULT_RULES
    from seranking_tray.service.monitor import failed_outcome

    account = Account(AccountConfig(AccountId("a1"), "Agency"), "https://api4.seranking.com", None)
    error = http_error(302, b"", "", {}, "/account/balance")
    outcome = failed_outcome(account, error, DEFAULT_RULES)
    view = apply_outcome(AccountView(account), outcome)
    window = AccountWindow(demo=False)
    qtbot.addWidget(window)
    try:
        LANGUAGE.apply("de")
        window.update_view(view, True)
        assert window.state.text() == (
            "Konto kann nicht geprüft werden: Die API hat auf /account/balance mit einer Weiterleitung geantwortet "
            "(302); sie wurde nicht verfolgt. Ist die API-URL richtig?"
        )
        assert "Unerwartete Antwort der API" in glance_line(view, datetime.now(UTC), format_money)
        assert outcome.assessment.message == (
            "Cannot check the account: The API answered /account/balance with a redirect (302); not followed. "
            "Is the API URL right?"
        )
    finally:
        LANGUAGE.apply("en")
        use_translator(None)
    window.update_view(view, True)
    assert window.state.text().startswith("Cannot check the account: The API answered /account/balance")
