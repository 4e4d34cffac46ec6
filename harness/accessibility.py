"""What a screen reader sees of the app: its AT-SPI tree, read in the desktop session by harness/atspi_reader.py.

pyatspi is Debian's (python3-pyatspi), importable by /usr/bin/python3 only, so the reader runs as a subprocess in
the session's environment and prints JSON; this module parses it and says which controls there are, which of
them lack a name, and in which order they should be reached by Tab (reading order: rows top to bottom, each
row left to right).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from harness.session import DesktopSession

SYSTEM_PYTHON: Final = "/usr/bin/python3"
READER: Final = Path(__file__).with_name("atspi_reader.py")
APP_NAME: Final = "SE Ranking Tray"  # the accessible application's name (QApplication's display name)
# The environment that makes Qt expose its widgets over AT-SPI even without a running screen reader.
APP_ENV: Final = {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}

# Roles a user operates (and Tab stops at). Labels, fillers and a tree's cells are not Tab stops of their own.
CONTROL_ROLES: Final = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "spin button",
        "text",
        "password text",
        "entry",
        "tree",
        "tree table",
        "table",
        "list",
        "slider",
        "page tab",
        "link",
    }
)


@dataclass(frozen=True)
class Node:
    window: str
    path: str
    role: str
    name: str
    description: str
    text: str
    labelled_by: tuple[str, ...]
    focusable: bool
    focused: bool
    showing: bool
    enabled: bool
    x: int
    y: int
    width: int
    height: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Node:
        x, y, width, height = data["extents"]
        fields = {key: value for key, value in data.items() if key != "extents"}
        fields["labelled_by"] = tuple(data["labelled_by"])
        return cls(**fields, x=x, y=y, width=width, height=height)

    @property
    def is_control(self) -> bool:
        return self.role in CONTROL_ROLES and self.focusable and self.showing and self.width > 0

    @property
    def said(self) -> str:
        """Role and name: what a screen reader announces when the control gets the focus."""
        return f"{self.role} {self.name!r}"

    def __str__(self) -> str:
        return f"{self.role} {self.name!r} at ({self.x}, {self.y}) {self.width}x{self.height}"


def _run_reader(session: DesktopSession, *args: str, timeout: float = 60) -> Any:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(READER), *args],
        env=session.env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"the AT-SPI reader failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def read_tree(session: DesktopSession, app: str = APP_NAME) -> list[Node]:
    """Every node of every window the app has on the accessibility bus."""
    return [Node.from_json(item) for item in _run_reader(session, "tree", app)]


def window_nodes(session: DesktopSession, window: str, app: str = APP_NAME) -> list[Node]:
    nodes = [node for node in read_tree(session, app) if node.window == window]
    if not nodes:
        raise AssertionError(f"no window {window!r} on the accessibility bus")
    return nodes


def controls(nodes: Sequence[Node]) -> list[Node]:
    """The controls a user operates (shown, focusable, of a control's role); a tree's cells are its own."""
    found = [node for node in nodes if node.is_control]
    return [node for node in found if not any(node.path.startswith(f"{other.path}/") for other in found)]


def tab_stops(nodes: Sequence[Node]) -> list[Node]:
    """The controls Tab should reach: the enabled ones (a disabled button is skipped, as everywhere)."""
    return [node for node in controls(nodes) if node.enabled]


def unnamed(nodes: Sequence[Node]) -> list[Node]:
    return [node for node in controls(nodes) if not node.name.strip()]


def reading_order(nodes: Sequence[Node]) -> list[Node]:
    """Top to bottom in rows, left to right within a row. Two controls share a row when each one's vertical
    middle lies within the other's height (a tall list beside a row of buttons is not in their row)."""

    def middle(node: Node) -> float:
        return node.y + node.height / 2

    def same_row(a: Node, b: Node) -> bool:
        return a.y <= middle(b) <= a.y + a.height and b.y <= middle(a) <= b.y + b.height

    rows: list[list[Node]] = []
    for node in sorted(nodes, key=lambda n: (n.y, n.x)):
        row = next((row for row in rows if same_row(row[0], node)), None)
        if row is None:
            rows.append([node])
        else:
            row.append(node)
    return [node for row in rows for node in sorted(row, key=lambda n: n.x)]


def tab_walk(session: DesktopSession, window: str, presses: int, app: str = APP_NAME) -> list[Node | None]:
    """The control with the keyboard focus before and after each of `presses` Tab key presses (xdotool) in
    `window`. A list's current cell says "focused" too while the focus is elsewhere: only controls count."""
    walked = _run_reader(session, "tabs", app, window, str(presses), timeout=30 + 10 * presses)
    stops: list[Node | None] = []
    for focused in walked:
        found = [node for node in map(Node.from_json, focused) if node.role in CONTROL_ROLES]
        if len(found) > 1:
            raise AssertionError(f"more than one control has the focus: {[str(node) for node in found]}")
        stops.append(found[0] if found else None)
    return stops


def press(session: DesktopSession, key: str) -> None:
    """One key press (xdotool's key names: "Tab", "space", "Return") to the window with the keyboard focus."""
    subprocess.run(["xdotool", "key", key], env=session.env(), check=True, timeout=10)


def tab_to(session: DesktopSession, window: str, name: str, presses: int, app: str = APP_NAME) -> Node:
    """Press Tab until the control named `name` has the focus (at most `presses` times) and return it."""
    for _ in range(presses):
        focused = tab_walk(session, window, 1, app)[-1]
        if focused is not None and focused.name == name:
            return focused
    raise AssertionError(f"Tab did not reach {name!r} in {presses} presses")


def tab_cycle(walked: Sequence[Node | None]) -> list[Node]:
    """The controls Tab stopped at, one round: from the first press until the first stop comes round again."""
    stops = walked[1:]  # from the first press: before it the focus is wherever the window put it
    if not stops or stops[0] is None:
        raise AssertionError(f"Tab reached no control: {walked}")
    first = stops[0]
    round_ = [first]
    for node in stops[1:]:
        if node is None:
            raise AssertionError(f"Tab left the controls after {[str(n) for n in round_]}")
        if node.path == first.path:
            return round_
        round_.append(node)
    went = [str(node) for node in round_]
    raise AssertionError(f"Tab did not come round to the first stop in {len(stops)} presses: {went}")


def rotated(order: Sequence[Node], first_path: str) -> list[Node]:
    """`order` as a cycle starting at the node with `first_path` (Tab wraps around, starting anywhere)."""
    index = next((i for i, node in enumerate(order) if node.path == first_path), 0)
    return [*order[index:], *order[:index]]
