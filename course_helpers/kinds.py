"""What a saved answer may hold, for each kind of prompt.

Every answer the journal keeps is a JSON value. This module says, for each
kind of prompt in the manifest, which values a widget can show, and in one
sentence why a value does not fit. The journal checks every imported value
with :func:`value_problem`; a widget that meets a stored value that does not
fit says so instead of raising. ``None`` (not answered, or cleared) fits every
kind. A new kind of prompt registers its check with :func:`register`.

No I/O and no widgets here, so the checks are cheap enough to run on every
restore and every imported revision.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from . import strings
from .vocabulary import JUDGEMENTS, LINK_RELATIONS, NO_DRIVER, PLACEMENT_RANGE

RATING_RANGE = (1, 5)
# How deeply lists and objects may nest inside one answer. Our own kinds need
# three levels at most; the cap keeps a hostile value from exhausting the stack.
MAX_DEPTH = 32

Check = Callable[[Any, Any], "str | None"]  # (prompt, value) -> problem or None
_CHECKS: dict[str, Check] = {}


def register(kind: str, check: Check) -> None:
    """Declare how values of prompts of ``kind`` are checked (one check per kind)."""
    if kind in _CHECKS and _CHECKS[kind] is not check:
        raise ValueError(f"prompt kind {kind!r} already has a check")
    _CHECKS[kind] = check


def known_kinds() -> frozenset[str]:
    return frozenset(_CHECKS)


def value_problem(prompt: Any, value: Any) -> str | None:
    """Why ``value`` cannot be an answer to ``prompt`` (a sentence), or None when it fits."""
    problem = depth_problem(value)
    if problem is not None:
        return problem
    if value is None:
        return None
    try:
        check = _CHECKS[prompt.kind]
    except KeyError:
        raise KeyError(f"no value check for prompt kind {prompt.kind!r}") from None
    return check(prompt, value)


def depth_problem(value: Any, limit: int = MAX_DEPTH) -> str | None:
    """A sentence when lists or objects nest deeper than ``limit`` (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, tuple)):
            children = item
        elif isinstance(item, dict):
            children = item.values()
        else:
            continue
        if depth > limit:
            return strings.VALUE_TOO_DEEP.format(limit=limit)
        stack.extend((child, depth + 1) for child in children)
    return None


def is_whole_number(value: Any) -> bool:
    """An int that is not a bool (JSON has no separate booleans-as-numbers)."""
    return isinstance(value, int) and not isinstance(value, bool)


def describe(value: Any) -> str:
    """A value in a few words for a message: short reprs whole, long ones by kind and size."""
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else f"a text of {len(value):,} characters"
    if isinstance(value, dict):
        return "an object" if value else "an empty object"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)}" if value else "an empty list"
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


# --- the kinds of 00-02 ------------------------------------------------------------------------

def _text(prompt: Any, value: Any) -> str | None:
    return None if isinstance(value, str) else strings.VALUE_NOT_TEXT.format(value=describe(value))


def _rating(prompt: Any, value: Any) -> str | None:
    low, high = RATING_RANGE
    if is_whole_number(value) and low <= value <= high:
        return None
    return strings.VALUE_NOT_RATING.format(low=low, high=high, value=describe(value))


def _choice(prompt: Any, value: Any) -> str | None:
    allowed = [option_value for _, option_value in prompt.options]
    if isinstance(value, str) and value in allowed:
        return None
    return strings.VALUE_NOT_OPTION.format(value=describe(value), options=", ".join(map(str, allowed)))


def _placement(prompt: Any, value: Any) -> str | None:
    low, high = PLACEMENT_RANGE
    if not isinstance(value, dict) or set(value) != {"x", "y"}:
        return strings.VALUE_NOT_PLACEMENT.format(value=describe(value))
    for axis in ("x", "y"):
        coordinate = value[axis]
        if coordinate is not None and not (is_whole_number(coordinate) and low <= coordinate <= high):
            return strings.VALUE_BAD_COORDINATE.format(axis=axis, low=low, high=high, value=describe(coordinate))
    return None


register("reflection", _text)
register("line", _text)
register("rating", _rating)
register("choice", _choice)
register("placement", _placement)


# --- the kinds of 03 and 04 --------------------------------------------------------------------
# A grid of judgements (03) and a set of critique-driver links (04) are objects keyed by ids.
# A prompt may carry the ids it knows as ``rows`` (viewpoints, critiques) and ``columns``
# (examples, drivers); without them only the shape, the id format and the values are checked.
MAX_ENTRIES = 64  # per level: far more viewpoints, examples or critiques than a step shows
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")  # a short slug such as "qa_recognition"


def _id_problem(prompt: Any, key: Any, axis: str, what: str) -> str | None:
    if not isinstance(key, str) or not ID_PATTERN.fullmatch(key):
        return strings.VALUE_NOT_AN_ID.format(what=what, value=describe(key))
    known = tuple(getattr(prompt, axis, ()) or ())
    if known and key not in known:
        return strings.VALUE_UNKNOWN_ID.format(what=what, value=describe(key))
    return None


def _size_problem(value: dict) -> str | None:
    if len(value) > MAX_ENTRIES:
        return strings.VALUE_TOO_MANY.format(count=len(value), limit=MAX_ENTRIES)
    return None


def _judgements(prompt: Any, value: Any) -> str | None:
    """{viewpoint id: {example id: "yes" | "unsure" | "no" | None}}; partial grids fit."""
    if not isinstance(value, dict):
        return strings.VALUE_NOT_GRID.format(value=describe(value))
    if problem := _size_problem(value):
        return problem
    for row, cells in value.items():
        if problem := _id_problem(prompt, row, "rows", "viewpoints"):
            return problem
        if not isinstance(cells, dict):
            return strings.VALUE_NOT_GRID.format(value=describe(cells))
        if problem := _size_problem(cells):
            return problem
        for column, answer in cells.items():
            if problem := _id_problem(prompt, column, "columns", "examples"):
                return problem
            if answer is not None and not (isinstance(answer, str) and answer in JUDGEMENTS):
                return strings.VALUE_NOT_JUDGEMENT.format(row=row, column=column, allowed=", ".join(JUDGEMENTS),
                                                          value=describe(answer))
    return None


def _links(prompt: Any, value: Any) -> str | None:
    """{critique id: {"driver": driver id | "none" | None, "relation": "questions" | "warns about" | None}}."""
    if not isinstance(value, dict):
        return strings.VALUE_NOT_LINKS.format(value=describe(value))
    if problem := _size_problem(value):
        return problem
    for row, link in value.items():
        if problem := _id_problem(prompt, row, "rows", "critiques"):
            return problem
        if link is None:
            continue
        if not isinstance(link, dict) or not set(link) <= {"driver", "relation"}:
            return strings.VALUE_NOT_LINK.format(row=row, value=describe(link))
        driver, relation = link.get("driver"), link.get("relation")
        if driver is not None and driver != NO_DRIVER and _id_problem(prompt, driver, "columns", "drivers"):
            return strings.VALUE_BAD_DRIVER.format(row=row, none=NO_DRIVER, value=describe(driver))
        if relation is not None and not (isinstance(relation, str) and relation in LINK_RELATIONS):
            return strings.VALUE_BAD_RELATION.format(row=row, allowed=" or ".join(LINK_RELATIONS),
                                                     value=describe(relation))
        if driver == NO_DRIVER and relation is not None:
            return strings.VALUE_RELATION_TO_NONE.format(row=row, none=NO_DRIVER)
    return None


register("judgements", _judgements)
register("links", _links)
