"""Why an answer cannot be used, shared by every parser (account, credits, lists): one frame, "Unexpected answer from
{path}: {detail}", and the field-level details, each marked for translation. `got` values quoted from the answer are
kept as they came."""

from __future__ import annotations

from seranking_tray.domain.errors import CheckError, ErrorKind
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.sentence import Sentence, literal

MISSING = QT_TRANSLATE_NOOP("Words", "field {field} is missing")
EMPTY = QT_TRANSLATE_NOOP("Words", "field {field} is empty")
NOT_FINITE = QT_TRANSLATE_NOOP("Words", "field {field} is not a finite number")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Words", "field {field} is not an object")
NUMBER = QT_TRANSLATE_NOOP("Words", "field {field} should be a number")
NUMBER_GOT = QT_TRANSLATE_NOOP("Words", "field {field} should be a number, got {got}")
WHOLE_NUMBER_GOT = QT_TRANSLATE_NOOP("Words", "field {field} should be a whole number, got {got}")
CREDITS_GOT = QT_TRANSLATE_NOOP("Words", "field {field} should be a number of credits, got {got}")
TEXT = QT_TRANSLATE_NOOP("Words", "field {field} should be text")
TEXT_GOT = QT_TRANSLATE_NOOP("Words", "field {field} should be text, got {got}")
FLAG_GOT = QT_TRANSLATE_NOOP("Words", "field {field} should be true or false, got {got}")
DATE_GOT = QT_TRANSLATE_NOOP("Words", "field {field} should be a date, got {got}")
OBJECT_GOT = QT_TRANSLATE_NOOP("Words", "field {field} should be an object, got {got}")
LIST_GOT = QT_TRANSLATE_NOOP("Words", "field {field} should be a list, got {got}")
ENTRY_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Words", "an entry of {field} is not an object")
PROJECT_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Words", "a project is not an object")
JSON_OBJECT = QT_TRANSLATE_NOOP("Words", "expected a JSON object")
JSON_OBJECT_GOT = QT_TRANSLATE_NOOP("Words", "expected a JSON object, got {got}")
JSON_OBJECT_OR_LIST_GOT = QT_TRANSLATE_NOOP("Words", "expected a JSON object or list, got {got}")


def unexpected_answer(path: str, detail: Sentence, endpoint: str) -> CheckError:
    return CheckError(
        ErrorKind.BAD_RESPONSE,
        Sentence.of(QT_TRANSLATE_NOOP("Words", "Unexpected answer from {path}: {detail}"), path=path, detail=detail),
        endpoint=endpoint,
    )


def field(template: str, name: str, got: str | Sentence | None = None) -> Sentence:
    """A detail about the field `name`; `got` is what came instead."""
    if got is None:
        return Sentence.of(template, field=f"'{name}'")
    return Sentence.of(template, field=f"'{name}'", got=got)


def detail(template: str, got: str | Sentence | None = None) -> Sentence:
    """A detail about the whole answer."""
    return Sentence(template) if got is None else Sentence.of(template, got=got)


def quoted(value: object) -> str:
    """A value from the answer as it came, cut short: `'12,5 €'`."""
    return repr(value[:40]) if isinstance(value, str) else repr(str(value)[:40])


_JSON_TYPES = (
    QT_TRANSLATE_NOOP("Words", "a boolean"),
    QT_TRANSLATE_NOOP("Words", "a number"),
    QT_TRANSLATE_NOOP("Words", "a string"),
    QT_TRANSLATE_NOOP("Words", "a list"),
    QT_TRANSLATE_NOOP("Words", "an object"),
)


def json_type(value: object) -> Sentence:
    if value is None:
        return literal("null")  # JSON's own word
    if isinstance(value, bool):
        return Sentence(_JSON_TYPES[0])
    if isinstance(value, int | float):
        return Sentence(_JSON_TYPES[1])
    if isinstance(value, str):
        return Sentence(_JSON_TYPES[2])
    if isinstance(value, list):
        return Sentence(_JSON_TYPES[3])
    return Sentence(_JSON_TYPES[4])
