"""Notebook 08's reasoning: the canvas of earlier answers, readiness on the ten principles, the action plan."""
from __future__ import annotations

import dataclasses

import pytest

from course_helpers import context, course, data, kinds, strings
from course_helpers.course import LEARNER_STEPS, Prompt

HOSTILE = '<img src=x onerror="window.__pwned=1">\u202e'


def test_the_principles_agree_with_the_data_file():
    frame = data.load("eu_principles")
    assert list(zip(frame["id"], frame["principle"])) == list(context.PRINCIPLES)
    assert set(frame["verification"]) == {"partly"}


PROMPTS_08 = course.step("08").prompts


def test_the_prompts_of_08_cover_the_ten_principles_and_the_plan():
    ids = [p.id for p in PROMPTS_08]
    assert ids[1:11] == [f"readiness_P{n:02d}" for n in range(1, 11)]
    assert len(set(ids)) == len(ids)
    hardest = next(p for p in PROMPTS_08 if p.id == context.HARDEST_PROMPT)
    assert [value for _, value in hardest.items] == [pid for pid, _ in context.PRINCIPLES] and hardest.most == 2
    readiness = [p for p in PROMPTS_08 if p.id.startswith(context.READINESS_PREFIX)]
    assert all(p.kind == "rating" and p.low and p.high for p in readiness)
    assert "Portable" in readiness[6].text


# --- the canvas -----------------------------------------------------------------------------

def test_an_empty_journal_gives_a_canvas_of_unanswered_prompts():
    canvas = context.earlier_answers({})
    assert set(canvas) == {row.beside for row in context.CANVAS}
    shown = [item for items in canvas.values() for item in items]
    assert shown and all(item.shown is None for item in shown)
    assert [item.recall.prompt for item in canvas["context"]] == ["place_today", "place_heading", "place_preferred",
                                                                  "why_there"]
    assert list(canvas) == list(context.CANVAS_PARTS)


def test_the_canvas_shows_earlier_answers_in_words():
    values = {("01", "place_today"): {"x": -3, "y": 2}, ("02", "worry_most"): HOSTILE,
              ("01", "place_heading"): {"x": None, "y": None}, ("02", "worry_least"): "   "}
    canvas = context.earlier_answers(values)
    today, heading, *_ = canvas["context"]
    assert "in quadrant 1 Greater Whole" in today.shown.text and "fairly bundled" in today.shown.text
    assert heading.shown is None  # placed nowhere yet is not an answer
    worry = next(item for item in canvas["hardest"] if item.recall.prompt == "worry_most")
    assert worry.shown.text == HOSTILE and worry.shown.lines[0][0].learner  # kept exactly, marked as learner text


def test_rows_whose_prompt_the_manifest_lacks_are_skipped():
    values = {("01", "renamed_since"): "An answer to a prompt that was renamed.", ("42", "nowhere"): "x"}
    table = (context.Recall("plan", "01", "renamed_since", "A prompt 01 does not have"),
             context.Recall("plan", "42", "nowhere", "A step that does not exist"),
             context.Recall("who", "01", "winners_losers", "A prompt 01 has"))
    canvas = context.earlier_answers(values, table=table)
    assert canvas["plan"] == []
    assert [item.recall.prompt for item in canvas["who"]] == ["winners_losers"]
    assert list(canvas) == list(context.CANVAS_PARTS)  # every part is there, even with nothing to show


def with_07_prompt(prompt: Prompt) -> tuple:
    """The learner steps with 07's prompt of the same id replaced by ``prompt``."""
    return tuple(dataclasses.replace(s, prompts=tuple(prompt if p.id == prompt.id else p for p in s.prompts))
                 if s.id == "07" else s for s in LEARNER_STEPS)


def test_an_answer_of_a_kind_the_canvas_cannot_word_is_shown_raw_with_a_note():
    steps = with_07_prompt(Prompt("block_ranking", "futurekind", "Rank."))
    canvas = context.earlier_answers({("07", "block_ranking"): ["B2", "B1"]}, steps=steps)
    ranking = canvas["readiness"][0]
    assert ranking.prompt.text == "Rank." and ranking.step.id == "07"
    assert '"B2"' in ranking.shown.text and "cannot put answers of kind 'futurekind'" in ranking.shown.note


def test_a_misfit_earlier_answer_is_shown_raw_with_a_note():
    canvas = context.earlier_answers({("01", "place_today"): {"x": 40, "y": 1}})
    shown = canvas["context"][0].shown
    assert '"x": 40' in shown.text and "does not fit its question" in shown.note


# --- readiness -------------------------------------------------------------------------------

def test_readiness_reads_the_ratings_and_ignores_values_that_are_not_ratings():
    values = {"readiness_P01": 4, "readiness_P02": 2, "readiness_P03": 2, "readiness_P04": 9,
              "readiness_P05": True, "readiness_P06": "3", "readiness_P07": None}
    ratings = context.readiness(values)
    assert [(r.id, r.rating) for r in ratings[:8]] == [("P01", 4), ("P02", 2), ("P03", 2), ("P04", None),
                                                       ("P05", None), ("P06", None), ("P07", None), ("P08", None)]
    assert [r.id for r in context.lowest(ratings)] == ["P02", "P03"]
    assert context.suggested_hardest(ratings) == ["P02", "P03"]
    summary = context.readiness_summary(ratings)
    assert "3 of the principles" in summary and "P02 Transparency, P03 Relevance, at 2" in summary
    assert "7 still to rate" in summary


def test_readiness_with_nothing_rated_or_everything_equal():
    assert context.lowest(context.readiness({})) == []
    assert context.suggested_hardest(context.readiness({})) == []
    assert context.readiness_summary(context.readiness({})) == strings.CX_READINESS_NONE
    equal = context.readiness({f"readiness_P{n:02d}": 3 for n in range(1, 11)})
    assert context.readiness_summary(equal) == strings.CX_READINESS_ALL_SAME.format(count=10, rating=3)
    assert context.suggested_hardest(equal) == ["P01", "P02"]  # ties keep the Annex's order


def test_the_suggestion_is_never_stored_as_the_learners_choice():
    values = {"readiness_P09": 1}
    before = dict(values)
    context.suggested_hardest(context.readiness(values))
    assert values == before


# --- the action plan -------------------------------------------------------------------------

def test_a_plan_starts_empty_and_says_what_is_missing():
    assert context.plan_from(None) == {"step": "", "who": "", "evidence": ""}
    assert context.plan_status(None) == strings.CX_PLAN_MISSING.format(
        parts="; ".join(strings.CX_PLAN_FIELDS[p] for p in context.PLAN_PARTS))
    plan = context.update_plan(None, "step", HOSTILE)
    assert plan == {"step": HOSTILE}  # as the form stores it: empty parts left out
    plan = context.update_plan(plan, "who", "Me and my head of department")
    assert context.plan_missing(plan) == [strings.CX_PLAN_FIELDS["evidence"]]
    plan = context.update_plan(plan, "evidence", "A pilot module approved.")
    assert context.plan_status(plan) == strings.CX_PLAN_COMPLETE
    assert plan["step"] == HOSTILE and kinds.value_problem(context.PLAN, plan) is None


def test_a_damaged_stored_plan_is_opened_without_losing_its_good_parts():
    assert context.plan_from({"step": "Ask.", "who": 5}) == {"step": "Ask.", "who": "", "evidence": ""}
    assert context.plan_from("a plan as text") == context.empty_plan()


@pytest.mark.parametrize("part, text, words", [
    ("budget", "x", "'budget' is not a part of the plan"),
    ("step", "x" * 100_001, "longer than 100,000 characters"),
    ("who", ["a list"], "should be text"),
])
def test_a_plan_change_that_cannot_be_kept_gets_a_sentence(part, text, words):
    with pytest.raises(ValueError) as raised:
        context.update_plan(context.empty_plan(), part, text)
    assert words in str(raised.value) and "\n" not in str(raised.value)


def test_with_a_full_journal_every_canvas_row_the_manifest_has_is_answered(journal):
    from portfolio_journals import full_journal

    values = full_journal(journal)
    canvas = context.earlier_answers(journal.latest_values())
    shown = [item for items in canvas.values() for item in items]
    in_manifest = [row for row in context.CANVAS if any(p.id == row.prompt for p in course.step(row.step).prompts)]
    assert len(shown) == len(in_manifest) >= 7 and all(item.shown is not None for item in shown)
    ratings = context.readiness({prompt: value for (step, prompt), value in values.items() if step == "08"})
    assert len(context.rated(ratings)) == 10


def test_07_s_audit_appears_on_the_canvas_in_words():
    steps = with_07_prompt(Prompt("audit", "credential", "Audit one."))
    canvas = context.earlier_answers({("07", "audit"): {"title": HOSTILE, "ects": 5}}, steps=steps)
    audit = next(item for item in canvas["readiness"] if item.recall.prompt == "audit")
    assert audit.recall.label == strings.CX_RECALL_AUDIT
    assert audit.shown.text == f"Title: {HOSTILE}\nEcts: 5" and audit.shown.note == ""
