"""The value kinds of steps 03 and 04: a grid of judgements and a set of critique-driver links.

The manifest's Prompt does not carry ``rows``/``columns`` yet (the lead adds
them when wiring 03 and 04), so these tests use stand-in prompts with and
without them.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import kinds
from course_helpers.vocabulary import CRITIQUE_IDS, DRIVER_IDS, EXAMPLE_IDS, STAKEHOLDER_IDS

GRID = SimpleNamespace(id="grid", kind="judgements", rows=STAKEHOLDER_IDS, columns=EXAMPLE_IDS)
GRID_ANY_IDS = SimpleNamespace(id="grid", kind="judgements")
LINKS = SimpleNamespace(id="links", kind="links", rows=CRITIQUE_IDS, columns=DRIVER_IDS)
LINKS_ANY_IDS = SimpleNamespace(id="links", kind="links")
HOSTILE = '<img src=x onerror=alert(1)><script>alert(1)</script>'


def nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth - 1):
        value = {"learners": value}
    return value


@pytest.mark.parametrize("prompt, value", [
    (GRID, {}), (GRID, {"learners": {}}), (GRID, {"learners": {"mooc": "yes", "badge": "no"}}),
    (GRID, {"employers": {"mooc": "unsure", "cpd": None}, "qa_recognition": {"language": "no"}}),
    (GRID_ANY_IDS, {"any_viewpoint": {"any-example.2": "yes"}}),
    (LINKS, {}), (LINKS, {"gig_work": {"driver": "employer_demand", "relation": "answers"}}),
    (LINKS, {"jungle": {"driver": "cost_access"}, "two_tier": {"driver": "none"}, "equity_gap": None}),
    (LINKS, {"jungle": {"relation": "pushes against"}}), (LINKS, {"jungle": {}}),
    (LINKS_ANY_IDS, {"some_critique": {"driver": "some_driver", "relation": "pushes against"}}),
    (GRID, None), (LINKS, None),
], ids=repr)
def test_values_a_widget_can_show_fit(prompt, value):
    assert kinds.value_problem(prompt, value) is None


@pytest.mark.parametrize("prompt, value, words", [
    (GRID, "yes", "for each viewpoint, an answer per example, not 'yes'"),
    (GRID, ["learners"], "not a list of 1"),
    (GRID, {"learners": "yes"}, "not 'yes'"),
    (GRID, {"learners": {"mooc": "maybe"}}, "the answer for learners and mooc should be yes, unsure, no, not 'maybe'"),
    (GRID, {"learners": {"mooc": 1}}, "not 1"), (GRID, {"learners": {"mooc": True}}, "not True"),
    (GRID, {"learners": {"mooc": ["yes"]}}, "not a list of 1"),
    (GRID, {"students": {"mooc": "yes"}}, "'students' is not one of this prompt's viewpoints"),
    (GRID, {"learners": {"diploma": "yes"}}, "'diploma' is not one of this prompt's examples"),
    (GRID, {HOSTILE: {"mooc": "yes"}}, "viewpoints should be a short id, not a text of"),
    (GRID_ANY_IDS, {HOSTILE: {"mooc": "yes"}}, "should be a short id"),
    (GRID_ANY_IDS, {"learners\u202e": {}}, "should be a short id"),
    (GRID_ANY_IDS, {"learners": {"mooc\x00": "yes"}}, "examples should be a short id"),
    (GRID_ANY_IDS, {"learners": {"\ud800": "yes"}}, "examples should be a short id"),
    (GRID_ANY_IDS, {"": {}}, "should be a short id, not ''"),
    (GRID_ANY_IDS, {"x" * 65: {}}, "a text of 65 characters"),
    (GRID_ANY_IDS, {"x" * 1_000_000: {}}, "a text of 1,000,000 characters"),
    (GRID_ANY_IDS, {1: {}}, "should be a short id, not 1"),
    (GRID_ANY_IDS, {f"v{i}": {} for i in range(100_000)}, "100000 entries, more than the 64"),
    (GRID_ANY_IDS, {"learners": {f"e{i}": "yes" for i in range(65)}}, "65 entries"),
    (GRID, nested(kinds.MAX_DEPTH + 1), "levels deep"),
    (LINKS, "employer_demand", "a link for each critique, not 'employer_demand'"),
    (LINKS, {"jungle": "cost_access"}, "the link for jungle should hold a driver and a relation, not 'cost_access'"),
    (LINKS, {"jungle": {"driver": "cost_access", "why": "x"}}, "should hold a driver and a relation, not an object"),
    (LINKS, {"jungle": {"driver": "greed"}}, "the driver for jungle should be one of this prompt's drivers or 'none'"),
    (LINKS, {"jungle": {"driver": 3}}, "not 3"),
    (LINKS, {"jungle": {"driver": HOSTILE}}, "not a text of"),
    (LINKS, {"jungle": {"driver": "cost_access", "relation": "questions"}},
     "the relation for jungle should be answers or pushes against, not 'questions'"),
    (LINKS, {"jungle": {"driver": "none", "relation": "pushes against"}}, "has a relation, but its driver is 'none'"),
    (LINKS, {"hype": {"driver": "cost_access"}}, "'hype' is not one of this prompt's critiques"),
    (LINKS_ANY_IDS, {"<b>": {}}, "critiques should be a short id, not '<b>'"),
], ids=lambda v: kinds.describe(v) if isinstance(v, (list, dict, str)) else repr(v)[:40])
def test_values_a_widget_cannot_show_get_one_short_sentence(prompt, value, words):
    problem = kinds.value_problem(prompt, value)
    assert problem is not None and words in problem, problem
    assert "\n" not in problem and len(problem) < 200


def test_both_kinds_are_registered_once():
    assert {"judgements", "links"} <= kinds.known_kinds()
    with pytest.raises(ValueError, match="already has a check"):
        kinds.register("judgements", lambda prompt, value: None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20)
    | st.sampled_from(["yes", "unsure", "no", "none", "answers", "pushes against", *STAKEHOLDER_IDS, *EXAMPLE_IDS,
                       *CRITIQUE_IDS, *DRIVER_IDS]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["driver", "relation", *STAKEHOLDER_IDS, *EXAMPLE_IDS, *CRITIQUE_IDS])
                      | st.text(max_size=8), children, max_size=4),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None)
@given(json_values, st.sampled_from([GRID, GRID_ANY_IDS, LINKS, LINKS_ANY_IDS]))
def test_any_json_value_gets_none_or_one_short_sentence(value, prompt):
    problem = kinds.value_problem(prompt, value)
    assert problem is None or (isinstance(problem, str) and "\n" not in problem and len(problem) < 200)
