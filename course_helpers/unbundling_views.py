"""Notebook 05, first half: the terms with their sources, and the module taken apart.

* Tables: :func:`concepts_table` (the terms of the step, each with its status
  and source), :func:`eciu_types_table`, :func:`parts_table` and
  :func:`providers_table` (the fictional module and providers, labelled as
  the companion authors' invention).
* Live views of the ``unbundled_module`` answer: :func:`module_grid` (who
  designs, delivers and awards, as a figure with its description) and
  :func:`arrangement_text` (the verdict, each provider's jobs, and what the
  arrangement would need).

The reasoning is :mod:`course_helpers.unbundling`'s; this module only reads
answers and shows them. Pathways and counting live in :mod:`.pathway_views`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from matplotlib.figure import Figure

from . import activity_data, plots, strings, unbundling
from .figures import FigureOnceAnswered
from .live_text import AnswerText
from .tables import Table, facts_table_html

if TYPE_CHECKING:
    from .session import StepSession

ASSIGNMENT_PROMPT = "unbundled_module"


# --------------------------------------------------------------------------- tables

def concepts_table(ids: Sequence[str] | None = None, caption: str = strings.CONCEPTS_CAPTION) -> Table:
    """The terms of step 05 (``unbundling_concepts.csv``), those with ``ids`` in their order, or all."""
    rows = activity_data.rows("unbundling_concepts")
    if ids is not None:
        by_id = {row["id"]: row for row in rows}
        rows = [by_id[i] for i in ids]
    term, meaning = strings.CONCEPTS_COLUMNS
    return Table(facts_table_html(rows, {term: "term", meaning: "meaning"}, caption=caption, row_header=term), caption)


def eciu_types_table() -> Table:
    """ECIU University's three types of micro-credential."""
    number, name, meaning = strings.ECIU_COLUMNS
    caption = strings.ECIU_CAPTION
    return Table(facts_table_html(activity_data.rows("eciu_microcredential_types"),
                                  {number: "number", name: "name", meaning: "meaning"}, caption=caption,
                                  row_header=name), caption)


def parts_table() -> Table:
    """The five parts of the fictional module, with the role each plays."""
    part, role, covers, example = strings.PARTS_COLUMNS
    caption = strings.PARTS_CAPTION
    columns = {part: "part", role: lambda r: strings.ROLE_WORDS.get(str(r["role"]), str(r["role"])),
               covers: "covers", example: "example"}
    return Table(facts_table_html(activity_data.rows("module_parts"), columns, caption=caption, row_header=part),
                 caption)


def providers_table() -> Table:
    """The four fictional providers, what kind each is, and how an award counts its credit."""
    name, kind, described = strings.PROVIDERS_COLUMNS
    caption = strings.PROVIDERS_CAPTION
    columns = {name: "name", kind: lambda r: strings.PROVIDER_KIND_WORDS.get(str(r["kind"]), str(r["kind"])),
               described: "description"}
    return Table(facts_table_html(activity_data.rows("providers"), columns, caption=caption, row_header=name), caption)


# --------------------------------------------------------------------------- live views

def _assignment(session: "StepSession") -> unbundling.Assignment:
    """The answer as the learner sees it (a value that does not fit the kind reads as none)."""
    assignment, _ = unbundling.normalise(session.value(ASSIGNMENT_PROMPT), activity_data.module_parts(),
                                         activity_data.providers())
    return assignment


class ModuleGrid(FigureOnceAnswered):
    """The module's parts against the providers, redrawn as the learner ticks (a sentence until the first tick)."""

    prompt_ids = (ASSIGNMENT_PROMPT,)
    placeholder = strings.GRID_PLACEHOLDER

    def has_answers(self) -> bool:
        return bool(_assignment(self.session))

    def _draw(self) -> tuple[Figure, str]:
        assignment = _assignment(self.session)
        return plots.unbundled_module(assignment, activity_data.module_parts(), activity_data.providers())


class ArrangementText(AnswerText):
    """The verdict (co-construction, co-delivery, both or neither), each provider's jobs, and the needs."""

    prompt_ids = (ASSIGNMENT_PROMPT,)
    heading = strings.ARRANGEMENT_HEADING

    def lines(self) -> list[str]:
        parts, providers = activity_data.module_parts(), activity_data.providers()
        assignment = _assignment(self.session)
        arrangement = unbundling.classify(assignment, parts, providers)
        lines = [arrangement.explanation]
        if assignment:
            lines.append(strings.ARRANGEMENT_BY_PROVIDER)
            lines += [f"- {line}" for line in unbundling.by_provider(assignment, parts, providers)]
            lines.append(strings.ARRANGEMENT_NEEDS)
            lines += [f"- {need.sentence}" for need in unbundling.needs(assignment, parts, providers,
                                                                          activity_data.need_rules())]
        return lines


def module_grid(step: "StepSession") -> ModuleGrid:
    """Notebook 05: the live grid of the ``unbundled_module`` answer."""
    return step.keep("module_grid", ModuleGrid(step))


def arrangement_text(step: "StepSession") -> ArrangementText:
    """Notebook 05: what the arrangement is, who does what, and what it would need."""
    return step.keep("arrangement_text", ArrangementText(step))
