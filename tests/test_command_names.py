"""Every `seranking-tray <command>` the package names to people is a command the parser knows."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import seranking_tray
from seranking_tray.entry import build_parser

PACKAGE = Path(seranking_tray.__file__).parent
# "seranking-tray" and the words after it: "seranking-tray key set", "seranking-tray status may write…"
MENTION = re.compile(r"seranking-tray((?: [a-z][a-z-]*)+)")
TEXT_SUFFIXES = {".py", ".desktop", ".xml", ".txt", ".md"}


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def mentions() -> list[tuple[str, list[str]]]:
    found = []
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
            for match in MENTION.finditer(path.read_text(encoding="utf-8")):
                found.append((f"{path.relative_to(PACKAGE)}: {match.group(0)}", match.group(1).split()))
    return found


def unknown_command(words: list[str]) -> str | None:
    """The first word that should name a (sub)command but does not; prose after a full command is fine."""
    parser = build_parser()
    for word in words:
        choices = commands(parser)
        if not choices:
            return None  # a complete command: what follows is arguments or prose
        if word not in choices:
            return word
        parser = choices[word]
    return None if not commands(parser) else "(a subcommand is missing)"


def test_the_package_names_only_real_commands() -> None:
    found = mentions()
    assert any(words[:2] == ["key", "set"] for _, words in found)  # the scan does find mentions
    wrong = {where: bad for where, words in found if (bad := unknown_command(words)) is not None}
    assert wrong == {}


def test_the_check_catches_a_command_that_does_not_exist() -> None:
    assert unknown_command(["set-key"]) == "set-key"
    assert unknown_command(["key", "sett"]) == "sett"
    assert unknown_command(["key"]) == "(a subcommand is missing)"
    assert unknown_command(["status", "may", "write"]) is None
