"""A state's words with their amounts kept apart, so each surface writes the money its own way: the CLI and the JSON
with `plain_money` ("6.00 USD"), the GUI with its locale ("$6.00") - one wording, one money format per surface.
The template is an English source marked for translation: it is translated when rendered, so a language chosen
after the check still applies."""

from __future__ import annotations

from dataclasses import dataclass

from seranking_tray.domain.money import MoneyFormatter, plain_money
from seranking_tray.domain.phrases import Words, english


def days_count(days: int) -> str:
    return Words.tr("%n day(s)", None, days)


@dataclass(frozen=True, slots=True)
class Sentence:
    template: str  # str.format placeholders {0}, {1}, ... stand for `amounts` in order; {name} for `values`
    amounts: tuple[tuple[float, str], ...] = ()  # (value, ISO 4217 code)
    # (placeholder, text) for the named placeholders; a Sentence there is translated too (a phrase inside a phrase).
    values: tuple[tuple[str, str | Sentence], ...] = ()
    days: int = -1  # {days}: "5 days", in the language's plural form when rendered; -1: none

    @classmethod
    def of(cls, template: str, **values: str | Sentence) -> Sentence:
        """A marked template with its named values: `Sentence.of(QT_TRANSLATE_NOOP("Words", "… {path} …"), path=p)`."""
        return cls(template, values=tuple(values.items()))

    def render(self, money: MoneyFormatter = plain_money) -> str:
        """In the installed language (the GUI's; English where none is installed: the CLI, the JSON)."""
        named = {name: value.render(money) if isinstance(value, Sentence) else value for name, value in self.values}
        if self.days >= 0:
            named["days"] = days_count(self.days)
        amounts = (money(value, currency) for value, currency in self.amounts)
        return Words.tr(self.template).format(*amounts, **named)

    def replacing(self, old: str, new: str) -> Sentence:
        """The same sentence with `old` replaced in its values (a secret a server echoed back, say)."""
        values = tuple(
            (name, value.replacing(old, new) if isinstance(value, Sentence) else value.replace(old, new))
            for name, value in self.values
        )
        return Sentence(self.template, self.amounts, values, self.days)

    def english(self) -> str:
        """In English whatever the GUI's language: for exceptions' texts and the log."""
        named = {name: value.english() if isinstance(value, Sentence) else value for name, value in self.values}
        if self.days >= 0:
            named["days"] = english("Words", "%n day(s)", None, self.days)
        amounts = (plain_money(value, currency) for value, currency in self.amounts)
        return self.template.format(*amounts, **named)


def literal(text: str) -> Sentence:
    """A sentence without amounts (braces in `text` are kept as they are)."""
    return Sentence(text.replace("{", "{{").replace("}", "}}"))
