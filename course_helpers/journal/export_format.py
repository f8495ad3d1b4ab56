"""The export document: building it, writing it as JSON, and reading one back strictly.

An export is one JSON object (see :func:`export_schema`) holding only
answers: no paths, user names or host names. It is written as compact UTF-8,
one revision per line; lone surrogates, which UTF-8 cannot carry, are written
as ``\\udXXX`` escapes so every value comes back exactly.

Reading an export checks, in order and before anything recursive: the size,
the encoding, how deeply the text nests, the JSON itself (no NaN, no repeated
keys), the document's shape, and then every revision (see
:class:`~.checks.RevisionChecks`). The first problem refuses the whole file
with one sentence naming the revision. ``jsonschema`` is imported only here,
only when a revision's shape is wrong, or for the document's top level.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any, Iterable, Sequence

from .. import kinds, strings
from . import clock
from .checks import RevisionChecks
from .errors import JournalImportError
from .records import COLUMNS, ID_PATTERN, SCHEMA_VERSION, UID_PATTERN, Revision, is_id, is_uid

EXPORT_FORMAT = "mc-course-journal"
MAX_IMPORT_BYTES = 64 * 1024 * 1024
MAX_IMPORT_REVISIONS = 200_000
# Levels of the document around a value: {"revisions": [ {"value": ...} ]}.
_LEVELS_AROUND_A_VALUE = 3
_EXPORTED_AT_SLACK = timedelta(seconds=1)  # exported_at is rounded up to the second

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_COLUMN_SET = frozenset(COLUMNS)
_SAVED_AT_LENGTH = 27


@dataclass(frozen=True)
class ParsedExport:
    """The revisions of a checked export, and the uids of those whose prompt this course does not know."""

    revisions: list[Revision]
    unknown: frozenset[str]


# --- writing ---------------------------------------------------------------------------

def export_document(revisions: Iterable[Revision], at: datetime) -> dict:
    """The export document for ``revisions`` made at ``at``.

    Stamps that are not plausible at ``at`` (malformed, or more than a day
    ahead) are moved, in their order, to just before the oldest plausible
    stamp: that is where reads rank them, and it lets the export import
    back. ``exported_at`` is never earlier than any ``saved_at``.
    """
    latest_plausible = clock.horizon(at)
    plausible: list[Revision] = []
    doubtful: list[Revision] = []
    for revision in revisions:
        good = clock.parse_stamp(revision.saved_at) is not None and revision.saved_at <= latest_plausible
        (plausible if good else doubtful).append(revision)
    if doubtful:
        oldest = min((clock.parse_stamp(r.saved_at) for r in plausible), default=at)
        doubtful.sort(key=lambda r: r.saved_at)
        doubtful = [replace(r, saved_at=clock.stamp(oldest - (len(doubtful) - i) * clock.TICK))
                    for i, r in enumerate(doubtful)]
    ordered = sorted(plausible + doubtful, key=lambda r: (r.saved_at, r.uid))
    newest = clock.parse_stamp(ordered[-1].saved_at) if ordered else at
    return {
        "format": EXPORT_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": clock.export_stamp(max(at, newest)),
        "revisions": [{name: getattr(r, name) for name in COLUMNS} for r in ordered],
    }


def exportable(revisions: Sequence[Revision], checks: RevisionChecks) -> tuple[list[Revision], int]:
    """The revisions an import would accept, and how many others were left out.

    Values saved before values were checked (a rating of 99, say) would make
    the whole export unimportable; they stay in the journal file instead.
    """
    kept = [r for r in revisions if checks.value_problem(r.step, r.prompt, r.value) is None]
    return kept, len(revisions) - len(kept)


def encode_export(document: dict) -> bytes:
    """Compact UTF-8 JSON, one revision per line; lone surrogates as ``\\udXXX`` escapes."""
    head = {name: document[name] for name in ("format", "schema_version", "exported_at")}
    lines = [json.dumps(revision, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
             for revision in document["revisions"]]
    body = ",\n".join(lines)
    text = (json.dumps(head, separators=(",", ":"))[:-1] + ',"revisions":[\n'
            + body + ("\n" if lines else "") + "]}\n")
    text = _LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    return text.encode("utf-8")


# --- the schema ------------------------------------------------------------------------

def revision_schema() -> dict:
    """The JSON Schema (Draft 2020-12) of one revision in an export."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(COLUMNS),
        "properties": {
            "uid": {"type": "string", "pattern": f"^{UID_PATTERN}$", "maxLength": 32},
            "step": {"type": "string", "pattern": f"^{ID_PATTERN}$"},
            "prompt": {"type": "string", "pattern": f"^{ID_PATTERN}$"},
            "value": {},  # any JSON value; checked against its prompt's kind after the schema
            "saved_at": {"type": "string", "pattern": f"^{clock.STAMP_PATTERN}$", "maxLength": _SAVED_AT_LENGTH},
            "schema_version": {"type": "integer", "minimum": 1, "maximum": SCHEMA_VERSION},
        },
    }


def export_schema(*, with_revisions: bool = True) -> dict:
    """The JSON Schema (Draft 2020-12) an export must satisfy."""
    revisions: dict[str, Any] = {"type": "array", "maxItems": MAX_IMPORT_REVISIONS}
    if with_revisions:
        revisions["items"] = {"$ref": "#/$defs/revision"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "schema_version", "exported_at", "revisions"],
        "properties": {
            "format": {"const": EXPORT_FORMAT},
            "schema_version": {"const": SCHEMA_VERSION},
            "exported_at": {"type": "string", "pattern": f"^{clock.EXPORT_STAMP_PATTERN}$", "maxLength": 20},
            "revisions": revisions,
        },
        "$defs": {"revision": revision_schema()},
    }


# --- reading ---------------------------------------------------------------------------

def parse_export(data: bytes, checks: RevisionChecks | None = None) -> ParsedExport:
    """The revisions in an export file, or :class:`JournalImportError` saying what is wrong."""
    checks = checks or RevisionChecks()
    if len(data) > MAX_IMPORT_BYTES:
        raise JournalImportError(too_large_message(len(data)))
    text = _decode_utf8(data)
    _refuse_deep_nesting(text)
    document = _load_json(text)
    _check_document(document, checks)
    revisions, unknown = [], set()
    for index, item in enumerate(document["revisions"]):
        revision = _revision_from_export(index, item, checks)
        if not checks.is_known(revision.step, revision.prompt):
            unknown.add(revision.uid)
        revisions.append(revision)
    return ParsedExport(revisions, frozenset(unknown))


def too_large_message(size: int) -> str:
    return strings.JOURNAL_FILE_TOO_LARGE.format(size=size / 1024 / 1024, limit=MAX_IMPORT_BYTES / 1024 / 1024)


def nests_deeper_than(text: str, limit: int) -> bool:
    """Whether lists and objects in JSON text nest deeper than ``limit``, found without parsing.

    Strings are removed first (brackets inside them do not count); a run of
    more than ``limit`` opening brackets answers at once, else the running
    depth is followed bracket by bracket.
    """
    brackets = _NOT_A_BRACKET.sub("", _JSON_STRING.sub("", text))
    if brackets.count("[") + brackets.count("{") <= limit:
        return False
    if re.search(rf"[\[{{]{{{limit + 1}}}", brackets):
        return True
    return max(accumulate(map(_BRACKET_STEP.__getitem__, brackets))) > limit


def _refuse_deep_nesting(text: str) -> None:
    """Refuse text that nests deeper than any valid export can, before the recursive parser sees it."""
    limit = kinds.MAX_DEPTH + _LEVELS_AROUND_A_VALUE
    if not nests_deeper_than(text, limit):
        return
    index = _revision_nesting_too_deep(text, limit)
    if index is None:
        raise JournalImportError(strings.JOURNAL_FILE_TOO_DEEP.format(limit=kinds.MAX_DEPTH))
    raise JournalImportError(f"revisions[{index}].value: "
                             + strings.VALUE_TOO_DEEP.format(limit=kinds.MAX_DEPTH))


def _revision_nesting_too_deep(text: str, limit: int) -> int | None:
    """Which revision's value nests too deeply (the slow path, only for a refused file)."""
    depth, last_key, in_revisions, index = 0, None, False, -1
    for match in re.finditer(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', text, re.DOTALL):
        token = match.group()
        if token.startswith('"'):
            if depth == 1:
                last_key = token
            continue
        if token in "[{":
            depth += 1
            if depth == 2:
                in_revisions = token == "[" and last_key == '"revisions"'
            elif depth == 3 and in_revisions and token == "{":
                index += 1
            if depth > limit:
                return index if in_revisions and index >= 0 else None
        else:
            depth -= 1
    return None


def _decode_utf8(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some editors add
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JournalImportError(strings.JOURNAL_NOT_UTF8.format(position=exc.start)) from None


def _load_json(text: str) -> Any:
    """Parse strictly: no NaN or Infinity, no repeated keys, bounded numbers."""
    try:
        return json.loads(text, object_pairs_hook=_object_without_repeats, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise JournalImportError(strings.JOURNAL_NOT_JSON.format(
            problem=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except RecursionError:  # cannot happen after the nesting check; kept as a last guard
        raise JournalImportError(strings.JOURNAL_FILE_TOO_DEEP.format(limit=kinds.MAX_DEPTH)) from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise JournalImportError(strings.JOURNAL_NUMBER_IN_FILE_TOO_LARGE) from None


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JournalImportError(strings.JOURNAL_REPEATED_KEY.format(key=_short(key)))
            seen.add(key)
    return result


def _refuse_constant(name: str) -> Any:
    raise JournalImportError(strings.JOURNAL_NOT_A_NUMBER.format(name=name))


def _check_document(document: Any, checks: RevisionChecks) -> None:
    """The top level: an object of our format and version, made no later than tomorrow."""
    if not isinstance(document, dict):
        raise JournalImportError(strings.JOURNAL_NOT_AN_EXPORT.format(kind=_json_type(document)))
    version = document.get("schema_version")
    if type(version) is int and version > SCHEMA_VERSION:
        raise JournalImportError(strings.JOURNAL_NEWER_EXPORT.format(version=version))
    import jsonschema  # imported here: it is slow to import and only imports need it

    validator = jsonschema.Draft202012Validator(export_schema(with_revisions=False))
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        raise JournalImportError(f"{_where(error.absolute_path)}: {_describe(error)}")
    exported_at = clock.parse_export_stamp(document["exported_at"])
    if exported_at is None:
        raise JournalImportError("exported_at: " + strings.JOURNAL_NOT_A_TIME.format(
            value=kinds.describe(document["exported_at"])))
    if clock.stamp(exported_at - _EXPORTED_AT_SLACK) > checks.latest_plausible:
        raise JournalImportError("exported_at: " + strings.JOURNAL_TIME_AHEAD.format(value=document["exported_at"]))


def _revision_from_export(index: int, item: Any, checks: RevisionChecks) -> Revision:
    """A Revision from one export entry, after every check; JournalImportError names the first problem."""
    if not _fits_revision_schema(item):
        raise JournalImportError(_schema_problem(index, item))
    step, prompt = item["step"], item["prompt"]
    problem = checks.stamp_problem(item["saved_at"])
    if problem is not None:
        where = strings.JOURNAL_WHERE.format(index=index, field="saved_at", step=step, prompt=prompt)
        raise JournalImportError(f"{where}: {problem}")
    problem = checks.value_problem(step, prompt, item["value"])
    if problem is not None:
        where = strings.JOURNAL_WHERE.format(index=index, field="value", step=step, prompt=prompt)
        raise JournalImportError(f"{where}: {strings.JOURNAL_VALUE_DOES_NOT_FIT.format(problem=problem)}")
    return Revision(item["uid"], step, prompt, item["value"], item["saved_at"], item["schema_version"])


def _fits_revision_schema(item: Any) -> bool:
    """The revision schema, checked quickly by hand (jsonschema takes 0.3 ms a revision)."""
    return (type(item) is dict and item.keys() == _COLUMN_SET
            and is_uid(item["uid"]) and is_id(item["step"]) and is_id(item["prompt"])
            and type(item["saved_at"]) is str and len(item["saved_at"]) == _SAVED_AT_LENGTH
            and type(item["schema_version"]) is int and 1 <= item["schema_version"] <= SCHEMA_VERSION)


def _schema_problem(index: int, item: Any) -> str:
    """The sentence for a revision that does not fit the schema, from jsonschema where it can say."""
    import jsonschema

    where = f"revisions[{index}]"
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(revision_schema()).iter_errors(item))
    if error is not None:
        inner = _where(error.absolute_path)
        return f"{where}{'' if inner == 'the file' else '.' + inner}: {_describe(error)}"
    for name, valid in (("uid", is_uid), ("step", is_id), ("prompt", is_id)):
        if not valid(item[name]):  # "$" in a schema pattern lets a final newline through
            return f"{where}.{name}: " + strings.JOURNAL_FIELD_INVALID.format(value=_short(item[name]))
    return f"{where}: " + strings.JOURNAL_FIELD_INVALID.format(value=_short(item))


def _where(path: Iterable[Any]) -> str:
    """``revisions[3].step`` for a JSON Schema error path; "the file" at the top."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the file"


def _describe(error: Any) -> str:
    """A schema error's message, with a long offending value replaced by a short description."""
    message = error.message
    shown = repr(error.instance)
    if len(shown) > 60:
        message = message.replace(shown, _short(error.instance))
    return _one_line(message)


def _json_type(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(value: Any) -> str:
    """A value as a few words: a short repr, or the kind and size of a big one."""
    if isinstance(value, (list, dict)) and len(repr(value)) > 60:
        noun = "a list" if isinstance(value, list) else "an object"
        return f"{noun} of {len(value)} item{'' if len(value) == 1 else 's'}"
    return _one_line(repr(value), 60)
