"""A class of 30 simulated learners, end to end: real journals, share files, a folder and a zip, import,
aggregates, dashboard panels, the HTML report and the CSV read back field by field (tests/test_cohort_spreadsheet.py
opens it in LibreOffice Calc)."""
from __future__ import annotations

import csv
import io
import re
import zipfile
from html.parser import HTMLParser

import pytest

from course_helpers.cohort import Collection, aggregate, prepare_share
from course_helpers.cohort.dashboard import build_panels
from course_helpers.cohort.export import CSV_HEADER, csv_text, neutralise, report_html
from course_helpers.cohort.simulate import SimulatedClass, fill_journal
from course_helpers.journal import Journal
from tests.cohort_helpers import CLASS, class_csv, is_number


def test_the_class_goes_from_journals_to_a_dashboard(simulated_class_of_30, tmp_path):
    root, folder, shares = simulated_class_of_30
    collection = Collection(class_code=CLASS)
    collection.add_folder(folder)
    summary = collection.summary()
    assert (summary.accepted, summary.learners, summary.superseded, summary.duplicates) == (31, 30, 1, 1)
    assert summary.refused_total == 0

    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, f"inbox/{path.name}")
    from_zip = Collection(class_code=CLASS)
    from_zip.add_upload("inbox.zip", zipped.getvalue())
    assert from_zip.summary().learners == 30
    result = aggregate(collection.table)
    assert csv_text(aggregate(from_zip.table)) == csv_text(result)  # the same class, however it arrived

    assert result.learners == 30
    familiarity = result.get("00", "familiarity")
    assert familiarity.n >= 25  # the simulation skips a few answers
    assert sum(c.count or 0 for c in familiarity.categories) <= familiarity.n
    why = result.get("01", "why_there")
    assert why.n == 20 and len(why.texts) == 20  # only the learners who ticked 01

    panels = build_panels(result)
    titles = [p.title for p in panels]
    assert "The class on HolonIQ's map" in titles
    assert "Camilleri's scenarios: probable versus preferable, for the class" in titles
    for panel in panels:
        if panel.figure is not None:
            assert len(panel.description.splitlines()) >= 2  # what the figure shows, then each item in words
    heat_map = next(p for p in panels if p.title.startswith("Stakeholder judgements: the share of the class"))
    assert heat_map.figure is not None and "Framed and marked" in heat_map.description  # 03, from real journals
    links_panel = next(p for p in panels if p.title == "04 Critiques and the drivers the class linked them to")
    assert links_panel.table[0][0] == "Critique" and len(links_panel.table) == 9
    assert result.get("03", "judgements").n >= 25 and result.get("04", "links").n >= 25
    map_panel = next(p for p in panels if p.title == "The class on HolonIQ's map")
    assert "today (blue circle, solid ellipse), " in map_panel.description

    html = report_html(result, summary)
    (tmp_path / "report.html").write_text(html)
    assert "<script" not in html.lower() and "onerror=" not in html.lower().replace("onerror=alert(2)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    for preview in shares:
        assert preview.document["learner"] not in html  # no learner id anywhere
    assert "2026-11-30T" not in html  # no submission times
    assert "private worry" not in html and "private worry" not in csv_text(result)
    assert not any(b"private worry" in preview.data for preview in shares)
    checker = TagChecker()
    checker.feed(html)
    assert checker.tags <= ALLOWED_TAGS, checker.tags - ALLOWED_TAGS
    assert checker.attributes <= ALLOWED_ATTRIBUTES, checker.attributes - ALLOWED_ATTRIBUTES


def test_the_csv_guards_every_formula_start_and_keeps_numbers_as_numbers(simulated_class_of_30):
    _, folder, shares = simulated_class_of_30
    data = class_csv(folder)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_HEADER
    body = rows[1:]
    for row in body:
        for cell in row:
            if is_number(cell):
                continue  # a spreadsheet reads "-3.0" as the number it is
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), row
            assert not re.match(r"\s+[=+\-@]", cell), row
    reflections = [row[6] for row in body if row[4] == "reflection"]
    for hostile in ('=HYPERLINK("http://x","c")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"):
        assert "'" + hostile in reflections
    assert "NA" in reflections and "None" in reflections  # kept as the words they are
    numbers = [row for row in body if row[4] in ("count", "median", "centre_x", "spread_x")]
    assert numbers
    for row in numbers:
        if row[6]:
            float(row[6])  # numbers stay numbers, negative ones included
    assert any(row[6].startswith("-") or row[4] != "centre_x" for row in numbers)
    for preview in shares:
        assert preview.document["learner"] not in data.decode("utf-8-sig")


def test_neutralise_leaves_numbers_and_harmless_text_alone():
    assert neutralise(-1.5) == -1.5 and neutralise(3) == 3
    assert neutralise("plain words") == "plain words"
    assert neutralise("  =1+1") == "'  =1+1"
    assert neutralise("-") == "'-"


def test_a_class_of_four_exports_nothing_that_was_answered(tmp_path):
    simulated = SimulatedClass(seed=3)
    collection = Collection()
    for number in range(4):
        journal = Journal(tmp_path / f"l{number}" / "journal.sqlite3")
        fill_journal(journal, simulated.answers())
        journal.save("01", "why_there", f"secret reflection {number}")
        collection.add_bytes(f"{number}.json", prepare_share(journal, CLASS, ["01"]).data)
        journal.close()
    result = aggregate(collection.table)
    text = csv_text(result)
    html = report_html(result)
    assert "secret reflection" not in text and "secret reflection" not in html
    assert {row[4] for row in csv.reader(io.StringIO(text))} == {"statistic", "suppressed"}
    assert "Fewer than 5 learners have shared" in html


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "details", "summary", "ul",
                "li", "section", "figure", "img", "figcaption", "table", "caption", "thead", "tbody", "tr", "th", "td",
                "bdi"}
ALLOWED_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "class", "src", "alt", "scope", "dir"}


class TagChecker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add(name)
            if name == "src":
                assert value.startswith("data:image/png;base64,")
