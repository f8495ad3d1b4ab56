"""What the journal stores: revisions, their ids and how values become JSON text."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterable

from .. import kinds, strings

SCHEMA_VERSION: int = 1
COLUMNS = ("uid", "step", "prompt", "value", "saved_at", "schema_version")
ID_PATTERN = "[A-Za-z0-9_]{1,64}"
UID_PATTERN = "[0-9a-f]{32}"
_ID = re.compile(ID_PATTERN)
_UID = re.compile(UID_PATTERN)


@dataclass(frozen=True)
class Revision:
    """One saved answer: ``value`` is any JSON value, ``saved_at`` is UTC ISO 8601."""

    uid: str
    step: str
    prompt: str
    value: Any
    saved_at: str
    schema_version: int


@dataclass(frozen=True)
class ImportReport:
    """What an import did.

    ``added``: revisions new to this journal; ``skipped``: already here;
    ``unknown``: how many of the added ones answer a step or prompt this
    version of the course does not know (kept, but no widget shows them).
    """

    added: int
    skipped: int
    unknown: int = 0


def is_id(text: Any) -> bool:
    return isinstance(text, str) and _ID.fullmatch(text) is not None


def is_uid(text: Any) -> bool:
    return isinstance(text, str) and _UID.fullmatch(text) is not None


def check_id(kind: str, text: Any) -> None:
    """Raise ValueError unless ``text`` is a valid step or prompt id."""
    if not is_id(text):
        raise ValueError(strings.JOURNAL_BAD_ID.format(kind=kind, text=repr(text)[:80]))


def check_savable(value: Any) -> str:
    """The JSON text for a value the journal can hold; ValueError/TypeError otherwise.

    The nesting cap is checked first, without recursion, so a hostile value
    never reaches the recursive encoder.
    """
    problem = kinds.depth_problem(value)
    if problem is not None:
        raise ValueError(strings.JOURNAL_VALUE_REFUSED.format(problem=problem))
    return encode_value(value)


def encode_value(value: Any) -> str:
    """JSON text for a value: ASCII only, so lone surrogates and NUL survive SQLite; no NaN."""
    return json.dumps(value, ensure_ascii=True, allow_nan=False)


def decode_value(text: str) -> Any:
    return json.loads(text)


def revision_from_row(row: tuple) -> Revision:
    uid, step, prompt, value, saved_at, schema_version = row
    return Revision(uid, step, prompt, decode_value(value), saved_at, schema_version)


def revisions_from_rows(rows: Iterable[tuple]) -> tuple[list[Revision], int]:
    """The revisions of stored rows, and how many rows could not be read safely.

    An older version could store a value nested so deeply that decoding it
    exhausts a kernel's stack; such a row is skipped, never raised.
    """
    revisions, unreadable = [], 0
    for row in rows:
        try:
            revisions.append(revision_from_row(row))
        except (ValueError, RecursionError):
            unreadable += 1
    return revisions, unreadable
