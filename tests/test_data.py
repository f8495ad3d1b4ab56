"""Tests for the data files in data/ and their loader, course_helpers.data."""
from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from course_helpers import course, data, vocabulary

Rows = list[list[str]]


# ----------------------------------------------------------------------------- helpers


def read_rows(path: Path) -> Rows:
    with path.open(newline="", encoding="utf-8") as handle:
        return [row for row in csv.reader(handle)]


def write_rows(path: Path, rows: Rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def set_cell(rows: Rows, line: int, column: str, value: str) -> None:
    """Set a cell, addressed by CSV line (header = 1) in a file without multi-line cells."""
    rows[line - 1][rows[0].index(column)] = value


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, target)
    return target


# ------------------------------------------------------------------------ the real data


def test_real_data_loads_and_validates() -> None:
    tables = data.load_all()
    assert {"sources", "scenarios", "scenario_mapping", "holoniq_figures"} <= set(tables)
    assert set(tables) == {p.stem for p in data.DATA_DIR.glob("*.csv")}
    for frame in tables.values():
        assert len(frame) > 0


def test_ten_scenarios_with_ids_from_course() -> None:
    frame = data.scenarios()
    assert len(frame) == 10
    assert tuple(data.scenarios("HolonIQ")["id"]) == vocabulary.HOLONIQ_IDS
    assert tuple(data.scenarios("Camilleri")["id"]) == vocabulary.CAMILLERI_IDS


@pytest.mark.parametrize(
    ("sid", "number", "name", "axis_x", "axis_y"),
    [
        ("H1", 1, "Greater Whole", "Bundled", "Government"),
        ("H2", 2, "Micro Quals", "Unbundled", "Government"),
        ("H3", 3, "Professions Rule", "Bundled", "Market"),
        ("H4", 4, "Market Place", "Unbundled", "Market"),
    ],
)
def test_holoniq_quadrants_as_the_step_lays_them_out(
    sid: str, number: int, name: str, axis_x: str, axis_y: str
) -> None:
    row = data.scenarios("HolonIQ").set_index("id").loc[sid]
    assert (row["number"], row["name"], row["axis_x"], row["axis_y"]) == (number, name, axis_x, axis_y)
    assert row["framework"] == "HolonIQ"
    assert row["name_verification"] == "verified"
    assert row["verification"] == "interpretation"


def test_axes_use_course_constants() -> None:
    frame = data.scenarios("HolonIQ")
    assert set(frame["axis_x"]) == set(vocabulary.HOLONIQ_X)
    assert set(frame["axis_y"]) == set(vocabulary.HOLONIQ_Y)


def test_all_six_camilleri_names() -> None:
    frame = data.scenarios("Camilleri")
    assert list(frame["name"]) == [
        "Global micro-credential marketplace",
        "Consortia of universities",
        "Lifelong micro-learning",
        "University gatekeepers",
        "Ivory towers",
        "Outsourcing higher education",
    ]
    assert list(frame["number"]) == [1, 2, 3, 4, 5, 6]
    assert (frame["axis_x"] == "").all() and (frame["axis_y"] == "").all()
    assert set(frame["verification"]) == {"interpretation"}
    assert set(frame["name_verification"]) == {"verified"}


def test_mapping_covers_each_camilleri_scenario_once() -> None:
    mapping = data.load("scenario_mapping")
    assert sorted(mapping["camilleri_id"]) == list(vocabulary.CAMILLERI_IDS)
    assert set(mapping["nearest"]) <= set(vocabulary.HOLONIQ_IDS) | {vocabulary.NONE_OF_THEM}
    assert set(mapping["verification"]) == {"interpretation"}
    assert set(mapping["source"]) == {"companion-authors"}


def test_numeric_columns_are_typed() -> None:
    figures = data.load("holoniq_figures").set_index("id")
    assert figures.loc["market_total_2019", "value"] == 2600.0
    assert figures.loc["market_total_2019", "unit"] == "USD billion"
    assert figures.loc["mature_adoption_2021", "value"] == 7
    assert figures.loc["mature_adoption_2023", "value"] == 13
    assert figures.loc["important_strategy_2023", "value"] == 88
    assert pd.api.types.is_float_dtype(figures["value"])
    assert pd.api.types.is_integer_dtype(figures["year"])
    assert pd.api.types.is_integer_dtype(data.load("scenarios")["number"])


def test_every_csv_and_column_is_documented() -> None:
    readme = (data.DATA_DIR / "README.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", readme, flags=re.MULTILINE)
    for path in sorted(data.DATA_DIR.glob("*.csv")):
        matching = [s for s in sections if s.startswith(f"`{path.name}`")]
        assert matching, f"data/README.md has no section for {path.name}"
        header = read_rows(path)[0]
        for column in header:
            assert f"`{column}`" in matching[0], f"{path.name}: column {column!r} not documented"
    for tag in data.VERIFICATION_TAGS:
        assert f"`{tag}`" in readme


def test_every_fact_table_has_source_and_verification() -> None:
    for name, spec in data.SPECS.items():
        if name == "sources":
            assert not spec.states_facts
            continue
        assert spec.states_facts
        assert {"source", "verification"} <= set(spec.column_names), name
        assert spec.column("verification").allowed == data.VERIFICATION_TAGS


def test_sources_for_gives_short_citations() -> None:
    assert data.sources_for("holoniq-2021-panel") == "HolonIQ (2021) Micro-Credentials – Global Panel Results"
    both = data.sources_for("futurelearn-step-214201;holoniq-2023-survey")
    assert both == "FutureLearn, Micro-Credentials in Higher Education; HolonIQ (2023) Micro-credentials survey 2023 insights"
    with pytest.raises(KeyError, match="nope"):
        data.sources_for("nope")


def test_loads_are_cached_but_return_copies() -> None:
    first = data.load("scenarios")
    first.loc[0, "name"] = "changed"
    assert data.load("scenarios").loc[0, "name"] == "Greater Whole"
    assert data.load("scenarios") is not data.load("scenarios")


def test_unknown_table_and_framework() -> None:
    with pytest.raises(KeyError, match="known tables"):
        data.load("nothing")
    with pytest.raises(ValueError, match="framework"):
        data.scenarios("Unesco")


def test_data_dir_points_at_repo_data_folder() -> None:
    assert data.DATA_DIR == Path(__file__).resolve().parent.parent / "data"


# -------------------------------------------------------------------------- bad data


def _verification(rows: Rows) -> None:
    set_cell(rows, 4, "verification", "maybe")


def _duplicate_id(rows: Rows) -> None:
    set_cell(rows, 7, "id", rows[1][0])


def _missing_column(rows: Rows) -> None:
    index = rows[0].index("risks")
    for row in rows:
        del row[index]


def _unknown_source(rows: Rows) -> None:
    set_cell(rows, 3, "source", "holoniq-2021-panel;holoniq-2099")


def _not_a_number(rows: Rows) -> None:
    set_cell(rows, 5, "value", "lots")


def _not_a_whole_number(rows: Rows) -> None:
    set_cell(rows, 8, "number", "2.5")


def _empty_required(rows: Rows) -> None:
    set_cell(rows, 6, "name", "")


def _not_camilleri(rows: Rows) -> None:
    set_cell(rows, 3, "camilleri_id", "H2")


def _unknown_quadrant(rows: Rows) -> None:
    set_cell(rows, 5, "nearest", "H9")


def _mapping_row_missing(rows: Rows) -> None:
    del rows[3]  # C3


def _camilleri_on_axis(rows: Rows) -> None:
    set_cell(rows, 9, "axis_x", "Bundled")


def _holoniq_off_axis(rows: Rows) -> None:
    set_cell(rows, 3, "axis_y", "")


def _empty_list_item(rows: Rows) -> None:
    set_cell(rows, 2, "drivers", "platforms;;edtech")


def _short_row(rows: Rows) -> None:
    del rows[3][-1]


def _duplicate_number(rows: Rows) -> None:
    set_cell(rows, 3, "number", "1")


def _repeated_column(rows: Rows) -> None:
    rows[0][rows[0].index("unit")] = "figure"


def _bad_year(rows: Rows) -> None:
    set_cell(rows, 4, "year", "NA")


BAD_CASES: list[tuple[str, str, Callable[[Rows], None] | None, str, int | None, str | None]] = [
    # (case, file, mutation (None = delete the file), table to load, line, column)
    ("unknown verification", "scenarios.csv", _verification, "scenarios", 4, "verification"),
    ("duplicate id", "holoniq_figures.csv", _duplicate_id, "holoniq_figures", 7, "id"),
    ("missing column", "scenarios.csv", _missing_column, "scenarios", 1, "risks"),
    ("unknown source id", "holoniq_figures.csv", _unknown_source, "holoniq_figures", 3, "source"),
    ("non-numeric float", "holoniq_figures.csv", _not_a_number, "holoniq_figures", 5, "value"),
    ("non-integer int", "scenarios.csv", _not_a_whole_number, "scenarios", 8, "number"),
    ("empty required cell", "scenarios.csv", _empty_required, "scenarios", 6, "name"),
    ("mapping to a HolonIQ row", "scenario_mapping.csv", _not_camilleri, "scenario_mapping", 3, "camilleri_id"),
    ("unknown quadrant", "scenario_mapping.csv", _unknown_quadrant, "scenario_mapping", 5, "nearest"),
    ("mapping incomplete", "scenario_mapping.csv", _mapping_row_missing, "scenario_mapping", None, "camilleri_id"),
    ("Camilleri placed on an axis", "scenarios.csv", _camilleri_on_axis, "scenarios", 9, "axis_x"),
    ("HolonIQ without an axis", "scenarios.csv", _holoniq_off_axis, "scenarios", 3, "axis_y"),
    ("empty list item", "scenarios.csv", _empty_list_item, "scenarios", 2, "drivers"),
    ("row with too few fields", "sources.csv", _short_row, "sources", 4, None),
    ("number repeated in framework", "scenarios.csv", _duplicate_number, "scenarios", 3, "number"),
    ("column named twice", "holoniq_figures.csv", _repeated_column, "holoniq_figures", 1, "figure"),
    ("NA is not a year", "sources.csv", _bad_year, "sources", 4, "year"),
    ("missing file", "sources.csv", None, "sources", None, None),
    ("missing referenced file", "sources.csv", None, "scenarios", None, None),
]


@pytest.mark.parametrize(
    ("filename", "mutate", "table", "line", "column"),
    [case[1:] for case in BAD_CASES],
    ids=[case[0] for case in BAD_CASES],
)
def test_bad_data_raises_data_error(
    data_copy: Path,
    filename: str,
    mutate: Callable[[Rows], None] | None,
    table: str,
    line: int | None,
    column: str | None,
) -> None:
    path = data_copy / filename
    if mutate is None:
        path.unlink()
    else:
        rows = read_rows(path)
        mutate(rows)
        write_rows(path, rows)
    with pytest.raises(data.DataError) as info:
        data.load(table, data_copy)
    message = str(info.value)
    assert isinstance(info.value, ValueError)
    assert message.startswith(filename), message
    if line is not None:
        assert re.search(rf", line {line}\b", message), message
    else:
        assert ", line " not in message, message
    if column is not None:
        assert f"column '{column}'" in message, message


def test_unknown_verification_message_lists_the_tags(data_copy: Path) -> None:
    path = data_copy / "scenarios.csv"
    rows = read_rows(path)
    _verification(rows)
    write_rows(path, rows)
    with pytest.raises(data.DataError) as info:
        data.load("scenarios", data_copy)
    assert str(info.value) == (
        "scenarios.csv, line 4, column 'verification': "
        "'maybe' is not one of verified, secondary, partly, interpretation"
    )


def test_line_numbers_count_multi_line_cells(data_copy: Path) -> None:
    path = data_copy / "scenarios.csv"
    rows = read_rows(path)
    set_cell(rows, 2, "description", "first line\nsecond line")  # H1 now spans lines 2-3
    set_cell(rows, 3, "verification", "maybe")  # H2, which now starts on line 4
    write_rows(path, rows)
    with pytest.raises(data.DataError, match=r"scenarios\.csv, line 4, column 'verification'"):
        data.load("scenarios", data_copy)


def test_na_and_none_text_survive_as_strings(data_copy: Path) -> None:
    path = data_copy / "sources.csv"
    rows = read_rows(path)
    set_cell(rows, 2, "note", "NA")
    set_cell(rows, 3, "publisher", "None")
    set_cell(rows, 4, "url", "null")
    write_rows(path, rows)
    frame = data.load("sources", data_copy)
    assert frame.loc[0, "note"] == "NA"
    assert frame.loc[1, "publisher"] == "None"
    assert frame.loc[2, "url"] == "null"
    assert not frame[["note", "publisher", "url"]].isna().any().any()


def test_empty_optional_cells_are_empty_strings() -> None:
    frame = data.load("sources").set_index("id")
    assert frame.loc["companion-authors", "url"] == ""
    assert pd.isna(frame.loc["companion-authors", "year"])


def test_manifest_quadrant_names_match_the_data():
    from course_helpers import data as course_data

    holoniq = course_data.scenarios("HolonIQ").set_index("id")
    for hid, name in zip(vocabulary.HOLONIQ_IDS, vocabulary.HOLONIQ_NAMES):
        assert holoniq.loc[hid, "name"] == name
    camilleri = course_data.scenarios("Camilleri").set_index("id")
    for sid, name in zip(vocabulary.CAMILLERI_IDS, vocabulary.CAMILLERI_NAMES):
        assert camilleri.loc[sid, "name"] == name
    labels = [label for label, _ in course.prompt("02", "nearest_C1").options]
    assert labels == ["1 Greater Whole", "2 Micro Quals", "3 Professions Rule", "4 Market Place", "none of them"]
