"""Several accounts on the command line, against the loopback fake serving three keys: fine, low and expired.

The keys go in through standard input (never argv) into a test keyring under the private home (see
harness/file_keyring.py); the sentinel key is the fine account's, so secret hygiene checks every output and file.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from pathlib import Path

import pytest

from harness.faults import FakeSeRanking
from seranking_tray.store.settings import load_settings

from .conftest import RunCli, private_env

REPO = Path(__file__).resolve().parent.parent
EXPIRED = {"type": "subscription", "is_expired": "true", "balance": {"currency": "USD", "amount": 0.0}}


@pytest.fixture
def other_keys() -> tuple[str, str]:
    return secrets.token_hex(20), secrets.token_hex(20)


@pytest.fixture
def env(cli_home: Path, fake_api: FakeSeRanking) -> dict[str, str]:
    env = private_env(cli_home)
    env["SERANKING_API_URL"] = fake_api.url
    env["PYTHON_KEYRING_BACKEND"] = "harness.file_keyring.FileKeyring"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


@pytest.fixture
def three(
    run_cli: RunCli, env: dict[str, str], fake_api: FakeSeRanking, sentinel_key: str, other_keys: tuple[str, str]
) -> dict[str, str]:
    """Three accounts added through the CLI: Fine (the sentinel key), Low and Expired; label -> id."""
    low_key, expired_key = other_keys
    fake_api.set_key_state(low_key, balance={"currency": "USD", "currency_code": "USD", "value": 3.5})
    fake_api.set_key_state(expired_key, subscription=EXPIRED)
    for label, key in (("Fine", sentinel_key), ("Low", low_key), ("Expired", expired_key)):
        proc = run_cli("accounts", "add", label, env=env, input=key + "\n")
        assert proc.returncode == 0, proc.stderr
    listed = run_cli("accounts", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    return {a["label"]: a["id"] for a in json.loads(listed.stdout)}


def test_status_all_gives_each_account_its_health_and_exits_with_the_worst(
    run_cli: RunCli, env: dict[str, str], three: dict[str, str]
) -> None:
    proc = run_cli("status", "--all", "--json", env=env)
    assert proc.returncode == 2, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["health"] == "expired"
    health = {a["label"]: a["health"] for a in doc["accounts"]}
    assert health == {"Fine": "ok", "Low": "low_balance", "Expired": "expired"}
    assert {a["label"]: a["id"] for a in doc["accounts"]} == three
    # `status` alone with several accounts (and no SERANKING_API_KEY) means --all.
    alone = run_cli("status", "--json", env=env)
    assert alone.returncode == 2 and json.loads(alone.stdout)["health"] == "expired"
    human = run_cli("status", env=env)
    assert "== Low ==" in human.stdout and "== Expired ==" in human.stdout


# One performance data item as the plugin guidelines define it: 'label'=value[UOM];[warn];[crit];[min];[max]
PERF_ITEM = re.compile(r"'(?P<label>[^'=]+)'=(?P<value>-?\d+(?:\.\d+)?)(?P<uom>[a-zA-Z%]*)(?P<rest>(?:;[-\d.]*){0,4})")


def test_status_all_as_a_nagios_plugin_is_worst_first_with_parsable_perfdata(
    run_cli: RunCli, env: dict[str, str], three: dict[str, str]
) -> None:
    """Issue 19: `status --all --format nagios` run as a monitoring host runs it (the formatter alone is unit
    tested in test_nagios.py)."""
    proc = run_cli("status", "--all", "--format", "nagios", env=env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    first, *accounts = proc.stdout.splitlines()
    summary, perf = first.split(" | ")
    assert summary == "SE RANKING CRITICAL - 3 accounts: 1 CRITICAL, 1 WARNING, 1 OK"
    assert [line.split(": ", 1)[0] for line in accounts] == ["Expired", "Low", "Fine"]
    assert accounts[0].startswith("Expired: EXPIRED - ")
    assert (
        accounts[1]
        == "Low: LOW BALANCE - Balance 3.50 USD is below your threshold of 10.00 USD — top up in SE Ranking."
    )
    assert accounts[2].startswith("Fine: OK - Balance 1,234.50 USD")
    items = [m.groupdict() for m in PERF_ITEM.finditer(perf)]
    assert " ".join(f"'{i['label']}'={i['value']}{i['uom']}{i['rest']}" for i in items) == perf  # all of it parsed
    by_label = {i["label"]: (float(i["value"]), i["rest"].split(";")[1:]) for i in items}
    assert by_label["Low balance USD"] == (3.5, ["10", "", "0"])
    assert by_label["Fine balance USD"] == (1234.5, ["10", "", "0"])
    assert by_label["Expired balance USD"][0] == 1234.5
    # In the same order as the lines: the worst account's figures first.
    owners = [i["label"].split(" ")[0] for i in items]
    assert [o for n, o in enumerate(owners) if n == 0 or owners[n - 1] != o] == ["Expired", "Low", "Fine"]


def test_status_account_picks_one_by_label_or_id(run_cli: RunCli, env: dict[str, str], three: dict[str, str]) -> None:
    proc = run_cli("status", "--account", "low", "--json", env=env)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert (doc["label"], doc["id"], doc["health"]) == ("Low", three["Low"], "low_balance")
    assert doc["balance"] == {"value": 3.5, "currency_code": "USD"}
    by_id = run_cli("status", "--account", three["Fine"], "--json", "--low-balance", "5000", env=env)
    assert by_id.returncode == 1 and json.loads(by_id.stdout)["health"] == "low_balance"
    refused = run_cli("status", "--all", "--low-balance", "5", env=env)
    assert refused.returncode == 3 and "--low-balance needs --account" in refused.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("status", "--account", "nobody"),
        ("key", "status", "--account", "nobody"),
        ("accounts", "rename", "nobody", "x"),
        ("accounts", "remove", "nobody"),
        ("history", "--account", "nobody"),
    ],
)
def test_an_unknown_account_exits_3_with_a_message(
    run_cli: RunCli, env: dict[str, str], three: dict[str, str], args: tuple[str, ...]
) -> None:
    proc = run_cli(*args, env=env)
    assert proc.returncode == 3
    assert "nobody" in proc.stderr


def test_list_rename_remove_and_history(
    run_cli: RunCli, env: dict[str, str], three: dict[str, str], cli_home: Path, sentinel_key: str
) -> None:
    listed = json.loads(run_cli("accounts", "list", "--json", env=env).stdout)
    assert [set(a) for a in listed] == [{"id", "label", "key_source", "api_url", "data_api_url", "read_only"}] * 3
    assert {a["key_source"] for a in listed} == {"keyring"}
    assert {a["data_api_url"] for a in listed} == {listed[0]["api_url"]}  # a loopback Project URL: the same one
    data_key, data_url = "5f0b6a4e-0c1d-4e2f-9a8b-7c6d5e4f3a2b", "http://127.0.0.1:9/data"
    added = run_cli("accounts", "add", "Data", "--data-api-url", data_url, env=env, input=data_key + "\n")
    assert added.returncode == 0, added.stderr
    listed = json.loads(run_cli("accounts", "list", "--json", env=env).stdout)
    assert listed[-1]["label"] == "Data" and listed[-1]["data_api_url"] == data_url
    assert run_cli("accounts", "remove", "Data", env=env).returncode == 0
    assert run_cli("status", "--all", env=env).returncode == 2  # records a reading per account
    assert run_cli("accounts", "rename", "Low", "Client B", env=env).returncode == 0
    history = run_cli("history", "--account", "client b", "--csv", env=env)
    assert history.returncode == 0 and "Client B" in history.stdout, history.stderr
    duplicate = run_cli("accounts", "add", "Again", env=env, input=sentinel_key + "\n")
    assert duplicate.returncode == 3 and "already the key of the account 'Fine'" in duplicate.stderr
    reserved = run_cli("accounts", "rename", "Fine", "ENVIRONMENT", env=env)
    assert reserved.returncode == 3 and "reserved" in reserved.stderr
    assert run_cli("accounts", "remove", "Client B", env=env).returncode == 0
    kept = run_cli("history", "--csv", env=env)
    # A removed account's history is kept and still listed, by the last label its readings were recorded with.
    assert ",Low,3.5,USD," in kept.stdout
    assert run_cli("key", "status", "--account", "Expired", env=env).returncode == 0
    assert run_cli("accounts", "remove", "Expired", "--delete-history", env=env).returncode == 0
    assert run_cli("key", "status", "--account", three["Fine"], env=env).returncode == 0
    assert "Expired" not in run_cli("history", "--csv", env=env).stdout
    settings = load_settings(cli_home / "config" / "seranking-tray" / "settings.json").settings
    assert [a.label for a in settings.accounts] == ["Fine"]


def test_the_environment_key_is_an_account_of_its_own(
    run_cli: RunCli, env: dict[str, str], three: dict[str, str], fake_api: FakeSeRanking
) -> None:
    env_key = secrets.token_hex(20)
    fake_api.set_key_state(env_key)
    env = {**env, "SERANKING_API_KEY": env_key}
    listed = json.loads(run_cli("accounts", "list", "--json", env=env).stdout)
    assert listed[0] == {
        "id": "environment",
        "label": "Environment",
        "key_source": "environment",
        "api_url": fake_api.url,
        "data_api_url": fake_api.url,  # no Data API URL set and a loopback Project URL: that one
        "read_only": True,
    }
    # `status` alone with SERANKING_API_KEY set checks that account, as before: today's object.
    proc = run_cli("status", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["health"] == "ok" and "accounts" not in json.loads(proc.stdout)
    everything = json.loads(run_cli("status", "--all", "--json", env=env).stdout)
    assert [a["label"] for a in everything["accounts"]] == ["Environment", "Fine", "Low", "Expired"]
