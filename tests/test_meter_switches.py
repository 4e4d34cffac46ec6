"""Issue 14's per-account settings: the meter switches (`meters` in an account's entry), `accounts add
--data-api-url`, and the credits thresholds in the account's own rules."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from harness.faults import FakeSeRanking
from seranking_tray.api.meters import MeterPlan
from seranking_tray.domain.account import Account, AccountConfig, AccountId
from seranking_tray.domain.apikey import ApiKey
from seranking_tray.domain.credits import parse_credits
from seranking_tray.domain.health import Health, assess
from seranking_tray.domain.meters import Meter, MeterState
from seranking_tray.domain.models import Balance, Snapshot, Subscription
from seranking_tray.store.settings import load_settings, parse_settings, save_settings
from seranking_tray.testing.fake_api import credits_body

from .conftest import RunCli, private_env

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SOON = NOW + timedelta(days=200)
PROJECT_KEY = ApiKey("ab" * 20)


def account(meters: object = None) -> Account:
    extra = {} if meters is None else {"meters": meters}
    config = AccountConfig(AccountId("a1"), "One", extra)
    return Account(config, "http://127.0.0.1:9", PROJECT_KEY)


def test_both_meters_are_on_unless_turned_off() -> None:
    on = MeterPlan(account())
    assert {c.endpoint for c in on.calls()} == {"balance", "subscription", "profile", "credits"}
    assert on.skipped() == {}
    off = MeterPlan(account({"project": True, "credits": False}))
    assert "credits" not in {c.endpoint for c in off.calls()}
    assert off.skipped() == {Meter.CREDITS: MeterState.OFF}
    no_project = MeterPlan(account({"project": False}))
    assert {c.endpoint for c in no_project.calls()} == {"profile", "credits"}
    assert no_project.skipped() == {Meter.PROJECT: MeterState.OFF}


def test_a_meter_turned_off_never_changes_the_health() -> None:
    expired = parse_credits(credits_body(status="expired"))
    project = {"balance": Balance(500.0, "USD"), "subscription": Subscription("subscription", False, None)}
    assert assess(Snapshot(NOW, credits=expired, **project)).health is Health.EXPIRED
    off = Snapshot(NOW, skipped={Meter.CREDITS: MeterState.OFF}, **project)
    assert off.meter_state(Meter.CREDITS) is MeterState.OFF
    assert assess(off).health is Health.OK


def test_meters_are_kept_through_load_and_save(tmp_path: Path) -> None:
    entry = {"id": "a1", "label": "One", "meters": {"project": True, "credits": False}, "colour": "teal"}
    loaded = parse_settings({"accounts": [entry]})
    assert not loaded.warnings
    config = loaded.settings.accounts[0]
    assert config.extra["meters"] == {"project": True, "credits": False}
    path = tmp_path / "settings.json"
    save_settings(loaded.settings, path)
    saved = json.loads(path.read_text(encoding="utf-8"))["accounts"][0]
    assert saved["meters"] == {"project": True, "credits": False} and saved["colour"] == "teal"


def test_an_accounts_own_credit_thresholds_decide_its_health() -> None:
    data = {
        "credits_low_percent": 10,
        "expiry_warning_days": 7,
        "accounts": [
            {"id": "strict", "label": "Strict", "rules": {"credits_low_percent": 50, "expiry_warning_days": 300}},
            {"id": "plain", "label": "Plain"},
        ],
    }
    settings = parse_settings(data).settings
    strict, plain = settings.accounts
    assert settings.rules_for(strict).credits_low_percent == 50
    assert settings.rules_for(strict).expiry_warning_days == 300
    # 40 % left, 200 days to go: low and expiring soon for Strict, fine for Plain (the flat defaults).
    data_only = {"skipped": {Meter.PROJECT: MeterState.OFF}}
    snapshot = Snapshot(
        NOW, credits=parse_credits(credits_body(units_limit=1000, units_left=400, expires_at=SOON)), **data_only
    )
    assert assess(snapshot, settings.rules_for(strict)).health is Health.CREDITS_LOW
    assert assess(snapshot, settings.rules_for(plain)).health is Health.OK
    roomy = Snapshot(
        NOW, credits=parse_credits(credits_body(units_limit=1000, units_left=900, expires_at=SOON)), **data_only
    )
    assert assess(roomy, settings.rules_for(strict)).health is Health.EXPIRING_SOON
    assert assess(roomy, settings.rules_for(plain)).health is Health.OK


@pytest.fixture
def env(cli_home: Path, fake_api: FakeSeRanking) -> dict[str, str]:
    env = private_env(cli_home)
    env["SERANKING_API_URL"] = fake_api.url
    env["PYTHON_KEYRING_BACKEND"] = "harness.file_keyring.FileKeyring"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def settings_file(cli_home: Path) -> Path:
    return cli_home / "config" / "seranking-tray" / "settings.json"


def test_accounts_add_keeps_a_data_api_url_and_checks_it(
    run_cli: RunCli, env: dict[str, str], fake_api: FakeSeRanking, cli_home: Path, sentinel_key: str
) -> None:
    refused = run_cli("accounts", "add", "Far", "--data-api-url", "http://example.com", env=env, input="x" * 40 + "\n")
    assert refused.returncode == 3 and "http://" in refused.stderr
    with FakeSeRanking(fake_api.key) as data_host:
        data_host.set_state(credits=credits_body(units_left=91234567))
        added = run_cli("accounts", "add", "Near", "--data-api-url", data_host.url, env=env, input=sentinel_key + "\n")
        assert added.returncode == 0, added.stderr
        (config,) = load_settings(settings_file(cli_home)).settings.accounts
        assert config.extra["data_api_url"] == data_host.url
        proc = run_cli("status", "--json", "--account", "Near", env=env)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["credits"]["units_left"] == 91234567
        # Issue 15: the lists fall back to the unified API there too when api4 has none (404).
        lists = ["/v1/project-management/users", "/v1/project-management/sites"]
        assert [r.path for r in data_host.requests] == ["/v1/account/subscription", *lists]


def test_credits_turned_off_are_never_asked_and_show_as_off(
    run_cli: RunCli, env: dict[str, str], fake_api: FakeSeRanking, cli_home: Path, sentinel_key: str
) -> None:
    fake_api.set_state(credits=credits_body(status="expired"))  # would be exit 2 if it were asked
    assert run_cli("accounts", "add", "Quiet", env=env, input=sentinel_key + "\n").returncode == 0
    data = json.loads(settings_file(cli_home).read_text(encoding="utf-8"))
    data["accounts"][-1]["meters"] = {"project": True, "credits": False}
    settings_file(cli_home).write_text(json.dumps(data), encoding="utf-8")
    fake_api.requests.clear()
    proc = run_cli("status", "--json", "--account", "Quiet", env=env)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    doc = json.loads(proc.stdout)
    assert doc["meters"] == {"project": "ok", "credits": "off"}
    assert doc["health"] == "ok" and doc["credits"] is None
    assert fake_api.requests and not any(r.path == "/v1/account/subscription" for r in fake_api.requests)
