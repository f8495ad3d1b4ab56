"""Seminar run sheets (60 and 90 minutes) and the notes on handling loaded critiques, from ``data/``.

The plans live in ``data/runsheet.csv`` (one row per segment: start and end
minute, the step's notebook, what the room does, how it is grouped, what to
project, a note for the facilitator) and the notes in
``data/facilitation_notes.csv``. :func:`load_runsheets` checks that each
plan's segments follow one another without gaps or overlaps from minute 0 to
the plan's length and that every step exists; :func:`runsheet_markdown` and
:func:`runsheet_html` make printable sheets (the HTML is escaped and has no
scripts).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import data, strings
from ..course import LEARNER_STEPS
from ..text import escape
from .export import STYLE, _csp

PLANS = (60, 90)


class RunSheetError(ValueError):
    """A run sheet's timings or steps do not add up; the message names the segment."""


@dataclass(frozen=True)
class Segment:
    id: str
    start: int
    end: int
    step: str | None
    activity: str
    grouping: str
    room: str
    project: str
    facilitator: str

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @property
    def notebook(self) -> str:
        step = next((s for s in LEARNER_STEPS if s.id == self.step), None)
        return step.notebook if step else ""


@dataclass(frozen=True)
class RunSheet:
    minutes: int
    segments: tuple[Segment, ...]


def load_runsheets(data_dir: Path | None = None) -> dict[int, RunSheet]:
    """Every plan, checked: contiguous from 0 to its length, steps from the manifest."""
    frame = data.load("runsheet", data_dir)
    sheets = {}
    for plan in PLANS:
        rows = frame[frame["plan"] == str(plan)].sort_values("start")
        segments = tuple(Segment(r.id, int(r.start), int(r.end), r.step or None, r.activity, r.grouping, r.room,
                                 r.project, r.facilitator) for r in rows.itertuples())
        check_timings(plan, segments)
        sheets[plan] = RunSheet(plan, segments)
    return sheets


def check_timings(plan: int, segments: tuple[Segment, ...]) -> None:
    """Raise RunSheetError unless the segments tile 0..plan minutes exactly and name real steps."""
    known = {s.id for s in LEARNER_STEPS}
    expected = 0
    for segment in segments:
        if segment.start != expected:
            raise RunSheetError(f"plan {plan}, {segment.id}: starts at minute {segment.start}, "
                                f"but the segment before ends at {expected}")
        if segment.end <= segment.start:
            raise RunSheetError(f"plan {plan}, {segment.id}: ends at {segment.end}, not after its start")
        if segment.step is not None and segment.step not in known:
            raise RunSheetError(f"plan {plan}, {segment.id}: no step {segment.step!r} in the course")
        expected = segment.end
    if expected != plan:
        raise RunSheetError(f"plan {plan}: the segments end at minute {expected}, not {plan}")


def load_notes(data_dir: Path | None = None) -> list[tuple[str, str]]:
    """(topic, note) for handling politically loaded critiques even-handedly."""
    frame = data.load("facilitation_notes", data_dir)
    return list(zip(frame["topic"], frame["note"]))


def _step_cell(segment: Segment) -> str:
    return f"{segment.step} ({segment.notebook})" if segment.step else "—"


def runsheet_markdown(sheet: RunSheet, notes: list[tuple[str, str]]) -> str:
    """The plan as Markdown: a table minute by minute, then the notes."""
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [f"# {strings.RUNSHEET_TITLE.format(minutes=sheet.minutes)}", "", strings.RUNSHEET_INTRO, "",
             "| " + " | ".join(strings.RUNSHEET_COLUMNS) + " |", "|" + "---|" * len(strings.RUNSHEET_COLUMNS)]
    for s in sheet.segments:
        lines.append(f"| {s.start}–{s.end} ({s.minutes} min) | {cell(_step_cell(s))} | **{cell(s.activity)}** "
                     f"({cell(s.grouping)}): {cell(s.room)} | {cell(s.project)} | {cell(s.facilitator)} |")
    lines += ["", f"## {strings.RUNSHEET_NOTES_TITLE}", ""]
    lines += [f"- **{cell(topic)}.** {cell(note)}" for topic, note in notes]
    return "\n".join(lines) + "\n"


def runsheet_table_html(sheet: RunSheet) -> str:
    """The plan as an escaped HTML table (a fragment: the notebook shows it, :func:`runsheet_html` prints it)."""
    head = "".join(f"<th scope=\"col\">{escape(c)}</th>" for c in strings.RUNSHEET_COLUMNS)
    rows = []
    for s in sheet.segments:
        rows.append(f"<tr><th scope=\"row\">{s.start}–{s.end}<br>({s.minutes} min)</th>"
                    f"<td>{escape(_step_cell(s))}</td>"
                    f"<td><strong>{escape(s.activity)}</strong> ({escape(s.grouping)}): {escape(s.room)}</td>"
                    f"<td>{escape(s.project)}</td><td>{escape(s.facilitator)}</td></tr>")
    caption = escape(strings.RUNSHEET_TITLE.format(minutes=sheet.minutes))
    return (f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def notes_html(notes: list[tuple[str, str]]) -> str:
    """The notes on loaded critiques as an escaped HTML list."""
    return "<ul>" + "".join(f"<li><strong>{escape(topic)}.</strong> {escape(note)}</li>" for topic, note in notes) \
        + "</ul>"


def runsheet_html(sheet: RunSheet, notes: list[tuple[str, str]]) -> str:
    """The plan as a printable, self-contained HTML page (escaped, no scripts)."""
    title = strings.RUNSHEET_TITLE.format(minutes=sheet.minutes)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_csp()}\">"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body class=\"normal\">"
            f"<h1>{escape(title)}</h1><p>{escape(strings.RUNSHEET_INTRO)}</p>"
            f"{runsheet_table_html(sheet)}"
            f"<h2>{escape(strings.RUNSHEET_NOTES_TITLE)}</h2>{notes_html(notes)}</body></html>\n")
