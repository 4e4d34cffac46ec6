"""The rotating log file, opened by the tray app once its first icon is up (logging.handlers costs ~3 ms)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_BYTES = 1 << 20  # a tray app runs for months: cap the file, keep three old ones
LOG_FILE_BACKUPS = 3


LOG_FILE_NAME = "seranking-tray.log"


def log_file_handler(
    directory: Path, max_bytes: int = LOG_FILE_BYTES, backups: int = LOG_FILE_BACKUPS
) -> logging.Handler | None:
    """A size-capped rotating log file in `directory`, or None if it cannot be opened (never fatal).

    At most `max_bytes` a file (a record that would pass the cap starts a new one), `backups` old files kept.
    """
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            directory / LOG_FILE_NAME, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler
