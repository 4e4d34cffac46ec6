"""Sub-accounts and projects on the command line (issue 15), the CLI run as a subprocess against the loopback fake."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

import pytest

from harness.faults import FakeSeRanking
from seranking_tray.testing.fake_api import Answer
from seranking_tray.testing.fake_lists import sample_sites, sample_sub_accounts

from .conftest import RunCli, private_env
from .test_cli import check_schema, status_json, write_settings

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def agency(fake_api: FakeSeRanking) -> FakeSeRanking:
    fake_api.sub_accounts = sample_sub_accounts(250, blocked=(1,))  # three pages of 100
    fake_api.sites = sample_sites(48, paused=3, keywords=250)
    return fake_api


def list_requests(fake: FakeSeRanking) -> list[str]:
    return [r.path for r in fake.requests if r.path in ("/users", "/sites") or "project-management/" in r.path]


def test_status_json_gains_sub_accounts_and_projects(run_cli: RunCli, cli_env: dict[str, str], agency: Any) -> None:
    doc, proc = status_json(run_cli, cli_env, code=1)
    assert doc["health"] == "attention"
    assert doc["message"].startswith("1 sub-account blocked by limits: Client 1 (client) · Balance")
    assert doc["sub_accounts"] == {
        "count": 250,
        "blocked": [{"id": "1001", "name": "Client 1", "email": "client1@example.com", "type": "client"}],
    }
    assert doc["projects"] == {"count": 48, "active": 45, "keywords": 12000}
    assert doc["error"] is None and proc.stderr == ""
    assert list_requests(agency) == ["/users", "/users", "/users", "/sites"]
    human = run_cli("status", env=cli_env)
    assert human.returncode == 1
    assert "Sub-accounts: 250 sub-accounts — 1 blocked by limits: Client 1 (client)" in human.stdout
    assert "Projects:     48 projects (45 active) · 12,000 keywords" in human.stdout
    assert "State:        ATTENTION — 1 sub-account blocked" in human.stdout


def test_no_lists_gives_nulls_and_no_attention(run_cli: RunCli, cli_env: dict[str, str], agency: Any) -> None:
    doc, _ = status_json(run_cli, cli_env, "--no-lists", code=0)
    assert (doc["health"], doc["sub_accounts"], doc["projects"]) == ("ok", None, None)
    assert list_requests(agency) == []


def test_the_setting_turns_attention_off(run_cli: RunCli, cli_env: dict[str, str], agency: Any) -> None:
    write_settings(cli_env, alert_blocked_sub_accounts=False)
    doc, _ = status_json(run_cli, cli_env, code=0)
    assert doc["health"] == "ok" and doc["sub_accounts"]["count"] == 250  # still listed, not an alarm


def test_a_403_on_users_is_null_silently(run_cli: RunCli, cli_env: dict[str, str], agency: FakeSeRanking) -> None:
    agency.set_answer("users", Answer(403, {"message": "Access denied"}))
    doc, proc = status_json(run_cli, cli_env, code=0)
    assert doc["sub_accounts"] is None and doc["projects"]["count"] == 48
    assert (doc["health"], doc["error"], proc.stderr) == ("ok", None, "")


def test_malformed_lists_warn_and_leave_the_check_alone(
    run_cli: RunCli, cli_env: dict[str, str], agency: FakeSeRanking
) -> None:
    agency.set_answer("sites", Answer(200, [{"id": 1, "keyword_count": "lots"}]))
    doc, proc = status_json(run_cli, cli_env, code=1)
    assert doc["projects"] is None and doc["sub_accounts"]["count"] == 250
    assert doc["error"] is None
    assert "warning: Unexpected answer from /sites: field 'keyword_count'" in proc.stderr


def sub_accounts(run_cli: RunCli, env: dict[str, str], *extra: str, code: int = 0) -> Any:
    proc = run_cli("sub-accounts", "--json", *extra, env=env)
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    return json.loads(proc.stdout) if code == 0 else proc


def test_sub_accounts_command_lists_them_all(run_cli: RunCli, cli_env: dict[str, str], agency: FakeSeRanking) -> None:
    doc = sub_accounts(run_cli, cli_env)
    assert doc["count"] == 250 and len(doc["sub_accounts"]) == 250
    assert doc["sub_accounts"][1] == {
        "id": "1001",
        "name": "Client 1",
        "email": "client1@example.com",
        "type": "client",
        "sites_count": 3,
        "blocked": True,
    }
    assert list_requests(agency) == ["/users"] * 3  # the projects are not asked
    human = run_cli("sub-accounts", env=cli_env)
    assert human.returncode == 0
    lines = human.stdout.splitlines()
    assert lines[0] == "250 sub-accounts — 1 blocked by limits: Client 1 (client)"
    assert lines[2] == "  Client 1 (client) <client1@example.com> · 3 projects · blocked by limits"
    assert lines[1].endswith("· working")


def test_sub_accounts_not_available_or_unreadable(
    run_cli: RunCli, cli_env: dict[str, str], agency: FakeSeRanking
) -> None:
    agency.set_answer("users", Answer(403, {"message": "Access denied"}, times=2))
    assert sub_accounts(run_cli, cli_env) == {"count": None, "sub_accounts": None}
    assert "not available for this key" in run_cli("sub-accounts", env=cli_env).stdout
    agency.set_answer("users", Answer(200, {"list": [{"account_email": "x@example.com"}], "all_count": "1"}))
    failed = sub_accounts(run_cli, cli_env, code=3)
    assert "field 'account_id' is missing" in failed.stderr and failed.stdout == ""


def test_sub_accounts_of_a_named_account(
    run_cli: RunCli, cli_home: Path, agency: FakeSeRanking, sentinel_key: str
) -> None:
    env = private_env(cli_home)
    env["SERANKING_API_URL"] = agency.url
    env["PYTHON_KEYRING_BACKEND"] = "harness.file_keyring.FileKeyring"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    other = secrets.token_hex(20)
    agency.set_key_state(other)  # a client's account: no lists for its key
    for label, key in (("Agency", sentinel_key), ("Client", other)):
        assert run_cli("accounts", "add", label, env=env, input=key + "\n").returncode == 0
    assert sub_accounts(run_cli, env, "--account", "agency")["count"] == 250
    assert sub_accounts(run_cli, env, "--account", "Client")["count"] is None
    assert "error:" in sub_accounts(run_cli, env, "--account", "nobody", code=3).stderr
    # status --all: each account with its own lists, the worst state wins.
    proc = run_cli("status", "--all", "--json", env=env)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    for account in doc["accounts"]:
        check_schema({k: v for k, v in account.items() if k not in ("label", "id")})
    states = {a["label"]: (a["health"], a["sub_accounts"] and a["sub_accounts"]["count"]) for a in doc["accounts"]}
    assert states == {"Agency": ("attention", 250), "Client": ("ok", None)}
    assert doc["health"] == "attention"
