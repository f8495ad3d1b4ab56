"""The checks a revision from outside must pass: an imported one, or one rescued from a damaged file.

A revision must have a valid uid and ids, a real UTC time no more than a day
ahead of this computer's clock, and a value that a widget of its prompt's
kind can show (see :mod:`course_helpers.kinds`). Revisions of steps or prompts
this version of the course does not know are kept; only their nesting and
numbers are checked.
"""
from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from .. import course, kinds, strings
from . import clock
from .records import SCHEMA_VERSION, is_id, is_uid


class RevisionChecks:
    """Checks for many revisions at once: the clock is read once, prompts are looked up once each."""

    def __init__(self, at: datetime | None = None):
        self.latest_plausible = clock.horizon(at)
        self._prompts: dict[tuple[str, str], course.Prompt | None] = {}

    def prompt(self, step: str, prompt: str) -> course.Prompt | None:
        """The manifest's prompt, or None when this course does not know it."""
        key = (step, prompt)
        if key not in self._prompts:
            try:
                self._prompts[key] = course.prompt(step, prompt)
            except KeyError:
                self._prompts[key] = None
        return self._prompts[key]

    def is_known(self, step: str, prompt: str) -> bool:
        return self.prompt(step, prompt) is not None

    def stamp_problem(self, saved_at: Any) -> str | None:
        """Why ``saved_at`` cannot be a revision's time, or None."""
        if clock.parse_stamp(saved_at) is None:
            return strings.JOURNAL_NOT_A_TIME.format(value=kinds.describe(saved_at))
        if not clock.is_plausible(saved_at, self.latest_plausible):
            return strings.JOURNAL_TIME_AHEAD.format(value=saved_at)
        return None

    def value_problem(self, step: str, prompt: str, value: Any) -> str | None:
        """Why ``value`` cannot be an answer to this prompt, or None (unknown prompts: shape only)."""
        problem = shape_problem(value)
        if problem is not None:
            return problem
        known = self.prompt(step, prompt)
        return None if known is None else kinds.value_problem(known, value)

    def row_is_sound(self, uid: Any, step: Any, prompt: Any, value: Any, saved_at: Any,
                     schema_version: Any, *, allow_future: bool = False) -> bool:
        """Whether a revision read from a damaged file can be trusted as it is."""
        if not (is_uid(uid) and is_id(step) and is_id(prompt)):
            return False
        if type(schema_version) is not int or not 1 <= schema_version <= SCHEMA_VERSION:
            return False
        if clock.parse_stamp(saved_at) is None:
            return False
        if not allow_future and not clock.is_plausible(saved_at, self.latest_plausible):
            return False
        return self.value_problem(step, prompt, value) is None


def shape_problem(value: Any) -> str | None:
    """Why a parsed JSON value cannot be kept at all: nested too deeply, or a number that overflowed."""
    if isinstance(value, float):
        return None if math.isfinite(value) else strings.JOURNAL_NUMBER_TOO_LARGE
    if not isinstance(value, (list, dict)):
        return None  # text, whole numbers, true/false and null always fit
    problem = kinds.depth_problem(value)  # first, and without recursion
    if problem is not None:
        return problem
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return strings.JOURNAL_NUMBER_TOO_LARGE
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return None
