"""Notebook 05, second half: rebundling a pathway towards an award, and how fast choice grows.

* :func:`awards_table`: the two awards and their stacking rules in words.
* :func:`pathway_check`: a live text that checks the ``pathway`` answer
  against the rules of the ``award`` answer as both change, naming every
  broken rule and the module that breaks it, then the pathway's totals.
* :func:`choice_chart`: the live count of distinct pathways for the
  ``choice_settings`` answer (our catalogue's size and five modules until the
  learner sets their own), with its text description.

The reasoning is :mod:`course_helpers.pathways` and :mod:`course_helpers.counting`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from matplotlib.figure import Figure

from . import activity_data, counting, pathways, plots, strings
from .figures import FigureOnceAnswered
from .live_text import AnswerText
from .tables import Table, facts_table_html

if TYPE_CHECKING:
    from .session import StepSession
    from .signals import Change

PATHWAY_PROMPT, AWARD_PROMPT, SETTINGS_PROMPT = "pathway", "award", "choice_settings"
DEFAULT_LENGTH = counting.CAMILLERI_LENGTH  # five modules, as in Camilleri's illustration


# --------------------------------------------------------------------------- the awards

def _ects(value: float) -> str:
    return f"{value:g}"


def award_rules(row: Mapping[str, Any]) -> dict[str, str]:
    """One award's stacking rules in words, for the table."""
    required = str(row["required_modules"])
    return {
        "credit": strings.AWARD_CREDIT.format(low=_ects(row["min_ects"]), high=_ects(row["max_ects"])),
        "levels": strings.AWARD_LEVELS.format(low=row["min_module_level"], high=row["max_module_level"],
                                              at_level=_ects(row["min_ects_at_award_level"]), level=row["award_level"]),
        "outside": strings.AWARD_OUTSIDE.format(cap=_ects(row["max_external_ects"])),
        "required": strings.AWARD_NONE_REQUIRED if required == pathways.NO_ITEMS else required.replace(";", ", "),
    }


def awards_table() -> Table:
    """The awards a pathway can lead to, each with its stacking rules (fictional: an interpretation)."""
    award, kind, credit, levels, outside, required = strings.AWARD_COLUMNS
    columns = {award: "title", kind: "kind", credit: lambda r: award_rules(r)["credit"],
               levels: lambda r: award_rules(r)["levels"], outside: lambda r: award_rules(r)["outside"],
               required: lambda r: award_rules(r)["required"]}
    caption = strings.AWARDS_CAPTION
    return Table(facts_table_html(activity_data.rows("awards"), columns, caption=caption, row_header=award), caption)


# --------------------------------------------------------------------------- checking the pathway

class PathwayCheck(AnswerText):
    """Every rule the pathway breaks or has still to meet, for the chosen award; then its totals."""

    prompt_ids = (PATHWAY_PROMPT, AWARD_PROMPT)
    heading = strings.CHECK_HEADING

    def lines(self) -> list[str]:
        catalogue = activity_data.catalogue()
        pathway = self.value_of(PATHWAY_PROMPT) or []
        award = activity_data.awards().get(self.value_of(AWARD_PROMPT) or "")
        lines: list[str] = []
        if award is None:
            lines.append(strings.CHECK_CHOOSE_AWARD)
        else:
            findings = pathways.check(pathway, catalogue, award)
            lines.append(pathways.verdict(findings, award))
            lines += [f"- {strings.FINDING_WORDS[f.status]}: {f.message}" for f in findings if f.message]
        summary = pathways.summarise(pathway, catalogue)
        lines.append(strings.CHECK_TOTALS.format(summary=pathways.describe_summary(summary)))
        return lines


def pathway_check(step: "StepSession") -> PathwayCheck:
    """Notebook 05: the live check of the ``pathway`` answer against the chosen award."""
    return step.keep("pathway_check", PathwayCheck(step))


# --------------------------------------------------------------------------- counting pathways

class ChoiceChart(FigureOnceAnswered):
    """Distinct pathways against catalogue size, with the learner's settings as a star (a sentence until set)."""

    prompt_ids = (SETTINGS_PROMPT,)
    placeholder = strings.CHOICE_PLACEHOLDER

    def has_answers(self) -> bool:
        return self.settings()[2]

    def __init__(self, session: "StepSession"):
        self._drawn: tuple[int, int, bool] | None = None
        super().__init__(session)

    def settings(self) -> tuple[int, int, bool]:
        """(catalogue size, pathway length, whether the learner set them); our catalogue and five until then."""
        value = self.value(SETTINGS_PROMPT)
        if isinstance(value, dict) and {"catalogue_size", "length"} <= set(value):
            return value["catalogue_size"], value["length"], True
        return len(activity_data.catalogue()), DEFAULT_LENGTH, False

    def _on_answer_change(self, change: "Change") -> None:
        if change.kind == "answer" and change.prompt in self.prompt_ids and self.settings() == self._drawn:
            return  # the same numbers again (a field left without a change): nothing to redraw
        super()._on_answer_change(change)

    def _draw(self) -> tuple[Figure, str]:
        size, length, _ = self._drawn = self.settings()
        fig, description = plots.choice_explosion(size, length)
        ordered = counting.count_ordered_pathways(size, length)
        extra = [strings.CHOICE_ORDERED.format(count=counting.spoken(ordered))] if ordered else []
        return fig, "\n".join([description, *extra])


def choice_chart(step: "StepSession") -> ChoiceChart:
    """Notebook 05: the live count of pathways for the ``choice_settings`` answer."""
    return step.keep("choice_chart", ChoiceChart(step))
