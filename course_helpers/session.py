"""The one object a notebook works with: ``step = open_step("01")``.

Opening a step shows what the learner must know before answering (the
Binder warning, a journal file that had to be moved aside) and hands out
widgets for that step's prompts.
"""
from __future__ import annotations

import ipywidgets as widgets
from IPython.display import display

from . import panels, strings
from .course import Step, step as find_step
from .journal import Journal, get_journal
from .text import escape
from .widgets import Answer, answer


class StepSession:
    """The widgets of one step, all bound to one journal."""

    def __init__(self, step: Step, journal: Journal):
        self.step = step
        self.journal = journal
        self.answers: dict[str, Answer] = {}

    def answer(self, prompt_id: str) -> Answer:
        """The widget for ``prompt_id``; asking twice in a kernel gives a fresh widget showing the saved value."""
        widget = answer(self.step.id, prompt_id, self.journal)
        self.answers[prompt_id] = widget
        return widget

    def answer_group(self, prefix: str) -> widgets.VBox:
        """Widgets for every prompt whose id starts with ``prefix + '_'``, in manifest order."""
        members = [p.id for p in self.step.prompts if p.id.startswith(prefix + "_")]
        if not members:
            raise KeyError(f"step {self.step.id} has no prompts starting with {prefix!r}")
        return widgets.VBox([self.answer(prompt_id) for prompt_id in members])

    def progress(self) -> panels.Progress:
        return panels.Progress(self.journal)

    def download(self) -> panels.DownloadLink:
        return panels.DownloadLink(self.journal)

    def restore(self) -> panels.Restore:
        return panels.Restore(self.journal)

    def erase(self) -> panels.Erase:
        return panels.Erase(self.journal)

    def journal_location(self) -> widgets.HTML:
        return widgets.HTML(f"<p>{escape(strings.JOURNAL_LOCATION.format(path=self.journal.path))}</p>")

    def header_widgets(self, environ: dict[str, str] | None = None) -> list[widgets.Widget]:
        """What the first cell shows: the Binder banner when on Binder, and journal notices."""
        shown: list[widgets.Widget] = []
        if panels.on_binder(environ):
            shown.append(panels.binder_banner(self.journal))
        if self.journal.notices:
            shown.append(widgets.HTML(panels.notices_html(self.journal)))
        return shown


def open_step(step_id: str, journal: Journal | None = None) -> StepSession:
    """Start a notebook: display the Binder banner and journal notices, return the step's session."""
    session = StepSession(find_step(step_id), journal if journal is not None else get_journal())
    for shown in session.header_widgets():
        display(shown)
    return session
