"""Exports of the class's aggregates: a CSV for a spreadsheet and a self-contained HTML report.

CSV: one row per published number (long format: step, prompt, question, kind,
statistic, category, value, n, note), so it sorts and filters in any
spreadsheet. Numbers are written as numbers. Every text cell that a
spreadsheet could take for a formula (it begins with ``=``, ``+``, ``-``,
``@``, a tab, a carriage return or a line feed, even after spaces) gets a
leading apostrophe, the usual guard (OWASP ASVS 1.2.10, CWE-1236); the
apostrophe is visible in the cell and is all that changes. Hidden counts have
an empty value and say so in the note. No learner ids, no submission times.

HTML: one page, no scripts, no external resources, a Content-Security-Policy
that forbids both (the style sheet is allowed by its hash); figures are PNG
``data:`` images with their text descriptions beside them; every imported or
learner string is escaped, and reflections are isolated (``dir="auto"``) so
bidirectional-override characters cannot spill into the page.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import weakref
from typing import Any, Iterable, Sequence

from matplotlib.figure import Figure

from .. import strings
from ..plots import render_png
from ..text import escape
from ..vocabulary import NO_DRIVER
from .aggregate import (Aggregate, ClassAggregates, CountSummary, DistributionSummary, GridSummary, LinksSummary,
                        PlacementSummary, RankingSummary, TextSummary)
from .collect import ImportSummary
from .dashboard import Panel, build_panels, learners_line

CSV_HEADER = ("step", "prompt", "question", "kind", "statistic", "category", "value", "n", "note")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


# --- CSV ---------------------------------------------------------------------------------------

def neutralise(cell: Any) -> Any:
    """A text cell a spreadsheet will not run: a leading apostrophe when it could start a formula."""
    if not isinstance(cell, str):
        return cell
    stripped = cell.lstrip(" \u00a0")
    if cell.startswith(FORMULA_STARTS) or stripped.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_rows(aggregates: ClassAggregates) -> Iterable[tuple[Any, ...]]:
    """Every published number (and shared reflection) as a row of :data:`CSV_HEADER`, not yet neutralised."""
    k = aggregates.k
    for aggregate in aggregates:
        base = (aggregate.step, aggregate.prompt.id, aggregate.prompt.text, aggregate.kind)
        if aggregate.suppressed:
            yield (*base, "suppressed", "", "", "", strings.COHORT_FEWER.format(k=k))
            continue
        n = aggregate.n
        if isinstance(aggregate, PlacementSummary):
            for name, value in zip(("centre_x", "centre_y"), aggregate.centre):
                yield (*base, name, "", round(value, 2), n, "")
            for name, value in zip(("spread_x", "spread_y"), aggregate.spread):
                yield (*base, name, "", round(value, 2), n, "")
        elif isinstance(aggregate, DistributionSummary):
            for cell in aggregate.categories:
                note = strings.COHORT_HIDDEN_NOTE.format(k=k) if cell.count is None else ""
                yield (*base, "count", cell.value if aggregate.kind == "rating" else cell.label,
                       "" if cell.count is None else cell.count, n, note)
            if aggregate.median is not None:
                q1, q3 = aggregate.quartiles
                for name, value in (("first_quartile", q1), ("median", aggregate.median), ("third_quartile", q3)):
                    yield (*base, name, "", value, n, "")
        elif isinstance(aggregate, RankingSummary):
            for option in aggregate.options:
                if option.mean_rank is None:
                    yield (*base, "mean_rank", option.label, "", "", strings.COHORT_FEWER.format(k=k))
                else:
                    yield (*base, "mean_rank", option.label, round(option.mean_rank, 2), option.n, "")
                    yield (*base, "rank_spread", option.label, round(option.spread, 2), option.n, "")
        elif isinstance(aggregate, GridSummary):
            yield from _grid_rows(base, aggregate, k)
        elif isinstance(aggregate, LinksSummary):
            yield from _links_rows(base, aggregate, k)
        elif isinstance(aggregate, TextSummary):
            for text in aggregate.texts:
                yield (*base, "reflection", "", text, n, "")
        elif isinstance(aggregate, CountSummary):
            yield (*base, "answered", "", n, n, "")


def _grid_rows(base: tuple, aggregate: GridSummary, k: int) -> Iterable[tuple[Any, ...]]:
    """One row per answer in each cell; category "group | example | answer"."""
    for cell in aggregate.cells:
        where = f"{cell.row_label} | {cell.column_label}"
        if cell.n is None:
            yield (*base, "count", where, "", "", strings.COHORT_FEWER.format(k=k))
            continue
        counts = cell.counts or (None,) * len(aggregate.answers)
        for (_, label), count in zip(aggregate.answers, counts):
            yield (*base, "count", f"{where} | {label}", "" if count is None else count, cell.n,
                   strings.COHORT_HIDDEN_NOTE.format(k=k) if count is None else "")


def _links_rows(base: tuple, aggregate: LinksSummary, k: int) -> Iterable[tuple[Any, ...]]:
    """One row per driver and relation for each critique; category "critique | driver | relation"."""
    for row in aggregate.rows:
        if row.n is None or not row.counts:
            yield (*base, "count", row.label, "", "" if row.n is None else row.n,
                   strings.COHORT_FEWER.format(k=k) if row.n is None else strings.COHORT_HIDDEN_NOTE.format(k=k))
            continue
        for count in row.counts:
            where = f"{row.label} | {count.driver_label}"
            if count.driver != NO_DRIVER:
                where += f" | {count.relation or strings.CL_NO_RELATION}"
            yield (*base, "count", where, "" if count.count is None else count.count, row.n,
                   strings.COHORT_HIDDEN_NOTE.format(k=k) if count.count is None else "")


def csv_text(aggregates: ClassAggregates) -> str:
    """The CSV as text (write it with ``newline=''`` or as UTF-8 bytes from :func:`csv_bytes`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in csv_rows(aggregates):
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def csv_bytes(aggregates: ClassAggregates) -> bytes:
    """UTF-8 with a byte-order mark, so that spreadsheet programs read accented letters correctly."""
    return csv_text(aggregates).encode("utf-8-sig")


# --- HTML ----------------------------------------------------------------------------------

STYLE = """
body { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; margin: 2rem auto; max-width: 64rem;
       color: #000; background: #fff; padding: 0 1rem; }
body.large { font-size: 26px; max-width: 90rem; }
h1 { font-size: 1.7em; } h2 { font-size: 1.35em; margin-top: 2.2em; border-top: 2px solid #555; padding-top: .6em; }
h3 { font-size: 1.1em; }
figure { margin: 1em 0; } figure img { max-width: 100%; height: auto; border: 1px solid #ccc; }
figcaption, .description { white-space: pre-line; font-size: .9em; }
table { border-collapse: collapse; margin: 1em 0; } caption { text-align: left; font-weight: bold; }
th, td { border: 1px solid #555; padding: .25em .6em; text-align: left; vertical-align: top; }
td.number { text-align: right; }
.note { font-style: italic; }
ul.reflections li { margin: .4em 0; }
@media print { body { font-size: 12pt; max-width: none; } h2 { page-break-before: auto; } }
""".strip()


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; img-src data:; style-src 'sha256-{digest}'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'")


# A figure's PNG, encoded once: the dashboard and the report it exports show the same figures.
_ENCODED: "weakref.WeakKeyDictionary[Figure, tuple[str, str]]" = weakref.WeakKeyDictionary()


def figure_data_uri(panel: Panel) -> str:
    cached = _ENCODED.get(panel.figure)
    if cached is not None and cached[0] == panel.description:
        return cached[1]
    png = render_png(panel.figure, panel.description)
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    _ENCODED[panel.figure] = (panel.description, uri)
    return uri


def panel_html(panel: Panel, heading: str = "h3") -> str:
    """One panel as an HTML fragment (every string escaped); usable in a widget as well as in the report."""
    parts = [f"<section class=\"panel\"><{heading}>{escape(panel.title)}</{heading}>"]
    if panel.figure is not None:
        alt = panel.description.split("\n", 1)[0]
        parts.append(f"<figure><img src=\"{figure_data_uri(panel)}\" alt=\"{escape(alt)}\">"
                     f"<figcaption>{escape(panel.description)}</figcaption></figure>")
    elif panel.description:
        parts.append(f"<p class=\"description\">{escape(panel.description)}</p>")
    if panel.table:
        parts.append(table_html(panel.table, panel.title))
    if panel.texts:
        items = "".join(f"<li dir=\"auto\"><bdi>{escape(text)}</bdi></li>" for text in panel.texts)
        parts.append(f"<ul class=\"reflections\">{items}</ul>")
    if panel.note:
        parts.append(f"<p class=\"note\">{escape(panel.note)}</p>")
    parts.append("</section>")
    return "".join(parts)


def table_html(rows: Sequence[Sequence[str]], caption: str) -> str:
    header, *body = rows
    head = "".join(f"<th scope=\"col\">{escape(cell)}</th>" for cell in header)
    lines = []
    for row in body:
        first, *rest = row
        cells = "".join(f"<td class=\"number\">{escape(c)}</td>" if str(c).isdigit() else f"<td>{escape(c)}</td>"
                        for c in rest)
        lines.append(f"<tr><th scope=\"row\">{escape(first)}</th>{cells}</tr>")
    return (f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(lines)}</tbody></table>")


def report_html(aggregates: ClassAggregates, summary: ImportSummary | None = None, *,
                panels: Sequence[Panel] | None = None, title: str = strings.COHORT_REPORT_TITLE,
                large: bool = False) -> str:
    """The whole dashboard as one self-contained HTML page (``large`` for a projector)."""
    if panels is None:
        panels = build_panels(aggregates)
    body = [f"<h1>{escape(title)}</h1>", f"<p>{escape(learners_line(aggregates))}</p>",
            f"<p class=\"note\">{escape(strings.COHORT_PRIVACY_NOTE.format(k=aggregates.k))}</p>"]
    if summary is not None:
        lines = "".join(f"<li>{escape(line.strip())}</li>" for line in summary.lines())
        body.append(f"<details><summary>{escape(strings.COHORT_IMPORT_HEADING)}</summary><ul>{lines}</ul></details>")
    current = None
    for panel in panels:
        if panel.step != current:
            current = panel.step
            step = next((s for s in aggregates.steps if s.id == panel.step), None)
            heading = strings.COHORT_STEP_TITLE.format(step=panel.step, title=step.title if step else "")
            body.append(f"<h2>{escape(heading)}</h2>")
        body.append(panel_html(panel))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_csp()}\">"
            "<meta name=\"referrer\" content=\"no-referrer\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
            f"<body class=\"{'large' if large else 'normal'}\">{''.join(body)}</body></html>\n")
