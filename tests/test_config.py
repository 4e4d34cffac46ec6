"""Settings file (XDG paths, round trip, damage handling, atomic writes), API URL rules and key resolution."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from seranking_tray.domain.account import (
    DEFAULT_API_URL,
    ENV_API_URL,
    ENV_KEY,
    AccountConfig,
    AccountId,
    KeySource,
    is_loopback_host,
    validate_api_url,
)
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.errors import ConfigError, ErrorKind
from seranking_tray.service.accounts import api_url_from, resolve_account
from seranking_tray.store import settings as config
from seranking_tray.store.keystore import KeyStore
from seranking_tray.store.settings import Settings, load_settings, parse_settings, save_settings
from seranking_tray.system import paths

# resolve_account needs the settings' account (an unmigrated Settings() has none).
ONE_ACCOUNT = Settings(accounts=(AccountConfig(AccountId("a1"), "default"),))
XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Private HOME and XDG dirs; returns the settings file's path."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in XDG:
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path / "xdg_config_home" / "seranking-tray" / "settings.json"


def write(path: Path, data: bytes | str | dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, dict):
        data = json.dumps(data)
    path.write_bytes(data.encode() if isinstance(data, str) else data)


# --- paths -----------------------------------------------------------------------------------------------


def test_xdg_dirs_are_honoured(xdg: Path, tmp_path: Path) -> None:
    assert paths.config_dir() == tmp_path / "xdg_config_home" / "seranking-tray"
    assert paths.data_dir() == tmp_path / "xdg_data_home" / "seranking-tray"
    assert paths.cache_dir() == tmp_path / "xdg_cache_home" / "seranking-tray"
    assert paths.state_dir() == tmp_path / "xdg_state_home" / "seranking-tray"
    assert config.settings_path() == xdg


def test_xdg_fallbacks_and_relative_values_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")  # invalid per the spec: ignored
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    assert paths.config_dir() == home / ".config" / "seranking-tray"
    assert paths.data_dir() == home / ".local" / "share" / "seranking-tray"
    assert paths.cache_dir() == home / ".cache" / "seranking-tray"
    assert paths.state_dir() == home / ".local" / "state" / "seranking-tray"


# --- load and save ---------------------------------------------------------------------------------------


def test_missing_file_gives_defaults_silently(xdg: Path) -> None:
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.warnings == ()
    assert not xdg.exists()


def test_defaults() -> None:
    s = Settings()
    assert (s.low_balance_threshold, s.connect_timeout, s.read_timeout, s.check_deadline) == (10.0, 5.0, 15.0, 30.0)
    assert s.api_url == ""


def test_round_trip(xdg: Path) -> None:
    settings = Settings(
        low_balance_threshold=25.5,
        refresh_interval=600,
        connect_timeout=3.0,
        read_timeout=7.5,
        check_deadline=20.0,
        api_url="https://api.example.test",
        icon_style="dark",
        notify_low_balance=False,
        notify_recovered=False,
        unreachable_grace_minutes=5,
    )
    save_settings(settings)
    assert xdg.is_file()
    loaded = load_settings()
    assert loaded.warnings == ()
    assert loaded.settings == settings
    # Human-readable: indented JSON, one setting per line.
    text = xdg.read_text(encoding="utf-8")
    assert '\n  "low_balance_threshold": 25.5' in text


def test_unknown_keys_preserved_on_save(xdg: Path) -> None:
    write(xdg, {"low_balance_threshold": 5, "from_the_future": {"a": [1, 2]}, "zzz": "kept"})
    loaded = load_settings()
    assert loaded.warnings == ()
    assert loaded.settings.low_balance_threshold == 5.0
    changed = Settings(**{**loaded.settings.__dict__, "low_balance_threshold": 50.0})
    save_settings(changed)
    data = json.loads(xdg.read_text(encoding="utf-8"))
    assert data["from_the_future"] == {"a": [1, 2]}
    assert data["zzz"] == "kept"
    assert data["low_balance_threshold"] == 50.0


def test_key_is_never_a_setting(xdg: Path) -> None:
    write(xdg, {"api_key": "0123456789abcdef0123456789abcdef01234567"})
    loaded = load_settings()
    assert not any("key" in name for name in Settings.__dataclass_fields__ if name != "extra")
    assert loaded.settings.extra == {"api_key": "0123456789abcdef0123456789abcdef01234567"}


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("low_balance_threshold", -5, 0.0),
        ("refresh_interval", 1, 60),
        ("refresh_interval", 10**7, 24 * 3600),
        ("connect_timeout", 0, 1.0),
        ("read_timeout", 0.1, 1.0),
        ("read_timeout", 1000, 120.0),
        ("check_deadline", 1, 5.0),
        ("check_deadline", 10**9, 300.0),
        ("unreachable_grace_minutes", -1, 0),
        ("check_deadline", 1e308, 300.0),
        ("check_deadline", 10**400, 300.0),
        ("refresh_interval", 10**400, 24 * 3600),  # a JSON integer beyond a float's range
    ],
)
def test_out_of_range_clamped_with_warning(xdg: Path, name: str, value: object, expected: float) -> None:
    write(xdg, {name: value})
    loaded = load_settings()
    got = getattr(loaded.settings, name)
    assert got == expected
    assert type(got) is type(getattr(Settings(), name))
    assert len(loaded.warnings) == 1
    assert name in loaded.warnings[0].english()
    assert "range" in loaded.warnings[0].english()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ('{"refresh_interval": Infinity}', "refresh_interval", 24 * 3600),
        ('{"check_deadline": -Infinity}', "check_deadline", 5.0),
        ('{"low_balance_threshold": Infinity}', "low_balance_threshold", 1e12),
    ],
)
def test_infinite_numbers_are_clamped_not_a_crash(xdg: Path, text: str, name: str, expected: float) -> None:
    write(xdg, text)
    loaded = load_settings()
    assert getattr(loaded.settings, name) == expected
    assert len(loaded.warnings) == 1
    assert name in loaded.warnings[0].english()


def test_in_range_values_give_no_warning(xdg: Path) -> None:
    write(xdg, {"refresh_interval": 60, "read_timeout": 1, "check_deadline": 300, "low_balance_threshold": 0})
    loaded = load_settings()
    assert loaded.warnings == ()
    assert loaded.settings.read_timeout == 1.0
    assert isinstance(loaded.settings.read_timeout, float)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("low_balance_threshold", "ten"),
        ("low_balance_threshold", None),
        ("refresh_interval", True),
        ("refresh_interval", [60]),
        ("read_timeout", {"s": 1}),
        ("notify_expired", 1),
        ("notify_low_balance", "yes"),
        ("api_url", 42),
        ("icon_style", "neon"),
        ("icon_style", 3),
        ("check_deadline", float("nan")),
    ],
)
def test_wrong_types_give_default_and_warning(xdg: Path, name: str, value: object) -> None:
    write(xdg, json.dumps({name: value, "connect_timeout": 2}))
    loaded = load_settings()
    assert getattr(loaded.settings, name) == getattr(Settings(), name)
    assert loaded.settings.connect_timeout == 2.0  # the good values are still used
    assert len(loaded.warnings) == 1
    assert name in loaded.warnings[0].english()


@pytest.mark.parametrize(
    "content",
    [
        b'{"low_balance_threshold": 5,',  # truncated JSON
        b"",  # empty
        b"[1, 2, 3]",  # not an object
        b'"settings"',
        b"null",
        b'{"api_url": "caf\xe9"}',  # not UTF-8
    ],
)
def test_corrupt_file_gives_defaults_warning_and_is_kept_aside(xdg: Path, content: bytes) -> None:
    write(xdg, content)
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert len(loaded.warnings) == 1
    assert "damaged" in loaded.warnings[0].english()
    asides = list(xdg.parent.glob("settings.json.corrupt-*"))
    assert len(asides) == 1
    assert asides[0].read_bytes() == content  # content intact
    assert str(asides[0]) in loaded.warnings[0].english()
    assert not xdg.exists()  # moved, not overwritten in place
    # Saving afterwards writes a fresh file and leaves the damaged copy alone.
    save_settings(loaded.settings)
    assert asides[0].read_bytes() == content
    assert load_settings().warnings == ()


def test_corrupt_twice_keeps_both_copies(xdg: Path) -> None:
    write(xdg, b"{first")
    load_settings()
    write(xdg, b"{second")
    load_settings()
    asides = sorted(p.read_bytes() for p in xdg.parent.glob("settings.json.corrupt-*"))
    assert asides == [b"{first", b"{second"]


def test_unreadable_file_gives_defaults_and_warning(xdg: Path) -> None:
    xdg.mkdir(parents=True)  # a directory where the file should be: reading fails with an OSError
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert len(loaded.warnings) == 1
    assert xdg.is_dir()


def test_save_is_atomic_and_leaves_no_temp_files(xdg: Path) -> None:
    save_settings(Settings(low_balance_threshold=1.0))
    save_settings(Settings(low_balance_threshold=2.0))
    assert [p.name for p in xdg.parent.iterdir()] == ["settings.json"]
    assert load_settings().settings.low_balance_threshold == 2.0


def test_failed_save_keeps_the_old_file(xdg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(low_balance_threshold=1.0))
    before = xdg.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        save_settings(Settings(low_balance_threshold=2.0))
    assert xdg.read_bytes() == before
    assert [p.name for p in xdg.parent.iterdir()] == ["settings.json"]


def test_parse_settings_directly() -> None:
    loaded = parse_settings({"notify_auth": False, "other": 1})
    assert loaded.settings.notify_auth is False
    assert loaded.settings.extra == {"other": 1}
    assert loaded.settings.to_json()["other"] == 1


# --- API URL ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api4.seranking.com", "https://api4.seranking.com"),
        ("https://api4.seranking.com/", "https://api4.seranking.com"),
        ("  https://api.seranking.com:8443/v1/ ", "https://api.seranking.com:8443/v1"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.1.2.3", "http://127.1.2.3"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("http://localhost:1234", "http://localhost:1234"),
        ("http://LOCALHOST", "http://LOCALHOST"),
    ],
)
def test_valid_api_urls(url: str, expected: str) -> None:
    assert validate_api_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://192.0.2.1",
        "http://api4.seranking.com",
        "http://10.0.0.1:8080",
        "http://127.0.0.1.evil.example",
        "http://localhost.evil.example",
        "http://[::2]",
        "ftp://api4.seranking.com",
        "api4.seranking.com",
        "https://",
        "https://user:pw@api4.seranking.com",
        "https://user@api4.seranking.com",
        "https://api4.seranking.com/?token=abc",
        "https://api4.seranking.com/#frag",
        "https://api4.seranking.com:99999",
        "",
    ],
)
def test_invalid_api_urls(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        validate_api_url(url)
    assert caught.value.kind is ErrorKind.CONFIG
    assert caught.value.message


def test_loopback_hosts() -> None:
    assert is_loopback_host("127.0.0.1")
    assert is_loopback_host("127.255.255.254")
    assert is_loopback_host("::1")
    assert is_loopback_host("localhost")
    assert not is_loopback_host("192.0.2.1")
    assert not is_loopback_host("example.com")


def test_api_url_precedence() -> None:
    assert api_url_from(Settings(), {}) == DEFAULT_API_URL
    assert api_url_from(Settings(api_url="https://a.example"), {}) == "https://a.example"
    env = {ENV_API_URL: "http://127.0.0.1:9"}
    assert api_url_from(Settings(api_url="https://a.example"), env) == "http://127.0.0.1:9"
    assert api_url_from(Settings(api_url="https://a.example"), {ENV_API_URL: "  "}) == "https://a.example"


def test_bad_url_in_settings_or_env_is_config_error() -> None:
    with pytest.raises(ConfigError):
        api_url_from(Settings(api_url="http://192.0.2.1"), {})
    with pytest.raises(ConfigError):
        api_url_from(Settings(), {ENV_API_URL: "http://192.0.2.1"})


# --- key resolution --------------------------------------------------------------------------------------


class StubStore(KeyStore):
    def __init__(self, value: str | None = None, error: ConfigError | None = None) -> None:
        super().__init__()
        self.value, self.error, self.reads = value, error, 0

    def get(self) -> ApiKey | None:
        self.reads += 1
        if self.error:
            raise self.error
        return ApiKey(self.value) if self.value else None


def test_key_from_environment_wins_and_keyring_is_not_touched() -> None:
    store = StubStore("b" * 40)
    account = resolve_account(ONE_ACCOUNT, {ENV_KEY: "  " + "a" * 40 + "\n"}, store)
    assert account.key == ApiKey("a" * 40)
    assert account.key_source is KeySource.ENVIRONMENT
    assert store.reads == 0


def test_key_from_keyring() -> None:
    account = resolve_account(ONE_ACCOUNT, {}, StubStore("b" * 40))
    assert account.key == ApiKey("b" * 40)
    assert account.key_source is KeySource.KEYRING
    assert account.api_url == DEFAULT_API_URL


def test_no_key_anywhere() -> None:
    account = resolve_account(ONE_ACCOUNT, {ENV_KEY: "   "}, StubStore(None))
    assert account.key is None
    assert account.key_source is KeySource.NONE


def test_keyring_failure_is_config_error() -> None:
    with pytest.raises(ConfigError, match="locked"):
        resolve_account(ONE_ACCOUNT, {}, StubStore(error=ConfigError("The keyring is locked.")))


def test_fail_backend_is_config_error_saying_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    with pytest.raises(ConfigError) as caught:
        KeyStore().get()
    assert ENV_KEY in caught.value.message
    assert "keyring" in caught.value.message.lower()


def test_api_key_never_shows_itself() -> None:
    key = ApiKey("  " + "c" * 40 + " ")
    assert key.reveal() == "c" * 40
    assert "c" * 8 not in repr(key)
    assert "c" * 8 not in str(key)
    assert "c" * 8 not in repr(resolve_account(ONE_ACCOUNT, {ENV_KEY: "c" * 40}, StubStore()))
