"""Steps 03 and 04 in a real browser, by keyboard: judge through a group's eyes, link critiques to drivers.

Every control is reached with Tab and used with Space (a journey starts by
putting the focus on its first control, as a learner's click into the area
would); waits are on state, never on time. After "Restart Kernel and Run
All" the answers and the figures' text descriptions must come back. That
both notebooks render cleanly in JupyterLab and Voila, with axe, is checked
for every ready notebook in ``test_browser.py``.

    pytest -m browser tests/test_browser_03_04.py
"""
from __future__ import annotations

import pytest

from browser import notebook as nbk, selectors as S
from browser.fixtures import open_and_run, restart_and_run, tab_to, wait_focus_on, wait_text
from course_helpers import course, strings

pytestmark = pytest.mark.browser

STAKEHOLDERS = course.step("03")
CRITIQUES = course.step("04")


def cell_title(group: str, example: str, answer: str) -> str:
    return strings.GRID_TOOLTIP.format(row=group, column=example, option=answer)


def test_03_judge_two_groups_by_keyboard_and_the_heat_map_comes_back(lab):
    page = lab.page
    open_and_run(lab, STAKEHOLDERS.notebook)
    page.keyboard.press("Escape")  # command mode: from here on only keys
    page.get_by_role("button", name="Employers", exact=True).focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Employers (shown below)").wait_for()
    tab_to(page, title=cell_title("Employers", "MOOC certificate", "no"))
    page.keyboard.press("Space")
    tab_to(page, title=cell_title("Employers", "Vendor IT cert", "yes"))
    page.keyboard.press("Space")
    # The button after the last example moves on and puts the focus on the next group's button.
    tab_to(page, text="Next: Higher-education institutions →")
    page.keyboard.press("Space")
    wait_focus_on(page, "Higher-education institutions (shown below)")
    tab_to(page, title=cell_title("Higher-education institutions", "MOOC certificate", "yes"))
    page.keyboard.press("Space")
    described = wait_text(page, S.FIGURE_DESCRIPTION, "Universities: yes for MOOC certificate")
    assert "Employers: yes for Vendor IT cert; no for MOOC certificate;" in described
    assert "The viewpoints disagree most on MOOC certificate." in described
    wait_text(page, S.LIVE_TEXT, "Employers and Higher-education institutions differ most")

    restart_and_run(lab)
    for group, example, answer in (("Employers", "MOOC certificate", "no"), ("Employers", "Vendor IT cert", "yes"),
                                   ("Higher-education institutions", "MOOC certificate", "yes")):
        assert page.locator(S.button_titled(cell_title(group, example, answer), pressed=True)).count() == 1
    assert page.get_by_role("button", name="Learners (shown below)").is_visible()  # the first group still to judge
    described = wait_text(page, S.FIGURE_DESCRIPTION, "Employers: yes for Vendor IT cert")
    assert "Universities: yes for MOOC certificate" in described
    # The definitions open from the keyboard and set the grid beside the EU definition.
    button = page.get_by_role("button", name=strings.REVEAL_DEFINITIONS_BUTTON)
    button.focus()
    page.keyboard.press("Space")
    compared = wait_text(page, S.LIVE_TEXT, "From the viewpoint of employers, you counted vendor IT cert")
    assert "answer key" in compared
    lab.close(STAKEHOLDERS.notebook)


def test_04_link_critiques_and_rate_evidence_by_keyboard_and_the_figure_comes_back(lab):
    page = lab.page
    gig, cost = "Gig qualifications for a gig economy", "The cost moves to the learner"
    open_and_run(lab, CRITIQUES.notebook)
    page.keyboard.press("Escape")
    page.locator(S.button_titled(f"{gig}: Recovery, the twin transitions and skills shortages")).focus()
    tab_to(page, title=f"{gig}: Skills over degrees")
    page.keyboard.press("Space")
    tab_to(page, title=strings.RELATION_MEANINGS["pushes against"])
    page.keyboard.press("Space")
    tab_to(page, title=f"{cost}: Cost and access")
    page.keyboard.press("Space")
    tab_to(page, title=strings.RELATION_MEANINGS["answers"])
    page.keyboard.press("Space")
    # "None of the drivers" switches the relation row of its critique off.
    tab_to(page, title=f"A two-tier system: {strings.NO_DRIVER_LABEL}")
    page.keyboard.press("Space")
    two_tier_row = page.locator(S.TOGGLE_BUTTONS).filter(
        has=page.locator(S.button_titled(strings.RELATION_MEANINGS["answers"]))).nth(3)
    two_tier_row.locator(S.DISABLED_BUTTON_IN_ROW).first.wait_for()
    # A rating: from its first button, one Tab and Space give 2.
    rating = nbk.answer_box(page, CRITIQUES.prompt("evidence_gig_work").text)
    rating.locator(S.TOGGLE_BUTTON).first.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    described = wait_text(page, S.FIGURE_DESCRIPTION, "pushes against 'Skills over degrees'; evidence 2 of 5")
    assert f"'{cost}' answers 'Cost and access'; evidence not rated yet." in described
    assert "'A two-tier system' concerns none of the drivers, in your view" in described
    wait_text(page, S.LIVE_TEXT, f"The critique to steelman: '{gig}'")

    restart_and_run(lab)
    assert page.locator(S.button_titled(f"{gig}: Skills over degrees", pressed=True)).count() == 1
    assert page.locator(S.button_titled(f"{cost}: Cost and access", pressed=True)).count() == 1
    assert nbk.answer_box(page, CRITIQUES.prompt("evidence_gig_work").text).locator(
        S.TOGGLE_BUTTON_PRESSED).inner_text().strip() == "2"
    described = wait_text(page, S.FIGURE_DESCRIPTION, f"'{gig}' pushes against 'Skills over degrees'; evidence 2 of 5")
    assert f"'{cost}' answers 'Cost and access'" in described
    wait_text(page, S.LIVE_TEXT, f"The critique to steelman: '{gig}'")
    lab.close(CRITIQUES.notebook)


def test_03_in_voila_by_keyboard_comes_back_in_a_new_kernel(lab):
    page = lab.page
    page.goto(f"{lab.server.url}{S.VOILA_RENDER_PATH.format(name=STAKEHOLDERS.notebook)}")
    page.get_by_role("button", name="Governments and policy makers", exact=True).wait_for(timeout=90_000)
    assert nbk.wait_widgets_settled(page)
    page.get_by_role("button", name="Governments and policy makers", exact=True).focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Governments and policy makers (shown below)").wait_for()
    tab_to(page, title=cell_title("Governments and policy makers", "Language certificate", "unsure"))
    page.keyboard.press("Space")
    wait_text(page, S.FIGURE_DESCRIPTION, "Governments: unsure about Language certificate")
    page.reload()  # a new kernel: the judgement comes back from the journal
    page.get_by_role("button", name="Governments and policy makers", exact=True).wait_for(timeout=90_000)
    assert nbk.wait_widgets_settled(page)
    title = cell_title("Governments and policy makers", "Language certificate", "unsure")
    assert page.locator(S.button_titled(title, pressed=True)).count() == 1
    wait_text(page, S.FIGURE_DESCRIPTION, "Governments: unsure about Language certificate")
    problems = nbk.page_problems(page, prompts=STAKEHOLDERS.prompts, dialogs=lab.dialogs)
    assert problems == [], "\n".join(problems)
    page.goto("about:blank")
