"""Answer widgets bound to the journal: one per prompt kind of the manifest.

* :mod:`.base`: :class:`Answer`, what every widget shares (restore, autosave, status line);
* :mod:`.simple`: reflection, line, rating, choice, placement;
* :mod:`.composite`: grids of judgements, rankings and picks;
* :mod:`.forms`: forms and lists of records;
* :mod:`.links`: 04's links from critiques to drivers;
* :mod:`.unbundling`, :mod:`.pathway`: 05's module taken apart, pathway builder and counting settings;
* :mod:`.ecology`: 06's own credentials and the links between them;
* :mod:`.credential`: the audit form of notebook 07 (kind ``credential``).
"""
from __future__ import annotations

from typing import Any

from ..course import prompt as find_prompt
from ..journal import Journal
from .base import Answer, flush_all, local_time
from .composite import Grid, Picks, Ranking
from .credential import CredentialForm
from .ecology import Credentials, Interfaces
from .forms import Form, Records
from .links import Links
from .pathway import PathwayBuilder
from .simple import MAX_ROWS, MIN_ROWS, Choice, Line, Placement, Rating, Reflection, placed_point, rows_for
from .unbundling import Assignment, ChoiceCount

ANSWER_CLASSES: dict[str, type[Answer]] = {
    "reflection": Reflection,
    "line": Line,
    "rating": Rating,
    "choice": Choice,
    "placement": Placement,
    "grid": Grid,
    "ranking": Ranking,
    "picks": Picks,
    "form": Form,
    "records": Records,
    "links": Links,
    "assignment": Assignment,
    "pathway": PathwayBuilder,
    "choice_count": ChoiceCount,
    "credentials": Credentials,
    "interfaces": Interfaces,
    "credential": CredentialForm,
}


def answer(step_id: str, prompt_id: str, journal: Journal | None = None, **options: Any) -> Answer:
    """The right widget for a prompt of the manifest, bound to the journal.

    ``options`` go to the widget (for instance ``check=`` for a list of records).
    """
    kind = find_prompt(step_id, prompt_id).kind
    return ANSWER_CLASSES[kind](step_id, prompt_id, journal, **options)


__all__ = ["ANSWER_CLASSES", "Answer", "Assignment", "Choice", "ChoiceCount", "CredentialForm", "Credentials", "Form",
           "Grid", "Interfaces", "Line", "Links", "MAX_ROWS", "MIN_ROWS", "PathwayBuilder", "Picks", "Placement",
           "Ranking", "Rating", "Records", "Reflection", "answer", "flush_all", "local_time", "placed_point",
           "rows_for"]
