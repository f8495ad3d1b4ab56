"""The first draft of a step's notebook, built from the manifest.

``python -m course_helpers new-notebook 03`` writes it: the generated header,
the cell that opens the step, one prompt block and answer cell per prompt,
a summary to write and the generated links. Authors then add the narrative,
data and figures between them.
"""
from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from ..course import Step
from .blocks import block, fill

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
TODO = "*(Write this part in your own words, then delete this line.)*"


def draft(step: Step) -> nbformat.NotebookNode:
    """A clean notebook for ``step`` whose generated blocks are already filled in."""
    cells = [
        new_markdown_cell(block("header") + f"\n\n{TODO} What the step is about, in two or three sentences."),
        new_code_cell(f'from course_helpers import open_step\n\nstep = open_step("{step.id}")'),
    ]
    for prompt in step.prompts:
        cells.append(new_markdown_cell(block("prompt", prompt.id)))
        cells.append(new_code_cell(f'step.answer("{prompt.id}")'))
    cells.append(new_markdown_cell(f"## Summary\n\n- {TODO}"))
    cells.append(new_markdown_cell(block("navigation")))
    for cell in cells:
        if cell.cell_type == "markdown":
            cell.source = fill(step, cell.source)
    return new_notebook(cells=cells, metadata={"kernelspec": KERNELSPEC, "language_info": {"name": "python"}})
