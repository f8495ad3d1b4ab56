"""The portfolio command: ``python -m course_helpers portfolio OUT.html`` (or ``OUT.md``)."""
from __future__ import annotations

import argparse
import sys

from .. import strings
from ..journal import JournalError, get_journal
from . import fail


def register(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser("portfolio", help="write everything you answered to an HTML page or a Markdown file")
    command.add_argument("file", help="where to write it; the name must end in .html or .md")
    command.set_defaults(run=write)


def write(args: argparse.Namespace) -> int:
    from ..portfolio import PortfolioError, write_portfolio
    from ..portfolio.collect import collect

    try:
        journal = get_journal()
        for notice in journal.notices:
            print(notice, file=sys.stderr)
        path = write_portfolio(journal, args.file)
        counted = collect(journal)
    except (PortfolioError, JournalError, OSError) as error:
        return fail(_one_line(str(error)))
    print(strings.PF_CLI_WROTE.format(answered=counted.answered, total=counted.total, path=path))
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())
