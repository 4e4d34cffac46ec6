"""The command line: `seranking-tray status` for scripts and monitoring, key management, and the GUI's start.

Nothing here imports Qt: the GUI is imported only when the tray app is started.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from . import __version__
from .account import Account, resolve_account
from .apikey import DATA_KEY_HINT, ApiKey, KeyShape
from .config import Settings, load_settings
from .errors import ConfigError
from .forecast import Forecast, days_phrase
from .health import Assessment, Health, assess, describe_subscription, format_money
from .logs import REDACTOR, setup_logging
from .models import Snapshot
from .secrets import ENV_KEY, KeyStore

if TYPE_CHECKING:
    from .history import Reading

# Exit code for "could not check" (monitoring-plugin UNKNOWN), also used for usage errors of `status`.
EXIT_UNKNOWN = Health.ERROR.exit_code


def build_parser() -> argparse.ArgumentParser:
    # --debug works before or after the subcommand; SUPPRESS keeps a subparser from resetting the global one.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="log requests to stderr")

    parser = argparse.ArgumentParser(
        prog="seranking-tray",
        parents=[common],
        description="Watch an SE Ranking account's balance and subscription from the system tray.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="start with a built-in demo account (no key needed)")
    parser.add_argument(
        "--refresh-interval",
        type=_positive_seconds,
        metavar="SECONDS",
        help="refresh this often (debugging override; also caps the retry backoff)",
    )
    parser.add_argument("--settings", action="store_true", help="open the settings window at start")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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
    return parser


def _positive_seconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number of seconds") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1 second")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a date as YYYY-MM-DD") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    debug = bool(getattr(args, "debug", False))
    if args.command == "status":
        setup_logging(debug)
        return run_status(args.json, args.low_balance)
    if args.command == "key":
        setup_logging(debug)
        return run_key(args.key_command)
    if args.command == "history":
        setup_logging(debug)
        return run_history(as_csv=args.csv, since=args.since, account=args.account)
    from .gui.app import run_app  # Qt is loaded only for the tray app

    return run_app(args)


# --- status ----------------------------------------------------------------------------------------------


def check_once(settings: Settings, account: Account) -> Snapshot:
    from .client import check_once as check

    if account.key:
        REDACTOR.add_secret(account.key.reveal())
    return check(account, settings)


def run_status(as_json: bool, low_balance: float | None) -> int:
    loaded = load_settings()
    for warning in loaded.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    settings = loaded.settings
    threshold = settings.low_balance_threshold if low_balance is None else low_balance
    forecast: Forecast | None = None
    try:
        account = resolve_account(settings)
        snapshot = check_once(settings, account)
    except ConfigError as exc:
        snapshot = Snapshot.failed(exc)
        assessment = assess(snapshot, threshold)
    else:
        assessment, forecast = _record(account, snapshot, threshold, settings.running_low_days)
    if as_json:
        print(json.dumps(status_document(snapshot, assessment, forecast), ensure_ascii=False))
    else:
        print(human_status(snapshot, assessment, forecast))
    return assessment.health.exit_code


def _record(
    account: Account, snapshot: Snapshot, threshold: float, running_low_days: float
) -> tuple[Assessment, Forecast | None]:
    """Forecast from the history and this check, and the check recorded when it succeeded."""
    from .history import HistoryStore

    with HistoryStore.open() as store:
        outcome = store.record_check(account.label, snapshot, threshold, running_low_days)
        for warning in store.take_warnings():
            print(f"warning: {warning}", file=sys.stderr)
    return outcome.assessment, outcome.forecast


def forecast_document(forecast: Forecast | None) -> dict[str, Any]:
    runs_out_on = forecast.runs_out_on if forecast is not None else None
    return {
        "daily_spend": None if forecast is None or forecast.daily_spend is None else round(forecast.daily_spend, 4),
        "days_left": None if forecast is None or forecast.days_left is None else round(forecast.days_left, 3),
        "runs_out_on": None if runs_out_on is None else runs_out_on.isoformat(),
    }


def status_document(snapshot: Snapshot, assessment: Assessment, forecast: Forecast | None = None) -> dict[str, Any]:
    """The `status --json` object; its shape is documented in the README and is a public interface."""
    balance, subscription, profile, failure = (
        snapshot.balance,
        snapshot.subscription,
        snapshot.profile,
        assessment.failure,
    )
    return {
        "health": assessment.health.value,
        "message": assessment.message,
        "checked_at": snapshot.checked_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "balance": None if balance is None else {"value": balance.value, "currency_code": balance.currency_code},
        "subscription": None
        if subscription is None
        else {
            "type": subscription.type,
            "is_expired": subscription.is_expired,
            "balance": None
            if subscription.balance is None
            else {"amount": subscription.balance.amount, "currency": subscription.balance.currency},
        },
        "profile": None
        if profile is None
        else {
            "first_name": profile.first_name,
            "last_name": profile.last_name,
            "email": profile.email,
            "email_verified": profile.email_verified,
            "lang": profile.lang,
            "picture": profile.picture,
        },
        "error": None
        if failure is None
        else {"kind": failure.kind.value, "message": failure.message, "status": failure.status},
        "forecast": forecast_document(forecast),
    }


_STATE_WORDS = {
    Health.OK: "OK",
    Health.RUNNING_LOW: "RUNNING LOW",
    Health.LOW_BALANCE: "LOW BALANCE",
    Health.EXPIRED: "EXPIRED",
    Health.ERROR: "COULD NOT CHECK",
}


def human_status(snapshot: Snapshot, assessment: Assessment, forecast: Forecast | None = None) -> str:
    lines = []
    if snapshot.profile is not None:
        email = f" <{snapshot.profile.email}>" if snapshot.profile.email and snapshot.profile.full_name else ""
        lines.append(f"{snapshot.profile.display_name}{email}")
    if snapshot.balance is not None:
        lines.append(f"Balance:      {format_money(snapshot.balance.value, snapshot.balance.currency_code)}")
        lines.append(f"Forecast:     {human_forecast(forecast, snapshot.balance.currency_code)}")
    if snapshot.subscription is not None:
        sub = snapshot.subscription
        extra = f" (balance {format_money(sub.balance.amount, sub.balance.currency)})" if sub.balance else ""
        lines.append(f"Subscription: {describe_subscription(sub)}{extra}")
    lines.append(f"State:        {_STATE_WORDS[assessment.health]} — {assessment.message}")
    if assessment.failure is not None and assessment.health is not Health.ERROR:
        lines.append(f"Note:         {assessment.failure.message}")
    return "\n".join(lines)


def human_forecast(forecast: Forecast | None, currency: str) -> str:
    if forecast is None or forecast.daily_spend is None:
        return "not enough history yet (it needs checks at least 6 hours apart)"
    if forecast.days_left is None or forecast.runs_out_on is None:
        return "no spending in the last 30 days"
    return (
        f"≈ {days_phrase(forecast.days_left)} left (until {forecast.runs_out_on.isoformat()}) at "
        f"{format_money(forecast.daily_spend, currency)} a day"
    )


# --- history ---------------------------------------------------------------------------------------------

HISTORY_COLUMNS = ("time", "last_seen", "account", "balance", "currency", "subscription_type", "expired", "health")


def run_history(as_csv: bool, since: date | None, account: str | None) -> int:
    from .history import HistoryStore, history_path

    path = history_path()
    readings: list[Reading] = []
    if path.exists():  # reading must not create an empty file
        with HistoryStore.open(path) as store:
            start = None if since is None else datetime(since.year, since.month, since.day, tzinfo=UTC)
            readings = store.readings(account, since=start)
            warnings = store.take_warnings()
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
    if as_csv:
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(HISTORY_COLUMNS)
        writer.writerows(_csv_row(r) for r in readings)
        return 0
    if not readings:
        print("No readings recorded yet: each successful check (tray or `status`) adds one.", file=sys.stderr)
        return 0
    width = max(len(r.account) for r in readings)
    out = [f"{'time':20}  {'last seen':20}  {'account':{width}}  {'balance':>16}  subscription  health"]
    for r in readings:
        subscription = (r.subscription_type or "?") + (" (expired)" if r.expired else "")
        out.append(
            f"{_iso(r.at)}  {_iso(r.last_seen)}  {r.account:{width}}  {format_money(r.balance, r.currency):>16}  "
            f"{subscription:12}  {r.health}"
        )
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _csv_row(reading: Reading) -> tuple[str | float, ...]:
    expired = "" if reading.expired is None else str(reading.expired).lower()
    return (
        _iso(reading.at),
        _iso(reading.last_seen),
        reading.account,
        reading.balance,
        reading.currency,
        reading.subscription_type or "",
        expired,
        reading.health,
    )


# --- key -------------------------------------------------------------------------------------------------


def run_key(action: str) -> int:
    store = KeyStore()
    try:
        if action == "status":
            # Exit 0 when a key is available (environment or keyring), 1 when none: scripts can ask.
            from_env = bool(os.environ.get(ENV_KEY, "").strip())
            stored = store.get()
            print(f"Keyring backend: {store.backend_name()}")
            print(f"Stored key: {'yes (' + stored.shape.value + '-shaped)' if stored else 'none'}")
            if from_env:
                print(f"In use: the environment variable {ENV_KEY} (it takes precedence over the keyring)")
            return 0 if from_env or stored else 1
        if action == "delete":
            store.delete()
            print("The API key was removed from the keyring.")
            return 0
        text = getpass.getpass("Project API key: ") if sys.stdin.isatty() else sys.stdin.readline()
        if not text.strip():
            print("error: no key given", file=sys.stderr)
            return 2
        key = ApiKey(text)
        if key.shape is KeyShape.DATA:
            print(f"warning: {DATA_KEY_HINT}", file=sys.stderr)
        store.set(key)
        print(f"The API key was stored in the keyring ({store.backend_name()}).")
        return 0
    except ConfigError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_UNKNOWN
