"""The reasoning behind notebook 04: critiques beside the drivers of growth.

The learner links each critique to the driver of micro-credentials' growth it
concerns, and says how: the critique *answers* the driver (takes up the need
the driver names and responds to it: micro-credentials meet it badly, at a
cost, or not alone) or *pushes against* it (resists the push itself: doubts
that the driver is as strong as claimed, or that higher education should
follow where it pushes). Separately, they rate how
convincing the evidence behind each critique is (1 to 5). This module reads
those answers:

* :func:`clean_links` and :func:`clean_ratings` keep the usable part of
  stored answers and say in a sentence what they left out;
* :func:`link_line` and :func:`drivers_summary` put the links into words and
  name the drivers most critiques are linked to;
* :func:`ratings_summary` names the least and most convincing critiques;
* :func:`steelman_target` picks the critique to steelman: the least
  convincing one, with ties explained.

Even-handed by design: no statement is marked right or wrong, and no function
scores the learner. No I/O, no widgets, no matplotlib.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Mapping, Sequence

from . import strings
from .kinds import RATING_RANGE, describe, is_whole_number
from .stakeholders import counted, first_few, named_briefly
from .text import and_list
from .vocabulary import LINK_RELATIONS, NO_DRIVER

LinkState = Literal["linked", "relation missing", "no driver", "not linked"]


@dataclass(frozen=True)
class CritiqueLink:
    """The learner's link for one critique.

    ``driver`` is a driver id, :data:`~course_helpers.vocabulary.NO_DRIVER`
    ("none": the critique concerns none of the drivers), or None (not linked
    yet). ``relation`` is "answers", "pushes against" or None.
    """

    critique_id: str
    driver: str | None = None
    relation: str | None = None

    @property
    def state(self) -> LinkState:
        if self.driver is None:
            return "not linked"
        if self.driver == NO_DRIVER:
            return "no driver"
        return "linked" if self.relation is not None else "relation missing"


# -------------------------------------------------------------------- links


def _read_link(critique_id: str, link: Any, driver_ids: set[str]) -> CritiqueLink | None:
    """One stored link, or None when it cannot be read."""
    if not isinstance(link, Mapping) or not set(link) <= {"driver", "relation"}:
        return None
    driver, relation = link.get("driver"), link.get("relation")
    if driver is not None and driver != NO_DRIVER and not (isinstance(driver, str) and driver in driver_ids):
        return None
    if relation is not None and not (isinstance(relation, str) and relation in LINK_RELATIONS):
        return None
    if driver == NO_DRIVER and relation is not None:
        return None  # a relation to no driver at all says two different things
    return CritiqueLink(critique_id, driver, relation)


def clean_links(value: object, critique_ids: Sequence[str], driver_ids: Sequence[str]
                ) -> tuple[dict[str, CritiqueLink], list[str]]:
    """A link for every critique (unlinked ones included, in the order of ``critique_ids``), and notes.

    Unknown critiques and links that cannot be read (unknown driver, unknown
    relation, a relation to "none") are left out with one sentence each kind.
    Never raises.
    """
    links = {cid: CritiqueLink(cid) for cid in critique_ids}
    if value is None:
        return links, []
    if not isinstance(value, Mapping):
        return links, [strings.LEFT_OUT_UNREADABLE.format(what="links", value=describe(value))]
    known, drivers = set(critique_ids), set(driver_ids)
    unknown: list[Any] = []
    unreadable: list[str] = []
    for critique_id, link in value.items():
        if not isinstance(critique_id, str) or critique_id not in known:
            unknown.append(critique_id)
            continue
        if link is None:
            continue
        read = _read_link(critique_id, link, drivers)
        if read is None:
            unreadable.append(f"{critique_id} ({describe(link)})")
        else:
            links[critique_id] = read
    notes = []
    if unknown:
        notes.append(strings.LEFT_OUT_UNKNOWN.format(count=len(unknown), what=counted(len(unknown), "critiques"),
                                                     ids=named_briefly(unknown)))
    if unreadable:
        notes.append(strings.LEFT_OUT_BAD_CELLS.format(count=len(unreadable),
                                                       what=counted(len(unreadable), "links"),
                                                       cells=first_few(unreadable)))
    return links, notes


def link_line(link: CritiqueLink, critique_names: Mapping[str, str], driver_names: Mapping[str, str]) -> str:
    """One link in words, e.g. "'A two-tier system' pushes against 'Skills over degrees'"."""
    critique = f"'{critique_names.get(link.critique_id, link.critique_id)}'"
    state = link.state
    if state == "not linked":
        return strings.LINK_NOT_YET.format(critique=critique)
    if state == "no driver":
        return strings.LINK_TO_NONE.format(critique=critique)
    driver = f"'{driver_names.get(str(link.driver), str(link.driver))}'"
    if state == "relation missing":
        return strings.LINK_NO_RELATION.format(critique=critique, driver=driver)
    return strings.LINK_LINE.format(critique=critique, relation=link.relation, driver=driver)


def driver_counts(links: Mapping[str, CritiqueLink], driver_ids: Sequence[str]) -> dict[str, int]:
    """How many critiques are linked to each driver (a link without a relation yet still counts)."""
    counts = {d: 0 for d in driver_ids}
    for link in links.values():
        if link.driver in counts:
            counts[link.driver] += 1
    return counts


def busiest_drivers(counts: Mapping[str, int]) -> list[str]:
    """The drivers with the most links, in the given order; empty when nothing is linked."""
    top = max(counts.values(), default=0)
    return [d for d, n in counts.items() if n == top] if top else []


def drivers_summary(links: Mapping[str, CritiqueLink], driver_ids: Sequence[str],
                    driver_names: Mapping[str, str]) -> str:
    """One sentence naming the driver(s) the learner linked the most critiques to."""
    counts = driver_counts(links, driver_ids)
    top = busiest_drivers(counts)
    if not top:
        return strings.NO_LINKS
    n = counts[top[0]]
    template = strings.BUSIEST_ONE if len(top) == 1 else strings.BUSIEST_MANY
    return template.format(drivers=and_list([f"'{driver_names.get(d, d)}'" for d in top]), count=n,
                           critiques=strings.CRITIQUES_WORD[n != 1])


# ------------------------------------------------------------------ ratings


def clean_ratings(ratings: Mapping[str, object], critique_ids: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """The usable evidence ratings (whole numbers 1-5) by critique, in critique order, and notes.

    ``ratings`` maps critique ids to the values of the rating prompts; None
    means not rated yet. Anything else is left out with a sentence.
    """
    low, high = RATING_RANGE
    clean: dict[str, int] = {}
    bad: list[str] = []
    for critique_id in critique_ids:
        value = ratings.get(critique_id)
        if value is None:
            continue
        if is_whole_number(value) and low <= value <= high:  # type: ignore[operator]
            clean[critique_id] = int(value)  # type: ignore[arg-type]
        else:
            bad.append(f"{critique_id} ({describe(value)})")
    notes = []
    if bad:
        notes.append(strings.LEFT_OUT_BAD_CELLS.format(count=len(bad), what=counted(len(bad), "ratings"),
                                                       cells=first_few(bad)))
    return clean, notes


def rating_words(rating: int | None) -> str:
    """'3 of 5', or 'not rated yet'."""
    return strings.NOT_RATED if rating is None else strings.RATING_OF.format(rating=rating)


def extremes(ratings: Mapping[str, int]) -> tuple[list[str], list[str]]:
    """(least convincing, most convincing): the critiques with the lowest and the highest rating."""
    if not ratings:
        return [], []
    low, high = min(ratings.values()), max(ratings.values())
    return [c for c, r in ratings.items() if r == low], [c for c, r in ratings.items() if r == high]


def _titles(ids: Sequence[str], names: Mapping[str, str]) -> str:
    return and_list([f"'{names.get(c, c)}'" for c in ids])


def ratings_summary(ratings: Mapping[str, int], names: Mapping[str, str]) -> list[str]:
    """Sentences on the least and most convincing critiques (or that all ratings are alike)."""
    least, most = extremes(ratings)
    if not least:
        return [strings.NONE_RATED]
    low, high = ratings[least[0]], ratings[most[0]]
    if low == high:
        return [strings.ALL_RATED_ALIKE.format(rating=rating_words(low))]
    return [strings.LEAST_CONVINCING.format(critiques=_titles(least, names), rating=rating_words(low)),
            strings.MOST_CONVINCING.format(critiques=_titles(most, names), rating=rating_words(high))]


@dataclass(frozen=True)
class SteelmanChoice:
    """The critique to steelman: the least convincing one (None before any rating), and any it ties with."""

    critique_id: str | None
    tied: tuple[str, ...]
    rating: int | None
    message: str


def steelman_target(ratings: Mapping[str, int], order: Sequence[str], names: Mapping[str, str]) -> SteelmanChoice:
    """The least convincing critique; a tie goes to the first in ``order``, and the message says so."""
    least, _ = extremes({c: ratings[c] for c in order if c in ratings})
    if not least:
        return SteelmanChoice(None, (), None, strings.STEELMAN_NONE)
    chosen, rating = least[0], ratings[least[0]]
    title = f"'{names.get(chosen, chosen)}'"
    if len(least) == 1:
        return SteelmanChoice(chosen, (), rating, strings.STEELMAN_ONE.format(critique=title,
                                                                             rating=rating_words(rating)))
    message = strings.STEELMAN_TIE.format(critiques=_titles(least, names), rating=rating_words(rating),
                                          critique=title)
    return SteelmanChoice(chosen, tuple(least), rating, message)


def relation_meaning(relation: str) -> str:
    """What a relation means, in a clause: 'answers' -> 'takes up the need the driver names …'."""
    return strings.RELATION_MEANINGS[relation]

