"""Reads an app's accessibility tree over AT-SPI, as a screen reader does, and prints it as JSON.

Runs under Debian's /usr/bin/python3 (pyatspi comes from the python3-pyatspi package, not from PyPI), inside the
desktop session's environment: harness/accessibility.py starts it and parses what it prints. Standard library and
pyatspi only, so it does not import the app or the rest of the harness.

    python3 harness/atspi_reader.py tree APP            every window of APP: one JSON object per node
    python3 harness/atspi_reader.py tabs APP WINDOW N   press Tab (xdotool) N times in WINDOW, print each focused node
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

FOCUS_TIMEOUT = 5.0  # seconds for the focus to move after a key press


def _text(accessible: object) -> str:
    try:
        text = accessible.queryText()  # type: ignore[attr-defined]
    except NotImplementedError:
        return ""
    return str(text.getText(0, -1))


def _extents(accessible: object) -> list[int]:
    try:
        box = accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)  # type: ignore[attr-defined]
    except NotImplementedError:
        return [0, 0, 0, 0]
    return [box.x, box.y, box.width, box.height]


def _labelled_by(accessible: object) -> list[str]:
    names = []
    for relation in accessible.getRelationSet():  # type: ignore[attr-defined]
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [str(relation.getTarget(i).name) for i in range(relation.getNTargets())]
    return names


def _node(accessible: object, window: str, path: str) -> dict[str, object]:
    states = accessible.getState()  # type: ignore[attr-defined]
    return {
        "window": window,
        "path": path,
        "role": str(accessible.getRoleName()),  # type: ignore[attr-defined]
        "name": str(accessible.name or ""),  # type: ignore[attr-defined]
        "description": str(accessible.description or ""),  # type: ignore[attr-defined]
        "text": _text(accessible),
        "labelled_by": _labelled_by(accessible),
        "focusable": bool(states.contains(pyatspi.STATE_FOCUSABLE)),
        "focused": bool(states.contains(pyatspi.STATE_FOCUSED)),
        "showing": bool(states.contains(pyatspi.STATE_SHOWING)),
        "enabled": bool(states.contains(pyatspi.STATE_ENABLED)),
        "extents": _extents(accessible),
    }


def _app(name: str) -> object:
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def _walk(accessible: object, window: str, path: str, out: list[dict[str, object]]) -> None:
    out.append(_node(accessible, window, path))
    for index, child in enumerate(accessible):  # type: ignore[attr-defined]
        if child is not None:
            _walk(child, window, f"{path}/{index}", out)


def tree(app_name: str) -> list[dict[str, object]]:
    nodes: list[dict[str, object]] = []
    for index, window in enumerate(_app(app_name)):  # type: ignore[attr-defined]
        if window is not None:
            _walk(window, str(window.name), str(index), nodes)
    return nodes


def _focused(app_name: str, window_name: str) -> list[dict[str, object]]:
    """Every shown node of the window that says it is focused: a widget with the keyboard focus, but also a list's
    current cell while the focus is elsewhere (harness/accessibility.py tells them apart)."""
    return [node for node in tree(app_name) if node["window"] == window_name and node["focused"] and node["showing"]]


def tabs(app_name: str, window_name: str, count: int) -> list[list[dict[str, object]]]:
    walked = [_focused(app_name, window_name)]
    for _ in range(count):
        subprocess.run(["xdotool", "key", "Tab"], check=True, timeout=10)
        deadline = time.monotonic() + FOCUS_TIMEOUT
        while True:  # until the focus has moved (or the deadline: Tab stayed on the one control there is)
            now = _focused(app_name, window_name)
            if now and now != walked[-1]:
                break
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        walked.append(now)
    return walked


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "tree":
        print(json.dumps(tree(argv[1])))
        return 0
    if len(argv) == 4 and argv[0] == "tabs":
        print(json.dumps(tabs(argv[1], argv[2], int(argv[3]))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
