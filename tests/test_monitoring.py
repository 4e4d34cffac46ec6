"""Into the monitoring an agency already runs (issue 19), against the real clients, each started here on loopback
with a private configuration in the test's temporary directory: Icinga 2 runs `status --format nagios` as a
CheckCommand, Prometheus scrapes `metrics --serve`, node_exporter's textfile collector reads `metrics --textfile`.

Four accounts on the loopback fake: Fine (the sentinel key), Low, Expired, and Away (its API on a closed port);
secret hygiene looks for every one of their keys in every output and every file of Icinga and Prometheus under
tmp_path (watch_also). Keys go in through
standard input into the test keyring (harness/file_keyring.py): never argv, never a monitoring configuration.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from harness.faults import FakeSeRanking
from harness.monitoring import PROMTOOL, Daemon, Icinga2, NodeExporter, Prometheus, free_port, http_get, running
from harness.waiting import wait_until
from seranking_tray.testing.fake_api import credits_body
from seranking_tray.testing.fake_http import token_of

from .conftest import RunCli, private_env
from .secret_hygiene import watch_also

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
EXPIRED = {"type": "subscription", "is_expired": "true", "balance": {"currency": "USD", "amount": 0.0}}
LOW = {"currency": "USD", "currency_code": "USD", "value": 3.5}


@pytest.fixture
def env(cli_home: Path, fake_api: FakeSeRanking) -> dict[str, str]:
    env = private_env(cli_home)
    env["SERANKING_API_URL"] = fake_api.url
    env["PYTHON_KEYRING_BACKEND"] = "harness.file_keyring.FileKeyring"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


@pytest.fixture
def keys(sentinel_key: str) -> dict[str, str]:
    others = {"Low": secrets.token_hex(20), "Expired": secrets.token_hex(20)}
    for key in others.values():
        watch_also(key)  # every account's key is looked for in the outputs and files, not only Fine's
    return {"Fine": sentinel_key, **others}


def add_accounts(run_cli: RunCli, env: dict[str, str], fake: FakeSeRanking, keys: dict[str, str], away: bool) -> None:
    now = datetime.now(UTC)
    fake.set_state(credits=credits_body(expires_at=now + timedelta(days=40, hours=1)))
    fake.set_key_state(keys["Low"], balance=LOW, credits=credits_body(expires_at=now + timedelta(days=12, hours=1)))
    fake.set_key_state(keys["Expired"], subscription=EXPIRED)
    for label, key in keys.items():
        proc = run_cli("accounts", "add", label, env=env, input=key + "\n")
        assert proc.returncode == 0, proc.stderr
    if away:
        closed = f"http://127.0.0.1:{free_port()}"  # nothing listens there: "unreachable"
        away_key = secrets.token_hex(20)
        watch_also(away_key)  # the unreachable account's error path too
        proc = run_cli("accounts", "add", "Away", "--api-url", closed, env=env, input=away_key + "\n")
        assert proc.returncode == 0, proc.stderr


def icinga_objects() -> str:
    """The CheckCommand (the key comes from the keyring the environment names, never argv) and a Service each."""
    services = "".join(
        f'object Service "{label}" {{ host_name = "agency"; check_command = "seranking"; '
        f'vars.seranking_account = "{label}"; check_interval = 2s; retry_interval = 2s; max_check_attempts = 1 }}\n'
        for label in ("Fine", "Low", "Expired", "Away")
    )
    return (
        'object CheckCommand "seranking" {\n'
        f'  command = [ "{sys.executable}", "-m", "seranking_tray", "status", "--format", "nagios" ]\n'
        '  arguments = { "--account" = "$seranking_account$" }\n'
        "  timeout = 60s\n"
        "}\n"
        'object Host "agency" { check_command = "dummy"; enable_active_checks = false }\n' + services
    )


def test_icinga2_reports_each_accounts_state_with_parsed_perfdata(
    tmp_path: Path, run_cli: RunCli, env: dict[str, str], fake_api: FakeSeRanking, keys: dict[str, str]
) -> None:
    add_accounts(run_cli, env, fake_api, keys, away=True)
    icinga = Icinga2(tmp_path / "icinga2", icinga_objects())
    validated = icinga.validate()
    assert validated.returncode == 0, validated.stdout + validated.stderr
    with running(icinga.start(env)) as daemon:

        def all_checked() -> dict[str, dict[str, object]] | None:
            assert daemon.process.poll() is None, daemon.output()[-3000:]
            found = icinga.services()
            return found if all(s.get("last_check_result") for s in found.values()) and len(found) == 4 else None

        services = wait_until(all_checked, 60, "a check result for every Service", retry_on=(OSError,))
        states = {name: int(attrs["state"]) for name, attrs in services.items()}  # type: ignore[call-overload]
        assert states == {"Fine": 0, "Low": 1, "Expired": 2, "Away": 3}
        results = {name: attrs["last_check_result"] for name, attrs in services.items()}
        assert results["Low"]["output"].startswith("SE RANKING WARNING - Low: LOW BALANCE")  # type: ignore[index]
        assert results["Away"]["performance_data"] == []  # type: ignore[index]
        for result in results.values():
            assert not any(key in json.dumps(result["command"]) for key in keys.values())  # type: ignore[index]
        # Icinga's own perfdata parser: the balance, its currency in the label, the threshold as the warning.
        parsed = icinga.evaluate(
            'get_service("agency", "Low").last_check_result.performance_data.map(p => parse_performance_data(p))'
        )
        assert [(p["label"], p["value"], p["warn"], p["min"], p["max"]) for p in parsed] == [
            ("Low balance USD", 3.5, 10, 0, None),
            ("Low credits left", 90055398, 10132344.4, 0, 101323444),
            ("Low credits days to expiry", 12, 7, None, None),
        ]
        fine = icinga.evaluate(
            'parse_performance_data(get_service("agency", "Fine").last_check_result.performance_data[0])'
        )
        assert (fine["label"], fine["value"], fine["warn"]) == ("Fine balance USD", 1234.5, 10)


def serve_metrics(env: dict[str, str], log: Path, keys: dict[str, str], *extra: str) -> tuple[Daemon, str]:
    """`metrics --serve 127.0.0.1:0` (the kernel picks the port; the command says which on stderr)."""
    argv = [sys.executable, "-m", "seranking_tray", *extra, "metrics", "--serve", "127.0.0.1:0"]
    daemon = Daemon(argv, log, env=env)
    line = wait_until(
        lambda: next((x for x in daemon.output().splitlines() if "serving the metrics on" in x), None),
        30,
        "metrics --serve to listen",
    )
    cmdline = Path(f"/proc/{daemon.process.pid}/cmdline").read_bytes().decode()
    assert not any(key in cmdline for key in keys.values())
    return daemon, line.rsplit(" ", 1)[1]


def test_prometheus_scrapes_the_balance_and_days_to_expiry_with_labels_and_promtool_accepts_them(
    tmp_path: Path, run_cli: RunCli, env: dict[str, str], fake_api: FakeSeRanking, keys: dict[str, str]
) -> None:
    add_accounts(run_cli, env, fake_api, keys, away=False)
    daemon, url = serve_metrics(env, tmp_path / "serve.log", keys)
    with running(daemon):
        text = http_get(url)
        lint = subprocess.run([PROMTOOL, "check", "metrics"], input=text, capture_output=True, text=True, timeout=30)
        assert lint.returncode == 0, lint.stdout + lint.stderr
        target = url.removeprefix("http://").removesuffix("/metrics")
        prometheus = Prometheus(tmp_path / "prometheus", [target])
        with running(prometheus.start()):
            balances = wait_until(
                lambda: {r["metric"]["account"]: r for r in prometheus.query("seranking_balance")} or None,
                60,
                "Prometheus to have scraped the balances",
            )
            assert {a: float(r["value"][1]) for a, r in balances.items()} == {
                "Fine": 1234.5,
                "Low": 3.5,
                "Expired": 1234.5,
            }
            assert balances["Low"]["metric"]["currency"] == "USD"
            assert balances["Low"]["metric"]["account_id"]
            expiry = prometheus.query("floor((seranking_credits_expiry_timestamp_seconds - time()) / 86400)")
            assert {r["metric"]["account"]: float(r["value"][1]) for r in expiry} == {"Fine": 40, "Low": 12}
            low = prometheus.query('seranking_health{seranking_health="low_balance"} == 1')
            assert [r["metric"]["account"] for r in low] == ["Low"]
        daemon.process.send_signal(signal.SIGINT)  # Ctrl-C: a clean exit too
        assert daemon.process.wait(15) == 0
        assert "Traceback" not in daemon.output()


def test_node_exporter_exposes_the_textfile(
    tmp_path: Path, run_cli: RunCli, env: dict[str, str], fake_api: FakeSeRanking, keys: dict[str, str]
) -> None:
    add_accounts(run_cli, env, fake_api, keys, away=False)
    collected = tmp_path / "textfile"
    collected.mkdir()
    proc = run_cli("metrics", "--textfile", str(collected / "seranking.prom"), env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert sorted(p.name for p in collected.iterdir()) == ["seranking.prom"]  # no temporary file left behind
    exporter = NodeExporter(tmp_path, collected)
    with running(exporter.start()) as daemon:
        exposed = exporter.metrics(daemon)
    balance_lines = [line for line in exposed.splitlines() if line.startswith("seranking_balance{")]
    assert any('account="Low"' in line and line.endswith(" 3.5") for line in balance_lines), exposed[-2000:]
    assert "node_textfile_scrape_error 0" in exposed


def test_scraping_ten_times_a_second_checks_each_account_at_most_once_an_interval(
    tmp_path: Path, run_cli: RunCli, env: dict[str, str], fake_api: FakeSeRanking, keys: dict[str, str]
) -> None:
    add_accounts(run_cli, env, fake_api, keys, away=False)
    interval = 4
    fake_api.clear_requests()
    daemon, url = serve_metrics(env, tmp_path / "serve.log", keys, "--refresh-interval", str(interval))
    with running(daemon):
        start = time.monotonic()
        for i in range(100):
            # Pacing the load (10 scrapes a second), not waiting for a condition.
            time.sleep(max(0.0, start + i * 0.1 - time.monotonic()))
            assert 'seranking_balance{account="Low"' in http_get(url)
        elapsed = time.monotonic() - start
        assert daemon.terminate() == 0  # SIGTERM: a clean exit
    allowed = int(elapsed // interval) + 1
    for label, key in keys.items():
        checks = [r for r in fake_api.requests_to("balance") if token_of(r.headers, r.query) == key]
        assert 2 <= len(checks) <= allowed, f"{label}: {len(checks)} checks in {elapsed:.1f} s"


def readme_block(marker: str) -> str:
    """The fenced block right after `<!-- marker -->` in the README."""
    after = README.read_text("utf-8").split(f"<!-- {marker} -->\n", 1)[1]
    assert after.startswith("```"), marker
    return after.split("\n", 1)[1].split("\n```\n", 1)[0] + "\n"


def test_the_readmes_alert_rules_pass_promtool_and_fire_on_the_metrics_names(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yml"
    rules.write_text(readme_block("prometheus rules"), encoding="utf-8")
    checked = subprocess.run([PROMTOOL, "check", "rules", str(rules)], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "SUCCESS: 4 rules found" in checked.stdout
    # And they fire on what `metrics` exposes (promtool's rule unit test; time() starts at 0 there).
    labels = 'account="Low",account_id="a1b2",currency="USD"'
    (tmp_path / "test.yml").write_text(
        json.dumps(
            {
                "rule_files": [str(rules)],
                "evaluation_interval": "1m",
                "tests": [
                    {
                        "interval": "1m",
                        "input_series": [
                            {"series": f"seranking_balance{{{labels}}}", "values": "3.5x30"},
                            {"series": f"seranking_low_balance_threshold{{{labels}}}", "values": "10x30"},
                            {
                                "series": 'seranking_credits_runout_timestamp_seconds{account="Low",account_id="a1b2"}',
                                "values": f"{3 * 86400}x30",
                            },
                        ],
                        "alert_rule_test": [
                            {
                                "eval_time": "20m",
                                "alertname": "SeRankingBalanceLow",
                                "exp_alerts": [
                                    {
                                        "exp_labels": {
                                            "severity": "warning",
                                            "account": "Low",
                                            "account_id": "a1b2",
                                            "currency": "USD",
                                        },
                                        "exp_annotations": {"summary": "SE Ranking balance of Low is 3.5 USD"},
                                    }
                                ],
                            },
                            {
                                "eval_time": "5m",
                                "alertname": "SeRankingCreditsRunOutSoon",
                                "exp_alerts": [
                                    {
                                        "exp_labels": {"severity": "warning", "account": "Low", "account_id": "a1b2"},
                                        "exp_annotations": {
                                            "summary": "SE Ranking API credits of Low run out within 7 days"
                                        },
                                    }
                                ],
                            },
                        ],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    tested = subprocess.run(
        [PROMTOOL, "test", "rules", str(tmp_path / "test.yml")], capture_output=True, text=True, timeout=30
    )
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_the_readmes_icinga_command_and_service_validate(tmp_path: Path) -> None:
    objects = 'object Host "agency" { check_command = "dummy" }\n' + readme_block("icinga2")
    validated = Icinga2(tmp_path, objects).validate()
    assert validated.returncode == 0, validated.stdout[-3000:] + validated.stderr[-3000:]
