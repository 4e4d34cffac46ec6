"""pytest fixtures for real-desktop tests (loaded from tests/conftest.py via ``pytest_plugins``).

* ``desktop`` - a started :class:`DesktopSession` for one test.  Options come from the test's
  ``desktop`` marker: ``@pytest.mark.desktop(notifications="dunst", keyring=False)``.
* ``desktop_session`` - a factory, for tests that want to choose options in code or need
  several sessions: ``desktop_session(tray=False)``.  Every session it made is stopped after the test.
* ``desktop_artifacts`` - ``test-artifacts/`` at the repository root, for screenshots and logs.

When a test using a session fails, the session's screenshot and daemon logs are saved under
``test-artifacts/desktop/<test>/`` before teardown.

A machine without the needed Debian packages makes these fixtures FAIL (never skip): a desktop
test that silently does not run would hide exactly the breakage it exists to catch.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, Final, Protocol

import pytest

from harness.hosts import Host, HostSession, host_executables
from harness.session import (
    DesktopSession,
    DesktopSessionError,
    NotificationsMode,
    missing_executables,
    required_executables,
)
from harness.tray_app import TrayAppProcess

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
DESKTOP_DEPS_SCRIPT: Final = REPO_ROOT / "scripts" / "desktop-deps"
ARTIFACTS_DIR: Final = REPO_ROOT / "test-artifacts"

_reports_key = pytest.StashKey[dict[str, pytest.TestReport]]()


class DesktopSessionFactory(Protocol):
    def __call__(
        self,
        *,
        notifications: NotificationsMode = "recorder",
        keyring: bool = True,
        tray: bool = True,
        **options: Any,
    ) -> DesktopSession: ...


@functools.cache
def _missing_packages() -> str:
    """What ``scripts/desktop-deps --missing`` prints (empty when everything is installed)."""
    if shutil.which("dpkg-query") is None:
        return ""  # not a Debian machine: only the executables check below applies
    result = subprocess.run(
        ["bash", str(DESKTOP_DEPS_SCRIPT), "--missing"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        return f"(scripts/desktop-deps --missing failed with status {result.returncode}: {result.stderr.strip()})"
    return result.stdout.strip()


def require_desktop_dependencies(*, notifications: NotificationsMode, keyring: bool, tray: bool) -> None:
    """Fail the current test, naming the packages to install, unless the session can run here."""
    missing_programs = missing_executables(
        required_executables(notifications=notifications, keyring=keyring, tray=tray)
    )
    missing_packages = _missing_packages()
    if not missing_programs and not missing_packages:
        return
    lines = ["The real-desktop tests need Debian packages that are not installed."]
    if missing_packages:
        lines.append(f"scripts/desktop-deps --missing: {missing_packages}")
    if missing_programs:
        lines.append(f"programs not found: {' '.join(missing_programs)}")
    lines.append("Install them with: scripts/desktop-deps --install")
    pytest.fail("\n".join(lines), pytrace=False)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    # Keep each phase's report on the test item, so fixture teardown can tell whether the test failed.
    report = yield
    item.stash.setdefault(_reports_key, {})[report.when] = report
    return report


def _test_failed(node: pytest.Item) -> bool:
    reports = node.stash.get(_reports_key, {})
    return any(report.failed for report in reports.values())


def _save_failure_artifacts(session: DesktopSession, node: pytest.Item, index: int) -> Path:
    safe_name = re.sub(r"[^A-Za-z0-9_.-]+", "_", node.nodeid).strip("_")
    target = ARTIFACTS_DIR / "desktop" / (safe_name if index == 0 else f"{safe_name}-{index}")
    target.mkdir(parents=True, exist_ok=True)
    try:
        session.screenshot(target / "screen.png")
    except (OSError, subprocess.SubprocessError, DesktopSessionError) as error:
        (target / "screen-error.txt").write_text(f"{error!r}\n")
    for name, text in session.logs().items():
        (target / name).write_text(text)
    return target


@pytest.fixture
def desktop_session(request: pytest.FixtureRequest) -> Iterator[DesktopSessionFactory]:
    """A factory starting :class:`DesktopSession` objects; all are stopped after the test."""
    sessions: list[DesktopSession] = []

    def start_session(
        *,
        notifications: NotificationsMode = "recorder",
        keyring: bool = True,
        tray: bool = True,
        **options: Any,
    ) -> DesktopSession:
        require_desktop_dependencies(notifications=notifications, keyring=keyring, tray=tray)
        session = DesktopSession(notifications=notifications, keyring=keyring, tray=tray, **options)
        session.start()
        sessions.append(session)
        return session

    yield start_session

    failed = _test_failed(request.node) if isinstance(request.node, pytest.Item) else False
    for index, session in reversed(list(enumerate(sessions))):
        try:
            if failed:
                saved = _save_failure_artifacts(session, request.node, index)
                print(f"desktop session artifacts: {saved}")
        finally:
            session.stop()


@pytest.fixture
def desktop(request: pytest.FixtureRequest, desktop_session: DesktopSessionFactory) -> DesktopSession:
    """A started session with the options of the test's ``desktop`` marker (defaults otherwise)."""
    marker = request.node.get_closest_marker("desktop")
    options: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    return desktop_session(**options)


@pytest.fixture
def desktop_artifacts() -> Path:
    """``test-artifacts/`` at the repository root (git-ignored), created if needed."""
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS_DIR


@pytest.fixture
def apps() -> Iterator[list[TrayAppProcess]]:
    """Real app processes a test started (append them); each is stopped after the test."""
    started: list[TrayAppProcess] = []
    yield started
    for app in started:
        app.stop()


class HostSessionFactory(Protocol):
    def __call__(self, host: Host) -> HostSession: ...


@pytest.fixture
def desktop_host(request: pytest.FixtureRequest) -> Iterator[HostSessionFactory]:
    """Starts a real desktop (GNOME, KDE or sway, see harness/hosts.py); stopped after the test.

    A host that cannot start fails the test (never skips); on failure its screenshot and logs are saved.
    """
    sessions: list[HostSession] = []

    def start_host(host: Host) -> HostSession:
        missing = missing_executables(host_executables(host))
        if missing or _missing_packages():
            pytest.fail(
                f"{host} cannot run here: programs not found: {' '.join(missing) or '-'}; "
                f"scripts/desktop-deps --missing: {_missing_packages() or '-'}. "
                "Install them with: scripts/desktop-deps --install",
                pytrace=False,
            )
        session = HostSession(host)
        try:
            session.start()
        except DesktopSessionError:
            target = ARTIFACTS_DIR / "desktop" / re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid).strip("_")
            target.mkdir(parents=True, exist_ok=True)
            for name, text in session.failed_logs.items():
                (target / name).write_text(text)
            print(f"desktop session logs: {target}")
            raise
        sessions.append(session)
        return session

    yield start_host

    failed = _test_failed(request.node) if isinstance(request.node, pytest.Item) else False
    for index, session in reversed(list(enumerate(sessions))):
        try:
            if failed and session.running:
                print(f"desktop session artifacts: {_save_failure_artifacts(session, request.node, index)}")
        finally:
            session.stop()
