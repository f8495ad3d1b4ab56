"""The learner's judgements as a heat map: example credentials by stakeholder viewpoint (notebook 03).

Each cell carries its answer three ways: a symbol (✓ ? ✗), a word, and a
colour from the Okabe-Ito set that darkens as the answer accepts more
(yellow no, sky blue unsure, blue yes), so the map reads in greyscale and
with any common colour-vision deficiency. Unanswered cells are white,
hatched and marked with a dash. The right-hand column says in words how
far the viewpoints disagree on each example; the examples they disagree on
most are framed and marked ◆.

The whole figure is laid out in inches (one axes spanning it, y pointing
down), so sizes do not depend on the number of rows or columns.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Mapping

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from .. import stakeholders as reasoning
from .. import strings
from ..text import and_list, displayable
from ..vocabulary import JUDGEMENTS
from .base import FONT, GUIDE_GREY, LABEL_BOX, OKABE_ITO, SMALL, TITLE, inch_canvas


@dataclass(frozen=True)
class CellStyle:
    """How one answer is drawn: fill, text colour, and whether the cell is hatched."""

    fill: str
    text: str
    hatch: str | None = None


CELL_STYLES: dict[str | None, CellStyle] = {
    "yes": CellStyle(OKABE_ITO["blue"], "white"),
    "unsure": CellStyle(OKABE_ITO["sky blue"], "black"),
    "no": CellStyle(OKABE_ITO["yellow"], "black"),
    None: CellStyle("white", GUIDE_GREY, "///"),
}

# Layout, in inches.
CELL_W, CELL_H = 1.15, 0.52
LABEL_W = 2.3  # example names on the left
LEVEL_W = 1.75  # disagreement column on the right
MARGIN = 0.15
TITLE_H, HEADER_H, LEGEND_H = 0.75, 0.62, 1.25
MIN_WIDTH = 9.2  # room for the title and the legend however few viewpoints there are
NAME_WRAP, HEADER_WRAP, NAME_LIMIT = 24, 13, 60


def _label(name: str, width: int) -> str:
    """A name made safe to draw (no lone surrogates, cut at NAME_LIMIT) and wrapped to ``width``."""
    text = displayable(" ".join(str(name).split()))
    if len(text) > NAME_LIMIT:
        text = text[:NAME_LIMIT - 1] + "…"
    return "\n".join(textwrap.wrap(text, width, break_long_words=True, max_lines=3, placeholder="…")) or "?"


def _cell_text(answer: str | None) -> str:
    if answer is None:
        return f"{strings.NOT_YET_SYMBOL} {strings.NOT_YET_WORD}"
    return f"{strings.JUDGEMENT_SYMBOLS[answer]} {strings.JUDGEMENT_WORDS[answer]}"


def _short_level(item: reasoning.Disagreement) -> str:
    if item.spread is None:
        return strings.HEATMAP_TOO_FEW_SHORT
    return strings.HEATMAP_LEVELS_SHORT[item.spread]


def judgement_heatmap(grid: object, viewpoints: Mapping[str, str],
                      examples: Mapping[str, str]) -> tuple[Figure, str]:
    """The heat map of a judgement grid, and its text description.

    ``grid`` is the stored value ({viewpoint id: {example id: answer}}, partial
    allowed); anything unusable in it is left out and the description says so.
    ``viewpoints`` and ``examples`` map ids to the names drawn (in order):
    viewpoints become columns, examples rows.
    """
    clean, notes = reasoning.clean_grid(grid, list(viewpoints), list(examples))
    items = reasoning.disagreements(clean, list(viewpoints), list(examples))
    top = set(reasoning.most_disagreed(items))
    n_cols, n_rows = len(viewpoints), len(examples)
    width = max(MIN_WIDTH, MARGIN * 2 + LABEL_W + n_cols * CELL_W + LEVEL_W)
    height = TITLE_H + HEADER_H + max(n_rows, 1) * CELL_H + LEGEND_H
    fig, ax = inch_canvas(width, height)

    ax.text(width / 2, 0.12, strings.HEATMAP_TITLE, ha="center", va="top", fontsize=TITLE, fontweight="bold",
            gid="title")
    ax.text(width / 2, 0.45, strings.HEATMAP_NOTE, ha="center", va="top", fontsize=SMALL, color=GUIDE_GREY,
            fontstyle="italic", gid="note")
    left, top_y = MARGIN + LABEL_W, TITLE_H + HEADER_H
    for col, (sid, name) in enumerate(viewpoints.items()):
        ax.text(left + (col + 0.5) * CELL_W, top_y - 0.08, _label(name, HEADER_WRAP), ha="center", va="bottom",
                fontsize=SMALL, fontweight="bold", gid=f"viewpoint:{sid}", parse_math=False)
    level_x = left + n_cols * CELL_W + 0.15
    ax.text(level_x, top_y - 0.08, strings.HEATMAP_DISAGREEMENT_HEADER, ha="left", va="bottom", fontsize=SMALL,
            fontweight="bold", gid="header:disagreement")

    for row, ((eid, name), item) in enumerate(zip(examples.items(), items)):
        y = top_y + row * CELL_H
        ax.text(left - 0.1, y + CELL_H / 2, _label(name, NAME_WRAP), ha="right", va="center", fontsize=SMALL,
                gid=f"example:{eid}", parse_math=False, linespacing=1.1)
        for col, sid in enumerate(viewpoints):
            _draw_cell(ax, left + col * CELL_W, y, clean.get(sid, {}).get(eid), f"{sid}:{eid}")
        marked = eid in top
        level = _short_level(item)
        ax.text(level_x, y + CELL_H / 2, f"{strings.HEATMAP_MOST_MARK} {level}" if marked else level,
                ha="left", va="center", fontsize=SMALL, fontweight="bold" if marked else "normal",
                gid=f"level:{eid}")
        if marked:
            ax.add_artist(Rectangle((left - 0.03, y + 0.02), n_cols * CELL_W + 0.06, CELL_H - 0.04, fill=False,
                                   edgecolor=OKABE_ITO["black"], linewidth=2.6, zorder=4, gid=f"frame:{eid}"))
    if n_rows == 0 or n_cols == 0:
        ax.text(width / 2, top_y + CELL_H / 2, strings.HEATMAP_EMPTY, ha="center", va="center", fontsize=FONT,
                color=GUIDE_GREY, gid="empty")
    _draw_legend(ax, MARGIN, top_y + max(n_rows, 1) * CELL_H + 0.3, width)
    return fig, describe_judgements(clean, viewpoints, examples, items, notes)


def _draw_cell(ax: Axes, x: float, y: float, answer: str | None, key: str) -> None:
    style = CELL_STYLES[answer]
    ax.add_artist(Rectangle((x, y), CELL_W, CELL_H, facecolor=style.fill, hatch=style.hatch,
                           edgecolor=GUIDE_GREY if style.hatch else "white", linewidth=0.6 if style.hatch else 1.5,
                           zorder=2, gid=f"cell:{key}"))
    ax.text(x + CELL_W / 2, y + CELL_H / 2, _cell_text(answer), ha="center", va="center", fontsize=FONT,
            color=style.text, zorder=3, gid=f"answer:{key}", bbox=LABEL_BOX if style.hatch else None)


LEGEND_ROW = 0.36


def _draw_legend(ax: Axes, x: float, y: float, width: float) -> None:
    """A swatch and words for each state, then the frame's meaning; an entry that would not fit starts a new row."""
    renderer = ax.figure.canvas.get_renderer()
    start = x
    entries: list[tuple[str, dict, str]] = [
        (answer or "not yet", dict(facecolor=CELL_STYLES[answer].fill, hatch=CELL_STYLES[answer].hatch,
                                   edgecolor=GUIDE_GREY, linewidth=0.6), strings.HEATMAP_LEGEND[answer])
        for answer in (*JUDGEMENTS, None)]
    entries.append(("frame", dict(fill=False, edgecolor=OKABE_ITO["black"], linewidth=2.6),
                    strings.HEATMAP_LEGEND_FRAME))
    for key, look, words in entries:
        text = ax.text(x + 0.4, y, words, ha="left", va="center", fontsize=SMALL, gid=f"legend-text:{key}")
        right = text.get_window_extent(renderer).transformed(ax.transData.inverted()).x1
        if right > width - MARGIN and x > start:
            right += start - x
            x, y = start, y + LEGEND_ROW
            text.set_position((x + 0.4, y))
        ax.add_artist(Rectangle((x, y - 0.11), 0.32, 0.22, gid=f"legend:{key}", **look))
        x = right + 0.3


def describe_judgements(grid: reasoning.Grid, viewpoints: Mapping[str, str], examples: Mapping[str, str],
                        items: list[reasoning.Disagreement], notes: list[str]) -> str:
    """The text description: every cell in words, viewpoint by viewpoint, then the disagreement."""
    lines = [strings.HEATMAP_INTRO.format(examples=len(examples), viewpoints=len(viewpoints)),
             strings.HEATMAP_BY_VIEWPOINT]
    for sid, name in viewpoints.items():
        groups = reasoning.by_answer(grid, sid, list(examples))
        if not any(groups[a] for a in JUDGEMENTS):
            lines.append(strings.HEATMAP_VIEWPOINT_EMPTY.format(viewpoint=name))
            continue
        parts = [strings.HEATMAP_PARTS[a].format(items=and_list([examples[e] for e in groups[a]]))
                 for a in (*JUDGEMENTS, None) if groups[a]]
        lines.append(strings.HEATMAP_VIEWPOINT_LINE.format(viewpoint=name, parts="; ".join(parts)))
    lines.append(strings.HEATMAP_DISAGREEMENT_INTRO)
    lines.extend(f"- {reasoning.disagreement_line(item, examples)}." for item in items)
    summary = reasoning.disagreement_summary(items, examples)
    lines.append(summary)
    if reasoning.most_disagreed(items):
        lines.append(strings.HEATMAP_MOST_FRAMED)
    lines.extend(notes)
    return "\n".join(lines)
