"""The class table: one row per learner (their latest submission), one column per shareable prompt.

Stored as one tuple per learner (a pointer per answer: 100,000 learners of
60 prompts take about 50 MB) and read column by column when aggregating. A learner is the pair
(class code, learner id): the same person has unrelated ids in two classes.

Which submission wins: the one with the latest ``created_at``. A file read
before (byte for byte) is a duplicate whenever it comes, and so is one with
the same learner, time and answers as the one kept; two with the same time
and different answers are a conflict, settled by a hash of the answers, so
the result never depends on the order files were read in.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any, Literal, Sequence

from .columns import Column, Layout

Outcome = Literal["new", "replaced", "older", "duplicate", "conflict"]


class ClassTable:
    """Each learner's latest answers, column by column."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self._rows: dict[tuple[str, str], int] = {}
        self._created: list[str] = []
        self._classes: list[str] = []
        self._answers: list[tuple[Any, ...]] = []
        self._seen: set[int] = set()  # a hash of every file read, to count copies in any order

    def __len__(self) -> int:
        return len(self._created)

    def offer(self, class_code: str, learner: str, created_at: str, row: Sequence[Any], data: bytes = b"") -> Outcome:
        """Add one submission's values (one per column, None when absent); say what became of it.

        ``data``, the file's bytes, lets a byte-for-byte copy count as a duplicate whenever it comes.
        """
        row = tuple(row)
        if data:
            fingerprint = hash(data)
            if fingerprint in self._seen:
                return "duplicate"
            self._seen.add(fingerprint)
        key = (class_code, learner)
        index = self._rows.get(key)
        if index is None:
            self._rows[key] = len(self._created)
            self._created.append(created_at)
            self._classes.append(class_code)
            self._answers.append(row)
            return "new"
        stored_at = self._created[index]
        if created_at < stored_at:
            return "older"
        if created_at == stored_at:
            stored = self._answers[index]
            if stored == row:
                return "duplicate"
            if _tiebreak(row) <= _tiebreak(stored):
                return "conflict"
            outcome: Outcome = "conflict"
        else:
            outcome = "replaced"
        self._created[index] = created_at
        self._answers[index] = row
        return outcome

    def values(self, column: Column) -> list[Any]:
        """Every learner's value for one prompt (None where they gave none)."""
        position = column.index
        return [answers[position] for answers in self._answers]

    def columns(self) -> list[tuple[Any, ...]]:
        """Every column at once (faster than :meth:`values` one by one)."""
        if not self._answers:
            return [() for _ in self.layout.columns]
        return list(zip(*self._answers))

    def class_sizes(self) -> Counter:
        """Learners per class code."""
        return Counter(self._classes)


def _tiebreak(row: Sequence[Any]) -> str:
    return hashlib.sha256(repr(list(row)).encode("utf-8", "surrogatepass")).hexdigest()
