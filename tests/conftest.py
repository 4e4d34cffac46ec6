"""Shared fixtures: a loopback fake SE Ranking API and the CLI run as a subprocess in a private home."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from harness.faults import FakeSeRanking
from seranking_tray.api.rate import LIMIT, set_limit

# Once for the whole suite, before any test module imports Qt; real-desktop tests give their apps xcb explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Variables of the developer's own session that could leak into a CLI run and change what it does.
_SCRUBBED_ENV = (
    "SERANKING_API_KEY",
    "SERANKING_API_URL",
    "PYTHON_KEYRING_BACKEND",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
    "DBUS_SESSION_BUS_ADDRESS",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)

CLI_TIMEOUT = 60.0


@pytest.fixture(autouse=True)
def _no_rate_limit() -> Iterator[None]:
    """In-process tests check faster than the API's 5 requests a second allow (short deadlines, many checks in a
    row), so the per-key limiter is off unless a test asks for it (`rate_limited`). CLI and app subprocesses
    always have it."""
    set_limit(0)
    yield
    set_limit(LIMIT)


@pytest.fixture
def rate_limited() -> None:
    """The API's limit in force, with nothing counted yet."""
    set_limit(LIMIT)


@pytest.fixture
def sentinel_key() -> str:
    """A Project-shaped key (40 hex characters) unique to the test, easy to search for in any output."""
    return secrets.token_hex(20)


@pytest.fixture
def fake_api(sentinel_key: str) -> Iterator[FakeSeRanking]:
    """A started fake API that accepts `sentinel_key`; stopped after the test."""
    with FakeSeRanking(sentinel_key) as fake:
        yield fake


def private_env(home: Path) -> dict[str, str]:
    """The current environment minus anything of the user's, with HOME and every XDG dir under `home`."""
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env["HOME"] = str(home)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["NO_PROXY"] = env["no_proxy"] = "*"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.fixture
def cli_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def cli_env(cli_home: Path, fake_api: FakeSeRanking, sentinel_key: str) -> dict[str, str]:
    """Environment for a CLI run against `fake_api` with the sentinel key (in the environment, never argv)."""
    env = private_env(cli_home)
    env["SERANKING_API_URL"] = fake_api.url
    env["SERANKING_API_KEY"] = sentinel_key
    return env


RunCli = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def run_cli(cli_home: Path) -> RunCli:
    """run_cli(*args, env=..., input=None) → the finished `python -m seranking_tray *args`."""

    def run(
        *args: str, env: dict[str, str], input: str | None = None, timeout: float = CLI_TIMEOUT
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "seranking_tray", *args],
            env=env,
            cwd=cli_home,
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# Real-desktop fixtures (desktop, desktop_session, desktop_artifacts): see harness/plugin.py.
# Every test using `sentinel_key` is checked for leaks of it: see tests/secret_hygiene.py.
# Any non-loopback connect or lookup, here or in a child, fails the test: see harness/loopback_plugin.py.
# pytester: tests of that plugin run small test sessions of their own.
pytest_plugins = ["harness.plugin", "harness.loopback_plugin", "tests.secret_hygiene", "pytester"]
