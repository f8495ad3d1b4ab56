"""The portfolio as one self-contained HTML page that prints well.

What keeps it safe and private:

* a Content-Security-Policy that allows nothing but ``data:`` images and the
  one ``<style>`` element (by its hash): no scripts, no fetches, no fonts, no
  forms, no style attributes;
* no URL other than ``#fragments`` and ``data:image/png`` figures;
* every string the learner (or an imported journal) wrote goes through
  :func:`course_helpers.text.escape` and sits in its own bidi isolate
  (``dir="auto"`` on its block, ``<bdi>`` inside a sentence of ours), so a
  right-to-left override cannot reorder anything outside it.
"""
from __future__ import annotations

import base64
import hashlib
import struct
from datetime import datetime, timezone
from typing import Iterable

from .. import strings
from ..text import description_html, escape
from .collect import Collected, Entry, Section, format_time
from .words import Line, Shown
from .figures import Drawn, draw_step

CSS = """
:root { color: #111; background: #fff; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.7em; }
h2 { font-size: 1.35em; border-bottom: 2px solid #111; padding-bottom: 0.2em; margin-top: 2.2em; }
h3 { font-size: 1.05em; margin: 1.4em 0 0.3em; }
.about { border-left: 4px solid #0072B2; padding: 0.2em 0 0.2em 0.8em; }
.answer { margin: 0.2em 0 0.2em 1em; }
.answer p, .answer li, .answer pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.answer pre { font: 0.9em/1.4 "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #f3f3f3;
  padding: 0.5em; margin: 0.2em 0; }
.meta, .note, .missing { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 0.9em; margin: 0.2em 0 0 1em; }
.missing { font-style: italic; }
.note { font-weight: bold; }
figure { margin: 1.2em 0; break-inside: avoid; }
figure img { max-width: 100%; height: auto; border: 1px solid #bbb; }
figcaption p { margin: 0.2em 0; }
a { color: #0b4f8a; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  section.step { break-before: page; }
  h2, h3 { break-after: avoid; }
  nav a::after { content: ""; }
  a { color: #111; text-decoration: none; }
}
@page { margin: 18mm; }
"""
STYLE_HASH = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
CSP = (f"default-src 'none'; img-src data:; style-src 'sha256-{STYLE_HASH}'; "
       "base-uri 'none'; form-action 'none'")


def render(collected: Collected, *, now: datetime | None = None) -> str:
    """The whole page for ``collected`` (see :func:`course_helpers.portfolio.collect.collect`)."""
    made = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(strings.PF_TITLE)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        _header(collected, made),
        _contents(collected),
        "<main>",
        *(_section(section, collected) for section in collected.sections),
        _unknown(collected.unknown),
        "</main>",
        f"<footer><p>{escape(strings.PF_FOOTER)}</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


# --- the parts of the page -------------------------------------------------------------------

def _header(collected: Collected, made: str) -> str:
    return (f'<header><h1>{escape(strings.PF_TITLE)}</h1>'
            f'<div class="about"><p>{escape(strings.PF_ABOUT)}</p><p>{escape(strings.PF_PRIVATE)}</p>'
            f"<p>{escape(strings.PF_MADE.format(time=format_time(made), revisions=collected.revisions))}</p>"
            f'{"".join(f"<p>{escape(s)}</p>" for s in summary_sentences(collected))}</div>'
            "</header>")


def summary_sentences(collected: Collected) -> list[str]:
    """What the page holds and what is missing, in a few sentences (shared with the Markdown)."""
    sentences = []
    if collected.total and collected.answered == collected.total:
        sentences.append(strings.PF_SUMMARY_ALL.format(total=collected.total))
    else:
        sentences.append(strings.PF_SUMMARY_SOME.format(answered=collected.answered, total=collected.total))
        empty = [s.step.id for s in collected.sections if s.answered == 0 and s.total]
        if empty:
            sentences.append(strings.PF_SUMMARY_EMPTY_STEPS.format(steps=", ".join(empty)))
    if collected.unknown:
        sentences.append(strings.PF_SUMMARY_UNKNOWN.format(count=len(collected.unknown)))
    return sentences


def _contents(collected: Collected) -> str:
    items = [f'<li><a href="#step-{escape(s.step.id)}">{escape(section_title(s))}</a> '
             f"({escape(strings.PF_COUNT.format(answered=s.answered, total=s.total))})</li>"
             for s in collected.sections]
    if collected.unknown:
        items.append(f'<li><a href="#unknown">{escape(strings.PF_UNKNOWN_HEADING)}</a> '
                     f"({len(collected.unknown)})</li>")
    return (f'<nav aria-labelledby="contents"><h2 id="contents">{escape(strings.PF_CONTENTS)}</h2>'
            f"<ol>{''.join(items)}</ol></nav>")


def section_title(section: Section) -> str:
    return section.step.label


def _section(section: Section, collected: Collected) -> str:
    sid = escape(section.step.id)
    parts = [f'<section class="step" id="step-{sid}" aria-labelledby="title-{sid}">',
             f'<h2 id="title-{sid}">{escape(section_title(section))}</h2>',
             f'<p class="meta">{escape(strings.PF_COUNT.format(answered=section.answered, total=section.total))}</p>']
    if section.step.status != "ready":
        parts.append(f'<p class="meta">{escape(strings.PF_PLANNED)}</p>')
    if not section.entries:
        parts.append(f'<p class="missing">{escape(strings.PF_NO_PROMPTS)}</p>')
    parts += [_entry(entry) for entry in section.entries]
    parts += [_figure(drawn) for drawn in draw_step(section.step, collected.step_values(section.step.id))]
    parts.append("</section>")
    return "\n".join(parts)


def _unknown(entries: Iterable[Entry]) -> str:
    entries = list(entries)
    if not entries:
        return ""
    parts = ['<section class="step" id="unknown" aria-labelledby="title-unknown">',
             f'<h2 id="title-unknown">{escape(strings.PF_UNKNOWN_HEADING)}</h2>',
             f"<p>{escape(strings.PF_UNKNOWN_ABOUT)}</p>"]
    parts += [_entry(entry) for entry in entries]
    parts.append("</section>")
    return "\n".join(parts)


def _entry(entry: Entry) -> str:
    heading = entry.text or strings.PF_UNKNOWN_PROMPT.format(step=entry.step, prompt=entry.prompt)
    parts = [f'<article class="entry"><h3>{escape(heading)}</h3>']
    if entry.shown is None:
        parts.append(f'<p class="missing">{escape(strings.PF_NOT_ANSWERED)}</p>')
        if entry.saved_at is not None:
            parts.append(f'<p class="meta">{escape(strings.PF_CLEARED.format(time=format_time(entry.saved_at)))}</p>')
    else:
        parts.append(shown_html(entry.shown))
        if entry.saved_at is not None:
            parts.append(f'<p class="meta">{escape(strings.PF_SAVED.format(time=format_time(entry.saved_at)))}</p>')
    parts.append("</article>")
    return "".join(parts)


def shown_html(shown: Shown) -> str:
    """A value in words as escaped, bidi-isolated HTML."""
    note = f'<p class="note">{escape(shown.note)}</p>' if shown.note else ""
    if shown.note:  # raw JSON: kept exactly, in a block of its own
        body = "".join(f'<pre dir="auto">{_line(line, isolated=True)}</pre>' for line in shown.lines)
    elif shown.listed:
        body = "<ul>" + "".join(f"<li{_dir(line)}>{_line(line, isolated=bool(_dir(line)))}</li>"
                                for line in shown.lines) + "</ul>"
    else:
        body = "".join(f"<p{_dir(line)}>{_line(line, isolated=bool(_dir(line)))}</p>" for line in shown.lines)
    return f'<div class="answer">{note}{body}</div>'


def _dir(line: Line) -> str:
    """A line that is the learner's text alone takes its direction from that text, in an isolate."""
    return ' dir="auto"' if len(line) == 1 and line[0].learner else ""


def _line(line: Line, *, isolated: bool) -> str:
    """The pieces of one line; learner pieces inside a sentence of ours get their own <bdi>."""
    out = []
    for piece in line:
        text = escape(piece.text)
        out.append(f"<bdi>{text}</bdi>" if piece.learner and not isolated else text)
    return "".join(out)


def _figure(drawn: Drawn) -> str:
    if drawn.failed:
        return f'<p class="note">{escape(drawn.failed)}</p>'
    encoded = base64.b64encode(drawn.png).decode("ascii")
    width, height = struct.unpack(">II", drawn.png[16:24])  # from the PNG header
    return (f'<figure><img alt="{escape(drawn.alt)}" width="{width}" height="{height}" '
            f'src="data:image/png;base64,{encoded}">'
            f"<figcaption><p><strong>{escape(strings.PF_DESCRIPTION)}</strong></p>"
            f"{description_html(drawn.description, styled=False)}</figcaption></figure>")
