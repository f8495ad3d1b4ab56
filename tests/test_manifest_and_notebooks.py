"""The committed notebooks: clean, in agreement with the manifest, readable without a kernel."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from course_helpers import course

NOTEBOOKS = sorted(course.NOTEBOOK_DIR.rglob("*.ipynb"))
NOTEBOOKS = [p for p in NOTEBOOKS if ".ipynb_checkpoints" not in p.parts]
READY = [s for s in course.STEPS if s.status == "ready"]
ANSWER_CALL = re.compile(r"""step\.answer\(\s*["']([A-Za-z0-9_]+)["']\s*\)""")
GROUP_CALL = re.compile(r"""step\.answer_group\(\s*["']([A-Za-z0-9_]+)["']\s*\)""")


def load(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def cells(nb, kind: str) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == kind]


def prompts_used(nb, step: course.Step) -> list[str]:
    used: list[str] = []
    for source in cells(nb, "code"):
        used += ANSWER_CALL.findall(source)
        for prefix in GROUP_CALL.findall(source):
            used += [p.id for p in step.prompts if p.id.startswith(prefix + "_")]
    return used


def test_there_are_notebooks():
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_clean(path):
    nb = load(path)
    nbformat.validate(nb)
    assert "widgets" not in nb.metadata, "saved widget state would leak answers"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"outputs left in {path.name}"
            assert cell.execution_count is None, f"execution count left in {path.name}"
    assert nb.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_is_in_the_manifest(path):
    listed = {s.notebook_path.resolve() for s in course.STEPS}
    assert path.resolve() in listed


@pytest.mark.parametrize("step", course.STEPS, ids=lambda s: s.id)
def test_ready_steps_have_notebooks_and_planned_ones_do_not(step):
    assert step.notebook_path.exists() == (step.status == "ready")


@pytest.mark.parametrize("step", READY, ids=lambda s: s.id)
def test_notebook_asks_exactly_the_manifest_prompts_once_each(step):
    used = prompts_used(load(step.notebook_path), step)
    assert sorted(used) == sorted(p.id for p in step.prompts)
    assert len(used) == len(set(used)), "a prompt shown twice would be two widgets fighting over one answer"


@pytest.mark.parametrize("step", READY, ids=lambda s: s.id)
def test_first_code_cell_opens_its_own_step(step):
    first = cells(load(step.notebook_path), "code")[0]
    assert f'open_step("{step.id}")' in first


@pytest.mark.parametrize("step", [s for s in READY if s in course.LEARNER_STEPS], ids=lambda s: s.id)
def test_header_summary_and_links(step):
    nb = load(step.notebook_path)
    markdown = cells(nb, "markdown")
    header = markdown[0]
    assert header.startswith("# ")
    assert f"Step {step.order} of {len(course.LEARNER_STEPS) - 1}" in header
    assert f"{step.minutes} minutes" in header
    assert "you will" in header.lower(), "objectives belong in the header"
    text = "\n".join(markdown)
    assert "## Summary" in text
    before, after = course.neighbours(step.id)
    for neighbour in (before, after):
        if neighbour is not None:
            assert f"]({Path(neighbour.notebook).name})" in text, f"no link to {neighbour.notebook}"


@pytest.mark.parametrize("step", READY, ids=lambda s: s.id)
def test_every_prompt_is_also_written_in_markdown(step):
    text = "\n".join(cells(load(step.notebook_path), "markdown"))
    for prompt in step.prompts:
        assert prompt.text in text, f"{step.id}/{prompt.id} is only inside a widget"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_hold_short_calls_not_logic(path):
    for source in cells(load(path), "code"):
        assert len(source.splitlines()) <= 12, f"a long code cell in {path.name}: move the logic to course_helpers"
        assert not re.search(r"^\s*(def|class) ", source, re.M), f"a definition in {path.name}"


def test_manifest_ids_and_prompt_ids_are_unique_and_well_formed():
    ids = [s.id for s in course.STEPS]
    assert len(ids) == len(set(ids))
    assert [s.order for s in course.STEPS] == sorted(s.order for s in course.STEPS)
    for step in course.STEPS:
        prompt_ids = [p.id for p in step.prompts]
        assert len(prompt_ids) == len(set(prompt_ids))
        assert all(re.fullmatch(r"[A-Za-z0-9_]{1,64}", p) for p in prompt_ids)
        for prompt in step.prompts:
            if prompt.kind == "rating":
                assert prompt.low and prompt.high, f"{step.id}/{prompt.id}: rating ends need words"
            if prompt.kind == "choice":
                assert prompt.options


def test_manifest_covers_steps_00_to_09_and_the_facilitator():
    assert [s.id for s in course.LEARNER_STEPS] == [f"{n:02d}" for n in range(10)]
    assert course.step("facilitator").notebook.startswith("facilitator/")


def test_neighbours_and_lookup_errors():
    assert course.neighbours("00") == (None, course.step("01"))
    assert course.neighbours("09") == (course.step("08"), None)
    with pytest.raises(KeyError, match="known steps"):
        course.step("99")
