"""The learner's command: ``share --class CODE [--reflections 01,02] [--show] [--class-folder] [OUT.json]``.

``--class-folder`` saves the file into the class folder a hub provides
(``COURSE_SHARE_DIR``) as ``<user name>.json``, replacing the learner's earlier one.
"""
from __future__ import annotations

import argparse
import sys

from .. import strings
from ..cohort.classfolder import save_to_class_folder
from ..cohort.share import ShareError, prepare_share
from ..cohort.suppress import MIN_GROUP
from ..journal import get_journal
from ..course import LEARNER_STEPS
from . import fail


def register(commands: argparse._SubParsersAction) -> None:
    share = commands.add_parser("share", help="make a share file of your answers for your class (you choose what)")
    share.add_argument("out", nargs="?", metavar="OUT.json", help="the file to write")
    share.add_argument("--class", dest="class_code", required=True, help="the class code your facilitator gave you")
    share.add_argument("--reflections", default="",
                       help="steps whose written answers to include, e.g. 01,02 or 'all' (default: none)")
    share.add_argument("--show", action="store_true", help="print exactly what the file holds")
    share.add_argument("--class-folder", action="store_true",
                       help="save it into your hub's class folder (COURSE_SHARE_DIR), where your facilitator reads it")
    share.set_defaults(run=share_answers)


def share_answers(args: argparse.Namespace) -> int:
    if not args.out and not args.show and not args.class_folder:
        return fail("give a file to write (OUT.json), --class-folder, or --show to see what it would hold")
    ticked = args.reflections.strip()
    steps = [s.id for s in LEARNER_STEPS] if ticked.lower() == "all" else [s for s in ticked.split(",") if s.strip()]
    journal = get_journal()
    for notice in journal.notices:
        print(notice, file=sys.stderr)
    try:
        preview = prepare_share(journal, args.class_code, steps)
        for notice in preview.notices:
            print(notice, file=sys.stderr)
        if args.show:
            print(preview.text())
        if args.out:
            written = preview.write(args.out)
            print(f"Wrote {len(preview.answers)} answers for class {preview.class_code} to {written}",
                  file=sys.stderr if args.show else sys.stdout)
        if args.class_folder:
            saved = save_to_class_folder(preview)
            print(strings.CLASS_FOLDER_SAVED.format(name=saved.name, k=MIN_GROUP),
                  file=sys.stderr if args.show else sys.stdout)
    except ShareError as error:
        return fail(str(error))
    return 0
