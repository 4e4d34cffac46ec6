"""Driving the real SE Ranking Tray process inside a DesktopSession, and reading it over D-Bus."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from harness import sni
from harness.session import DesktopSession
from harness.waiting import wait_until

__all__ = ["QT_WARNING_MARKERS", "TrayAppProcess", "wait_until", "window_names"]

# Qt's own complaints that must never appear in the app's output.
QT_WARNING_MARKERS = ("QThread: Destroyed", "QObject::", "QTimer", "QSocketNotifier", "Qt: ", "Traceback")


class TrayAppProcess:
    def __init__(
        self,
        session: DesktopSession,
        *args: str,
        env: dict[str, str] | None = None,
        name: str = "seranking-tray",
        module: str = "seranking_tray",  # or a harness module that runs the app and drives it (then stdin)
        stdin: int | None = None,
    ) -> None:
        self.session = session
        self.log_path: Path = session.log_dir / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.started = time.monotonic()
        self.process: subprocess.Popen[bytes] = session.spawn(
            [sys.executable, "-m", module, *args],
            name=name,
            extra_env=env or {},
            stdin=stdin,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.item: str | None = None

    def output(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def wait_for_item(self, timeout: float = 15.0) -> str:
        pid = self.process.pid

        def mine(item: str) -> bool:
            return sni.item_owner_pid(self.session, item) == pid

        self.item = sni.wait_for_item(self.session, timeout, mine)
        return self.item

    def properties(self) -> sni.ItemProperties:
        assert self.item is not None, "wait_for_item() first"
        return sni.item_properties(self.session, self.item)

    def tooltip(self) -> str:
        tip = self.properties().get("ToolTip")
        return f"{tip.title} {tip.description}" if tip else ""

    def colour(self) -> sni.RGB:
        return sni.dominant_colour(self.properties()["IconPixmap"])

    def menu_labels(self) -> list[str]:
        assert self.item is not None
        return sni.menu_labels(sni.menu_layout(self.session, self.item))

    def click(self, label: str) -> None:
        assert self.item is not None
        sni.menu_click_label(self.session, self.item, label)

    def wait_for_tooltip(self, predicate: Callable[[str], bool], timeout: float, what: str) -> str:
        return str(wait_until(lambda: (tip := self.tooltip()) and predicate(tip) and tip, timeout, what))

    def send_signal(self, signum: int = signal.SIGTERM) -> None:
        self.process.send_signal(signum)

    def wait_exit(self, timeout: float) -> int:
        return self.process.wait(timeout)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self._log.close()


def window_names(session: DesktopSession) -> str:
    """Names of the X windows on the screen (xwininfo from x11-utils)."""
    result = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=session.env(), capture_output=True, text=True, timeout=10, check=True
    )
    return result.stdout
