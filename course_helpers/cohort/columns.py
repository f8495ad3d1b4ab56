"""Which answers travel in a share file, and how each is checked and stored compactly.

Every prompt kind has a *share policy*:

* ``structured`` answers (placements, ratings, choices, rankings) hold no free
  text and are shared by default;
* ``written`` answers (reflections, one-liners) are shared only for the steps
  a learner ticks;
* any other kind is ``never`` shared until someone decides which it is (a test
  fails when the manifest has a kind without a policy, so the decision is made).

A :class:`Layout` turns the manifest into one :class:`Column` per shareable
prompt. Each column's ``encode`` checks a value as :mod:`course_helpers.kinds`
does (a test keeps them in agreement) and returns a compact, hashable form
for the class table, or :data:`MISFIT`. No I/O here.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat
from typing import Any, Callable, Iterable, Literal

from .. import kinds, strings
from ..course import LEARNER_STEPS, Prompt, Step
from ..kinds import MAX_ENTRIES, RATING_RANGE
from ..vocabulary import LINK_RELATIONS, NO_DRIVER, PLACEMENT_RANGE
from .schema import MAX_TEXT_CHARS, text_problem
from .schema import value_problem as schema_value_problem

SharePolicy = Literal["structured", "written", "never"]
SHARE_POLICY: dict[str, SharePolicy] = {
    "placement": "structured",
    "rating": "structured",
    "choice": "structured",
    "ranking": "structured",  # a list of item ids, best first (step 07's blocks)
    "reflection": "written",
    "line": "written",
    "credential": "never",  # 07's audit form: a description full of free text, for the learner's own use
    "picks": "structured",  # ids of listed items, no free text (08's two hardest principles)
    "form": "never",  # free text in named fields (08's action plan): no written-answer path for it yet
    "records": "never",  # a list of free-text records (09's question wall): likewise
    "grid": "structured",  # 03's judgements: each cell one of a few answers, suppressed cell by cell
    "links": "structured",  # 04's links: each critique a driver id and a relation, no free text
    # 05 and 06: not shared yet. The module taken apart, the pathway and the two counting numbers hold no free
    # text but would each need an encoder and an aggregate of their own; the credentials and the links between
    # them are the learner's own history (names typed freely), for their own map only.
    "assignment": "never",
    "pathway": "never",
    "choice_count": "never",
    "credentials": "never",
    "interfaces": "never",
}
MISFIT = object()  # what an encoder returns for a value that does not fit its prompt
_ABSENT = object()


def share_policy(kind: str) -> SharePolicy:
    """How answers of ``kind`` may be shared; unknown kinds are never shared."""
    return SHARE_POLICY.get(kind, "never")


def listed_items(prompt: Prompt) -> tuple[tuple[str, str], ...]:
    """What a ranking ranks or a picks prompt offers, as (label, value): the manifest lists them as
    ``items`` (07's blocks, 08's principles); a ranking written before that lists them as ``options``."""
    return prompt.items or prompt.options


Encoder = Callable[[Any], Any]


def finite_values(prompt: Prompt) -> tuple[type, dict[Any, Any]] | None:
    """For kinds with a few possible values: (the one type they have, value -> stored form)."""
    if prompt.kind == "rating":
        low, high = RATING_RANGE
        return int, {value: value for value in range(low, high + 1)}
    if prompt.kind == "choice":
        return str, {value: value for _, value in prompt.options}
    return None


def _finite_encoder(prompt: Prompt) -> Encoder:
    """Ratings and choices: the value must have the right type (a bool is not a rating) and be listed."""
    kind, allowed = finite_values(prompt)

    def encode(value: Any) -> Any:
        return allowed.get(value, MISFIT) if type(value) is kind else MISFIT
    return encode


def _placement_encoder(prompt: Prompt) -> Encoder:
    low, high = PLACEMENT_RANGE
    axis = [None, *range(low, high + 1)]
    points = {(x, y): (x, y) for x in axis for y in axis}  # one shared tuple per point for the whole class
    points[(None, None)] = None

    def coordinate(value: Any) -> Any:
        if value is None or (type(value) is int and low <= value <= high):
            return value
        return MISFIT

    def encode(value: Any) -> Any:
        if type(value) is not dict or len(value) != 2 or "x" not in value or "y" not in value:
            return MISFIT
        x, y = coordinate(value["x"]), coordinate(value["y"])
        if x is MISFIT or y is MISFIT:
            return MISFIT
        return points[(x, y)]  # nothing placed yet counts as no answer
    return encode


def _ranking_encoder(prompt: Prompt) -> Encoder:
    canonical = {value: value for _, value in listed_items(prompt)}

    def encode(value: Any) -> Any:
        if type(value) is not list or not value:
            return MISFIT
        ranked = tuple(canonical.get(item) if type(item) is str else None for item in value)
        if None in ranked or len(set(ranked)) != len(ranked):
            return MISFIT
        return ranked
    return encode


def _grid_encoder(prompt: Prompt) -> Encoder:
    """03's judgements: {row id: {column id: answer | None}} stored as one flat tuple of cells, row by row in
    manifest order, each an answer or None; a grid with no cell answered counts as no answer."""
    rows = [value for _, value in prompt.items]
    columns = [value for _, value in prompt.columns]
    row_set, column_set = frozenset(rows), frozenset(columns)
    # The stored form of every allowed cell: the class keeps one copy of each answer, not 40 a file.
    canonical = {value: value for _, value in prompt.options} | {None: None}
    empty_row = (None,) * len(columns)
    empty = empty_row * len(rows)

    def encode(value: Any) -> Any:
        # One pass over the rows and C-level maps over the cells: this runs for every file of a class.
        if type(value) is not dict or not value.keys() <= row_set:
            return MISFIT
        flat: list[Any] = []
        for row in rows:
            cells = value.get(row, _ABSENT)
            if cells is _ABSENT:
                flat += empty_row
            elif type(cells) is not dict or not cells.keys() <= column_set:
                return MISFIT
            else:
                flat += map(cells.get, columns)
        try:
            stored = tuple(map(canonical.get, flat, repeat(MISFIT)))  # an answer not offered becomes MISFIT
        except TypeError:  # a list or an object where an answer belongs
            return MISFIT
        if MISFIT in stored:
            return MISFIT
        return None if stored == empty else stored
    return encode


def _links_encoder(prompt: Prompt) -> Encoder:
    """04's links: {critique id: {"driver": id | "none" | None, "relation": relation | None} | None}, stored as
    one (driver, relation) pair per critique (manifest order), None where no driver was chosen; a set of links
    with no driver chosen anywhere counts as no answer."""
    critiques = [value for _, value in prompt.items]
    critique_set = frozenset(critiques)
    relations = (*LINK_RELATIONS, None)
    # Every allowed (driver, relation) and what it is stored as: a relation without a driver links nothing,
    # and "no driver" takes no relation.
    stored_as: dict[tuple[Any, Any], Any] = {(driver, relation): (driver, relation)
                                             for _, driver in prompt.columns for relation in relations}
    stored_as.update({(None, relation): None for relation in relations})
    stored_as[(NO_DRIVER, None)] = (NO_DRIVER, None)
    link_keys = frozenset(("driver", "relation"))
    empty = (None,) * len(critiques)

    def encode(value: Any) -> Any:
        if type(value) is not dict or len(value) > MAX_ENTRIES or not value.keys() <= critique_set:
            return MISFIT
        pairs = {}
        for critique, link in value.items():
            if link is None:
                continue
            if type(link) is not dict or not link.keys() <= link_keys:
                return MISFIT
            try:
                pair = stored_as.get((link.get("driver"), link.get("relation")), MISFIT)
            except TypeError:  # a list or an object where an id belongs
                return MISFIT
            if pair is MISFIT:
                return MISFIT
            pairs[critique] = pair
        stored = tuple(map(pairs.get, critiques))
        return None if stored == empty else stored
    return encode


def _picks_encoder(prompt: Prompt) -> Encoder:
    """08's two hardest principles: ids of listed items, each once, no more than the prompt allows (the rule of
    :func:`kinds.value_problem`, as set operations); stored as "answered"."""
    known = frozenset(value for _, value in listed_items(prompt))
    limit = prompt.most or len(known)

    def encode(value: Any) -> Any:
        if type(value) is not list or len(value) > limit:
            return MISFIT
        try:
            if not known.issuperset(value) or len(set(value)) != len(value):
                return MISFIT
        except TypeError:  # a list or an object where an id belongs
            return MISFIT
        return True
    return encode


def _written_encoder(prompt: Prompt) -> Encoder:
    def encode(value: Any) -> Any:
        if type(value) is not str or len(value) > MAX_TEXT_CHARS or text_problem(value) is not None:
            return MISFIT
        return value
    return encode


def _checked_encoder(prompt: Prompt) -> Encoder:
    """A structured kind with no encoder of its own: checked by kinds.py, stored as "answered"."""
    def encode(value: Any) -> Any:
        if prompt.kind not in kinds.known_kinds() or schema_value_problem(value) is not None:
            return MISFIT
        return MISFIT if kinds.value_problem(prompt, value) is not None else True
    return encode


_ENCODERS: dict[str, Callable[[Prompt], Encoder]] = {
    "rating": _finite_encoder,
    "choice": _finite_encoder,
    "placement": _placement_encoder,
    "ranking": _ranking_encoder,
    "grid": _grid_encoder,
    "links": _links_encoder,
    "picks": _picks_encoder,
    "reflection": _written_encoder,
    "line": _written_encoder,
}


@dataclass(frozen=True)
class Column:
    """One shareable prompt: where it sits in the class table and how its values are checked."""

    index: int
    step: str
    prompt: Prompt
    policy: SharePolicy
    encode: Encoder

    @property
    def kind(self) -> str:
        return self.prompt.kind

    @property
    def key(self) -> tuple[str, str]:
        return (self.step, self.prompt.id)

    def misfit_reason(self, value: Any) -> str:
        """Why ``value`` was refused for this prompt, in the journal's words where it has them."""
        if self.policy == "written" and isinstance(value, str):
            if len(value) > MAX_TEXT_CHARS:
                return strings.COHORT_VALUE_TEXT.format(limit=f"{MAX_TEXT_CHARS:,}")
            problem = text_problem(value)
            if problem:
                return problem
        if self.kind in kinds.known_kinds():
            problem = kinds.value_problem(self.prompt, value)
            if problem:
                return problem
        return strings.COHORT_VALUE_MISFIT.format(kind=self.kind)


class Layout:
    """The shareable prompts of some steps, in manifest order, looked up by step and prompt id."""

    def __init__(self, steps: Iterable[Step] = LEARNER_STEPS):
        self.steps: tuple[Step, ...] = tuple(steps)
        self.columns: list[Column] = []
        self.by_step: dict[str, dict[str, Column]] = {}
        # The same, as plain tuples for the import's inner loop: (index, encode, is written, the one
        # type and the table of allowed values for ratings and choices, else None and None).
        self.entries: dict[str, dict[str, tuple[int, Encoder, bool, type | None, dict | None]]] = {}
        for step in self.steps:
            for prompt in step.prompts:
                policy = share_policy(prompt.kind)
                if policy == "never":
                    continue
                column = Column(len(self.columns), step.id, prompt, policy, _ENCODERS.get(prompt.kind, _checked_encoder)(prompt))
                self.columns.append(column)
                self.by_step.setdefault(step.id, {})[prompt.id] = column
                kind, allowed = finite_values(prompt) or (None, None)
                self.entries.setdefault(step.id, {})[prompt.id] = (column.index, column.encode, policy == "written",
                                                                   kind, allowed)

    def column(self, step: str, prompt: str) -> Column | None:
        return self.by_step.get(step, {}).get(prompt)

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def __len__(self) -> int:
        return len(self.columns)
