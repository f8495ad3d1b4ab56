"""Notebook 09's share panel on a hub: the previewed file, and only it, is saved into the class folder.

A real journal, 09's real SharePanel and a real class folder, driven through the widgets as a notebook is.
``share_with_my_class`` is what 09's cell calls; its ``environ`` stands for the environment a hub's spawner sets.
"""
from __future__ import annotations

import pytest

from course_helpers import course, strings
from course_helpers.cohort.classfolder import ENVIRONMENT_VARIABLE, class_file_name, login_name
from course_helpers.cohort.collect import Collection
from course_helpers.cohort.share_view import ClassFolderSave
from course_helpers.session import StepSession
from course_helpers.share_views import SharePanel, share_with_my_class
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


def step_09(journal) -> StepSession:
    return StepSession(course.step("09"), journal)


@pytest.mark.parametrize("environ", [{}, {ENVIRONMENT_VARIABLE: ""}, {ENVIRONMENT_VARIABLE: "  "}])
def test_without_a_class_folder_the_panel_ends_with_its_download_link(journal, environ):
    shown = share_with_my_class(step_09(journal), environ=environ)
    assert shown.class_folder_save is None
    assert shown.children[-1] is shown.download
    assert not any(isinstance(child, ClassFolderSave) for child in shown.children)
    shown.close()


def test_with_a_class_folder_the_save_button_follows_the_download_link(journal, folder):
    journal.save("09", "unanswered", HOSTILE)
    shown = share_with_my_class(step_09(journal), environ={ENVIRONMENT_VARIABLE: str(folder)})
    save = shown.class_folder_save
    assert isinstance(save, ClassFolderSave) and save.folder == folder
    assert shown.children[-2:] == (shown.download, save), "the second way out comes right after the first"
    assert save.button.description == strings.CLASS_FOLDER_SAVE_BUTTON  # its visible text is its name
    assert strings.CLASS_FOLDER_SAVE_HOW in save.children[0].value
    assert save.button.disabled, "no preview yet"

    shown.code.value = "SEM-A"
    shown.ticks["09"].value = True
    shown.make_preview()
    assert not save.button.disabled
    save.button.click()  # what Enter or Space on the button does
    assert saved_file(folder).read_bytes() == shown.preview.data
    assert save.status.value == status_html(strings.CLASS_FOLDER_SAVED.format(name=saved_file(folder).name, k=5))
    shown.close()
    assert save.comm is None, "closing the panel closes its button"


def test_the_hubs_environment_is_read_when_none_is_given(journal, folder, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(folder))
    shown = share_with_my_class(step_09(journal))
    assert shown.class_folder_save is not None and shown.class_folder_save.folder == folder
    shown.close()
    monkeypatch.delenv(ENVIRONMENT_VARIABLE)
    shown = share_with_my_class(step_09(journal))
    assert shown.class_folder_save is None
    shown.close()


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


def test_running_the_cell_again_replaces_the_panel_and_its_button_and_lets_go_of_the_old_ones(journal, folder):
    step = step_09(journal)
    environ = {ENVIRONMENT_VARIABLE: str(folder)}
    first = share_with_my_class(step, environ=environ)
    second = share_with_my_class(step, environ=environ)
    assert first.comm is None and first.class_folder_save.comm is None
    assert second.comm is not None and second.class_folder_save.comm is not None
    first.download.value = "<p>a link</p>"  # the closed button no longer follows the closed panel
    assert first.class_folder_save.button.disabled
    second.code.value = "SEM-A"
    second.make_preview()
    assert not second.class_folder_save.button.disabled
    second.close()
