"""Driving a notebook in JupyterLab (or Voila) and checking what the learner sees.

:func:`check_notebook` is the per-notebook checker: it opens a notebook, runs
it, and returns a :class:`NotebookReport` whose ``problems`` name every defect
found (error outputs, widgets that did not render or show as text, scripts
that ran, active markup in outputs, figures without a text description,
serious or critical accessibility violations inside the outputs). An empty
list means the notebook is fine. The tests assert on that list, and prove
with deliberately broken notebooks that it is not empty when it must not be.
"""
from __future__ import annotations

import re
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import scripts, selectors as S
from .server import LabServer

KERNEL_TIMEOUT_S = 60.0
OPEN_TIMEOUT_MS = 60_000
RUN_TIMEOUT_MS = 120_000
WIDGETS_TIMEOUT_MS = 30_000
SAVE_TIMEOUT_MS = 15_000
AXE_BLOCKING = ("serious", "critical")
MIN_DESCRIPTION_CHARS = 20
ERROR_TEXT = re.compile(r"Traceback|Error")


class Stopwatch:
    def __init__(self):
        self.started = time.monotonic()

    def seconds(self) -> float:
        return round(time.monotonic() - self.started, 2)


@dataclass
class NotebookReport:
    name: str
    problems: list[str] = field(default_factory=list)
    wait_seconds: float | None = None  # open -> every widget rendered
    axe_inside: list[str] = field(default_factory=list)  # serious/critical in outputs (also in problems)
    axe_other: list[str] = field(default_factory=list)  # JupyterLab's chrome, minor findings: reported only
    screenshot: Path | None = None

    def names(self, *words: str) -> bool:
        """Whether one problem mentions every one of ``words`` (case-insensitive)."""
        return any(all(w.lower() in p.lower() for w in words) for p in self.problems)


class LabPage:
    """One browser tab driving JupyterLab on ``server``."""

    def __init__(self, page, server: LabServer):
        self.page = page
        self.server = server
        self.dialogs: list[str] = []
        page.on("dialog", self._on_dialog)

    def _on_dialog(self, dialog) -> None:
        # beforeunload (leaving a notebook that ran) is expected; alert/confirm/prompt mean a script ran.
        if dialog.type != "beforeunload":
            self.dialogs.append(f"{dialog.type}: {dialog.message[:100]}")
        dialog.accept()

    # --- opening, running, closing -----------------------------------------------------------
    def open(self, name: str) -> None:
        """Open ``name`` alone (``?reset``: no other tab restored) and wait until its kernel is idle."""
        self.page.goto(f"{self.server.url}/lab/tree/{name}?reset")
        self.page.wait_for_selector(S.CELL, timeout=OPEN_TIMEOUT_MS)
        self.wait_kernel_idle(name)
        self.page.wait_for_function(scripts.KERNEL_CONNECTED, timeout=OPEN_TIMEOUT_MS)

    def wait_kernel_idle(self, name: str) -> None:
        """The server's view (the toolbar can read idle before a kernel exists)."""
        deadline = time.monotonic() + KERNEL_TIMEOUT_S
        while time.monotonic() < deadline:
            session = self.server.session_for(name)
            if session and session["kernel"].get("execution_state") == "idle":
                return
            time.sleep(0.1)
        raise TimeoutError(f"the kernel of {name} was not idle within {KERNEL_TIMEOUT_S:.0f} s")

    def menu(self, menu: str, command: str) -> None:
        self.page.locator(S.MENU_BAR_ITEM).filter(has_text=re.compile(rf"^{menu}$")).click()
        self.page.locator(S.MENU_ITEM.format(command=command)).click()

    def run_all(self, restart: bool = False, timeout_ms: int = RUN_TIMEOUT_MS) -> None:
        """Run every cell from the menus (optionally restarting the kernel first); wait for the end."""
        self.page.evaluate(scripts.WATCH_RUN)
        if restart:
            self.menu("Kernel", S.RESTART_RUN_ALL)
            self.page.locator(S.DIALOG_ACCEPT).click()
            self.page.locator(S.DIALOG).wait_for(state="detached")
        else:
            self.menu("Run", S.RUN_ALL)
        self.page.wait_for_function(scripts.RUN_FINISHED, timeout=timeout_ms)

    def close(self, name: str) -> None:
        """Leave the notebook and shut its kernel down (a DELETE carrying the page's XSRF cookie)."""
        self.page.goto("about:blank")
        session = self.server.session_for(name)
        if session is None:
            return
        xsrf = next((c["value"] for c in self.page.context.cookies(self.server.url) if c["name"] == "_xsrf"), "")
        request = urllib.request.Request(f"{self.server.url}/api/sessions/{session['id']}", method="DELETE",
                                         headers={"X-XSRFToken": xsrf, "Cookie": f"_xsrf={xsrf}"})
        with urllib.request.urlopen(request, timeout=30):
            pass

    # --- the answers of the course -----------------------------------------------------------
    def answer_box(self, label: str):
        return answer_box(self.page, label)


def answer_box(page, label: str):
    """The innermost VBox (an Answer) holding a control labelled ``label`` (JupyterLab or Voila)."""
    return page.locator(S.ANSWER_BOX).filter(has=page.locator(S.LABEL, has_text=label)).last


def answer_status(box) -> str:
    """The text of an Answer's status line (its last HTML widget)."""
    return box.locator(S.HTML_WIDGET).last.inner_text().strip()


def watch_status(box):
    """Start recording an Answer's status line; returns the handle for :func:`wait_saved`."""
    handle = box.locator(S.HTML_WIDGET).last.locator(S.HTML_CONTENT).element_handle()
    handle.evaluate(scripts.WATCH_TEXT)
    return handle


def wait_saved(page, handle, timeout_ms: int = SAVE_TIMEOUT_MS) -> str:
    """Wait until the watched status changed and reads 'saved HH:MM'; return that text."""
    page.wait_for_function(scripts.SAVED_SINCE_WATCH, arg=handle, timeout=timeout_ms)
    return handle.text_content().strip()


def wait_exported(page, step: str, prompt: str, value, timeout_ms: int = SAVE_TIMEOUT_MS) -> None:
    """Wait until 00's download link (rebuilt after every save) carries ``value`` as the latest answer."""
    page.wait_for_function(scripts.EXPORT_HAS, arg=[step, prompt, value], timeout=timeout_ms)


def wait_widgets_settled(page, timeout_ms: int = WIDGETS_TIMEOUT_MS) -> bool:
    """Wait until no widget output still shows 'Loading widget...'; False on timeout."""
    try:
        page.wait_for_function(scripts.WIDGETS_SETTLED, timeout=timeout_ms)
        return True
    except Exception:  # noqa: BLE001 - Playwright's TimeoutError; the caller reports it
        return False


# --- the checker ---------------------------------------------------------------------------
def page_problems(page, *, model_widgets: int | None = None, prompts: Iterable = (),
                  dialogs: Iterable[str] = ()) -> list[str]:
    """Defects visible in the page now.

    ``model_widgets``: how many widget outputs the notebook model holds (JupyterLab);
    ``prompts``: course prompts whose controls must be on the page.
    """
    problems: list[str] = []
    page.evaluate(scripts.IMAGES_SETTLED)  # a broken image's onerror has run by now
    for view in page.locator(S.WIDGET_ERROR_VIEW).all():
        view.click()  # the error view shows its message only when clicked

    for node in page.locator(S.STDERR_OUTPUT).all():
        text = node.inner_text()
        if ERROR_TEXT.search(text):
            lines = [line for line in text.splitlines() if line.strip()]
            problems.append(f"error output: {(lines[-1] if lines else text)[:200]}")

    for text in page.locator(S.ALERT).all_inner_texts():
        if text.strip():
            problems.append(f"error shown to the learner: {text.strip()[:200]}")

    widgets = page.evaluate(scripts.WIDGET_OUTPUTS)
    for output in widgets:
        if output["error"]:
            message = S.WIDGET_ERROR_PREAMBLE.sub("", output["error"].strip())
            problems.append(f"widget failed to render: {message[:300]}")
        elif output["loading"]:
            problems.append(f"widget never rendered (still loading): {output['text']!r}")
    rendered = sum(1 for output in widgets if output["rendered"])
    if model_widgets is not None and rendered != model_widgets:
        problems.append(f"widget outputs: {model_widgets} in the notebook, {rendered} rendered views")
    output_text = "\n".join(page.locator(S.OUTPUT).all_inner_texts())
    for marker in S.WIDGET_ERROR_TEXTS:
        if marker in output_text and not any(marker in p for p in problems):
            problems.append(f"widget failed to render: an output says {marker!r}")
    for node in page.locator(S.TEXT_OUTPUT).all():
        text = node.inner_text().strip()
        if S.WIDGET_REPR.match(text):
            problems.append(f"widget shown as text instead of a view: {text[:120]}")

    pwned = page.evaluate("() => window.__pwned")
    if pwned is not None:
        problems.append(f"script ran: window.__pwned = {pwned!r}")
    problems += [f"script ran: a dialog opened ({dialog})" for dialog in dialogs]
    problems += [f"unescaped markup in an output: {markup}" for markup in page.evaluate(scripts.ACTIVE_MARKUP)]

    for figure in page.evaluate(scripts.FIGURE_DESCRIPTIONS):
        if len(figure["description"]) < MIN_DESCRIPTION_CHARS:
            problems.append(f"figure without a text description after it: {figure['src']}… "
                            f"(followed by {figure['description'][:60]!r})")

    expected: dict[str, int] = {}
    for prompt in prompts:
        for selector, count in S.controls_for(prompt):
            expected[selector] = expected.get(selector, 0) + count
    for selector, count in expected.items():
        found = page.locator(selector).count()
        if found < count:
            problems.append(f"controls {selector!r}: expected at least {count}, {found} rendered")
    return problems


def axe_check(page) -> tuple[list[str], list[str]]:
    """axe-core on the whole page: (serious/critical inside outputs, everything else)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page).response
    inside: list[str] = []
    other: list[str] = []
    for violation in results["violations"]:
        targets = [node["target"] for node in violation["nodes"]]
        where = page.evaluate(scripts.INSIDE_OUTPUTS, targets)
        impact = violation.get("impact") or "minor"
        ours = [target for target, within in zip(targets, where) if within]
        theirs = len(targets) - len(ours)
        if ours:
            line = (f"axe {violation['id']} ({impact}) in outputs: {violation['help']} ({len(ours)} nodes, "
                    f"first {ours[0]}; {violation.get('helpUrl', '')})")
            (inside if impact in AXE_BLOCKING else other).append(line)
        if theirs:
            other.append(f"axe {violation['id']} ({impact}) in JupyterLab: {violation['help']} ({theirs} nodes)")
    return inside, other


def check_notebook(lab: LabPage, name: str, *, prompts: Iterable = (), screenshot: Path | None = None,
                   accessibility: bool = True) -> NotebookReport:
    """Open ``name``, run all, and report every defect; the learner's wait is open -> widgets rendered."""
    report = NotebookReport(name)
    page = lab.page
    lab.dialogs.clear()
    timer = Stopwatch()
    lab.open(name)
    try:
        lab.run_all()
    except Exception as error:  # noqa: BLE001 - a run that never ends is a reported defect
        report.problems.append(f"run all did not finish: {str(error).splitlines()[0]}")
    if not wait_widgets_settled(page):
        report.problems.append(f"widgets still loading after {WIDGETS_TIMEOUT_MS / 1000:.0f} s")
    report.wait_seconds = timer.seconds()
    model = page.evaluate(scripts.MODEL_OUTPUTS)
    model_widgets = None if model is None else sum(output["widget"] for cell in model for output in cell)
    report.problems += page_problems(page, model_widgets=model_widgets, prompts=prompts, dialogs=lab.dialogs)
    if accessibility:
        report.axe_inside, report.axe_other = axe_check(page)
        report.problems += report.axe_inside
    if screenshot is not None:
        report.screenshot = full_screenshot(page, screenshot)
    return report


def check_voila(lab: LabPage, name: str, *, prompts: Iterable = (), screenshot: Path | None = None,
                accessibility: bool = True) -> NotebookReport:
    """Open ``name`` as a Voila app on the lab server and report every defect, as :func:`check_notebook` does."""
    report = NotebookReport(name)
    page = lab.page
    lab.dialogs.clear()
    timer = Stopwatch()
    page.goto(f"{lab.server.url}{S.VOILA_RENDER_PATH.format(name=name)}")
    try:
        page.wait_for_function(scripts.VOILA_DONE, timeout=RUN_TIMEOUT_MS)
    except Exception as error:  # noqa: BLE001 - reported as a defect
        report.problems.append(f"Voila did not finish running {name}: {str(error).splitlines()[0]}")
    if not wait_widgets_settled(page):
        report.problems.append(f"widgets still loading after {WIDGETS_TIMEOUT_MS / 1000:.0f} s")
    report.wait_seconds = timer.seconds()
    report.problems += page_problems(page, prompts=prompts, dialogs=lab.dialogs)
    if accessibility:
        report.axe_inside, report.axe_other = axe_check(page)
        report.problems += report.axe_inside
    if screenshot is not None:
        report.screenshot = full_screenshot(page, screenshot)
    page.goto("about:blank")  # leaving the page ends the Voila kernel
    return report


def full_screenshot(page, path: Path, max_height: int = 12_000) -> Path:
    """The whole notebook: JupyterLab and Voila scroll inside a panel, so grow the viewport to fit it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    viewport = page.viewport_size
    extra = page.evaluate(scripts.SCROLL_TO_TOP)
    page.set_viewport_size({"width": viewport["width"], "height": min(viewport["height"] + extra, max_height)})
    try:
        page.screenshot(path=str(path))
    finally:
        page.set_viewport_size(viewport)
    return path
