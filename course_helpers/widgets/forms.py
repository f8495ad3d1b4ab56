"""Answer widgets with named entries: a form (an action plan, an audit), and a list of records.

* :class:`Form`: one control per field of the prompt; value ``{field: value}``
  with empty fields left out. A number field that does not hold a number is
  named in the status line and the form is not saved until it does.
* :class:`Records`: an editor (the same fields), an *Add* button and the list
  so far, each record with a *Remove* button; value ``[{"id": ..., field: value}]``.
  An optional ``check(record) -> list[str]`` (the activity's own rules, such as
  "a size cannot be negative") turns bad input into sentences, not records.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

import ipywidgets as widgets

from .. import kinds, strings
from ..course import Field
from ..journal import Journal
from ..text import displayable, escape, status_html
from .base import LABEL_STYLE, TYPING_DELAY_SECONDS, Answer

FIELD_STYLE = {"description_width": "14em"}
CHOICE_STYLE = {"description_width": "14em", "button_width": "auto"}
Check = Callable[[dict[str, Any]], Sequence[str]]


def field_control(field: Field) -> widgets.Widget:
    """The keyboard-usable control for one field (buttons for choices, never a drop-down)."""
    label = field.label + (" *" if field.required else "")
    if field.kind == "text":
        return widgets.Textarea(description=label, rows=3, style=LABEL_STYLE,
                                layout=widgets.Layout(width="100%", flex_flow="column"))
    if field.kind == "choice":
        return widgets.ToggleButtons(options=list(field.options), value=None, description=label, style=CHOICE_STYLE,
                                     layout=widgets.Layout(flex_flow="row wrap"))
    return widgets.Text(description=label, style=FIELD_STYLE, layout=widgets.Layout(width="100%"))


def read_field(field: Field, control: widgets.Widget) -> Any:
    """The control's value as stored: text stripped of nothing, numbers parsed (None when empty or not a number)."""
    value = control.value
    if field.kind != "number":
        return value if value not in ("",) else None
    return parse_number(value)


def parse_number(text: str) -> float | int | None:
    """'12', '2.5', '1,5' (a decimal comma) -> a number; anything else -> None."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return int(number) if number.is_integer() and "." not in cleaned else number


def show_field(field: Field, control: widgets.Widget, value: Any) -> None:
    """Put a stored value (already checked against the field) into its control."""
    if field.kind == "choice":
        control.value = value if value in {v for _, v in field.options} else None
    elif field.kind == "number":
        control.value = "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
    else:
        control.value = displayable(value) if isinstance(value, str) else ""


def number_problem(field: Field, control: widgets.Widget) -> str | None:
    if field.kind == "number" and control.value.strip() and parse_number(control.value) is None:
        return strings.FIELD_NOT_NUMBER.format(field=field.label, text=control.value.strip()[:40])
    return None


class Form(Answer):
    """Named entries saved together as one answer."""

    delay_seconds = TYPING_DELAY_SECONDS

    def _build_controls(self) -> list[widgets.Widget]:
        return [field_control(field) for field in self.prompt.fields]

    def _layout(self) -> list[widgets.Widget]:
        return [widgets.HTML(f"<p><strong>{escape(self.prompt.text)}</strong></p>"), *self.controls]

    def _read(self) -> Any:
        value = {}
        for field, control in zip(self.prompt.fields, self.controls):
            entry = read_field(field, control)
            if entry is not None:
                value[field.id] = entry
        return value or None

    def _write(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for field, control in zip(self.prompt.fields, self.controls):
            show_field(field, control, value.get(field.id))

    def _input_problem(self) -> str | None:
        for field, control in zip(self.prompt.fields, self.controls):
            problem = number_problem(field, control)
            if problem:
                return problem
        return None


class Records(Answer):
    """A list the learner builds one record at a time (their credentials, their questions)."""

    def __init__(self, step_id: str, prompt_id: str, journal: Journal | None = None, *, check: Check | None = None):
        self.check = check
        self.records: list[dict[str, Any]] = []
        super().__init__(step_id, prompt_id, journal)

    def _build_controls(self) -> list[widgets.Widget]:
        self.editor = [field_control(field) for field in self.prompt.fields]
        self.add_button = widgets.Button(description=strings.RECORD_ADD, button_style="primary",
                                         layout=widgets.Layout(width="auto"))
        self.add_button.on_click(lambda _: self.add())
        self.editor_message = widgets.HTML()
        self.listing = widgets.VBox()
        return []  # typing in the editor is a draft: only Add and Remove change the answer

    def _layout(self) -> list[widgets.Widget]:
        return [widgets.HTML(f"<p><strong>{escape(self.prompt.text)}</strong></p>"), self.listing,
                widgets.HTML(f"<p>{escape(strings.RECORD_EDITOR)}</p>"), *self.editor, self.add_button,
                self.editor_message]

    # --- the learner's actions -------------------------------------------------------
    def add(self) -> bool:
        """Add the record in the editor; bad input is told in words and nothing is added."""
        problems = self.problems_with(self.draft())
        if problems:
            self.editor_message.value = "".join(f"<p>{status_html(p, error=True)}</p>" for p in problems)
            return False
        self.records.append({"id": self._next_id(), **self.draft()})
        for field, control in zip(self.prompt.fields, self.editor):
            show_field(field, control, None)
        self.editor_message.value = status_html(strings.RECORD_ADDED)
        self._list_changed()
        return True

    def remove(self, record_id: str) -> None:
        self.records = [record for record in self.records if record["id"] != record_id]
        self._list_changed()

    def draft(self) -> dict[str, Any]:
        """What the editor holds now, as a record without its id."""
        draft = {}
        for field, control in zip(self.prompt.fields, self.editor):
            entry = read_field(field, control)
            if entry is not None:
                draft[field.id] = entry
        return draft

    def problems_with(self, draft: dict[str, Any]) -> list[str]:
        problems = [p for p in (number_problem(f, c) for f, c in zip(self.prompt.fields, self.editor)) if p]
        problems += [strings.RECORD_REQUIRED.format(field=f.label) for f in self.prompt.fields
                     if f.required and draft.get(f.id) in (None, "")]
        limit = self.prompt.most or kinds.MAX_RECORDS
        if len(self.records) >= limit:
            problems.append(strings.RECORD_FULL.format(limit=limit))
        if not problems and self.check is not None:  # the activity's own rules first: their sentences say more
            problems += list(self.check(draft))
        if not problems:
            problem = kinds.value_problem(self.prompt, [{"id": "new", **draft}])
            if problem:
                problems.append(problem)
        return problems

    def summary(self, record: dict[str, Any]) -> str:
        """One line naming a record in the list (a subclass may word it for its activity)."""
        return record_summary(self.prompt.fields, record)

    # --- plumbing ----------------------------------------------------------------------
    def _next_id(self) -> str:
        numbers = [int(r["id"][1:]) for r in self.records if r["id"][1:].isdigit() and r["id"].startswith("r")]
        return f"r{max(numbers, default=0) + 1}"

    def _list_changed(self) -> None:
        self._show_listing()
        self._changed(self._read())
        self.save()

    def _show_listing(self) -> None:
        show_removable(self.listing, [(self.summary(record), lambda record_id=record["id"]: self.remove(record_id))
                                      for record in self.records], strings.RECORD_NONE)

    def _read(self) -> Any:
        return [dict(record) for record in self.records] or None

    def _write(self, value: Any) -> None:
        self.records = [dict(record) for record in value] if isinstance(value, list) else []
        self._show_listing()


def record_summary(fields: Sequence[Field], record: dict[str, Any]) -> str:
    """One line naming a record: its entries in field order, choices by their label."""
    parts = []
    for field in fields:
        value = record.get(field.id)
        if value in (None, ""):
            continue
        if field.kind == "choice":
            value = dict((v, label) for label, v in field.options).get(value, value)
        parts.append(f"{value:g}" if isinstance(value, float) else str(value))
    return " · ".join(parts) or record.get("id", "")


def show_removable(listing: widgets.Box, entries: Sequence[tuple[str, Callable[[], Any]]], empty: str) -> None:
    """Fill ``listing`` with one row per (text, remove) entry: the escaped text and a Remove button naming it;
    ``empty`` when there is none. The rows shown before are closed, buttons and texts included."""
    rows: list[widgets.Widget] = []
    for text, remove in entries:
        button = widgets.Button(description=strings.RECORD_REMOVE.format(name=text[:60]),
                                layout=widgets.Layout(width="auto"))
        button.on_click(lambda _, remove=remove: remove())
        rows.append(widgets.HBox([widgets.HTML(f"<span>{escape(text)}</span>"), button]))
    if not rows:
        rows.append(widgets.HTML(f"<p><em>{escape(empty)}</em></p>"))
    for old in listing.children:
        for inner in getattr(old, "children", ()):
            inner.close()
        old.close()
    listing.children = rows
