"""Every CSS selector and page text the browser tests rely on, in one place.

When JupyterLab, ipywidgets or Voila change their markup, this is the only
file to update (scripts.py builds its JavaScript from these names).
"""
from __future__ import annotations

import re

# --- JupyterLab ----------------------------------------------------------------------------
CELL_CLASS = "jp-Cell"
MARKDOWN_CELL_CLASS = "jp-MarkdownCell"
CELL = ".jp-Notebook .jp-Cell"
CODE_CELL = ".jp-Notebook .jp-CodeCell"
INPUT_PROMPT = ".jp-InputPrompt"  # "[ ]:", "[*]:", "[3]:"
MENU_BAR_ITEM = ".lm-MenuBar-itemLabel"  # filtered by its exact text: "Run", "Kernel"
MENU_ITEM = "li.lm-Menu-item[data-command='{command}']"
RUN_ALL = "runmenu:run-all"
RESTART_RUN_ALL = "runmenu:restart-and-run-all"  # in the Kernel menu
DIALOG = ".jp-Dialog"
DIALOG_ACCEPT = ".jp-Dialog .jp-Dialog-button.jp-mod-accept"
# Text in a cell that is not a figure's description: code, prompts, toolbars.
NOT_DESCRIPTION = (".jp-InputArea, .jp-InputPrompt, .jp-OutputPrompt, .jp-cell-toolbar, .jp-Toolbar, "
                   ".jp-collapseHeadingButton")

# --- outputs (JupyterLab and Voila share the output area markup) ---------------------------
OUTPUT = ".jp-OutputArea-output"  # the widget renderer is the only one without data-mime-type
STDERR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
TEXT_OUTPUT = ".jp-OutputArea-output[data-mime-type='text/plain']"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
FIGURE = ".jp-OutputArea-output img"
HIDDEN_CLASS = "lm-mod-hidden"

# --- ipywidgets 8 -------------------------------------------------------------------------
LUMINO_WIDGET_CLASS = "lm-Widget"
WIDGET_VIEW_CLASS = "jupyter-widgets"  # most views; others only have a widget-* class
WIDGET_CLASS_PREFIX = "widget-"
WIDGET_ERROR_VIEW = ".jupyter-widgets-error-widget"  # shows its message once clicked
WIDGET_ERROR_PREAMBLE = re.compile(r"^\[Open Browser Console[^\]]*\]\s*")
WIDGET_LOADING_TEXT = "Loading widget..."
WIDGET_ERROR_TEXTS = ("Error displaying widget", "Failed to load model", "Failed to load view",
                      "Failed to create view", "Could not instantiate widget", "Could not create model")
LABEL = ".widget-label"
TEXTAREA = ".widget-textarea textarea"
TEXT_INPUT = ".widget-text input"
TOGGLE_BUTTONS = ".widget-toggle-buttons"
TOGGLE_BUTTON = ".widget-toggle-buttons button.widget-toggle-button"
TOGGLE_BUTTON_PRESSED = ".widget-toggle-buttons button.widget-toggle-button.mod-active"
BUTTON_IN_ROW = "button.widget-toggle-button"  # inside one .widget-toggle-buttons row
PRESSED_IN_ROW = "button.widget-toggle-button.mod-active"
HTML_WIDGET = ".widget-html"
HTML_CONTENT = ".widget-html-content"
UPLOAD_BUTTON = "button.widget-upload"  # its <input type=file> is never in the DOM: use the file chooser
LINK_DOWNLOAD = "a[download][href^='data:application/json;base64,']"

# --- course_helpers (an Answer is a VBox: its controls, then a status HTML widget) ---------
ANSWER_BOX = ".widget-vbox"
SAVED = re.compile(r"^saved \d\d:\d\d:\d\d$")  # strings.SAVED_AT
ALERT = ".jp-OutputArea-output [role='alert']"  # text.status_html(error=True): not saved, refused...
PROGRESS_TABLE = "table.course-progress"
PROGRESS_ROW = "table.course-progress tbody tr"

# A widget shown as its text repr (no widget manager, or the view never came):
# "Reflection(step='00', prompt='hopes')", "PlacementMap()", "VBox(children=(...))".
WIDGET_REPR = re.compile(r"^[A-Z][A-Za-z]*\((?:\)$|step=|children=|value=|layout=|description=|options=|"
                         r"model_id=|_dom_classes=)")

# --- Voila (served by the lab server's voila extension) ------------------------------------
VOILA_RENDER_PATH = "/voila/render/{name}"
VOILA_LOADING = "#loading"  # "Executing n of m": removed once every cell has run

CHECKBOX = ".widget-checkbox input[type='checkbox']"

# How each kind of prompt (course.Prompt.kind) shows up in the page: (selector, how many) pairs.
_FIELD_CONTROL = {"text": TEXTAREA, "choice": TOGGLE_BUTTONS, "line": TEXT_INPUT, "number": TEXT_INPUT}


def controls_for(prompt) -> list[tuple[str, int]]:
    """The controls a prompt's widget must render, by the prompt's kind and shape."""
    kind = prompt.kind
    if kind in ("rating", "choice"):
        return [(TOGGLE_BUTTONS, 1)]
    if kind == "placement":
        return [(TOGGLE_BUTTONS, 2)]
    if kind == "reflection":
        return [(TEXTAREA, 1)]
    if kind == "line":
        return [(TEXT_INPUT, 1)]
    if kind == "grid":
        return [(TOGGLE_BUTTONS, len(prompt.items) * len(prompt.columns))]
    if kind == "ranking":
        return [(TOGGLE_BUTTONS, len(prompt.items))]
    if kind == "picks":
        return [(CHECKBOX, len(prompt.items))]
    if kind in ("form", "records"):
        return [(_FIELD_CONTROL[field.kind], 1) for field in prompt.fields]
    if kind == "links":
        return [(TOGGLE_BUTTONS, 2 * len(prompt.items))]
    if kind == "credential":  # 07's audit form: one control per field, plus the box for other supervision words
        from course_helpers.widgets.credential import FIELD_CONTROLS

        shapes = list(FIELD_CONTROLS.values())
        return [(TEXT_INPUT, shapes.count("line") + shapes.count("number") + shapes.count("options")),
                (TEXTAREA, shapes.count("list") + shapes.count("text")),
                (TOGGLE_BUTTONS, shapes.count("level") + shapes.count("options"))]
    if kind in STEP_05_06_CONTROLS:
        return STEP_05_06_CONTROLS[kind](prompt)
    raise KeyError(f"tests/browser/selectors.py does not know how a {kind!r} prompt renders: add it to controls_for")

# --- JupyterHub (login page) ---------------------------------------------------------------
HUB_USERNAME = "#username_input"
HUB_PASSWORD = "#password_input"
HUB_LOGIN = "#login_submit"
NBGITPULLER_ERROR = "#container-error:not(.hidden)"  # nbgitpuller's status page when a pull failed

# --- the facilitator's dashboard (course_helpers/cohort/views.py) -------------------------
DASHBOARD = ".mcc-dashboard"
DASHBOARD_PROJECTOR = ".mcc-dashboard.mcc-projector"
DASHBOARD_COLLECT = ".mcc-dashboard .mcc-collect"
DASHBOARD_BOARD_TEXT = ".mcc-dashboard .mcc-board .widget-html-content"
DASHBOARD_FIGURE = ".mcc-dashboard .mcc-board figure"
DASHBOARD_CAPTION = ".mcc-dashboard .mcc-board figcaption"
DASHBOARD_REFLECTIONS = ".mcc-dashboard .mcc-board ul.reflections li"
DASHBOARD_SENDERS = ".mcc-dashboard table.mcc-senders tbody tr"
DASHBOARD_EXPORT_LINK = ".mcc-dashboard .mcc-exports a[download]"
MARKDOWN_TEXT = ".jp-RenderedMarkdown p"  # a paragraph of a notebook's own text (JupyterLab and Voila)
MARKDOWN_TITLE = ".jp-RenderedMarkdown h1"

# --- notebook 07 (course_helpers/credential_views.py, figures.py) ----------------------------
AUDIT_FINDINGS = ".course-audit-findings"
CREDENTIAL_DOWNLOADS = ".course-credential-downloads"
CREDENTIAL_JSON_LINK = ".course-credential-downloads a[download$='.json'][href^='data:application/json;base64,']"
CREDENTIAL_PAGE_LINK = ".course-credential-downloads a[download$='-summary.html'][href^='data:text/html']"
FIGURE_DESCRIPTION = ".course-figure-description"
# --- steps 03 and 04 -----------------------------------------------------------------------
# The text under a live figure (figures.LiveFigure) and a live panel (live_text.AnswerText).
LIVE_TEXT = ".course-live-text"
DISABLED_BUTTON_IN_ROW = "button.widget-toggle-button:disabled"


def button_titled(title: str, pressed: bool = False) -> str:
    """A toggle button by its tooltip (a grid cell: 'Employers, CPD award: no'; a link: 'A two-tier system: Cost and access')."""
    quoted = title.replace("\\", "\\\\").replace('"', '\\"')
    return f'{PRESSED_IN_ROW if pressed else BUTTON_IN_ROW}[title="{quoted}"]'
# --- notebooks 08 and 09 (context_views.py, closing_views.py, share_views.py) ------------------
CANVAS = ".course-canvas"
HOPES = ".course-hopes"
REVIEW = "table.course-review"
PORTFOLIO_LINKS = "ul.course-portfolio-links"
PORTFOLIO_HTML_LINK = "ul.course-portfolio-links a[download$='.html']"
SHARE_PREVIEW = ".course-share-preview"
SHARE_LINK = ".course-share-download a[download][href^='data:application/json;base64,']"
SHARE_CLASS_FOLDER = ".course-share-class-folder"  # "save into the class folder", on a hub that has one
RECORD_LISTING_TEXT = ".widget-html-content span"  # a record's summary in a Records listing
INLINE_FIELD = ".widget-inline-hbox"  # a Text or Textarea with its label
CHECKBOX_ROW = ".widget-checkbox"  # one tick box with its label

# --- steps 05 and 06 -----------------------------------------------------------------------
# (the figures' descriptions and the live panels: FIGURE_DESCRIPTION and LIVE_TEXT above)
# 05: a box by its label ("Content: Norvale University"); ipywidgets 8 puts the label's text in a titled span
CHECKBOX_TITLED = ".widget-checkbox label:has(> span[title=\"{title}\"]) > input[type='checkbox']"
ADD_MODULE = "button.widget-button[title^='Add ']"  # 05: a catalogue module's Add button
LABELLED_TEXT = ".widget-text:has(label:text-is(\"{label}\")) input"  # a text field by its label
STEP_05_06_CONTROLS = {
    "assignment": lambda prompt: [(CHECKBOX, _module_cells())],
    "pathway": lambda prompt: [(ADD_MODULE, _catalogue_size())],
    "choice_count": lambda prompt: [(TEXT_INPUT, 2)],
    "credentials": lambda prompt: [(_FIELD_CONTROL[field.kind], 1) for field in prompt.fields],
    "interfaces": lambda prompt: [(TOGGLE_BUTTONS, 3)],
}


def _module_cells() -> int:
    from course_helpers import unbundling

    return len(unbundling.PART_IDS) * len(unbundling.PROVIDER_IDS)


def _catalogue_size() -> int:
    from course_helpers import activity_data

    return len(activity_data.catalogue())
