"""Counting pathways exactly (05): combinatorics, not simulation, and big numbers written for people."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import counting as c


def test_camilleris_illustration_is_about_two_and_a_half_sextillion():
    count = c.count_pathways(c.CAMILLERI_CATALOGUE, c.CAMILLERI_LENGTH)
    assert count == 2_603_645_869_790_625_010_000
    assert c.in_words(count) == "about 2.6 sextillion"
    assert c.scientific(count) == "2.6 × 10^21"
    assert c.count_ordered_pathways(50_000, 5) == count * 120


@pytest.mark.parametrize("count, words, sci", [
    (0, "0", "0"), (9_999, "9,999", "9,999"), (12_650, "12,650", "1.3 × 10^4"), (999_999, "999,999", "1.0 × 10^6"),
    (1_000_000, "about 1 million", "1.0 × 10^6"), (1_250_000, "about 1.3 million", "1.3 × 10^6"),
    (999_960_000, "about 1 billion", "1.0 × 10^9"), (10 ** 33, "about 1 decillion", "1.0 × 10^33"),
    (10 ** 36, "a number with 37 digits", "1.0 × 10^36"), (96 * 10 ** 20, "about 9.6 sextillion", "9.6 × 10^21"),
])
def test_big_numbers_in_words_and_scientific_notation(count, words, sci):
    assert c.in_words(count) == words
    assert c.scientific(count) == sci


def test_the_largest_allowed_counts_are_exact_and_quick():
    count = c.count_ordered_pathways(c.MAX_CATALOGUE, c.MAX_LENGTH)
    assert len(str(count)) == 300 and c.scientific(count) == "1.0 × 10^300"  # 9.988 × 10^299, rounded
    assert c.exact_or_rounded(count) == c.scientific(count)
    assert c.exact_or_rounded(12_650) == "12,650"


@pytest.mark.parametrize("size, length, words", [
    (0, 5, "from 1 to 1,000,000, not 0"), (-3, 2, "not -3"), (10 ** 7, 5, "not 10000000"), (5.5, 2, "not 5.5"),
    ("20", 2, "not '20'"), (True, 2, "not True"), (20, 0, "length should be a whole number from 1 to 50, not 0"),
    (20, 51, "not 51"), (20, None, "not None"),
])
def test_settings_out_of_range_are_refused_in_a_sentence(size, length, words):
    with pytest.raises(ValueError, match=words.replace("(", r"\(")):
        c.count_pathways(size, length)


def test_a_catalogue_smaller_than_the_pathway_allows_none():
    assert c.count_pathways(3, 5) == 0 and c.count_ordered_pathways(3, 5) == 0


@settings(max_examples=200, deadline=None)
@given(st.integers(1, c.MAX_CATALOGUE - 1), st.integers(1, c.MAX_LENGTH))
def test_counts_obey_pascal_and_order_multiplies_by_k_factorial(n, k):
    assert c.count_pathways(n + 1, k) == c.count_pathways(n, k) + (c.count_pathways(n, k - 1) if k > 1 else 1)
    assert c.count_ordered_pathways(n, k) == c.count_pathways(n, k) * math.factorial(k)
    if n >= k:
        growth = c.growth_per_module(n, k)
        assert math.isclose(growth, c.count_pathways(n + 1, k) / c.count_pathways(n, k), rel_tol=1e-9)


@settings(max_examples=300, deadline=None)
@given(st.integers(10_000, 10 ** 200))
def test_scientific_form_is_within_rounding_of_the_count(count):
    mantissa, exponent = c.scientific(count).split(" × 10^")
    approx = float(mantissa) * 10.0 ** int(exponent)
    assert 1 <= float(mantissa) < 10
    assert abs(approx - count) <= 0.051 * 10.0 ** int(exponent)
