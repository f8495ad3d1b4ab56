"""A micro-credential as plain data: the audit form of notebook 07.

:class:`MicroCredential` holds one micro-credential described with the EU
standard elements (Annex I of the Council Recommendation of 16 June 2022,
adopted after the course ran; a recommendation, not a law). Its JSON form is
a flat object of the fields in :data:`FIELDS`, which is what the journal
stores for the audit form::

    {"title": "...", "learning_outcomes": ["...", "..."], "ects": 5, "level": 6, ...}

:func:`from_json` never raises: whatever a stored value holds, it returns a
credential and a list of :class:`FieldProblem` sentences for what it had to
leave out. :func:`shape_problem` is the strict check the journal and the
widgets use (``kinds.py``): one sentence when a value is not a form the
widgets can show. No pandas, no I/O: this module is cheap to import.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, fields, replace
from typing import Any, Mapping

from . import strings
from .vocabulary import CREDENTIAL_FIELDS, LEVEL_NOT_APPLICABLE

FIELDS: tuple[str, ...] = CREDENTIAL_FIELDS
TEXT_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f not in ("learning_outcomes", "ects", "hours", "level"))
NUMBER_FIELDS: tuple[str, ...] = ("ects", "hours")
NOT_APPLICABLE = LEVEL_NOT_APPLICABLE
EQF_LEVELS = range(1, 9)

# What a stored form may hold (kinds.py): generous for people, small enough for a widget.
MAX_TEXT = 5_000  # characters in one text field
MAX_OUTCOMES = 30
MAX_OUTCOME = 1_000  # characters in one learning outcome
MAX_NUMBER = 1_000_000  # ECTS or hours, either sign

_LEVEL_DIGITS = 6  # longer numbers are kept as text: no level has them
_LEVEL_TEXT = re.compile(r"\s*(?:eqf\s*(?:level\s*)?)?([0-9]+)\s*", re.IGNORECASE)
_NOT_APPLICABLE_WORDS = {"not applicable", "n/a", "na", "none"}


@dataclass(frozen=True)
class MicroCredential:
    """One micro-credential, one field per EU standard element (``ects`` and ``hours`` share the workload).

    Text fields are kept exactly as given (markup is text). ``level`` is an
    EQF level 1-8, :data:`NOT_APPLICABLE`, None (not stated) or, when a stored
    value said something else, that value, so the audit can name it.
    """

    learner: str = ""
    title: str = ""
    country: str = ""
    awarding_body: str = ""
    date_issued: str = ""
    learning_outcomes: tuple[str, ...] = ()
    ects: float | None = None
    hours: float | None = None
    level: int | str | None = None
    assessment: str = ""
    participation: str = ""
    quality_assurance: str = ""
    prerequisites: str = ""
    supervision: str = ""
    grade: str = ""
    stackability: str = ""
    further_information: str = ""

    def value(self, field: str) -> Any:
        """The value of one field by name."""
        return getattr(self, field)

    def is_given(self, field: str) -> bool:
        """Whether a field holds something (blank text and empty lists do not count)."""
        value = self.value(field)
        if isinstance(value, str):
            return value.strip() != ""
        if isinstance(value, tuple):
            return any(item.strip() for item in value)
        return value is not None


@dataclass(frozen=True)
class FieldProblem:
    """Why part of a stored value could not be used, for one field (or '' for the whole value)."""

    field: str
    sentence: str


@dataclass(frozen=True)
class Loaded:
    """What :func:`from_json` made of a stored value, and what it had to leave out."""

    credential: MicroCredential
    problems: tuple[FieldProblem, ...] = ()


assert tuple(f.name for f in fields(MicroCredential)) == FIELDS


# --- reading ------------------------------------------------------------------------------------

def describe(value: Any) -> str:
    """A value in a few words: short text whole, anything long by its size."""
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else strings.CRED_TEXT_OF.format(n=len(value))
    if isinstance(value, Mapping):
        return strings.CRED_AN_OBJECT
    if isinstance(value, (list, tuple)):
        return strings.CRED_A_LIST.format(n=len(value))
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _number(field: str, value: Any, problems: list[FieldProblem]) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            problems.append(FieldProblem(field, strings.CRED_NOT_A_NUMBER.format(value=describe(value))))
            return None
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        problems.append(FieldProblem(field, strings.CRED_NOT_A_NUMBER.format(value=describe(value))))
        return None
    if not math.isfinite(number):
        problems.append(FieldProblem(field, strings.CRED_NOT_A_NUMBER.format(value=describe(value))))
        return None
    return int(number) if number.is_integer() and abs(number) < 2 ** 53 else number


def _level(value: Any, problems: list[FieldProblem]) -> int | str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        problems.append(FieldProblem("level", strings.CRED_NOT_A_LEVEL.format(value=describe(value))))
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, int):  # a number no level could be is kept as written, as text would be
        return value if 0 <= value < 10 ** _LEVEL_DIGITS else str(value)
    if isinstance(value, str):
        if value.strip().lower() in _NOT_APPLICABLE_WORDS:
            return NOT_APPLICABLE
        match = _LEVEL_TEXT.fullmatch(value)
        if match and len(match.group(1)) <= _LEVEL_DIGITS:
            return int(match.group(1))
        return value  # kept, so the audit can name what was written
    problems.append(FieldProblem("level", strings.CRED_NOT_A_LEVEL.format(value=describe(value))))
    return None


def _text(field: str, value: Any, problems: list[FieldProblem]) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    problems.append(FieldProblem(field, strings.CRED_NOT_TEXT.format(value=describe(value))))
    return ""


def _outcomes(value: Any, problems: list[FieldProblem]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):  # one outcome a line, as typed in a text area
        return tuple(line.strip() for line in value.splitlines() if line.strip())
    if not isinstance(value, (list, tuple)):
        problems.append(FieldProblem("learning_outcomes", strings.CRED_NOT_A_LIST.format(value=describe(value))))
        return ()
    kept = tuple(item.strip() for item in value if isinstance(item, str) and item.strip())
    dropped = sum(1 for item in value if not isinstance(item, str))
    if dropped:
        problems.append(FieldProblem("learning_outcomes", strings.CRED_OUTCOMES_DROPPED.format(n=dropped)))
    return kept


def from_json(value: Any) -> Loaded:
    """A credential from a stored JSON value; never raises, reports what it could not use."""
    problems: list[FieldProblem] = []
    if value is None:
        return Loaded(MicroCredential())
    if not isinstance(value, Mapping):
        return Loaded(MicroCredential(), (FieldProblem("", strings.CRED_NOT_A_FORM.format(value=describe(value))),))
    unknown = [str(key) for key in value if key not in FIELDS]
    if unknown:
        shown = ", ".join(repr(k[:30]) for k in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        problems.append(FieldProblem("", strings.CRED_UNKNOWN_FIELDS.format(names=shown)))
    read: dict[str, Any] = {}
    for field in TEXT_FIELDS:
        read[field] = _text(field, value.get(field), problems)
    read["learning_outcomes"] = _outcomes(value.get("learning_outcomes"), problems)
    for field in NUMBER_FIELDS:
        read[field] = _number(field, value.get(field), problems)
    read["level"] = _level(value.get("level"), problems)
    return Loaded(MicroCredential(**read), tuple(problems))


def to_json(credential: MicroCredential) -> dict[str, Any]:
    """The plain JSON object the journal stores (every field, in element order)."""
    return {field: list(credential.value(field)) if field == "learning_outcomes" else credential.value(field)
            for field in FIELDS}


def with_values(credential: MicroCredential, **changes: Any) -> MicroCredential:
    """A copy with some fields changed (outcomes may be any sequence of text)."""
    if "learning_outcomes" in changes:
        changes["learning_outcomes"] = tuple(changes["learning_outcomes"])
    return replace(credential, **changes)


def issue_date(text: str) -> _dt.date | None:
    """The date in ``text`` if it is an ISO date ('2023-06-15') or date-time, else None."""
    text = text.strip()
    try:
        if len(text) == 10:
            return _dt.date.fromisoformat(text)
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date() if 10 < len(text) <= 40 else None
    except ValueError:
        return None


# --- the strict check for stored forms (kinds.py) ------------------------------------------------

def shape_problem(value: Any) -> str | None:
    """Why ``value`` is not an audit form a widget can show (one sentence), or None when it is."""
    if not isinstance(value, dict):
        return strings.CRED_NOT_A_FORM.format(value=describe(value))
    for key in value:
        if key not in FIELDS:
            return strings.CRED_UNKNOWN_FIELDS.format(names=describe(key))
    for field in TEXT_FIELDS:
        text = value.get(field, "")
        if not isinstance(text, str):
            return strings.CRED_FIELD_NOT_TEXT.format(field=field, value=describe(text))
        if len(text) > MAX_TEXT:
            return strings.CRED_FIELD_TOO_LONG.format(field=field, n=len(text), limit=MAX_TEXT)
    outcomes = value.get("learning_outcomes", [])
    if not isinstance(outcomes, list) or not all(isinstance(item, str) for item in outcomes):
        return strings.CRED_OUTCOMES_SHAPE.format(value=describe(outcomes))
    if len(outcomes) > MAX_OUTCOMES:
        return strings.CRED_TOO_MANY_OUTCOMES.format(n=len(outcomes), limit=MAX_OUTCOMES)
    if any(len(item) > MAX_OUTCOME for item in outcomes):
        return strings.CRED_OUTCOME_TOO_LONG.format(limit=MAX_OUTCOME)
    for field in NUMBER_FIELDS:
        number = value.get(field)
        if number is None:
            continue
        if (isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number)
                or abs(number) > MAX_NUMBER):
            return strings.CRED_FIELD_NOT_NUMBER.format(field=field, value=describe(number), limit=f"{MAX_NUMBER:,}")
    level = value.get("level")
    if level is not None and level != NOT_APPLICABLE and not (
            isinstance(level, int) and not isinstance(level, bool) and level in EQF_LEVELS):
        return strings.CRED_LEVEL_SHAPE.format(value=describe(level), na=NOT_APPLICABLE)
    return None
