"""Grids, rankings, picks, forms and records: saved, restored, checked, and never raising on bad stored values."""
from __future__ import annotations

import sqlite3
import uuid

import pytest

from course_helpers import course, kinds
from course_helpers.course import Field, Prompt
from course_helpers.journal import Journal
from course_helpers.widgets import Form, Grid, Picks, Records, answer

ANSWERS = (("yes", "yes"), ("unsure", "unsure"), ("no", "no"))
STAKEHOLDERS = (("Learners", "learners"), ("Employers", "employers"))
EXAMPLES = (("A MOOC certificate", "mooc"), ("A 5-ECTS module", "module"), ("An attendance badge", "badge"))
BLOCKS = (("Recognition", "recognition"), ("Funding", "funding"), ("Culture", "culture"), ("Regulation", "regulation"))
CREDENTIAL_FIELDS = (Field("name", "Name", required=True), Field("size", "Size", "number"),
                     Field("unit", "Unit", "choice", (("hours", "hours"), ("ECTS", "ects"))),
                     Field("notes", "Notes", "text"))
TEST_STEP = course.Step("90", 90, "Test step", "90_test.ipynb", "planned", 5, (
    Prompt("judgements", "grid", "Would they count it?", options=ANSWERS, items=STAKEHOLDERS, columns=EXAMPLES),
    Prompt("blocks", "ranking", "Rank the blocks", items=BLOCKS),
    Prompt("hardest", "picks", "The two hardest", items=BLOCKS, most=2),
    Prompt("plan", "form", "Your plan", fields=(Field("step", "One step", "text"), Field("weeks", "In weeks", "number"),
                                                 Field("who", "Who", "choice", (("me", "me"), ("my team", "team"))))),
    Prompt("mine", "records", "Your credentials", fields=CREDENTIAL_FIELDS, most=3),
))


@pytest.fixture(autouse=True)
def test_step_in_the_manifest(monkeypatch):
    monkeypatch.setattr(course, "STEPS", course.STEPS + (TEST_STEP,))


def reopen(journal: Journal) -> Journal:
    return Journal(journal.path)


def click(control, value) -> None:
    """Choose ``value`` the way the browser does (a comm state update by index)."""
    labels = [v for _, v in control.options]
    control.set_state({"index": labels.index(value)})


# --- grid --------------------------------------------------------------------------------------

def test_a_grid_saves_each_judgement_and_comes_back(journal):
    grid = answer("90", "judgements", journal)
    assert isinstance(grid, Grid) and len(grid.controls) == 6
    labels = [c.description for c in grid.controls]
    assert labels[0] == "Learners: A MOOC certificate" and labels[-1] == "Employers: An attendance badge"
    click(grid.controls[0], "yes")
    click(grid.controls[5], "no")
    assert journal.latest("90", "judgements").value == {"learners": {"mooc": "yes"}, "employers": {"badge": "no"}}
    assert answer("90", "judgements", reopen(journal)).value == {"learners": {"mooc": "yes"},
                                                                 "employers": {"badge": "no"}}


# --- ranking -----------------------------------------------------------------------------------

def test_taking_a_position_swaps_with_its_holder_in_one_save(journal):
    ranking = answer("90", "blocks", journal)
    recognition, funding, culture, _ = ranking.controls
    click(recognition, 1)
    click(funding, 2)
    before = journal.revision_count()
    click(funding, 1)  # funding moves up: recognition takes position 2
    assert journal.revision_count() == before + 1
    assert journal.latest("90", "blocks").value == ["funding", "recognition"]
    click(culture, 2)
    assert journal.latest("90", "blocks").value == ["funding", "culture"]  # recognition left without a place
    assert answer("90", "blocks", reopen(journal)).value == ["funding", "culture"]


# --- picks -------------------------------------------------------------------------------------

def test_at_most_the_allowed_picks_and_the_learner_is_told(journal):
    picks = answer("90", "hardest", journal)
    assert isinstance(picks, Picks)
    for control in picks.controls[:2]:
        control.set_state({"value": True})
    picks.controls[2].set_state({"value": True})
    assert picks.controls[2].value is False and "at most 2" in picks.status.value
    assert journal.latest("90", "hardest").value == ["recognition", "funding"]


# --- form --------------------------------------------------------------------------------------

def test_a_form_saves_its_entries_and_refuses_a_number_that_is_not_one(journal):
    form = answer("90", "plan", journal)
    assert isinstance(form, Form)
    step, weeks, who = form.controls
    form.value = {"step": "Talk to <b>the dean</b>", "weeks": 6, "who": "team"}
    assert journal.latest("90", "plan").value == {"step": "Talk to <b>the dean</b>", "weeks": 6, "who": "team"}
    weeks.set_state({"value": "six"})
    form.flush()
    assert journal.latest("90", "plan").value["weeks"] == 6  # not saved while it is not a number
    assert "In weeks should be a number, not &#x27;six&#x27;" in form.status.value
    weeks.set_state({"value": "2,5"})
    form.flush()
    assert journal.latest("90", "plan").value["weeks"] == 2.5
    assert answer("90", "plan", reopen(journal)).value == {"step": "Talk to <b>the dean</b>", "weeks": 2.5,
                                                           "who": "team"}


# --- records -----------------------------------------------------------------------------------

def fill(records: Records, **entries) -> None:
    for field, control in zip(records.prompt.fields, records.editor):
        if field.id in entries:
            control.value = entries[field.id]


def test_records_are_added_and_removed_and_come_back(journal):
    records = answer("90", "mine", journal)
    fill(records, name="BSc Biology", size="180", unit="ects")
    assert records.add()
    fill(records, name="<script>x</script> badge", size="12", unit="hours")
    assert records.add()
    stored = journal.latest("90", "mine").value
    assert [r["name"] for r in stored] == ["BSc Biology", "<script>x</script> badge"]
    assert stored[0] == {"id": "r1", "name": "BSc Biology", "size": 180, "unit": "ects"}
    assert "<script>" not in records.listing.children[1].children[0].value
    records.remove("r1")
    again = answer("90", "mine", reopen(journal))
    assert again.value == [{"id": "r2", "name": "<script>x</script> badge", "size": 12, "unit": "hours"}]
    fill(again, name="Next one")
    again.add()
    assert [r["id"] for r in again.value] == ["r2", "r3"]  # ids are never reused


def test_bad_records_are_told_in_words_and_not_added(journal):
    def sizes_are_positive(record):
        return ["a size must be more than zero"] if record.get("size", 1) <= 0 else []

    records = answer("90", "mine", journal, check=sizes_are_positive)
    fill(records, size="12")
    assert not records.add() and "Name is needed" in records.editor_message.value
    fill(records, name="x", size="twelve")
    assert not records.add() and "Size should be a number, not &#x27;twelve&#x27;" in records.editor_message.value
    fill(records, name="x", size="-3")
    assert not records.add() and "more than zero" in records.editor_message.value
    fill(records, name="x" * (kinds.MAX_FIELD_CHARS + 1), size="3")
    assert not records.add() and "longer than" in records.editor_message.value
    assert journal.latest("90", "mine") is None
    for n in range(3):
        fill(records, name=f"c{n}", size="1")
        assert records.add()
    fill(records, name="one too many", size="1")
    assert not records.add() and "at most 3" in records.editor_message.value


# --- every composite kind meets bad stored values calmly ----------------------------------------

@pytest.mark.parametrize("prompt_id, value", [
    ("judgements", {"learners": {"mooc": "maybe"}}), ("judgements", {"governments": {}}), ("judgements", ["x"]),
    ("blocks", ["recognition", "recognition"]), ("blocks", ["nowhere"]), ("blocks", "recognition"),
    ("hardest", ["recognition", "funding", "culture"]), ("hardest", {"a": 1}),
    ("plan", {"weeks": "six"}), ("plan", {"unknown": 1}), ("plan", {"who": "the president"}), ("plan", [1]),
    ("mine", [{"name": "no id"}]), ("mine", [{"id": "r1"}, {"id": "r1"}]), ("mine", [{"id": "r1", "size": True}]),
    ("mine", [{"id": f"r{n}"} for n in range(4)]), ("mine", {"id": "r1"}),
], ids=repr)
def test_a_stored_value_that_does_not_fit_is_named_and_kept(journal, prompt_id, value):
    journal.save("00", "hopes", "make the file")
    with sqlite3.connect(journal.path) as conn:
        conn.execute("INSERT INTO revisions (uid, step, prompt, value, saved_at, schema_version) VALUES (?,?,?,?,?,1)",
                     (uuid.uuid4().hex, "90", prompt_id, __import__("json").dumps(value),
                      "2026-01-01T00:00:00.000000Z"))
    conn.close()
    widget = answer("90", prompt_id, reopen(journal))
    assert "could not be shown" in widget.status.value
    assert journal.latest("90", prompt_id).value == value


@pytest.mark.parametrize("prompt_id, value", [
    ("judgements", {"learners": {"mooc": "yes", "badge": None}}), ("blocks", ["culture"]), ("hardest", []),
    ("plan", {"step": "", "weeks": 3.5}), ("mine", []),
], ids=repr)
def test_values_that_fit_are_accepted(prompt_id, value):
    assert kinds.value_problem(TEST_STEP.prompt(prompt_id), value) is None
