"""Money and dates for people, with QLocale: the GUI's MoneyFormatter (domain/money.plain_money is for plain text)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

# QLocale knows the symbol of each locale's own currency only; the API gives an ISO 4217 code.
_SYMBOLS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "RUB": "₽",
    "RUR": "₽",
    "UAH": "₴",
    "PLN": "zł",
    "JPY": "¥",
    "CNY": "¥",
    "INR": "₹",
    "BRL": "R$",
    "TRY": "₺",
    "KZT": "₸",
    "CAD": "CA$",
    "AUD": "A$",
}


def user_locale() -> QLocale:
    locale = QLocale()  # the chosen language's (gui/i18n.py sets the default); the system's until then
    # The POSIX "C" locale is no one's preference (it is what a bare session has): read it as US English.
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def currency_symbol(code: str) -> str:
    return _SYMBOLS.get(code.upper(), code.upper())


def format_money(value: float, currency_code: str, locale: QLocale | None = None) -> str:
    locale = locale or user_locale()
    code = currency_code.upper()
    # en_US writes negatives as "(€3.00)", which reads like a note; a minus sign is plainer.
    if code in _SYMBOLS:
        text = locale.toCurrencyString(float(abs(value)), _SYMBOLS[code], 2)
    else:
        text = f"{locale.toString(float(abs(value)), 'f', 2)} {code}".strip()
    return f"−{text}" if value < 0 else text
