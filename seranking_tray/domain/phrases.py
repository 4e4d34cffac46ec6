"""Translatable words without Qt: the core marks its phrases here and the GUI installs Qt's translator.

`pyside6-lupdate` extracts `Words.tr("…")` (context "Words", plurals through `%n`) and `QT_TRANSLATE_NOOP(…)`
(constant tables, translated where they are shown). Without an installed translator — the CLI, the JSON, the
logs — every phrase is its English source, so scripts keep parsing the same text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, source, disambiguation, n) -> text; the signature of QCoreApplication.translate.
Translator = Callable[[str, str, str | None, int], str]

_PLURAL = re.compile(r"\((s|es)\)")


def english_plural(text: str, n: int) -> str:
    """The English forms of a source: "%n day(s)" -> "1 day", "5 days"; "%Ln" with thousands separators."""
    if n < 0:
        return text
    text = text.replace("%Ln", f"{n:,}").replace("%n", f"{n}")
    return _PLURAL.sub("" if n == 1 else r"\1", text)


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return english_plural(text, n)


_installed: list[Translator] = [english]


def use_translator(translator: Translator | None) -> None:
    """The GUI's Qt translator for every phrase from now on; None: English again."""
    _installed[0] = translator or english


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction; it is translated where it is shown (`Words.tr(variable)`)."""
    return text


class Phrases:
    """A translation context named after the subclass, as QObject.tr has one per class."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _installed[0](cls.__name__, text, disambiguation, n)


class Words(Phrases):
    """The core's words: states, problems, forecasts, credits, lists."""


class Ui(Phrases):
    """The GUI's words outside a widget of its own (menus, notifications, dialogs)."""
