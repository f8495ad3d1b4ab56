"""Answer widgets: restore on re-run, autosave, visible status, escaping, labels."""
from __future__ import annotations


import json
import re

import pytest

from course_helpers import course
from course_helpers.journal import Journal, JournalWriteError
from course_helpers.text import escape
from course_helpers.widgets import Answer, Choice, Placement, Rating, Reflection, answer

HOSTILE = '<img src=x onerror=alert(1)><script>alert(1)</script><a href="javascript:alert(1)">x</a> $5 and $10'



def reopen(journal: Journal) -> Journal:
    """A second Journal on the same file: what a restarted kernel sees."""
    return Journal(journal.path)


def type_in_browser(control, value) -> None:
    """Change a control the way the front end does (a comm state update)."""
    control.set_state({"value": value})



@pytest.mark.parametrize("step_id, prompt_id, kind, value", [
    ("00", "hopes", Reflection, "to understand stacking"),
    ("00", "familiarity", Rating, 4),
    ("02", "nearest_C1", Choice, "H4"),
    ("01", "place_today", Placement, {"x": 3, "y": -2}),
])
def test_value_set_from_python_is_saved_at_once_and_restored_after_restart(journal, step_id, prompt_id, kind, value):
    widget = answer(step_id, prompt_id, journal)
    assert isinstance(widget, kind)
    assert "not answered" in widget.status.value
    widget.value = value
    assert journal.latest(step_id, prompt_id).value == value
    assert "saved" in widget.status.value

    restarted = answer(step_id, prompt_id, reopen(journal))
    assert restarted.value == value
    assert "saved" in restarted.status.value


def test_restoring_does_not_write_a_revision(journal):
    answer("00", "hopes", journal).value = "first"
    before = journal.revision_count()
    answer("00", "hopes", journal)
    answer("00", "hopes", reopen(journal))
    assert journal.revision_count() == before


def test_typing_is_saved_after_a_pause_not_on_every_key(journal, monkeypatch, wait_until):
    monkeypatch.setattr(Reflection, "delay_seconds", 0.2)
    widget = answer("00", "hopes", journal)
    textarea = widget.controls[0]
    for partial in ("I", "I h", "I hope"):
        type_in_browser(textarea, partial)
    assert journal.latest("00", "hopes") is None, "saved before the typing pause"
    assert "saving" in widget.status.value
    assert wait_until(lambda: journal.latest("00", "hopes") is not None)
    assert journal.latest("00", "hopes").value == "I hope"
    assert journal.revision_count() == 1
    assert wait_until(lambda: "saved" in widget.status.value and "saving" not in widget.status.value)


def test_flush_saves_a_pending_edit_immediately(journal):
    widget = answer("00", "hopes", journal)
    type_in_browser(widget.controls[0], "quick exit")
    widget.flush()
    assert journal.latest("00", "hopes").value == "quick exit"


def test_rerunning_a_cell_keeps_text_typed_just_before(journal):
    first = answer("00", "hopes", journal)
    type_in_browser(first.controls[0], "typed a moment before re-running")
    second = answer("00", "hopes", journal)
    assert second.value == "typed a moment before re-running"


def test_a_click_on_a_rating_is_saved_at_once(journal):
    widget = answer("00", "familiarity", journal)
    widget.controls[0].set_state({"index": 2})
    assert journal.latest("00", "familiarity").value == 3


def test_choosing_a_placement_saves_each_coordinate_at_once(journal):
    widget = answer("01", "place_preferred", journal)
    across, up = widget.controls
    assert widget.value == {"x": None, "y": None}
    across.set_state({"index": [value for _, value in across.options].index(4)})
    assert journal.latest("01", "place_preferred").value == {"x": 4, "y": None}
    up.set_state({"index": 0})  # the top of the list: fully government-led
    assert journal.latest("01", "place_preferred").value == {"x": 4, "y": 5}


def test_placement_options_read_as_a_scale_in_map_order(journal):
    from course_helpers.widgets import placed_point

    across, up = answer("01", "place_today", journal).controls
    assert [label for label, _ in across.options][:2] == ["-5 fully bundled", "-4"]
    assert across.options[5] == ("0 in between", 0) and across.options[-1] == ("+5 fully unbundled", 5)
    assert up.options[0] == ("+5 fully government-led", 5) and up.options[-1] == ("-5 fully market-led", -5)
    assert across.tooltips[3] == "-2: bundled" and up.tooltips[2] == "+3: government-led"
    assert placed_point({"x": 1, "y": None}) is None and placed_point({"x": 1, "y": -2}) == (1, -2)
    assert placed_point({"x": True, "y": 1}) is None


def test_listeners_hear_every_change(journal):
    heard = []
    widget = answer("01", "place_today", journal)
    widget.on_change(heard.append)
    widget.value = {"x": 1, "y": 1}
    widget.controls[0].set_state({"index": 7})  # -5 … +5: index 7 is +2
    assert heard == [{"x": 1, "y": 1}, {"x": 2, "y": 1}]


def test_a_failed_save_is_shown_and_the_text_is_kept(journal, monkeypatch):
    def refuse(*args, **kwargs):
        raise JournalWriteError("not saved: the disk is full")

    widget = answer("00", "hopes", journal)
    monkeypatch.setattr(journal, "save", refuse)
    widget.value = "precious words"
    assert "not saved: the disk is full" in widget.status.value
    assert 'role="alert"' in widget.status.value and "⚠" in widget.status.value
    assert widget.value == "precious words"


def test_out_of_range_or_foreign_saved_values_are_not_shown(journal):
    journal.save("00", "familiarity", 9)
    journal.save("01", "place_today", {"x": "left"})
    journal.save("02", "nearest_C1", "<b>H9</b>")
    assert answer("00", "familiarity", journal).value is None
    assert answer("01", "place_today", journal).value == {"x": None, "y": None}
    assert answer("02", "nearest_C1", journal).value is None


def test_placement_is_clamped_to_the_axes(journal):
    widget = answer("01", "place_today", journal)
    widget.value = {"x": 40, "y": -40}
    assert widget.value == {"x": 5, "y": -5}


def test_hostile_text_round_trips_and_never_reaches_html(journal):
    widget = answer("00", "hopes", journal)
    widget.value = HOSTILE
    restored = answer("00", "hopes", reopen(journal))
    assert restored.value == HOSTILE
    assert restored.controls[0].value == HOSTILE  # a Textarea shows text, not markup
    assert "<img" not in restored.status.value and "<script" not in restored.status.value
    assert HOSTILE not in repr(restored), "the repr would copy the answer into saved outputs"


def test_nul_and_lone_surrogates_are_kept_in_the_journal_and_shown_safely(journal):
    text = "a\x00b\ud800c"
    journal.save("00", "hopes", text)
    widget = answer("00", "hopes", journal)
    assert "\x00" not in widget.controls[0].value and "\ud800" not in widget.controls[0].value
    assert journal.latest("00", "hopes").value == text


SINGLE_CONTROL_KINDS = ("reflection", "line", "rating", "choice")


def test_every_input_has_a_label_naming_its_prompt(journal):
    for step in course.STEPS:
        if step.status != "ready":
            continue
        for prompt in step.prompts:
            widget = answer(step.id, prompt.id, journal)
            for control in widget.controls:
                assert control.description.strip(), f"{step.id}/{prompt.id} has an unlabelled input"
            if prompt.kind == "placement":  # the prompt heads the pair; each label names the point
                assert all(control.description.startswith(prompt.short) for control in widget.controls)
                assert prompt.text in widget.children[0].value
            elif prompt.kind in SINGLE_CONTROL_KINDS:
                assert prompt.text in widget.controls[0].description
            else:  # several controls (a ranking, a form): the prompt heads them, each label names its part
                assert escape(prompt.text) in widget.children[0].value


def test_rating_ends_are_labelled_in_words(journal):
    widget = answer("00", "familiarity", journal)
    shown = " ".join(child.value for child in widget.children if hasattr(child, "value") and isinstance(child.value, str))
    assert "new to me" in shown and "I work with them" in shown


def test_unknown_prompt_is_a_clear_error(journal):
    with pytest.raises(KeyError, match="no prompt"):
        answer("00", "nope", journal)


def test_answer_classes_cover_every_prompt_kind():
    from course_helpers.widgets import ANSWER_CLASSES
    kinds = {p.kind for s in course.STEPS for p in s.prompts}
    assert kinds <= set(ANSWER_CLASSES)
    assert all(issubclass(cls, Answer) for cls in ANSWER_CLASSES.values())


def test_an_unreadable_journal_is_reported_not_raised(journal, monkeypatch):
    from course_helpers.journal import JournalError

    def unreadable(*args, **kwargs):
        raise JournalError("your journal could not be read: locked")

    monkeypatch.setattr(journal, "latest", unreadable)
    widget = answer("00", "hopes", journal)
    assert "could not be read" in widget.status.value and 'role="alert"' in widget.status.value


def test_a_failing_listener_does_not_stop_the_save(journal):
    widget = answer("00", "hopes", journal)

    def broken(value):
        raise RuntimeError("figure exploded")

    widget.on_change(broken)
    widget.value = "still saved"
    assert journal.latest("00", "hopes").value == "still saved"
    assert "saved" in widget.status.value


# --- issue 7: what a widget does with stored values it cannot show, and with journal changes ----

def a_moment_from_now() -> str:
    from datetime import datetime, timedelta, timezone

    return (datetime.now(timezone.utc) + timedelta(seconds=2)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def stored_directly(journal: Journal, step: str, prompt: str, value, saved_at: str | None = None) -> None:
    """Put a revision into the file the way an older version's import could have (no checks)."""
    import sqlite3
    import uuid

    journal.save("00", "hopes", "make the file")  # create it
    with sqlite3.connect(journal.path) as conn:
        conn.execute("INSERT INTO revisions (uid, step, prompt, value, saved_at, schema_version) VALUES (?,?,?,?,?,1)",
                     (uuid.uuid4().hex, step, prompt, json.dumps(value), saved_at or a_moment_from_now()))
    conn.close()


@pytest.mark.parametrize("step_id, prompt_id, value", [
    ("02", "nearest_C1", {"a": 1}), ("02", "nearest_C1", ["H1"]), ("00", "familiarity", 99),
    ("00", "familiarity", "not a number"), ("01", "place_today", "nowhere"), ("01", "place_today", {"x": 40, "y": 0}),
    ("00", "hopes", {"text": "not text"}),
], ids=repr)
def test_a_stored_value_the_widget_cannot_show_is_named_not_raised(journal, step_id, prompt_id, value):
    stored_directly(journal, step_id, prompt_id, value)
    widget = answer(step_id, prompt_id, reopen(journal))
    assert "could not be shown" in widget.status.value and 'role="alert"' in widget.status.value
    assert journal.latest(step_id, prompt_id).value == value  # kept exactly as it was


def test_an_unreadable_saved_time_is_shown_in_words(journal):
    stored_directly(journal, "00", "familiarity", 3, saved_at="2024-13-45T99:99:99.000000Z")
    widget = answer("00", "familiarity", reopen(journal))  # raised "month must be in 1..12" before
    assert widget.value == 3 and "time that could not be read" in widget.status.value


def test_the_status_line_shows_seconds_so_it_changes_on_every_save(journal, monkeypatch):
    from course_helpers.widgets import base as widgets_module

    assert re.fullmatch(r"\d\d:\d\d:\d\d", widgets_module.local_time("2026-11-30T10:00:07.000000Z"))
    widget = answer("00", "familiarity", journal)
    shown = []
    for second, value in enumerate((1, 2, 3)):
        monkeypatch.setattr(widgets_module, "local_time", lambda saved_at, s=second: f"10:00:0{s}")
        widget.value = value
        shown.append(widget.status.value)
    assert len(set(shown)) == 3


def test_a_figure_failure_stays_visible_after_the_save(journal):
    widget = answer("00", "hopes", journal)
    widget.on_change(lambda value: 1 / 0)
    widget.value = "still saved"
    assert journal.latest("00", "hopes").value == "still saved"
    assert "saved" in widget.status.value and "could not follow" in widget.status.value


def test_widgets_show_an_import_or_an_erase_at_once(journal, tmp_path):
    widget = answer("00", "hopes", journal)
    widget.value = "mine"
    heard = []
    widget.on_change(heard.append)
    other = Journal(tmp_path / "other" / "journal.sqlite3")
    other.save("00", "hopes", "newer, from another computer")
    journal.import_bytes(other.export_bytes())
    assert widget.value == "newer, from another computer" and heard == ["newer, from another computer"]
    journal.erase("erase my answers")
    assert widget.value == "" and "not answered" in widget.status.value


def test_a_closed_widget_stops_following_the_journal(journal):
    import gc

    for _ in range(20):
        answer("00", "hopes", journal).close()
    gc.collect()
    assert len(journal.changes) == 0


def test_reflection_boxes_span_the_cell_and_grow_with_the_text(journal):
    from course_helpers.widgets import MAX_ROWS, MIN_ROWS

    widget = answer("00", "hopes", journal)
    box = widget.controls[0]
    assert box.layout.width == "100%" and box.rows == MIN_ROWS
    widget.value = "\n".join(f"line {n}" for n in range(12))
    assert box.rows == 13
    widget.value = "x" * 100_000
    assert box.rows == MAX_ROWS


def test_a_line_prompt_is_one_text_field(journal):
    from course_helpers.widgets import Line

    widget = answer("01", "reading_H1", journal)
    assert isinstance(widget, Line) and widget.controls[0].description.startswith("In one line")
    widget.value = "the state stacks it all into degrees"
    assert answer("01", "reading_H1", reopen(journal)).value == "the state stacks it all into degrees"
