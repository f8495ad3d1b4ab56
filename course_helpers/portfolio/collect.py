"""Everything the learner wrote, in course order, with each value put into words by its prompt's kind.

:func:`collect` reads a journal through its public API only and returns a
:class:`Collected`: one :class:`Section` per learner step of the manifest
(every prompt, answered or not) and, at the end, the answers this version of
the course does not know (a newer course's prompts, an imported journal).
Nothing the journal holds is dropped: a value that does not fit its prompt's
kind, or whose kind has no renderer, is shown as raw JSON with a note.

A shown value is a list of lines made of :class:`Piece` s; a piece marked
``learner`` is the learner's own text, which every writer escapes and keeps
from reordering the text around it (bidi isolation).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Iterable, Mapping, Sequence

from .. import kinds, scenarios, strings
from ..course import LEARNER_STEPS, Prompt, Step


@dataclass(frozen=True)
class Piece:
    """A run of text; ``learner`` marks the learner's own words (escaped and bidi-isolated when written)."""

    text: str
    learner: bool = False


Line = tuple[Piece, ...]


@dataclass(frozen=True)
class Shown:
    """A value in words: ``lines`` form one paragraph (``listed=False``) or a list; ``note`` explains raw JSON."""

    lines: tuple[Line, ...]
    listed: bool = False
    note: str = ""

    @property
    def text(self) -> str:
        """The value as plain text (lines joined by newlines)."""
        return "\n".join("".join(piece.text for piece in line) for line in self.lines)


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


# --- putting a value into words, by kind ------------------------------------------------------

Render = Callable[[Prompt, Any], Shown]
RENDERERS: dict[str, Render] = {}


def register_renderer(kind: str, render: Render) -> None:
    """Declare how answers of ``kind`` are put into words (one renderer per kind)."""
    if kind in RENDERERS and RENDERERS[kind] is not render:
        raise ValueError(f"prompt kind {kind!r} already has a renderer")
    RENDERERS[kind] = render


def is_blank(value: Any) -> bool:
    """Not an answer: None, text of only spaces, an empty list, or an object whose parts are all blank."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return not value
    if isinstance(value, dict):
        return all(is_blank(part) for part in value.values())
    return False


def show_value(prompt: Prompt | None, value: Any) -> Shown:
    """``value`` in words by the kind of ``prompt`` (None: a prompt this course does not know)."""
    if prompt is None:
        return raw(value, strings.PF_NOTE_UNKNOWN_PROMPT)
    render = RENDERERS.get(prompt.kind)
    if render is None:
        return raw(value, strings.PF_NOTE_UNKNOWN_KIND.format(kind=prompt.kind))
    try:
        problem = kinds.value_problem(prompt, value)
    except KeyError:
        problem = strings.PF_NOTE_UNKNOWN_KIND.format(kind=prompt.kind)
    if problem is not None:
        return raw(value, strings.PF_NOTE_DOES_NOT_FIT.format(problem=problem))
    try:
        return render(prompt, value)
    except Exception as error:  # noqa: BLE001 - a value we cannot word is still shown, never lost
        return raw(value, strings.PF_NOTE_NOT_WORDED.format(error=type(error).__name__))


def raw(value: Any, note: str) -> Shown:
    """The value as JSON text, with a note saying why it is shown that way."""
    try:
        text = json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        text = strings.PF_RAW_UNSHOWABLE.format(value=kinds.describe(value))
    return Shown(((Piece(text, learner=True),),), note=note)


def _ours(text: str) -> Line:
    return (Piece(text),)


def _text(prompt: Prompt, value: str) -> Shown:
    return Shown(((Piece(value, learner=True),),))


def _rating(prompt: Prompt, value: int) -> Shown:
    low, high = kinds.RATING_RANGE
    ends = ", ".join(end for end in (prompt.low, prompt.high) if end)
    text = strings.PF_RATING.format(value=value, high=high)
    return Shown((_ours(f"{text} ({ends})" if ends else text),))


def _choice(prompt: Prompt, value: str) -> Shown:
    label = next(label for label, option in prompt.options if option == value)
    return Shown((_ours(label),))


def _placement(prompt: Prompt, value: Mapping[str, int | None]) -> Shown:
    x, y = value["x"], value["y"]
    if x is not None and y is not None:
        return Shown((_ours(strings.PF_PLACED.format(point=scenarios.format_point((x, y)),
                                                     where=scenarios.where(x, y),
                                                     reading=scenarios.describe_point(x, y))),))
    across = strings.PF_NOT_CHOSEN if x is None else f"{x:+d}" if x else "0"
    updown = strings.PF_NOT_CHOSEN if y is None else f"{y:+d}" if y else "0"
    return Shown((_ours(strings.PF_PARTLY_PLACED.format(across=across, updown=updown)),))


def _labels(options: Sequence[tuple[str, str]]) -> dict[str, str]:
    return {value: label for label, value in options}


def _picks(prompt: Prompt, value: list[str]) -> Shown:
    labels = _labels(prompt.items)
    return Shown(tuple(_ours(labels[item]) for item in value), listed=True)


def _ranking(prompt: Prompt, value: list[str]) -> Shown:
    labels = _labels(prompt.items)
    return Shown(tuple(_ours(strings.PF_RANKED.format(position=n, item=labels[item]))
                       for n, item in enumerate(value, start=1)), listed=True)


def _grid(prompt: Prompt, value: Mapping[str, Mapping[str, str | None]]) -> Shown:
    answers = _labels(prompt.options)
    lines = []
    for row_label, row in prompt.items:  # in the prompt's order, whatever order the value was saved in
        for column_label, column in prompt.columns:
            cell = (value.get(row) or {}).get(column)
            if cell is not None:
                lines.append(_ours(strings.PF_GRID_CELL.format(row=row_label, column=column_label,
                                                               answer=answers[cell])))
    return Shown(tuple(lines) or (_ours(strings.PF_GRID_NONE),), listed=True)


def _field_pieces(field: Any, entry: Any) -> tuple[Piece, ...]:
    """One entry of a form or record: the learner's text as theirs, a choice by its label, a number as written."""
    if field.kind == "choice":
        return (Piece(_labels(field.options)[entry]),)
    if field.kind == "number":
        return (Piece(f"{entry:g}" if isinstance(entry, float) else str(entry)),)
    return (Piece(entry, learner=True),)


def _form(prompt: Prompt, value: Mapping[str, Any]) -> Shown:
    """Every field in the prompt's order, the empty ones said to be empty."""
    lines = []
    for field in prompt.fields:
        entry = value.get(field.id)
        if entry in (None, "") or (isinstance(entry, str) and not entry.strip()):
            lines.append(_ours(f"{field.label}: {strings.PF_FIELD_EMPTY}"))
        else:
            lines.append((Piece(f"{field.label}: "), *_field_pieces(field, entry)))
    return Shown(tuple(lines), listed=True)


def _records(prompt: Prompt, value: list[Mapping[str, Any]]) -> Shown:
    """One line per record: its first filled entry, then the others in brackets with their labels."""
    lines = []
    for record in value:
        filled = [(field, record[field.id]) for field in prompt.fields if record.get(field.id) not in (None, "")]
        if not filled:
            lines.append(_ours(strings.PF_FIELD_EMPTY))
            continue
        (first, entry), rest = filled[0], filled[1:]
        line = list(_field_pieces(first, entry))
        for index, (field, entry) in enumerate(rest):
            line += [Piece(" (" if index == 0 else "; "), Piece(f"{field.label}: "), *_field_pieces(field, entry)]
        if rest:
            line.append(Piece(")"))
        lines.append(tuple(line))
    return Shown(tuple(lines), listed=True)


for _kind, _render in (("reflection", _text), ("line", _text), ("rating", _rating), ("choice", _choice),
                       ("placement", _placement), ("picks", _picks), ("ranking", _ranking), ("grid", _grid),
                       ("form", _form), ("records", _records)):
    register_renderer(_kind, _render)


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
