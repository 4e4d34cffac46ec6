"""The key read from the Secret Service without `keyring` (store/secret_service.py, issue 18): against the real
gnome-keyring of a private desktop session, where `key set` stored it through keyring; and the rules for when that
lookup is used and when keyring answers instead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import secretstorage
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from seranking_tray.domain.account import DEFAULT_USERNAME
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.store import keystore, secret_service
from seranking_tray.store.keystore import SERVICE, KeyStore, reads_secret_service_directly


def _store_with_the_cli(session: DesktopSession, key: str) -> None:
    stored = subprocess.run(
        [sys.executable, "-m", "seranking_tray", "key", "set"],
        input=key + "\n",
        env=session.env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert stored.returncode == 0, stored.stdout + stored.stderr


def _in_session(session: DesktopSession, monkeypatch: pytest.MonkeyPatch) -> None:
    """This test process talks to the session's bus, as the app inside it would."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.bus_address)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(session.config_home))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)


def _lock_default_collection(session: DesktopSession) -> None:
    service = DBusAddress(secret_service.SERVICE_PATH, secret_service.BUS_NAME, secret_service.SERVICE_INTERFACE)
    with open_dbus_connection(bus=session.bus_address) as connection:
        (path,) = connection.send_and_get_reply(new_method_call(service, "ReadAlias", "s", ("default",))).body
        locked, _prompt = connection.send_and_get_reply(new_method_call(service, "Lock", "ao", ([path],))).body
        assert list(locked) == [path]


@pytest.mark.desktop
def test_the_key_stored_through_keyring_is_read_back_over_d_bus(
    desktop_session: DesktopSessionFactory, monkeypatch: pytest.MonkeyPatch, sentinel_key: str
) -> None:
    session = desktop_session(keyring=True, tray=False)
    _store_with_the_cli(session, sentinel_key)
    _in_session(session, monkeypatch)
    assert secret_service.read_secret({"service": SERVICE, "username": DEFAULT_USERNAME}, 10) == sentinel_key
    # Nothing stored under another name: None, and keyring is asked (it finds nothing either).
    assert secret_service.read_secret({"service": SERVICE, "username": "someone-else"}, 10) is None
    assert secret_service.read_secret({"service": "another-app", "username": DEFAULT_USERNAME}, 10) is None
    assert reads_secret_service_directly()
    got = KeyStore().get()
    assert got is not None and got.reveal() == sentinel_key


@pytest.mark.desktop
def test_a_locked_collection_is_left_to_keyring_which_can_prompt(
    desktop_session: DesktopSessionFactory, monkeypatch: pytest.MonkeyPatch, sentinel_key: str
) -> None:
    session = desktop_session(keyring=True, tray=False)
    _store_with_the_cli(session, sentinel_key)
    _in_session(session, monkeypatch)
    _lock_default_collection(session)
    # The direct lookup neither unlocks nor prompts: it declines, and keyring (prompting) gets the question.
    assert secret_service.read_secret({"service": SERVICE, "username": DEFAULT_USERNAME}, 10) is None
    asked: list[tuple[str, str]] = []

    class Prompting:
        def get_password(self, service: str, username: str) -> str:
            asked.append((service, username))
            return "unlocked-by-keyring"

    monkeypatch.setattr(KeyStore, "_backend", staticmethod(lambda: Prompting()))
    got = KeyStore().get()
    assert got is not None and got.reveal() == "unlocked-by-keyring"
    assert asked == [(SERVICE, DEFAULT_USERNAME)]


@pytest.mark.desktop
def test_no_secret_service_on_the_bus_declines_at_once(
    desktop_session: DesktopSessionFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = desktop_session(keyring=False, tray=False)
    _in_session(session, monkeypatch)
    assert secret_service.read_secret({"service": SERVICE, "username": DEFAULT_USERNAME}, 10) is None


def test_no_session_bus_declines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-runtime-dir")
    assert secret_service.read_secret({"service": SERVICE, "username": DEFAULT_USERNAME}, 1) is None


@pytest.mark.parametrize(
    ("platform", "environ", "config_file", "expected"),
    [
        ("linux", {}, False, True),
        # The user chose a backend: keyring decides, as before.
        ("linux", {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.EncryptedKeyring"}, False, False),
        ("linux", {}, True, False),
        ("win32", {}, False, False),
        ("darwin", {}, False, False),
    ],
)
def test_when_the_secret_service_is_read_directly(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    environ: dict[str, str],
    config_file: bool,
    expected: bool,
) -> None:
    monkeypatch.setattr(keystore.sys, "platform", platform)
    if config_file:
        (tmp_path / "python_keyring").mkdir()
        (tmp_path / "python_keyring" / "keyringrc.cfg").write_text(
            "[backend]\ndefault-keyring=keyring.backends.null.Keyring\n"
        )
    assert reads_secret_service_directly({**environ, "XDG_CONFIG_HOME": str(tmp_path)}) is expected


def test_keyring_answers_when_the_direct_lookup_declines(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(keystore.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    looked_up: list[dict[str, str]] = []

    def declined(attributes: dict[str, str], timeout: float) -> None:
        looked_up.append(attributes)

    class Backend:
        def get_password(self, service: str, username: str) -> Any:
            return "from-keyring"

    monkeypatch.setattr(secret_service, "read_secret", declined)
    monkeypatch.setattr(KeyStore, "_backend", staticmethod(lambda: Backend()))
    got = KeyStore("project-api-key:abc").get()
    assert got is not None and got.reveal() == "from-keyring"
    assert looked_up == [{"service": SERVICE, "username": "project-api-key:abc"}]


@pytest.mark.desktop
def test_where_keyring_has_no_secret_service_the_app_writes_reads_and_deletes_itself(
    desktop_session: DesktopSessionFactory, monkeypatch: pytest.MonkeyPatch, sentinel_key: str
) -> None:
    """The Linux bundle (no SecretStorage): keyring is never asked, and what is stored is what keyring would store."""
    session = desktop_session(keyring=True, tray=False)
    _in_session(session, monkeypatch)
    monkeypatch.setattr(keystore, "keyring_lacks_secret_service", lambda: True)

    def no_keyring() -> Any:
        raise AssertionError("keyring was asked")

    monkeypatch.setattr(KeyStore, "_backend", staticmethod(no_keyring))
    store = KeyStore("project-api-key:abc")
    assert store.get() is None  # nothing stored yet: None, not an error
    store.set(ApiKey(sentinel_key))
    got = store.get()
    assert got is not None and got.reveal() == sentinel_key
    assert "Secret Service" in store.backend_name()
    # Stored exactly as keyring's SecretService backend stores it: keyring (through SecretStorage) finds it.
    with open_dbus_connection(bus=session.bus_address) as connection:
        collection = secretstorage.get_default_collection(connection)
        (item,) = collection.search_items({"service": SERVICE, "username": "project-api-key:abc"})
        assert item.get_attributes()["application"] == "Python keyring library"
        assert item.get_label() == "Password for 'project-api-key:abc' on 'seranking-tray'"
        assert item.get_secret().decode() == sentinel_key
    store.set(ApiKey("a" * 40))  # replaced, not added
    with open_dbus_connection(bus=session.bus_address) as connection:
        collection = secretstorage.get_default_collection(connection)
        assert len(list(collection.search_items({"service": SERVICE, "username": "project-api-key:abc"}))) == 1
    store.delete()
    assert store.get() is None
    store.delete()  # nothing stored: already gone
