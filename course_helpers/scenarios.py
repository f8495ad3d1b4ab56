"""The reasoning behind notebooks 01 and 02, as plain functions.

* HolonIQ's 2x2 on the placement scale: which quadrant a point lies in (or
  which border it sits on), how far apart two points are, and a plain-language
  reading of a point.
* Camilleri's six scenarios rated for likelihood and desirability: which of
  the "probable versus preferable" areas a pair of ratings falls in.
* Feedback on a learner's mapping of the six onto the four: encouraging,
  never a verdict, and never a change to what the learner chose.

No I/O, no widgets and no matplotlib here, so everything is quick to test.
The sentences a learner reads are collected as constants near the top of
each section, ready for translation.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Literal, Mapping

from .vocabulary import CAMILLERI_IDS, HOLONIQ_IDS, HOLONIQ_NAMES, NONE_OF_THEM, PLACEMENT_RANGE
from .strings import (
    CLASS_LABELS,
    CLASS_MEANINGS,
    UNDECIDED_BOTH,
    UNDECIDED_LIKELIHOOD,
    UNDECIDED_WANTED,
    STRENGTH,
    LEAD_WORD,
    FORM_WORD,
    LEAD_BALANCED,
    FORM_BALANCED,
    CENTRE,
    NONE_LABEL,
    AGREE,
    AGREE_NONE,
    DIFFER,
    DIFFER_TEAM_NONE,
    DIFFER_YOU_NONE,
    UNANSWERED,
    DEFENSIBLE_IF,
    DEFENSIBLE_IF_NONE,
    SUMMARY_NOTHING,
    SUMMARY_SOME,
    SUMMARY_LEFT,
    NUMBER_WORDS,
)

# ---------------------------------------------------------------- HolonIQ's 2x2


@dataclass(frozen=True)
class Quadrant:
    """One of HolonIQ's four scenarios as a region of the placement scale."""

    number: int
    id: str  # H1..H4, as in data/scenarios.csv
    name: str
    lead: Literal["Government", "Market"]  # vertical axis: top or bottom
    form: Literal["Bundled", "Unbundled"]  # horizontal axis: left or right

    @property
    def label(self) -> str:
        """'1 Greater Whole'."""
        return f"{self.number} {self.name}"

    @property
    def corner(self) -> str:
        """Where it sits on the figure: 'top left' ... 'bottom right'."""
        return f"{'top' if self.lead == 'Government' else 'bottom'} {'left' if self.form == 'Bundled' else 'right'}"

    @property
    def x_sign(self) -> int:
        return -1 if self.form == "Bundled" else 1

    @property
    def y_sign(self) -> int:
        return 1 if self.lead == "Government" else -1


# Names, numbers and positions as the course step lays them out.
_POSITIONS = (("Government", "Bundled"), ("Government", "Unbundled"), ("Market", "Bundled"), ("Market", "Unbundled"))
QUADRANTS: tuple[Quadrant, ...] = tuple(
    Quadrant(number, hid, name, lead, form)
    for number, (hid, name, (lead, form)) in enumerate(zip(HOLONIQ_IDS, HOLONIQ_NAMES, _POSITIONS), start=1)
)

LOW, HIGH = PLACEMENT_RANGE
# When a learner's choice differs from the team's, the case for it, by the quadrant they chose.
DEFENSIBLE = {**DEFENSIBLE_IF, NONE_OF_THEM: DEFENSIBLE_IF_NONE}



def quadrant(key: int | str) -> Quadrant:
    """A quadrant by number (1-4) or id ('H1'-'H4')."""
    for candidate in QUADRANTS:
        if key in (candidate.number, candidate.id):
            return candidate
    raise KeyError(f"no HolonIQ quadrant {key!r}; use 1-4 or H1-H4")


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def _check_point(x: float, y: float) -> None:
    for name, value in (("x", x), ("y", y)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise TypeError(f"{name} must be a number, not {value!r}")
        if not LOW <= value <= HIGH:
            raise ValueError(f"{name} = {value} is outside the placement scale {LOW} to {HIGH}")


def quadrant_of(x: float, y: float) -> Quadrant | None:
    """The quadrant a point lies in, or None for a point on an axis line."""
    touching = neighbours_of(x, y)
    return touching[0] if len(touching) == 1 else None


def neighbours_of(x: float, y: float) -> tuple[Quadrant, ...]:
    """Every quadrant a point touches: one inside a quadrant, two on a border, four at the centre."""
    _check_point(x, y)
    sx, sy = _sign(x), _sign(y)
    return tuple(q for q in QUADRANTS if sx in (0, q.x_sign) and sy in (0, q.y_sign))


def where(x: float, y: float) -> str:
    """'in quadrant 1 Greater Whole', 'on the border between 1 Greater Whole and 2 Micro Quals', or the centre."""
    touching = neighbours_of(x, y)
    if len(touching) == 1:
        return f"in quadrant {touching[0].label}"
    if len(touching) == 2:
        return f"on the border between {touching[0].label} and {touching[1].label}"
    return CENTRE


def describe_point(x: float, y: float) -> str:
    """A plain reading of a point, e.g. 'strongly government-led and fairly bundled'."""
    _check_point(x, y)
    lead = LEAD_BALANCED if y == 0 else f"{STRENGTH[max(1, round(abs(y)))]} {LEAD_WORD[_sign(y)]}"
    form = FORM_BALANCED if x == 0 else f"{STRENGTH[max(1, round(abs(x)))]} {FORM_WORD[_sign(x)]}"
    return f"{lead} and {form}"


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Straight-line distance between two points of the placement scale."""
    _check_point(*a)
    _check_point(*b)
    return math.hypot(b[0] - a[0], b[1] - a[1])


def format_point(point: tuple[float, float]) -> str:
    """'x = -3, y = 2' (whole numbers without decimals)."""
    return f"x = {_number(point[0])}, y = {_number(point[1])}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


# --------------------------------------------------------- probable vs preferable

RatingClass = Literal["likely_wanted", "likely_unwanted", "unlikely_wanted", "unlikely_unwanted", "undecided"]
MIDDLE = 3

# Where each area sits on the chart (likelihood across, desirability up).
CLASS_CORNERS: dict[str, str] = {
    "likely_wanted": "top right",
    "likely_unwanted": "bottom right",
    "unlikely_wanted": "top left",
    "unlikely_unwanted": "bottom left",
}


def _check_rating(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError(f"{name} must be a whole number from 1 to 5, not {value!r}")


def classify(likelihood: int, desirability: int) -> RatingClass:
    """Which 'probable versus preferable' area a pair of 1-5 ratings falls in (3 counts as undecided)."""
    _check_rating("likelihood", likelihood)
    _check_rating("desirability", desirability)
    if likelihood == MIDDLE or desirability == MIDDLE:
        return "undecided"
    likely, wanted = likelihood > MIDDLE, desirability > MIDDLE
    if likely:
        return "likely_wanted" if wanted else "likely_unwanted"
    return "unlikely_wanted" if wanted else "unlikely_unwanted"


def class_label(likelihood: int, desirability: int) -> str:
    """The area's name in words; for a middle rating, says which half is undecided."""
    kind = classify(likelihood, desirability)
    if kind != "undecided":
        return CLASS_LABELS[kind]
    if likelihood == MIDDLE and desirability == MIDDLE:
        return UNDECIDED_BOTH
    if likelihood == MIDDLE:
        return UNDECIDED_LIKELIHOOD.format(wanted="wanted" if desirability > MIDDLE else "unwanted")
    return UNDECIDED_WANTED.format(likely="likely" if likelihood > MIDDLE else "unlikely")


# ------------------------------------------------------------ mapping feedback

FeedbackStatus = Literal["agree", "differ", "unanswered"]



@dataclass(frozen=True)
class Reading:
    """The course team's reference answer for one Camilleri scenario."""

    nearest: str  # H1..H4 or "none"
    reason: str
    alternative: str = NONE_OF_THEM  # the strongest rival reading: H1..H4 or "none"
    alternative_reason: str = ""  # when the rival reading holds, as a clause: "governments list ..."


@dataclass(frozen=True)
class MappingFeedback:
    """Feedback on one scenario; ``choice`` is exactly what the learner chose."""

    scenario_id: str
    scenario: str  # 'C1 Global micro-credential marketplace'
    choice: str | None
    reference: Reading
    status: FeedbackStatus
    message: str

    @property
    def choice_label(self) -> str:
        return option_label(self.choice) if self.choice is not None else "not chosen yet"

    @property
    def reference_label(self) -> str:
        return option_label(self.reference.nearest)


def option_label(value: str) -> str:
    """'H4' -> '4 Market Place'; 'none' -> 'none of them'."""
    return NONE_LABEL if value == NONE_OF_THEM else quadrant(value).label


def readings_from_rows(rows: Iterable[Mapping[str, str]]) -> dict[str, Reading]:
    """Readings from records of data/scenario_mapping.csv (e.g. ``frame.to_dict("records")``)."""
    return {row["camilleri_id"]: Reading(row["nearest"], row["reason"], row.get("alternative", NONE_OF_THEM),
                                         row.get("alternative_reason", "")) for row in rows}


def _as_clause(reason: str) -> str:
    """A reason sentence ready to follow 'because': first letter lowered unless it starts an acronym."""
    reason = reason.strip()
    if len(reason) > 1 and reason[0].isupper() and not reason[1].isupper():
        reason = reason[0].lower() + reason[1:]
    return reason if reason.endswith((".", "!", "?")) else reason + "."


def _sentence(reason: str) -> str:
    reason = reason.strip()
    return reason if reason.endswith((".", "!", "?")) else reason + "."


def feedback_for(scenario_id: str, scenario_name: str, choice: str | None, reading: Reading) -> MappingFeedback:
    """Feedback on one scenario. ``choice`` is 'H1'..'H4', 'none', or None when not answered."""
    scenario = f"{scenario_id} {scenario_name}".strip()
    if choice is None:
        return MappingFeedback(scenario_id, scenario, None, reading, "unanswered",
                               UNANSWERED.format(scenario=scenario))
    if choice not in DEFENSIBLE:
        raise ValueError(f"{scenario_id}: unknown choice {choice!r}; expected H1-H4, {NONE_OF_THEM!r} or None")
    if choice == reading.nearest:
        template = AGREE_NONE if choice == NONE_OF_THEM else AGREE
        message = template.format(scenario=scenario, quadrant=option_label(choice), reason=_sentence(reading.reason),
                                  alternative=option_label(reading.alternative),
                                  counter=_condition(reading.alternative_reason or DEFENSIBLE[reading.alternative]))
        return MappingFeedback(scenario_id, scenario, choice, reading, "agree", message)
    template = (DIFFER_TEAM_NONE if reading.nearest == NONE_OF_THEM
                else DIFFER_YOU_NONE if choice == NONE_OF_THEM else DIFFER)
    # The case for the learner's choice: our own rival reading when they chose it, else the quadrant's general case.
    condition = reading.alternative_reason if choice == reading.alternative and reading.alternative_reason \
        else DEFENSIBLE[choice]
    message = template.format(scenario=scenario, yours=option_label(choice), theirs=option_label(reading.nearest),
                              reason=_as_clause(reading.reason), condition=_condition(condition))
    return MappingFeedback(scenario_id, scenario, choice, reading, "differ", message)


def _condition(clause: str) -> str:
    """A clause ready to follow 'holds if', without its closing full stop (the template adds one)."""
    return clause.strip().rstrip(".")


def mapping_feedback(choices: Mapping[str, str | None], readings: Mapping[str, Reading],
                     names: Mapping[str, str] | None = None,
                     order: Iterable[str] = CAMILLERI_IDS) -> list[MappingFeedback]:
    """Feedback for every scenario in ``order``; a missing choice counts as not answered.

    ``choices`` is only read, never changed: the learner's mapping stays theirs.
    """
    names = names or {}
    return [feedback_for(sid, names.get(sid, ""), choices.get(sid), readings[sid]) for sid in order]


def mapping_summary(feedback: Iterable[MappingFeedback]) -> str:
    """One line: how many of the six the learner has related, never how many 'match' ours."""
    items = list(feedback)
    answered = sum(f.status != "unanswered" for f in items)
    if answered == 0:
        return SUMMARY_NOTHING
    line = SUMMARY_SOME.format(answered=NUMBER_WORDS[answered] if answered < len(NUMBER_WORDS) else answered)
    left = len(items) - answered
    if left:
        word = NUMBER_WORDS[left] if left < len(NUMBER_WORDS) else str(left)
        line += SUMMARY_LEFT.format(left=word.capitalize())
    return line
