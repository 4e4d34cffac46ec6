"""Logging set-up with a filter that keeps secrets out of every record, whatever a library logs."""

from __future__ import annotations

import logging
import re
import sys
import threading

_AUTH_HEADER = re.compile(r"(Authorization['\"]?\s*[:=]\s*['\"]?Token\s+)[^\s'\",}]+", re.IGNORECASE)
_TOKEN_QUERY = re.compile(r"([?&]token=)[^&\s]+", re.IGNORECASE)


class RedactingFilter(logging.Filter):
    """Replaces known secrets and anything shaped like an Authorization header in each record's text."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, secret: str) -> None:
        if secret:
            with self._lock:
                self._secrets.add(secret)

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = tuple(self._secrets)
        for secret in secrets:
            text = text.replace(secret, "<redacted>")
        text = _AUTH_HEADER.sub(r"\1<redacted>", text)
        return _TOKEN_QUERY.sub(r"\1<redacted>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, so a handler never formats the raw one.
            clean += "\n" + self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = clean, None
        return True


REDACTOR = RedactingFilter()


def setup_logging(debug: bool, handlers: list[logging.Handler] | None = None) -> None:
    """Warnings (or everything with --debug) to stderr, every handler behind the redacting filter."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    stream.setLevel(logging.DEBUG if debug else logging.WARNING)
    for handler in [stream, *(handlers or [])]:
        handler.addFilter(REDACTOR)
        root.addHandler(handler)
    # urllib3 logs every connection at DEBUG; useful with --debug, noise in the file otherwise.
    logging.getLogger("urllib3").setLevel(logging.DEBUG if debug else logging.WARNING)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
