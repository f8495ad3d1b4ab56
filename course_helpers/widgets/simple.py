"""The answer widgets of single values: free text, one line, a rating, a choice, a point on the map.

Every control is reached with Tab and used with the keyboard: rows of buttons
rather than sliders, radio groups or drop-downs, whose arrow keys JupyterLab's
command mode takes for itself.
"""
from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .. import kinds, strings
from ..text import displayable, escape
from ..vocabulary import PLACEMENT_RANGE
from .base import BUTTON_STYLE, LABEL_STYLE, TYPING_DELAY_SECONDS, Answer

SCALE_STYLE = {"description_width": "12em", "button_width": "auto"}
# A reflection box spans its cell and grows with the text, between these heights.
MIN_ROWS, MAX_ROWS, CHARS_PER_ROW = 5, 30, 90


class Reflection(Answer):
    """Multi-line free text that spans the cell and grows with it, saved after a pause in typing."""

    delay_seconds = TYPING_DELAY_SECONDS

    def _build_controls(self) -> list[widgets.Widget]:
        box = widgets.Textarea(description=self.prompt.text, rows=MIN_ROWS, style=LABEL_STYLE,
                               layout=widgets.Layout(width="100%", flex_flow="column"))
        box.add_class("course-reflection")
        box.observe(self._grow, names="value")
        return [box]

    def _read(self) -> Any:
        return self.controls[0].value

    def _write(self, value: Any) -> None:
        self.controls[0].value = displayable(value if isinstance(value, str) else "")

    def _grow(self, change: dict) -> None:
        self.controls[0].rows = rows_for(change["new"])


def rows_for(text: str) -> int:
    """How many rows a reflection box needs to show ``text`` without scrolling (within bounds)."""
    needed = sum(1 + len(line) // CHARS_PER_ROW for line in text.split("\n")) + 1
    return max(MIN_ROWS, min(MAX_ROWS, needed))


class Line(Answer):
    """One line of text (a first reading, a name), saved after a pause in typing."""

    delay_seconds = TYPING_DELAY_SECONDS

    def _build_controls(self) -> list[widgets.Widget]:
        return [widgets.Text(description=self.prompt.text, style=LABEL_STYLE,
                             layout=widgets.Layout(width="100%"))]

    def _read(self) -> Any:
        return self.controls[0].value

    def _write(self, value: Any) -> None:
        self.controls[0].value = displayable(value if isinstance(value, str) else "")


class Rating(Answer):
    """A 1-5 rating with both ends labelled in words."""

    def _build_controls(self) -> list[widgets.Widget]:
        low, high = kinds.RATING_RANGE
        options = [(str(n), n) for n in range(low, high + 1)]
        tooltips = [self.prompt.low] + [""] * (high - low - 1) + [self.prompt.high]
        return [widgets.ToggleButtons(options=options, value=None, description=self.prompt.text,
                                      tooltips=tooltips, style=LABEL_STYLE,
                                      layout=widgets.Layout(flex_flow="row wrap"))]

    def _layout(self) -> list[widgets.Widget]:
        scale = widgets.HTML(f"<span>{escape(self.prompt.low)} … {escape(self.prompt.high)}</span>")
        return [self.controls[0], scale]

    def _read(self) -> Any:
        return self.controls[0].value

    def _write(self, value: Any) -> None:
        self.controls[0].value = value if kinds.value_problem(self.prompt, value) is None else None


class Choice(Answer):
    """Pick one option from a row of buttons.

    Buttons, not radio buttons: in JupyterLab's command mode the arrow keys
    move between cells, so a radio group cannot be used from the keyboard;
    every button is reached with Tab and chosen with Space.
    """

    def _build_controls(self) -> list[widgets.Widget]:
        return [widgets.ToggleButtons(options=list(self.prompt.options), value=None,
                                      description=self.prompt.text, style=BUTTON_STYLE,
                                      layout=widgets.Layout(flex_flow="row wrap"))]

    def _read(self) -> Any:
        return self.controls[0].value

    def _write(self, value: Any) -> None:
        self.controls[0].value = value if kinds.value_problem(self.prompt, value) is None else None


class Placement(Answer):
    """A point on HolonIQ's two axes: one row of buttons across, one up or down.

    Buttons rather than sliders or drop-downs: ipywidgets' slider handles have
    no accessible name, and JupyterLab's command mode takes the arrow keys
    (and digits) from a focused drop-down. Each button is reached with Tab and
    chosen with Space or a click. Until both rows have a choice the point is
    "not placed"; the value is ``{"x": int|None, "y": int|None}``.
    """

    def _build_controls(self) -> list[widgets.Widget]:
        point = self.prompt.short or self.prompt.text
        low, high = PLACEMENT_RANGE
        across = _scale_buttons(range(low, high + 1), strings.PLACEMENT_X_ENDS,
                                strings.PLACEMENT_ACROSS.format(point=point))
        up = _scale_buttons(range(high, low - 1, -1), strings.PLACEMENT_Y_ENDS,
                            strings.PLACEMENT_UPDOWN.format(point=point))
        return [across, up]

    def _layout(self) -> list[widgets.Widget]:
        return [widgets.HTML(f"<strong>{escape(self.prompt.text)}</strong>"), *self.controls]

    def _read(self) -> Any:
        across, up = self.controls
        return {"x": across.value, "y": up.value}

    def _write(self, value: Any) -> None:
        """Show a point; coordinates set from Python beyond the scale are moved to its end."""
        value = value if isinstance(value, dict) else {}
        low, high = PLACEMENT_RANGE
        for control, key in zip(self.controls, ("x", "y")):
            coordinate = value.get(key)
            control.value = min(max(coordinate, low), high) if kinds.is_whole_number(coordinate) else None


def placed_point(value: Any) -> tuple[int, int] | None:
    """(x, y) when a placement value has both coordinates, else None."""
    if isinstance(value, dict) and kinds.is_whole_number(value.get("x")) and kinds.is_whole_number(value.get("y")):
        return value["x"], value["y"]
    return None


def _scale_buttons(values: range, ends: tuple[str, str], description: str) -> widgets.ToggleButtons:
    """One axis as a row of buttons '-5 … +5'; the ends and the middle say what they mean."""
    low, high = PLACEMENT_RANGE
    options, tooltips = [], []
    for number in values:
        words = strings.PLACEMENT_MIDDLE if number == 0 else ends[number > 0]
        if number in (low, high):
            words = strings.PLACEMENT_FULLY.format(end=words)
        label = f"{number:+d}" if number else "0"
        options.append((f"{label} {words}" if number in (low, 0, high) else label, number))
        tooltips.append(f"{label}: {words}")
    return widgets.ToggleButtons(options=options, value=None, tooltips=tooltips, description=description,
                                 style=SCALE_STYLE, layout=widgets.Layout(flex_flow="row wrap"))


