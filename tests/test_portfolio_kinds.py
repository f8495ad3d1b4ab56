"""The values of the prompts of 08 and 09, against the composite kinds they use (picks, form, records)."""
from __future__ import annotations

import pytest

from course_helpers import context, kinds, questions
from course_helpers import course
from course_helpers.course import Prompt

HARDEST = course.prompt("08", context.HARDEST_PROMPT)
PLAN = context.PLAN
WALL = questions.WALL
HOSTILE = '<img src=x onerror="window.__pwned=1">\u202e\x00\ud800'


def question(**changes):
    return {"id": "r1", "text": "Who pays?", "step": "03", "stakeholder": "employers", **changes}


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


@pytest.mark.parametrize("prompt, value", [
    (HARDEST, []), (HARDEST, ["P01"]), (HARDEST, ["P10", "P04"]),
    (PLAN, {}), (PLAN, {"step": HOSTILE, "who": "me", "evidence": "x" * 5000}), (PLAN, {"who": "only who"}),
    (WALL, []), (WALL, [question()]), (WALL, [{"id": "r2", "text": HOSTILE}]),
    (WALL, [question(step=None, stakeholder=None)]),
    (WALL, [question(id=f"r{n}") for n in range(questions.MAX_QUESTIONS)]),
    (HARDEST, None), (PLAN, None), (WALL, None),
], ids=lambda v: kinds.describe(v) if not isinstance(v, Prompt) else v.id)
def test_values_the_widgets_store_fit(prompt, value):
    assert kinds.value_problem(prompt, value) is None


@pytest.mark.parametrize("prompt, value, words", [
    (HARDEST, "P01", "a list"), (HARDEST, ["P01", "P02", "P03"], "3"), (HARDEST, ["P11"], "'P11'"),
    (HARDEST, [1], "1"), (HARDEST, [HOSTILE], "a text of 41 characters"), (HARDEST, ["P01", "P01"], ""),
    (PLAN, "do something", "do something"), (PLAN, {"budget": "x"}, "budget"), (PLAN, {"step": 5}, "5"),
    (PLAN, {"who": ["a"]}, "a list of 1"),
    (WALL, "Who pays?", "Who pays?"), (WALL, [question()] * 2, ""),
    (WALL, [question(id=f"r{n}") for n in range(questions.MAX_QUESTIONS + 1)], "201"),
    (WALL, ["Who pays?"], ""), (WALL, [question(step="99")], "'99'"),
    (WALL, [question(stakeholder="<b>x</b>")], "'<b>x</b>'"), (WALL, [question(id=7)], ""),
    (WALL, nested(kinds.MAX_DEPTH + 1), "levels deep"), (PLAN, nested(500), "levels deep"),
], ids=lambda v: kinds.describe(v) if not isinstance(v, Prompt) else v.id)
def test_values_that_do_not_fit_get_one_short_sentence(prompt, value, words):
    problem = kinds.value_problem(prompt, value)
    assert problem is not None and words in problem
    assert "\n" not in problem and len(problem) < 300


def test_every_prompt_of_08_and_09_uses_a_kind_that_has_a_check():
    used = {p.kind for p in course.step("08").prompts + course.step("09").prompts}
    assert used <= kinds.known_kinds()
    assert HARDEST.most == 2 and [f.id for f in PLAN.fields] == list(context.PLAN_PARTS)
    assert [f.id for f in WALL.fields] == ["text", "step", "stakeholder"] and WALL.most == questions.MAX_QUESTIONS


@pytest.mark.parametrize("draft, words", [
    ({}, "empty"), ({"text": "   "}, "empty"), ({"text": "x" * 10_000}, "10,000 characters long"),
    ({"text": "Who?", "step": "99"}, "not a step"), ({"text": "Who?", "stakeholder": "aliens"}, "not one of"),
])
def test_the_records_widget_s_check_refuses_a_bad_question_in_words(draft, words):
    problems = questions.record_problems(draft)
    assert len(problems) == 1 and words in problems[0] and "\n" not in problems[0]


def test_the_records_widget_s_check_accepts_a_good_question():
    assert questions.record_problems({"text": HOSTILE, "step": "09", "stakeholder": "learners"}) == []
    assert questions.record_problems({"text": "Untagged?"}) == []
