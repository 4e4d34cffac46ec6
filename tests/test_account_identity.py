"""Account identity: an account is its id, the label only names it. Settings migration, history schema 2, the
keyring username, notification memory, and a rename in settings.json that keeps all of them."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from seranking_tray.domain.account import (
    DEFAULT_USERNAME,
    AccountConfig,
    AccountId,
    KeySource,
    keyring_username,
)
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.readings import Reading
from seranking_tray.service.accounts import resolve_account
from seranking_tray.store.history import MIGRATIONS, HistoryStore, history_path
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import Settings, ensure_accounts, load_settings, save_settings, settings_path
from seranking_tray.store.state import NOTIFICATIONS, AppState, notification_memory
from tests.conftest import MemoryKeyring

from .conftest import RunCli

DAY = datetime(2026, 3, 10, 12, tzinfo=UTC)
KEY = "f" * 40


@pytest.fixture
def dirs(cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """This process and the CLI subprocess share the same private XDG dirs."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, cli_env[name])
    return cli_env


def write_settings(data: dict[str, object]) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")
    return path


def reading(at: datetime, balance: float, account: AccountConfig | None = None) -> Reading:
    label, uid = ("default", None) if account is None else (account.label, account.id)
    return Reading(label, at, at, balance, "USD", "subscription", False, "ok", uid)


def history_balances(run_cli: RunCli, env: dict[str, str], *args: str) -> list[tuple[str, str]]:
    proc = run_cli("history", "--csv", *args, env=env)
    assert proc.returncode == 0, proc.stderr
    rows = [line.split(",") for line in proc.stdout.splitlines()[1:]]
    return [(row[2], row[3]) for row in rows]


def write_version_1_history(path: Path, rows: list[tuple[str, int, float]]) -> None:
    """A history file as the previous version wrote it: schema 1, accounts known by label."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_version (version) VALUES (1)")
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        for label, ms, balance in rows:
            conn.execute("INSERT OR IGNORE INTO accounts (label) VALUES (?)", (label,))
            conn.execute(
                "INSERT INTO readings VALUES ((SELECT id FROM accounts WHERE label = ?), ?, ?, ?, 'USD', "
                "'subscription', 0, 'ok')",
                (label, ms, ms, balance),
            )
    conn.close()


# --- settings ------------------------------------------------------------------------------------------------


def test_an_installation_without_accounts_gets_one_default_account_with_a_stable_id(dirs: dict[str, str]) -> None:
    path = write_settings({"low_balance_threshold": 25, "from_a_newer_version": [1, 2]})
    migrated = ensure_accounts(load_settings())
    assert migrated.warnings == ()
    (account,) = migrated.settings.accounts
    assert account.label == "default"
    assert account.id and account.id != account.label
    # Written back at once: the next load (and a save after it) keeps the same id, and the rest of the file.
    again = ensure_accounts(load_settings())
    assert again.settings.accounts == (account,)
    save_settings(again.settings)
    reloaded = load_settings().settings
    assert reloaded.accounts == (account,)
    assert reloaded.low_balance_threshold == 25
    assert reloaded.extra == {"from_a_newer_version": [1, 2]}
    assert json.loads(path.read_text("utf-8"))["accounts"] == [{"id": account.id, "label": "default"}]


def test_no_settings_file_migrates_too_and_a_second_run_finds_the_same_id(dirs: dict[str, str]) -> None:
    first = ensure_accounts(load_settings()).settings.first_account
    assert settings_path().exists()
    assert ensure_accounts(load_settings()).settings.first_account == first


def test_an_unwritable_settings_file_is_not_replaced(dirs: dict[str, str]) -> None:
    path = settings_path()
    path.mkdir(parents=True)  # a directory where the file should be: it cannot be read, and is left alone
    loaded = ensure_accounts(load_settings())
    assert len(loaded.settings.accounts) == 1
    assert path.is_dir()
    assert len(loaded.warnings) == 1 and "Cannot read" in loaded.warnings[0].english()


def test_accounts_without_an_id_are_ignored_with_a_warning() -> None:
    from seranking_tray.store.settings import parse_settings

    loaded = parse_settings({"accounts": [{"label": "x"}, {"id": "a1", "label": "ok", "colour": "red"}, "junk"]})
    assert [(a.id, a.label) for a in loaded.settings.accounts] == [("a1", "ok")]
    assert len(loaded.warnings) == 2
    assert loaded.settings.to_json()["accounts"] == [{"id": "a1", "label": "ok", "colour": "red"}]  # kept


# --- keyring username ----------------------------------------------------------------------------------------


def test_the_first_account_keeps_the_old_keyring_username_later_ones_use_their_id() -> None:
    first, second = AccountConfig(AccountId("aa11"), "default"), AccountConfig(AccountId("bb22"), "default")
    assert keyring_username(first, first=True) == DEFAULT_USERNAME == "project-api-key"
    assert keyring_username(second, first=False) == "project-api-key:bb22"
    renamed = AccountConfig(AccountId("bb22"), "agency")
    assert keyring_username(renamed, first=False) == keyring_username(second, first=False)


def test_resolve_account_looks_up_each_account_under_its_own_username(memory_keyring: MemoryKeyring) -> None:
    first, second = AccountConfig(AccountId("aa11"), "one"), AccountConfig(AccountId("bb22"), "two")
    settings = Settings(accounts=(first, second))
    KeyStore(DEFAULT_USERNAME).set(ApiKey("a" * 40))
    KeyStore("project-api-key:bb22").set(ApiKey("b" * 40))
    got = resolve_account(settings, {}, account=second)
    assert (got.id, got.label, got.key, got.key_source) == ("bb22", "two", ApiKey("b" * 40), KeySource.KEYRING)
    assert resolve_account(settings, {}).key == ApiKey("a" * 40)  # the first by default


# --- history -------------------------------------------------------------------------------------------------


def test_history_migration_2_gives_the_old_rows_to_the_first_account(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    ms = int(DAY.timestamp() * 1000)
    write_version_1_history(path, [("default", ms, 100.0), ("default", ms + 60_000, 99.0), ("agency", ms, 5.0)])
    first = AccountId("f1rst")
    with HistoryStore.open(path, first_account=first) as store:
        assert store.schema_version() == 4  # issue 14 adds migrations 3 (readings per meter) and 4 (credits' limit)
        assert {r.meter for r in store.readings()} == {"project"}  # the old rows are the balance's
        assert [(r.account, r.balance, r.account_id) for r in store.readings(first)] == [
            ("default", 100.0, first),
            ("default", 99.0, first),
        ]
        assert [r.balance for r in store.readings()] == [5.0, 100.0, 99.0]  # nothing lost
        assert store.take_warnings() == ()
    with HistoryStore.open(path) as store:  # adopted for good, not only while told
        assert len(store.readings(first)) == 2


def test_a_rename_moves_no_history_and_a_new_account_with_a_taken_label_gets_its_own(tmp_path: Path) -> None:
    one = AccountConfig(AccountId("id-1"), "work")
    with HistoryStore.open(tmp_path / "h.sqlite3") as store:
        store.record(reading(DAY, 10.0, one))
        store.record(reading(DAY + timedelta(days=1), 9.0, AccountConfig(one.id, "office")))
        store.record(reading(DAY, 50.0, AccountConfig(AccountId("id-2"), "office")))  # the label is taken
        assert [(r.account, r.balance) for r in store.readings(one.id)] == [("office", 10.0), ("office", 9.0)]
        assert [r.balance for r in store.readings(AccountId("id-2"))] == [50.0]


# --- the acceptance test: a rename keeps history, key and notification memory ---------------------------------


def test_changing_an_account_label_keeps_its_history_keyring_entry_and_notification_memory(
    dirs: dict[str, str], run_cli: RunCli, memory_keyring: MemoryKeyring
) -> None:
    account = AccountConfig(AccountId("9c1d2e3f4a5b"), "work")
    path = write_settings({"accounts": [{"id": account.id, "label": account.label}]})
    settings = load_settings().settings
    KeyStore(keyring_username(account, first=True)).set(ApiKey(KEY))
    with HistoryStore.open(first_account=account.id) as store:
        store.record_many([reading(DAY, 100.0, account), reading(DAY + timedelta(days=1), 90.0, account)])
    notification_memory(AppState(), account.id, inherit=True)["last_announced"] = "low_balance"

    data = json.loads(path.read_text("utf-8"))
    data["accounts"][0]["label"] = "office"
    path.write_text(json.dumps(data), "utf-8")

    settings = ensure_accounts(load_settings()).settings
    renamed = settings.first_account
    assert (renamed.id, renamed.label) == (account.id, "office")
    resolved = resolve_account(settings, {})
    assert (resolved.key, resolved.key_source, resolved.label) == (ApiKey(KEY), KeySource.KEYRING, "office")
    with HistoryStore.open(first_account=renamed.id) as store:
        assert [r.balance for r in store.readings(renamed.id)] == [100.0, 90.0]
    assert notification_memory(AppState(), renamed.id, inherit=True)["last_announced"] == "low_balance"
    # The CLI finds it by the new label (and by id), shows the new label, and says so for the old one.
    env = dict(dirs)
    env.pop("SERANKING_API_KEY")
    assert history_balances(run_cli, env, "--account", "office") == [("office", "100.0"), ("office", "90.0")]
    assert history_balances(run_cli, env, "--account", account.id) == [("office", "100.0"), ("office", "90.0")]
    assert history_balances(run_cli, env) == [("office", "100.0"), ("office", "90.0")]
    proc = run_cli("history", "--account", "work", env=env)
    assert proc.returncode == 3
    assert proc.stdout == ""
    assert "no account 'work'" in proc.stderr and "office" in proc.stderr


def test_an_installation_from_the_previous_version_keeps_key_settings_history_and_notification_memory(
    dirs: dict[str, str], run_cli: RunCli, memory_keyring: MemoryKeyring
) -> None:
    write_settings({"low_balance_threshold": 42, "running_low_days": 3})
    KeyStore().set(ApiKey(KEY))  # where every earlier version kept it
    ms = int(DAY.timestamp() * 1000)
    write_version_1_history(history_path(), [("default", ms, 77.0), ("default", ms + 3_600_000, 76.0)])
    snooze = (DAY + timedelta(days=3650)).isoformat()
    state_file = Path(dirs["XDG_STATE_HOME"]) / "seranking-tray" / "state.json"
    state_file.parent.mkdir(parents=True, exist_ok=True)
    old_memory = {"last_announced": "expired", "snooze_until": snooze}
    state_file.write_text(json.dumps({NOTIFICATIONS: old_memory, "setup_prompted": True}), "utf-8")

    settings = ensure_accounts(load_settings()).settings
    account = settings.first_account
    assert (settings.low_balance_threshold, settings.running_low_days, account.label) == (42, 3, "default")
    resolved = resolve_account(settings, {})
    assert (resolved.key, resolved.keyring_username) == (ApiKey(KEY), DEFAULT_USERNAME)
    with HistoryStore.open(first_account=account.id) as store:
        assert [r.balance for r in store.readings(account.id)] == [77.0, 76.0]
    state = AppState()
    memory = notification_memory(state, account.id, inherit=True)
    assert dict(memory) == {"last_announced": "expired"}  # the snooze stays global
    assert state.get(NOTIFICATIONS) == old_memory  # copied, not moved: a downgrade still finds it
    assert AppState().get(f"{NOTIFICATIONS}/{account.id}") == {"last_announced": "expired"}  # saved
    env = dict(dirs)
    env.pop("SERANKING_API_KEY")
    assert history_balances(run_cli, env, "--account", "default") == [("default", "77.0"), ("default", "76.0")]
