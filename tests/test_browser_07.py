"""Notebook 07 by keyboard alone, in JupyterLab and in Voila: the audit form, the downloads and the blocks ranking.

The learner reaches every control with Tab, presses buttons with Space or
Enter and types text; the test waits on what the page shows (saved states,
findings, the figure's description), never on fixed sleeps. After a kernel
restart the whole form, the ranking and the figure's description come back.
"""
from __future__ import annotations

import base64
import json
import re

import pytest

from browser import notebook as nbk, scripts, selectors as S
from browser.fixtures import SCREENSHOTS, open_and_run, restart_and_run, tab_to
from course_helpers import strings
from course_helpers.course import step as find_step
from course_helpers.credential_audit import example_ids

pytestmark = pytest.mark.browser

STEP = find_step("07")
CLOUD = strings.CF_EXAMPLE_BUTTON.format(label=example_ids()["cloud-security"])
ETHICS = strings.CF_EXAMPLE_BUTTON.format(label=example_ids()["data-ethics"])
LEVEL = strings.CF_LABELS["level"]
BLOCK_NAMES = {block_id: name for name, block_id in STEP.prompt("block_ranking").items}


def start_keyboard(page, label: str) -> None:
    """Put the focus in the box labelled ``label`` (where a learner starts reading), then use keys only."""
    nbk.answer_box(page, label).locator(f"{S.TEXTAREA}, {S.TEXT_INPUT}").first.focus()


def exactly(page, label: str):
    return page.locator(S.LABEL, has_text=re.compile(f"^{re.escape(label)}$"))


def field(page, label: str):
    """The text box or area of the audit form labelled ``label``."""
    return nbk.answer_box(page, strings.CF_LABELS["title"]).locator(S.INLINE_FIELD).filter(has=exactly(page, label))


def pressed_in_row(page, label: str) -> str:
    row = page.locator(S.TOGGLE_BUTTONS).filter(has=exactly(page, label))
    pressed = row.locator(S.PRESSED_IN_ROW)
    return pressed.inner_text().strip() if pressed.count() else ""


def wait_text(page, selector: str, words: str, timeout_ms: int = 15_000) -> None:
    page.locator(selector).filter(has_text=words).first.wait_for(timeout=timeout_ms)


def test_audit_export_and_ranking_by_keyboard_survive_a_restart(lab, record):
    page = lab.page
    open_and_run(lab, STEP.notebook)
    form = nbk.answer_box(page, strings.CF_LABELS["title"])
    status = nbk.watch_status(form)

    # Fill the form from an example: from the first reflection, Tab to the example's button, press Space.
    page.keyboard.press("Escape")
    start_keyboard(page, STEP.prompt("criteria_needed").text)
    page.keyboard.type("A named issuer and assessed outcomes.", delay=5)
    tab_to(page, text=CLOUD)
    page.keyboard.press("Space")
    assert S.SAVED.match(nbk.wait_saved(page, status))
    assert field(page, "Title").locator("input").input_value() == "Cloud Security Essentials"
    wait_text(page, S.AUDIT_FINDINGS, "8 of the 11 mandatory elements")

    # Complete it: the country, the level from its row of buttons, the quality assurance.
    status = nbk.watch_status(form)
    tab_to(page, label=strings.CF_LABELS["country"], tag="input")
    page.keyboard.type("IE", delay=5)
    tab_to(page, label=LEVEL, text="6")
    page.keyboard.press("Space")
    tab_to(page, label=strings.CF_LABELS["quality_assurance"], tag="textarea")
    page.keyboard.type("Reviewed by the national agency", delay=5)
    wait_text(page, S.AUDIT_FINDINGS, "11 of the 11 mandatory elements of Annex I are present")
    assert S.SAVED.match(nbk.wait_saved(page, status))
    assert pressed_in_row(page, LEVEL) == "6"

    # The Open Badges JSON follows the form, and downloads with Enter on its link.
    tab_to(page, text="cloud-security-essentials.json")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    assert download_info.value.suggested_filename == "cloud-security-essentials.json"
    href = page.locator(S.CREDENTIAL_JSON_LINK).get_attribute("href")
    document = json.loads(base64.b64decode(href.split(",", 1)[1]))
    assert document["credentialSubject"]["achievement"]["name"] == "Cloud Security Essentials"
    assert document["issuer"]["address"]["addressCountryCode"] == "IE"
    assert document["credentialSubject"]["achievement"]["alignment"][0]["targetCode"] == "6"
    assert page.locator(S.CREDENTIAL_PAGE_LINK).get_attribute("download") == "cloud-security-essentials-summary.html"

    # Rank two blocks: the first place for funding, the second for recognition.
    for block_id, place in (("funding", "1"), ("recognition", "2")):
        tab_to(page, label=BLOCK_NAMES[block_id], text=place)
        page.keyboard.press("Space")
    wait_text(page, S.FIGURE_DESCRIPTION, "Recognition: you put it in place 2.")
    assert "Funding and incentives: you put it in place 1." in page.locator(S.FIGURE_DESCRIPTION).inner_text()
    problems = nbk.page_problems(page, prompts=STEP.prompts, dialogs=lab.dialogs)
    inside, _other = nbk.axe_check(page)  # with findings, links and the figure filled in
    assert problems + inside == [], "\n".join(problems + inside)

    restart_and_run(lab)
    assert field(page, "Title").locator("input").input_value() == "Cloud Security Essentials"
    assert field(page, strings.CF_LABELS["country"]).locator("input").input_value() == "IE"
    assert field(page, strings.CF_LABELS["quality_assurance"]).locator("textarea").input_value() == \
        "Reviewed by the national agency"
    assert pressed_in_row(page, LEVEL) == "6"
    assert pressed_in_row(page, BLOCK_NAMES["funding"]) == "1"
    assert pressed_in_row(page, BLOCK_NAMES["recognition"]) == "2"
    assert nbk.answer_box(page, STEP.prompt("criteria_needed").text).locator(S.TEXTAREA).input_value() == \
        "A named issuer and assessed outcomes."
    assert "11 of the 11 mandatory elements" in page.locator(S.AUDIT_FINDINGS).inner_text()
    assert "Recognition: you put it in place 2." in page.locator(S.FIGURE_DESCRIPTION).inner_text()
    nbk.full_screenshot(page, SCREENSHOTS / "07-after-restart.png")
    lab.close(STEP.notebook)


def test_the_form_fills_by_keyboard_in_voila_and_comes_back_in_a_new_kernel(lab):
    page = lab.page
    page.goto(f"{lab.server.url}{S.VOILA_RENDER_PATH.format(name=STEP.notebook)}")
    page.wait_for_function(scripts.VOILA_DONE, timeout=120_000)
    assert nbk.wait_widgets_settled(page)
    status = nbk.watch_status(nbk.answer_box(page, strings.CF_LABELS["title"]))
    start_keyboard(page, STEP.prompt("criteria_needed").text)
    tab_to(page, text=ETHICS)
    page.keyboard.press("Space")
    wait_text(page, S.AUDIT_FINDINGS, "11 of the 11 mandatory elements")
    tab_to(page, label=LEVEL, text=strings.CF_LEVEL_NOT_APPLICABLE)
    page.keyboard.press("Space")
    wait_text(page, S.AUDIT_FINDINGS, "Level: marked 'not applicable'")
    assert S.SAVED.match(nbk.wait_saved(page, status))

    page.reload()  # a new kernel: the form comes back from the journal
    page.wait_for_function(scripts.VOILA_DONE, timeout=120_000)
    assert nbk.wait_widgets_settled(page)
    assert field(page, "Title").locator("input").input_value() == "Applied Data Ethics for Public Services"
    assert pressed_in_row(page, LEVEL) == strings.CF_LEVEL_NOT_APPLICABLE
    assert "Level: marked 'not applicable'" in page.locator(S.AUDIT_FINDINGS).inner_text()
    link = page.locator(S.CREDENTIAL_JSON_LINK)
    assert link.get_attribute("download") == "applied-data-ethics-for-public-services.json"
    tab_to(page, text=strings.CV_SHOW_JSON)  # the JSON preview opens from the keyboard too
    page.keyboard.press("Enter")
    preview = page.locator(f"{S.CREDENTIAL_DOWNLOADS} pre")
    preview.wait_for(state="visible")
    assert '"achievementType": "MicroCredential"' in preview.inner_text()
    problems = nbk.page_problems(page, prompts=STEP.prompts, dialogs=lab.dialogs)
    assert problems == [], "\n".join(problems)
    inside, _other = nbk.axe_check(page)
    assert inside == [], "\n".join(inside)
    page.goto("about:blank")
