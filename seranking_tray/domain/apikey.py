"""The Project API key as a value that cannot leak by accident, and its shape."""

from __future__ import annotations

import re
from enum import StrEnum

from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Words

_PROJECT_KEY = re.compile(r"[0-9a-fA-F]{32,40}")
_DATA_KEY = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

# The vendor's page that explains where the key is (Settings → API in the web app).
KEY_HELP_URL = "https://seranking.com/api/project/getting-started"
WEB_APP_URL = "https://online.seranking.com/"
DATA_KEY_HINT = QT_TRANSLATE_NOOP(
    "Words",
    "This looks like a Data API key (a UUID): it shows the API credits and their expiry. The balance and the "
    "subscription need the Project API key: 40 hexadecimal characters, found in SE Ranking under Settings → API.",
)


class KeyShape(StrEnum):
    PROJECT = "project"  # hex, 32–40 chars (docs say 40, their own example has 32)
    DATA = "data"  # a UUID: the Data API's key, not interchangeable
    OTHER = "other"


def classify_key(text: str) -> KeyShape:
    text = text.strip()
    if _PROJECT_KEY.fullmatch(text):
        return KeyShape.PROJECT
    if _DATA_KEY.fullmatch(text):
        return KeyShape.DATA
    return KeyShape.OTHER


def shape_hint(text: str) -> str | None:
    """A one-line hint for a key that does not look like a Project API key, else None."""
    shape = classify_key(text)
    if not text.strip() or shape is KeyShape.PROJECT:
        return None
    if shape is KeyShape.DATA:
        return Words.tr(DATA_KEY_HINT)
    return Words.tr("A Project API key is 40 hexadecimal characters (0–9, a–f); this one does not look like one.")


class ApiKey:
    """Holds the secret; its repr and str never show it, so logs and tracebacks stay clean."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        value = value.strip()
        if not value:
            raise ValueError("empty API key")
        self._value = value

    def reveal(self) -> str:
        return self._value

    @property
    def shape(self) -> KeyShape:
        return classify_key(self._value)

    def __repr__(self) -> str:
        return "ApiKey(<redacted>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ApiKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("an API key is not picklable")
