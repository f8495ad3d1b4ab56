"""How fast learner choice grows (notebook 05): distinct pathways against catalogue size, both on log scales.

One line per pathway length, each with its own colour, line style and marker
and a label at its end; the learner's catalogue and pathway length as a star,
and Camilleri's 50,000 micro-credentials as a diamond. Counts are exact
(:mod:`course_helpers.counting`); the figure converts them to floats only to
draw them, and the description gives them in words.
"""
from __future__ import annotations

import math
from typing import Sequence

from matplotlib.figure import Figure

from .. import counting, strings
from .base import (COLOUR_WORDS, FONT, GUIDE_GREY, SMALL, TITLE, Series, _marker_box, _segment_boxes, new_figure,
                   place_labels, plain_number_ticks, power_ticks)

DEFAULT_LENGTHS: tuple[int, ...] = (2, 5, 10)
LINE_STYLES: tuple[tuple[str, str], ...] = (("-", "solid"), ("--", "dashed"), (":", "dotted"), ("-.", "dash-dotted"))
LINE_SERIES: tuple[Series, ...] = (
    Series("l0", "", "blue", "o", "circles", 5), Series("l1", "", "orange", "s", "squares", 5),
    Series("l2", "", "bluish green", "^", "triangles", 5), Series("l3", "", "reddish purple", "v", "down-triangles", 5),
)
YOU = Series("you", "your catalogue", "vermillion", "*", "star", 19)
CAMILLERI = Series("camilleri", "Camilleri's illustration", "black", "D", "diamond", 10)
SAMPLE_SIZES: tuple[int, ...] = (10, 100, 1_000, 10_000, 100_000, 1_000_000)
# How far across (in pixels) a label can land from its point: line segments further away are no obstacle.
LABEL_REACH_PX = 420


def _within(ends, anchor: tuple[float, float], reach: float) -> bool:
    """Whether a segment (two display points) comes within ``reach`` pixels of ``anchor``."""
    (xa, ya), xs, ys = anchor, sorted(ends[:, 0]), sorted(ends[:, 1])
    dx, dy = max(xs[0] - xa, 0.0, xa - xs[1]), max(ys[0] - ya, 0.0, ya - ys[1])
    return dx * dx + dy * dy < reach * reach


def _xs(upper: int, extra: Sequence[int]) -> list[int]:
    """Catalogue sizes to draw: about 80 steps, evenly spaced on the log scale, plus the marked ones."""
    steps = {max(1, round(10 ** (math.log10(upper) * i / 80))) for i in range(81)}
    return sorted(steps | {x for x in extra if 1 <= x <= upper})


def choice_explosion(catalogue_size: int, length: int, lengths: Sequence[int] = DEFAULT_LENGTHS, *,
                     ordered: bool = False) -> tuple[Figure, str]:
    """The number of distinct pathways as the catalogue grows, for each pathway length in ``lengths`` and ``length``.

    ``ordered`` counts sequences (the order of taking modules matters) instead
    of sets. Bad settings raise ``ValueError`` with the sentence from
    :mod:`course_helpers.counting`.
    """
    count = counting.count_ordered_pathways if ordered else counting.count_pathways
    mine = count(catalogue_size, length)
    shown = sorted(set(lengths) | {length})[: len(LINE_SERIES)]
    if length not in shown:
        shown = sorted(shown[:-1] + [length])
    upper = min(counting.MAX_CATALOGUE, max(1_000, 10 * catalogue_size, 2 * counting.CAMILLERI_CATALOGUE))
    fig = new_figure(8.6, 6.2)
    width, height = fig.get_size_inches()
    ax = fig.add_axes((1.25 / width, 1.15 / height, 6.0 / width, 4.35 / height))
    ax.set_xscale("log")
    ax.set_yscale("log")
    plain_number_ticks(ax.xaxis)
    power_ticks(ax.yaxis)
    ax.set_xlim(1, upper * 1.05)
    ax.set_xlabel("Modules in the catalogue (log scale)", fontsize=FONT)
    ax.set_ylabel(("Ordered" if ordered else "Distinct") + " pathways (log scale)", fontsize=FONT)
    ax.tick_params(labelsize=SMALL)
    ax.grid(True, which="major", color="#dddddd", lw=0.6, zorder=0)
    title = "How many pathways? " + ("Order counts" if ordered else "Order ignored")
    fig.text(0.5, 0.985, title, ha="center", va="top", fontsize=TITLE, fontweight="bold")
    xs = _xs(upper, [catalogue_size, counting.CAMILLERI_CATALOGUE])
    top = 1.0
    drawn: list[list[tuple[int, int]]] = []
    for (style, _), series, k in zip(LINE_STYLES, LINE_SERIES, shown):
        points = [(x, count(x, k)) for x in xs if x >= k]
        top = max(top, float(points[-1][1]))
        drawn.append(points)
        ax.plot([x for x, _ in points], [float(y) for _, y in points], ls=style, lw=2, color=series.colour,
                marker=series.marker, markevery=8, markersize=series.size, zorder=3, gid=f"line:{k}")
        end_x, end_y = points[-1]
        ax.annotate(f"{k} modules", (end_x, float(end_y)), xytext=(6, 0), textcoords="offset points", ha="left",
                    va="center", fontsize=SMALL, color="black", annotation_clip=False, gid=f"line-label:{k}")
    ax.set_ylim(0.5, top * 50)
    obstacles = []
    items = []
    if mine > 0:
        ax.plot([catalogue_size], [float(mine)], linestyle="none", marker=YOU.marker, markersize=YOU.size,
                color=YOU.colour, markeredgecolor="black", markeredgewidth=0.8, zorder=6, gid="point:you")
        obstacles.append(_marker_box(ax, catalogue_size, float(mine), YOU.size))
        same = (catalogue_size, length, ordered) == (counting.CAMILLERI_CATALOGUE, counting.CAMILLERI_LENGTH, False)
        items.append((catalogue_size, float(mine), f"you: {catalogue_size:,} modules, {length} at a time"
                      + (" (Camilleri's example)" if same else "")))
    else:
        ax.text(0.03, 0.95, strings.COUNT_LONGER_THAN_CATALOGUE.format(length=length, size=catalogue_size),
                transform=ax.transAxes, ha="left", va="top", fontsize=SMALL, color=GUIDE_GREY, gid="note:none")
    camilleri = count(counting.CAMILLERI_CATALOGUE, counting.CAMILLERI_LENGTH)
    own_point = (catalogue_size, length, ordered) == (counting.CAMILLERI_CATALOGUE, counting.CAMILLERI_LENGTH, False)
    if counting.CAMILLERI_LENGTH in shown and not own_point:
        ax.plot([counting.CAMILLERI_CATALOGUE], [float(camilleri)], linestyle="none", marker=CAMILLERI.marker,
                markersize=CAMILLERI.size, color=CAMILLERI.colour, markerfacecolor="white", markeredgewidth=1.6,
                zorder=5, gid="point:camilleri")
        obstacles.append(_marker_box(ax, counting.CAMILLERI_CATALOGUE, float(camilleri), CAMILLERI.size))
        items.append((counting.CAMILLERI_CATALOGUE, float(camilleri), "Camilleri: 50,000, 5 at a time"))
    renderer = fig.canvas.get_renderer()  # measuring text needs a renderer, not a full draw
    obstacles += [t.get_window_extent(renderer) for t in ax.texts if (t.get_gid() or "").startswith("line-label")]
    anchors = [tuple(ax.transData.transform((x, y))) for x, y, _ in items]
    for points in drawn:  # labels keep clear of the lines near their points (far segments cannot be in the way)
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            ends = ax.transData.transform([(x0, float(y0)), (x1, float(y1))])
            if any(_within(ends, anchor, LABEL_REACH_PX) for anchor in anchors):
                obstacles += _segment_boxes(ax, (x0, float(y0)), (x1, float(y1)))
    place_labels(ax, items, obstacles=obstacles, fontsize=SMALL, gid_prefix="label")
    fig.text(0.5, 0.32 / height, "Each line: pathways of that many different modules.\n"
             "Star: your settings.  Hollow diamond: Camilleri's MicroHE example.", ha="center", va="center",
             fontsize=SMALL, color=GUIDE_GREY, gid="key")
    return fig, describe_choice_explosion(catalogue_size, length, shown, ordered=ordered)


def describe_choice_explosion(catalogue_size: int, length: int, lengths: Sequence[int], *, ordered: bool = False
                              ) -> str:
    """The plain-text description of :func:`choice_explosion`: every line's numbers and both marked points."""
    count = counting.count_ordered_pathways if ordered else counting.count_pathways
    what = "ordered pathways (the order of taking modules counts)" if ordered else \
        "distinct pathways (sets of different modules, order ignored)"
    lines = [f"A line chart of the number of {what} against the number of modules in the catalogue; "
             "both axes use log scales, so each step is ten times the last.",
             "Lines:"]
    for (_, style), series, k in zip(LINE_STYLES, LINE_SERIES, lengths):
        samples = "; ".join(f"{n:,} modules: {counting.spoken(count(n, k))}" for n in SAMPLE_SIZES if n >= k)
        lines.append(f"- pathways of {k} modules ({style} {COLOUR_WORDS.get(series.colour_name, series.colour_name)} "
                     f"line with {series.marker_name}): {samples}.")
    mine = count(catalogue_size, length)
    if mine > 0:
        growth = counting.growth_per_module(catalogue_size, length)
        change = (f"raise it by {100 * (growth - 1):.2g}%" if growth < 1.01 else f"multiply it by {growth:.3g}")
        exact = counting.exact_or_rounded(mine)
        exactly = f" (exactly {exact})" if mine >= 1_000_000 and "×" not in exact else ""
        lines.append(f"Your point (orange-red star): a catalogue of {catalogue_size:,} modules and pathways of "
                     f"{length} allow {counting.spoken(mine)} {'ordered' if ordered else 'distinct'} pathways"
                     f"{exactly}. One more module in the catalogue would {change}.")
    else:
        lines.append("Your point: none. " + strings.COUNT_LONGER_THAN_CATALOGUE.format(length=length,
                                                                                       size=catalogue_size))
    camilleri = count(counting.CAMILLERI_CATALOGUE, counting.CAMILLERI_LENGTH)
    packages = counting.count_pathways(counting.CAMILLERI_CATALOGUE, counting.CAMILLERI_LENGTH)
    drawn = "" if counting.CAMILLERI_LENGTH in lengths else ", not drawn because no line is for 5 modules"
    if (catalogue_size, length, ordered) == (counting.CAMILLERI_CATALOGUE, counting.CAMILLERI_LENGTH, False):
        drawn = ", the same point as your star"
    lines.append(f"Camilleri's MicroHE illustration (hollow black diamond{drawn}): 1,000 universities with 50 "
                 f"courses each give 50,000 micro-credentials and {counting.spoken(packages)} different packages "
                 f"of five (exactly {counting.exact_or_rounded(packages)}); his slides round it to about 2 sextillion."
                 + (f" Counting the order too gives {counting.spoken(camilleri)}." if ordered else ""))
    lines.append("These are upper bounds: prerequisites and stacking rules allow fewer.")
    return "\n".join(lines)
