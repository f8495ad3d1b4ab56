"""The learning-ecology map (notebook 06): credentials by size and level, with the learner's own and their links.

Upper panel: size across (hours, log scale; ECTS on the top edge) and EQF
level up, with a row for "no level stated". Reference types are boxes (a
range, never a point): solid outlines for sourced ranges, dashed and hatched
ones for our own illustrations. The learner's credentials are points (filled:
past, hollow: planned; a shape per kind), an ECTS size with a bar over its
25-30 hour range. Links are arrows with a line style and colour per kind;
credentials with no link are ringed and say so in their label.

Lower panel: how each micro-credential definition sizes them, as bars on the
same hour axis (an open end runs to the edge with an arrow head; no size is a
dotted line).

This is the companion's own map, not the course's diagram, which we do not have.
"""
from __future__ import annotations

import math
from typing import Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Rectangle

from .. import ecology, strings
from ..text import plain_name
from .base import (COLOUR_WORDS, FONT, GUIDE_GREY, OKABE_ITO, SMALL, TITLE, _marker_box, _segment_boxes, literal,
                   new_figure, place_labels, plain_number_ticks)

HOURS_LIMITS = (0.7, 30_000)
NO_LEVEL_ROW = 0
# Where the ECTS ticks on the top edge sit: the geometric middle of 25-30 hours a credit.
HOURS_PER_ECTS_TICK = math.sqrt(ecology.ECTS_HOURS[0] * ecology.ECTS_HOURS[1])
KIND_MARKERS: dict[str, tuple[str, str]] = {
    "degree": ("s", "square"), "short_cycle": ("p", "pentagon"), "professional": ("h", "hexagon"),
    "micro": ("o", "circle"), "mooc": ("^", "triangle"), "badge": ("v", "down-triangle"),
    "course": ("P", "plus"), "other": ("X", "cross"),
}
WHEN_STYLE: dict[str, tuple[str, str]] = {"past": ("blue", "filled"), "planned": ("vermillion", "hollow")}
# Links: (matplotlib line style, words, colour name).
INTERFACE_STYLES: dict[str, tuple[str, str, str]] = {
    "stacks_into": ("-", "solid", "black"), "gives_entry_to": ("--", "dashed", "orange"),
    "credit_transfer": (":", "dotted", "bluish green"), "rpl": ("-.", "dash-dotted", "reddish purple"),
}
INTERFACE_KEY: dict[str, str] = {"stacks_into": "stacks into", "gives_entry_to": "gives entry to",
                            "credit_transfer": "credit transfer", "rpl": "recognition of\nprior learning"}
SOURCED_FILL, ILLUSTRATIVE_FILL, DEFINITION_FILL = "sky blue", "yellow", "bluish green"


def _position(credential: ecology.Credential) -> tuple[float, float]:
    low, high = credential.hours
    return math.sqrt(low * high), float(credential.level or NO_LEVEL_ROW)


def learning_ecology(types: Sequence[ecology.ReferenceType], definitions: Sequence[ecology.Definition],
                     credentials: Sequence[ecology.Credential], interfaces: Sequence[ecology.Interface]
                     ) -> tuple[Figure, str]:
    """The map, for validated credentials and links (see :func:`ecology.validate_credentials`)."""
    fig = new_figure(11.4, 10.2)
    width, height = fig.get_size_inches()
    ax = fig.add_axes((3.1 / width, 4.55 / height, 5.2 / width, 4.8 / height))
    strip = fig.add_axes((3.1 / width, 0.75 / height, 5.2 / width, 3.0 / height), sharex=ax)
    fig.text(0.5, 0.99, "A learning ecology: credentials by size and level", ha="center", va="top",
             fontsize=TITLE, fontweight="bold")
    _draw_axes(ax, strip)
    boxes = _draw_reference(ax, types, definitions)
    _draw_learner(ax, credentials, interfaces, boxes)
    _draw_definitions(strip, definitions)
    _draw_key(fig)
    return fig, describe_learning_ecology(types, definitions, credentials, interfaces)


def _draw_axes(ax, strip) -> None:
    ax.set_xscale("log")
    ax.set_xlim(*HOURS_LIMITS)
    ax.set_ylim(-0.6, 8.6)
    ax.set_yticks(range(0, 9), ["no level\nstated"] + [f"EQF {n}" for n in range(1, 9)])
    ax.tick_params(labelsize=SMALL)
    ax.set_ylabel("Level", fontsize=FONT)
    ax.axhline(0.5, color=GUIDE_GREY, lw=0.8, ls=":", zorder=1)
    ax.grid(True, axis="x", which="major", color="#e3e3e3", lw=0.6, zorder=0)
    top = ax.secondary_xaxis("top", functions=(lambda h: h / HOURS_PER_ECTS_TICK, lambda e: e * HOURS_PER_ECTS_TICK))
    top.set_xlabel("ECTS credits (1 credit = 25-30 hours; ticks at about 27)", fontsize=SMALL)
    top.tick_params(labelsize=SMALL)
    plain_number_ticks(top.xaxis, minor=None)
    strip.set_xscale("log")
    plain_number_ticks(strip.xaxis)
    plain_number_ticks(ax.xaxis)
    strip.set_xlabel("Size in hours of learning (log scale)", fontsize=FONT)
    strip.tick_params(labelsize=SMALL)
    strip.grid(True, axis="x", which="major", color="#e3e3e3", lw=0.6, zorder=0)


def _draw_reference(ax, types: Sequence[ecology.ReferenceType], definitions: Sequence[ecology.Definition]
                    ) -> list[tuple[float, float, str]]:
    """Reference boxes; returns a label anchor (top left corner, short name) for each, placed with the learner's."""
    boxes: list[tuple[str, str, float, float, float, float, str]] = []  # id, label, x0, x1, y0, y1, style
    for kind in types:
        low_level, high_level = (kind.level_min or NO_LEVEL_ROW), (kind.level_max or NO_LEVEL_ROW)
        x0, x1 = (kind.min_hours, kind.max_hours) if kind.min_hours is not None else HOURS_LIMITS
        label = kind.short_name + ("*" if kind.illustrative else "")
        if kind.min_hours is None:
            label += ": size varies"
        boxes.append((kind.id, label, x0, x1, low_level - 0.38, high_level + 0.38,
                      "illustrative" if kind.illustrative else ("open" if kind.min_hours is None else "sourced")))
    for definition in definitions:
        if definition.level_min is not None and definition.min_hours is not None and definition.max_hours is not None:
            boxes.append((f"definition:{definition.id}", f"{definition.short_name} micro-credential",
                          definition.min_hours, definition.max_hours, definition.level_min - 0.3,
                          definition.level_max + 0.3, "definition"))
    anchors = []
    for box_id, label, x0, x1, y0, y1, style in _lanes(boxes):
        fill = {"illustrative": ILLUSTRATIVE_FILL, "definition": DEFINITION_FILL}.get(style, SOURCED_FILL)
        ax.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor=OKABE_ITO[fill],
                               alpha=0.35 if style != "open" else 0.15, edgecolor="black", lw=1.0,
                               ls={"illustrative": "--", "open": ":"}.get(style, "-"),
                               hatch="//" if style == "illustrative" else None, zorder=2, gid=f"type:{box_id}"))
        anchor_x = math.sqrt(x0 * x1) if style == "open" else x0
        anchors.append((anchor_x, y1 if style != "open" else (y0 + y1) / 2, literal(plain_name(label, 40))))
    return anchors


def _lanes(boxes):
    """Boxes on the same level rows that overlap in size share the rows' height, one lane each."""
    placed = []
    for box in boxes:
        same = [b for b in placed if (b[4], b[5]) == (box[4], box[5]) and b[2] < box[3] and box[2] < b[3]]
        if same:
            lanes = len(same) + 1
            span = (box[5] - box[4]) / lanes
            placed = [b for b in placed if b not in same]
            for lane, b in enumerate(same + [box]):
                placed.append((*b[:4], box[4] + lane * span, box[4] + (lane + 1) * span - 0.02, b[6]))
        else:
            placed.append(box)
    return placed


def _draw_learner(ax, credentials: Sequence[ecology.Credential], interfaces: Sequence[ecology.Interface],
                  reference_labels: Sequence[tuple[float, float, str]]) -> None:
    """The learner's points, ranges, rings and arrows; then every label, the reference boxes' first."""
    alone = {c.id for c in ecology.isolated(credentials, interfaces)}
    positions = {c.id: _position(c) for c in credentials}
    obstacles = []
    for credential in credentials:
        x, y = positions[credential.id]
        marker, _ = KIND_MARKERS[credential.kind]
        colour_name, fill = WHEN_STYLE[credential.when]
        colour = OKABE_ITO[colour_name]
        low, high = credential.hours
        if high > low:
            ax.plot([low, high], [y, y], color=colour, lw=1.6, zorder=4, gid=f"range:{credential.id}",
                    solid_capstyle="butt")
            ax.plot([low, high], [y, y], linestyle="none", marker="|", markersize=9, color=colour, zorder=4)
        ax.plot([x], [y], linestyle="none", marker=marker, markersize=11, color=colour, zorder=6,
                markerfacecolor=colour if fill == "filled" else "white", markeredgecolor=colour if fill == "hollow"
                else "black", markeredgewidth=1.8 if fill == "hollow" else 0.8, gid=f"credential:{credential.id}")
        obstacles.append(_marker_box(ax, x, y, 11))
        if credential.id in alone:
            ax.plot([x], [y], linestyle="none", marker="o", markersize=22, markerfacecolor="none",
                    markeredgecolor="black", markeredgewidth=1.2, zorder=5, gid=f"isolated:{credential.id}")
            obstacles.append(_marker_box(ax, x, y, 22))
    pairs: dict[frozenset[str], int] = {}
    for link in interfaces:
        style, _, colour_name = INTERFACE_STYLES[link.kind]
        start, end = positions[link.source], positions[link.target]
        key = frozenset((link.source, link.target))
        bend = 0.12 + 0.12 * pairs.get(key, 0)
        pairs[key] = pairs.get(key, 0) + 1
        ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=14, lw=1.8, ls=style,
                                     color=OKABE_ITO[colour_name], shrinkA=9, shrinkB=9, zorder=5,
                                     connectionstyle=f"arc3,rad={bend}",
                                     gid=f"link:{link.source}->{link.target}:{link.kind}"))
        obstacles += _segment_boxes(ax, start, end)
    if not credentials:
        empty = ax.text(math.sqrt(HOURS_LIMITS[0] * HOURS_LIMITS[1]), 2.0,
                        "Add your own credentials above\nto see them here", ha="center", va="center", fontsize=FONT,
                        color=GUIDE_GREY, gid="empty")
        obstacles.append(empty.get_window_extent(ax.figure.canvas.get_renderer()))
    placed = place_labels(ax, reference_labels, obstacles=obstacles, gap=3, fontsize=SMALL - 1,
                          gid_prefix="type-label")
    renderer = ax.figure.canvas.get_renderer()
    taken = obstacles + [t.get_window_extent(renderer) for t in placed]
    items = []
    for credential in credentials:
        x, y = positions[credential.id]
        label = literal(plain_name(credential.name, 28)) + (" (planned)" if credential.when == "planned" else "")
        if credential.id in alone:
            label += ": no link"
        items.append((x, y, label))
    place_labels(ax, items, obstacles=taken, fontsize=SMALL, gid_prefix="label")


def _draw_definitions(strip, definitions: Sequence[ecology.Definition]) -> None:
    rows = list(definitions)
    strip.set_ylim(len(rows) - 0.5, -0.5)
    names = []
    for row, definition in enumerate(rows):
        names.append(f"{literal(plain_name(definition.framework, 48))}\n({_when(definition)})")
        colour = OKABE_ITO[DEFINITION_FILL]
        if not definition.sets_size:
            strip.plot(HOURS_LIMITS, [row, row], color=GUIDE_GREY, lw=1.2, ls=":", zorder=2,
                       gid=f"definition:{definition.id}")
            strip.text(math.sqrt(HOURS_LIMITS[0] * HOURS_LIMITS[1]), row, "no size set", ha="center", va="center",
                       fontsize=SMALL - 1, color="black", zorder=3,
                       bbox=dict(boxstyle="square,pad=0.1", facecolor="white", edgecolor="none"))
            continue
        low = definition.min_hours if definition.min_hours is not None else HOURS_LIMITS[0]
        high = definition.max_hours if definition.max_hours is not None else HOURS_LIMITS[1]
        strip.plot([low, high], [row, row], color=colour, lw=7, solid_capstyle="butt", zorder=2,
                   gid=f"definition:{definition.id}")
        for open_end, x, marker in ((definition.min_hours is None, HOURS_LIMITS[0] * 1.05, "<"),
                                    (definition.max_hours is None, HOURS_LIMITS[1] / 1.05, ">")):
            if open_end:
                strip.plot([x], [row], linestyle="none", marker=marker, markersize=10, color="black", zorder=3)
    strip.set_yticks(range(len(rows)), names)
    strip.tick_params(axis="y", labelsize=SMALL - 1.5)


def _draw_key(fig: Figure) -> None:
    handles, labels = [], []
    for when, (colour_name, fill) in WHEN_STYLE.items():
        colour = OKABE_ITO[colour_name]
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=9, color=colour,
                              markerfacecolor=colour if fill == "filled" else "white",
                              markeredgecolor="black" if fill == "filled" else colour, markeredgewidth=1.5))
        labels.append(f"{when} ({fill})")
    for kind, (marker, _) in KIND_MARKERS.items():
        handles.append(Line2D([], [], linestyle="none", marker=marker, markersize=8, color=GUIDE_GREY))
        labels.append(strings.KIND_WORDS[kind])
    handles.append(Line2D([], [], linestyle="none", marker="o", markersize=14, markerfacecolor="none",
                          markeredgecolor="black"))
    labels.append("ringed: no link")
    for kind, (style, _, colour_name) in INTERFACE_STYLES.items():
        handles.append(Line2D([], [], ls=style, lw=2, color=OKABE_ITO[colour_name]))
        labels.append(INTERFACE_KEY[kind])
    handles += [Rectangle((0, 0), 1, 1, facecolor=OKABE_ITO[SOURCED_FILL], alpha=0.35, edgecolor="black"),
                Rectangle((0, 0), 1, 1, facecolor=OKABE_ITO[ILLUSTRATIVE_FILL], alpha=0.35, edgecolor="black",
                          ls="--", hatch="//"),
                Rectangle((0, 0), 1, 1, facecolor=OKABE_ITO[DEFINITION_FILL], alpha=0.35, edgecolor="black")]
    labels += ["sourced range", "our illustration (*)", "a definition's range"]
    width, height = fig.get_size_inches()
    fig.legend(handles, labels, loc="upper left", bbox_to_anchor=(8.45 / width, 9.4 / height), fontsize=SMALL - 1,
               frameon=False, handlelength=2.4, borderaxespad=0)


# ------------------------------------------------------------------ description


def _hours(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:g}"


def _size_words(credential: ecology.Credential) -> str:
    low, high = credential.hours
    size = f"{credential.size:g} {credential.unit}"
    return size if credential.unit == "hours" else f"{size} ({_hours(low)}-{_hours(high)} hours)" if high > low \
        else f"{size} ({_hours(low)} hours)"


def _when(definition: ecology.Definition) -> str:
    timing = definition.relative_to_course or "date unknown"
    return f"{definition.year}, {timing}" if definition.year else timing


def describe_learning_ecology(types: Sequence[ecology.ReferenceType], definitions: Sequence[ecology.Definition],
                              credentials: Sequence[ecology.Credential], interfaces: Sequence[ecology.Interface]
                              ) -> str:
    """The plain-text description of :func:`learning_ecology`: every credential and every link."""
    lines = ["A map of credentials by size and level, drawn by the companion's authors (it is not the course's own "
             "diagram, which we do not have). Across: size in hours of learning on a log scale, with ECTS credits on "
             "the top edge (one credit is 25-30 hours). Up: EQF level 1 to 8, with a bottom row for credentials whose "
             "level is not stated.",
             "Reference types (boxes; a solid outline is a sourced range, a dashed hatched one, whose label ends in *, "
             "our own illustration):"]
    for kind in types:
        levels = (f"EQF {kind.level_min}" if kind.level_min == kind.level_max else
                  f"EQF {kind.level_min}-{kind.level_max}") if kind.level_min else "no level stated"
        size = (f"{_hours(kind.min_hours)}-{_hours(kind.max_hours)} hours" if kind.min_hours is not None
                else "no size range")
        lines.append(f"- {kind.name}: {kind.size_note}, {size}; {levels} ({kind.verification}).")
    lines.append("Micro-credential definitions (lower panel, bars in hours; an arrow head marks an open end):")
    for definition in definitions:
        if not definition.sets_size:
            size = "no size set"
        else:
            low = "no minimum" if definition.min_hours is None else f"from {_hours(definition.min_hours)} hours"
            high = "no maximum" if definition.max_hours is None else f"to {_hours(definition.max_hours)} hours"
            size = f"{low} {high}" if definition.min_hours is not None else f"{high} ({low})"
        level = (f"; EQF {definition.level_min}-{definition.level_max}, also drawn as a box on the map"
                 if definition.level_min is not None else "")
        lines.append(f"- {definition.framework} ({_when(definition)}): {size}; {definition.size_note}{level}.")
    by_id = {c.id: c for c in credentials}
    alone = ecology.isolated(credentials, interfaces)
    if credentials:
        lines.append("Your credentials (points; filled blue: past, hollow orange-red: planned; a bar shows the hour "
                     "range of an ECTS size):")
        for credential in credentials:
            _, marker_name = KIND_MARKERS[credential.kind]
            level = f"EQF {credential.level}" if credential.level else "level not stated"
            ringed = "; no link, so it is ringed" if credential in alone else ""
            lines.append(f"- {credential.label}: {_size_words(credential)}, {level}, "
                         f"{strings.KIND_WORDS[credential.kind]}, {credential.when} ({marker_name}){ringed}.")
    else:
        lines.append("You have not added any credentials yet.")
    if interfaces:
        lines.append("Links (arrows):")
        for link in interfaces:
            style, words, colour_name = INTERFACE_STYLES[link.kind]
            lines.append(f"- {ecology.describe_interface(link, by_id)} ({words} "
                         f"{COLOUR_WORDS.get(colour_name, colour_name)} arrow).")
    elif credentials:
        lines.append("No links drawn yet.")
    if alone:
        lines.append("Without any link: " + "; ".join(c.label for c in alone) + ".")
    return "\n".join(lines)
