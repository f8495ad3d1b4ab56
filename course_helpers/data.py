"""Load and validate the course data tables in ``data/*.csv``.

Each CSV file has a :class:`TableSpec` in :data:`SPECS` that says which columns
it must have, what type each column holds, which values are allowed, which
column is the unique id, and which columns refer to rows of other files.
:func:`load` reads a file, checks it against its spec (and the files it refers
to) and returns a typed :class:`pandas.DataFrame`. Problems raise
:class:`DataError`, whose message names the file, the CSV line (the header is
line 1) and the column.

Nothing is read at import time; loads are cached per (name, data folder) and
every call returns a fresh copy, so callers may change what they get.
"""
from __future__ import annotations

import csv
import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pandas as pd

from course_helpers.vocabulary import BLOCK_IDS, CAMILLERI_IDS, CREDENTIAL_FIELDS, HOLONIQ_IDS, NONE_OF_THEM
from course_helpers.vocabulary import (COURSE_TIMING, CREDENTIAL_FEATURES, CRITIQUE_IDS, CRITIQUE_KINDS,
                                       DEFINITION_NAMES, DRIVER_IDS, EXAMPLE_IDS, FEATURE_LEVELS,
                                       MICROBOL_CATEGORIES, STAKEHOLDER_IDS)

__all__ = [
    "DATA_DIR",
    "DataError",
    "Column",
    "Reference",
    "TableSpec",
    "SPECS",
    "VERIFICATION_TAGS",
    "FRAMEWORKS",
    "load",
    "load_all",
    "clear_cache",
    "scenarios",
    "sources_for",
    "citation",
]

DATA_DIR: Path = Path(__file__).resolve().parent.parent / "data"

# Verification tags, strongest first. "interpretation" rows must be labelled as
# such wherever a notebook shows them.
VERIFICATION_TAGS: tuple[str, ...] = ("verified", "secondary", "partly", "interpretation")
FRAMEWORKS: tuple[str, ...] = ("HolonIQ", "Camilleri")
LIST_SEPARATOR = ";"

Kind = Literal[
    "str", "optional_str", "list", "int", "optional_int", "float", "optional_float"
]
_INT_RE = re.compile(r"[+-]?\d+")


class DataError(ValueError):
    """A data file is missing, malformed or disagrees with its spec."""


@dataclass(frozen=True)
class Column:
    """One column of a table.

    ``kind`` is one of ``str`` (non-empty text), ``optional_str`` (text, may be
    empty), ``list`` (non-empty ``;``-separated items, kept as one string),
    ``int``/``optional_int`` and ``float``/``optional_float``. ``allowed``
    restricts the (non-empty) value, or each item of a list. For an optional
    column, ``required_when`` / ``empty_when`` (column, value) say when the
    cell must be filled or must be left empty.
    """

    name: str
    kind: Kind = "str"
    allowed: tuple[str, ...] | None = None
    required_when: tuple[str, str] | None = None
    empty_when: tuple[str, str] | None = None

    @property
    def optional(self) -> bool:
        return self.kind.startswith("optional_")


@dataclass(frozen=True)
class Reference:
    """Values of ``column`` must be ids of rows in the ``table`` file.

    ``where`` (column, value) narrows the target rows; values in ``except_values``
    need no target; ``complete`` means every target row must be referred to.
    ``column`` may be a ``list`` column, in which case each item is checked.
    """

    column: str
    table: str
    where: tuple[str, str] | None = None
    except_values: tuple[str, ...] = ()
    complete: bool = False


@dataclass(frozen=True)
class TableSpec:
    """What one ``data/<name>.csv`` file must look like."""

    name: str
    id_column: str
    columns: tuple[Column, ...]
    references: tuple[Reference, ...] = ()
    unique_together: tuple[tuple[str, ...], ...] = ()
    states_facts: bool = True  # facts need a source and a verification tag

    def __post_init__(self) -> None:
        names = [c.name for c in self.columns]
        if self.id_column not in names:
            raise ValueError(f"spec {self.name}: id column {self.id_column!r} is not a column")
        if self.states_facts and not {"source", "verification"} <= set(names):
            raise ValueError(f"spec {self.name}: a table of facts needs 'source' and 'verification'")

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.filename} has no column {name!r}")


# Closed vocabularies of the 05 and 06 tables (a row with another value is a typo).
PROVIDER_KINDS: tuple[str, ...] = ("home_university", "partner_university", "employer", "platform")
STACKING_CLASSES: tuple[str, ...] = ("home", "partner", "external")
PART_ROLES: tuple[str, ...] = ("design", "delivery", "award")
ARRANGEMENTS: tuple[str, ...] = ("co_construction", "co_delivery")
NEEDS: tuple[str, ...] = ("quality_assurance", "recognition", "data_sharing", "agreement")
SIZE_UNITS: tuple[str, ...] = ("ECTS", "hours", "NZ credits", "none")
EQF_LEVELS: tuple[str, ...] = tuple(str(level) for level in range(1, 9))
NO_ITEMS = "none"  # a list cell that names no rows (no prerequisites, no required module)

_SOURCE = Column("source", "list")
_VERIFICATION = Column("verification", "str", VERIFICATION_TAGS)
_SOURCE_REF = Reference("source", "sources")

SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "sources",
            id_column="id",
            states_facts=False,
            columns=(
                Column("id"),
                Column("authors"),
                Column("year", "optional_int"),
                Column("title"),
                Column("publisher", "optional_str"),
                Column("url", "optional_str"),
                Column("note", "optional_str"),
            ),
        ),
        TableSpec(
            "scenarios",
            id_column="id",
            columns=(
                Column("id", "str", HOLONIQ_IDS + CAMILLERI_IDS),
                Column("framework", "str", FRAMEWORKS),
                Column("name"),
                Column("number", "int"),
                # HolonIQ's quadrants; the source gives Camilleri's scenarios no position.
                Column("axis_x", "optional_str", ("Bundled", "Unbundled"),
                       required_when=("framework", "HolonIQ"), empty_when=("framework", "Camilleri")),
                Column("axis_y", "optional_str", ("Government", "Market"),
                       required_when=("framework", "HolonIQ"), empty_when=("framework", "Camilleri")),
                Column("description"),
                Column("drivers", "list"),
                Column("risks", "list"),
                _SOURCE,
                _VERIFICATION,
                Column("name_verification", "str", VERIFICATION_TAGS),
            ),
            references=(_SOURCE_REF,),
            unique_together=(("framework", "number"), ("framework", "name")),
        ),
        TableSpec(
            "scenario_mapping",
            id_column="camilleri_id",
            columns=(
                Column("camilleri_id"),
                Column("nearest", "str", HOLONIQ_IDS + (NONE_OF_THEM,)),
                Column("reason"),
                Column("alternative", "str", HOLONIQ_IDS + (NONE_OF_THEM,)),
                Column("alternative_reason"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(
                Reference("camilleri_id", "scenarios", where=("framework", "Camilleri"), complete=True),
                Reference("nearest", "scenarios", where=("framework", "HolonIQ"),
                          except_values=(NONE_OF_THEM,)),
                Reference("alternative", "scenarios", where=("framework", "HolonIQ"),
                          except_values=(NONE_OF_THEM,)),
                _SOURCE_REF,
            ),
        ),
        TableSpec(
            "holoniq_figures",
            id_column="id",
            columns=(
                Column("id"),
                Column("figure"),
                Column("value", "float"),
                Column("unit"),
                Column("year", "int"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
        ),
        # --- stakeholders, definitions, critiques and drivers (steps 03 and 04) ---
        TableSpec(
            "example_credentials",
            id_column="id",
            columns=(
                Column("id", "str", EXAMPLE_IDS),
                Column("name"),
                Column("short"),
                Column("what_it_is"),
                Column("size"),
                Column("hours", "optional_int"),
                Column("issuer_kind"),
                Column("microbol_category", "str", MICROBOL_CATEGORIES),
                *(Column(feature, "str", FEATURE_LEVELS) for feature in CREDENTIAL_FEATURES),
                Column("reading"),
                Column("illustrative", "str", ("yes",)),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("name",), ("short",)),
        ),
        TableSpec(
            "stakeholders",
            id_column="id",
            columns=(
                Column("id", "str", STAKEHOLDER_IDS),
                Column("name"),
                Column("short"),
                Column("role"),
                Column("needs"),
                _SOURCE,
                _VERIFICATION,
                Column("context"),
                Column("context_source", "list"),
                Column("context_verification", "str", VERIFICATION_TAGS),
            ),
            references=(_SOURCE_REF, Reference("context_source", "sources")),
            unique_together=(("name",), ("short",)),
        ),
        TableSpec(
            "definitions",
            id_column="id",
            columns=(
                Column("id"),
                Column("definition", "str", DEFINITION_NAMES),
                Column("part", "int"),
                Column("text"),
                Column("feature", "optional_str", CREDENTIAL_FEATURES),
                Column("year", "int"),
                Column("date", "optional_str"),
                Column("relative_to_course", "str", COURSE_TIMING),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("definition", "part"),),
        ),
        TableSpec(
            "drivers",
            id_column="id",
            columns=(
                Column("id", "str", DRIVER_IDS),
                Column("title"),
                Column("statement"),
                Column("authors"),
                Column("year", "int"),
                Column("work"),
                Column("relative_to_course", "str", COURSE_TIMING),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("title",),),
        ),
        TableSpec(
            "critiques",
            id_column="id",
            columns=(
                Column("id", "str", CRITIQUE_IDS),
                Column("title"),
                Column("statement"),
                Column("kind", "str", CRITIQUE_KINDS),
                Column("authors"),
                Column("year", "int"),
                Column("work"),
                Column("relative_to_course", "str", COURSE_TIMING),
                Column("not_simply_against"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("title",),),
        ),
        TableSpec(
            "surveys",
            id_column="id",
            columns=(
                Column("id"),
                Column("name"),
                Column("run_by"),
                Column("when"),
                Column("respondents"),
                Column("caveat"),
                Column("figure_ids", "list"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF, Reference("figure_ids", "holoniq_figures")),
        ),
        # --- 05 unbundling and rebundling, 06 the learning ecology -------------------------------
        TableSpec(
            "unbundling_concepts",
            id_column="id",
            columns=(Column("id"), Column("term"), Column("meaning"), _SOURCE, _VERIFICATION),
            references=(_SOURCE_REF,),
            unique_together=(("term",),),
        ),
        TableSpec(
            "eciu_microcredential_types",
            id_column="id",
            columns=(Column("id"), Column("number", "int"), Column("name"), Column("meaning"), _SOURCE,
                     _VERIFICATION),
            references=(_SOURCE_REF,),
            unique_together=(("number",),),
        ),
        TableSpec(
            "providers",
            id_column="id",
            columns=(
                Column("id"),
                Column("name"),
                Column("kind", "str", PROVIDER_KINDS),
                Column("stacking", "str", STACKING_CLASSES),
                Column("description"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("name",),),
        ),
        TableSpec(
            "microcredential_catalogue",
            id_column="id",
            columns=(
                Column("id"),
                Column("title"),
                Column("ects", "float"),
                Column("eqf_level", "optional_int", EQF_LEVELS),
                Column("provider"),
                Column("prerequisites", "list"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(
                Reference("provider", "providers"),
                Reference("prerequisites", "microcredential_catalogue", except_values=(NO_ITEMS,)),
                _SOURCE_REF,
            ),
        ),
        TableSpec(
            "module_parts",
            id_column="id",
            columns=(
                Column("id"),
                Column("module"),
                Column("part"),
                Column("role", "str", PART_ROLES),
                Column("covers"),
                Column("example"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(Reference("module", "microcredential_catalogue"), _SOURCE_REF),
        ),
        TableSpec(
            "arrangement_needs",
            id_column="id",
            columns=(
                Column("id"),
                Column("trigger", "str", ("part", "arrangement")),
                Column("part", "optional_str", required_when=("trigger", "part"),
                       empty_when=("trigger", "arrangement")),
                Column("provider_kind", "optional_str", PROVIDER_KINDS, required_when=("trigger", "part"),
                       empty_when=("trigger", "arrangement")),
                Column("arrangement", "optional_str", ARRANGEMENTS, required_when=("trigger", "arrangement"),
                       empty_when=("trigger", "part")),
                Column("need", "str", NEEDS),
                Column("reason"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(Reference("part", "module_parts"), _SOURCE_REF),
        ),
        TableSpec(
            "awards",
            id_column="id",
            columns=(
                Column("id"),
                Column("title"),
                Column("kind"),
                Column("awarded_by"),
                Column("award_level", "int", EQF_LEVELS),
                Column("min_ects", "float"),
                Column("max_ects", "float"),
                Column("min_module_level", "int", EQF_LEVELS),
                Column("max_module_level", "int", EQF_LEVELS),
                Column("min_ects_at_award_level", "float"),
                Column("max_external_ects", "float"),
                Column("required_modules", "list"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(
                Reference("awarded_by", "providers"),
                Reference("required_modules", "microcredential_catalogue", except_values=(NO_ITEMS,)),
                _SOURCE_REF,
            ),
            unique_together=(("title",),),
        ),
        TableSpec(
            "credential_types",
            id_column="id",
            columns=(
                Column("id"),
                Column("name"),
                Column("short_name"),
                Column("size_min", "optional_float"),
                Column("size_max", "optional_float"),
                Column("size_unit", "str", SIZE_UNITS),
                Column("size_note"),
                Column("level_min", "optional_int", EQF_LEVELS),
                Column("level_max", "optional_int", EQF_LEVELS),
                Column("level_note", "optional_str"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("name",), ("short_name",)),
        ),
        TableSpec(
            "microcredential_definitions",
            id_column="id",
            columns=(
                Column("id"),
                Column("framework"),
                Column("short_name"),
                Column("owner"),
                Column("year", "optional_int"),
                Column("relative_to_course", "optional_str", COURSE_TIMING),  # empty: date unknown
                Column("size_min", "optional_float"),
                Column("size_max", "optional_float"),
                Column("size_unit", "str", SIZE_UNITS),
                Column("size_note"),
                Column("level_reference", "optional_str"),
                Column("level_min", "optional_int", EQF_LEVELS),
                Column("level_max", "optional_int", EQF_LEVELS),
                Column("level_note", "optional_str"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("framework",), ("short_name",)),
        ),
        # --- criteria and blocks (07): the EU standard elements and principles, frameworks' sizes,
        # example credentials, blocks on the road and survey shares ---
        TableSpec(
            "eu_standard_elements",
            id_column="id",
            columns=(
                Column("id"),
                Column("order", "int"),
                Column("element"),
                Column("short_name"),
                Column("status", "str", ("mandatory", "optional")),
                Column("fields", "list", CREDENTIAL_FIELDS),
                Column("description"),
                Column("example", "optional_str"),
                Column("options", "optional_str"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("status", "order"), ("element",)),
        ),
        TableSpec(
            "eu_principles",
            id_column="id",
            columns=(
                Column("id"),
                Column("principle"),
                Column("description"),
                _SOURCE,
                _VERIFICATION,
                Column("name_verification", "str", VERIFICATION_TAGS),
            ),
            references=(_SOURCE_REF,),
            unique_together=(("principle",),),
        ),
        TableSpec(
            "eu_definition",
            id_column="id",
            columns=(
                Column("id"),
                Column("part"),
                Column("text"),
                Column("adopted"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
        ),
        TableSpec(
            "element_principles",
            id_column="id",
            columns=(
                Column("id"),
                Column("element_id"),
                Column("principle_id"),
                Column("reason"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(
                Reference("element_id", "eu_standard_elements", complete=True),
                Reference("principle_id", "eu_principles"),
                _SOURCE_REF,
            ),
            unique_together=(("element_id", "principle_id"),),
        ),
        TableSpec(
            "credential_frameworks",
            id_column="id",
            columns=(
                Column("id"),
                Column("framework"),
                Column("owner"),
                Column("year", "optional_int"),
                Column("size_min", "optional_float"),
                Column("size_max", "optional_float"),
                Column("size_unit", "str", ("hours", "ECTS", "NZ credits", "none")),
                Column("size_rule"),
                Column("level_rule"),
                Column("eqf_min", "optional_int"),
                Column("eqf_max", "optional_int"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
        ),
        TableSpec(
            "audit_examples",
            id_column="id",
            columns=(
                Column("id"),
                Column("label"),
                Column("learner", "optional_str"),
                Column("title"),
                Column("country", "optional_str"),
                Column("awarding_body", "optional_str"),
                Column("date_issued", "optional_str"),
                Column("learning_outcomes", "list"),
                Column("ects", "optional_float"),
                Column("hours", "optional_float"),
                Column("level", "optional_str", tuple(str(n) for n in range(1, 9)) + ("not applicable",)),
                Column("assessment", "optional_str"),
                Column("participation", "optional_str"),
                Column("quality_assurance", "optional_str"),
                Column("prerequisites", "optional_str"),
                Column("supervision", "optional_str"),
                Column("grade", "optional_str"),
                Column("stackability", "optional_str"),
                Column("further_information", "optional_str"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
        ),
        TableSpec(
            "implementation_blocks",
            id_column="id",
            columns=(
                Column("id", "str", BLOCK_IDS),
                Column("block"),
                Column("description"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(_SOURCE_REF,),
            unique_together=(("block",),),
        ),
        TableSpec(
            "block_shares",
            id_column="id",
            columns=(
                Column("id"),
                Column("blocks", "list"),
                Column("figure"),
                Column("percent", "float"),
                Column("year", "optional_int"),
                Column("survey"),
                Column("respondents"),
                Column("caveat"),
                _SOURCE,
                _VERIFICATION,
            ),
            references=(Reference("blocks", "implementation_blocks"), _SOURCE_REF),
        ),
        # --- facilitator: seminar run sheets (course_helpers.cohort.runsheets) ---
        TableSpec(
            "runsheet",
            id_column="id",
            columns=(
                Column("id"),
                Column("plan", "str", ("60", "90")),
                Column("start", "int"),
                Column("end", "int"),
                Column("step", "optional_str"),
                Column("activity"),
                Column("grouping", "str", ("whole class", "individual", "pairs", "small groups", "quadrant groups")),
                Column("room"),
                Column("project"),
                Column("facilitator"),
                _SOURCE,  # companion-authors: a plan of our own
                _VERIFICATION,  # interpretation
            ),
            references=(_SOURCE_REF,),
            unique_together=(("plan", "start"),),
        ),
        TableSpec(
            "facilitation_notes",
            id_column="id",
            columns=(Column("id"), Column("topic"), Column("note"), _SOURCE, _VERIFICATION),
            references=(_SOURCE_REF,),
        ),
        # --- notebook 06: the ideas behind the learning-ecology map ---
        TableSpec(
            "ecology_concepts",
            id_column="id",
            columns=(Column("id"), Column("term"), Column("meaning"), _SOURCE, _VERIFICATION),
            references=(_SOURCE_REF,),
            unique_together=(("term",),),
        ),
        # --- your own context (08): each Annex II principle as a question about the learner's setting ---
        TableSpec(
            "readiness_questions",
            id_column="id",
            columns=(
                Column("id"),  # a principle of eu_principles.csv: one row for each
                Column("own_learning"),
                Column("organisation"),
                _SOURCE,  # companion-authors: questions of our own
                _VERIFICATION,  # interpretation
            ),
            references=(Reference("id", "eu_principles", complete=True), _SOURCE_REF),
        ),
    )
}


# --------------------------------------------------------------------------- reading


def _where(filename: str, line: int | None = None, column: str | None = None) -> str:
    parts = [filename]
    if line is not None:
        parts.append(f"line {line}")
    if column is not None:
        parts.append(f"column {column!r}")
    return ", ".join(parts)


def _fail(filename: str, problem: str, line: int | None = None, column: str | None = None) -> DataError:
    return DataError(f"{_where(filename, line, column)}: {problem}")


def _record_lines(path: Path, n_columns: int) -> list[int]:
    """The CSV line on which each data record starts (header = line 1).

    Also checks that every record has as many fields as the header, which
    ``pandas.read_csv`` would otherwise pad or reject without a line number.
    """
    lines: list[int] = []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        start = 1
        for index, record in enumerate(reader):
            if index > 0 and record:  # pandas skips blank lines too
                if len(record) != n_columns:
                    raise _fail(path.name, f"has {len(record)} fields, the header has {n_columns}", start)
                lines.append(start)
            start = reader.line_num + 1
    return lines


def _read(spec: TableSpec, data_dir: Path) -> tuple[pd.DataFrame, list[int]]:
    path = data_dir / spec.filename
    if not path.is_file():
        raise DataError(f"{spec.filename}: file not found in {data_dir}")
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            raw_header = next(csv.reader(handle), [])
    except (UnicodeDecodeError, csv.Error) as exc:
        raise DataError(f"{spec.filename}: cannot be read as UTF-8 CSV ({exc})") from exc
    repeated = sorted({name for name in raw_header if raw_header.count(name) > 1})
    if repeated:
        raise _fail(spec.filename, "the header names this column more than once", 1, repeated[0])
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], encoding="utf-8")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise DataError(f"{spec.filename}: cannot be read as CSV ({exc})") from exc
    header = [str(c) for c in frame.columns]
    for name in spec.column_names:
        if name not in header:
            raise _fail(spec.filename, "required column is missing from the header", 1, name)
    for name in header:
        if name not in spec.column_names:
            raise _fail(spec.filename, "column is not in the spec (document it and add it to SPECS)", 1, name)
    lines = _record_lines(path, len(header))
    if len(lines) != len(frame):  # cannot happen unless pandas and csv disagree
        raise DataError(f"{spec.filename}: could not match rows to line numbers")
    return frame[list(spec.column_names)], lines


# ------------------------------------------------------------------------ validation


def _allowed_text(col: Column) -> str:
    assert col.allowed is not None
    text = ", ".join(col.allowed)
    return f"{text} (or empty)" if col.optional else text


def _check_cell(spec: TableSpec, col: Column, value: str, line: int) -> object:
    """Check one cell and return its typed value."""
    fname = spec.filename
    if value == "":
        if col.optional:
            return None
        raise _fail(fname, "is empty but a value is required", line, col.name)
    if value != value.strip():
        raise _fail(fname, f"{value!r} has spaces at the start or end", line, col.name)
    if col.kind in ("int", "optional_int"):
        if not _INT_RE.fullmatch(value):
            raise _fail(fname, f"{value!r} is not a whole number", line, col.name)
        if col.allowed is not None and value not in col.allowed:
            raise _fail(fname, f"{value!r} is not one of {_allowed_text(col)}", line, col.name)
        return int(value)
    if col.kind in ("float", "optional_float"):
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise _fail(fname, f"{value!r} is not a number", line, col.name)
        return number
    items = [value]
    if col.kind == "list":
        items = [item.strip() for item in value.split(LIST_SEPARATOR)]
        if any(item == "" for item in items):
            raise _fail(fname, f"{value!r} has an empty item in its {LIST_SEPARATOR!r}-separated list",
                        line, col.name)
    if col.allowed is not None:
        for item in items:
            if item not in col.allowed:
                raise _fail(fname, f"{item!r} is not one of {_allowed_text(col)}", line, col.name)
    return value


_DTYPES = {"int": "int64", "optional_int": "Int64", "float": "float64", "optional_float": "Float64"}


def _validate_cells(spec: TableSpec, frame: pd.DataFrame, lines: list[int]) -> pd.DataFrame:
    typed: dict[str, object] = {}
    for col in spec.columns:
        for rule, must_fill in ((col.required_when, True), (col.empty_when, False)):
            if rule is None:
                continue
            for value, condition, line in zip(frame[col.name], frame[rule[0]], lines):
                if condition == rule[1] and (value != "") != must_fill:
                    state = "needs a value" if must_fill else "must be empty"
                    raise _fail(spec.filename, f"{state} when {rule[0]} is {rule[1]!r}", line, col.name)
        values = [_check_cell(spec, col, str(v), line) for v, line in zip(frame[col.name], lines)]
        if col.kind in _DTYPES:
            typed[col.name] = pd.array(values, dtype=_DTYPES[col.kind])
        else:
            typed[col.name] = ["" if v is None else v for v in values]
    return pd.DataFrame(typed, columns=list(spec.column_names))


def _validate_unique(spec: TableSpec, frame: pd.DataFrame, lines: list[int]) -> None:
    for group in ((spec.id_column,),) + spec.unique_together:
        seen: dict[tuple[object, ...], int] = {}
        for row, line in zip(frame[list(group)].itertuples(index=False, name=None), lines):
            if row in seen:
                shown = row[0] if len(row) == 1 else row
                raise _fail(spec.filename, f"{shown!r} repeats line {seen[row]}; "
                            f"{' + '.join(group)} must be unique", line, group[-1])
            seen[row] = line


def _validate_references(spec: TableSpec, frame: pd.DataFrame, lines: list[int], data_dir: Path) -> None:
    for ref in spec.references:
        target_spec = SPECS[ref.table]
        # A table may refer to its own rows (a module's prerequisites are other modules).
        target = frame if ref.table == spec.name else _load_cached(ref.table, data_dir)
        if ref.where is not None:
            target = target[target[ref.where[0]] == ref.where[1]]
        known = set(target[target_spec.id_column])
        kind = f"an id in {target_spec.filename}"
        if ref.where is not None:
            kind = f"an id of a {target_spec.filename} row with {ref.where[0]} {ref.where[1]!r}"
        col = spec.column(ref.column)
        used: set[str] = set()
        for value, line in zip(frame[ref.column], lines):
            items = value.split(LIST_SEPARATOR) if col.kind == "list" else [value]
            for item in (i.strip() for i in items):
                if item == "" or item in ref.except_values:
                    continue
                if item not in known:
                    raise _fail(spec.filename, f"{item!r} is not {kind}", line, ref.column)
                used.add(item)
        if ref.complete:
            missing = [i for i in target[target_spec.id_column] if i not in used]
            if missing:
                rows = f"{ref.where[0]} {ref.where[1]!r} row" if ref.where else "row"
                raise _fail(spec.filename, f"has no row for {', '.join(missing)} "
                            f"(every {rows} of {target_spec.filename} needs one)", column=ref.column)


# ----------------------------------------------------------------------- public API


def _spec(name: str) -> TableSpec:
    try:
        return SPECS[name.removesuffix(".csv")]
    except KeyError:
        raise KeyError(f"unknown data table {name!r}; known tables: {', '.join(SPECS)}") from None


@functools.lru_cache(maxsize=None)
def _load_cached(name: str, data_dir: Path) -> pd.DataFrame:
    spec = _spec(name)
    raw, lines = _read(spec, data_dir)
    frame = _validate_cells(spec, raw, lines)
    _validate_unique(spec, frame, lines)
    _validate_references(spec, frame, lines, data_dir)
    frame.attrs["lines"] = list(lines)
    return frame


def _dir(data_dir: Path | str | None) -> Path:
    return DATA_DIR if data_dir is None else Path(data_dir).resolve()


def load(name: str, data_dir: Path | None = None) -> pd.DataFrame:
    """Load ``data/<name>.csv``, validated together with the files it refers to.

    Returns a copy of the cached table; raises :class:`DataError` for bad data
    and ``KeyError`` for a table that has no spec.
    """
    return _load_cached(_spec(name).name, _dir(data_dir)).copy(deep=True)


def load_all(data_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Load every table in :data:`SPECS`, keyed by name."""
    return {name: load(name, data_dir) for name in SPECS}


def clear_cache() -> None:
    """Forget cached tables (e.g. after editing a CSV in a running notebook)."""
    _load_cached.cache_clear()


def scenarios(framework: str | None = None, data_dir: Path | None = None) -> pd.DataFrame:
    """All ten scenarios, or only those of ``framework`` ("HolonIQ" or "Camilleri")."""
    frame = load("scenarios", data_dir)
    if framework is None:
        return frame
    if framework not in FRAMEWORKS:
        raise ValueError(f"unknown framework {framework!r}; choose one of {', '.join(FRAMEWORKS)}")
    return frame[frame["framework"] == framework].reset_index(drop=True)


def sources_for(ids: str, data_dir: Path | None = None) -> str:
    """A short citation for a ``;``-separated list of source ids.

    ``"holoniq-2021-panel"`` gives ``"HolonIQ (2021) Micro-Credentials – Global
    Panel Results"``; several ids are joined with ``"; "``. Sources without a
    year are shown as ``"Authors, Title"``.
    """
    table = load("sources", data_dir).set_index("id")
    parts: list[str] = []
    for source_id in (i.strip() for i in ids.split(LIST_SEPARATOR)):
        if not source_id:
            continue
        if source_id not in table.index:
            raise KeyError(f"unknown source id {source_id!r} (not in sources.csv)")
        row = table.loc[source_id]
        parts.append(citation(row["authors"], row["year"], row["title"]))
    return "; ".join(parts)


def citation(authors: str, year: object, title: str) -> str:
    """'HolonIQ (2021) Title', or 'Authors, Title' when the year is unknown."""
    return f"{authors} ({int(year)}) {title}" if pd.notna(year) else f"{authors}, {title}"
