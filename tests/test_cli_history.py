"""`status` records checks and forecasts from them; `history` prints them. CLI-as-subprocess against the loopback
fake API, each test with its own XDG_DATA_HOME (where the history lives)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from harness.faults import FakeSeRanking, Fault
from seranking_tray.domain.readings import Reading
from seranking_tray.store.history import HistoryStore

from .conftest import RunCli

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
CSV_HEADER = ["time", "last_seen", "account", "balance", "currency", "subscription_type", "expired", "health", "meter"]


def history_file(env: dict[str, str]) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "seranking-tray" / "history.sqlite3"


def seed(env: dict[str, str], readings: list[Reading]) -> None:
    with HistoryStore.open(history_file(env)) as store:
        assert store.record_many(readings) == len(readings)


def falling(end: datetime, days: int, end_value: float, per_day: float, account: str = "default") -> list[Reading]:
    """Hourly readings over `days` up to `end`, falling by `per_day`."""
    hours = days * 24
    return [
        Reading(
            account,
            end - timedelta(hours=hours - i),
            end - timedelta(hours=hours - i),
            end_value + per_day * (hours - i) / 24,
            "USD",
            "subscription",
            False,
            "ok",
        )
        for i in range(hours + 1)
    ]


def status(run_cli: RunCli, env: dict[str, str], code: int) -> tuple[dict[str, Any], str]:
    proc = run_cli("status", "--json", env=env)
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    (line,) = proc.stdout.splitlines()
    doc = json.loads(line)
    assert isinstance(doc, dict)
    forecast = doc["forecast"]
    assert set(forecast) == {"daily_spend", "days_left", "runs_out_on"}
    for name in ("daily_spend", "days_left"):
        value = forecast[name]
        assert value is None or (isinstance(value, float | int) and not isinstance(value, bool))
    if forecast["runs_out_on"] is not None:
        date.fromisoformat(forecast["runs_out_on"])
    return doc, proc.stderr


def history_rows(run_cli: RunCli, env: dict[str, str], *extra: str) -> list[dict[str, str]]:
    proc = run_cli("history", "--csv", *extra, env=env)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert rows[0] == CSV_HEADER
    return [dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:]]


def test_a_falling_balance_runs_low_then_goes_below_the_threshold(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking
) -> None:
    # Ten days at 10 a day, last seen at 60.4 an hour ago; the threshold is the default 10, the warning 7 days.
    now = datetime.now(UTC)
    seed(cli_env, falling(now - timedelta(hours=1), 10, 60.4, 10))

    fake_api.set_state(balance={"currency_code": "USD", "value": 60.0})
    doc, _ = status(run_cli, cli_env, code=1)
    assert doc["health"] == "running_low"
    forecast = doc["forecast"]
    assert abs(forecast["daily_spend"] - 10) < 0.5
    assert abs(forecast["days_left"] - 6) < 0.3
    assert forecast["runs_out_on"] in {(now + timedelta(days=d)).date().isoformat() for d in (5.7, 6, 6.3)}
    assert "runs out in about 6 days" in doc["message"]
    assert "top up" in doc["message"]

    fake_api.set_state(balance={"currency_code": "USD", "value": 40.0})
    doc, _ = status(run_cli, cli_env, code=1)
    assert doc["health"] == "running_low"
    assert abs(doc["forecast"]["days_left"] - 4) < 0.3

    fake_api.set_state(balance={"currency_code": "USD", "value": 5.0})
    doc, _ = status(run_cli, cli_env, code=1)
    assert doc["health"] == "low_balance"  # below the threshold wins over running low
    assert doc["forecast"]["days_left"] is not None

    # Topped up: the jump is not spending, and the rate learned before it stays.
    fake_api.set_state(balance={"currency_code": "USD", "value": 1000.0})
    doc, _ = status(run_cli, cli_env, code=0)
    assert doc["health"] == "ok"
    assert abs(doc["forecast"]["daily_spend"] - 10) < 0.5
    assert 90 < doc["forecast"]["days_left"] < 110

    recorded = history_rows(run_cli, cli_env)[-4:]
    assert [(r["balance"], r["health"]) for r in recorded] == [
        ("60.0", "running_low"),
        ("40.0", "running_low"),
        ("5.0", "low_balance"),
        ("1000.0", "ok"),
    ]


def test_running_low_days_comes_from_the_settings(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    settings = Path(cli_env["XDG_CONFIG_HOME"]) / "seranking-tray" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"running_low_days": 200}))
    seed(cli_env, falling(datetime.now(UTC) - timedelta(hours=1), 10, 1240, 10))  # the fake says 1234.50
    doc, _ = status(run_cli, cli_env, code=1)
    assert doc["health"] == "running_low"
    settings.write_text(json.dumps({"running_low_days": 0}))  # off
    doc, _ = status(run_cli, cli_env, code=0)
    assert doc["health"] == "ok"
    assert doc["forecast"]["days_left"] is not None


def test_the_first_checks_have_no_forecast_yet(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    doc, _ = status(run_cli, cli_env, code=0)
    assert doc["forecast"] == {"daily_spend": None, "days_left": None, "runs_out_on": None}
    proc = run_cli("status", env=cli_env)
    assert proc.returncode == 0
    assert "Forecast:     not enough history yet" in proc.stdout
    assert len(history_rows(run_cli, cli_env)) == 1  # the two identical checks compacted into one row


def test_human_status_shows_the_forecast(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    seed(cli_env, falling(datetime.now(UTC) - timedelta(hours=1), 10, 60.4, 10))
    fake_api.set_state(balance={"currency_code": "USD", "value": 60.0})
    proc = run_cli("status", env=cli_env)
    assert proc.returncode == 1
    assert "State:        RUNNING LOW" in proc.stdout
    assert re.search(r"Forecast: +≈ 6 days left \(until \d{4}-\d\d-\d\d\) at 10\.\d\d USD a day", proc.stdout)


def test_a_failed_check_is_not_recorded(run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking) -> None:
    fake_api.set_fault("balance", Fault(status=500, body={"message": "boom"}))
    doc, _ = status(run_cli, cli_env, code=3)
    assert doc["health"] == "error"
    assert doc["forecast"] == {"daily_spend": None, "days_left": None, "runs_out_on": None}
    assert history_rows(run_cli, cli_env) == []


def test_a_corrupt_history_is_moved_aside_once_and_checks_go_on(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    path = history_file(cli_env)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage" * 1000)
    doc, stderr = status(run_cli, cli_env, code=0)
    assert doc["health"] == "ok"
    assert stderr.count("warning:") == 1
    assert "kept as history.sqlite3.corrupt-" in stderr
    assert [p.read_bytes() for p in path.parent.glob("history.sqlite3.corrupt-*")] == [b"\x00garbage" * 1000]
    _, stderr = status(run_cli, cli_env, code=0)
    assert "warning" not in stderr  # said once
    assert [r["balance"] for r in history_rows(run_cli, cli_env)] == ["1234.5"]


def test_history_csv_and_since(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    day = datetime(2026, 3, 10, 12, tzinfo=UTC)
    seed(
        cli_env,
        [
            Reading("default", day, day + timedelta(hours=5), 100.0, "USD", "subscription", False, "ok"),
            Reading("agency", day + timedelta(days=1), day + timedelta(days=1), 7.5, "EUR", "trial", True, "expired"),
            Reading("default", day + timedelta(days=2), day + timedelta(days=2), 90.25, "USD", "manual", None, "ok"),
        ],
    )
    rows = history_rows(run_cli, cli_env)
    assert rows[0] == {
        "time": "2026-03-10T12:00:00Z",
        "last_seen": "2026-03-10T17:00:00Z",
        "account": "default",
        "balance": "100.0",
        "currency": "USD",
        "subscription_type": "subscription",
        "expired": "false",
        "health": "ok",
        "meter": "project",  # issue 14: the trailing column
    }
    assert [(r["account"], r["balance"], r["expired"]) for r in rows] == [
        ("default", "100.0", "false"),
        ("agency", "7.5", "true"),
        ("default", "90.25", ""),
    ]
    assert all(ISO_UTC.match(r["time"]) and ISO_UTC.match(r["last_seen"]) for r in rows)
    assert [r["balance"] for r in history_rows(run_cli, cli_env, "--since", "2026-03-11")] == ["7.5", "90.25"]
    assert [r["balance"] for r in history_rows(run_cli, cli_env, "--since", "2026-03-13")] == []
    assert [r["balance"] for r in history_rows(run_cli, cli_env, "--account", "default")] == ["100.0", "90.25"]

    proc = run_cli("history", "--since", "2026-03-11", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:2] == ["time", "last"]
    assert len(lines) == 3
    assert lines[1].split()[:5] == ["2026-03-11T12:00:00Z", "2026-03-11T12:00:00Z", "agency", "7.50", "EUR"]
    assert "(expired)" in lines[1]


def test_history_with_nothing_recorded(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    proc = run_cli("history", env=cli_env)
    assert proc.returncode == 0
    assert proc.stdout == ""
    assert "No readings recorded yet" in proc.stderr
    assert history_rows(run_cli, cli_env) == []
    assert not history_file(cli_env).exists()  # reading never creates the file


def test_history_rejects_a_bad_date(run_cli: RunCli, cli_env: dict[str, str]) -> None:
    proc = run_cli("history", "--since", "10/03/2026", env=cli_env)
    assert proc.returncode == 2
    assert "YYYY-MM-DD" in proc.stderr


_NO_QT = """
import json, sys
import seranking_tray.entry
code = seranking_tray.entry.main(["history", "--csv"])
sys.stderr.write("QT=" + json.dumps(sorted(m for m in sys.modules if m.startswith("PySide6"))) + "\\n")
sys.exit(code)
"""


def test_history_loads_no_pyside6(cli_env: dict[str, str], cli_home: Path) -> None:
    seed(cli_env, falling(datetime.now(UTC), 1, 50, 5))
    proc = subprocess.run(
        [sys.executable, "-c", _NO_QT], env=cli_env, cwd=cli_home, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 1 + 25  # the run really printed the history
    line = next(line for line in proc.stderr.splitlines() if line.startswith("QT="))
    assert json.loads(line.removeprefix("QT=")) == []
