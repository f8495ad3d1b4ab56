"""Small-cell suppression for a distribution of counts, with complementary suppression checked exactly.

The rule: no count of 1 to ``k - 1`` learners is published, and nothing that
is published (the other counts, the number who answered, the quartiles) lets
a reader work a hidden count out. :func:`protect` hides the small counts,
then checks what a reader could infer; while some hidden count could be
pinned down, or shown to be small, it hides the next smallest count too
(complementary suppression), then drops the quartiles, and in the end hides
the whole distribution.

What a reader can infer is computed exactly, not guessed. Published zeros are
shown, so every hidden count is at least 1; the counts add up to ``n``; a
published quartile at category ``j`` for rank ``r`` means that fewer than
``r`` answers lie below ``j`` and at least ``r`` at or below it. All of these
constrain prefix sums of the counts, so the values each prefix sum can take
form an interval, computed forwards and backwards in one pass; the values a
hidden count can take are then an interval too. A hidden count is protected
when that interval holds at least two values and reaches ``k`` (a reader
cannot even tell that it is small). A brute-force test checks this against
every completion of small tables.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

MIN_GROUP = 5  # the smallest group any published figure is built from
LOWEST_ALLOWED_GROUP = 3  # a facilitator may lower the threshold, never below this
QUARTILES = (0.25, 0.5, 0.75)


@dataclass(frozen=True)
class Protected:
    """A distribution as it may be published: ``None`` marks a hidden count or quartile."""

    counts: tuple[int | None, ...]
    quartiles: tuple[int | None, ...]  # category index of Q1, median, Q3 (None when not published)
    all_hidden: bool  # zeros hidden too: nothing about the cells is published

    @property
    def hidden(self) -> int:
        return sum(c is None for c in self.counts)


def check_threshold(k: int) -> int:
    if not isinstance(k, int) or isinstance(k, bool) or k < LOWEST_ALLOWED_GROUP:
        raise ValueError(f"the smallest group must be a whole number of at least {LOWEST_ALLOWED_GROUP}, not {k!r}")
    return k


def quartile_positions(counts: Sequence[int], shares: Sequence[float] = QUARTILES) -> tuple[int, ...]:
    """The category index of each quantile: the category of the answer at rank ceil(share * n)."""
    n = sum(counts)
    positions = []
    for share in shares:
        rank = max(1, math.ceil(share * n))
        running = 0
        for index, count in enumerate(counts):
            running += count
            if running >= rank:
                positions.append(index)
                break
    return tuple(positions)


def protect(counts: Sequence[int], k: int = MIN_GROUP, *, ordered: bool = False) -> Protected:
    """Hide what must be hidden in ``counts`` (an ordered scale publishes quartiles when it safely can)."""
    check_threshold(k)
    counts = tuple(int(c) for c in counts)
    n = sum(counts)
    hidden = {i for i, c in enumerate(counts) if 0 < c < k}
    quartiles = quartile_positions(counts) if ordered and n else ()
    while not _safe(counts, hidden, quartiles, k):
        visible = [(c, i) for i, c in enumerate(counts) if c > 0 and i not in hidden]
        if visible:
            hidden.add(min(visible)[1])
        elif quartiles:
            quartiles = ()
        else:
            return Protected((None,) * len(counts), (None,) * len(QUARTILES) if ordered else (), True)
    shown = tuple(None if i in hidden else c for i, c in enumerate(counts))
    published = quartiles if quartiles else ((None,) * len(QUARTILES) if ordered else ())
    return Protected(shown, tuple(published), False)


def feasible_ranges(shown: Sequence[int | None], n: int, quartiles: Sequence[int] = (),
                    shares: Sequence[float] = QUARTILES) -> dict[int, tuple[int, int]]:
    """For each hidden cell, the (lowest, highest) count a reader could deduce from what is shown."""
    size = len(shown)
    upper = [n] * size  # bounds on the prefix sum after each cell
    lower = [0] * size
    for share, position in zip(shares, quartiles):
        rank = max(1, math.ceil(share * n))
        lower[position] = max(lower[position], rank)
        if position > 0:
            upper[position - 1] = min(upper[position - 1], rank - 1)
    forward: list[tuple[int, int]] = []
    low = high = 0
    for index, count in enumerate(shown):
        low, high = (low + count, high + count) if count is not None else (low + 1, high + n)
        low, high = max(low, lower[index]), min(high, upper[index])
        forward.append((low, high))
    backward: list[tuple[int, int]] = [(0, 0)] * size
    low = high = n
    for index in range(size - 1, -1, -1):
        low, high = max(low, lower[index]), min(high, upper[index])
        backward[index] = (low, high)
        count = shown[index]
        low, high = (low - count, high - count) if count is not None else (low - n, high - 1)
        low = max(low, 0)
    ranges = {}
    for index, count in enumerate(shown):
        if count is not None:
            continue
        before_low, before_high = forward[index - 1] if index else (0, 0)
        after_low, after_high = backward[index]
        ranges[index] = (max(1, after_low - before_high), after_high - before_low)
    return ranges


def _safe(counts: Sequence[int], hidden: set[int], quartiles: Sequence[int], k: int) -> bool:
    if not hidden:
        return True
    shown = [None if i in hidden else c for i, c in enumerate(counts)]
    for low, high in feasible_ranges(shown, sum(counts), quartiles).values():
        if high - low < 1 or high < k:
            return False
    return True
