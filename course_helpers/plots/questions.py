"""Where the learner's open questions gather: counts by step and by stakeholder (notebook 09).

Two panels of horizontal bars, one row per step (top) and per stakeholder
(bottom), "not tagged" last. Every count is written beside its bar, zeros
included; the busiest tags are drawn in a second colour, hatched and labelled
"most", so colour is never the only cue.
"""
from __future__ import annotations

from typing import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text

from .. import strings
from ..questions import Count, Tally, busiest, tally_summary
from .base import COLOUR_WORDS, FONT, GUIDE_GREY, OKABE_ITO, SMALL, TITLE, fit_right_labels, new_figure

BAR_COLOUR = "sky blue"
BUSIEST_COLOUR = "vermillion"
BUSIEST_HATCH = "//"
ROW_INCHES = 0.3
LABEL_CHARS = 40


def _short(label: str) -> str:
    """A tick label of at most LABEL_CHARS characters (the description always has the full name)."""
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def question_tally(tally: Tally) -> tuple[Figure, str]:
    """The two panels for ``tally`` (see :func:`course_helpers.questions.tally`)."""
    n_steps, n_who = len(tally.by_step), len(tally.by_stakeholder)
    top = max([1] + [c.count for c in tally.by_step + tally.by_stakeholder])
    fig = new_figure(8.0, ROW_INCHES * (n_steps + n_who) + 2.1)
    width, height = fig.get_size_inches()
    fig.text(0.5, 1 - 0.1 / height, strings.QT_TITLE, ha="center", va="top", fontsize=TITLE, fontweight="bold")
    left, right = 3.5 / width, 0.4 / width
    step_height = ROW_INCHES * n_steps / height
    who_height = ROW_INCHES * n_who / height
    bottom = 0.55 / height
    gap = 0.75 / height
    who_ax = fig.add_axes((left, bottom, 1 - left - right, who_height))
    step_ax = fig.add_axes((left, bottom + who_height + gap, 1 - left - right, step_height))
    panels = ((step_ax, _panel(step_ax, tally.by_step, top, strings.QT_BY_STEP, "step")),
              (who_ax, _panel(who_ax, tally.by_stakeholder, top, strings.QT_BY_STAKEHOLDER, "stakeholder")))
    for ax, values in panels:
        fit_right_labels(ax, values)
    right = max(ax.get_xlim()[1] for ax, _ in panels)
    for ax, _ in panels:
        ax.set_xlim(0, right)  # one scale for both panels
    who_ax.set_xlabel(strings.QT_AXIS, fontsize=FONT)
    if tally.total == 0:
        step_ax.text(top / 2 + 0.4, (n_steps - 1) / 2, strings.QT_EMPTY, ha="center", va="center", fontsize=FONT,
                     color=GUIDE_GREY, gid="empty")
    return fig, describe_tally(tally)


def _panel(ax: Axes, counts: Sequence[Count], top: int, title: str, gid: str) -> list[Text]:
    """One panel of bars; returns the count labels (to make room for them)."""
    marked = {c.tag for c in busiest(counts)}
    rows = len(counts)
    ax.set_facecolor("white")
    ax.set_xlim(0, top + 0.8)
    ax.set_ylim(rows - 0.4, -0.6)
    ax.set_yticks(range(rows))
    ax.set_yticklabels([_short(c.label) for c in counts], fontsize=SMALL)
    ax.set_xticks(range(0, top + 1, max(1, (top + 4) // 5)))
    ax.tick_params(axis="x", labelsize=SMALL, length=3)
    ax.tick_params(axis="y", length=0)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.set_title(title, fontsize=FONT, fontweight="bold", loc="left")
    values = []
    for row, count in enumerate(counts):
        is_busiest = count.tag in marked
        key = "none" if count.tag is None else count.tag
        if count.count:
            ax.barh(row, count.count, height=0.62, color=OKABE_ITO[BUSIEST_COLOUR if is_busiest else BAR_COLOUR],
                    edgecolor="black", linewidth=0.8, hatch=BUSIEST_HATCH if is_busiest else None, zorder=3,
                    gid=f"{gid}-bar:{key}")
        label = strings.QT_VALUE_MOST if is_busiest else strings.QT_VALUE
        values.append(ax.text(count.count + 0.08, row, label.format(count=count.count), va="center", ha="left",
                              fontsize=SMALL, fontweight="bold" if is_busiest else "normal", zorder=4,
                              gid=f"{gid}-value:{key}"))
    return values


def describe_tally(tally: Tally) -> str:
    """The plain-text description of :func:`question_tally`: every count in both panels, and the busiest."""
    lines = [strings.QT_DESCRIBE_INTRO.format(colour=COLOUR_WORDS.get(BAR_COLOUR, BAR_COLOUR),
                                              busiest=COLOUR_WORDS.get(BUSIEST_COLOUR, BUSIEST_COLOUR))]
    for heading, counts in ((strings.QT_BY_STEP, tally.by_step), (strings.QT_BY_STAKEHOLDER, tally.by_stakeholder)):
        marked = {c.tag for c in busiest(counts)}
        lines.append(f"{heading}:")
        for count in counts:
            extra = f" ({strings.QT_DESCRIBE_MOST})" if count.tag in marked else ""
            lines.append(f"- {count.label}: {count.count}{extra}")
    lines.append(tally_summary(tally))
    return "\n".join(lines)
