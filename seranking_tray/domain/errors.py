"""The ways a check can fail, as one exception type with a kind the UI and the CLI can act on."""

from __future__ import annotations

from enum import StrEnum

from seranking_tray.domain.sentence import Sentence, literal


class ErrorKind(StrEnum):
    CONFIG = "config"  # no key, bad URL, keyring unavailable: the user must act
    AUTH = "auth"  # 401/403: key rejected
    PAYMENT = "payment"  # 402
    RATE_LIMITED = "rate_limited"  # 429
    SERVER = "server"  # 5xx or an unexpected status
    TIMEOUT = "timeout"
    NETWORK = "network"  # DNS, refused, reset, TLS
    BAD_RESPONSE = "bad_response"  # a 2xx whose body we cannot use
    GONE = "gone"  # 404/410: the endpoint is not at this address (retired, or a wrong URL); not asked again

    @property
    def retryable(self) -> bool:
        return self in (ErrorKind.RATE_LIMITED, ErrorKind.SERVER, ErrorKind.TIMEOUT, ErrorKind.NETWORK)

    @property
    def pauses_refresh(self) -> bool:
        """Polling again cannot fix these; only a new key or the user's request can."""
        return self in (ErrorKind.AUTH, ErrorKind.PAYMENT, ErrorKind.CONFIG)


class CheckError(Exception):
    """A failure with a message fit for a person. Never carries the API key.

    The package passes a `Sentence` with a marked template: `message` is its English (the log, the CLI, the JSON,
    scripts that parse them), `in_words()` the user's language, rendered where it is shown."""

    def __init__(
        self,
        kind: ErrorKind,
        message: Sentence | str,
        *,
        status: int | None = None,
        endpoint: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.said = message if isinstance(message, Sentence) else literal(message)
        self.message = self.said.english()
        super().__init__(self.message)
        self.kind = kind
        self.status = status
        self.endpoint = endpoint
        self.retry_after = retry_after

    def in_words(self) -> str:
        """The message in the user's language."""
        return self.said.render()

    def __repr__(self) -> str:
        return f"CheckError({self.kind.value!r}, {self.message!r}, status={self.status!r})"


class ConfigError(CheckError):
    def __init__(self, message: Sentence | str) -> None:
        super().__init__(ErrorKind.CONFIG, message)
