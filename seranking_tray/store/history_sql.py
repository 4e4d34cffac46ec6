"""The history file's schema, its migrations and the SQL that reads and writes rows (used by `store.history`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from seranking_tray.domain.account import LEGACY_LABEL, AccountId
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.readings import Reading
from seranking_tray.domain.sentence import Sentence

# Each migration is a list of statements taking the schema from version i to i + 1; never edit a shipped one.
Migration = Sequence[str]
MIGRATIONS: tuple[Migration, ...] = (
    (
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE)",
        # WITHOUT ROWID: the primary key is the table's only b-tree, so there is no second index to store.
        """CREATE TABLE readings (
            account_id INTEGER NOT NULL REFERENCES accounts (id),
            first_seen INTEGER NOT NULL,  -- ms since the epoch, UTC: the first check with these values
            last_seen INTEGER NOT NULL,   -- the last check with the same values (compaction)
            balance REAL NOT NULL,
            currency TEXT NOT NULL,
            subscription_type TEXT,
            expired INTEGER,
            health TEXT NOT NULL,
            PRIMARY KEY (account_id, first_seen)
        ) WITHOUT ROWID""",
    ),
    (
        # The account's stable id; NULL for a row from before ids until its owner is known (`first_account`).
        "ALTER TABLE accounts ADD COLUMN uid TEXT",
        "CREATE UNIQUE INDEX accounts_uid ON accounts (uid)",
    ),
    (
        # Readings per meter ("project": the balance; "credits": the Data API credits left). The meter joins the
        # primary key, so the table is rebuilt (a WITHOUT ROWID table's key cannot be altered).
        """CREATE TABLE readings_v3 (
            account_id INTEGER NOT NULL REFERENCES accounts (id),
            meter TEXT NOT NULL DEFAULT 'project',
            first_seen INTEGER NOT NULL,
            last_seen INTEGER NOT NULL,
            balance REAL NOT NULL,
            currency TEXT NOT NULL,
            subscription_type TEXT,
            expired INTEGER,
            health TEXT NOT NULL,
            PRIMARY KEY (account_id, meter, first_seen)
        ) WITHOUT ROWID""",
        "INSERT INTO readings_v3 (account_id, meter, first_seen, last_seen, balance, currency, subscription_type, "
        "expired, health) SELECT account_id, 'project', first_seen, last_seen, balance, currency, "
        "subscription_type, expired, health FROM readings",
        "DROP TABLE readings",
        "ALTER TABLE readings_v3 RENAME TO readings",
    ),
    (
        # The credits' limit and expiry date (NULL for the balance), so their last reading is shown whole at start.
        "ALTER TABLE readings ADD COLUMN units_limit REAL",
        "ALTER TABLE readings ADD COLUMN expires_at INTEGER",
    ),
)

# What `reading_from_row` reads: one constant, so no query is built from values.
SELECT_READINGS = (
    "SELECT a.label, r.first_seen, r.last_seen, r.balance, r.currency, r.subscription_type, r.expired, r.health, "
    "a.uid, r.meter, r.units_limit, r.expires_at FROM readings r JOIN accounts a ON a.id = r.account_id"
)


class SchemaTooNew(Exception):
    """The file was written by a newer version of the app: leave it alone."""

    def __init__(self, said: Sentence) -> None:
        super().__init__(said.english())
        self.said = said


def to_ms(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("history times must be timezone-aware")
    return round(moment.timestamp() * 1000)


def from_ms(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock at once, so a compaction decided on a read cannot race another writer.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def read_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if exists is None:
        return 0
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return 0 if row is None else int(row[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> None:
    """Bring the file to the latest version; all steps and the new version number commit together or not at all."""
    target = len(migrations)
    if read_version(conn) == target:  # the common case, without taking the write lock
        return
    with transaction(conn):
        version = read_version(conn)  # again, under the lock: another process may have migrated meanwhile
        if version > target:
            raise SchemaTooNew(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "Words",
                        "The balance history was written by a newer version of SE Ranking Tray (schema {version}, "
                        "this version knows {known}); it is left as it is",
                    ),
                    version=str(version),
                    known=str(target),
                )
            )
        if version == 0:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        for statements in migrations[version:target]:
            for statement in statements:
                conn.execute(statement)
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (target,))


def adopt(conn: sqlite3.Connection, first_account: AccountId) -> None:
    """Give the rows of the account labelled "default" to the first account while that one has none: the rows
    recorded before accounts had ids (no uid), or a migrated account whose id was lost (settings.json rewritten
    without its `accounts`, so the migration ran again with a new id)."""
    query = "SELECT 1 FROM accounts WHERE label = ? AND NOT EXISTS (SELECT 1 FROM accounts WHERE uid = ?)"
    if conn.execute(query, (LEGACY_LABEL, first_account)).fetchone() is None:  # the common case, without a lock
        return
    with transaction(conn):
        conn.execute(
            "UPDATE accounts SET uid = ? WHERE label = ? AND NOT EXISTS (SELECT 1 FROM accounts WHERE uid = ?)",
            (first_account, LEGACY_LABEL, first_account),
        )


def store_reading(conn: sqlite3.Connection, reading: Reading) -> None:
    account_id = account_row(conn, reading)
    at, last, values = to_ms(reading.at), max(to_ms(reading.at), to_ms(reading.last_seen)), row_values(reading)
    latest = conn.execute(
        "SELECT first_seen, balance, currency, subscription_type, expired, health, units_limit, expires_at "
        "FROM readings "
        "WHERE account_id = ? AND meter = ? ORDER BY first_seen DESC LIMIT 1",
        (account_id, reading.meter),
    ).fetchone()
    if latest is not None and tuple(latest[1:]) == values and at >= latest[0]:
        conn.execute(
            "UPDATE readings SET last_seen = max(last_seen, ?) WHERE account_id = ? AND meter = ? AND first_seen = ?",
            (last, account_id, reading.meter, latest[0]),
        )
        return
    # The same millisecond twice (a clock stepped back): the later check wins.
    conn.execute(
        "INSERT OR REPLACE INTO readings (account_id, meter, first_seen, last_seen, balance, currency, "
        "subscription_type, expired, health, units_limit, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (account_id, reading.meter, at, last, *values),
    )


def account_row(conn: sqlite3.Connection, reading: Reading) -> int:
    """The account's row, made on its first reading; its label follows the settings' (a rename) when it is free."""
    label, uid = reading.account, reading.account_id
    if uid is None:
        row = conn.execute("SELECT id, label FROM accounts WHERE label = ?", (label,)).fetchone()
    else:
        row = conn.execute("SELECT id, label FROM accounts WHERE uid = ?", (uid,)).fetchone()
    taken = conn.execute("SELECT 1 FROM accounts WHERE label = ?", (label,)).fetchone() is not None
    if row is None:
        # Labels are unique in the table (schema 1); an account whose label is taken is named by its id there.
        cursor = conn.execute("INSERT INTO accounts (label, uid) VALUES (?, ?)", (uid if taken else label, uid))
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)
    if row[1] != label and not taken:
        conn.execute("UPDATE accounts SET label = ? WHERE id = ?", (label, row[0]))
    return int(row[0])


def row_values(reading: Reading) -> tuple[Any, ...]:
    """The columns that decide whether two checks are "unchanged", in the table's order."""
    expired = None if reading.expired is None else int(reading.expired)
    limit = None if reading.units_limit is None else float(reading.units_limit)
    expires = None if reading.expires_at is None else to_ms(reading.expires_at)
    return (
        float(reading.balance),
        reading.currency,
        reading.subscription_type,
        expired,
        reading.health,
        limit,
        expires,
    )


def reading_from_row(row: Sequence[Any]) -> Reading:
    label, first, last, balance, currency, subscription_type, expired, health, uid, meter, limit, expires = row
    return Reading(
        account=label,
        at=from_ms(first),
        last_seen=from_ms(last),
        balance=float(balance),
        currency=currency,
        subscription_type=subscription_type,
        expired=None if expired is None else bool(expired),
        health=health,
        account_id=None if uid is None else AccountId(uid),
        meter=meter,
        units_limit=None if limit is None else float(limit),
        expires_at=None if expires is None else from_ms(expires),
    )
