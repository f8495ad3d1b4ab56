"""Rebundling (notebook 05): check a learner's pathway of micro-credentials against an award's stacking rules.

A *pathway* is a list of catalogue ids in the order the learner would take
them. An *award* (``data/awards.csv``) holds its stacking rules as data:

* total credit between ``min_ects`` and ``max_ects``;
* every credit-bearing module at an EQF level from ``min_module_level`` to
  ``max_module_level``, and at least ``min_ects_at_award_level`` ECTS at the
  award's own level;
* at most ``max_external_ects`` ECTS from outside providers (an alliance
  partner's credit is recognised, so it does not count as outside);
* every module in ``required_modules``.

Some rules hold for every award: each module only once, ids that are in the
catalogue, and prerequisites taken earlier in the pathway. A module with no
ECTS credit may stay in the pathway (not every micro-credential carries
credit); it earns a note, not a broken rule.

:func:`check` explains every broken rule in a plain sentence that names the
module(s). Hostile or impossible input (not a list, ids that are not text,
unknown or repeated ids, thousands of entries, prerequisite loops in the
catalogue, markup in titles) gives findings, never an exception. Counting how
many pathways a catalogue allows lives in :mod:`course_helpers.counting`.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Literal, Mapping, Sequence

from . import strings
from .kinds import describe
from .counting import count_ordered_pathways, count_pathways, in_words, scientific  # noqa: F401 (re-exported)
from .prerequisites import loops_reached
from .text import plain_name

Status = Literal["broken", "to_do", "note"]
STATUS_ORDER: tuple[Status, ...] = ("broken", "to_do", "note")
# Past this many findings for one rule, the rest are counted in one sentence.
MAX_FINDINGS_PER_RULE = 10
NO_ITEMS = "none"  # the data's word for an empty list of prerequisites or required modules


@dataclass(frozen=True)
class Module:
    """One micro-credential in the catalogue."""

    id: str
    title: str
    ects: float
    level: int | None
    provider: str
    stacking: str  # "home", "partner" or "external"
    prerequisites: tuple[str, ...] = ()

    @functools.cached_property
    def label(self) -> str:
        """'NV-CARB (Carbon accounting with data)', safe to put in a sentence."""
        return f"{plain_name(self.id, 40)} ({plain_name(self.title, 50)})"


@dataclass(frozen=True)
class Award:
    """A named award and its stacking rules."""

    id: str
    title: str
    award_level: int
    min_ects: float
    max_ects: float
    min_module_level: int
    max_module_level: int
    min_ects_at_award_level: float
    max_external_ects: float
    required: tuple[str, ...] = ()
    kind: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.min_ects <= self.max_ects or not self.min_module_level <= self.max_module_level:
            raise ValueError(f"award {self.id}: its credit or level range is empty")


@dataclass(frozen=True)
class Finding:
    """One rule a pathway breaks (``broken``), has still to meet (``to_do``), or a ``note``."""

    rule: str
    status: Status
    modules: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class Summary:
    """What a pathway adds up to (each catalogue module counted once)."""

    modules: tuple[str, ...]
    total_ects: float
    home_ects: float
    partner_ects: float
    external_ects: float
    ects_by_level: dict[int | None, float]

    @property
    def external_share(self) -> float:
        """Outside providers' part of the credit, 0 to 1 (0 for an empty pathway)."""
        return self.external_ects / self.total_ects if self.total_ects else 0.0


# ------------------------------------------------------------------ building from data rows


def _items(cell: Any) -> tuple[str, ...]:
    items = tuple(i.strip() for i in str(cell or "").split(";") if i.strip())
    return () if items == (NO_ITEMS,) else items


def modules_from_rows(catalogue: Iterable[Mapping[str, Any]], providers: Iterable[Mapping[str, Any]]
                      ) -> dict[str, Module]:
    """The catalogue by id, from ``microcredential_catalogue`` and ``providers`` rows."""
    stacking = {p["id"]: p["stacking"] for p in providers}
    modules = {}
    for row in catalogue:
        level = row["eqf_level"]
        modules[row["id"]] = Module(row["id"], row["title"], float(row["ects"]),
                                    None if level is None or _is_missing(level) else int(level),
                                    row["provider"], stacking[row["provider"]], _items(row["prerequisites"]))
    return modules


def awards_from_rows(rows: Iterable[Mapping[str, Any]]) -> dict[str, Award]:
    """The awards by id, from ``awards`` rows."""
    return {r["id"]: Award(r["id"], r["title"], int(r["award_level"]), float(r["min_ects"]), float(r["max_ects"]),
                           int(r["min_module_level"]), int(r["max_module_level"]),
                           float(r["min_ects_at_award_level"]), float(r["max_external_ects"]),
                           _items(r["required_modules"]), r["kind"])
            for r in rows}


def _is_missing(value: Any) -> bool:
    try:
        return bool(value != value)  # NaN and pandas.NA
    except TypeError:
        return True


# ------------------------------------------------------------------ checking


class _Findings(list):
    """Findings in the order found; a sentence is written only for the first few of each rule.

    Past :data:`MAX_FINDINGS_PER_RULE` a finding is kept without its sentence,
    to be counted (never shown) by :func:`_capped`: a pathway of thousands of
    entries costs no thousands of sentences.
    """

    def __init__(self) -> None:
        super().__init__()
        self._counts: dict[str, int] = {}

    def add(self, rule: str, status: Status, modules: tuple[str, ...], message: Callable[[], str]) -> None:
        count = self._counts[rule] = self._counts.get(rule, 0) + 1
        self.append(Finding(rule, status, modules, message() if count <= MAX_FINDINGS_PER_RULE else ""))


def check(pathway: Any, catalogue: Mapping[str, Module], award: Award) -> list[Finding]:
    """Every rule the pathway breaks or has still to meet, broken ones first; [] when it is complete."""
    if pathway is None:
        pathway = []
    if isinstance(pathway, (str, bytes)) or not isinstance(pathway, (list, tuple)):
        return [Finding("not_a_list", "broken", (), strings.PATHWAY_NOT_A_LIST.format(value=_describe(pathway)))]
    findings = _Findings()
    taken = _read_entries(pathway, catalogue, findings)
    position = {module.id: index for index, module in enumerate(taken)}
    if not pathway:
        findings.add("empty", "to_do", (), lambda: strings.PATHWAY_EMPTY)
    award_name = plain_name(award.title, 80)
    in_loop = _prerequisite_loops(taken, catalogue, findings)
    for module in taken:
        for needed in module.prerequisites:
            if (module.id, needed) in in_loop:
                continue
            if needed not in catalogue:
                findings.add("prerequisite_unknown", "broken", (module.id, needed),
                             lambda: strings.PATHWAY_PREREQ_UNKNOWN.format(module=module.label,
                                                                           prerequisite=plain_name(needed, 40)))
            elif needed not in position:
                findings.add("prerequisite_missing", "broken", (module.id, needed),
                             lambda: _prerequisite(strings.PATHWAY_PREREQ_MISSING, module, catalogue[needed]))
            elif position[needed] > position[module.id]:
                findings.add("prerequisite_order", "broken", (module.id, needed),
                             lambda: _prerequisite(strings.PATHWAY_PREREQ_LATE, module, catalogue[needed]))
    for module in taken:
        if module.ects <= 0:
            findings.add("no_credit", "note", (module.id,),
                         lambda: strings.PATHWAY_NO_CREDIT.format(module=module.label, award=award_name))
        elif module.level is None:
            findings.add("no_level", "broken", (module.id,), lambda: strings.PATHWAY_NO_LEVEL.format(
                module=module.label, award=award_name, ects=_number(module.ects)))
        elif not award.min_module_level <= module.level <= award.max_module_level:
            findings.add("level_range", "broken", (module.id,), lambda: strings.PATHWAY_LEVEL_LOW.format(
                module=module.label, level=module.level, award=award_name, low=award.min_module_level,
                high=award.max_module_level))
    _credit_rules(taken, award, award_name, findings)
    for required in award.required:
        if required not in position:
            shown = catalogue[required].label if required in catalogue else plain_name(required, 40)
            findings.add("required_module", "to_do", (required,),
                         lambda: strings.PATHWAY_REQUIRED.format(award=award_name, module=shown))
    return _capped(sorted(findings, key=lambda f: STATUS_ORDER.index(f.status)))


def is_complete(pathway: Any, catalogue: Mapping[str, Module], award: Award) -> bool:
    """True when the pathway breaks no rule and has nothing left to do (notes do not count)."""
    return not any(f.status != "note" for f in check(pathway, catalogue, award))


def verdict(findings: Sequence[Finding], award: Award) -> str:
    """One headline for a checked pathway: complete, or how many rules are broken and still to do."""
    name = plain_name(award.title, 80)
    if not any(f.status != "note" for f in findings):
        return strings.PATHWAY_COMPLETE.format(award=name)

    def rules(status: str) -> str:
        count = len({f.rule for f in findings if f.status == status})
        return strings.COUNTED.get(count, f"{count} rules")
    return strings.PATHWAY_VERDICT.format(award=name, broken=rules("broken"), to_do=rules("to_do"))


def summarise(pathway: Any, catalogue: Mapping[str, Module]) -> Summary:
    """Totals over the catalogue modules in the pathway, each counted once; other entries are ignored."""
    taken = _read_entries(pathway if isinstance(pathway, (list, tuple)) else [], catalogue, _Findings())
    by_stacking = {"home": 0.0, "partner": 0.0, "external": 0.0}
    by_level: dict[int | None, float] = {}
    for module in taken:
        by_stacking[module.stacking] = by_stacking.get(module.stacking, 0.0) + module.ects
        by_level[module.level] = by_level.get(module.level, 0.0) + module.ects
    return Summary(tuple(m.id for m in taken), math.fsum(m.ects for m in taken), by_stacking["home"],
                   by_stacking["partner"], by_stacking["external"], by_level)


def describe_summary(summary: Summary) -> str:
    """One sentence: modules, credit by kind of provider, and levels."""
    if not summary.modules:
        return strings.PATHWAY_SUMMARY_EMPTY
    levels = ", ".join(f"{'no level' if level is None else f'EQF {level}'}: {_number(ects)} ECTS"
                       for level, ects in sorted(summary.ects_by_level.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
                       if ects > 0) or "none with credit"
    count = len(summary.modules)
    return strings.PATHWAY_SUMMARY.format(count=count, s="" if count == 1 else "s",
                                          total=_number(summary.total_ects), home=_number(summary.home_ects),
                                          partner=_number(summary.partner_ects),
                                          external=_number(summary.external_ects),
                                          share=f"{summary.external_share:.0%}", levels=levels)


# ------------------------------------------------------------------ the rules, one by one


def _read_entries(pathway: Sequence[Any], catalogue: Mapping[str, Module], findings: _Findings) -> list[Module]:
    """The catalogue modules in the pathway, first occurrences in order; findings for every other entry."""
    taken: list[Module] = []
    counts: dict[str, int] = {}
    for index, entry in enumerate(pathway, start=1):
        if not isinstance(entry, str):
            findings.add("not_an_id", "broken", (), lambda: strings.PATHWAY_NOT_AN_ID.format(
                position=index, value=_describe(entry)))
        elif entry not in catalogue:
            if entry not in counts:
                findings.add("unknown_module", "broken", (entry,),
                             lambda: strings.PATHWAY_UNKNOWN.format(module=plain_name(entry, 40)))
            counts[entry] = counts.get(entry, 0) + 1
        else:
            if entry not in counts:
                taken.append(catalogue[entry])
            counts[entry] = counts.get(entry, 0) + 1
    for module in taken:
        times = counts[module.id]
        if times > 1:
            findings.add("repeated", "broken", (module.id,), lambda: strings.PATHWAY_REPEATED.format(
                module=module.label, count=strings.TIMES.get(times, f"{times:,} times")))
    return taken


def _credit_rules(taken: Sequence[Module], award: Award, award_name: str, findings: _Findings) -> None:
    """Total credit, credit at the award's level, and the cap on outside credit."""
    total = math.fsum(m.ects for m in taken)
    if total < award.min_ects:
        findings.add("credit_low", "to_do", (), lambda: strings.PATHWAY_TOO_FEW.format(
            total=_number(total), award=award_name, low=_number(award.min_ects),
            missing=_number(award.min_ects - total)))
    elif total > award.max_ects:
        running, passing = 0.0, taken[-1]
        for module in taken:
            running += module.ects
            if running > award.max_ects:
                passing = module
                break
        findings.add("credit_high", "broken", (passing.id,), lambda: strings.PATHWAY_TOO_MANY.format(
            total=_number(total), high=_number(award.max_ects), award=award_name, module=passing.label,
            excess=_number(total - award.max_ects)))
    at_level = [m for m in taken if m.level == award.award_level and m.ects > 0]
    have = math.fsum(m.ects for m in at_level)
    if have < award.min_ects_at_award_level:
        which = strings.PATHWAY_LEVEL_CREDIT_WHICH.format(modules=_listed(at_level)) if at_level else ""
        findings.add("level_credit", "to_do", tuple(m.id for m in at_level), lambda: strings.PATHWAY_LEVEL_CREDIT.format(
            award=award_name, low=_number(award.min_ects_at_award_level), level=award.award_level,
            have=_number(have), which=which))
    outside = [m for m in taken if m.stacking == "external" and m.ects > 0]
    external = math.fsum(m.ects for m in outside)
    if external > award.max_external_ects:
        findings.add("external_cap", "broken", tuple(m.id for m in outside), lambda: strings.PATHWAY_EXTERNAL_CAP.format(
            award=award_name, cap=_number(award.max_external_ects), have=_number(external),
            modules=_listed(outside, with_ects=True)))


def _prerequisite_loops(taken: Sequence[Module], catalogue: Mapping[str, Module],
                        findings: _Findings) -> set[tuple[str, str]]:
    """Report every prerequisite loop that reaches a module in the pathway; return the edges inside loops."""
    loops = loops_reached((m.id for m in taken),
                          lambda node: [p for p in catalogue[node].prerequisites if p in catalogue])
    inside: set[tuple[str, str]] = set()
    for component in loops:
        members = set(component)
        ordered = sorted(component)
        findings.add("prerequisite_cycle", "broken", tuple(ordered), lambda: strings.PATHWAY_PREREQ_CYCLE.format(
            modules=_listed([catalogue[m] for m in ordered])))
        inside |= {(m, p) for m in members for p in catalogue[m].prerequisites if p in members}
    return inside


def _capped(findings: list[Finding]) -> list[Finding]:
    """At most MAX_FINDINGS_PER_RULE findings per rule; the rest counted in one more finding."""
    kept: list[Finding] = []
    extra: dict[str, tuple[Status, int]] = {}
    seen: dict[str, int] = {}
    for finding in findings:
        seen[finding.rule] = seen.get(finding.rule, 0) + 1
        if seen[finding.rule] <= MAX_FINDINGS_PER_RULE:
            kept.append(finding)
        else:
            extra[finding.rule] = (finding.status, extra.get(finding.rule, (finding.status, 0))[1] + 1)
    for rule, (status, count) in extra.items():
        position = max(i for i, f in enumerate(kept) if f.rule == rule) + 1
        kept.insert(position, Finding(rule, status, (), strings.PATHWAY_MORE.format(
            count=f"{count:,}", rule=strings.RULE_NAMES.get(rule, rule))))
    return kept


# ------------------------------------------------------------------ wording helpers


def _prerequisite(template: str, module: Module, needed: Module) -> str:
    return template.format(module=module.label, prerequisite=needed.label, module_id=plain_name(module.id, 40),
                           prerequisite_id=plain_name(needed.id, 40))


def _listed(modules: Sequence[Module], with_ects: bool = False, limit: int = 6) -> str:
    shown = [f"{m.label}, {_number(m.ects)} ECTS" if with_ects else m.label for m in modules[:limit]]
    if len(modules) > limit:
        shown.append(f"{len(modules) - limit} more")
    return shown[0] if len(shown) == 1 else "; ".join(shown[:-1]) + " and " + shown[-1]


def _number(value: float) -> str:
    """5.0 -> '5', 2.5 -> '2.5' (credits are halves and wholes)."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _describe(value: Any) -> str:
    return plain_name(describe(value), 60)
