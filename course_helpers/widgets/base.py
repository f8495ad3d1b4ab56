"""The answer widget every prompt kind builds on: journal binding, autosave, status line.

Each widget answers one prompt of the manifest. When its cell runs it shows
the latest saved answer; every change is saved as a new revision (typing is
debounced, changes made from Python are saved at once); a status line says
"saved HH:MM:SS" or why saving failed. A stored value the widget cannot show
(from an old import, say) is never raised: the status line says so and the
value stays in the journal untouched. When the journal changes under it (an
import, an erase) the widget shows the journal's answer again. Learner text
only ever reaches HTML through :mod:`course_helpers.text`.
"""
from __future__ import annotations

import atexit
import weakref
from datetime import datetime
from typing import Any, Callable

import ipywidgets as widgets

from .. import kinds, strings
from ..course import Prompt, prompt as find_prompt
from ..debounce import Debouncer
from ..disposal import QuietDisposal
from ..journal import Journal, JournalError, JournalWriteError, get_journal
from ..signals import Change
from ..text import status_html

TYPING_DELAY_SECONDS = 1.0
LABEL_STYLE = {"description_width": "initial"}
BUTTON_STYLE = {"description_width": "initial", "button_width": "auto"}

_live_answers: "weakref.WeakSet[Answer]" = weakref.WeakSet()


@atexit.register
def flush_all() -> None:
    """Save every answer that is still waiting for its typing pause."""
    for answer in list(_live_answers):
        answer.flush()


class Answer(QuietDisposal, widgets.VBox):
    """One prompt's control, its journal binding and its status line.

    Subclasses say how to build the control and how its value maps to JSON.
    """

    delay_seconds = 0.0

    def __init__(self, step_id: str, prompt_id: str, journal: Journal | None = None):
        self.step_id = step_id
        self.prompt: Prompt = find_prompt(step_id, prompt_id)
        self.journal = journal if journal is not None else get_journal()
        self.status = widgets.HTML()
        self._listeners: list[Callable[[Any], None]] = []
        self._restoring = False
        self._saver = Debouncer(self.delay_seconds, self.save)
        self._state = status_html(strings.NOT_ANSWERED)  # the save state, before any listener warning
        self._listener_problem: str | None = None
        self.controls = self._build_controls()
        super().__init__(children=[*self._layout(), self.status])
        self._flush_earlier_copies()
        self.restore()
        for control in self.controls:
            control.observe(self._on_control_change, names="value")
        self.journal.changes.connect(self._on_journal_change)
        _live_answers.add(self)

    # --- what subclasses provide -------------------------------------------------
    def _build_controls(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def _layout(self) -> list[widgets.Widget]:
        return list(self.controls)

    def _read(self) -> Any:
        """The controls' current value as JSON-ready data (None: not answered)."""
        raise NotImplementedError

    def _write(self, value: Any) -> None:
        """Show a value in the controls (a value that fits the prompt's kind, or None)."""
        raise NotImplementedError

    def _input_problem(self) -> str | None:
        """Why what is typed cannot be saved yet (a number that is not a number...), or None."""
        return None

    # --- the public face -------------------------------------------------------------
    @property
    def value(self) -> Any:
        return self._read()

    @value.setter
    def value(self, new_value: Any) -> None:
        """Set the answer from Python: shown, announced and saved at once, as one revision."""
        self._restoring = True
        try:
            self._write(new_value)
        finally:
            self._restoring = False
        self._changed(self._read())
        self.save()

    def on_change(self, listener: Callable[[Any], None]) -> None:
        """Call ``listener(value)`` whenever the answer shown changes (figures use this)."""
        self._listeners.append(listener)

    def restore(self) -> None:
        """Show the latest saved answer; say so when there is none or it cannot be shown."""
        try:
            latest = self.journal.latest(self.step_id, self.prompt.id)
        except JournalError as error:
            self._set_state(str(error), error=True)
            return
        problem = None if latest is None else kinds.value_problem(self.prompt, latest.value)
        self._restoring = True
        try:
            self._write(None if latest is None or problem else latest.value)
        finally:
            self._restoring = False
        if latest is None:
            self._set_state(strings.NOT_ANSWERED)
        elif problem:
            self._set_state(strings.CANNOT_SHOW.format(reason=problem), error=True)
        else:
            self._set_state(strings.SAVED_AT.format(time=local_time(latest.saved_at)))

    def save(self) -> bool:
        """Save the current value now; True when it reached the disk."""
        self._saver.cancel()
        problem = self._input_problem()
        if problem is not None:
            self._set_state(strings.NOT_SAVED_INPUT.format(reason=problem), error=True)
            return False
        try:
            revision = self.journal.save(self.step_id, self.prompt.id, self._read())
        except JournalWriteError as error:
            self._set_state(strings.NOT_SAVED.format(reason=str(error)), error=True)
            return False
        except (ValueError, TypeError) as error:  # a value set from Python that JSON cannot hold
            self._set_state(strings.NOT_SAVED.format(reason=str(error)), error=True)
            return False
        self._set_state(strings.SAVED_AT.format(time=local_time(revision.saved_at)))
        return True

    def flush(self) -> None:
        """Save now if a debounced save is waiting."""
        self._saver.flush()

    def close(self) -> None:
        """Save anything waiting, stop following the journal, and close the controls."""
        self.flush()
        self.journal.changes.disconnect(self._on_journal_change)
        _live_answers.discard(self)
        for child in [*self.children, *self.controls]:
            child.close()
        super().close()

    # --- plumbing ----------------------------------------------------------------------
    def _flush_earlier_copies(self) -> None:
        """Re-running a cell builds a new widget: let the old one finish its pending save first."""
        for other in list(_live_answers):
            if (other.step_id, other.prompt.id) == (self.step_id, self.prompt.id) and other.journal.path == self.journal.path:
                other.flush()

    def _on_control_change(self, change: dict) -> None:
        if self._restoring:
            return
        self._changed(self._read())
        from_browser = bool(change["owner"]._property_lock)
        if from_browser and self.delay_seconds > 0:
            self._saver.request()
            self._set_state(strings.SAVING)
        else:
            self.save()

    def _on_journal_change(self, change: Change) -> None:
        """After an import or an erase, show what the journal now holds (unless the learner is typing)."""
        if change.kind == "save" or self._saver.pending:
            return
        before = self._read()
        self.restore()
        if self._read() != before:
            self._changed(self._read())

    def _changed(self, value: Any) -> None:
        """Tell listeners; a failing listener must never cost the learner the save that follows."""
        self._listener_problem = None
        for listener in list(self._listeners):
            try:
                listener(value)
            except Exception as error:  # noqa: BLE001 - shown, not raised
                self._listener_problem = strings.LISTENER_FAILED.format(reason=error)
        self._render_status()

    def _set_state(self, message: str, *, error: bool = False) -> None:
        self._state = status_html(message, error=error)
        self._render_status()

    def _render_status(self) -> None:
        """The save state, and below it any figure that could not follow (it must not be overwritten)."""
        warning = "" if self._listener_problem is None else "<br>" + status_html(self._listener_problem, error=True)
        self.status.value = self._state + warning

    def __repr__(self) -> str:
        # The default repr lists trait values, which would copy the learner's
        # answer into any saved notebook output. Name the prompt instead.
        return f"{type(self).__name__}(step={self.step_id!r}, prompt={self.prompt.id!r})"


def local_time(saved_at: str) -> str:
    """'HH:MM:SS' in the machine's local time for a UTC ISO timestamp (words if it cannot be read)."""
    try:
        moment = datetime.fromisoformat(saved_at.replace("Z", "+00:00"))
        return moment.astimezone().strftime("%H:%M:%S")
    except (ValueError, TypeError, OverflowError, OSError):
        return strings.TIME_UNKNOWN


