"""Journal tools a learner sees: download, restore, erase, progress, Binder banner.

Every piece of text that reaches HTML here is escaped; the download link is a
``data:`` URL built in memory, so it works even when the disk is full.
"""
from __future__ import annotations

import base64
import os
import threading
from datetime import date

import ipywidgets as widgets

from . import strings
from .course import LEARNER_STEPS, Step
from .journal import MAX_IMPORT_BYTES, ERASE_CONFIRMATION, Journal, JournalError
from .text import escape, status_html
from .widgets import on_any_save

BINDER_VARIABLES = ("BINDER_LAUNCH_HOST", "BINDER_REPO_URL", "BINDER_REF_URL",
                    "BINDER_REQUEST", "BINDER_PERSISTENT_REQUEST")


def on_binder(environ: dict[str, str] | None = None) -> bool:
    """True inside a mybinder.org / BinderHub session (it sets BINDER_* variables)."""
    environ = os.environ if environ is None else environ
    return any(environ.get(name) for name in BINDER_VARIABLES)


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
    size = f"{len(payload) / 1024:.0f} KB" if len(payload) >= 1024 else f"{len(payload)} bytes"
    return f"<span>{escape(strings.DOWNLOAD_BUTTON)}: {link} ({size})</span>"


class DownloadLink(widgets.HTML):
    """A download link that stays current: rebuilt shortly after every save in this kernel.

    Rebuilding encodes the whole journal, so it runs on a timer, off the save path.
    """

    refresh_delay_seconds = 0.5

    def __init__(self, journal: Journal):
        super().__init__()
        self.journal = journal
        self._timer: threading.Timer | None = None
        self.refresh()
        on_any_save(self.refresh_soon)

    def refresh(self) -> None:
        self.value = download_link_html(self.journal)

    def refresh_soon(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self.refresh_delay_seconds, self.refresh)
        self._timer.daemon = True
        self._timer.start()


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
        self.message.value = self.restore_bytes(files[0].get("size", 0), bytes(files[0]["content"]))
        self.upload.value = ()

    def restore_bytes(self, size: int, content: bytes) -> str:
        """Import ``content``; return the message shown to the learner (as HTML)."""
        if max(size, len(content)) > MAX_IMPORT_BYTES:
            reason = strings.UPLOAD_TOO_LARGE.format(megabytes=MAX_IMPORT_BYTES // (1024 * 1024))
            return status_html(strings.UPLOAD_FAILED.format(reason=reason), error=True)
        try:
            report = self.journal.import_bytes(content)
        except JournalError as error:
            return status_html(strings.UPLOAD_FAILED.format(reason=str(error)), error=True)
        return status_html(strings.UPLOAD_DONE.format(added=report.added, skipped=report.skipped))


class Erase(widgets.VBox):
    """Erase every answer, only after the learner types the confirmation phrase."""

    def __init__(self, journal: Journal):
        self.journal = journal
        self.start = widgets.Button(description=strings.ERASE_BUTTON, icon="trash", layout=widgets.Layout(width="auto"))
        self.phrase = widgets.Text(description=strings.ERASE_INPUT, placeholder=ERASE_CONFIRMATION)
        self.confirm = widgets.Button(description=strings.ERASE_CONFIRM, button_style="danger",
                                      layout=widgets.Layout(width="auto"))
        self.message = widgets.HTML()
        self.form = widgets.VBox([widgets.HTML(status_html(strings.ERASE_PROMPT.format(phrase=ERASE_CONFIRMATION))),
                                  self.phrase, self.confirm])
        self.form.layout.display = "none"
        super().__init__(children=[self.start, self.form, self.message])
        self.start.on_click(lambda _: setattr(self.form.layout, "display", "flex"))
        self.confirm.on_click(lambda _: self.erase(self.phrase.value))

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


class Progress(widgets.VBox):
    """The progress table, refreshed after every save in this kernel."""

    def __init__(self, journal: Journal):
        self.journal = journal
        self.table = widgets.HTML()
        super().__init__(children=[self.table])
        self.refresh()
        on_any_save(self.refresh)

    def refresh(self) -> None:
        try:
            self.table.value = progress_html(self.journal)
        except JournalError as error:
            self.table.value = status_html(str(error), error=True)


def binder_banner(journal: Journal) -> widgets.VBox:
    """The warning every notebook shows on Binder, with the download one click away."""
    warning = widgets.HTML(status_html(strings.BINDER_BANNER, error=True))
    return widgets.VBox([warning, DownloadLink(journal)],
                        layout=widgets.Layout(border="2px solid currentColor", padding="0.5em"))


def notices_html(journal: Journal) -> str:
    """The journal's notices to the learner (a file moved aside, a newer file...)."""
    return "".join(f"<p>{status_html(notice, error=True)}</p>" for notice in journal.notices)
