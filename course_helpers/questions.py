"""The reasoning behind notebook 09: the learner's question wall and where their questions gather.

A question wall is one journal value of a ``records`` prompt (:data:`WALL`):
a list of ``{"id", "text", "step", "stakeholder"}``. ``id`` is given when a
question is added and never changes, so editing or removing one question never
touches another. ``step`` (a learner step id) and ``stakeholder`` (an id of
:data:`STAKEHOLDERS`) are optional tags, left out (or ``None``) when the
learner did not choose one. The ``Records`` widget can edit the wall with
:func:`record_problems` as its check; the functions here do the same without
a widget, return a new wall and leave the one they were given alone; bad
input gets :class:`QuestionError` with one sentence.

No I/O, no widgets, no matplotlib (the tally's figure is
:func:`course_helpers.plots.question_tally`).
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from . import kinds, strings
from .course import LEARNER_STEPS, Prompt
from .course import prompt as find_prompt
from .vocabulary import QUESTION_STAKEHOLDERS

# Who a question can concern: the five viewpoints of step 03, then professional bodies and credential
# platforms, which complete the picture of section 8 of the domain brief (vocabulary.py spells them).
# Oliver (2019) names learners, employers, providers and policy makers as the key stakeholders.
STAKEHOLDERS: tuple[tuple[str, str], ...] = QUESTION_STAKEHOLDERS

MAX_QUESTION_CHARS = 1_000  # a question, not an essay: longer thoughts belong in a reflection
WALL_PROMPT = "further_questions"
# The wall is in the manifest (course.py): text, and two optional tags, the step and the stakeholder.
WALL: Prompt = find_prompt("09", WALL_PROMPT)
MAX_QUESTIONS = WALL.most
HOPES = ("00", "hopes")  # the learner's hopes note, shown beside the wall


class QuestionError(ValueError):
    """A question could not be added or changed; the message is one sentence for the learner."""


@dataclass(frozen=True)
class Count:
    """How many questions carry one tag; ``tag`` is None for "not tagged"."""

    tag: str | None
    label: str
    count: int


@dataclass(frozen=True)
class Tally:
    """Where the questions gather, by step and by stakeholder, in course order."""

    total: int
    by_step: tuple[Count, ...]
    by_stakeholder: tuple[Count, ...]


def step_names(steps: Iterable[Any] = LEARNER_STEPS) -> dict[str, str]:
    """'03' -> '03 How well do stakeholders understand micro-credentials?' for every learner step."""
    return {step.id: step.label for step in steps}


def stakeholder_names() -> dict[str, str]:
    return dict(STAKEHOLDERS)


# --- checking and changing a wall ---------------------------------------------------------------

def check_question(text: Any, step: Any = None, stakeholder: Any = None, *,
                   steps: Mapping[str, str] | None = None,
                   stakeholders: Mapping[str, str] | None = None) -> str | None:
    """Why this question cannot go on the wall (one sentence), or None when it can."""
    steps = step_names() if steps is None else steps
    stakeholders = stakeholder_names() if stakeholders is None else stakeholders
    if not isinstance(text, str) or not text.strip():
        return strings.Q_EMPTY
    if len(text) > MAX_QUESTION_CHARS:
        return strings.Q_TOO_LONG.format(length=len(text), limit=MAX_QUESTION_CHARS)
    if step is not None and (not isinstance(step, str) or step not in steps):
        return strings.Q_UNKNOWN_STEP.format(value=kinds.describe(step), known=", ".join(steps))
    if stakeholder is not None and (not isinstance(stakeholder, str) or stakeholder not in stakeholders):
        return strings.Q_UNKNOWN_STAKEHOLDER.format(value=kinds.describe(stakeholder),
                                                    known=", ".join(stakeholders.values()))
    return None


def record_problems(draft: Mapping[str, Any]) -> list[str]:
    """The check the ``Records`` widget runs on a new question (``check=questions.record_problems``)."""
    problem = check_question(draft.get("text"), draft.get("step"), draft.get("stakeholder"))
    return [] if problem is None else [problem]


def add_question(wall: Sequence[Mapping[str, Any]] | None, text: str, step: str | None = None,
                 stakeholder: str | None = None, *, steps: Mapping[str, str] | None = None,
                 stakeholders: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """A new wall with this question added at the end (under a fresh id)."""
    current = _copy(wall)
    if len(current) >= MAX_QUESTIONS:
        raise QuestionError(strings.Q_WALL_FULL.format(limit=MAX_QUESTIONS))
    problem = check_question(text, step, stakeholder, steps=steps, stakeholders=stakeholders)
    if problem is not None:
        raise QuestionError(problem)
    current.append(_stored({"id": new_id(q["id"] for q in current), "text": text, "step": step,
                            "stakeholder": stakeholder}))
    return current


_UNCHANGED: Any = object()


def update_question(wall: Sequence[Mapping[str, Any]] | None, question_id: str, *, text: Any = _UNCHANGED,
                    step: Any = _UNCHANGED, stakeholder: Any = _UNCHANGED,
                    steps: Mapping[str, str] | None = None,
                    stakeholders: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """A new wall in which one question has new text or tags (the others are untouched)."""
    current = _copy(wall)
    index = _index(current, question_id)
    changed = dict(current[index])
    for name, value in (("text", text), ("step", step), ("stakeholder", stakeholder)):
        if value is not _UNCHANGED:
            changed[name] = value
    problem = check_question(changed.get("text"), changed.get("step"), changed.get("stakeholder"),
                             steps=steps, stakeholders=stakeholders)
    if problem is not None:
        raise QuestionError(problem)
    current[index] = _stored(changed)
    return current


def remove_question(wall: Sequence[Mapping[str, Any]] | None, question_id: str) -> list[dict[str, Any]]:
    """A new wall without this question."""
    current = _copy(wall)
    del current[_index(current, question_id)]
    return current


def new_id(taken: Iterable[str]) -> str:
    """A fresh question id ('q' and eight hex digits) that is not in ``taken``."""
    used = set(taken)
    while True:
        candidate = f"q{secrets.token_hex(4)}"
        if candidate not in used:
            return candidate


def _stored(question: Mapping[str, Any]) -> dict[str, Any]:
    """A question as the Records widget stores it: tags that were not chosen are left out."""
    return {key: value for key, value in question.items() if value is not None}


def _copy(wall: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """A private copy of a stored wall; a value that is not a wall gets a sentence."""
    current = [] if wall is None else list(wall)
    problem = kinds.value_problem(WALL, current)
    if problem is not None:
        raise QuestionError(strings.Q_NOT_A_WALL.format(problem=problem))
    return [dict(question) for question in current]


def _index(wall: list[dict[str, Any]], question_id: str) -> int:
    for index, question in enumerate(wall):
        if question["id"] == question_id:
            return index
    raise QuestionError(strings.Q_NO_SUCH_QUESTION.format(id=kinds.describe(question_id)))


# --- where the questions gather --------------------------------------------------------------

def tally(wall: Sequence[Mapping[str, Any]] | None, *, steps: Mapping[str, str] | None = None,
          stakeholders: Mapping[str, str] | None = None) -> Tally:
    """How many questions each step and each stakeholder has, every tag listed (zeros too).

    Tags this course does not know (from a newer version's journal) are counted under their own id.
    """
    steps = step_names() if steps is None else steps
    stakeholders = stakeholder_names() if stakeholders is None else stakeholders
    questions = [] if wall is None else list(wall)
    return Tally(total=len(questions),
                 by_step=_counts(questions, "step", steps, strings.Q_NO_STEP),
                 by_stakeholder=_counts(questions, "stakeholder", stakeholders, strings.Q_NO_STAKEHOLDER))


def _counts(questions: list[Mapping[str, Any]], tag: str, names: Mapping[str, str], untagged: str) -> tuple[Count, ...]:
    counts: dict[str | None, int] = {key: 0 for key in names}
    for question in questions:
        key = question.get(tag) if isinstance(question, Mapping) else None
        key = key if isinstance(key, str) else None
        counts[key] = counts.get(key, 0) + 1
    counts.setdefault(None, 0)
    ordered = [k for k in names] + sorted(k for k in counts if k is not None and k not in names) + [None]
    return tuple(Count(k, untagged if k is None else names.get(k, str(k)), counts[k]) for k in ordered)


def busiest(counts: Sequence[Count]) -> list[Count]:
    """The tags (not "not tagged") with the most questions; empty when no question is tagged."""
    tagged = [c for c in counts if c.tag is not None and c.count > 0]
    if not tagged:
        return []
    top = max(c.count for c in tagged)
    return [c for c in tagged if c.count == top]


def tally_summary(result: Tally) -> str:
    """One sentence on where the open questions gather."""
    if result.total == 0:
        return strings.Q_SUMMARY_NONE
    parts = []
    for counts, template in ((result.by_step, strings.Q_SUMMARY_STEP),
                             (result.by_stakeholder, strings.Q_SUMMARY_STAKEHOLDER)):
        top = busiest(counts)
        if top:
            parts.append(template[len(top) > 1].format(names=_join([c.label for c in top]), count=top[0].count,
                                                       s="" if top[0].count == 1 else "s"))
    total = strings.Q_SUMMARY_TOTAL.format(count=result.total, s="" if result.total == 1 else "s")
    return " ".join([total, *parts]) if parts else f"{total} {strings.Q_SUMMARY_UNTAGGED}"


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def hopes_note(values: Mapping[tuple[str, str], Any]) -> str | None:
    """The learner's hopes from 00, to stand beside the wall (None when not written)."""
    value = values.get(HOPES)
    return value if isinstance(value, str) and value.strip() else None
