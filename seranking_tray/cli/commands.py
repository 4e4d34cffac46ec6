"""Run one parsed command. Nothing here imports Qt."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from seranking_tray.cli.accounts import EXIT_UNKNOWN, run_accounts
from seranking_tray.cli.history import run_history
from seranking_tray.cli.key import run_key
from seranking_tray.cli.lists import run_sub_accounts
from seranking_tray.cli.nagios import unknown_output
from seranking_tray.cli.nagios_run import format_problem, run_nagios, with_overrides
from seranking_tray.cli.status import run_status
from seranking_tray.cli.status_accounts import choose, run_named, unknown_account
from seranking_tray.domain.errors import ConfigError
from seranking_tray.store.settings import ensure_accounts, load_settings
from seranking_tray.system.logs import setup_logging


def run(args: argparse.Namespace) -> int:
    """Run one parsed command (`args.command` is one of COMMANDS)."""
    setup_logging(bool(getattr(args, "debug", False)))
    if args.command == "status":
        loaded = ensure_accounts(load_settings())
        if (problem := format_problem(args)) is not None:
            print(unknown_output(problem) if args.format == "nagios" else f"error: {problem}")
            return EXIT_UNKNOWN
        if args.format == "nagios":
            return run_nagios(loaded, args)
        args.json = args.json or args.format == "json"
        loaded = replace(loaded, settings=with_overrides(loaded.settings, None, args.warning_days))
        settings = loaded.settings
        try:
            entries = choose(settings, args.account, args.all)
        except ConfigError as exc:
            return unknown_account(exc)
        if entries is None:
            # Today's single account (it prints the warnings).
            return run_status(args.json, args.low_balance, loaded, lists=not args.no_lists)
        for warning in loaded.warnings:
            print(f"warning: {warning.render()}", file=sys.stderr)
        wrapper = args.account is None
        return run_named(
            settings, entries, as_json=args.json, wrapper=wrapper, low_balance=args.low_balance, lists=not args.no_lists
        )
    if args.command == "metrics":
        # Deferred on purpose: prometheus-client (~75 ms) loads for this command only, never on `status`'s path.
        from seranking_tray.cli.metrics import run_metrics

        return run_metrics(ensure_accounts(load_settings()), args)
    if args.command == "key":
        return run_key(args.key_command, args.account)
    if args.command == "sub-accounts":
        return run_sub_accounts(args.account, args.json)
    if args.command == "accounts":
        return run_accounts(args.accounts_command, args)
    return run_history(as_csv=args.csv, since=args.since, account=args.account)
