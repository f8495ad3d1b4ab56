"""The one object a notebook works with: ``step = open_step("01")``.

Opening a step shows what the learner must know before answering (the
Binder warning, a journal file that had to be moved aside) and hands out
widgets for that step's prompts. The session keeps one live widget per
prompt and per view: running a cell again replaces (and closes) the widget
it made before, so figures follow the newest answer widget and nothing
keeps listening after it is gone.
"""
from __future__ import annotations

from typing import Any, Hashable, TypeVar

import ipywidgets as widgets
from IPython.display import display

from . import kinds, panels, strings
from .course import Step, step as find_step
from .journal import Journal, JournalError, get_journal
from .signals import Change, Signal
from .text import escape
from .widgets import Answer, answer

W = TypeVar("W", bound=widgets.Widget)


class StepSession:
    """The widgets of one step, all bound to one journal."""

    def __init__(self, step: Step, journal: Journal):
        self.step = step
        self.journal = journal
        self.answers: dict[str, Answer] = {}
        self.answer_changes = Signal()  # Change("answer", step, prompt) whenever a widget's answer changes
        self._views: dict[Hashable, widgets.Widget] = {}

    # --- answers -----------------------------------------------------------------------
    def answer(self, prompt_id: str, **options: Any) -> Answer:
        """The widget for ``prompt_id``; asking again (re-running the cell) replaces the earlier one.

        ``options`` go to the widget (``one_row_at_a_time=True`` for a grid, ``check=`` for records).
        """
        widget = answer(self.step.id, prompt_id, self.journal, **options)
        widget.on_change(lambda _value, prompt_id=prompt_id: self._announce(prompt_id))
        self.answers[prompt_id] = self.keep(("answer", prompt_id), widget)
        return widget

    def answer_group(self, prefix: str) -> widgets.VBox:
        """Widgets for every prompt whose id starts with ``prefix + '_'``, in manifest order."""
        members = [p.id for p in self.step.prompts if p.id.startswith(prefix + "_")]
        if not members:
            raise KeyError(f"step {self.step.id} has no prompts starting with {prefix!r}")
        group = widgets.VBox([self.answer(prompt_id) for prompt_id in members])
        self._views.pop(("group", prefix), None)  # the old box's answers are closed already
        self._views[("group", prefix)] = group
        return group

    def value(self, prompt_id: str) -> Any:
        """The answer as the learner sees it now: the live widget's value, else the journal's (None if unusable)."""
        widget = self.answers.get(prompt_id)
        if widget is not None:
            return widget.value
        try:
            latest = self.journal.latest(self.step.id, prompt_id)
        except JournalError:
            return None
        if latest is None or kinds.value_problem(self.step.prompt(prompt_id), latest.value) is not None:
            return None
        return latest.value

    def keep(self, slot: Hashable, widget: W) -> W:
        """Remember ``widget`` as the one for ``slot``, closing the one it replaces."""
        earlier = self._views.get(slot)
        self._views[slot] = widget
        if earlier is not None and earlier is not widget:
            earlier.close()
        return widget

    def _announce(self, prompt_id: str) -> None:
        self.answer_changes.emit(Change("answer", self.step.id, prompt_id))

    # --- journal tools -------------------------------------------------------------------
    def progress(self) -> panels.Progress:
        return self.keep("progress", panels.Progress(self.journal))

    def download(self) -> panels.DownloadLink:
        return self.keep("download", panels.DownloadLink(self.journal))

    def restore(self) -> panels.Restore:
        return self.keep("restore", panels.Restore(self.journal))

    def erase(self) -> panels.Erase:
        return self.keep("erase", panels.Erase(self.journal))

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

    def __repr__(self) -> str:
        return f"StepSession({self.step.id!r})"


def open_step(step_id: str, journal: Journal | None = None) -> StepSession:
    """Start a notebook: display the Binder banner and journal notices, return the step's session."""
    session = StepSession(find_step(step_id), journal if journal is not None else get_journal())
    for shown in session.header_widgets():
        display(shown)
    return session
