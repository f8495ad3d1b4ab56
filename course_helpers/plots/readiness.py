"""Readiness of the learner's setting on the ten EU principles, as horizontal bars (notebook 08).

One bar per principle, in the Annex's order from the top; its length is the
rating (1 = not in place at all … 5 = fully in place) and the number is written
at its end. The lowest-rated principles are drawn in a second colour *and*
hatched *and* labelled "lowest", so colour is never the only cue; principles
not rated yet have no bar and say so in words.
"""
from __future__ import annotations

from typing import Sequence

from matplotlib.figure import Figure

from .. import context, strings
from ..kinds import RATING_RANGE
from .base import COLOUR_WORDS, FONT, GUIDE_GREY, OKABE_ITO, SMALL, TITLE, fit_right_labels, new_figure

BAR_COLOUR = "blue"
LOWEST_COLOUR = "vermillion"
LOWEST_HATCH = "//"
ROW_INCHES = 0.42


def lowest_ids(ratings: Sequence[context.Readiness]) -> set[str]:
    """The principles to mark as lowest: none when nothing, or everything, shares one rating."""
    bottom = context.lowest(ratings)
    if len(bottom) == len(context.rated(ratings)) and len(bottom) > 1:
        return set()
    return {r.id for r in bottom}


def readiness_chart(ratings: Sequence[context.Readiness]) -> tuple[Figure, str]:
    """The readiness bars for ``ratings`` (see :func:`course_helpers.context.readiness`)."""
    low, high = RATING_RANGE
    marked = lowest_ids(ratings)
    rows = len(ratings)
    fig = new_figure(7.6, max(2.6, ROW_INCHES * rows + 1.9))
    width, height = fig.get_size_inches()
    ax = fig.add_axes((2.7 / width, 1.0 / height, (width - 3.2) / width, (height - 1.6) / height))
    ax.set_facecolor("white")
    ax.set_xlim(0, high + 0.9)
    ax.set_ylim(rows - 0.4, -0.6)  # the first principle on top
    ax.set_xticks(range(low, high + 1))
    ax.set_yticks(range(rows))
    ax.set_yticklabels([r.label for r in ratings], fontsize=FONT)
    ax.tick_params(axis="x", labelsize=FONT, length=3)
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel(strings.CX_CHART_AXIS, fontsize=FONT)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    for tick in range(low, high + 1):
        ax.axvline(tick, color=GUIDE_GREY, lw=0.6, ls=":", zorder=1)
    fig.text(0.5, 1 - 0.12 / height, strings.CX_CHART_TITLE, ha="center", va="top", fontsize=TITLE,
             fontweight="bold")

    values = []
    for row, item in enumerate(ratings):
        if item.rating is None:
            ax.text(0.1, row, strings.CX_CHART_UNRATED, va="center", ha="left", fontsize=SMALL,
                    fontstyle="italic", color=GUIDE_GREY, gid=f"unrated:{item.id}")
            continue
        is_lowest = item.id in marked
        ax.barh(row, item.rating, height=0.62, color=OKABE_ITO[LOWEST_COLOUR if is_lowest else BAR_COLOUR],
                edgecolor="black", linewidth=0.8, hatch=LOWEST_HATCH if is_lowest else None, zorder=3,
                gid=f"bar:{item.id}")
        label = strings.CX_CHART_VALUE_LOWEST if is_lowest else strings.CX_CHART_VALUE
        values.append(ax.text(item.rating + 0.08, row, label.format(rating=item.rating), va="center", ha="left",
                              fontsize=FONT, fontweight="bold" if is_lowest else "normal", zorder=4,
                              gid=f"value:{item.id}"))
    fit_right_labels(ax, values)
    if not context.rated(ratings):
        ax.text((high + 0.9) / 2, (rows - 1) / 2, strings.CX_CHART_EMPTY, ha="center", va="center",
                fontsize=FONT, color=GUIDE_GREY, gid="empty")
    return fig, describe_readiness(ratings)


def describe_readiness(ratings: Sequence[context.Readiness]) -> str:
    """The plain-text description of :func:`readiness_chart`: every principle, its rating, and the lowest."""
    marked = lowest_ids(ratings)
    lines = [strings.CX_DESCRIBE_INTRO.format(count=len(ratings)),
             strings.CX_DESCRIBE_CUES.format(colour=COLOUR_WORDS.get(BAR_COLOUR, BAR_COLOUR),
                                             lowest=COLOUR_WORDS.get(LOWEST_COLOUR, LOWEST_COLOUR))]
    lines.append(strings.CX_DESCRIBE_HEADING)
    for item in ratings:
        if item.rating is None:
            lines.append(f"- {item.label}: {strings.CX_DESCRIBE_UNRATED}")
        else:
            extra = f" ({strings.CX_DESCRIBE_LOWEST_MARK})" if item.id in marked else ""
            lines.append(f"- {item.label}: {strings.CX_DESCRIBE_RATED.format(rating=item.rating)}{extra}.")
    lines.append(context.readiness_summary(ratings))
    return "\n".join(lines)
