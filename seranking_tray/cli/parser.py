"""The commands' arguments, for `seranking_tray.entry`'s parser. Only argparse here: the GUI's start parses the same
command line and must not load what the commands need (requests, sqlite3)."""

from __future__ import annotations

import argparse
from datetime import date

COMMANDS = ("status", "history", "key")


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    status = sub.add_parser(
        "status",
        parents=[common],
        help="check the account once and exit with its state (0 ok, 1 low, 2 expired, 3 error)",
    )
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.add_argument("--low-balance", type=float, metavar="AMOUNT", help="threshold for this run")

    history = sub.add_parser(
        "history", parents=[common], help="print the recorded balance readings (times in ISO 8601, UTC)"
    )
    history.add_argument("--csv", action="store_true", help="print CSV with a header row")
    history.add_argument(
        "--since", type=_iso_date, metavar="YYYY-MM-DD", help="only readings seen on or after this day (UTC)"
    )
    history.add_argument("--account", metavar="LABEL", help="only this account (default: all)")

    key = sub.add_parser("key", parents=[common], help="store, remove or inspect the API key in the OS keyring")
    key_sub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    key_sub.add_parser("set", parents=[common], help="store a key read from standard input or a hidden prompt")
    key_sub.add_parser("delete", parents=[common], help="remove the stored key")
    key_sub.add_parser(
        "status", parents=[common], help="say where the key comes from, never the key (exit 1 when there is none)"
    )


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a date as YYYY-MM-DD") from None
