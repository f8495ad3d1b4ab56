"""Accessible figures for the scenario notebooks.

Every function returns ``(figure, description)``: a
:class:`matplotlib.figure.Figure` (never pyplot's global state, no style
changes) and a plain-text description that says exactly what the figure
shows, for screen-reader users and for anyone who cannot see the colours.

Rules the figures keep:

* Okabe-Ito colours only, and colour is never the only cue: every series has
  its own marker shape and a text label beside it, arrows differ in line style.
* Labels never overlap each other, the points or the fixed captions: they are
  placed greedily around their point after measuring them, and points that
  share a position share one label ("C1, C4").
* Readable sizes at a modest resolution, and an opaque white background.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from . import scenarios
from .vocabulary import CAMILLERI_IDS, PLACEMENT_RANGE

# The Okabe-Ito palette (Okabe & Ito 2008), distinguishable with the common colour-vision deficiencies.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
# Everyday words for the palette names, used in descriptions.
COLOUR_WORDS: dict[str, str] = {"vermillion": "orange-red", "bluish green": "green", "reddish purple": "pink-purple"}
GUIDE_GREY = "#555555"  # lines and captions that are not data (neutral, high contrast on white)
DPI = 90  # modest: the PNG stays small and quick to render; fonts are sized for it
FONT = 11
SMALL = 9.5
TITLE = 12.5


@dataclass(frozen=True)
class Series:
    """How one kind of point is drawn, and how the description names that drawing."""

    key: str
    label: str
    colour_name: str
    marker: str
    marker_name: str
    size: float

    @property
    def colour(self) -> str:
        return OKABE_ITO[self.colour_name]

    @property
    def colour_words(self) -> str:
        return COLOUR_WORDS.get(self.colour_name, self.colour_name)


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
RATED_SERIES = Series("rated", "rated scenario", "blue", "o", "circle", 10)

Point = tuple[int, int]


# ------------------------------------------------------------------- helpers


def new_figure(width: float, height: float) -> Figure:
    """A figure with an opaque white background and an Agg canvas (for measuring text)."""
    fig = Figure(figsize=(width, height), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    fig.patch.set_alpha(1.0)
    return fig


def render_png(fig: Figure, description: str = "") -> bytes:
    """The figure as PNG bytes; the description travels in the file's metadata."""
    buffer = io.BytesIO()
    metadata = {"Description": description} if description else {}
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white", metadata=metadata)
    return buffer.getvalue()


def _square_axes(fig: Figure, side: float, left: float, bottom: float) -> Axes:
    """An axes box that is ``side`` inches square, placed in inches from the lower left corner."""
    width, height = fig.get_size_inches()
    ax = fig.add_axes((left / width, bottom / height, side / width, side / height))
    ax.set_facecolor("white")
    return ax


def _marker_box(ax: Axes, x: float, y: float, size_points: float) -> Bbox:
    """The display-space box a marker of ``size_points`` covers (with a small margin)."""
    cx, cy = ax.transData.transform((x, y))
    radius = size_points / 2 * ax.figure.dpi / 72 + 2
    return Bbox.from_extents(cx - radius, cy - radius, cx + radius, cy + radius)


def _segment_boxes(ax: Axes, start: Sequence[float], end: Sequence[float], step_px: float = 8.0) -> list[Bbox]:
    """Small boxes along a line, so that labels keep clear of arrows."""
    (x0, y0), (x1, y1) = ax.transData.transform(start), ax.transData.transform(end)
    steps = max(1, int(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 / step_px))
    half = 3.0
    return [Bbox.from_extents(x0 + (x1 - x0) * i / steps - half, y0 + (y1 - y0) * i / steps - half,
                              x0 + (x1 - x0) * i / steps + half, y0 + (y1 - y0) * i / steps + half)
            for i in range(steps + 1)]


def _padded(box: Bbox, pad: float = 2.0) -> Bbox:
    return Bbox.from_extents(box.x0 - pad, box.y0 - pad, box.x1 + pad, box.y1 + pad)


# Labels sit on a white patch, so that guide lines never run through the letters.
LABEL_BOX = dict(boxstyle="square,pad=0.12", facecolor="white", edgecolor="none", alpha=0.9)

# Candidate label positions around a point (offset in points, alignment), tried in order.
_DIRECTIONS = (
    (1, 0, "left", "center"), (-1, 0, "right", "center"), (0, 1, "center", "bottom"),
    (0, -1, "center", "top"), (0.75, 0.75, "left", "bottom"), (-0.75, 0.75, "right", "bottom"),
    (0.75, -0.75, "left", "top"), (-0.75, -0.75, "right", "top"),
    # above or below, but ending at (or starting from) the point: for points near a side
    (0.35, 1, "right", "bottom"), (-0.35, 1, "left", "bottom"),
    (0.35, -1, "right", "top"), (-0.35, -1, "left", "top"),
)


def place_labels(ax: Axes, items: Sequence[tuple[float, float, str]], *, obstacles: Iterable[Bbox] = (),
                 gap: float = 9.0, fontsize: float = FONT, gid_prefix: str = "label") -> list[Text]:
    """Write each ``(x, y, text)`` next to its point where it overlaps nothing already placed.

    Tries twelve directions at growing distances and keeps the first free spot
    inside the axes; if none is free (very crowded charts) it keeps the spot
    with the least overlap. Deterministic: the same input gives the same figure.
    """
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    taken = [_padded(b) for b in obstacles]
    placed: list[Text] = []
    for x, y, text in items:
        best: tuple[float, Text, Bbox] | None = None
        for ring in (1.0, 1.8, 2.8, 4.0, 5.5):
            for dx, dy, ha, va in _DIRECTIONS:
                label = ax.annotate(text, (x, y), xytext=(dx * gap * ring, dy * gap * ring),
                                    textcoords="offset points", ha=ha, va=va, fontsize=fontsize,
                                    zorder=6, color="black", annotation_clip=False, bbox=LABEL_BOX)
                box = _padded(label.get_window_extent(renderer))
                overlap = sum(_overlap_area(box, other) for other in taken) + _outside_area(box, frame) * 4
                if best is None or overlap < best[0]:
                    if best is not None:
                        best[1].remove()
                    best = (overlap, label, box)
                else:
                    label.remove()
                if overlap == 0:
                    break
            if best is not None and best[0] == 0:
                break
        assert best is not None
        best[1].set_gid(f"{gid_prefix}:{text}")
        taken.append(best[2])
        placed.append(best[1])
    return placed


def _overlap_area(a: Bbox, b: Bbox) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width * height if width > 0 and height > 0 else 0.0


def _outside_area(box: Bbox, frame: Bbox) -> float:
    return box.width * box.height - _overlap_area(box, frame)


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


def holoniq_quadrants(points: Mapping[str, Sequence[int] | None]) -> tuple[Figure, str]:
    """HolonIQ's four scenarios with the learner's points "today", "heading" (by 2030) and "preferred".

    ``points`` maps those keys to ``(x, y)`` on the -5..5 scale (x: Bundled to
    Unbundled, y: Market to Government), or to None when not placed yet.
    Arrows run from today to each of the other two, when both ends are placed.
    """
    placed = _normalise_points(points)
    fig = new_figure(7.2, 5.8)
    ax = _square_axes(fig, 4.4, left=1.4, bottom=0.7)
    ax.set_xlim(-LIMIT, LIMIT)
    ax.set_ylim(-LIMIT, LIMIT)
    low, high = PLACEMENT_RANGE
    ax.set_xticks(range(low, high + 1))
    ax.set_yticks(range(low, high + 1))
    ax.tick_params(labelsize=8.5, colors=GUIDE_GREY, length=3)
    for spine in ax.spines.values():
        spine.set_color(GUIDE_GREY)
    ax.add_patch(Rectangle((low, low), high - low, high - low, fill=False, ec=GUIDE_GREY,
                           lw=0.8, ls=":", zorder=1))
    ax.axhline(0, color="black", lw=1.6, zorder=2)
    ax.axvline(0, color="black", lw=1.6, zorder=2)

    # The poles, at the ends of the axis lines, as in the course's diagram.
    pole = dict(fontsize=FONT, fontweight="bold", clip_on=False, color="black")
    ax.text(-LIMIT - 0.3, 0, "◀ Bundled", ha="right", va="center", gid="pole:Bundled", **pole)
    ax.text(LIMIT + 0.3, 0, "Unbundled ▶", ha="left", va="center", gid="pole:Unbundled", **pole)
    ax.text(0, LIMIT + 0.3, "▲ Government", ha="center", va="bottom", gid="pole:Government", **pole)
    ax.text(0, -LIMIT - 0.85, "▼ Market", ha="center", va="top", gid="pole:Market", **pole)
    fig.text(0.5, 0.985, "HolonIQ's four scenarios and your three points", ha="center", va="top",
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
    lines = [
        "HolonIQ's four scenarios drawn as a two-by-two map, with your points.",
        "Horizontal axis: Bundled on the left (-5) to Unbundled on the right (+5). "
        "Vertical axis: Government-led at the top (+5) to Market-led at the bottom (-5).",
        "Quadrants: " + "; ".join(f"{q.label} {q.corner} ({q.lead.lower()}, {q.form.lower()})"
                                  for q in scenarios.QUADRANTS) + ".",
    ]
    shown = [s for s in PLACEMENT_SERIES if placed.get(s.key) is not None]
    missing = [s for s in PLACEMENT_SERIES if placed.get(s.key) is None]
    if shown:
        lines.append("Your points:")
        for series in shown:
            x, y = placed[series.key]
            lines.append(f"- {series.label} ({series.colour_words} {series.marker_name}): "
                         f"{scenarios.format_point((x, y))}, {scenarios.where(x, y)}; "
                         f"{scenarios.describe_point(x, y)}.")
    else:
        lines.append("No points are placed yet, so the map shows only the four quadrants.")
    today = placed.get("today")
    for target, _, style_words in ARROWS:
        series = _series(target)
        end = placed.get(target)
        if today is None or end is None:
            absent = " and ".join(s for s, p in (("today", today), (series.label, end)) if p is None)
            lines.append(f"Arrow from today to {series.label}: not drawn, because {absent} "
                         f"{'is' if ' and ' not in absent else 'are'} not placed yet.")
        elif end == today:
            lines.append(f"Arrow from today to {series.label}: none, because the two points are in the same place.")
        else:
            lines.append(f"Arrow from today to {series.label} ({style_words} {series.colour_words} line): "
                         f"length {scenarios.distance(today, end):.1f} on the -5 to +5 scale.")
    if missing:
        lines.append("Not placed yet: " + ", ".join(s.label for s in missing) + ".")
    return "\n".join(lines)


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


def probable_preferable(ratings: Mapping[str, Sequence[int | None] | None],
                        names: Mapping[str, str]) -> tuple[Figure, str]:
    """The probable-versus-preferable chart: likelihood across, desirability up, guides at 3.

    ``ratings`` maps scenario ids to ``(likelihood, desirability)``, either of
    which may be None (not rated yet); ``names`` gives each id its name.
    Scenarios with identical ratings share one point and one label.
    """
    order = _order(ratings, names)
    full, partial = _rated_pairs(ratings, order)
    fig = new_figure(7.0, 6.2)
    ax = _square_axes(fig, 4.4, left=1.4, bottom=1.4)
    ax.set_xlim(*RATING_LIMITS)
    ax.set_ylim(*RATING_LIMITS)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.tick_params(labelsize=FONT, length=3)
    ax.set_xlabel("How likely?  1 = very unlikely … 5 = very likely", fontsize=FONT)
    ax.set_ylabel("How desirable?  1 = not wanted … 5 = strongly wanted", fontsize=FONT)
    ax.axvline(scenarios.MIDDLE, color=GUIDE_GREY, lw=1.2, ls="--", zorder=1)
    ax.axhline(scenarios.MIDDLE, color=GUIDE_GREY, lw=1.2, ls="--", zorder=1)
    fig.text(0.5, 0.985, "Probable versus preferable: your ratings", ha="center", va="top",
             fontsize=TITLE, fontweight="bold")

    renderer = fig.canvas.get_renderer()
    obstacles: list[Bbox] = []
    low, high = RATING_LIMITS
    inset = 0.07
    for kind, corner in scenarios.CLASS_CORNERS.items():
        right, top = corner.endswith("right"), corner.startswith("top")
        text = ax.text(high - inset if right else low + inset, high - inset if top else low + inset,
                       scenarios.CLASS_LABELS[kind], ha="right" if right else "left",
                       va="top" if top else "bottom", fontsize=SMALL, fontstyle="italic",
                       color=GUIDE_GREY, zorder=2, gid=f"area:{kind}")
        obstacles.append(text.get_window_extent(renderer))

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

    _draw_key(fig, [f"{sid} {names.get(sid, '')}".strip() + ("" if sid in full else " (not rated)")
                    for sid in order])
    if not full:
        ax.text(3, 3.5, "Rate a scenario above\nto see it here", ha="center", va="center", fontsize=FONT,
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
    areas = "; ".join(f"{scenarios.CLASS_LABELS[k]} ({c})" for k, c in scenarios.CLASS_CORNERS.items())
    lines = [
        "Probable versus preferable: each scenario you have rated is a point placed by how likely you "
        "think it is (across: 1 very unlikely to 5 very likely) and how much you want it "
        "(up: 1 not wanted to 5 strongly wanted).",
        f"Dashed lines at 3 divide the chart into four areas: {areas}. A rating of 3 counts as undecided.",
    ]
    if full:
        lines.append("Your ratings:")
        for sid, (likelihood, desirability) in full.items():
            lines.append(f"- {sid} {names.get(sid, '')}: likelihood {likelihood}, desirability {desirability}; "
                         f"{scenarios.class_label(likelihood, desirability)}, "
                         f"{scenarios.CLASS_MEANINGS[scenarios.classify(likelihood, desirability)]}.")
    else:
        lines.append("No scenario has both ratings yet, so the chart shows no points.")
    for ids in (groups or {}).values():
        if len(ids) > 1:
            lines.append(f"{' and '.join([', '.join(ids[:-1]), ids[-1]])} have the same ratings "
                         "and share one point and one label.")
    if partial:
        parts = []
        for sid, (likelihood, desirability) in partial.items():
            if likelihood is None and desirability is None:
                detail = "neither rating yet"
            elif likelihood is None:
                detail = f"desirability {desirability}, likelihood not rated yet"
            else:
                detail = f"likelihood {likelihood}, desirability not rated yet"
            parts.append(f"{sid} {names.get(sid, '')} ({detail})".replace("  ", " "))
        lines.append("Not on the chart yet: " + "; ".join(parts) + ".")
    return "\n".join(lines)
