"""Answer widgets of notebook 05 (the pathway builder has a module of its own, :mod:`.pathway`).

* :class:`Assignment`: who takes each part of a module; a row of check boxes
  (one per provider) for every part, so a part can have one provider or
  several who share it. Value ``{part: [provider, ...]}``.
* :class:`ChoiceCount`: the catalogue size and pathway length for counting
  pathways, typed as numbers ("50,000" is fine). A number out of range or not
  a number is told in a sentence and not saved; the figure keeps the last
  settings that were. Value ``{"catalogue_size": n, "length": k}``.

Keyboard only: Tab to a box, Space to tick it; text fields take typing.
"""
from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

import ipywidgets as widgets

from .. import counting, strings, unbundling
from ..journal import Journal
from ..text import escape
from .base import Answer

PART_STYLE = "margin: 0.6em 0 0.1em"
NUMBER_STYLE = {"description_width": "16em"}


def _heading(text: str) -> widgets.HTML:
    return widgets.HTML(f'<p style="{PART_STYLE}"><strong>{escape(text)}</strong></p>')


class Assignment(Answer):
    """For every part of the module, a check box per provider: tick one, or several who share the part."""

    def __init__(self, step_id: str, prompt_id: str, journal: Journal | None = None, *,
                 parts: Sequence[unbundling.Part] | None = None,
                 providers: Mapping[str, unbundling.Provider] | None = None):
        if parts is None or providers is None:
            from .. import activity_data  # the data tables: read once per kernel

            parts = activity_data.module_parts() if parts is None else parts
            providers = activity_data.providers() if providers is None else providers
        self.parts, self.providers = tuple(parts), dict(providers)
        super().__init__(step_id, prompt_id, journal)

    def _build_controls(self) -> list[widgets.Widget]:
        self._cells: list[tuple[str, str]] = []
        controls = []
        for part in self.parts:
            for provider in self.providers.values():
                # The label names the part too: it is the box's accessible name, and five boxes per provider
                # would otherwise all read "Norvale University" to a screen reader.
                controls.append(widgets.Checkbox(
                    value=False, description=strings.ASSIGN_LABEL.format(part=part.name, provider=provider.name),
                    indent=False, layout=widgets.Layout(width="auto", margin="2px 1.5em 2px 0")))
                self._cells.append((part.id, provider.id))
        return controls

    def _layout(self) -> list[widgets.Widget]:
        shown: list[widgets.Widget] = [_heading(self.prompt.text),
                                       widgets.HTML(f"<p>{escape(strings.ASSIGN_HELP)}</p>")]
        per_part = len(self.providers)
        for index, part in enumerate(self.parts):
            role = strings.ROLE_WORDS.get(part.role, part.role)
            shown.append(widgets.HTML(f'<p style="{PART_STYLE}"><strong>{escape(part.name)}</strong> '
                                      f"({escape(role)}): {escape(part.covers)}</p>"))
            shown.append(widgets.HBox(self.controls[index * per_part:(index + 1) * per_part],
                                      layout=widgets.Layout(flex_flow="row wrap")))
        return shown

    def _read(self) -> Any:
        value: dict[str, list[str]] = {}
        for (part, provider), control in zip(self._cells, self.controls):
            if control.value:
                value.setdefault(part, []).append(provider)
        return value or None

    def _write(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for (part, provider), control in zip(self._cells, self.controls):
            chosen = value.get(part)
            chosen = [chosen] if isinstance(chosen, str) else chosen if isinstance(chosen, list) else []
            control.value = provider in chosen


# --------------------------------------------------------------------------- counting pathways

def parse_whole(text: str) -> int | None:
    """'50,000', '50 000', '1000' -> a whole number; anything else (signs, decimals, words) -> None."""
    cleaned = re.sub(r"[\s,_'\u00a0\u202f]", "", text)
    return int(cleaned) if re.fullmatch(r"\d{1,9}", cleaned) else None


def settings_problem(size_text: str, length_text: str) -> str | None:
    """Why the two typed settings cannot be counted yet, in one sentence; None when they can."""
    size_text, length_text = size_text.strip(), length_text.strip()
    if not size_text or not length_text:
        return strings.CHOICE_BOTH_NEEDED
    size, length = parse_whole(size_text), parse_whole(length_text)
    if size is None or not 1 <= size <= counting.MAX_CATALOGUE:
        return strings.COUNT_BAD_SIZE.format(limit=counting.MAX_CATALOGUE, value=f"'{size_text[:20]}'")
    if length is None or not 1 <= length <= counting.MAX_LENGTH:
        return strings.COUNT_BAD_LENGTH.format(limit=counting.MAX_LENGTH, value=f"'{length_text[:20]}'")
    return None


class ChoiceCount(Answer):
    """Two numbers: how many modules the catalogue holds and how many a pathway takes.

    A number counts when the learner presses Enter or leaves the field (Tab):
    the figure is not redrawn for every digit on the way to "50,000".
    """

    def _build_controls(self) -> list[widgets.Widget]:
        self._last_counted: dict[str, int] | None = None
        self.size_box = widgets.Text(description=strings.CHOICE_SIZE_LABEL, placeholder=strings.CHOICE_SIZE_EXAMPLE,
                                     style=NUMBER_STYLE, layout=widgets.Layout(width="32em"),
                                     continuous_update=False)
        self.length_box = widgets.Text(description=strings.CHOICE_LENGTH_LABEL,
                                       placeholder=strings.CHOICE_LENGTH_EXAMPLE, style=NUMBER_STYLE,
                                       layout=widgets.Layout(width="32em"), continuous_update=False)
        return [self.size_box, self.length_box]

    def _layout(self) -> list[widgets.Widget]:
        return [_heading(self.prompt.text), widgets.HTML(f"<p>{escape(strings.CHOICE_HELP)}</p>"), *self.controls]

    def _typed(self) -> tuple[str, str]:
        return self.size_box.value, self.length_box.value

    def _input_problem(self) -> str | None:
        size_text, length_text = self._typed()
        if not size_text.strip() and not length_text.strip():
            return None  # both empty: the answer is cleared
        problem = settings_problem(size_text, length_text)
        return None if problem is None else problem.rstrip(".")  # the status line adds its own full stop

    def _read(self) -> Any:
        """The typed settings when they can be counted; while they cannot, the last ones that could."""
        size_text, length_text = self._typed()
        if not size_text.strip() and not length_text.strip():
            self._last_counted = None
        elif settings_problem(size_text, length_text) is None:
            self._last_counted = {"catalogue_size": parse_whole(size_text), "length": parse_whole(length_text)}
        return None if self._last_counted is None else dict(self._last_counted)

    def _write(self, value: Any) -> None:
        if isinstance(value, dict) and "catalogue_size" in value and "length" in value:
            self.size_box.value, self.length_box.value = f"{value['catalogue_size']:,}", str(value["length"])
            self._last_counted = {"catalogue_size": value["catalogue_size"], "length": value["length"]}
        else:
            self.size_box.value = self.length_box.value = ""
            self._last_counted = None
