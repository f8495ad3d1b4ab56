"""The answer widget of 04's links: for each critique, the driver it concerns and how.

One block per critique (the prompt's ``items``): a heading, a row of buttons
for the drivers (the prompt's ``columns``) plus "none of the drivers", and a
row for the relation (the prompt's ``options``: answers, pushes against),
each button's tooltip saying what it means. Tab reaches every button, Space
chooses. Choosing "none of the drivers" clears the relation and switches its
row off, since a relation to no driver would say two things at once.

Value: ``{critique: {"driver": ..., "relation": ...}}``, only what is chosen;
a critique not touched yet is left out (see :mod:`course_helpers.kinds`).
"""
from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .. import kinds, strings
from ..text import escape
from ..vocabulary import NO_DRIVER
from .base import Answer
from .composite import _heading

LINK_ROW_STYLE = {"description_width": "6em", "button_width": "auto"}


class Links(Answer):
    """Links from each critique to a driver, with the relation between them."""

    def _build_controls(self) -> list[widgets.Widget]:
        drivers = [*self.prompt.columns, (strings.NO_DRIVER_LABEL, NO_DRIVER)]
        relations = list(self.prompt.options)
        self.rows: list[tuple[str, widgets.ToggleButtons, widgets.ToggleButtons]] = []
        controls: list[widgets.Widget] = []
        style, layout = widgets.ToggleButtonsStyle(**LINK_ROW_STYLE), widgets.Layout(flex_flow="row wrap")  # shared
        for title, critique in self.prompt.items:
            driver = widgets.ToggleButtons(
                options=drivers, value=None, description=strings.LINKS_DRIVER_ROW, style=style, layout=layout,
                tooltips=[strings.LINKS_DRIVER_TOOLTIP.format(critique=title, driver=label) for label, _ in drivers])
            relation = widgets.ToggleButtons(
                options=relations, value=None, description=strings.LINKS_RELATION_ROW, style=style, layout=layout,
                tooltips=[strings.RELATION_MEANINGS.get(value, label) for label, value in relations])
            self.rows.append((critique, driver, relation))
            controls += [driver, relation]
        return controls

    def _layout(self) -> list[widgets.Widget]:
        meanings = "".join(f"<li><strong>{escape(label)}</strong>: {escape(strings.RELATION_MEANINGS.get(value, ''))}</li>"
                           for label, value in self.prompt.options)
        shown: list[widgets.Widget] = [
            _heading(self.prompt.text),
            widgets.HTML(f'<p style="margin: 0.2em 0">{escape(strings.LINKS_HELP)}</p>'
                         f'<ul style="margin: 0.2em 0; padding-left: 1.4em">{meanings}</ul>')]
        for (title, _), (_, driver, relation) in zip(self.prompt.items, self.rows):
            shown += [_heading(title), driver, relation]
        return shown

    def _on_control_change(self, change: dict) -> None:
        """A driver of "none" takes the relation away (one save for both); any other driver gives it back."""
        for _, driver, relation in self.rows:
            if change["owner"] is driver:
                if change["new"] == NO_DRIVER and relation.value is not None:
                    self._restoring = True
                    try:
                        relation.value = None
                    finally:
                        self._restoring = False
                relation.disabled = change["new"] == NO_DRIVER
        super()._on_control_change(change)

    def _read(self) -> Any:
        value: dict[str, dict[str, str]] = {}
        for critique, driver, relation in self.rows:
            link = {key: control.value for key, control in (("driver", driver), ("relation", relation))
                    if control.value is not None}
            if link:
                value[critique] = link
        return value or None

    def _write(self, value: Any) -> None:
        usable = isinstance(value, dict) and kinds.value_problem(self.prompt, value) is None
        links = value if usable else {}
        for critique, driver, relation in self.rows:
            link = links.get(critique) or {}
            driver.value = link.get("driver")
            relation.value = link.get("relation")
            relation.disabled = driver.value == NO_DRIVER
