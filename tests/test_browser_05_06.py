"""Steps 05 and 06 in a real browser, by keyboard: take a module apart, build a pathway, count; add credentials, link them.

Each activity starts by putting the focus on its first control (as a
learner's click into the area would); from there only keys are pressed:
Tab and Shift+Tab to move, Space to tick, choose or press, typing for text.
Waits are on state (what the page shows), never on time. After "Restart
Kernel and Run All" the answers and the figures' text descriptions must come
back; in Voila, a pathway built by keyboard comes back in a new kernel. That
both notebooks render cleanly in JupyterLab and Voila, with axe, is checked
for every ready notebook in ``test_browser.py``; here axe runs again once the
answers, figures and messages are on the page.

The journal lasts the whole browser session, so each journey first empties
what it builds on (the pathway) and never counts on running first.

    pytest -m browser tests/test_browser_05_06.py
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser import notebook as nbk, scripts, selectors as S
from browser.fixtures import SCREENSHOTS, open_and_run, restart_and_run, tab_to
from course_helpers import course, strings

pytestmark = pytest.mark.browser

UNBUNDLING, ECOLOGY = course.step("05"), course.step("06")
AWARD = UNBUNDLING.prompt("award").options[0][0]  # the postgraduate certificate, "(… not a degree)"
TICKED = ("Content: Norvale University", "Content: Corrin Energy", "Teaching: Ostberg University")
NAME, SIZE, LEVEL = "Name *", "Size (a number) *", "EQF level, 1 to 8 (empty if unknown)"
WHEN = "Past or planned *"


# --- moving and waiting -------------------------------------------------------------------------

def tab_into(page, locator, *, back: bool = False, limit: int = 40) -> None:
    """Press Tab (or Shift+Tab) until ``locator``'s element has the focus."""
    for _ in range(limit):
        if locator.evaluate(scripts.IS_FOCUSED):
            return
        page.keyboard.press("Shift+Tab" if back else "Tab")
    pytest.fail(f"Tab never reached {locator} in {limit} presses")


def wait_focus(page, *, text: str, timeout_ms: int = 10_000) -> None:
    """Wait until the focused control reads ``text`` (a widget that moves the focus itself)."""
    page.wait_for_function(scripts.ACTIVE_TEXT_IS, arg=text, timeout=timeout_ms)


def wait_text(page, selector: str, words: str, timeout_ms: int = 20_000) -> str:
    """Wait until an element matching ``selector`` contains ``words``; return its text."""
    node = page.locator(selector).filter(has_text=words).first
    node.wait_for(timeout=timeout_ms)
    return node.inner_text()


def type_into(page, text: str) -> None:
    """Replace what the focused field holds by typing ``text``."""
    page.keyboard.press("Control+a")
    page.keyboard.type(text, delay=10)


# --- finding things (by what a learner reads) -----------------------------------------------------

def checkbox(page, title: str):
    return page.locator(S.CHECKBOX_TITLED.format(title=title))


def text_field(page, label: str):
    return page.locator(S.LABELLED_TEXT.format(label=label))


def button_row(page, label: str):
    """A row of toggle buttons by its label ("From:", "Past or planned *")."""
    return page.locator(S.TOGGLE_BUTTONS).filter(has=page.locator(S.LABEL, has_text=re.compile(f"^{re.escape(label)}$")))


def pressed_in(page, label: str) -> list[str]:
    return [text.strip() for text in button_row(page, label).locator(S.PRESSED_IN_ROW).all_inner_texts()]


# --- 05 -----------------------------------------------------------------------------------------

def empty_the_pathway(page) -> None:
    """Press Remove on the pathway's first row until no module is left (the focus stays on the rows)."""
    removes = page.get_by_role("button", name=re.compile(r"^Remove: "))
    left = removes.count()
    if left:
        removes.first.focus()
    while left:
        page.keyboard.press("Space")
        left -= 1
        expect(removes).to_have_count(left)


def test_05_unbundle_rebundle_and_count_by_keyboard_and_it_all_comes_back(lab):
    page = lab.page
    open_and_run(lab, UNBUNDLING.notebook)
    page.keyboard.press("Escape")  # command mode: from here on, keys only
    assert not any(checkbox(page, title).is_checked() for title in TICKED), "05's grid was answered before"

    # Unbundle: tick three boxes; Tab walks the grid part by part.
    checkbox(page, TICKED[0]).focus()
    page.keyboard.press("Space")
    for title in TICKED[1:]:
        tab_into(page, checkbox(page, title))
        page.keyboard.press("Space")
    described = wait_text(page, S.FIGURE_DESCRIPTION, "Teaching (delivery): Ostberg University.")
    assert "Content (design): Norvale University and Corrin Energy, jointly." in described
    wait_text(page, S.LIVE_TEXT, "Co-construction without co-delivery: Norvale University and Corrin Energy")

    # Rebundle: the award, then two modules in the wrong order, then Up puts the prerequisite first.
    empty_the_pathway(page)
    page.get_by_role("button", name=AWARD, exact=True).focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Add NV-CARB").focus()
    page.keyboard.press("Space")
    tab_to(page, text="Add NV-DATA", back=True)
    page.keyboard.press("Space")
    wait_text(page, S.LIVE_TEXT, "NV-CARB (Carbon accounting with data) needs NV-DATA (Foundations of data "
                                       "analysis) first, but it comes later in your pathway")
    page.get_by_role("button", name="Up: NV-DATA").wait_for()  # the new row is drawn before the Tabs look for it
    tab_to(page, text="Up: NV-DATA", back=True)
    page.keyboard.press("Space")
    wait_focus(page, text="Down: NV-DATA")  # at the top, Up is disabled: the focus moved to Down, same module
    checked = wait_text(page, S.LIVE_TEXT, "Totals: 2 modules (10 ECTS)")
    assert "comes later in your pathway" not in checked

    # Count: type the two numbers; leaving a field (Tab) counts them.
    text_field(page, strings.CHOICE_SIZE_LABEL).focus()
    type_into(page, "50,000")
    page.keyboard.press("Tab")
    type_into(page, "5")
    page.keyboard.press("Tab")
    wait_text(page, S.FIGURE_DESCRIPTION, "a catalogue of 50,000 modules and pathways of 5 allow")
    tab_into(page, text_field(page, strings.CHOICE_SIZE_LABEL), back=True)
    type_into(page, "lots")
    page.keyboard.press("Tab")
    wait_text(page, S.ALERT, "The catalogue size should be a whole number from 1 to 1,000,000, not 'lots'")
    tab_into(page, text_field(page, strings.CHOICE_SIZE_LABEL), back=True)
    type_into(page, "50000")  # the same numbers as before, written without the comma: saved, the alert gone
    page.keyboard.press("Tab")
    page.locator(S.ALERT).filter(has_text="not 'lots'").wait_for(state="detached")
    inside, _other = nbk.axe_check(page)  # with the figures, verdicts and messages filled in
    assert inside == [], "\n".join(inside)

    restart_and_run(lab)
    for title in TICKED:
        assert checkbox(page, title).is_checked(), f"{title} was not ticked after the restart"
    assert not checkbox(page, "Content: Quillora").is_checked()
    assert "mod-active" in page.get_by_role("button", name=AWARD, exact=True).get_attribute("class")
    assert page.get_by_role("button", name="Down: NV-DATA").is_visible()
    assert page.get_by_role("button", name="Up: NV-CARB").is_visible()
    wait_text(page, S.LIVE_TEXT, "Totals: 2 modules (10 ECTS)")
    assert text_field(page, strings.CHOICE_SIZE_LABEL).input_value() == "50,000"
    assert text_field(page, strings.CHOICE_LENGTH_LABEL).input_value() == "5"
    wait_text(page, S.FIGURE_DESCRIPTION, "Content (design): Norvale University and Corrin Energy, jointly.")
    wait_text(page, S.FIGURE_DESCRIPTION, "a catalogue of 50,000 modules and pathways of 5 allow")
    problems = nbk.page_problems(page, prompts=UNBUNDLING.prompts, dialogs=lab.dialogs)
    assert problems == [], "\n".join(problems)
    nbk.full_screenshot(page, SCREENSHOTS / "05-after-restart.png")
    lab.close(UNBUNDLING.notebook)


def test_05_a_pathway_built_in_voila_comes_back_in_a_new_kernel(lab):
    page = lab.page
    page.goto(f"{lab.server.url}{S.VOILA_RENDER_PATH.format(name=UNBUNDLING.notebook)}")
    page.wait_for_function(scripts.VOILA_DONE, timeout=120_000)
    assert nbk.wait_widgets_settled(page)
    empty_the_pathway(page)
    page.get_by_role("button", name="Add OS-PY").focus()
    page.keyboard.press("Space")
    tab_to(page, text="Add OS-ENER")
    page.keyboard.press("Space")
    wait_text(page, S.LIVE_TEXT, "Totals: 2 modules (10 ECTS): 0 ECTS from your university, 10 from alliance")

    page.reload()  # a new kernel: the pathway comes back from the journal
    page.wait_for_function(scripts.VOILA_DONE, timeout=120_000)
    assert nbk.wait_widgets_settled(page)
    assert page.get_by_role("button", name="Up: OS-ENER").is_visible()  # second in the pathway
    assert page.get_by_role("button", name="Down: OS-PY").is_visible()
    wait_text(page, S.LIVE_TEXT, "Totals: 2 modules (10 ECTS)")
    problems = nbk.page_problems(page, prompts=UNBUNDLING.prompts, dialogs=lab.dialogs)
    inside, _other = nbk.axe_check(page)
    assert problems + inside == [], "\n".join(problems + inside)
    page.goto("about:blank")  # leaving the page ends the Voila kernel


# --- 06 -----------------------------------------------------------------------------------------

def fill_credential(page, name: str, size: str, unit: str, level: str, kind: str, when: str) -> None:
    """Fill the editor from its Name field to its Add button with keys only, then press Add."""
    expect(text_field(page, NAME)).to_have_value("")  # the editor was emptied after the last Add
    expect(button_row(page, WHEN).locator(S.PRESSED_IN_ROW)).to_have_count(0)
    text_field(page, NAME).focus()
    type_into(page, name)
    tab_into(page, text_field(page, SIZE))
    type_into(page, size)
    tab_to(page, text=unit)
    page.keyboard.press("Space")
    tab_into(page, text_field(page, LEVEL))
    type_into(page, level)
    tab_to(page, text=kind)
    page.keyboard.press("Space")
    tab_to(page, text=when)
    page.keyboard.press("Space")
    tab_to(page, text=strings.RECORD_ADD)
    page.keyboard.press("Space")


def wait_offered(page, name: str) -> None:
    """Wait until the link rows offer a credential (they follow the list after every save)."""
    for row in (strings.LINK_FROM, strings.LINK_TO):
        button_row(page, row).locator(S.BUTTON_IN_ROW, has_text=re.compile(f"^{re.escape(name)}$")).wait_for()


def test_06_add_credentials_and_a_link_by_keyboard_and_the_map_comes_back(lab):
    page = lab.page
    open_and_run(lab, ECOLOGY.notebook)
    page.keyboard.press("Escape")
    fill_credential(page, "BSc Biology", "180", "ECTS", "6", "degree", "past")
    wait_text(page, S.HTML_WIDGET, "BSc Biology: 180 ECTS, EQF 6, degree, past")

    # Bad input is told in words and nothing is added; corrected, it goes in.
    fill_credential(page, "Carbon accounting", "-5", "ECTS", "12", "micro-credential", "planned")
    wait_text(page, S.ALERT, "The size should be more than 0, not -5")
    refused = "\n".join(page.locator(S.ALERT).all_inner_texts())  # one alert per problem
    assert "The level should be an EQF level from 1 to 8, or unknown, not 12" in refused
    tab_into(page, text_field(page, SIZE), back=True)
    type_into(page, "5")
    tab_into(page, text_field(page, LEVEL))
    type_into(page, "7")
    tab_to(page, text=strings.RECORD_ADD)
    page.keyboard.press("Space")
    wait_text(page, S.HTML_WIDGET, "Carbon accounting: 5 ECTS, EQF 7, micro-credential, planned")
    assert page.locator(S.ALERT).count() == 0, "the refusal stayed after the credential went in"

    # A link: from, kind, to, Add link; the rows now offer both credentials.
    wait_offered(page, "Carbon accounting")
    tab_to(page, text="Carbon accounting")
    page.keyboard.press("Space")
    tab_to(page, text=strings.INTERFACE_BUTTONS["stacks_into"])
    page.keyboard.press("Space")
    tab_to(page, text="BSc Biology")
    page.keyboard.press("Space")
    tab_to(page, text=strings.LINK_ADD)
    page.keyboard.press("Space")
    described = wait_text(page, S.FIGURE_DESCRIPTION, "Carbon accounting stacks into BSc Biology (solid")
    assert "BSc Biology: 180 ECTS (4,500-5,400 hours), EQF 6, degree, past (square)." in described
    assert "Without any link" not in described
    assert pressed_in(page, strings.LINK_FROM) == ["Carbon accounting"]
    inside, _other = nbk.axe_check(page)  # with the list, the links, the map and the fits filled in
    assert inside == [], "\n".join(inside)

    restart_and_run(lab)
    wait_text(page, S.HTML_WIDGET, "BSc Biology: 180 ECTS, EQF 6, degree, past")
    wait_text(page, S.HTML_WIDGET, "Carbon accounting: 5 ECTS, EQF 7, micro-credential, planned")
    assert page.get_by_role("button", name="Remove: Carbon accounting stacks into BSc Biology").is_visible()
    described = wait_text(page, S.FIGURE_DESCRIPTION, "Carbon accounting stacks into BSc Biology (solid")
    assert "Carbon accounting: 5 ECTS (125-150 hours), EQF 7, micro-credential, planned (circle)." in described
    wait_text(page, S.LIVE_TEXT, "Carbon accounting: EU Council Recommendation: sets no size")
    problems = nbk.page_problems(page, prompts=ECOLOGY.prompts, dialogs=lab.dialogs)
    assert problems == [], "\n".join(problems)
    nbk.full_screenshot(page, SCREENSHOTS / "06-after-restart.png")
    lab.close(ECOLOGY.notebook)
