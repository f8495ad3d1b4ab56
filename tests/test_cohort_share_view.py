"""Notebook 09's share panel on a hub: the previewed file, and only it, is saved into the class folder.

A real journal, 09's real SharePanel and a real class folder, driven through the widgets as a notebook is.
"""
from __future__ import annotations

import pytest

from course_helpers import course, strings
from course_helpers.cohort.classfolder import ENVIRONMENT_VARIABLE, class_file_name, login_name
from course_helpers.cohort.collect import Collection
from course_helpers.cohort.share_view import ClassFolderSave, class_folder_save
from course_helpers.session import StepSession
from course_helpers.share_views import SharePanel
from course_helpers.text import status_html

HOSTILE = "<img src=x onerror=alert(1)> \u202eevil"


@pytest.fixture
def panel(journal):
    journal.save("00", "familiarity", 4)
    journal.save("01", "place_today", {"x": -3, "y": 2})
    journal.save("01", "why_there", HOSTILE)
    shown = SharePanel(journal)
    yield shown
    shown.close()


@pytest.fixture
def folder(tmp_path):
    made = tmp_path / "class"
    made.mkdir()
    return made


def saved_file(folder):
    return folder / class_file_name(login_name())


def test_without_a_class_folder_there_is_nothing_to_show(journal, panel):
    assert class_folder_save(StepSession(course.step("09"), journal), panel, environ={}) is None


def test_the_button_waits_for_a_preview_and_saves_exactly_the_previewed_bytes(panel, folder):
    save = ClassFolderSave(panel, folder)
    assert save.button.disabled
    save.save()  # what a stale click would do: nothing is written
    assert save.status.value == status_html(strings.CLASS_FOLDER_SAVE_PREVIEW_FIRST, error=True)
    assert not saved_file(folder).exists()

    panel.code.value = "SEM-A"
    panel.ticks["01"].value = True
    panel.make_preview()
    assert not save.button.disabled
    save.save()
    assert saved_file(folder).read_bytes() == panel.preview.data
    assert save.status.value == status_html(strings.CLASS_FOLDER_SAVED.format(name=saved_file(folder).name, k=5))
    collection = Collection()
    collection.add_class_folder(folder)
    assert collection.summary().accepted == 1 and len(collection.table) == 1


@pytest.mark.parametrize("change", ["code", "tick"])
def test_a_change_that_takes_the_preview_away_disables_the_button(panel, folder, change):
    save = ClassFolderSave(panel, folder)
    panel.code.value = "SEM-A"
    panel.make_preview()
    save.save()
    before = saved_file(folder).read_bytes()
    if change == "code":
        panel.code.value = "SEM-B"
    else:
        panel.ticks["01"].value = True
    assert save.button.disabled and save.status.value == ""
    save.save()
    assert saved_file(folder).read_bytes() == before, "a file the learner has not seen is never saved"


def test_an_answer_saved_after_the_preview_disables_the_button(panel, folder, journal, wait_until):
    save = ClassFolderSave(panel, folder)
    panel.code.value = "SEM-A"
    panel.make_preview()
    journal.save("00", "familiarity", 1)
    assert wait_until(lambda: save.button.disabled)


def test_a_folder_that_cannot_be_written_is_one_sentence(panel, tmp_path):
    save = ClassFolderSave(panel, tmp_path / "not-there")
    panel.code.value = "SEM-A"
    panel.make_preview()
    save.save()
    assert save.status.value.startswith('<span role="alert"')
    assert "could not be saved into the class folder" in save.status.value
    assert panel.download.value, "the download is still there: the file can be handed over instead"


def test_running_the_cell_again_replaces_the_button_and_lets_go_of_the_panel(journal, panel, folder):
    step = StepSession(course.step("09"), journal)
    first = class_folder_save(step, panel, environ={ENVIRONMENT_VARIABLE: str(folder)})
    second = class_folder_save(step, panel, environ={ENVIRONMENT_VARIABLE: str(folder)})
    assert isinstance(second, ClassFolderSave) and first.comm is None and second.comm is not None
    panel.code.value = "SEM-A"
    panel.make_preview()
    assert first.button.disabled and not second.button.disabled, "the closed one no longer follows the panel"
