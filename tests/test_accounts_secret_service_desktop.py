"""`accounts add | list | rename | remove` and `status --account` through the real Secret Service (gnome-keyring in
a private desktop session), read back with secretstorage from the test: each account's key is really stored in its
own entry, stays there through a rename, and is really deleted with its account — and never shown anywhere else."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
import secretstorage
from jeepney.io.blocking import open_dbus_connection

from harness.faults import FakeSeRanking
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from seranking_tray.domain.account import DEFAULT_USERNAME
from seranking_tray.store.keystore import SERVICE

pytestmark = pytest.mark.desktop

REPO = Path(__file__).resolve().parent.parent


def stored_secrets(session: DesktopSession) -> dict[str, str]:
    """The app's items in the session's Secret Service: keyring username -> secret."""
    with open_dbus_connection(bus=session.bus_address) as connection:
        found: dict[str, str] = {}
        for item in secretstorage.search_items(connection, {"service": SERVICE}):
            item.unlock()
            found[item.get_attributes()["username"]] = item.get_secret().decode()
        return found


def cli(
    session: DesktopSession, fake: FakeSeRanking, *args: str, key: str | None = None
) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "seranking_tray", *args]
    env = session.env(SERANKING_API_URL=fake.url, PYTHONPATH=str(REPO))
    assert "PYTHON_KEYRING_BACKEND" not in env  # the keyring library picks the Secret Service itself
    proc = subprocess.run(
        argv, env=env, input=(key + "\n") if key else "", capture_output=True, text=True, timeout=60, check=False
    )
    return proc


def test_accounts_round_trip_through_the_real_secret_service(
    desktop_session: DesktopSessionFactory, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=True)
    main_key = secrets.token_hex(20)
    fake_api.set_key_state(main_key)
    outputs: list[str] = []

    def run(*args: str, key: str | None = None, code: int = 0) -> str:
        proc = cli(session, fake_api, *args, key=key)
        outputs.append(proc.stdout + proc.stderr)
        assert all(k not in args for k in (main_key, sentinel_key))  # keys travel on stdin, never argv
        assert proc.returncode == code, proc.stdout + proc.stderr
        return proc.stdout

    run("accounts", "add", "Main", key=main_key)
    run("accounts", "add", "Client", key=sentinel_key)
    listed = json.loads(run("accounts", "list", "--json"))
    assert [(a["label"], a["key_source"], a["read_only"]) for a in listed] == [
        ("Main", "keyring", False),
        ("Client", "keyring", False),
    ]
    client_id = listed[1]["id"]
    client_entry = f"{DEFAULT_USERNAME}:{client_id}"
    assert stored_secrets(session) == {DEFAULT_USERNAME: main_key, client_entry: sentinel_key}

    status = json.loads(run("status", "--account", "Client", "--json"))
    assert (status["label"], status["id"], status["health"]) == ("Client", client_id, "ok")
    assert fake_api.requests_to("balance")[-1].headers["Authorization"] == f"Token {sentinel_key}"

    # A rename keeps the key where it is (entries are named by id) and the account checkable by its new name.
    run("accounts", "rename", "client", "Agency")
    assert stored_secrets(session) == {DEFAULT_USERNAME: main_key, client_entry: sentinel_key}
    assert json.loads(run("status", "--account", "Agency", "--json"))["label"] == "Agency"
    run("status", "--account", "Client", code=3)

    # Removing deletes the account's item from the Secret Service; the other account's key stays.
    run("accounts", "remove", "Agency")
    assert stored_secrets(session) == {DEFAULT_USERNAME: main_key}
    assert [a["label"] for a in json.loads(run("accounts", "list", "--json"))] == ["Main"]

    everything = "\n".join(outputs)
    assert main_key not in everything and sentinel_key not in everything
    for root in (session.config_home, session.data_home, session.cache_home, session.state_home):
        for path in root.rglob("*"):
            if path.is_file() and "keyrings" not in path.parts:  # gnome-keyring's own encrypted store
                text = path.read_text(errors="replace")
                assert main_key not in text and sentinel_key not in text, path
