"""Notebook 06: the learning-ecology map and what goes around it.

* Tables: :func:`concepts_table` (the ideas behind the map),
  :func:`credential_types_table` and :func:`definitions_table` (sizes and
  levels, each row with its status and source; later definitions dated as
  later than the course).
* Live views of the ``my_credentials`` and ``my_interfaces`` answers:
  :func:`ecology_map` (the map with the learner's credentials and links, and
  a description naming every credential and link and flagging those with no
  link) and :func:`definition_fits` (which micro-credential definitions each
  of the learner's credentials would fit, by size and level).

The reasoning is :mod:`course_helpers.ecology`'s; nothing here writes an answer.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from matplotlib.figure import Figure

from . import activity_data, ecology, plots, strings
from .figures import FigureOnceAnswered
from .live_text import AnswerText
from .tables import Table, facts_table_html

if TYPE_CHECKING:
    from .session import StepSession

CREDENTIALS_PROMPT, INTERFACES_PROMPT = "my_credentials", "my_interfaces"
# The definitions the fit check names: the four (EU, New Zealand, Australia, the CMF).
FIT_DEFINITIONS = ("eu_2022", "nz_nzqa", "au_nmf", "cmf")


# --------------------------------------------------------------------------- tables

def concepts_table() -> Table:
    """The ideas behind the map (``ecology_concepts.csv``)."""
    term, meaning = strings.CONCEPTS_COLUMNS
    caption = strings.ECOLOGY_CONCEPTS_CAPTION
    return Table(facts_table_html(activity_data.rows("ecology_concepts"), {term: "term", meaning: "meaning"},
                                  caption=caption, row_header=term), caption)


def _levels(row: Mapping[str, Any]) -> str:
    low, high = row["level_min"], row["level_max"]
    if low is None or low != low:  # empty cells come as NA or NaN
        return str(row.get("level_note") or "") or strings.LEVEL_NOT_STATED
    shown = f"EQF {int(low)}" if low == high else f"EQF {int(low)}-{int(high)}"
    note = row.get("level_note")
    return f"{shown} ({note})" if isinstance(note, str) and note else shown


def credential_types_table() -> Table:
    """Degree cycles, short-cycle awards, certificates and badges: size and level, each with status and source."""
    kind, size, level = strings.TYPES_COLUMNS
    caption = strings.TYPES_CAPTION
    return Table(facts_table_html(activity_data.rows("credential_types"),
                                  {kind: "name", size: "size_note", level: _levels},
                                  caption=caption, row_header=kind), caption)


def _dated(row: Mapping[str, Any]) -> str:
    year, timing = row["year"], row["relative_to_course"]
    known_year = year is not None and year == year
    timing = timing if isinstance(timing, str) and timing else strings.DATE_UNKNOWN
    return f"{int(year)}, {timing}" if known_year else timing


def definitions_table() -> Table:
    """How frameworks size a micro-credential, each dated against the course (which ran from March 2021)."""
    framework, when, size, level = strings.SIZE_DEFINITIONS_COLUMNS
    caption = strings.SIZE_DEFINITIONS_CAPTION
    columns = {framework: "framework", when: _dated, size: "size_note",
               level: lambda r: str(r["level_reference"]) if isinstance(r["level_reference"], str)
               else strings.LEVEL_NOT_STATED}
    return Table(facts_table_html(activity_data.rows("microcredential_definitions"), columns, caption=caption,
                                  row_header=framework), caption)


# --------------------------------------------------------------------------- live views

def learner_map(credentials_value: Any, interfaces_value: Any
                ) -> tuple[list[ecology.Credential], list[ecology.Interface], list[str]]:
    """The credentials and links that can be drawn, and a sentence for each one left out."""
    credentials, problems = ecology.validate_credentials(credentials_value)
    links, link_problems = ecology.validate_interfaces(interfaces_value, credentials)
    return credentials, links, problems + link_problems


class EcologyMap(FigureOnceAnswered):
    """The map of credential types with the learner's credentials and links, redrawn as they change.

    Drawn from the first credential on: the types alone are in the tables above, and the map of them
    takes about half a second to draw.
    """

    prompt_ids = (CREDENTIALS_PROMPT, INTERFACES_PROMPT)
    placeholder = strings.MAP_PLACEHOLDER

    def has_answers(self) -> bool:
        return bool(self.value(CREDENTIALS_PROMPT))

    def _draw(self) -> tuple[Figure, str]:
        credentials, links, left_out = learner_map(self.value(CREDENTIALS_PROMPT), self.value(INTERFACES_PROMPT))
        fig, description = plots.learning_ecology(activity_data.reference_types(), activity_data.definitions(),
                                                  credentials, links)
        if left_out:
            description += "\n" + strings.MAP_LEFT_OUT + "\n" + "\n".join(f"- {p}" for p in left_out)
        return fig, description


def ecology_map(step: "StepSession") -> EcologyMap:
    """Notebook 06: the live learning-ecology map."""
    return step.keep("ecology_map", EcologyMap(step))


class DefinitionFits(AnswerText):
    """For each of the learner's credentials: which of four micro-credential definitions its size fits."""

    prompt_ids = (CREDENTIALS_PROMPT,)
    heading = strings.FITS_HEADING

    def lines(self) -> list[str]:
        credentials, _ = ecology.validate_credentials(self.value_of(CREDENTIALS_PROMPT))
        if not credentials:
            return [strings.FITS_NONE_YET]
        chosen = [d for d in activity_data.definitions() if d.id in FIT_DEFINITIONS]
        lines = [strings.FITS_INTRO]
        for credential in credentials:
            verdicts = " ".join(ecology.definition_fits(credential, definition)[1] for definition in chosen)
            lines.append(f"- {credential.label}: {verdicts}")
        return lines


def definition_fits(step: "StepSession") -> DefinitionFits:
    """Notebook 06: which definitions each of the learner's credentials would fit."""
    return step.keep("definition_fits", DefinitionFits(step))
