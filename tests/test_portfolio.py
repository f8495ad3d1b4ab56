"""The portfolio: every answer in course order, in words by kind, as safe HTML and Markdown, written atomically."""
from __future__ import annotations

import base64
import dataclasses
import html as html_module
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from course_helpers import context, course, portfolio, questions, strings
from course_helpers.course import LEARNER_STEPS, Field, Prompt
from course_helpers.portfolio import PortfolioError, figures, html as page, review, words
from course_helpers.portfolio.collect import collect, format_time
from course_helpers.portfolio.words import show_value
from course_helpers.text import displayable
from portfolio_journals import (HOSTILE_TEXTS, HUGE, MISFITS, QUESTION_TEXTS, UNKNOWN_ANSWERS, full_journal,
                                learner_texts, sparse_journal)

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 1, 10, 20, tzinfo=timezone.utc)
STEPS = course.LEARNER_STEPS


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    """A journal that answered everything (hostile text, a 1 MB answer, unknown prompts), with its portfolio."""
    from course_helpers.journal import Journal

    journal = Journal(tmp_path_factory.mktemp("full") / "journal.sqlite3")
    values = full_journal(journal)
    yield journal, values, portfolio.portfolio_html(journal, steps=STEPS, now=NOW)
    journal.close()


# --- collecting ------------------------------------------------------------------------------

def test_an_empty_journal_lists_every_prompt_as_not_answered(journal):
    collected = collect(journal)
    assert [s.step.id for s in collected.sections] == [s.id for s in LEARNER_STEPS]
    assert [[e.prompt for e in s.entries] for s in collected.sections] == [[p.id for p in s.prompts]
                                                                           for s in LEARNER_STEPS]
    assert collected.answered == 0 and collected.total == sum(len(s.prompts) for s in LEARNER_STEPS)
    assert collected.unknown == () and collected.revisions == 0


def test_the_latest_answer_and_its_time_are_shown(journal):
    journal.save("00", "familiarity", 1)
    last = journal.save("00", "familiarity", 4)
    entry = collect(journal).sections[0].entries[1]
    assert entry.saved_at == last.saved_at and entry.shown.text == "4 of 5 (1 = new to me, 5 = I work with them)"


def test_a_full_journal_answers_everything_and_keeps_what_the_course_does_not_know(full):
    journal, values, _ = full
    collected = collect(journal, STEPS)
    assert collected.answered == collected.total
    assert [(e.step, e.prompt) for e in collected.unknown] == [("01", "from_a_newer_course"),
                                                               ("99", "a_step_we_lack"), ("facilitator", "note")]
    for entry in collected.unknown:
        assert entry.kind == "" and entry.shown.note == strings.PF_NOTE_UNKNOWN_PROMPT
        assert json.loads(entry.shown.text) == UNKNOWN_ANSWERS[(entry.step, entry.prompt)]


def test_a_sparse_journal_is_honest_about_what_is_missing(journal):
    sparse_journal(journal)
    collected = collect(journal)
    hopes, familiarity = collected.sections[0].entries
    assert hopes.shown is None and hopes.saved_at is not None  # cleared: not an answer, but its time is known
    assert familiarity.shown.note.startswith("Shown exactly as saved, because this answer does not fit")
    assert json.loads(familiarity.shown.text) == MISFITS[("00", "familiarity")]
    assert collected.answered == 3
    text = portfolio.portfolio_html(journal, now=NOW)
    unanswered = ", ".join(s.id for s in course.LEARNER_STEPS if s.id not in ("00", "01", "02"))
    assert "You have answered 3 of" in text and f"Steps with no answer yet: {unanswered}." in text
    assert text.count(f'<p class="missing">{strings.PF_NOT_ANSWERED}</p>') == collected.total - 3
    assert "Cleared on " in text


# --- values in words, by kind -------------------------------------------------------------------

PLACE = Prompt("place_today", "placement", "Where?")
CHOICE = Prompt("nearest_C1", "choice", "Which?", options=(("4 Market Place", "H4"), ("none of them", "none")))


@pytest.mark.parametrize("prompt, value, text", [
    (Prompt("r", "rating", "How?", low="1 = low", high="5 = high"), 2, "2 of 5 (1 = low, 5 = high)"),
    (Prompt("r", "rating", "How?"), 5, "5 of 5"),
    (CHOICE, "H4", "4 Market Place"), (CHOICE, "none", "none of them"),
    (PLACE, {"x": -3, "y": 2}, "x = -3, y = 2: in quadrant 1 Greater Whole; somewhat government-led and fairly bundled."),
    (PLACE, {"x": 0, "y": 0}, "x = 0, y = 0: at the centre, where all four quadrants meet; "),
    (PLACE, {"x": 4, "y": None}, "Only partly placed: across +4, up or down not chosen yet."),
    (Prompt("h", "picks", "Which?", items=(("P01 Quality", "P01"), ("P06 Recognition", "P06")), most=2),
     ["P06", "P01"], "P06 Recognition\nP01 Quality"),
    (Prompt("k", "ranking", "Rank?", items=(("Trust", "b1"), ("Cost", "b2"), ("Time", "b3"))), ["b2", "b1"],
     "1. Cost\n2. Trust"),
    (Prompt("g", "grid", "Judge?", items=(("Learners", "s1"), ("Employers", "s2")), columns=(("A badge", "e1"),),
            options=(("clear", "c"), ("unclear", "u"))), {"s2": {"e1": "u"}, "s1": {"e1": "c"}},
     "Learners, A badge: clear\nEmployers, A badge: unclear"),
    (Prompt("g", "grid", "Judge?", items=(("Learners", "s1"),), columns=(("A badge", "e1"),),
            options=(("clear", "c"),)), {}, strings.PF_GRID_NONE),
    (context.PLAN, {"step": "Ask.", "evidence": "A yes."},
     "One step in the next three months: Ask.\nWho takes it: not filled in\nWhat would show it worked: A yes."),
    (Prompt("f", "form", "Size?", fields=(Field("n", "Hours", "number"), Field("m", "Mode", "choice",
                                                                             options=(("online", "o"),)))),
     {"n": 2.5, "m": "o"}, "Hours: 2.5\nMode: online"),
    (questions.WALL, [{"id": "a", "text": "Why?", "step": "04", "stakeholder": "employers"},
                      {"id": "b", "text": "How?"}, {"id": "c", "stakeholder": "learners"}],
     f"Why? (Which step it concerns: {course.step('04').label}; Whom it concerns: Employers)\nHow?\nLearners"),
    (Prompt("l", "links", "Link?"), {"c1": {"driver": "d2", "relation": "answers"}, "c2": {"driver": "none"},
                                     "c3": None, "c4": {"driver": "d1"}},
     "c1: answers d2\nc2: linked to none of the drivers\nc4: linked to d1"),
    (Prompt("a", "credential", "Audit?"), {"title": "Data ethics", "learning_outcomes": ["Weigh risks", "Argue"],
                                           "ects": 5, "level": 6},
     "Title: Data ethics\nLearning outcomes: Weigh risks; Argue\nEcts: 5\nLevel: 6"),
])
def test_values_are_put_into_words_by_kind(prompt, value, text):
    shown = show_value(prompt, value)
    assert shown.text.startswith(text) and shown.note == ""


def test_learner_text_is_marked_as_such_and_ours_is_not():
    plan = show_value(context.PLAN, {"step": "<b>"})
    assert [(p.text, p.learner) for p in plan.lines[0]] == [("One step in the next three months: ", False),
                                                            ("<b>", True)]
    assert all(not piece.learner for piece in show_value(CHOICE, "H4").lines[0])


@pytest.mark.parametrize("prompt, value, note", [
    (Prompt("x", "a_kind_from_the_future", "?"), {"a": 1}, "cannot put answers of kind 'a_kind_from_the_future'"),
    (PLACE, {"x": 9, "y": 0}, "does not fit its question: its x should be"),
    (CHOICE, "H9", "does not fit its question: it should be one of H4, none"),
    (Prompt("r", "rating", "?"), "<script>", "does not fit its question"),
    (None, [1, None, "x"], strings.PF_NOTE_UNKNOWN_PROMPT),
])
def test_values_that_cannot_be_put_into_words_are_shown_raw_with_a_note(prompt, value, note):
    shown = show_value(prompt, value)
    assert note in shown.note and json.loads(shown.text) == value and shown.lines[0][0].learner


def test_a_value_nested_beyond_json_s_reach_is_described_not_lost():
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    shown = show_value(None, deep)
    assert "nested too deeply to show here" in shown.text and "JSON backup" in shown.text


def test_a_renderer_that_fails_leaves_the_value_shown_raw(monkeypatch):
    def broken(prompt, value):
        raise RuntimeError("boom")
    monkeypatch.setitem(words.RENDERERS, "reflection", broken)
    shown = show_value(Prompt("r", "reflection", "?"), "my text")
    assert shown.text == '"my text"' and "RuntimeError" in shown.note


def test_times_are_written_in_words():
    assert format_time("2026-03-01T09:05:30.123456Z") == "1 March 2026 at 09:05 UTC"
    assert format_time("2026-12-31T23:59:59Z") == "31 December 2026 at 23:59 UTC"
    assert format_time("not a time") == "not a time"


# --- the HTML page ---------------------------------------------------------------------------

class Page(HTMLParser):
    """Everything a safety check needs: tags, attributes, text, and which text sits in a bidi isolate."""

    VOID = {"meta", "img", "br", "link", "hr", "input"}

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.chunks: list[tuple[str, bool]] = []  # (text, isolated)
        self.stack: list[tuple[str, bool]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]
        if tag not in self.VOID:
            isolated = tag == "bdi" or ("dir", "auto") in attrs
            self.stack.append((tag, isolated))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.chunks.append((data, any(isolated for _, isolated in self.stack)))

    @property
    def text(self) -> str:
        return "".join(chunk for chunk, _ in self.chunks)

    def isolated_text(self) -> str:
        return "\0".join(chunk for chunk, isolated in self.chunks if isolated)


def normalised(text: str) -> str:
    return displayable(text).replace("\r\n", "\n").replace("\r", "\n")


def test_the_page_has_a_strict_policy_first_and_nothing_that_could_run_or_fetch(full):
    _, _, text = full
    head = text[:text.index("</head>")]
    assert head.index('http-equiv="Content-Security-Policy"') < head.index("<style>")
    assert f"content=\"{page.CSP}\"" in head.replace("&#x27;", "'")
    assert "script-src" not in page.CSP and page.CSP.startswith("default-src 'none'")
    parsed = Page(text)
    assert parsed.tags.count("style") == 1 and "script" not in parsed.tags
    assert not {"iframe", "object", "embed", "link", "form", "base", "svg", "math"} & set(parsed.tags)
    for tag, name, value in parsed.attributes:
        assert not name.startswith("on"), f"<{tag} {name}>"
        assert name != "style", f"<{tag} style> (blocked by the policy)"
        if name == "src":
            assert value.startswith("data:image/png;base64,")
        if name == "href":
            assert value.startswith("#"), f"<{tag} href={value!r}>"


def test_the_style_hash_matches_the_style_element(full):
    _, _, text = full
    css = text[text.index("<style>") + len("<style>"):text.index("</style>")]
    import hashlib
    assert base64.b64encode(hashlib.sha256(css.encode()).digest()).decode() == page.STYLE_HASH


def test_every_learner_string_is_on_the_page_as_text_and_in_a_bidi_isolate(full):
    _, values, text = full
    parsed = Page(text)
    visible, isolated = normalised(parsed.text), normalised(parsed.isolated_text())  # as a browser's parser does
    strings_written = learner_texts(values)
    assert set(HOSTILE_TEXTS) <= set(strings_written) and HUGE in strings_written
    assert set(QUESTION_TEXTS) <= set(strings_written)
    for written in strings_written:
        assert normalised(written) in visible
        assert normalised(written) in isolated, f"not isolated: {written[:60]!r}"


def test_the_page_states_what_it_holds_and_that_nothing_was_sent(full):
    _, _, text = full
    assert html_module.escape(strings.PF_PRIVATE, quote=True) in text
    assert "You have answered all" in text and "3 answers to prompts this version" in text
    assert '<html lang="en">' in text and "<nav " in text and "<main>" in text
    for step in STEPS:
        assert f'<a href="#step-{step.id}">' in text and f'id="step-{step.id}"' in text
    assert "Made on 1 March 2026 at 10:20 UTC" in text


def test_the_full_page_embeds_each_figure_with_its_description(full):
    _, _, text = full
    parsed = Page(text)
    alts = [value for tag, name, value in parsed.attributes if tag == "img" and name == "alt"]
    assert len(alts) == 6  # 01 map, 02 chart, 05 module, 06 ecology map, 08 readiness, 09 tally
    assert alts[0].startswith("HolonIQ's four scenarios") and alts[4].startswith("Readiness of your setting")
    assert alts[2].startswith("A grid with the module's five parts") and alts[3].startswith("A map of credentials")
    assert text.count("<figcaption>") == 6 and "Where your open questions gather: two panels" in text
    assert "Carbon accounting stacks into" in text  # 06's map names both ends of the learner's link
    assert "<li>P01 Quality: 2 of 5.</li>" in text  # description lines become list items


def test_the_page_is_plain_utf8(full):
    _, _, text = full
    text.encode("utf-8")  # strict: no lone surrogate survived escaping
    assert "\x00" not in text


# --- Markdown --------------------------------------------------------------------------------

def test_markdown_keeps_every_learner_string_and_lets_no_markup_through(full):
    import mistune

    journal, values, _ = full
    markdown = portfolio.portfolio_markdown(journal, steps=STEPS, now=NOW)
    rendered = mistune.create_markdown(escape=False, plugins=["strikethrough", "table", "math"])(markdown)
    parsed = Page(rendered)
    assert set(parsed.tags) <= {"h1", "h2", "h3", "p", "em", "strong", "ol", "ul", "li", "blockquote", "br",
                                "img", "hr"}
    images = [value for tag, name, value in parsed.attributes if tag == "img" and name == "src"]
    assert len(images) == 6 and all(src.startswith("data:image/png;base64,") for src in images)
    assert not [a for a in parsed.attributes if a[1].startswith("on") or a[1] == "href"]
    visible = re.sub("[\u202a-\u202e\u2066-\u2069]", "", parsed.text)
    for written in learner_texts(values):
        for line in normalised(written).replace("\u2028", "\n").splitlines():
            expected = re.sub("[\u202a-\u202e\u2066-\u2069]", "", line).strip(" ")
            assert expected in visible, f"missing from the Markdown: {line[:60]!r}"


# --- writing ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, marker", [("p.html", "<!DOCTYPE html>"), ("P.HTM", "<!DOCTYPE html>"),
                                          ("p.md", "# My portfolio"), ("p.markdown", "# My portfolio")])
def test_the_suffix_chooses_the_format(journal, tmp_path, name, marker):
    out = tmp_path / "out"
    out.mkdir()
    written = portfolio.write_portfolio(journal, out / name)
    assert written.read_text(encoding="utf-8").startswith(marker)
    assert [p.name for p in out.iterdir()] == [name]  # no temporary file left behind


def test_a_write_replaces_the_old_file_whole(journal, tmp_path):
    target = tmp_path / "p.html"
    target.write_text("old")
    journal.save("00", "hopes", "new hopes")
    portfolio.write_portfolio(journal, target)
    assert "new hopes" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("make_target, words", [
    (lambda tmp: tmp / "p.txt", "does not end in .html or .md"),
    (lambda tmp: tmp / "no-such-folder" / "p.html", "that folder does not exist"),
    (lambda tmp: (tmp / "a-folder.html").mkdir() or tmp / "a-folder.html", "that name is a folder"),
])
def test_a_failed_write_is_one_sentence_and_leaves_nothing_behind(journal, tmp_path, make_target, words):
    target = make_target(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(PortfolioError) as raised:
        portfolio.write_portfolio(journal, target)
    assert words in str(raised.value) and "\n" not in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def run_cli(*args: str, journal_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COURSE_JOURNAL_DIR": str(journal_dir)}
    return subprocess.run([sys.executable, "-m", "course_helpers", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_command_line_writes_html_and_markdown(tmp_path):
    from course_helpers.journal import Journal

    folder = tmp_path / "journal"
    folder.mkdir()
    saved = Journal(folder / "journal.sqlite3")
    saved.save("01", "why_there", "<script>window.__pwned=1</script>")
    saved.close()
    for name in ("out.html", "out.md"):
        done = run_cli("portfolio", str(tmp_path / name), journal_dir=folder)
        assert done.returncode == 0, done.stderr
        assert f"1 of {sum(len(s.prompts) for s in LEARNER_STEPS)} prompts answered" in done.stdout
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;" in (tmp_path / "out.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("target", ["out.txt", "missing/out.html"])
def test_the_command_line_fails_in_one_line(tmp_path, target):
    done = run_cli("portfolio", str(tmp_path / target), journal_dir=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("course-companion: ") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_the_download_link_carries_the_page(journal):
    journal.save("00", "hopes", "<b>mine</b>")
    link = portfolio.download_link_html(journal)
    href = re.search(r'href="([^"]+)"', link).group(1)
    assert href.startswith("data:text/html;charset=utf-8;base64,")
    carried = base64.b64decode(href.split(",", 1)[1]).decode("utf-8")
    assert "&lt;b&gt;mine&lt;/b&gt;" in carried and 'download="micro-credentials-portfolio-' in link
    assert "data:text/markdown" in portfolio.download_link_html(journal, "md")
    assert 'role="alert"' in portfolio.download_link_html(journal, "pdf")


# --- figures and the review ------------------------------------------------------------------

def test_a_step_draws_only_what_has_been_answered():
    step01 = LEARNER_STEPS[1]
    assert figures.draw_step(step01, {}) == []
    assert figures.draw_step(step01, {"place_today": {"x": 9, "y": 9}}) == []  # a misfit is not drawn
    drawn = figures.draw_step(step01, {"place_today": {"x": -3, "y": 2}})
    assert len(drawn) == 1 and drawn[0].png.startswith(b"\x89PNG")
    assert "today" in drawn[0].description and drawn[0].alt == drawn[0].description.splitlines()[0]


def test_a_figure_that_fails_becomes_a_sentence_and_the_text_stays(journal, monkeypatch):
    def broken(values):
        raise ValueError("no")
    monkeypatch.setitem(figures.STEP_FIGURES, "00", [broken])
    journal.save("00", "hopes", "still here")
    text = portfolio.portfolio_html(journal)
    assert "A figure of this step could not be drawn (ValueError)" in text and "still here" in text


def test_the_review_lists_every_step_with_its_count_and_a_link_for_ready_ones(journal):
    journal.save("00", "hopes", "x")
    journal.save("00", "familiarity", 3)
    journal.save("01", "why_there", "y")
    steps = LEARNER_STEPS[:-1] + (dataclasses.replace(LEARNER_STEPS[-1], status="planned"),)
    rows = review.review_rows(collect(journal, steps))
    assert [r.step.id for r in rows] == [s.id for s in LEARNER_STEPS]
    assert [(r.answered, r.state) for r in rows[:3]] == [(2, "done"), (1, "started"), (0, "not started")]
    assert rows[0].link == "00_start_here.ipynb" and rows[-1].link is None  # a planned step has no link yet
    table = review.review_html(rows)
    assert '<a href="00_start_here.ipynb">' in table and strings.RV_PLANNED in table
    assert review.review_summary(rows) == f"1 steps done, 1 started and {len(rows) - 2} not started yet."


def test_the_review_never_counts_an_empty_answer(journal):
    journal.save("09", "further_questions", [])
    journal.save("09", "unanswered", "   ")
    journal.save("08", "action_plan", {"step": " ", "who": ""})
    rows = review.review_rows(collect(journal, STEPS))
    assert rows[-1].answered == 0 and rows[-2].answered == 0
