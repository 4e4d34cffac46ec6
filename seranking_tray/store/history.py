"""The balance history: every successful check, kept in SQLite under the data dir (`history.sqlite3`).

* One `readings` table for every account; several share the file. An account is found by its id (`accounts.uid`,
  schema 2); its label is kept beside it only to name an account the settings no longer list. Rows from before ids
  (label "default", no uid) belong to the first account of the settings: the store is told its id when opened.
* Unchanged readings are compacted: a check that finds the same values as the account's latest row only moves
  that row's `last_seen`, so a row is a run of identical readings (its first and last time), and a year of
  15-minute refreshes of a balance that changes daily is a few hundred rows.
* Times are integer milliseconds since the Unix epoch (UTC): half the size of ISO text, and sortable.
* WAL journal, every write in one transaction (`BEGIN IMMEDIATE`, so the compaction's read-then-write cannot
  interleave with another process: the tray app and `seranking-tray status` may write at the same moment).
* A schema version table and ordered migrations, each applied in the transaction that records it.
* A corrupt or unreadable file is moved aside as `history.sqlite3.corrupt-<time>` (with its -wal and -shm) and a
  fresh one started; the reason is reported once through `take_warnings()`. Other trouble (disk full, a
  read-only file, a lock held too long) never stops a check: it is reported once and the store carries on.

The GUI imports this module after its first icon (gui.main's deferred import), so `sqlite3` costs the icon nothing.
The values (`Reading`, `Restored`) are in `domain.readings`; what a check means (forecast, assessment,
recording) is `service.monitor`'s, not the store's. A store may be shared by threads (the scheduler's checks of
several accounts): one lock serialises its one connection, and `close(final=True)` keeps a check that ends
after it from reopening the file.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from seranking_tray.domain.account import AccountId
from seranking_tray.domain.forecast import DEFAULT_WINDOW, Forecast, forecast
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP
from seranking_tray.domain.readings import Reading, Restored, current_currency_samples
from seranking_tray.domain.sentence import Sentence
from seranking_tray.store.history_sql import (
    MIGRATIONS,
    SELECT_READINGS,
    Migration,
    SchemaTooNew,
    adopt,
    migrate,
    read_version,
    reading_from_row,
    store_reading,
    to_ms,
    transaction,
)
from seranking_tray.system import paths
from seranking_tray.system.files import move_aside

log = logging.getLogger(__name__)
T = TypeVar("T")

HISTORY_FILE = "history.sqlite3"
BUSY_TIMEOUT = 5.0  # seconds to wait for another process's write before giving up on this one

# SQLite's primary result codes that mean "this file is not a usable database" (sqlite3.h).
_SQLITE_CORRUPT = 11
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
_UNUSABLE = frozenset({_SQLITE_CORRUPT, _SQLITE_CANTOPEN, _SQLITE_NOTADB})


def history_path() -> Path:
    return paths.data_dir() / HISTORY_FILE


class HistoryStore:
    """The history file, opened with `HistoryStore.open()`; never raises for a damaged file or a full disk."""

    def __init__(
        self,
        path: Path | None,
        *,
        migrations: Sequence[Migration] = MIGRATIONS,
        first_account: AccountId | None = None,
    ) -> None:
        """`path` None: in memory (the demo, tests). Prefer `open()`, which also opens the file.

        `first_account`: the settings' first account, which owns the rows recorded before accounts had ids."""
        self.path = path
        self._migrations = tuple(migrations)
        self._first_account = first_account
        self._conn: sqlite3.Connection | None = None
        self._warnings: list[Sentence] = []
        self._reported: set[str] = set()
        self._disabled = False
        self._closed = False  # close(final=True): for good, so a check thread ending late never reopens the file
        self._lock = threading.RLock()  # one connection, used by one thread at a time
        self._file: tuple[int, int] | None = None  # the (device, inode) of the file connected to

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        migrations: Sequence[Migration] = MIGRATIONS,
        first_account: AccountId | None = None,
    ) -> HistoryStore:
        store = cls(path or history_path(), migrations=migrations, first_account=first_account)
        store._ensure_open()
        return store

    @classmethod
    def in_memory(cls) -> HistoryStore:
        store = cls(None)
        store._ensure_open()
        return store

    # --- the public operations ------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._ensure_open() is not None

    def take_warnings(self) -> tuple[Sentence, ...]:
        """Problems since the last call, each kind said once per store: show or log them."""
        warnings, self._warnings = tuple(self._warnings), []
        return warnings

    def schema_version(self) -> int:
        def read(conn: sqlite3.Connection) -> int:
            return read_version(conn)

        return self._run(read, default=0)

    def record(self, reading: Reading) -> bool:
        """Store one check, compacted into the account's latest row when nothing changed. True when stored."""
        return self.record_many((reading,)) == 1

    def record_many(self, readings: Iterable[Reading]) -> int:
        """Store checks in time order in one transaction, compacted as they come; how many were stored."""
        items = list(readings)

        def write(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                for reading in items:
                    store_reading(conn, reading)
            return len(items)

        return self._run(write, default=0)

    def readings(
        self,
        account: AccountId | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        meter: str | None = None,
    ) -> list[Reading]:
        """Runs seen at or after `since` (by their last check) and begun before `until`, oldest first."""

        def read(conn: sqlite3.Connection) -> list[Reading]:
            query = SELECT_READINGS + " WHERE 1"
            params: list[Any] = []
            if account is not None:
                query += " AND a.uid = ?"
                params.append(account)
            if meter is not None:
                query += " AND r.meter = ?"
                params.append(meter)
            if since is not None:
                query += " AND r.last_seen >= ?"
                params.append(to_ms(since))
            if until is not None:
                query += " AND r.first_seen < ?"
                params.append(to_ms(until))
            query += " ORDER BY r.first_seen, a.label, r.meter DESC"
            return [reading_from_row(row) for row in conn.execute(query, params)]

        return self._run(read, default=[])

    def last_reading(self, account: AccountId, meter: str = "project") -> Reading | None:
        def read(conn: sqlite3.Connection) -> Reading | None:
            row = conn.execute(
                SELECT_READINGS + " WHERE a.uid = ? AND r.meter = ? ORDER BY r.first_seen DESC LIMIT 1",
                (account, meter),
            ).fetchone()
            return None if row is None else reading_from_row(row)

        return self._run(read, default=None)

    def forget(self, account: AccountId) -> int:
        """Delete an account's readings (`accounts remove --delete-history`); how many were deleted."""

        def write(conn: sqlite3.Connection) -> int:
            with transaction(conn):
                deleted = conn.execute(
                    "DELETE FROM readings WHERE account_id IN (SELECT id FROM accounts WHERE uid = ?)", (account,)
                ).rowcount
                conn.execute("DELETE FROM accounts WHERE uid = ?", (account,))
            return int(deleted)

        return self._run(write, default=0)

    def accounts(self) -> list[str]:
        def read(conn: sqlite3.Connection) -> list[str]:
            return [row[0] for row in conn.execute("SELECT label FROM accounts ORDER BY label")]

        return self._run(read, default=[])

    def forecast(
        self,
        account: AccountId,
        now: datetime | None = None,
        extra: Reading | None = None,
        window: timedelta = DEFAULT_WINDOW,
        meter: str = "project",
    ) -> Forecast:
        """The forecast from the account's recent readings of `meter`, plus `extra` (a check not stored yet)."""
        now = now or datetime.now(UTC)
        since = now - window
        recent = self.readings(account, since=since, meter=meter)
        if extra is not None:
            recent.append(extra)
        return forecast(current_currency_samples(recent, since), now, window=window)

    def restore(self, account: AccountId, now: datetime | None = None) -> Restored | None:
        """The account's last readings (balance, credits) and their forecasts; None when nothing is recorded."""
        reading, credits = self.last_reading(account), self.last_reading(account, "credits")
        if reading is None and credits is None:
            return None
        credits_forecast = None if credits is None else self.forecast(account, now, meter="credits")
        return Restored(reading, self.forecast(account, now), credits, credits_forecast)

    def close(self, final: bool = False) -> None:
        """Close the file; it is opened again when next used, unless `final`."""
        with self._lock:
            self._closed = self._closed or final
            self._drop()

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- opening, damage and trouble ---------------------------------------------------------------------

    def _ensure_open(self) -> sqlite3.Connection | None:
        with self._lock:
            return self._open_locked()

    def _open_locked(self) -> sqlite3.Connection | None:
        if self._conn is not None or self._disabled or self._closed:
            return self._conn
        try:
            self._conn = self._connect()
        except SchemaTooNew as exc:
            self._disable(exc.said)
        except sqlite3.Error as exc:
            if _unusable(exc) and self.path is not None and self._move_aside(exc):
                try:
                    self._conn = self._connect()
                except (sqlite3.Error, SchemaTooNew) as again:
                    self._disable(
                        Sentence.of(
                            QT_TRANSLATE_NOOP("Words", "Cannot start a new balance history at {path}: {error}"),
                            path=str(self.path),
                            error=str(again).rstrip("."),
                        )
                    )
            else:
                self._disable(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("Words", "Cannot open the balance history {path}: {error}"),
                        path=str(self.path),
                        error=str(exc).rstrip("."),
                    )
                )
        return self._conn

    def _connect(self) -> sqlite3.Connection:
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise sqlite3.OperationalError(f"cannot create {self.path.parent}: {exc.strerror}") from exc
            self._file = _identity(self.path)
        target = ":memory:" if self.path is None else str(self.path)
        # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE … COMMIT), also around DDL.
        # Not bound to the opening thread: the lock keeps it to one thread at a time.
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path is not None:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.info("The history is not in WAL mode (%s): the file system may not support it", mode)
                # NORMAL is safe with WAL (a power cut may lose the last check, never the file) and saves fsyncs.
                conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn, self._migrations)
            if self._first_account is not None and len(self._migrations) >= 2:
                adopt(conn, self._first_account)
        except BaseException:
            conn.close()
            raise
        return conn

    def _run(self, operation: Callable[[sqlite3.Connection], T], default: T) -> T:
        """Run `operation(conn)`; a damaged file is moved aside and the operation tried once on a fresh one."""
        with self._lock:
            return self._run_locked(operation, default)

    def _run_locked(self, operation: Callable[[sqlite3.Connection], T], default: T) -> T:
        for attempt in range(2):
            conn = self._ensure_open()
            if conn is None:
                return default
            try:
                return operation(conn)
            except sqlite3.Error as exc:
                if attempt == 0 and _unusable(exc) and self.path is not None:
                    self._drop()
                    if self._move_aside(exc):
                        continue
                    self._disable(
                        Sentence.of(
                            QT_TRANSLATE_NOOP("Words", "Cannot use the balance history {path}: {error}"),
                            path=str(self.path),
                            error=str(exc).rstrip("."),
                        )
                    )
                    return default
                self._warn_once(
                    type(exc).__name__ + str(exc),
                    Sentence.of(
                        QT_TRANSLATE_NOOP("Words", "The balance history could not be used: {error}"), error=str(exc)
                    ),
                )
                return default
        return default

    def _move_aside(self, reason: BaseException) -> bool:
        assert self.path is not None
        self._drop()
        current = _identity(self.path)
        if self._file is not None and current is not None and current != self._file:
            # Another store (the other accounts', or `status`) already moved the damaged file aside and started a
            # new one: moving that aside would lose its readings. Connect to it instead.
            return True
        try:
            # A journal left beside a new file would belong to the old one.
            aside = move_aside(self.path, companions=("-wal", "-shm"), missing_ok=True)
        except OSError as exc:
            log.info("Cannot move the damaged history %s aside: %s", self.path, exc.strerror)
            return False
        self._warn_once(
            "moved-aside",
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "Words",
                    "The balance history {path} could not be read ({reason}); it was kept as {aside} and a new one "
                    "started.",
                ),
                path=str(self.path),
                reason=str(reason),
                aside=aside.name,
            ),
        )
        return True

    def _disable(self, problem: Sentence) -> None:
        self._disabled = True
        self._warn_once(
            "disabled",
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "{problem}. Balance history is off until the app restarts."), problem=problem
            ),
        )

    def _warn_once(self, key: str, message: Sentence) -> None:
        if key in self._reported:
            return
        self._reported.add(key)
        # The caller shows it (take_warnings): logging it as a warning too would say it twice.
        log.info("%s", message.english())
        self._warnings.append(message)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _unusable(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _UNUSABLE
