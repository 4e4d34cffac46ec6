"""`status --format nagios`: what the Monitoring Plugins Development Guidelines describe, as pure formatting.

    SE RANKING <OK|WARNING|CRITICAL|UNKNOWN> - <summary> | 'Jane balance USD'=1234.5;10;;0 ...
    <one line per account, worst first, with --all>

Performance data follow the guidelines' syntax `'label'=value[UOM];[warn];[crit];[min];[max]` with their units
only (the currency goes into the label; days carry no unit). Each warn/crit is the plain number the state turns
at, as the issue asks: a range such as `10:` would be the stricter reading of the guidelines, but Icinga 2's
perfdata parser (2.13) drops ranges, so the threshold would not arrive at all.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from seranking_tray.domain.forecast import days_phrase
from seranking_tray.domain.meters import Meter, MeterState
from seranking_tray.domain.money import plain_money
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.rules import AlertRules
from seranking_tray.domain.wording import (
    PLUGIN_NAME,
    PLUGIN_STATES,
    STATUS_WORDS,
    critical_in_words,
    plugin_summary,
)

OK, WARNING, CRITICAL, UNKNOWN = 0, 1, 2, 3
# Worst first, as the product's precedence has it (expired > could not check > low): CRITICAL, UNKNOWN, WARNING, OK.
_RANK = {CRITICAL: 3, UNKNOWN: 2, WARNING: 1, OK: 0}


@dataclass(frozen=True, slots=True)
class CriticalLimits:
    """A monitoring admin's --critical-… levels; None: not set (only an expired subscription is CRITICAL)."""

    balance: float | None = None  # a balance under this
    days: int | None = None  # the credits expire, or the balance or the credits run out, within this many days


@dataclass(frozen=True, slots=True)
class Checked:
    """One account's check with the rules it was judged by (the perfdata's thresholds)."""

    outcome: CheckOutcome
    rules: AlertRules


def worst_code(codes: Sequence[int]) -> int:
    return max(codes, key=lambda code: _RANK[code], default=OK)


def critical_reason(checked: Checked, limits: CriticalLimits) -> str | None:
    """Why `limits` make this check CRITICAL, in words; None when they do not."""
    outcome = checked.outcome
    snapshot = outcome.snapshot
    balance = snapshot.balance
    project = balance is not None and snapshot.meter_state(Meter.PROJECT) is MeterState.OK
    if limits.balance is not None and project and balance is not None and balance.value < limits.balance:
        value = plain_money(balance.value, balance.currency_code)
        return critical_in_words("balance", value, plain_money(limits.balance, balance.currency_code))
    if limits.days is None:
        return None
    within = days_phrase(limits.days) if limits.days >= 1 else "0 days"
    credits = snapshot.credits if snapshot.meter_state(Meter.CREDITS) is MeterState.OK else None
    expiry = None if credits is None else credits.days_to_expiry(snapshot.checked_at)
    if expiry is not None and expiry <= limits.days:
        return critical_in_words("expiry_days", days_phrase(max(expiry, 0)), within)
    for what, forecast in (("balance_days", outcome.forecast), ("credits_days", outcome.credits_forecast)):
        if forecast is not None and forecast.days_left is not None and forecast.days_left <= limits.days:
            return critical_in_words(what, days_phrase(forecast.days_left), within)
    return None


def plugin_code(checked: Checked, limits: CriticalLimits) -> int:
    """The exit code: the state's (0/1/2/3), raised to CRITICAL by a --critical-… limit (never from UNKNOWN)."""
    code = checked.outcome.assessment.health.exit_code
    if code in (OK, WARNING) and critical_reason(checked, limits) is not None:
        return CRITICAL
    return code


def plugin_output(checks: Sequence[Checked], limits: CriticalLimits, *, several: bool) -> tuple[str, int]:
    """The plugin's text and exit code; `several`: the `--all` form (a count, then one line per account)."""
    ranked = sorted(
        ((plugin_code(c, limits), c) for c in checks),
        key=lambda pair: (-_RANK[pair[0]], -pair[1].outcome.assessment.health.severity),
    )  # sorted() is stable: accounts of one state keep the settings' order
    code = worst_code([code for code, _ in ranked])
    perf = " ".join(item for _, c in ranked for item in perfdata(c, limits))
    lines = [account_line(c, limits) for _, c in ranked]
    if several or len(ranked) != 1:
        summary = plugin_summary(len(ranked), {k: _count(ranked, k) for k in (CRITICAL, UNKNOWN, WARNING, OK)})
    else:
        summary, lines = lines[0], []
    first = f"{PLUGIN_NAME} {PLUGIN_STATES[code]} - {_text(summary)}"
    return "\n".join([f"{first} | {perf}" if perf else first, *lines]), code


def unknown_output(message: str) -> str:
    """The plugin's text when nothing could be checked (an unknown --account, a bad option)."""
    return f"{PLUGIN_NAME} {PLUGIN_STATES[UNKNOWN]} - {_text(message)}"


def account_line(checked: Checked, limits: CriticalLimits) -> str:
    """ "Jane: LOW BALANCE - Balance $3.50 is below your threshold of $10.00 — top up in SE Ranking." """
    outcome = checked.outcome
    health = outcome.assessment.health
    raised = health.exit_code != CRITICAL and plugin_code(checked, limits) == CRITICAL
    message = (critical_reason(checked, limits) if raised else None) or outcome.assessment.message
    return _text(f"{outcome.account.label}: {STATUS_WORDS[health]} - {message}")


def perfdata(checked: Checked, limits: CriticalLimits) -> list[str]:
    """This account's performance data, its label first in each; nothing for a meter that did not answer."""
    outcome, rules = checked.outcome, checked.rules
    snapshot, name = outcome.snapshot, outcome.account.label
    items = []
    balance = snapshot.balance
    if balance is not None and snapshot.meter_state(Meter.PROJECT) is MeterState.OK:
        label = f"{name} balance {balance.currency_code}".rstrip()
        items.append(perf_item(label, balance.value, rules.low_balance_threshold, limits.balance, 0))
        days = None if outcome.forecast is None else outcome.forecast.days_left
        if days is not None:
            items.append(perf_item(f"{name} balance days left", days, rules.running_low_days or None, limits.days, 0))
    credits = snapshot.credits
    if credits is not None and credits.subscribed and snapshot.meter_state(Meter.CREDITS) is MeterState.OK:
        warn = credits.units_limit * rules.credits_low_percent / 100 if rules.credits_low_percent > 0 else None
        items.append(perf_item(f"{name} credits left", credits.units_left, warn, None, 0, credits.units_limit))
        expiry = credits.days_to_expiry(snapshot.checked_at)
        if expiry is not None:
            warn_days = rules.expiry_warning_days or None
            items.append(perf_item(f"{name} credits days to expiry", expiry, warn_days, limits.days, None))
        days = None if outcome.credits_forecast is None else outcome.credits_forecast.days_left
        if days is not None:
            items.append(perf_item(f"{name} credits days left", days, rules.running_low_days or None, limits.days, 0))
    return items


def perf_item(
    label: str,
    value: float,
    warn: float | None = None,
    crit: float | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    unit: str = "",
) -> str:
    """`'label'=value[UOM];[warn];[crit];[min];[max]`, trailing empty fields left out."""
    fields = [f"{_number(value)}{unit}", *("" if v is None else _number(v) for v in (warn, crit, minimum, maximum))]
    while fields[-1] == "":
        fields.pop()
    return f"{quote_label(label)}={';'.join(fields)}"


def quote_label(label: str) -> str:
    """Quoted when it needs to be (a space, a quote); `=` cannot appear in a label at all, `|` would end the data."""
    text = " ".join(label.replace("=", "-").replace("|", "/").split())
    if any(c in text for c in " '\""):
        return "'" + text.replace("'", "''") + "'"
    return text


def _number(value: float) -> str:
    """Plain decimal notation (no exponent), at most 4 decimals, no trailing zeros: 1234.5, 10, 0.0125."""
    if not math.isfinite(value):
        return "U"
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _text(text: str) -> str:
    """One line without the `|` that starts the performance data."""
    return " ".join(text.replace("|", "/").split())


def _count(ranked: Sequence[tuple[int, Checked]], code: int) -> int:
    return sum(1 for k, _ in ranked if k == code)
