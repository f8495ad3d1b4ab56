"""The values of 03's judgements (a plain grid) and 04's links, checked against the manifest's own prompts.

03's grid uses the generic ``grid`` kind (viewpoints x examples, yes/unsure/no);
04's links have a kind of their own. Both meet hostile stored values (from an
edited or forged journal file) with one short sentence, never an exception.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import course, kinds
from course_helpers.vocabulary import CRITIQUE_IDS, DRIVER_IDS, EXAMPLE_IDS, LINK_RELATIONS, STAKEHOLDER_IDS

GRID = course.prompt("03", "judgements")
LINKS = course.prompt("04", "links")
LINKS_ANY_IDS = SimpleNamespace(id="links", kind="links")  # a prompt that names no critiques or drivers
HOSTILE = '<img src=x onerror=alert(1)><script>alert(1)</script>'


def nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth - 1):
        value = {"learners": value}
    return value


def test_the_manifest_prompts_carry_the_ids_of_the_data():
    assert GRID.kind == "grid" and [v for _, v in GRID.items] == list(STAKEHOLDER_IDS)
    assert [v for _, v in GRID.columns] == list(EXAMPLE_IDS)
    assert [v for _, v in GRID.options] == ["yes", "unsure", "no"]
    assert [v for _, v in LINKS.items] == list(CRITIQUE_IDS) and [v for _, v in LINKS.columns] == list(DRIVER_IDS)
    assert tuple(v for _, v in LINKS.options) == LINK_RELATIONS == ("answers", "pushes against")


def test_the_judgements_kind_is_gone_in_favour_of_the_grid():
    assert "judgements" not in kinds.known_kinds() and {"grid", "links"} <= kinds.known_kinds()


@pytest.mark.parametrize("prompt, value", [
    (GRID, {}), (GRID, {"learners": {}}), (GRID, {"learners": {"mooc": "yes", "badge": "no"}}),
    (GRID, {"employers": {"mooc": "unsure", "cpd": None}, "qa_recognition": {"language": "no"}}),
    (GRID, {s: {e: "unsure" for e in EXAMPLE_IDS} for s in STAKEHOLDER_IDS}),
    (LINKS, {}), (LINKS, {"gig_work": {"driver": "employer_demand", "relation": "answers"}}),
    (LINKS, {"jungle": {"driver": "cost_access"}, "two_tier": {"driver": "none"}, "equity_gap": None}),
    (LINKS, {"jungle": {"relation": "pushes against"}}), (LINKS, {"jungle": {}}),
    (LINKS_ANY_IDS, {"some_critique": {"driver": "some_driver", "relation": "pushes against"}}),
    (GRID, None), (LINKS, None),
], ids=repr)
def test_values_a_widget_can_show_fit(prompt, value):
    assert kinds.value_problem(prompt, value) is None


@pytest.mark.parametrize("prompt, value, words", [
    # the grid of 03: wrong shapes, unknown or hostile ids, answers that are not yes/unsure/no
    (GRID, "yes", "it should be a table of answers, not 'yes'"),
    (GRID, ["learners"], "not a list of 1"),
    (GRID, {"learners": "yes"}, "not 'yes'"),
    (GRID, {"learners": {"mooc": "maybe"}}, "it should be one of yes, unsure, no, not 'maybe'"),
    (GRID, {"learners": {"mooc": 1}}, "not 1"), (GRID, {"learners": {"mooc": True}}, "not True"),
    (GRID, {"learners": {"mooc": ["yes"]}}, "not a list of 1"),
    (GRID, {"students": {"mooc": "yes"}}, "it names 'students', which this prompt does not offer"),
    (GRID, {"learners": {"diploma": "yes"}}, "it names 'diploma'"),
    (GRID, {HOSTILE: {"mooc": "yes"}}, "it names a text of"),
    (GRID, {"learners\u202e": {}}, "which this prompt does not offer"),
    (GRID, {"learners": {"mooc\x00": "yes"}}, "which this prompt does not offer"),
    (GRID, {"learners": {"\ud800": "yes"}}, "which this prompt does not offer"),
    (GRID, {"x" * 1_000_000: {}}, "a text of 1,000,000 characters"),
    (GRID, {f"v{i}": {} for i in range(100_000)}, "'v0', which this prompt does not offer"),
    (GRID, nested(kinds.MAX_DEPTH + 1), "levels deep"),
    # the links of 04
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
    (LINKS, {"jungle\u202e": {}}, "critiques should be a short id"),
    (LINKS, {"jungle": {"driver": "cost_access\x00"}}, "the driver for jungle should be"),
    (LINKS, {"jungle": {"driver": "\ud800"}}, "the driver for jungle should be"),
    (LINKS, {f"c{i}": None for i in range(100_000)}, "100000 entries where at most 64 fit"),
    (LINKS, nested(kinds.MAX_DEPTH + 1), "levels deep"),
    (LINKS_ANY_IDS, {"<b>": {}}, "critiques should be a short id, not '<b>'"),
    (LINKS_ANY_IDS, {"x" * 65: {}}, "a text of 65 characters"),
    (LINKS_ANY_IDS, {1: {}}, "should be a short id, not 1"),
], ids=lambda v: kinds.describe(v) if isinstance(v, (list, dict, str)) else repr(v)[:40])
def test_values_a_widget_cannot_show_get_one_short_sentence(prompt, value, words):
    problem = kinds.value_problem(prompt, value)
    assert problem is not None and words in problem, problem
    assert "\n" not in problem and len(problem) < 200


def test_the_links_kind_is_registered_once():
    with pytest.raises(ValueError, match="already has a check"):
        kinds.register("links", lambda prompt, value: None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20)
    | st.sampled_from(["yes", "unsure", "no", "none", *LINK_RELATIONS, *STAKEHOLDER_IDS, *EXAMPLE_IDS,
                       *CRITIQUE_IDS, *DRIVER_IDS]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["driver", "relation", *STAKEHOLDER_IDS, *EXAMPLE_IDS, *CRITIQUE_IDS])
                      | st.text(max_size=8), children, max_size=4),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None)
@given(json_values, st.sampled_from([GRID, LINKS, LINKS_ANY_IDS]))
def test_any_json_value_gets_none_or_one_short_sentence(value, prompt):
    problem = kinds.value_problem(prompt, value)
    assert problem is None or (isinstance(problem, str) and "\n" not in problem and len(problem) < 200)
