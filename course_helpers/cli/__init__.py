"""The command line: ``python -m course_helpers COMMAND ...``.

Each module of this package adds its commands with ``register(commands)``:
it creates sub-parsers and sets ``run=function(args) -> exit code`` on each.
Add a module to :data:`COMMAND_MODULES` to add its commands.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

COMMAND_MODULES = ("journal", "notebooks", "credential", "hub")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m course_helpers",
                                     description="The micro-credentials course companion.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns its exit code (0 when it did what was asked)."""
    args = build_parser().parse_args(argv)
    return args.run(args)


def fail(message: str) -> int:
    """Print a one-line error for the person at the terminal; exit code 1."""
    print(f"course-companion: {message}", file=sys.stderr)
    return 1
