"""Names inside plain sentences and figures: one line, no reordering marks, bounded, '$' kept literal."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from course_helpers.plots import literal, new_figure
from course_helpers.text import plain_name


@pytest.mark.parametrize("raw, shown", [
    ("Data\nanalysis\t 101", "Data analysis 101"), ("a\u202eb\u2066c", "a\ufffdb\ufffdc"), ("\x00x", "\ufffdx"),
    ("\ud800", "\ufffd" * 3), ("<b>bold</b>", "<b>bold</b>"), ("x" * 100, "x" * 59 + "…"), (42, "42"),
])
def test_plain_name(raw, shown):
    assert plain_name(raw, 60) == shown


@given(st.text(), st.integers(1, 200))
def test_plain_name_is_one_bounded_line_without_controls(raw, limit):
    shown = plain_name(raw, limit)
    assert len(shown) <= limit and "\n" not in shown and "\u202e" not in shown
    assert all(ch >= " " and ch != "\x7f" for ch in shown)


def test_literal_keeps_dollars_from_becoming_mathtext():
    fig = new_figure(2, 2)
    ax = fig.add_subplot()
    text = ax.text(0.1, 0.5, literal("costs $5 and $\\undefinedcommand$"))
    fig.canvas.draw()  # would raise ValueError without literal()
    assert text.get_window_extent().width > 0
