"""The facts of notebook 07 as tables, each row with its status and source.

* :func:`definition_table`: the EU definition of 2022, part by part;
* :func:`elements_table`: Annex I's standard elements, in the Annex's order;
* :func:`principles_table`: Annex II's ten principles;
* :func:`mapping_table`: where the Open Badges export puts each element;
* :func:`blocks_table` and :func:`shares_table`: the blocks on the road, and
  the survey figures about them with who answered and each caveat.

Every cell is escaped (:func:`course_helpers.tables.facts_table_html`).
"""
from __future__ import annotations

from typing import Any

from . import data, strings
from .tables import Table, facts_table_html, status_text


def _table(rows: list[dict[str, Any]], columns: dict, caption: str, **options: Any) -> Table:
    return Table(facts_table_html(rows, columns, caption=caption, **options), caption)


def definition_table() -> Table:
    """The six parts of the 2022 definition, and the Recommendation's meaning of portability."""
    part, says = strings.CT_DEFINITION_COLUMNS
    rows = data.load("eu_definition").to_dict("records")
    return _table(rows, {part: lambda r: str(r["part"]).capitalize(), says: "text"}, strings.CT_DEFINITION_CAPTION,
                  row_header=part)


def elements_table() -> Table:
    """Annex I: the eleven mandatory elements in order, then the optional ones, as the Annex lists them."""
    from .credential_audit import element_rows

    order, element, status, records = strings.CT_ELEMENTS_COLUMNS
    columns = {
        order: "order",
        element: "element",
        status: lambda r: strings.CT_ELEMENT_STATUS[r["status"]],
        records: _records,
    }
    return _table(element_rows(), columns, strings.CT_ELEMENTS_CAPTION, row_header=element)


def _records(row: dict[str, Any]) -> str:
    """What an element records, and the options the Annex names for it, if any."""
    text = row["options"] if isinstance(row["options"], str) else ""
    options = [o.strip() for o in text.split(data.LIST_SEPARATOR) if o.strip()]
    if not options:
        return str(row["description"])
    return f'{row["description"]} {strings.CT_ELEMENT_OPTIONS.format(options="; ".join(options))}'


def _principle_status(row: dict[str, Any]) -> str:
    return strings.CT_PRINCIPLE_STATUS.format(name=status_text(str(row["name_verification"])).lower(),
                                              description=status_text(str(row["verification"])).lower())


def principles_table() -> Table:
    """Annex II: the ten principles, names checked, descriptions paraphrased."""
    principle, asks = strings.CT_PRINCIPLES_COLUMNS
    rows = data.load("eu_principles").to_dict("records")
    return _table(rows, {principle: "principle", asks: "description"}, strings.CT_PRINCIPLES_CAPTION,
                  row_header=principle, status=_principle_status)


def mapping_table() -> Table:
    """Each EU standard element beside the Open Badges 3.0 field the export puts it in (our mapping)."""
    from .credential_audit import element_rows
    from .openbadges import element_mapping

    names = {row["id"]: row["short_name"] for row in element_rows()}
    element, field, note = strings.CT_MAPPING_COLUMNS
    rows = [{**row, "element": names[row["element_id"]], "source": "1edtech-ob3;companion-authors",
             "verification": "interpretation"} for row in element_mapping()]
    return _table(rows, {element: "element", field: "field", note: "note"}, strings.CT_MAPPING_CAPTION,
                  row_header=element)


def blocks_table() -> Table:
    """The blocks on the road, each with its description, status and sources."""
    block, description = strings.CT_BLOCKS_COLUMNS
    rows = data.load("implementation_blocks").to_dict("records")
    return _table(rows, {block: "block", description: "description"}, strings.CT_BLOCKS_CAPTION, row_header=block)


def shares_table() -> Table:
    """Each survey figure about a block: who answered, the share, the blocks it concerns and its caveat."""
    from .blocks import load_blocks, load_shares

    names = {block.id: block.name for block in load_blocks()}
    survey, year, who, share, blocks, caveat = strings.CT_SHARES_COLUMNS
    rows = [{"survey": s.survey, "year": strings.CT_YEAR_UNKNOWN if s.year is None else str(s.year),
             "respondents": s.respondents, "share": f"{s.percent:g}% {s.figure}",
             "blocks": ", ".join(names[b] for b in s.blocks), "caveat": s.caveat, "source": s.source,
             "verification": s.verification} for s in load_shares()]
    columns = {survey: "survey", year: "year", who: "respondents", share: "share", blocks: "blocks",
               caveat: "caveat"}
    return _table(rows, columns, strings.CT_SHARES_CAPTION, row_header=survey)
