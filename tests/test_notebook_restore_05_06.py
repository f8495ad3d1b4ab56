"""Notebooks 05 and 06 run twice in fresh kernels over one journal: the second run shows the first run's answers.

The first run appends a cell that answers every prompt from Python (as a
learner's clicks would); the second appends a cell that prints what every
widget, live figure and live text shows straight after "Run all" — what a
learner sees after restarting the kernel. A run over an empty journal shows
every widget empty and the figures' stand-in sentences, without an error.
"""
from __future__ import annotations

import json

import pytest

from course_helpers import course, strings
from test_notebook_restore import journal_dir, run  # noqa: F401 (a fixture)

pytestmark = pytest.mark.notebooks

UNBUNDLING, ECOLOGY = course.step("05"), course.step("06")

ANSWERS_05 = {
    "unbundling_first": "Selling the <b>pieces</b> one by one.",
    "unbundled_module": {"content": ["norvale", "corrin"], "teaching": ["ostberg"], "credential": ["norvale"]},
    "arrangement_hardest": "Moderating Corrin's assessment.",
    "award": "pgcert-data-sustainability",
    "pathway": ["NV-DATA", "NV-CARB", "QL-VIS"],
    "choice_settings": {"catalogue_size": 50000, "length": 5},
    "choice_driver_barrier": "It helps the confident; it hinders the rest.",
    "design_and_teach": "Employers design with us; we teach.",
}
CREDENTIALS = [
    {"id": "r1", "name": "BSc <i>Biology</i>", "size": 180, "unit": "ECTS", "level": 6, "kind": "degree", "when": "past"},
    {"id": "r2", "name": "Carbon accounting", "size": 5, "unit": "ECTS", "level": 7, "kind": "micro",
     "when": "planned"},
    {"id": "r3", "name": "First aid", "size": 8, "unit": "hours", "kind": "badge", "when": "past"},
]
ANSWERS_06 = {
    "my_credentials": CREDENTIALS,
    "my_interfaces": [{"from": "r2", "to": "r1", "kind": "rpl"}],
    "isolated_next": "First aid could count as recognition of prior learning.",
    "microcredentials_fit": "Between jobs.",
    "interfaces": "Credit transfer between our two faculties.",
}


def setter(answers: dict) -> str:
    return "\n".join(f"step.answers[{pid!r}].value = {value!r}" for pid, value in answers.items())


def empty_values(step: course.Step) -> dict:
    """What the widgets read with nothing saved: an empty text box reads '', every other widget None."""
    return {p.id: "" if p.kind in ("reflection", "line") else None for p in step.prompts}


def values_printer(step: course.Step) -> str:
    ids = [p.id for p in step.prompts]
    return f"import json\nprint(json.dumps({{p: step.answers[p].value for p in {ids!r}}}))"


def test_every_prompt_of_both_steps_is_answered_here():
    assert set(ANSWERS_05) == {p.id for p in UNBUNDLING.prompts}
    assert set(ANSWERS_06) == {p.id for p in ECOLOGY.prompts}


def test_notebook_05_restores_every_answer_and_what_the_views_show(journal_dir):  # noqa: F811
    first = run(UNBUNDLING.notebook, setter(ANSWERS_05) + "\nprint(checked.text)\nprint(module_figure.description)")
    assert "Postgraduate Certificate in Applied Data for Sustainability: none broken" in first
    assert "Content (design): Norvale University and Corrin Energy, jointly." in first

    second = run(UNBUNDLING.notebook, "\n".join([
        values_printer(UNBUNDLING),
        "print(module_figure.description)", "print(arrangement.text)", "print(checked.text)",
        "print(choices.description)",
        'print("ticked:", [c.description for c in step.answers["unbundled_module"].controls if c.value])',
        'print("slots:", [s.text.value for s in step.answers["pathway"].slots])',
        'print("fields:", step.answers["choice_settings"].size_box.value, step.answers["choice_settings"].length_box.value)',
    ]))
    values_line, shown = second.split("\n", 1)
    assert json.loads(values_line) == ANSWERS_05
    # The grid, the verdict and the needs, drawn from the restored assignment without a click.
    assert "Content (design): Norvale University and Corrin Energy, jointly." in shown
    assert "Teaching (delivery): Ostberg University." in shown
    assert "Co-construction without co-delivery: Norvale University and Corrin Energy share the design" in shown
    assert "Quality assurance (Content: Corrin Energy)" in shown
    assert "ticked: ['Content: Norvale University', 'Content: Corrin Energy', 'Teaching: Ostberg University', " \
           "'Credential: Norvale University']" in shown
    # The pathway in its order, checked against the restored award.
    assert "1. <strong>NV-DATA</strong>" in shown and "3. <strong>QL-VIS</strong>" in shown
    assert "Your pathway has 14 ECTS; Postgraduate Certificate in Applied Data for Sustainability needs at least " \
           "30, so 16 more to go." in shown
    assert "Totals: 3 modules (14 ECTS)" in shown
    # The chart of pathways for the restored settings.
    assert "fields: 50,000 5" in shown
    assert "Your point (orange-red star): a catalogue of 50,000 modules and pathways of 5" in shown


def test_notebook_05_over_an_empty_journal_shows_empty_widgets_and_stand_ins(journal_dir):  # noqa: F811
    shown = run(UNBUNDLING.notebook, "\n".join([
        values_printer(UNBUNDLING), "print(module_figure.description)", "print(checked.text)",
        "print(choices.description)", "print(arrangement.text)"]))
    values_line, rest = shown.split("\n", 1)
    assert json.loads(values_line) == empty_values(UNBUNDLING)
    assert strings.GRID_PLACEHOLDER in rest and strings.CHOICE_PLACEHOLDER in rest
    assert strings.CHECK_CHOOSE_AWARD in rest and strings.ARRANGEMENT_EMPTY in rest


def test_notebook_06_restores_credentials_links_and_the_map(journal_dir):  # noqa: F811
    first = run(ECOLOGY.notebook, setter(ANSWERS_06) + "\nprint(ecosystem.description)")
    assert "Carbon accounting recognition of prior learning towards BSc <i>Biology</i>" in first

    second = run(ECOLOGY.notebook, "\n".join([
        values_printer(ECOLOGY), "print(ecosystem.description)", "print(fits.text)",
        'links = step.answers["my_interfaces"]',
        'print("offered:", [label for label, _ in links.from_row.options])',
        'print("listed:", [row.children[0].value for row in links.listing.children])',
        'print("records:", [row.children[0].value for row in step.answers["my_credentials"].listing.children])',
    ]))
    values_line, shown = second.split("\n", 1)
    assert json.loads(values_line) == ANSWERS_06
    assert "- BSc <i>Biology</i>: 180 ECTS (4,500-5,400 hours), EQF 6, degree, past (square)." in shown
    assert "- Carbon accounting recognition of prior learning towards BSc <i>Biology</i> (dash-dotted" in shown
    assert "Without any link: First aid." in shown
    fits = [line for line in shown.splitlines() if line.startswith("- First aid: ")][-1]  # the fits panel
    assert "EU Council Recommendation: sets no size, so any size fits" in fits
    assert "NZQA micro-credentials: does not fit" in fits and "Common Microcredential Framework: does not fit" in fits
    assert "offered: ['BSc <i>Biology</i>', 'Carbon accounting', 'First aid']" in shown
    assert "Carbon accounting recognition of prior learning towards BSc &lt;i&gt;Biology&lt;/i&gt;" in shown
    assert "BSc &lt;i&gt;Biology&lt;/i&gt;: 180 ECTS, EQF 6, degree, past" in shown


def test_notebook_06_over_an_empty_journal_says_where_the_map_will_appear(journal_dir):  # noqa: F811
    shown = run(ECOLOGY.notebook, "\n".join([values_printer(ECOLOGY), "print(ecosystem.description)",
                                             "print(len(ecosystem.png))", "print(fits.text)"]))
    values_line, rest = shown.split("\n", 1)
    assert json.loads(values_line) == empty_values(ECOLOGY)
    assert rest.splitlines()[:2] == [strings.MAP_PLACEHOLDER, "0"]  # no figure of nothing: the tables list the types
    assert strings.FITS_NONE_YET in rest
