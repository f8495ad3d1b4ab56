"""The portfolio page in a real browser: Debian's Chromium, driven by Playwright, opening the file itself.

Two journals: one that answered everything with hostile text (markup, scripts, bidi overrides, NUL,
lone surrogates, a 1 MB answer, prompts the course does not know) and one that answered little.
For each: no console error, no dialog, no script ran, no request but the file itself, every answer
present as text, the policy in force, axe finds nothing serious. Without Chromium the module is
skipped locally and fails under CI=true (tests/browser/chromium.py:decide). Screenshots and PDFs go
to tests/screenshots/.

    pytest -m browser tests/test_portfolio_browser.py
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser import chromium
from course_helpers import course, portfolio, strings
from course_helpers.portfolio import html as page_module
from course_helpers.portfolio.collect import collect
from course_helpers.portfolio.figures import STEP_FIGURES
from portfolio_journals import (QUESTION_TEXTS, full_journal, learner_texts, shown_text,
                                sparse_journal)

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
AXE_BLOCKING = ("serious", "critical")
STEPS = course.LEARNER_STEPS

# Where a character of a text node is drawn, left to right: the order a reader sees.
CHARACTER_XS = """
([needle]) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const xs = [];
    for (let i = at; i < at + needle.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width > 0) xs.push(box.left);
    }
    return xs;
  }
  return null;
}
"""


@pytest.fixture(scope="module")
def browser(chromium_path, playwright_instance, tmp_path_factory):
    context = chromium.launch(playwright_instance, chromium_path, tmp_path_factory.mktemp("portfolio-chromium"))
    context.set_default_timeout(60_000)
    yield context
    context.close()


class Visit:
    """One page opened from a file, with everything it logged, asked for or tried to show."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page()
        self.url = path.as_uri()
        self.console: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.failed: dict[str, str] = {}
        self.page.on("requestfailed", lambda r: self.failed.__setitem__(r.url, r.failure or ""))
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(self.url, wait_until="load")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message[:80]}")
        dialog.dismiss()

    def problems(self) -> list[str]:
        found = [f"console {line}" for line in self.console if line.startswith(("error", "warning"))]
        found += [f"page error: {e}" for e in self.errors] + [f"dialog: {d}" for d in self.dialogs]
        if self.page.evaluate("() => window.__pwned") is not None:
            found.append(f"script ran: window.__pwned = {self.page.evaluate('() => window.__pwned')!r}")
        found += [f"request: {url[:100]}" for url in self.requests if url != self.url]
        return found

    def axe(self) -> list[str]:
        from axe_playwright_python.sync_playwright import Axe

        results = Axe().run(self.page).response
        return [f"{v['id']} ({v.get('impact')}): {v['help']} ({len(v['nodes'])} nodes, first {v['nodes'][0]['target']})"
                for v in results["violations"] if v.get("impact") in AXE_BLOCKING]

    def close(self) -> None:
        self.page.close()


def write_page(journal, folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(portfolio.portfolio_html(journal, steps=STEPS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    from course_helpers.journal import Journal

    folder = tmp_path_factory.mktemp("portfolio-full")
    journal = Journal(folder / "journal.sqlite3")
    values = full_journal(journal)
    yield journal, values, write_page(journal, folder, "portfolio.html")
    journal.close()


@pytest.fixture(scope="module")
def sparse(tmp_path_factory):
    from course_helpers.journal import Journal

    folder = tmp_path_factory.mktemp("portfolio-sparse")
    journal = Journal(folder / "journal.sqlite3")
    values = sparse_journal(journal)
    yield journal, values, write_page(journal, folder, "portfolio.html")
    journal.close()


def test_the_hostile_journal_s_page_runs_nothing_fetches_nothing_and_shows_every_answer(browser, full):
    journal, values, path = full
    visit = Visit(browser, path)
    try:
        assert visit.problems() == []
        assert visit.requests == [visit.url]  # the page itself; data: images are not fetched
        policy = visit.page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
        assert policy == page_module.CSP
        text = visit.page.inner_text("body")
        for written in learner_texts(values):
            assert shown_text(written) in text, f"not shown as text: {written[:60]!r}"
        assert visit.page.locator("img").count() == sum(len(makers) for makers in STEP_FIGURES.values())
        loaded = visit.page.evaluate("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)")
        assert loaded, "a figure did not load"
        assert visit.page.locator("script, iframe, object, embed, link, form").count() == 0
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        visit.page.screenshot(path=str(SCREENSHOTS / "portfolio-full-top.png"))
    finally:
        visit.close()


def test_a_right_to_left_override_cannot_reorder_our_words_after_it(browser, full):
    _, _, path = full
    visit = Visit(browser, path)
    try:
        # The second question on the wall is an override that is never closed; our tag follows it.
        assert QUESTION_TEXTS[1].startswith("\u202e") and "\u202c" not in QUESTION_TEXTS[1]
        xs = visit.page.evaluate(CHARACTER_XS, [" (Whom it concerns: Learners)"])
        assert xs is not None and len(xs) > 10
        assert xs == sorted(xs), "our words after the learner's text are drawn right to left"
        isolates = visit.page.evaluate(
            "() => [...document.querySelectorAll('bdi, [dir=auto]')].map(e => getComputedStyle(e).unicodeBidi)")
        assert isolates and set(isolates) <= {"isolate", "plaintext"}
    finally:
        visit.close()


def test_the_policy_is_in_force(browser, full):
    """An image from the network, added after load, is refused by the page's policy before it leaves the browser."""
    _, _, path = full
    visit = Visit(browser, path)
    try:
        blocked = visit.page.evaluate("""() => new Promise(resolve => {
            document.addEventListener('securitypolicyviolation', e => resolve(e.violatedDirective));
            const img = document.createElement('img');
            img.alt = 'probe';
            img.src = 'http://127.0.0.1:1/probe.png';
            document.body.append(img);
            setTimeout(() => resolve(null), 3000);
        })""")
        assert blocked == "img-src"
        visit.page.wait_for_timeout(200)
        assert visit.failed.get("http://127.0.0.1:1/probe.png") == "csp"  # blocked by the policy, not the network
    finally:
        visit.close()


def test_the_hostile_journal_s_page_has_no_serious_accessibility_problem(browser, full):
    _, _, path = full
    visit = Visit(browser, path)
    try:
        assert visit.axe() == []
    finally:
        visit.close()


def test_it_prints_with_each_step_on_a_new_page(browser, full):
    _, _, path = full
    visit = Visit(browser, path)
    try:
        visit.page.emulate_media(media="print")
        breaks = visit.page.evaluate(
            "() => [...document.querySelectorAll('section.step')].map(s => getComputedStyle(s).breakBefore)")
        assert breaks and set(breaks) == {"page"}
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        pdf = visit.page.pdf(path=str(SCREENSHOTS / "portfolio-full.pdf"), format="A4")
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
        assert pdf.startswith(b"%PDF") and pages >= len(STEPS) + 1  # a page per step at least, and the unknown
        assert visit.problems() == []
    finally:
        visit.close()


def test_the_nearly_empty_journal_s_page_is_honest_about_what_is_missing(browser, sparse):
    journal, values, path = sparse
    visit = Visit(browser, path)
    try:
        assert visit.problems() == []
        text = visit.page.inner_text("body")
        collected = collect(journal, STEPS)
        assert f"You have answered {collected.answered} of {collected.total} prompts" in text
        assert visit.page.locator("p.missing").count() == collected.total - collected.answered
        assert "Cleared on " in text and "does not fit its question" in text
        assert "An answer." in text and visit.page.locator("img").count() == 0
        assert strings.PF_PRIVATE in text
        assert visit.axe() == []
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        visit.page.screenshot(path=str(SCREENSHOTS / "portfolio-sparse.png"), full_page=True)
    finally:
        visit.close()


def test_the_markdown_keeps_an_override_from_reordering_our_words(browser, full, tmp_path):
    """The Markdown has no <bdi>: its FSI...PDI isolates must hold once a renderer turns it into HTML."""
    import mistune

    journal, _, _ = full
    rendered = mistune.create_markdown(escape=False)(portfolio.portfolio_markdown(journal, steps=STEPS))
    path = tmp_path / "markdown.html"
    path.write_text(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
                    f'<meta http-equiv="Content-Security-Policy" content="{page_module.CSP}">'
                    f"<title>Markdown</title></head><body><main>{rendered}</main></body></html>", encoding="utf-8")
    visit = Visit(browser, path)
    try:
        assert visit.problems() == []
        xs = visit.page.evaluate(CHARACTER_XS, [" (Whom it concerns: Learners)"])
        assert xs is not None and len(xs) > 10 and xs == sorted(xs)
    finally:
        visit.close()


def test_the_checks_above_would_catch_a_page_that_escaped_nothing(browser, tmp_path):
    """A deliberately unsafe page: the same checks must report the script, the request and the reordering."""
    path = tmp_path / "unsafe.html"
    path.write_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>unsafe</title></head><body>'
                    '<main><img src=x alt="" onerror="window.__pwned = 1"><img alt="" src="http://127.0.0.1:1/t.png">'
                    f"<ul><li>{QUESTION_TEXTS[1]} (Whom it concerns: Learners)</li></ul></main></body></html>",
                    encoding="utf-8")
    visit = Visit(browser, path)
    try:
        visit.page.wait_for_timeout(300)
        found = visit.problems()
        assert any(p.startswith("script ran") for p in found)
        assert any(p.startswith("request: http://127.0.0.1:1/t.png") for p in found)
        xs = visit.page.evaluate(CHARACTER_XS, [" (Whom it concerns: Learners)"])
        assert xs != sorted(xs)
    finally:
        visit.close()
