"""The account list (service/account_list.py): per-account URL and rules in settings.json, unique labels, the
reserved "Environment", duplicated keys refused, the Environment account, and add/rename/remove/reorder."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from seranking_tray.domain.account import (
    DEFAULT_USERNAME,
    ENVIRONMENT_ID,
    ENVIRONMENT_LABEL,
    AccountConfig,
    AccountId,
    KeySource,
)
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.rules import AlertRules
from seranking_tray.service.account_list import AccountList, UnknownAccount, find_entry, list_entries
from seranking_tray.store.keystore import SERVICE
from seranking_tray.store.settings import Settings, ensure_accounts, load_settings, parse_settings
from tests.conftest import MemoryKeyring

A, B, C = "a" * 40, "b" * 40, "c" * 40


def _fresh(tmp_path: Path) -> tuple[Path, Settings]:
    path = tmp_path / "settings.json"
    return path, ensure_accounts(load_settings(path), path).settings


def test_per_account_url_and_rules_round_trip(tmp_path: Path) -> None:
    rules = AlertRules(low_balance_threshold=50.0, running_low_days=3, notify_expired=False)
    data = {
        "low_balance_threshold": 20,
        "accounts": [
            {"id": "one", "label": "Own", "api_url": "https://eu.example.com", "rules": {"running_low_days": 3}},
            {"id": "two", "label": "Client", "future": 1},
        ],
    }
    settings = parse_settings(data).settings
    own, client = settings.accounts
    assert own.api_url == "https://eu.example.com" and own.rules == AlertRules(running_low_days=3)
    assert settings.rules_for(client).low_balance_threshold == 20  # no rules of its own: the flat ones
    settings = replace(settings, accounts=(replace(own, rules=rules), client))
    again = parse_settings(json.loads(json.dumps(settings.to_json()))).settings
    assert again.accounts[0].rules == rules and again.accounts[1].extra == {"future": 1}
    assert again.accounts[0].api_url == "https://eu.example.com"


def test_add_takes_over_the_fresh_first_account_then_appends(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path, settings = _fresh(tmp_path)
    first_id = settings.accounts[0].id
    accounts = AccountList(settings, path)
    own = accounts.add("Own", ApiKey(A))
    assert own.id == first_id  # the first account keeps its id (history) and keyring entry
    assert memory_keyring.store[(SERVICE, DEFAULT_USERNAME)] == A
    client = accounts.add("Client", ApiKey(B), "https://eu.example.com")
    assert client.rules == settings.rules  # the current values are the new account's defaults
    stored = load_settings(path).settings
    assert [a.label for a in stored.accounts] == ["Own", "Client"]
    assert stored.accounts[1].api_url == "https://eu.example.com"
    assert A not in path.read_text() and B not in path.read_text()


@pytest.mark.parametrize(
    ("label", "message"),
    [("own", "already an account named"), ("environment", "reserved"), ("  ", "needs a name")],
)
def test_labels_are_unique_and_environment_is_reserved(
    tmp_path: Path, memory_keyring: MemoryKeyring, label: str, message: str
) -> None:
    path, settings = _fresh(tmp_path)
    accounts = AccountList(settings, path)
    accounts.add("Own", ApiKey(A))
    with pytest.raises(ConfigError, match=message):
        accounts.add(label, ApiKey(B))
    with pytest.raises(ConfigError, match=message):
        accounts.rename("Own", label) if label != "own" else accounts.rename(accounts.add("X", ApiKey(C)).id, label)


def test_a_duplicated_key_is_refused(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path, settings = _fresh(tmp_path)
    accounts = AccountList(settings, path)
    accounts.add("Own", ApiKey(A))
    with pytest.raises(ConfigError, match="already the key of the account 'Own'"):
        accounts.add("Client", ApiKey(A))
    assert [a.label for a in load_settings(path).settings.accounts] == ["Own"]


def test_reorder_and_remove_keep_keys_in_their_entries(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path, settings = _fresh(tmp_path)
    accounts = AccountList(settings, path)
    accounts.add("Own", ApiKey(A))
    client = accounts.add("Client", ApiKey(B))
    accounts.move("Client", 0)
    settings = load_settings(path).settings
    assert [a.label for a in settings.accounts] == ["Client", "Own"]
    keys = {e.config.label: e.account.key for e in list_entries(settings, {})}
    assert keys == {"Client": ApiKey(B), "Own": ApiKey(A)}  # a reorder never moves a key
    forgotten: list[AccountId] = []
    accounts.remove("client", forgotten.append)
    assert forgotten == [client.id]
    assert (SERVICE, f"{DEFAULT_USERNAME}:{client.id}") not in memory_keyring.store
    with pytest.raises(ConfigError, match="last account"):
        accounts.remove("Own")
    with pytest.raises(UnknownAccount, match="No stored account 'nobody'"):
        accounts.rename("nobody", "x")


def test_environment_account(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path, settings = _fresh(tmp_path)
    env = {"SERANKING_API_KEY": C, "SERANKING_API_URL": "https://env.example.com"}
    # Only the environment was ever used: it is the first account (its history and memory).
    (only,) = list_entries(settings, env)
    assert only.config.id == settings.accounts[0].id and only.config.label == ENVIRONMENT_LABEL
    assert only.account.key_source is KeySource.ENVIRONMENT and only.account.api_url == "https://env.example.com"
    accounts = AccountList(settings, path)
    accounts.add("Own", ApiKey(A), environ=env)
    accounts.add("Client", ApiKey(B), "https://own.example.com", environ=env)
    settings = load_settings(path).settings
    entries = list_entries(settings, env)
    assert [e.config.label for e in entries] == [ENVIRONMENT_LABEL, "Own", "Client"]
    assert entries[0].config.id == settings.accounts[0].id  # still the first account, keyless in the keyring
    # Once the first account has a key of its own, the environment key is an account of its own, listed first.
    AccountList(settings, path).add("Later", ApiKey("d" * 40))
    memory_keyring.store[(SERVICE, DEFAULT_USERNAME)] = "e" * 40
    entries = list_entries(load_settings(path).settings, env)
    environment = find_entry(entries, "environment")
    assert entries[0] == environment
    assert environment.config.id == ENVIRONMENT_ID and environment.config.read_only
    assert find_entry(entries, "Client").account.api_url == "https://own.example.com"
    # The environment key is a stored account's key: it is that account, not a second one.
    entries = list_entries(settings, {**env, "SERANKING_API_KEY": B})
    assert ENVIRONMENT_ID not in [e.config.id for e in entries]
    assert find_entry(entries, "client").account.key_source is KeySource.ENVIRONMENT


def test_history_of_a_removed_account_can_be_deleted(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from seranking_tray.domain.readings import Reading
    from seranking_tray.store.history import HistoryStore

    with HistoryStore.open(tmp_path / "h.sqlite3") as store:
        for ident in ("one", "two"):
            at = datetime(2026, 1, 1, tzinfo=UTC)
            reading = Reading(ident, at, at, 5.0, "USD", "manual", False, "ok", account_id=AccountId(ident))
            store.record(reading)
        assert store.forget(AccountId("one")) == 1
        assert [r.account_id for r in store.readings()] == ["two"]
    assert AccountConfig(AccountId("x"), "x").rules is None
