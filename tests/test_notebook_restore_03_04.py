"""Notebooks 03 and 04 run twice in fresh kernels over one journal: every prompt, figure and panel comes back.

The first run appends a cell that answers every prompt of the step from
Python (as a learner's clicks and typing would); the second appends a cell
that prints what each widget, figure and panel shows straight after "Run
all", which is what a learner sees after restarting the kernel. A third case
runs each notebook on an empty journal.
"""
from __future__ import annotations

import json

import pytest

from course_helpers import course
from test_notebook_restore import journal_dir, run  # noqa: F401  (the fixture, and the runner)

pytestmark = pytest.mark.notebooks

HOSTILE = "<script>window.__pwned=1</script> and 'quotes' \u202e"

GRID = {
    "learners": {"mooc": "yes", "badge": "yes", "bootcamp": "yes"},
    "employers": {"mooc": "no", "badge": "no", "bootcamp": "yes", "vendor": "yes"},
    "qa_recognition": {"mooc": "unsure", "badge": "no", "module": "yes"},
}
LINKS = {"gig_work": {"driver": "employer_demand", "relation": "pushes against"},
         "cost_shift": {"driver": "cost_access", "relation": "answers"},
         "two_tier": {"driver": "none"},
         "jungle": {"driver": "online_growth"}}
RATINGS = {"gig_work": 4, "cost_shift": 3, "weak_evidence": 5, "two_tier": 1, "jungle": 2, "definition_qa": 4,
           "no_panacea": 3, "equity_gap": 5}


def values_cell(step_id: str) -> str:
    ids = [p.id for p in course.step(step_id).prompts]
    return f"import json\nprint(json.dumps({{p: step.answers[p].value for p in {ids!r}}}))"


def test_every_prompt_of_03_and_its_views_come_back_after_a_restart(journal_dir):
    run("03_stakeholders.ipynb", "\n".join([
        f"step.answers['judgements'].value = {GRID!r}",
        f"step.answers['understanding_gap'].value = {('Governments, in the sense of ' + HOSTILE)!r}",
        f"step.answers['two_groups_differ'].value = {('Learners and employers: ' + HOSTILE)!r}",
    ]))
    second = run("03_stakeholders.ipynb", "\n".join([
        values_cell("03"),
        "grid = step.answers['judgements']",
        "print(grid.shown_row, grid.row_buttons[1].description)",
        "print(heatmap.description)",
        "print(contrasts.text)",
        "print(reveal.is_open, reveal.note.value)",
        "reveal.show()",
        "print(reveal.comparison.text)",
    ]))
    values_line, shown = second.split("\n", 1)
    assert json.loads(values_line) == {
        "judgements": GRID,
        "understanding_gap": "Governments, in the sense of " + HOSTILE,
        "two_groups_differ": "Learners and employers: " + HOSTILE,
    }
    # The grid opens at the first viewpoint still to judge (learners: 3 of 8), and says so on its buttons.
    assert "learners Employers\n" in shown
    # The heat map is drawn from the restored grid on the very first run.
    assert "- Learners: yes for MOOC certificate, Attendance badge and Bootcamp certificate;" in shown
    assert "- Employers: yes for Vendor IT cert and Bootcamp certificate; no for MOOC certificate and Attendance badge;" in shown
    assert "- Universities: nothing answered yet." in shown
    assert "The viewpoints disagree most on MOOC certificate." in shown
    assert "Learners and Employers differ most: on 2 of the 3 examples you judged from both viewpoints" in shown
    # The definitions stay closed after a restart, counting the cells judged; opened, they compare.
    assert "False" in shown and "You have judged 10 of 40 cells" in shown
    assert "From the viewpoint of employers, you counted vendor IT cert and bootcamp certificate" in shown
    assert "more widely than our reading of the EU 2022 definition: you counted bootcamp certificate" in shown
    assert "draws the line" in shown


def test_every_prompt_of_04_and_its_views_come_back_after_a_restart(journal_dir):
    run("04_critiques_and_drivers.ipynb", "\n".join([
        f"step.answers['links'].value = {LINKS!r}",
        *(f"step.answers['evidence_{cid}'].value = {rating}" for cid, rating in RATINGS.items()),
        f"step.answers['steelman'].value = {('At its strongest: ' + HOSTILE)!r}",
        "step.answers['driver_where_you_work'].value = 'Cost and access, in a small college.'",
        "step.answers['answer_strongest_critique'].value = 'Publish labour-market outcomes.'",
    ]))
    second = run("04_critiques_and_drivers.ipynb", "\n".join([
        values_cell("04"),
        "print(links_map.description)",
        "print(steelman.text)",
        "print(step.answers['links'].rows[3][2].disabled)",
    ]))
    values_line, shown = second.split("\n", 1)
    expected = {"links": LINKS, **{f"evidence_{cid}": r for cid, r in RATINGS.items()},
                "steelman": "At its strongest: " + HOSTILE,
                "driver_where_you_work": "Cost and access, in a small college.",
                "answer_strongest_critique": "Publish labour-market outcomes."}
    assert json.loads(values_line) == expected
    assert "- 'Gig qualifications for a gig economy' pushes against 'Skills over degrees'; evidence 4 of 5." in shown
    assert "- 'The cost moves to the learner' answers 'Cost and access'; evidence 3 of 5." in shown
    assert "- 'A two-tier system' concerns none of the drivers, in your view; evidence 1 of 5." in shown
    assert "- 'A jungle of certificates' is linked to 'The pandemic's push online'; how (answers or pushes against)" in shown
    assert "- 'Little evidence of labour-market value' is not linked yet; evidence 5 of 5." in shown
    assert "The critique to steelman: 'A two-tier system', whose evidence you found least convincing (1 of 5)." in shown
    assert ("The evidence you find most convincing: 'Little evidence of labour-market value' and 'Benefits may go "
            "to those already ahead' (5 of 5).") in shown
    assert shown.rstrip().endswith("True")  # the relation row of 'A two-tier system' stays switched off


@pytest.mark.parametrize("name, prints, expected", [
    ("03_stakeholders.ipynb", ["print(heatmap.description)", "print(contrasts.text)", "print(reveal.note.value)"],
     ["Your heat map appears here as soon as you judge an example", "Answer an example from at least two "
      "viewpoints", "judged 0 of 40"]),
    ("04_critiques_and_drivers.ipynb", ["print(links_map.description)", "print(steelman.text)"],
     ["The figure appears here as soon as you link a critique", "Rate how convincing the evidence behind each "
      "critique"]),
], ids=["03", "04"])
def test_an_empty_journal_shows_empty_widgets_and_says_what_to_do(journal_dir, name, prints, expected):
    step_id = name[:2]
    shown = run(name, "\n".join([values_cell(step_id), *prints]))
    values_line, rest = shown.split("\n", 1)
    assert set(json.loads(values_line).values()) <= {None, ""}
    for words in expected:
        assert words in rest
