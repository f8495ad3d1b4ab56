"""Journal tools a learner sees: download, restore, erase, progress, Binder banner.

Every piece of text that reaches HTML here is escaped; the download link is a
``data:`` URL built in memory, so it works even when the disk is full. The
views follow the journal's change signal (every save, import and erase in
this kernel), and stop following it when they are closed.
"""
from __future__ import annotations

import base64
import os
from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from . import strings
from .course import LEARNER_STEPS, Step
from .debounce import Debouncer
from .disposal import QuietDisposal
from .journal import MAX_IMPORT_BYTES, ERASE_CONFIRMATION, Journal, JournalError
from .signals import Change
from .text import escape, status_html

BINDER_VARIABLES = ("BINDER_LAUNCH_HOST", "BINDER_REPO_URL", "BINDER_REF_URL",
                    "BINDER_REQUEST", "BINDER_PERSISTENT_REQUEST")


def on_binder(environ: dict[str, str] | None = None) -> bool:
    """True inside a mybinder.org / BinderHub session (it sets BINDER_* variables)."""
    environ = os.environ if environ is None else environ
    return any(environ.get(name) for name in BINDER_VARIABLES)


def file_size(size: int) -> str:
    """'12 KB', '3.4 MB' or '512 bytes'."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"


def download_link_html(journal: Journal) -> str:
    """An HTML link that downloads the whole journal, built from memory."""
    try:
        payload = journal.export_bytes()
    except JournalError as error:
        return status_html(strings.DOWNLOAD_FAILED.format(reason=str(error)), error=True)
    encoded = base64.b64encode(payload).decode("ascii")
    filename = f"micro-credentials-journal-{date.today():%Y-%m-%d}.json"
    link = (f'<a download="{filename}" href="data:application/json;base64,{encoded}">'
            f"{escape(strings.DOWNLOAD_LINK)}</a>")
    html = f"<span>{escape(strings.DOWNLOAD_BUTTON)}: {link} ({file_size(len(payload))})</span>"
    if len(payload) > MAX_IMPORT_BYTES:
        html += "<br>" + status_html(strings.DOWNLOAD_TOO_LARGE.format(limit=file_size(MAX_IMPORT_BYTES)), error=True)
    return html


class JournalView:
    """A view that follows the journal: ``_on_change`` runs after every save, import and erase.

    Saves come in bursts (typing), so they refresh after a short pause; an
    import or an erase refreshes at once, so erased text never lingers.
    """

    refresh_delay_seconds = 0.5

    def _follow(self, journal: Journal) -> None:
        self.journal = journal
        self._refresher = Debouncer(self.refresh_delay_seconds, self.refresh)
        journal.changes.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.kind == "save":
            self._refresher.request()
        else:
            self._refresher.cancel()
            self.refresh()

    def _unfollow(self) -> None:
        self._refresher.cancel()
        self.journal.changes.disconnect(self._on_change)

    def refresh(self) -> None:
        raise NotImplementedError


class DownloadLink(QuietDisposal, widgets.HTML, JournalView):
    """A download link that stays current with every save, import and erase."""

    def __init__(self, journal: Journal):
        super().__init__()
        self._follow(journal)
        self.refresh()

    def refresh(self) -> None:
        self.value = download_link_html(self.journal)

    def close(self) -> None:
        self._unfollow()
        super().close()


class Restore(widgets.VBox):
    """Upload an earlier export and merge it into the journal."""

    def __init__(self, journal: Journal):
        self.journal = journal
        self.upload = widgets.FileUpload(accept=".json", multiple=False, description=strings.UPLOAD_BUTTON,
                                         layout=widgets.Layout(width="auto"))
        self.message = widgets.HTML()
        super().__init__(children=[widgets.HTML(f"<b>{escape(strings.UPLOAD_LABEL)}</b>"), self.upload, self.message])
        self.upload.observe(self._on_upload, names="value")

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        upload = files[0]
        try:
            self.message.value = self.restore_upload(upload)
        finally:
            self.upload.value = ()  # let the uploaded bytes go

    def restore_upload(self, upload: dict[str, Any]) -> str:
        """Check the size an upload declares and holds *before* copying its content, then import it."""
        content = upload.get("content", b"")
        declared = upload.get("size") if isinstance(upload.get("size"), int) else 0
        held = getattr(content, "nbytes", None)  # a memoryview knows its size without a copy
        held = len(content) if held is None else held
        if max(declared, held) > MAX_IMPORT_BYTES:
            return self._too_large()
        return self.restore_bytes(held, bytes(content))

    def restore_bytes(self, size: int, content: bytes) -> str:
        """Import ``content``; return the message shown to the learner (as HTML)."""
        if max(size, len(content)) > MAX_IMPORT_BYTES:
            return self._too_large()
        try:
            report = self.journal.import_bytes(content)
        except JournalError as error:
            return status_html(strings.UPLOAD_FAILED.format(reason=str(error)), error=True)
        message = strings.UPLOAD_DONE.format(added=report.added, skipped=report.skipped)
        unknown = getattr(report, "unknown", 0)
        if unknown:
            message += " " + strings.UPLOAD_UNKNOWN.format(count=unknown)
        return status_html(message)

    @staticmethod
    def _too_large() -> str:
        reason = strings.UPLOAD_TOO_LARGE.format(megabytes=MAX_IMPORT_BYTES // (1024 * 1024))
        return status_html(strings.UPLOAD_FAILED.format(reason=reason), error=True)


class Erase(widgets.VBox):
    """Erase every answer, only after the learner types the confirmation phrase.

    Afterwards it names the copies of earlier, damaged journals that were set
    aside (they may still hold old answers) and offers to delete those too.
    """

    def __init__(self, journal: Journal):
        self.journal = journal
        self.start = widgets.Button(description=strings.ERASE_BUTTON, icon="trash", layout=widgets.Layout(width="auto"))
        self.phrase = widgets.Text(description=strings.ERASE_INPUT, placeholder=ERASE_CONFIRMATION)
        self.confirm = widgets.Button(description=strings.ERASE_CONFIRM, button_style="danger",
                                      layout=widgets.Layout(width="auto"))
        self.message = widgets.HTML()
        self.copies = widgets.HTML()
        self.delete_copies = widgets.Button(description=strings.ERASE_COPIES_BUTTON, button_style="danger",
                                            layout=widgets.Layout(width="auto", display="none"))
        self.form = widgets.VBox([widgets.HTML(status_html(strings.ERASE_PROMPT.format(phrase=ERASE_CONFIRMATION))),
                                  self.phrase, self.confirm])
        self.form.layout.display = "none"
        super().__init__(children=[self.start, self.form, self.message, self.copies, self.delete_copies])
        self.start.on_click(lambda _: setattr(self.form.layout, "display", "flex"))
        self.confirm.on_click(lambda _: self.erase(self.phrase.value))
        self.delete_copies.on_click(lambda _: self.erase_copies())
        self._offered: list[Path] = []

    def erase(self, typed: str) -> None:
        if typed.strip().lower() != ERASE_CONFIRMATION:
            self.message.value = status_html(strings.ERASE_REFUSED, error=True)
            return
        try:
            count = self.journal.erase(ERASE_CONFIRMATION)
        except JournalError as error:
            self.message.value = status_html(str(error), error=True)
            return
        self.phrase.value = ""
        self.form.layout.display = "none"
        self.message.value = status_html(strings.ERASE_DONE.format(count=count))
        self._offer_copies()

    def _offer_copies(self) -> None:
        self._offered = list(self.journal.set_aside_copies())
        if not self._offered:
            self.copies.value, self.delete_copies.layout.display = "", "none"
            return
        names = "".join(f"<li><code>{escape(path.name)}</code></li>" for path in self._offered)
        self.copies.value = (f"<p>{escape(strings.ERASE_COPIES_FOUND.format(count=len(self._offered)))}</p>"
                             f"<ul>{names}</ul>")
        self.delete_copies.layout.display = "flex"

    def erase_copies(self) -> None:
        """Delete the set-aside copies named after the erase (and only those)."""
        try:
            deleted = self.journal.delete_set_aside_copies(self._offered)
        except (JournalError, OSError) as error:
            self.copies.value = status_html(strings.ERASE_COPIES_FAILED.format(reason=str(error)), error=True)
            return
        self.delete_copies.layout.display = "none"
        self.copies.value = status_html(strings.ERASE_COPIES_DONE.format(count=len(deleted)))
        self._offered = []


def progress_rows(journal: Journal) -> list[tuple[Step, int]]:
    """Each learner step with how many of its prompts have an answer."""
    answered = journal.latest_values()
    rows = []
    for step in LEARNER_STEPS:
        count = sum(1 for p in step.prompts if answered.get((step.id, p.id)) not in (None, ""))
        rows.append((step, count))
    return rows


def progress_html(journal: Journal) -> str:
    """An accessible table of the steps and how many prompts each has answered."""
    rows = progress_rows(journal)
    headers = "".join(f'<th scope="col">{escape(h)}</th>' for h in strings.PROGRESS_HEADERS)
    body = []
    for step, count in rows:
        if step.status == "ready":
            link = f'<a href="{escape(os.path.basename(step.notebook))}">{escape(step.notebook)}</a>'
        else:
            link = escape(strings.PROGRESS_PLANNED)
        body.append(f'<tr><th scope="row">{escape(step.id)}</th><td>{escape(step.title)}</td>'
                    f"<td>{count} of {len(step.prompts)}</td><td>{link}</td></tr>")
    ready = [(s, c) for s, c in rows if s.status == "ready"]
    summary = strings.PROGRESS_SUMMARY.format(answered=sum(c for _, c in ready),
                                              total=sum(len(s.prompts) for s, _ in ready))
    return (f'<table class="course-progress"><caption>{escape(strings.PROGRESS_CAPTION)}</caption>'
            f"<thead><tr>{headers}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"<p>{escape(summary)}</p>")


class Progress(QuietDisposal, widgets.VBox, JournalView):
    """The progress table, current with every save, import and erase."""

    def __init__(self, journal: Journal):
        self.table = widgets.HTML()
        super().__init__(children=[self.table])
        self._follow(journal)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.table.value = progress_html(self.journal)
        except JournalError as error:
            self.table.value = status_html(str(error), error=True)

    def close(self) -> None:
        self._unfollow()
        super().close()


def binder_banner(journal: Journal) -> widgets.VBox:
    """The warning every notebook shows on Binder, with the download one click away."""
    warning = widgets.HTML(status_html(strings.BINDER_BANNER, error=True))
    return widgets.VBox([warning, DownloadLink(journal)],
                        layout=widgets.Layout(border="2px solid currentColor", padding="0.5em"))


def notices_html(journal: Journal) -> str:
    """The journal's notices to the learner (a file moved aside, a newer file...)."""
    return "".join(f"<p>{status_html(notice, error=True)}</p>" for notice in journal.notices)
