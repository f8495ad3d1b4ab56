"""The audit form of notebook 07: every field saved and restored, examples with undo, hostile input refused in words."""
from __future__ import annotations

import math
import uuid

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from course_helpers import strings
from course_helpers.credential_audit import element_rows, example
from course_helpers.credentials import (FIELDS, MAX_TEXT, NOT_APPLICABLE, TEXT_FIELDS, from_json, shape_problem,
                                       to_json, with_values)
from course_helpers.journal import Journal
from course_helpers.widgets import ANSWER_CLASSES, CredentialForm, answer
from course_helpers.widgets.credential import (FIELD_CONTROLS, NOT_STATED, OPTIONAL_FIELDS, number_text,
                                               outcome_list, parse_workload)
from credential_cases import BIDI, MARKUP, MEGABYTE, stored_forms

SUPERVISED = "supervised online or onsite with identity verification"


def form(journal: Journal) -> CredentialForm:
    return answer("07", "audit", journal)


def stored(example_id: str) -> dict:
    return {k: v for k, v in to_json(example(example_id)).items() if v not in (None, "", [])}


def type_into(control, text) -> None:
    """What the browser sends when the learner types (saved after the typing pause)."""
    control.set_state({"value": text})


def press(control, value) -> None:
    """What the browser sends when the learner presses a button of a row (by its index)."""
    control.set_state({"index": [v for _, v in control.options].index(value)})


def status(widget: CredentialForm) -> str:
    return widget.status.value


# --- the form and the manifest ---------------------------------------------------------------

def test_the_kind_has_this_widget_and_every_field_a_labelled_control(journal):
    assert ANSWER_CLASSES["credential"] is CredentialForm
    widget = form(journal)
    assert list(widget.fields) == list(FIELDS)
    assert set(FIELD_CONTROLS) == set(FIELDS)
    for field, control in widget.fields.items():
        assert control.description == strings.CF_LABELS[field]
    assert widget.value is None and strings.NOT_ANSWERED in status(widget)


def test_labels_use_the_names_of_annex_i_and_optional_elements_come_last(journal):
    names = {row["fields"]: row["short_name"] for row in element_rows()}
    for fields, name in names.items():
        for field in fields.split(";"):
            assert name.lower() in strings.CF_LABELS[field].lower(), (field, name)
    optional = {f for row in element_rows() if row["status"] == "optional" for f in row["fields"].split(";")}
    assert set(OPTIONAL_FIELDS) == optional
    widget = form(journal)
    shown = list(widget.children)
    heading = next(i for i, w in enumerate(shown) if strings.CF_OPTIONAL_HEADING in getattr(w, "value", ""))
    assert all(shown.index(widget.fields[f]) > heading for f in OPTIONAL_FIELDS)
    assert all(shown.index(widget.fields[f]) < heading for f in FIELDS if f not in OPTIONAL_FIELDS)


def test_no_drop_downs_sliders_or_radio_groups(journal):
    import ipywidgets as widgets

    def all_widgets(root):
        yield root
        for child in getattr(root, "children", ()):
            yield from all_widgets(child)

    kinds = {type(w) for w in all_widgets(form(journal))}
    assert not kinds & {widgets.Dropdown, widgets.RadioButtons, widgets.Select, widgets.IntSlider,
                        widgets.FloatSlider, widgets.SelectionSlider}


# --- every field saved, restored, and read as the audit expects --------------------------------

def test_every_field_typed_is_saved_as_one_value_and_comes_back(journal):
    widget = form(journal)
    widget.fields["title"].value = "Data <b>ethics</b>"
    widget.fields["learning_outcomes"].value = "Evaluate bias\n\n  Design a data-protection notice  \n"
    widget.fields["ects"].value = "7,5"
    widget.fields["hours"].value = "1 500"
    press(widget.fields["level"], NOT_APPLICABLE)
    widget.flush()
    expected = {"title": "Data <b>ethics</b>", "learning_outcomes": ["Evaluate bias", "Design a data-protection notice"],
                "ects": 7.5, "hours": 1500, "level": NOT_APPLICABLE}
    assert journal.latest("07", "audit").value == expected
    again = form(Journal(journal.path))
    assert again.value == expected
    assert again.fields["ects"].value == "7.5" and again.fields["level"].value == NOT_APPLICABLE
    assert again.fields["learning_outcomes"].value == "Evaluate bias\nDesign a data-protection notice"


def test_level_is_a_row_of_buttons_not_stated_one_to_eight_not_applicable(journal):
    widget = form(journal)
    level = widget.fields["level"]
    assert [label for label, _ in level.options] == [strings.CF_NOT_STATED, *map(str, range(1, 9)),
                                                     strings.CF_LEVEL_NOT_APPLICABLE]
    assert level.value == NOT_STATED
    press(level, 6)
    widget.flush()
    assert journal.latest("07", "audit").value == {"level": 6}
    press(level, NOT_STATED)
    widget.flush()
    assert journal.latest("07", "audit").value is None


def test_supervision_is_an_annex_option_or_other_words_never_both(journal):
    widget = form(journal)
    buttons, other = widget.fields["supervision"], widget.supervision_other
    assert [v for _, v in buttons.options][1:] == list(widget.supervision_options)
    assert SUPERVISED in widget.supervision_options and len(widget.supervision_options) == 3
    press(buttons, SUPERVISED)
    widget.flush()
    assert widget.value == {"supervision": SUPERVISED}
    type_into(other, "proctored by webcam")
    assert buttons.value == NOT_STATED
    widget.flush()
    assert journal.latest("07", "audit").value == {"supervision": "proctored by webcam"}
    press(buttons, SUPERVISED)
    assert other.value == ""
    widget.flush()
    assert journal.latest("07", "audit").value == {"supervision": SUPERVISED}
    # A stored wording that is not one of the options comes back in the box, untouched.
    journal.save("07", "audit", {"supervision": "Supervised online, ID checked"})
    again = form(journal)
    assert again.fields["supervision"].value == NOT_STATED
    assert again.supervision_other.value == "Supervised online, ID checked"


# --- examples, emptying, undo ------------------------------------------------------------------

@pytest.mark.parametrize("example_id", ["data-ethics", "cloud-security"])
def test_an_example_fills_every_field_it_has_and_is_saved(journal, example_id):
    widget = form(journal)
    widget.example_buttons[example_id].click()
    assert widget.value == stored(example_id)
    assert journal.latest("07", "audit").value == stored(example_id)
    assert form(Journal(journal.path)).value == stored(example_id)
    assert widget.undo_button.layout.display == "none"  # nothing was there before: nothing to bring back


def test_filling_over_the_learners_form_can_be_undone_until_they_change_it(journal):
    widget = form(journal)
    widget.fields["title"].value = "My own course"
    widget.example_buttons["cloud-security"].click()
    assert widget.fields["title"].value == "Cloud Security Essentials"
    assert widget.undo_button.layout.display == "flex"
    widget.undo_button.click()
    assert widget.value == {"title": "My own course"}
    assert journal.latest("07", "audit").value == {"title": "My own course"}
    assert widget.undo_button.layout.display == "none"

    widget.example_buttons["data-ethics"].click()
    type_into(widget.fields["grade"], "Distinction")
    assert widget.undo_button.layout.display == "none"  # undoing now would lose the grade just typed
    widget.flush()
    assert journal.latest("07", "audit").value["grade"] == "Distinction"


def test_emptying_saves_not_answered_and_can_be_undone(journal):
    widget = form(journal)
    widget.example_buttons["data-ethics"].click()
    widget.empty_button.click()
    assert widget.value is None and journal.latest("07", "audit").value is None
    assert all(c.value in ("", NOT_STATED) for c in widget.fields.values())
    widget.undo_button.click()
    assert widget.value == stored("data-ethics")


# --- what cannot be saved is said in one sentence, and kept on screen --------------------------

@pytest.mark.parametrize("typed, words", [
    ("1,500", "can be read two ways: write 1500"),
    ("five", "'five' is not a number"),
    ("5 ECTS", "'5 ECTS' is not a number"),
    ("nan", "'nan' is not a number"),
    ("2000000", "more than the 1,000,000 the form keeps"),
])
def test_a_workload_that_is_not_a_number_is_named_and_not_saved(journal, typed, words):
    widget = form(journal)
    widget.fields["title"].value = "Kept"
    widget.fields["ects"].value = typed
    assert journal.latest("07", "audit").value == {"title": "Kept"}
    assert "Not saved yet" in status(widget) and strings.CF_LABELS["ects"] in status(widget)
    assert words in status(widget).replace("&#x27;", "'")
    assert widget.fields["ects"].value == typed  # still there to correct
    widget.fields["ects"].value = "5"
    assert journal.latest("07", "audit").value == {"title": "Kept", "ects": 5}


def test_ten_thousand_ects_and_level_zero_are_saved_for_the_audit_to_judge(journal):
    widget = form(journal)
    widget.fields["ects"].value = "10000"
    assert journal.latest("07", "audit").value == {"ects": 10_000}
    # Level 0 cannot be chosen; a stored level 0 (an old import) is not shown and stays in the journal.
    journal.save("07", "audit", {"title": "Zero", "level": 0})
    again = form(journal)
    assert again.value is None
    assert "could not be shown" in status(again) and "level" in status(again)
    assert journal.latest("07", "audit").value == {"title": "Zero", "level": 0}


def test_a_megabyte_title_is_refused_in_words_and_the_last_save_is_intact(journal):
    widget = form(journal)
    widget.fields["title"].value = "Short"
    widget.fields["title"].value = MEGABYTE
    assert journal.latest("07", "audit").value == {"title": "Short"}
    assert strings.CF_TOO_LONG.format(field="Title", n=len(MEGABYTE), limit=MAX_TEXT) in status(widget)
    assert len(widget.fields["title"].value) == len(MEGABYTE)


def test_too_many_or_too_long_outcomes_are_refused_in_words(journal):
    widget = form(journal)
    widget.fields["learning_outcomes"].value = "\n".join(f"Explain point {n}" for n in range(31))
    assert "31 learning outcomes" in status(widget) and journal.latest("07", "audit") is None
    widget.fields["learning_outcomes"].value = "Explain " + "x" * 1_001
    assert "longer than 1,000 characters" in status(widget) and journal.latest("07", "audit") is None


def test_markup_bidi_and_markdown_in_every_field_are_kept_exactly_as_text(journal):
    widget = form(journal)
    hostile = f"{MARKUP} [link](http://example.com) {BIDI}"
    for field, shape in FIELD_CONTROLS.items():
        if shape in ("line", "text"):
            widget.fields[field].value = hostile
    widget.supervision_other.value = hostile
    widget.fields["learning_outcomes"].value = f"{hostile}\n# heading"
    saved = journal.latest("07", "audit").value
    assert saved["title"] == hostile and saved["supervision"] == hostile
    assert saved["learning_outcomes"] == [hostile, "# heading"]
    assert form(Journal(journal.path)).value == saved
    assert "<script" not in status(widget)


def test_a_lone_surrogate_or_nul_is_shown_replaced_and_never_raises(journal):
    journal.save("07", "audit", {"title": "bad \udc80 text \x00 here", "learning_outcomes": ["\ud800 evaluate"]})
    widget = form(journal)
    title, outcomes = widget.fields["title"].value, widget.fields["learning_outcomes"].value
    for shown in (title, outcomes):
        shown.encode("utf-8")  # a front end can carry it
        assert "\x00" not in shown and "\ufffd" in shown
    assert title.startswith("bad ") and title.endswith(" text \ufffd here") and outcomes.endswith(" evaluate")


@pytest.mark.parametrize("value", [["title"], "a text", {"title": 5}, {"signature": "forged"},
                                   {"learning_outcomes": "one string"}, {"ects": "5"}, {"level": "EQF 6"},
                                   {"level": True}, {"hours": 10 ** 9}])
def test_stored_values_the_form_cannot_show_are_named_and_kept(journal, value):
    journal.save("07", "audit", value)
    widget = form(journal)
    assert widget.value is None and "could not be shown" in status(widget)
    assert journal.latest("07", "audit").value == value


def test_a_value_set_from_python_that_the_form_cannot_hold_is_not_half_shown(journal):
    widget = form(journal)
    widget.value = {"title": "T", "level": True, "ects": float("nan")}
    assert widget.value == {"title": "T"}
    assert journal.latest("07", "audit").value == {"title": "T"}


# --- the pieces -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [("5", 5), (" 7.5 ", 7.5), ("7,5", 7.5), ("-3", -3), ("0", 0),
                                          ("1 500", 1500), ("1\u00a0500", 1500), ("1e3", 1000), ("", None)])
def test_parse_workload(text, number):
    parsed, problem = parse_workload(text)
    assert problem is None and parsed == number and type(parsed) is type(number)


@given(st.one_of(st.integers(-10**6, 10**6), st.floats(-1e6, 1e6, allow_nan=False)))
def test_a_stored_workload_shows_as_text_that_reads_back_the_same(number):
    parsed, problem = parse_workload(number_text(number))
    assert problem is None and math.isclose(parsed, number, rel_tol=0, abs_tol=0)


def test_outcomes_are_one_a_line_without_blanks():
    assert outcome_list("  a \n\n b\r\nc  \n") == ["a", "b", "c"]
    assert outcome_list("") == []


def test_a_form_nested_too_deep_is_refused_by_the_journal_and_never_half_shown(journal):
    deep: object = "x"
    for _ in range(40):
        deep = [deep]
    with pytest.raises(ValueError, match="levels deep"):
        journal.save("07", "audit", {"title": deep})
    widget = form(journal)
    widget.value = {"title": deep, "grade": "Pass"}  # set from Python: the field that cannot be text stays empty
    assert widget.fields["title"].value == "" and widget.value == {"grade": "Pass"}
    assert journal.latest("07", "audit").value == {"grade": "Pass"}


def _blank_text_as_empty(credential):
    return with_values(credential, **{f: "" for f in TEXT_FIELDS if not credential.value(f).strip()})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=stored_forms)
def test_any_stored_form_is_shown_as_it_was_or_named_never_raised(tmp_path, value):
    journal = Journal(tmp_path / f"{uuid.uuid4().hex}.sqlite3")
    try:
        try:
            journal.save("07", "audit", value)
        except ValueError:  # JSON cannot hold it (an infinite number): the journal refuses it before any widget
            assume(False)
        widget = form(journal)
        if shape_problem(value) is None:
            shown = from_json(widget.value).credential
            assert _blank_text_as_empty(shown) == _blank_text_as_empty(from_json(value).credential)
            assert "could not be shown" not in status(widget)
        else:
            assert widget.value is None and "could not be shown" in status(widget)
        assert journal.latest("07", "audit").value == value  # showing never rewrites the journal
        widget.close()
    finally:
        journal.close()
