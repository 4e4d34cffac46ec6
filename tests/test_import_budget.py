"""What the two hot paths load, pinned: the GUI up to its first icon, and `seranking-tray status`.

A slow import creeping onto either path fails here, not only in a benchmark. The package's own modules are
pinned exactly (a module that joins a path is a decision: add it below, on purpose); heavy third-party and
standard-library modules that belong behind the GUI's one deferred import are forbidden by name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from harness.faults import FakeSeRanking
from harness.plugin import DesktopSessionFactory
from tests.conftest import private_env

# Everything of the package that the first icon needs (gui.main imports gui.app only after it is shown).
ICON_PATH = {
    "seranking_tray",
    # Issue 18: the first icon is a bare QSystemTrayIcon with its (empty) menu (gui.first_icon); the tray with its
    # menu and tooltip (gui.tray, presentation, the domain's view: ~20 ms), and the several-accounts parts of issue
    # 13, load from the event loop with gui.app. The tray app's flags are read without the commands' parser.
    "seranking_tray.domain",
    "seranking_tray.domain.account",
    "seranking_tray.domain.apikey",
    "seranking_tray.domain.errors",
    "seranking_tray.domain.rules",
    # issue 17: the language is chosen before the first word is shown; the phrases' contexts and marker
    "seranking_tray.domain.languages",
    "seranking_tray.domain.phrases",
    "seranking_tray.gui.i18n",
    "seranking_tray.system.resources",  # where the .qm files are
    # a settings file's warnings and every error are worded as a Sentence (its template translated where shown)
    "seranking_tray.domain.sentence",
    "seranking_tray.domain.money",
    "seranking_tray.entry",
    "seranking_tray.gui",
    "seranking_tray.gui.first_icon",
    "seranking_tray.gui.icons",
    "seranking_tray.gui.main",
    "seranking_tray.gui.options",
    "seranking_tray.gui.painting",
    "seranking_tray.gui.single_instance",
    "seranking_tray.store",
    "seranking_tray.store.settings",
    "seranking_tray.system",
    "seranking_tray.system.files",
    "seranking_tray.system.logs",
    "seranking_tray.system.paths",
}
# After the icon, never before it: the network, the keyring, the history, D-Bus, the log file, Qt's enum namespace
# users (windows), the CLI's commands.
NOT_ON_ICON_PATH = {
    "seranking_tray.cli",
    "seranking_tray.gui.tray",  # issue 18: after the first icon (see ICON_PATH)
    "seranking_tray.domain.account_view",
    "requests",
    "urllib3",
    "keyring",
    "jeepney",
    "cryptography",
    "sqlite3",
    "statistics",
    "secrets",
    "logging.handlers",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtSvg",
    "seranking_tray.gui.app",
    "seranking_tray.gui.worker",
    "seranking_tray.gui.account_window",
    "seranking_tray.gui.settings_dialog",
    "seranking_tray.cli.commands",
    "prometheus_client",
}

# `status` with the key in the environment: no Qt, no keyring backend, none of the GUI.
STATUS_PATH = {
    "seranking_tray",
    "seranking_tray.api",
    "seranking_tray.api.meters",  # issue 14: which endpoints, the credits' value, words and meters
    "seranking_tray.domain.credit_words",
    "seranking_tray.domain.credits",
    "seranking_tray.domain.meters",
    "seranking_tray.domain.bad_answer",  # the parsers' shared words for an answer they cannot use
    # issue 15: status reads the sub-accounts and projects too
    "seranking_tray.api.lists",
    "seranking_tray.cli.lists",
    "seranking_tray.domain.lists",
    "seranking_tray.domain.list_health",
    "seranking_tray.service.lists",
    "seranking_tray.api.client",
    "seranking_tray.api.rate",
    "seranking_tray.api.transport",
    "seranking_tray.cli",
    "seranking_tray.cli.accounts",
    "seranking_tray.cli.commands",
    "seranking_tray.cli.history",
    "seranking_tray.cli.key",
    "seranking_tray.cli.parser",
    "seranking_tray.cli.status",
    "seranking_tray.cli.status_accounts",
    # issue 19: `status --format nagios`, pure formatting and its runner (small; prometheus-client stays off)
    "seranking_tray.cli.nagios",
    "seranking_tray.cli.nagios_run",
    "seranking_tray.domain",
    "seranking_tray.domain.account",
    "seranking_tray.domain.apikey",
    "seranking_tray.domain.attention",
    "seranking_tray.domain.errors",
    "seranking_tray.domain.forecast",
    "seranking_tray.domain.health",
    "seranking_tray.domain.models",
    "seranking_tray.domain.money",
    "seranking_tray.domain.outcome",
    "seranking_tray.domain.readings",
    "seranking_tray.domain.rules",
    "seranking_tray.domain.sentence",
    "seranking_tray.domain.phrases",  # issue 17: the words' English sources (no translator: English)
    "seranking_tray.domain.languages",  # issue 17: the language setting's values (store.settings checks them)
    "seranking_tray.domain.wording",
    "seranking_tray.entry",
    "seranking_tray.service",
    "seranking_tray.service.account_history",  # cli.accounts: remove --delete-history (store.history was there)
    "seranking_tray.service.account_list",
    "seranking_tray.service.accounts",
    "seranking_tray.service.monitor",
    "seranking_tray.store",
    "seranking_tray.store.history",
    "seranking_tray.store.history_sql",
    "seranking_tray.store.keystore",
    "seranking_tray.store.settings",
    "seranking_tray.system",
    "seranking_tray.system.files",
    "seranking_tray.system.logs",
    "seranking_tray.system.paths",
    "seranking_tray.system.threads",
}
NOT_ON_STATUS_PATH = {
    "PySide6",
    "shiboken6",
    "keyring",
    "secretstorage",
    "cryptography",
    "jeepney",
    "seranking_tray.gui",
    "prometheus_client",  # `metrics` only
    "seranking_tray.cli.metrics",
}

# `status` with the key in the Secret Service (gnome-keyring), as a user who ran `key set` has it (issue 18): the
# key is read over D-Bus with jeepney; keyring's backend, SecretStorage and its cryptography stack stay out.
STATUS_PATH_WITH_KEYRING = STATUS_PATH | {"seranking_tray.store.secret_service"}
NOT_ON_STATUS_PATH_WITH_KEYRING = (NOT_ON_STATUS_PATH - {"jeepney"}) | {"jeepney.io.asyncio", "jeepney.io.trio"}

# Runs the real start-up up to the moment the first icon is shown (gui.main's _start_app is where the deferred
# import happens), prints sys.modules and quits.
_ICON_PROBE = """
import json, sys
from seranking_tray import entry
from seranking_tray.gui import main

def at_first_icon(qt_app, *args):
    import PySide6.QtCore
    sys.stdout.write("MODULES=" + json.dumps(sorted(sys.modules)) + "\\n")
    # PySide6's Qt namespace: its first use costs 12-25 ms (gui/icons.py); not before the first icon.
    sys.stdout.write("QT_NAMESPACE=" + str("Qt" in vars(PySide6.QtCore)) + "\\n")
    qt_app.quit()

main._start_app = at_first_icon
sys.exit(entry.main([]))
"""

_STATUS_PROBE = """
import json, sys
from seranking_tray import entry
code = entry.main(["status", "--json"])
sys.stderr.write("MODULES=" + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""


def _modules(output: str) -> set[str]:
    lines = [line for line in output.splitlines() if line.startswith("MODULES=")]
    assert len(lines) == 1, output
    return set(json.loads(lines[0].removeprefix("MODULES=")))


def _loaded(modules: set[str], names: set[str]) -> list[str]:
    """Which of `names` (or their submodules) are in `modules`."""
    return sorted(m for m in modules if m in names or any(m.startswith(name + ".") for name in names))


def _package(modules: set[str]) -> set[str]:
    return {m for m in modules if m == "seranking_tray" or m.startswith("seranking_tray.")}


def test_the_first_icon_loads_only_its_own_modules(tmp_path: Path) -> None:
    env = private_env(tmp_path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    proc = subprocess.run(
        [sys.executable, "-c", _ICON_PROBE], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    modules = _modules(proc.stdout)
    package = _package(modules)
    assert package == ICON_PATH, (
        f"joined the icon path: {sorted(package - ICON_PATH)}; left it: {sorted(ICON_PATH - package)}"
    )
    assert _loaded(modules, NOT_ON_ICON_PATH) == []
    assert "QT_NAMESPACE=False" in proc.stdout.splitlines(), "the Qt namespace was loaded before the first icon"


def test_status_loads_no_qt_and_no_keyring_with_the_key_in_the_environment(
    tmp_path: Path, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    env = private_env(tmp_path)
    env["SERANKING_API_URL"] = fake_api.url
    env["SERANKING_API_KEY"] = sentinel_key
    proc = subprocess.run(
        [sys.executable, "-c", _STATUS_PROBE], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["health"] == "ok"
    modules = _modules(proc.stderr)
    package = _package(modules)
    assert package == STATUS_PATH, (
        f"joined the status path: {sorted(package - STATUS_PATH)}; left it: {sorted(STATUS_PATH - package)}"
    )
    assert _loaded(modules, NOT_ON_STATUS_PATH) == []


@pytest.mark.desktop
def test_status_with_the_key_in_gnome_keyring_loads_neither_keyring_nor_cryptography(
    tmp_path: Path, desktop_session: DesktopSessionFactory, fake_api: FakeSeRanking, sentinel_key: str
) -> None:
    session = desktop_session(keyring=True, tray=False)
    env = session.env(SERANKING_API_URL=fake_api.url)
    assert "SERANKING_API_KEY" not in env and "PYTHON_KEYRING_BACKEND" not in env
    # Stored the way a user stores it: `key set` goes through keyring (writes may load it).
    stored = subprocess.run(
        [sys.executable, "-m", "seranking_tray", "key", "set"],
        input=sentinel_key + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert stored.returncode == 0, stored.stdout + stored.stderr
    proc = subprocess.run(
        [sys.executable, "-c", _STATUS_PROBE], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["health"] == "ok"
    assert fake_api.requests_to("balance")[0].headers["Authorization"] == f"Token {sentinel_key}"
    modules = _modules(proc.stderr)
    package = _package(modules)
    assert package == STATUS_PATH_WITH_KEYRING, (
        f"joined the status path: {sorted(package - STATUS_PATH_WITH_KEYRING)}; "
        f"left it: {sorted(STATUS_PATH_WITH_KEYRING - package)}"
    )
    assert _loaded(modules, NOT_ON_STATUS_PATH_WITH_KEYRING) == []
    assert {"secretstorage", "cryptography", "keyring"} <= NOT_ON_STATUS_PATH_WITH_KEYRING
    assert sentinel_key not in proc.stdout + proc.stderr


def test_the_budget_check_sees_a_module_that_joins_a_path() -> None:
    """The comparison itself: a heavy module by name or as a parent package is caught."""
    assert _loaded({"requests.adapters", "json"}, NOT_ON_ICON_PATH) == ["requests.adapters"]
    assert _loaded({"PySide6.QtCore"}, NOT_ON_STATUS_PATH) == ["PySide6.QtCore"]
    assert _loaded({"PySide6.QtCore"}, NOT_ON_ICON_PATH) == []
    assert _loaded({"cryptography.hazmat.primitives"}, NOT_ON_STATUS_PATH_WITH_KEYRING) == [
        "cryptography.hazmat.primitives"
    ]
