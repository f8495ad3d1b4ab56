"""The manifest is the single source: notebooks agree with it, and a new step learns everything it lacks at once."""
from __future__ import annotations

import dataclasses

import nbformat
import pytest

from course_helpers import course
from course_helpers.authoring import blocks, checks, sync, template

NOTEBOOKS = sorted(p for p in course.NOTEBOOK_DIR.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def test_there_are_notebooks():
    assert NOTEBOOKS


def test_every_step_has_what_it_needs():
    """One message with every problem of every step (run `python -m course_helpers check-steps` to see it)."""
    problems = checks.all_problems()
    assert problems == [], "\n" + "\n".join(problems)


def test_generated_parts_agree_with_the_manifest():
    drifted = sync.drifted()
    assert drifted == [], (f"out of date with course_helpers/course.py: "
                           f"{', '.join(d.path.name for d in drifted)}. Run `{blocks.SYNC_COMMAND}`.")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_is_in_the_manifest(path):
    assert path.resolve() in {s.notebook_path.resolve() for s in course.STEPS}


# --- adding a planned step breaks only the sync check -----------------------------------------

@pytest.fixture
def one_more_planned_step(monkeypatch):
    """The manifest with a planned step 10 added, as a contributor would add it."""
    extra = course.Step("10", 10, "One more step", "10_one_more.ipynb", "planned", 15, (
        course.Prompt("thoughts", "reflection", "Any thoughts?"),), subtitle="an extra", activity="think again")
    steps = tuple(s for s in course.STEPS if s.id != "facilitator") + (extra,) + (
        dataclasses.replace(course.step("facilitator"), order=11),)
    monkeypatch.setattr(course, "STEPS", steps)
    monkeypatch.setattr(course, "LEARNER_STEPS", tuple(s for s in steps if s.id != "facilitator"))
    return extra


def test_a_new_planned_step_only_asks_for_the_sync_command(one_more_planned_step):
    problems = checks.all_problems()
    assert problems, "adding a step must change the generated headers, links and table"
    assert all(blocks.SYNC_COMMAND in problem for problem in problems), "\n".join(problems)


def test_sync_then_makes_every_notebook_agree_again(one_more_planned_step):
    for step, path in sync.existing_notebooks():
        fresh, changed = sync.synced(step, nbformat.read(path, as_version=4))
        assert not checks.notebook_problems(step, fresh), path.name
        header = blocks.header(step)
        if step in course.LEARNER_STEPS:
            assert f"Step {step.order} of 10" in header


def test_a_ready_step_without_a_notebook_is_told_everything_at_once(monkeypatch):
    lacking = course.Step("03", 3, "", "03_missing.ipynb", "ready", 0, (
        course.Prompt("grid", "nonsense", "A grid?"), course.Prompt("grid", "rating", "Twice?")))
    problems = checks.step_problems(lacking)
    for words in ("no subtitle", "no activity", "no time estimate", "fewer than two objectives",
                  "kind 'nonsense' has no value check", "used twice", "needs words for both ends",
                  "does not exist (start it with `python -m course_helpers new-notebook 03`)"):
        assert any(words in p for p in problems), (words, problems)


# --- the checks catch what they must (each on a deliberately broken notebook) -----------------

def broken(step_id: str, edit) -> list[str]:
    step = course.step(step_id)
    nb = nbformat.read(step.notebook_path, as_version=4)
    edit(nb)
    return checks.notebook_problems(step, nb)


def first_cell(nb, kind):
    return next(c for c in nb.cells if c.cell_type == kind)


@pytest.mark.parametrize("edit, words", [
    (lambda nb: setattr(first_cell(nb, "markdown"), "source", first_cell(nb, "markdown").source.replace(
        "Step 1 of", "Step 7 of")), "out of date with the manifest"),
    (lambda nb: nb.cells.append(nbformat.v4.new_code_cell('step.answer("why_there")')), "has 2 widgets"),
    (lambda nb: nb.cells.append(nbformat.v4.new_code_cell('step.answer("nope")')), "does not have"),
    (lambda nb: nb.cells.append(nbformat.v4.new_code_cell("def helper():\n    pass")), "defines a function"),
    (lambda nb: nb.cells.append(nbformat.v4.new_code_cell("\n".join(["x = 1"] * 13))), "more than 12 lines"),
    (lambda nb: nb.cells[1].update(outputs=[nbformat.v4.new_output("stream", text="x")], execution_count=3)
     if nb.cells[1].cell_type == "code" else None, "outputs or execution counts"),
    (lambda nb: nb.metadata.update(widgets={"state": {}}), "saved widget state"),
    (lambda nb: nb.cells.append(nbformat.v4.new_markdown_cell(blocks.block("prompt", "missing"))), "no prompt 'missing'"),
    (lambda nb: nb.cells.append(nbformat.v4.new_markdown_cell(blocks.block("bogus"))), "unknown generated block"),
    (lambda nb: nb.cells.__setitem__(slice(None), [c for c in nb.cells if "navigation" not in c.source]),
     "no generated navigation block"),
])
def test_the_checks_catch_a_broken_notebook(edit, words):
    problems = broken("01", edit)
    assert any(words in p for p in problems), problems


def test_a_prompt_only_inside_a_widget_is_caught():
    def drop_prompt_blocks(nb):
        for cell in nb.cells:
            if cell.cell_type == "markdown" and "generated: prompt why_there" in cell.source:
                cell.source = ""
    problems = broken("01", drop_prompt_blocks)
    assert any("not written out in Markdown" in p and "why_there" in p for p in problems), problems


# --- the template, and the blocks themselves ---------------------------------------------------

@pytest.mark.parametrize("step", [s for s in course.LEARNER_STEPS], ids=lambda s: s.id)
def test_a_new_notebook_from_the_template_is_complete_but_for_its_narrative(step):
    nb = template.draft(step)
    nbformat.validate(nb)
    problems = [p for p in checks.notebook_problems(step, nb)]
    assert problems == []
    assert template.TODO in nb.cells[0].source


def test_blocks_render_what_the_manifest_says():
    step = course.step("02")
    assert blocks.header(step).startswith(f"# Camilleri's six scenarios\n\n**Step 2 of {blocks.last_step_number()} · ")
    assert "about 30 minutes" in blocks.header(step)
    likelihood = blocks.prompts_block(step, "likelihood")
    assert likelihood.startswith("**Prompts**, each from 1 = very unlikely to 5 = very likely:")
    assert likelihood.count("\n- ") == 6
    assert blocks.prompt_block(course.step("00"), "familiarity") == (
        "**Prompt:** How familiar are micro-credentials to you today? (1 = new to me, 5 = I work with them)")
    nav = blocks.navigation(course.step("01"))
    assert "[← 00 Start here](00_start_here.ipynb)" in nav and "(02_camilleri_scenarios.ipynb)" in nav
    assert "00 Start here" not in blocks.steps_table(course.step("00"))


def test_the_steps_table_marks_a_planned_step_as_coming_later(one_more_planned_step):
    table = blocks.steps_table(course.step("00"))
    assert "| 10 One more step | think again | 15 min (coming later) |" in table
    assert "[01 HolonIQ's four scenarios](01_holoniq_scenarios.ipynb)" in table  # a ready step is a link


def test_links_from_the_facilitator_folder_climb_out_of_it():
    facilitator = course.step("facilitator")
    ready = course.step("01")
    assert blocks.notebook_link(ready, "x", start=facilitator) == "[x](../01_holoniq_scenarios.ipynb)"


def test_the_facilitators_header_and_links_are_not_a_learners_step():
    facilitator = course.step("facilitator")
    header = blocks.header(facilitator)
    assert header.startswith("# Facilitator's run sheet and class dashboard\n\n**For facilitators · ")
    assert "Step 10" not in header and "minutes" not in header.split("\n")[2]
    assert blocks.navigation(facilitator) == "**Learners start at:** [00 Start here](../00_start_here.ipynb)"


def test_fill_rewrites_only_between_the_markers():
    step = course.step("00")
    source = "Before.\n" + blocks.block("prompt", "hopes", "stale text") + "\nAfter, mine."
    filled = blocks.fill(step, source)
    assert filled.startswith("Before.\n<!-- begin generated: prompt hopes -->\n**Prompt:** What do you hope")
    assert filled.endswith("<!-- end generated -->\nAfter, mine.")
    assert blocks.fill(step, filled) == filled
    with pytest.raises(blocks.BlockError, match="has no"):
        blocks.fill(step, "<!-- begin generated: header -->\nno end")
