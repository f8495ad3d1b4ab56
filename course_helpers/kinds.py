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

from typing import Any, Callable

from . import strings
from .vocabulary import PLACEMENT_RANGE

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


# --- the kind of 07: the audit form (the blocks ranking is a plain ranking) --------------------------------------

def _credential(prompt: Any, value: Any) -> str | None:
    """The audit form: an object of the fields in ``credentials.FIELDS`` with text, numbers and a level."""
    from .credentials import shape_problem  # light: no pandas

    return shape_problem(value)


register("credential", _credential)
