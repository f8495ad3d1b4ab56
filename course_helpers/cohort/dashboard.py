"""The class dashboard as a list of panels, step by step.

A :class:`Panel` is a title, an optional figure with its text description, an
optional table of strings and an optional list of reflections (shared by
consent, in alphabetical order, never with an id). Nothing here is HTML:
:mod:`.export` and the facilitator notebook render panels, escaping every
string.

Each step gets its panels from a builder registered in :data:`STEP_PANELS`;
a step without one gets :func:`generic_panels`, built from its prompts'
kinds, so a new step shows up on the dashboard as soon as it is in the
manifest. Giving a step a figure of its own is adding one function::

    @panels_for("07")
    def _blocks(step, aggregates, k): ...
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from matplotlib.figure import Figure

from .. import plots, strings
from ..course import Step
from ..vocabulary import CAMILLERI_IDS, camilleri_names
from ..plots.class_grid import ClassCell, class_judgements
from ..vocabulary import NO_DRIVER
from .aggregate import (Aggregate, ClassAggregates, CountSummary, DistributionSummary, GridSummary, LinksSummary,
                        PlacementSummary, RankingSummary, TextSummary)


@dataclass(frozen=True)
class Panel:
    """One block of the dashboard; every string is plain text (escape it when rendering)."""

    step: str
    title: str
    description: str = ""  # what the figure (or the table) shows, in words
    figure: Figure | None = field(default=None, compare=False)
    table: tuple[tuple[str, ...], ...] = ()  # the first row is the header
    texts: tuple[str, ...] = ()  # reflections shared by consent
    note: str = ""


PanelBuilder = Callable[[Step, Sequence[Aggregate], int], list[Panel]]
STEP_PANELS: dict[str, PanelBuilder] = {}


def panels_for(step_id: str) -> Callable[[PanelBuilder], PanelBuilder]:
    """Register the function that builds one step's panels."""
    def register(builder: PanelBuilder) -> PanelBuilder:
        STEP_PANELS[step_id] = builder
        return builder
    return register


def build_panels(aggregates: ClassAggregates) -> list[Panel]:
    """Every step's panels, in manifest order; a step with nothing publishable gets one short panel."""
    panels: list[Panel] = []
    for step in aggregates.steps:
        step_aggregates = aggregates.by_step.get(step.id, [])
        if not step_aggregates:
            continue
        title = strings.COHORT_STEP_TITLE.format(step=step.id, title=step.title)
        if all(a.suppressed for a in step_aggregates):
            panels.append(Panel(step.id, title, note=strings.COHORT_STEP_NOTHING.format(k=aggregates.k)))
            continue
        builder = STEP_PANELS.get(step.id, generic_panels)
        panels.extend(builder(step, step_aggregates, aggregates.k))
    return panels


def learners_line(aggregates: ClassAggregates) -> str:
    if aggregates.learners is None:
        return strings.COHORT_TOO_FEW_LEARNERS.format(k=aggregates.k)
    return strings.COHORT_LEARNERS.format(n=aggregates.learners, k=aggregates.k)


# --- turning aggregates into what the figures take ------------------------------------------

def quartiles(aggregate: Aggregate | None) -> plots.Quartiles | None:
    if not isinstance(aggregate, DistributionSummary) or aggregate.suppressed or aggregate.median is None:
        return None
    low, high = aggregate.quartiles
    return plots.Quartiles(aggregate.median, low, high, aggregate.n)


def class_point(aggregate: Aggregate | None) -> plots.ClassPoint | None:
    if not isinstance(aggregate, PlacementSummary) or aggregate.suppressed:
        return None
    return plots.ClassPoint(aggregate.centre, aggregate.spread, aggregate.n)


def count_cell(count: int | None) -> str:
    return strings.COHORT_HIDDEN if count is None else str(count)


def n_cell(aggregate: Aggregate, k: int) -> str:
    return strings.COHORT_FEWER.format(k=k) if aggregate.suppressed else str(aggregate.n)


# --- panels any step can have ----------------------------------------------------------------

def generic_panels(step: Step, aggregates: Sequence[Aggregate], k: int) -> list[Panel]:
    """Panels from the prompts' kinds: ratings together, then choices, rankings, placements, counts, texts."""
    panels: list[Panel] = []
    ratings = [a for a in aggregates if a.kind == "rating"]
    if ratings:
        panels.append(ratings_panel(step, ratings, k))
    for aggregate in aggregates:
        if aggregate.suppressed and aggregate.kind != "reflection":
            continue
        if isinstance(aggregate, DistributionSummary) and aggregate.kind == "choice":
            panels.append(choice_panel(step, aggregate, k))
        elif isinstance(aggregate, RankingSummary):
            panels.append(ranking_panel(step, aggregate, k))
        elif isinstance(aggregate, PlacementSummary):
            panels.append(placement_table_panel(step, [aggregate], k))
        elif isinstance(aggregate, GridSummary):
            panels += grid_panels(step, aggregate, k)
        elif isinstance(aggregate, LinksSummary):
            panels.append(links_panel(step, aggregate, k))
        elif isinstance(aggregate, CountSummary):
            panels.append(Panel(step.id, aggregate.prompt.text,
                                note=strings.COHORT_ANSWERED.format(n=aggregate.n)))
    panels += text_panels(step, aggregates, k)
    return panels


def ratings_panel(step: Step, ratings: Sequence[Aggregate], k: int, title: str | None = None) -> Panel:
    """All of a step's ratings in one figure (median and middle half), with the counts as a table."""
    scales = {_scale(a) for a in ratings}
    scale = scales.pop() if len(scales) == 1 else strings.COHORT_MIXED_SCALE
    figure, description = plots.class_medians(title or strings.COHORT_RATINGS_TITLE.format(step=step.id),
                                              [(a.prompt.text, quartiles(a)) for a in ratings], scale, k)
    header = (strings.COHORT_COLUMN_QUESTION, *(str(v) for v in range(1, 6)), strings.COHORT_COLUMN_N)
    rows = [header]
    for aggregate in ratings:
        if aggregate.suppressed or aggregate.all_hidden:
            rows.append((aggregate.prompt.text, *([strings.COHORT_HIDDEN] * 5), n_cell(aggregate, k)))
        else:
            rows.append((aggregate.prompt.text, *(count_cell(c.count) for c in aggregate.categories),
                         n_cell(aggregate, k)))
    return Panel(step.id, title or strings.COHORT_RATINGS_TITLE.format(step=step.id), description, figure,
                 tuple(rows), note=strings.COHORT_HIDDEN_NOTE.format(k=k))


def _scale(aggregate: Aggregate) -> tuple[str, str]:
    prompt = aggregate.prompt
    low = prompt.low.split("=", 1)[-1].strip() or "low"
    high = prompt.high.split("=", 1)[-1].strip() or "high"
    return low, high


def choice_panel(step: Step, aggregate: DistributionSummary, k: int) -> Panel:
    categories = [(c.label, c.count) for c in aggregate.categories]
    figure, description = plots.class_counts(aggregate.prompt.text, categories, aggregate.n, k)
    return Panel(step.id, aggregate.prompt.text, description, figure, note=strings.COHORT_HIDDEN_NOTE.format(k=k))


def ranking_panel(step: Step, aggregate: RankingSummary, k: int) -> Panel:
    options = [(o.label, o.mean_rank, o.spread, o.n) for o in aggregate.options]
    figure, description = plots.class_ranking(aggregate.prompt.text, options, k)
    return Panel(step.id, aggregate.prompt.text, description, figure)


def placement_table_panel(step: Step, placements: Sequence[Aggregate], k: int) -> Panel:
    rows = [(strings.COHORT_COLUMN_POINT, strings.COHORT_COLUMN_CENTRE, strings.COHORT_COLUMN_SPREAD,
             strings.COHORT_COLUMN_N)]
    for aggregate in placements:
        point = class_point(aggregate)
        name = aggregate.prompt.short or aggregate.prompt.text
        if point is None:
            rows.append((name, strings.COHORT_HIDDEN, strings.COHORT_HIDDEN, n_cell(aggregate, k)))
        else:
            rows.append((name, f"{point.centre[0]:.1f}, {point.centre[1]:.1f}",
                         f"{point.spread[0]:.1f}, {point.spread[1]:.1f}", str(point.n)))
    return Panel(step.id, strings.COHORT_PLACEMENTS_TITLE.format(step=step.id),
                 strings.COHORT_PLACEMENTS_DESCRIPTION, table=tuple(rows))


def text_panels(step: Step, aggregates: Sequence[Aggregate], k: int) -> list[Panel]:
    """One panel per written prompt that enough learners shared; the others say so in one line."""
    panels = []
    for aggregate in aggregates:
        if not isinstance(aggregate, TextSummary):
            continue
        if aggregate.suppressed:
            panels.append(Panel(step.id, aggregate.prompt.text, note=strings.COHORT_TEXTS_FEW.format(k=k)))
        else:
            panels.append(Panel(step.id, aggregate.prompt.text, texts=aggregate.texts,
                                note=strings.COHORT_TEXTS_NOTE.format(n=aggregate.n)))
    return panels


# --- 03's grid of judgements and 04's links ------------------------------------------------------

MARKED_DIFFERENCES = 3  # how many examples the heat map frames as those the groups differ on most


def grid_panels(step: Step, aggregate: GridSummary, k: int) -> list[Panel]:
    """A class heat map (share answering the first answer, "yes"), every cell as counts, and where rows differ most."""
    prompt = aggregate.prompt
    groups = {value: label for label, value in prompt.items}
    examples = {value: label for label, value in prompt.columns}
    cells = {(c.row, c.column): ClassCell(c.share(0), c.n if c.share(0) is not None else None)
             for c in aggregate.cells}
    differences = aggregate.differences(0)
    marked = [d.column for d in differences if d.spread > 0][:MARKED_DIFFERENCES]
    figure, description = class_judgements(groups, examples, cells, marked, k)
    heat_map = Panel(step.id, strings.CJ_TITLE, description, figure, note=strings.COHORT_HIDDEN_NOTE.format(k=k))

    rows = [(strings.CJ_COLUMN_GROUP, strings.CJ_COLUMN_EXAMPLE, *(label for _, label in aggregate.answers),
             strings.COHORT_COLUMN_N)]
    for cell in aggregate.cells:
        counts = cell.counts or (None,) * len(aggregate.answers)
        rows.append((cell.row_label, cell.column_label, *(count_cell(c) for c in counts),
                     strings.COHORT_FEWER.format(k=k) if cell.n is None else str(cell.n)))
    table = Panel(step.id, strings.CJ_TABLE_TITLE.format(step=step.id), strings.CJ_TABLE_DESCRIPTION.format(k=k),
                  table=tuple(rows))

    if not differences:
        return [heat_map, table, Panel(step.id, strings.CJ_DIFFER_TITLE.format(step=step.id),
                                       note=strings.CJ_DIFFER_NONE)]
    gaps = [(strings.CJ_COLUMN_EXAMPLE, strings.CJ_COLUMN_GAP, strings.CJ_COLUMN_HIGHEST, strings.CJ_COLUMN_LOWEST)]
    gaps += [(d.column_label, f"{round(d.spread * 100)} points", f"{d.highest[0]} ({round(d.highest[1] * 100)}%)",
              f"{d.lowest[0]} ({round(d.lowest[1] * 100)}%)") for d in differences]
    return [heat_map, table, Panel(step.id, strings.CJ_DIFFER_TITLE.format(step=step.id),
                                   strings.CJ_DIFFER_DESCRIPTION, table=tuple(gaps))]


def links_panel(step: Step, aggregate: LinksSummary, k: int) -> Panel:
    """Critiques by drivers: how many linked each pair, by relation, as a table with every row in words too."""
    drivers = [(value, label) for label, value in aggregate.prompt.columns] + [(NO_DRIVER, strings.CL_NO_DRIVER)]
    header = (strings.CL_COLUMN_CRITIQUE, *(label for _, label in drivers), strings.COHORT_COLUMN_N)
    rows, lines = [header], [strings.CL_DESCRIPTION.format(k=k)]
    for row in aggregate.rows:
        if row.n is None or not row.counts:
            hidden = strings.COHORT_HIDDEN
            rows.append((row.label, *([hidden] * len(drivers)), strings.COHORT_FEWER.format(k=k) if row.n is None
                         else str(row.n)))
            line = (strings.CL_ROW_HIDDEN.format(critique=row.label, k=k) if row.n is None
                    else strings.CL_ROW_ALL_HIDDEN.format(critique=row.label, n=row.n))
            lines.append(f"- {line}")
            continue
        cells, parts = [], []
        for driver, label in drivers:
            cell = _link_cell([c for c in row.counts if c.driver == driver])
            cells.append(cell)
            if cell != strings.CL_NOBODY:
                parts.append(strings.CL_CELL.format(driver=label, parts=cell))
        rows.append((row.label, *cells, str(row.n)))
        lines.append("- " + strings.CL_ROW.format(critique=row.label, n=row.n,
                                                  parts="; ".join(parts) or strings.CL_NOBODY))
    return Panel(step.id, strings.CL_TITLE.format(step=step.id), "\n".join(lines), table=tuple(rows),
                 note=strings.COHORT_HIDDEN_NOTE.format(k=k))


def _link_cell(counts) -> str:
    """One driver's counts in words ("answers 6, pushes against hidden"); zeros left out; a dash for nobody."""
    if len(counts) == 1 and counts[0].relation is None:  # no driver: one count, no relation
        count = counts[0].count
        return strings.CL_NOBODY if count == 0 else count_cell(count)
    parts = [strings.CL_PART.format(relation=c.relation or strings.CL_NO_RELATION, count=count_cell(c.count))
             for c in counts if c.count != 0]
    return ", ".join(parts) or strings.CL_NOBODY


# --- steps with figures of their own ----------------------------------------------------------

@panels_for("01")
def holoniq_panels(step: Step, aggregates: Sequence[Aggregate], k: int) -> list[Panel]:
    """The class on HolonIQ's map (today, heading, preferred), the numbers as a table, the reflections."""
    placements = {a.prompt.id: a for a in aggregates if isinstance(a, PlacementSummary)}
    keys = {"place_today": "today", "place_heading": "heading", "place_preferred": "preferred"}
    points = {key: class_point(placements.get(prompt_id)) for prompt_id, key in keys.items()}
    figure, description = plots.class_holoniq(points, k)
    panels = [Panel(step.id, strings.COHORT_MAP_TITLE, description, figure),
              placement_table_panel(step, list(placements.values()), k)]
    others = [a for a in aggregates if not isinstance(a, (PlacementSummary, TextSummary))]
    return panels + (generic_panels(step, others, k) if others else []) + text_panels(step, aggregates, k)


@panels_for("02")
def camilleri_panels(step: Step, aggregates: Sequence[Aggregate], k: int) -> list[Panel]:
    """Camilleri's six on the probable-versus-preferable chart, the ratings, the mapping to HolonIQ, reflections."""
    by_id = {a.prompt.id: a for a in aggregates}
    ratings = {sid: (quartiles(by_id.get(f"likelihood_{sid}")), quartiles(by_id.get(f"desirability_{sid}")))
               for sid in CAMILLERI_IDS}
    figure, description = plots.class_probable_preferable(ratings, camilleri_names(), k)
    panels = [Panel(step.id, strings.COHORT_PROBABLE_TITLE, description, figure)]
    rated = [a for a in aggregates if a.kind == "rating"]
    if rated:
        panels.append(ratings_panel(step, rated, k))
    nearest = [by_id.get(f"nearest_{sid}") for sid in CAMILLERI_IDS]
    if any(a is not None and not a.suppressed for a in nearest):
        panels.append(_nearest_panel(step, [a for a in nearest if a is not None], k))
    return panels + text_panels(step, aggregates, k)


def _nearest_panel(step: Step, nearest: Sequence[Aggregate], k: int) -> Panel:
    """Which HolonIQ quadrant the class related each scenario to, as a table of counts."""
    first = next(a for a in nearest if isinstance(a, DistributionSummary))
    labels = [c.label for c in first.categories]
    rows = [(strings.COHORT_COLUMN_SCENARIO, *labels, strings.COHORT_COLUMN_N)]
    names = camilleri_names()
    lines = [strings.COHORT_NEAREST_DESCRIPTION]
    for aggregate, sid in zip(nearest, CAMILLERI_IDS):
        name = f"{sid} {names[sid]}"
        if aggregate.suppressed or aggregate.all_hidden:
            rows.append((name, *([strings.COHORT_HIDDEN] * len(labels)), n_cell(aggregate, k)))
            lines.append(f"- {name}: {strings.COHORT_FEWER.format(k=k)}")
            continue
        cells = [count_cell(c.count) for c in aggregate.categories]
        rows.append((name, *cells, str(aggregate.n)))
        lines.append(f"- {name}: " + "; ".join(f"{label} {cell}" for label, cell in zip(labels, cells)))
    return Panel(step.id, strings.COHORT_NEAREST_TITLE, "\n".join(lines), table=tuple(rows),
                 note=strings.COHORT_HIDDEN_NOTE.format(k=k))
