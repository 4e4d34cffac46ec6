"""Run one parsed command. Nothing here imports Qt."""

from __future__ import annotations

import argparse

from seranking_tray.cli.history import run_history
from seranking_tray.cli.key import run_key
from seranking_tray.cli.status import run_status
from seranking_tray.system.logs import setup_logging


def run(args: argparse.Namespace) -> int:
    """Run one parsed command (`args.command` is one of COMMANDS)."""
    setup_logging(bool(getattr(args, "debug", False)))
    if args.command == "status":
        return run_status(args.json, args.low_balance)
    if args.command == "key":
        return run_key(args.key_command)
    return run_history(as_csv=args.csv, since=args.since, account=args.account)
