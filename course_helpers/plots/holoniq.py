"""HolonIQ's 2x2 map with the learner's three points (notebook 01)."""
from __future__ import annotations

from typing import Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.markers import TICKDOWN, TICKLEFT
from matplotlib.patches import FancyArrowPatch, Rectangle
from matplotlib.transforms import Bbox

from .. import scenarios, strings
from ..vocabulary import PLACEMENT_RANGE
from .base import (FONT, GUIDE_GREY, SMALL, TITLE, Point, Series, _marker_box, _segment_boxes,
                   _square_axes, new_figure, place_labels)

# The learner's three points on HolonIQ's map. Sizes shrink so that points at
# the same place stay visible inside one another.
PLACEMENT_SERIES: tuple[Series, ...] = (
    Series("today", "today", "blue", "o", "circle", 15),
    Series("heading", "heading by 2030", "vermillion", "s", "square", 11),
    Series("preferred", "preferred", "bluish green", "^", "triangle", 9),
)
ARROWS: tuple[tuple[str, str, str], ...] = (
    # (to, line style, style in words); every arrow starts at "today"
    ("heading", "--", "dashed"),
    ("preferred", "-", "solid"),
)

# ---------------------------------------------------------- HolonIQ's 2x2 map

LIMIT = 6.6  # the axes reach a little past the placement scale, to leave room for the quadrant names


def _normalise_points(points: Mapping[str, Sequence[int] | None]) -> dict[str, Point | None]:
    known = {s.key for s in PLACEMENT_SERIES}
    unknown = set(points) - known
    if unknown:
        raise KeyError(f"unknown point(s) {sorted(unknown)}; use {sorted(known)}")
    cleaned: dict[str, Point | None] = {}
    for series in PLACEMENT_SERIES:
        value = points.get(series.key)
        if value is None:
            cleaned[series.key] = None
            continue
        x, y = value
        scenarios.neighbours_of(x, y)  # checks both are numbers on the scale
        cleaned[series.key] = (x, y)
    return cleaned


def holoniq_map(title: str) -> tuple[Figure, Axes, list[Bbox]]:
    """An empty HolonIQ map: axes, poles, quadrant names and a title; returns what labels must avoid."""
    fig = new_figure(7.2, 5.8)
    ax = _square_axes(fig, 4.4, left=1.4, bottom=0.7)
    ax.set_xlim(-LIMIT, LIMIT)
    ax.set_ylim(-LIMIT, LIMIT)
    low, high = PLACEMENT_RANGE
    _scale_marks(ax, range(low, high + 1))
    for spine in ax.spines.values():
        spine.set_color(GUIDE_GREY)
    ax.add_patch(Rectangle((low, low), high - low, high - low, fill=False, ec=GUIDE_GREY,
                           lw=0.8, ls=":", zorder=1))
    ax.axhline(0, color="black", lw=1.6, zorder=2)
    ax.axvline(0, color="black", lw=1.6, zorder=2)

    # The poles, at the ends of the axis lines, as in the course's diagram.
    pole = dict(fontsize=FONT, fontweight="bold", clip_on=False, color="black")
    left, right, top, bottom = strings.MAP_POLES
    ax.text(-LIMIT - 0.3, 0, left, ha="right", va="center", gid="pole:Bundled", **pole)
    ax.text(LIMIT + 0.3, 0, right, ha="left", va="center", gid="pole:Unbundled", **pole)
    ax.text(0, LIMIT + 0.3, top, ha="center", va="bottom", gid="pole:Government", **pole)
    ax.text(0, -LIMIT - 0.85, bottom, ha="center", va="top", gid="pole:Market", **pole)
    fig.text(0.5, 0.985, title, ha="center", va="top",
             fontsize=TITLE, fontweight="bold")

    renderer = fig.canvas.get_renderer()
    obstacles: list[Bbox] = []
    for quad in scenarios.QUADRANTS:
        x, y = quad.x_sign * (LIMIT - 0.15), quad.y_sign * (LIMIT - 0.15)
        ha = "left" if quad.x_sign < 0 else "right"
        top = quad.y_sign > 0
        # Top quadrants: name, then the two poles under it; bottom quadrants: the same order, ending at the edge.
        name = ax.annotate(quad.label, (x, y), xytext=(0, 0 if top else SMALL * 1.3), textcoords="offset points",
                           ha=ha, va="top" if top else "bottom", fontsize=FONT, fontweight="bold", zorder=4,
                           gid=f"quadrant:{quad.id}")
        poles = ax.annotate(f"{quad.lead.lower()} · {quad.form.lower()}", (x, y),
                            xytext=(0, -FONT * 1.3 if top else 0), textcoords="offset points", ha=ha,
                            va="top" if top else "bottom", fontsize=SMALL, color=GUIDE_GREY, zorder=4,
                            gid=f"quadrant-poles:{quad.id}")
        obstacles += [name.get_window_extent(renderer), poles.get_window_extent(renderer)]

    return fig, ax, obstacles


def _scale_marks(ax: Axes, values: range) -> None:
    """The -5..5 scale along the bottom and left edges, drawn as matplotlib draws ticks (a short mark out from
    the edge, the number beyond it) but with two markers and a text per number: a third of the time of
    matplotlib's own tick machinery, which builds four artists for every tick."""
    ax.set_xticks([])
    ax.set_yticks([])
    edge = [-LIMIT] * len(values)
    marks = dict(linestyle="none", color=GUIDE_GREY, markersize=3, markeredgewidth=0.8, clip_on=False)
    ax.plot(values, edge, marker=TICKDOWN, **marks)
    ax.plot(edge, values, marker=TICKLEFT, **marks)
    number = dict(textcoords="offset points", fontsize=8.5, color=GUIDE_GREY, annotation_clip=False)
    for value in values:
        text = str(value).replace("-", "\u2212")  # the typographic minus, as matplotlib's ticks use
        ax.annotate(text, (value, -LIMIT), xytext=(0, -6.5), ha="center", va="top", **number)
        ax.annotate(text, (-LIMIT, value), xytext=(-6.5, 0), ha="right", va="center", **number)


def holoniq_quadrants(points: Mapping[str, Sequence[int] | None]) -> tuple[Figure, str]:
    """HolonIQ's four scenarios with the learner's points "today", "heading" (by 2030) and "preferred".

    ``points`` maps those keys to ``(x, y)`` on the -5..5 scale (x: Bundled to
    Unbundled, y: Market to Government), or to None when not placed yet.
    Arrows run from today to each of the other two, when both ends are placed.
    """
    placed = _normalise_points(points)
    fig, ax, obstacles = holoniq_map(strings.MAP_TITLE)
    for series in PLACEMENT_SERIES:
        point = placed[series.key]
        if point is None:
            continue
        ax.plot([point[0]], [point[1]], linestyle="none", marker=series.marker, markersize=series.size,
                color=series.colour, markeredgecolor="black", markeredgewidth=0.8, zorder=5,
                label=series.label, gid=f"point:{series.key}")
        obstacles.append(_marker_box(ax, point[0], point[1], series.size))

    today = placed["today"]
    for target, style, _ in ARROWS:
        end = placed[target]
        if today is None or end is None or end == today:
            continue
        series = _series(target)
        ax.add_patch(FancyArrowPatch(today, end, arrowstyle="-|>", mutation_scale=16, lw=2.2, ls=style,
                                     color=series.colour, shrinkA=9, shrinkB=9, zorder=4,
                                     gid=f"arrow:today->{target}"))
        obstacles += _segment_boxes(ax, today, end)

    place_labels(ax, _shared_labels(placed), obstacles=obstacles, gid_prefix="label")
    description = describe_holoniq(placed)
    return fig, description


def _series(key: str) -> Series:
    return next(s for s in PLACEMENT_SERIES if s.key == key)


def _shared_labels(placed: Mapping[str, Point | None]) -> list[tuple[float, float, str]]:
    """One label per occupied position, naming every point there ("today, preferred")."""
    by_position: dict[Point, list[str]] = {}
    for series in PLACEMENT_SERIES:
        point = placed.get(series.key)
        if point is not None:
            by_position.setdefault(tuple(point), []).append(series.label)
    return [(x, y, ", ".join(names)) for (x, y), names in by_position.items()]


def describe_holoniq(placed: Mapping[str, Point | None]) -> str:
    """The plain-text description of :func:`holoniq_quadrants` for these points."""
    quadrants = "; ".join(f"{q.label} {q.corner} ({q.lead.lower()}, {q.form.lower()})" for q in scenarios.QUADRANTS)
    lines = [strings.MAP_INTRO, strings.MAP_AXES, strings.MAP_QUADRANTS.format(quadrants=quadrants)]
    shown = [s for s in PLACEMENT_SERIES if placed.get(s.key) is not None]
    missing = [s for s in PLACEMENT_SERIES if placed.get(s.key) is None]
    if shown:
        lines.append(strings.MAP_POINTS)
        for series in shown:
            x, y = placed[series.key]
            lines.append(strings.MAP_POINT.format(
                label=series.label, colour=series.colour_words, marker=series.marker_name,
                position=scenarios.format_point((x, y)), where=scenarios.where(x, y),
                reading=scenarios.describe_point(x, y)))
    else:
        lines.append(strings.MAP_NO_POINTS)
    today = placed.get("today")
    for target, _, style_words in ARROWS:
        series = _series(target)
        end = placed.get(target)
        if today is None or end is None:
            absent = " and ".join(s for s, p in (("today", today), (series.label, end)) if p is None)
            lines.append(strings.MAP_ARROW_ABSENT.format(target=series.label, absent=absent,
                                                         verb="is" if " and " not in absent else "are"))
        elif end == today:
            lines.append(strings.MAP_ARROW_NONE.format(target=series.label))
        else:
            lines.append(strings.MAP_ARROW.format(target=series.label, style=style_words, colour=series.colour_words,
                                                  length=scenarios.distance(today, end)))
    if missing:
        lines.append(strings.MAP_NOT_PLACED.format(labels=", ".join(s.label for s in missing)))
    return "\n".join(lines)
