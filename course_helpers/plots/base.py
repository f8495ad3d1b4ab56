"""What every figure of the course shares: palette, sizes, a blank figure, PNG output, label placement.

Figures are :class:`matplotlib.figure.Figure` objects with their own Agg
canvas (never pyplot's global state, no style changes). The palette is
Okabe-Ito, safe for the common colour-vision deficiencies; colour is never
the only cue, so every series also has a marker shape and words.
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Iterable, Sequence

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter, NullLocator
from matplotlib.transforms import Bbox

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
# zlib level 3 instead of Pillow's 6: on the ten figures of a full journal it compresses in about half the time
# (140 ms instead of 230-280 ms in all) and the files come out the same size (669 KiB in all); 1 and 2 are no
# quicker and a little larger.
PNG_COMPRESS_LEVEL = 3
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


Point = tuple[int, int]


# ------------------------------------------------------------------- helpers


def new_figure(width: float, height: float) -> Figure:
    """A figure with an opaque white background and an Agg canvas (for measuring text)."""
    fig = Figure(figsize=(width, height), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    fig.patch.set_alpha(1.0)
    return fig


def inch_canvas(width: float, height: float) -> tuple[Figure, Axes]:
    """A figure whose one axes fills it, measured in inches from the top left, with no axis drawn:
    for figures laid out like a table (heat maps, the links chart)."""
    fig = new_figure(width, height)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.axis("off")
    return fig, ax


def render_png(fig: Figure, description: str = "") -> bytes:
    """The figure as PNG bytes; the description travels in the file's metadata."""
    buffer = io.BytesIO()
    metadata = {"Description": description} if description else {}
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white", metadata=metadata,
                pil_kwargs={"compress_level": PNG_COMPRESS_LEVEL})
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



def literal(text: str) -> str:
    """Text that matplotlib draws as typed: a '$' would otherwise start mathtext, and bad mathtext fails to draw."""
    return text.replace("$", r"\$")


def fit_right_labels(ax: Axes, labels: Iterable[Text], pad_px: float = 6.0) -> None:
    """Widen the x range so that every label (left-aligned at a data x) ends inside the axes."""
    renderer = ax.figure.canvas.get_renderer()
    width = ax.get_window_extent(renderer).width
    left, right = ax.get_xlim()
    needed = right
    for label in labels:
        room = width - label.get_window_extent(renderer).width - pad_px
        if room > 0:
            needed = max(needed, left + (label.get_position()[0] - left) * width / room)
    ax.set_xlim(left, needed)


# Log axes: matplotlib writes their ticks as mathtext powers (10^3), which are slow to lay out (a
# quarter to a half of a log chart's drawing time). These write the same ticks as plain text.
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def plain_number_ticks(axis, minor: tuple[float, ...] | None = (2.0, 5.0)) -> None:
    """Label a log axis with plain numbers ('0.1', '10', '1,000', '1,000,000').

    Minor ticks (unlabelled) at ``minor`` times each power of ten, or none;
    two a decade read as well as eight and cost a quarter of the tick objects.
    """
    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}" if value >= 1 else f"{value:g}"))
    axis.set_minor_locator(LogLocator(base=10, subs=minor) if minor else NullLocator())
    axis.set_minor_formatter(NullFormatter())


def power_ticks(axis) -> None:
    """Label a log axis with powers of ten in plain text ('1', '10', '10²¹'); no minor labels."""
    def power(value: float, _position: int) -> str:
        exponent = round(math.log10(value)) if value > 0 else 0
        if value <= 0 or abs(value / 10 ** exponent - 1) > 1e-6:
            return ""
        return {0: "1", 1: "10"}.get(exponent, "10" + str(exponent).translate(_SUPERSCRIPTS))

    axis.set_major_formatter(FuncFormatter(power))
    axis.set_minor_formatter(NullFormatter())
