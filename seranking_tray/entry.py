"""The one place that knows both front ends: parse the command line, then run a CLI command or start the GUI.

`cli` and `gui` never import each other; Qt is imported only when the tray app starts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from seranking_tray import __version__

if TYPE_CHECKING:
    import argparse

    from seranking_tray.gui.options import AppOptions

# The tray app's own flags. When the command line holds only these (as launchers, autostart and the .desktop file
# start it), they are read without argparse: building every command's parser took 13 ms on the way to the first
# icon here (issue 18). Anything else, help and errors included, goes through argparse.
_GUI_FLAGS = {"--demo": "demo", "--debug": "debug", "--settings": "open_settings"}
_INTERVAL = "--refresh-interval"


def plain_gui_options(argv: Sequence[str]) -> AppOptions | None:
    """The tray app's options if ``argv`` is nothing but its flags (and a valid interval), else None."""
    flags: dict[str, bool] = {}
    interval: int | None = None
    items = list(argv)
    while items:
        item = items.pop(0)
        name, equals, value = item.partition("=")
        if item in _GUI_FLAGS:
            flags[_GUI_FLAGS[item]] = True
            continue
        if name != _INTERVAL:
            return None
        if not equals:
            if not items:
                return None
            value = items.pop(0)
        if not (value.isascii() and value.isdigit()) or int(value) < 1:
            return None  # argparse says what is wrong with it
        interval = int(value)
    # Only now: importing the GUI package loads Qt, which no command may.
    from seranking_tray.gui.options import AppOptions

    return AppOptions(refresh_interval=interval, **flags)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from seranking_tray.cli.parser import add_commands

    # --debug works before or after the subcommand; SUPPRESS keeps a subparser from resetting the global one.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="log requests to stderr")

    parser = argparse.ArgumentParser(
        prog="seranking-tray",
        parents=[common],
        description="Watch an SE Ranking account's balance and subscription from the system tray.",
        epilog="The commands always speak English, whatever the tray's Language setting: scripts parse their output.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="start with a built-in demo account (no key needed)")
    parser.add_argument(
        "--refresh-interval",
        type=_positive_seconds,
        metavar="SECONDS",
        help="refresh this often (debugging override; also caps the retry backoff)",
    )
    parser.add_argument("--settings", action="store_true", help="open the settings window at start")
    add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"), common)
    return parser


def _positive_seconds(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number of seconds") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1 second")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """`seranking-tray`: a command, or the tray app when none is given."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    options = plain_gui_options(arguments)
    if options is None:
        args = build_parser().parse_args(arguments)
        # Each front end is imported only when chosen: no command loads Qt, and the GUI's first icon loads none of
        # what the commands need (requests, sqlite3).
        if args.command is not None:
            from seranking_tray.cli.commands import run as run_command

            return run_command(args)
        from seranking_tray.gui.options import AppOptions

        options = AppOptions(
            demo=bool(args.demo),
            refresh_interval=args.refresh_interval,
            debug=bool(getattr(args, "debug", False)),
            open_settings=bool(args.settings),
        )
    from seranking_tray.gui.main import run

    return run(options)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """`seranking-tray-gui`: the same options, for launchers and autostart. Under Windows' windowless Python
    sys.stdout/stderr are None; logging and argparse need files."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 — lives as long as the process
    return main(argv)
