"""Aggregates per prompt kind, small groups suppressed at 4 and shown at 5, and complementary suppression that a
brute-force reader cannot undo."""
from __future__ import annotations

import itertools
import math
import statistics

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from course_helpers import kinds
from course_helpers.cohort import Collection, aggregate
from course_helpers.cohort.aggregate import aggregate_column
from course_helpers.cohort.columns import MISFIT, SHARE_POLICY, Layout, share_policy
from course_helpers.cohort.schema import text_problem
from course_helpers.cohort.suppress import feasible_ranges, protect, quartile_positions
from course_helpers.course import LEARNER_STEPS, Prompt, Step, prompt
from tests.cohort_helpers import encode, share_document


def class_of(answers: list[dict], **changes) -> Collection:
    collection = Collection()
    for number, steps in enumerate(answers):
        collection.add_bytes(f"{number}.json", encode(share_document(learner=f"{number:032x}", answers=steps,
                                                                     **changes)))
    assert collection.summary().learners == len(answers)
    return collection


# --- suppression at 4 and 5 learners -------------------------------------------------------------

@pytest.mark.parametrize("size, shown", [(4, False), (5, True)])
def test_a_class_of_four_shows_nothing_and_a_class_of_five_shows_its_answers(size, shown):
    answers = [{"00": {"familiarity": 3}, "01": {"place_today": {"x": n, "y": -n}, "why_there": f"text {n}"}}
               for n in range(size)]
    result = aggregate(class_of(answers).table)
    familiarity, place, why = (result.get("00", "familiarity"), result.get("01", "place_today"),
                               result.get("01", "why_there"))
    assert (result.learners is not None) == shown
    for item in (familiarity, place, why):
        assert item.suppressed != shown
        assert (item.n == size) if shown else item.n is None
    if shown:
        assert familiarity.categories[2].count == 5 and familiarity.median == 3
        assert place.centre == (2.0, -2.0) and why.texts == tuple(f"text {n}" for n in range(5))
    else:
        assert not hasattr(familiarity, "categories") or familiarity.categories == ()
        assert place.centre is None and why.texts == ()


def test_a_count_of_two_in_a_class_of_twelve_is_hidden_and_cannot_be_subtracted_out():
    answers = [{"00": {"familiarity": 1 if n < 2 else 4}} for n in range(12)]
    familiarity = aggregate(class_of(answers).table).get("00", "familiarity")
    counts = [c.count for c in familiarity.categories]
    assert counts[0] is None  # the two
    assert counts[3] is None  # the ten, hidden too: otherwise 12 - 10 = 2
    assert familiarity.n == 12


def test_the_threshold_can_be_raised_never_lowered_below_three():
    answers = [{"00": {"familiarity": 3}} for _ in range(6)]
    table = class_of(answers).table
    assert aggregate(table, k=7).get("00", "familiarity").suppressed
    assert not aggregate(table, k=6).get("00", "familiarity").suppressed
    with pytest.raises(ValueError):
        aggregate(table, k=2)


# --- complementary suppression, checked by brute force -----------------------------------------------

def completions(shown, n, zeros):
    """Every count vector a reader could believe: shown cells as shown, hidden ones at least 1, total n."""
    hidden = [i for i, c in enumerate(shown) if c is None]
    rest = n - sum(c for c in shown if c is not None)
    for parts in itertools.product(range(1, rest + 1), repeat=len(hidden)):
        if sum(parts) == rest:
            candidate = list(shown)
            for index, value in zip(hidden, parts):
                candidate[index] = value
            yield candidate


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=3, max_size=5), st.booleans(), st.sampled_from([3, 5]))
def test_no_hidden_count_can_be_worked_out(counts, ordered, k):
    n = sum(counts)
    published = protect(counts, k, ordered=ordered)
    if published.all_hidden or n == 0:
        return
    assert all(p == c for p, c in zip(published.counts, counts) if p is not None)
    assert all(p is None for p, c in zip(published.counts, counts) if 0 < c < k)
    quartiles = tuple(q for q in published.quartiles if q is not None)
    possible: dict[int, set[int]] = {i: set() for i, c in enumerate(published.counts) if c is None}
    for candidate in completions(published.counts, n, zeros=None):
        if quartiles and quartile_positions(candidate) != quartiles:
            continue
        for index in possible:
            possible[index].add(candidate[index])
    for index, values in possible.items():
        assert counts[index] in values
        assert len(values) >= 2 and max(values) >= k, (counts, published, possible)
    # The interval reasoning in suppress.py finds exactly the brute-force ranges' ends.
    ranges = feasible_ranges(published.counts, n, quartiles)
    for index, values in possible.items():
        assert ranges[index] == (min(values), max(values))


def test_quartiles_are_dropped_before_everything_is_hidden():
    published = protect([1, 1, 1, 1, 1], 5, ordered=True)
    assert published.all_hidden and set(published.counts) == {None}


# --- each kind ------------------------------------------------------------------------------------

def test_placements_give_the_mean_and_standard_deviation_of_complete_points():
    values = [(1, 2), (3, 4), (-5, 0), (2, 2), (4, -3), (0, None), None]
    column = Layout().column("01", "place_today")
    result = aggregate_column(column, values, 5)
    xs, ys = [1, 3, -5, 2, 4], [2, 4, 0, 2, -3]
    assert result.n == 5
    assert result.centre == pytest.approx((statistics.fmean(xs), statistics.fmean(ys)))
    assert result.spread == pytest.approx((statistics.stdev(xs), statistics.stdev(ys)))


def test_choices_count_each_option_with_its_label():
    column = Layout().column("02", "nearest_C1")
    result = aggregate_column(column, ["H1"] * 6 + ["H2"] * 5 + ["none"] * 7, 5)
    assert [(c.value, c.count) for c in result.categories] == [("H1", 6), ("H2", 5), ("H3", 0), ("H4", 0),
                                                               ("none", 7)]
    assert result.categories[0].label.endswith("Greater Whole")
    assert result.median is None


RANKING = Prompt("rank_blocks", "ranking", "Rank the blocks where you work",
                 options=(("Recognition", "B1"), ("Funding", "B8"), ("Culture", "B14")))
STEP_07 = Step("07", 7, "Blocks", "07.ipynb", "planned", 10, (RANKING,))


def test_rankings_give_each_option_its_mean_rank_and_hide_rarely_ranked_ones():
    column = Layout([STEP_07]).column("07", "rank_blocks")
    values = [("B1", "B8", "B14")] * 3 + [("B8", "B1")] * 3
    result = aggregate_column(column, values, 5)
    by_value = {o.value: o for o in result.options}
    assert by_value["B1"].mean_rank == pytest.approx(1.5) and by_value["B1"].n == 6
    assert by_value["B8"].mean_rank == pytest.approx(1.5)
    assert by_value["B14"].mean_rank is None and by_value["B14"].n is None  # ranked by 3 only


def test_rankings_are_shared_checked_and_imported():
    collection = Collection(steps=[STEP_07])
    for number in range(5):
        collection.add_bytes("r.json", encode(share_document(learner=f"{number:032x}", shared_reflections=[],
                                                             answers={"07": {"rank_blocks": ["B8", "B1"]}})))
    collection.add_bytes("bad.json", encode(share_document(learner="f" * 32, shared_reflections=[],
                                                           answers={"07": {"rank_blocks": ["B8", "B8"]}})))
    assert collection.summary().learners == 5 and collection.summary().refused_total == 1
    result = aggregate(collection.table).get("07", "rank_blocks")
    assert [o.mean_rank for o in result.options] == [2.0, 1.0, None]


def test_reflections_are_sorted_and_carry_no_id():
    column = Layout().column("01", "why_there")
    result = aggregate_column(column, ["b second", "A first", "c third", "B again", "a again"], 5)
    assert result.texts == ("a again", "A first", "B again", "b second", "c third")


def test_a_kind_with_no_aggregate_of_its_own_is_counted(monkeypatch):
    monkeypatch.setitem(SHARE_POLICY, "line", "structured")
    line = Prompt("motto", "line", "Your motto")
    step = Step("05", 5, "x", "x.ipynb", "planned", 1, (line,))
    column = Layout([step]).column("05", "motto")
    assert column is not None
    result = aggregate_column(column, ["a", "b", "c", "d", "e", None], 5)
    assert result.n == 5 and not result.suppressed


def test_every_kind_in_the_manifest_has_a_share_policy():
    kinds_used = {p.kind for s in LEARNER_STEPS for p in s.prompts}
    assert kinds_used <= set(SHARE_POLICY), kinds_used - set(SHARE_POLICY)
    assert share_policy("something new") == "never"


# --- the import's encoders accept exactly what kinds.py accepts ---------------------------------

ANY_VALUE = st.recursive(st.none() | st.booleans() | st.integers(-8, 8) | st.floats(-6, 6) |
                         st.sampled_from(["H1", "H4", "none", "x", "", "C1"]) | st.text(max_size=5),
                         lambda inner: st.lists(inner, max_size=3) |
                         st.dictionaries(st.sampled_from(["x", "y", "z"]), inner, max_size=3), max_leaves=6)


@settings(max_examples=400, deadline=None)
@example(("01", "why_there"), "nul \x00")
@example(("01", "why_there"), "\ud800")
@example(("00", "familiarity"), True)
@example(("01", "place_today"), {"x": 1.0, "y": 2})
@given(st.sampled_from([("00", "familiarity"), ("02", "nearest_C1"), ("01", "place_today"), ("01", "why_there")]),
       ANY_VALUE)
def test_encoders_agree_with_the_journal_value_checks(key, value):
    column = Layout().column(*key)
    if value is None:
        return
    accepted = column.encode(value) is not MISFIT
    expected = kinds.value_problem(prompt(*key), value) is None
    if column.policy == "written" and isinstance(value, str):
        expected = expected and text_problem(value) is None  # stricter: NUL and lone surrogates cannot travel
    assert accepted == expected


def test_a_placement_with_neither_coordinate_counts_as_no_answer():
    column = Layout().column("01", "place_today")
    assert column.encode({"x": None, "y": None}) is None
    assert column.encode({"x": 1, "y": None}) == (1, None)
    assert column.encode({"x": True, "y": 1}) is MISFIT
    assert math.isclose(aggregate_column(column, [(1, None)] * 9, 5).suppressed, True)


def test_pausing_the_cycle_collector_restores_it_however_the_work_ends():
    import gc

    from course_helpers.cohort.bulk import collector_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("a failure inside")
    assert gc.isenabled(), "a failure must not leave the collector off"
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled(), "a collector someone else turned off stays off"
    finally:
        gc.enable()
