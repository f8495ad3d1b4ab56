"""The share file: its format, its JSON Schema, and a fast checker that agrees with the schema.

A share file is what a learner hands the facilitator. Version 1 looks like::

    {"format": "mc-course-share", "schema_version": 1,
     "class_code": "SEM-A", "learner": "<32 hex digits>",
     "created_at": "2026-11-30T10:15:02Z",
     "shared_reflections": ["01"],
     "answers": {"01": {"place_today": {"x": -3, "y": 2}, "why_there": "..."},
                 "02": {"likelihood_C1": 4}}}

Nothing in it names the learner, their machine or a path: ``learner`` is a
keyed hash that differs per class (see :mod:`.share`), ``created_at`` only
orders re-submissions and is never shown. ``shared_reflections`` lists the
steps whose written answers the learner ticked; written answers of any other
step make the file invalid.

:func:`share_schema` is the JSON Schema (Draft 2020-12) and the reference.
Importing 100,000 files through ``jsonschema`` would take minutes, so
:func:`document_problem` checks the same rules by hand; a property test keeps
the two in agreement. What a value may hold for a known prompt is then
checked per kind (:mod:`.columns`, agreeing with :mod:`course_helpers.kinds`).
"""
from __future__ import annotations

import json
import re
from typing import Any

from .. import strings

FORMAT = "mc-course-share"
SCHEMA_VERSION = 1

# Sizes. A file holding every structured answer of the course is a few kilobytes;
# the caps leave room for long reflections (ASCII-escaped, up to 12 bytes a character).
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TEXT_CHARS = 8_000  # one answer's text
MAX_STEPS = 32
MAX_ANSWERS_PER_STEP = 128
MAX_CONTAINER_ITEMS = 64  # items in a list or object inside one answer
MAX_VALUE_DEPTH = 4  # lists or objects inside one answer, nested
MAX_NUMBER = 10**9

CLASS_CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,30}[A-Z0-9]"
LEARNER_PATTERN = "[0-9a-f]{32}"
ID_PATTERN = "[A-Za-z0-9_]{1,64}"
# Patterns end with "(?![\s\S])", not "$": in Python "$" also matches before a final newline.
END = r"(?![\s\S])"
CREATED_AT_PATTERN = r"20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z"
TOP_LEVEL_KEYS = ("format", "schema_version", "class_code", "learner", "created_at",
                  "shared_reflections", "answers")

_CLASS_CODE = re.compile(CLASS_CODE_PATTERN)
_LEARNER = re.compile(LEARNER_PATTERN)
_ID = re.compile(ID_PATTERN)
_CREATED_AT = re.compile(CREATED_AT_PATTERN)


class ShareFileError(ValueError):
    """A share file was refused: ``str(error)`` says why in one sentence, ``category`` groups it for a summary."""

    def __init__(self, message: str, category: str = strings.COHORT_CAT_INVALID):
        super().__init__(message)
        self.category = category


# --- the schema ------------------------------------------------------------------------

def _value_schema(depth: int) -> dict:
    """A bounded JSON value: containers only down to ``MAX_VALUE_DEPTH`` levels."""
    scalars: list[dict] = [
        {"type": "null"}, {"type": "boolean"},
        {"type": "number", "minimum": -MAX_NUMBER, "maximum": MAX_NUMBER},
        {"type": "string", "maxLength": MAX_TEXT_CHARS},
    ]
    if depth < MAX_VALUE_DEPTH:
        inner = {"$ref": f"#/$defs/value{depth + 1}"}
        scalars += [
            {"type": "array", "maxItems": MAX_CONTAINER_ITEMS, "items": inner},
            {"type": "object", "maxProperties": MAX_CONTAINER_ITEMS,
             "propertyNames": {"pattern": f"^{ID_PATTERN}{END}", "maxLength": 64}, "additionalProperties": inner},
        ]
    return {"anyOf": scalars}


def share_schema() -> dict:
    """The JSON Schema (Draft 2020-12) of a version-1 share file."""
    step_answers = {"type": "object", "maxProperties": MAX_ANSWERS_PER_STEP,
                    "propertyNames": {"pattern": f"^{ID_PATTERN}{END}", "maxLength": 64},
                    "additionalProperties": {"$ref": "#/$defs/value0"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.invalid/mc-course-share/1",
        "title": "A learner's answers shared with a class (micro-credentials course companion)",
        "type": "object",
        "additionalProperties": False,
        "required": list(TOP_LEVEL_KEYS),
        "properties": {
            "format": {"const": FORMAT},
            "schema_version": {"const": SCHEMA_VERSION},
            "class_code": {"type": "string", "pattern": f"^{CLASS_CODE_PATTERN}{END}", "maxLength": 32},
            "learner": {"type": "string", "pattern": f"^{LEARNER_PATTERN}{END}", "maxLength": 32},
            "created_at": {"type": "string", "pattern": f"^{CREATED_AT_PATTERN}{END}", "maxLength": 20},
            "shared_reflections": {"type": "array", "maxItems": MAX_STEPS, "uniqueItems": True,
                                   "items": {"type": "string", "pattern": f"^{ID_PATTERN}{END}", "maxLength": 64}},
            "answers": {"type": "object", "maxProperties": MAX_STEPS,
                        "propertyNames": {"pattern": f"^{ID_PATTERN}{END}", "maxLength": 64},
                        "additionalProperties": step_answers},
        },
        "$defs": {f"value{depth}": _value_schema(depth) for depth in range(MAX_VALUE_DEPTH + 1)},
    }


# --- strict parsing ----------------------------------------------------------------------

_MAGIC = (  # what a file that is not a share file often starts with
    (b"\x80", strings.COHORT_IS_PICKLE),  # pickle protocol 2+ opcode PROTO
    (b"PK\x03\x04", strings.COHORT_IS_ARCHIVE),
    (b"\x1f\x8b", strings.COHORT_IS_ARCHIVE),
    (b"SQLite format 3\x00", strings.COHORT_IS_DATABASE),
    (b"\xff\xfe", strings.COHORT_IS_UTF16),
    (b"\xfe\xff", strings.COHORT_IS_UTF16),
)


_JSON_STARTS = frozenset((b"{", b"["))


def _refuse_constant(name: str) -> Any:
    raise ShareFileError(strings.COHORT_NOT_A_NUMBER.format(name=name), strings.COHORT_CAT_NOT_JSON)


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ShareFileError(strings.COHORT_REPEATED_KEY.format(key=short(repeated)), strings.COHORT_CAT_NOT_JSON)
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_object_without_repeats, parse_constant=_refuse_constant)


def parse_json(data: bytes) -> Any:
    """Bytes to a JSON value, strictly: UTF-8, no NaN or Infinity, no repeated keys, bounded sizes.

    Raises :class:`ShareFileError` with one sentence; never anything else for any input.
    """
    if not data:
        raise ShareFileError(strings.COHORT_EMPTY, strings.COHORT_CAT_EMPTY)
    if len(data) > MAX_FILE_BYTES:
        raise ShareFileError(too_large(len(data)), strings.COHORT_CAT_TOO_LARGE)
    if data[:1] not in _JSON_STARTS:  # a JSON text starts with "{", "[", a space or a byte-order mark
        for magic, message in _MAGIC:
            if data.startswith(magic):
                raise ShareFileError(message, strings.COHORT_CAT_NOT_SHARE)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some editors add
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ShareFileError(strings.COHORT_NOT_UTF8.format(position=exc.start), strings.COHORT_CAT_NOT_JSON) from None
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise ShareFileError(strings.COHORT_NOT_JSON.format(problem=exc.msg, line=exc.lineno, column=exc.colno),
                             strings.COHORT_CAT_NOT_JSON) from None
    except RecursionError:
        raise ShareFileError(strings.COHORT_TOO_DEEP, strings.COHORT_CAT_NOT_JSON) from None
    except ValueError as exc:  # ShareFileError passes through; others: an integer of thousands of digits
        if isinstance(exc, ShareFileError):
            raise
        raise ShareFileError(strings.COHORT_NUMBER_TOO_LARGE, strings.COHORT_CAT_NOT_JSON) from None


def too_large(size: int) -> str:
    return strings.COHORT_TOO_LARGE.format(size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES))


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


# --- the checker that agrees with the schema ------------------------------------------------

def envelope_refusal(document: Any) -> tuple[str, str] | None:
    """(summary category, sentence) for what is wrong at the top level of a share file, or None.

    Checks everything but the answers' values and prompt ids.
    """
    if type(document) is not dict:
        return _NOT_SHARE, strings.COHORT_NOT_AN_OBJECT.format(kind=json_type(document))
    if document.get("format") != FORMAT:
        if document.get("format") == "mc-course-journal":
            return _NOT_SHARE, strings.COHORT_IS_JOURNAL
        return _NOT_SHARE, strings.COHORT_FOREIGN
    version = document.get("schema_version")
    is_number = type(version) is int or type(version) is float  # JSON Schema counts 1.0 as 1, so do we
    if is_number and version > SCHEMA_VERSION:
        return strings.COHORT_CAT_NEWER, strings.COHORT_NEWER.format(version=short(version))
    if not is_number or version != SCHEMA_VERSION:
        return _INVALID, strings.COHORT_BAD_FIELD.format(field="schema_version", value=short(version))
    if document.keys() != _TOP_LEVEL_SET:
        missing = [key for key in TOP_LEVEL_KEYS if key not in document]
        if missing:
            return _INVALID, strings.COHORT_MISSING_FIELD.format(field=missing[0])
        extra = next(key for key in document if key not in TOP_LEVEL_KEYS)
        return _INVALID, strings.COHORT_EXTRA_FIELD.format(field=short(extra))
    for field, pattern in (("class_code", _CLASS_CODE), ("learner", _LEARNER), ("created_at", _CREATED_AT)):
        value = document[field]
        if type(value) is not str or not pattern.fullmatch(value):
            return _INVALID, strings.COHORT_BAD_FIELD.format(field=field, value=short(value))
    shared = document["shared_reflections"]
    if type(shared) is not list or len(shared) > MAX_STEPS or not _all_ids(shared) or len(set(shared)) != len(shared):
        return _INVALID, strings.COHORT_BAD_FIELD.format(field="shared_reflections", value=short(shared))
    answers = document["answers"]
    if type(answers) is not dict or len(answers) > MAX_STEPS:
        return _INVALID, strings.COHORT_BAD_FIELD.format(field="answers", value=short(answers))
    for step, prompts in answers.items():
        if step not in _GOOD_IDS and not _good_id(step):
            return _INVALID, strings.COHORT_BAD_FIELD.format(field="answers", value=short(step))
        if type(prompts) is not dict or len(prompts) > MAX_ANSWERS_PER_STEP:
            return _INVALID, strings.COHORT_BAD_FIELD.format(field=f"answers.{step}", value=short(prompts))
    return None


_NOT_SHARE = strings.COHORT_CAT_NOT_SHARE
_INVALID = strings.COHORT_CAT_INVALID
_TOP_LEVEL_SET = frozenset(TOP_LEVEL_KEYS)
_GOOD_IDS: set[str] = set()  # ids already seen to fit the pattern (step ids repeat in every file)


def _all_ids(items: list) -> bool:
    for item in items:
        if type(item) is not str or (item not in _GOOD_IDS and not _good_id(item)):
            return False
    return True


def _good_id(text: str) -> bool:
    if not _ID.fullmatch(text):
        return False
    if len(_GOOD_IDS) < 4096:
        _GOOD_IDS.add(text)
    return True


def envelope_problem(document: Any) -> str | None:
    """The sentence of :func:`envelope_refusal`, or None."""
    refusal = envelope_refusal(document)
    return None if refusal is None else refusal[1]


def answer_key_problem(step: str, prompt: str) -> str | None:
    """A sentence when a prompt id (a key under ``answers.<step>``) breaks the schema."""
    if _ID.fullmatch(prompt):
        return None
    return strings.COHORT_BAD_FIELD.format(field=f"answers.{step}", value=short(prompt))


def value_problem(value: Any) -> str | None:
    """What makes one answer's value break the schema's bounds (without recursion), or None."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        kind = type(item)
        if item is None or kind is bool:
            continue
        if kind is int or kind is float:
            if not -MAX_NUMBER <= item <= MAX_NUMBER:
                return strings.COHORT_VALUE_NUMBER.format(limit=f"{MAX_NUMBER:,}")
        elif kind is str:
            if len(item) > MAX_TEXT_CHARS:
                return strings.COHORT_VALUE_TEXT.format(limit=f"{MAX_TEXT_CHARS:,}")
        elif kind is list or kind is dict:
            if depth >= MAX_VALUE_DEPTH:
                return strings.COHORT_VALUE_DEEP.format(limit=MAX_VALUE_DEPTH)
            if len(item) > MAX_CONTAINER_ITEMS:
                return strings.COHORT_VALUE_BIG.format(limit=MAX_CONTAINER_ITEMS)
            if kind is dict:
                if not all(_ID.fullmatch(key) for key in item):
                    return strings.COHORT_VALUE_KEY
                stack.extend((child, depth + 1) for child in item.values())
            else:
                stack.extend((child, depth + 1) for child in item)
        else:  # pragma: no cover - json never makes other types
            return strings.COHORT_VALUE_NUMBER.format(limit=f"{MAX_NUMBER:,}")
    return None


def document_problem(document: Any) -> str | None:
    """Everything the JSON Schema checks, by hand: the first problem found, or None when the file fits."""
    problem = envelope_problem(document)
    if problem is not None:
        return problem
    for step, prompts in document["answers"].items():
        for prompt, value in prompts.items():
            problem = answer_key_problem(step, prompt) or value_problem(value)
            if problem is not None:
                return strings.COHORT_BAD_ANSWER.format(step=step, prompt=short(prompt), problem=problem)
    return None


def text_problem(text: str) -> str | None:
    """A sentence when text cannot be shown or written safely (NUL, lone surrogates), else None."""
    if "\x00" in text:
        return strings.COHORT_TEXT_NUL
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return strings.COHORT_TEXT_SURROGATE
    return None


# --- small helpers for messages ----------------------------------------------------------------

def json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


def short(value: Any, limit: int = 40) -> str:
    """A value in a few printable characters for a message (control characters shown as escapes)."""
    if isinstance(value, (list, dict)):
        kind = "a list" if isinstance(value, list) else "an object"
        return f"{kind} of {len(value)} item{'' if len(value) == 1 else 's'}"
    shown = printable(repr(value))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def printable(text: str) -> str:
    """``text`` with control, format and bidi characters as ``\\x..``/``\\u....`` escapes (safe in a terminal)."""
    return "".join(ch if ch.isprintable() else _escape_char(ch) for ch in text)


def _escape_char(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
