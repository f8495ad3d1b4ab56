"""The audit form of notebook 07: one micro-credential, one control per EU standard element.

:class:`CredentialForm` answers a prompt of kind ``credential`` (value check:
:func:`course_helpers.credentials.shape_problem`). Its value is the flat object
of :data:`course_helpers.credentials.FIELDS` the journal stores, with empty
fields left out::

    {"title": "...", "learning_outcomes": ["...", "..."], "ects": 5, "level": 6, ...}

Every control is reached with Tab and used with Space or typing: text boxes, a
text area for the learning outcomes (one a line, stored as a list), the level
as a row of buttons (not stated, EQF 1-8, not applicable), the supervision
element as a row of Annex I's three options with a box for other wording.
Buttons above the form fill it from one of the two example credentials in
``data/audit_examples.csv``, or empty it; either can be undone at once, and
the journal keeps every earlier version.

What cannot be saved (a workload that is not a number, a text longer than
the form keeps) is named in one sentence in the status line, and stays on
screen until it is corrected; nothing is lost.
"""
from __future__ import annotations

import math
import re
from typing import Any

import ipywidgets as widgets

from .. import strings
from ..credentials import (FIELDS, MAX_NUMBER, MAX_OUTCOME, MAX_OUTCOMES, MAX_TEXT, NOT_APPLICABLE, NUMBER_FIELDS,
                           shape_problem)
from ..journal import Journal
from ..text import displayable, escape, status_html
from .base import LABEL_STYLE, TYPING_DELAY_SECONDS, Answer

# How each field is shown: one line, several lines, a list (one a line), a number, or a row of buttons.
FIELD_CONTROLS: dict[str, str] = {
    "learner": "line", "title": "line", "country": "line", "awarding_body": "line", "date_issued": "line",
    "learning_outcomes": "list", "ects": "number", "hours": "number", "level": "level",
    "assessment": "line", "participation": "line", "quality_assurance": "text",
    "prerequisites": "line", "supervision": "options", "grade": "line", "stackability": "line",
    "further_information": "text",
}
OPTIONAL_FIELDS = ("prerequisites", "supervision", "grade", "stackability", "further_information")
NOT_STATED = ""  # the value of the "not stated" button in a row
LINE_STYLE = {"description_width": "17em"}
ROW_STYLE = {"description_width": "17em", "button_width": "auto"}
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+")  # '1,500': 1500 or 1.5? Asked, not guessed
_DIGIT_GROUPS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")  # '1 500' -> '1500'

assert set(FIELD_CONTROLS) == set(FIELDS) and set(OPTIONAL_FIELDS) <= set(FIELDS)


def parse_workload(text: str) -> tuple[float | int | None, str | None]:
    """A typed workload as a number, or None and the reason it is not one ('' gives (None, None))."""
    cleaned = _DIGIT_GROUPS.sub("", text.strip())
    if not cleaned:
        return None, None
    if _THOUSANDS.fullmatch(cleaned):
        return None, strings.CF_AMBIGUOUS_COMMA.format(text=cleaned, whole=cleaned.replace(",", ""))
    try:
        number = float(cleaned.replace(",", "."))
    except ValueError:
        return None, strings.CF_NOT_A_NUMBER.format(text=cleaned[:40])
    if not math.isfinite(number):
        return None, strings.CF_NOT_A_NUMBER.format(text=cleaned[:40])
    if abs(number) > MAX_NUMBER:
        return None, strings.CF_NUMBER_TOO_BIG.format(text=cleaned[:40], limit=f"{MAX_NUMBER:,}")
    return (int(number) if number.is_integer() else number), None


def number_text(value: Any) -> str:
    """A stored workload as the text box shows it ('5', '7.5'); exact, so that reading it back gives the same."""
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else repr(float(value))


def outcome_list(text: str) -> list[str]:
    """The learning outcomes typed one a line, without blank lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _heading(text: str) -> widgets.HTML:
    return widgets.HTML(f'<p style="margin: 0.8em 0 0.2em"><strong>{escape(text)}</strong></p>')


class CredentialForm(Answer):
    """The audit form: the EU standard elements of one micro-credential, saved as one answer."""

    delay_seconds = TYPING_DELAY_SECONDS

    def __init__(self, step_id: str, prompt_id: str, journal: Journal | None = None):
        from ..credential_audit import element_rows, example_ids  # pandas: only once a form is shown

        rows = {row["id"]: row for row in element_rows()}
        self.supervision_options: tuple[str, ...] = tuple(
            option.strip() for option in str(rows["O02"]["options"]).split(";") if option.strip())
        self.examples: dict[str, str] = example_ids()
        self._syncing = False
        self._undo_value: Any = None
        super().__init__(step_id, prompt_id, journal)

    # --- building --------------------------------------------------------------------------
    def _build_controls(self) -> list[widgets.Widget]:
        self.fields: dict[str, widgets.Widget] = {}
        for field in FIELDS:
            self.fields[field] = self._control(field, FIELD_CONTROLS[field])
        self.supervision_other = widgets.Text(description=strings.CF_SUPERVISION_OTHER, style=LINE_STYLE,
                                              placeholder=strings.CF_PLACEHOLDERS.get("supervision_other", ""),
                                              layout=widgets.Layout(width="100%"))
        return [*self.fields.values(), self.supervision_other]

    def _control(self, field: str, shape: str) -> widgets.Widget:
        label = strings.CF_LABELS[field]
        hint = strings.CF_PLACEHOLDERS.get(field, "")
        if shape in ("list", "text"):
            return widgets.Textarea(description=label, placeholder=hint, rows=4 if shape == "list" else 2,
                                    style=LABEL_STYLE, layout=widgets.Layout(width="100%", flex_flow="column"))
        if shape == "level":
            options = [(strings.CF_NOT_STATED, NOT_STATED), *((str(n), n) for n in range(1, 9)),
                       (strings.CF_LEVEL_NOT_APPLICABLE, NOT_APPLICABLE)]
            tooltips = [strings.CF_NOT_STATED, *(strings.CF_LEVEL_TOOLTIP.format(level=n) for n in range(1, 9)),
                        strings.CF_LEVEL_NOT_APPLICABLE_TOOLTIP]
            return widgets.ToggleButtons(options=options, value=NOT_STATED, description=label, tooltips=tooltips,
                                         style=ROW_STYLE, layout=widgets.Layout(flex_flow="row wrap"))
        if shape == "options":
            options = [(strings.CF_NOT_STATED, NOT_STATED), *((o, o) for o in self.supervision_options)]
            return widgets.ToggleButtons(options=options, value=NOT_STATED, description=label, style=ROW_STYLE,
                                         layout=widgets.Layout(flex_flow="row wrap"))
        return widgets.Text(description=label, placeholder=hint, style=LINE_STYLE,
                            layout=widgets.Layout(width="100%"))

    def _layout(self) -> list[widgets.Widget]:
        self.example_buttons: dict[str, widgets.Button] = {}
        for example_id, label in self.examples.items():
            button = widgets.Button(description=strings.CF_EXAMPLE_BUTTON.format(label=label),
                                    layout=widgets.Layout(width="auto"))
            button.on_click(lambda _, example_id=example_id: self.fill_example(example_id))
            self.example_buttons[example_id] = button
        self.empty_button = widgets.Button(description=strings.CF_EMPTY_BUTTON, layout=widgets.Layout(width="auto"))
        self.empty_button.on_click(lambda _: self.empty())
        self.undo_button = widgets.Button(description=strings.CF_UNDO_BUTTON,
                                          layout=widgets.Layout(width="auto", display="none"))
        self.undo_button.on_click(lambda _: self.undo())
        self.note = widgets.HTML()
        buttons = widgets.HBox([*self.example_buttons.values(), self.empty_button, self.undo_button],
                               layout=widgets.Layout(flex_flow="row wrap"))
        mandatory = [self.fields[f] for f in FIELDS if f not in OPTIONAL_FIELDS]
        optional = []
        for field in OPTIONAL_FIELDS:
            optional.append(self.fields[field])
            if field == "supervision":
                optional.append(self.supervision_other)
        return [_heading(self.prompt.text), widgets.HTML(f"<p>{escape(strings.CF_HELP)}</p>"), buttons, self.note,
                _heading(strings.CF_MANDATORY_HEADING), *mandatory,
                _heading(strings.CF_OPTIONAL_HEADING), *optional]

    # --- the value -------------------------------------------------------------------------
    def _read(self) -> Any:
        value: dict[str, Any] = {}
        for field in FIELDS:
            control, shape = self.fields[field], FIELD_CONTROLS[field]
            if shape in ("line", "text"):
                entry: Any = control.value if control.value.strip() else None
            elif shape == "list":
                entry = outcome_list(control.value) or None
            elif shape == "number":
                entry = parse_workload(control.value)[0]
            elif shape == "level":
                entry = None if control.value == NOT_STATED else control.value
            else:  # the supervision options, or other wording
                other = self.supervision_other.value
                entry = other if other.strip() else (control.value or None)
            if entry is not None:
                value[field] = entry
        return value or None

    def _write(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for field in FIELDS:
            control, shape, entry = self.fields[field], FIELD_CONTROLS[field], value.get(field)
            if shape in ("line", "text"):
                control.value = displayable(entry) if isinstance(entry, str) else ""
            elif shape == "list":
                items = entry if isinstance(entry, list) else []
                control.value = "\n".join(displayable(item) for item in items if isinstance(item, str))
            elif shape == "number":
                usable = isinstance(entry, (int, float)) and not isinstance(entry, bool) and math.isfinite(entry)
                control.value = number_text(entry) if usable else ""
            elif shape == "level":
                is_level = isinstance(entry, int) and not isinstance(entry, bool) and 1 <= entry <= 8
                control.value = entry if is_level or entry == NOT_APPLICABLE else NOT_STATED
            else:
                chosen = entry if entry in self.supervision_options else NOT_STATED
                control.value = chosen
                self.supervision_other.value = displayable(entry) if isinstance(entry, str) and not chosen else ""

    def _input_problem(self) -> str | None:
        """The first thing typed that cannot be saved yet, in one sentence naming the element."""
        for field in NUMBER_FIELDS:
            problem = parse_workload(self.fields[field].value)[1]
            if problem:
                return f"{strings.CF_LABELS[field]}: {problem}"
        for field in FIELDS:
            if FIELD_CONTROLS[field] in ("line", "text") and len(self.fields[field].value) > MAX_TEXT:
                return strings.CF_TOO_LONG.format(field=strings.CF_LABELS[field], n=len(self.fields[field].value),
                                                  limit=MAX_TEXT)
        if len(self.supervision_other.value) > MAX_TEXT:
            return strings.CF_TOO_LONG.format(field=strings.CF_LABELS["supervision"],
                                              n=len(self.supervision_other.value), limit=MAX_TEXT)
        outcomes = outcome_list(self.fields["learning_outcomes"].value)
        if len(outcomes) > MAX_OUTCOMES:
            return strings.CF_TOO_MANY_OUTCOMES.format(n=len(outcomes), limit=MAX_OUTCOMES)
        if any(len(item) > MAX_OUTCOME for item in outcomes):
            return strings.CF_OUTCOME_TOO_LONG.format(limit=MAX_OUTCOME)
        problem = shape_problem(self._read() or {})
        return None if problem is None else strings.CF_OTHER_PROBLEM.format(problem=problem)

    # --- the learner's actions ---------------------------------------------------------------
    def fill_example(self, example_id: str) -> None:
        """Fill the form from an example credential (saved at once; the form before can be brought back)."""
        from ..credential_audit import example
        from ..credentials import to_json

        before = self._read()
        stored = {k: v for k, v in to_json(example(example_id)).items() if v not in (None, "", [])}
        self.value = stored
        self._offer_undo(before, strings.CF_FILLED.format(label=self.examples[example_id]))

    def empty(self) -> None:
        """Empty every field (saved as 'not answered'; the form before can be brought back)."""
        before = self._read()
        self.value = None
        self._offer_undo(before, strings.CF_EMPTIED)

    def undo(self) -> None:
        """Bring back the form as it was before the last fill or empty."""
        if self._undo_value is None:
            return
        self.value, self._undo_value = self._undo_value, None
        self.undo_button.layout.display = "none"
        self.note.value = status_html(strings.CF_UNDONE)

    def _offer_undo(self, before: Any, message: str) -> None:
        if before is not None and before != self._read():
            self._undo_value = before
            self.undo_button.layout.display = "flex"
            message += " " + strings.CF_UNDO_OFFER
        self.note.value = status_html(message)

    def _forget_undo(self) -> None:
        if self._undo_value is not None:
            self._undo_value = None
            self.undo_button.layout.display = "none"
            self.note.value = ""

    # --- plumbing ----------------------------------------------------------------------------
    def _on_control_change(self, change: dict) -> None:
        if self._restoring or self._syncing:
            return
        self._keep_supervision_single(change["owner"], change["new"])
        self._forget_undo()  # the learner has changed the form since: undoing would lose that
        super()._on_control_change(change)

    def _keep_supervision_single(self, owner: widgets.Widget, new: Any) -> None:
        """An Annex option and other wording exclude each other: choosing one clears the other."""
        buttons, other = self.fields["supervision"], self.supervision_other
        self._syncing = True
        try:
            if owner is buttons and new != NOT_STATED and other.value:
                other.value = ""
            elif owner is other and isinstance(new, str) and new.strip() and buttons.value != NOT_STATED:
                buttons.value = NOT_STATED
        finally:
            self._syncing = False

    def close(self) -> None:
        for button in [*self.example_buttons.values(), self.empty_button, self.undo_button]:
            button.close()
        self.note.close()
        super().close()
