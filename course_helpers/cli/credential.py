"""Credential commands: the micro-credential of notebook 07 as Open Badges 3.0 JSON or a printable page.

    python -m course_helpers credential export OUT.json [--example ID]
    python -m course_helpers credential summary OUT.html [--example ID]

Without ``--example`` the commands read the audit form the learner saved in
notebook 07 (step "07", prompt "audit"), through the journal's public API only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import strings
from ..credentials import MicroCredential, from_json
from . import fail

STEP, PROMPT = "07", "audit"


def register(commands: argparse._SubParsersAction) -> None:
    credential = commands.add_parser("credential", help=strings.CLI_CREDENTIAL_HELP)
    actions = credential.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, run, help_text, suffix in (("export", export_credential, strings.CLI_EXPORT_HELP, ".json"),
                                         ("summary", write_summary, strings.CLI_SUMMARY_HELP, ".html")):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("file", help=strings.CLI_FILE_HELP.format(suffix=suffix))
        action.add_argument("--example", metavar="ID", help=strings.CLI_EXAMPLE_HELP)
        action.set_defaults(run=run)


def _credential(args: argparse.Namespace) -> MicroCredential | None:
    """The credential to write: an example, or the learner's saved form (None after printing why not)."""
    from ..credential_audit import example, example_ids

    if args.example is not None:
        try:
            return example(args.example)
        except KeyError:
            fail(strings.CLI_UNKNOWN_EXAMPLE.format(example=args.example, known=", ".join(example_ids())))
            return None
    from ..journal import get_journal

    journal = get_journal()
    for notice in journal.notices:
        print(notice, file=sys.stderr)
    revision = journal.latest(STEP, PROMPT)
    if revision is None or revision.value is None:
        fail(strings.CLI_NOTHING_SAVED.format(known=", ".join(example_ids())))
        return None
    loaded = from_json(revision.value)
    for problem in loaded.problems:
        print(strings.CLI_NOTE.format(problem=problem.sentence), file=sys.stderr)
    return loaded.credential


def _write(path: str, text: str) -> Path | None:
    target = Path(path).expanduser()
    try:
        target.write_text(text, encoding="utf-8")
    except (OSError, UnicodeEncodeError) as error:
        fail(strings.CLI_CANNOT_WRITE.format(path=target, reason=getattr(error, "strerror", None) or error))
        return None
    return target


def export_credential(args: argparse.Namespace) -> int:
    from ..openbadges import achievement_credential, document_text

    credential = _credential(args)
    if credential is None:
        return 1
    written = _write(args.file, document_text(achievement_credential(credential)))
    if written is None:
        return 1
    print(strings.CLI_EXPORTED.format(path=written))
    return 0


def write_summary(args: argparse.Namespace) -> int:
    from ..credential_audit import audit
    from ..credential_summary import summary_html

    credential = _credential(args)
    if credential is None:
        return 1
    written = _write(args.file, summary_html(credential, audit(credential)))
    if written is None:
        return 1
    print(strings.CLI_SUMMARY_WRITTEN.format(path=written))
    return 0
