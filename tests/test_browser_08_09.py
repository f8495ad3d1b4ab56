"""Notebooks 08 and 09 by keyboard alone in JupyterLab: readiness, the two hardest, the plan; the wall,
the portfolio and the share file. Then a kernel restart, and everything the learner answered comes back.

The learner reaches every control with Tab, presses buttons and ticks boxes
with Space (or Enter), follows links with Enter and types text; the test waits on what
the page shows (saved states, figure descriptions, links), never on fixed sleeps.
The lab is set up like a hub's server, with a class folder (COURSE_SHARE_DIR), so
09's share panel also offers to save the previewed file there.

    pytest -m browser tests/test_browser_08_09.py
"""
from __future__ import annotations

import base64
import json
import re

import pytest
from playwright.sync_api import expect

from browser import notebook as nbk, scripts, selectors as S
from browser.fixtures import SCREENSHOTS, open_and_run, restart_and_run, tab_to
from course_helpers import course, strings
from course_helpers.cohort.classfolder import class_file_name, login_name
from course_helpers.cohort.suppress import MIN_GROUP

pytestmark = pytest.mark.browser

CONTEXT = course.step("08")
CLOSING = course.step("09")
QUESTION = "Who pays when a micro-credential <b>stacks</b>?"
PLAN_LABELS = tuple(strings.CX_PLAN_FIELDS[part] for part in ("step", "who", "evidence"))


def start_at(page, label: str) -> None:
    """Put the focus in the text box of the answer labelled ``label`` (where a learner starts reading)."""
    page.keyboard.press("Escape")
    nbk.answer_box(page, label).locator(f"{S.TEXTAREA}, {S.TEXT_INPUT}").first.focus()


def wait_text(page, selector: str, words: str, timeout_ms: int = 20_000) -> str:
    node = page.locator(selector).filter(has_text=words).first
    node.wait_for(timeout=timeout_ms)
    return node.inner_text()


def pressed_in_row(page, label: str) -> str:
    row = page.locator(S.TOGGLE_BUTTONS).filter(has=page.locator(S.LABEL, has_text=re.compile(f"^{re.escape(label)}$")))
    pressed = row.locator(S.PRESSED_IN_ROW)
    return pressed.inner_text().strip() if pressed.count() else ""


def ticked(page, label: str) -> bool:
    return page.locator(S.CHECKBOX_ROW, has_text=label).locator("input").is_checked()


def field_value(page, box_label: str, label: str) -> str:
    box = nbk.answer_box(page, box_label)
    field = box.locator(S.INLINE_FIELD).filter(has=page.locator(S.LABEL, has_text=label))
    return field.locator("textarea, input").first.input_value()


def test_readiness_the_two_hardest_and_the_plan_by_keyboard_survive_a_restart(lab):
    page = lab.page
    open_and_run(lab, CONTEXT.notebook)
    context_text = CONTEXT.prompt("context").text
    box = nbk.answer_box(page, context_text)
    status = nbk.watch_status(box)
    start_at(page, context_text)
    page.keyboard.type("My own learning, at a small firm.", delay=5)
    assert S.SAVED.match(nbk.wait_saved(page, status))

    # Rate three principles with Tab and Space: Quality 4, Recognition 1, Portable 2.
    for pid, rating in (("P01", "4"), ("P06", "1"), ("P07", "2")):
        tab_to(page, label=CONTEXT.prompt(f"readiness_{pid}").text, text=rating)
        page.keyboard.press("Space")
    description = wait_text(page, S.FIGURE_DESCRIPTION, "P07 Portable: 2 of 5.")
    assert "P06 Recognition: 1 of 5 (lowest)." in description
    wait_text(page, S.LIVE_TEXT, "P06 Recognition and P07 Portable")

    # Tick the two hardest: Recognition, and Quality (rated higher: the note asks why).
    for label in ("P01 Quality", "P06 Recognition"):
        tab_to(page, label=label, tag="input")
        page.keyboard.press("Space")
    wait_text(page, S.LIVE_TEXT, "You picked P01 Quality")

    # The plan, field by field.
    plan_box = nbk.answer_box(page, PLAN_LABELS[0] + " *")
    status = nbk.watch_status(plan_box)
    for label, text in zip(PLAN_LABELS, ("Ask about promotion.", "me", "A written answer by June.")):
        tab_to(page, label=label + (" *" if label == PLAN_LABELS[0] else ""), tag="textarea" if label != PLAN_LABELS[1]
               else "input")
        page.keyboard.type(text, delay=5)
    assert S.SAVED.match(nbk.wait_saved(page, status))
    wait_text(page, S.LIVE_TEXT, strings.CX_PLAN_COMPLETE)

    problems = nbk.page_problems(page, prompts=CONTEXT.prompts, dialogs=lab.dialogs)
    inside, _other = nbk.axe_check(page)
    assert problems + inside == [], "\n".join(problems + inside)

    restart_and_run(lab)
    assert nbk.answer_box(page, context_text).locator(S.TEXTAREA).input_value() == "My own learning, at a small firm."
    assert pressed_in_row(page, CONTEXT.prompt("readiness_P06").text) == "1"
    assert pressed_in_row(page, CONTEXT.prompt("readiness_P07").text) == "2"
    assert ticked(page, "P06 Recognition") and ticked(page, "P01 Quality")
    assert not ticked(page, "P07 Portable")
    assert field_value(page, PLAN_LABELS[0] + " *", PLAN_LABELS[2]) == "A written answer by June."
    assert "P06 Recognition: 1 of 5 (lowest)." in page.locator(S.FIGURE_DESCRIPTION).inner_text()
    assert strings.CX_PLAN_COMPLETE in page.locator(S.LIVE_TEXT).filter(has_text=strings.C8_PLAN_HEADING).inner_text()
    nbk.full_screenshot(page, SCREENSHOTS / "08-after-restart.png")
    lab.close(CONTEXT.notebook)


def test_the_wall_the_portfolio_and_the_share_file_by_keyboard(lab, class_folder):
    page = lab.page
    open_and_run(lab, CLOSING.notebook)
    wall_label = strings.Q_FIELD_TEXT + " *"
    wall = nbk.answer_box(page, wall_label)
    status = nbk.watch_status(wall)

    # A question on the wall, tagged with step 03 and employers, added with Space on "Add".
    start_at(page, wall_label)
    page.keyboard.type(QUESTION, delay=5)
    tab_to(page, label=strings.Q_FIELD_STEP, text=course.step("03").label)
    page.keyboard.press("Space")
    tab_to(page, label=strings.Q_FIELD_STAKEHOLDER, text="Employers")
    page.keyboard.press("Space")
    tab_to(page, text=strings.RECORD_ADD, tag="button")
    page.keyboard.press("Space")
    assert S.SAVED.match(nbk.wait_saved(page, status))
    wait_text(page, S.FIGURE_DESCRIPTION, "Employers: 1 (most)")
    assert wall.locator(S.RECORD_LISTING_TEXT).filter(has_text=QUESTION).count() == 1

    # The question that was not answered.
    unanswered = CLOSING.prompt("unanswered").text
    status = nbk.watch_status(nbk.answer_box(page, unanswered))
    tab_to(page, label=unanswered, tag="textarea")
    page.keyboard.type("Who recognises them abroad?", delay=5)
    assert S.SAVED.match(nbk.wait_saved(page, status))

    # One click makes the portfolio; Enter on its link downloads the page, which holds the question.
    tab_to(page, text=strings.C9_PORTFOLIO_BUTTON, tag="button")
    page.keyboard.press("Space")
    page.locator(S.PORTFOLIO_HTML_LINK).wait_for()
    tab_to(page, text=strings.PF_LINK_HTML, tag="a")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    saved = download_info.value
    assert re.fullmatch(r"micro-credentials-portfolio-\d{4}-\d{2}-\d{2}\.html", saved.suggested_filename)
    assert "Who pays when a micro-credential &lt;b&gt;stacks&lt;/b&gt;?" in open(saved.path(), encoding="utf-8").read()

    # The share file: the class code, a tick for 09, Preview; the download is exactly what the preview shows.
    tab_to(page, label=strings.SP_CODE_LABEL, tag="input")
    page.keyboard.type("sem-a", delay=5)
    tab_to(page, label=strings.SP_TICK.format(label=CLOSING.label, count=1), tag="input")
    page.keyboard.press("Space")
    tab_to(page, text=strings.SP_PREVIEW_BUTTON, tag="button")
    page.keyboard.press("Space")
    preview = wait_text(page, S.SHARE_PREVIEW, "Your share file for class SEM-A")
    assert "Who recognises them abroad?" in preview and QUESTION not in preview  # the wall is never shared
    tab_to(page, text=strings.SP_DOWNLOAD, tag="a")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    assert download_info.value.suggested_filename == "share-SEM-A.json"
    shared = open(download_info.value.path(), "rb").read()
    href = page.locator(S.SHARE_LINK).get_attribute("href")
    assert shared == base64.b64decode(href.split(",", 1)[1])
    assert shared.decode("ascii") in preview.replace("\u00a0", " ")  # the preview shows the file, byte for byte
    assert json.loads(shared)["answers"]["09"] == {"unanswered": "Who recognises them abroad?"}

    # On a hub: Tab on to "save into the class folder", Enter; the folder then holds the downloaded bytes.
    saving = page.locator(S.SHARE_CLASS_FOLDER)
    # Not exact: ipywidgets' icon (a Font Awesome glyph from CSS) comes first in the button's accessible name.
    save_button = saving.get_by_role("button", name=strings.CLASS_FOLDER_SAVE_BUTTON)
    tab_to(page, text=strings.CLASS_FOLDER_SAVE_BUTTON, tag="button")
    page.keyboard.press("Enter")
    name = class_file_name(login_name())
    said = strings.CLASS_FOLDER_SAVED.format(name=name, k=MIN_GROUP)
    assert wait_text(page, f"{S.SHARE_CLASS_FOLDER} [role=status]", said) == said
    assert [p.name for p in class_folder.iterdir()] == [name]  # no temporary file left behind
    assert (class_folder / name).read_bytes() == shared

    problems = nbk.page_problems(page, prompts=CLOSING.prompts, dialogs=lab.dialogs)
    inside, _other = nbk.axe_check(page)  # with the wall, the links, the preview and the saved sentence
    assert problems + inside == [], "\n".join(problems + inside)

    # Untick 09 (Shift+Tab back to it, Space): the preview goes, and with it the button and its sentence.
    tab_to(page, label=strings.SP_TICK.format(label=CLOSING.label, count=1), tag="input", back=True)
    page.keyboard.press("Space")
    expect(save_button).to_be_disabled()
    expect(saving.get_by_role("status")).to_have_count(0)
    assert page.locator(S.SHARE_LINK).count() == 0
    assert (class_folder / name).read_bytes() == shared, "nothing new is saved without a new preview"

    restart_and_run(lab)
    wall = nbk.answer_box(page, wall_label)
    assert wall.locator(S.RECORD_LISTING_TEXT).filter(has_text=QUESTION).count() == 1
    assert "Employers: 1 (most)" in page.locator(S.FIGURE_DESCRIPTION).inner_text()
    assert nbk.answer_box(page, unanswered).locator(S.TEXTAREA).input_value() == "Who recognises them abroad?"
    review = page.locator(S.REVIEW).inner_text()
    assert re.search(r"09\s+Closing questions\s+2 of 3 answered", review), review
    # Consent is not remembered: after a restart nothing is ticked, no code is filled in, no file is offered.
    assert page.locator(S.SHARE_LINK).count() == 0 and page.locator(S.SHARE_PREVIEW).count() == 0
    assert not ticked(page, CLOSING.label)
    nbk.full_screenshot(page, SCREENSHOTS / "09-after-restart.png")
    lab.close(CLOSING.notebook)


def test_a_rating_given_by_keyboard_in_voila_comes_back_in_a_new_kernel(lab):
    page = lab.page
    page.goto(f"{lab.server.url}{S.VOILA_RENDER_PATH.format(name=CONTEXT.notebook)}")
    page.wait_for_function(scripts.VOILA_DONE, timeout=120_000)
    assert nbk.wait_widgets_settled(page)
    label = CONTEXT.prompt("readiness_P08").text
    status = nbk.watch_status(nbk.answer_box(page, label))
    nbk.answer_box(page, CONTEXT.prompt("context").text).locator(S.TEXTAREA).focus()
    tab_to(page, label=label, text="3")
    page.keyboard.press("Space")
    assert S.SAVED.match(nbk.wait_saved(page, status))
    wait_text(page, S.FIGURE_DESCRIPTION, "P08 Learner-centred: 3 of 5")

    page.reload()  # a new kernel: the rating, the chart and its description come back from the journal
    page.wait_for_function(scripts.VOILA_DONE, timeout=120_000)
    assert nbk.wait_widgets_settled(page)
    assert pressed_in_row(page, label) == "3"
    assert "P08 Learner-centred: 3 of 5" in page.locator(S.FIGURE_DESCRIPTION).inner_text()
    page.goto("about:blank")  # leaving the page ends the Voila kernel
