"""A notebook's first cell imports only what that notebook uses, and nothing is lost by waiting.

Each test runs a fresh interpreter (an import, once made, cannot be undone in this one): it runs the
imports of a notebook's first cell, then prints what the test asks about as JSON on its last line.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# What notebook 01's first cell runs (see notebooks/01_holoniq_scenarios.ipynb).
FIRST_CELL_01 = ("from course_helpers import open_step\n"
                 "from course_helpers.feedback import reveal_readings\n"
                 "from course_helpers.figures import holoniq_map\n"
                 "from course_helpers.tables import holoniq_figures_table, scenario_table\n"
                 "step = open_step('01')\n")

# Modules that only notebooks 03-07 need: the widgets of their kinds, and the reasoning behind them.
LATER_MODULES = ("course_helpers.widgets.composite", "course_helpers.widgets.credential",
                 "course_helpers.widgets.ecology", "course_helpers.widgets.forms", "course_helpers.widgets.links",
                 "course_helpers.widgets.pathway", "course_helpers.widgets.unbundling", "course_helpers.counting",
                 "course_helpers.credentials", "course_helpers.ecology", "course_helpers.pathways",
                 "course_helpers.unbundling")

LOADED = "sorted(m for m in sys.modules if m.startswith('course_helpers'))"


def printed(code: str, expression: str, tmp_path: Path):
    """The JSON value of ``expression`` after running ``code`` in a fresh interpreter."""
    env = {**os.environ, "COURSE_JOURNAL_DIR": str(tmp_path)}
    program = f"import json, sys\n{code}\nprint(json.dumps({expression}))\n"
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120, cwd=REPO,
                            env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_cell_of_01_leaves_the_later_notebooks_modules_alone(tmp_path):
    loaded = set(printed(FIRST_CELL_01, LOADED, tmp_path))
    assert {"course_helpers.session", "course_helpers.widgets.base", "course_helpers.figures"} <= loaded  # it ran
    assert loaded.isdisjoint(LATER_MODULES), sorted(loaded & set(LATER_MODULES))


def test_answering_a_prompt_imports_its_widget_module_then(tmp_path):
    code = FIRST_CELL_01 + "before = " + LOADED + "\nstep = open_step('05'); step.answer('pathway')\n"
    before, after = printed(code, f"[before, {LOADED}]", tmp_path)
    assert "course_helpers.widgets.pathway" not in before
    assert {"course_helpers.widgets.pathway", "course_helpers.pathways"} <= set(after)


def test_every_kind_has_its_check_before_the_later_modules_are_imported(tmp_path):
    code = ("from course_helpers import course, kinds\n"
            "used = sorted({p.kind for s in course.STEPS for p in s.prompts})\n"
            "missing = sorted(set(used) - kinds.known_kinds())\n"
            "loaded = " + LOADED + "\n"
            "prompt = course.prompt('05', 'choice_settings')\n"
            "problem = kinds.value_problem(prompt, {'catalogue_size': -1, 'length': 2})\n")
    used, missing, loaded, problem = printed(code, "[used, missing, loaded, problem]", tmp_path)
    assert {"choice_count", "credentials", "interfaces", "assignment", "pathway"} <= set(used)
    assert missing == []
    assert "course_helpers.counting" not in loaded and "course_helpers.ecology" not in loaded
    assert problem  # the check ran (importing counting) and refused a negative catalogue
