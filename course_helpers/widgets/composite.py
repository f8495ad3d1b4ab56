"""Answer widgets that hold several judgements in one answer: a grid, a ranking, a few picks.

Each is built from controls a learner reaches with Tab and uses with Space:
rows of buttons and check boxes. One prompt, one widget, one saved value.

* :class:`Grid`: for each row (a stakeholder, say) and column (an example),
  one of the prompt's options; value ``{row: {column: option}}``. With
  ``one_row_at_a_time=True`` (03's forty judgements) it shows one row at a time.
* :class:`Ranking`: a position for each item; choosing a position another item
  holds swaps the two; value ``[item, ...]`` best first (partial allowed).
* :class:`Picks`: tick at most ``prompt.most`` items; value ``[item, ...]``.
"""
from __future__ import annotations

from typing import Any, Mapping

import ipywidgets as widgets

from .. import kinds, strings
from ..text import escape
from .base import Answer

ROW_STYLE = {"description_width": "18em", "button_width": "auto"}
ONE_ROW_STYLE = {"description_width": "13em", "button_width": "auto"}


def _heading(text: str) -> widgets.HTML:
    return widgets.HTML(f'<p style="margin: 0.6em 0 0.2em"><strong>{escape(text)}</strong></p>')


class Grid(Answer):
    """A table of judgements: for every row and column, one option (or none yet).

    With ``one_row_at_a_time`` the learner sees one row (one stakeholder's
    viewpoint, say) at a time: a row of buttons picks the row, a "next" button
    under it moves on and puts the keyboard focus back on the row buttons, and
    a line counts what is judged so far. ``row_notes`` (row id -> plain text)
    adds a reminder under the row's heading. The saved value is the same either way.
    """

    def __init__(self, step_id: str, prompt_id: str, journal: Any = None, *, one_row_at_a_time: bool = False,
                 row_notes: Mapping[str, str] | None = None):
        self.one_row_at_a_time = one_row_at_a_time
        self.row_notes = dict(row_notes or {})
        self.shown_row: str | None = None
        super().__init__(step_id, prompt_id, journal)
        if one_row_at_a_time:
            self.show_row(self._first_unfinished_row())

    def _build_controls(self) -> list[widgets.Widget]:
        self._cells: list[tuple[str, str]] = []
        controls = []
        # One style and one layout shared by every cell: forty cells, two widgets to send, not eighty.
        style = widgets.ToggleButtonsStyle(**(ONE_ROW_STYLE if self.one_row_at_a_time else ROW_STYLE))
        layout = widgets.Layout(flex_flow="row wrap")
        for row_label, row in self.prompt.items:
            for column_label, column in self.prompt.columns:
                if self.one_row_at_a_time:  # the row's heading is right above: name the column only
                    description = column_label
                    tooltips = [strings.GRID_TOOLTIP.format(row=row_label, column=column_label, option=label)
                                for label, _ in self.prompt.options]
                else:
                    description, tooltips = strings.GRID_CELL.format(row=row_label, column=column_label), []
                controls.append(widgets.ToggleButtons(
                    options=list(self.prompt.options), value=None, style=style, description=description,
                    tooltips=tooltips, layout=layout))
                self._cells.append((row, column))
        return controls

    def _layout(self) -> list[widgets.Widget]:
        per_row = len(self.prompt.columns)
        rows: list[list[widgets.Widget]] = []  # per row: its heading, its note if any, its cells
        for index, (row_label, row) in enumerate(self.prompt.items):
            heading = row_label
            if self.one_row_at_a_time:
                heading = strings.GRID_ROW_HEADING.format(n=index + 1, total=len(self.prompt.items), row=row_label)
            parts: list[widgets.Widget] = [_heading(heading)]
            if row in self.row_notes:
                parts.append(widgets.HTML(f'<p style="margin: 0 0 0.4em">{escape(self.row_notes[row])}</p>'))
            rows.append(parts + self.controls[index * per_row:(index + 1) * per_row])
        if not self.one_row_at_a_time:
            return [_heading(self.prompt.text), *(child for parts in rows for child in parts)]
        self.sections = [widgets.VBox(parts) for parts in rows]
        self.row_buttons = [widgets.Button(description=label, layout=widgets.Layout(width="auto"))
                            for label, _ in self.prompt.items]
        for button, (_, row) in zip(self.row_buttons, self.prompt.items):
            button.on_click(lambda _button, row=row: self.show_row(row))
        self.next_button = widgets.Button(layout=widgets.Layout(width="auto", align_self="flex-start"))
        self.next_button.on_click(lambda _button: self.show_next_row())
        self.progress = widgets.HTML()
        choose = widgets.HTML(f'<p style="margin: 0.3em 0 0.1em">{escape(strings.GRID_CHOOSE_ROW)}</p>')
        return [_heading(self.prompt.text), choose,
                widgets.HBox(self.row_buttons, layout=widgets.Layout(flex_flow="row wrap")),
                *self.sections, self.next_button, self.progress]

    # --- one row at a time -----------------------------------------------------------------
    def show_row(self, row: str) -> None:
        """Show the cells of ``row`` only, and say which row is shown on the row buttons."""
        rows = [r for _, r in self.prompt.items]
        if not self.one_row_at_a_time or row not in rows:
            return
        self.shown_row = row
        for section, (label, other), button in zip(self.sections, self.prompt.items, self.row_buttons):
            here = other == row
            section.layout.display = None if here else "none"
            button.description = strings.GRID_ROW_SHOWN.format(row=label) if here else label
            button.button_style = "info" if here else ""
        following = self.prompt.items[(rows.index(row) + 1) % len(rows)]
        template = strings.GRID_NEXT_ROW if rows.index(row) + 1 < len(rows) else strings.GRID_FIRST_ROW
        self.next_button.description = template.format(row=following[0])
        self._count()

    def show_next_row(self) -> None:
        """Move to the next row (after the last, the first) and put the focus on its row button."""
        rows = [r for _, r in self.prompt.items]
        index = (rows.index(self.shown_row) + 1) % len(rows) if self.shown_row in rows else 0
        self.show_row(rows[index])
        self.row_buttons[index].focus()

    def _first_unfinished_row(self) -> str:
        value = self._read() or {}
        for _, row in self.prompt.items:
            if len(value.get(row, {})) < len(self.prompt.columns):
                return row
        return self.prompt.items[0][1]

    def _count(self) -> None:
        if not self.one_row_at_a_time or self.shown_row is None:
            return
        value = self._read() or {}
        label = {row: row_label for row_label, row in self.prompt.items}[self.shown_row]
        words = strings.GRID_PROGRESS.format(
            row=label, done=len(value.get(self.shown_row, {})), columns=len(self.prompt.columns),
            total_done=sum(len(cells) for cells in value.values()),
            total=len(self.prompt.items) * len(self.prompt.columns))
        self.progress.value = f'<p style="margin: 0.3em 0">{escape(words)}</p>'

    def _changed(self, value: Any) -> None:
        self._count()
        super()._changed(value)

    # --- the value ---------------------------------------------------------------------------
    def _read(self) -> Any:
        value: dict[str, dict[str, str]] = {}
        for (row, column), control in zip(self._cells, self.controls):
            if control.value is not None:
                value.setdefault(row, {})[column] = control.value
        return value or None

    def _write(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for (row, column), control in zip(self._cells, self.controls):
            cells = value.get(row)
            cell = cells.get(column) if isinstance(cells, dict) else None
            control.value = cell if cell in {v for _, v in self.prompt.options} else None
        self._count()


class Ranking(Answer):
    """Put items in order: each item gets a position; taking a position another item holds swaps them."""

    def _build_controls(self) -> list[widgets.Widget]:
        positions = [(str(n), n) for n in range(1, len(self.prompt.items) + 1)]
        self._swapping = False
        controls = [widgets.ToggleButtons(options=positions, value=None, description=label, style=ROW_STYLE,
                                          tooltips=[strings.RANK_TOOLTIP.format(n=n) for _, n in positions],
                                          layout=widgets.Layout(flex_flow="row wrap"))
                    for label, _ in self.prompt.items]
        for control in controls:
            control.observe(self._swap, names="value")
        return controls

    def _layout(self) -> list[widgets.Widget]:
        return [_heading(self.prompt.text), widgets.HTML(f"<p>{escape(strings.RANK_HELP)}</p>"), *self.controls]

    def _swap(self, change: dict) -> None:
        """A position can be held once: the item that held it takes the position the mover left."""
        if self._swapping or self._restoring or change["new"] is None:
            return
        self._swapping = True
        try:
            for other in self.controls:
                if other is not change["owner"] and other.value == change["new"]:
                    other.value = change["old"]
        finally:
            self._swapping = False

    def _on_control_change(self, change: dict) -> None:
        if not self._swapping:  # one save for a swap, not one per button that moved
            super()._on_control_change(change)

    def _read(self) -> Any:
        ranked = sorted((control.value, item) for control, (_, item) in zip(self.controls, self.prompt.items)
                        if control.value is not None)
        return [item for _, item in ranked] or None

    def _write(self, value: Any) -> None:
        order = value if isinstance(value, list) else []
        for control, (_, item) in zip(self.controls, self.prompt.items):
            control.value = order.index(item) + 1 if item in order else None


class Picks(Answer):
    """Tick the items that apply, at most ``prompt.most`` of them."""

    def _build_controls(self) -> list[widgets.Widget]:
        self.limit = self.prompt.most or len(self.prompt.items)
        return [widgets.Checkbox(value=False, description=label, indent=False,
                                 layout=widgets.Layout(width="auto"))
                for label, _ in self.prompt.items]

    def _layout(self) -> list[widgets.Widget]:
        help_text = strings.PICKS_HELP.format(limit=self.limit)
        return [_heading(self.prompt.text), widgets.HTML(f"<p>{escape(help_text)}</p>"), *self.controls]

    def _on_control_change(self, change: dict) -> None:
        if change["new"] and sum(control.value for control in self.controls) > self.limit:
            self._restoring = True  # untick without saving: the learner is told why
            try:
                change["owner"].value = False
            finally:
                self._restoring = False
            self._set_state(strings.PICKS_TOO_MANY.format(limit=self.limit), error=True)
            return
        super()._on_control_change(change)

    def _read(self) -> Any:
        return [item for control, (_, item) in zip(self.controls, self.prompt.items) if control.value] or None

    def _write(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) and kinds.value_problem(self.prompt, value) is None else set()
        for control, (_, item) in zip(self.controls, self.prompt.items):
            control.value = item in chosen
