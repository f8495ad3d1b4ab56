"""Drivers on one side, critiques on the other, and the learner's links between them (notebook 04).

A line joins each critique to the driver the learner linked it with. The
relation is carried by line style as well as colour (solid blue: the critique
answers the driver; dashed orange-red: it pushes against the driver; dotted
grey: not chosen yet), and the legend says so in words. Under each
critique, the learner's rating of its evidence; under each driver, how many
critiques are linked to it. Nothing is marked right or wrong.

Laid out in inches on one axes spanning the figure, y pointing down.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Mapping

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from .. import critiques as reasoning
from .. import strings
from ..text import displayable
from ..vocabulary import LINK_RELATIONS
from .base import GUIDE_GREY, OKABE_ITO, SMALL, TITLE, inch_canvas


@dataclass(frozen=True)
class LineStyle:
    """How one kind of link is drawn, so that style, not colour alone, tells them apart."""

    colour: str
    style: str
    width: float


LINK_STYLES: dict[str | None, LineStyle] = {
    "answers": LineStyle(OKABE_ITO["blue"], "-", 2.4),
    "pushes against": LineStyle(OKABE_ITO["vermillion"], "--", 2.4),
    None: LineStyle(GUIDE_GREY, ":", 1.8),  # linked, relation not chosen yet
}

# Layout, in inches.
WIDTH = 10.4
DRIVER_X, CRITIQUE_X = 3.45, 6.55  # the two columns of nodes
ROW_H = 0.68
TOP, BOTTOM = 1.05, 0.95  # title and column headers; legend
DRIVER_WRAP, CRITIQUE_WRAP, NAME_LIMIT = 32, 42, 90


def _label(name: str, width: int) -> str:
    """A title made safe to draw (no lone surrogates, cut at NAME_LIMIT) and wrapped onto two lines at most."""
    text = displayable(" ".join(str(name).split()))
    if len(text) > NAME_LIMIT:
        text = text[:NAME_LIMIT - 1] + "…"
    lines = textwrap.wrap(text, width, max_lines=2, placeholder="…", break_on_hyphens=False)
    return "\n".join(lines) or "?"


def critique_links(links: object, ratings: Mapping[str, object], drivers: Mapping[str, str],
                   critiques: Mapping[str, str]) -> tuple[Figure, str]:
    """The two-sided figure and its text description.

    ``links`` is the stored value of the links prompt ({critique id: {"driver",
    "relation"}}); ``ratings`` maps critique ids to their evidence ratings
    (1-5 or None). ``drivers`` and ``critiques`` map ids to the titles drawn,
    in order. Unusable parts of the answers are left out and the description
    says so.
    """
    clean, notes = reasoning.clean_links(links, list(critiques), list(drivers))
    rated, rating_notes = reasoning.clean_ratings(ratings, list(critiques))
    rows = max(len(critiques), len(drivers), 1)
    height = TOP + rows * ROW_H + BOTTOM
    fig, ax = inch_canvas(WIDTH, height)
    ax.text(WIDTH / 2, 0.12, strings.LINKS_TITLE, ha="center", va="top", fontsize=TITLE, fontweight="bold",
            gid="title")
    ax.text(DRIVER_X, TOP - 0.2, strings.LINKS_DRIVERS_HEADER, ha="right", va="bottom", fontsize=SMALL,
            fontweight="bold", gid="header:drivers")
    ax.text(CRITIQUE_X, TOP - 0.2, strings.LINKS_CRITIQUES_HEADER, ha="left", va="bottom", fontsize=SMALL,
            fontweight="bold", gid="header:critiques")

    span = rows * ROW_H
    driver_y = {d: TOP + span * (i + 0.5) / len(drivers) for i, d in enumerate(drivers)}
    critique_y = {c: TOP + span * (i + 0.5) / len(critiques) for i, c in enumerate(critiques)}
    counts = reasoning.driver_counts(clean, list(drivers))
    for did, name in drivers.items():
        y = driver_y[did]
        ax.plot([DRIVER_X], [y], marker="s", markersize=9, color="white", markeredgecolor="black",
                markeredgewidth=1.2, zorder=5, gid=f"node:driver:{did}")
        ax.text(DRIVER_X - 0.18, y - 0.02, _label(name, DRIVER_WRAP), ha="right", va="bottom", fontsize=SMALL,
                linespacing=1.1, gid=f"driver:{did}", parse_math=False)
        count = strings.LINKS_DRIVER_COUNT.format(count=counts[did], critiques=strings.CRITIQUES_WORD[counts[did] != 1])
        ax.text(DRIVER_X - 0.18, y + 0.04, count, ha="right", va="top", fontsize=SMALL - 1, color=GUIDE_GREY,
                gid=f"count:{did}")
    for cid, name in critiques.items():
        y = critique_y[cid]
        link = clean[cid]
        ax.plot([CRITIQUE_X], [y], marker="o", markersize=9, color="white", markeredgecolor="black",
                markeredgewidth=1.2, zorder=5, gid=f"node:critique:{cid}")
        ax.text(CRITIQUE_X + 0.18, y - 0.02, _label(name, CRITIQUE_WRAP), ha="left", va="bottom", fontsize=SMALL,
                linespacing=1.1, gid=f"critique:{cid}", parse_math=False)
        status = strings.LINKS_EVIDENCE.format(rating=reasoning.rating_words(rated.get(cid)))
        if link.state == "no driver":
            status += f"; {strings.LINKS_NO_DRIVER}"
        elif link.state == "not linked":
            status += f"; {strings.LINKS_NOT_LINKED}"
        ax.text(CRITIQUE_X + 0.18, y + 0.04, status, ha="left", va="top", fontsize=SMALL - 1, color=GUIDE_GREY,
                gid=f"evidence:{cid}")
        if link.state in ("linked", "relation missing"):
            style = LINK_STYLES[link.relation]
            ax.add_artist(Line2D([DRIVER_X, CRITIQUE_X], [driver_y[str(link.driver)], y], color=style.colour,
                               linestyle=style.style, linewidth=style.width, zorder=3,
                               gid=f"link:{cid}->{link.driver}"))
    _draw_legend(ax, TOP + span + 0.35)
    return fig, describe_links(clean, rated, drivers, critiques, notes + rating_notes)


LEGEND_LEFT, LEGEND_ROW = 0.3, 0.3


def _draw_legend(ax: Axes, y: float) -> None:
    """A sample of each line style with its meaning in words; an entry that would not fit starts a new row."""
    renderer = ax.figure.canvas.get_renderer()
    x = LEGEND_LEFT
    entries = [(r, strings.LINKS_LEGEND[r]) for r in LINK_RELATIONS] + [(None, strings.LINKS_LEGEND_OPEN)]
    for relation, words in entries:
        key = relation or "open"
        text = ax.text(x + 0.65, y, words, ha="left", va="center", fontsize=SMALL - 0.5, gid=f"legend-text:{key}")
        right = text.get_window_extent(renderer).transformed(ax.transData.inverted()).x1
        if right > WIDTH - 0.15 and x > LEGEND_LEFT:
            shift = LEGEND_LEFT - x
            x, y = LEGEND_LEFT, y + LEGEND_ROW
            text.set_position((x + 0.65, y))
            right += shift
        style = LINK_STYLES[relation]
        ax.add_artist(Line2D([x, x + 0.55], [y, y], color=style.colour, linestyle=style.style,
                           linewidth=style.width, gid=f"legend:{key}"))
        x = right + 0.35


def describe_links(links: Mapping[str, reasoning.CritiqueLink], ratings: Mapping[str, int],
                   drivers: Mapping[str, str], critiques: Mapping[str, str], notes: list[str]) -> str:
    """The text description: every critique's link and rating in words, then the links per driver."""
    lines = [strings.LINKS_INTRO.format(drivers=len(drivers), critiques=len(critiques)),
             strings.LINKS_BY_CRITIQUE]
    for cid in critiques:
        lines.append(strings.LINKS_CRITIQUE_LINE.format(
            link=reasoning.link_line(links[cid], critiques, drivers),
            rating=reasoning.rating_words(ratings.get(cid))))
    lines.append(strings.LINKS_BY_DRIVER)
    counts = reasoning.driver_counts(links, list(drivers))
    for did, name in drivers.items():
        lines.append(strings.LINKS_DRIVER_LINE.format(line=strings.DRIVER_COUNT.format(
            driver=name, count=counts[did], critiques=strings.CRITIQUES_WORD[counts[did] != 1])))
    lines.append(reasoning.drivers_summary(links, list(drivers), drivers))
    lines.extend(notes)
    return "\n".join(lines)
