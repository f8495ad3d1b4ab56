"""The live views of notebooks 08 and 09: canvas, readiness chart and notes, hopes note, tally, review, portfolio.

Real journals (SQLite files in a temporary folder) and real widgets; views are
checked through what they would send to the page (their HTML values and
figure descriptions), and through what they leave in the journal.
"""
from __future__ import annotations

import base64
import dataclasses
import gc
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_helpers import closing_views, context, context_views, questions, strings
from course_helpers.course import LEARNER_STEPS
from course_helpers.course import step as find_step
from course_helpers.journal import ERASE_CONFIRMATION, JournalError
from course_helpers.panels import JournalView
from course_helpers.portfolio.words import Piece, Shown, show_value
from course_helpers.session import StepSession

HOSTILE = '<img src=x onerror="window.__pwned=1">\u202eevil\u202c & <script>x</script>'


@pytest.fixture(autouse=True)
def quick_refresh(monkeypatch):
    monkeypatch.setattr(JournalView, "refresh_delay_seconds", 0.05)


def session(journal, step_id: str) -> StepSession:
    return StepSession(find_step(step_id), journal)


def decoded_links(html: str) -> dict[str, bytes]:
    """Every data: link of ``html`` by its download name."""
    found = re.findall(r'<a download="([^"]+)" href="data:[^;]+(?:;charset=utf-8)?;base64,([A-Za-z0-9+/=]+)"', html)
    return {name: base64.b64decode(payload) for name, payload in found}


# --- 08: the canvas ---------------------------------------------------------------------------

def recalled(prompt_id: str, value, step_id: str = "01") -> context.Recalled:
    step = find_step(step_id)
    prompt = step.prompt(prompt_id)
    return context.Recalled(context.Recall("context", step_id, prompt_id, "A label of ours"), prompt, step,
                            show_value(prompt, value))


def test_the_canvas_escapes_and_isolates_the_learners_words():
    html = context_views.canvas_html([recalled("why_there", HOSTILE)])
    assert "<img" not in html and "<script>" not in html and "&lt;img src=x" in html
    assert 'dir="auto"' in html  # the learner's text keeps its own direction, inside its own block
    assert strings.C8_CANVAS_HEADING in html and "A label of ours" in html


def test_an_unanswered_earlier_prompt_says_where_it_is_asked():
    step = find_step("01")
    item = context.Recalled(context.Recall("context", "01", "why_there", "Why"), step.prompt("why_there"), step, None)
    assert '<a href="01_holoniq_scenarios.ipynb">01 HolonIQ' in context_views.canvas_html([item])
    planned = dataclasses.replace(step, status="planned")
    html = context_views.canvas_html([dataclasses.replace(item, step=planned)])
    assert "<a " not in html and strings.C8_CANVAS_LATER.format(step="01") in html


def test_a_part_with_nothing_to_recall_shows_nothing():
    assert context_views.canvas_html([]) == ""


def test_a_long_earlier_answer_is_shortened_on_the_canvas_and_kept_whole_in_the_journal(journal):
    long_answer = "A sentence that goes on. " * 40_000  # a megabyte
    journal.save("01", "why_there", long_answer)
    view = context_views.EarlierAnswers(journal, "context")
    assert len(view.value) < 5_000 and strings.C8_CANVAS_SHORTENED in view.value
    assert journal.latest("01", "why_there").value == long_answer
    view.close()


lines_of_pieces = st.lists(st.lists(st.builds(Piece, st.text(max_size=80), st.booleans()), min_size=1, max_size=4)
                           .map(tuple), max_size=20).map(tuple)


@settings(max_examples=200, deadline=None)
@given(lines_of_pieces, st.integers(min_value=1, max_value=300), st.integers(min_value=1, max_value=15))
def test_shortening_keeps_whole_what_fits_and_cuts_the_rest(lines, chars, max_lines):
    shown = Shown(lines, listed=True)
    cut_shown, cut = context_views.shortened(shown, chars, max_lines)
    total = sum(len(piece.text) for line in lines for piece in line)
    assert cut == (total > chars or len(lines) > max_lines)
    if not cut:
        assert cut_shown.lines == tuple(line for line in lines)
    kept = sum(len(piece.text.removesuffix("\u2026")) for line in cut_shown.lines for piece in line)
    assert kept <= chars and len(cut_shown.lines) <= max_lines
    # The kept pieces are the first pieces of the original, each its start, each still marked as whose words it is.
    originals = [piece for line in lines for piece in line]
    kept_pieces = [piece for line in cut_shown.lines for piece in line]
    for piece, source in zip(kept_pieces, originals):
        assert source.text.startswith(piece.text.removesuffix("\u2026")) and piece.learner == source.learner


def test_the_canvas_follows_saves_imports_and_erases(journal, wait_until):
    view = context_views.EarlierAnswers(journal, "context")
    assert strings.C8_CANVAS_ASKED_IN in view.value
    journal.save("01", "place_today", {"x": -3, "y": 2})
    assert wait_until(lambda: "Greater Whole" in view.value)
    donor = journal.export_bytes()
    journal.erase(ERASE_CONFIRMATION)
    assert "Greater Whole" not in view.value  # at once, not after a pause
    journal.import_bytes(donor)
    assert "Greater Whole" in view.value
    view.close()


def test_an_unknown_part_is_named_and_a_journal_error_is_one_sentence(journal, monkeypatch):
    with pytest.raises(KeyError, match="readiness"):
        context_views.EarlierAnswers(journal, "budget")

    def broken(*_args, **_kwargs):
        raise JournalError("the journal file is locked")
    monkeypatch.setattr(journal, "latest_values", broken)
    view = context_views.EarlierAnswers(journal, "hardest")
    assert "the journal file is locked" in view.value and 'role="alert"' in view.value
    view.close()


# --- 08: readiness, the notes -----------------------------------------------------------------

def test_the_readiness_chart_and_note_follow_the_ratings_and_never_pick_for_the_learner(journal):
    step = session(journal, "08")
    chart = context_views.ReadinessChart(step)
    note = context_views.ReadinessNote(step)
    assert chart.description == strings.C8_CHART_PLACEHOLDER and chart.png == b""
    assert strings.C8_SUGGEST_NONE in note.text
    for pid, rating in (("P01", 4), ("P06", 1), ("P07", 2)):
        step.answer(f"readiness_{pid}").value = rating
    assert "P06 Recognition: 1 of 5 (lowest)." in chart.description
    assert "P07 Portable: 2 of 5." in chart.description and chart.png.startswith(b"\x89PNG")
    assert "P06 Recognition and P07 Portable" in note.text
    assert journal.latest("08", "hardest_two") is None  # a suggestion, never an answer
    step.answer("hardest_two").value = ["P01", "P06"]
    assert strings.C8_PICKED_HIGHER.format(names="P01 Quality", it="it") in note.text
    for view in (chart, note):
        view.close()


def test_the_plan_note_names_what_is_still_to_write(journal):
    step = session(journal, "08")
    note = context_views.PlanNote(step)
    assert note.text == context.plan_status(None)
    step.answer("action_plan").value = {"step": HOSTILE}
    assert note.text == "Still to write: Who takes it; What would show it worked."
    step.answer("action_plan").value = {"step": "a", "who": "me", "evidence": "a reply"}
    assert note.text == strings.CX_PLAN_COMPLETE and "<img" not in note.value
    note.close()


def test_the_principles_table_turns_each_principle_into_two_questions():
    html = context_views.principles_table().html
    assert html.count("<tr>") == 11  # a header and ten principles
    for pid, name in context.PRINCIPLES:
        assert f"{pid} {name}" in html
    assert html.count(strings.C8_PRINCIPLES_STATUS) == 10
    assert "Council of the European Union" in html and "The companion&#x27;s authors" in html


def test_views_stop_listening_when_closed_or_replaced(journal):
    step = session(journal, "08")
    for _ in range(20):  # a learner re-running the cells
        context_views.earlier_answers(step, "context")
        context_views.readiness_chart(step)
        context_views.readiness_note(step)
        context_views.plan_note(step)
    gc.collect()
    assert len(journal.changes) <= 4 and len(step.answer_changes) <= 3
    for slot in (("canvas", "context"), "readiness_chart", "readiness_note", "plan_note"):
        step.keep(slot, context_views.PlanNote(step)).close()
    gc.collect()
    assert len(journal.changes) == 0 and len(step.answer_changes) == 0


# --- 09: the hopes note, the tally, the review ----------------------------------------------

def test_the_hopes_note_is_escaped_in_its_own_direction_or_points_to_00(journal):
    html = closing_views.hopes_html(HOSTILE, "2026-03-01T10:20:30.123456Z", find_step("00"))
    assert "<img" not in html and '<p dir="auto"' in html and "1 March 2026" in html
    empty = closing_views.hopes_html(None, None, find_step("00"))
    assert '<a href="00_start_here.ipynb">00 Start here</a>' in empty


def test_the_hopes_note_follows_the_journal(journal, wait_until):
    note = closing_views.HopesNote(journal)
    assert strings.C9_HOPES_NONE in note.value
    journal.save("00", "hopes", "To understand stacking.")
    assert wait_until(lambda: "To understand stacking." in note.value)
    journal.save("00", "hopes", "   ")  # cleared: no note, not an empty one
    assert wait_until(lambda: strings.C9_HOPES_NONE in note.value)
    note.close()


def test_the_tally_follows_the_wall_through_its_widget(journal):
    step = session(journal, "09")
    tally = closing_views.QuestionTally(step)
    assert "Your wall has no questions yet." in tally.description
    wall = step.answer("further_questions", check=questions.record_problems)
    for text, stakeholder in ((HOSTILE, 0), ("Who pays?", 1), ("Who checks quality?", 1)):
        wall.editor[0].value = text
        wall.editor[2].value = questions.WALL.fields[2].options[stakeholder][1]
        assert wall.add()
    assert "Employers: 2 (most)" in tally.description and "Your wall has 3 questions." in tally.description
    wall.remove(wall.records[1]["id"])
    assert "Employers: 1" in tally.description
    assert [q["text"] for q in journal.latest("09", "further_questions").value] == [HOSTILE, "Who checks quality?"]
    tally.close()


def test_the_wall_refuses_an_overlong_question_in_a_sentence(journal):
    step = session(journal, "09")
    wall = step.answer("further_questions", check=questions.record_problems)
    wall.editor[0].value = "?" * (questions.MAX_QUESTION_CHARS + 1)
    assert not wall.add() and "keep it under 1,000" in wall.editor_message.value
    assert journal.latest("09", "further_questions") is None


def test_the_review_counts_every_step_and_links_back(journal, wait_until):
    review = closing_views.JournalReview(journal)
    assert review.value.count("<tr>") == len(LEARNER_STEPS) + 1
    assert '<a href="08_your_context.ipynb">' in review.value and '<a href="01_holoniq_scenarios.ipynb">' in review.value
    journal.save("08", "context", HOSTILE)
    assert wait_until(lambda: f"1 of {len(find_step('08').prompts)} answered" in review.value)
    assert "<img" not in review.value
    review.close()


# --- 09: the portfolio ------------------------------------------------------------------------

def test_one_click_makes_the_page_the_markdown_and_the_backup(journal):
    journal.save("08", "context", HOSTILE)
    journal.save("09", "further_questions", [{"id": "q1", "text": "Who pays?", "stakeholder": "employers"}])
    panel = closing_views.PortfolioPanel(journal)
    assert panel.links.value == ""
    panel.button.click()
    links = decoded_links(panel.links.value)
    page = next(v.decode() for k, v in links.items() if k.endswith(".html"))
    markdown = next(v.decode() for k, v in links.items() if k.endswith(".md"))
    backup = json.loads(next(v for k, v in links.items() if k.endswith(".json")))
    assert "&lt;img src=x" in page and "<img src=x" not in page and "Who pays?" in page
    assert "Who pays?" in markdown
    assert {r["prompt"] for r in backup["revisions"]} == {"context", "further_questions"}
    assert "2 of " in panel.status.value
    panel.close()


def test_the_portfolio_says_when_it_is_out_of_date_and_forgets_erased_answers(journal, wait_until):
    journal.save("00", "hopes", "secret hope")
    panel = closing_views.PortfolioPanel(journal)
    panel.make()
    assert panel.links.value and strings.C9_PORTFOLIO_STALE not in panel.status.value
    journal.save("00", "hopes", "a newer hope")
    assert wait_until(lambda: strings.C9_PORTFOLIO_STALE in panel.status.value)
    journal.erase(ERASE_CONFIRMATION)
    assert panel.links.value == "" and strings.C9_PORTFOLIO_HELP in panel.status.value
    panel.close()
    assert len(journal.changes) == 0


def test_a_portfolio_that_cannot_be_made_is_one_sentence(journal, monkeypatch):
    def broken(*_args, **_kwargs):
        raise JournalError("the disk is full")
    monkeypatch.setattr(closing_views, "collect", broken)
    panel = closing_views.PortfolioPanel(journal)
    panel.make()
    assert "the disk is full" in panel.status.value and 'role="alert"' in panel.status.value
    assert panel.links.value == ""
    panel.close()
