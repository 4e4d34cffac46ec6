"""The sub-accounts and projects on the command line: their part of `status` (JSON and text) and the
`sub-accounts` command."""

from __future__ import annotations

import json
import sys
from typing import Any

from seranking_tray.api.lists import ListsFetcher, ListTimeouts
from seranking_tray.cli.accounts import EXIT_UNKNOWN, loaded_settings
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.lists import Lists, SubAccount
from seranking_tray.domain.outcome import CheckOutcome
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.sentence import Sentence
from seranking_tray.domain.wording import (
    SUB_ACCOUNTS_UNAVAILABLE,
    projects_line,
    sub_account_state,
    sub_account_words,
    sub_accounts_line,
)
from seranking_tray.service.account_list import find_entry, list_entries
from seranking_tray.system.logs import REDACTOR


def lists_document(lists: Lists | None) -> dict[str, Any]:
    """`status --json`'s "sub_accounts" and "projects" (null: not read, not available for the key, or failed)."""
    subs = None if lists is None else lists.sub_accounts
    projects = None if lists is None else lists.projects
    return {
        "sub_accounts": None
        if subs is None
        else {
            "count": subs.count,
            "blocked": [{"id": s.id, "name": s.name, "email": s.email, "type": s.type} for s in subs.blocked],
        },
        "projects": None
        if projects is None
        else {"count": projects.count, "active": projects.active, "keywords": projects.keywords},
    }


def human_lists(lists: Lists | None) -> list[str]:
    lines = []
    if lists is not None and lists.sub_accounts is not None:
        lines.append(f"Sub-accounts: {sub_accounts_line(lists.sub_accounts)}")
    if lists is not None and lists.projects is not None:
        lines.append(f"Projects:     {projects_line(lists.projects)}")
    return lines


def lists_warning(outcome: CheckOutcome) -> None:
    """A list that could not be read is a warning, never the check's error: the lists are a courtesy."""
    if outcome.lists is not None and outcome.lists.failure is not None:
        print(f"warning: {outcome.lists.failure.message}", file=sys.stderr)


def sub_account_document(sub: SubAccount) -> dict[str, Any]:
    return {
        "id": sub.id,
        "name": sub.name,
        "email": sub.email,
        "type": sub.type,
        "sites_count": sub.sites_count,
        "blocked": sub.blocked,
    }


def run_sub_accounts(account: str | None, as_json: bool) -> int:
    """`seranking-tray sub-accounts`: 0 when listed (or not available for the key: then null), 3 when they could
    not be read."""
    settings = loaded_settings().settings
    try:
        entries = list_entries(settings)
        entry = find_entry(entries, account) if account is not None else entries[0]
        if entry.problem is not None:
            raise entry.problem
        if entry.account.key is None:
            raise ConfigError(
                Sentence.of(QT_TRANSLATE_NOOP("Words", "No API key is set for {account}."), account=entry.account.label)
            )
        REDACTOR.add_secret(entry.account.key.reveal())
        fetcher = ListsFetcher(
            entry.account, ListTimeouts(connect=settings.connect_timeout, read=settings.read_timeout)
        )
    except ConfigError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_UNKNOWN
    try:
        lists = fetcher.fetch(projects=False)
    finally:
        fetcher.close()
    if lists.failure is not None:
        print(f"error: {lists.failure.message}", file=sys.stderr)
        return EXIT_UNKNOWN
    subs = lists.sub_accounts
    if as_json:
        items = None if subs is None else [sub_account_document(s) for s in subs.items]
        print(json.dumps({"count": None if subs is None else subs.count, "sub_accounts": items}, ensure_ascii=False))
    elif subs is None:
        print(SUB_ACCOUNTS_UNAVAILABLE)
    else:
        lines = [sub_accounts_line(subs)]
        for sub in subs.items:
            email = f" <{sub.email}>" if sub.email and sub.email != sub.name else ""
            sites = "" if sub.sites_count is None else f" · {sub.sites_count:,} projects"
            lines.append(f"  {sub_account_words(sub)}{email}{sites} · {sub_account_state(sub)}")
        print("\n".join(lines))
    return 0
