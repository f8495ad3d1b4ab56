"""How many distinct pathways a catalogue allows, counted exactly (notebook 05).

A pathway of ``k`` different modules from a catalogue of ``n`` is a choice of
``k`` out of ``n``: ``math.comb(n, k)`` of them when only the set matters,
``math.perm(n, k)`` when the order of taking them matters too. Both are exact
integers, however large; :func:`in_words` and :func:`scientific` write them for
people. Camilleri's MicroHE illustration (50,000 micro-credentials, about
2 sextillion five-credential packages) is ``count_pathways(50_000, 5)``.

Prerequisites and stacking rules only ever remove pathways, so these counts
are upper bounds on what a real award allows.
"""
from __future__ import annotations

import math
from typing import Any

from . import strings

MAX_CATALOGUE = 1_000_000
MAX_LENGTH = 50
# Camilleri's illustration: 1,000 universities x 50 courses, packages of five.
CAMILLERI_CATALOGUE = 1_000 * 50
CAMILLERI_LENGTH = 5


def _checked(catalogue_size: Any, length: Any) -> tuple[int, int]:
    def whole(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    if not whole(catalogue_size) or not 1 <= catalogue_size <= MAX_CATALOGUE:
        raise ValueError(strings.COUNT_BAD_SIZE.format(limit=MAX_CATALOGUE, value=repr(catalogue_size)[:40]))
    if not whole(length) or not 1 <= length <= MAX_LENGTH:
        raise ValueError(strings.COUNT_BAD_LENGTH.format(limit=MAX_LENGTH, value=repr(length)[:40]))
    return catalogue_size, length


def count_pathways(catalogue_size: int, length: int) -> int:
    """Distinct sets of ``length`` different modules from ``catalogue_size`` (order ignored); 0 if too few."""
    n, k = _checked(catalogue_size, length)
    return math.comb(n, k)


def count_ordered_pathways(catalogue_size: int, length: int) -> int:
    """Distinct sequences of ``length`` different modules (the order of taking them counts); 0 if too few."""
    n, k = _checked(catalogue_size, length)
    return math.perm(n, k)


def growth_per_module(catalogue_size: int, length: int) -> float:
    """How many times more pathways one more module in the catalogue allows: C(n+1, k) / C(n, k)."""
    n, k = _checked(catalogue_size, length)
    if n < k:
        return math.inf if n + 1 == k else 1.0
    return (n + 1) / (n + 1 - k)


def scientific(count: int, digits: int = 2) -> str:
    """'2.6 × 10^21' for big counts (``digits`` significant figures), the plain number below 10,000."""
    if count < 10_000:
        return f"{count:,}"
    text = str(count)
    exponent = len(text) - 1
    rounded = (int(text[: digits + 1]) + 5) // 10  # integer rounding: exact however large the count
    if rounded == 10 ** digits:  # 9.96 × 10^k rounds up to 1.0 × 10^(k+1)
        rounded, exponent = 10 ** (digits - 1), exponent + 1
    shown = str(rounded)
    return f"{shown[0]}.{shown[1:]} × 10^{exponent}" if digits > 1 else f"{shown} × 10^{exponent}"


def in_words(count: int) -> str:
    """'12,650', 'about 2.6 sextillion', or 'a number with 236 digits' beyond a decillion."""
    if count < 1_000_000:
        return f"{count:,}"
    group = (len(str(count)) - 1) // 3  # 2 = million, 3 = billion, ...
    unit = 10 ** (3 * group)
    tenths = (count * 10 + unit // 2) // unit  # the count in units of the group's word, to one decimal
    if tenths >= 10_000:  # 999.96 million is about 1 billion
        group, tenths = group + 1, 10
    if group > len(strings.COUNT_WORDS):
        return strings.COUNT_DIGITS.format(digits=len(str(count)))
    shown = f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"
    return strings.COUNT_ABOUT.format(mantissa=shown, word=strings.COUNT_WORDS[group - 1])


def exact_or_rounded(count: int, max_digits: int = 30) -> str:
    """The exact count with commas when it has at most ``max_digits`` digits, else its scientific form."""
    return f"{count:,}" if len(str(count)) <= max_digits else scientific(count)


def spoken(count: int) -> str:
    """A count for a description: '65,780', 'about 75.3 million (7.5 × 10^7)', 'about 2.8 × 10^43 (a number with 44 digits)'."""
    words = in_words(count)
    if count < 1_000_000:
        return words
    if words.startswith("about"):
        return f"{words} ({scientific(count)})"
    return f"about {scientific(count)} ({words})"
