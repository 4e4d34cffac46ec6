"""`status --format nagios` and `metrics` as a monitoring system runs them: the CLI as a subprocess against the
loopback fake, the key in the environment (never argv)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from harness.faults import FakeSeRanking
from seranking_tray.testing.fake_api import credits_body

from .conftest import RunCli


def test_one_account_is_a_plugin_line_with_perfdata(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    proc = run_cli("status", "--format", "nagios", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (
        "SE RANKING OK - Environment: OK - Balance 1,234.50 USD · Subscription active | "
        "'Environment balance USD'=1234.5;10;;0\n"
    )


def test_warning_and_critical_days_move_the_state_of_credits_expiring_in_5_days(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    fake_api.set_state(credits=credits_body(expires_at=datetime.now(UTC) + timedelta(days=5, hours=1)))
    default = run_cli("status", "--format", "nagios", env=cli_env)
    assert default.returncode == 1, default.stdout + default.stderr
    assert default.stdout.startswith("SE RANKING WARNING - Environment: EXPIRING SOON - ")
    assert "'Environment credits days to expiry'=5;7\n" in default.stdout
    later = run_cli("status", "--format", "nagios", "--warning-days", "3", env=cli_env)
    assert later.returncode == 0 and "'Environment credits days to expiry'=5;3\n" in later.stdout
    critical = run_cli("status", "--format", "nagios", "--critical-days", "6", env=cli_env)
    assert critical.returncode == 2
    assert critical.stdout.startswith(
        "SE RANKING CRITICAL - Environment: EXPIRING SOON - API credit subscription expires in 5 days, within the "
        "critical 6 days"
    )
    assert "'Environment credits days to expiry'=5;7;6\n" in critical.stdout
    as_json = json.loads(run_cli("status", "--format", "json", "--warning-days", "3", env=cli_env).stdout)
    assert as_json["health"] == "ok"


def test_contradicting_options_and_an_unknown_account_are_unknown(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    both = run_cli("status", "--json", "--format", "nagios", env=cli_env)
    assert both.returncode == 3
    assert both.stdout == "SE RANKING UNKNOWN - --json and --format nagios contradict each other\n"
    critical = run_cli("status", "--critical-days", "3", env=cli_env)
    assert critical.returncode == 3 and "need --format nagios" in critical.stdout
    unknown = run_cli("status", "--format", "nagios", "--account", "Nobody", env=cli_env)
    assert unknown.returncode == 3
    assert unknown.stdout.startswith("SE RANKING UNKNOWN - ")


def test_metrics_refuses_a_non_loopback_address_without_listen_any(
    run_cli: RunCli, cli_env: dict[str, str], cli_home: Path
) -> None:
    proc = run_cli("metrics", "--serve", "0.0.0.0:9184", env=cli_env)
    assert proc.returncode == 2
    assert "not a loopback address; add --listen-any" in proc.stderr
    printed = run_cli("metrics", env=cli_env)
    assert printed.returncode == 0, printed.stderr
    assert 'seranking_balance{account="Environment",' in printed.stdout
    blocked = cli_home / "a-file"
    blocked.write_text("not a directory", encoding="utf-8")
    unwritable = run_cli("metrics", "--textfile", str(blocked / "seranking.prom"), env=cli_env)
    assert unwritable.returncode == 3 and "cannot write" in unwritable.stderr
    assert "Traceback" not in unwritable.stderr
