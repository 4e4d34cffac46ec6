"""Issue 14: the test harness fails any non-loopback connect (harness/loopback_guard.py, harness/loopback_plugin.py).

In pytest's process and in every Python child the tests start (the CLI, the app), an audit hook refuses a connect to
anything but 127.0.0.0/8, ::1, localhost and unix sockets, and a lookup of any other name, before the system call.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from harness.faults import FakeSeRanking
from harness.loopback_guard import ENV_VARIABLE, GUARD_SITE, NonLoopbackRefused, guarded, take_refusals
from harness.session import DesktopSession

from .conftest import RunCli
from .test_cli import check_schema

OFF_MACHINE = "192.0.2.1"  # TEST-NET-1: never routed, so even a broken guard sends nothing anywhere useful


def test_an_in_process_connect_off_the_machine_is_refused_naming_the_address() -> None:
    with pytest.raises(NonLoopbackRefused, match=r"loopback guard: refused connect to 192\.0\.2\.1:9\b"):
        socket.create_connection((OFF_MACHINE, 9), timeout=5)
    with pytest.raises(NonLoopbackRefused, match=r"refused lookup of api\.seranking\.com:443"):
        socket.getaddrinfo("api.seranking.com", 443)
    with pytest.raises(NonLoopbackRefused, match=r"refused lookup of example\.org"):
        socket.gethostbyname("example.org")
    # Through requests it is an ordinary connection error, as the app's network handling sees it.
    with pytest.raises(requests.ConnectionError, match=r"refused connect to 192\.0\.2\.1:443"):
        requests.get(f"https://{OFF_MACHINE}/", timeout=5)
    refused = take_refusals()  # taken: otherwise the plugin fails this test at teardown, as it should
    assert len(refused) == 4 and all(r.startswith("loopback guard: refused") for r in refused)


def test_loopback_and_unix_sockets_still_work(fake_api: FakeSeRanking, tmp_path: Path) -> None:
    port = int(fake_api.url.rsplit(":", 1)[1].rstrip("/"))
    socket.create_connection(("127.0.0.1", port), timeout=5).close()
    socket.create_connection(("localhost", port), timeout=5).close()
    assert socket.getaddrinfo("localhost", port)
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as v6:
        # ::1 passes the guard; whether this machine listens there does not matter, only that it is not refused
        with pytest.raises(OSError) as caught:
            v6.settimeout(5)
            v6.connect(("::1", 9))
        assert not isinstance(caught.value, NonLoopbackRefused)
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
        server.bind(path)
        server.listen(1)
        client.connect(path)
    assert take_refusals() == []


def test_a_cli_child_is_guarded_and_reports_a_network_error(
    run_cli: RunCli, cli_env: dict[str, str], fake_api: FakeSeRanking, tmp_path: Path
) -> None:
    child_log = tmp_path / "child-guard.log"  # the child's own: the run's log would fail this test
    env = {**cli_env, "SERANKING_API_URL": f"https://{OFF_MACHINE}", ENV_VARIABLE: str(child_log)}
    proc = run_cli("status", "--json", env=env)
    assert proc.returncode == 3, (proc.stdout, proc.stderr)
    doc = json.loads(proc.stdout)
    check_schema(doc)
    assert doc["error"]["kind"] == "network"
    refused = child_log.read_text()
    assert f"loopback guard: refused connect to {OFF_MACHINE}:443" in refused
    # With a non-loopback Project URL the credits go to the default Data API host: its name is never looked up.
    assert "loopback guard: refused lookup of api.seranking.com:443" in refused
    assert not fake_api.wait_for_arrivals(1, timeout=0)


def test_environments_built_from_scratch_get_the_guard() -> None:
    env = guarded({"PATH": "/usr/bin", "PYTHONPATH": "/somewhere"})
    assert env[ENV_VARIABLE] == os.environ[ENV_VARIABLE]
    assert env["PYTHONPATH"].split(os.pathsep) == [str(GUARD_SITE), "/somewhere"]


def test_a_test_that_swallows_the_refusal_still_fails(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import socket

        def test_quietly_online():
            try:
                socket.create_connection(("192.0.2.1", 9), timeout=5)
            except OSError:
                pass
        """
    )
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "-p", "no:randomly", "-p", "harness.loopback_plugin"
    )
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*tried to reach a non-loopback address*", "*refused connect to 192.0.2.1:9*"])


_CONNECT_OFF_MACHINE = """
import socket
try:
    socket.create_connection(("192.0.2.1", 9), timeout=5)
except OSError as exc:
    print(type(exc).__name__, exc)
"""


@pytest.mark.desktop(notifications=None, keyring=False, tray=False)
def test_a_process_started_in_a_desktop_session_is_guarded(desktop: DesktopSession, tmp_path: Path) -> None:
    """The session builds its children's environment from scratch (harness/session.py): the guard is in it."""
    child_log = tmp_path / "session-child-guard.log"
    out = tmp_path / "child.out"
    with out.open("wb") as sink:
        child = desktop.spawn(
            [sys.executable, "-c", _CONNECT_OFF_MACHINE],
            extra_env={ENV_VARIABLE: str(child_log)},
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
        assert child.wait(timeout=60) == 0
    assert "NonLoopbackRefused loopback guard: refused connect to 192.0.2.1:9" in out.read_text()
    assert "refused connect to 192.0.2.1:9" in child_log.read_text()
