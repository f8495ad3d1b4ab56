"""Notebooks 08 and 09 run twice in fresh kernels over one journal: the second run shows every answer of the first.

The first run appends a cell that answers every prompt of the step from Python
(as a learner's clicks and typing would); the second prints what the widgets
hold and what the figures describe straight after "Run all". What the other
views show (the canvas, the notes, the hopes note, the review) is read from the
widget state the kernel sent to the page, which is what the learner sees. Each
notebook also runs over an empty journal, and 08 over a journal in which every
earlier step is answered.
"""
from __future__ import annotations

import base64
import html
import json
import re

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell

from course_helpers import course, strings
from course_helpers.course import NOTEBOOK_DIR
from course_helpers.journal import Journal
from portfolio_journals import full_answers

pytestmark = pytest.mark.notebooks

HOSTILE = '<img src=x onerror="window.__pwned=1">\u202eevil'
STEP_08 = course.step("08")
STEP_09 = course.step("09")


def run(name: str, extra: str = "") -> tuple[str, list[str]]:
    """Execute a notebook with ``extra`` appended; return that cell's printed text and every HTML widget's value."""
    nb = nbformat.read(NOTEBOOK_DIR / name, as_version=4)
    nb.cells.append(new_code_cell(extra or "pass"))
    NotebookClient(nb, timeout=300, kernel_name="python3", store_widget_state=True,
                   resources={"metadata": {"path": str(NOTEBOOK_DIR)}}).execute()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", f"{name}: {output.get('ename')}: {output.get('evalue')}"
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    shown = [model["state"]["value"] for model in state.values()
             if model["model_name"] == "HTMLModel" and model["state"].get("value")]
    return printed, shown


def print_values(step: course.Step) -> str:
    ids = [p.id for p in step.prompts]
    return f"import json\nprint(json.dumps({{p: step.answers[p].value for p in {ids!r}}}))"


def unanswered(step: course.Step) -> dict:
    """What every widget of ``step`` holds with nothing answered: empty text, or no value."""
    return {p.id: "" if p.kind in ("reflection", "line") else None for p in step.prompts}


def one(shown: list[str], words: str) -> str:
    """The one shown HTML value that contains ``words``."""
    found = [value for value in shown if words in value]
    assert len(found) == 1, f"{len(found)} views show {words!r}"
    return found[0]


@pytest.fixture
def journal_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_JOURNAL_DIR", str(tmp_path / "journal"))
    return tmp_path / "journal"


def earlier_steps_answered(journal_dir) -> dict:
    """Every prompt of steps 00-07 answered (hostile texts included), as a learner who did them all."""
    answers = {key: value for key, value in full_answers().items() if key[0] not in ("08", "09")}
    journal = Journal(journal_dir / "journal.sqlite3")
    for (step, prompt), value in answers.items():
        journal.save(step, prompt, value)
    journal.close()
    return answers


# --- 08 ---------------------------------------------------------------------------------------

ANSWERS_08 = {
    "context": "My own learning: I work in a small firm and take short courses at night.",
    **{f"readiness_P{n:02d}": (n % 5) + 1 for n in range(1, 11)},  # P04 and P09 rated 5, P05 and P10 rated 1
    "hardest_two": ["P06", "P10"],
    "hardest_elements": HOSTILE,
    "who_on_board": "My manager, and the people at home.",
    "action_plan": {"step": "Ask whether the course counts for promotion.", "who": "me",
                    "evidence": "A written answer by June."},
}


def test_08_over_an_empty_journal_shows_every_prompt_unanswered(journal_dir):
    printed, shown = run(STEP_08.notebook, print_values(STEP_08) + "\nprint(chart.description)")
    values_line, description = printed.split("\n", 1)
    assert json.loads(values_line) == unanswered(STEP_08)
    assert description.strip() == strings.C8_CHART_PLACEHOLDER
    canvas = one(shown, html.escape(strings.CX_RECALL_TODAY))
    assert html.escape(strings.C8_CANVAS_ASKED_IN) in canvas and '<a href="01_holoniq_scenarios.ipynb">' in canvas
    assert any(strings.C8_SUGGEST_NONE in value for value in shown)


def test_08_restores_every_answer_beside_a_full_journal_after_a_restart(journal_dir):
    earlier = earlier_steps_answered(journal_dir)
    setting = "\n".join(f"step.answers[{pid!r}].value = {value!r}" for pid, value in ANSWERS_08.items())
    run(STEP_08.notebook, setting)

    printed, shown = run(STEP_08.notebook, print_values(STEP_08) + "\nprint(chart.description)")
    values_line, description = printed.split("\n", 1)
    assert json.loads(values_line) == ANSWERS_08  # every prompt of 08
    assert "P05 Learning pathways: 1 of 5 (lowest)." in description
    assert "P04 Valid assessment: 5 of 5." in description
    # The canvas shows the earlier steps' answers in words, the learner's text escaped.
    context_part = one(shown, html.escape(strings.CX_RECALL_TODAY))
    assert "x = 2, y = -1: in quadrant 4 Market Place" in context_part and "Not answered yet" not in context_part
    hardest_part = one(shown, html.escape(strings.CX_RECALL_WORRY))
    assert html.escape(earlier[("02", "worry_most")]) in hardest_part and "<script>" not in hardest_part
    # The notes follow the restored answers on the very first run.
    note = one(shown, html.escape(strings.C8_NOTE_HEADING))
    assert "P05 Learning pathways and P10 Information and guidance" in note
    assert html.escape(strings.C8_PICKED_HIGHER.format(names="P06 Recognition", it="it")) in note
    assert any(html.escape(strings.CX_PLAN_COMPLETE) in value for value in shown)


# --- 09 ---------------------------------------------------------------------------------------

WALL = [{"id": "r1", "text": HOSTILE + " Who pays?", "step": "03", "stakeholder": "employers"},
        {"id": "r2", "text": "Who recognises them abroad?", "stakeholder": "qa_recognition"},
        {"id": "r3", "text": "What counts as small?"}]
ANSWERS_09 = {"further_questions": WALL, "unanswered": "Who pays for stacking?", "left_unsaid": "Staff workload."}


def test_09_over_an_empty_journal_shows_every_prompt_unanswered(journal_dir):
    printed, shown = run(STEP_09.notebook, print_values(STEP_09) + "\nprint(tally.description)")
    values_line, description = printed.split("\n", 1)
    assert json.loads(values_line) == unanswered(STEP_09)
    assert "Your wall has no questions yet." in description
    assert html.escape(strings.C9_HOPES_NONE) in one(shown, html.escape(strings.C9_HOPES_HEADING))
    review = one(shown, "course-review")
    assert f"0 steps done, 0 started and {len(course.LEARNER_STEPS)} not started yet." in review


def test_09_restores_every_answer_and_its_views_after_a_restart(journal_dir):
    journal = Journal(journal_dir / "journal.sqlite3")
    journal.save("00", "hopes", "To see how \u202estacking works.")
    journal.save("08", "readiness_P06", 2)
    journal.save("08", "action_plan", {"step": "Ask my manager."})
    journal.close()
    setting = "\n".join(f"step.answers[{pid!r}].value = {value!r}" for pid, value in ANSWERS_09.items())
    run(STEP_09.notebook, setting)

    after = "\n".join([
        print_values(STEP_09),
        "print(tally.description)",
        'sharing.code.value = "sem-a"',
        'sharing.ticks["09"].value = True',
        "print(sharing.make_preview().data.decode())",
        "your_portfolio.make()",
        "print(your_portfolio.links.value)",
    ])
    printed, shown = run(STEP_09.notebook, after)
    values_line, rest = printed.split("\n", 1)
    assert json.loads(values_line) == ANSWERS_09  # every prompt of 09
    assert "- Employers: 1 (most)" in rest and "- 03 How well do stakeholders understand" in rest
    assert "Your wall has 3 questions." in rest
    hopes = one(shown, html.escape(strings.C9_HOPES_HEADING))
    assert html.escape("To see how \u202estacking works.") in hopes and 'dir="auto"' in hopes
    review = one(shown, "course-review")
    assert '<a href="08_your_context.ipynb">' in review and f"3 of 3 answered" in review
    # The share file holds the ticked step's written answers and the structured ones, never the wall.
    document = json.loads(rest[rest.index('{\n "format"'):rest.index("\n}\n") + 2])
    assert document["answers"]["09"] == {"unanswered": "Who pays for stacking?", "left_unsaid": "Staff workload."}
    assert document["answers"]["08"] == {"readiness_P06": 2} and "Who pays?" not in json.dumps(document)
    # The portfolio made in one click holds the wall and the plan.
    links = dict(re.findall(r'download="([^"]+)" href="data:[^;]+(?:;charset=utf-8)?;base64,([^"]+)"', rest))
    page = base64.b64decode(next(v for k, v in links.items() if k.endswith(".html"))).decode()
    assert html.escape(HOSTILE + " Who pays?") in page and "Ask my manager." in page
