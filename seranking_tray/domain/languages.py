"""Which language the GUI speaks: the `language` setting, the system's UI languages and the profile's `lang`."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

SOURCE = "en"
# Every language the project translates into (scripts/translations keeps a .ts file for each).
TRANSLATIONS = ("de", "es", "fr", "it", "pt_BR", "ru", "uk", "pl")
# The ones complete and shipped: the settings offer these, the tests check them (all of them since issue 17).
SHIPPED: tuple[str, ...] = TRANSLATIONS
# Each language in its own name, as the Language setting lists it.
NATIVE_NAMES = MappingProxyType(
    {
        "en": "English",
        "de": "Deutsch",
        "es": "Español",
        "fr": "Français",
        "it": "Italiano",
        "pt_BR": "Português (Brasil)",
        "ru": "Русский",
        "uk": "Українська",
        "pl": "Polski",
    }
)
AUTO = "auto"
PROFILE = "profile"


def is_language_setting(value: object) -> bool:
    return isinstance(value, str) and (value in (AUTO, PROFILE) or value in NATIVE_NAMES)


def match_language(tag: str | None, shipped: Iterable[str] = SHIPPED) -> str | None:
    """ "de-AT" -> "de", "pt" / "pt-PT" -> "pt_BR", "en-US" -> "en"; None for a language not shipped."""
    if not tag:
        return None
    parts = tag.replace("-", "_").split("_")
    language = parts[0].lower()
    if language == SOURCE:
        return SOURCE
    available = set(shipped)
    if language == "pt":  # SE Ranking's "pt" is Brazilian Portuguese; the only Portuguese here
        return "pt_BR" if "pt_BR" in available else None
    return language if language in available else None


def choose_language(
    setting: str, ui_languages: Iterable[str], profile_lang: str | None, shipped: Iterable[str] = SHIPPED
) -> str:
    """The language to speak: an explicit one, the profile's, or the first of the system's preferences that is
    shipped (English when the system prefers English first, or nothing matches)."""
    shipped = tuple(shipped)
    if setting == PROFILE:
        return match_language(profile_lang, shipped) or SOURCE
    if setting not in (AUTO, PROFILE):
        return match_language(setting, shipped) or SOURCE
    for tag in ui_languages:
        found = match_language(tag, shipped)
        if found is not None:
            return found
    return SOURCE
