"""Write the generated blocks of every notebook, or say which notebooks drifted from the manifest."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import nbformat

from .. import course
from ..course import Step
from .blocks import fill

NBFORMAT_VERSION = 4


@dataclass(frozen=True)
class Drift:
    """A notebook whose generated parts differ from what the manifest says."""

    path: Path
    cells: tuple[int, ...]  # indices of the Markdown cells that would change


def synced(step: Step, nb: nbformat.NotebookNode) -> tuple[nbformat.NotebookNode, tuple[int, ...]]:
    """A copy of ``nb`` with its generated blocks rewritten, and which cells changed."""
    fresh = nbformat.from_dict(nb)
    changed = []
    for index, cell in enumerate(fresh.cells):
        if cell.cell_type != "markdown":
            continue
        updated = fill(step, cell.source)
        if updated != cell.source:
            cell.source = updated
            changed.append(index)
    return fresh, tuple(changed)


def existing_notebooks() -> list[tuple[Step, Path]]:
    return [(s, s.notebook_path) for s in course.STEPS if s.notebook_path.exists()]


def drifted() -> list[Drift]:
    """Every notebook whose generated blocks are out of date (empty when all agree)."""
    found = []
    for step, path in existing_notebooks():
        _, changed = synced(step, nbformat.read(path, as_version=NBFORMAT_VERSION))
        if changed:
            found.append(Drift(path, changed))
    return found


def sync_all() -> list[Path]:
    """Rewrite every notebook whose generated blocks are out of date; return those written."""
    written = []
    for step, path in existing_notebooks():
        fresh, changed = synced(step, nbformat.read(path, as_version=NBFORMAT_VERSION))
        if changed:
            nbformat.write(fresh, path)
            written.append(path)
    return written
