"""Hub commands: ``hub-link`` prints the nbgitpuller link that brings the course to a cohort."""
from __future__ import annotations

import argparse

from ..hublink import DEFAULT_NOTEBOOK, LinkError, nbgitpuller_link
from . import fail


def register(commands: argparse._SubParsersAction) -> None:
    link = commands.add_parser(
        "hub-link", help="print an nbgitpuller link that pulls the course into each learner's hub home",
        description="Print a link for a course page or an e-mail: a learner who follows it logs in to the hub, "
                    "gets the course (cloned the first time, updated later without touching their own edits) "
                    "and lands in the notebook.")
    link.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example.edu")
    link.add_argument("--repo", required=True, help="the course repository, e.g. https://github.com/ORG/COURSE")
    link.add_argument("--branch", default=None, help="the branch to pull (default: the repository's default branch)")
    link.add_argument("--notebook", default=DEFAULT_NOTEBOOK,
                      help=f"the notebook to open, inside the repository (default: {DEFAULT_NOTEBOOK})")
    link.set_defaults(run=print_link)


def print_link(args: argparse.Namespace) -> int:
    try:
        print(nbgitpuller_link(args.hub, args.repo, branch=args.branch, notebook=args.notebook))
    except LinkError as error:
        return fail(str(error))
    return 0
