"""What notebook 04 shows: the drivers, the critiques, the learner's links and the critique to steelman.

Facts come from ``data/`` as tables with their status and source (the
statement is ours; the claim and its source are theirs). The reasoning comes
from :mod:`course_helpers.critiques`, the two-sided figure from
:mod:`course_helpers.plots`. The live views follow the ``links`` answer and
the ``evidence_*`` ratings:

* :func:`links_figure`: drivers on one side, critiques on the other, the links between them;
* :func:`steelman_panel`: the least convincing critique (to steelman) and the most convincing one.

Even-handed: nothing here marks a statement right or wrong.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

from matplotlib.figure import Figure

from . import critiques, data, plots, strings
from .figures import FigureOnceAnswered
from .live_text import AnswerText
from .tables import Table, facts_table_html, status_text
from .vocabulary import CRITIQUE_IDS

if TYPE_CHECKING:
    from .session import StepSession

LINKS = "links"
EVIDENCE = tuple(f"evidence_{cid}" for cid in CRITIQUE_IDS)


@lru_cache(maxsize=None)
def _titles(table: str) -> tuple[tuple[str, str], ...]:
    frame = data.load(table)
    return tuple(zip(frame["id"], frame["title"]))


def driver_titles() -> dict[str, str]:
    return dict(_titles("drivers"))


def critique_titles() -> dict[str, str]:
    return dict(_titles("critiques"))


def _who_when(row: Mapping[str, Any]) -> str:
    """'Leesa Wheelahan & Gavin Moodie (2021, in the course's year)': the work itself is in the Source column."""
    return strings.WHO_WHEN.format(authors=row["authors"], year=int(row["year"]), timing=row["relative_to_course"])


# ------------------------------------------------------------------ tables


def drivers_table() -> Table:
    """The drivers of growth: each statement in our words, with who names it and when (the work is the source)."""
    rows = data.load("drivers").to_dict("records")
    driver, says, who = strings.DRIVERS_COLUMNS
    columns = {driver: "title", says: "statement", who: _who_when}
    caption = strings.DRIVERS_CAPTION
    return Table(facts_table_html(rows, columns, caption=caption, row_header=driver), caption)


def _critique_status(row: Mapping[str, Any]) -> str:
    return strings.CRITIQUE_STATUS.format(main=status_text(str(row["verification"])))


def critiques_table() -> Table:
    """The critiques: statement, kind, who and when, and what the critics argue for (our reading)."""
    rows = data.load("critiques").to_dict("records")
    critique, says, kind, who, more = strings.CRITIQUES_COLUMNS
    columns = {critique: "title", says: "statement", kind: "kind", who: _who_when, more: "not_simply_against"}
    caption = strings.CRITIQUES_CAPTION
    return Table(facts_table_html(rows, columns, caption=caption, row_header=critique, status=_critique_status),
                 caption)


# ------------------------------------------------------------------ live views


def _ratings(value_of) -> dict[str, Any]:
    return {cid: value_of(f"evidence_{cid}") for cid in CRITIQUE_IDS}


class LinksFigure(FigureOnceAnswered):
    """Drivers, critiques and the learner's links between them, with each critique's evidence rating.

    Until a critique is linked or rated, a sentence stands in for the figure.
    """

    prompt_ids = (LINKS, *EVIDENCE)
    placeholder = strings.LINKS_PLACEHOLDER

    def has_answers(self) -> bool:
        titles = critique_titles()
        links, _ = critiques.clean_links(self.value(LINKS), list(titles), list(driver_titles()))
        ratings, _ = critiques.clean_ratings(_ratings(self.value), list(titles))
        return bool(ratings) or any(link.state != "not linked" for link in links.values())

    def _draw(self) -> tuple[Figure, str]:
        return plots.critique_links(self.value(LINKS), _ratings(self.value), driver_titles(), critique_titles())


def links_figure(step: "StepSession") -> LinksFigure:
    """Notebook 04: the live two-sided figure of the ``links`` answer and the ``evidence_*`` ratings."""
    return step.keep("links_figure", LinksFigure(step))


class SteelmanPanel(AnswerText):
    """Which critique to steelman (the least convincing), and where the ratings stand."""

    prompt_ids = EVIDENCE
    heading = strings.STEELMAN_HEADING

    def lines(self) -> list[str]:
        titles = critique_titles()
        ratings, notes = critiques.clean_ratings(_ratings(self.value_of), list(titles))
        target = critiques.steelman_target(ratings, list(titles), titles)
        lines = [target.message]
        if target.critique_id is not None:
            lines += critiques.ratings_summary(ratings, titles)
        return lines + notes


def steelman_panel(step: "StepSession") -> SteelmanPanel:
    """Notebook 04: the critique to steelman, named from the evidence ratings and following them."""
    return step.keep("steelman_panel", SteelmanPanel(step))
