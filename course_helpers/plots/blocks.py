"""The learner's ranking of the blocks on the road beside the survey shares (notebook 07).

One row per block, in the learner's order (unranked blocks last). On the left,
the rank the learner gave it, written as a number; on the right, each survey
share that concerns the block, as a marker whose shape and colour stand for
the survey and whose label gives the value. A share asked about two blocks at
once (HolonIQ's "recognition and quality assurance") appears on both rows
with a dagger and a footnote. Colour is never the only cue: every survey has
its own marker shape and is named in the key and in the description.
"""
from __future__ import annotations

from typing import Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from .. import strings
from ..blocks import BlockComparison, describe_comparison
from .base import (COLOUR_WORDS, FONT, GUIDE_GREY, LABEL_BOX, OKABE_ITO, SMALL, TITLE, _marker_box, new_figure,
                   place_labels)

# Styles for the surveys in the order they first appear: (colour name, marker, marker name).
SURVEY_STYLES = (("blue", "o", "circle"), ("orange", "s", "square"), ("bluish green", "^", "triangle"),
                 ("vermillion", "D", "diamond"), ("reddish purple", "v", "downward triangle"),
                 ("sky blue", "P", "plus"), ("black", "X", "cross"))
MARKER_SIZE = 9
JOINT_MARK = "†"
# Points between a marker and its value label: just clear of the marker, so the first spot tried is free
# (closer, every spot overlaps the marker and place_labels tries dozens before it finds one).
LABEL_GAP = 10


def _styles(comparisons: Sequence[BlockComparison]) -> dict[str, tuple[str, str, str]]:
    labels: list[str] = []
    for item in comparisons:
        for share in item.shares:
            if share.label not in labels:
                labels.append(share.label)
    return {label: SURVEY_STYLES[n % len(SURVEY_STYLES)] for n, label in enumerate(labels)}


def blocks_ranking(comparisons: Sequence[BlockComparison]) -> tuple[Figure, str]:
    """The ranking-beside-shares chart and its full text description (see :mod:`course_helpers.blocks`)."""
    rows = list(comparisons)
    styles = _styles(rows)
    legend_in = 0.24 * ((len(styles) + 1) // 2)
    bottom_in = 0.6 + 0.3 + legend_in + 0.1  # x label, the footnote, the key
    height = bottom_in + 0.6 + 0.42 * max(len(rows), 1)
    fig = new_figure(9.6, height)
    left_in, rank_w, gap_in, share_w = 2.9, 0.8, 0.25, 5.2
    top_in = 0.6
    plot_h = height - bottom_in - top_in
    width = 9.6
    rank_ax = fig.add_axes((left_in / width, bottom_in / height, rank_w / width, plot_h / height))
    share_ax = fig.add_axes(((left_in + rank_w + gap_in) / width, bottom_in / height, share_w / width,
                             plot_h / height))
    n = max(len(rows), 1)
    for ax in (rank_ax, share_ax):
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_facecolor("white")
        for y in range(len(rows)):
            ax.axhline(y, color="#dddddd", lw=0.8, zorder=0)
    rank_ax.set_xlim(0, 1)
    rank_ax.set_xticks([])
    rank_ax.set_yticks(range(len(rows)))
    rank_ax.set_yticklabels([item.block.name for item in rows], fontsize=FONT)
    rank_ax.set_title(strings.BLOCKS_RANK_AXIS, fontsize=SMALL)
    share_ax.set_xlim(0, 100)
    share_ax.set_yticks([])
    share_ax.set_xlabel(strings.BLOCKS_SHARE_AXIS, fontsize=SMALL)
    share_ax.tick_params(labelsize=SMALL)
    fig.text(0.5, 1 - 0.12 / height, strings.BLOCKS_TITLE, ha="center", va="top", fontsize=TITLE,
             fontweight="bold")

    for y, item in enumerate(rows):
        if item.rank is not None:
            rank_ax.text(0.5, y, str(item.rank), ha="center", va="center", fontsize=FONT + 1, fontweight="bold",
                         gid=f"rank:{item.block.id}")
        else:
            rank_ax.text(0.5, y, strings.BLOCKS_UNRANKED, ha="center", va="center", fontsize=SMALL - 1,
                         fontstyle="italic", color=GUIDE_GREY, bbox=LABEL_BOX, gid=f"rank:{item.block.id}")

    obstacles = []
    labels = []
    for y, item in enumerate(rows):
        if not item.shares:
            share_ax.text(1.5, y, strings.BLOCKS_NO_SHARE, ha="left", va="center", fontsize=SMALL - 1,
                          fontstyle="italic", color=GUIDE_GREY, bbox=LABEL_BOX, gid=f"noshare:{item.block.id}")
            continue
        for share in item.shares:
            colour, marker, _ = styles[share.label]
            share_ax.plot([share.percent], [y], linestyle="none", marker=marker, markersize=MARKER_SIZE,
                          color=OKABE_ITO[colour], markeredgecolor="black", markeredgewidth=0.7, zorder=5,
                          gid=f"share:{item.block.id}:{share.id}")
            obstacles.append(_marker_box(share_ax, share.percent, y, MARKER_SIZE))
            mark = JOINT_MARK if len(share.blocks) > 1 else ""
            labels.append((share.percent, y, f"{share.percent:g}%{mark}"))
    place_labels(share_ax, labels, obstacles=obstacles, gap=LABEL_GAP, fontsize=SMALL, gid_prefix="value")

    handles = [Line2D([], [], linestyle="none", marker=marker, markersize=MARKER_SIZE - 1,
                      color=OKABE_ITO[colour], markeredgecolor="black", label=label)
               for label, (colour, marker, _) in styles.items()]
    if handles:
        fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(left_in / width, 0.05 / height),
                   fontsize=SMALL - 0.5, frameon=False, ncol=2, borderaxespad=0)
    if any(len(s.blocks) > 1 for item in rows for s in item.shares):
        fig.text((left_in + rank_w + gap_in) / width, (legend_in + 0.2) / height,
                 strings.BLOCKS_JOINT_NOTE.format(mark=JOINT_MARK), ha="left", va="bottom",
                 fontsize=SMALL - 1, color=GUIDE_GREY, gid="joint-note")
    return fig, describe_blocks_ranking(rows, styles)


def describe_blocks_ranking(rows: Sequence[BlockComparison],
                            styles: dict[str, tuple[str, str, str]] | None = None) -> str:
    """The plain-text description of :func:`blocks_ranking`: every rank, share, respondent group and caveat."""
    styles = _styles(rows) if styles is None else styles
    lines = [strings.BLOCKS_DESCRIPTION_INTRO]
    if styles:
        key = "; ".join(f"{label}: {COLOUR_WORDS.get(colour, colour)} {marker_name}"
                        for label, (colour, _, marker_name) in styles.items())
        lines.append(strings.BLOCKS_DESCRIPTION_KEY.format(key=key))
    if not any(item.rank is not None for item in rows):
        lines.append(strings.BLOCKS_DESCRIPTION_NONE)
    lines.extend(f"- {line}" for line in describe_comparison(rows))
    return "\n".join(lines)

