"""The data of notebooks 05 and 06: facts as the brief gives them, and broken edits caught with a line and column."""
from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from course_helpers import data, ecology, unbundling

TABLES = ("unbundling_concepts", "eciu_microcredential_types", "providers", "microcredential_catalogue",
          "module_parts", "arrangement_needs", "awards", "credential_types", "microcredential_definitions")


def test_the_tables_load_and_are_not_empty():
    for name in TABLES:
        assert len(data.load(name)) > 0, name


def test_concepts_name_their_sources_and_mark_our_readings():
    concepts = data.load("unbundling_concepts").set_index("id")
    assert concepts.loc["unbundling", "source"] == "czerniewicz-2018"
    assert concepts.loc["rebundling", "source"] == "czerniewicz-2018"
    assert concepts.loc["unbundling_motives", "source"] == "mccowan-2017"
    for ours in ("co_construction_here", "co_delivery_here", "not_the_same", "rebundling_not_only_degrees"):
        assert concepts.loc[ours, "verification"] == "interpretation"
        assert "companion-authors" in concepts.loc[ours, "source"]
    assert "2 sextillion" in concepts.loc["choice_scale", "meaning"]
    assert {"choice_driver", "choice_barrier", "co_construction", "co_delivery_here"} <= set(concepts.index)
    sources = data.load("sources").set_index("id")
    for concept in concepts.itertuples():  # later than the course (March 2021) is said to be
        years = [sources.loc[s, "year"] for s in concept.source.split(";")]
        if any(not pd.isna(y) and y > 2021 for y in years):
            assert "after the course" in concept.meaning or "two years after" in concept.meaning, concept.Index


def test_eciu_has_three_types_in_order():
    types = data.load("eciu_microcredential_types")
    assert list(types["number"]) == [1, 2, 3]
    assert set(types["verification"]) == {"verified"} and set(types["source"]) == {"eciu-magazine-2021"}


def test_the_fictional_programme_is_labelled_as_ours():
    for name in ("providers", "microcredential_catalogue", "module_parts", "arrangement_needs", "awards"):
        frame = data.load(name)
        assert set(frame["verification"]) == {"interpretation"}, name
        assert all("companion-authors" in s for s in frame["source"]), name
    assert tuple(data.load("module_parts")["id"]) == unbundling.PART_IDS
    assert tuple(data.load("providers")["id"]) == unbundling.PROVIDER_IDS


def test_size_definitions_as_the_brief_gives_them():
    d = data.load("microcredential_definitions").set_index("id")
    assert (d.loc["nz_nzqa", "size_min"], d.loc["nz_nzqa", "size_max"], d.loc["nz_nzqa", "size_unit"]) == (5, 40, "NZ credits")
    assert (d.loc["au_nmf", "size_min"], d.loc["au_nmf", "size_unit"]) == (1, "hours")
    assert pd.isna(d.loc["au_nmf", "size_max"])
    assert (d.loc["cmf", "size_min"], d.loc["cmf", "size_max"], d.loc["cmf", "level_min"], d.loc["cmf", "level_max"]) \
        == (100, 150, 6, 7)
    assert (d.loc["microhe_module", "size_min"], d.loc["microhe_module", "size_max"]) == (1, 5)
    assert (d.loc["microhe_skill", "size_min"], d.loc["microhe_skill", "size_max"]) == (4, 12)
    assert d.loc["microhe_slp", "size_max"] == 1500
    assert d.loc["eu_2022", "size_unit"] == "none" and d.loc["unesco_2022", "size_unit"] == "none"
    assert d.loc["microguide_practice", "verification"] == "secondary"
    assert {d.loc[i, "relative_to_course"] for i in ("eu_2022", "au_nmf", "unesco_2022")} == {"after the course"}
    assert {d.loc[i, "relative_to_course"] for i in ("nz_nzqa", "cmf", "microhe_module")} == {"before the course"}
    assert d.loc["microguide_practice", "relative_to_course"] == ""  # date unknown
    assert ecology.NZ_CREDIT_HOURS == 10 and ecology.ECTS_HOURS == (25, 30)


def test_credential_types_are_ranges_with_honest_tags():
    t = data.load("credential_types").set_index("id")
    assert (t.loc["first_cycle", "size_min"], t.loc["first_cycle", "size_max"], t.loc["first_cycle", "level_min"]) \
        == (180, 240, 6)
    assert (t.loc["second_cycle", "size_min"], t.loc["second_cycle", "size_max"]) == (90, 120)
    assert t.loc["short_cycle", "verification"] == "secondary"
    for illustrative in ("professional_certificate", "mooc_certificate", "digital_badge"):
        assert t.loc[illustrative, "verification"] == "interpretation"
        assert "illustrative" in t.loc[illustrative, "size_note"]
    for row in t.itertuples():
        if row.size_unit != "none":
            assert row.size_min <= row.size_max


# ------------------------------------------------------------------ broken edits

def rows_of(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, target)
    return target


@pytest.mark.parametrize("filename, line, column, value, words", [
    ("microcredential_catalogue.csv", 3, "prerequisites", "NV-DATA;NV-NOPE", "'NV-NOPE' is not an id in microcredential_catalogue.csv"),
    ("microcredential_catalogue.csv", 3, "prerequisites", "", "is empty but a value is required"),
    ("microcredential_catalogue.csv", 4, "eqf_level", "9", "'9' is not one of 1, 2, 3, 4, 5, 6, 7, 8 (or empty)"),
    ("microcredential_catalogue.csv", 4, "provider", "acme", "'acme' is not an id in providers.csv"),
    ("microcredential_catalogue.csv", 5, "ects", "five", "'five' is not a number"),
    ("awards.csv", 2, "required_modules", "NV-GONE", "'NV-GONE' is not an id in microcredential_catalogue.csv"),
    ("awards.csv", 2, "award_level", "0", "is not one of 1, 2"),
    ("arrangement_needs.csv", 2, "part", "", "needs a value when trigger is 'part'"),
    ("arrangement_needs.csv", 2, "arrangement", "co_delivery", "must be empty when trigger is 'part'"),
    ("arrangement_needs.csv", 3, "provider_kind", "university", "'university' is not one of"),
    ("arrangement_needs.csv", 3, "need", "money", "'money' is not one of quality_assurance"),
    ("providers.csv", 2, "stacking", "inside", "'inside' is not one of home, partner, external"),
    ("microcredential_definitions.csv", 2, "relative_to_course", "during", "'during' is not one of before the course"),
    ("credential_types.csv", 3, "size_unit", "weeks", "'weeks' is not one of ECTS, hours, NZ credits, none"),
])
def test_a_broken_edit_is_named_by_file_line_and_column(data_copy, filename, line, column, value, words):
    path = data_copy / filename
    rows = rows_of(path)
    rows[line - 1][rows[0].index(column)] = value
    write(path, rows)
    with pytest.raises(data.DataError) as info:
        data.load(filename.removesuffix(".csv"), data_copy)
    message = str(info.value)
    assert message.startswith(f"{filename}, line {line}, column '{column}'"), message
    assert words in message, message


def test_a_module_may_not_need_an_unknown_module_even_through_its_own_table(data_copy):
    path = data_copy / "microcredential_catalogue.csv"
    rows = rows_of(path)
    rows.append(["NV-NEW", "New module", "5", "7", "norvale", "NV-NEW-2", "companion-authors", "interpretation"])
    write(path, rows)
    with pytest.raises(data.DataError, match=re.escape(f"line {len(rows)}, column 'prerequisites'")):
        data.load("microcredential_catalogue", data_copy)
