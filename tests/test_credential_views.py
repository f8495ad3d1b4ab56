"""Notebook 07's live views: findings, sizes, downloads and the blocks chart follow the answers; tables are escaped."""
from __future__ import annotations

import base64
import html
import json
import re

import pytest

from course_helpers import strings
from course_helpers.blocks_views import BlocksChart, blocks_chart
from course_helpers.credential_audit import element_rows
from course_helpers.credential_views import (AuditFindings, CredentialDownloads, SizeComparison, audit_findings,
                                             credential_downloads, download_link_html, file_stem, size_comparison)
from course_helpers.credentials import from_json
from course_helpers.journal import ERASE_CONFIRMATION, Journal
from course_helpers.openbadges import from_achievement_credential
from course_helpers.session import StepSession
from course_helpers.course import step as find_step
from course_helpers import criteria_tables
from credential_cases import BIDI, MARKUP, MEGABYTE
from test_openbadges import assert_valid

TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]*)")
VIEW_TAGS = {"div", "p", "ul", "li", "a", "details", "summary", "pre"}
LINK = re.compile(r'<a download="([^"]*)" href="data:([^;]+)(?:;charset=utf-8)?;base64,([A-Za-z0-9+/=]*)">')


@pytest.fixture
def session(journal) -> StepSession:
    return StepSession(find_step("07"), journal)


def downloads(view: CredentialDownloads) -> dict[str, tuple[str, bytes]]:
    """The links in the view: file name (as the browser reads it) -> (MIME type, content)."""
    return {html.unescape(name): (mime, base64.b64decode(payload))
            for name, mime, payload in LINK.findall(view.html.value)}


# --- findings ------------------------------------------------------------------------------------

def test_findings_follow_the_form_from_empty_to_an_example_and_back_after_an_erase(session, journal):
    findings = audit_findings(session)
    assert strings.CV_EMPTY_FORM in findings.text
    assert "0 of the 11 mandatory elements of Annex I are present" in findings.text
    form = session.answer("audit")
    form.example_buttons["cloud-security"].click()
    assert "8 of the 11 mandatory elements" in findings.text
    assert "- Missing: Country or region of the issuer is missing" in findings.text
    assert "'Know the main types of cloud attack' starts with 'know'" in findings.text
    assert findings.text.index("Country or region") < findings.text.index("Type of quality assurance is missing")
    optional = findings.text.split(strings.CV_FINDINGS_GROUPS[1])[1]
    assert "Prerequisites is not given" in optional and "Country" not in optional
    journal.erase(ERASE_CONFIRMATION)
    assert "0 of the 11 mandatory elements" in findings.text


def test_findings_show_markup_as_text_and_name_what_cannot_be_saved(session):
    findings = audit_findings(session)
    form = session.answer("audit")
    form.fields["date_issued"].value = MARKUP
    assert "<script" not in findings.html.value and "&lt;script&gt;" in findings.html.value
    form.fields["title"].value = MEGABYTE
    assert "Title has 1,048,576 characters, more than the 5,000 the form keeps" in findings.text
    assert len(findings.html.value) < 20_000  # the title is named by its size, never quoted whole


def test_a_view_that_fails_says_so_and_never_raises(session, monkeypatch):
    findings = audit_findings(session)
    monkeypatch.setattr(AuditFindings, "_render", lambda self, value: 1 / 0)
    findings.refresh()
    assert findings.error and "could not be updated" in findings.text


def test_findings_read_a_journal_value_when_no_form_is_shown(journal):
    journal.save("07", "audit", {"title": "Imported", "level": 7, "ects": 6})
    findings = audit_findings(StepSession(find_step("07"), journal))
    assert "Level: EQF level 7." in findings.text and "6 ECTS" in findings.text


# --- sizes -----------------------------------------------------------------------------------------

def test_sizes_follow_the_form_and_cite_each_definition(session):
    sizes = size_comparison(session)
    assert sizes.text.count("Cannot tell") == 6 and sizes.text.count("No size set") == 2
    session.answer("audit").fields["hours"].value = "130"
    assert "Common Microcredential Framework (European MOOC Consortium): Fits. At 130 hours, it fits." in sizes.text
    assert "MicroHE skill credential: Would not fit" in sizes.text
    table = sizes.html.value
    assert "<caption" in table and html.escape(strings.CV_SIZES_CAPTION) in table and "Annex I itself sets no size" in table
    assert "European MOOC Consortium (2019) Common Microcredential Framework" in table  # the source column


# --- downloads -------------------------------------------------------------------------------------

def test_nothing_to_download_until_the_form_holds_something(session):
    view = credential_downloads(session)
    assert view.text == strings.CV_NOTHING_TO_EXPORT and downloads(view) == {}


@pytest.mark.parametrize("example_id", ["data-ethics", "cloud-security"])
def test_the_downloads_are_the_valid_export_and_the_summary_of_the_form(session, example_id):
    view = credential_downloads(session)
    form = session.answer("audit")
    form.example_buttons[example_id].click()
    files = downloads(view)
    assert len(files) == 2
    (json_name, (json_mime, document)), (page_name, (page_mime, page)) = files.items()
    assert json_mime == "application/json" and page_mime == "text/html"
    assert json_name.endswith(".json") and page_name.endswith("-summary.html")
    assert view.files[json_name] == document and view.files[page_name] == page
    parsed = json.loads(document)
    assert_valid(parsed)
    assert from_achievement_credential(parsed).credential == from_json(form.value).credential
    assert "<!DOCTYPE html>" in page.decode("utf-8") and "Content-Security-Policy" in page.decode("utf-8")
    assert json.dumps(parsed, indent=2, ensure_ascii=False)[:200] in html.unescape(view.html.value)


def test_downloads_follow_every_change_and_stop_while_the_form_cannot_be_saved(session):
    view = credential_downloads(session)
    form = session.answer("audit")
    form.fields["title"].value = "First"
    assert "first.json" in downloads(view)
    form.fields["title"].value = "Second title"
    assert "second-title.json" in downloads(view) and "first.json" not in downloads(view)
    form.fields["title"].value = MEGABYTE
    assert downloads(view) == {} and view.files == {}
    assert view.text.startswith("The files are made once the form can be saved")


def test_hostile_titles_give_safe_file_names_and_escaped_links(session):
    view = credential_downloads(session)
    form = session.answer("audit")
    form.fields["title"].value = f'"><img src=x onerror=alert(1)> {BIDI} Café/../../etc'
    names = list(downloads(view))
    assert names == ["img-src-x-onerror-alert-1-evil-cafe-etc.json",
                     "img-src-x-onerror-alert-1-evil-cafe-etc-summary.html"]
    assert set(TAG.findall(view.html.value)) <= VIEW_TAGS
    form.value = {"title": MARKUP, "learning_outcomes": [MARKUP]}
    assert set(TAG.findall(view.html.value)) <= VIEW_TAGS


@pytest.mark.parametrize("title, stem", [("", "micro-credential"), ("   ", "micro-credential"), ("日本語", "micro-credential"),
                                         ("Data Ethics: Part 2", "data-ethics-part-2"), ("x" * 500, "x" * 60),
                                         ("..", "micro-credential"), ("\udc80 A", "a")])
def test_file_stems(title, stem):
    assert file_stem(title) == stem


def test_a_download_link_escapes_its_file_name_and_carries_the_bytes():
    link = download_link_html(b"{}", 'a"b<c>.json', "application/json", "What")
    assert 'download="a&quot;b&lt;c&gt;.json"' in link and ">a&quot;b&lt;c&gt;.json</a>" in link
    assert "base64,e30=" in link and link.startswith("What: ")


# --- the blocks chart ---------------------------------------------------------------------------------

def test_the_blocks_chart_follows_the_ranking_and_lists_every_caveat(session, journal):
    chart = blocks_chart(session)
    assert isinstance(chart, BlocksChart) and chart.error is None
    assert chart.png == b"" and chart.description == strings.BLOCKS_PLACEHOLDER
    session.answer("block_ranking").value = ["funding", "recognition"]
    assert "Funding and incentives: you put it in place 1." in chart.description
    assert "Recognition: you put it in place 2." in chart.description
    assert chart.description.index("Funding") < chart.description.index("Recognition:")
    assert "Employers in the United States answering a different question" in chart.description
    assert chart.png.startswith(b"\x89PNG")
    journal.erase(ERASE_CONFIRMATION)
    assert chart.png == b"" and chart.description == strings.BLOCKS_PLACEHOLDER


def test_views_are_replaced_when_their_cell_runs_again(session):
    first = audit_findings(session)
    second = audit_findings(session)
    assert first is not second
    session.answer("audit").fields["title"].value = "After the re-run"
    assert "1 of the 11" in second.text and "0 of the 11" in first.text  # the closed view stopped following
    for factory in (size_comparison, credential_downloads, blocks_chart):
        assert factory(session) is not factory(session)
    assert repr(first) == "AuditFindings()" and "After" not in repr(second)


# --- the tables ------------------------------------------------------------------------------------

def test_the_elements_table_follows_annex_i_in_names_and_order():
    table = criteria_tables.elements_table().html
    rows = element_rows()
    positions = [table.index(html.escape(row["element"], quote=True)) for row in rows]
    assert positions == sorted(positions)
    assert table.count("optional, where relevant") == 5 and table.count(">mandatory<") == 11
    assert "The Annex names these options: unsupervised with no identity verification; supervised with no identity verification" in table


@pytest.mark.parametrize("make, words", [
    (criteria_tables.definition_table, ["16 June 2022", "small volume of learning", "Portability"]),
    (criteria_tables.principles_table, ["Valid assessment", "Name: checked in the source; description: partly checked"]),
    (criteria_tables.mapping_table, ["Type of quality assurance", "creditsAvailable is left empty",
                                     "Interpretation (the companion authors&#x27; reading)"]),
    (criteria_tables.blocks_table, ["Institutional culture", "Commission staff working document"]),
    (criteria_tables.shares_table, ["510 leaders of US organisations", "Recognition, Quality assurance",
                                    "not known", "57% named recognition and quality assurance as a barrier"]),
])
def test_each_table_has_its_rows_status_and_sources(make, words):
    table = make()
    assert table.html.startswith('<table class="course-facts"') and "<caption" in table.html
    for word in words:
        assert word in table.html, word
    assert "<script" not in table.html


def test_the_mapping_table_names_every_element_once():
    table = criteria_tables.mapping_table().html
    for row in element_rows():
        assert table.count(f">{html.escape(row['short_name'], quote=True)}</th>") == 1
