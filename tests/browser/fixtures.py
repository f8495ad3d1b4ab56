"""Session fixtures and journey helpers shared by every browser test module.

``tests/conftest.py`` imports them, so any ``tests/test_browser*.py`` can ask for
``lab`` (one JupyterLab on notebooks/ and one tab for the whole session) and use
the helpers to open, run, answer and restart notebooks the way a learner does.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path
from typing import Iterator

import pytest

from external import require

from . import chromium, notebook as nbk, scripts, selectors as S
from .report import BrowserRecord
from .server import LabServer
from course_helpers import course

TESTS = Path(__file__).resolve().parent.parent
SCREENSHOTS = TESTS / "screenshots"
BROKEN = TESTS / "fixtures" / "broken"


# --- session fixtures ------------------------------------------------------------------------
@pytest.fixture(scope="session")
def chromium_path() -> Path:
    try:
        import axe_playwright_python  # noqa: F401
        import playwright.sync_api  # noqa: F401
        problem = None
    except ImportError as error:
        problem = str(error)
    executable = chromium.find_chromium(os.environ)
    decision = chromium.decide(executable, os.environ, problem)
    require(decision)
    return executable


@pytest.fixture(scope="session")
def record(request) -> BrowserRecord:
    """Waits and accessibility notes for the terminal summary; server logs on failures."""
    record = BrowserRecord(SCREENSHOTS)
    request.config.pluginmanager.register(record, "course-browser-record")
    return record


@pytest.fixture(scope="session")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("browser")


def _notebook_state() -> tuple[dict[Path, int], set[Path]]:
    """Modification times of the repo's notebooks, and which checkpoint folders exist."""
    mtimes = {p: p.stat().st_mtime_ns for p in course.NOTEBOOK_DIR.rglob("*.ipynb")
              if ".ipynb_checkpoints" not in p.parts}
    return mtimes, set(course.NOTEBOOK_DIR.rglob(".ipynb_checkpoints"))


@pytest.fixture(scope="session")
def notebooks_before() -> tuple[dict[Path, int], set[Path]]:
    return _notebook_state()


@pytest.fixture(scope="session")
def playwright_instance():
    """The one Playwright driver of the test session: a second sync_playwright() in the same process
    fails ("Sync API inside the asyncio loop"), so every browser test module takes this one. Ask for
    ``chromium_path`` first: it skips (or fails on CI) when Playwright or Chromium is missing."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(chromium_path, playwright_instance, scratch):
    context = chromium.launch(playwright_instance, chromium_path, scratch / "chromium")
    context.set_default_timeout(30_000)
    yield context
    context.close()


def _serve(request, root: Path, folder: Path, name: str, class_folder: Path | None = None):
    """Launch a server, start the browser while it boots, then wait for it."""
    server = LabServer(root, folder, name, class_folder)
    request.getfixturevalue("record").servers.append(server)
    server.launch()
    try:
        browser = request.getfixturevalue("browser")
        server.wait_ready()
    except BaseException:
        server.stop()
        raise
    return server, browser


@pytest.fixture(scope="session")
def lab_class_folder(scratch) -> Path:
    """The class folder of ``lab``, as a hub provides one (COURSE_SHARE_DIR); made before the server starts."""
    folder = scratch / "class-folder"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def lab(chromium_path, notebooks_before, scratch, lab_class_folder, request):
    """JupyterLab on notebooks/ and one tab driving it, for the whole session; like a hub's, with a class folder."""
    server, browser = _serve(request, course.NOTEBOOK_DIR, scratch / "lab", "lab", lab_class_folder)
    page = browser.pages[0] if browser.pages else browser.new_page()
    yield nbk.LabPage(page, server)
    server.stop()


@pytest.fixture
def class_folder(lab, lab_class_folder) -> Iterator[Path]:
    """The lab's class folder for one test, emptied afterwards: a file saved there would otherwise reach
    every later notebook that reads the folder (the facilitator's dashboard)."""
    yield lab_class_folder
    for path in lab_class_folder.iterdir():
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


@pytest.fixture(scope="session")
def broken_lab(chromium_path, scratch, request):
    """A second JupyterLab serving a copy of tests/fixtures/broken (nothing added to notebooks/)."""
    root = scratch / "broken-root"
    shutil.copytree(BROKEN, root)
    server, browser = _serve(request, root, scratch / "broken-lab", "broken fixtures")
    page = browser.new_page()
    yield nbk.LabPage(page, server)
    page.close()
    server.stop()


# --- helpers ---------------------------------------------------------------------------------
def open_and_run(lab: nbk.LabPage, name: str) -> None:
    lab.open(name)
    lab.run_all()
    assert nbk.wait_widgets_settled(lab.page), f"widgets of {name} never finished loading"


def restart_and_run(lab: nbk.LabPage) -> None:
    lab.run_all(restart=True)
    assert nbk.wait_widgets_settled(lab.page), "widgets never finished loading after the restart"


def exported(page) -> dict:
    """The journal as 00's download link carries it (base64 JSON in a data: URL)."""
    href = page.locator(S.LINK_DOWNLOAD).get_attribute("href")
    return json.loads(base64.b64decode(href.split(",", 1)[1]))


def latest(export: dict) -> dict[tuple[str, str], object]:
    values = {}
    for revision in sorted(export["revisions"], key=lambda r: (r["saved_at"], r["uid"])):
        values[(revision["step"], revision["prompt"])] = revision["value"]
    return values


def reflection_text(page, label: str) -> str:
    return nbk.answer_box(page, label).locator(S.TEXTAREA).input_value()


def pressed_rating(page, label: str) -> str:
    return nbk.answer_box(page, label).locator(S.TOGGLE_BUTTON_PRESSED).inner_text().strip()


def placement_values(box) -> list[int | None]:
    """The chosen coordinates of a placement's two rows of buttons ('+3' -> 3, '-5 fully bundled' -> -5)."""
    chosen = []
    for row in box.locator(S.TOGGLE_BUTTONS).all():
        pressed = row.locator(S.PRESSED_IN_ROW)
        chosen.append(int(pressed.inner_text().split()[0]) if pressed.count() else None)
    return chosen


def type_reflection(page, label: str, text: str) -> str:
    """Replace a reflection with real key presses; wait for 'saved HH:MM' and return it."""
    box = nbk.answer_box(page, label)
    status = nbk.watch_status(box)
    area = box.locator(S.TEXTAREA)
    area.click()
    area.press("Control+a")
    area.press_sequentially(text, delay=5)
    return nbk.wait_saved(page, status)




def tab_to(page, *, text: str | None = None, title: str | None = None, label: str | None = None,
           tag: str | None = None, back: bool = False, limit: int = 600) -> dict:
    """Press Tab (Shift+Tab with ``back``), keys only, until the focused control has this text, tooltip,
    label (its own, or its row's or field's) and tag; return what is focused. Fail after ``limit`` presses."""
    wanted = {"text": text, "title": title, "label": label, "tag": tag}
    focused: dict = {}
    for _ in range(limit):
        focused = page.evaluate(scripts.FOCUSED)
        if all(value is None or focused[key] == value for key, value in wanted.items()):
            return focused
        page.keyboard.press("Shift+Tab" if back else "Tab")
    pytest.fail(f"{'Shift+' if back else ''}Tab never reached "
                f"{ {k: v for k, v in wanted.items() if v is not None} } in {limit} presses (focus: {focused})")


def wait_focus_on(page, text: str, timeout_ms: int = 10_000) -> None:
    """Wait until the focused element's text is ``text`` (a widget that moves the focus itself)."""
    page.wait_for_function(scripts.ACTIVE_TEXT_IS, arg=text, timeout=timeout_ms)


def wait_text(page, selector: str, words: str, timeout_ms: int = 20_000) -> str:
    """Wait until an element matching ``selector`` contains ``words``; return its text."""
    node = page.locator(selector).filter(has_text=words).first
    node.wait_for(timeout=timeout_ms)
    return node.inner_text()
