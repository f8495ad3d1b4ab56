"""Journal commands: where it is, export, import."""
from __future__ import annotations

import argparse
import sys

from ..journal import JournalError, get_journal
from . import fail


def register(commands: argparse._SubParsersAction) -> None:
    commands.add_parser("where", help="print where the journal file is").set_defaults(run=where)
    export = commands.add_parser("export", help="write the whole journal to a JSON file")
    export.add_argument("file")
    export.set_defaults(run=export_journal)
    restore = commands.add_parser("import", help="merge an exported JSON file into the journal")
    restore.add_argument("file")
    restore.set_defaults(run=import_journal)


def _journal():
    journal = get_journal()
    for notice in journal.notices:
        print(notice, file=sys.stderr)
    return journal


def where(args: argparse.Namespace) -> int:
    print(_journal().path)
    return 0


def export_journal(args: argparse.Namespace) -> int:
    journal = _journal()
    try:
        print(f"Wrote {journal.revision_count()} revisions to {journal.export_to(args.file)}")
    except (JournalError, OSError) as error:
        return fail(str(error))
    return 0


def import_journal(args: argparse.Namespace) -> int:
    journal = _journal()
    try:
        report = journal.import_file(args.file)
    except (JournalError, OSError) as error:
        return fail(str(error))
    unknown = (f" {report.unknown} of them answer questions this version of the course does not know."
               if report.unknown else "")
    print(f"Imported {report.added} revisions; {report.skipped} were already there.{unknown}")
    return 0
