"""A small command line for the journal: where it is, export, import.

    python -m course_helpers where
    python -m course_helpers export FILE.json
    python -m course_helpers import FILE.json
"""
from __future__ import annotations

import argparse
import sys

from .journal import JournalError, get_journal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="course-journal", description="Your course journal.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("where", help="print where the journal file is")
    export = commands.add_parser("export", help="write the whole journal to a JSON file")
    export.add_argument("file")
    restore = commands.add_parser("import", help="merge an exported JSON file into the journal")
    restore.add_argument("file")
    args = parser.parse_args(argv)

    journal = get_journal()
    for notice in journal.notices:
        print(notice, file=sys.stderr)
    try:
        if args.command == "where":
            print(journal.path)
        elif args.command == "export":
            print(f"Wrote {journal.revision_count()} revisions to {journal.export_to(args.file)}")
        else:
            report = journal.import_file(args.file)
            unknown = (f" {report.unknown} of them answer questions this version of the course does not know."
                       if report.unknown else "")
            print(f"Imported {report.added} revisions; {report.skipped} were already there.{unknown}")
    except (JournalError, OSError) as error:
        print(f"course-journal: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
