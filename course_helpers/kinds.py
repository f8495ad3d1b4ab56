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
from .vocabulary import LINK_RELATIONS, NO_DRIVER, PLACEMENT_RANGE

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


# --- composite kinds: grids, rankings, picks, forms and lists of records --------------------------

MAX_FIELD_CHARS = 100_000  # one entry of a form or record; a reflection has no limit of its own
MAX_RECORDS = 500


def _ids(options: Any) -> list[str]:
    return [value for _, value in options]


def _grid(prompt: Any, value: Any) -> str | None:
    """{row id: {column id: one of the options}}; rows and cells may be missing (not judged yet)."""
    if not isinstance(value, dict):
        return strings.VALUE_NOT_GRID.format(value=describe(value))
    rows, columns, answers = _ids(prompt.items), _ids(prompt.columns), _ids(prompt.options)
    for row, cells in value.items():
        if row not in rows:
            return strings.VALUE_UNKNOWN_ITEM.format(item=describe(row))
        if not isinstance(cells, dict):
            return strings.VALUE_NOT_GRID.format(value=describe(cells))
        for column, cell in cells.items():
            if column not in columns:
                return strings.VALUE_UNKNOWN_ITEM.format(item=describe(column))
            if cell is not None and cell not in answers:
                return strings.VALUE_NOT_OPTION.format(value=describe(cell), options=", ".join(answers))
    return None


def _ranking(prompt: Any, value: Any) -> str | None:
    """A list of item ids, each at most once, best first; a partial ranking is fine."""
    return _id_list(prompt, value, limit=len(prompt.items))


def _picks(prompt: Any, value: Any) -> str | None:
    """A list of item ids, each at most once, no more than ``prompt.most``."""
    return _id_list(prompt, value, limit=prompt.most or len(prompt.items))


def _id_list(prompt: Any, value: Any, limit: int) -> str | None:
    if not isinstance(value, list):
        return strings.VALUE_NOT_LIST.format(value=describe(value))
    known = _ids(prompt.items)
    for item in value:
        if item not in known:
            return strings.VALUE_UNKNOWN_ITEM.format(item=describe(item))
    if len(set(value)) != len(value):
        return strings.VALUE_REPEATED
    if len(value) > limit:
        return strings.VALUE_TOO_MANY.format(limit=limit, count=len(value))
    return None


def field_problem(field: Any, value: Any) -> str | None:
    """Why ``value`` cannot fill ``field`` of a form or record, or None (empty values fit any field)."""
    if value is None or value == "":
        return None
    if field.kind in ("line", "text"):
        if not isinstance(value, str):
            return strings.VALUE_NOT_TEXT.format(value=describe(value))
        return strings.VALUE_TOO_LONG.format(limit=MAX_FIELD_CHARS) if len(value) > MAX_FIELD_CHARS else None
    if field.kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value in (
                float("inf"), float("-inf")):
            return strings.VALUE_NOT_NUMBER.format(value=describe(value))
        return None
    if field.kind == "choice":
        allowed = _ids(field.options)
        return None if value in allowed else strings.VALUE_NOT_OPTION.format(value=describe(value),
                                                                              options=", ".join(allowed))
    return strings.VALUE_UNKNOWN_ITEM.format(item=describe(field.kind))


def _entries(prompt: Any, value: Any, *, with_id: bool) -> str | None:
    if not isinstance(value, dict):
        return strings.VALUE_NOT_FORM.format(value=describe(value))
    fields = {field.id: field for field in prompt.fields}
    for key, entry in value.items():
        if with_id and key == "id":
            if not isinstance(entry, str) or not entry or len(entry) > 64:
                return strings.VALUE_BAD_RECORD_ID
            continue
        if key not in fields:
            return strings.VALUE_UNKNOWN_ITEM.format(item=describe(key))
        problem = field_problem(fields[key], entry)
        if problem:
            return f"{fields[key].label}: {problem}"
    return None


def _form(prompt: Any, value: Any) -> str | None:
    """{field id: value}: a form such as an action plan or an audit."""
    return _entries(prompt, value, with_id=False)


def _records(prompt: Any, value: Any) -> str | None:
    """A list of records, each {"id": str, field id: value, ...}, ids unique."""
    if not isinstance(value, list):
        return strings.VALUE_NOT_LIST.format(value=describe(value))
    limit = prompt.most or MAX_RECORDS
    if len(value) > limit:
        return strings.VALUE_TOO_MANY.format(limit=limit, count=len(value))
    seen: set[str] = set()
    for record in value:
        if not isinstance(record, dict) or "id" not in record:
            return strings.VALUE_BAD_RECORD_ID
        problem = _entries(prompt, record, with_id=True)
        if problem:
            return problem
        if record["id"] in seen:
            return strings.VALUE_REPEATED
        seen.add(record["id"])
    return None


register("grid", _grid)
register("ranking", _ranking)
register("picks", _picks)
register("form", _form)
register("records", _records)


# --- the kind of 04: links between critiques and drivers ----------------------------------------
# (03's judgements are a plain grid: viewpoints x examples, each cell yes, unsure or no.)
# A set of links is an object keyed by critique id. The prompt's ``items`` are the critiques and its
# ``columns`` the drivers, as (label, id) pairs; a prompt without them (a stand-in in a test) only
# has the shape, the id format and the relations checked.
MAX_ENTRIES = 64  # far more critiques than a step shows
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")  # a short slug such as "employer_demand"


def _id_problem(known: list[str], key: Any, what: str) -> str | None:
    if not isinstance(key, str) or not ID_PATTERN.fullmatch(key):
        return strings.VALUE_NOT_AN_ID.format(what=what, value=describe(key))
    if known and key not in known:
        return strings.VALUE_UNKNOWN_ID.format(what=what, value=describe(key))
    return None


def _links(prompt: Any, value: Any) -> str | None:
    """{critique id: {"driver": driver id | "none" | None, "relation": "answers" | "pushes against" | None}}."""
    if not isinstance(value, dict):
        return strings.VALUE_NOT_LINKS.format(value=describe(value))
    if len(value) > MAX_ENTRIES:
        return strings.VALUE_TOO_MANY.format(count=len(value), limit=MAX_ENTRIES)
    critiques, drivers = _ids(getattr(prompt, "items", ())), _ids(getattr(prompt, "columns", ()))
    for row, link in value.items():
        if problem := _id_problem(critiques, row, "critiques"):
            return problem
        if link is None:
            continue
        if not isinstance(link, dict) or not set(link) <= {"driver", "relation"}:
            return strings.VALUE_NOT_LINK.format(row=row, value=describe(link))
        driver, relation = link.get("driver"), link.get("relation")
        if driver is not None and driver != NO_DRIVER and _id_problem(drivers, driver, "drivers"):
            return strings.VALUE_BAD_DRIVER.format(row=row, none=NO_DRIVER, value=describe(driver))
        if relation is not None and not (isinstance(relation, str) and relation in LINK_RELATIONS):
            return strings.VALUE_BAD_RELATION.format(row=row, allowed=" or ".join(LINK_RELATIONS),
                                                     value=describe(relation))
        if driver == NO_DRIVER and relation is not None:
            return strings.VALUE_RELATION_TO_NONE.format(row=row, none=NO_DRIVER)
    return None


register("links", _links)


# --- the kind of 07: the audit form (the blocks ranking is a plain ranking) --------------------------------------

def _credential(prompt: Any, value: Any) -> str | None:
    """The audit form: an object of the fields in ``credentials.FIELDS`` with text, numbers and a level."""
    from .credentials import shape_problem  # light: no pandas

    return shape_problem(value)


register("credential", _credential)


# --- the kinds of 05 and 06: an unbundled module, a pathway, credentials and their links -------
# Their checks import counting, ecology and unbundling when they first run: notebooks 00-04 never check these
# kinds, and importing the three modules cost every notebook's first cell about 5 ms. (The checks themselves are
# registered below, like every other kind's, so known_kinds() and value_problem() know all of them at import.)

MAX_PATHWAY = 60  # far more modules than any award needs; a longer stored list is not ours
MAX_ID_LENGTH = 40


def _assignment(prompt: Any, value: Any) -> str | None:
    """{part: provider or [providers]} with known parts and providers, at most four per part."""
    from . import unbundling

    if not isinstance(value, dict):
        return strings.VALUE_NOT_ASSIGNMENT.format(value=describe(value))
    for part, chosen in value.items():
        if part not in unbundling.PART_IDS:
            return strings.VALUE_BAD_PART.format(part=describe(part), parts=", ".join(unbundling.PART_IDS))
        items = [chosen] if isinstance(chosen, str) else chosen
        if chosen is None:
            continue
        if (not isinstance(items, list) or len(items) > unbundling.MAX_PROVIDERS_PER_PART
                or len(set(map(repr, items))) != len(items)
                or any(i not in unbundling.PROVIDER_IDS for i in items)):
            return strings.VALUE_BAD_PROVIDERS.format(part=part, value=describe(chosen),
                                                      providers=", ".join(unbundling.PROVIDER_IDS))
    return None


def _pathway(prompt: Any, value: Any) -> str | None:
    """A list of short ids (unknown or repeated ids fit: the checker explains them to the learner)."""
    if not isinstance(value, list):
        return strings.VALUE_NOT_PATHWAY.format(value=describe(value))
    if len(value) > MAX_PATHWAY:
        return strings.VALUE_PATHWAY_TOO_LONG.format(count=len(value), limit=MAX_PATHWAY)
    for position, item in enumerate(value, start=1):
        if not isinstance(item, str) or not 0 < len(item) <= MAX_ID_LENGTH:
            return strings.VALUE_BAD_PATHWAY_ID.format(position=position, value=describe(item), limit=MAX_ID_LENGTH)
    return None


def _credentials(prompt: Any, value: Any) -> str | None:
    """A list of valid credential records with distinct ids."""
    from . import ecology

    _, problems = ecology.validate_credentials(value)
    return strings.VALUE_BAD_CREDENTIALS.format(problem=_clause(problems[0])) if problems else None


def _interfaces(prompt: Any, value: Any) -> str | None:
    """A list of links {from, to, kind}: known kind, two different ends, no link twice.

    Whether both ends are among the learner's credentials is another prompt's
    value, so the notebook checks that (with :func:`ecology.validate_interfaces`).
    """
    from . import ecology

    if not isinstance(value, list):
        return strings.VALUE_BAD_INTERFACES.format(problem=_clause(strings.INTERFACES_NOT_LIST.format(
            value=describe(value))))
    if len(value) > ecology.MAX_INTERFACES:
        return strings.VALUE_BAD_INTERFACES.format(problem=_clause(strings.INTERFACES_TOO_MANY.format(
            count=len(value), limit=ecology.MAX_INTERFACES)))
    seen: set[tuple[str, str, str]] = set()
    for position, raw in enumerate(value, start=1):
        problem = ecology.interface_problem(raw)
        if problem is None:
            key = (raw["from"], raw["to"], raw["kind"])
            if key in seen:
                problem = strings.VALUE_REPEATED_INTERFACE
            elif max(len(raw["from"]), len(raw["to"])) > ecology.MAX_ID:
                problem = strings.VALUE_LONG_INTERFACE_ID.format(limit=ecology.MAX_ID)
            seen.add(key)
        if problem is not None:
            return strings.VALUE_BAD_INTERFACES.format(problem=_clause(
                strings.INTERFACE_PROBLEM.format(position=position, problem=problem)))
    return None


def _choice_count(prompt: Any, value: Any) -> str | None:
    """{"catalogue_size": n, "length": k}: the learner's settings for counting pathways."""
    from . import counting

    if not isinstance(value, dict) or set(value) != {"catalogue_size", "length"}:
        return strings.VALUE_NOT_CHOICE_COUNT.format(value=describe(value))
    try:
        counting.count_pathways(value["catalogue_size"], value["length"])
    except ValueError as exc:
        return strings.VALUE_BAD_CHOICE_COUNT.format(problem=_clause(str(exc)))
    return None


def _clause(sentence: str) -> str:
    """A sentence made into a clause that can follow a colon: no final full stop."""
    return sentence.rstrip(".")


register("assignment", _assignment)
register("pathway", _pathway)
register("credentials", _credentials)
register("interfaces", _interfaces)
register("choice_count", _choice_count)
