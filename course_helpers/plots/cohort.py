"""The class in figures, for the facilitator's dashboard: centres and spreads, never single learners.

Every function takes aggregates that are already safe to publish (suppressed
ones are None) and returns ``(figure, description)``. A suppressed series is
not drawn; the figure and the description both say that it was left out
because fewer than the threshold of learners gave it. ``n`` is printed beside
every series.
"""
from __future__ import annotations

from typing import Mapping, NamedTuple, Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Ellipse, FancyArrowPatch

from .. import scenarios
from .base import GUIDE_GREY, OKABE_ITO, SMALL, TITLE, _marker_box, new_figure, place_labels
from .camilleri import _draw_key, probable_preferable_axes
from .holoniq import ARROWS, PLACEMENT_SERIES, holoniq_map

ELLIPSE_STYLES = {"today": ("-", "solid"), "heading": ("--", "dashed"), "preferred": (":", "dotted")}


class ClassPoint(NamedTuple):
    """Where a class placed one point: the mean, one standard deviation each way, and how many."""

    centre: tuple[float, float]
    spread: tuple[float, float]
    n: int


class Quartiles(NamedTuple):
    """A rating's median and quartiles on the 1-5 scale, and how many rated."""

    median: int
    low: int  # first quartile
    high: int  # third quartile
    n: int


def _fewer(k: int) -> str:
    return f"fewer than {k} learners"


def _num(value: float) -> str:
    return f"{value:.1f}".replace("-0.0", "0.0")


# --------------------------------------------------------------------------- HolonIQ's map

def class_holoniq(points: Mapping[str, ClassPoint | None], k: int = 5) -> tuple[Figure, str]:
    """The class's today, heading and preferred points: centres with one-standard-deviation ellipses."""
    fig, ax, obstacles = holoniq_map("HolonIQ's four scenarios: where the class placed its points")
    shown = {s.key: points.get(s.key) for s in PLACEMENT_SERIES if points.get(s.key) is not None}
    for series in PLACEMENT_SERIES:
        point = shown.get(series.key)
        if point is None:
            continue
        (x, y), (sx, sy) = point.centre, point.spread
        style = ELLIPSE_STYLES[series.key][0]
        ax.add_patch(Ellipse((x, y), 2 * sx, 2 * sy, fill=False, fc="none", ec=series.colour, lw=2.0, ls=style, zorder=3,
                             gid=f"spread:{series.key}"))
        ax.plot([x], [y], linestyle="none", marker=series.marker, markersize=series.size, color=series.colour,
                markeredgecolor="black", markeredgewidth=0.8, zorder=5, gid=f"centre:{series.key}")
        obstacles.append(_marker_box(ax, x, y, series.size))
    today = shown.get("today")
    for target, style, _ in ARROWS:
        end = shown.get(target)
        if today is None or end is None or scenarios.distance(today.centre, end.centre) < 0.3:
            continue
        colour = next(s.colour for s in PLACEMENT_SERIES if s.key == target)
        ax.add_patch(FancyArrowPatch(today.centre, end.centre, arrowstyle="-|>", mutation_scale=14, lw=1.8,
                                     ls=style, color=colour, shrinkA=8, shrinkB=8, zorder=4,
                                     gid=f"arrow:today->{target}"))
    labels = [(p.centre[0], p.centre[1], f"{s.label} (n={p.n})") for s in PLACEMENT_SERIES
              if (p := shown.get(s.key)) is not None]
    place_labels(ax, labels, obstacles=obstacles, gid_prefix="label", fontsize=SMALL)
    left_out = [s.label for s in PLACEMENT_SERIES if s.key not in shown]
    if left_out:
        fig.text(0.5, 0.01, f"Not shown ({_fewer(k)}): {', '.join(left_out)}", ha="center", va="bottom",
                 fontsize=SMALL, color="black", gid="suppressed")
    return fig, describe_class_holoniq(shown, left_out, k)


def describe_class_holoniq(shown: Mapping[str, ClassPoint], left_out: Sequence[str], k: int) -> str:
    lines = [
        "HolonIQ's four scenarios drawn as a two-by-two map, with where the class placed its points.",
        "Horizontal axis: Bundled on the left (-5) to Unbundled on the right (+5). "
        "Vertical axis: Government-led at the top (+5) to Market-led at the bottom (-5).",
        "Each point is the class's average; the ellipse around it reaches one standard deviation each way, "
        "so about two in three learners placed their point inside it. No single learner's point is drawn.",
    ]
    for series in PLACEMENT_SERIES:
        point = shown.get(series.key)
        if point is None:
            continue
        (x, y), (sx, sy) = point.centre, point.spread
        line_words = ELLIPSE_STYLES[series.key][1]
        lines.append(f"- {series.label} ({series.colour_words} {series.marker_name}, {line_words} ellipse), "
                     f"{point.n} learners: average x = {_num(x)}, y = {_num(y)}, {scenarios.where(x, y)}, "
                     f"{scenarios.describe_point(x, y)}; spread {_num(sx)} across and {_num(sy)} up or down.")
    today = shown.get("today")
    for target, _, style_words in ARROWS:
        end = shown.get(target)
        label = next(s.label for s in PLACEMENT_SERIES if s.key == target)
        if today is not None and end is not None:
            lines.append(f"Arrow from today's average to {label}'s ({style_words} line): length "
                         f"{scenarios.distance(today.centre, end.centre):.1f} on the -5 to +5 scale.")
    if left_out:
        lines.append(f"Not shown because {_fewer(k)} placed them: {', '.join(left_out)}.")
    return "\n".join(lines)


# ------------------------------------------------------------- probable versus preferable

def class_probable_preferable(ratings: Mapping[str, tuple[Quartiles | None, Quartiles | None]],
                              names: Mapping[str, str], k: int = 5) -> tuple[Figure, str]:
    """Each scenario at the class's median likelihood and desirability, with quartile bars (the middle half)."""
    fig, ax, obstacles = probable_preferable_axes("Probable versus preferable: the class's ratings")
    shown = {sid: pair for sid, pair in ratings.items() if pair[0] is not None and pair[1] is not None}
    groups: dict[tuple[int, int], list[str]] = {}
    for sid, (likelihood, desirability) in shown.items():
        groups.setdefault((likelihood.median, desirability.median), []).append(sid)
    colour = OKABE_ITO["blue"]
    items = []
    for (x, y), ids in groups.items():
        for offset, sid in zip(_offsets(len(ids)), ids):
            likelihood, desirability = shown[sid]
            px, py = x + offset, y + offset
            ax.plot([likelihood.low, likelihood.high], [py, py], color=colour, lw=1.6, zorder=3, gid=f"iqr-x:{sid}")
            ax.plot([px, px], [desirability.low, desirability.high], color=colour, lw=1.6, zorder=3,
                    gid=f"iqr-y:{sid}")
            ax.plot([px], [py], linestyle="none", marker="o", markersize=9, color=colour, markeredgecolor="black",
                    markeredgewidth=0.8, zorder=5, gid=f"median:{sid}")
            obstacles.append(_marker_box(ax, px, py, 9))
        items.append((x, y, ", ".join(ids)))
    place_labels(ax, items, obstacles=obstacles, gid_prefix="label")
    left_out = [sid for sid in ratings if sid not in shown]
    key = [f"{sid} {names.get(sid, '')}".strip() + (f" (not shown: {_fewer(k)})" if sid in left_out else "")
           for sid in ratings]
    _draw_key(fig, key)
    return fig, describe_class_probable_preferable(shown, left_out, names, groups, k)


def _offsets(count: int) -> list[float]:
    """Small shifts so that scenarios sharing a median stay visible side by side (at most ±0.2)."""
    if count == 1:
        return [0.0]
    step = min(0.12, 0.4 / (count - 1))
    return [(i - (count - 1) / 2) * step for i in range(count)]


def describe_class_probable_preferable(shown: Mapping[str, tuple[Quartiles, Quartiles]], left_out: Sequence[str],
                                       names: Mapping[str, str], groups: Mapping[tuple[int, int], Sequence[str]],
                                       k: int) -> str:
    lines = [
        "Probable versus preferable for the class: each scenario sits at the class's median rating of how "
        "likely it is (across, 1 to 5) and how much it is wanted (up, 1 to 5).",
        "The bars through each point run from the first to the third quartile: the middle half of the class. "
        "Dashed lines at 3 divide the chart into four areas.",
    ]
    for sid, (likelihood, desirability) in shown.items():
        lines.append(f"- {sid} {names.get(sid, '')}: likelihood median {likelihood.median} (middle half "
                     f"{likelihood.low} to {likelihood.high}, {likelihood.n} learners), desirability median "
                     f"{desirability.median} (middle half {desirability.low} to {desirability.high}, "
                     f"{desirability.n} learners); "
                     f"{scenarios.class_label(likelihood.median, desirability.median)}.")
    for ids in groups.values():
        if len(ids) > 1:
            lines.append(f"{', '.join(ids)} share the same medians and are drawn slightly apart.")
    if not shown:
        lines.append("No scenario can be shown yet.")
    if left_out:
        lines.append(f"Not shown because {_fewer(k)} rated them, or a median could have revealed a small "
                     f"group: {', '.join(left_out)}.")
    return "\n".join(lines)


# ----------------------------------------------------------------------- generic figures

def class_medians(title: str, rows: Sequence[tuple[str, Quartiles | None]], scale: tuple[str, str],
                  k: int = 5) -> tuple[Figure, str]:
    """One row per rating prompt: the median as a dot, the middle half as a bar, n at the right."""
    height = 1.4 + 0.45 * max(1, len(rows))
    fig = new_figure(7.6, height)
    ax = fig.add_axes((0.38, 0.9 / height, 0.5, 1 - 1.5 / height))
    ax.set_xlim(0.6, 5.4)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([_wrap(label) for label, _ in rows], fontsize=SMALL)
    ax.set_xlabel(f"1 = {scale[0]} … 5 = {scale[1]}", fontsize=SMALL)
    ax.grid(axis="x", color=GUIDE_GREY, lw=0.5, ls=":")
    fig.text(0.5, 0.99, title, ha="center", va="top", fontsize=TITLE, fontweight="bold")
    colour = OKABE_ITO["blue"]
    for row, (label, stats) in enumerate(rows):
        if stats is None:
            ax.text(3, row, f"not shown: {_fewer(k)}", ha="center", va="center", fontsize=SMALL,
                    color="black", gid=f"suppressed:{row}")
            continue
        ax.plot([stats.low, stats.high], [row, row], color=colour, lw=3, solid_capstyle="butt", zorder=3,
                gid=f"iqr:{row}")
        ax.plot([stats.median], [row], linestyle="none", marker="D", markersize=8, color=colour,
                markeredgecolor="black", zorder=4, gid=f"median:{row}")
        ax.text(5.5, row, f"n={stats.n}", ha="left", va="center", fontsize=SMALL, clip_on=False)
    lines = [f"{title}: for each question, the class's median rating (a diamond) and the middle half of the "
             f"class (a bar from the first to the third quartile), on a scale from 1 ({scale[0]}) to 5 ({scale[1]})."]
    for label, stats in rows:
        if stats is None:
            lines.append(f"- {label}: not shown, {_fewer(k)} answered or a median could have revealed a small group.")
        else:
            lines.append(f"- {label}: median {stats.median}, middle half {stats.low} to {stats.high}, "
                         f"{stats.n} learners.")
    return fig, "\n".join(lines)


def class_counts(title: str, categories: Sequence[tuple[str, int | None]], n: int, k: int = 5
                 ) -> tuple[Figure, str]:
    """How many chose each option, as bars; a hidden count is a hatched outline marked 'hidden'."""
    height = 1.4 + 0.42 * max(1, len(categories))
    fig = new_figure(7.6, height)
    ax = fig.add_axes((0.38, 0.9 / height, 0.5, 1 - 1.5 / height))
    largest = max([c for _, c in categories if c is not None] + [k, 1])
    ax.set_xlim(0, largest * 1.15)
    ax.set_ylim(len(categories) - 0.5, -0.5)
    ax.set_yticks(range(len(categories)))
    ax.set_yticklabels([_wrap(label) for label, _ in categories], fontsize=SMALL)
    ax.set_xlabel(f"learners (of {n} who answered)", fontsize=SMALL)
    fig.text(0.5, 0.99, title, ha="center", va="top", fontsize=TITLE, fontweight="bold")
    colour = OKABE_ITO["bluish green"]
    for row, (label, count) in enumerate(categories):
        if count is None:
            ax.barh(row, largest * 0.12, height=0.6, fill=False, hatch="//", ec=GUIDE_GREY, gid=f"hidden:{row}")
            ax.text(largest * 0.14, row, "hidden", va="center", fontsize=SMALL)
        else:
            ax.barh(row, count, height=0.6, color=colour, ec="black", lw=0.6, gid=f"bar:{row}")
            ax.text(count + largest * 0.02, row, str(count), va="center", fontsize=SMALL)
    lines = [f"{title}: how many of the {n} learners who answered chose each option, as horizontal bars."]
    for label, count in categories:
        lines.append(f"- {label}: " + ("hidden (a small group, or hidden so that a small group cannot be "
                                       "worked out)" if count is None else f"{count}"))
    return fig, "\n".join(lines)


def class_ranking(title: str, options: Sequence[tuple[str, float | None, float | None, int | None]],
                  k: int = 5) -> tuple[Figure, str]:
    """Each option's mean rank (1 = first) with one standard deviation each way, best first."""
    ordered = sorted(options, key=lambda o: (o[1] is None, o[1] if o[1] is not None else 0))
    height = 1.4 + 0.42 * max(1, len(ordered))
    fig = new_figure(7.6, height)
    ax = fig.add_axes((0.38, 0.9 / height, 0.5, 1 - 1.5 / height))
    worst = max(len(ordered), 2)
    ax.set_xlim(0.5, worst + 0.5)
    ax.set_ylim(len(ordered) - 0.5, -0.5)
    ax.set_yticks(range(len(ordered)))
    ax.set_yticklabels([_wrap(o[0]) for o in ordered], fontsize=SMALL)
    ax.set_xlabel("mean rank (1 = ranked first)", fontsize=SMALL)
    fig.text(0.5, 0.99, title, ha="center", va="top", fontsize=TITLE, fontweight="bold")
    colour = OKABE_ITO["vermillion"]
    lines = [f"{title}: each option's mean rank (1 is first) as a square, with a bar one standard deviation "
             "each way, best-ranked first."]
    for row, (label, mean, spread, count) in enumerate(ordered):
        if mean is None:
            ax.text((worst + 1) / 2, row, f"not shown: {_fewer(k)}", ha="center", va="center", fontsize=SMALL)
            lines.append(f"- {label}: not shown, {_fewer(k)} ranked it.")
            continue
        ax.plot([max(0.5, mean - spread), min(worst + 0.5, mean + spread)], [row, row], color=colour, lw=2,
                gid=f"spread:{row}")
        ax.plot([mean], [row], linestyle="none", marker="s", markersize=8, color=colour, markeredgecolor="black",
                gid=f"mean:{row}")
        lines.append(f"- {label}: mean rank {mean:.1f}, spread {spread:.1f}, {count} learners.")
    return fig, "\n".join(lines)


def _wrap(label: str, width: int = 34) -> str:
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3]) + ("…" if len(lines) > 3 else "")


__all__ = ["ClassPoint", "Quartiles", "class_counts", "class_holoniq", "class_medians", "class_probable_preferable",
           "class_ranking", "describe_class_holoniq", "describe_class_probable_preferable"]
