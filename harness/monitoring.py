"""Real monitoring systems for the tests, each a private instance on loopback in a temporary directory: Icinga 2
(its REST API on a self-signed certificate), Prometheus and node_exporter (Debian's packages; scripts/desktop-deps
installs them). Nothing here touches the packages' own configuration, state or services."""

from __future__ import annotations

import contextlib
import getpass
import grp
import json
import os
import shutil
import signal
import socket
import subprocess
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import requests
import urllib3

from harness.waiting import wait_until

ICINGA2 = "/usr/sbin/icinga2"
PROMETHEUS = "/usr/bin/prometheus"
PROMTOOL = "/usr/bin/promtool"
NODE_EXPORTER = "/usr/bin/prometheus-node-exporter"
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def http_get(url: str, timeout: float = 5.0) -> str:
    """A plain GET on loopback (no proxy), the body as text; raises OSError when it is not 200."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=timeout) as response:
        return str(response.read().decode("utf-8"))


class Daemon:
    """A child process in a process group of its own (Icinga 2 forks a worker), its output in a log file; stopped
    with TERM to the group, then KILL."""

    def __init__(self, argv: Sequence[str], log: Path, env: dict[str, str] | None = None) -> None:
        self.log = log
        with log.open("wb") as sink:
            self.process = subprocess.Popen(
                argv, stdout=sink, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )

    def output(self) -> str:
        return self.log.read_text("utf-8", errors="replace")

    def stop(self) -> None:
        group = self.process.pid  # the group this daemon leads, and nothing else
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(15)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)  # a worker left behind
        self.process.wait(5)

    def terminate(self) -> int:
        """SIGTERM to the daemon itself; its exit code."""
        self.process.terminate()
        return self.process.wait(15)


@contextlib.contextmanager
def running(daemon: Daemon) -> Iterator[Daemon]:
    try:
        yield daemon
    finally:
        daemon.stop()


class Icinga2:
    """`icinga2 daemon` with `config` (objects) below a private NodeName, Zone, ApiListener and ApiUser."""

    NODE = "seranking-test"
    USER, PASSWORD = "test", "test-password"

    def __init__(self, root: Path, objects: str) -> None:
        self.root = root
        self.port = free_port()
        certs = root / "data" / "certs"
        for sub in ("log", "cache", "spool", "run"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        certs.mkdir(parents=True, exist_ok=True)
        # The API's own certificate, self-signed and its own CA (no `icinga2 pki`, which would drop to the
        # package's user and could not write here).
        subprocess.run(
            [
                *(
                    "openssl",
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "2",
                    "-subj",
                    f"/CN={self.NODE}",
                ),
                *("-keyout", str(certs / f"{self.NODE}.key"), "-out", str(certs / f"{self.NODE}.crt")),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(certs / f"{self.NODE}.crt", certs / "ca.crt")
        config = root / "icinga2.conf"
        config.write_text(
            f'const NodeName = "{self.NODE}"\nconst ZoneName = "master"\ninclude <itl>\n'
            "object Endpoint NodeName {}\nobject Zone ZoneName { endpoints = [ NodeName ] }\n"
            f'object ApiListener "api" {{ bind_host = "127.0.0.1"; bind_port = {self.port} }}\n'
            f'object ApiUser "{self.USER}" {{ password = "{self.PASSWORD}"; permissions = [ "*" ] }}\n'
            'object CheckerComponent "checker" {}\n' + objects,
            encoding="utf-8",
        )
        user, group = getpass.getuser(), grp.getgrgid(os.getgid()).gr_name
        defines = {
            "DataDir": root / "data",
            "LogDir": root / "log",
            "CacheDir": root / "cache",
            "SpoolDir": root / "spool",
            "InitRunDir": root / "run",
            "RunAsUser": user,
            "RunAsGroup": group,
        }
        self.argv = [ICINGA2, "daemon", "-c", str(config), *(f"-D{k}={v}" for k, v in defines.items())]

    def validate(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.argv, "-C"], capture_output=True, text=True, timeout=60, check=False)

    def start(self, env: dict[str, str]) -> Daemon:
        """Started with `env`, which its checks inherit (the CLI's private home and keyring)."""
        daemon = Daemon(self.argv, self.root / "daemon.log", env=env)
        wait_until(lambda: self._answers(daemon), START_TIMEOUT, "Icinga 2's API", retry_on=(OSError, ValueError))
        return daemon

    def _answers(self, daemon: Daemon) -> bool:
        if daemon.process.poll() is not None:
            raise AssertionError(f"icinga2 exited:\n{daemon.output()[-3000:]}")
        self.get("/v1/status")
        return True

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        with requests.Session() as session:
            session.trust_env = False  # no proxy for loopback
            response = session.request(
                method,
                f"https://127.0.0.1:{self.port}{path}",
                auth=(self.USER, self.PASSWORD),
                headers={"Accept": "application/json"},
                json=body,
                verify=False,  # its self-signed certificate, on loopback
                timeout=10,
            )
        response.raise_for_status()
        return response.json()

    def get(self, path: str) -> Any:
        with _quiet_tls():
            return self._request("GET", path)

    def services(self) -> dict[str, dict[str, Any]]:
        """Service name → its attributes (state, last_check_result)."""
        found = self.get("/v1/objects/services?attrs=state&attrs=last_check_result")["results"]
        return {r["name"].split("!", 1)[1]: r["attrs"] for r in found}

    def evaluate(self, expression: str) -> Any:
        """An expression evaluated by Icinga itself (its console API), e.g. its perfdata parser."""
        with _quiet_tls():
            answer = self._request("POST", "/v1/console/execute-script", {"command": expression, "sandboxed": False})
        result = answer["results"][0]
        assert result["code"] == 200, result
        return result["result"]


@contextlib.contextmanager
def _quiet_tls() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)
        yield


class Prometheus:
    def __init__(self, root: Path, targets: Sequence[str], interval: str = "1s") -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        config = root / "prometheus.yml"
        config.write_text(
            json.dumps(
                {
                    "global": {"scrape_interval": interval, "evaluation_interval": interval},
                    "scrape_configs": [{"job_name": "seranking", "static_configs": [{"targets": list(targets)}]}],
                }
            ),
            encoding="utf-8",
        )
        self.argv = [
            PROMETHEUS,
            f"--config.file={config}",
            f"--storage.tsdb.path={root / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--log.level=warn",
        ]

    def start(self) -> Daemon:
        daemon = Daemon(self.argv, self.root / "prometheus.log")
        wait_until(lambda: self._ready(daemon), START_TIMEOUT, "Prometheus to be ready")
        return daemon

    def _ready(self, daemon: Daemon) -> bool:
        if daemon.process.poll() is not None:
            raise AssertionError(f"prometheus exited:\n{daemon.output()[-3000:]}")
        http_get(f"http://127.0.0.1:{self.port}/-/ready")
        return True

    def query(self, promql: str) -> list[dict[str, Any]]:
        """An instant query's result vector."""
        body = json.loads(
            http_get(f"http://127.0.0.1:{self.port}/api/v1/query?" + urllib.parse.urlencode({"query": promql}))
        )
        assert body["status"] == "success", body
        return list(body["data"]["result"])


class NodeExporter:
    """node_exporter with only the textfile collector, reading `directory`."""

    def __init__(self, root: Path, directory: Path) -> None:
        self.root = root
        self.port = free_port()
        self.argv = [
            NODE_EXPORTER,
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--collector.disable-defaults",
            "--collector.textfile",
            f"--collector.textfile.directory={directory}",
        ]

    def start(self) -> Daemon:
        daemon = Daemon(self.argv, self.root / "node_exporter.log")
        wait_until(lambda: self.metrics(daemon), START_TIMEOUT, "node_exporter to answer")
        return daemon

    def metrics(self, daemon: Daemon | None = None) -> str:
        if daemon is not None and daemon.process.poll() is not None:
            raise AssertionError(f"node_exporter exited:\n{daemon.output()[-3000:]}")
        return http_get(f"http://127.0.0.1:{self.port}/metrics")
