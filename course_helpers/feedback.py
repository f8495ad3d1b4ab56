"""Our readings, shown beside the learner's and only after them.

* :class:`Reveal` keeps a table of the companion authors' readings closed
  until the learner asks for it, after writing their own first readings;
* :class:`MappingFeedbackPanel` (notebook 02) sets the case for each of the
  learner's choices beside the case for ours: arguments, never a score.

Both follow the step session's answers through re-run cells and imports, and
only read them: nothing here writes to an answer.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

import ipywidgets as widgets

from . import scenarios, strings
from .disposal import QuietDisposal
from .strings import MAPPING_HEADING, MAPPING_NOTE, REDRAW_FAILED, TEAM_HIDDEN, TEAM_READING, YOUR_CHOICE
from .tables import Table
from .text import escape, status_html
from .vocabulary import CAMILLERI_IDS, camilleri_names

if TYPE_CHECKING:
    from .session import StepSession
    from .signals import Change


class Reveal(QuietDisposal, widgets.VBox):
    """A table that opens with a button, once the learner has had the chance to write first.

    The note above the button counts how many of ``prompt_ids`` the learner
    has answered; the button works at any time (nobody is forced to write).
    """

    def __init__(self, session: "StepSession", table: Table, prompt_ids: Iterable[str], button: str):
        self.session, self.table, self.prompt_ids = session, table, tuple(prompt_ids)
        self.note = widgets.HTML()
        self.button = widgets.Button(description=button, layout=widgets.Layout(width="auto"))
        self.content = widgets.HTML()
        super().__init__(children=[self.note, self.button, self.content])
        self.button.on_click(lambda _: self.show())
        session.answer_changes.connect(self._on_answer_change)
        self._count()

    @property
    def is_open(self) -> bool:
        return bool(self.content.value)

    def show(self) -> None:
        self.content.value = self.table.html
        self.button.layout.display = "none"

    def _answered(self) -> int:
        values = (self.session.value(prompt_id) for prompt_id in self.prompt_ids)
        return sum(1 for value in values if isinstance(value, str) and value.strip())

    def _count(self) -> None:
        self.note.value = status_html(strings.REVEAL_NOTE.format(done=self._answered(), total=len(self.prompt_ids)))

    def _on_answer_change(self, change: "Change") -> None:
        if change.prompt in self.prompt_ids:
            self._count()

    def close(self) -> None:
        self.session.answer_changes.disconnect(self._on_answer_change)
        super().close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def reveal_readings(step: "StepSession", table: Table, prefix: str = "reading") -> Reveal:
    """Our reading of each scenario, behind a button, after the learner's own ``reading_*`` lines."""
    prompt_ids = [p.id for p in step.step.prompts if p.id.startswith(prefix + "_")]
    return step.keep(("reveal", prefix), Reveal(step, table, prompt_ids, strings.REVEAL_BUTTON))


class MappingFeedbackPanel(QuietDisposal, widgets.VBox):
    """The learner's mapping beside the companion authors' reading; follows every change."""

    def __init__(self, session: "StepSession", readings: Mapping[str, scenarios.Reading],
                 names: Mapping[str, str]):
        self.session, self.readings, self.names = session, dict(readings), dict(names)
        self.prompt_ids = {f"nearest_{sid}": sid for sid in CAMILLERI_IDS}
        self.html = widgets.HTML()
        self.feedback: list[scenarios.MappingFeedback] = []
        self.summary = ""
        self.error: str | None = None
        super().__init__(children=[self.html])
        self.refresh()
        session.answer_changes.connect(self._on_answer_change)
        session.journal.changes.connect(self._on_answer_change)

    def choices(self) -> dict[str, str | None]:
        return {sid: self.session.value(prompt_id) for prompt_id, sid in self.prompt_ids.items()}

    def _on_answer_change(self, change: "Change") -> None:
        if change.kind in ("import", "erase") or (change.kind == "answer" and change.prompt in self.prompt_ids):
            self.refresh()

    def refresh(self, _value: Any = None) -> None:
        """Rebuild the feedback from the current choices. Never raises."""
        try:
            self.feedback = scenarios.mapping_feedback(self.choices(), self.readings, self.names)
            self.summary = scenarios.mapping_summary(self.feedback)
            self.error = None
            self.html.value = self._html()
        except Exception as error:  # noqa: BLE001 - shown, never lost in a callback
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

    def close(self) -> None:
        self.session.answer_changes.disconnect(self._on_answer_change)
        self.session.journal.changes.disconnect(self._on_answer_change)
        super().close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def reference_readings() -> dict[str, scenarios.Reading]:
    """The companion authors' reading of each Camilleri scenario, from data/scenario_mapping.csv."""
    from . import data

    return scenarios.readings_from_rows(data.load("scenario_mapping").to_dict("records"))


def mapping_feedback_panel(step: "StepSession", readings: Mapping[str, scenarios.Reading] | None = None,
                           names: Mapping[str, str] | None = None) -> MappingFeedbackPanel:
    """Notebook 02: the case for each nearest_* choice beside the case for ours."""
    panel = MappingFeedbackPanel(step, readings if readings is not None else reference_readings(),
                                 names if names is not None else camilleri_names())
    return step.keep("mapping_feedback", panel)
