"""`seranking-tray status --format nagios`: check like `status` does, print the plugin's text (cli.nagios)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from seranking_tray.cli.nagios import UNKNOWN, Checked, CriticalLimits, plugin_output, unknown_output
from seranking_tray.cli.status import single_outcome
from seranking_tray.cli.status_accounts import check_entries, choose
from seranking_tray.domain.account import ENVIRONMENT_LABEL, LEGACY_LABEL, KeySource
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.store.settings import LoadedSettings, Settings


def with_overrides(settings: Settings, low_balance: float | None, warning_days: int | None) -> Settings:
    """The rules for this run: the flat ones and every account's own, with the command line's levels."""
    changes: dict[str, Any] = {}
    if low_balance is not None:
        changes["low_balance_threshold"] = low_balance
    if warning_days is not None:
        changes["running_low_days"] = changes["expiry_warning_days"] = warning_days
    if not changes:
        return settings
    accounts = tuple(a if a.rules is None else replace(a, rules=replace(a.rules, **changes)) for a in settings.accounts)
    return replace(settings, accounts=accounts, **changes)


def _shown(outcome: CheckOutcome) -> CheckOutcome:
    """The account under the label `accounts list` gives it: only the environment's key is "Environment"."""
    account = outcome.account
    if account.key_source is KeySource.ENVIRONMENT and account.label == LEGACY_LABEL:
        account = replace(account, config=replace(account.config, label=ENVIRONMENT_LABEL))
    return replace(outcome, account=account)


def format_problem(args: argparse.Namespace) -> str | None:
    """Why `status`'s output options do not go together; None when they do."""
    if args.json and args.format not in (None, "json"):
        return f"--json and --format {args.format} contradict each other"
    if args.format != "nagios" and (args.critical_days is not None or args.critical_balance is not None):
        return "--critical-days and --critical-balance need --format nagios"
    return None


def run_nagios(loaded: LoadedSettings, args: argparse.Namespace) -> int:
    for warning in loaded.warnings:
        print(f"warning: {warning.render()}", file=sys.stderr)
    settings = with_overrides(loaded.settings, args.low_balance, args.warning_days)
    limits = CriticalLimits(balance=args.critical_balance, days=args.critical_days)
    try:
        entries = choose(settings, args.account, args.all)
    except ConfigError as exc:
        print(unknown_output(exc.message))
        return UNKNOWN
    several = entries is not None and args.account is None
    if several and (args.low_balance is not None or args.critical_balance is not None):
        print(unknown_output("--low-balance and --critical-balance need --account (accounts differ in currency)"))
        return UNKNOWN
    outcomes = [_shown(single_outcome(settings))] if entries is None else check_entries(entries, settings)
    checks = [Checked(o, settings.rules_for(o.account.config)) for o in outcomes]
    text, code = plugin_output(checks, limits, several=several)
    print(text)
    return code
