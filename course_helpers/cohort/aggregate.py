"""What the class answered, prompt by prompt, with small groups suppressed.

One aggregate per shareable prompt, chosen by the prompt's kind, so a new
step's prompts aggregate as soon as they are in the manifest:

* placement: centre (mean) and spread (standard deviation) on each axis;
* rating: the count for each point of the scale, the median and quartiles;
* choice: the count for each option;
* ranking: each option's mean rank and its spread;
* grid (03's judgements): a distribution of answers in every cell, each cell
  suppressed on its own;
* links (04): for each critique, how many linked it to each driver and with
  which relation, or to no driver, suppressed critique by critique;
* written answers: the texts, in alphabetical order, with no id beside them;
* any other kind: how many answered.

Every aggregate carries ``n``, the number of learners it is built from. Below
``k`` learners (5 unless the facilitator raises it) it is ``suppressed``:
``n`` is hidden too and nothing else is given. Counts of 1 to ``k - 1`` inside
a distribution are hidden as :mod:`.suppress` decides, so that no published
count or total reveals them. Means are not given for ratings, because a mean
times ``n`` is a total that could reveal a hidden count.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from itertools import zip_longest
from operator import is_not
from typing import Any, Iterable

from ..course import Step
from ..kinds import RATING_RANGE
from ..vocabulary import LINK_RELATIONS, NO_DRIVER
from .bulk import collector_paused
from .columns import Column, Layout, listed_items
from .suppress import MIN_GROUP, Protected, check_threshold, protect
from .table import ClassTable


@dataclass(frozen=True)
class Aggregate:
    """What every aggregate has: its prompt, how many it is built from (None when suppressed)."""

    column: Column
    n: int | None
    suppressed: bool

    @property
    def step(self) -> str:
        return self.column.step

    @property
    def prompt(self):
        return self.column.prompt

    @property
    def kind(self) -> str:
        return self.column.kind


@dataclass(frozen=True)
class PlacementSummary(Aggregate):
    centre: tuple[float, float] | None = None  # mean x, mean y
    spread: tuple[float, float] | None = None  # standard deviation of x and of y


@dataclass(frozen=True)
class Category:
    """One cell of a distribution: ``count`` None when hidden."""

    value: Any
    label: str
    count: int | None


@dataclass(frozen=True)
class DistributionSummary(Aggregate):
    """Ratings (ordered, with quartiles) and choices (counts only)."""

    categories: tuple[Category, ...] = ()
    all_hidden: bool = False
    median: Any = None
    quartiles: tuple[Any, Any] | None = None  # Q1, Q3

    @property
    def hidden_cells(self) -> int:
        return sum(c.count is None for c in self.categories)


@dataclass(frozen=True)
class RankedOption:
    value: str
    label: str
    n: int | None
    mean_rank: float | None
    spread: float | None


@dataclass(frozen=True)
class RankingSummary(Aggregate):
    options: tuple[RankedOption, ...] = ()


@dataclass(frozen=True)
class GridCell:
    """One cell of a class's grid: how many answered it (None below k) and each answer's count (None hidden)."""

    row: str
    row_label: str
    column: str
    column_label: str
    n: int | None
    counts: tuple[int | None, ...] = ()  # one per answer of the prompt, in its order; () when the cell is hidden

    def share(self, position: int) -> float | None:
        """The share of the cell's learners who gave the answer at ``position``, or None when it is not published."""
        if self.n is None or not self.counts or self.counts[position] is None:
            return None
        return self.counts[position] / self.n


@dataclass(frozen=True)
class Difference:
    """How far the rows (03's groups) differ on one column (an example): the highest and lowest share."""

    column: str
    column_label: str
    spread: float
    highest: tuple[str, float]  # (row label, share)
    lowest: tuple[str, float]


@dataclass(frozen=True)
class GridSummary(Aggregate):
    """A grid prompt: every cell's distribution, rows by columns (row-major); ``answers`` as (value, label)."""

    answers: tuple[tuple[str, str], ...] = ()
    cells: tuple[GridCell, ...] = ()

    def differences(self, position: int = 0) -> list[Difference]:
        """Per column, the spread of the published shares of one answer across rows, largest first.

        Columns with fewer than two published shares are left out.
        """
        result = []
        for label, column in self.prompt.columns:
            shares = [(c.row_label, share) for c in self.cells if c.column == column
                      if (share := c.share(position)) is not None]
            if len(shares) < 2:
                continue
            high, low = max(shares, key=lambda s: s[1]), min(shares, key=lambda s: s[1])
            result.append(Difference(column, label, high[1] - low[1], high, low))
        return sorted(result, key=lambda d: -d.spread)


@dataclass(frozen=True)
class LinkCount:
    """How many learners linked a critique to one driver (``NO_DRIVER`` for none) with one relation."""

    driver: str
    driver_label: str
    relation: str | None  # None: no relation given (and always for NO_DRIVER)
    count: int | None  # None when hidden


@dataclass(frozen=True)
class LinkRow:
    """One critique: how many linked it at all (None below k) and the counts per driver and relation."""

    critique: str
    label: str
    n: int | None
    counts: tuple[LinkCount, ...] = ()  # () when the whole row is hidden


@dataclass(frozen=True)
class LinksSummary(Aggregate):
    rows: tuple[LinkRow, ...] = ()


@dataclass(frozen=True)
class TextSummary(Aggregate):
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountSummary(Aggregate):
    """A kind with no aggregate of its own: how many answered, nothing more."""


@dataclass
class ClassAggregates:
    """Every prompt's aggregate, by step, for one class."""

    k: int
    learners: int | None  # None when fewer than k
    steps: tuple[Step, ...]
    by_step: dict[str, list[Aggregate]] = field(default_factory=dict)

    def get(self, step: str, prompt: str) -> Aggregate | None:
        return next((a for a in self.by_step.get(step, []) if a.prompt.id == prompt), None)

    def __iter__(self):
        for step in self.steps:
            yield from self.by_step.get(step.id, [])


def aggregate(table: ClassTable, k: int = MIN_GROUP) -> ClassAggregates:
    """Aggregate every column of ``table`` (steps in manifest order)."""
    check_threshold(k)
    layout: Layout = table.layout
    result = ClassAggregates(k=k, learners=len(table) if len(table) >= k else None, steps=layout.steps)
    with collector_paused():
        for column, values in zip(layout.columns, table.columns()):
            result.by_step.setdefault(column.step, []).append(aggregate_column(column, values, k))
    return result


def aggregate_column(column: Column, values: Iterable[Any], k: int = MIN_GROUP) -> Aggregate:
    """The aggregate of one prompt's values (None where a learner gave none)."""
    builder = _BUILDERS.get(column.kind)
    if builder is None:
        builder = _texts if column.policy == "written" else _count
    if builder is _rating or builder is _choice:  # counted straight away: no need to drop the gaps first
        return builder(column, Counter(values), k)
    return builder(column, list(filter(_given, values)), k)  # (filter and a partial: no Python loop)


_given = partial(is_not, None)


def _too_few(column: Column, n: int, k: int, cls: type[Aggregate]) -> Aggregate | None:
    return cls(column, None, True) if n < k else None


def _placement(column: Column, values: list, k: int) -> Aggregate:
    # Placements are whole numbers on a small grid: count each point once (in C), then sum exactly.
    tally = [(point, times) for point, times in Counter(values).items()
             if point[0] is not None and point[1] is not None]
    n = sum(times for _, times in tally)
    small = _too_few(column, n, k, PlacementSummary)
    if small:
        return small
    centre, spread = zip(*(_mean_and_spread([(point[axis], times) for point, times in tally], n) for axis in (0, 1)))
    return PlacementSummary(column, n, False, tuple(centre), tuple(spread))


def _mean_and_spread(counted: list[tuple[int, int]], n: int) -> tuple[float, float]:
    """Mean and sample standard deviation of whole numbers given as (value, how many times), n in all."""
    total = sum(value * times for value, times in counted)
    squares = sum(value * value * times for value, times in counted)
    return total / n, math.sqrt((n * squares - total * total) / (n * (n - 1)))  # exact integers until the division


def _distribution(column: Column, tally: Counter, k: int, categories: list[tuple[Any, str]],
                  ordered: bool) -> Aggregate:
    tally.pop(None, None)
    n = sum(tally.values())
    small = _too_few(column, n, k, DistributionSummary)
    if small:
        return small
    protected: Protected = protect([tally.get(value, 0) for value, _ in categories], k, ordered=ordered)
    cells = tuple(Category(value, label, count) for (value, label), count in zip(categories, protected.counts))
    median = quartiles = None
    if ordered and protected.quartiles and protected.quartiles[1] is not None:
        q1, q2, q3 = (categories[i][0] for i in protected.quartiles)
        median, quartiles = q2, (q1, q3)
    return DistributionSummary(column, n, False, cells, protected.all_hidden, median, quartiles)


def _rating(column: Column, tally: Counter, k: int) -> Aggregate:
    low, high = RATING_RANGE
    return _distribution(column, tally, k, [(v, str(v)) for v in range(low, high + 1)], ordered=True)


def _choice(column: Column, tally: Counter, k: int) -> Aggregate:
    options = [(value, label) for label, value in column.prompt.options]
    return _distribution(column, tally, k, options, ordered=False)


def _ranking(column: Column, values: list, k: int) -> Aggregate:
    n = len(values)
    small = _too_few(column, n, k, RankingSummary)
    if small:
        return small
    # How often each option stands at each position, one C-level count per position (rankings may be partial).
    at_position = [Counter(ranked) for ranked in zip_longest(*values)]
    options = []
    for label, value in listed_items(column.prompt):
        given = [(position, counts[value]) for position, counts in enumerate(at_position, 1) if value in counts]
        times = sum(count for _, count in given)
        if times < k:
            options.append(RankedOption(value, label, None, None, None))
            continue
        mean, spread = _mean_and_spread(given, times)
        options.append(RankedOption(value, label, times, mean, spread))
    return RankingSummary(column, n, False, tuple(options))


def _grid(column: Column, values: list, k: int) -> Aggregate:
    n = len(values)
    small = _too_few(column, n, k, GridSummary)
    if small:
        return small
    prompt = column.prompt
    answers = tuple((value, label) for label, value in prompt.options)
    cells = []
    cell_labels = [(row, row_label, column_id, column_label) for row_label, row in prompt.items
                   for column_label, column_id in prompt.columns]
    # The stored grids are flat (row by row): one tuple per cell across the class, each counted in C.
    for labels, answered_cell in zip(cell_labels, zip(*values)):
        tally = Counter(answered_cell)
        tally.pop(None, None)
        answered = sum(tally.values())
        if answered < k:
            cells.append(GridCell(*labels, None))
            continue
        protected = protect([tally.get(value, 0) for value, _ in answers], k)
        counts = () if protected.all_hidden else protected.counts
        cells.append(GridCell(*labels, answered, counts))
    return GridSummary(column, n, False, answers, tuple(cells))


def link_categories(prompt) -> list[tuple[str, str, str | None]]:
    """(driver, driver label, relation) for every count a critique has: each driver with each relation and
    with none given, then no driver at all."""
    categories = [(driver, label, relation) for label, driver in prompt.columns
                  for relation in (*LINK_RELATIONS, None)]
    return categories + [(NO_DRIVER, NO_DRIVER, None)]


def _links(column: Column, values: list, k: int) -> Aggregate:
    n = len(values)
    small = _too_few(column, n, k, LinksSummary)
    if small:
        return small
    categories = link_categories(column.prompt)
    rows = []
    for (label, critique), linked_critique in zip(column.prompt.items, zip(*values)):  # one tuple per critique
        tally = Counter(linked_critique)
        tally.pop(None, None)
        linked = sum(tally.values())
        if linked < k:
            rows.append(LinkRow(critique, label, None))
            continue
        protected = protect([tally.get((driver, relation), 0) for driver, _, relation in categories], k)
        if protected.all_hidden:
            rows.append(LinkRow(critique, label, linked))
            continue
        counts = tuple(LinkCount(driver, driver_label, relation, count)
                       for (driver, driver_label, relation), count in zip(categories, protected.counts))
        rows.append(LinkRow(critique, label, linked, counts))
    return LinksSummary(column, n, False, tuple(rows))


def _texts(column: Column, values: list, k: int) -> Aggregate:
    texts = [v for v in values if type(v) is str and v.strip()]
    small = _too_few(column, len(texts), k, TextSummary)
    if small:
        return small
    # Alphabetical ignoring case; texts equal but for case in a fixed order (two sorts, both in C).
    return TextSummary(column, len(texts), False, tuple(sorted(sorted(texts), key=str.casefold)))


def _count(column: Column, values: list, k: int) -> Aggregate:
    return _too_few(column, len(values), k, CountSummary) or CountSummary(column, len(values), False)


_BUILDERS = {"placement": _placement, "rating": _rating, "choice": _choice, "ranking": _ranking, "grid": _grid,
             "links": _links}
