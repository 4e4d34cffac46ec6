"""The tray app's flags read without argparse (entry.plain_gui_options, issue 18): for every command line it accepts
it must mean what argparse makes of it, and anything else (a command, help, a bad value) must go to argparse."""

from __future__ import annotations

import pytest

from seranking_tray.entry import build_parser, plain_gui_options
from seranking_tray.gui.options import AppOptions


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--settings"],
        ["--debug"],
        ["--refresh-interval", "30"],
        ["--refresh-interval=5"],
        ["--demo", "--settings", "--debug", "--refresh-interval", "1"],
        ["--refresh-interval", "007", "--demo"],
        ["--demo", "--demo"],
    ],
)
def test_the_plain_reading_agrees_with_argparse(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.command is None
    expected = AppOptions(
        demo=bool(args.demo),
        refresh_interval=args.refresh_interval,
        debug=bool(getattr(args, "debug", False)),
        open_settings=bool(args.settings),
    )
    assert plain_gui_options(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["status", "--json"],
        ["--debug", "status"],
        ["--help"],
        ["--version"],
        ["--refresh-interval"],
        ["--refresh-interval", "0"],
        ["--refresh-interval", "-5"],
        ["--refresh-interval", "ten"],
        ["--refresh-interval="],
        ["--demo=1"],
        ["--dem"],  # argparse's abbreviations are argparse's business
        ["key", "set"],
    ],
)
def test_anything_else_is_left_to_argparse(argv: list[str]) -> None:
    assert plain_gui_options(argv) is None
