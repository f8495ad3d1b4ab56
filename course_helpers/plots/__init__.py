"""Accessible figures for the notebooks (scenarios 01-02, stakeholders 03, critiques and drivers 04,
unbundling and choice 05, the learning ecology 06).

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

from .base import (COLOUR_WORDS, DPI, FONT, GUIDE_GREY, OKABE_ITO, SMALL, TITLE, LABEL_BOX, Point, Series, literal,
                   new_figure, place_labels, render_png)
from .camilleri import RATED_SERIES, RATING_LIMITS, describe_probable_preferable, probable_preferable
from .choice import DEFAULT_LENGTHS, choice_explosion, describe_choice_explosion
from .ecology import INTERFACE_STYLES, KIND_MARKERS, describe_learning_ecology, learning_ecology
from .holoniq import ARROWS, LIMIT, PLACEMENT_SERIES, describe_holoniq, holoniq_quadrants
from .judgements import CELL_STYLES, describe_judgements, judgement_heatmap
from .links import LINK_STYLES, critique_links, describe_links
from .unbundling import KIND_COLOURS, ROLE_MARKS, describe_unbundled_module, unbundled_module

__all__ = ["ARROWS", "CELL_STYLES", "COLOUR_WORDS", "DEFAULT_LENGTHS", "DPI", "FONT", "GUIDE_GREY",
           "INTERFACE_STYLES", "KIND_COLOURS", "KIND_MARKERS", "LABEL_BOX", "LIMIT", "LINK_STYLES", "OKABE_ITO",
           "PLACEMENT_SERIES", "Point", "RATED_SERIES", "RATING_LIMITS", "ROLE_MARKS", "SMALL", "Series", "TITLE",
           "choice_explosion", "critique_links", "describe_choice_explosion", "describe_holoniq",
           "describe_judgements", "describe_learning_ecology", "describe_links", "describe_probable_preferable",
           "describe_unbundled_module", "holoniq_quadrants", "judgement_heatmap", "learning_ecology", "literal",
           "new_figure", "place_labels", "probable_preferable", "render_png", "unbundled_module"]
