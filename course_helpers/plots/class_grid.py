"""The class's judgements as a heat map: the share answering "yes" per example and stakeholder group (03).

For the facilitator's dashboard. Each cell states its share in words and
numbers ("62% yes", "n=21"); its fill repeats that in three bands from the
Okabe-Ito set (blue: most say yes, sky blue: some do, yellow: few do), the
same colours as the learner's own heat map, so colour is never the only cue.
A cell built from fewer than the threshold of learners, or whose "yes" count
is hidden, is white, hatched and says "hidden". The examples on which the
groups differ most are framed and marked ◆, and named in the description.

Laid out in inches like :mod:`.judgements` (one axes spanning the figure, y down).
"""
from __future__ import annotations

import textwrap
from typing import Mapping, NamedTuple, Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from .. import strings
from ..text import displayable
from .base import FONT, GUIDE_GREY, LABEL_BOX, OKABE_ITO, SMALL, TITLE, inch_canvas


class ClassCell(NamedTuple):
    """One published cell: the share answering yes (None when hidden) and how many answered (None below k)."""

    share: float | None
    n: int | None


# (lowest share in the band, fill, text colour, legend words), highest band first.
BANDS: tuple[tuple[float, str, str, str], ...] = (
    (2 / 3, OKABE_ITO["blue"], "white", strings.CJ_BAND_MOST),
    (1 / 3, OKABE_ITO["sky blue"], "black", strings.CJ_BAND_SOME),
    (0.0, OKABE_ITO["yellow"], "black", strings.CJ_BAND_FEW),
)
HIDDEN_FILL, HIDDEN_HATCH = "white", "///"

CELL_W, CELL_H = 1.25, 0.62
LABEL_W, MARGIN = 2.3, 0.15
TITLE_H, HEADER_H, LEGEND_H = 0.75, 0.8, 0.9
MIN_WIDTH = 9.2
MARK = "◆"


def band(share: float) -> tuple[str, str, str]:
    """(fill, text colour, words) of the band a share of "yes" answers falls in."""
    for lowest, fill, text, words in BANDS:
        if share >= lowest:
            return fill, text, words
    return BANDS[-1][1:]  # pragma: no cover - shares are never negative


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _label(name: str, width: int, lines: int = 3) -> str:
    text = displayable(" ".join(str(name).split()))[:60]
    return "\n".join(textwrap.wrap(text, width, break_long_words=True, max_lines=lines, placeholder="…")) or "?"


def class_judgements(groups: Mapping[str, str], examples: Mapping[str, str],
                     cells: Mapping[tuple[str, str], ClassCell], marked: Sequence[str] = (),
                     k: int = 5) -> tuple[Figure, str]:
    """The heat map and its description.

    ``groups`` and ``examples`` map ids to names in order (groups become
    columns, examples rows); ``cells`` is keyed by (group id, example id);
    ``marked`` lists the example ids to frame as those the groups differ on most.
    """
    n_cols, n_rows = len(groups), len(examples)
    width = max(MIN_WIDTH, MARGIN * 2 + LABEL_W + n_cols * CELL_W + 0.4)
    height = TITLE_H + HEADER_H + max(n_rows, 1) * CELL_H + LEGEND_H
    fig, ax = inch_canvas(width, height)
    ax.text(width / 2, 0.12, strings.CJ_TITLE, ha="center", va="top", fontsize=TITLE, fontweight="bold", gid="title")
    ax.text(width / 2, 0.45, strings.CJ_NOTE.format(k=k), ha="center", va="top", fontsize=SMALL, color=GUIDE_GREY,
            fontstyle="italic", gid="note")
    left, top = MARGIN + LABEL_W, TITLE_H + HEADER_H
    for col, (gid, name) in enumerate(groups.items()):
        ax.text(left + (col + 0.5) * CELL_W, top - 0.08, _label(name, 13, 4), ha="center", va="bottom", fontsize=SMALL,
                fontweight="bold", gid=f"group:{gid}", parse_math=False)
    for row, (eid, name) in enumerate(examples.items()):
        y = top + row * CELL_H
        is_marked = eid in marked
        shown = f"{MARK} {name}" if is_marked else name
        ax.text(left - 0.1, y + CELL_H / 2, _label(shown, 24), ha="right", va="center", fontsize=SMALL,
                fontweight="bold" if is_marked else "normal", gid=f"example:{eid}", parse_math=False)
        for col, gid in enumerate(groups):
            _draw_cell(ax, left + col * CELL_W, y, cells.get((gid, eid), ClassCell(None, None)), f"{gid}:{eid}")
        if is_marked:
            ax.add_artist(Rectangle((left - 0.03, y + 0.02), n_cols * CELL_W + 0.06, CELL_H - 0.04, fill=False,
                                   edgecolor=OKABE_ITO["black"], linewidth=2.6, zorder=4, gid=f"frame:{eid}"))
    _draw_legend(ax, MARGIN, top + max(n_rows, 1) * CELL_H + 0.3)
    return fig, describe_class_judgements(groups, examples, cells, marked, k)


def _draw_cell(ax, x: float, y: float, cell: ClassCell, key: str) -> None:
    if cell.share is None:
        ax.add_artist(Rectangle((x, y), CELL_W, CELL_H, facecolor=HIDDEN_FILL, hatch=HIDDEN_HATCH,
                               edgecolor=GUIDE_GREY, linewidth=0.6, zorder=2, gid=f"cell:{key}"))
        ax.text(x + CELL_W / 2, y + CELL_H / 2, strings.COHORT_HIDDEN, ha="center", va="center", fontsize=SMALL,
                color=GUIDE_GREY, zorder=3, gid=f"share:{key}", bbox=LABEL_BOX)
        return
    fill, text, _ = band(cell.share)
    ax.add_artist(Rectangle((x, y), CELL_W, CELL_H, facecolor=fill, edgecolor="white", linewidth=1.5, zorder=2,
                           gid=f"cell:{key}"))
    ax.text(x + CELL_W / 2, y + CELL_H / 2, f"{percent(cell.share)} {strings.CJ_YES}\nn={cell.n}", ha="center",
            va="center", fontsize=FONT, color=text, zorder=3, gid=f"share:{key}", linespacing=1.1)


def _draw_legend(ax, x: float, y: float) -> None:
    entries = [(fill, None, words) for _, fill, _, words in BANDS]
    entries.append((HIDDEN_FILL, HIDDEN_HATCH, strings.CJ_BAND_HIDDEN))
    for number, (fill, hatch, words) in enumerate(entries):
        row_y = y + (number // 2) * 0.32
        left = x + (number % 2) * 4.4
        ax.add_artist(Rectangle((left, row_y - 0.11), 0.32, 0.22, facecolor=fill, hatch=hatch, edgecolor=GUIDE_GREY,
                               linewidth=0.6, gid=f"legend:{number}"))
        ax.text(left + 0.42, row_y, words, ha="left", va="center", fontsize=SMALL, gid=f"legend-text:{number}")


def describe_class_judgements(groups: Mapping[str, str], examples: Mapping[str, str],
                              cells: Mapping[tuple[str, str], ClassCell], marked: Sequence[str] = (),
                              k: int = 5) -> str:
    """Every cell in words, example by example, then the examples the groups differ on most."""
    lines = [strings.CJ_INTRO.format(examples=len(examples), groups=len(groups), k=k)]
    for eid, name in examples.items():
        parts = []
        for gid, group in groups.items():
            cell = cells.get((gid, eid), ClassCell(None, None))
            if cell.share is None:
                parts.append(strings.CJ_PART_HIDDEN.format(group=group))
            else:
                parts.append(strings.CJ_PART.format(group=group, share=percent(cell.share), n=cell.n))
        lines.append(f"- {name}: " + "; ".join(parts) + ".")
    names = [examples[e] for e in marked if e in examples]
    lines.append(strings.CJ_MARKED.format(examples=", ".join(names)) if names else strings.CJ_NONE_MARKED)
    return "\n".join(lines)
