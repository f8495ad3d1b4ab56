"""Taking one module apart (notebook 05): who does what, shared design or shared delivery, and what it needs.

A module has five parts, each with one *role*:

* **design** — the content (what is learnt) and the assessment (the tasks and
  criteria that judge it). Setting an assessment is design; marking it is
  part of teaching.
* **delivery** — the teaching and the support learners get while they study.
* **award** — the credential: who issues it, with what credit and level.

The learner gives each part one provider, or several providers who share it.
The module is **co-constructed** when two or more providers share its design
and **co-delivered** when two or more share its delivery; either can happen
without the other. Handing a whole job to one outside provider unbundles the
module but shares nothing. These readings are the companion authors' own
(``data/unbundling_concepts.csv`` labels them so).

What an arrangement needs (quality assurance, recognition, data sharing, an
agreement) comes from ``data/arrangement_needs.csv``: a rule for each part
given to each kind of outside provider, and one for shared design or delivery.

No I/O here: build the parts, providers and rules with the ``*_from_rows``
functions from rows that :func:`course_helpers.data.load` returns.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from . import strings
from .kinds import describe
from .text import and_list, plain_name

# The parts of the module and the four providers of the activity, as in
# data/module_parts.csv and data/providers.csv (a test keeps them in step).
PART_IDS: tuple[str, ...] = ("content", "assessment", "teaching", "support", "credential")
PROVIDER_IDS: tuple[str, ...] = ("norvale", "ostberg", "corrin", "quillora")
HOME_KIND = "home_university"
# How many providers may share one part (there are only four to choose from).
MAX_PROVIDERS_PER_PART = len(PROVIDER_IDS)

Assignment = dict[str, tuple[str, ...]]  # part id -> provider ids, in the learner's order


@dataclass(frozen=True)
class Part:
    """One part of the module and its role (design, delivery or award)."""

    id: str
    name: str
    role: str
    covers: str
    example: str


@dataclass(frozen=True)
class Provider:
    """Someone who can take a part: the home university, a partner, an employer or a platform."""

    id: str
    name: str
    kind: str

    @property
    def label(self) -> str:
        """'Corrin Energy (an employer)'."""
        return f"{self.name} ({strings.PROVIDER_KIND_WORDS.get(self.kind, self.kind)})"


@dataclass(frozen=True)
class NeedRule:
    """One row of ``arrangement_needs.csv``."""

    id: str
    need: str
    reason: str
    part: str | None = None
    provider_kind: str | None = None
    arrangement: str | None = None


@dataclass(frozen=True)
class Need:
    """Something an arrangement needs, with the sentence that says why."""

    rule: str
    need: str
    sentence: str


@dataclass(frozen=True)
class Arrangement:
    """Whether design and delivery are shared, with a plain explanation."""

    co_construction: bool
    co_delivery: bool
    designers: tuple[str, ...]
    deliverers: tuple[str, ...]
    explanation: str

    @property
    def kind(self) -> str:
        """'both', 'co_construction', 'co_delivery' or 'neither'."""
        if self.co_construction and self.co_delivery:
            return "both"
        if self.co_construction:
            return "co_construction"
        return "co_delivery" if self.co_delivery else "neither"


# ------------------------------------------------------------------ building from data rows


def parts_from_rows(rows: Iterable[Mapping[str, Any]]) -> tuple[Part, ...]:
    """The module's parts from ``module_parts`` rows, in file order."""
    return tuple(Part(r["id"], r["part"], r["role"], r["covers"], r["example"]) for r in rows)


def providers_from_rows(rows: Iterable[Mapping[str, Any]]) -> dict[str, Provider]:
    """Providers by id from ``providers`` rows."""
    return {r["id"]: Provider(r["id"], r["name"], r["kind"]) for r in rows}


def need_rules_from_rows(rows: Iterable[Mapping[str, Any]]) -> tuple[NeedRule, ...]:
    """The rules of ``arrangement_needs`` (empty cells become None)."""
    return tuple(NeedRule(r["id"], r["need"], r["reason"], r["part"] or None, r["provider_kind"] or None,
                          r["arrangement"] or None) for r in rows)


# ------------------------------------------------------------------ reading an assignment


def normalise(value: Any, parts: Sequence[Part], providers: Mapping[str, Provider]) -> tuple[Assignment, list[str]]:
    """The usable part of a stored assignment, and a sentence for everything left out.

    ``value`` maps part ids to a provider id or a list of provider ids (shared
    work). Unknown parts or providers, wrong types and repeats are left out
    with a sentence; nothing raises.
    """
    if value is None:
        return {}, []
    if not isinstance(value, Mapping):
        return {}, [strings.ASSIGNMENT_NOT_OBJECT.format(value=_describe(value))]
    part_ids = [p.id for p in parts]
    by_id = {p.id: p for p in parts}
    assignment: Assignment = {}
    problems: list[str] = []
    for key, chosen in value.items():
        if not isinstance(key, str) or key not in by_id:
            problems.append(strings.ASSIGNMENT_UNKNOWN_PART.format(part=_describe(key), known=", ".join(part_ids)))
            continue
        name = by_id[key].name
        items = [chosen] if isinstance(chosen, str) else chosen
        if chosen is None:
            continue
        if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
            problems.append(strings.ASSIGNMENT_BAD_PROVIDERS.format(part=name, value=_describe(chosen)))
            continue
        if len(items) > MAX_PROVIDERS_PER_PART:
            problems.append(strings.ASSIGNMENT_TOO_MANY.format(part=name, count=len(items),
                                                               limit=MAX_PROVIDERS_PER_PART))
            continue
        kept: list[str] = []
        for provider_id in items:
            if provider_id not in providers:
                problems.append(strings.ASSIGNMENT_UNKNOWN_PROVIDER.format(
                    provider=_describe(provider_id), known=", ".join(providers), part=name))
            elif provider_id not in kept:
                kept.append(provider_id)
        if kept:
            assignment[key] = tuple(kept)
    ordered = {p: assignment[p] for p in part_ids if p in assignment}
    return ordered, problems


def who_does_what(assignment: Assignment, parts: Sequence[Part], providers: Mapping[str, Provider]) -> list[str]:
    """One sentence per part: 'Content (design): Norvale University and Corrin Energy, jointly.'"""
    lines = []
    for part in parts:
        role = strings.ROLE_WORDS[part.role]
        chosen = assignment.get(part.id, ())
        if not chosen:
            lines.append(strings.PART_UNASSIGNED.format(part=part.name, role=role))
            continue
        names = and_list([providers[p].name for p in chosen])
        shown = strings.PART_JOINTLY.format(providers=names) if len(chosen) > 1 else names
        lines.append(strings.PART_BY.format(part=part.name, role=role, providers=shown))
    return lines


def by_provider(assignment: Assignment, parts: Sequence[Part], providers: Mapping[str, Provider]) -> list[str]:
    """One sentence per provider: what it does in this arrangement."""
    lines = []
    for provider in providers.values():
        taken = [p for p in parts if provider.id in assignment.get(p.id, ())]
        if not taken:
            lines.append(strings.PROVIDER_IDLE.format(provider=provider.name, kind=_kind_words(provider)))
            continue
        jobs = and_list([f"{strings.ROLE_VERBS[p.role]} the {p.name.lower()}" for p in taken])
        lines.append(strings.PROVIDER_DOES.format(provider=provider.name, kind=_kind_words(provider), parts=jobs))
    return lines


def classify(assignment: Assignment, parts: Sequence[Part], providers: Mapping[str, Provider]) -> Arrangement:
    """Co-construction (shared design), co-delivery (shared delivery), both or neither, explained."""
    designers = _providers_in_role(assignment, parts, "design")
    deliverers = _providers_in_role(assignment, parts, "delivery")
    co_construction, co_delivery = len(designers) > 1, len(deliverers) > 1

    def names(ids: Sequence[str]) -> str:
        return and_list([providers[i].name for i in ids])

    if not assignment:
        text = strings.ARRANGEMENT_EMPTY
    elif co_construction and co_delivery:
        text = strings.ARRANGEMENT_BOTH.format(designers=names(designers), deliverers=names(deliverers))
    elif co_construction and deliverers:
        text = strings.ARRANGEMENT_CONSTRUCTION.format(designers=names(designers), deliverers=names(deliverers))
    elif co_construction:
        text = strings.ARRANGEMENT_CONSTRUCTION_NO_DELIVERY.format(designers=names(designers))
    elif co_delivery and designers:
        text = strings.ARRANGEMENT_DELIVERY.format(designers=names(designers), deliverers=names(deliverers))
    elif co_delivery:
        text = strings.ARRANGEMENT_DELIVERY_NO_DESIGN.format(deliverers=names(deliverers))
    else:
        everyone = {p for chosen in assignment.values() for p in chosen}
        only = providers[next(iter(everyone))] if len(everyone) == 1 else None
        if only is not None and only.kind == HOME_KIND:
            complete = len(assignment) == len(parts)
            text = (strings.ARRANGEMENT_BUNDLED if complete else strings.ARRANGEMENT_BUNDLED_SO_FAR).format(
                provider=only.name)
        else:
            who = "; ".join(f"{providers[chosen[0]].name} {strings.ROLE_VERBS[p.role]} the {p.name.lower()}"
                            for p in parts if (chosen := assignment.get(p.id)))
            text = strings.ARRANGEMENT_SPLIT.format(who=who)
    missing = [p.name for p in parts if p.id not in assignment]
    if assignment and missing:
        text += strings.ARRANGEMENT_MISSING.format(parts=and_list(missing))
    awarders = [p for part in parts if part.role == "award" for p in assignment.get(part.id, ())]
    if len(awarders) > 1:
        text += strings.ARRANGEMENT_JOINT_AWARD.format(providers=names(awarders))
    return Arrangement(co_construction, co_delivery, designers, deliverers, text)


def needs(assignment: Assignment, parts: Sequence[Part], providers: Mapping[str, Provider],
          rules: Sequence[NeedRule]) -> list[Need]:
    """What the arrangement needs, each as a sentence with its reason.

    First every part given to an outside provider (in part order), then what
    shared design and shared delivery need. When every assigned part stays at
    home, one sentence says that nothing beyond the usual is needed.
    """
    found: list[Need] = []
    for part in parts:
        for provider_id in assignment.get(part.id, ()):
            provider = providers[provider_id]
            for rule in rules:
                if rule.part == part.id and rule.provider_kind == provider.kind:
                    found.append(Need(rule.id, rule.need, strings.NEED_SENTENCE.format(
                        need=strings.NEED_LABELS[rule.need], part=part.name, provider=provider.name,
                        reason=rule.reason)))
    arrangement = classify(assignment, parts, providers)
    shared = {"co_construction": arrangement.co_construction, "co_delivery": arrangement.co_delivery}
    for rule in rules:
        if rule.arrangement is not None and shared.get(rule.arrangement):
            found.append(Need(rule.id, rule.need, strings.NEED_ARRANGEMENT_SENTENCE.format(
                need=strings.NEED_LABELS[rule.need], arrangement=strings.ARRANGEMENT_NAMES[rule.arrangement],
                reason=rule.reason)))
    if not found and assignment:
        home = next((p for p in providers.values() if p.kind == HOME_KIND), None)
        if home is not None:
            found.append(Need("none", "none", strings.NEEDS_NOTHING.format(provider=home.name)))
    return found


# ------------------------------------------------------------------ helpers


def _providers_in_role(assignment: Assignment, parts: Sequence[Part], role: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in parts:
        if part.role == role:
            for provider_id in assignment.get(part.id, ()):
                seen.setdefault(provider_id)
    return tuple(seen)


def _kind_words(provider: Provider) -> str:
    return strings.PROVIDER_KIND_WORDS.get(provider.kind, provider.kind)


def _describe(value: Any) -> str:
    return plain_name(describe(value), 60)
