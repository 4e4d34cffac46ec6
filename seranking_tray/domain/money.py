"""Money as text. The core and the CLI write plain, locale-free amounts; the GUI passes its own QLocale
formatter (gui/formatting.py: format_money) wherever a `MoneyFormatter` is taken."""

from __future__ import annotations

from collections.abc import Callable

MoneyFormatter = Callable[[float, str], str]  # (amount, ISO 4217 code) -> text for people


def plain_money(value: float, currency: str) -> str:
    """ "99,964.92 USD": for the CLI, logs and the core's messages, the same in every locale."""
    return f"{value:,.2f} {currency}".strip()
