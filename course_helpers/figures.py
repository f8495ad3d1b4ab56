"""Figures and feedback that follow the learner's answers as they change.

:class:`LiveFigure` shows a figure and, right below it, its plain-text
description; ``redraw()`` replaces both together, so the words always match
the picture. The notebook-facing helpers wire one to a step's answers:

* :func:`holoniq_map` (notebook 01): the three placement answers on HolonIQ's 2x2;
* :func:`probable_preferable_chart` (notebook 02): the likelihood/desirability ratings;
* :func:`mapping_feedback_panel` (notebook 02): the learner's mapping next to the
  course team's reading, with encouraging feedback.

All of them draw from the answers' current values when created, so after a
kernel restart they show what the journal restored. Listeners never raise:
an answer widget calls them before it saves, and a failing figure must not
cost the learner an answer.
"""
from __future__ import annotations

import base64
import struct
from typing import TYPE_CHECKING, Any, Callable, Mapping

import ipywidgets as widgets
from matplotlib.figure import Figure

from . import plots, scenarios
from .vocabulary import CAMILLERI_IDS, CAMILLERI_NAMES
from .strings import (
    DESCRIPTION_HEADING,
    REDRAW_FAILED,
    MISSING_ANSWER,
    MAPPING_NOTE,
    MAPPING_HEADING,
    YOUR_CHOICE,
    TEAM_READING,
    TEAM_HIDDEN,
)
from .text import escape
from .widgets import placed_point

if TYPE_CHECKING:  # the journal-backed widgets are only needed by callers
    from .session import StepSession
    from .widgets import Answer

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


def description_html(description: str) -> str:
    """A plain-text description as escaped HTML: lines become paragraphs, runs of '- ' lines a list."""
    parts: list[str] = []
    items: list[str] = []
    for line in description.splitlines():
        if line.startswith("- "):
            items.append(f"<li>{escape(line[2:])}</li>")
            continue
        if items:
            parts.append(f'<ul style="margin: 0.2em 0; padding-left: 1.4em">{"".join(items)}</ul>')
            items = []
        if line.strip():
            parts.append(f'<p style="margin: 0.2em 0">{escape(line)}</p>')
    if items:
        parts.append(f'<ul style="margin: 0.2em 0; padding-left: 1.4em">{"".join(items)}</ul>')
    return "".join(parts)


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

    def watch(self, *answers: "Answer") -> "LiveFigure":
        """Redraw whenever any of these answers changes; returns self."""
        for answer in answers:
            answer.on_change(self.redraw)
        return self

    def _html(self, description: str) -> str:
        return (f'<div class="course-figure-description"><p style="margin: 0.3em 0 0.2em">'
                f"<strong>{escape(self.heading)}</strong></p>{description_html(description)}</div>")

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"  # keeps answers out of text/plain outputs


# ----------------------------------------------------------------- notebook 01


class PlacementMap(LiveFigure):
    """HolonIQ's 2x2 with the learner's three points, redrawn as they are placed."""

    def __init__(self, answers: Mapping[str, "Answer"]):
        self.answers = dict(answers)
        super().__init__(self._draw)
        self.watch(*self.answers.values())

    def points(self) -> dict[str, tuple[int, int] | None]:
        return {key: placed_point(answer.value) for key, answer in self.answers.items()}

    def _draw(self) -> tuple[Figure, str]:
        return plots.holoniq_quadrants(self.points())


def _answers(step: "StepSession", prompt_ids: Mapping[str, str]) -> dict[str, "Answer"]:
    found = {}
    for key, prompt_id in prompt_ids.items():
        if prompt_id not in step.answers:
            raise LookupError(MISSING_ANSWER.format(prompt=prompt_id))
        found[key] = step.answers[prompt_id]
    return found


def holoniq_map(step: "StepSession") -> PlacementMap:
    """Notebook 01: the live HolonIQ map for the step's place_today/heading/preferred answers."""
    return PlacementMap(_answers(step, PLACEMENT_PROMPTS))


# ----------------------------------------------------------------- notebook 02


def camilleri_names() -> dict[str, str]:
    """Camilleri's scenario names by id (the manifest's, checked against data/scenarios.csv by a test)."""
    return dict(zip(CAMILLERI_IDS, CAMILLERI_NAMES))


class RatingsChart(LiveFigure):
    """The probable-versus-preferable chart, redrawn as ratings change."""

    def __init__(self, likelihood: Mapping[str, "Answer"], desirability: Mapping[str, "Answer"],
                 names: Mapping[str, str]):
        self.likelihood, self.desirability, self.names = dict(likelihood), dict(desirability), dict(names)
        super().__init__(self._draw)
        self.watch(*self.likelihood.values(), *self.desirability.values())

    def ratings(self) -> dict[str, tuple[int | None, int | None]]:
        return {sid: (self.likelihood[sid].value, self.desirability[sid].value) for sid in self.likelihood}

    def _draw(self) -> tuple[Figure, str]:
        return plots.probable_preferable(self.ratings(), self.names)


def probable_preferable_chart(step: "StepSession", names: Mapping[str, str] | None = None) -> RatingsChart:
    """Notebook 02: the live chart for the likelihood_* and desirability_* answers."""
    likelihood = _answers(step, {sid: f"likelihood_{sid}" for sid in CAMILLERI_IDS})
    desirability = _answers(step, {sid: f"desirability_{sid}" for sid in CAMILLERI_IDS})
    return RatingsChart(likelihood, desirability, names if names is not None else camilleri_names())


class MappingFeedbackPanel(widgets.VBox):
    """The learner's mapping beside the course team's reading, with feedback; follows every change.

    It only reads the learner's choices: nothing here writes to an answer.
    """

    def __init__(self, answers: Mapping[str, "Answer"], readings: Mapping[str, scenarios.Reading],
                 names: Mapping[str, str]):
        self.answers, self.readings, self.names = dict(answers), dict(readings), dict(names)
        self.html = widgets.HTML()
        self.feedback: list[scenarios.MappingFeedback] = []
        self.summary = ""
        self.error: str | None = None
        super().__init__(children=[self.html])
        self.refresh()
        for answer in self.answers.values():
            answer.on_change(self.refresh)

    def choices(self) -> dict[str, str | None]:
        return {sid: answer.value for sid, answer in self.answers.items()}

    def refresh(self, _value: Any = None) -> None:
        """Rebuild the feedback from the current choices. Never raises."""
        try:
            self.feedback = scenarios.mapping_feedback(self.choices(), self.readings, self.names,
                                                       order=list(self.answers))
            self.summary = scenarios.mapping_summary(self.feedback)
            self.error = None
            self.html.value = self._html()
        except Exception as error:  # noqa: BLE001 - see LiveFigure.redraw
            self.error = f"{type(error).__name__}: {error}"
            self.html.value = f"<p>{escape(REDRAW_FAILED.format(error=self.error))}</p>"

    @property
    def text(self) -> str:
        """The panel as plain text (what a screen reader reads, minus the markup)."""
        lines = [self.summary]
        for item in self.feedback:
            team = item.reference_label if item.status != "unanswered" else TEAM_HIDDEN
            lines.append(f"- {item.scenario}. {YOUR_CHOICE}: {item.choice_label}. {TEAM_READING}: {team}. "
                         f"{item.message}")
        return "\n".join(lines)

    def _html(self) -> str:
        items = []
        for item in self.feedback:
            team = item.reference_label if item.status != "unanswered" else TEAM_HIDDEN
            items.append(
                f'<li style="margin-bottom: 0.6em"><strong>{escape(item.scenario)}</strong><br>'
                f"{escape(YOUR_CHOICE)}: {escape(item.choice_label)} · {escape(TEAM_READING)}: {escape(team)}<br>"
                f"{escape(item.message)}</li>")
        return (f'<div class="course-mapping-feedback"><p style="margin: 0.3em 0"><strong>'
                f"{escape(MAPPING_HEADING)}</strong></p>"
                f'<p role="status" aria-live="polite" style="margin: 0.3em 0">{escape(self.summary)}</p>'
                f'<p style="margin: 0.3em 0"><em>{escape(MAPPING_NOTE)}</em></p>'
                f'<ul style="padding-left: 1.2em">{"".join(items)}</ul></div>')

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def reference_readings() -> dict[str, scenarios.Reading]:
    """The course team's reading of each Camilleri scenario, from data/scenario_mapping.csv."""
    from . import data

    return scenarios.readings_from_rows(data.load("scenario_mapping").to_dict("records"))


def mapping_feedback_panel(step: "StepSession", readings: Mapping[str, scenarios.Reading] | None = None,
                           names: Mapping[str, str] | None = None) -> MappingFeedbackPanel:
    """Notebook 02: feedback on the nearest_* answers."""
    answers = _answers(step, {sid: f"nearest_{sid}" for sid in CAMILLERI_IDS})
    return MappingFeedbackPanel(answers, readings if readings is not None else reference_readings(),
                                names if names is not None else camilleri_names())
