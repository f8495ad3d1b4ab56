"""Notebook 03's reasoning: the judgement grid, disagreement, pairs, and the grid beside a definition."""
from __future__ import annotations

import copy
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import data, stakeholders
from course_helpers.vocabulary import EXAMPLE_IDS, JUDGEMENTS, STAKEHOLDER_IDS

VIEWS = list(STAKEHOLDER_IDS)
EXAMPLES = list(EXAMPLE_IDS)
HOSTILE = '<img src=x onerror=alert(1)><script>alert(1)</script>'
VERDICT = re.compile(r"\b(right|wrong|correct|incorrect|score|scored|mistaken|error)\b", re.IGNORECASE)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
grids = st.dictionaries(st.sampled_from(VIEWS),
                        st.dictionaries(st.sampled_from(EXAMPLES), st.sampled_from(JUDGEMENTS), max_size=8),
                        max_size=5)


@pytest.fixture(scope="module")
def example_rows():
    return data.load("example_credentials").to_dict("records")


@pytest.fixture(scope="module")
def example_names(example_rows):
    return {r["id"]: r["short"] for r in example_rows}


@pytest.fixture(scope="module")
def eu_fits(example_rows):
    parts = stakeholders.definition_parts(data.load("definitions").to_dict("records"), "EU 2022")
    return {r["id"]: stakeholders.definition_fit(r, parts) for r in example_rows}


# ------------------------------------------------------------------ the grid

def test_a_clean_partial_grid_is_kept_as_it_is():
    grid = {"learners": {"mooc": "yes", "badge": "no"}, "employers": {"mooc": "unsure"}}
    kept, notes = stakeholders.clean_grid(grid, VIEWS, EXAMPLES)
    assert kept == grid and notes == []
    assert stakeholders.clean_grid(None, VIEWS, EXAMPLES) == ({}, [])


def test_cleared_cells_count_as_not_answered_without_a_note():
    kept, notes = stakeholders.clean_grid({"learners": {"mooc": None, "badge": "yes"}}, VIEWS, EXAMPLES)
    assert kept == {"learners": {"badge": "yes"}} and notes == []


@pytest.mark.parametrize("value, words", [
    ({"students": {"mooc": "yes"}}, "Left out 1 unknown viewpoint: 'students'."),
    ({"learners": {"diploma": "yes"}}, "Left out 1 unknown example: 'diploma'."),
    ({"learners": {"mooc": "maybe"}}, "Left out 1 answer that could not be read: learners/mooc ('maybe')."),
    ({"learners": {"mooc": True}}, "learners/mooc (True)"),
    ({"learners": ["mooc", "yes"]}, "learners (a list of 2)"),
    ({HOSTILE: {"mooc": "yes"}}, f"a text of {len(HOSTILE)} characters"),
    ("yes", "Your saved judgements could not be read ('yes'), so none are shown."),
    ([{"learners": {}}], "could not be read (a list of 1)"),
    (42, "could not be read (42)"),
])
def test_unusable_parts_are_left_out_with_a_sentence(value, words):
    kept, notes = stakeholders.clean_grid(value, VIEWS, EXAMPLES)
    assert any(words in note for note in notes), notes
    assert all(row in VIEWS and set(cells) <= set(EXAMPLES) for row, cells in kept.items())


def test_a_huge_hostile_grid_gives_short_sentences():
    value = {f"view{i}\u202e\x00": {"x" * 10_000: "yes"} for i in range(20_000)}
    value["learners"] = {f"ex{i}": "yes" for i in range(20_000)} | {"mooc": "\ud800"}
    kept, notes = stakeholders.clean_grid(value, VIEWS, EXAMPLES)
    assert kept == {}
    assert len(notes) == 3
    assert "Left out 20000 unknown viewpoints" in notes[0] and "19997 more" in notes[0]
    assert all(len(note) < 300 and "\n" not in note for note in notes)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_any_json_value_gives_a_grid_of_known_ids_and_sentences_never_an_exception(value):
    kept, notes = stakeholders.clean_grid(value, VIEWS, EXAMPLES)
    for row, cells in kept.items():
        assert row in VIEWS
        assert all(e in EXAMPLES and a in JUDGEMENTS for e, a in cells.items())
    assert all(isinstance(n, str) and len(n) < 400 for n in notes)


def test_answers_group_by_viewpoint_in_example_order():
    groups = stakeholders.by_answer({"employers": {"badge": "no", "mooc": "yes", "cpd": "no"}}, "employers", EXAMPLES)
    assert groups["yes"] == ["mooc"] and groups["no"] == ["badge", "cpd"] and groups["unsure"] == []
    assert groups[None] == ["module", "vendor", "bootcamp", "platform", "language"]


# ------------------------------------------------------------ disagreement

@pytest.mark.parametrize("answers, spread, distinct, level", [
    (["yes", "yes", "yes"], 0.0, 1, "all agree"),
    (["yes", "unsure"], 0.5, 2, "partly split (unsure against yes or no)"),
    (["no", "unsure", "no"], 0.5, 2, "partly split"),
    (["yes", "no"], 1.0, 2, "split (yes against no)"),
    (["yes", "unsure", "no"], 1.0, 3, "split"),
    (["no"], None, 1, "too few answers to compare"),
    ([], None, 0, "too few"),
])
def test_disagreement_is_the_spread_then_the_number_of_different_answers(answers, spread, distinct, level):
    grid = {view: {"mooc": answer} for view, answer in zip(VIEWS, answers)}
    item = stakeholders.disagreement_for(grid, "mooc", VIEWS)
    assert item.spread == spread and item.distinct == distinct and level in item.level
    assert item.comparable == (spread is not None)


def test_most_disagreed_ranks_a_full_split_with_three_answers_first():
    grid = {"learners": {"mooc": "yes", "badge": "yes", "vendor": "yes", "module": "yes"},
            "employers": {"mooc": "no", "badge": "no", "vendor": "unsure", "module": "yes"},
            "institutions": {"mooc": "unsure", "badge": "no"}}
    items = stakeholders.disagreements(grid, VIEWS, EXAMPLES)
    assert stakeholders.most_disagreed(items) == ["mooc"]
    names = {"mooc": "MOOC certificate"}
    assert stakeholders.disagreement_summary(items, names) == "The viewpoints disagree most on MOOC certificate."


def test_ties_name_every_example_that_disagrees_most():
    grid = {"learners": {"mooc": "yes", "badge": "yes"}, "employers": {"mooc": "no", "badge": "no"}}
    items = stakeholders.disagreements(grid, VIEWS, EXAMPLES)
    assert stakeholders.most_disagreed(items) == ["mooc", "badge"]
    summary = stakeholders.disagreement_summary(items, {"mooc": "MOOC certificate", "badge": "Attendance badge"})
    assert summary == "The viewpoints disagree most on MOOC certificate and attendance badge."


def test_agreement_and_too_few_answers_are_said_in_words():
    agree = stakeholders.disagreements({"learners": {"mooc": "no"}, "employers": {"mooc": "no"}}, VIEWS, EXAMPLES)
    assert stakeholders.most_disagreed(agree) == []
    assert stakeholders.disagreement_summary(agree, {}) == stakeholders.strings.NONE_DISAGREED
    assert stakeholders.disagreement_line(agree[0], {"mooc": "MOOC"}) == "MOOC: both viewpoints agree (no)"
    few = stakeholders.disagreements({"learners": {"mooc": "no"}}, VIEWS, EXAMPLES)
    assert stakeholders.disagreement_summary(few, {}) == stakeholders.strings.TOO_FEW_TO_COMPARE
    assert stakeholders.disagreement_line(few[0], {}) == "mooc: answered from 1 viewpoint so far, too few to compare"
    assert stakeholders.disagreement_line(few[1], {}) == "module: not answered from any viewpoint yet"


@settings(max_examples=100, deadline=None)
@given(grids, st.permutations(VIEWS))
def test_disagreement_does_not_depend_on_the_order_of_viewpoints(grid, order):
    one = stakeholders.disagreements(grid, VIEWS, EXAMPLES)
    other = stakeholders.disagreements(grid, list(order), EXAMPLES)
    assert [(d.spread, d.distinct) for d in one] == [(d.spread, d.distinct) for d in other]
    assert all(d.spread in (None, 0.0, 0.5, 1.0) for d in one)


@settings(max_examples=100, deadline=None)
@given(grids, st.sampled_from(EXAMPLES), st.sampled_from(JUDGEMENTS))
def test_another_viewpoint_never_lowers_the_disagreement(grid, example, answer):
    free = [v for v in VIEWS if example not in grid.get(v, {})]
    if not free:
        return
    before = stakeholders.disagreement_for(grid, example, VIEWS)
    grown = copy.deepcopy(grid)
    grown.setdefault(free[0], {})[example] = answer
    after = stakeholders.disagreement_for(grown, example, VIEWS)
    assert after.rank >= before.rank


def test_the_two_viewpoints_that_differ_most():
    grid = {"learners": {"mooc": "yes", "badge": "yes", "module": "yes"},
            "employers": {"mooc": "no", "badge": "no", "module": "yes"},
            "institutions": {"mooc": "yes", "badge": "no"}}
    pairs = stakeholders.pair_contrasts(grid, VIEWS, EXAMPLES)
    assert (pairs[0].first, pairs[0].second, pairs[0].shared, pairs[0].differing) == (
        "learners", "employers", 3, ("mooc", "badge"))
    summary = stakeholders.pair_summary(pairs, {"learners": "Learners", "employers": "Employers"},
                                        {"mooc": "MOOC certificate", "badge": "Attendance badge"})
    assert summary == ("Learners and Employers differ most: on 2 of the 3 examples you judged from both "
                       "viewpoints (MOOC certificate and attendance badge).")
    assert stakeholders.pair_summary(stakeholders.pair_contrasts({}, VIEWS, EXAMPLES), {}, {}) == \
        stakeholders.strings.PAIR_NONE


# ---------------------------------------------------- against a definition

def test_our_reading_of_the_examples_against_the_eu_definition(eu_fits):
    status = {eid: stakeholders.fit_status(fits) for eid, fits in eu_fits.items()}
    assert status == {"mooc": "partly", "module": "all", "vendor": "partly", "badge": "misses", "cpd": "partly",
                      "bootcamp": "misses", "platform": "all", "language": "misses"}
    assert stakeholders.missing_parts(eu_fits["language"]) == ["learning designed for a need"]
    assert stakeholders.missing_parts(eu_fits["bootcamp"]) == ["quality assurance"]


def test_a_part_that_sorts_nothing_says_every_example_meets_it(eu_fits):
    for fits in eu_fits.values():
        combined = [f for f in fits if f.feature is None]
        assert len(combined) == 1 and combined[0].fit == "any" and combined[0].part == 5
        assert combined[0].words == "met by every example"


def test_unesco_parts_use_the_same_features(example_rows):
    parts = stakeholders.definition_parts(data.load("definitions").to_dict("records"), "UNESCO 2022")
    fits = stakeholders.definition_fit(next(r for r in example_rows if r["id"] == "badge"), parts)
    assert [f.fit for f in fits] == ["no", "no", "any", "no"]
    with pytest.raises(KeyError, match="no definition called 'EU 2030'"):
        stakeholders.definition_parts(data.load("definitions").to_dict("records"), "EU 2030")


def test_a_feature_value_outside_yes_partly_no_is_a_data_error():
    parts = [{"part": 1, "text": "assessed", "feature": "assessed"}]
    with pytest.raises(ValueError, match="not yes, partly or no"):
        stakeholders.definition_fit({"id": "odd", "assessed": "sometimes"}, parts)


@pytest.mark.parametrize("row, expected", [
    ({"module": "yes", "platform": "yes"},
     "From the viewpoint of employers, you counted 5-ECTS module and online microcredential. For the examples you "
     "judged, this viewpoint draws the line where our reading of the EU 2022 definition does."),
    ({"module": "yes", "badge": "yes", "mooc": "unsure"},
     "From the viewpoint of employers, you counted 5-ECTS module and attendance badge; and were unsure about MOOC "
     "certificate. This viewpoint draws the line more widely than our reading of the EU 2022 definition: you "
     "counted attendance badge (missing a record of learning outcomes, assessment against clear criteria and "
     "quality assurance). A difference is not a mistake"),
    ({"platform": "no", "module": "no"},
     "This viewpoint draws the line more narrowly than our reading of the EU 2022 definition: you did not count "
     "5-ECTS module and online microcredential, which in that reading meet every part."),
    ({"language": "yes", "module": "no"},
     "in a different place from our reading of the EU 2022 definition: you counted language certificate (missing "
     "learning designed for a need), and did not count 5-ECTS module, which in that reading meets every part."),
])
def test_a_viewpoint_beside_the_definition_in_words(row, expected, eu_fits, example_names):
    grid = {"employers": row}
    before = copy.deepcopy(grid)
    sentence = stakeholders.compare_with_definition(grid, "employers", "Employers", eu_fits, example_names,
                                                    "EU 2022", "after the course")
    assert expected in sentence
    assert grid == before
    assert not VERDICT.search(sentence.replace("not a mistake", ""))
    assert not re.search(r"\d+ of \d+|%|/", sentence)


def test_the_later_date_is_named_when_a_viewpoint_differs(eu_fits, example_names):
    sentence = stakeholders.compare_with_definition({"governments": {"badge": "yes"}}, "governments",
                                                    "Governments and policy makers", eu_fits, example_names,
                                                    "EU 2022", "after the course")
    assert "the EU 2022 definition (published after the course) was written for its own purposes" in sentence
    assert "governments and policy makers may reasonably need something else" in sentence


def test_nothing_judged_from_a_viewpoint_yet(eu_fits, example_names):
    sentence = stakeholders.compare_with_definition({}, "qa_recognition", "Quality-assurance and recognition bodies",
                                                    eu_fits, example_names, "UNESCO 2022", "after the course")
    assert sentence == ("You have not judged any example from the viewpoint of quality-assurance and recognition "
                        "bodies yet.")


def test_names_keep_acronyms_inside_sentences():
    assert stakeholders.mid_sentence("Employers") == "employers"
    assert stakeholders.mid_sentence("QA & recognition") == "QA & recognition"
    assert stakeholders.mid_sentence("MOOC certificate") == "MOOC certificate"
    assert stakeholders.mid_sentence("") == ""


def test_fit_rows_feed_a_facts_table_labelled_as_interpretation(example_rows):
    from course_helpers import tables

    parts = stakeholders.definition_parts(data.load("definitions").to_dict("records"), "EU 2022")
    rows = stakeholders.fit_rows(example_rows, parts)
    assert [r["example"] for r in rows] == [r["name"] for r in example_rows]
    badge = next(r for r in rows if r["example"].startswith("Attendance badge"))
    assert (badge["part 1"], badge["part 4"], badge["part 5"], badge["overall"]) == (
        "misses", "meets", "met by every example", "misses at least one part")
    html = tables.facts_table_html(rows, {"Example": "example", **{f"Part {i}": f"part {i}" for i in range(1, 7)},
                                          "Overall": "overall"}, caption="Our reading", row_header="Example")
    assert html.count("<strong>Interpretation") == len(rows)
