"""The data behind notebooks 03 and 04: ids, dates, labels, and the misreadings the content plan warns about."""
from __future__ import annotations

import re

import pytest

from course_helpers import data, vocabulary

DATED_TABLES = ("definitions", "critiques", "drivers")
TEXT_TABLES = ("example_credentials", "stakeholders", "definitions", "critiques", "drivers", "surveys")


@pytest.mark.parametrize("table, ids", [
    ("example_credentials", vocabulary.EXAMPLE_IDS), ("stakeholders", vocabulary.STAKEHOLDER_IDS),
    ("critiques", vocabulary.CRITIQUE_IDS), ("drivers", vocabulary.DRIVER_IDS),
])
def test_ids_are_the_vocabulary_ids_in_order(table, ids):
    assert tuple(data.load(table)["id"]) == ids


def test_critique_titles_match_the_vocabulary_used_by_the_manifest():
    assert tuple(data.load("critiques")["title"]) == vocabulary.CRITIQUE_TITLES
    assert vocabulary.critique_titles()["two_tier"] == "A two-tier system"


@pytest.mark.parametrize("table, column, names", [
    ("stakeholders", "name", vocabulary.STAKEHOLDER_NAMES), ("example_credentials", "short", vocabulary.EXAMPLE_SHORT_NAMES),
    ("drivers", "title", vocabulary.DRIVER_TITLES),
])
def test_the_names_the_03_and_04_prompts_show_match_the_data(table, column, names):
    assert tuple(data.load(table)[column]) == names


def test_examples_are_labelled_illustrative_interpretations():
    examples = data.load("example_credentials")
    assert 6 <= len(examples) <= 8
    assert set(examples["illustrative"]) == {"yes"}
    assert set(examples["verification"]) == {"interpretation"}
    assert all("companion-authors" in s.split(";") for s in examples["source"])


def test_examples_differ_in_the_features_the_definitions_use():
    """An example set in which every example met every part would teach nothing."""
    examples = data.load("example_credentials")
    for feature in vocabulary.CREDENTIAL_FEATURES:
        assert examples[feature].nunique() >= 2, feature
    assert set(examples["microbol_category"]) == set(vocabulary.MICROBOL_CATEGORIES)


@pytest.mark.parametrize("table", DATED_TABLES)
def test_every_row_is_dated_against_the_course(table):
    expected = {True: "before the course", False: "after the course"}
    for row in data.load(table).to_dict("records"):
        year = int(row["year"])
        timing = "in the course's year" if year == vocabulary.COURSE_YEAR else expected[year < vocabulary.COURSE_YEAR]
        assert row["relative_to_course"] == timing, row["id"]


def test_the_2022_definitions_are_later_than_the_course_and_split_into_parts():
    defs = data.load("definitions")
    eu = defs[defs["definition"] == "EU 2022"]
    unesco = defs[defs["definition"] == "UNESCO 2022"]
    assert list(eu["part"]) == [1, 2, 3, 4, 5, 6] and list(unesco["part"]) == [1, 2, 3, 4]
    for frame in (eu, unesco):
        assert set(frame["relative_to_course"]) == {"after the course"}
        assert set(frame["verification"]) == {"verified"}
    assert set(eu["date"]) == {"2022-06-16"}
    # Some parts sort examples (they name a feature); "stand alone or be combined" sorts none.
    assert eu["feature"].tolist().count("") == 1 and unesco["feature"].tolist().count("") == 1


def test_definitions_of_the_course_time_exist_beside_the_later_ones():
    defs = data.load("definitions")
    before = defs[defs["relative_to_course"] == "before the course"]
    assert set(before["definition"]) == {"Consultation group 2020", "Oliver 2019"}


def test_the_working_definition_is_short_dated_sourced_and_an_interpretation():
    defs = data.load("definitions").set_index("id")
    working = defs.loc["working-1"]
    assert working["definition"] == "Working definition"
    assert working["verification"] == "interpretation"
    assert set(working["source"].split(";")) == {"eu-2022-recommendation", "companion-authors"}
    assert working["relative_to_course"] == "after the course"
    assert len(working["text"].split()) <= 40


def test_stakeholders_are_the_five_groups_with_sourced_needs_and_context():
    groups = data.load("stakeholders")
    assert len(groups) == 5
    sources = set(data.load("sources")["id"])
    for row in groups.to_dict("records"):
        assert row["needs"] and row["context"]
        assert set(row["context_source"].split(";")) <= sources
        assert row["context_verification"] in data.VERIFICATION_TAGS


def test_no_critique_kind_is_a_catch_all_neoliberalism_box():
    critiques = data.load("critiques")
    assert not any("neoliberal" in kind.lower() for kind in critiques["kind"])
    assert critiques["kind"].nunique() >= 5
    assert critiques["kind"].value_counts().max() <= 2


def test_every_critic_is_shown_as_more_than_simply_against():
    for row in data.load("critiques").to_dict("records"):
        assert len(row["not_simply_against"].split()) >= 6, row["id"]
        assert "against micro-credentials" not in row["statement"].lower()


@pytest.mark.parametrize("table", TEXT_TABLES)
def test_no_statement_is_marked_right_or_wrong_and_no_drivers_of_the_critiques(table):
    verdict = re.compile(r"\b(right|wrong|correct|incorrect|true|false)\b", re.IGNORECASE)
    for row in data.load(table).to_dict("records"):
        for column, value in row.items():
            if isinstance(value, str) and column not in ("source", "work", "id"):
                assert not verdict.search(value), (table, row["id"], column, value)
                assert "drivers of the critiques" not in value.lower()


def test_surveys_give_who_ran_and_who_answered_and_reuse_the_figures_by_id():
    surveys = data.load("surveys").set_index("id")
    panel = surveys.loc["holoniq-2021-panel"]
    assert "North America" in panel["respondents"] and "55%" in panel["respondents"]
    assert "global" in panel["caveat"].lower()
    barriers = surveys.loc["holoniq-barriers-via-wauld"]
    assert {"barrier_understanding_2021", "barrier_understanding_2023"} <= set(barriers["figure_ids"].split(";"))
    assert barriers["verification"] == "secondary"
    figures = data.load("holoniq_figures").set_index("id")
    assert figures.loc["barrier_understanding_2023", "value"] == 31
    # No survey number is repeated here: the numbers live in holoniq_figures.csv only.
    assert "31" not in " ".join(surveys["caveat"]) and "22%" not in " ".join(surveys["caveat"])


def test_an_unknown_figure_id_in_surveys_is_refused(tmp_path):
    import shutil

    target = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, target)
    path = target / "surveys.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("panel_leaders_2021", "panel_leaders_2099"),
                    encoding="utf-8")
    with pytest.raises(data.DataError, match=r"surveys\.csv, line 2, column 'figure_ids'.*panel_leaders_2099"):
        data.load("surveys", target)


@pytest.mark.parametrize("table, column, bad", [
    ("example_credentials", "assessed", "maybe"), ("example_credentials", "illustrative", "no"),
    ("definitions", "relative_to_course", "during"), ("critiques", "kind", "neoliberalism"),
    ("stakeholders", "context_verification", "probably"),
])
def test_values_outside_the_allowed_lists_are_refused(tmp_path, table, column, bad):
    import csv
    import shutil

    target = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, target)
    path = target / f"{table}.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rows[1][rows[0].index(column)] = bad
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    with pytest.raises(data.DataError, match=rf"{table}\.csv, line 2, column '{column}'"):
        data.load(table, target)
