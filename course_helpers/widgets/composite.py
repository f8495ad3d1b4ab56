"""Answer widgets that hold several judgements in one answer: a grid, a ranking, a few picks.

Each is built from controls a learner reaches with Tab and uses with Space:
rows of buttons and check boxes. One prompt, one widget, one saved value.

* :class:`Grid`: for each row (a stakeholder, say) and column (an example),
  one of the prompt's options; value ``{row: {column: option}}``.
* :class:`Ranking`: a position for each item; choosing a position another item
  holds swaps the two; value ``[item, ...]`` best first (partial allowed).
* :class:`Picks`: tick at most ``prompt.most`` items; value ``[item, ...]``.
"""
from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .. import kinds, strings
from ..text import escape
from .base import Answer

ROW_STYLE = {"description_width": "18em", "button_width": "auto"}


def _heading(text: str) -> widgets.HTML:
    return widgets.HTML(f'<p style="margin: 0.6em 0 0.2em"><strong>{escape(text)}</strong></p>')


class Grid(Answer):
    """A table of judgements: for every row and column, one option (or none yet)."""

    def _build_controls(self) -> list[widgets.Widget]:
        self._cells: list[tuple[str, str]] = []
        controls = []
        for row_label, row in self.prompt.items:
            for column_label, column in self.prompt.columns:
                controls.append(widgets.ToggleButtons(
                    options=list(self.prompt.options), value=None, style=ROW_STYLE,
                    description=strings.GRID_CELL.format(row=row_label, column=column_label),
                    layout=widgets.Layout(flex_flow="row wrap")))
                self._cells.append((row, column))
        return controls

    def _layout(self) -> list[widgets.Widget]:
        shown: list[widgets.Widget] = [_heading(self.prompt.text)]
        per_row = len(self.prompt.columns)
        for index, (row_label, _) in enumerate(self.prompt.items):
            shown.append(_heading(row_label))
            shown.extend(self.controls[index * per_row:(index + 1) * per_row])
        return shown

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
