"""The command line speaks English whatever the tray's Language setting or the system's language (issue 17):
scripts parse its output. Its help says so; a warning about the settings file is English too."""

from __future__ import annotations

from pathlib import Path

from .conftest import RunCli


def german(cli_home: Path, cli_env: dict[str, str]) -> dict[str, str]:
    settings = cli_home / "config" / "seranking-tray" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"language": "de", "refresh_interval": 5}')
    return {**cli_env, "LANG": "de_DE.UTF-8", "LANGUAGE": "de", "LC_MESSAGES": "de_DE.UTF-8"}


def test_status_speaks_english_with_a_german_setting_and_system(
    run_cli: RunCli, cli_env: dict[str, str], cli_home: Path
) -> None:
    proc = run_cli("status", env=german(cli_home, cli_env))
    assert proc.returncode == 0, proc.stderr
    assert "1,234.50 USD" in proc.stdout and "Subscription active" in proc.stdout and "State:" in proc.stdout
    assert proc.stderr.strip() == "warning: Setting 'refresh_interval' = 5 is out of range; using 60."


def test_a_failure_is_english_on_the_command_line(run_cli: RunCli, cli_env: dict[str, str], cli_home: Path) -> None:
    env = german(cli_home, cli_env)
    env["SERANKING_API_URL"] = "ftp://example.invalid"
    proc = run_cli("status", env=env)
    assert proc.returncode == 3
    assert "The API URL 'ftp://example.invalid' must start with https:// and name a host." in proc.stdout + proc.stderr


def test_the_help_says_the_commands_speak_english(run_cli: RunCli, cli_env: dict[str, str], cli_home: Path) -> None:
    proc = run_cli("--help", env=german(cli_home, cli_env))
    assert proc.returncode == 0
    assert "The commands always speak English" in " ".join(proc.stdout.split())
