"""The fault matrix through `seranking-tray status --json`, run as a subprocess against the loopback fake.

Each fast fault runs on each endpoint in turn; the retried and slow ones (which take the real retry policy's
backoff or a timeout) run once with the fault on every endpoint at once. The CLI keeps no last good data: an
endpoint that failed is null in the JSON.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.fault_matrix import CASES, ENDPOINTS, FaultCase, Outcome
from harness.faults import FakeSeRanking
from tests.conftest import RunCli

EXIT = {"ok": 0, "low_balance": 1, "expired": 2, "error": 3}
# The shortest timeouts the settings allow (read 1 s, whole check 5 s), so the slow faults end quickly.
DEADLINE = 5.0
FAST = [c for c in CASES if c.cli and not (c.retried or c.slow)]
SLOW = [c for c in CASES if c.cli and (c.retried or c.slow)]


@pytest.fixture
def other_host() -> Iterator[FakeSeRanking]:
    with FakeSeRanking("other-host-key", host="127.0.0.2") as fake:
        yield fake


@pytest.fixture
def env(cli_env: dict[str, str]) -> dict[str, str]:
    path = Path(cli_env["XDG_CONFIG_HOME"]) / "seranking-tray" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"connect_timeout": 1, "read_timeout": 1, "check_deadline": DEADLINE}))
    return cli_env


def status(run_cli: RunCli, env: dict[str, str]) -> tuple[int, dict[str, Any], str]:
    proc = run_cli("status", "--json", env=env, timeout=DEADLINE + 30)
    lines = proc.stdout.splitlines()
    assert len(lines) == 1, (proc.stdout, proc.stderr)
    doc = json.loads(lines[0])
    assert isinstance(doc, dict)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, doc, proc.stderr


def assert_error(doc: dict[str, Any], outcome: Outcome, endpoint: str, key: str) -> None:
    error = doc["error"]
    assert error is not None, doc
    assert outcome.kind is not None and error["kind"] == outcome.kind.value, error
    assert error["status"] == outcome.status, error
    message = error["message"].lower()
    for word in outcome.message_words(endpoint):
        assert word.lower() in message, (word, error["message"])
    for word in outcome.absent:
        assert word.lower() not in message, (word, error["message"])
    assert key not in json.dumps(doc)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("case", FAST, ids=lambda c: c.id)
def test_fault_on_one_endpoint(
    case: FaultCase,
    endpoint: str,
    run_cli: RunCli,
    env: dict[str, str],
    fake_api: FakeSeRanking,
    other_host: FakeSeRanking,
    sentinel_key: str,
) -> None:
    fake_api.set_fault(endpoint, case.make(endpoint, other_host.url))
    code, doc, stderr = status(run_cli, env)
    outcome = case.outcome(endpoint)
    health = outcome.cli_health(endpoint)
    assert (code, doc["health"]) == (EXIT[health], health), doc
    if outcome.kind is not None and not outcome.reported:
        assert doc["error"] is None, doc  # issue 14: a profile gone everywhere is no error (the label names it)
        assert doc[endpoint] is None
    elif outcome.kind is not None:
        assert_error(doc, outcome, endpoint, sentinel_key)
        assert doc[endpoint] is None  # no last good data in the CLI: the failed part is null
        if health == "error":
            assert doc["message"].startswith("Cannot check the account")
    else:
        assert doc["error"] is None, doc
        assert doc[endpoint] is not None
        if endpoint == "balance":
            assert doc["balance"]["value"] == outcome.value
    for other in set(ENDPOINTS) - {endpoint}:
        assert doc[other] is not None  # the other endpoints still answered
    assert other_host.requests == []
    assert sentinel_key not in stderr


@pytest.mark.parametrize("case", SLOW, ids=lambda c: c.id)
def test_retried_and_slow_faults_on_every_endpoint_at_once(
    case: FaultCase,
    run_cli: RunCli,
    env: dict[str, str],
    fake_api: FakeSeRanking,
    other_host: FakeSeRanking,
    sentinel_key: str,
) -> None:
    for endpoint in ENDPOINTS:
        fake_api.set_fault(endpoint, case.make(endpoint, other_host.url))
    started = time.monotonic()
    code, doc, _stderr = status(run_cli, env)
    elapsed = time.monotonic() - started
    assert elapsed < DEADLINE + 5, f"the check took {elapsed:.1f} s, past its {DEADLINE} s deadline"
    assert (code, doc["health"]) == (3, "error"), doc
    assert_error(doc, case.outcome("balance"), "balance", sentinel_key)  # balance's failure is the one reported
    assert doc["balance"] is None and doc["subscription"] is None and doc["profile"] is None
    if case.retried:
        assert fake_api.wait_for_arrivals(2, 5, endpoint="balance")
    assert other_host.requests == []
