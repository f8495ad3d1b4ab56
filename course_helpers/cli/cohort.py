"""Facilitator commands: ``cohort report`` (import share files, write the dashboard) and ``cohort runsheet``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cohort.schema import printable
from ..cohort.suppress import LOWEST_ALLOWED_GROUP, MIN_GROUP
from . import fail

# The run sheets' lengths (runsheets.PLANS; a test keeps them equal). The modules that draw and
# export are imported when a command runs, so that building the parser stays quick for every command.
PLANS = (60, 90)


def register(commands: argparse._SubParsersAction) -> None:
    cohort = commands.add_parser("cohort", help="facilitator: class dashboard from share files, run sheets")
    actions = cohort.add_subparsers(dest="cohort_command", required=True, metavar="ACTION")
    report = actions.add_parser("report", help="import share files (a folder, a zip or one file) and write a report")
    report.add_argument("source", metavar="DIR", help="a folder of share files, a zip archive of them, or one file")
    report.add_argument("--out", required=True, help="the HTML report to write")
    report.add_argument("--csv", help="also write the numbers as CSV for a spreadsheet")
    report.add_argument("--class", dest="class_code", help="only files for this class code")
    report.add_argument("--min-group", type=int, default=MIN_GROUP,
                        help=f"smallest group shown (default {MIN_GROUP}, at least {LOWEST_ALLOWED_GROUP})")
    report.add_argument("--large", action="store_true", help="large type, for a projector")
    report.set_defaults(run=write_report)
    runsheet = actions.add_parser("runsheet", help="write a printable seminar run sheet")
    runsheet.add_argument("minutes", type=int, choices=PLANS)
    runsheet.add_argument("--out", required=True, help="a .md file for Markdown, anything else for HTML")
    runsheet.set_defaults(run=write_runsheet)


def _progress(done: int, total: int | None) -> None:
    print(f"\rread {done:,}" + (f" of {total:,}" if total else "") + " entries", end="", file=sys.stderr, flush=True)


def write_report(args: argparse.Namespace) -> int:
    from ..cohort import Collection, aggregate
    from ..cohort.export import csv_bytes, report_html

    source = Path(args.source)
    if not source.exists():
        return fail(f"there is no file or folder {printable(str(source))}")
    if args.min_group < LOWEST_ALLOWED_GROUP:
        return fail(f"--min-group must be at least {LOWEST_ALLOWED_GROUP}")
    collection = Collection(class_code=args.class_code)
    collection.add(source, progress=_progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    summary = collection.summary()
    for line in summary.lines():
        print(line)
    aggregates = aggregate(collection.table, args.min_group)
    try:
        Path(args.out).write_text(report_html(aggregates, summary, large=args.large), encoding="utf-8")
        print(f"Wrote the report to {printable(args.out)}")
        if args.csv:
            Path(args.csv).write_bytes(csv_bytes(aggregates))
            print(f"Wrote the numbers to {printable(args.csv)}")
    except OSError as error:
        return fail(f"could not write: {error.strerror or error}")
    return 0


def write_runsheet(args: argparse.Namespace) -> int:
    from ..cohort.runsheets import RunSheetError, load_notes, load_runsheets, runsheet_html, runsheet_markdown

    try:
        sheet = load_runsheets()[args.minutes]
        notes = load_notes()
    except (RunSheetError, ValueError) as error:
        return fail(str(error))
    render = runsheet_markdown if args.out.lower().endswith(".md") else runsheet_html
    try:
        Path(args.out).write_text(render(sheet, notes), encoding="utf-8")
    except OSError as error:
        return fail(f"could not write: {error.strerror or error}")
    print(f"Wrote the {args.minutes}-minute run sheet to {printable(args.out)}")
    return 0
