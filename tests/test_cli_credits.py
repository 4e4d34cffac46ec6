"""Issue 14 on the command line: `status` against the loopback fake acting as the unified API (Data API credits).

The fake answers the Data routes on its own address: with no Data URL set and a loopback Project URL, the Data
calls go there, so nothing leaves the machine.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from harness.faults import FakeSeRanking, Fault
from seranking_tray.testing.fake_api import credits_body

from .conftest import RunCli
from .test_cli import check_schema

UUID_KEY = "80cfee7d-1234-4abc-9def-fc8500816bb3"
GONE = {"message": "Not found"}


def status(run_cli: RunCli, env: dict[str, str], code: int) -> tuple[dict[str, Any], subprocess.CompletedProcess[str]]:
    proc = run_cli("status", "--json", env=env)
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    doc = json.loads(proc.stdout)
    check_schema(doc)
    return doc, proc


def unified(fake: FakeSeRanking, **credits: Any) -> None:
    fake.set_state(credits=credits_body(**credits))
    fake.users_me = {"first_name": "Uma", "last_name": "Data", "email": "uma@example.com"}


def test_a_uuid_key_with_credits_is_ok_with_no_data_key_warning(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking, cli_home: Path
) -> None:
    fake_api.key = UUID_KEY
    unified(fake_api)
    env = {**cli_env, "SERANKING_API_KEY": UUID_KEY}
    doc, proc = status(run_cli, env, code=0)
    assert doc["health"] == "ok"
    assert doc["credits"]["units_left"] == 90055398 and doc["credits"]["units_limit"] == 101323444
    assert doc["credits"]["status"] == "active"
    assert 363 <= doc["credits"]["days_to_expiry"] <= 365
    assert doc["meters"] == {"project": "off", "credits": "ok"}
    assert doc["balance"] is None and doc["error"] is None
    assert doc["profile"]["first_name"] == "Uma"  # from /v1/project-management/users/me
    assert "Data API" not in proc.stdout + proc.stderr
    assert not any(r.path.startswith("/account/") for r in fake_api.requests)
    human = run_cli("status", env=env)
    assert human.returncode == 0
    assert "Credits:      API credits 90.1 M of 101.3 M · until " in human.stdout
    assert UUID_KEY not in human.stdout + human.stderr + proc.stdout + proc.stderr


def test_expiry_in_3_days_is_expiring_soon(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    unified(fake_api, expires_at=datetime.now(UTC) + timedelta(days=3, hours=6), spelling="expiration_date")
    doc, _ = status(run_cli, cli_env, code=1)
    assert doc["health"] == "expiring_soon"
    assert doc["credits"]["days_to_expiry"] == 3
    assert "expires in 3 days" in doc["message"]
    assert doc["meters"] == {"project": "ok", "credits": "ok"}


def test_status_expired_is_exit_2(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    unified(fake_api, status="expired")
    doc, _ = status(run_cli, cli_env, code=2)
    assert doc["health"] == "expired"
    assert "API credits" in doc["message"]


def test_credits_under_10_percent_are_credits_low(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    unified(fake_api, units_limit="100000", units_left="9999")
    doc, _ = status(run_cli, cli_env, code=1)
    assert doc["health"] == "credits_low"
    assert doc["credits"]["units_left"] == 9999
    assert "API credits" in doc["message"]


def test_legacy_balance_404_with_credits_answering_is_decided_by_the_credits(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    unified(fake_api)
    for endpoint in ("balance", "subscription"):
        fake_api.set_fault(endpoint, Fault(status=404, body=GONE))
    doc, _ = status(run_cli, cli_env, code=0)
    assert doc["meters"]["project"] == "gone"
    assert doc["meters"]["credits"] == "ok"
    assert doc["health"] == "ok"
    assert doc["error"] is None
    # ... and a credits problem then shows, not hidden by the gone meter
    unified(fake_api, units_limit=1000, units_left=5)
    doc, _ = status(run_cli, cli_env, code=1)
    assert (doc["health"], doc["meters"]["project"]) == ("credits_low", "gone")


def test_everything_404_is_exit_3_of_kind_gone(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    for endpoint in ("balance", "subscription", "profile"):
        fake_api.set_fault(endpoint, Fault(status=404, body=GONE))
    doc, _ = status(run_cli, cli_env, code=3)  # the fake serves no Data routes: 404 there too
    assert doc["health"] == "error"
    assert doc["error"]["kind"] == "gone"
    assert doc["error"]["status"] == 404
    assert doc["meters"] == {"project": "gone", "credits": "gone"}


def test_a_project_key_whose_data_call_gives_401_has_credits_unavailable(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    fake_api.set_fault("credits", Fault(status=401, body={"error": {"code": 401, "message": "Unauthorized"}}))
    fake_api.balance = {"currency_code": "USD", "value": 5.0}  # health from the Project meter alone
    doc, _ = status(run_cli, cli_env, code=1)
    assert doc["meters"] == {"project": "ok", "credits": "unavailable"}
    assert doc["health"] == "low_balance"
    assert doc["credits"] is None and doc["error"] is None


def test_the_data_api_url_setting_and_environment_are_used(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    with FakeSeRanking(fake_api.key) as data_host:
        unified(data_host, units_left=91234567)
        env = {**cli_env, "SERANKING_DATA_API_URL": data_host.url}
        doc, _ = status(run_cli, env, code=0)
        assert doc["credits"]["units_left"] == 91234567
        # Issue 15: the lists fall back to the unified API there too when api4 has none (404).
        lists = ["/v1/project-management/users", "/v1/project-management/sites"]
        assert [r.path for r in data_host.requests] == ["/v1/account/subscription", *lists]
        refused = status(run_cli, {**cli_env, "SERANKING_DATA_API_URL": "http://example.com"}, code=3)[0]
        assert refused["error"]["kind"] == "config"


def test_a_project_key_whose_profile_is_gone_is_named_from_users_me(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    unified(fake_api)
    fake_api.set_fault("profile", Fault(status=404, body=GONE))
    doc, proc = status(run_cli, cli_env, code=0)
    assert doc["profile"]["first_name"] == "Uma"  # from /v1/project-management/users/me
    assert doc["meters"] == {"project": "ok", "credits": "ok"}
    assert "Data API" not in proc.stdout + proc.stderr
    # A retired profile address with a working fallback is no error while the account is fine.
    assert doc["health"] == "ok" and doc["error"] is None
    assert "/v1/project-management/users/me" in [r.path for r in fake_api.requests]
    human = run_cli("status", env=cli_env)
    assert human.returncode == 0 and "Uma Data" in human.stdout


def test_a_project_key_with_no_profile_anywhere_is_named_by_its_label_without_an_error(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    unified(fake_api)
    fake_api.users_me = None
    for endpoint in ("profile", "users_me"):
        fake_api.set_fault(endpoint, Fault(status=404, body=GONE))
    doc, proc = status(run_cli, cli_env, code=0)
    assert doc["profile"] is None
    assert doc["meters"] == {"project": "ok", "credits": "ok"}
    assert doc["health"] == "ok" and doc["error"] is None, doc["error"]
    assert "error" not in proc.stderr.lower()


def test_only_the_legacy_balance_404_leaves_the_subscription_and_credits_deciding(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    unified(fake_api)
    fake_api.set_fault("balance", Fault(status=404, body=GONE))
    doc, _ = status(run_cli, cli_env, code=0)
    assert doc["balance"] is None
    assert doc["subscription"] is not None
    assert doc["credits"]["units_left"] == 90055398
    # The Project meter is gone (its balance no longer readable) but not blanked: its subscription still counts,
    # and `error` says why there is no balance while the health is decided by what answers.
    assert doc["meters"] == {"project": "gone", "credits": "ok"}
    assert doc["health"] == "ok"
    assert doc["error"]["kind"] == "gone" and "/account/balance" in doc["error"]["message"]
    human = run_cli("status", env=cli_env)
    assert human.returncode == 0 and "Credits:      API credits 90.1 M of 101.3 M" in human.stdout
    fake_api.subscription = {"type": "subscription", "is_expired": "true"}
    doc, _ = status(run_cli, cli_env, code=2)
    assert doc["health"] == "expired" and doc["meters"]["project"] == "gone"
