"""The live views of notebook 08: earlier answers beside each part, the readiness chart, two short notes.

* :func:`earlier_answers`: one part of the canvas (:data:`course_helpers.context.CANVAS`), following the journal;
* :func:`readiness_chart`: the ten ratings as bars, redrawn as they change;
* :func:`readiness_note`: the lowest ratings as a suggestion for the two hardest, never ticked for the learner;
* :func:`plan_note`: which parts of the action plan are still to write;
* :func:`principles_table`: the ten principles, each as two questions about one's own setting.

The reasoning is in :mod:`course_helpers.context`; this module only shows it.
Every notebook factory goes through ``step.keep`` so a re-run cell replaces its view.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, Sequence

import ipywidgets as widgets
from matplotlib.figure import Figure

from . import context, data, plots, strings
from .course import LEARNER_STEPS, Step
from .disposal import QuietDisposal
from .figures import FigureOnceAnswered
from .journal import Journal, JournalError
from .live_text import AnswerText
from .panels import JournalView
from .portfolio.html import shown_html
from .portfolio.words import Piece, Shown
from .tables import Table, facts_table_html
from .text import and_list, escape, status_html

if TYPE_CHECKING:
    from .session import StepSession

READINESS_PROMPTS = tuple(context.readiness_prompt_id(pid) for pid, _ in context.PRINCIPLES)
SHOWN_CHARS = 600  # an earlier answer longer than this is shortened on the canvas (never in the journal)
SHOWN_LINES = 12
CANVAS_STYLE = "border-left: 4px solid #0072B2; padding: 0.1em 0 0.1em 0.8em; margin: 0.4em 0"


# --- the canvas ------------------------------------------------------------------------------

def shortened(shown: Shown, chars: int = SHOWN_CHARS, lines: int = SHOWN_LINES) -> tuple[Shown, bool]:
    """``shown`` cut to at most ``lines`` lines and ``chars`` characters in all; True when something was cut."""
    total = sum(len(piece.text) for line in shown.lines for piece in line)
    if total <= chars and len(shown.lines) <= lines:
        return shown, False
    kept: list[tuple[Piece, ...]] = []
    left = chars
    for line in shown.lines[:lines]:
        pieces = []
        for piece in line:
            if left <= 0:
                break
            text = piece.text if len(piece.text) <= left else piece.text[:left].rstrip() + "\u2026"
            pieces.append(replace(piece, text=text))
            left -= len(piece.text)
        if pieces:
            kept.append(tuple(pieces))
    return replace(shown, lines=tuple(kept)), True


def _not_answered_html(step: Step) -> str:
    if step.status == "ready":
        link = f'<a href="{escape(step.notebook)}">{escape(step.label)}</a>'
        return f"<em>{escape(strings.C8_CANVAS_ASKED_IN)} {link}.</em>"
    return f"<em>{escape(strings.C8_CANVAS_LATER.format(step=step.id))}</em>"


def canvas_html(recalled: Sequence[context.Recalled]) -> str:
    """Earlier answers as escaped HTML: each label, then the answer in words (shortened) or where to give it."""
    if not recalled:
        return ""
    items = []
    for item in recalled:
        label = f"<strong>{escape(item.recall.label)}</strong>"
        if item.shown is None:
            items.append(f"<li>{label}: {_not_answered_html(item.step)}</li>")
            continue
        shown, cut = shortened(item.shown)
        note = f'<p style="margin: 0"><em>{escape(strings.C8_CANVAS_SHORTENED)}</em></p>' if cut else ""
        items.append(f"<li>{label}{shown_html(shown)}{note}</li>")
    return (f'<div class="course-canvas" style="{CANVAS_STYLE}">'
            f'<p style="margin: 0.2em 0"><strong>{escape(strings.C8_CANVAS_HEADING)}</strong></p>'
            f'<ul style="margin: 0.2em 0; padding-left: 1.2em">{"".join(items)}</ul></div>')


class EarlierAnswers(QuietDisposal, widgets.HTML, JournalView):
    """One part of the canvas: the learner's earlier answers that bear on it, current with the journal."""

    def __init__(self, journal: Journal, part: str, steps: Sequence[Step] = LEARNER_STEPS):
        if part not in context.CANVAS_PARTS:
            raise KeyError(f"the canvas has no part {part!r}; its parts are {', '.join(context.CANVAS_PARTS)}")
        self.part = part
        self.steps = tuple(steps)
        self.recalled: list[context.Recalled] = []
        super().__init__()
        self._follow(journal)
        self.refresh()

    def refresh(self) -> None:
        try:
            values = self.journal.latest_values()
        except JournalError as error:
            self.value = status_html(strings.C8_CANVAS_FAILED.format(reason=str(error)), error=True)
            return
        self.recalled = context.earlier_answers(values, self.steps)[self.part]
        self.value = canvas_html(self.recalled)

    def close(self) -> None:
        self._unfollow()
        super().close()

    def __repr__(self) -> str:
        return f"EarlierAnswers({self.part!r})"


def earlier_answers(step: "StepSession", part: str) -> EarlierAnswers:
    """Notebook 08: the earlier answers shown beside one part ("context", "readiness", "hardest", "who", "plan")."""
    return step.keep(("canvas", part), EarlierAnswers(step.journal, part))


# --- readiness -------------------------------------------------------------------------------

class ReadinessChart(FigureOnceAnswered):
    """The ten readiness ratings as bars, redrawn as they are rated (from the first rating on)."""

    prompt_ids = READINESS_PROMPTS
    placeholder = strings.C8_CHART_PLACEHOLDER

    def has_answers(self) -> bool:
        return bool(context.rated(self.ratings()))

    def ratings(self) -> list[context.Readiness]:
        return context.readiness({pid: self.value(pid) for pid in self.prompt_ids})

    def _draw(self) -> tuple[Figure, str]:
        return plots.readiness_chart(self.ratings())


def readiness_chart(step: "StepSession") -> ReadinessChart:
    """Notebook 08: the live readiness chart of the readiness_* answers."""
    return step.keep("readiness_chart", ReadinessChart(step))


class ReadinessNote(AnswerText):
    """The lowest ratings, offered as a suggestion for the two hardest; a pick rated higher asks for a reason."""

    prompt_ids = READINESS_PROMPTS + (context.HARDEST_PROMPT,)
    heading = strings.C8_NOTE_HEADING

    def lines(self) -> list[str]:
        ratings = context.readiness({pid: self.value_of(pid) for pid in READINESS_PROMPTS})
        suggested = context.suggested_hardest(ratings)  # (the chart's description already sums the ratings up)
        if not suggested:
            return [strings.C8_SUGGEST_NONE]
        names = {r.id: r.label for r in ratings}
        lines = [strings.C8_SUGGEST.format(names=and_list([names[pid] for pid in suggested]))]
        picked = self.value_of(context.HARDEST_PROMPT) or []
        bottom = {r.id for r in context.lowest(ratings)}
        rated_ids = {r.id for r in context.rated(ratings)}
        higher = [names[pid] for pid in picked if pid in rated_ids and pid not in bottom]
        if higher:
            lines.append(strings.C8_PICKED_HIGHER.format(names=and_list(higher),
                                                         it="it" if len(higher) == 1 else "them"))
        return lines


def readiness_note(step: "StepSession") -> ReadinessNote:
    """Notebook 08: what the ratings suggest, following the ratings and the two picks."""
    return step.keep("readiness_note", ReadinessNote(step))


class PlanNote(AnswerText):
    """Which parts of the action plan are written, as the learner writes them."""

    prompt_ids = (context.PLAN_PROMPT,)
    heading = strings.C8_PLAN_HEADING

    def lines(self) -> list[str]:
        return [context.plan_status(self.value_of(context.PLAN_PROMPT))]


def plan_note(step: "StepSession") -> PlanNote:
    """Notebook 08: the plan's status line, following the plan."""
    return step.keep("plan_note", PlanNote(step))


# --- the ten principles as questions -------------------------------------------------------------

def principles_rows() -> list[dict[str, Any]]:
    """Each principle with its paraphrase (eu_principles.csv) and our two questions (readiness_questions.csv)."""
    questions = data.load("readiness_questions").set_index("id")
    rows = []
    for row in data.load("eu_principles").to_dict("records"):
        asked = questions.loc[row["id"]]
        rows.append({**row, "own_learning": asked["own_learning"], "organisation": asked["organisation"],
                     "source": f'{row["source"]};{asked["source"]}'})
    return rows


def principles_table() -> Table:
    """Notebook 08: Annex II's principles, each with two questions about the learner's own setting."""
    principle, asks, own, organisation = strings.C8_PRINCIPLES_COLUMNS
    columns = {principle: lambda r: f'{r["id"]} {r["principle"]}', asks: "description", own: "own_learning",
               organisation: "organisation"}
    html = facts_table_html(principles_rows(), columns, caption=strings.C8_PRINCIPLES_CAPTION,
                            row_header=principle, status=lambda _row: strings.C8_PRINCIPLES_STATUS)
    return Table(html, strings.C8_PRINCIPLES_CAPTION)
