"""The live views of notebook 09: the hopes note, the tally of the wall, the review and the portfolio.

* :func:`hopes_note`: what the learner hoped for in 00, beside the question wall;
* :func:`question_tally`: where the wall's questions gather, by step and stakeholder, redrawn as they change;
* :func:`journal_review`: every learner step, how much is answered, a link back;
* :func:`portfolio_panel`: one button that makes the portfolio (HTML and Markdown) and the JSON backup.

The reasoning is in :mod:`course_helpers.questions` and :mod:`course_helpers.portfolio`;
this module only shows it. The share panel is :mod:`course_helpers.share_views`.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Sequence

import ipywidgets as widgets
from matplotlib.figure import Figure

from . import panels, plots, portfolio, questions, strings
from .course import LEARNER_STEPS, Step
from .course import step as find_step
from .disposal import QuietDisposal
from .figures import AnswerFigure
from .journal import Journal, JournalError
from .panels import JournalView
from .portfolio.collect import collect, format_time
from .portfolio.review import review_html, review_rows
from .signals import Change
from .text import escape, status_html

if TYPE_CHECKING:
    from .session import StepSession

NOTE_STYLE = "border-left: 4px solid #009E73; padding: 0.1em 0 0.1em 0.8em; margin: 0.4em 0"


# --- the hopes note from 00 -------------------------------------------------------------------

def hopes_html(text: str | None, saved_at: str | None, start: Step) -> str:
    """The hopes note (escaped, in its own direction) with when it was saved, or where to write one."""
    heading = f'<p style="margin: 0.2em 0"><strong>{escape(strings.C9_HOPES_HEADING)}</strong></p>'
    if text is None:
        link = f'<a href="{escape(start.notebook)}">{escape(start.label)}</a>'
        body = f"<p><em>{escape(strings.C9_HOPES_NONE)} {link}.</em></p>"
    else:
        saved = f"<p><em>{escape(strings.C9_HOPES_SAVED.format(time=format_time(saved_at)))}</em></p>" if saved_at else ""
        body = f'<p dir="auto" style="white-space: pre-wrap">{escape(text)}</p>{saved}'
    return f'<div class="course-hopes" style="{NOTE_STYLE}">{heading}{body}</div>'


class HopesNote(QuietDisposal, widgets.HTML, JournalView):
    """The learner's hopes note from 00, current with the journal (an import or an erase shows at once)."""

    def __init__(self, journal: Journal):
        super().__init__()
        self._follow(journal)
        self.refresh()

    def refresh(self) -> None:
        step_id, prompt_id = questions.HOPES
        try:
            latest = self.journal.latest(step_id, prompt_id)
        except JournalError as error:
            self.value = status_html(strings.C9_HOPES_FAILED.format(reason=str(error)), error=True)
            return
        values = {} if latest is None else {questions.HOPES: latest.value}
        text = questions.hopes_note(values)
        self.value = hopes_html(text, latest.saved_at if text is not None else None, find_step(step_id))

    def close(self) -> None:
        self._unfollow()
        super().close()

    def __repr__(self) -> str:
        return "HopesNote()"


def hopes_note(step: "StepSession") -> HopesNote:
    """Notebook 09: the hopes note from 00, to stand beside the wall."""
    return step.keep("hopes_note", HopesNote(step.journal))


# --- the tally of the wall --------------------------------------------------------------------

class QuestionTally(AnswerFigure):
    """Where the wall's questions gather, redrawn as questions are added, removed or tagged."""

    prompt_ids = (questions.WALL_PROMPT,)

    def tally(self) -> questions.Tally:
        return questions.tally(self.value(questions.WALL_PROMPT))

    def _draw(self) -> tuple[Figure, str]:
        return plots.question_tally(self.tally())


def question_tally(step: "StepSession") -> QuestionTally:
    """Notebook 09: the live tally of the question wall."""
    return step.keep("question_tally", QuestionTally(step))


# --- the review of the whole journal ----------------------------------------------------------

class JournalReview(QuietDisposal, widgets.HTML, JournalView):
    """Every learner step with how much of it is answered and a link back, current with the journal."""

    def __init__(self, journal: Journal, steps: Sequence[Step] = LEARNER_STEPS):
        self.steps = tuple(steps)
        super().__init__()
        self._follow(journal)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.value = review_html(review_rows(collect(self.journal, self.steps)))
        except JournalError as error:
            self.value = status_html(strings.C9_REVIEW_FAILED.format(reason=str(error)), error=True)

    def close(self) -> None:
        self._unfollow()
        super().close()

    def __repr__(self) -> str:
        return "JournalReview()"


def journal_review(step: "StepSession") -> JournalReview:
    """Notebook 09: the review of every step."""
    return step.keep("journal_review", JournalReview(step.journal))


# --- the portfolio ------------------------------------------------------------------------------

class PortfolioPanel(QuietDisposal, widgets.VBox, JournalView):
    """One button makes the portfolio as a web page and as Markdown, and the journal's JSON backup.

    Making it draws every figure, so it happens on a click rather than on every
    save; a save after it was made is announced, so the learner knows to make it again.
    """

    def __init__(self, journal: Journal):
        self.button = widgets.Button(description=strings.C9_PORTFOLIO_BUTTON, icon="file",
                                     button_style="primary", layout=widgets.Layout(width="auto"))
        self.status = widgets.HTML(f"<p>{escape(strings.C9_PORTFOLIO_HELP)}</p>")
        self.links = widgets.HTML()
        self.made_at: str | None = None
        super().__init__(children=[self.button, self.status, self.links])
        self.button.on_click(lambda _button: self.make())
        self._follow(journal)

    def make(self) -> None:
        """Make the three downloads from the journal as it is now; failures become one sentence."""
        try:
            counted = collect(self.journal)
        except JournalError as error:
            self.status.value = status_html(strings.C9_PORTFOLIO_FAILED.format(reason=str(error)), error=True)
            return
        links = [portfolio.download_link_html(self.journal, "html"), portfolio.download_link_html(self.journal, "md"),
                 panels.download_link_html(self.journal)]
        self.links.value = ('<ul class="course-portfolio-links">'
                            + "".join(f"<li>{link}</li>" for link in links) + "</ul>")
        self.made_at = datetime.now().strftime("%H:%M:%S")
        self.status.value = status_html(strings.C9_PORTFOLIO_MADE.format(
            time=self.made_at, answered=counted.answered, total=counted.total))

    def _on_change(self, change: Change) -> None:
        if change.kind == "erase":  # erased answers must not linger in a link
            self.links.value, self.made_at = "", None
            self.status.value = f"<p>{escape(strings.C9_PORTFOLIO_HELP)}</p>"
        super()._on_change(change)

    def refresh(self) -> None:
        """A save or import after the portfolio was made: say that it no longer holds everything."""
        if self.made_at is not None:
            self.status.value = status_html(strings.C9_PORTFOLIO_STALE)

    def close(self) -> None:
        self._unfollow()
        super().close()

    def __repr__(self) -> str:
        return "PortfolioPanel()"


def portfolio_panel(step: "StepSession") -> PortfolioPanel:
    """Notebook 09: the one-click portfolio, with the JSON backup beside it."""
    return step.keep("portfolio_panel", PortfolioPanel(step.journal))
