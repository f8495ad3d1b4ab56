"""What notebook 03 shows: the groups, the examples, the heat map, the definitions and the surveys.

Facts come from ``data/`` as tables with their status and source; the
reasoning comes from :mod:`course_helpers.stakeholders` and the heat map from
:mod:`course_helpers.plots`. The live views follow the ``judgements`` grid:

* :func:`judgement_map`: the heat map of the grid with its text description;
* :func:`viewpoint_contrasts`: where the viewpoints disagree, and which two differ most;
* :func:`definition_reveal`: the 2022 definitions and our reading of the
  examples behind a button, then the learner's grid beside the EU definition.

Notebook factories go through ``step.keep`` so that re-running a cell
replaces the view instead of adding a listener.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

from matplotlib.figure import Figure

from . import data, plots, stakeholders, strings
from .feedback import Reveal
from .figures import FigureOnceAnswered
from .live_text import AnswerText
from .tables import Table, facts_table_html
from .text import and_list, status_html

if TYPE_CHECKING:
    from .session import StepSession

GRID = "judgements"
CONTRASTS_SHOWN = 3  # pairs of viewpoints listed under the one that differs most
COMPARED_DEFINITION = "EU 2022"  # the working definition of 00 paraphrases it
FIT_DEFINITIONS = ("EU 2022", "UNESCO 2022")


# ------------------------------------------------------------------ names


@lru_cache(maxsize=None)
def _names(table: str, column: str) -> tuple[tuple[str, str], ...]:
    frame = data.load(table)
    return tuple(zip(frame["id"], frame[column]))


def viewpoint_names(column: str = "short") -> dict[str, str]:
    """The groups' names by id: ``short`` for the heat map, ``name`` in sentences."""
    return dict(_names("stakeholders", column))


def example_names(column: str = "short") -> dict[str, str]:
    """The examples' names by id (``short`` everywhere the learner judges them)."""
    return dict(_names("example_credentials", column))


def viewpoint_notes() -> dict[str, str]:
    """For the grid, under each viewpoint's heading: what that group tends to need (sourced in the table above)."""
    frame = data.load("stakeholders")
    return {row["id"]: strings.VIEWPOINT_NOTE.format(needs=stakeholders.mid_sentence(str(row["needs"])))
            for row in frame.to_dict("records")}


# ------------------------------------------------------------------ tables


def stakeholders_table() -> Table:
    """The five groups: what they do with credentials and what they tend to need."""
    rows = data.load("stakeholders").to_dict("records")
    group, role, needs = strings.STAKEHOLDERS_COLUMNS
    caption = strings.STAKEHOLDERS_CAPTION
    return Table(facts_table_html(rows, {group: "name", role: "role", needs: "needs"}, caption=caption,
                                  row_header=group), caption)


def stakeholder_context_table() -> Table:
    """One more fact about each group, with its own status and source."""
    rows = [{**row, "source": row["context_source"], "verification": row["context_verification"]}
            for row in data.load("stakeholders").to_dict("records")]
    group, fact = strings.CONTEXT_COLUMNS
    caption = strings.CONTEXT_CAPTION
    return Table(facts_table_html(rows, {group: "name", fact: "context"}, caption=caption, row_header=group),
                 caption)


def examples_table() -> Table:
    """The eight illustrative credentials the learner judges (every row an interpretation)."""
    rows = data.load("example_credentials").to_dict("records")
    example, what, size, issuer, category = strings.EXAMPLES_COLUMNS
    columns = {example: "short", what: "what_it_is", size: "size", issuer: "issuer_kind", category: "microbol_category"}
    caption = strings.EXAMPLES_CAPTION
    return Table(facts_table_html(rows, columns, caption=caption, row_header=example), caption)


def _published(row: Mapping[str, Any]) -> str:
    date = row.get("date")
    when = str(date) if isinstance(date, str) and date else str(int(row["year"]))
    return strings.PUBLISHED.format(date=when, timing=row["relative_to_course"])


def definitions_table() -> Table:
    """Every definition, part by part, with when it appeared relative to the course."""
    rows = data.load("definitions").to_dict("records")
    name, part, text, published = strings.DEFINITIONS_COLUMNS
    columns = {name: "definition", part: "part", text: "text", published: _published}
    caption = strings.DEFINITIONS_CAPTION
    return Table(facts_table_html(rows, columns, caption=caption), caption)


def fit_table(definition: str) -> Table:
    """Our reading of each example against each part of ``definition`` (an interpretation, and labelled so)."""
    parts = stakeholders.definition_parts(data.load("definitions").to_dict("records"), definition)
    examples = data.load("example_credentials").to_dict("records")
    rows = stakeholders.fit_rows(examples, parts, name_column="short")
    fits = stakeholders.definition_fit(examples[0], parts)
    columns: dict[str, Any] = {strings.FIT_EXAMPLE: "example"}
    columns.update({strings.FIT_PART.format(n=f.part, label=f.label): f"part {f.part}" for f in fits})
    columns[strings.FIT_OVERALL] = "overall"
    caption = strings.FIT_CAPTION.format(definition=definition,
                                         timing=strings.TIMING_PHRASES[parts[0]["relative_to_course"]])
    return Table(facts_table_html(rows, columns, caption=caption, row_header=strings.FIT_EXAMPLE), caption)


def surveys_table() -> Table:
    """Who ran each survey behind the 'understanding' figures, who answered, and what to keep in mind."""
    rows = data.load("surveys").to_dict("records")
    survey, run_by, when, who, caveat = strings.SURVEYS_COLUMNS
    columns = {survey: "name", run_by: "run_by", when: "when", who: "respondents", caveat: "caveat"}
    caption = strings.SURVEYS_CAPTION
    return Table(facts_table_html(rows, columns, caption=caption, row_header=survey), caption)


# ------------------------------------------------------------------ live views


class JudgementMap(FigureOnceAnswered):
    """The heat map of the judgements grid, redrawn as the learner judges (a sentence until the first judgement)."""

    prompt_ids = (GRID,)
    placeholder = strings.HEATMAP_PLACEHOLDER

    def has_answers(self) -> bool:
        return bool(stakeholders.clean_grid(self.value(GRID), list(viewpoint_names()), list(example_names()))[0])

    def _draw(self) -> tuple[Figure, str]:
        return plots.judgement_heatmap(self.value(GRID), viewpoint_names(), example_names())


def judgement_map(step: "StepSession") -> JudgementMap:
    """Notebook 03: the live heat map of the ``judgements`` grid."""
    return step.keep("judgement_map", JudgementMap(step))


class ViewpointContrasts(AnswerText):
    """Where the viewpoints disagree most, and the pairs of viewpoints that differ most."""

    prompt_ids = (GRID,)
    heading = strings.CONTRASTS_HEADING

    def lines(self) -> list[str]:
        views, examples = viewpoint_names("name"), example_names()
        grid, notes = stakeholders.clean_grid(self.value_of(GRID), list(views), list(examples))
        items = stakeholders.disagreements(grid, list(views), list(examples))
        lines = [stakeholders.disagreement_summary(items, examples)]
        if not any(item.comparable for item in items):
            return lines + notes
        pairs = [p for p in stakeholders.pair_contrasts(grid, list(views), list(examples)) if p.differing]
        lines.append(stakeholders.pair_summary(pairs, views, examples))
        if len(pairs) > 1:
            lines.append(strings.PAIRS_INTRO)
            lines += [strings.PAIR_LINE.format(
                a=views[p.first], b=views[p.second], count=len(p.differing), shared=p.shared,
                examples=and_list([stakeholders.mid_sentence(examples[e]) for e in p.differing]))
                for p in pairs[1:1 + CONTRASTS_SHOWN]]
        return lines + notes


def viewpoint_contrasts(step: "StepSession") -> ViewpointContrasts:
    """Notebook 03: the disagreement and the two viewpoints that differ most, in words."""
    return step.keep("viewpoint_contrasts", ViewpointContrasts(step))


class GridBesideDefinition(AnswerText):
    """Each viewpoint of the grid beside our reading of the EU 2022 definition, in words; never a score."""

    prompt_ids = (GRID,)
    heading = strings.COMPARISON_HEADING

    def lines(self) -> list[str]:
        rows = data.load("definitions").to_dict("records")
        parts = stakeholders.definition_parts(rows, COMPARED_DEFINITION)
        examples = {r["id"]: r for r in data.load("example_credentials").to_dict("records")}
        fits = {eid: stakeholders.definition_fit(row, parts) for eid, row in examples.items()}
        names, short = viewpoint_names("name"), example_names()
        grid, notes = stakeholders.clean_grid(self.value_of(GRID), list(names), list(examples))
        timing = parts[0]["relative_to_course"]
        lines = [strings.COMPARISON_NOTE]
        lines += ["- " + stakeholders.compare_with_definition(grid, sid, name, fits, short, COMPARED_DEFINITION, timing)
                  for sid, name in names.items()]
        return lines + notes


class _DefinitionTables(Table):
    """The definitions and our reading of the examples, built only when the learner opens them."""

    def __init__(self) -> None:  # no html yet: see the property
        self.caption = strings.DEFINITIONS_CAPTION
        self._html: str | None = None

    @property
    def html(self) -> str:  # type: ignore[override]
        if self._html is None:
            self._html = "".join(t.html for t in (definitions_table(), *(fit_table(d) for d in FIT_DEFINITIONS)))
        return self._html


class DefinitionReveal(Reveal):
    """The definitions and our reading of the examples behind a button; then the grid beside the EU definition.

    The note counts the cells judged so far; the button works at any time.
    Nothing behind the button is built before it is pressed.
    """

    def __init__(self, session: "StepSession"):
        self.comparison: GridBesideDefinition | None = None
        super().__init__(session, _DefinitionTables(), (GRID,), strings.REVEAL_DEFINITIONS_BUTTON)

    def show(self) -> None:
        super().show()
        if self.comparison is None:
            self.comparison = GridBesideDefinition(self.session)
            self.children = (*self.children, self.comparison)

    def _answered(self) -> int:
        value = self.session.value(GRID)
        return sum(len(cells) for cells in value.values() if isinstance(cells, dict)) if isinstance(value, dict) else 0

    def _count(self) -> None:
        total = len(viewpoint_names()) * len(example_names())
        self.note.value = status_html(strings.REVEAL_JUDGED_NOTE.format(done=self._answered(), total=total))

    def close(self) -> None:
        if self.comparison is not None:
            self.comparison.close()
        super().close()


def definition_reveal(step: "StepSession") -> DefinitionReveal:
    """Notebook 03: the 2022 definitions (later than the course) and the grid beside them, after judging."""
    return step.keep("definition_reveal", DefinitionReveal(step))


__all__ = ["DefinitionReveal", "GridBesideDefinition", "JudgementMap", "ViewpointContrasts", "definition_reveal",
           "definitions_table", "example_names", "examples_table", "fit_table", "judgement_map",
           "stakeholder_context_table", "stakeholders_table", "surveys_table", "viewpoint_contrasts",
           "viewpoint_names", "viewpoint_notes"]
