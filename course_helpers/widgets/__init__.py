"""Answer widgets bound to the journal: one per prompt kind of the manifest.

* :mod:`.base`: :class:`Answer`, what every widget shares (restore, autosave, status line);
* :mod:`.simple`: reflection, line, rating, choice, placement;
* :mod:`.composite`: grids of judgements, rankings and picks;
* :mod:`.forms`: forms and lists of records;
* :mod:`.links`: 04's links from critiques to drivers;
* :mod:`.unbundling`, :mod:`.pathway`: 05's module taken apart, pathway builder and counting settings;
* :mod:`.ecology`: 06's own credentials and the links between them;
* :mod:`.credential`: the audit form of notebook 07 (kind ``credential``).

A widget module is imported only when a prompt of one of its kinds is answered: :func:`answer_class` and
:data:`ANSWER_CLASSES` map each kind to its class, and the classes' names are importable from here as before.
"""
from __future__ import annotations

from typing import Any, Iterator, Mapping

from ..course import prompt as find_prompt
from ..journal import Journal
from ..lazy import lazy_names
from .base import Answer, flush_all, local_time

# Each widget module is imported the first time a prompt of one of its kinds is answered (or one of its names is
# used): a notebook answers three or four kinds, and importing all nine modules, with the data modules behind
# them, cost every notebook's first cell about 20 ms.
_ANSWER_CLASS_NAMES: dict[str, tuple[str, str]] = {  # kind -> (module of this package, class)
    "reflection": ("simple", "Reflection"),
    "line": ("simple", "Line"),
    "rating": ("simple", "Rating"),
    "choice": ("simple", "Choice"),
    "placement": ("simple", "Placement"),
    "grid": ("composite", "Grid"),
    "ranking": ("composite", "Ranking"),
    "picks": ("composite", "Picks"),
    "form": ("forms", "Form"),
    "records": ("forms", "Records"),
    "links": ("links", "Links"),
    "assignment": ("unbundling", "Assignment"),
    "pathway": ("pathway", "PathwayBuilder"),
    "choice_count": ("unbundling", "ChoiceCount"),
    "credentials": ("ecology", "Credentials"),
    "interfaces": ("ecology", "Interfaces"),
    "credential": ("credential", "CredentialForm"),
}
# The other public names of the widget modules, imported on first use like the classes.
_HELPER_NAMES: dict[str, str] = {"MAX_ROWS": "simple", "MIN_ROWS": "simple", "placed_point": "simple",
                                 "rows_for": "simple"}
_MODULE_OF: dict[str, str] = {name: module for module, name in _ANSWER_CLASS_NAMES.values()} | _HELPER_NAMES


def answer_class(kind: str) -> type[Answer]:
    """The widget class for a prompt kind (``KeyError`` for a kind that has none)."""
    return __getattr__(_ANSWER_CLASS_NAMES[kind][1])  # imports its module the first time


class _AnswerClasses(Mapping[str, "type[Answer]"]):
    """kind -> widget class, read-only; a class's module is imported when the class is looked up."""

    def __getitem__(self, kind: str) -> type[Answer]:
        return answer_class(kind)

    def __contains__(self, kind: object) -> bool:  # without importing the class
        return kind in _ANSWER_CLASS_NAMES

    def __iter__(self) -> Iterator[str]:
        return iter(_ANSWER_CLASS_NAMES)

    def __len__(self) -> int:
        return len(_ANSWER_CLASS_NAMES)

    def __repr__(self) -> str:
        return f"<answer classes of {len(self)} kinds>"


ANSWER_CLASSES: Mapping[str, type[Answer]] = _AnswerClasses()


def answer(step_id: str, prompt_id: str, journal: Journal | None = None, **options: Any) -> Answer:
    """The right widget for a prompt of the manifest, bound to the journal.

    ``options`` go to the widget (for instance ``check=`` for a list of records).
    """
    kind = find_prompt(step_id, prompt_id).kind
    return answer_class(kind)(step_id, prompt_id, journal, **options)


__all__ = ["ANSWER_CLASSES", "Answer", "answer", "answer_class", "flush_all", "local_time", *_MODULE_OF]


__getattr__, __dir__ = lazy_names(__name__, _MODULE_OF, globals())
