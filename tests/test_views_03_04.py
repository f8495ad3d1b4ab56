"""What notebooks 03 and 04 show beside the answers: sourced tables, the live figures, panels and the reveal.

Each view is built on a real step session and journal, and must follow the
answers whichever way they change (a widget, a re-run cell, an import),
never raise on a stored value it cannot use, and never mark anything right
or wrong.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
import uuid
import re

import pytest

from course_helpers import critique_views, stakeholder_views, strings
from course_helpers.course import step as find_step
from course_helpers.journal import ERASE_CONFIRMATION, Journal
from course_helpers.session import StepSession
from course_helpers.text import escape
from course_helpers.vocabulary import CRITIQUE_IDS, EXAMPLE_IDS

HOSTILE = '<img src=x onerror="window.__pwned=1">'


def session(journal: Journal, step_id: str) -> StepSession:
    return StepSession(find_step(step_id), journal)


def click(control, value) -> None:
    control.set_state({"index": [v for _, v in control.options].index(value)})


def import_answers(journal: Journal, answers: dict) -> None:
    """Bring answers in through the journal's import, as the restore button does."""
    now = datetime.now(timezone.utc)  # the journal refuses times far ahead of the clock
    revisions = [{"uid": uuid.uuid4().hex, "step": step, "prompt": prompt, "value": value,
                  "saved_at": now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "schema_version": 1}
                 for (step, prompt), value in answers.items()]
    journal.import_bytes(json.dumps({"format": "mc-course-journal", "schema_version": 1,
                                     "exported_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "revisions": revisions}).encode())


def headers(html: str) -> list[str]:
    return re.findall(r'<th scope="col"[^>]*>(.*?)</th>', html)


# --- tables ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("make", [
    stakeholder_views.stakeholders_table, stakeholder_views.stakeholder_context_table,
    stakeholder_views.examples_table, stakeholder_views.definitions_table, stakeholder_views.surveys_table,
    lambda: stakeholder_views.fit_table("EU 2022"), lambda: stakeholder_views.fit_table("UNESCO 2022"),
    critique_views.drivers_table, critique_views.critiques_table,
], ids=["stakeholders", "context", "examples", "definitions", "surveys", "fit-eu", "fit-unesco", "drivers",
        "critiques"])
def test_every_table_gives_each_row_its_status_and_source(make):
    table = make()
    assert headers(table.html)[-2:] == ["Status", "Source"]
    rows = table.html.count("<tr>") - 1
    assert rows >= 3 and table.html.count('<a href="https://') >= 1
    assert "<script" not in table.html and escape(table.caption) in table.html


def test_the_examples_are_labelled_made_up_and_interpretations():
    html = stakeholder_views.examples_table().html
    assert "made up by the companion&#x27;s authors, none is a real award" in html
    assert html.count("<strong>Interpretation (the companion authors&#x27; reading)</strong>") == len(EXAMPLE_IDS)
    assert headers(html)[0] == "Example" and "MICROBOL category (our reading)" in headers(html)


def test_the_stakeholder_facts_keep_their_own_status_and_source():
    needs, context = stakeholder_views.stakeholders_table().html, stakeholder_views.stakeholder_context_table().html
    assert "Varadarajan" in needs and "Reported by a secondary source" in context and "Kato" in context
    assert "a view about employers, not one from them" in context


def test_definitions_are_dated_against_the_course():
    html = stakeholder_views.definitions_table().html
    assert "2022-06-16, after the course" in html and "2020-12, before the course" in html
    assert "2019, before the course" in html
    assert html.count("after the course") == 6 + 4 + 1  # EU parts, UNESCO parts, the working definition


def test_our_reading_of_the_examples_names_each_part_and_says_it_is_ours():
    table = stakeholder_views.fit_table("EU 2022")
    assert table.caption == "Our reading: each example against the parts of the EU 2022 definition (published after the course)"
    assert headers(table.html)[:3] == ["Example", "1. a record of learning outcomes", "2. assessment against clear criteria"]
    assert "Language certificate" in table.html and "misses at least one part" in table.html
    assert "<strong>Interpretation" in table.html


def test_critiques_say_which_column_is_our_reading_and_give_who_and_when():
    html = critique_views.critiques_table().html
    assert "What they argue for, or weigh (our reading)" in headers(html)
    assert html.count("the last column is an interpretation (our reading)") == len(CRITIQUE_IDS)
    assert "World Education Services (WENR) (2023, after the course)" in html
    assert "Leesa Wheelahan &amp; Gavin Moodie (2021, in the course&#x27;s year)" in html
    for word in ("right", "wrong", "correct"):
        assert f" {word} " not in html.lower()


def test_drivers_are_dated_and_statements_are_marked_as_ours():
    table = critique_views.drivers_table()
    assert "the statement is ours, the claim and its source theirs" in table.caption
    assert "What it says (our words)" in headers(table.html)
    assert "Council of the European Union (2022, after the course)" in table.html


# --- 03: the heat map, the contrasts and the reveal ---------------------------------------------------

def test_the_heat_map_follows_the_grid_through_clicks_and_imports(journal):
    step = session(journal, "03")
    heatmap = stakeholder_views.judgement_map(step)
    assert heatmap.description == strings.HEATMAP_PLACEHOLDER and heatmap.png == b"" and heatmap.image.value == ""
    assert escape(strings.HEATMAP_PLACEHOLDER) in heatmap.text.value  # said under the heading, no empty map drawn
    grid = step.answer("judgements", one_row_at_a_time=True)
    click(grid.controls[0], "yes")  # learners, MOOC certificate
    assert "- Learners: yes for MOOC certificate; not answered yet for" in heatmap.description
    import_answers(journal, {("03", "judgements"): {"employers": {"badge": "no"}, "learners": {"badge": "yes"}}})
    assert "- Employers: no for Attendance badge" in heatmap.description
    assert "The viewpoints disagree most on attendance badge." in heatmap.description


def test_the_figures_give_way_to_a_sentence_again_when_the_answers_are_erased(journal):
    step = session(journal, "04")
    figure = critique_views.links_figure(step)
    step.answer("evidence_no_panacea").value = 3  # one rating is enough to draw
    assert figure.png and "'Not a cure-all, nor a money-maker' is not linked yet; evidence 3 of 5." in figure.description
    assert figure.image.value.startswith("<img alt=")
    journal.erase(ERASE_CONFIRMATION)
    assert figure.description == strings.LINKS_PLACEHOLDER and figure.image.value == ""


def test_rerunning_a_view_cell_replaces_the_view_and_its_listeners(journal):
    step = session(journal, "03")
    first = stakeholder_views.judgement_map(step)
    listeners = len(step.answer_changes)
    second = stakeholder_views.judgement_map(step)
    assert second is not first and len(step.answer_changes) == listeners
    assert first.session.answer_changes is step.answer_changes  # the first one was closed and disconnected


def test_contrasts_name_where_viewpoints_split_and_the_pairs_that_differ_most(journal):
    journal.save("03", "judgements", {
        "learners": {"mooc": "yes", "badge": "yes", "vendor": "yes"},
        "employers": {"mooc": "no", "badge": "no", "vendor": "yes"},
        "institutions": {"mooc": "unsure", "badge": "no", "vendor": "no"},
    })
    panel = stakeholder_views.viewpoint_contrasts(session(journal, "03"))
    lines = panel.text.splitlines()
    assert lines[0] == "The viewpoints disagree most on MOOC certificate."  # three different answers
    assert lines[1].startswith("Learners and Higher-education institutions differ most: on 3 of the 3 examples")
    assert lines[2] == strings.PAIRS_INTRO
    assert "- Learners and Employers: different answers on 2 of the 3 examples judged from both" in panel.text


def test_contrasts_ask_for_two_viewpoints_before_comparing(journal):
    panel = stakeholder_views.viewpoint_contrasts(session(journal, "03"))
    assert panel.text == strings.TOO_FEW_TO_COMPARE


def test_the_definitions_stay_closed_until_asked_and_the_note_counts_judged_cells(journal):
    step = session(journal, "03")
    reveal = stakeholder_views.definition_reveal(step)
    assert not reveal.is_open and reveal.comparison is None and reveal.table._html is None  # nothing built yet
    assert "You have judged 0 of 40 cells" in reveal.note.value
    grid = step.answer("judgements", one_row_at_a_time=True)
    click(grid.controls[0], "no")
    click(grid.controls[9], "yes")
    assert "You have judged 2 of 40 cells" in reveal.note.value
    reveal.button.click()
    assert reveal.is_open and reveal.comparison in reveal.children
    assert "EU 2022" in reveal.content.value and "UNESCO 2022" in reveal.content.value
    text = reveal.comparison.text
    assert "From the viewpoint of learners, you did not count MOOC certificate." in text
    assert "From the viewpoint of employers, you counted 5-ECTS module." in text
    assert "draws the line where our reading of the EU 2022 definition does" in text
    assert "answer key" in text


def test_the_grid_beside_the_definition_says_wider_or_narrower_never_a_score(journal):
    journal.save("03", "judgements", {"employers": {"badge": "yes", "module": "no"}})
    reveal = stakeholder_views.definition_reveal(session(journal, "03"))
    reveal.show()
    text = reveal.comparison.text
    assert "draws the line in a different place from our reading of the EU 2022 definition" in text
    assert "attendance badge (missing" in text and "published after the course" in text
    assert not re.search(r"\d+ ?%|score|\bcorrect\b|\bwrong\b", text)


@pytest.mark.parametrize("value", [{"learners": {"mooc": "maybe"}}, {HOSTILE: {"mooc": "yes"}}, "yes", [1]],
                         ids=repr)
def test_03_views_meet_a_forged_grid_calmly(journal, value):
    import_answers(journal, {("00", "hopes"): "x"})
    with __import__("sqlite3").connect(journal.path) as conn:
        conn.execute("INSERT INTO revisions (uid, step, prompt, value, saved_at, schema_version) VALUES (?,?,?,?,?,1)",
                     (uuid.uuid4().hex, "03", "judgements", json.dumps(value), "2099-12-31T00:00:00.000000Z"))
    conn.close()
    step = session(Journal(journal.path), "03")
    heatmap, panel = stakeholder_views.judgement_map(step), stakeholder_views.viewpoint_contrasts(step)
    reveal = stakeholder_views.definition_reveal(step)
    reveal.show()
    assert heatmap.error is None and panel.error is None and reveal.comparison.error is None
    assert heatmap.description == strings.HEATMAP_PLACEHOLDER  # nothing usable: nothing drawn
    for shown in (heatmap.text.value, panel.value, reveal.comparison.value):
        assert "<img" not in shown


# --- 04: the two-sided figure and the steelman ---------------------------------------------------------

def test_the_links_figure_follows_links_and_evidence_ratings(journal):
    step = session(journal, "04")
    figure = critique_views.links_figure(step)
    assert figure.description == strings.LINKS_PLACEHOLDER and figure.png == b""
    links = step.answer("links")
    _, driver, relation = links.rows[0]
    click(driver, "employer_demand")
    click(relation, "pushes against")
    assert ("- 'Gig qualifications for a gig economy' pushes against 'Skills over degrees'; evidence not rated yet."
            in figure.description)
    step.answer("evidence_gig_work").value = 2
    assert "pushes against 'Skills over degrees'; evidence 2 of 5." in figure.description
    import_answers(journal, {("04", "evidence_jungle"): 5})
    assert "'A jungle of certificates' is not linked yet; evidence 5 of 5." in figure.description


def test_the_steelman_panel_names_the_least_convincing_critique_and_follows_the_ratings(journal):
    step = session(journal, "04")
    panel = critique_views.steelman_panel(step)
    assert panel.text == strings.STEELMAN_NONE
    step.answer("evidence_jungle").value = 4
    step.answer("evidence_two_tier").value = 2
    assert panel.text.startswith("The critique to steelman: 'A two-tier system', whose evidence you found least "
                                 "convincing (2 of 5).")
    assert "The evidence you find most convincing: 'A jungle of certificates' (4 of 5)." in panel.text
    step.answer("evidence_gig_work").value = 2
    assert panel.text.startswith("'Gig qualifications for a gig economy' and 'A two-tier system' share your lowest "
                                 "rating (2 of 5). We suggest 'Gig qualifications for a gig economy'")


def test_04_views_meet_forged_answers_calmly(journal):
    import_answers(journal, {("00", "hopes"): "x"})
    with __import__("sqlite3").connect(journal.path) as conn:
        for n, (prompt, value) in enumerate([("links", {HOSTILE: {"driver": HOSTILE}}), ("evidence_jungle", 9),
                                             ("evidence_gig_work", HOSTILE)]):
            conn.execute("INSERT INTO revisions (uid, step, prompt, value, saved_at, schema_version) "
                         "VALUES (?,?,?,?,?,1)", (uuid.uuid4().hex, "04", prompt, json.dumps(value),
                                                  "2099-12-31T00:00:00.000000Z"))
    conn.close()
    step = session(Journal(journal.path), "04")
    figure, panel = critique_views.links_figure(step), critique_views.steelman_panel(step)
    assert figure.error is None and panel.error is None
    assert figure.description == strings.LINKS_PLACEHOLDER
    assert panel.text == strings.STEELMAN_NONE
    assert "<img" not in figure.text.value and "<img" not in panel.value
