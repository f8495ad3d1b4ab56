"""A saved value in words, chosen by its prompt's kind.

:func:`show_value` returns a :class:`Shown`: lines made of :class:`Piece` s,
where a piece marked ``learner`` is the learner's own text (every writer
escapes it and keeps it from reordering the text around it). Each kind has a
renderer in :data:`RENDERERS`; a later step adds one for a new kind with
:func:`register_renderer`. A value that does not fit its prompt's kind
(:func:`course_helpers.kinds.value_problem`), a kind without a renderer, and
a prompt this course does not know are all shown as raw JSON with a note:
never dropped.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from .. import kinds, scenarios, strings
from ..course import Prompt
from ..vocabulary import CREDENTIAL_FIELDS, NO_DRIVER


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


def _links(prompt: Prompt, value: Mapping[str, Mapping[str, str | None] | None]) -> Shown:
    """04's links from critiques to drivers: one line per critique that has one."""
    rows, columns = _labels(prompt.items), _labels(prompt.columns)
    lines = []
    for row, link in value.items():
        if not link or link.get("driver") is None:
            continue
        driver = link["driver"]
        target = strings.PF_LINK_NONE if driver == NO_DRIVER else columns.get(driver, driver)
        relation = link.get("relation") or strings.PF_LINK_RELATED
        lines.append(_ours(strings.PF_LINK.format(critique=rows.get(row, row), relation=relation, driver=target)))
    return Shown(tuple(lines) or (_ours(strings.PF_GRID_NONE),), listed=True)


def _credential(prompt: Prompt, value: Mapping[str, Any]) -> Shown:
    """07's audit form: each filled element in the order of the standard's fields, the learner's text as theirs."""
    lines = []
    for name in CREDENTIAL_FIELDS:
        entry = value.get(name)
        if entry in (None, "", []):
            continue
        label = name.replace("_", " ").capitalize()
        if isinstance(entry, list):
            pieces: list[Piece] = []
            for index, item in enumerate(entry):
                pieces += ([Piece("; ")] if index else []) + [Piece(str(item), learner=True)]
            lines.append((Piece(f"{label}: "), *pieces))
        elif isinstance(entry, str):
            lines.append((Piece(f"{label}: "), Piece(entry, learner=True)))
        else:
            lines.append(_ours(f"{label}: {entry:g}" if isinstance(entry, float) else f"{label}: {entry}"))
    return Shown(tuple(lines) or (_ours(strings.PF_FIELD_EMPTY),), listed=True)


for _kind, _render in (("reflection", _text), ("line", _text), ("rating", _rating), ("choice", _choice),
                       ("placement", _placement), ("picks", _picks), ("ranking", _ranking), ("grid", _grid),
                       ("form", _form), ("records", _records), ("links", _links),
                       ("credential", _credential)):
    register_renderer(_kind, _render)


from . import words_05_06  # noqa: E402,F401 - registers the renderers of steps 05 and 06
