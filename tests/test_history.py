"""The SQLite balance history: schema and migrations, WAL, compaction, several accounts, damage handling."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from seranking_tray.domain.account import AccountConfig, AccountId
from seranking_tray.domain.readings import Reading, current_currency_samples, samples
from seranking_tray.store.history import MIGRATIONS, HistoryStore

REPO_ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 1, 1, tzinfo=UTC)
STEP = timedelta(minutes=15)
DEFAULT = AccountConfig(AccountId("default"), "default")


def reading(
    at: datetime, balance: float, account: str = "default", currency: str = "USD", health: str = "ok"
) -> Reading:
    # Keyed by id; the tests use the label as the id too, so each account is one name.
    return Reading(account, at, at, balance, currency, "subscription", False, health, AccountId(account))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


def row_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM readings").fetchone()[0])


# --- schema, WAL ---------------------------------------------------------------------------------------------


def test_a_new_file_is_created_at_the_latest_version_in_wal_mode(path: Path) -> None:
    with HistoryStore.open(path) as store:
        assert store.available
        assert store.schema_version() == len(MIGRATIONS)
        assert store.record(reading(T0, 100))
        # WAL: the write went to the journal beside the file, and a second connection reads it meanwhile.
        assert path.with_name(path.name + "-wal").exists()
        with sqlite3.connect(path) as other:
            assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert other.execute("SELECT balance FROM readings").fetchall() == [(100.0,)]
        assert store.take_warnings() == ()


def test_round_trip_keeps_every_field_and_utc_times(path: Path) -> None:
    local = datetime(2026, 3, 1, 12, 30, 15, 250000, tzinfo=UTC).astimezone()
    sent = Reading("agency", local, local, 1234.56, "EUR", "manual", None, "running_low", AccountId("a7"))
    with HistoryStore.open(path) as store:
        store.record(sent)
        (got,) = store.readings()
    assert got == sent
    assert got.at.utcoffset() == timedelta(0)
    assert store.last_reading(AccountId("a7")) == sent
    assert HistoryStore.open(path).last_reading(AccountId("nobody")) is None


def test_migrations_upgrade_an_older_file_in_one_transaction(path: Path) -> None:
    with HistoryStore.open(path) as store:  # version 1
        store.record(reading(T0, 100))
    added_column = ("ALTER TABLE readings ADD COLUMN note TEXT", "UPDATE readings SET note = 'migrated'")
    with HistoryStore.open(path, migrations=(*MIGRATIONS, added_column)) as store:
        assert store.schema_version() == len(MIGRATIONS) + 1
        assert [r.balance for r in store.readings()] == [100.0]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT note FROM readings").fetchall() == [("migrated",)]


def test_a_failing_migration_changes_nothing(path: Path) -> None:
    with HistoryStore.open(path) as store:
        store.record(reading(T0, 100))
    broken = ("CREATE TABLE extra (x)", "INSERT INTO no_such_table VALUES (1)")
    before = path.read_bytes()
    store = HistoryStore.open(path, migrations=(*MIGRATIONS, broken))
    assert not store.available
    assert not store.record(reading(T0 + STEP, 90))  # the app keeps working without history
    (warning,) = (w.english() for w in store.take_warnings())
    assert "no_such_table" in warning
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(len(MIGRATIONS),)]
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchall() == []
    with HistoryStore.open(path) as store:
        assert [r.balance for r in store.readings()] == [100.0]
    assert list(path.parent.glob("*.corrupt-*")) == []
    assert len(before) > 0


def test_a_file_from_a_newer_version_is_left_alone(path: Path) -> None:
    with HistoryStore.open(path) as store:
        store.record(reading(T0, 100))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    store = HistoryStore.open(path)
    assert not store.available
    assert store.readings() == []
    assert not store.record(reading(T0 + STEP, 90))
    (warning,) = (w.english() for w in store.take_warnings())
    assert "newer version" in warning
    assert store.take_warnings() == ()  # said once
    assert list(path.parent.glob("*.corrupt-*")) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM readings").fetchone() == (1,)


# --- compaction and accounts ---------------------------------------------------------------------------------


def test_unchanged_readings_are_compacted_to_their_first_and_last(path: Path) -> None:
    with HistoryStore.open(path) as store:
        for i in range(10 * 96):  # ten days every 15 minutes, nothing changing
            store.record(reading(T0 + i * STEP, 500))
        store.record(reading(T0 + 960 * STEP, 480))
        store.record(reading(T0 + 961 * STEP, 480))
        store.record(reading(T0 + 962 * STEP, 500))  # back to an earlier value: a new run, not the old one
        store.record(reading(T0 + 963 * STEP, 500, health="running_low"))  # another state is a change too
        got = store.readings()
    assert [(r.at, r.last_seen, r.balance, r.health) for r in got] == [
        (T0, T0 + 959 * STEP, 500.0, "ok"),
        (T0 + 960 * STEP, T0 + 961 * STEP, 480.0, "ok"),
        (T0 + 962 * STEP, T0 + 962 * STEP, 500.0, "ok"),
        (T0 + 963 * STEP, T0 + 963 * STEP, 500.0, "running_low"),
    ]
    assert row_count(path) == 4


def test_accounts_share_the_file_and_compact_separately(path: Path) -> None:
    with HistoryStore.open(path) as store:
        for i in range(4):
            store.record(reading(T0 + i * STEP, 100, account="default"))
            store.record(reading(T0 + i * STEP, 200 - i, account="agency"))
        assert store.accounts() == ["agency", "default"]
        assert [r.balance for r in store.readings(AccountId("default"))] == [100.0]
        assert [r.balance for r in store.readings(AccountId("agency"))] == [200.0, 199.0, 198.0, 197.0]
        assert len(store.readings()) == 5
        assert store.readings(AccountId("nobody")) == []


def test_two_writers_at_once(path: Path) -> None:
    # The tray app and `seranking-tray status` may both record: each write is one locked transaction.
    first, second = HistoryStore.open(path), HistoryStore.open(path)
    for i in range(20):
        (first if i % 2 else second).record(reading(T0 + i * STEP, 100 if i < 10 else 90))
    assert [(r.at, r.last_seen, r.balance) for r in first.readings()] == [
        (T0, T0 + 9 * STEP, 100.0),
        (T0 + 10 * STEP, T0 + 19 * STEP, 90.0),
    ]
    first.close()
    second.close()


def test_since_and_until(path: Path) -> None:
    with HistoryStore.open(path) as store:
        store.record_many(reading(T0 + i * timedelta(days=1), 100 - i) for i in range(10))
        assert [r.balance for r in store.readings(since=T0 + timedelta(days=7))] == [93.0, 92.0, 91.0]
        assert [r.balance for r in store.readings(until=T0 + timedelta(days=2))] == [100.0, 99.0]


def test_a_run_that_began_before_the_window_starts_at_its_edge() -> None:
    run = Reading("default", T0, T0 + timedelta(days=10), 50, "USD", "subscription", False, "ok")
    since = T0 + timedelta(days=4)
    assert [(s.at, s.balance) for s in samples([run], since)] == [(since, 50), (T0 + timedelta(days=10), 50)]
    assert [(s.at, s.balance) for s in samples([run])] == [(T0, 50), (T0 + timedelta(days=10), 50)]


def test_only_the_latest_currency_is_forecast() -> None:
    old = [reading(T0 + i * timedelta(hours=1), 9000 - 100 * i, currency="RUB") for i in range(5)]
    new = [reading(T0 + timedelta(hours=5 + i), 100 - i) for i in range(5)]
    assert [s.balance for s in current_currency_samples(old + new)] == [100, 99, 98, 97, 96]


def test_a_year_of_changing_readings_stays_small(path: Path) -> None:
    # The worst case for compaction: the balance changes at every 15-minute check for a year.
    with HistoryStore.open(path) as store:
        store.record_many(reading(T0 + i * STEP, 100000 - i * 0.37) for i in range(365 * 96))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert row_count(path) == 365 * 96
    assert path.stat().st_size < 5 * 1024 * 1024


def test_restore_gives_the_last_reading_and_its_forecast(path: Path) -> None:
    with HistoryStore.open(path) as store:
        assert store.restore(AccountId("default")) is None
        store.record_many(reading(T0 + i * timedelta(hours=1), 100 - i / 24) for i in range(24 * 5 + 1))
        now = T0 + timedelta(days=5, hours=3)
        restored = store.restore(AccountId("default"), now)
        assert restored is not None
        assert restored.reading.balance == 95.0
        assert restored.forecast.daily_spend is not None and abs(restored.forecast.daily_spend - 1) < 0.01
        assert restored.forecast.days_left is not None
        assert abs(restored.forecast.days_left - (95 - 3 / 24)) < 0.1  # counted from now, three hours later


# --- damage --------------------------------------------------------------------------------------------------


def test_a_corrupt_file_is_moved_aside_and_a_new_one_started(path: Path) -> None:
    path.parent.mkdir(parents=True)
    garbage = b"this is not an SQLite database\n" * 200
    path.write_bytes(garbage)
    path.with_name(path.name + "-wal").write_bytes(b"stale journal")  # must not confuse the new file
    store = HistoryStore.open(path)
    (warning,) = (w.english() for w in store.take_warnings())
    (aside,) = path.parent.glob("history.sqlite3.corrupt-*[0-9TZ]")
    assert aside.read_bytes() == garbage
    assert aside.name in warning
    assert store.record(reading(T0, 42))
    assert [r.balance for r in store.readings()] == [42.0]
    assert store.take_warnings() == ()  # said once
    store.close()
    with HistoryStore.open(path) as again:
        assert again.take_warnings() == ()
        assert [r.balance for r in again.readings()] == [42.0]


def test_damage_found_while_reading_is_handled_the_same_way(path: Path) -> None:
    with HistoryStore.open(path) as store:
        store.record_many(reading(T0 + i * STEP, 5000 - i * 0.1) for i in range(3000))
    data = bytearray(path.read_bytes())
    data[3 * 4096 : 6 * 4096] = bytes(range(256)) * 48  # pages past the schema: opening still works
    path.write_bytes(bytes(data))
    store = HistoryStore.open(path)
    assert store.take_warnings() == ()
    assert store.readings() == []  # the query hit the damage: moved aside, fresh file
    (warning,) = (w.english() for w in store.take_warnings())
    assert "malformed" in warning
    assert len(list(path.parent.glob("history.sqlite3.corrupt-*"))) == 1
    assert store.record(reading(T0, 1.0))
    assert len(store.readings()) == 1


def test_an_unopenable_path_is_moved_aside(path: Path) -> None:
    path.mkdir(parents=True)  # a directory where the file should be
    store = HistoryStore.open(path)
    assert len(store.take_warnings()) == 1
    assert store.record(reading(T0, 7.0))
    assert path.is_file()
    assert len([p for p in path.parent.glob("history.sqlite3.corrupt-*") if p.is_dir()]) == 1


def test_when_nothing_can_be_done_the_store_is_off_but_harmless(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the data directory should be")
    store = HistoryStore.open(blocker / "history.sqlite3")
    assert not store.available
    assert not store.record(reading(T0, 1.0))
    assert store.readings() == []
    assert store.forecast(AccountId("default")).daily_spend is None
    assert len(store.take_warnings()) == 1


def test_in_memory_store(tmp_path: Path) -> None:
    store = HistoryStore.in_memory()
    assert store.record(reading(T0, 3.0))
    assert [r.balance for r in store.readings()] == [3.0]
    assert list(tmp_path.iterdir()) == []


def test_the_reading_values_do_not_load_sqlite() -> None:
    """The GUI imports the view (which names Reading) on its way to the first icon: sqlite3 must wait for the
    store, which the GUI imports after the icon (tests/test_import_budget.py pins the whole icon path)."""
    script = textwrap.dedent(
        """
        import sys
        import seranking_tray.domain.readings, seranking_tray.domain.account_view
        import seranking_tray.domain.forecast, seranking_tray.domain.health
        import seranking_tray.gui.presentation
        print("sqlite3" in sys.modules)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
