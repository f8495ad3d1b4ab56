"""Escaping learner text for Markdown: no markup gets through, nothing is lost, bidi controls cannot spill over."""
from __future__ import annotations

import re

import mistune
import pytest
from hypothesis import given, settings, strategies as st

from course_helpers.portfolio import markdown as md
from course_helpers.portfolio.words import Piece, Shown
from course_helpers.text import displayable

# CommonMark with the extensions a reader's renderer may have (GitHub's and JupyterLab's are close to this);
# escape=False lets raw HTML through, so only our escaping stands between learner text and markup.
RENDER = mistune.create_markdown(escape=False, plugins=["strikethrough", "table", "math", "footnotes"])
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
OPENERS = {"\u202a": "PDF", "\u202b": "PDF", "\u202d": "PDF", "\u202e": "PDF",
           "\u2066": "PDI", "\u2067": "PDI", "\u2068": "PDI"}


def rendered_quote(text: str) -> str:
    return RENDER(md.shown_markdown(Shown(((Piece(text, learner=True),),))))


def visible(html: str) -> str:
    """The text of rendered HTML, entities decoded, bidi controls removed."""
    import html as html_module
    return BIDI.sub("", html_module.unescape(re.sub(r"<[^>]+>", "", html)))


@pytest.mark.parametrize("text, tags", [
    ("<script>alert(1)</script>", set()), ('<img src=x onerror="alert(1)">', set()),
    ("**bold** _it_ `code` ~~gone~~", set()), ("[link](http://127.0.0.1:1/) ![i](http://127.0.0.1:1/i.png)", set()),
    ("# heading", set()), ("- item\n+ item\n* item", set()), ("1. one\n2) two", set()),
    ("    indented code", set()), ("```\nfenced\n```", set()), ("~~~\nfenced\n~~~", set()),
    ("> quote", set()), ("text\n===", set()), ("text\n---", set()), ("***", set()),
    ("| a | b |\n|---|---|\n| 1 | 2 |", set()), ("$x^2$ and $$y$$", set()), ("[^1]\n\n[^1]: note", set()),
    ("<!-- comment", set()), ("&amp; &lt;b&gt; &#60;", set()), ("[ref]: http://127.0.0.1:1/\n[ref]", set()),
    ("trailing backslash \\", set()), ("<http://127.0.0.1:1/>", set()),
])
def test_markdown_syntax_in_learner_text_stays_text(text, tags):
    html = rendered_quote(text)
    used = set(re.findall(r"<([a-z0-9]+)", html)) - {"blockquote", "p", "br"}
    assert used == tags, html
    for line in text.splitlines():
        assert line.strip() in visible(html).replace("\u00a0", " "), html


def test_leading_spaces_become_no_break_spaces_so_nothing_becomes_code():
    assert md.escape_line("    code") == "\u00a0" * 4 + "code"
    assert md.escape_line("1. not a list") == "1\\. not a list"
    assert md.escape_line("2024) also not") == "2024\\) also not"
    assert md.escape_line("# no") == "\\# no" and md.escape_line("-1 is fine") == "\\-1 is fine"
    assert md.escape_inline("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_newlines_become_hard_breaks_and_blank_lines_paragraphs():
    quoted = md.shown_markdown(Shown(((Piece("one\ntwo\n\nthree", learner=True),),)))
    assert RENDER(quoted).count("<br />") == 1 and RENDER(quoted).count("<p>") == 2


def test_nul_and_lone_surrogates_become_replacement_characters():
    text = md.shown_markdown(Shown(((Piece("a\x00b\ud800c", learner=True),),)))
    text.encode("utf-8")
    assert displayable("a\x00b\ud800c") in text and "\x00" not in text


# --- bidi -------------------------------------------------------------------------------------

def balanced(text: str) -> bool:
    """As the Unicode Bidirectional Algorithm reads it (X6a, X7): every closer closes something of the text's
    own (a PDI also closes the embeddings opened inside its isolate), and nothing is left open at the end."""
    stack: list[str] = []
    for char in text:
        if char in OPENERS:
            stack.append(OPENERS[char])
        elif char == "\u202c":
            if not stack or stack[-1] != "PDF":
                return False  # a PDF that closes nothing, or would reach out of an isolate
            stack.pop()
        elif char == "\u2069":
            if "PDI" not in stack:
                return False
            while stack.pop() != "PDI":
                pass
    return not stack


@pytest.mark.parametrize("line, expected", [
    ("\u202eevil", "\u202eevil\u202c"),
    ("\u2067a\u202bb", "\u2067a\u202bb\u202c\u2069"),
    ("x\u2069y\u202cz", "xyz"),  # stray closers are dropped
    ("\u2066a\u202eb\u2069c", "\u2066a\u202eb\u2069c"),  # a PDI closes the override opened inside its isolate
    ("\u2066a\u2069", "\u2066a\u2069"), ("plain", "plain"), ("\u200fRLM kept", "\u200fRLM kept"),
])
def test_bidi_controls_are_balanced_per_line(line, expected):
    assert md.balance_bidi(line) == expected
    assert md.isolate(line) == "\u2068" + expected + "\u2069"


bidi_text = st.text(alphabet=st.sampled_from(list("ab \u05d0") + list(OPENERS) + ["\u202c", "\u2069"]), max_size=40)


@settings(max_examples=400, deadline=None)
@given(bidi_text)
def test_any_line_becomes_a_balanced_isolate_that_keeps_its_text(line):
    result = md.isolate(line)
    assert balanced(result)
    assert BIDI.sub("", result) == BIDI.sub("", line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=60))
def test_any_text_renders_as_the_same_text_with_no_markup(text):
    html = rendered_quote(text)
    assert set(re.findall(r"<([a-z0-9]+)", html)) <= {"blockquote", "p", "br"}, html
    expected = " ".join(text.replace("\u00a0", " ").split())
    assert " ".join(visible(html).replace("\u00a0", " ").split()) == expected
