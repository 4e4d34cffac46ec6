"""A state's words with their amounts kept apart, so each surface writes the money its own way: the CLI and the JSON
with `plain_money` ("6.00 USD"), the GUI with its locale ("$6.00") - one wording, one money format per surface."""

from __future__ import annotations

from dataclasses import dataclass

from seranking_tray.domain.money import MoneyFormatter, plain_money


@dataclass(frozen=True, slots=True)
class Sentence:
    template: str  # str.format placeholders {0}, {1}, ... stand for `amounts` in order
    amounts: tuple[tuple[float, str], ...] = ()  # (value, ISO 4217 code)

    def render(self, money: MoneyFormatter = plain_money) -> str:
        return self.template.format(*(money(value, currency) for value, currency in self.amounts))


def literal(text: str) -> Sentence:
    """A sentence without amounts (braces in `text` are kept as they are)."""
    return Sentence(text.replace("{", "{{").replace("}", "}}"))
