"""Adding an account in the settings dialog of the running app, in a real desktop session with the real Secret
Service: after Save the tray menu, read over D-Bus, gains the account's section and the account is checked."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness.faults import FakeSeRanking
from harness.plugin import DesktopSessionFactory
from harness.tray_app import TrayAppProcess, wait_until
from tests.test_accounts_secret_service_desktop import stored_secrets

pytestmark = pytest.mark.desktop

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def apps() -> Iterator[list[TrayAppProcess]]:
    started: list[TrayAppProcess] = []
    yield started
    for app in started:
        app.stop()


def test_an_account_added_in_the_dialog_gets_its_section_in_the_tray_menu(
    desktop_session: DesktopSessionFactory, apps: list[TrayAppProcess], fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=True)
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    env = {"SERANKING_API_URL": fake_api.url, "PYTHONPATH": path}
    main_key, client_key = secrets.token_hex(20), secrets.token_hex(20)
    for key in (main_key, client_key):
        fake_api.set_key_state(key)
    for label, key in (("Main", main_key), ("Client", client_key)):
        added = subprocess.run(
            [sys.executable, "-m", "seranking_tray", "accounts", "add", label],
            env=session.env(**env),
            input=key + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert added.returncode == 0, added.stderr

    go = session.home / "go"
    app = TrayAppProcess(
        session, str(go), "Agency", env=env, module="harness.add_account_in_app", stdin=subprocess.PIPE
    )
    apps.append(app)
    assert app.process.stdin is not None
    app.process.stdin.write(sentinel_key.encode() + b"\n")  # the key the new account is given, on stdin
    app.process.stdin.close()
    app.wait_for_item(timeout=20)
    wait_until(lambda: {"Main", "Client"} <= set(app.menu_labels()), 30, "the two stored accounts' sections")
    assert "Agency" not in app.menu_labels()
    assert not any(r.headers["Authorization"] == f"Token {sentinel_key}" for r in fake_api.requests_to("balance"))

    go.touch()
    wait_until(lambda: "saved" in app.output(), 30, "the dialog's Save")
    wait_until(lambda: "Agency" in app.menu_labels(), 30, "the added account's section in the menu")
    assert {"Main", "Client", "Refresh all"} <= set(app.menu_labels())
    wait_until(
        lambda: any(r.headers["Authorization"] == f"Token {sentinel_key}" for r in fake_api.requests_to("balance")),
        30,
        "the added account checked",
    )
    assert sentinel_key in stored_secrets(session).values()  # in the Secret Service, its own entry
    assert sentinel_key not in app.output()
