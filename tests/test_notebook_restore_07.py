"""Notebook 07 runs twice in fresh kernels over one journal: every answer, the whole audit form, comes back.

The first run answers every prompt from Python, as a learner's typing and
clicks would (the form from an example button, then changed field by field);
the second prints what the widgets, the live views and the figure show right
after "Run all", which is what a learner sees after restarting the kernel.
A third case runs the notebook on an empty journal.
"""
from __future__ import annotations

import json

import pytest

from course_helpers import strings
from course_helpers.course import step as find_step
from test_notebook_restore import journal_dir, run  # noqa: F401  (the fixture and the runner of 01-02)

pytestmark = pytest.mark.notebooks

NOTEBOOK = find_step("07").notebook
MARKUP_TITLE = "Data <b>ethics</b> & \u202etrust\u202c"
FIRST_RUN = "\n".join([
    'step.answers["criteria_needed"].value = "Assessed outcomes, a named issuer, <i>quality assurance</i>."',
    'form = step.answers["audit"]',
    'form.example_buttons["data-ethics"].click()',
    f'form.fields["title"].value = {MARKUP_TITLE!r}',
    'form.fields["ects"].value = "6"',
    'form.fields["level"].value = "not applicable"',
    'form.fields["learning_outcomes"].value += "\\nKnow the GDPR"',
    'form.supervision_other.value = "webcam proctoring"',
    "form.flush()",
    'step.answers["criterion_add_drop"].value = "Add: who recognises it."',
    'step.answers["block_ranking"].value = ["funding", "recognition", "institutional_culture"]',
    'step.answers["block_you_could_move"].value = "Institutional culture: a lunch talk."',
    "print(findings.text)",
])
SHOW = "\n".join([
    "import json",
    'print(json.dumps({p.id: step.answers[p.id].value for p in step.step.prompts}))',
    'print(json.dumps({"level": step.answers["audit"].fields["level"].value, '
    '"supervision": step.answers["audit"].supervision_other.value}))',
    'print("=== findings"); print(findings.text)',
    'print("=== sizes"); print(sizes.text)',
    'print("=== files"); print(files.text); print(json.dumps(sorted(files.files)))',
    'print("=== chart"); print(chart.description)',
])


def shown(output: str) -> tuple[dict, dict, dict[str, str]]:
    values_line, controls_line, rest = output.split("\n", 2)
    parts = dict(part.split("\n", 1) for part in rest.split("=== ")[1:])
    return json.loads(values_line), json.loads(controls_line), parts


def test_every_answer_and_the_whole_form_come_back_after_a_restart(journal_dir):  # noqa: F811
    first = run(NOTEBOOK, FIRST_RUN)
    assert "11 of the 11 mandatory elements" in first  # the findings followed the form in the same kernel
    values, controls, parts = shown(run(NOTEBOOK, SHOW))

    assert values["criteria_needed"] == "Assessed outcomes, a named issuer, <i>quality assurance</i>."
    assert values["criterion_add_drop"] == "Add: who recognises it."
    assert values["block_ranking"] == ["funding", "recognition", "institutional_culture"]
    assert values["block_you_could_move"] == "Institutional culture: a lunch talk."
    audit = values["audit"]
    assert audit["title"] == MARKUP_TITLE and audit["ects"] == 6 and audit["hours"] == 130
    assert audit["level"] == "not applicable" and audit["supervision"] == "webcam proctoring"
    assert audit["learning_outcomes"][-1] == "Know the GDPR" and len(audit["learning_outcomes"]) == 5
    assert audit["awarding_body"] == "Northshore Institute of Technology (fictional)"
    assert controls == {"level": "not applicable", "supervision": "webcam proctoring"}

    findings = parts["findings"]
    assert "11 of the 11 mandatory elements of Annex I are present" in findings
    assert "Level: marked 'not applicable', which Annex I allows" in findings
    assert "'Know the GDPR' starts with 'know'" in findings
    assert "6 ECTS would mean 150–180 hours at 25-30 hours a credit, but 130 hours are given" in findings
    assert "Supervision and identity verification: Annex I offers three options" in findings
    assert "Common Microcredential Framework (European MOOC Consortium): Fits. At 130 hours, it fits." in parts["sizes"]
    assert json.loads(parts["files"].splitlines()[-1]) == ["data-b-ethics-b-trust-summary.html",
                                                                 "data-b-ethics-b-trust.json"]
    chart = parts["chart"]
    assert "Funding and incentives: you put it in place 1." in chart
    assert "Institutional culture: you put it in place 3." in chart
    assert "Regulation and frameworks: you have not ranked it." in chart


def test_an_empty_journal_shows_an_empty_step_without_errors(journal_dir):  # noqa: F811
    values, controls, parts = shown(run(NOTEBOOK, SHOW))
    assert values == {p.id: "" if p.kind == "reflection" else None for p in find_step("07").prompts}
    assert controls == {"level": "", "supervision": ""}
    assert "The form is empty" in parts["findings"] and "0 of the 11 mandatory elements" in parts["findings"]
    assert parts["sizes"].count("Cannot tell") == 6
    assert parts["files"].startswith("The two files appear here once the form above holds something.")
    assert parts["chart"].startswith(strings.BLOCKS_PLACEHOLDER)  # no chart of nothing: the table lists the shares
