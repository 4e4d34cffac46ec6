"""The Project API key in the OS keyring (through `keyring`), or from the environment.

Lessons from tray apps that went before (maestral, vorta): a missing Secret Service must not crash, a locked
keyring gets its own message, and there is never a silent fallback to a plaintext file.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from seranking_tray.domain.account import DEFAULT_USERNAME, ENV_KEY
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ConfigError
from seranking_tray.domain.phrases import QT_TRANSLATE_NOOP, Words
from seranking_tray.domain.sentence import Sentence
from seranking_tray.system.threads import Abandoned, call_in_daemon

SERVICE = "seranking-tray"
# A Secret Service stuck behind an unlock prompt would otherwise block the caller for ever.
KEYRING_TIMEOUT = 10.0

T = TypeVar("T")


def reads_secret_service_directly(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a key is first looked up in the Secret Service without `keyring` (see store/secret_service.py).

    Only where keyring would pick the Secret Service itself: Linux, and no backend chosen by the user through
    PYTHON_KEYRING_BACKEND or keyring's configuration file (keyring then decides, as it always did).
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("PYTHON_KEYRING_BACKEND"):
        return False
    config_home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return not (config_home / "python_keyring" / "keyringrc.cfg").exists()


def keyring_lacks_secret_service() -> bool:
    """The Linux bundle leaves SecretStorage (and cryptography) out: keyring has no Secret Service backend there, so
    this package writes, deletes and unlocks through store/secret_service.py itself."""
    return importlib.util.find_spec("secretstorage") is None


def key_from_environment(environ: dict[str, str] | None = None) -> ApiKey | None:
    value = (os.environ if environ is None else environ).get(ENV_KEY, "").strip()
    return ApiKey(value) if value else None


class NoKeyringAvailable(ConfigError):
    """No keyring backend at all (as opposed to one that is locked or failing): nothing can be stored."""


# What the keyring was doing when it failed: phrases inside the messages below.
OPENING = Sentence(QT_TRANSLATE_NOOP("Words", "opening the keyring"))
READING = Sentence(QT_TRANSLATE_NOOP("Words", "reading the API key"))
SAVING = Sentence(QT_TRANSLATE_NOOP("Words", "saving the key"))
REMOVING = Sentence(QT_TRANSLATE_NOOP("Words", "removing the API key"))
LOCKED = Sentence(QT_TRANSLATE_NOOP("Words", "The keyring is locked; unlock it and try again."))


def _with_timeout(action: Callable[[], T], what: Sentence) -> T:
    try:
        return call_in_daemon(action, KEYRING_TIMEOUT, name="keyring")
    except Abandoned:
        raise ConfigError(
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "The keyring did not answer within {seconds} s while {what}; is it locked?"),
                seconds=f"{KEYRING_TIMEOUT:.0f}",
                what=what,
            )
        ) from None
    except Exception as exc:
        raise _explain(exc, what) from None


def _explain(exc: BaseException, what: Sentence) -> BaseException:
    from keyring import errors

    if isinstance(exc, errors.NoKeyringError):
        return NoKeyringAvailable(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "Words",
                    "No keyring is available to hold the API key (no Secret Service, KWallet, Keychain or Credential "
                    "Manager was found). Set {variable} instead, or start a keyring service.",
                ),
                variable=ENV_KEY,
            )
        )
    if isinstance(exc, errors.KeyringLocked):
        return ConfigError(
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "The keyring is locked; unlock it and try again ({what})."), what=what
            )
        )
    if isinstance(exc, errors.InitError):
        # SecretService says "Prompt dismissed" when the collection is locked and nobody can unlock it.
        return ConfigError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "Words", "The keyring could not be opened ({what}); it may be locked. Unlock it and try again."
                ),
                what=what,
            )
        )
    if isinstance(exc, errors.KeyringError):
        return ConfigError(
            Sentence.of(
                QT_TRANSLATE_NOOP("Words", "The keyring failed while {what} ({error})."),
                what=what,
                error=type(exc).__name__,
            )
        )
    return exc


class KeyStore:
    """One account's key in the keyring. `keyring` is imported on first use: it costs start-up time."""

    def __init__(self, username: str = DEFAULT_USERNAME) -> None:
        self.username = username

    @staticmethod
    def _backend() -> Any:
        import keyring
        from keyring.backends import fail
        from keyring.errors import NoKeyringError

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            raise _explain(NoKeyringError(), OPENING)
        if "plaintext" in type(backend).__name__.lower() or type(backend).__module__.startswith("keyrings.alt"):
            raise ConfigError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "Words",
                        "The keyring backend {backend} stores secrets unencrypted; "
                        "SE Ranking Tray will not keep the key there.",
                    ),
                    backend=type(backend).__name__,
                )
            )
        return backend

    def backend_name(self) -> str:
        if self._own_secret_service():
            from seranking_tray.store import secret_service

            if secret_service.answers(KEYRING_TIMEOUT):
                return "Secret Service (org.freedesktop.secrets)"
        try:
            backend = _with_timeout(self._backend, OPENING)
        except ConfigError as exc:
            return Words.tr("unavailable — {why}").format(why=exc.in_words())
        name = getattr(backend, "name", None) or type(backend).__name__
        return str(name)

    def _own_secret_service(self) -> bool:
        """Whether this package talks to the Secret Service itself for every operation (the Linux bundle)."""
        return reads_secret_service_directly() and keyring_lacks_secret_service()

    def get(self) -> ApiKey | None:
        def read() -> str | None:
            if reads_secret_service_directly():
                # Function-level imports: jeepney stays off the paths that never read the keyring.
                from seranking_tray.store import secret_service

                attributes = {"service": SERVICE, "username": self.username}
                if self._own_secret_service():
                    with contextlib.suppress(secret_service.SecretServiceUnavailable):
                        return _unlocked(lambda: secret_service.find_secret(attributes, KEYRING_TIMEOUT))
                else:
                    found = secret_service.read_secret(attributes, KEYRING_TIMEOUT)
                    if found is not None:
                        return found
            value: str | None = self._backend().get_password(SERVICE, self.username)
            return value

        value = _with_timeout(read, READING)
        return ApiKey(value) if value and value.strip() else None

    def set(self, key: ApiKey) -> None:
        def store() -> None:
            if self._own_secret_service():
                from seranking_tray.store import secret_service

                secret = key.reveal()
                if _unlocked(lambda: secret_service.store_secret(SERVICE, self.username, secret, KEYRING_TIMEOUT)):
                    return
            self._backend().set_password(SERVICE, self.username, key.reveal())

        _with_timeout(store, SAVING)

    def delete(self) -> None:
        def remove() -> None:
            if self._own_secret_service():
                from seranking_tray.store import secret_service

                if _unlocked(lambda: secret_service.delete_secret(SERVICE, self.username, KEYRING_TIMEOUT)):
                    return
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):  # nothing stored: already gone
                self._backend().delete_password(SERVICE, self.username)

        _with_timeout(remove, REMOVING)


def _unlocked(action: Callable[[], T]) -> T:
    """Runs a Secret Service operation of this package's own; a collection that stays locked is said as keyring's
    KeyringLocked would be."""
    from seranking_tray.store import secret_service

    try:
        return action()
    except secret_service.SecretServiceLocked:
        raise ConfigError(LOCKED) from None
