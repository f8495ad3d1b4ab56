"""Authoring commands: keep notebooks in step with the manifest, start a new one, list what is missing."""
from __future__ import annotations

import argparse

import nbformat

from .. import course
from ..authoring import checks, sync, template
from . import fail


def register(commands: argparse._SubParsersAction) -> None:
    syncing = commands.add_parser("sync-notebooks", help="rewrite the parts of every notebook the manifest knows")
    syncing.add_argument("--check", action="store_true", help="only report notebooks that are out of date")
    syncing.set_defaults(run=sync_notebooks)
    new = commands.add_parser("new-notebook", help="start the notebook of a step from the template")
    new.add_argument("step", help="the step id, e.g. 03")
    new.set_defaults(run=new_notebook)
    commands.add_parser("check-steps", help="list everything a step still lacks").set_defaults(run=check_steps)


def sync_notebooks(args: argparse.Namespace) -> int:
    if args.check:
        drifted = sync.drifted()
        for drift in drifted:
            print(f"out of date: {drift.path.relative_to(course.NOTEBOOK_DIR.parent)}")
        return 1 if drifted else 0
    written = sync.sync_all()
    for path in written:
        print(f"updated {path.relative_to(course.NOTEBOOK_DIR.parent)}")
    if not written:
        print("every notebook already agrees with the manifest")
    return 0


def new_notebook(args: argparse.Namespace) -> int:
    try:
        step = course.step(args.step)
    except KeyError as error:
        return fail(str(error).strip("'\""))
    path = step.notebook_path
    if path.exists():
        return fail(f"{path.relative_to(course.NOTEBOOK_DIR.parent)} already exists; nothing was written")
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(template.draft(step), path)
    print(f"wrote {path.relative_to(course.NOTEBOOK_DIR.parent)}: write its narrative, then set "
          f"status='ready' for step {step.id} in course_helpers/course.py")
    return 0


def check_steps(args: argparse.Namespace) -> int:
    problems = checks.all_problems()
    for problem in problems:
        print(problem)
    if not problems:
        print("every step has what it needs")
    return 1 if problems else 0
