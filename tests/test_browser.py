"""The course in a real browser: JupyterLab and Voila driven by Playwright on Debian's Chromium.

One JupyterLab server (root: notebooks/; journal and all Jupyter state in a temp
folder) and one browser context serve the whole session. Tests run in file order
and each sets up the answers it asserts on. Without Chromium the suite is skipped
locally and fails under CI=true. Support code and every selector live in
``tests/browser/``; deliberately broken notebooks in ``tests/fixtures/broken/``.
Screenshots and the learner's waits (waits.json) go to ``tests/screenshots/``.

    pytest -m browser
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from browser import chromium, notebook as nbk, selectors as S
from browser.fixtures import (BROKEN, SCREENSHOTS, _notebook_state, exported, latest, open_and_run,
                              placement_values, pressed_rating, reflection_text, restart_and_run, type_reflection)
from course_helpers import course, strings
from course_helpers.journal import ERASE_CONFIRMATION

pytestmark = pytest.mark.browser

READY = [s for s in course.STEPS if s.status == "ready"]
START = course.step("00")
HOLONIQ = course.step("01")

IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">'
SCRIPT_PAYLOAD = "<script>window.__pwned=2</script>"

# What the checker must report for each broken fixture: words that must appear in one problem.
BROKEN_EXPECTED = {
    "raises_in_a_cell.ipynb": [("error output", "RuntimeError", "deliberately broken")],
    "widget_fails_to_render.ipynb": [("widget failed to render", "MissingView")],
    "unescaped_reflection.ipynb": [("script ran", "__pwned = 1"), ("unescaped markup", "onerror")],
}


# --- the skip/fail decision (no browser needed) ----------------------------------------------
@pytest.mark.parametrize("exists, ci, action", [
    (True, None, "run"), (True, "true", "run"),
    (False, None, "skip"), (False, "false", "skip"), (False, "", "skip"),
    (False, "true", "fail"), (False, "1", "fail"), (False, "TRUE", "fail"),
])
def test_missing_chromium_skips_locally_and_fails_on_ci(tmp_path, exists, ci, action):
    executable = tmp_path / "chromium"
    if exists:
        executable.write_text("#!/bin/sh\n")
        executable.chmod(0o755)
    environ = {} if ci is None else {"CI": ci}
    decision = chromium.decide(executable, environ)
    assert decision.action == action
    if action != "run":
        assert "Chromium not found" in decision.reason and "apt-get install chromium" in decision.reason
        assert chromium.decide(None, environ).action == action  # not on PATH either


def test_missing_playwright_is_decided_the_same_way():
    error = "No module named 'playwright'"
    assert chromium.decide(chromium.CHROMIUM, {}, error).action == "skip"
    assert chromium.decide(chromium.CHROMIUM, {"CI": "true"}, error).action == "fail"


# --- every ready notebook runs and renders cleanly -------------------------------------------
@pytest.mark.parametrize("step", READY, ids=lambda s: s.id)
def test_notebook_runs_and_renders_in_jupyterlab(lab, record, step):
    assert step.notebook_path.exists(), f"{step.notebook} is 'ready' in the manifest but missing"
    report = nbk.check_notebook(lab, step.notebook, prompts=step.prompts,
                                screenshot=SCREENSHOTS / f"{Path(step.notebook).stem}.png")
    record.wait("jupyterlab", step.notebook, report.wait_seconds)
    record.accessibility(step.notebook, report.axe_other)
    lab.close(step.notebook)
    assert report.problems == [], "\n".join(report.problems)


@pytest.mark.parametrize("step", READY, ids=lambda s: s.id)
def test_notebook_runs_and_renders_in_voila(lab, record, step):
    report = nbk.check_voila(lab, step.notebook, prompts=step.prompts,
                             screenshot=SCREENSHOTS / f"voila-{Path(step.notebook).stem}.png")
    record.wait("voila", step.notebook, report.wait_seconds)
    assert report.problems == [], "\n".join(report.problems)


# --- the learner's journey -------------------------------------------------------------------
def test_answers_survive_a_restart_and_travel_by_export_and_import(lab, scratch):
    page = lab.page
    expected: dict[tuple[str, str], object] = {}

    if HOLONIQ.status == "ready":
        # 01: choose a placement with the mouse and with arrow keys, write a reflection, restart.
        open_and_run(lab, HOLONIQ.notebook)
        point = HOLONIQ.prompt("place_today").short
        why_label = HOLONIQ.prompt("why_there").text
        place_label = f"{point}, across:"
        place = nbk.answer_box(page, place_label)
        status = nbk.watch_status(place)  # waits for the widget to render
        across, up = place.locator(S.TOGGLE_BUTTONS).all()
        across.locator(S.BUTTON_IN_ROW, has_text=re.compile(r"^\+3$")).click()  # the mouse
        assert S.SAVED.match(nbk.wait_saved(page, status))
        up.locator(S.BUTTON_IN_ROW, has_text=re.compile(r"^-2$")).focus()  # the keyboard
        page.keyboard.press("Space")
        # (the status may already read this minute's "saved HH:MM": wait for the choice instead;
        # each choice is saved as it arrives, before the restart below can reach the kernel)
        up.locator(S.PRESSED_IN_ROW, has_text=re.compile(r"^-2$")).wait_for(timeout=10_000)
        assert placement_values(place) == [3, -2]
        why = "Because the state still funds whole degrees — and 'bundles' them."
        type_reflection(page, why_label, why)

        restart_and_run(lab)
        assert placement_values(nbk.answer_box(page, place_label)) == [3, -2], "the placement was not restored"
        assert reflection_text(page, why_label) == why
        expected[("01", "place_today")] = {"x": 3, "y": -2}
        expected[("01", "why_there")] = why
        lab.close(HOLONIQ.notebook)

    # 00: write a reflection, click a rating, restart.
    hopes_label, rating_label = START.prompt("hopes").text, START.prompt("familiarity").text
    open_and_run(lab, START.notebook)
    hopes = "To see where micro-credentials fit — and what 'stacking' really means.\nA second line."
    type_reflection(page, hopes_label, hopes)
    rating = nbk.answer_box(page, rating_label)
    status = nbk.watch_status(rating)
    rating.locator(S.TOGGLE_BUTTON, has_text="2").click()
    nbk.wait_exported(page, "00", "familiarity", 2)
    assert S.SAVED.match(nbk.answer_status(rating))
    expected[("00", "hopes")] = hopes
    expected[("00", "familiarity")] = 2

    restart_and_run(lab)
    assert reflection_text(page, hopes_label) == hopes
    assert pressed_rating(page, rating_label) == "2"

    # The download link carries every answer; clicking it downloads the same journal.
    assert expected.items() <= latest(exported(page)).items()
    with page.expect_download() as download_info:
        page.locator(S.LINK_DOWNLOAD).click()
    download = download_info.value
    assert re.fullmatch(r"micro-credentials-journal-\d{4}-\d{2}-\d{2}\.json", download.suggested_filename)
    journal_file = scratch / download.suggested_filename
    download.save_as(journal_file)
    assert expected.items() <= latest(json.loads(journal_file.read_bytes())).items()

    # Erase everything (typing the confirmation) ...
    page.get_by_role("button", name=strings.ERASE_BUTTON).click()
    page.locator(S.TEXT_INPUT).last.press_sequentially(ERASE_CONFIRMATION)
    page.get_by_role("button", name=strings.ERASE_CONFIRM).click()
    page.get_by_text(re.compile(r"^Erased \d+ saved revisions")).wait_for()
    restart_and_run(lab)
    assert reflection_text(page, hopes_label) == ""
    assert exported(page)["revisions"] == []

    # ... and restore it from the downloaded file through the upload button.
    with page.expect_file_chooser() as chooser:
        page.locator(S.UPLOAD_BUTTON).click()
    chooser.value.set_files(journal_file)
    page.get_by_text(re.compile(r"^Restored \d+ answers")).wait_for()
    restart_and_run(lab)
    assert reflection_text(page, hopes_label) == hopes
    assert pressed_rating(page, rating_label) == "2"
    assert expected.items() <= latest(exported(page)).items(), "the import lost answers"
    row_00 = page.locator(S.PROGRESS_ROW).filter(has=page.get_by_role("rowheader", name="00", exact=True))
    assert "2 of 2" in row_00.inner_text()
    lab.close(START.notebook)


def test_a_reflection_and_a_rating_by_keyboard_alone(lab):
    page = lab.page
    hopes_label, rating_label = START.prompt("hopes").text, START.prompt("familiarity").text
    open_and_run(lab, START.notebook)
    hopes = nbk.answer_box(page, hopes_label)
    area = hopes.locator(S.TEXTAREA)
    # The box spans the output area (it was about 180 px wide) and grows with the text.
    output_width = area.evaluate(f"el => el.closest('{S.OUTPUT}').getBoundingClientRect().width")
    assert area.bounding_box()["width"] > 0.85 * output_width
    rows_before = area.evaluate("el => el.rows")
    page.keyboard.press("Escape")  # command mode; from here on only keys
    for _ in range(80):
        if area.evaluate("el => el === document.activeElement"):
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("Tab never reached the reflection box")
    status = nbk.watch_status(hopes)
    text = "Typed without a mouse." + "\nAnother line." * 7
    page.keyboard.press("Control+a")
    page.keyboard.type(text, delay=5)
    nbk.wait_saved(page, status)
    assert area.evaluate("el => el.rows") > rows_before, "the box did not grow with the text"

    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "1", f"Tab after the reflection reached {focused!r}, not the first rating button"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    nbk.wait_exported(page, "00", "hopes", text)
    nbk.wait_exported(page, "00", "familiarity", 3)
    assert pressed_rating(page, rating_label) == "3"
    assert S.SAVED.match(nbk.answer_status(nbk.answer_box(page, rating_label)))
    lab.close(START.notebook)


def test_hostile_reflections_are_saved_and_shown_as_text(lab):
    page = lab.page
    label = START.prompt("hopes").text
    open_and_run(lab, START.notebook)
    for payload in (IMG_PAYLOAD, SCRIPT_PAYLOAD):
        type_reflection(page, label, payload)
        nbk.wait_exported(page, "00", "hopes", payload)
        restart_and_run(lab)  # shown again: the widget, the progress table, the download link
        area = nbk.answer_box(page, label).locator(S.TEXTAREA)
        assert area.is_visible() and area.input_value() == payload
        assert latest(exported(page))[("00", "hopes")] == payload
        link_area = page.locator(S.HTML_WIDGET).filter(has=page.locator(S.LINK_DOWNLOAD)).inner_html()
        assert "<img" not in link_area and "<script" not in link_area
        assert page.locator(S.PROGRESS_TABLE).is_visible()
        problems = nbk.page_problems(page, prompts=START.prompts, dialogs=lab.dialogs)
        assert problems == [], "\n".join(problems)  # includes: window.__pwned unset, no active markup
    lab.close(START.notebook)


# --- Voila -----------------------------------------------------------------------------------
def test_an_answer_typed_in_voila_comes_back_in_a_new_kernel(lab):
    page = lab.page
    label = START.prompt("hopes").text
    page.goto(f"{lab.server.url}{S.VOILA_RENDER_PATH.format(name=START.notebook)}")
    page.locator(S.TEXTAREA).wait_for(timeout=90_000)
    assert nbk.wait_widgets_settled(page)
    text = "Written in the Voila app: " + SCRIPT_PAYLOAD
    assert S.SAVED.match(type_reflection(page, label, text))
    page.reload()  # a new kernel: the answer comes back from the journal
    page.locator(S.TEXTAREA).wait_for(timeout=90_000)
    assert nbk.wait_widgets_settled(page)
    assert reflection_text(page, label) == text
    problems = nbk.page_problems(page, prompts=START.prompts, dialogs=lab.dialogs)
    assert problems == [], "\n".join(problems)
    page.goto("about:blank")


# --- the checker catches deliberately broken notebooks ---------------------------------------
def test_every_broken_fixture_has_an_expectation():
    assert sorted(p.name for p in BROKEN.glob("*.ipynb")) == sorted(BROKEN_EXPECTED)


@pytest.mark.parametrize("name", sorted(BROKEN_EXPECTED))
def test_checker_reports_a_deliberately_broken_notebook(broken_lab, name):
    report = nbk.check_notebook(broken_lab, name, accessibility=False,
                                screenshot=SCREENSHOTS / f"broken-{Path(name).stem}.png")
    broken_lab.close(name)
    print(f"{name}:", *report.problems, sep="\n  ")
    assert report.problems, f"the checker found nothing wrong with {name}"
    for words in BROKEN_EXPECTED[name]:
        assert report.names(*words), f"{name}: no problem names {words}; found:\n" + "\n".join(report.problems)


# --- and leaves the repository alone ---------------------------------------------------------
def test_repo_notebooks_were_not_written_by_the_browser_run(notebooks_before):
    """Autosave is off and checkpoints go to the temp folder: no outputs or widget state reach notebooks/."""
    mtimes_before, checkpoints_before = notebooks_before
    mtimes_now, checkpoints_now = _notebook_state()
    assert checkpoints_now <= checkpoints_before, f"checkpoints written into {sorted(checkpoints_now)}"
    for path, mtime in sorted(mtimes_now.items()):
        if mtimes_before.get(path) == mtime:
            continue  # untouched; a changed file may be a colleague's edit, but never with outputs
        nb = nbformat.read(path, as_version=4)
        assert "widgets" not in nb.metadata, f"widget state saved into {path.name}"
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), f"outputs saved into {path.name}"
