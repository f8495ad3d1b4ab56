"""The class table: one row per learner (their latest submission), one column per shareable prompt.

Stored as one tuple per learner (a pointer per answer: 100,000 learners of
60 prompts take about 50 MB) and read column by column when aggregating. A learner is the pair
(class code, learner id): the same person has unrelated ids in two classes.

Which submission wins: the one with the latest ``created_at``. A submission
with the same learner, time and answers as one read before is a duplicate,
whenever it comes; two with the same time and different answers are a
conflict, settled by a hash of the answers, so the result never depends on
the order files were read in. Only learners who submit more than once cost
a hash.
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
        self._class_codes: dict[str, str] = {}
        self._answers: list[tuple[Any, ...]] = []
        self._set_aside: set[int] = set()  # hashes of submissions that lost to a later one: copies are duplicates

    def __len__(self) -> int:
        return len(self._created)

    def offer(self, class_code: str, learner: str, created_at: str, row: Sequence[Any]) -> Outcome:
        """Add one submission's values (one per column, None when absent); say what became of it."""
        row = tuple(row)
        class_code = self._class_codes.setdefault(class_code, class_code)  # one copy per class, not per learner
        key = (class_code, learner)
        index = self._rows.get(key)
        if index is None:  # most files: a learner's only submission, stored without hashing anything
            self._rows[key] = len(self._created)
            self._created.append(created_at)
            self._classes.append(class_code)
            self._answers.append(row)
            return "new"
        stored_at, stored = self._created[index], self._answers[index]
        if (created_at, row) == (stored_at, stored):
            return "duplicate"
        fingerprint = hash((key, created_at, row))
        if fingerprint in self._set_aside:
            return "duplicate"  # a copy of a submission already replaced
        if created_at < stored_at or (created_at == stored_at and _tiebreak(row) <= _tiebreak(stored)):
            self._set_aside.add(fingerprint)
            return "older" if created_at < stored_at else "conflict"
        self._set_aside.add(hash((key, stored_at, stored)))
        self._created[index] = created_at
        self._answers[index] = row
        return "replaced" if created_at > stored_at else "conflict"

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
