"""Which saved values each kind of prompt can show, and the sentence for those it cannot."""
from __future__ import annotations

import pytest

from course_helpers import course, kinds

HOPES = course.prompt("00", "hopes")
FAMILIARITY = course.prompt("00", "familiarity")
NEAREST = course.prompt("02", "nearest_C1")
PLACE = course.prompt("01", "place_today")


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


@pytest.mark.parametrize("prompt, value", [
    (HOPES, "any text <b>at all</b>"), (HOPES, ""), (FAMILIARITY, 1), (FAMILIARITY, 5), (NEAREST, "H4"),
    (NEAREST, "none"), (PLACE, {"x": -5, "y": 5}), (PLACE, {"x": 3, "y": None}), (PLACE, {"x": None, "y": None}),
    (HOPES, None), (FAMILIARITY, None), (NEAREST, None), (PLACE, None),
], ids=repr)
def test_values_a_widget_can_show_fit(prompt, value):
    assert kinds.value_problem(prompt, value) is None


@pytest.mark.parametrize("prompt, value, words", [
    (HOPES, 5, "should be text"), (HOPES, ["a"], "should be text"),
    (FAMILIARITY, 99, "from 1 to 5, not 99"), (FAMILIARITY, "not a number", "not 'not a number'"),
    (FAMILIARITY, True, "not True"), (FAMILIARITY, 2.5, "not 2.5"), (FAMILIARITY, 0, "not 0"),
    (NEAREST, {"a": 1}, "not an object"), (NEAREST, ["H1"], "not a list of 1"), (NEAREST, "H9", "not 'H9'"),
    (PLACE, "nowhere", "a point with an x and a y"), (PLACE, {"x": 1}, "a point with an x and a y"),
    (PLACE, {"x": 1, "y": 2, "z": 3}, "a point"), (PLACE, {"x": 40, "y": 1}, "its x should be"),
    (PLACE, {"x": 1, "y": True}, "its y should be"), (PLACE, {"x": "left", "y": 1}, "not 'left'"),
    (HOPES, nested(960), "more than 32 levels deep"), (PLACE, nested(kinds.MAX_DEPTH + 1), "levels deep"),
], ids=lambda v: kinds.describe(v) if isinstance(v, (list, dict)) else repr(v)[:40])
def test_values_a_widget_cannot_show_get_a_sentence(prompt, value, words):
    problem = kinds.value_problem(prompt, value)
    assert problem is not None and words in problem
    assert "\n" not in problem and len(problem) < 200


def test_the_depth_cap_allows_its_limit_and_needs_no_recursion():
    assert kinds.depth_problem(nested(kinds.MAX_DEPTH)) is None
    assert kinds.depth_problem(nested(100_000)) is not None  # far beyond the recursion limit


def test_every_prompt_kind_in_the_manifest_has_a_check():
    used = {p.kind for s in course.STEPS for p in s.prompts}
    assert used <= kinds.known_kinds()


def test_a_kind_has_one_check():
    with pytest.raises(ValueError, match="already has a check"):
        kinds.register("rating", lambda prompt, value: None)


def test_long_values_are_described_by_size():
    assert kinds.describe("x" * 5000) == "a text of 5,000 characters"
    assert kinds.describe(list(range(9))) == "a list of 9"
