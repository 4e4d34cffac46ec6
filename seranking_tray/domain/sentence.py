"""A state's words with their amounts kept apart, so each surface writes the money its own way: the CLI and the JSON
with `plain_money` ("6.00 USD"), the GUI with its locale ("$6.00") - one wording, one money format per surface.
The template is an English source marked for translation: it is translated when rendered, so a language chosen
after the check still applies."""

from __future__ import annotations

from dataclasses import dataclass

from seranking_tray.domain.credit_words import days_count
from seranking_tray.domain.money import MoneyFormatter, plain_money
from seranking_tray.domain.phrases import Words


@dataclass(frozen=True, slots=True)
class Sentence:
    template: str  # str.format placeholders {0}, {1}, ... stand for `amounts` in order; {name} for `values`
    amounts: tuple[tuple[float, str], ...] = ()  # (value, ISO 4217 code)
    values: tuple[tuple[str, str], ...] = ()  # (placeholder, text) for the named placeholders
    days: int = -1  # {days}: "5 days", in the language's plural form when rendered; -1: none

    def render(self, money: MoneyFormatter = plain_money) -> str:
        named = dict(self.values)
        if self.days >= 0:
            named["days"] = days_count(self.days)
        amounts = (money(value, currency) for value, currency in self.amounts)
        return Words.tr(self.template).format(*amounts, **named)


def literal(text: str) -> Sentence:
    """A sentence without amounts (braces in `text` are kept as they are)."""
    return Sentence(text.replace("{", "{{").replace("}", "}}"))
