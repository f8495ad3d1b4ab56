"""Notebook 09's "share with my class": the learner chooses, sees the exact file, then downloads it.

The panel holds a class-code box, one "include my written answers" tick box
per learner step, a Preview button, the preview and the download link. The
file is made by :func:`course_helpers.cohort.prepare_share`; the link is a
``data:`` URL of the very bytes the preview shows, built in memory. Any
change after a preview (the code, a tick, an answer saved, imported or
erased) takes the preview and its link away again, so nothing can be
downloaded that the learner has not seen.

On a hub that gives the class a folder (``COURSE_SHARE_DIR``), the panel
ends with a second way out: a button that saves the previewed file there
(:class:`course_helpers.cohort.share_view.ClassFolderSave`). Without one the
panel is exactly as above; notebook 09's cell is the same either way.

Neither the class code nor the ticks are kept in the journal: the code is
not an answer (it would land in the portfolio and the review), and consent
to share written answers is given afresh each time, so after a restart
nothing is ticked.
"""
from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Sequence

import ipywidgets as widgets

from . import strings
from .cohort import classfolder
from .cohort.columns import share_policy
from .cohort.share import SharePreview, ShareError, prepare_share
from .cohort.share_view import ClassFolderSave
from .course import LEARNER_STEPS, Step
from .disposal import QuietDisposal
from .journal import Journal, JournalError
from .panels import JournalView, file_size
from .portfolio.words import is_blank
from .signals import Change
from .text import escape, status_html

if TYPE_CHECKING:
    from .session import StepSession

CODE_STYLE = {"description_width": "initial"}


def written_counts(values: dict[tuple[str, str], Any], steps: Sequence[Step] = LEARNER_STEPS) -> dict[str, int]:
    """For each step, how many of its written answers (shared only when ticked) hold some text."""
    return {step.id: sum(1 for p in step.prompts if share_policy(p.kind) == "written"
                         and isinstance(values.get((step.id, p.id)), str)
                         and not is_blank(values.get((step.id, p.id))))
            for step in steps}


def download_html(preview: SharePreview) -> str:
    """A link that saves exactly ``preview.data``, as a ``data:`` URL built in memory (name and text escaped)."""
    encoded = base64.b64encode(preview.data).decode("ascii")
    return (f'<p class="course-share-download"><a download="{escape(preview.filename)}" '
            f'href="data:application/json;base64,{encoded}">{escape(strings.SP_DOWNLOAD)}</a> '
            f"({escape(preview.filename)}, {escape(file_size(len(preview.data)))})</p>")


class SharePanel(QuietDisposal, widgets.VBox, JournalView):
    """Class code, tick boxes, Preview, then the exact file and its download link.

    With a ``class_folder``, a button under the link saves that same file there (``self.class_folder_save``).
    """

    def __init__(self, journal: Journal, steps: Sequence[Step] = LEARNER_STEPS, *,
                 class_folder: Path | None = None):
        self.all_steps = tuple(steps)  # structured answers come from every step
        self.steps = tuple(s for s in steps if any(share_policy(p.kind) == "written" for p in s.prompts))
        self.code = widgets.Text(description=strings.SP_CODE_LABEL, placeholder=strings.SP_CODE_PLACEHOLDER,
                                 style=CODE_STYLE, layout=widgets.Layout(width="28em"))
        self.ticks = {step.id: widgets.Checkbox(value=False, description=step.label, indent=False,
                                                layout=widgets.Layout(width="auto")) for step in self.steps}
        self.preview_button = widgets.Button(description=strings.SP_PREVIEW_BUTTON, icon="eye",
                                             button_style="primary", layout=widgets.Layout(width="auto"))
        self.message = widgets.HTML(f"<p>{escape(strings.SP_PREVIEW_HELP)}</p>")
        self.shown = widgets.HTML()
        self.download = widgets.HTML()
        self.preview: SharePreview | None = None
        self.class_folder_save = ClassFolderSave(self, class_folder) if class_folder is not None else None
        super().__init__(children=[
            widgets.HTML(f"<p><strong>{escape(strings.SP_HEADING)}</strong></p><p>{escape(strings.SP_INTRO)}</p>"),
            self.code, widgets.HTML(f"<p>{escape(strings.SP_TICKS_HEADING)}</p>"), *self.ticks.values(),
            self.preview_button, self.message, self.shown, self.download,
            *([self.class_folder_save] if self.class_folder_save is not None else [])])
        self.preview_button.on_click(lambda _button: self.make_preview())
        self.code.observe(self._on_choice_change, names="value")
        for tick in self.ticks.values():
            tick.observe(self._on_choice_change, names="value")
        self._follow(journal)
        self._count_written()

    # --- what the learner chose ------------------------------------------------------------
    def ticked(self) -> list[str]:
        return [step_id for step_id, tick in self.ticks.items() if tick.value]

    def make_preview(self) -> SharePreview | None:
        """Build the file for the code and ticks now, show it whole, and offer exactly it for download."""
        self._forget_preview()
        if not self.code.value.strip():
            self.message.value = status_html(strings.SP_NEED_CODE, error=True)
            return None
        try:
            preview = prepare_share(self.journal, self.code.value, reflections=self.ticked(),
                                    steps=self.all_steps)
        except (ShareError, JournalError) as error:
            self.message.value = status_html(str(error), error=True)
            return None
        self.preview = preview
        self.message.value = ""
        self.shown.value = f'<div class="course-share-preview">{preview.html()}</div>'
        self.download.value = download_html(preview)
        return preview

    # --- anything that changes the file takes the old preview away --------------------------------
    def _forget_preview(self) -> bool:
        had = self.preview is not None
        self.preview = None
        self.shown.value = ""
        self.download.value = ""
        return had

    def _on_choice_change(self, _change: dict) -> None:
        if self._forget_preview():
            self.message.value = status_html(strings.SP_CHANGED)

    def _on_change(self, change: Change) -> None:
        if change.kind == "erase":  # erased answers must not linger in a preview, not even for a moment
            self._forget_preview()
        super()._on_change(change)

    def refresh(self) -> None:
        """After a save, import or erase: the preview no longer matches the answers; the counts are redone."""
        if self._forget_preview():
            self.message.value = status_html(strings.SP_ANSWERS_CHANGED)
        self._count_written()

    def _count_written(self) -> None:
        try:
            counts = written_counts(self.journal.latest_values(), self.steps)
        except JournalError:
            counts = {}
        for step in self.steps:
            count = counts.get(step.id)
            label = step.label if count is None else strings.SP_TICK.format(label=step.label, count=count)
            self.ticks[step.id].description = label

    def close(self) -> None:
        self._unfollow()
        if self.class_folder_save is not None:
            self.class_folder_save.close()  # it follows this panel's link: a closed panel takes it along
        super().close()

    def __repr__(self) -> str:
        return "SharePanel()"


def share_with_my_class(step: "StepSession", environ: Mapping[str, str] | None = None) -> SharePanel:
    """Notebook 09: the share panel, with "save into the class folder" when the hub sets ``COURSE_SHARE_DIR``.

    Running the cell again replaces the panel (and its button) and closes the earlier ones.
    """
    return step.keep("share_panel", SharePanel(step.journal, class_folder=classfolder.class_folder(environ)))
