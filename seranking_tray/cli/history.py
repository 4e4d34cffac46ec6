"""`seranking-tray history`: the recorded readings as a table or CSV."""

from __future__ import annotations

import csv
import sys
from dataclasses import replace
from datetime import UTC, date, datetime

from seranking_tray.domain.account import AccountConfig
from seranking_tray.domain.credit_words import compact_units
from seranking_tray.domain.health import Health
from seranking_tray.domain.money import plain_money
from seranking_tray.domain.readings import Reading
from seranking_tray.store.history import HistoryStore, history_path
from seranking_tray.store.settings import ensure_accounts, load_settings

HISTORY_COLUMNS = (
    "time",
    "last_seen",
    "account",
    "balance",
    "currency",
    "subscription_type",
    "expired",
    "health",
    "meter",
)


def run_history(as_csv: bool, since: date | None, account: str | None) -> int:
    loaded = ensure_accounts(load_settings())
    for warning in loaded.warnings:
        print(f"warning: {warning.render()}", file=sys.stderr)
    accounts = loaded.settings.accounts
    chosen = None if account is None else find_account(accounts, account)
    if account is not None and chosen is None:
        known = ", ".join(a.label for a in accounts)
        print(f"error: no account {account!r} in the settings (by label or id); known: {known}", file=sys.stderr)
        return Health.ERROR.exit_code
    path = history_path()
    readings: list[Reading] = []
    if path.exists():  # reading must not create an empty file
        with HistoryStore.open(path, first_account=accounts[0].id) as store:
            start = None if since is None else datetime(since.year, since.month, since.day, tzinfo=UTC)
            readings = store.readings(None if chosen is None else chosen.id, since=start)
            problems = store.take_warnings()
        for problem in problems:
            print(f"warning: {problem.render()}", file=sys.stderr)
    # Each account by its label in the settings now (a rename shows the new one); one they no longer list, by
    # the label the history kept.
    labels = {a.id: a.label for a in accounts}
    readings = [replace(r, account=labels.get(r.account_id, r.account)) if r.account_id else r for r in readings]
    if as_csv:
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
            f"{_iso(r.at)}  {_iso(r.last_seen)}  {r.account:{width}}  {_amount(r):>16}  {subscription:12}  {r.health}"
        )
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _amount(reading: Reading) -> str:
    if reading.meter == "credits":
        return f"{compact_units(reading.balance)} credits"
    return plain_money(reading.balance, reading.currency)


def find_account(accounts: tuple[AccountConfig, ...], name: str) -> AccountConfig | None:
    """The account with this id, else the one with this label (case-insensitive, as labels are unique so)."""
    by_id = next((a for a in accounts if a.id == name), None)
    return by_id or next((a for a in accounts if a.label.casefold() == name.strip().casefold()), None)


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
        reading.meter,
    )
