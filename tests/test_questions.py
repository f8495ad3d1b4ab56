"""Notebook 09's question wall: adding, editing and removing questions, and where they gather."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from course_helpers import kinds, questions, strings
from course_helpers.course import LEARNER_STEPS
from course_helpers.questions import QuestionError

WALL_PROMPT = questions.WALL


def fits(wall) -> bool:
    return kinds.value_problem(WALL_PROMPT, wall) is None


def test_adding_keeps_the_old_wall_and_gives_a_fresh_id():
    empty: list = []
    one = questions.add_question(empty, "Who pays?", "03", "employers")
    two = questions.add_question(one, "Who checks quality?", None, "qa_recognition")
    assert empty == [] and len(one) == 1  # nothing is changed in place
    assert [q["text"] for q in two] == ["Who pays?", "Who checks quality?"]
    assert two[0] == one[0] and two[1]["id"] != two[0]["id"]
    assert two[1] == {"id": two[1]["id"], "text": "Who checks quality?", "stakeholder": "qa_recognition"}  # no step chosen
    assert fits(two)


def test_editing_one_question_leaves_the_others_and_the_ids_alone():
    wall = questions.add_question(questions.add_question(None, "A?"), "B?", "07")
    edited = questions.update_question(wall, wall[1]["id"], text="B, rephrased?", stakeholder="learners")
    assert edited[0] == wall[0]
    assert edited[1] == {"id": wall[1]["id"], "text": "B, rephrased?", "step": "07", "stakeholder": "learners"}
    untagged = questions.update_question(edited, wall[1]["id"], step=None)
    assert "step" not in untagged[1] and untagged[1]["stakeholder"] == "learners"


def test_removing_a_question():
    wall = questions.add_question(questions.add_question(None, "A?"), "B?")
    assert [q["text"] for q in questions.remove_question(wall, wall[0]["id"])] == ["B?"]
    with pytest.raises(QuestionError, match="no question"):
        questions.remove_question(wall, "q-gone")


@pytest.mark.parametrize("text, step, stakeholder, words", [
    ("", None, None, strings.Q_EMPTY), ("  \n\t", None, None, strings.Q_EMPTY), (None, None, None, strings.Q_EMPTY),
    ("x" * 10_000, None, None, "10,000 characters long"),
    ("Who?", "99", None, "'99' is not a step of this course"),
    ("Who?", "<script>", None, "is not a step"),
    ("Who?", None, "aliens", "'aliens' is not one of the stakeholders"),
    ("Who?", None, ["employers"], "is not one of the stakeholders"),
])
def test_a_question_that_cannot_go_on_the_wall_gets_a_sentence(text, step, stakeholder, words):
    with pytest.raises(QuestionError) as raised:
        questions.add_question([], text, step, stakeholder)
    message = str(raised.value)
    assert words in message and "\n" not in message and len(message) < 400
    assert questions.check_question(text, step, stakeholder) == message


def test_hostile_text_is_kept_exactly():
    hostile = '<img src=x onerror="window.__pwned=1">\u202e\x00\ud800'
    wall = questions.add_question([], hostile, "09", "learners")
    assert wall[0]["text"] == hostile


def test_a_full_wall_refuses_one_more():
    wall = [{"id": f"q{n}", "text": "?"} for n in range(questions.MAX_QUESTIONS)]
    with pytest.raises(QuestionError, match="already holds 200"):
        questions.add_question(wall, "One more?")


def test_a_stored_value_that_is_not_a_wall_is_refused_with_a_sentence():
    with pytest.raises(QuestionError, match="cannot be changed here"):
        questions.add_question("not a list", "A?")  # type: ignore[arg-type]
    with pytest.raises(QuestionError, match="the same thing twice"):
        questions.remove_question([{"id": "q1", "text": "a", "step": None, "stakeholder": None}] * 2, "q1")


def test_the_tally_lists_every_step_and_stakeholder_in_order_with_zeros():
    wall = [{"id": "a", "text": "?", "step": "03", "stakeholder": "employers"},
            {"id": "b", "text": "?", "step": "03", "stakeholder": None},
            {"id": "c", "text": "?", "step": None, "stakeholder": "employers"},
            {"id": "d", "text": "?", "step": "07", "stakeholder": "learners"}]
    result = questions.tally(wall)
    assert result.total == 4
    assert [c.tag for c in result.by_step] == [s.id for s in LEARNER_STEPS] + [None]
    assert {c.tag: c.count for c in result.by_step} == {**{s.id: 0 for s in LEARNER_STEPS}, "03": 2, "07": 1, None: 1}
    assert [c.tag for c in result.by_stakeholder] == [k for k, _ in questions.STAKEHOLDERS] + [None]
    assert {c.tag: c.count for c in result.by_stakeholder if c.count} == {"employers": 2, "learners": 1, None: 1}
    assert [c.tag for c in questions.busiest(result.by_step)] == ["03"]
    summary = questions.tally_summary(result)
    assert summary == ("Your wall has 4 questions. The busiest step: 03 How well do stakeholders understand "
                       "micro-credentials?, with 2 questions. The busiest stakeholder: Employers, with 2 questions.")
    tie = questions.tally(wall[:1] + wall[3:])
    assert "The busiest steps: 03 How well do stakeholders understand micro-credentials? and 07 Criteria and " \
           "blocks on the road, with 1 question each." in questions.tally_summary(tie)


def test_tags_of_a_newer_course_are_counted_under_their_own_name():
    wall = [{"id": "a", "text": "?", "step": "10", "stakeholder": "unions"}]  # the tally reads what it is given
    result = questions.tally(wall)
    assert [(c.tag, c.label, c.count) for c in result.by_step][-2:] == [("10", "10", 1), (None, strings.Q_NO_STEP, 0)]
    assert ("unions", "unions", 1) in [(c.tag, c.label, c.count) for c in result.by_stakeholder]


def test_an_empty_or_untagged_wall_is_summarised_honestly():
    assert questions.tally_summary(questions.tally([])) == strings.Q_SUMMARY_NONE
    untagged = questions.tally([{"id": "a", "text": "?"}])
    assert questions.busiest(untagged.by_step) == []
    assert questions.tally_summary(untagged) == f"Your wall has 1 question. {strings.Q_SUMMARY_UNTAGGED}"


def test_the_hopes_note_stands_beside_the_wall():
    assert questions.hopes_note({("00", "hopes"): "To learn."}) == "To learn."
    assert questions.hopes_note({("00", "hopes"): "  "}) is None
    assert questions.hopes_note({("00", "hopes"): 5}) is None
    assert questions.hopes_note({}) is None


STEP_IDS = [s.id for s in LEARNER_STEPS] + [None]
STAKEHOLDER_IDS = [k for k, _ in questions.STAKEHOLDERS] + [None]
operation = st.one_of(
    st.tuples(st.just("add"), st.text(min_size=1, max_size=30).filter(str.strip), st.sampled_from(STEP_IDS),
              st.sampled_from(STAKEHOLDER_IDS)),
    st.tuples(st.just("edit"), st.integers(0, 50), st.text(min_size=1, max_size=30).filter(str.strip)),
    st.tuples(st.just("remove"), st.integers(0, 50)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, max_size=40))
def test_any_sequence_of_edits_keeps_a_valid_wall_with_stable_ids(operations):
    wall: list = []
    for op in operations:
        if op[0] == "add":
            before = {q["id"] for q in wall}
            wall = questions.add_question(wall, op[1], op[2], op[3])
            assert wall[-1]["id"] not in before
        elif wall and op[0] == "edit":
            target = wall[op[1] % len(wall)]["id"]
            wall = questions.update_question(wall, target, text=op[2])
            assert next(q for q in wall if q["id"] == target)["text"] == op[2]
        elif wall and op[0] == "remove":
            target = wall[op[1] % len(wall)]["id"]
            wall = questions.remove_question(wall, target)
            assert target not in {q["id"] for q in wall}
        assert fits(wall)
        result = questions.tally(wall)
        assert sum(c.count for c in result.by_step) == sum(c.count for c in result.by_stakeholder) == len(wall)


def test_the_stakeholders_start_with_step_03_s_viewpoints():
    from course_helpers.vocabulary import STAKEHOLDER_IDS

    assert tuple(k for k, _ in questions.STAKEHOLDERS[:len(STAKEHOLDER_IDS)]) == STAKEHOLDER_IDS
    assert len({k for k, _ in questions.STAKEHOLDERS}) == len(questions.STAKEHOLDERS)
