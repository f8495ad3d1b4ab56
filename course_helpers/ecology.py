"""A learning ecology (notebook 06): the learner's own credentials, the links between them, and sizes.

* A **credential** the learner adds (past or planned) has a name, a size in
  hours, ECTS or New Zealand credits, an EQF level (1-8) if known, and a kind.
  :func:`validate_credential` turns raw input into a :class:`Credential` or
  says in sentences what is wrong (negative hours, level 12, an empty name…).
* An **interface** links two credentials: one *stacks into*, *gives entry to*,
  offers *credit transfer* to, or counts as *recognition of prior learning*
  towards the other. :func:`validate_interfaces` refuses unknown ends,
  self-links and duplicates; :func:`isolated` lists credentials with no link.
* **Sizes** convert with the ECTS norm (one credit is 25-30 hours of work, so
  an ECTS size is a range of hours) and NZQA's 10 notional hours per credit;
  :func:`definition_fits` says which micro-credential definitions a size fits.

Constants are the domain brief's (section 10.7), each from a verified source.
No I/O and no widgets here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from . import strings
from .kinds import describe
from .text import plain_name

# ECTS Users' Guide 2015 [verified]: 60 credits = one year of 1,500-1,800 hours, so 25-30 hours a credit.
ECTS_HOURS: tuple[int, int] = (25, 30)
ECTS_PER_YEAR = 60
YEAR_HOURS: tuple[int, int] = (1500, 1800)
# NZQA [verified]: one credit is 10 notional learning hours; 120 credits a full-time year.
NZ_CREDIT_HOURS = 10
NZ_FULLTIME_YEAR_CREDITS = 120

UNITS: tuple[str, ...] = ("hours", "ECTS", "NZ credits")
KINDS: tuple[str, ...] = tuple(strings.KIND_WORDS)
WHEN: tuple[str, ...] = ("past", "planned")
LEVELS: tuple[int, ...] = tuple(range(1, 9))
INTERFACE_KINDS: tuple[str, ...] = tuple(strings.INTERFACE_WORDS)
FIELDS: tuple[str, ...] = ("id", "name", "size", "unit", "level", "kind", "when")

MAX_NAME = 120
MAX_CREDENTIALS = 40
MAX_INTERFACES = 120
MAX_ID = 40
# The largest size the map shows: a doctorate-sized effort, with room to spare.
MAX_HOURS = 20_000


@dataclass(frozen=True)
class Credential:
    """A credential the learner holds or plans; ``level`` None means unknown."""

    id: str
    name: str
    size: float
    unit: str
    level: int | None
    kind: str
    when: str

    @property
    def hours(self) -> tuple[float, float]:
        """Its size as a range of hours (an ECTS size spans 25-30 hours a credit)."""
        return to_hours(self.size, self.unit)

    @property
    def label(self) -> str:
        return plain_name(self.name, 60)

    def as_value(self) -> dict[str, Any]:
        """The JSON the journal keeps."""
        return {"id": self.id, "name": self.name, "size": self.size, "unit": self.unit, "level": self.level,
                "kind": self.kind, "when": self.when}


@dataclass(frozen=True)
class Interface:
    """A link from one credential to another."""

    source: str
    target: str
    kind: str

    def as_value(self) -> dict[str, str]:
        return {"from": self.source, "to": self.target, "kind": self.kind}


@dataclass(frozen=True)
class Definition:
    """A micro-credential definition's size (in hours, either end open), EQF level range and date."""

    id: str
    framework: str
    short_name: str
    min_hours: float | None
    max_hours: float | None
    size_note: str
    level_min: int | None = None
    level_max: int | None = None
    sets_size: bool = True
    year: int | None = None
    relative_to_course: str = ""  # "before the course", "in the course's year", "after the course"; "" unknown


@dataclass(frozen=True)
class ReferenceType:
    """A reference credential type on the map (a degree cycle, a MOOC certificate…), sizes in hours."""

    id: str
    name: str
    short_name: str
    min_hours: float | None
    max_hours: float | None
    size_note: str
    level_min: int | None
    level_max: int | None
    verification: str

    @property
    def illustrative(self) -> bool:
        """True when the range is our own illustration, not a sourced one."""
        return self.verification == "interpretation"


# ------------------------------------------------------------------ sizes


def to_hours(size: float, unit: str) -> tuple[float, float]:
    """A size as (fewest, most) hours: ECTS at 25-30 hours a credit, NZ credits at 10 hours, hours as they are."""
    if unit == "hours":
        return (float(size), float(size))
    if unit == "ECTS":
        return (size * ECTS_HOURS[0], size * ECTS_HOURS[1])
    if unit == "NZ credits":
        return (size * NZ_CREDIT_HOURS, size * NZ_CREDIT_HOURS)
    raise ValueError(f"unknown unit {unit!r}; use one of {', '.join(UNITS)}")


def hours_to_ects(hours: float) -> tuple[float, float]:
    """Hours as a range of ECTS credits: (at 30 hours a credit, at 25 hours a credit)."""
    return (hours / ECTS_HOURS[1], hours / ECTS_HOURS[0])


def definitions_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[Definition]:
    """``microcredential_definitions`` rows as :class:`Definition` s with sizes in hours."""
    found = []
    for row in rows:
        unit = row["size_unit"]
        low, high = _optional(row["size_min"]), _optional(row["size_max"])
        dated = {"year": _optional_int(row["year"]), "relative_to_course": row["relative_to_course"]}
        if unit == "none":
            found.append(Definition(row["id"], row["framework"], row["short_name"], None, None, row["size_note"],
                                    sets_size=False, **dated))
            continue
        min_hours = None if low is None else to_hours(low, unit)[0]
        max_hours = None if high is None else to_hours(high, unit)[1]
        found.append(Definition(row["id"], row["framework"], row["short_name"], min_hours, max_hours,
                                row["size_note"], _optional_int(row["level_min"]), _optional_int(row["level_max"]),
                                **dated))
    return found


def reference_types_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[ReferenceType]:
    """``credential_types`` rows as :class:`ReferenceType` s, an ECTS range widened to 25-30 hours a credit."""
    found = []
    for row in rows:
        unit = row["size_unit"]
        low, high = _optional(row["size_min"]), _optional(row["size_max"])
        sized = unit != "none" and low is not None and high is not None
        found.append(ReferenceType(row["id"], row["name"], row["short_name"], to_hours(low, unit)[0] if sized else None,
                                   to_hours(high, unit)[1] if sized else None, row["size_note"],
                                   _optional_int(row["level_min"]), _optional_int(row["level_max"]),
                                   row["verification"]))
    return found


def definition_fits(credential: Credential, definition: Definition) -> tuple[str, str]:
    """('fits' | 'may fit' | 'does not fit' | 'no size' | 'open top', sentence) for one definition."""
    name, why = plain_name(definition.framework, 60), definition.size_note
    if not definition.sets_size:
        return "no size", strings.FIT_NO_SIZE.format(framework=name, why=why)
    low, high = credential.hours
    above_min = definition.min_hours is None or low >= definition.min_hours
    maybe_above_min = definition.min_hours is None or high >= definition.min_hours
    below_max = definition.max_hours is None or high <= definition.max_hours
    maybe_below_max = definition.max_hours is None or low <= definition.max_hours
    if not (maybe_above_min and maybe_below_max):
        verdict, text = "does not fit", strings.FIT_NO
    elif above_min and below_max and definition.max_hours is None:
        verdict, text = "open top", strings.FIT_OPEN_TOP
    elif above_min and below_max:
        verdict, text = "fits", strings.FIT_YES
    else:
        verdict, text = "may fit", strings.FIT_MAYBE
    sentence = text.format(framework=name, why=why)
    level = credential.level
    if (verdict != "does not fit" and level is not None and definition.level_min is not None
            and definition.level_max is not None and not definition.level_min <= level <= definition.level_max):
        sentence += strings.FIT_LEVEL_OUTSIDE.format(level=level, low=definition.level_min, high=definition.level_max)
    return verdict, sentence


# ------------------------------------------------------------------ credentials


def validate_credential(raw: Any, credential_id: str = "") -> tuple[Credential | None, list[str]]:
    """A :class:`Credential` from raw input, or None with one sentence per problem (never raises).

    ``raw`` is a mapping with ``name``, ``size``, ``unit``, ``level`` (1-8, or
    None / "" / "unknown"), ``kind`` and ``when``; ``id`` is taken from it when
    ``credential_id`` is empty. Sizes may be numbers or numeric text.
    """
    if not isinstance(raw, Mapping):
        return None, [strings.CREDENTIAL_NOT_OBJECT.format(value=_describe(raw))]
    problems: list[str] = []
    for key in raw:
        if key not in FIELDS:
            problems.append(strings.CREDENTIAL_EXTRA.format(field=_describe(key)))
    identifier = credential_id or raw.get("id", "")
    if not isinstance(identifier, str) or not identifier or len(identifier) > MAX_ID:
        problems.append(strings.CREDENTIAL_ID.format(value=_describe(identifier)))
    name = raw.get("name", "")
    if not isinstance(name, str):
        problems.append(strings.CREDENTIAL_NAME_NOT_TEXT.format(value=_describe(name)))
    elif not plain_name(name, MAX_NAME + 1).strip(" \ufffd"):
        problems.append(strings.CREDENTIAL_NAME_EMPTY)
    elif len(name) > MAX_NAME:
        problems.append(strings.CREDENTIAL_NAME_LONG.format(length=len(name), limit=MAX_NAME))
    unit = raw.get("unit")
    if unit not in UNITS:
        problems.append(strings.CREDENTIAL_UNIT.format(units=", ".join(UNITS), value=_describe(unit)))
    size = _number(raw.get("size"))
    if size is None:
        problems.append(strings.CREDENTIAL_SIZE_NOT_NUMBER.format(value=_describe(raw.get("size"))))
    elif size <= 0:
        problems.append(strings.CREDENTIAL_SIZE_NOT_POSITIVE.format(value=_describe(raw.get("size"))))
    elif unit in UNITS and to_hours(size, unit)[0] > MAX_HOURS:
        limit = MAX_HOURS if unit == "hours" else int(MAX_HOURS / to_hours(1, unit)[0])
        problems.append(strings.CREDENTIAL_SIZE_TOO_LARGE.format(value=_describe(raw.get("size")), unit=unit,
                                                                 limit=limit))
    level = raw.get("level")
    if level in ("", "unknown"):
        level = None
    elif isinstance(level, str) and level.strip().isdigit():
        level = int(level.strip())
    if level is not None and not (_whole(level) and level in LEVELS):
        problems.append(strings.CREDENTIAL_LEVEL.format(value=_describe(raw.get("level"))))
    kind = raw.get("kind")
    if kind not in KINDS:
        problems.append(strings.CREDENTIAL_KIND.format(kinds=", ".join(KINDS), value=_describe(kind)))
    when = raw.get("when")
    if when not in WHEN:
        problems.append(strings.CREDENTIAL_WHEN.format(value=_describe(when)))
    if problems:
        return None, problems
    assert size is not None
    return Credential(identifier, name.strip(), size, unit, level, kind, when), []


def validate_credentials(value: Any) -> tuple[list[Credential], list[str]]:
    """The valid credentials of a stored list, and a sentence naming each one left out."""
    if value is None:
        return [], []
    if not isinstance(value, (list, tuple)):
        return [], [strings.CREDENTIALS_NOT_LIST.format(value=_describe(value))]
    problems: list[str] = []
    if len(value) > MAX_CREDENTIALS:
        problems.append(strings.CREDENTIALS_TOO_MANY.format(count=len(value), limit=MAX_CREDENTIALS))
    kept: list[Credential] = []
    seen: set[str] = set()
    for position, raw in enumerate(value[:MAX_CREDENTIALS], start=1):
        credential, wrong = validate_credential(raw)
        name = plain_name(raw.get("name", "?"), 40) if isinstance(raw, Mapping) else "?"
        if credential is not None and credential.id in seen:
            wrong = [strings.CREDENTIALS_DUPLICATE_ID.format(id=plain_name(credential.id, 40))]
        problems += [strings.CREDENTIAL_PROBLEM.format(position=position, name=name, problem=p) for p in wrong]
        if credential is not None and not wrong:
            kept.append(credential)
            seen.add(credential.id)
    return kept, problems


def next_id(credentials: Sequence[Credential | Mapping[str, Any]]) -> str:
    """A fresh stable id, 'c1', 'c2', …: one more than the highest in use, so ids are never reused."""
    highest = 0
    for item in credentials:
        identifier = item.id if isinstance(item, Credential) else item.get("id", "")
        if isinstance(identifier, str) and identifier[:1] == "c" and identifier[1:].isdigit():
            highest = max(highest, int(identifier[1:]))
    return f"c{highest + 1}"


# ------------------------------------------------------------------ interfaces


def validate_interfaces(value: Any, credentials: Sequence[Credential]) -> tuple[list[Interface], list[str]]:
    """The valid links of a stored list; a sentence for each link left out (unknown end, self-link, repeat)."""
    if value is None:
        return [], []
    if not isinstance(value, (list, tuple)):
        return [], [strings.INTERFACES_NOT_LIST.format(value=_describe(value))]
    names = {c.id: c.label for c in credentials}
    problems: list[str] = []
    if len(value) > MAX_INTERFACES:
        problems.append(strings.INTERFACES_TOO_MANY.format(count=len(value), limit=MAX_INTERFACES))
    kept: list[Interface] = []
    seen: set[tuple[str, str, str]] = set()
    for position, raw in enumerate(value[:MAX_INTERFACES], start=1):
        problem = interface_problem(raw, names)
        if problem is None:
            key = (raw["from"], raw["to"], raw["kind"])
            if key in seen:
                problem = strings.INTERFACE_DUPLICATE.format(name=names[key[0]], kind=strings.INTERFACE_WORDS[key[2]],
                                                             other=names[key[1]])
            else:
                seen.add(key)
                kept.append(Interface(*key))
        if problem is not None:
            problems.append(strings.INTERFACE_PROBLEM.format(position=position, problem=problem))
    return kept, problems


def interface_problem(raw: Any, names: Mapping[str, str] | None = None) -> str | None:
    """Why one link cannot be kept, or None. With ``names`` (id -> name), both ends must be known."""
    if not isinstance(raw, Mapping) or set(raw) != {"from", "to", "kind"}:
        return strings.INTERFACE_NOT_OBJECT.format(value=_describe(raw))
    if raw["kind"] not in INTERFACE_KINDS:
        return strings.INTERFACE_KIND.format(kinds=", ".join(strings.INTERFACE_WORDS.values()),
                                             value=_describe(raw["kind"]))
    for end in ("from", "to"):
        identifier = raw[end]
        if not isinstance(identifier, str) or (names is not None and identifier not in names):
            return strings.INTERFACE_UNKNOWN_END.format(end=end, value=_describe(identifier))
    if raw["from"] == raw["to"]:
        name = names[raw["from"]] if names else plain_name(raw["from"], 40)
        return strings.INTERFACE_SELF.format(name=name)
    return None


def isolated(credentials: Sequence[Credential], interfaces: Sequence[Interface]) -> list[Credential]:
    """The credentials that no link starts or ends at, in their order."""
    linked = {i.source for i in interfaces} | {i.target for i in interfaces}
    return [c for c in credentials if c.id not in linked]


def isolation_notes(credentials: Sequence[Credential], interfaces: Sequence[Interface]) -> list[str]:
    """A sentence for each credential with no link: 'X has no link to any other credential.'"""
    return [strings.ISOLATED.format(name=c.label) for c in isolated(credentials, interfaces)]


def describe_interface(interface: Interface, credentials: Mapping[str, Credential]) -> str:
    """'Certificate in X stacks into MSc Y'."""
    return (f"{credentials[interface.source].label} {strings.INTERFACE_WORDS[interface.kind]} "
            f"{credentials[interface.target].label}")


# ------------------------------------------------------------------ helpers


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", ".")) if len(value) <= 40 else None
        except ValueError:
            return None
    if isinstance(value, (int, float)) and math.isfinite(value):
        return float(value)
    return None


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _optional(value: Any) -> float | None:
    """A number from a data cell, None for an empty one (pandas gives NA or NaN)."""
    try:
        missing = value is None or bool(value != value)
    except TypeError:  # pandas.NA refuses to be a bool
        missing = True
    return None if missing else float(value)


def _optional_int(value: Any) -> int | None:
    number = _optional(value)
    return None if number is None else int(number)


def _describe(value: Any) -> str:
    return plain_name(describe(value), 60)
