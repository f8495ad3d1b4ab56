"""The portfolio as Markdown (CommonMark, as JupyterLab and GitHub render it).

Learner text is made inert before it is written:

* HTML is neutralised: ``&``, ``<`` and ``>`` become entities, so no tag,
  comment or entity the learner typed reaches a renderer as markup;
* Markdown syntax is backslash-escaped: emphasis, code, links and images,
  tables, strikethrough, math (``$``) everywhere, and the block markers
  (headings, lists, setext underlines) at the start of a line; leading spaces
  become no-break spaces, so indentation never turns text into a code block;
* bidi controls cannot spill over: every line of learner text is balanced
  (unmatched embeddings, overrides and isolates are closed at the end of the
  line, stray closers that would end *our* isolate are dropped) and wrapped in
  FSI … PDI, a Unicode isolate that a renderer or a plain-text editor honours.
  Marks such as RLM, and right-to-left text itself, are kept as written.
"""
from __future__ import annotations

import base64
import re
from datetime import datetime, timezone

from .. import strings
from ..text import displayable
from .collect import Collected, Entry, Section, format_time
from .words import Line, Shown
from .figures import Drawn, draw_step
from .html import section_title, summary_sentences

ALWAYS_ESCAPED = frozenset("\\`*_[]|~$")
ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
LINE_START_ESCAPED = frozenset("#+-=")
NO_BREAK_SPACE = "\u00a0"

# Explicit bidi formatting characters (Unicode Bidirectional Algorithm, rules X2-X6a).
EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO: closed by PDF
POP_DIRECTIONAL_FORMATTING = "\u202c"  # PDF
ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI: closed by PDI
POP_DIRECTIONAL_ISOLATE = "\u2069"  # PDI
FIRST_STRONG_ISOLATE = "\u2068"  # FSI
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def balance_bidi(line: str) -> str:
    """``line`` with every embedding, override and isolate it opens closed at its end.

    A PDF that closes nothing of the line's own is dropped, and so is a PDI
    that matches no isolate opened in the line: either could otherwise end an
    isolate of ours early. Everything else is kept in place.
    """
    if not _BIDI_CONTROLS.search(line):
        return line
    out: list[str] = []
    stack: list[str] = []
    for char in line:
        if char in EMBEDDINGS or char in ISOLATES:
            stack.append(char)
        elif char == POP_DIRECTIONAL_FORMATTING:
            if not stack or stack[-1] not in EMBEDDINGS:
                continue  # nothing of the line's own to close (inside an isolate, a PDF cannot reach out)
            stack.pop()
        elif char == POP_DIRECTIONAL_ISOLATE:
            if not any(opened in ISOLATES for opened in stack):
                continue
            while stack.pop() not in ISOLATES:  # a PDI also closes the embeddings opened inside its isolate
                pass
        out.append(char)
    closers = [POP_DIRECTIONAL_ISOLATE if opened in ISOLATES else POP_DIRECTIONAL_FORMATTING
               for opened in reversed(stack)]
    return "".join(out) + "".join(closers)


def isolate(line: str) -> str:
    """One line of learner text as a balanced Unicode isolate (FSI … PDI)."""
    return f"{FIRST_STRONG_ISOLATE}{balance_bidi(line)}{POP_DIRECTIONAL_ISOLATE}"


_INLINE = str.maketrans({**{char: "\\" + char for char in ALWAYS_ESCAPED}, **ENTITIES})


def escape_inline(text: str) -> str:
    """Text that renders literally inside a Markdown line (no markup, no HTML); for one line only."""
    return displayable(text).translate(_INLINE)


def escape_line(line: str) -> str:
    """One line of text for the start of a Markdown line: inline escapes plus the block markers."""
    stripped = line.lstrip(" \t")
    indent = NO_BREAK_SPACE * (len(line) - len(stripped))
    escaped = escape_inline(stripped)
    if escaped[:1] in LINE_START_ESCAPED:
        escaped = "\\" + escaped
    else:
        digits = len(escaped) - len(escaped.lstrip("0123456789"))
        if 0 < digits <= 9 and escaped[digits:digits + 1] in (".", ")"):
            escaped = f"{escaped[:digits]}\\{escaped[digits:]}"  # "1." or "1)" would start a list
    return indent + escaped


def learner_lines(text: str) -> list[str]:
    """Learner text as Markdown lines: each escaped and isolated; blank lines stay blank."""
    lines = displayable(text).splitlines() or [""]
    return [isolate(escape_line(line)) if line.strip() else "" for line in lines]


def _block(lines: list[str], first: str, rest: str) -> str:
    """Lines under a prefix (``"> "`` or a list marker), joined with hard breaks inside a paragraph."""
    out = []
    for index, line in enumerate(lines):
        prefix = first if index == 0 else rest
        following = index + 1 < len(lines) and lines[index + 1] != ""
        out.append((prefix + line).rstrip() if not line else prefix + line + ("\\" if following and line else ""))
    return "\n".join(out)


def _pieces(line: Line) -> list[str]:
    """A line of pieces as Markdown lines (learner pieces may hold several lines)."""
    lines = [""]
    for piece in line:
        if piece.learner:
            parts = learner_lines(piece.text)
            lines[-1] += parts[0]
            lines += parts[1:]
        else:
            lines[-1] += escape_inline(piece.text) if lines[-1] else escape_line(piece.text)
    return lines


def shown_markdown(shown: Shown) -> str:
    """A value in words as Markdown: a quoted paragraph, or a list."""
    out = []
    if shown.note:
        out.append(f"**{escape_inline(shown.note)}**\n")
    if shown.listed:
        out.append("\n".join(_block(_pieces(line), "- ", "  ") for line in shown.lines))
    else:
        out.append("\n>\n".join(_block(_pieces(line), "> ", "> ") for line in shown.lines))
    return "\n".join(out)


def render(collected: Collected, *, now: datetime | None = None) -> str:
    """The whole portfolio as Markdown."""
    made = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = [f"# {escape_inline(strings.PF_TITLE)}", escape_line(strings.PF_ABOUT), escape_line(strings.PF_PRIVATE),
           escape_line(strings.PF_MADE.format(time=format_time(made), revisions=collected.revisions))]
    out += [escape_line(sentence) for sentence in summary_sentences(collected)]
    out.append(f"## {escape_inline(strings.PF_CONTENTS)}")
    contents = [f"{n}. {escape_inline(section_title(s))} "
                f"({escape_inline(strings.PF_COUNT.format(answered=s.answered, total=s.total))})"
                for n, s in enumerate(collected.sections, start=1)]
    if collected.unknown:
        contents.append(f"{len(contents) + 1}. {escape_inline(strings.PF_UNKNOWN_HEADING)} ({len(collected.unknown)})")
    out.append("\n".join(contents))
    out += [_section(section, collected) for section in collected.sections]
    if collected.unknown:
        out.append(f"## {escape_inline(strings.PF_UNKNOWN_HEADING)}")
        out.append(escape_line(strings.PF_UNKNOWN_ABOUT))
        out += [_entry(entry) for entry in collected.unknown]
    out.append("---")
    out.append(escape_line(strings.PF_FOOTER))
    return "\n\n".join(out) + "\n"


def _section(section: Section, collected: Collected) -> str:
    out = [f"## {escape_inline(section_title(section))}",
           f"*{escape_inline(strings.PF_COUNT.format(answered=section.answered, total=section.total))}*"]
    if section.step.status != "ready":
        out.append(escape_line(strings.PF_PLANNED))
    if not section.entries:
        out.append(f"*{escape_inline(strings.PF_NO_PROMPTS)}*")
    out += [_entry(entry) for entry in section.entries]
    out += [_figure(drawn) for drawn in draw_step(section.step, collected.step_values(section.step.id))]
    return "\n\n".join(out)


def _entry(entry: Entry) -> str:
    heading = entry.text or strings.PF_UNKNOWN_PROMPT.format(step=entry.step, prompt=entry.prompt)
    out = [f"### {escape_inline(heading)}"]
    if entry.shown is None:
        out.append(f"*{escape_inline(strings.PF_NOT_ANSWERED)}*")
        if entry.saved_at is not None:
            out.append(f"*{escape_inline(strings.PF_CLEARED.format(time=format_time(entry.saved_at)))}*")
    else:
        out.append(shown_markdown(entry.shown))
        if entry.saved_at is not None:
            out.append(f"*{escape_inline(strings.PF_SAVED.format(time=format_time(entry.saved_at)))}*")
    return "\n\n".join(out)


def _figure(drawn: Drawn) -> str:
    if drawn.failed:
        return f"**{escape_inline(drawn.failed)}**"
    encoded = base64.b64encode(drawn.png).decode("ascii")
    lines = [f"![{escape_inline(drawn.alt)}](data:image/png;base64,{encoded})",
             f"**{escape_inline(strings.PF_DESCRIPTION)}**"]
    items: list[str] = []
    for line in drawn.description.splitlines():
        if line.startswith("- "):
            items.append(f"- {escape_inline(line[2:])}")
            continue
        if items:
            lines.append("\n".join(items))
            items = []
        if line.strip():
            lines.append(escape_line(line))
    if items:
        lines.append("\n".join(items))
    return "\n\n".join(lines)
