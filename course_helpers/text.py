"""Turning learner or imported text into something safe to show.

Learner text never reaches HTML without passing through :func:`escape`;
:func:`displayable` makes text that the browser link can carry (a lone
surrogate cannot be sent as UTF-8) without changing what the journal keeps.
"""
from __future__ import annotations

import html
from typing import Callable, Iterable


def escape(text: object) -> str:
    """HTML-escape ``text`` (quotes included), after making it displayable."""
    return html.escape(displayable(str(text)), quote=True)


def displayable(text: str) -> str:
    """Replace characters the front end cannot carry (lone surrogates, NUL) with U+FFFD."""
    cleaned = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return cleaned.replace("\x00", "\ufffd")


def status_html(message: str, *, error: bool = False) -> str:
    """A short status line, announced politely to screen readers; errors are marked by words and an icon, not colour alone."""
    role = "alert" if error else "status"
    prefix = "⚠ " if error else ""
    weight = "font-weight: bold;" if error else ""
    return f'<span role="{role}" aria-live="polite" style="{weight}">{prefix}{escape(message)}</span>'



def and_list(items: "list[str] | tuple[str, ...]") -> str:
    """'a', 'a and b', 'a, b and c' ('' for no items)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


# Characters that reorder or hide text (bidi overrides and isolates, marks): harmless in HTML once
# escaped, but in a plain sentence they could make "X needs Y" read as something else. Control
# characters (line breaks included) become spaces, so a name stays on one line.
_REORDERING = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
                            "\ufffd")
_ONE_LINE = {**dict.fromkeys([*range(32), 127], " "), **_REORDERING}


def plain_name(text: object, limit: int = 60) -> str:
    """A name fit to sit inside a plain sentence: displayable, one line, no reordering marks, at most ``limit`` characters.

    Markup is kept as text (escaping is the display's job); a longer name is
    cut and ends with "…".
    """
    cleaned = " ".join(displayable(str(text)).translate(_ONE_LINE).split())
    return cleaned if len(cleaned) <= limit else cleaned[: max(0, limit - 1)].rstrip() + "…"


def lines_html(lines: Iterable[str], list_item: Callable[[str], str | None], *, ul: str = "<ul>",
               li: str = "<li>", p: str = "<p>") -> str:
    """Lines of plain text as escaped HTML: each a paragraph, runs of list items one list.

    ``list_item`` gives a line's text as an item, or None when the line is a paragraph; blank lines go.
    """
    parts: list[str] = []
    items: list[str] = []
    for line in lines:
        item = list_item(line)
        if item is not None:
            items.append(f"{li}{escape(item)}</li>")
            continue
        if items:
            parts.append(f"{ul}{''.join(items)}</ul>")
            items = []
        if line.strip():
            parts.append(f"{p}{escape(line)}</p>")
    if items:
        parts.append(f"{ul}{''.join(items)}</ul>")
    return "".join(parts)


def description_html(description: str, *, styled: bool = True) -> str:
    """A plain-text description as escaped HTML: lines become paragraphs, runs of '- ' lines a list.

    ``styled`` adds compact inline margins for notebook outputs; the portfolio page, whose
    Content-Security-Policy allows no inline styles, asks for none.
    """
    if not styled:
        return lines_html(description.splitlines(), _dash_item)
    return lines_html(description.splitlines(), _dash_item, ul='<ul style="margin: 0.2em 0; padding-left: 1.4em">',
                      p='<p style="margin: 0.2em 0">')


def _dash_item(line: str) -> str | None:
    return line[2:] if line.startswith("- ") else None
