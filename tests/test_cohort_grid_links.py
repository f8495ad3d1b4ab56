"""03's grid of judgements and 04's links in share files: encoders that refuse misfits, hostile values refused
file by file, aggregates suppressed at 4 and shown at 5, the class heat map and the links table."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib import _pylab_helpers
from matplotlib.colors import to_hex

from course_helpers import course, kinds, plots, strings
from course_helpers.cohort import Collection, aggregate
from course_helpers.cohort.aggregate import GridSummary, LinksSummary, link_categories
from course_helpers.cohort.columns import MISFIT, Layout, share_policy
from course_helpers.cohort.dashboard import grid_panels, links_panel
from course_helpers.cohort.export import csv_text, report_html
from course_helpers.cohort.share import describe_value
from course_helpers.vocabulary import CRITIQUE_IDS, DRIVER_IDS, EXAMPLE_IDS, STAKEHOLDER_IDS
from tests.cohort_helpers import encode, share_document

GRID = Layout().column("03", "judgements")
LINKS = Layout().column("04", "links")
PICKS = Layout().column("08", "hardest_two")


def class_of(answers: list[dict]) -> Collection:
    collection = Collection()
    for number, steps in enumerate(answers):
        collection.add_bytes(f"{number}.json", encode(share_document(learner=f"{number:032x}", answers=steps)))
    assert collection.summary().refused_total == 0, collection.summary().examples
    return collection


# --- encoders ------------------------------------------------------------------------------

def test_both_kinds_are_shared_as_structured_answers():
    assert share_policy("grid") == share_policy("links") == "structured"
    assert GRID is not None and LINKS is not None


def test_a_grid_is_stored_flat_row_by_row_in_manifest_order():
    stored = GRID.encode({"employers": {"badge": "no", "mooc": "yes"}, "learners": {"mooc": None}})
    assert len(stored) == len(STAKEHOLDER_IDS) * len(EXAMPLE_IDS)
    employers = stored[STAKEHOLDER_IDS.index("employers") * len(EXAMPLE_IDS):][:len(EXAMPLE_IDS)]
    assert employers[EXAMPLE_IDS.index("mooc")] == "yes" and employers[EXAMPLE_IDS.index("badge")] == "no"
    assert stored.count(None) == len(stored) - 2
    assert GRID.encode({}) is None and GRID.encode({"learners": {"mooc": None}}) is None  # nothing judged


@pytest.mark.parametrize("value", [
    [], "yes", 3, None.__class__, {"strangers": {"mooc": "yes"}}, {"learners": {"spaceship": "yes"}},
    {"learners": {"mooc": "maybe"}}, {"learners": {"mooc": True}}, {"learners": {"mooc": 1}},
    {"learners": ["mooc"]}, {"learners": {"mooc": {"yes": "yes"}}}, {"learners": {"mooc": "YES"}},
    {"learners": {"mooc": "<script>alert(1)</script>"}}, {"learners": {"mooc": "yes\u202e"}},
])
def test_grid_misfits_are_refused(value):
    assert GRID.encode(value) is MISFIT


def test_links_are_stored_critique_by_critique_in_manifest_order():
    stored = LINKS.encode({"jungle": {"driver": "employer_demand", "relation": "answers"},
                           "gig_work": {"driver": "none", "relation": None},
                           "two_tier": {"driver": None, "relation": "answers"}, "cost_shift": None})
    assert len(stored) == len(CRITIQUE_IDS)
    assert stored[CRITIQUE_IDS.index("jungle")] == ("employer_demand", "answers")
    assert stored[CRITIQUE_IDS.index("gig_work")] == ("none", None)
    assert stored[CRITIQUE_IDS.index("two_tier")] is None  # a relation with no driver links nothing
    assert LINKS.encode({}) is None and LINKS.encode({"jungle": {"driver": None}}) is None


@pytest.mark.parametrize("value", [
    [], "jungle", {"unknown": {"driver": "employer_demand"}}, {"jungle": {"driver": "weather"}},
    {"jungle": {"driver": "employer_demand", "relation": "ignores"}}, {"jungle": {"driver": "none",
                                                                                "relation": "answers"}},
    {"jungle": {"driver": "employer_demand", "note": "x"}}, {"jungle": ["employer_demand"]},
    {"jungle": {"driver": 5}}, {"jungle": {"driver": True}}, {"jungle": {"driver": ""}},
    {"jungle": {"driver": "employer_demand", "relation": ["answers"]}}, {"jungle": "employer_demand"},
])
def test_links_misfits_are_refused(value):
    assert LINKS.encode(value) is MISFIT


CELL = st.none() | st.booleans() | st.integers(-2, 2) | st.sampled_from(["yes", "no", "unsure", "maybe", ""])
GRID_VALUES = st.one_of(CELL, st.lists(CELL, max_size=2), st.dictionaries(
    st.sampled_from([*STAKEHOLDER_IDS[:2], "x"]),
    st.one_of(CELL, st.dictionaries(st.sampled_from([*EXAMPLE_IDS[:2], "y"]), CELL, max_size=3)), max_size=3))
LINK = st.dictionaries(st.sampled_from(["driver", "relation", "note"]),
                       st.none() | st.integers(0, 1) | st.sampled_from(["none", "answers", "pushes against",
                                                                        DRIVER_IDS[0], "weather"]), max_size=3)
LINKS_VALUES = st.one_of(CELL, st.lists(CELL, max_size=2), st.dictionaries(
    st.sampled_from([*CRITIQUE_IDS[:2], "x"]), st.none() | LINK | CELL, max_size=3))


PICKS_VALUES = st.one_of(CELL, st.lists(st.one_of(CELL, st.sampled_from(["P01", "P02", "P10", "P99"]),
                                                   st.lists(CELL, max_size=1)), max_size=4))


@settings(max_examples=300, deadline=None)
@given(GRID_VALUES, LINKS_VALUES, PICKS_VALUES)
def test_the_encoders_accept_exactly_what_the_journal_accepts(grid, links, picks):
    for column, value in ((GRID, grid), (LINKS, links), (PICKS, picks)):
        if value is None:
            continue
        assert (column.encode(value) is not MISFIT) == (kinds.value_problem(column.prompt, value) is None), value


# --- hostile share files ------------------------------------------------------------------------

HOSTILE = {
    "markup in a cell": {"03": {"judgements": {"learners": {"mooc": "<img src=x onerror=alert(1)>"}}}},
    "a bidi override": {"03": {"judgements": {"learners": {"mooc": "\u202eyes"}}}},
    "NUL": {"04": {"links": {"jungle": {"driver": "employer_demand\x00"}}}},
    "a lone surrogate": {"04": {"links": {"jungle": {"driver": "\ud800"}}}},
    "a huge text": {"04": {"links": {"jungle": {"driver": "x" * 9000}}}},
    "deep nesting": {"03": {"judgements": {"learners": {"mooc": {"a": {"b": {"c": {"d": "yes"}}}}}}}},
    "a wrong type": {"03": {"judgements": [["yes"]]}},
    "a number for a relation": {"04": {"links": {"jungle": {"driver": "employer_demand", "relation": 1}}}},
    "too many critiques": {"04": {"links": {f"c{i}": None for i in range(65)}}},
    "a key outside the id pattern": {"03": {"judgements": {"learners <b>": {"mooc": "yes"}}}},
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_grid_or_links_value_refuses_its_file_with_one_sentence_and_the_others_are_imported(name):
    collection = Collection()
    good = {"03": {"judgements": {"learners": {"mooc": "yes"}}}, "04": {"links": {"jungle": {"driver": "none"}}}}
    collection.add_bytes("good.json", encode(share_document(answers=good)))
    data = json.dumps(share_document(learner="f" * 32, answers=HOSTILE[name]), ensure_ascii=True).encode()
    collection.add_bytes("bad.json", data)
    summary = collection.summary()
    assert (summary.learners, summary.refused_total) == (1, 1)
    (refused, reason), = summary.examples
    assert refused == "bad.json" and reason.startswith("its answer ")
    assert "Traceback" not in reason and "\n" not in reason
    assert "\x00" not in reason and "\ud800" not in reason  # what cannot be shown safely is never echoed
    html = report_html(aggregate(collection.table), summary)  # the reason is plain text, escaped where shown
    assert "<img" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")


# --- aggregates: suppression at 4 and 5 ----------------------------------------------------------

def grids(answers: list[str]) -> list[dict]:
    return [{"03": {"judgements": {"employers": {"badge": a}}}} for a in answers]


@pytest.mark.parametrize("size, shown", [(4, False), (5, True)])
def test_a_grid_from_four_learners_is_suppressed_and_from_five_shown(size, shown):
    result = aggregate(class_of(grids(["yes"] * size)).table).get("03", "judgements")
    assert isinstance(result, GridSummary) and result.suppressed != shown
    if not shown:
        assert result.n is None and result.cells == ()
        return
    cell = next(c for c in result.cells if (c.row, c.column) == ("employers", "badge"))
    assert (cell.n, cell.counts, cell.share(0)) == (5, (5, 0, 0), 1.0)
    other = next(c for c in result.cells if (c.row, c.column) == ("learners", "badge"))
    assert other.n is None and other.share(0) is None  # nobody judged it


def test_a_grid_cell_of_three_and_two_hides_both_and_cannot_be_worked_out():
    result = aggregate(class_of(grids(["yes"] * 3 + ["no"] * 2)).table).get("03", "judgements")
    cell = next(c for c in result.cells if (c.row, c.column) == ("employers", "badge"))
    assert cell.n == 5 and cell.counts == () and cell.share(0) is None


def test_a_grid_cell_of_two_in_twelve_hides_the_ten_too():
    result = aggregate(class_of(grids(["yes"] * 2 + ["no"] * 10)).table).get("03", "judgements")
    cell = next(c for c in result.cells if (c.row, c.column) == ("employers", "badge"))
    assert cell.n == 12 and None in cell.counts and 10 not in cell.counts and 2 not in cell.counts


def links(driver: str, relation: str | None, count: int) -> list[dict]:
    return [{"04": {"links": {"jungle": {"driver": driver, "relation": relation}}}}] * count


@pytest.mark.parametrize("size, shown", [(4, False), (5, True)])
def test_links_from_four_learners_are_suppressed_and_from_five_shown(size, shown):
    result = aggregate(class_of(links("employer_demand", "answers", size)).table).get("04", "links")
    assert isinstance(result, LinksSummary) and result.suppressed != shown
    if not shown:
        assert result.n is None and result.rows == ()
        return
    row = next(r for r in result.rows if r.critique == "jungle")
    counts = {(c.driver, c.relation): c.count for c in row.counts}
    assert row.n == 5 and counts[("employer_demand", "answers")] == 5
    assert set(counts.values()) == {0, 5} and len(counts) == len(link_categories(result.prompt))
    assert next(r for r in result.rows if r.critique == "gig_work").n is None  # nobody linked it


def test_a_link_count_under_five_is_hidden_with_its_complement():
    answers = links("employer_demand", "answers", 7) + links("none", None, 2)
    row = next(r for r in aggregate(class_of(answers).table).get("04", "links").rows if r.critique == "jungle")
    counts = {(c.driver, c.relation): c.count for c in row.counts}
    assert row.n == 9 and counts[("none", None)] is None and counts[("employer_demand", "answers")] is None


# --- the dashboard panels ------------------------------------------------------------------------

def simulated_class(size: int = 30):
    from course_helpers.cohort.simulate import SimulatedClass
    simulated = SimulatedClass(seed=11)
    collection = Collection()
    for number in range(size):
        collection.add_bytes(f"{number}.json", encode(simulated.share_document("SEM-A", learner=f"{number:032x}")))
    return aggregate(collection.table)


def test_the_heat_map_panel_describes_every_cell_in_words_and_marks_hidden_ones():
    result = simulated_class()
    grid = result.get("03", "judgements")
    step = next(s for s in result.steps if s.id == "03")
    heat_map, table, gaps = grid_panels(step, grid, 5)
    assert heat_map.figure is not None and not _pylab_helpers.Gcf.get_all_fig_managers()
    lines = heat_map.description.splitlines()
    assert len([line for line in lines if line.startswith("- ")]) == len(EXAMPLE_IDS)
    hidden = sum(c.share(0) is None for c in grid.cells)
    assert heat_map.description.count(" hidden") >= hidden > 0
    shown = next(c for c in grid.cells if c.share(0) is not None)
    assert f"{shown.row_label} {round(shown.share(0) * 100)}% yes of {shown.n}" in heat_map.description
    marked = [d.column_label for d in grid.differences()[:3]]
    assert strings.CJ_MARKED.format(examples=", ".join(marked)) in heat_map.description
    frames = [a.get_gid() for a in heat_map.figure.findobj() if (a.get_gid() or "").startswith("frame:")]
    assert len(frames) == 3
    fills = {to_hex(a.get_facecolor()) for a in heat_map.figure.findobj()
             if (a.get_gid() or "").startswith("cell:")}
    assert fills <= {plots.OKABE_ITO[c].lower() for c in ("blue", "sky blue", "yellow")} | {"#ffffff"}
    texts = [a.get_text() for a in heat_map.figure.findobj() if (a.get_gid() or "").startswith("share:")]
    assert texts.count(strings.COHORT_HIDDEN) == hidden  # hidden in words, not only as a white cell
    assert len(table.table) == 1 + len(STAKEHOLDER_IDS) * len(EXAMPLE_IDS)
    assert gaps.table[0][0] == strings.CJ_COLUMN_EXAMPLE and len(gaps.table) > 1


def test_the_links_panel_counts_each_driver_by_relation_in_a_table_and_in_words():
    result = simulated_class()
    aggregate_ = result.get("04", "links")
    step = next(s for s in result.steps if s.id == "04")
    panel = links_panel(step, aggregate_, 5)
    assert panel.figure is None and len(panel.table) == 1 + len(CRITIQUE_IDS)
    assert panel.table[0][-2:] == (strings.CL_NO_DRIVER, strings.COHORT_COLUMN_N)
    assert len(panel.description.splitlines()) == 1 + len(CRITIQUE_IDS)
    shown = next(c for r in aggregate_.rows for c in r.counts if c.count and c.relation)
    assert f"{shown.relation} {shown.count}" in panel.description
    assert "hidden" in panel.description


def test_both_panels_reach_the_report_and_the_csv_escaped():
    result = simulated_class()
    html = report_html(result)
    assert strings.CJ_TITLE.replace('"', "&quot;") in html and "Critiques and the drivers" in html
    text = csv_text(result)
    assert ",grid,count,Employers | MOOC certificate | yes," in text
    assert ",links,count," in text


def test_a_class_of_four_shows_neither_panel():
    result = simulated_class(4)
    assert result.get("03", "judgements").suppressed and result.get("04", "links").suppressed
    assert ",grid,count," not in csv_text(result) and ",links,count," not in csv_text(result)


def test_the_preview_says_in_words_what_the_grid_and_the_links_hold():
    grid = describe_value(GRID.prompt, {"employers": {"mooc": "yes", "badge": None}, "learners": {}})
    assert grid == "Employers: MOOC certificate yes"
    link = describe_value(LINKS.prompt, {"jungle": {"driver": "none", "relation": None},
                                         "gig_work": {"driver": "employer_demand", "relation": "answers"}})
    assert link.startswith("Gig qualifications for a gig economy → ") and "(answers)" in link
    assert "A jungle of certificates → no driver (no relation given)" in link
