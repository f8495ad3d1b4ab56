"""The learner's portfolio: everything they wrote, as a self-contained HTML page or as Markdown.

    from course_helpers.portfolio import portfolio_html, portfolio_markdown, write_portfolio
    write_portfolio(journal, "my-portfolio.html")    # or .md

The page and the Markdown are made on the learner's machine from their
journal; nothing is sent anywhere. The JSON backup is the journal's own
export (:meth:`course_helpers.journal.Journal.export_bytes`).

Modules: :mod:`.collect` (the answers in course order), :mod:`.words` (a value in words, by kind),
:mod:`.figures` (the learner's figures, redrawn), :mod:`.html`,
:mod:`.markdown`, :mod:`.review` (09's review of the journal). Importing this
package is cheap: matplotlib loads only when a portfolio is made.
"""
from __future__ import annotations

import base64
import errno
import os
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import strings
from ..text import escape, status_html

HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")


class PortfolioError(Exception):
    """The portfolio could not be made or written; the message is one sentence for the learner."""


def portfolio_html(journal: Any, *, steps: Any = None, now: datetime | None = None) -> str:
    """The whole portfolio as one self-contained HTML page."""
    from . import html
    from .collect import collect

    return html.render(collect(journal, steps), now=now)


def portfolio_markdown(journal: Any, *, steps: Any = None, now: datetime | None = None) -> str:
    """The whole portfolio as Markdown."""
    from . import markdown
    from .collect import collect

    return markdown.render(collect(journal, steps), now=now)


def render_for(path: Path | str, journal: Any, *, steps: Any = None) -> str:
    """The portfolio in the format ``path``'s suffix names (.html/.htm or .md/.markdown)."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return portfolio_html(journal, steps=steps)
    if suffix in MARKDOWN_SUFFIXES:
        return portfolio_markdown(journal, steps=steps)
    raise PortfolioError(strings.PF_BAD_SUFFIX.format(name=Path(path).name))


def write_portfolio(journal: Any, path: Path | str, *, steps: Any = None) -> Path:
    """Write the portfolio to ``path`` atomically (readers see the old file or the whole new one).

    Raises :class:`PortfolioError` with one sentence when the suffix is not
    .html/.md or the file cannot be written; nothing half-written is left behind.
    """
    from ..journal import JournalError

    target = Path(path)
    try:
        data = render_for(target, journal, steps=steps).encode("utf-8")
    except JournalError as error:
        raise PortfolioError(strings.PF_NOT_MADE.format(reason=str(error))) from error
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temporary, "xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except OSError as error:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        raise PortfolioError(strings.PF_NOT_WRITTEN.format(reason=plain_reason(error))) from error
    return target


def plain_reason(error: OSError) -> str:
    """A short reason a learner can act on."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return strings.PF_REASON_FULL
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return strings.PF_REASON_READ_ONLY
    if error.errno == errno.ENOENT:
        return strings.PF_REASON_NO_FOLDER
    if error.errno == errno.EISDIR:
        return strings.PF_REASON_IS_FOLDER
    return error.strerror or type(error).__name__


def download_link_html(journal: Any, kind: str = "html") -> str:
    """A link that downloads the portfolio (``kind`` "html" or "md"), built in memory as a data: URL.

    For 09's one-click download; failures become a status line, never a traceback.
    """
    try:
        if kind == "html":
            text, mime, suffix, label = portfolio_html(journal), "text/html", "html", strings.PF_LINK_HTML
        elif kind == "md":
            text, mime, suffix, label = portfolio_markdown(journal), "text/markdown", "md", strings.PF_LINK_MARKDOWN
        else:
            raise ValueError(f"kind must be 'html' or 'md', not {kind!r}")
    except Exception as error:  # noqa: BLE001 - shown to the learner in one sentence
        return status_html(strings.PF_LINK_FAILED.format(reason=str(error) or type(error).__name__), error=True)
    payload = text.encode("utf-8")
    encoded = base64.b64encode(payload).decode("ascii")
    filename = f"micro-credentials-portfolio-{date.today():%Y-%m-%d}.{suffix}"
    size = f"{len(payload) / 1024:.0f} KB" if len(payload) >= 1024 else f"{len(payload)} bytes"
    return (f'<a download="{escape(filename)}" href="data:{mime};charset=utf-8;base64,{encoded}">'
            f"{escape(label)}</a> ({escape(size)})")


__all__ = ["PortfolioError", "download_link_html", "portfolio_html", "portfolio_markdown", "render_for",
           "write_portfolio"]
