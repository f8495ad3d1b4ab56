"""The unbundled module (notebook 05): parts down the side, providers across, who designs, delivers and awards.

Each filled cell carries a shape for the role (square: designs, circle:
delivers, diamond: awards) *and* the word, in the provider's column colour; a
part shared by several providers says "shared". The verdict (co-construction,
co-delivery, both or neither) is written under the grid.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from matplotlib.figure import Figure

from .. import unbundling
from ..text import plain_name
from .base import COLOUR_WORDS, FONT, GUIDE_GREY, LABEL_BOX, OKABE_ITO, SMALL, TITLE, literal, new_figure

# How each role is drawn: (marker, marker name, verb written in the cell).
ROLE_MARKS: dict[str, tuple[str, str, str]] = {
    "design": ("s", "square", "designs"),
    "delivery": ("o", "circle", "delivers"),
    "award": ("D", "diamond", "awards"),
}
# Column colours by kind of provider (the column's position and heading say the same).
KIND_COLOURS: dict[str, str] = {"home_university": "blue", "partner_university": "bluish green",
                                "employer": "orange", "platform": "reddish purple"}


def unbundled_module(assignment: unbundling.Assignment, parts: Sequence[unbundling.Part],
                     providers: Mapping[str, unbundling.Provider]) -> tuple[Figure, str]:
    """The grid of parts and providers for a normalised assignment (see :func:`unbundling.normalise`)."""
    arrangement = unbundling.classify(assignment, parts, providers)
    columns = list(providers.values())
    fig = new_figure(8.6, 5.8)
    width, height = fig.get_size_inches()
    ax = fig.add_axes((2.1 / width, 1.25 / height, 6.2 / width, 3.55 / height))
    ax.set_xlim(-0.5, len(columns) - 0.5)
    ax.set_ylim(len(parts) - 0.5, -0.5)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color(GUIDE_GREY)
    for i in range(1, len(columns)):
        ax.axvline(i - 0.5, color=GUIDE_GREY, lw=0.8, zorder=1)
    for j in range(1, len(parts)):
        ax.axhline(j - 0.5, color=GUIDE_GREY, lw=0.8, zorder=1)
    fig.text(0.5, 0.985, "One module taken apart: who designs, delivers and awards it", ha="center", va="top",
             fontsize=TITLE, fontweight="bold")
    for i, provider in enumerate(columns):
        kind = unbundling.strings.PROVIDER_KIND_SHORT.get(provider.kind, "")
        ax.text(i, -0.62, f"{literal(plain_name(provider.name, 20))}\n({kind})",
                ha="center", va="bottom", fontsize=SMALL, fontweight="bold", color="black", clip_on=False,
                gid=f"column:{provider.id}")
    for j, part in enumerate(parts):
        ax.text(-0.62, j, f"{literal(plain_name(part.name, 24))}\n({part.role})", ha="right", va="center", fontsize=FONT, clip_on=False,
                gid=f"row:{part.id}")
        chosen = assignment.get(part.id, ())
        if not chosen:
            ax.text((len(columns) - 1) / 2, j, "no provider chosen yet", ha="center", va="center", fontsize=SMALL,
                    fontstyle="italic", color=GUIDE_GREY, bbox=LABEL_BOX, zorder=3, gid=f"unassigned:{part.id}")
            continue
        marker, _, verb = ROLE_MARKS[part.role]
        for i, provider in enumerate(columns):
            if provider.id not in chosen:
                continue
            colour = OKABE_ITO[KIND_COLOURS.get(provider.kind, "black")]
            ax.plot([i - 0.28], [j], linestyle="none", marker=marker, markersize=13, color=colour,
                    markeredgecolor="black", markeredgewidth=0.8, zorder=4, gid=f"cell:{part.id}:{provider.id}")
            words = f"{verb}\n(shared)" if len(chosen) > 1 else verb
            ax.text(i - 0.12, j, words, ha="left", va="center", fontsize=SMALL, zorder=4,
                    gid=f"word:{part.id}:{provider.id}")
    verdict = {"both": "Co-construction and co-delivery", "co_construction": "Co-construction only",
               "co_delivery": "Co-delivery only", "neither": "Neither co-construction nor co-delivery"}[arrangement.kind]
    fig.text(0.5, 0.62 / height, verdict, ha="center", va="center", fontsize=FONT, fontweight="bold", gid="verdict")
    fig.text(0.5, 0.25 / height, "Square: designs  ·  circle: delivers  ·  diamond: awards  ·  "
             "\"shared\": more than one provider", ha="center", va="center", fontsize=SMALL, color=GUIDE_GREY,
             gid="key")
    return fig, describe_unbundled_module(assignment, parts, providers)


def describe_unbundled_module(assignment: unbundling.Assignment, parts: Sequence[unbundling.Part],
                              providers: Mapping[str, unbundling.Provider]) -> str:
    """The plain-text description of :func:`unbundled_module`."""
    arrangement = unbundling.classify(assignment, parts, providers)
    columns = ", ".join(f"{p.name} ({unbundling.strings.PROVIDER_KIND_WORDS.get(p.kind, p.kind)}, "
                        f"{COLOUR_WORDS.get(KIND_COLOURS.get(p.kind, 'black'), KIND_COLOURS.get(p.kind, 'black'))})"
                        for p in providers.values())
    marks = "; ".join(f"{name} means {verb}" for _, name, verb in ROLE_MARKS.values())
    lines = [
        "A grid with the module's five parts down the left and the providers across the top.",
        f"Columns, left to right: {columns}.",
        f"Marks: {marks}; a part with several providers says shared.",
        "Who does what:",
        *(f"- {line}" for line in unbundling.who_does_what(assignment, parts, providers)),
        f"Verdict: {arrangement.explanation}",
    ]
    return "\n".join(plain_name(line, 600) if not line.startswith("- ") else "- " + plain_name(line[2:], 600)
                     for line in lines)
