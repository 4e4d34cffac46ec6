"""A state's words with their amounts kept apart, so each surface writes the money its own way: the CLI and the JSON
with `plain_money` ("6.00 USD"), the GUI with its locale ("$6.00") - one wording, one money format per surface.
The template is an English source marked for translation: it is translated when rendered, so a language chosen
after the check still applies."""

from __future__ import annotations

from dataclasses import dataclass

from seranking_tray.domain.money import MoneyFormatter, plain_money
from seranking_tray.domain.phrases import Words


@dataclass(frozen=True, slots=True)
class Sentence:
    template: str  # str.format placeholders {0}, {1}, ... stand for `amounts` in order; {name} for `values`
    amounts: tuple[tuple[float, str], ...] = ()  # (value, ISO 4217 code)
    n: int = -1  # the count of a plural template ("%n day(s)"); -1: none
    values: tuple[tuple[str, str], ...] = ()  # (placeholder, text) for the named placeholders

    def render(self, money: MoneyFormatter = plain_money) -> str:
        text = Words.tr(self.template, None, self.n)
        return text.format(*(money(value, currency) for value, currency in self.amounts), **dict(self.values))


def literal(text: str) -> Sentence:
    """A sentence without amounts (braces in `text` are kept as they are)."""
    return Sentence(text.replace("{", "{{").replace("}", "}}"))
