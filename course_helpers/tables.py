"""Facts from ``data/*.csv`` as accessible HTML tables, each row with its status and its source.

Every cell is escaped. Each row says in words how well it is checked, and a
row that is the companion authors' interpretation says so visibly ("Interpretation")
rather than by colour or an icon. The source column cites ``sources.csv``
and links to the source where it has a web address.
"""
from __future__ import annotations

from typing import Callable, Mapping, Sequence

import pandas as pd
from . import data
from .strings import (FIGURE_CAPTIONS, FIGURE_COLUMNS, SCENARIO_CAPTION, SCENARIO_COLUMNS, SCENARIO_STATUS,
                      SCENARIO_STATUS_WHAT, SOURCE_HEADER, STATUS_HEADER, STATUS_WORDS)
from .text import escape

TABLE_STYLE = "border-collapse: collapse; margin: 0.5em 0; font-size: 0.95em"
CELL_STYLE = "text-align: left; vertical-align: top; padding: 0.3em 0.6em; border-bottom: 1px solid #bbb"
# Underlined: a linked citation can share a cell with one that is not, and colour alone must not tell them apart.
LINK_STYLE = "text-decoration: underline"
CAPTION_STYLE = "caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.3em"

Formatter = Callable[[Mapping[str, object]], str]


class Table:
    """Escaped HTML that a notebook shows as a table (plain text shows the caption only)."""

    def __init__(self, html: str, caption: str):
        self.html = html
        self.caption = caption

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<table: {self.caption}>"


def status_text(tag: str) -> str:
    """A verification tag in words."""
    return STATUS_WORDS.get(tag, tag)


def source_html(ids: str, sources: pd.DataFrame | None = None) -> str:
    """Citations for a ';'-separated list of source ids, each linked when it has an http(s) address.

    Pass ``sources`` (``data.load("sources")``) when citing many rows, so the bibliography is read once.
    """
    table = (data.load("sources") if sources is None else sources).set_index("id")
    cited = []
    for source_id in (i.strip() for i in ids.split(data.LIST_SEPARATOR) if i.strip()):
        if source_id not in table.index:
            raise KeyError(f"unknown source id {source_id!r} (not in sources.csv)")
        row = table.loc[source_id]
        citation = escape(data.citation(row["authors"], row["year"], row["title"]))
        url = str(row["url"])
        if url.startswith(("https://", "http://")):
            citation = (f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer" '
                        f'style="{LINK_STYLE}">{citation}</a>')
        cited.append(citation)
    return "; ".join(cited)


def _cell(tag: str, content: str, *, scope: str | None = None) -> str:
    scope_attr = f' scope="{scope}"' if scope else ""
    return f'<{tag}{scope_attr} style="{CELL_STYLE}">{content}</{tag}>'


def facts_table_html(rows: Sequence[Mapping[str, object]], columns: Mapping[str, str | Formatter], *,
                     caption: str, row_header: str | None = None, status: Formatter | None = None,
                     sources: pd.DataFrame | None = None) -> str:
    """An HTML table: one row per fact, the given columns, then Status and Source.

    ``columns`` maps a header to a column name or to a function of the row
    that returns plain text (escaped here). ``row_header`` names the header
    whose cells are row headers for screen readers. ``status`` overrides the
    status text (plain text); by default it comes from the row's verification tag.
    """
    sources = data.load("sources") if sources is None else sources  # read once for the whole table
    heads = "".join(_cell("th", escape(h), scope="col") for h in [*columns, STATUS_HEADER, SOURCE_HEADER])
    body = []
    for row in rows:
        cells = []
        for header, column in columns.items():
            value = column(row) if callable(column) else row[column]
            text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
            is_header = header == row_header
            cells.append(_cell("th" if is_header else "td", escape(text), scope="row" if is_header else None))
        state = status(row) if status else status_text(str(row["verification"]))
        state_html = escape(state)
        if str(row.get("verification")) == "interpretation":
            state_html = f"<strong>{state_html}</strong>"
        cells.append(_cell("td", state_html))
        cells.append(_cell("td", source_html(str(row["source"]), sources)))
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (f'<table class="course-facts" style="{TABLE_STYLE}">'
            f'<caption style="{CAPTION_STYLE}">{escape(caption)}</caption>'
            f"<thead><tr>{heads}</tr></thead><tbody>{''.join(body)}</tbody></table>")


# ------------------------------------------------------------ HolonIQ figures

FIGURE_GROUPS: dict[str, Callable[[str], bool]] = {
    "market": lambda fid: fid.startswith("market_"),
    "barriers": lambda fid: fid.startswith("barrier_"),
    "adoption": lambda fid: not fid.startswith(("market_", "barrier_")),
}


def format_value(value: float, unit: str) -> str:
    """2600, 'USD billion' -> 'US$2.6 trillion'; 20, 'percent' -> '20%'; 320, 'people' -> '320 people'."""
    if unit == "USD billion":
        return f"US${value / 1000:g} trillion" if value >= 1000 else f"US${value:g} billion"
    if unit == "percent":
        return f"{value:g}%"
    return f"{value:,.0f} {unit}" if float(value).is_integer() else f"{value:g} {unit}"


def holoniq_figures_table(group: str = "market") -> Table:
    """HolonIQ's figures of one group ('market', 'adoption' or 'barriers') with status and source."""
    if group not in FIGURE_GROUPS:
        raise KeyError(f"unknown group {group!r}; choose one of {', '.join(FIGURE_GROUPS)}")
    frame = data.load("holoniq_figures")
    rows = [r for r in frame.to_dict("records") if FIGURE_GROUPS[group](r["id"])]
    measured, value, year = FIGURE_COLUMNS
    columns: dict[str, str | Formatter] = {
        measured: "figure",
        value: lambda r: format_value(float(r["value"]), str(r["unit"])),
        year: "year",
    }
    caption = FIGURE_CAPTIONS[group]
    return Table(facts_table_html(rows, columns, caption=caption, row_header=measured), caption)


# ---------------------------------------------------------------- scenarios


def _items(value: object) -> str:
    return "; ".join(i.strip() for i in str(value).split(data.LIST_SEPARATOR) if i.strip())


def _scenario_status(row: Mapping[str, object]) -> str:
    """e.g. "Interpretation (the companion authors' reading); name and position: checked in the source"."""
    main = status_text(str(row["verification"]))
    names = status_text(str(row["name_verification"])).lower()
    what = SCENARIO_STATUS_WHAT[0] if row.get("axis_x") else SCENARIO_STATUS_WHAT[1]
    return SCENARIO_STATUS.format(main=main, what=what, names=names)


def scenario_table(framework: str, caption: str | None = None) -> Table:
    """One framework's scenarios (HolonIQ or Camilleri) with description, drivers, risks, status and source."""
    frame = data.scenarios(framework)
    number, scenario, position, looks, pushed, risks = SCENARIO_COLUMNS
    columns: dict[str, str | Formatter] = {number: "number", scenario: "name"}
    if framework == "HolonIQ":
        columns[position] = lambda r: f"{r['axis_y']}-led, {str(r['axis_x']).lower()}"
    columns.update({
        looks: "description",
        pushed: lambda r: _items(r["drivers"]),
        risks: lambda r: _items(r["risks"]),
    })
    caption = caption or SCENARIO_CAPTION.format(framework=framework)
    html = facts_table_html(frame.to_dict("records"), columns, caption=caption, row_header=scenario,
                            status=_scenario_status)
    return Table(html, caption)
