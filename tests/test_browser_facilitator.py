"""The facilitator's dashboard in a real browser, by keyboard alone, in JupyterLab and as a Voila page.

A folder of 30 simulated learners' share files is imported through the notebook's folder field
(Tab to it, type the path, Tab to the button, Space); the class then appears with every figure's
text description, and the projector view sets it in large type without restyling JupyterLab.
Under Voila the projector view is on from the start and the page shows the class alone. The empty
notebook (no share files) is covered by tests/test_browser.py, which runs every ready notebook in
both with axe.

    pytest -m browser tests/test_browser_facilitator.py
"""
from __future__ import annotations

import pytest

from browser import notebook as nbk, scripts, selectors as S
from browser.fixtures import SCREENSHOTS, open_and_run
from course_helpers import course, strings
from course_helpers.cohort.simulate import write_share_files

pytestmark = pytest.mark.browser

DASHBOARD = course.step("facilitator")
LARGE_PX = 24  # the projector view's type, in CSS pixels (JupyterLab's own is 13-14)
MAP_WORDS = "today (blue circle, solid ellipse)"  # the class map's description names each point's marker


@pytest.fixture(scope="module")
def share_folder(scratch):
    folder = scratch / "class-of-30"
    write_share_files(folder, 30, class_code="SEM-BROWSER", reflections=["01"])
    return folder


def focused(locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def press_until_focused(page, locator, key: str = "Tab", limit: int = 120) -> None:
    """Move the focus with the keyboard alone until it reaches ``locator``."""
    for _ in range(limit):
        if focused(locator):
            return
        page.keyboard.press(key)
    pytest.fail(f"{key} never reached {locator}")


def font_px(locator) -> float:
    return locator.first.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")


def import_by_keyboard(page, folder) -> None:
    """Tab to the folder field, type the path, Tab to its button, Space; wait for the class's figures."""
    field = page.get_by_label(strings.DASHBOARD_FOLDER_LABEL, exact=True)
    press_until_focused(page, field)
    page.keyboard.type(str(folder))
    page.keyboard.press("Tab")
    assert focused(page.get_by_role("button", name=strings.DASHBOARD_FOLDER_BUTTON)), "Tab after the field"
    page.keyboard.press("Space")
    page.locator(S.DASHBOARD_CAPTION, has_text=MAP_WORDS).wait_for(timeout=60_000)


def assert_the_class_is_described(page) -> None:
    captions = page.locator(S.DASHBOARD_CAPTION)
    assert captions.count() == page.locator(S.DASHBOARD_FIGURE).count() >= 4
    for caption in captions.all():
        assert caption.is_visible() and len(caption.inner_text().splitlines()) >= 2
    board = page.locator(S.DASHBOARD_BOARD_TEXT).first.inner_text()
    assert "Answers shared by 30 learners." in board
    assert page.locator(S.DASHBOARD_REFLECTIONS).count() >= 5  # 01's shared reflections, as text


def assert_clean(page, lab) -> None:
    problems = nbk.page_problems(page, dialogs=lab.dialogs)
    assert problems == [], "\n".join(problems)
    inside, _ = nbk.axe_check(page)
    assert inside == [], "\n".join(inside)


def test_a_folder_imported_by_keyboard_fills_the_dashboard_and_the_projector_view_enlarges_only_it(
        lab, record, share_folder):
    page = lab.page
    lab.dialogs.clear()
    open_and_run(lab, DASHBOARD.notebook)
    page.keyboard.press("Escape")  # command mode; from here on only keys
    text_before = font_px(page.locator(S.MARKDOWN_TEXT))
    timer = nbk.Stopwatch()
    import_by_keyboard(page, share_folder)
    record.wait("jupyterlab", "facilitator: import 30 share files by keyboard", timer.seconds())
    assert_the_class_is_described(page)
    assert "Share files read: 30, from 30 learners" in page.locator(S.DASHBOARD_COLLECT).inner_text()
    assert page.locator(S.DASHBOARD_EXPORT_LINK).count() == 2
    assert font_px(page.locator(S.DASHBOARD_BOARD_TEXT)) < LARGE_PX
    assert_clean(page, lab)

    projector = page.get_by_role("button", name=strings.DASHBOARD_PROJECTOR)
    press_until_focused(page, projector, key="Shift+Tab")
    page.keyboard.press("Space")
    page.locator(S.DASHBOARD_PROJECTOR).wait_for()
    assert font_px(page.locator(S.DASHBOARD_BOARD_TEXT)) >= LARGE_PX
    assert not page.locator(S.DASHBOARD_COLLECT).is_visible(), "importing is hidden in the projector view"
    # Nothing outside the dashboard changed: JupyterLab's own text and the notebook's header stay as they were.
    assert font_px(page.locator(S.MARKDOWN_TEXT)) == text_before
    assert page.locator(S.MARKDOWN_TITLE).first.is_visible()
    assert_the_class_is_described(page)
    nbk.full_screenshot(page, SCREENSHOTS / "class_dashboard-projector-jupyterlab.png")
    page.keyboard.press("Space")  # the focus is still on the toggle: back to the working view
    page.locator(S.DASHBOARD_PROJECTOR).wait_for(state="detached")
    assert page.locator(S.DASHBOARD_COLLECT).is_visible()
    lab.close(DASHBOARD.notebook)


def test_voila_shows_the_class_alone_in_large_type_and_imports_by_keyboard(lab, record, share_folder):
    page = lab.page
    lab.dialogs.clear()
    page.goto(f"{lab.server.url}{S.VOILA_RENDER_PATH.format(name=DASHBOARD.notebook)}")
    page.wait_for_function(scripts.VOILA_DONE, timeout=nbk.RUN_TIMEOUT_MS)
    assert nbk.wait_widgets_settled(page)
    # A clean page: the projector view is on, the notebook's other cells and the importing are hidden.
    page.locator(S.DASHBOARD_PROJECTOR).wait_for()
    assert not page.locator(S.MARKDOWN_TITLE).first.is_visible()
    assert not page.locator(S.DASHBOARD_COLLECT).is_visible()
    assert font_px(page.locator(S.DASHBOARD_BOARD_TEXT)) >= LARGE_PX
    assert strings.DASHBOARD_EMPTY.split(",")[0] in page.locator(S.DASHBOARD_BOARD_TEXT).first.inner_text()
    assert_clean(page, lab)

    projector = page.get_by_role("button", name=strings.DASHBOARD_PROJECTOR)
    press_until_focused(page, projector)
    page.keyboard.press("Space")  # off: the importing comes back, and with it the notebook's text
    page.locator(S.DASHBOARD_COLLECT).wait_for()
    assert page.locator(S.MARKDOWN_TITLE).first.is_visible()
    import_by_keyboard(page, share_folder)
    press_until_focused(page, projector, key="Shift+Tab")
    page.keyboard.press("Space")
    page.locator(S.DASHBOARD_PROJECTOR).wait_for()
    assert not page.locator(S.MARKDOWN_TITLE).first.is_visible()
    assert font_px(page.locator(S.DASHBOARD_BOARD_TEXT)) >= LARGE_PX
    assert_the_class_is_described(page)
    assert_clean(page, lab)
    nbk.full_screenshot(page, SCREENSHOTS / "voila-class_dashboard-projector.png")
    page.goto("about:blank")
