"""The reasoning behind notebook 08: applying the whole picture to the learner's own context.

* The canvas: the learner's own earlier answers (01 placements, 02 worries,
  07 blocks and audit), each shown beside the 08 prompt it informs. Which
  answers appear is a small table (:data:`CANVAS`); rows whose prompt the
  manifest does not have are skipped, so the canvas follows the manifest.
* Readiness on the ten principles of Annex II of the 2022 Council
  Recommendation: one ``rating`` prompt per principle (``readiness_P01`` …).
* The two hardest elements (a ``picks`` prompt of the ten principles, at
  most two), with the lowest-rated principles as a suggestion, never a
  choice made for the learner.
* The action plan: a ``form`` prompt with the fields ``step``, ``who`` and
  ``evidence`` (one step in the next three months, who takes it, what would
  show it worked), so its value is ``{"step": ..., "who": ..., "evidence": ...}``
  with empty fields left out.

No I/O, no widgets, no matplotlib (the readiness figure is
:func:`course_helpers.plots.readiness_chart`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from . import kinds, strings
from .course import LEARNER_STEPS, Prompt, Step
from .course import prompt as find_prompt
from .portfolio.words import Shown, is_blank, show_value
from .vocabulary import PRINCIPLE_IDS, PRINCIPLE_NAMES

# Annex II of the Council Recommendation of 16 June 2022 (later than the course, and not binding), as
# vocabulary.py spells it; data/eu_principles.csv has the descriptions and sources.
PRINCIPLES: tuple[tuple[str, str], ...] = tuple(zip(PRINCIPLE_IDS, PRINCIPLE_NAMES))
STEP_ID = "08"
READINESS_PREFIX = "readiness_"
HARDEST_PROMPT = "hardest_two"
PLAN_PROMPT = "action_plan"
PLAN_PARTS = ("step", "who", "evidence")
# 08's prompts are in the manifest (course.py); these are the two this module reasons about.
PLAN: Prompt = find_prompt(STEP_ID, PLAN_PROMPT)
HARDEST_COUNT = find_prompt(STEP_ID, HARDEST_PROMPT).most


def readiness_prompt_id(principle_id: str) -> str:
    """'P01' -> 'readiness_P01'."""
    return f"{READINESS_PREFIX}{principle_id}"


# --- the canvas: earlier answers beside the prompts they inform --------------------------------

@dataclass(frozen=True)
class Recall:
    """One earlier answer the canvas shows: ``beside`` names the part of 08 it is shown next to."""

    beside: str  # one of CANVAS_PARTS
    step: str
    prompt: str
    label: str


# The parts of 08 the canvas shows earlier answers beside, in the notebook's order.
CANVAS_PARTS = ("context", "readiness", "hardest", "who", "plan")

CANVAS: tuple[Recall, ...] = (
    Recall("context", "01", "place_today", strings.CX_RECALL_TODAY),
    Recall("context", "01", "place_heading", strings.CX_RECALL_HEADING),
    Recall("context", "01", "place_preferred", strings.CX_RECALL_PREFERRED),
    Recall("context", "01", "why_there", strings.C8_RECALL_WHY_THERE),
    Recall("hardest", "02", "worry_most", strings.CX_RECALL_WORRY),
    # Rows whose prompt the manifest does not have are skipped, so a renamed prompt is one row to change.
    Recall("readiness", "07", "block_ranking", strings.CX_RECALL_RANKING),
    Recall("readiness", "07", "audit", strings.CX_RECALL_AUDIT),
    Recall("who", "01", "winners_losers", strings.C8_RECALL_WINNERS),
    Recall("plan", "01", "what_must_change", strings.C8_RECALL_MUST_CHANGE),
    Recall("plan", "07", "block_you_could_move", strings.C8_RECALL_MOVE_BLOCK),
)


@dataclass(frozen=True)
class Recalled:
    """An earlier answer as the canvas shows it; ``shown`` is None when it is not answered yet."""

    recall: Recall
    prompt: Prompt
    step: Step
    shown: Shown | None


def earlier_answers(values: Mapping[tuple[str, str], Any], steps: Sequence[Step] = LEARNER_STEPS,
                    table: Sequence[Recall] = CANVAS) -> dict[str, list[Recalled]]:
    """The canvas: for each part of 08, the earlier answers to show beside it (only prompts the manifest has).

    ``values`` is ``journal.latest_values()``. Every part of 08 (:data:`CANVAS_PARTS`, in
    that order, then any other part ``table`` names) is a key, even when none of its prompts
    exists yet (an empty list).
    """
    by_id = {step.id: step for step in steps}
    canvas: dict[str, list[Recalled]] = {part: [] for part in CANVAS_PARTS}
    for row in table:
        found = canvas.setdefault(row.beside, [])
        step = by_id.get(row.step)
        prompt = next((p for p in step.prompts if p.id == row.prompt), None) if step else None
        if prompt is None:
            continue
        value = values.get((row.step, row.prompt))
        found.append(Recalled(row, prompt, step, None if is_blank(value) else show_value(prompt, value)))
    return canvas


# --- readiness on the ten principles --------------------------------------------------------

@dataclass(frozen=True)
class Readiness:
    """One principle and the learner's rating of their setting on it (None: not rated yet)."""

    id: str
    name: str
    rating: int | None

    @property
    def label(self) -> str:
        return f"{self.id} {self.name}"


def readiness(step_values: Mapping[str, Any],
              principles: Sequence[tuple[str, str]] = PRINCIPLES) -> list[Readiness]:
    """Each principle with its rating from 08's ``readiness_*`` answers; a value that is not 1-5 counts as not rated."""
    low, high = kinds.RATING_RANGE
    result = []
    for pid, name in principles:
        value = step_values.get(readiness_prompt_id(pid))
        rated = kinds.is_whole_number(value) and low <= value <= high
        result.append(Readiness(pid, name, value if rated else None))
    return result


def rated(ratings: Sequence[Readiness]) -> list[Readiness]:
    return [r for r in ratings if r.rating is not None]


def lowest(ratings: Sequence[Readiness]) -> list[Readiness]:
    """The rated principles with the lowest rating (ties all included); empty when none is rated."""
    done = rated(ratings)
    if not done:
        return []
    bottom = min(r.rating for r in done)
    return [r for r in done if r.rating == bottom]


def suggested_hardest(ratings: Sequence[Readiness], count: int = HARDEST_COUNT) -> list[str]:
    """Principle ids to suggest as "hardest": the lowest ratings first, ties in the Annex's order.

    A suggestion for the learner to accept or ignore; it never becomes their answer by itself.
    """
    order = sorted(rated(ratings), key=lambda r: r.rating)  # sorted() keeps the Annex order on ties
    return [r.id for r in order[:count]]


def readiness_summary(ratings: Sequence[Readiness]) -> str:
    """One sentence: how many principles are rated, and which are lowest."""
    done = rated(ratings)
    if not done:
        return strings.CX_READINESS_NONE
    bottom = lowest(ratings)
    names = ", ".join(r.label for r in bottom)
    if len(bottom) == len(done) and len(done) > 1:
        text = strings.CX_READINESS_ALL_SAME.format(count=len(done), rating=bottom[0].rating)
    else:
        text = strings.CX_READINESS_LOWEST.format(count=len(done), names=names, rating=bottom[0].rating)
    left = len(ratings) - len(done)
    return text + (strings.CX_READINESS_LEFT.format(left=left) if left else "")


# --- the action plan -------------------------------------------------------------------------

def empty_plan() -> dict[str, str]:
    return {part: "" for part in PLAN_PARTS}


def plan_from(value: Any) -> dict[str, str]:
    """An editable plan from a stored value: missing or unusable parts start empty (the stored value is not changed)."""
    plan = empty_plan()
    if isinstance(value, dict):
        for part in PLAN_PARTS:
            if isinstance(value.get(part), str):
                plan[part] = value[part]
    return plan


def plan_missing(plan: Mapping[str, Any] | None) -> list[str]:
    """The parts of a plan still to write, by their labels."""
    plan = plan or {}
    return [strings.CX_PLAN_FIELDS[part] for part in PLAN_PARTS
            if not isinstance(plan.get(part), str) or not plan[part].strip()]


def plan_status(plan: Mapping[str, Any] | None) -> str:
    """One sentence: the plan is complete, or which parts are still to write."""
    missing = plan_missing(plan)
    if not missing:
        return strings.CX_PLAN_COMPLETE
    return strings.CX_PLAN_MISSING.format(parts="; ".join(missing))


def update_plan(plan: Mapping[str, Any] | None, part: str, text: str) -> dict[str, str]:
    """A new plan (as the form stores it: empty parts left out) with one part replaced; bad input gets a sentence."""
    if part not in PLAN_PARTS:
        raise ValueError(strings.CX_PLAN_NO_PART.format(part=kinds.describe(part), parts=", ".join(PLAN_PARTS)))
    changed = {**plan_from(plan), part: text}
    stored = {key: value for key, value in changed.items() if value not in (None, "")}
    problem = kinds.value_problem(PLAN, stored)
    if problem is not None:
        raise ValueError(strings.CX_PLAN_REFUSED.format(problem=problem))
    return stored
