"""Everything the learner wrote, in course order, each value in words (see :mod:`.words`).

:func:`collect` reads a journal through its public API only and returns a
:class:`Collected`: one :class:`Section` per learner step of the manifest
(every prompt, answered or not) and, at the end, the answers this version of
the course does not know (a newer course's prompts, an imported journal).
Nothing the journal holds is dropped.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable, Mapping, Sequence

from .. import strings
from ..course import LEARNER_STEPS, Prompt, Step
from .words import Shown, is_blank, show_value


@dataclass(frozen=True)
class Entry:
    """One prompt and its latest answer; ``shown`` is None when it is not answered."""

    step: str
    prompt: str
    text: str  # the prompt as the learner read it ("" when this course does not know it)
    kind: str  # "" when this course does not know the prompt
    saved_at: str | None  # None: never saved
    shown: Shown | None

    @property
    def answered(self) -> bool:
        return self.shown is not None


@dataclass(frozen=True)
class Section:
    """One learner step with every prompt of it, in the manifest's order."""

    step: Step
    entries: tuple[Entry, ...]

    @property
    def answered(self) -> int:
        return sum(entry.answered for entry in self.entries)

    @property
    def total(self) -> int:
        return len(self.entries)


@dataclass(frozen=True)
class Collected:
    """The whole journal as the portfolio shows it."""

    sections: tuple[Section, ...]
    unknown: tuple[Entry, ...]  # answers to prompts this version of the course does not know
    values: Mapping[tuple[str, str], Any]  # the latest value of every answer, for the figures
    revisions: int

    @property
    def answered(self) -> int:
        return sum(section.answered for section in self.sections)

    @property
    def total(self) -> int:
        return sum(section.total for section in self.sections)

    def step_values(self, step_id: str) -> dict[str, Any]:
        """The latest values of one step, by prompt id."""
        return {prompt: value for (step, prompt), value in self.values.items() if step == step_id}


# --- reading the journal ---------------------------------------------------------------------

def collect(journal: Any, steps: Sequence[Step] | None = None) -> Collected:
    """Every prompt of every learner step with its latest answer, then the answers the course does not know.

    ``journal`` needs only ``latest_values()``, ``latest(step, prompt)`` and
    ``revision_count()``; ``steps`` defaults to the manifest's learner steps.
    """
    steps = LEARNER_STEPS if steps is None else tuple(steps)
    latest = {key: journal.latest(*key) for key in journal.latest_values()}
    latest = {key: revision for key, revision in latest.items() if revision is not None}
    sections = tuple(Section(step, tuple(_entry(step.id, prompt, latest.get((step.id, prompt.id)))
                                         for prompt in step.prompts)) for step in steps)
    known = {(step.id, prompt.id) for step in steps for prompt in step.prompts}
    order = {step.id: index for index, step in enumerate(steps)}
    unknown_keys = sorted((key for key in latest if key not in known),
                          key=lambda key: (order.get(key[0], len(order)), key))
    unknown = tuple(_entry(key[0], None, latest[key], prompt_id=key[1]) for key in unknown_keys)
    values = {key: revision.value for key, revision in latest.items()}
    return Collected(sections, unknown, values, journal.revision_count())


def _entry(step_id: str, prompt: Prompt | None, revision: Any, prompt_id: str = "") -> Entry:
    saved_at = None if revision is None else revision.saved_at
    value = None if revision is None else revision.value
    if prompt is None:  # a prompt this course does not know: kept, whatever it holds
        return Entry(step_id, prompt_id, "", "", saved_at, show_value(None, value))
    shown = None if is_blank(value) else show_value(prompt, value)
    return Entry(step_id, prompt.id, prompt.text, prompt.kind, saved_at, shown)


def format_time(saved_at: str) -> str:
    """'2026-03-01T10:20:30.123456Z' -> '1 March 2026 at 10:20 UTC' (other text is returned as it is)."""
    try:
        moment = datetime.strptime(saved_at, "%Y-%m-%dT%H:%M:%S.%fZ")
    except (TypeError, ValueError):
        try:
            moment = datetime.strptime(saved_at, "%Y-%m-%dT%H:%M:%SZ")
        except (TypeError, ValueError):
            return str(saved_at)
    return f"{moment.day} {strings.PF_MONTHS[moment.month - 1]} {moment.year} at {moment:%H:%M} UTC"


def all_entries(collected: Collected) -> Iterable[Entry]:
    """Every entry in the order the portfolio shows them."""
    for section in collected.sections:
        yield from section.entries
    yield from collected.unknown
