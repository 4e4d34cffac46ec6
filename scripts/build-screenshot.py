"""Take the screenshot the AppStream metainfo shows (resources/screenshots/tray-menu.png), in a real desktop session.

Usage: python scripts/build-screenshot.py [OUTPUT.png]

The same private session as the real-desktop tests (harness/: Xvfb, D-Bus, xfce4-panel as the tray), the app
against the loopback fake API (the sample account "Jane Roe"), the account window opened by a click on the icon and
the panel's tray menu by a right click. Besides scripts/desktop-deps it needs xdotool (to click) and xsetroot (a
calm background): `apt-get install xdotool x11-xserver-utils`.
"""

from __future__ import annotations

import re
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.session import DesktopSession  # noqa: E402
from harness.tray_app import TrayAppProcess, wait_until, window_names  # noqa: E402
from seranking_tray.testing.fake_api import FakeSeRanking  # noqa: E402

OUTPUT = ROOT / "resources" / "screenshots" / "tray-menu.png"
SCREEN = "1600x900x24"
MARGIN = 30  # background right of and below the window
BACKGROUND = "#4a6b82"
ICON_POSITION = ("11", "15")  # the first (only) icon in the test session's panel
WINDOW_POSITION = ("290", "50")


def windows_matching(session: DesktopSession, pattern: str) -> list[str]:
    return re.findall(pattern, window_names(session))


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(20)
    with FakeSeRanking(key) as fake, DesktopSession(keyring=False, screen=SCREEN) as session:
        env = session.env()

        def xdotool(*args: str) -> str:
            return subprocess.run(["xdotool", *args], env=env, check=True, capture_output=True, text=True).stdout

        subprocess.run(["xsetroot", "-solid", BACKGROUND], env=env, check=True)
        app = TrayAppProcess(session, env={"SERANKING_API_URL": fake.url, "SERANKING_API_KEY": key})
        try:
            app.wait_for_item()
            app.wait_for_tooltip(lambda tip: "$1,234.50" in tip, 20, "the account's figures")
            xdotool("mousemove", *ICON_POSITION, "click", "1")  # left click: the account window
            window = wait_until(
                lambda: xdotool("search", "--onlyvisible", "--name", "^SE Ranking Tray$").split(),
                10,
                "the account window",
            )[0]
            xdotool("windowmove", window, *WINDOW_POSITION)
            placed = rf"\"SE Ranking Tray\".*\+{WINDOW_POSITION[0]}\+{WINDOW_POSITION[1]}"
            wait_until(lambda: windows_matching(session, placed), 10, "the window in its place")
            xdotool("mousemove", *ICON_POSITION, "click", "3")  # right click: the panel draws the tray menu
            wait_until(
                lambda: windows_matching(session, r"\"wrapper-2\.0\".* \d+x([1-9]\d\d)\+\d+\+30 "),
                10,
                "the tray menu below the panel",
            )
            geometry = dict(line.split("=", 1) for line in xdotool("getwindowgeometry", "--shell", window).splitlines())
            # The top-left of the screen, 16:9, just big enough for the panel's menu and the whole window.
            width = int(geometry["X"]) + int(geometry["WIDTH"]) + MARGIN
            height = int(geometry["Y"]) + int(geometry["HEIGHT"]) + MARGIN
            width, height = max(width, height * 16 // 9), max(height, width * 9 // 16)
            shot = session.screenshot(output.with_suffix(".full.png"))
            subprocess.run(
                ["/usr/bin/convert", str(shot), "-crop", f"{width}x{height}+0+0", "+repage", "-strip", str(output)],
                check=True,
            )
            shot.unlink()
        finally:
            app.stop()
    sys.stdout.write(f"wrote {output}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
