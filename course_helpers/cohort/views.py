"""The facilitator's notebook: collect share files, show the class, export it, plan the seminar.

    dashboard = class_dashboard(step)   # collecting, the class, the exports: one widget
    dashboard.run_sheets()              # the 60- and 90-minute plans, with the notes on loaded critiques

The work is done by the other cohort modules; this one wires widgets to them.
Every string that comes from a file (names, reasons, answers) reaches HTML
through :func:`course_helpers.text.escape` (panels through
:func:`.export.panel_html`). Every control is a labelled text field, a button
or a row of toggle buttons: Tab and Space are enough.

The projector view is a CSS class on the dashboard's own container, so it
never restyles JupyterLab around it. Under Voila it is on from the start, and
there it also hides the page's other cells, leaving the class alone on screen.
"""
from __future__ import annotations

import base64
import dataclasses
import os
from datetime import date
from pathlib import Path
from typing import Callable, Mapping

import ipywidgets as widgets

from .. import strings
from ..text import and_list, escape, lines_html, status_html
from .aggregate import ClassAggregates, aggregate
from .classfolder import class_folder
from .collect import Collection, ImportSummary, Sender
from .share import ShareError, normalise_class_code
from .sources import Progress
from .suppress import MIN_GROUP
from .table import ClassTable

DASHBOARD_CLASS = "mcc-dashboard"
PROJECTOR_CLASS = "mcc-projector"
VOILA_VARIABLES = ("VOILA_REQUEST_URL", "VOILA_BASE_URL")  # set by Voila for the kernels it starts

# Scoped to the dashboard's container; the one rule outside it applies only inside Voila's page
# (its <body> carries data-voila, each cell sits in a div[cell-index]) and only while the projector
# view is on: it hides every cell but the dashboard's.
STYLE = """<style>
.mcc-dashboard .mcc-board img { max-width: 100%; height: auto; border: 1px solid #ccc; box-sizing: border-box; }
.mcc-dashboard figure { margin: 0.6em 0; }
.mcc-dashboard figcaption, .mcc-dashboard p.description { white-space: pre-line; }
.mcc-dashboard table { border-collapse: collapse; margin: 0.6em 0; }
.mcc-dashboard th, .mcc-dashboard td { border: 1px solid #616161; padding: 0.2em 0.5em; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }
.mcc-dashboard thead th { overflow-wrap: normal; }
.mcc-dashboard .widget-html-content { flex: 1 1 auto; min-width: 0; }
.mcc-dashboard caption { text-align: left; font-weight: bold; }
.mcc-dashboard td.number { text-align: right; }
.mcc-dashboard .note { font-style: italic; }
.mcc-dashboard.mcc-projector .widget-html-content { font-size: 26px; line-height: 1.45; }
.mcc-dashboard.mcc-projector .mcc-board img { width: 100%; max-width: 1200px; }
.mcc-dashboard.mcc-projector .widget-html-content h2 { font-size: 1.5em; }
.mcc-dashboard.mcc-projector .widget-html-content h3 { font-size: 1.3em; }
.mcc-dashboard.mcc-projector .widget-html-content h4 { font-size: 1.1em; }
.mcc-dashboard.mcc-projector .widget-toggle-button { font-size: 20px; height: auto; padding: 0.3em 0.8em; }
body[data-voila] [cell-index]:has(.mcc-projector) ~ [cell-index],
body[data-voila] [cell-index]:has(~ [cell-index] .mcc-projector) { display: none; }
</style>"""
TEXT_STYLE = {"description_width": "14em"}
WIDE = {"width": "min(100%, 48em)"}  # a Layout per dashboard: one made at import would open a channel then
UPLOAD_NAMES_SHOWN = 3  # beyond this, "Reading 40 uploaded files …" rather than a wall of names


def under_voila(environ: Mapping[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    return any(environ.get(name) for name in VOILA_VARIABLES)


# --- HTML pieces (pure functions: every string escaped) ----------------------------------------

def summary_html(summary: ImportSummary) -> str:
    """The import summary as sentences; indented lines (categories, refused files) become list items."""
    return lines_html(summary.lines(), lambda line: line.strip() if line.startswith("  ") else None,
                      li='<li dir="auto">')


def senders_html(senders: list[Sender]) -> str:
    """Files from the class folder, by who saved them (the latest outcome of each file)."""
    if not senders:
        return ""
    latest = {(s.learner, s.name): s for s in senders}
    rows = []
    for sender in sorted(latest.values()):
        outcome = (strings.DASHBOARD_SENDER_READ if sender.refusal is None
                   else strings.DASHBOARD_SENDER_REFUSED.format(reason=sender.refusal))
        rows.append(f"<tr><th scope=\"row\">{escape(sender.learner)}</th><td>{escape(sender.name)}</td>"
                    f"<td>{escape(outcome)}</td></tr>")
    head = "".join(f"<th scope=\"col\">{escape(c)}</th>" for c in strings.DASHBOARD_SENDERS_COLUMNS)
    return (f"<table class=\"mcc-senders\"><caption>{escape(strings.DASHBOARD_SENDERS_CAPTION)}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def board_html(result: ClassAggregates | None, panels: list) -> str:
    """The class: who is counted, the privacy note, then every panel under its step's heading."""
    from .dashboard import learners_line
    from .export import panel_html

    heading = f"<h2>{escape(strings.DASHBOARD_BOARD_HEADING)}</h2>"
    if result is None:
        return heading + f"<p>{escape(strings.DASHBOARD_EMPTY)}</p>"
    parts = [heading, f"<p>{escape(learners_line(result))}</p>",
             f"<p class=\"note\">{escape(strings.COHORT_PRIVACY_NOTE.format(k=result.k))}</p>"]
    titles = {step.id: step.title for step in result.steps}
    current = None
    for panel in panels:
        if panel.step != current:
            current = panel.step
            title = strings.COHORT_STEP_TITLE.format(step=panel.step, title=titles.get(panel.step, ""))
            parts.append(f"<h3>{escape(title)}</h3>")
        parts.append(panel_html(panel, heading="h4"))
    return "".join(parts)


def steps_with_answers(table: ClassTable) -> set[str]:
    """Steps at least one learner answered: the others (notebooks not yet written, say) get no panel at all."""
    return {column.step for column, values in zip(table.layout.columns, table.columns())
            if any(value is not None for value in values)}


def upload_names(files: list, most: int = UPLOAD_NAMES_SHOWN) -> str:
    """The uploaded files by name ('a.json, b.zip and c.json'), or by count when there are more than `most`."""
    names = [str(f.get("name", "")) for f in files]
    return and_list(names) if len(names) <= most else strings.DASHBOARD_UPLOADING_MANY.format(count=f"{len(names):,}")


def download_link(data: bytes, filename: str, mime: str, text: str) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return (f"<a download=\"{escape(filename)}\" href=\"data:{mime};base64,{encoded}\">{escape(text)}</a>"
            f" ({_size(len(data))})")


def exports_html(result: ClassAggregates | None, summary: ImportSummary, panels: list,
                 class_code: str | None) -> str:
    """Download links for the CSV and the HTML report, made in memory."""
    from .export import csv_bytes, report_html

    heading = f"<h2>{escape(strings.DASHBOARD_EXPORTS_HEADING)}</h2>"
    if result is None:
        return heading + f"<p>{escape(strings.DASHBOARD_EXPORTS_EMPTY)}</p>"
    stem = f"class-dashboard-{class_code or 'all-classes'}-{date.today():%Y-%m-%d}"
    report = report_html(result, summary, panels=panels, large=True).encode("utf-8")
    links = [download_link(csv_bytes(result), f"{stem}.csv", "text/csv", strings.DASHBOARD_CSV_LINK),
             download_link(report, f"{stem}.html", "text/html", strings.DASHBOARD_REPORT_LINK)]
    items = "".join(f"<li>{link}</li>" for link in links)
    return heading + f"<ul>{items}</ul><p>{escape(strings.DASHBOARD_EXPORTS_NOTE)}</p>"


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


# --- the dashboard ----------------------------------------------------------------------------

class ClassDashboard(widgets.VBox):
    """Collecting (class folder, folder, zip, upload), the class's panels and the exports, in one container."""

    def __init__(self, environ: Mapping[str, str] | None = None, k: int = MIN_GROUP):
        self.k = k
        self.collection = Collection()
        self.class_folder = class_folder(environ)
        self.result: ClassAggregates | None = None
        self.panels: list = []
        self._hidden_in_projector: list[widgets.Widget] = []
        self._run_sheets: RunSheets | None = None

        self.projector = widgets.ToggleButton(value=under_voila(environ), description=strings.DASHBOARD_PROJECTOR,
                                              tooltip=strings.DASHBOARD_PROJECTOR_TOOLTIP, icon="desktop",
                                              layout=widgets.Layout(width="fit-content"))
        self.collect = self._collect_section()
        self.board = widgets.HTML()
        self.exports = widgets.HTML()
        self.board.add_class("mcc-board")
        self.exports.add_class("mcc-exports")
        super().__init__(children=[widgets.HTML(STYLE), self.projector, self.collect, self.board, self.exports])
        self.add_class(DASHBOARD_CLASS)
        self._hidden_in_projector += [self.collect, self.exports]
        self.projector.observe(lambda _change: self._show_projector(), names="value")
        self._show_projector()
        if self.class_folder is not None:
            self.read_class_folder()
        else:
            self.refresh()

    # --- the collect section ------------------------------------------------------------------
    def _collect_section(self) -> widgets.VBox:
        wide = widgets.Layout(**WIDE)
        self.folder = widgets.Text(description=strings.DASHBOARD_FOLDER_LABEL, style=TEXT_STYLE, layout=wide,
                                   placeholder=strings.DASHBOARD_FOLDER_PLACEHOLDER)
        self.zip = widgets.Text(description=strings.DASHBOARD_ZIP_LABEL, style=TEXT_STYLE, layout=wide,
                                placeholder=strings.DASHBOARD_ZIP_PLACEHOLDER)
        self.class_code = widgets.Text(description=strings.DASHBOARD_CLASS_CODE_LABEL, style=TEXT_STYLE,
                                       layout=wide, placeholder=strings.DASHBOARD_CLASS_CODE_PLACEHOLDER,
                                       continuous_update=False)
        self.upload = widgets.FileUpload(accept=".json,.zip", multiple=True, description=strings.DASHBOARD_UPLOAD,
                                         layout=widgets.Layout(width="auto"))
        folder_button = _button(strings.DASHBOARD_FOLDER_BUTTON, lambda: self.import_folder(self.folder.value))
        zip_button = _button(strings.DASHBOARD_ZIP_BUTTON, lambda: self.import_zip(self.zip.value))
        forget_button = _button(strings.DASHBOARD_START_AGAIN, self.forget)
        self.bar = widgets.IntProgress(value=0, min=0, max=1, description=strings.DASHBOARD_PROGRESS,
                                       layout=widgets.Layout(visibility="hidden"))
        self.status = widgets.HTML()
        self.summary = widgets.HTML()
        self.class_code.observe(lambda _change: self._set_class_code(), names="value")
        self.upload.observe(lambda change: self.import_uploads(change["new"]), names="value")
        rows: list[widgets.Widget] = [widgets.HTML(f"<h2>{escape(strings.DASHBOARD_COLLECT_HEADING)}</h2>"
                                                   f"<p>{escape(strings.DASHBOARD_HOW)}</p>")]
        if self.class_folder is not None:
            rows += [widgets.HTML(f"<p>{escape(strings.DASHBOARD_CLASS_FOLDER.format(path=self.class_folder))}</p>"),
                     _button(strings.DASHBOARD_CLASS_FOLDER_BUTTON, self.read_class_folder)]
        rows += [self.class_code, widgets.HBox([self.folder, folder_button]), widgets.HBox([self.zip, zip_button]),
                 self.upload, forget_button, self.bar, self.status, self.summary]
        section = widgets.VBox(rows)
        section.add_class("mcc-collect")
        return section

    # --- importing ------------------------------------------------------------------------------
    def read_class_folder(self) -> None:
        if self.class_folder is None:
            self._say(strings.CLASS_FOLDER_UNSET.format(variable="COURSE_SHARE_DIR"), error=True)
            return
        self._import(str(self.class_folder), lambda progress: self.collection.add_class_folder(
            self.class_folder, progress))

    def import_folder(self, text: str) -> None:
        path = self._path(text, strings.DASHBOARD_WHAT_FOLDER)
        if path is None:
            return
        if not path.is_dir():
            self._say(strings.DASHBOARD_NO_FOLDER.format(path=path), error=True)
            return
        self._import(str(path), lambda progress: self.collection.add_folder(path, progress))

    def import_zip(self, text: str) -> None:
        path = self._path(text, strings.DASHBOARD_WHAT_ZIP)
        if path is None:
            return
        if not path.is_file():
            self._say(strings.DASHBOARD_NO_FILE.format(path=path), error=True)
            return
        self._import(str(path), lambda progress: self.collection.add_zip(path, progress=progress))

    def import_uploads(self, files) -> None:
        """Every file of the upload widget (share files and zip archives), then the widget is emptied."""
        if not files:
            return
        files = list(files)
        self._import(upload_names(files),
                     lambda progress: self.collection.add_uploads(files, progress),
                     done=strings.DASHBOARD_UPLOADED.format(count=len(files)))
        self.upload.value = ()  # frees the bytes; the same files can be uploaded again

    def forget(self) -> None:
        self.collection = Collection(class_code=self.collection.class_code)
        self.refresh()
        self._say(strings.DASHBOARD_FORGOTTEN)

    def _set_class_code(self) -> None:
        text = self.class_code.value.strip()
        try:
            code = normalise_class_code(text) if text else None
        except ShareError as error:
            self._say(str(error), error=True)
            return
        self.collection.class_code = code
        self._say(strings.DASHBOARD_CLASS_CODE_SET.format(code=code) if code else strings.DASHBOARD_CLASS_CODE_CLEARED)

    def _path(self, text: str, what: str) -> Path | None:
        text = text.strip()
        if not text:
            self._say(strings.DASHBOARD_NO_PATH.format(what=what), error=True)
            return None
        return Path(os.path.expanduser(text))

    def _import(self, source: str, action: Callable[[Progress], None], done: str | None = None) -> None:
        """Run one import with the progress bar showing; say how it went in one sentence; redraw."""
        self._say(strings.DASHBOARD_IMPORTING.format(source=source))
        self.bar.value, self.bar.max = 0, 1
        self.bar.layout.visibility = "visible"
        try:
            action(self._progress)
        except Exception as error:  # noqa: BLE001 - one sentence for the facilitator, never a traceback
            self._say(strings.DASHBOARD_IMPORT_FAILED.format(reason=str(error) or type(error).__name__), error=True)
        else:
            self._say(done or strings.DASHBOARD_IMPORTED.format(source=source))
        finally:
            self.bar.layout.visibility = "hidden"
        self.refresh()

    def _progress(self, done: int, total: int | None) -> None:
        self.bar.max = max(total or done, 1)
        self.bar.value = min(done, self.bar.max)

    def _say(self, message: str, error: bool = False) -> None:
        self.status.value = status_html(message, error=error)

    # --- what is shown ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Aggregate what has been collected and redraw the class, the summary and the exports."""
        summary = self.collection.summary()
        self.summary.value = (summary_html(summary) + senders_html(summary.senders)
                              if summary.accepted or summary.refused_total or summary.stopped else "")
        if len(self.collection.table):
            from .dashboard import build_panels

            self.result = aggregate(self.collection.table, self.k)
            shown = steps_with_answers(self.collection.table)
            self.panels = build_panels(dataclasses.replace(
                self.result, steps=tuple(s for s in self.result.steps if s.id in shown)))
        else:
            self.result, self.panels = None, []
        self.board.value = board_html(self.result, self.panels)
        self.exports.value = exports_html(self.result, summary, self.panels, self.collection.class_code)

    def _show_projector(self) -> None:
        on = self.projector.value
        (self.add_class if on else self.remove_class)(PROJECTOR_CLASS)
        for section in self._hidden_in_projector:
            section.layout.display = "none" if on else None

    # --- the run sheets -------------------------------------------------------------------------
    def run_sheets(self) -> "RunSheets":
        """The seminar plans (hidden in the projector view); running the cell again replaces the earlier ones."""
        if self._run_sheets is not None:
            self._hidden_in_projector.remove(self._run_sheets)
            self._run_sheets.close()
        self._run_sheets = RunSheets()
        self._hidden_in_projector.append(self._run_sheets)
        self._show_projector()
        return self._run_sheets


def _button(text: str, action: Callable[[], None]) -> widgets.Button:
    button = widgets.Button(description=text, layout=widgets.Layout(width="auto"))
    button.on_click(lambda _button: action())
    return button


class RunSheets(widgets.VBox):
    """The 60- and 90-minute plans (one at a time, chosen by a row of buttons) and the notes on loaded critiques."""

    def __init__(self):
        from .runsheets import RunSheetError, load_notes, load_runsheets, notes_html

        self.choice = widgets.ToggleButtons(options=strings.DASHBOARD_RUNSHEET_OPTIONS, value=60,
                                            description=strings.DASHBOARD_RUNSHEET_LABEL,
                                            style={"description_width": "initial", "button_width": "auto"})
        self.sheet = widgets.HTML()
        try:
            self.sheets, notes = load_runsheets(), load_notes()
        except (RunSheetError, ValueError, OSError) as error:
            self.sheets, notes = {}, []
            self.sheet.value = status_html(strings.DASHBOARD_RUNSHEET_FAILED.format(reason=error), error=True)
        self.notes_box = widgets.HTML(f"<h3>{escape(strings.RUNSHEET_NOTES_TITLE)}</h3>{notes_html(notes)}")
        self.notes = notes
        super().__init__(children=[self.choice, self.sheet, self.notes_box])
        self.add_class("mcc-runsheets")
        self.add_class(DASHBOARD_CLASS)
        self.choice.observe(lambda _change: self.show(), names="value")
        self.show()

    def show(self) -> None:
        from .runsheets import runsheet_html, runsheet_table_html

        sheet = self.sheets.get(self.choice.value)
        if sheet is None:
            return
        printable = runsheet_html(sheet, self.notes).encode("utf-8")
        link = download_link(printable, f"run-sheet-{sheet.minutes}.html", "text/html",
                             strings.DASHBOARD_RUNSHEET_PRINT)
        self.sheet.value = runsheet_table_html(sheet) + f"<p>{link}</p>"


def class_dashboard(step) -> ClassDashboard:
    """The notebook's dashboard, kept by the step's session (re-running the cell replaces it)."""
    return step.keep("class dashboard", ClassDashboard())
