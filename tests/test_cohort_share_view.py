"""The learner's "share with my class" widget: nothing is offered before it is shown, and what is given is what was shown.

Driven through the widgets' own state with a real journal and a real class folder, as a notebook would.
"""
from __future__ import annotations

import base64
import json
import os
import re
import socket

import pytest

from course_helpers import course, strings
from course_helpers.cohort.classfolder import ENVIRONMENT_VARIABLE, class_file_name, login_name
from course_helpers.cohort.collect import Collection
from course_helpers.cohort.share_view import ShareWithClass, share_with_class, steps_with_written_answers
from course_helpers.session import StepSession
from course_helpers.text import status_html

HOSTILE = "<img src=x onerror=alert(1)> \u202eevil & <script>x</script>"


@pytest.fixture
def answered(journal):
    journal.save("00", "familiarity", 4)
    journal.save("01", "place_today", {"x": -3, "y": 2})
    journal.save("01", "why_there", HOSTILE)
    journal.save("02", "worry_most", "private: never ticked")
    return journal


def offered(widget: ShareWithClass) -> dict[str, bytes]:
    """download file name -> the bytes its link gives."""
    found = re.findall(r'<a download="([^"]+)" href="data:[^;]+;base64,([^"]+)">', widget.download.value)
    return {name: base64.b64decode(data) for name, data in found}


def test_only_steps_that_ask_for_written_answers_can_be_ticked(answered):
    widget = ShareWithClass(answered, environ={})
    expected = [s.id for s in course.LEARNER_STEPS if any(p.kind in ("reflection", "line") for p in s.prompts)]
    assert list(widget.ticks) == expected == [s.id for s in steps_with_written_answers()]
    assert all(not tick.value for tick in widget.ticks.values()), "written answers are shared only when ticked"


@pytest.mark.parametrize("code, sentence", [("", strings.SHARE_VIEW_NO_CODE), ("no spaces!", strings.SHARE_BAD_CLASS_CODE)])
def test_without_a_good_class_code_nothing_is_made_and_one_sentence_says_why(answered, code, sentence):
    widget = ShareWithClass(answered, environ={})
    widget.class_code.value = code
    widget.show()
    assert widget.status.value == status_html(sentence, error=True)
    assert widget.shown is None and widget.preview.value == "" and offered(widget) == {}


def test_nothing_is_offered_before_the_file_is_shown_and_then_exactly_what_is_shown(answered):
    widget = ShareWithClass(answered, environ={})
    widget.class_code.value = "sem-a"
    assert offered(widget) == {} and widget.preview.value == ""
    widget.show()
    (name, data), = offered(widget).items()
    assert name == "share-SEM-A.json" and data == widget.shown.data
    assert data.decode("ascii") in widget.preview.value.replace("&quot;", '"'), "the exact bytes are on screen"
    document = json.loads(data)
    assert document["answers"] == {"00": {"familiarity": 4}, "01": {"place_today": {"x": -3, "y": 2}}}
    assert strings.SHARE_NOT_TICKED in widget.preview.value, "what is left out is said, and why"
    assert widget.status.value == status_html(strings.SHARE_VIEW_SHOWN_NO_FOLDER)


def test_a_ticked_steps_written_answers_are_shown_as_text_and_others_stay_out(answered):
    widget = ShareWithClass(answered, environ={})
    widget.class_code.value = "SEM-A"
    widget.ticks["01"].value = True
    widget.show()
    document = json.loads(offered(widget)["share-SEM-A.json"])
    assert document["answers"]["01"]["why_there"] == HOSTILE and document["shared_reflections"] == ["01"]
    assert "worry_most" not in document["answers"].get("02", {})
    assert "<img" not in widget.preview.value and "<script>" not in widget.preview.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in widget.preview.value


def test_the_file_names_no_person_computer_or_folder(answered, tmp_path):
    widget = ShareWithClass(answered, environ={})
    widget.class_code.value = "SEM-A"
    widget.show()
    data = widget.shown.data.decode("ascii")
    for revealing in (login_name(), socket.gethostname(), str(tmp_path), str(answered.path)):
        assert revealing not in data


@pytest.mark.parametrize("change", ["code", "tick"])
def test_changing_what_to_share_takes_the_file_away_until_it_is_shown_again(answered, change):
    widget = ShareWithClass(answered, environ={ENVIRONMENT_VARIABLE: "/nonexistent"})
    widget.class_code.value = "SEM-A"
    widget.show()
    assert offered(widget) and not widget.save_button.disabled
    if change == "code":
        widget.class_code.value = "SEM-B"
    else:
        widget.ticks["01"].value = True
    assert offered(widget) == {} and widget.preview.value == "" and widget.save_button.disabled
    assert widget.status.value == status_html(strings.SHARE_VIEW_CHANGED)
    widget.save()
    assert widget.status.value == status_html(strings.SHARE_VIEW_CHANGED, error=True)


def test_an_answer_saved_after_showing_waits_for_the_next_show(answered):
    widget = ShareWithClass(answered, environ={})
    widget.class_code.value = "SEM-A"
    widget.show()
    before = offered(widget)["share-SEM-A.json"]
    answered.save("00", "familiarity", 1)
    assert offered(widget)["share-SEM-A.json"] == before, "the link gives what is on screen, not something newer"
    widget.show()
    assert json.loads(offered(widget)["share-SEM-A.json"])["answers"]["00"] == {"familiarity": 1}


def test_without_a_class_folder_there_is_no_save_button(answered):
    widget = ShareWithClass(answered, environ={})
    assert widget.save_button not in widget.children


def test_on_a_hub_the_shown_file_is_saved_into_the_class_folder_and_the_dashboard_reads_it(answered, tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    widget = ShareWithClass(answered, environ={ENVIRONMENT_VARIABLE: str(folder)})
    assert widget.save_button in widget.children and widget.save_button.disabled
    widget.class_code.value = "SEM-A"
    widget.ticks["01"].value = True
    widget.show()
    assert widget.status.value == status_html(strings.SHARE_VIEW_SHOWN)
    widget.save()
    saved = folder / class_file_name(login_name())
    assert saved.read_bytes() == widget.shown.data
    assert widget.status.value == status_html(strings.CLASS_FOLDER_SAVED.format(name=saved.name, k=5))
    collection = Collection()
    collection.add_class_folder(folder)
    assert collection.summary().accepted == 1 and len(collection.table) == 1


def test_a_class_folder_that_cannot_be_written_is_one_sentence(answered, tmp_path):
    widget = ShareWithClass(answered, environ={ENVIRONMENT_VARIABLE: str(tmp_path / "not-there")})
    widget.class_code.value = "SEM-A"
    widget.show()
    widget.save()
    assert widget.status.value.startswith('<span role="alert"')
    assert "could not be saved into the class folder" in widget.status.value
    assert offered(widget), "the download is still there: the learner can hand the file over instead"


def test_running_the_cell_again_replaces_the_widget(journal):
    step = StepSession(course.step("09"), journal)
    first = share_with_class(step)
    second = share_with_class(step)
    assert first.comm is None and second.comm is not None and second.journal is journal
