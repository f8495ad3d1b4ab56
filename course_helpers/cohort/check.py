"""One share file's bytes to one row of the class table: every check, no state, no I/O.

:func:`check_share` is all that happens to a file once it has been read; it
depends on nothing but its arguments, so worker processes can run it for a
large folder (see :mod:`.parallel`) and give exactly what the importer itself
would.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from .. import strings
from .columns import MISFIT, Layout
from .schema import ShareFileError, answer_key_problem, envelope_refusal, parse_json, short, value_problem

Refused = tuple[str, str]  # (summary category, one sentence)


class Accepted(NamedTuple):
    """A valid file: who sent it, when, their answers as a table row, and how many answers were ignored."""

    class_code: str
    learner: str
    created_at: str
    row: tuple[Any, ...]
    ignored: int


def check_share(data: bytes, layout: Layout, class_code: str | None = None) -> Accepted | Refused:
    """The file's row when it is a valid share file (of ``class_code``, when given), else why it is refused."""
    try:
        document = parse_json(data)
    except ShareFileError as error:
        return error.category, str(error)
    refusal = envelope_refusal(document)
    if refusal is not None:
        return refusal
    if class_code is not None and document["class_code"] != class_code:
        return (strings.COHORT_CAT_OTHER_CLASS,
                strings.COHORT_OTHER_CLASS.format(code=document["class_code"], wanted=class_code))
    try:
        row, ignored = answers_row(document, layout)
    except AnswerRefused as refused:
        return refused.category, refused.reason
    return Accepted(document["class_code"], document["learner"], document["created_at"], row, ignored)


class AnswerRefused(Exception):
    """An answer that does not fit its prompt, or may not be shared: the whole file is refused."""

    def __init__(self, category: str, reason: str):
        super().__init__(reason)
        self.category, self.reason = category, reason


def answers_row(document: dict, layout: Layout) -> tuple[tuple[Any, ...], int]:
    """(row, how many answers were ignored) for a valid envelope; raises :class:`AnswerRefused`."""
    row: list[Any] = [None] * len(layout)
    shared = document["shared_reflections"]
    entries = layout.entries
    ignored = 0
    for step, prompts in document["answers"].items():
        known = entries.get(step)
        if known is None:
            _check_unknown_answers(step, prompts)
            ignored += len(prompts)
            continue
        for prompt, value in prompts.items():
            entry = known.get(prompt)
            if entry is None:
                _check_unknown_answers(step, {prompt: value})
                ignored += 1
                continue
            if value is None:
                continue
            index, encode, written, kind, allowed = entry
            # Ratings and choices: the encoder's own rule, inlined (most answers are these).
            encoded = allowed.get(value, MISFIT) if type(value) is kind else encode(value)
            if encoded is MISFIT:
                raise AnswerRefused(strings.COHORT_CAT_BAD_ANSWER,
                                    strings.COHORT_BAD_ANSWER.format(step=step, prompt=prompt,
                                                                     problem=layout.columns[index].misfit_reason(value)))
            if written and step not in shared:
                raise AnswerRefused(strings.COHORT_CAT_UNTICKED, strings.COHORT_UNTICKED.format(step=step))
            row[index] = encoded
    return tuple(row), ignored


def _check_unknown_answers(step: str, prompts: dict) -> None:
    """Answers to prompts this version does not share are ignored, but must still fit the schema."""
    for prompt, value in prompts.items():
        problem = answer_key_problem(step, prompt) or value_problem(value)
        if problem is not None:
            raise AnswerRefused(strings.COHORT_CAT_INVALID,
                                strings.COHORT_BAD_ANSWER.format(step=step, prompt=short(prompt), problem=problem))
