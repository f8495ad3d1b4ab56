"""The pathway builder of notebook 05: a catalogue to add from, and a pathway to put in order.

Every module of the catalogue is a row with an *Add* button, grouped by
provider; the pathway below the catalogue is a numbered list whose rows have
*Up*, *Down* and *Remove* buttons. Everything works with Tab and Space (no
drop-downs, whose arrow keys JupyterLab takes). When a button moves or
removes a module, the keyboard focus follows it, so a learner never has to
find their place again. Value: the module ids in the order they would be
taken (an id that is not in the catalogue, from an import, is shown as such
and can be removed; the checker explains it).
"""
from __future__ import annotations

from typing import Any, Mapping

import ipywidgets as widgets
from ipywidgets.widgets.widget_string import HTMLStyle  # (not exported at the top level)

from .. import kinds, strings
from ..journal import Journal
from ..pathways import Module
from ..text import escape, plain_name, status_html
from .base import Answer

STACKING_WORDS = {"home": strings.PATHWAY_STACKS_HOME, "partner": strings.PATHWAY_STACKS_PARTNER,
                  "external": strings.PATHWAY_STACKS_EXTERNAL}


def module_line(module: Module) -> str:
    """'Foundations of data analysis · 5 ECTS · EQF 6 · needs: none' (plain text)."""
    level = strings.PATHWAY_NO_LEVEL_WORD if module.level is None else f"EQF {module.level}"
    needs = ", ".join(plain_name(p, 40) for p in module.prerequisites) or strings.PATHWAY_NEEDS_NOTHING
    return strings.PATHWAY_MODULE_LINE.format(title=plain_name(module.title, 60), ects=f"{module.ects:g}",
                                              level=level, needs=needs)


class _Looks:
    """The layouts and styles that a builder's rows share.

    A row is then three widgets, not nine, which halves what the kernel sends and the browser builds for a
    catalogue of two dozen modules. Each builder makes its own set and closes it with itself: none is made
    when the module is imported, where each would open a channel to the browser before any builder exists.
    """

    def __init__(self) -> None:
        self.row = widgets.Layout(align_items="center")
        self.button = widgets.Layout(width="auto", margin="2px 0.6em 2px 0")
        self.line = widgets.Layout()
        self.line_style = HTMLStyle()
        self.add_style = widgets.ButtonStyle()

    def close(self) -> None:
        for widget in (self.row, self.button, self.line, self.line_style, self.add_style):
            widget.close()


class _Slot:
    """One numbered row of the pathway: its text and its three buttons (kept and relabelled, never rebuilt)."""

    def __init__(self, builder: "PathwayBuilder", index: int):
        self.text = widgets.HTML()
        self.up, self.down, self.remove = (widgets.Button(layout=builder.looks.button) for _ in range(3))
        self.up.on_click(lambda _: builder.move(index, -1))
        self.down.on_click(lambda _: builder.move(index, +1))
        self.remove.on_click(lambda _: builder.remove(index))
        self.box = widgets.HBox([self.text, self.up, self.down, self.remove], layout=builder.looks.row)

    def show(self, position: int, count: int, module_id: str, module: Module | None) -> None:
        name = plain_name(module_id, 40)
        if module is not None:
            body = f"<strong>{escape(name)}</strong> {escape(module_line(module))}"
        else:
            body = escape(strings.PATHWAY_NOT_IN_CATALOGUE.format(id=name))
        self.text.value = f"<span>{position}. {body}</span>"
        # Each button names its module: that is its accessible name, and "Up" alone would repeat on every row.
        self.up.description = strings.PATHWAY_UP.format(id=name)
        self.down.description = strings.PATHWAY_DOWN.format(id=name)
        self.remove.description = strings.PATHWAY_REMOVE.format(id=name)
        self.up.tooltip = strings.PATHWAY_UP_TOOLTIP.format(id=name)
        self.down.tooltip = strings.PATHWAY_DOWN_TOOLTIP.format(id=name)
        self.remove.tooltip = strings.PATHWAY_REMOVE_TOOLTIP.format(id=name)
        self.up.disabled = position == 1
        self.down.disabled = position == count

    def close(self) -> None:
        for widget in (self.text, self.up, self.down, self.remove, self.box):
            widget.close()


class PathwayBuilder(Answer):
    """Add modules from the catalogue; order them with Up and Down; take them out with Remove."""

    def __init__(self, step_id: str, prompt_id: str, journal: Journal | None = None, *,
                 catalogue: Mapping[str, Module] | None = None, provider_labels: Mapping[str, str] | None = None):
        if catalogue is None or provider_labels is None:
            from .. import activity_data  # the data tables: read once per kernel

            catalogue = activity_data.catalogue() if catalogue is None else catalogue
            if provider_labels is None:
                provider_labels = {pid: p.label for pid, p in activity_data.providers().items()}
        self.catalogue, self.provider_labels = dict(catalogue), dict(provider_labels)
        self.pathway: list[str] = []
        self.slots: list[_Slot] = []
        super().__init__(step_id, prompt_id, journal)

    def _build_controls(self) -> list[widgets.Widget]:
        looks = self.looks = _Looks()
        self.message = widgets.HTML()
        self.listing = widgets.VBox()
        self.empty = widgets.HTML(f"<p><em>{escape(strings.PATHWAY_NONE_YET)}</em></p>")
        self.add_buttons: dict[str, widgets.Button] = {}
        self.lines: dict[str, widgets.HTML] = {}  # each module's line, with where it stands in the pathway
        self._line_modules: dict[str, Module] = {}
        self.catalogue_rows: list[widgets.Widget] = []
        self._inner: list[widgets.Widget] = []  # widgets inside rows, closed with the builder
        provider = None
        for module in self.catalogue.values():
            if module.provider != provider:
                provider = module.provider
                label = self.provider_labels.get(provider, plain_name(provider, 40))
                stacking = STACKING_WORDS.get(module.stacking, "")
                self.catalogue_rows.append(widgets.HTML(
                    f'<p style="margin: 0.6em 0 0.1em"><strong>{escape(label)}</strong>: {escape(stacking)}</p>',
                    layout=looks.line, style=looks.line_style))
            name = plain_name(module.id, 40)
            button = widgets.Button(description=strings.PATHWAY_ADD.format(id=name), layout=looks.button,
                                    style=looks.add_style,
                                    tooltip=strings.PATHWAY_ADD_TOOLTIP.format(id=name, title=plain_name(module.title, 60)))
            button.on_click(lambda _, module_id=module.id: self.add(module_id))
            line = widgets.HTML(self._line_html(module, None), layout=looks.line, style=looks.line_style)
            self.add_buttons[module.id], self.lines[module.id] = button, line
            self._line_modules[module.id] = module
            self.catalogue_rows.append(widgets.HBox([button, line], layout=looks.row))
            self._inner += [button, line]
        return []  # only the buttons change the answer

    def _layout(self) -> list[widgets.Widget]:
        return [widgets.HTML(f"<p><strong>{escape(self.prompt.text)}</strong></p>"), self.listing, self.message,
                widgets.HTML(f'<p style="margin: 0.8em 0 0.2em"><strong>{escape(strings.PATHWAY_CATALOGUE_HEADING)}'
                             f"</strong> {escape(strings.PATHWAY_CATALOGUE_HELP)}</p>"),
                *self.catalogue_rows]

    # --- the learner's actions -------------------------------------------------------
    def add(self, module_id: str) -> bool:
        """Put a catalogue module at the end of the pathway (once only); the focus stays on its button."""
        if module_id in self.pathway:
            self._say(strings.PATHWAY_ALREADY.format(id=plain_name(module_id, 40),
                                                     position=self.pathway.index(module_id) + 1))
            return False
        if len(self.pathway) >= kinds.MAX_PATHWAY:
            self._say(strings.PATHWAY_FULL.format(limit=kinds.MAX_PATHWAY), error=True)
            return False
        self.pathway.append(module_id)
        self._pathway_changed(strings.PATHWAY_ADDED.format(id=plain_name(module_id, 40), position=len(self.pathway)))
        return True

    def move(self, index: int, step: int) -> None:
        """Swap the module at ``index`` with its neighbour; the focus follows the module."""
        target = index + step
        if not (0 <= index < len(self.pathway) and 0 <= target < len(self.pathway)):
            return
        self.pathway[index], self.pathway[target] = self.pathway[target], self.pathway[index]
        self._pathway_changed(strings.PATHWAY_MOVED.format(id=plain_name(self.pathway[target], 40),
                                                           position=target + 1))
        slot = self.slots[target]  # the same button again, unless the module reached an end of the list
        button, other = (slot.up, slot.down) if step < 0 else (slot.down, slot.up)
        (other if button.disabled else button).focus()

    def remove(self, index: int) -> None:
        """Take the module at ``index`` out; the focus goes to the row that takes its place."""
        if not 0 <= index < len(self.pathway):
            return
        module_id = self.pathway.pop(index)
        self._pathway_changed(strings.PATHWAY_REMOVED.format(id=plain_name(module_id, 40)))
        if self.pathway:
            self.slots[min(index, len(self.pathway) - 1)].remove.focus()
        elif module_id in self.add_buttons:
            self.add_buttons[module_id].focus()

    # --- plumbing ----------------------------------------------------------------------
    def _say(self, message: str, *, error: bool = False) -> None:
        self.message.value = status_html(message, error=error)

    def _pathway_changed(self, message: str) -> None:
        self._show()
        self._say(message)
        self._changed(self._read())
        self.save()

    def _show(self) -> None:
        """Relabel the rows in place (adding or closing only the rows the length asks for)."""
        while len(self.slots) < len(self.pathway):
            self.slots.append(_Slot(self, len(self.slots)))
        while len(self.slots) > len(self.pathway):
            self.slots.pop().close()
        for position, (slot, module_id) in enumerate(zip(self.slots, self.pathway), start=1):
            slot.show(position, len(self.pathway), module_id, self.catalogue.get(module_id))
        self.listing.children = [slot.box for slot in self.slots] or [self.empty]
        positions = {module_id: n for n, module_id in enumerate(self.pathway, start=1)}
        for module_id, line in self.lines.items():
            line.value = self._line_html(self._line_modules[module_id], positions.get(module_id))

    @staticmethod
    def _line_html(module: Module, position: int | None) -> str:
        """A catalogue row's text, and its place in the pathway when it has one."""
        text = f"<span>{escape(module_line(module))}</span>"
        if position is None:
            return text
        return f"{text} <em>{escape(strings.PATHWAY_IN_PATHWAY.format(position=position))}</em>"

    def _read(self) -> Any:
        return list(self.pathway) or None

    def _write(self, value: Any) -> None:
        self.pathway = [str(item) for item in value] if isinstance(value, list) else []
        self._show()

    def close(self) -> None:
        super().close()
        for widget in [*self._inner, self.empty]:
            widget.close()
        for slot in self.slots:
            slot.close()
        self.looks.close()
