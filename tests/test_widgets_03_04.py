"""The grid of 03 shown one viewpoint at a time, and 04's links widget: saved, restored, keyboard-shaped, calm.

Clicks arrive as the browser sends them (a comm state update by index), on
the manifest's real prompts and a real journal file.
"""
from __future__ import annotations

import json
import sqlite3
import uuid

import ipywidgets as widgets
import pytest

from course_helpers import strings
from course_helpers.course import prompt as find_prompt
from course_helpers.journal import Journal
from course_helpers.vocabulary import CRITIQUE_IDS, DRIVER_IDS, EXAMPLE_IDS, NO_DRIVER, STAKEHOLDER_IDS
from course_helpers.widgets import ANSWER_CLASSES, Grid, Links, answer

HOSTILE = '<img src=x onerror="window.__pwned=1">'


def click(control, value) -> None:
    """Choose ``value`` the way the browser does (a comm state update by index)."""
    control.set_state({"index": [v for _, v in control.options].index(value)})


def reopen(journal: Journal) -> Journal:
    return Journal(journal.path)


def store(journal: Journal, step: str, prompt: str, value) -> None:
    """Put a value straight into the journal file, as an edited or forged file would hold it."""
    journal.save("00", "hopes", "make the file")
    with sqlite3.connect(journal.path) as conn:
        conn.execute("INSERT INTO revisions (uid, step, prompt, value, saved_at, schema_version) VALUES (?,?,?,?,?,1)",
                     (uuid.uuid4().hex, step, prompt, json.dumps(value), "2099-01-01T00:00:00.000000Z"))
    conn.close()


def cell(grid: Grid, viewpoint: str, example: str):
    return grid.controls[STAKEHOLDER_IDS.index(viewpoint) * len(EXAMPLE_IDS) + EXAMPLE_IDS.index(example)]


def one_row_grid(journal: Journal, **options) -> Grid:
    return answer("03", "judgements", journal, one_row_at_a_time=True, **options)


# --- 03: the grid, one viewpoint at a time ---------------------------------------------------------

def test_the_03_prompt_gets_the_generic_grid_and_04_its_links_widget(journal):
    assert ANSWER_CLASSES["grid"] is Grid and ANSWER_CLASSES["links"] is Links
    grid = answer("03", "judgements", journal)
    assert len(grid.controls) == len(STAKEHOLDER_IDS) * len(EXAMPLE_IDS) == 40
    assert grid.controls[0].description == "Learners: MOOC certificate"  # every row shown, each cell named in full


def test_one_viewpoint_is_shown_at_a_time_and_the_others_are_hidden(journal):
    grid = one_row_grid(journal)
    shown = [section.layout.display != "none" for section in grid.sections]
    assert shown == [True, False, False, False, False] and grid.shown_row == "learners"
    assert [b.description for b in grid.row_buttons][:2] == ["Learners (shown below)", "Employers"]
    assert grid.row_buttons[0].button_style == "info" and grid.row_buttons[1].button_style == ""
    # each cell is named by its example; its heading and the tooltips name the viewpoint
    assert cell(grid, "employers", "cpd").description == "CPD award"
    assert cell(grid, "employers", "cpd").tooltips == ("Employers, CPD award: yes", "Employers, CPD award: unsure",
                                                        "Employers, CPD award: no")
    grid.row_buttons[3].click()
    assert grid.shown_row == "governments"
    assert [section.layout.display != "none" for section in grid.sections] == [False, False, False, True, False]
    assert grid.row_buttons[3].description == "Governments and policy makers (shown below)"
    assert grid.row_buttons[0].description == "Learners"


def test_next_moves_on_wraps_round_and_puts_the_focus_on_the_new_viewpoint(journal, monkeypatch):
    grid = one_row_grid(journal)
    focused = []
    for index, button in enumerate(grid.row_buttons):
        monkeypatch.setattr(button, "focus", lambda index=index: focused.append(index))
    assert grid.next_button.description == "Next: Employers →"
    grid.next_button.click()
    assert grid.shown_row == "employers" and focused == [1]
    for _ in range(3):
        grid.next_button.click()
    assert grid.shown_row == "qa_recognition"
    assert grid.next_button.description == "Back to the first: Learners"
    grid.next_button.click()
    assert grid.shown_row == "learners" and focused == [1, 2, 3, 4, 0]


def test_judgements_are_saved_counted_and_the_value_is_the_same_as_the_full_grid(journal):
    grid = one_row_grid(journal)
    assert "Learners: 0 of 8 answered. In all: 0 of 40." in grid.progress.value
    click(cell(grid, "learners", "mooc"), "yes")
    click(cell(grid, "employers", "badge"), "no")  # a hidden row still holds its cells
    assert journal.latest("03", "judgements").value == {"learners": {"mooc": "yes"}, "employers": {"badge": "no"}}
    assert "Learners: 1 of 8 answered. In all: 2 of 40." in grid.progress.value
    assert answer("03", "judgements", reopen(journal)).value == grid.value


def test_a_restored_grid_opens_at_the_first_viewpoint_not_yet_finished(journal):
    full = {example: "unsure" for example in EXAMPLE_IDS}
    journal.save("03", "judgements", {"learners": full, "employers": full, "institutions": {"mooc": "no"}})
    grid = one_row_grid(reopen(journal))
    assert grid.shown_row == "institutions"
    assert "Higher-education institutions: 1 of 8 answered. In all: 17 of 40." in grid.progress.value
    journal.save("03", "judgements", {s: full for s in STAKEHOLDER_IDS})
    assert one_row_grid(reopen(journal)).shown_row == "learners"  # all done: start from the top


def test_row_notes_are_shown_as_text_under_their_heading(journal):
    grid = one_row_grid(journal, row_notes={"learners": f"They need {HOSTILE}", "nobody": "ignored"})
    note = grid.sections[0].children[1]
    assert isinstance(note, widgets.HTML) and "They need &lt;img" in note.value and "<img" not in note.value
    assert len(grid.sections[1].children) == 1 + len(EXAMPLE_IDS)  # no note for employers: heading and cells


def test_a_stored_grid_that_does_not_fit_is_named_kept_and_never_raises(journal):
    store(journal, "03", "judgements", {"learners": {"mooc": "maybe"}, HOSTILE: {"mooc": "yes"}})
    grid = one_row_grid(reopen(journal))
    assert "could not be shown" in grid.status.value and "<img" not in grid.status.value
    assert grid.value is None and grid.shown_row == "learners"
    assert journal.latest("03", "judgements").value["learners"] == {"mooc": "maybe"}  # untouched


# --- 04: the links widget ------------------------------------------------------------------------

def rows(links: Links, critique: str):
    _, driver, relation = links.rows[CRITIQUE_IDS.index(critique)]
    return driver, relation


def test_each_critique_has_a_row_of_drivers_and_a_row_of_relations(journal):
    links = answer("04", "links", journal)
    assert len(links.controls) == 2 * len(CRITIQUE_IDS)
    driver, relation = rows(links, "jungle")
    assert [v for _, v in driver.options] == [*DRIVER_IDS, NO_DRIVER]
    assert driver.options[-1][0] == strings.NO_DRIVER_LABEL == "none of the drivers"
    assert [v for _, v in relation.options] == ["answers", "pushes against"]
    assert relation.tooltips[0].startswith("takes up the need the driver names")
    assert relation.tooltips[1].startswith("resists the push itself")
    assert driver.tooltips[2] == "A jungle of certificates: Skills over degrees"
    text = " ".join(child.value for child in links.children if isinstance(child, widgets.HTML))
    assert "A jungle of certificates" in text and "<strong>answers</strong>" in text


def test_links_are_saved_partial_ones_too_and_come_back(journal):
    links = answer("04", "links", journal)
    click(rows(links, "gig_work")[0], "employer_demand")
    click(rows(links, "gig_work")[1], "pushes against")
    click(rows(links, "jungle")[1], "answers")  # a relation before its driver is fine
    expected = {"gig_work": {"driver": "employer_demand", "relation": "pushes against"},
                "jungle": {"relation": "answers"}}
    assert journal.latest("04", "links").value == expected
    again = answer("04", "links", reopen(journal))
    assert again.value == expected and rows(again, "gig_work")[1].value == "pushes against"


def test_none_of_the_drivers_clears_and_switches_off_the_relation_in_one_save(journal):
    links = answer("04", "links", journal)
    driver, relation = rows(links, "two_tier")
    click(driver, "cost_access")
    click(relation, "answers")
    before = journal.revision_count()
    click(driver, NO_DRIVER)
    assert relation.value is None and relation.disabled
    assert journal.revision_count() == before + 1
    assert journal.latest("04", "links").value == {"two_tier": {"driver": NO_DRIVER}}
    restored_driver, restored_relation = rows(answer("04", "links", reopen(journal)), "two_tier")
    assert restored_driver.value == NO_DRIVER and restored_relation.disabled
    click(driver, "employer_demand")
    assert not relation.disabled
    assert journal.latest("04", "links").value == {"two_tier": {"driver": "employer_demand"}}


def test_links_set_from_python_are_shown_and_saved(journal):
    links = answer("04", "links", journal)
    links.value = {"equity_gap": {"driver": "cost_access", "relation": "answers"}}
    assert rows(links, "equity_gap")[0].value == "cost_access"
    assert journal.latest("04", "links").value == {"equity_gap": {"driver": "cost_access", "relation": "answers"}}
    links.value = None
    assert links.value is None and journal.latest("04", "links").value is None


@pytest.mark.parametrize("value", [
    {"jungle": {"driver": "cost_access", "relation": "warns about"}},
    {"jungle": {"driver": NO_DRIVER, "relation": "answers"}},
    {HOSTILE: {"driver": "cost_access"}},
    {"jungle": {"driver": HOSTILE}},
    {"jungle": {"driver": "\ud800"}},
    "employer_demand", ["jungle"], {"x" * 100_000: None},
], ids=lambda v: repr(v)[:40])
def test_a_stored_link_that_does_not_fit_is_named_kept_and_never_raises(journal, value):
    store(journal, "04", "links", value)
    links = answer("04", "links", reopen(journal))
    assert "could not be shown" in links.status.value and "<img" not in links.status.value
    assert links.value is None
    assert journal.latest("04", "links").value == json.loads(json.dumps(value))
