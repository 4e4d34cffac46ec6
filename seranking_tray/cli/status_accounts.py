"""`status --account LABEL` and `status --all`: one account by name, or every account, at most 4 at once."""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from seranking_tray.cli.accounts import EXIT_UNKNOWN
from seranking_tray.cli.lists import lists_warning
from seranking_tray.cli.status import human_status, status_document
from seranking_tray.domain.account import ENV_KEY, KeySource
from seranking_tray.domain.attention import worst
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.models import Snapshot
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.service.account_list import Entry, find_entry, list_entries
from seranking_tray.service.monitor import AccountMonitor, check_once, failed_outcome
from seranking_tray.store.history import HistoryStore
from seranking_tray.store.settings import Settings

MAX_AT_ONCE = 4  # checks of different accounts in parallel (each is 3 requests with its own key)


def choose(settings: Settings, account: str | None, all_accounts: bool) -> list[Entry] | None:
    """The entries `status` checks; None: today's single-account `status` (one account, or SERANKING_API_KEY)."""
    if account is None and not all_accounts and (len(settings.accounts) == 1 or os.environ.get(ENV_KEY, "").strip()):
        return None  # decided before listing: with the key in the environment the keyring is never asked
    entries = list_entries(settings)
    if account is not None:
        return [find_entry(entries, account)]
    return entries


def env_entry(settings: Settings) -> Entry:
    """The account `status` alone checks: the one with the environment key, else the only one."""
    entries = list_entries(settings)
    return next((e for e in entries if e.account.key_source is KeySource.ENVIRONMENT), entries[0])


def check_entries(entries: list[Entry], settings: Settings, lists: bool = True) -> list[CheckOutcome]:
    """Check every entry (at most MAX_AT_ONCE at once), with its lists unless not `lists`; the history is read and
    written from this thread only."""
    with HistoryStore.open(first_account=settings.first_account.id) as history:
        # The clients' requests run in the pool; forecasting and recording (monitor.conclude) stay here.
        monitors = [
            AccountMonitor(e.account, settings, history) if e.problem is None and e.account.key is not None else None
            for e in entries
        ]
        try:
            with ThreadPoolExecutor(MAX_AT_ONCE, thread_name_prefix="status") as pool:
                snapshots: list[Snapshot | None] = list(pool.map(lambda m: _snapshot(m, lists), monitors))
            outcomes: list[CheckOutcome] = []
            for entry, monitor, snapshot in zip(entries, monitors, snapshots, strict=True):
                if entry.problem is not None:
                    outcomes.append(failed_outcome(entry.account, entry.problem, settings.rules_for(entry.config)))
                elif monitor is None or snapshot is None:
                    outcomes.append(check_once(entry.account, settings))  # no key / bad URL: no request made
                else:
                    outcomes.append(monitor.conclude(snapshot))
        finally:
            for monitor in monitors:
                if monitor is not None:
                    monitor.close()
        for warning in history.take_warnings():
            print(f"warning: {warning.render()}", file=sys.stderr)
    return outcomes


def _snapshot(monitor: AccountMonitor | None, lists: bool) -> Snapshot | None:
    """In the pool: the check's requests, then the lists' (their fetch is this monitor's, so conclude applies them)."""
    if monitor is None or monitor.client is None:
        return None
    snapshot = monitor.client.check()
    if lists:
        monitor.lists.refresh(snapshot)
    return snapshot


def with_threshold(entry: Entry, settings: Settings, low_balance: float | None) -> Entry:
    if low_balance is None:
        return entry
    rules = replace(settings.rules_for(entry.config), low_balance_threshold=low_balance)
    config = replace(entry.config, rules=rules)
    return replace(entry, account=replace(entry.account, config=config))


def account_document(outcome: CheckOutcome) -> dict[str, Any]:
    document = status_document(outcome.snapshot, outcome.assessment, outcome.forecast, lists=outcome.lists)
    return {**document, "label": outcome.account.label, "id": outcome.account.id}


def run_named(
    settings: Settings,
    entries: list[Entry],
    *,
    as_json: bool,
    wrapper: bool,
    low_balance: float | None,
    lists: bool = True,
) -> int:
    """Check the entries and print them: one object (`--account`) or the wrapper (`--all`)."""
    if low_balance is not None and wrapper:
        print("error: --low-balance needs --account (accounts differ in currency)", file=sys.stderr)
        return EXIT_UNKNOWN
    outcomes = check_entries([with_threshold(e, settings, low_balance) for e in entries], settings, lists)
    for outcome in outcomes:
        lists_warning(outcome)
    health = worst(o.assessment.health for o in outcomes)
    if as_json:
        documents = [account_document(o) for o in outcomes]
        body: Any = {"health": health.value, "accounts": documents} if wrapper else documents[0]
        print(json.dumps(body, ensure_ascii=False))
    else:
        blocks = []
        for outcome in outcomes:
            text = human_status(outcome.snapshot, outcome.assessment, outcome.forecast, outcome.lists)
            blocks.append(f"== {outcome.account.label} ==\n{text}" if wrapper else text)
        print("\n\n".join(blocks))
    return health.exit_code


def unknown_account(exc: ConfigError) -> int:
    print(f"error: {exc.message}", file=sys.stderr)
    return EXIT_UNKNOWN
