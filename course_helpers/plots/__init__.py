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

from .base import (COLOUR_WORDS, DPI, FONT, GUIDE_GREY, OKABE_ITO, SMALL, TITLE, LABEL_BOX, Point, Series,
                   new_figure, place_labels, render_png)
from .camilleri import (RATED_SERIES, RATING_LIMITS, describe_probable_preferable, probable_preferable,
                        probable_preferable_axes)
from .cohort import (ClassPoint, Quartiles, class_counts, class_holoniq, class_medians, class_probable_preferable,
                     class_ranking)
from .holoniq import ARROWS, LIMIT, PLACEMENT_SERIES, describe_holoniq, holoniq_map, holoniq_quadrants

__all__ = ["ARROWS", "ClassPoint", "Quartiles", "class_counts", "class_holoniq", "class_medians",
           "class_probable_preferable", "class_ranking", "holoniq_map", "probable_preferable_axes", "COLOUR_WORDS", "DPI", "FONT", "GUIDE_GREY", "LABEL_BOX", "LIMIT", "OKABE_ITO",
           "PLACEMENT_SERIES", "Point", "RATED_SERIES", "RATING_LIMITS", "SMALL", "Series", "TITLE",
           "describe_holoniq", "describe_probable_preferable", "holoniq_quadrants", "new_figure",
           "place_labels", "probable_preferable", "render_png"]
