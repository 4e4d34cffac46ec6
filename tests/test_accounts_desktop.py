"""Several accounts in the real tray (Xvfb + private D-Bus + xfce4-panel), read back over D-Bus: three accounts
on one loopback fake with their own keys — fine, low and expired — stored through the CLI in the test keyring."""

from __future__ import annotations

import copy
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness import sni
from harness.faults import FakeSeRanking
from harness.notifications import NotificationRecorder
from harness.plugin import DesktopSessionFactory
from harness.session import DesktopSession
from harness.tray_app import TrayAppProcess, wait_until

pytestmark = pytest.mark.desktop

REPO = Path(__file__).resolve().parent.parent
EXPIRED = {"type": "subscription", "is_expired": "true", "balance": {"currency": "USD", "amount": 0.0}}
LOW = {"currency": "USD", "currency_code": "USD", "value": 3.5}
EXPIRED_BALANCE = {"currency": "USD", "currency_code": "USD", "value": 77.0}  # not Fine's: each section its own


@pytest.fixture
def session(desktop_session: DesktopSessionFactory) -> DesktopSession:
    return desktop_session(keyring=False)


@pytest.fixture
def app_env(fake_api: FakeSeRanking) -> dict[str, str]:
    return {
        "SERANKING_API_URL": fake_api.url,
        "PYTHON_KEYRING_BACKEND": "harness.file_keyring.FileKeyring",
        "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p),
    }


@pytest.fixture
def apps() -> Iterator[list[TrayAppProcess]]:
    started: list[TrayAppProcess] = []
    yield started
    for app in started:
        app.stop()


def add_accounts(session: DesktopSession, env: dict[str, str], accounts: list[tuple[str, str]]) -> None:
    for label, key in accounts:
        proc = subprocess.run(
            [sys.executable, "-m", "seranking_tray", "accounts", "add", label],
            env=session.env(**env),
            input=key + "\n",
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr


def test_three_accounts_worst_state_tooltip_and_sections(
    session: DesktopSession,
    apps: list[TrayAppProcess],
    fake_api: FakeSeRanking,
    sentinel_key: str,
    app_env: dict[str, str],
) -> None:
    fine_subscription = copy.deepcopy(fake_api.subscription)
    fine_balance = copy.deepcopy(fake_api.balance)
    low_key, expired_key = secrets.token_hex(20), secrets.token_hex(20)
    fake_api.set_key_state(low_key, balance=LOW)
    fake_api.set_key_state(expired_key, subscription=EXPIRED, balance=EXPIRED_BALANCE)
    add_accounts(session, app_env, [("Fine", sentinel_key), ("Low", low_key), ("Expired", expired_key)])

    app = TrayAppProcess(session, "--refresh-interval", "1", env=app_env)
    apps.append(app)
    app.wait_for_item(timeout=15)
    tip = app.wait_for_tooltip(lambda t: "Expired:" in t and "Low:" in t, 30, "the two accounts needing attention")
    assert tip.index("Expired:") < tip.index("Low:")  # worst first
    assert "1 other fine" in tip
    assert sni.is_reddish(app.colour())
    labels = app.menu_labels()
    for label in ("Fine", "Low", "Expired", "Refresh all"):
        assert label in labels, labels
    # Each section's balance line comes after its own label, before the next account's.
    where = [labels.index(label) for label in ("Fine", "Low", "Expired")] + [len(labels)]
    for n, balance in enumerate(("$1,234.50", "$3.50", "$77.00")):
        lines = [t for t in labels[where[n] : where[n + 1]] if t.startswith("Balance: ")]
        assert len(lines) == 1 and lines[0].startswith(f"Balance: {balance}"), labels

    # The expired account renewed: still red (the low balance), no longer named; then all fine: teal.
    fake_api.set_key_state(expired_key, subscription=fine_subscription)
    app.wait_for_tooltip(lambda t: "Expired:" not in t and "Low:" in t, 30, "only the low account named")
    assert sni.is_reddish(app.colour())
    fake_api.set_key_state(low_key, balance=fine_balance)
    app.wait_for_tooltip(lambda t: "3 accounts fine" in t, 30, "all three fine")
    wait_until(lambda: not sni.is_reddish(c := app.colour()) and not sni.is_greyish(c), 10, "the fine (teal) icon")


def test_fifty_accounts_start_and_the_menu_opens(
    session: DesktopSession, apps: list[TrayAppProcess], fake_api: FakeSeRanking, app_env: dict[str, str]
) -> None:
    keys = [secrets.token_hex(20) for _ in range(50)]
    for key in keys:
        fake_api.set_key_state(key)
    add_accounts(session, app_env, [(f"Client {i:02}", key) for i, key in enumerate(keys)])
    app = TrayAppProcess(session, env=app_env)
    apps.append(app)
    app.wait_for_item(timeout=20)
    wait_until(lambda: sum(1 for t in app.menu_labels() if t.startswith("Client ")) == 50, 60, "50 sections")


def test_one_notification_per_account_transition_and_two_problems_give_two_bubbles(
    session: DesktopSession,
    apps: list[TrayAppProcess],
    fake_api: FakeSeRanking,
    sentinel_key: str,
    app_env: dict[str, str],
) -> None:
    recorder: NotificationRecorder = session.recorder
    fine_subscription = copy.deepcopy(fake_api.subscription)
    fine_balance = copy.deepcopy(fake_api.balance)
    beta_key, gamma_key = secrets.token_hex(20), secrets.token_hex(20)
    fake_api.set_key_state(beta_key)
    fake_api.set_key_state(gamma_key)
    add_accounts(session, app_env, [("Alpha", sentinel_key), ("Beta", beta_key), ("Gamma", gamma_key)])
    app = TrayAppProcess(session, "--refresh-interval", "1", env=app_env)
    apps.append(app)
    app.wait_for_item(timeout=15)
    app.wait_for_tooltip(lambda t: "3 accounts fine" in t, 30, "all three fine")
    assert recorder.notifications == []  # a first start in ok is quiet, for every account

    fake_api.set_key_state(beta_key, balance=LOW)
    low = recorder.wait_for(1, 30)[0]
    assert low.summary.startswith("Beta") and "balance is low" in low.summary, low.summary
    assert "Alpha" not in low.summary and "Gamma" not in low.summary

    # Gamma's problem while Beta's bubble shows: a second bubble beside it, not a replacement.
    fake_api.set_key_state(gamma_key, subscription=EXPIRED)
    expired = recorder.wait_for(2, 30)[1]
    assert expired.summary.startswith("Gamma") and "expired" in expired.summary, expired.summary
    assert expired.replaces_id == 0 and expired.id != low.id
    assert recorder.is_open(low.id) and recorder.is_open(expired.id)

    # Beta recovers: its own bubble is replaced; Gamma's stays.
    fake_api.set_key_state(beta_key, balance=fine_balance, subscription=fine_subscription)
    recovered = recorder.wait_for(3, 30)[2]
    assert recovered.summary.startswith("Beta") and "fine again" in recovered.summary, recovered.summary
    assert recovered.replaces_id == low.id
    assert recorder.is_open(expired.id)

    # One notification per transition: more checks in the same states say nothing more.
    assert fake_api.wait_for_requests(len(fake_api.requests_to("balance")) + 12, 30, endpoint="balance")
    assert len(recorder.notifications) == 3
