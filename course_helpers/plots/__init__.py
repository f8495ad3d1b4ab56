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

from .base import (COLOUR_WORDS, DPI, FONT, GUIDE_GREY, OKABE_ITO, SMALL, TITLE, LABEL_BOX, Point, Series, literal,
                   new_figure, place_labels, render_png)
from .blocks import blocks_ranking, describe_blocks_ranking
from .camilleri import (RATED_SERIES, RATING_LIMITS, describe_probable_preferable, probable_preferable,
                        probable_preferable_axes)
from .cohort import (ClassPoint, Quartiles, class_counts, class_holoniq, class_medians, class_probable_preferable,
                     class_ranking)
from .class_judgements import ClassCell, class_judgements, describe_class_judgements
from .choice import DEFAULT_LENGTHS, choice_explosion, describe_choice_explosion
from .ecology import INTERFACE_STYLES, KIND_MARKERS, describe_learning_ecology, learning_ecology
from .holoniq import ARROWS, LIMIT, PLACEMENT_SERIES, describe_holoniq, holoniq_map, holoniq_quadrants
from .judgements import CELL_STYLES, describe_judgements, judgement_heatmap
from .links import LINK_STYLES, critique_links, describe_links
from .questions import describe_tally, question_tally
from .readiness import describe_readiness, readiness_chart
from .unbundling import KIND_COLOURS, ROLE_MARKS, describe_unbundled_module, unbundled_module

