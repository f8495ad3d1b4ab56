"""The reasoning behind notebook 03: the same word, different meanings.

The learner puts on each stakeholder's hat in turn and says, for each example
credential, whether that stakeholder would count it as a micro-credential
("yes", "unsure" or "no"). This module reads that grid:

* :func:`clean_grid` keeps the usable part of a stored grid and says, in a
  sentence, what it left out (unknown ids, unreadable answers);
* :func:`disagreements` measures, per example, how far the viewpoints are
  apart, and :func:`most_disagreed` names the examples they split on most;
* :func:`pair_contrasts` finds the two viewpoints that differ most;
* :func:`definition_fit` reads an example against the parts of a definition
  (EU 2022, UNESCO 2022), from the example's features in the data;
* :func:`compare_with_definition` puts one viewpoint beside a definition in
  words: where it draws the line more widely or narrowly. Never a score;
* :func:`fit_rows` gives our reading of every example against a definition
  as rows for a facts table (each labelled an interpretation).

Understanding is not treated as one more-or-less scale: the grid shows *how*
viewpoints differ, example by example. No I/O, no widgets, no matplotlib.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any, Iterable, Literal, Mapping, Sequence

from . import strings
from .kinds import describe
from .text import and_list
from .vocabulary import JUDGEMENTS

Judgement = Literal["yes", "unsure", "no"]
Grid = dict[str, dict[str, Judgement]]  # stakeholder id -> example id -> judgement

# How accepting each answer is, for measuring spread: yes 1, unsure a half, no 0.
SCORES: dict[str, float] = {"yes": 1.0, "unsure": 0.5, "no": 0.0}
SHOWN_IN_A_SENTENCE = 3  # unknown ids or bad cells named in a sentence before "and n more"


# ------------------------------------------------------------------ the grid


def first_few(words: Sequence[str]) -> str:
    """The first few items joined ('a, b and c'), then 'and n more': bounded however many there are."""
    shown = list(words[:SHOWN_IN_A_SENTENCE])
    rest = len(words) - len(shown)
    return and_list(shown + ([strings.LEFT_OUT_MORE.format(n=rest)] if rest else []))


def named_briefly(items: Sequence[Any]) -> str:
    """Like :func:`first_few` for raw values, each described briefly (long ones by size)."""
    return first_few([describe(i) for i in items[:SHOWN_IN_A_SENTENCE]] + [""] * max(0, len(items) - SHOWN_IN_A_SENTENCE))


def counted(count: int, what: str) -> str:
    """The word for ``what`` ('viewpoints', 'examples', …) in the singular or plural to suit ``count``."""
    one, many = strings.LEFT_OUT_WHAT[what]
    return one if count == 1 else many


def _left_out_ids(ids: Sequence[Any], what: str) -> str:
    return strings.LEFT_OUT_UNKNOWN.format(count=len(ids), what=counted(len(ids), what), ids=named_briefly(ids))


def clean_grid(value: object, stakeholder_ids: Sequence[str], example_ids: Sequence[str]
               ) -> tuple[Grid, list[str]]:
    """The usable judgements in ``value``, and one sentence per kind of thing left out.

    Unknown stakeholder or example ids and answers other than yes/unsure/no are
    left out; ``None`` (a cleared cell) simply counts as not answered. Never
    raises: a value that is not a grid at all gives an empty grid and a sentence.
    """
    if value is None:
        return {}, []
    if not isinstance(value, Mapping):
        return {}, [strings.LEFT_OUT_UNREADABLE.format(what="judgements", value=describe(value))]
    known_rows, known_columns = set(stakeholder_ids), set(example_ids)
    grid: Grid = {}
    unknown_rows: list[Any] = []
    unknown_columns: list[Any] = []
    bad_cells: list[str] = []
    for row, cells in value.items():
        if not isinstance(row, str) or row not in known_rows:
            unknown_rows.append(row)
            continue
        if not isinstance(cells, Mapping):
            bad_cells.append(f"{row} ({describe(cells)})")
            continue
        for column, answer in cells.items():
            if not isinstance(column, str) or column not in known_columns:
                unknown_columns.append(column)
            elif answer is None:
                continue
            elif isinstance(answer, str) and answer in JUDGEMENTS:
                grid.setdefault(row, {})[column] = answer  # type: ignore[assignment]
            else:
                bad_cells.append(f"{row}/{column} ({describe(answer)})")
    notes = []
    if unknown_rows:
        notes.append(_left_out_ids(unknown_rows, "viewpoints"))
    if unknown_columns:
        notes.append(_left_out_ids(list(dict.fromkeys(unknown_columns)), "examples"))
    if bad_cells:
        notes.append(strings.LEFT_OUT_BAD_CELLS.format(
            count=len(bad_cells), what=counted(len(bad_cells), "answers"),
            cells=first_few(bad_cells)))
    return grid, notes


def by_answer(grid: Mapping[str, Mapping[str, str]], stakeholder_id: str, example_ids: Sequence[str]
              ) -> dict[str, list[str]]:
    """One viewpoint's examples grouped by answer: keys yes, unsure, no and ``None`` (not yet), in example order."""
    row = grid.get(stakeholder_id, {})
    groups: dict[str, list[str]] = {answer: [] for answer in (*JUDGEMENTS, None)}  # type: ignore[misc]
    for example in example_ids:
        answer = row.get(example)
        groups[answer if answer in SCORES else None].append(example)  # type: ignore[index]
    return groups


# ------------------------------------------------------------ disagreement


@dataclass(frozen=True)
class Disagreement:
    """How far apart the viewpoints are on one example.

    ``spread`` is the distance between the most and the least accepting
    answer (yes 1, unsure 0.5, no 0): 1 means some said yes and some no,
    0.5 that unsure stands against yes or no, 0 that all agree. It is None
    when fewer than two viewpoints answered. ``distinct`` counts the
    different answers given (1 to 3) and breaks ties.
    """

    example_id: str
    answers: dict[str, str]  # stakeholder id -> answer, answered cells only
    spread: float | None
    distinct: int

    @property
    def comparable(self) -> bool:
        return self.spread is not None

    @property
    def rank(self) -> tuple[float, int]:
        """Sort key: larger is more disagreement."""
        return (-1.0 if self.spread is None else self.spread, self.distinct)

    @property
    def level(self) -> str:
        """The spread in words: 'split (yes against no)', 'partly split …', 'all agree'."""
        if self.spread is None:
            return strings.DISAGREEMENT_TOO_FEW
        return strings.DISAGREEMENT_LEVELS[self.spread]


def disagreement_for(grid: Mapping[str, Mapping[str, str]], example_id: str,
                     stakeholder_ids: Sequence[str]) -> Disagreement:
    """The disagreement on one example, from the viewpoints in ``stakeholder_ids``."""
    answers = {s: grid[s][example_id] for s in stakeholder_ids
               if example_id in grid.get(s, {}) and grid[s][example_id] in SCORES}
    scores = [SCORES[a] for a in answers.values()]
    spread = max(scores) - min(scores) if len(scores) >= 2 else None
    return Disagreement(example_id, answers, spread, len(set(answers.values())))


def disagreements(grid: Mapping[str, Mapping[str, str]], stakeholder_ids: Sequence[str],
                  example_ids: Sequence[str]) -> list[Disagreement]:
    """The disagreement on every example, in the order of ``example_ids``."""
    return [disagreement_for(grid, example, stakeholder_ids) for example in example_ids]


def most_disagreed(items: Iterable[Disagreement]) -> list[str]:
    """The examples with the highest (spread, distinct answers); empty when none is split at all."""
    comparable = [d for d in items if d.comparable]
    if not comparable:
        return []
    top = max(d.rank for d in comparable)
    if top[0] == 0:
        return []
    return [d.example_id for d in comparable if d.rank == top]


def disagreement_line(item: Disagreement, names: Mapping[str, str]) -> str:
    """'MOOC certificate: split (yes against no); 3 different answers from 5 viewpoints'."""
    example = names.get(item.example_id, item.example_id)
    answered = len(item.answers)
    if answered == 0:
        return strings.DISAGREEMENT_LINE_NONE.format(example=example)
    if not item.comparable:
        return strings.DISAGREEMENT_LINE_FEW.format(example=example, answered=answered)
    if item.spread == 0:
        answer = next(iter(item.answers.values()))
        template = strings.DISAGREEMENT_LINE_BOTH if answered == 2 else strings.DISAGREEMENT_LINE_AGREE
        return template.format(example=example, answered=answered, answer=strings.JUDGEMENT_WORDS[answer])
    return strings.DISAGREEMENT_LINE.format(example=example, level=item.level, distinct=item.distinct,
                                            answers=counted(item.distinct, "answers"), answered=answered)


def disagreement_summary(items: Sequence[Disagreement], names: Mapping[str, str]) -> str:
    """One sentence: where the viewpoints disagree most, or that they agree, or that too few answered."""
    if not any(d.comparable for d in items):
        return strings.TOO_FEW_TO_COMPARE
    top = most_disagreed(items)
    if not top:
        return strings.NONE_DISAGREED
    return strings.MOST_DISAGREED.format(examples=and_list([mid_sentence(names.get(e, e)) for e in top]))


# ---------------------------------------------------------- pairs of viewpoints


@dataclass(frozen=True)
class PairContrast:
    """Two viewpoints and the examples, judged from both, on which they differ."""

    first: str
    second: str
    shared: int  # examples judged from both viewpoints
    differing: tuple[str, ...]


def pair_contrasts(grid: Mapping[str, Mapping[str, str]], stakeholder_ids: Sequence[str],
                   example_ids: Sequence[str]) -> list[PairContrast]:
    """Every pair of viewpoints, most differing first (ties keep the order of ``stakeholder_ids``)."""
    pairs = []
    for first, second in combinations(stakeholder_ids, 2):
        a, b = grid.get(first, {}), grid.get(second, {})
        shared = [e for e in example_ids if e in a and e in b]
        differing = tuple(e for e in shared if a[e] != b[e])
        pairs.append(PairContrast(first, second, len(shared), differing))
    return sorted(pairs, key=lambda p: -len(p.differing))


def pair_summary(pairs: Sequence[PairContrast], names: Mapping[str, str], example_names: Mapping[str, str]) -> str:
    """One sentence on the two viewpoints that differ most (the first such pair if several tie)."""
    if not pairs or not pairs[0].differing:
        return strings.PAIR_NONE
    top = pairs[0]
    return strings.PAIR_DIFFER.format(
        a=names.get(top.first, top.first), b=names.get(top.second, top.second), count=len(top.differing),
        shared=top.shared, examples=and_list([mid_sentence(example_names.get(e, e)) for e in top.differing]))


# ------------------------------------------------------- against a definition

Fit = Literal["yes", "partly", "no", "any"]
FitStatus = Literal["all", "partly", "misses"]


@dataclass(frozen=True)
class PartFit:
    """How one example stands against one part of a definition, in our reading of the data."""

    part: int
    text: str
    feature: str | None  # the example feature that decides this part; None: every example meets it
    fit: Fit

    @property
    def label(self) -> str:
        return strings.FEATURE_LABELS.get(self.feature or "", self.text)

    @property
    def words(self) -> str:
        return strings.FIT_WORDS[self.fit]


def definition_parts(rows: Iterable[Mapping[str, Any]], definition: str) -> list[dict[str, Any]]:
    """The rows of ``data/definitions.csv`` that belong to ``definition``, in part order."""
    parts = [dict(r) for r in rows if r["definition"] == definition]
    if not parts:
        raise KeyError(f"no definition called {definition!r}")
    return sorted(parts, key=lambda r: int(r["part"]))


def definition_fit(example: Mapping[str, Any], parts: Sequence[Mapping[str, Any]]) -> list[PartFit]:
    """Each part of a definition against one example row of ``data/example_credentials.csv``.

    A part with a ``feature`` takes the example's value for that feature
    (yes, partly or no); a part without one ("stand alone or be combined")
    is met by every example, and says so rather than pretending to sort them.
    """
    fits = []
    for part in parts:
        feature = part.get("feature") or None
        fit: Fit = "any" if feature is None else example[feature]
        if fit not in strings.FIT_WORDS:
            raise ValueError(f"example {example.get('id')!r}: {feature} is {fit!r}, not yes, partly or no")
        fits.append(PartFit(int(part["part"]), str(part["text"]), feature, fit))
    return fits


def fit_status(fits: Iterable[PartFit]) -> FitStatus:
    """'all' (every part met), 'partly' (none missed, some met in part) or 'misses' (a part missed)."""
    values = {f.fit for f in fits}
    if "no" in values:
        return "misses"
    return "partly" if "partly" in values else "all"


def missing_parts(fits: Iterable[PartFit]) -> list[str]:
    """The labels of the parts an example misses."""
    return [f.label for f in fits if f.fit == "no"]


def _clauses(parts: Sequence[str]) -> str:
    """Clauses that may hold commas of their own, joined by semicolons: 'a; b; and c'."""
    return parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; and " + parts[-1]


def mid_sentence(name: str) -> str:
    """'Employers' -> 'employers' for use inside a sentence; acronyms ('QA bodies') stay as they are."""
    if len(name) > 1 and name[0].isupper() and not name[1].isupper():
        return name[0].lower() + name[1:]
    return name


def compare_with_definition(grid: Mapping[str, Mapping[str, str]], stakeholder_id: str, stakeholder_name: str,
                            fits: Mapping[str, Sequence[PartFit]], example_names: Mapping[str, str],
                            definition: str, timing: str) -> str:
    """One viewpoint of the learner's grid beside a definition, in words; never a score or a verdict.

    ``fits`` maps example ids (in display order) to :func:`definition_fit`
    results; ``timing`` is the definition's ``relative_to_course`` value.
    Says what the viewpoint counted, then where it draws the line more widely
    (counting examples that miss a part) or more narrowly (not counting
    examples that meet every part) than our reading of the definition.
    """
    groups = by_answer(grid, stakeholder_id, list(fits))
    stakeholder_name = mid_sentence(stakeholder_name)
    name = lambda e: mid_sentence(example_names.get(e, e))  # noqa: E731
    parts = [template.format(items=and_list([name(e) for e in groups[answer]]))
             for answer, template in (("yes", strings.VIEW_YES), ("unsure", strings.VIEW_UNSURE),
                                      ("no", strings.VIEW_NO)) if groups[answer]]
    if not parts:
        return strings.VIEW_NOTHING.format(stakeholder=stakeholder_name)
    lines = [strings.VIEW_OPENER.format(stakeholder=stakeholder_name, parts=_clauses(parts))]
    counted_outside = [e for e in groups["yes"] if fit_status(fits[e]) == "misses"]
    excluded_inside = [e for e in groups["no"] if fit_status(fits[e]) == "all"]
    counted_words = and_list([strings.ITEM_MISSING.format(example=name(e), parts=and_list(missing_parts(fits[e])))
                        for e in counted_outside])
    excluded = and_list([name(e) for e in excluded_inside])
    meet = "meets" if len(excluded_inside) == 1 else "meet"
    if counted_outside and excluded_inside:
        lines.append(strings.COMPARE_ELSEWHERE.format(definition=definition, counted=counted_words, excluded=excluded,
                                                      meet=meet))
    elif counted_outside:
        lines.append(strings.COMPARE_WIDER.format(definition=definition, items=counted_words))
    elif excluded_inside:
        lines.append(strings.COMPARE_NARROWER.format(definition=definition, items=excluded, meet=meet))
    else:
        lines.append(strings.COMPARE_SAME.format(definition=definition))
    if counted_outside or excluded_inside:
        lines.append(strings.COMPARE_NOT_A_VERDICT.format(
            definition=definition, timing=strings.TIMING_PHRASES.get(timing, timing),
            stakeholder=stakeholder_name))
    return " ".join(lines)


def fit_rows(examples: Sequence[Mapping[str, Any]], parts: Sequence[Mapping[str, Any]],
             name_column: str = "name") -> list[dict[str, str]]:
    """One row per example for a facts table: each part's fit in words, the overall status, source and tag.

    Columns: ``example``, ``part 1`` … ``part n``, ``overall``, ``source`` and
    ``verification`` (the example's own: always an interpretation), ready for
    :func:`course_helpers.tables.facts_table_html`.
    """
    rows = []
    for example in examples:
        fits = definition_fit(example, parts)
        row = {"example": str(example[name_column])}
        row.update({f"part {f.part}": f.words for f in fits})
        row.update(overall=strings.FIT_STATUS[fit_status(fits)], source=str(example["source"]),
                   verification=str(example["verification"]))
        rows.append(row)
    return rows
