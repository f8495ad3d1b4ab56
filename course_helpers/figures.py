"""Figures that follow the learner's answers as they change.

:class:`LiveFigure` shows a figure and, right below it, its plain-text
description; ``redraw()`` replaces both together, so the words always match
the picture. :class:`AnswerFigure` draws from a step session's answers and
redraws whenever one of them changes, whichever widget (first run or re-run
cell) the learner is using, and also after an import or an erase. Built here:

* :func:`holoniq_map` (notebook 01): the three placement answers on HolonIQ's 2x2;
* :func:`probable_preferable_chart` (notebook 02): the likelihood/desirability ratings.

Listeners never raise: a failing figure must not cost the learner an answer.
"""
from __future__ import annotations

import base64
import struct
from typing import TYPE_CHECKING, Any, Callable

import ipywidgets as widgets
from matplotlib.figure import Figure

from . import plots
from .disposal import QuietDisposal
from .strings import DESCRIPTION_HEADING, RATINGS_PLACEHOLDER, REDRAW_FAILED
from .text import description_html, escape
from .vocabulary import CAMILLERI_IDS, camilleri_names
from .widgets import placed_point

if TYPE_CHECKING:
    from .session import StepSession
    from .signals import Change

Draw = Callable[[], "tuple[Figure, str]"]

PLACEMENT_PROMPTS: dict[str, str] = {"today": "place_today", "heading": "place_heading",
                                     "preferred": "place_preferred"}


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, read from the PNG header."""
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _dispose(fig: Figure) -> None:
    """Free a figure's artists now (figures made with Figure() are not tracked by pyplot)."""
    fig.clear()


def image_html(png: bytes, description: str) -> str:
    """The PNG as an <img> whose alt text is the description's first line (JupyterLab gives
    image/png outputs no alt at all); the full description follows the image as text."""
    width, height = _png_size(png)
    alt = description.strip().splitlines()[0] if description.strip() else ""
    encoded = base64.b64encode(png).decode("ascii")
    return (f'<img alt="{escape(alt)}" width="{width}" height="{height}" style="max-width: 100%; height: auto" '
            f'src="data:image/png;base64,{encoded}">')


class LiveFigure(widgets.VBox):
    """A figure (PNG in an Output) with its escaped text description right below it.

    ``draw`` returns ``(figure, description)``; call :meth:`redraw` whenever
    its inputs change, e.g. ``answer.on_change(lambda _: live.redraw())``.
    """

    def __init__(self, draw: Draw, *, heading: str = DESCRIPTION_HEADING):
        self._draw_figure = draw
        self.heading = heading
        self.image = widgets.HTML()
        self.text = widgets.HTML()
        self.description = ""
        self.png = b""
        self.error: str | None = None
        super().__init__(children=[self.image, self.text])
        self.redraw()

    def redraw(self, _value: Any = None) -> str:
        """Draw again; returns the new description. Never raises: a failure is shown instead."""
        try:
            fig, description = self._draw_figure()
            try:
                png = plots.render_png(fig, description)
            finally:
                _dispose(fig)
        except Exception as error:  # noqa: BLE001 - shown to the learner, never lost in a callback
            self.error = f"{type(error).__name__}: {error}"
            self.png, self.description = b"", REDRAW_FAILED.format(error=self.error)
            self.image.value = ""
            self.text.value = self._html(self.description)
            return self.description
        self.error = None
        self.png, self.description = png, description
        self.image.value = image_html(png, description)
        self.text.value = self._html(description)
        return description

    def _html(self, description: str) -> str:
        return (f'<div class="course-figure-description"><p style="margin: 0.3em 0 0.2em">'
                f"<strong>{escape(self.heading)}</strong></p>{description_html(description)}</div>")

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"  # keeps answers out of text/plain outputs


class AnswerFigure(QuietDisposal, LiveFigure):
    """A live figure drawn from some of a step's answers; it follows them through re-runs and imports.

    Subclasses list the ``prompt_ids`` they draw from and draw from :meth:`value`.
    """

    prompt_ids: tuple[str, ...] = ()

    def __init__(self, session: "StepSession"):
        self.session = session
        super().__init__(self._draw)
        session.answer_changes.connect(self._on_answer_change)
        session.journal.changes.connect(self._on_answer_change)  # an import or erase, even with no widget shown

    def value(self, prompt_id: str) -> Any:
        return self.session.value(prompt_id)

    def _on_answer_change(self, change: "Change") -> None:
        if change.kind in ("import", "erase") or (change.kind == "answer" and change.prompt in self.prompt_ids):
            self.redraw()

    def _draw(self) -> tuple[Figure, str]:
        raise NotImplementedError

    def close(self) -> None:
        self.session.answer_changes.disconnect(self._on_answer_change)
        self.session.journal.changes.disconnect(self._on_answer_change)
        super().close()


class FigureOnceAnswered(AnswerFigure):
    """An :class:`AnswerFigure` that shows a sentence, not an empty figure, until something is answered.

    Drawing a figure of nothing costs the learner a wait (a heat map of forty
    blank cells takes about half a second) and tells them nothing the text
    around it does not. Subclasses say when there is something to draw.
    """

    placeholder = ""

    def has_answers(self) -> bool:
        raise NotImplementedError

    def redraw(self, _value: Any = None) -> str:
        try:
            answered = self.has_answers()
        except Exception:  # noqa: BLE001 - let the drawing report what is wrong
            answered = True
        if answered:
            return super().redraw()
        self.error, self.png, self.description = None, b"", self.placeholder
        self.image.value = ""
        self.text.value = self._html(self.placeholder)
        return self.placeholder


# ----------------------------------------------------------------- notebook 01


class PlacementMap(AnswerFigure):
    """HolonIQ's 2x2 with the learner's three points, redrawn as they are placed."""

    prompt_ids = tuple(PLACEMENT_PROMPTS.values())

    def points(self) -> dict[str, tuple[int, int] | None]:
        return {key: placed_point(self.value(prompt_id)) for key, prompt_id in PLACEMENT_PROMPTS.items()}

    def _draw(self) -> tuple[Figure, str]:
        return plots.holoniq_quadrants(self.points())


def holoniq_map(step: "StepSession") -> PlacementMap:
    """Notebook 01: the live HolonIQ map of the place_today/heading/preferred answers."""
    return step.keep("holoniq_map", PlacementMap(step))


# ----------------------------------------------------------------- notebook 02


class RatingsChart(FigureOnceAnswered):
    """The probable-versus-preferable chart, redrawn as ratings change (a sentence until the first rating)."""

    prompt_ids = tuple(f"{kind}_{sid}" for kind in ("likelihood", "desirability") for sid in CAMILLERI_IDS)
    placeholder = RATINGS_PLACEHOLDER

    def __init__(self, session: "StepSession", names: dict[str, str] | None = None):
        self.names = names if names is not None else camilleri_names()
        super().__init__(session)

    def ratings(self) -> dict[str, tuple[int | None, int | None]]:
        return {sid: (self.value(f"likelihood_{sid}"), self.value(f"desirability_{sid}")) for sid in CAMILLERI_IDS}

    def has_answers(self) -> bool:
        return any(rating is not None for pair in self.ratings().values() for rating in pair)

    def _draw(self) -> tuple[Figure, str]:
        return plots.probable_preferable(self.ratings(), self.names)


def probable_preferable_chart(step: "StepSession", names: dict[str, str] | None = None) -> RatingsChart:
    """Notebook 02: the live chart of the likelihood_* and desirability_* answers."""
    return step.keep("ratings_chart", RatingsChart(step, names))

