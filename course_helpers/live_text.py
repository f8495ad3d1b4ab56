"""A few sentences that follow the learner's answers, as :class:`figures.AnswerFigure` does for pictures.

Subclasses name the ``prompt_ids`` they read and write :meth:`AnswerText.lines`,
plain sentences built from :meth:`AnswerText.value_of`; lines that start with
"- " become a list. The text is rebuilt whenever one of those answers
changes (in a widget, a re-run cell, an import or an erase). Everything is
escaped; a failure is shown as a sentence, never raised into a callback.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .disposal import QuietDisposal
from .strings import REDRAW_FAILED
from .text import description_html, escape

if TYPE_CHECKING:
    from .session import StepSession
    from .signals import Change


class AnswerText(QuietDisposal, widgets.HTML):
    """Sentences drawn from some of a step's answers, under an optional heading."""

    prompt_ids: tuple[str, ...] = ()
    heading = ""

    def __init__(self, session: "StepSession"):
        self.session = session
        self.text = ""
        self.error: str | None = None
        super().__init__()
        self.refresh()
        session.answer_changes.connect(self._on_answer_change)
        session.journal.changes.connect(self._on_answer_change)

    def value_of(self, prompt_id: str) -> Any:
        return self.session.value(prompt_id)

    def lines(self) -> list[str]:
        raise NotImplementedError

    def refresh(self) -> str:
        """Rebuild the text from the answers now; returns it. Never raises."""
        try:
            self.text = "\n".join(self.lines())
            self.error = None
        except Exception as error:  # noqa: BLE001 - shown to the learner, never lost in a callback
            self.error = f"{type(error).__name__}: {error}"
            self.text = REDRAW_FAILED.format(error=self.error)
        heading = f'<p style="margin: 0.3em 0 0.2em"><strong>{escape(self.heading)}</strong></p>' if self.heading else ""
        self.value = f'<div class="course-live-text">{heading}{description_html(self.text)}</div>'
        return self.text

    def _on_answer_change(self, change: "Change") -> None:
        if change.kind in ("import", "erase") or (change.kind == "answer" and change.prompt in self.prompt_ids):
            self.refresh()

    def close(self) -> None:
        self.session.answer_changes.disconnect(self._on_answer_change)
        self.session.journal.changes.disconnect(self._on_answer_change)
        super().close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"  # keeps answers out of text/plain outputs
