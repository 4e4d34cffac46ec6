"""`seranking-tray status` as a subprocess against the loopback fake API, in a private home.

The key always travels in the environment (SERANKING_API_KEY), never in argv.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from harness.faults import FakeSeRanking, Fault
from seranking_tray import __version__
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.testing.fake_api import credits_body

from .conftest import RunCli

UUID_KEY = "80cfee7d-1234-4abc-9def-fc8500816bb3"
HTML_500 = (
    "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>"
    "<body><h1>Internal Server Error</h1><p>nginx</p></body></html>"
)
TOP_KEYS = {
    "health", "message", "checked_at", "balance", "subscription", "profile", "error", "forecast",
    "credits", "meters",  # issue 14
    "sub_accounts", "projects",  # issue 15
}  # fmt: skip
HEALTHS = {"ok", "running_low", "low_balance", "expired", "error", "credits_low", "expiring_soon", "attention"}
METER_STATES = {"ok", "unavailable", "gone", "error", "off"}
ENDPOINTS = ("balance", "profile", "subscription")
# Bounds for the slow cases, written to settings.json: the product promises to end within check_deadline.
DEADLINE = 5.0
MARGIN = 15.0


def write_settings(env: dict[str, str], **values: Any) -> Path:
    path = Path(env["XDG_CONFIG_HOME"]) / "seranking-tray" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_schema(doc: dict[str, Any]) -> None:
    """The documented `status --json` object: exact keys and types at every level."""
    assert set(doc) == TOP_KEYS
    assert doc["health"] in HEALTHS
    assert isinstance(doc["message"], str)
    assert doc["message"]
    assert "\n" not in doc["message"]
    checked_at = datetime.fromisoformat(doc["checked_at"])
    assert checked_at.utcoffset() is not None
    assert checked_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert abs((datetime.now(UTC) - checked_at).total_seconds()) < 300

    balance = doc["balance"]
    if balance is not None:
        assert set(balance) == {"value", "currency_code"}
        assert is_number(balance["value"])
        assert isinstance(balance["currency_code"], str)
    subscription = doc["subscription"]
    if subscription is not None:
        assert set(subscription) == {"type", "is_expired", "balance"}
        assert isinstance(subscription["type"], str)
        assert isinstance(subscription["is_expired"], bool)
        if subscription["balance"] is not None:
            assert set(subscription["balance"]) == {"amount", "currency"}
            assert is_number(subscription["balance"]["amount"])
            assert isinstance(subscription["balance"]["currency"], str)
    profile = doc["profile"]
    if profile is not None:
        assert set(profile) == {"first_name", "last_name", "email", "email_verified", "lang", "picture"}
        for name in ("first_name", "last_name", "email"):
            assert isinstance(profile[name], str)
        assert profile["email_verified"] is None or isinstance(profile["email_verified"], bool)
        assert profile["lang"] is None or isinstance(profile["lang"], str)
        assert profile["picture"] is None or isinstance(profile["picture"], str)
    error = doc["error"]
    if error is not None:
        assert set(error) == {"kind", "message", "status"}
        assert error["kind"] in {k.value for k in ErrorKind}
        assert isinstance(error["message"], str)
        assert error["message"]
        assert error["status"] is None or (isinstance(error["status"], int) and not isinstance(error["status"], bool))
    meters = doc["meters"]
    assert set(meters) == {"project", "credits"}
    assert meters["project"] in METER_STATES
    assert meters["credits"] in METER_STATES | {"none"}
    credits = doc["credits"]
    if credits is not None:
        keys = {"status", "units_left", "units_limit", "start_date", "expires_at", "days_to_expiry", "forecast"}
        assert set(credits) == keys
        assert isinstance(credits["status"], str)
        assert is_number(credits["units_left"]) and is_number(credits["units_limit"])
        assert credits["start_date"] is None or len(credits["start_date"]) == 10
        if credits["expires_at"] is not None:
            assert datetime.fromisoformat(credits["expires_at"]).utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        assert credits["days_to_expiry"] is None or isinstance(credits["days_to_expiry"], int)
        assert set(credits["forecast"]) == {"daily_spend", "days_left", "runs_out_on"}
    sub_accounts = doc["sub_accounts"]  # issue 15
    if sub_accounts is not None:
        assert set(sub_accounts) == {"count", "blocked"} and isinstance(sub_accounts["count"], int)
        for blocked in sub_accounts["blocked"]:
            assert set(blocked) == {"id", "name", "email", "type"}
            assert all(isinstance(v, str) for v in blocked.values())
    projects = doc["projects"]
    if projects is not None:
        assert set(projects) == {"count", "active", "keywords"}
        assert isinstance(projects["count"], int) and isinstance(projects["active"], int)
        assert projects["keywords"] is None or isinstance(projects["keywords"], int)
    if doc["health"] == "error":
        assert error is not None
    if doc["health"] == "low_balance" or (doc["health"] == "ok" and meters["project"] == "ok"):
        assert balance is not None
        assert subscription is not None


def status_json(
    run_cli: RunCli, env: dict[str, str], *extra: str, code: int
) -> tuple[dict[str, Any], subprocess.CompletedProcess[str]]:
    proc = run_cli("status", "--json", *extra, env=env)
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    lines = proc.stdout.splitlines()
    assert len(lines) == 1, proc.stdout  # exactly one object
    doc = json.loads(lines[0])
    assert isinstance(doc, dict)
    check_schema(doc)
    return doc, proc


def assert_no_secret(secret: str, proc: subprocess.CompletedProcess[str], home: Path) -> None:
    assert secret not in proc.stdout
    assert secret not in proc.stderr
    needle = secret.encode()
    leaked = [p for p in home.rglob("*") if p.is_file() and needle in p.read_bytes()]
    assert leaked == []


# --- exit codes and the JSON document --------------------------------------------------------------------


def test_ok(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking, sentinel_key: str) -> None:
    doc, _ = status_json(run_cli, cli_env, code=0)
    assert doc["health"] == "ok"
    assert doc["error"] is None
    assert doc["balance"] == {"value": 1234.5, "currency_code": "USD"}
    assert doc["subscription"] == {
        "type": "subscription",
        "is_expired": False,
        "balance": {"amount": 100.0, "currency": "USD"},
    }
    assert doc["profile"] == {
        "first_name": "Jane",
        "last_name": "Roe",
        "email": "jane.roe@example.com",
        "email_verified": True,
        "lang": "en",
        "picture": f"{fake_api.url}/avatar.png",
    }
    assert fake_api.wait_for_requests(8, timeout=5)
    requests = fake_api.requests
    # Issue 14: the Data API credits are asked too (this fake, like api4, answers 404 there). Issue 15: and the
    # sub-accounts and projects, on api4 then the unified API (this fake serves no lists unless told).
    lists = ["/sites", "/users", "/v1/project-management/sites", "/v1/project-management/users"]
    assert sorted(r.path for r in requests) == sorted(
        [f"/account/{e}" for e in ENDPOINTS] + ["/v1/account/subscription", *lists]
    )
    assert doc["sub_accounts"] is None and doc["projects"] is None
    for request in requests:
        assert request.headers["Authorization"] == f"Token {sentinel_key}"
        assert request.headers["User-Agent"] == f"seranking-tray/{__version__}"
        assert sentinel_key not in request.query


def test_human_output(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    proc = run_cli("status", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Jane Roe" in out
    assert "1,234.50 USD" in out
    assert "Subscription active" in out
    assert "State:" in out
    assert "OK" in out
    assert len(out.strip().splitlines()) <= 6


def test_human_output_for_an_error(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.key = "f" * 40
    proc = run_cli("status", env=cli_env)
    assert proc.returncode == 3
    assert "COULD NOT CHECK" in proc.stdout
    assert "Invalid token" in proc.stdout


def test_low_balance(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.balance = {"currency": "eur", "value": "4.5"}  # no currency_code, number as a string
    doc, _ = status_json(run_cli, cli_env, code=1)
    assert doc["health"] == "low_balance"
    assert doc["balance"] == {"value": 4.5, "currency_code": "EUR"}
    assert "4.50 EUR" in doc["message"]
    assert doc["error"] is None


@pytest.mark.parametrize(("threshold", "code"), [("2000", 1), ("1234.5", 0), ("0", 0)])
def test_low_balance_flag(run_cli: RunCli, cli_env: dict[str, str], threshold: str, code: int) -> None:
    doc, _ = status_json(run_cli, cli_env, "--low-balance", threshold, code=code)
    assert doc["health"] == ("low_balance" if code == 1 else "ok")


def test_low_balance_threshold_from_settings(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    write_settings(cli_env, low_balance_threshold=5000)
    doc, _ = status_json(run_cli, cli_env, code=1)
    assert "5,000.00 USD" in doc["message"]
    doc, _ = status_json(run_cli, cli_env, "--low-balance", "100", code=0)  # the flag wins for this run


@pytest.mark.parametrize("expired", ["true", True, "TRUE", 1])
def test_expired(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking, expired: object) -> None:
    fake_api.subscription = {"type": "trial", "is_expired": expired}
    fake_api.balance = {"currency_code": "USD", "value": 1.0}  # expired wins over low balance
    doc, _ = status_json(run_cli, cli_env, code=2)
    assert doc["health"] == "expired"
    assert doc["subscription"] == {"type": "trial", "is_expired": True, "balance": None}
    assert "expired" in doc["message"].lower()


def test_manual_account(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.subscription = {"type": "manual"}
    fake_api.profile = {**fake_api.profile, "email_verified": 2, "picture": None}
    doc, _ = status_json(run_cli, cli_env, code=0)
    assert doc["subscription"] == {"type": "manual", "is_expired": False, "balance": None}
    assert doc["profile"]["email_verified"] is False
    assert doc["profile"]["picture"] is None


def test_profile_failure_alone_keeps_health(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.set_fault("profile", Fault(body="{oops"))
    doc, _ = status_json(run_cli, cli_env, code=0)
    assert doc["health"] == "ok"
    assert doc["profile"] is None
    assert doc["error"]["kind"] == "bad_response"
    assert "/account/profile" in doc["error"]["message"]


# --- errors ----------------------------------------------------------------------------------------------


def test_401_with_a_project_key(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking, sentinel_key: str, cli_home: Path
) -> None:
    fake_api.key = "0" * 40  # the account's real key is another one
    doc, proc = status_json(run_cli, cli_env, code=3)
    assert doc["health"] == "error"
    assert doc["error"]["kind"] == "auth"
    assert doc["error"]["status"] == 401
    assert "Invalid token" in doc["error"]["message"]
    assert "Data API" not in doc["error"]["message"]
    assert doc["balance"] is None
    assert doc["subscription"] is None
    assert_no_secret(sentinel_key, proc, cli_home)


def test_401_with_a_uuid_key_is_the_credits_rejection(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking, cli_home: Path
) -> None:
    # Issue 14 changes this: a UUID key watches the Data API credits (it used to be told to use a Project key).
    fake_api.set_state(credits=credits_body())
    env = {**cli_env, "SERANKING_API_KEY": UUID_KEY}
    doc, proc = status_json(run_cli, env, code=3)
    assert doc["error"]["kind"] == "auth"
    assert doc["error"]["status"] == 401
    assert "Project API key" not in doc["error"]["message"]
    assert doc["meters"] == {"project": "off", "credits": "error"}
    assert not any(r.path.startswith("/account/") for r in fake_api.requests)  # api4 is not asked
    assert_no_secret(UUID_KEY, proc, cli_home)


def test_no_key_and_no_keyring(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    env = {k: v for k, v in cli_env.items() if k != "SERANKING_API_KEY"}
    assert env["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    doc, _ = status_json(run_cli, env, code=3)
    assert doc["error"] == {"kind": "config", "message": doc["error"]["message"], "status": None}
    assert "SERANKING_API_KEY" in doc["error"]["message"]
    assert "keyring" in doc["error"]["message"].lower()
    assert (doc["balance"], doc["subscription"], doc["profile"]) == (None, None, None)
    # Arrivals are noted before any answer is sent, so a request made by the finished run would show here.
    assert not fake_api.wait_for_arrivals(1, timeout=0)


def test_403_no_token(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    for endpoint in ENDPOINTS:
        fake_api.set_fault(endpoint, Fault(status=403, body={"message": "No token"}))
    doc, _ = status_json(run_cli, cli_env, code=3)
    assert doc["error"]["kind"] == "auth"
    assert doc["error"]["status"] == 403
    assert "No token" in doc["error"]["message"]
    assert fake_api.wait_for_requests(3, timeout=5)
    assert len(fake_api.requests_to("balance")) == 1  # never retried


def test_402_payment(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    for endpoint in ENDPOINTS:
        fake_api.set_fault(endpoint, Fault(status=402, body={"message": "Insufficient funds"}))
    doc, _ = status_json(run_cli, cli_env, code=3)
    assert doc["error"]["kind"] == "payment"
    assert doc["error"]["status"] == 402
    assert "Insufficient funds" in doc["error"]["message"]


def test_429_then_success_is_retried(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    body = {"error": {"code": 429, "message": "Too Many Requests", "description": "5 requests per second"}}
    fake_api.set_fault("balance", Fault(status=429, body=body, times=1))
    doc, _ = status_json(run_cli, cli_env, code=0)
    assert doc["health"] == "ok"
    assert doc["error"] is None
    assert fake_api.wait_for_requests(2, timeout=5, endpoint="balance")
    assert [r.status for r in fake_api.requests_to("balance")] == [429, 200]


def test_429_forever(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    write_settings(cli_env, check_deadline=DEADLINE)
    body = {"error": {"code": 429, "message": "Too Many Requests", "description": "slow down"}}
    for endpoint in ENDPOINTS:
        fake_api.set_fault(endpoint, Fault(status=429, body=body))
    started = time.monotonic()
    doc, _ = status_json(run_cli, cli_env, code=3)
    assert time.monotonic() - started < DEADLINE + MARGIN
    assert doc["error"]["kind"] == "rate_limited"
    assert doc["error"]["status"] == 429
    assert "Too Many Requests" in doc["error"]["message"]
    assert fake_api.wait_for_requests(2, timeout=5, endpoint="balance")
    assert 2 <= len(fake_api.requests_to("balance")) <= 4  # retried, a few times only


def test_500_html_page(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.set_fault("balance", Fault(status=500, body=HTML_500, headers={"Content-Type": "text/html"}))
    doc, proc = status_json(run_cli, cli_env, code=3)
    assert doc["error"]["kind"] == "server"
    assert doc["error"]["status"] == 500
    for text in (doc["error"]["message"], doc["message"], proc.stderr):
        assert "<" not in text
        assert "Internal Server Error" not in text
        assert "nginx" not in text
    assert fake_api.wait_for_requests(2, timeout=5, endpoint="balance")  # 5xx are retried


def test_malformed_json(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.set_fault("balance", Fault(body='{"value": 12, "currency_code": '))
    doc, proc = status_json(run_cli, cli_env, code=3)
    assert doc["error"]["kind"] == "bad_response"
    assert "/account/balance" in doc["error"]["message"]
    assert "Traceback" not in proc.stderr
    assert fake_api.wait_for_requests(3, timeout=5)
    assert len(fake_api.requests_to("balance")) == 1  # never retried


def test_malformed_field(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.balance = {"currency_code": "USD", "value": "NaN"}
    doc, proc = status_json(run_cli, cli_env, code=3)
    assert doc["error"]["kind"] == "bad_response"
    assert "'value'" in doc["error"]["message"]
    assert "Traceback" not in proc.stderr


def test_server_slower_than_the_read_timeout(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    write_settings(cli_env, read_timeout=1, check_deadline=DEADLINE)
    fake_api.set_delay(60)
    started = time.monotonic()
    doc, _ = status_json(run_cli, cli_env, code=3)
    elapsed = time.monotonic() - started
    assert doc["error"]["kind"] == "timeout"
    assert elapsed < DEADLINE + MARGIN
    assert fake_api.wait_for_arrivals(3, timeout=5)


def test_trickling_body_is_bounded_by_the_deadline(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    # One byte every 0.5 s never trips a 1 s read timeout; only the overall deadline ends it.
    write_settings(cli_env, read_timeout=1, check_deadline=DEADLINE)
    fake_api.set_fault("balance", Fault(trickle=0.5))
    started = time.monotonic()
    doc, _ = status_json(run_cli, cli_env, code=3)
    assert time.monotonic() - started < DEADLINE + MARGIN
    assert doc["error"]["kind"] == "timeout"


def test_dropped_connection(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    write_settings(cli_env, check_deadline=DEADLINE)
    fake_api.set_fault("balance", Fault(drop=True))
    doc, _ = status_json(run_cli, cli_env, code=3)
    assert doc["error"]["kind"] == "network"
    assert doc["error"]["status"] is None


# A run with every socket connect() refused and reported: proves that no connection is even attempted.
_NO_CONNECT = """
import json, socket, sys
attempts = []
def refuse(self, address, *args):
    attempts.append(repr(address))
    raise OSError("connect() blocked by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
from seranking_tray.entry import main
try:
    code = main(["status", "--json"])
except SystemExit as exc:
    code = exc.code
sys.stderr.write("ATTEMPTS=" + json.dumps(attempts) + "\\n")
sys.exit(code)
"""


def test_non_loopback_http_url_is_refused_before_any_request(
    cli_env: dict[str, str], fake_api: FakeSeRanking, cli_home: Path
) -> None:
    env = {**cli_env, "SERANKING_API_URL": "http://192.0.2.1"}
    proc = subprocess.run(
        [sys.executable, "-c", _NO_CONNECT], env=env, cwd=cli_home, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 3, proc.stderr
    doc = json.loads(proc.stdout)
    check_schema(doc)
    assert doc["error"]["kind"] == "config"
    assert "https" in doc["error"]["message"]
    assert "ATTEMPTS=[]" in proc.stderr.splitlines()
    assert not fake_api.wait_for_arrivals(1, timeout=0)


def test_bad_settings_file_warns_and_still_checks(run_cli: RunCli, cli_env: dict[str, str], cli_home: Path) -> None:
    path = write_settings(cli_env)
    path.write_bytes(b"{broken")
    doc, proc = status_json(run_cli, cli_env, code=0)
    assert doc["health"] == "ok"
    assert "warning:" in proc.stderr
    assert "damaged" in proc.stderr
    assert [p.read_bytes() for p in path.parent.glob("settings.json.corrupt-*")] == [b"{broken"]


# --- options ---------------------------------------------------------------------------------------------


def test_version(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    proc = run_cli("--version", env=cli_env)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"seranking-tray {__version__}"


def test_console_script_is_installed(cli_env: dict[str, str], cli_home: Path) -> None:
    script = Path(sys.executable).with_name("seranking-tray")
    proc = subprocess.run(
        [str(script), "--version"], env=cli_env, cwd=cli_home, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0
    assert __version__ in proc.stdout


@pytest.mark.parametrize("args", [("--debug", "status", "--json"), ("status", "--json", "--debug")])
def test_debug_logs_requests_without_the_key(
    run_cli: RunCli, cli_env: dict[str, str], sentinel_key: str, cli_home: Path, args: tuple[str, ...]
) -> None:
    proc = run_cli(*args, env=cli_env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["health"] == "ok"
    for endpoint in ENDPOINTS:
        assert f"/account/{endpoint}" in proc.stderr
    assert "DEBUG" in proc.stderr
    assert_no_secret(sentinel_key, proc, cli_home)


def test_no_debug_means_quiet_stderr(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    proc = run_cli("status", "--json", env=cli_env)
    assert proc.returncode == 0
    assert proc.stderr == ""


# --- concurrency -----------------------------------------------------------------------------------------


def test_the_three_requests_are_concurrent(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.set_delay(0.5)
    status_json(run_cli, cli_env, "--no-lists", code=0)  # the check's requests alone (issue 15)
    assert fake_api.wait_for_requests(4, timeout=5)
    requests = fake_api.requests
    # Issue 14: the Data API credits are asked too (this fake, like api4, answers 404 there).
    assert sorted(r.path for r in requests) == [f"/account/{e}" for e in ENDPOINTS] + ["/v1/account/subscription"]
    # Every request was received before any finished: their [started, finished] intervals overlap.
    assert max(r.started for r in requests) < min(r.finished for r in requests)


# --- the key never leaks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "scenario",
    ["ok", "ok-human-debug", "echo-401", "echo-429", "echo-500", "echo-in-field", "wrong-key-debug"],
)
def test_sentinel_key_never_appears(
    run_cli: RunCli,
    cli_env: dict[str, str],
    fake_api: FakeSeRanking,
    sentinel_key: str,
    cli_home: Path,
    scenario: str,
) -> None:
    args = ["status", "--json"]
    code = 3
    if scenario == "ok":
        code = 0
    elif scenario == "ok-human-debug":
        args, code = ["--debug", "status"], 0
    elif scenario == "echo-401":
        fake_api.set_fault("balance", Fault(status=401, body={"message": f"Invalid token {sentinel_key}"}))
    elif scenario == "echo-429":
        fake_api.set_fault(
            "balance",
            Fault(status=429, body={"error": {"code": 429, "message": f"{sentinel_key} over limit"}}, times=1),
        )
        fake_api.set_fault("subscription", Fault(status=403, body={"message": f"Token {sentinel_key} blocked"}))
    elif scenario == "echo-500":
        fake_api.set_fault("balance", Fault(status=401, body=f"<html>token={sentinel_key}</html>"))
        fake_api.set_fault("subscription", Fault(status=503, body={"message": sentinel_key}, times=1))
        args = ["--debug", "status", "--json"]
    elif scenario == "echo-in-field":
        # A malformed field quoted in a bad_response message.
        fake_api.balance = {"currency_code": "USD", "value": sentinel_key}
        fake_api.subscription = {"type": "trial", "is_expired": sentinel_key}
    elif scenario == "wrong-key-debug":
        fake_api.key = "e" * 40
        args = ["--debug", "status"]
    proc = run_cli(*args, env=cli_env)
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    assert_no_secret(sentinel_key, proc, cli_home)


# --- no Qt -----------------------------------------------------------------------------------------------

_NO_QT = """
import json, sys
import seranking_tray.cli, seranking_tray.entry
after_import = sorted(m for m in sys.modules if m.startswith("PySide6"))
try:
    code = seranking_tray.entry.main(["status", "--json"])
except SystemExit as exc:
    code = exc.code
after_run = sorted(m for m in sys.modules if m.startswith("PySide6"))
sys.stderr.write("QT=" + json.dumps({"import": after_import, "run": after_run, "code": code}) + "\\n")
"""


def test_cli_loads_no_pyside6(cli_env: dict[str, str], cli_home: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _NO_QT], env=cli_env, cwd=cli_home, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["health"] == "ok"  # the run really checked the account
    line = next(line for line in proc.stderr.splitlines() if line.startswith("QT="))
    assert json.loads(line.removeprefix("QT=")) == {"import": [], "run": [], "code": 0}


# --- key management --------------------------------------------------------------------------------------


def test_key_set_without_a_keyring(run_cli: RunCli, cli_env: dict[str, str], sentinel_key: str, cli_home: Path) -> None:
    env = {k: v for k, v in cli_env.items() if k != "SERANKING_API_KEY"}
    proc = run_cli("key", "set", env=env, input=sentinel_key + "\n")
    assert proc.returncode == 3
    assert "No keyring" in proc.stderr
    assert "SERANKING_API_KEY" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert_no_secret(sentinel_key, proc, cli_home)
