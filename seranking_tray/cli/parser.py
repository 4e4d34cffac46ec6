"""The commands' arguments, for `seranking_tray.entry`'s parser. Only argparse here: the GUI's start parses the same
command line and must not load what the commands need (requests, sqlite3)."""

from __future__ import annotations

import argparse
from datetime import date

COMMANDS = ("status", "history", "key", "accounts", "metrics", "sub-accounts")


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    status = sub.add_parser(
        "status",
        parents=[common],
        help="check the account once and exit with its state (0 ok, 1 low, 2 expired, 3 error)",
    )
    status.add_argument("--json", action="store_true", help="print one JSON object (--format json)")
    status.add_argument(
        "--format", choices=("text", "json", "nagios"), help="nagios: a monitoring plugin's output with perfdata"
    )
    status.add_argument("--low-balance", type=float, metavar="AMOUNT", help="threshold for this run (one account only)")
    status.add_argument("--warning-days", type=_days, metavar="DAYS", help="warn this many days ahead (this run)")
    status.add_argument(
        "--critical-days", type=_days, metavar="DAYS", help="--format nagios: CRITICAL within this many days"
    )
    status.add_argument(
        "--critical-balance", type=float, metavar="AMOUNT", help="--format nagios: CRITICAL below (one account only)"
    )
    status.add_argument(
        "--no-lists", action="store_true", help="skip the sub-accounts and projects (then attention is not decided)"
    )
    which = status.add_mutually_exclusive_group()
    which.add_argument("--account", metavar="LABEL", help="check this account (label or id)")
    which.add_argument("--all", action="store_true", help="check every account; exit with the worst state")

    metrics = sub.add_parser(
        "metrics", parents=[common], help="every account's figures for Prometheus (printed, a textfile, or served)"
    )
    where = metrics.add_mutually_exclusive_group()
    where.add_argument("--textfile", metavar="PATH", help="write them atomically (node_exporter's textfile collector)")
    where.add_argument("--serve", metavar="HOST:PORT", help="serve them over HTTP (loopback only, unless --listen-any)")
    metrics.add_argument("--listen-any", action="store_true", help="let --serve listen on a non-loopback address")
    subs = sub.add_parser(
        "sub-accounts", parents=[common], help="list the account's sub-accounts and which are blocked by limits"
    )
    subs.add_argument("--account", metavar="LABEL", help="this account's sub-accounts (default: the first)")
    subs.add_argument("--json", action="store_true", help="print one JSON object")

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
    for action, text in (
        ("set", "store a key read from standard input or a hidden prompt"),
        ("delete", "remove the stored key"),
        ("status", "say where the key comes from, never the key (exit 1 when there is none)"),
    ):
        parser = key_sub.add_parser(action, parents=[common], help=text)
        parser.add_argument("--account", metavar="LABEL", help="this account's key (default: the first)")

    accounts = sub.add_parser("accounts", parents=[common], help="list, add, rename or remove accounts")
    accounts_sub = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    listing = accounts_sub.add_parser("list", parents=[common], help="the accounts, never their keys")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    add = accounts_sub.add_parser(
        "add", parents=[common], help="add an account; its key is read from standard input or a hidden prompt"
    )
    add.add_argument("label")
    add.add_argument("--api-url", metavar="URL", help="this account's API URL (default: the usual one)")
    add.add_argument(
        "--data-api-url", metavar="URL", help="this account's Data API URL (default: https://api.seranking.com)"
    )
    rename = accounts_sub.add_parser("rename", parents=[common], help="give an account another name")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    remove = accounts_sub.add_parser(
        "remove", parents=[common], help="remove an account and its stored key (its history is kept)"
    )
    remove.add_argument("label")
    remove.add_argument("--delete-history", action="store_true", help="also delete its recorded readings")


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number of days") from None
    if not 0 <= value <= 365:
        raise argparse.ArgumentTypeError("must be 0 to 365 days")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a date as YYYY-MM-DD") from None
