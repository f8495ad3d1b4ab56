"""Camilleri's six scenarios on the probable-versus-preferable chart (notebook 02)."""
from __future__ import annotations

from typing import Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from .. import scenarios, strings
from ..vocabulary import CAMILLERI_IDS
from .base import (FONT, GUIDE_GREY, SMALL, TITLE, Point, Series, _marker_box, _square_axes,
                   new_figure, place_labels)

RATED_SERIES = Series("rated", "rated scenario", "blue", "o", "circle", 10)


# -------------------------------------------------- probable versus preferable

RATING_LIMITS = (0.35, 5.65)
LABELS_PER_LINE = 3


def _rated_pairs(ratings: Mapping[str, Sequence[int | None] | None], order: Sequence[str]
                 ) -> tuple[dict[str, Point], dict[str, tuple[int | None, int | None]]]:
    """Split ratings into fully rated scenarios and the rest (with whatever half they have)."""
    full: dict[str, Point] = {}
    partial: dict[str, tuple[int | None, int | None]] = {}
    for sid in order:
        pair = ratings.get(sid)
        likelihood, desirability = (None, None) if pair is None else tuple(pair)
        for name, value in (("likelihood", likelihood), ("desirability", desirability)):
            if value is not None and (isinstance(value, bool) or value not in range(1, 6)):
                raise ValueError(f"{sid}: {name} must be 1-5 or None, not {value!r}")
        if likelihood is not None and desirability is not None:
            full[sid] = (likelihood, desirability)
        else:
            partial[sid] = (likelihood, desirability)
    return full, partial


def _order(ratings: Mapping[str, object], names: Mapping[str, str]) -> list[str]:
    ids = list(dict.fromkeys([*ratings, *names]))
    known = [i for i in CAMILLERI_IDS if i in ids]
    return known + sorted(i for i in ids if i not in known)


def _stacked(ids: Sequence[str]) -> str:
    """'C1, C4' (more than three ids wrap onto further lines)."""
    rows = [", ".join(ids[i:i + LABELS_PER_LINE]) for i in range(0, len(ids), LABELS_PER_LINE)]
    return ",\n".join(rows)


def probable_preferable_axes(title: str) -> tuple[Figure, Axes, list[Bbox]]:
    """The empty chart: likelihood across, desirability up, guides at 3, the four areas named."""
    fig = new_figure(7.0, 6.2)
    ax = _square_axes(fig, 4.4, left=1.4, bottom=1.4)
    ax.set_xlim(*RATING_LIMITS)
    ax.set_ylim(*RATING_LIMITS)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.tick_params(labelsize=FONT, length=3)
    ax.set_xlabel(strings.CHART_X, fontsize=FONT)
    ax.set_ylabel(strings.CHART_Y, fontsize=FONT)
    ax.axvline(scenarios.MIDDLE, color=GUIDE_GREY, lw=1.2, ls="--", zorder=1)
    ax.axhline(scenarios.MIDDLE, color=GUIDE_GREY, lw=1.2, ls="--", zorder=1)
    fig.text(0.5, 0.985, title, ha="center", va="top",
             fontsize=TITLE, fontweight="bold")

    renderer = fig.canvas.get_renderer()
    obstacles: list[Bbox] = []
    low, high = RATING_LIMITS
    inset = 0.07
    for kind, corner in scenarios.CLASS_CORNERS.items():
        right, top = corner.endswith("right"), corner.startswith("top")
        text = ax.text(high - inset if right else low + inset, high - inset if top else low + inset,
                       strings.CLASS_LABELS[kind], ha="right" if right else "left",
                       va="top" if top else "bottom", fontsize=SMALL, fontstyle="italic",
                       color=GUIDE_GREY, zorder=2, gid=f"area:{kind}")
        obstacles.append(text.get_window_extent(renderer))

    return fig, ax, obstacles


def probable_preferable(ratings: Mapping[str, Sequence[int | None] | None],
                        names: Mapping[str, str]) -> tuple[Figure, str]:
    """The probable-versus-preferable chart: likelihood across, desirability up, guides at 3.

    ``ratings`` maps scenario ids to ``(likelihood, desirability)``, either of
    which may be None (not rated yet); ``names`` gives each id its name.
    Scenarios with identical ratings share one point and one label.
    """
    order = _order(ratings, names)
    full, partial = _rated_pairs(ratings, order)
    fig, ax, obstacles = probable_preferable_axes(strings.CHART_TITLE)

    groups: dict[Point, list[str]] = {}
    for sid, pair in full.items():
        groups.setdefault(pair, []).append(sid)
    for (likelihood, desirability), ids in groups.items():
        ax.plot([likelihood], [desirability], linestyle="none", marker=RATED_SERIES.marker,
                markersize=RATED_SERIES.size, color=RATED_SERIES.colour, markeredgecolor="black",
                markeredgewidth=0.8, zorder=5, gid=f"rating:{','.join(ids)}")
        obstacles.append(_marker_box(ax, likelihood, desirability, RATED_SERIES.size))
    items = [(l, d, _stacked(ids)) for (l, d), ids in groups.items()]
    place_labels(ax, items, obstacles=obstacles, gid_prefix="label")

    _draw_key(fig, [f"{sid} {names.get(sid, '')}".strip() + ("" if sid in full else strings.CHART_NOT_RATED)
                    for sid in order])
    if not full:
        ax.text(3, 3.5, strings.CHART_EMPTY, ha="center", va="center", fontsize=FONT,
                color=GUIDE_GREY, gid="empty")
    description = describe_probable_preferable(full, partial, names, groups)
    return fig, description


def _draw_key(fig: Figure, entries: Sequence[str]) -> None:
    """The scenario names under the chart, in two columns; the font shrinks a little if they would not fit."""
    renderer = fig.canvas.get_renderer()
    top = 0.75 / fig.get_size_inches()[1]
    half = (len(entries) + 1) // 2
    columns = [chunk for chunk in (entries[:half], entries[half:]) if chunk]
    width = fig.bbox.width
    for size in (SMALL, SMALL - 0.5, SMALL - 1, SMALL - 1.5, SMALL - 2):
        texts, x = [], 0.03 * width
        for column, chunk in enumerate(columns):
            text = fig.text(x / width, top, "\n".join(chunk), ha="left", va="top", fontsize=size,
                            linespacing=1.35, gid=f"key:{column}")
            texts.append(text)
            x = text.get_window_extent(renderer).x1 + 18
        if x - 18 <= width - 4 or size == SMALL - 2:
            return
        for text in texts:
            text.remove()


def describe_probable_preferable(full: Mapping[str, Point], partial: Mapping[str, tuple[int | None, int | None]],
                                 names: Mapping[str, str], groups: Mapping[Point, Sequence[str]] | None = None) -> str:
    """The plain-text description of :func:`probable_preferable`."""
    areas = "; ".join(f"{strings.CLASS_LABELS[k]} ({c})" for k, c in scenarios.CLASS_CORNERS.items())
    lines = [strings.CHART_INTRO, strings.CHART_AREAS.format(areas=areas)]
    if full:
        lines.append(strings.CHART_RATINGS)
        for sid, (likelihood, desirability) in full.items():
            lines.append(strings.CHART_RATING.format(
                scenario=f"{sid} {names.get(sid, '')}".strip(), likelihood=likelihood, desirability=desirability,
                label=scenarios.class_label(likelihood, desirability),
                meaning=strings.CLASS_MEANINGS[scenarios.classify(likelihood, desirability)]))
    else:
        lines.append(strings.CHART_NONE)
    for ids in (groups or {}).values():
        if len(ids) > 1:
            lines.append(strings.CHART_SHARED.format(ids=" and ".join([", ".join(ids[:-1]), ids[-1]])))
    if partial:
        parts = []
        for sid, (likelihood, desirability) in partial.items():
            if likelihood is None and desirability is None:
                detail = strings.CHART_NEITHER
            elif likelihood is None:
                detail = strings.CHART_ONLY_DESIRABILITY.format(desirability=desirability)
            else:
                detail = strings.CHART_ONLY_LIKELIHOOD.format(likelihood=likelihood)
            parts.append(f"{sid} {names.get(sid, '')} ({detail})".replace("  ", " "))
        lines.append(strings.CHART_PARTIAL.format(parts="; ".join(parts)))
    return "\n".join(lines)
