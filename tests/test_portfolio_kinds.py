"""The value kinds of 08 and 09 (picks, action_plan, questions): what fits, and one sentence for what does not."""
from __future__ import annotations

import pytest

from course_helpers import context, kinds, questions
from course_helpers.course import Prompt

HARDEST = next(p for p in context.PROPOSED_PROMPTS if p.kind == "picks")
PLAN = next(p for p in context.PROPOSED_PROMPTS if p.kind == "action_plan")
WALL = next(p for p in questions.PROPOSED_PROMPTS if p.kind == "questions")
HOSTILE = '<img src=x onerror="window.__pwned=1">\u202e\x00\ud800'


def question(**changes):
    return {"id": "q1", "text": "Who pays?", "step": "03", "stakeholder": "employers", **changes}


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


@pytest.mark.parametrize("prompt, value", [
    (HARDEST, []), (HARDEST, ["P01"]), (HARDEST, ["P10", "P04"]),
    (PLAN, {"step": "", "who": "", "evidence": ""}), (PLAN, {"step": HOSTILE, "who": "me", "evidence": "x" * 5000}),
    (WALL, []), (WALL, [question()]), (WALL, [question(step=None, stakeholder=None, text=HOSTILE)]),
    (WALL, [question(id=f"q{n}") for n in range(kinds.MAX_QUESTIONS)]),
    (WALL, [question(text="x" * kinds.MAX_QUESTION_CHARS)]),
    (WALL, [question(step="a-newer-step", stakeholder="someone_new")]),  # tags of a newer course still fit
    (HARDEST, None), (PLAN, None), (WALL, None),
], ids=lambda v: kinds.describe(v) if not isinstance(v, Prompt) else v.id)
def test_values_the_widgets_can_show_fit(prompt, value):
    assert kinds.value_problem(prompt, value) is None


@pytest.mark.parametrize("prompt, value, words", [
    (HARDEST, "P01", "a list of at most 2"), (HARDEST, ["P01", "P02", "P03"], "a list of at most 2"),
    (HARDEST, ["P11"], "not 'P11'"), (HARDEST, [HOSTILE], "at most 2 of P01"), (HARDEST, [1], "not 1"),
    (HARDEST, ["P01", "P01"], "same element twice"), (HARDEST, {"P01": True}, "not an object"),
    (PLAN, "do something", "parts step, who, evidence"), (PLAN, {"step": "x"}, "parts step, who, evidence"),
    (PLAN, {"step": "", "who": "", "evidence": "", "extra": ""}, "parts"),
    (PLAN, {"step": 5, "who": "", "evidence": ""}, "its step should be text"),
    (PLAN, {"step": "", "who": None, "evidence": ""}, "its who should be text"),
    (PLAN, {"step": "", "who": "", "evidence": "x" * 5001}, "a text of 5,001 characters"),
    (WALL, "Who pays?", "a list of at most 200 questions"), (WALL, {"q1": "x"}, "a list"),
    (WALL, [question()] * 2, "question 2 repeats the id 'q1'"),
    (WALL, [question(id=f"q{n}") for n in range(kinds.MAX_QUESTIONS + 1)], "a list of 201"),
    (WALL, ["Who pays?"], "question 1: it should have the parts"),
    (WALL, [{"id": "q1", "text": "x"}], "should have the parts id, text, step, stakeholder"),
    (WALL, [question(text="")], "no text"), (WALL, [question(text="   \n")], "no text"),
    (WALL, [question(text=None)], "no text"), (WALL, [question(text=["a"])], "no text"),
    (WALL, [question(text="x" * 10_000)], "10,000 characters long"),
    (WALL, [question(id=HOSTILE)], "its id should be"), (WALL, [question(id="")], "its id should be"),
    (WALL, [question(id=7)], "its id should be"), (WALL, [question(step=3)], "its step should be"),
    (WALL, [question(stakeholder="<b>x</b>")], "its stakeholder should be"),
    (WALL, [question(stakeholder="x" * 65)], "its stakeholder should be"),
    (WALL, nested(kinds.MAX_DEPTH + 1), "levels deep"), (PLAN, nested(500), "levels deep"),
], ids=lambda v: kinds.describe(v) if not isinstance(v, Prompt) else v.id)
def test_values_that_do_not_fit_get_one_short_sentence(prompt, value, words):
    problem = kinds.value_problem(prompt, value)
    assert problem is not None and words in problem
    assert "\n" not in problem and len(problem) < 200


def test_a_sentence_never_repeats_hostile_text_at_length():
    problem = kinds.value_problem(WALL, [question(text="<script>" * 5000)])
    assert "<script>" not in problem


def test_the_new_kinds_are_registered_once():
    assert {"picks", "action_plan", "questions"} <= kinds.known_kinds()
    for kind in ("picks", "action_plan", "questions"):
        with pytest.raises(ValueError, match="already has a check"):
            kinds.register(kind, lambda prompt, value: None)


def test_every_proposed_prompt_has_a_check():
    used = {p.kind for p in context.PROPOSED_PROMPTS + questions.PROPOSED_PROMPTS}
    assert used <= kinds.known_kinds()
