"""Notebooks 01 and 02 run twice in fresh kernels over one journal: the second run shows the first run's answers.

The first run appends a cell that answers some prompts from Python (as a
learner's clicks would); the second appends a cell that prints what the
widgets, the live figures and the feedback panel show straight after
"Run all". This is what a learner sees after restarting the kernel.
"""
from __future__ import annotations

import json

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell

from course_helpers.course import NOTEBOOK_DIR

pytestmark = pytest.mark.notebooks


def run(name: str, extra: str) -> str:
    """Execute a notebook with ``extra`` appended as a last cell; return that cell's printed text."""
    nb = nbformat.read(NOTEBOOK_DIR / name, as_version=4)
    nb.cells.append(new_code_cell(extra))
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK_DIR)}}).execute()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", f"{name}: {output.get('ename')}: {output.get('evalue')}"
    return "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")


@pytest.fixture
def journal_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_JOURNAL_DIR", str(tmp_path / "journal"))
    return tmp_path / "journal"


def test_notebook_01_restores_points_and_draws_them_after_a_restart(journal_dir):
    first = run("01_holoniq_scenarios.ipynb", "\n".join([
        'step.answers["place_today"].value = {"x": -3, "y": 2}',
        'step.answers["place_preferred"].value = {"x": 4, "y": -2}',
        'step.answers["why_there"].value = "Our ministry <b>steers</b> everything."',
        "print(your_map.description)",
    ]))
    # The live map followed the changes made in the same kernel.
    assert "today (blue circle): x = -3, y = 2, in quadrant 1 Greater Whole" in first
    assert "preferred (green triangle): x = 4, y = -2, in quadrant 4 Market Place" in first

    second = run("01_holoniq_scenarios.ipynb", "\n".join([
        "import json",
        'print(json.dumps({p: step.answers[p].value for p in ("place_today", "place_heading", '
        '"place_preferred", "why_there")}))',
        "print(your_map.description)",
    ]))
    values_line, description = second.split("\n", 1)
    values = json.loads(values_line)
    assert values["place_today"] == {"x": -3, "y": 2}
    assert values["place_preferred"] == {"x": 4, "y": -2}
    assert values["why_there"] == "Our ministry <b>steers</b> everything."
    # Drawn from the restored values on the very first run, without touching a slider.
    assert "today (blue circle): x = -3, y = 2, in quadrant 1 Greater Whole" in description
    assert "preferred (green triangle): x = 4, y = -2, in quadrant 4 Market Place" in description
    assert "Not placed yet: heading by 2030." in description
    assert "Arrow from today to preferred (solid green line): length 8.1" in description


def test_notebook_02_restores_ratings_mapping_and_feedback_after_a_restart(journal_dir):
    run("02_camilleri_scenarios.ipynb", "\n".join([
        'step.answers["likelihood_C1"].value = 4',
        'step.answers["desirability_C1"].value = 2',
        'step.answers["likelihood_C4"].value = 2',
        'step.answers["nearest_C1"].value = "H4"',
        'step.answers["nearest_C2"].value = "H3"',
        'step.answers["worry_most"].value = "C6, because of mission drift."',
    ]))
    second = run("02_camilleri_scenarios.ipynb", "\n".join([
        "import json",
        'print(json.dumps({p: step.answers[p].value for p in ("likelihood_C1", "desirability_C1", '
        '"likelihood_C4", "desirability_C4", "nearest_C1", "nearest_C2", "nearest_C3", "worry_most")}))',
        "print(ratings_chart.description)",
        "print(mapping.text)",
    ]))
    values_line, shown = second.split("\n", 1)
    assert json.loads(values_line) == {
        "likelihood_C1": 4, "desirability_C1": 2, "likelihood_C4": 2, "desirability_C4": None,
        "nearest_C1": "H4", "nearest_C2": "H3", "nearest_C3": None,
        "worry_most": "C6, because of mission drift.",
    }
    assert "C1 Global micro-credential marketplace: likelihood 4, desirability 2; likely but unwanted" in shown
    assert "C4 University gatekeepers (likelihood 2, desirability not rated yet)" in shown
    assert ("You and the companion's authors both placed C1 Global micro-credential marketplace nearest to "
            "4 Market Place") in shown
    assert "You placed C2 Consortia of universities nearest to 3 Professions Rule" in shown
    assert "You have not chosen a quadrant for C3 Lifelong micro-learning yet" in shown
    assert "You have related two of the six scenarios" in shown
