"""Accessible figures for the notebooks, one module per figure family (01-02 scenarios, 03 judgements,
04 critiques and drivers, 07 blocks on the road, ...).

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

from ..lazy import lazy_names
from .base import (COLOUR_WORDS, DPI, FONT, GUIDE_GREY, OKABE_ITO, SMALL, TITLE, LABEL_BOX, Point, Series, literal,
                   new_figure, place_labels, render_png)

# Each family is imported the first time one of its names is used: a notebook draws one or two of them, and
# importing all fourteen would cost every notebook's first cell about a tenth of a second.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "blocks": ("blocks_ranking", "describe_blocks_ranking"),
    "camilleri": ("RATED_SERIES", "RATING_LIMITS", "describe_probable_preferable", "probable_preferable",
                  "probable_preferable_axes"),
    "cohort": ("ClassPoint", "Quartiles", "class_counts", "class_holoniq", "class_medians",
               "class_probable_preferable", "class_ranking"),
    "class_grid": ("ClassCell", "class_judgements", "describe_class_judgements"),
    "choice": ("DEFAULT_LENGTHS", "choice_explosion", "describe_choice_explosion"),
    "ecology": ("INTERFACE_STYLES", "KIND_MARKERS", "describe_learning_ecology", "learning_ecology"),
    "holoniq": ("ARROWS", "LIMIT", "PLACEMENT_SERIES", "describe_holoniq", "holoniq_map", "holoniq_quadrants"),
    "judgements": ("CELL_STYLES", "describe_judgements", "judgement_heatmap"),
    "links": ("LINK_STYLES", "critique_links", "describe_links"),
    "questions": ("describe_tally", "question_tally"),
    "readiness": ("describe_readiness", "readiness_chart"),
    "unbundling": ("KIND_COLOURS", "ROLE_MARKS", "describe_unbundled_module", "unbundled_module"),
}
_FAMILY_OF = {name: family for family, names in _FAMILIES.items() for name in names}

__all__ = ["COLOUR_WORDS", "DPI", "FONT", "GUIDE_GREY", "OKABE_ITO", "SMALL", "TITLE", "LABEL_BOX", "Point",
           "Series", "literal", "new_figure", "place_labels", "render_png", *_FAMILY_OF]


__getattr__, __dir__ = lazy_names(__name__, _FAMILY_OF, globals())
