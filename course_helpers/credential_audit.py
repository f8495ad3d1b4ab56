"""Audit a micro-credential against the EU standard elements, and size it against four frameworks.

:func:`audit` takes a :class:`~course_helpers.credentials.MicroCredential`
(or any stored JSON value: it is read with ``from_json``) and returns an
:class:`Audit`: one :class:`Finding` per point, each a sentence that names
the element, in the order of Annex I, and one :class:`SizeFit` per framework.
It never raises on what a learner typed: an empty form, a 1 MB title, markup,
10,000 ECTS, level 0 or a list where text belongs all become findings.

What it checks:

* which of the eleven mandatory elements are present (the level counts when
  it says "not applicable", since Annex I asks for it only where it applies);
* the workload against ECTS at 25-30 hours a credit (ECTS Users' Guide 2015);
* the level: EQF 1-8 or "not applicable";
* each learning outcome's verb (:mod:`course_helpers.outcomes`);
* for each gap, the Annex II principles it weakens (``element_principles.csv``;
  most links are the companion authors' reading and say so);
* the size against the NZQA, Australian, CMF and MicroHE definitions
  (:mod:`course_helpers.credential_sizes`), said as "fits" or "would not fit,
  because …". Annex I sets no size, so no size sentence is a verdict on
  following the EU Recommendation.

The Recommendation (16 June 2022) came after the course ran and binds no one.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from . import data, outcomes, strings
from .credential_sizes import ECTS_HOURS, ECTS_YEAR, YEAR_HOURS, SizeFit, number, size_fit, span
from .credentials import MAX_TEXT, NOT_APPLICABLE, FieldProblem, MicroCredential, from_json, issue_date

MAX_TITLE = 200
MAX_OUTCOMES_CHECKED = 30
QUOTE_CHARS = 60

Level = Literal["gap", "problem", "advice", "ok"]


@dataclass(frozen=True)
class PrincipleLink:
    """One Annex II principle a missing element weakens, with the reason and how sure we are."""

    id: str
    principle: str
    reason: str
    verification: str


@dataclass(frozen=True)
class Finding:
    """One sentence about one element (``element_id`` is '' for the form as a whole)."""

    element_id: str
    element: str
    level: Level
    sentence: str
    principles: tuple[PrincipleLink, ...] = ()
    core: str = ""  # the sentence without the principles it weakens (for short listings)


@dataclass(frozen=True)
class Audit:
    """Everything the audit found, in Annex I order, and the size comparisons."""

    credential: MicroCredential
    findings: tuple[Finding, ...]
    present: tuple[str, ...]  # mandatory element ids present, in Annex I order
    missing: tuple[str, ...]  # mandatory element ids missing, in Annex I order
    sizes: tuple[SizeFit, ...]

    @property
    def mandatory_count(self) -> int:
        return len(self.present) + len(self.missing)

    def summary(self) -> str:
        """One sentence: how complete the credential is and how many points need a look."""
        to_look = sum(1 for f in self.findings if f.level in ("gap", "problem"))
        template = strings.CRED_SUMMARY[min(to_look, 2)]
        return template.format(present=len(self.present), total=self.mandatory_count, n=to_look)


# --- the reference data, loaded once per data folder --------------------------------------------

@dataclass(frozen=True)
class _Reference:
    elements: dict[str, dict[str, Any]]  # id -> row, in Annex I order (mandatory, then optional)
    field_element: dict[str, str]
    links: dict[str, tuple[PrincipleLink, ...]]
    frameworks: tuple[dict[str, Any], ...]


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A table row with missing numbers as None and numbers as Python floats or ints."""
    plain: dict[str, Any] = {}
    for key, value in row.items():
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            plain[key] = None
        elif hasattr(value, "item"):
            plain[key] = value.item()
        else:
            plain[key] = value
    return plain


@functools.lru_cache(maxsize=4)
def _reference(data_dir: Path | None) -> _Reference:
    elements_table = data.load("eu_standard_elements", data_dir)
    ordered = elements_table.sort_values(["status", "order"], key=lambda c: c.map(
        {"mandatory": 0, "optional": 1}) if c.name == "status" else c)
    elements = {row["id"]: row for row in ordered.to_dict("records")}
    field_element = {field: row["id"] for row in elements.values() for field in row["fields"].split(";")}
    principles = data.load("eu_principles", data_dir).set_index("id")["principle"].to_dict()
    links: dict[str, list[PrincipleLink]] = {}
    for row in data.load("element_principles", data_dir).to_dict("records"):
        links.setdefault(row["element_id"], []).append(
            PrincipleLink(row["principle_id"], principles[row["principle_id"]], row["reason"], row["verification"]))
    frameworks = tuple(_plain(row) for row in data.load("credential_frameworks", data_dir).to_dict("records"))
    return _Reference(elements, field_element, {k: tuple(v) for k, v in links.items()}, frameworks)


# --- small helpers ------------------------------------------------------------------------------

def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """Learner text for a sentence: on one line, shortened with '…' past ``limit`` characters."""
    flat = " ".join(str(text).split())
    return f"'{flat}'" if len(flat) <= limit else f"'{flat[:limit - 1]}…'"


def _principle_tail(links: tuple[PrincipleLink, ...]) -> str:
    if not links:
        return ""
    names = [f"{link.principle} ({link.id})" for link in links]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    ours = [link.principle for link in links if link.verification == "interpretation"]
    tail = strings.CRED_WEAKENS.format(principles=joined)
    if ours:
        tail += strings.CRED_WEAKENS_OURS.format(principles=", ".join(ours))
    return tail


class _Auditor:
    """Collects findings for one credential; one method per check."""

    def __init__(self, credential: MicroCredential, ref: _Reference):
        self.c = credential
        self.ref = ref
        self.findings: list[Finding] = []

    def name(self, element_id: str) -> str:
        return self.ref.elements[element_id]["short_name"]

    def add(self, element_id: str, level: Level, sentence: str, with_principles: bool = False) -> None:
        links = self.ref.links.get(element_id, ()) if with_principles else ()
        element = self.name(element_id) if element_id else strings.CRED_THE_FORM
        self.findings.append(Finding(element_id, element, level, sentence + _principle_tail(links), links, sentence))

    # --- presence -------------------------------------------------------------------------------
    def presence(self) -> tuple[list[str], list[str]]:
        present, missing = [], []
        for element_id, row in self.ref.elements.items():
            given = any(self.c.is_given(field) for field in row["fields"].split(";"))
            if element_id == "E07":
                given = any(self.c.value(f) is not None for f in ("ects", "hours"))
            if row["status"] == "mandatory":
                (present if given else missing).append(element_id)
            if given:
                continue
            if element_id == "E08":
                self.add(element_id, "gap", strings.CRED_GAP_LEVEL.format(element=self.name(element_id),
                                                                          na=NOT_APPLICABLE), True)
            elif row["status"] == "mandatory":
                self.add(element_id, "gap", strings.CRED_GAP.format(element=self.name(element_id)), True)
            else:
                self.add(element_id, "advice", strings.CRED_OPTIONAL_MISSING.format(element=self.name(element_id)),
                         True)
        return present, missing

    # --- one check per element --------------------------------------------------------------------
    def text_sizes(self) -> None:
        for field, element_id in self.ref.field_element.items():
            value = self.c.value(field)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                self.add(element_id, "advice", strings.CRED_TEXT_TOO_LONG.format(
                    element=self.name(element_id), n=f"{len(value):,}", limit=f"{MAX_TEXT:,}"))
        if MAX_TITLE < len(self.c.title) <= MAX_TEXT:
            self.add("E02", "advice", strings.CRED_TITLE_LONG.format(
                element=self.name("E02"), n=f"{len(self.c.title):,}", limit=MAX_TITLE))

    def date(self) -> None:
        text = self.c.date_issued.strip()
        if not text:
            return
        if issue_date(text) is None:
            self.add("E05", "problem", strings.CRED_BAD_DATE.format(element=self.name("E05"), value=quote(text)))

    def workload(self) -> None:
        ects, hours, element = self.c.ects, self.c.hours, self.name("E07")
        low_h, high_h = ECTS_HOURS
        for value, unit in ((ects, "ECTS"), (hours, strings.CRED_HOURS_UNIT)):
            if value is not None and value <= 0:
                self.add("E07", "problem", strings.CRED_NOT_POSITIVE.format(element=element, value=number(value),
                                                                            unit=unit))
        ects = ects if ects is not None and ects > 0 else None
        hours = hours if hours is not None and hours > 0 else None
        if ects is not None and hours is not None:
            low, high = ects * low_h, ects * high_h
            if low <= hours <= high:
                self.add("E07", "ok", strings.CRED_WORKLOAD_AGREES.format(
                    element=element, ects=number(ects), hours=number(hours), span=span(low, high)))
            else:
                self.add("E07", "problem", strings.CRED_WORKLOAD_DISAGREES.format(
                    element=element, ects=number(ects), span=span(low, high), hours=number(hours),
                    per=number(hours / ects)))
        elif ects is not None and ects <= ECTS_YEAR:
            self.add("E07", "ok", strings.CRED_WORKLOAD_ECTS.format(
                element=element, ects=number(ects), span=span(ects * low_h, ects * high_h)))
        elif hours is not None:
            self.add("E07", "advice", strings.CRED_WORKLOAD_HOURS.format(
                element=element, hours=number(hours), span=span(hours / high_h, hours / low_h)))
        if ects is not None and ects > ECTS_YEAR:
            self.add("E07", "advice", strings.CRED_TOO_BIG_ECTS.format(
                element=element, ects=number(ects), years=number(ects / ECTS_YEAR)))
        elif ects is None and hours is not None and hours > YEAR_HOURS:
            self.add("E07", "advice", strings.CRED_TOO_BIG_HOURS.format(element=element, hours=number(hours)))

    def level(self) -> None:
        level, element = self.c.level, self.name("E08")
        if level is None:
            return
        if level == NOT_APPLICABLE:
            self.add("E08", "ok", strings.CRED_LEVEL_NA.format(element=element, na=NOT_APPLICABLE))
        elif isinstance(level, int) and 1 <= level <= 8:
            self.add("E08", "ok", strings.CRED_LEVEL_OK.format(element=element, level=level))
        else:
            shown = quote(level) if isinstance(level, str) else number(level)
            self.add("E08", "problem", strings.CRED_LEVEL_BAD.format(element=element, value=shown,
                                                                     na=NOT_APPLICABLE))

    def learning_outcomes(self) -> None:
        statements, element = self.c.learning_outcomes, self.name("E06")
        if not statements:
            return
        checked = [outcomes.check(s) for s in statements[:MAX_OUTCOMES_CHECKED]]
        assessable = sum(1 for c in checked if c.verdict == "assessable")
        self.add("E06", "ok" if assessable == len(checked) else "advice", strings.CRED_OUTCOMES_COUNT.format(
            element=element, k=assessable, n=len(checked)))
        distinct = {result.text: result for result in checked}.values()  # a repeated statement is reported once
        for result in distinct:
            if result.verdict == "vague":
                self.add("E06", "problem", strings.CRED_OUTCOME_VAGUE.format(
                    element=element, statement=quote(result.text), verb=result.verb, suggestion=result.suggestion))
            elif result.verdict == "unclear":
                self.add("E06", "advice", strings.CRED_OUTCOME_UNCLEAR.format(
                    element=element, statement=quote(result.text)))
        if len(statements) > MAX_OUTCOMES_CHECKED:
            self.add("E06", "advice", strings.CRED_OUTCOMES_CAPPED.format(
                element=element, n=f"{len(statements):,}", limit=MAX_OUTCOMES_CHECKED))

    def supervision(self, options: list[str]) -> None:
        text = " ".join(self.c.supervision.lower().replace("on-site", "onsite").split())
        if text and options and text not in options:
            self.add("O02", "advice", strings.CRED_SUPERVISION_OPTIONS.format(
                element=self.name("O02"), options="; ".join(options)))

    def loading(self, problems: tuple[FieldProblem, ...]) -> None:
        for problem in problems:
            element_id = self.ref.field_element.get(problem.field, "")
            label = self.name(element_id) if element_id else strings.CRED_THE_FORM
            self.add(element_id, "problem", strings.CRED_LOAD_PROBLEM.format(element=label, problem=problem.sentence))


# --- the audit ---------------------------------------------------------------------------------

def audit(credential: MicroCredential | Any, data_dir: Path | None = None) -> Audit:
    """Audit a credential (or a stored JSON value); never raises on what the learner typed."""
    problems: tuple[FieldProblem, ...] = ()
    if not isinstance(credential, MicroCredential):
        loaded = from_json(credential)
        credential, problems = loaded.credential, loaded.problems
    ref = _reference(None if data_dir is None else Path(data_dir).resolve())
    auditor = _Auditor(credential, ref)
    auditor.loading(problems)
    present, missing = auditor.presence()
    auditor.text_sizes()
    auditor.date()
    auditor.learning_outcomes()
    auditor.workload()
    auditor.level()
    options = [o.strip().lower() for o in str(ref.elements["O02"]["options"]).split(";") if o.strip()]
    auditor.supervision(options)
    order = {element_id: n for n, element_id in enumerate(ref.elements)}
    findings = sorted(auditor.findings, key=lambda f: order.get(f.element_id, -1))  # stable: keeps check order
    sizes = tuple(size_fit(credential, row) for row in ref.frameworks)
    return Audit(credential, tuple(findings), tuple(present), tuple(missing), sizes)


def element_rows(data_dir: Path | None = None) -> list[dict[str, Any]]:
    """The standard elements in Annex I order (mandatory, then optional), as plain rows."""
    return list(_reference(None if data_dir is None else Path(data_dir).resolve()).elements.values())


# --- the two example credentials in data/ ------------------------------------------------------

def example_ids(data_dir: Path | None = None) -> dict[str, str]:
    """The example credentials' ids and labels, in file order."""
    table = data.load("audit_examples", data_dir)
    return dict(zip(table["id"], table["label"]))


def example(example_id: str, data_dir: Path | None = None) -> MicroCredential:
    """One example credential from ``data/audit_examples.csv`` (both issuers are fictional)."""
    table = data.load("audit_examples", data_dir).set_index("id", drop=False)
    if example_id not in table.index:
        raise KeyError(strings.CRED_UNKNOWN_EXAMPLE.format(example=example_id, known=", ".join(table.index)))
    row = _plain(table.loc[example_id].to_dict())
    row["learning_outcomes"] = [item.strip() for item in row["learning_outcomes"].split(data.LIST_SEPARATOR)]
    stored = {key: value for key, value in row.items() if key not in ("id", "label", "source", "verification")}
    return from_json(stored).credential
