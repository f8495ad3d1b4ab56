"""The learner's "share with my class": a class code, which steps' written answers to include, the file shown, then given.

    share = share_with_class(step)   # in notebook 09; keeps one widget per session

The learner types the class code and ticks the steps whose written answers
they want to share; "Show what the file would hold" builds the file
(:func:`.share.prepare_share`) and shows every answer in it, what is left out
and why, and the file's exact bytes. Only then do the download link and, on a
hub with a class folder, the "save" button appear, and both give exactly the
bytes on screen. Changing the code or a tick takes the file away again, so
nothing is ever given that the learner has not seen.

Controls are a text field, check boxes and buttons: Tab and Space are enough.
"""
from __future__ import annotations

import os
from typing import Any, Iterable, Mapping

import ipywidgets as widgets

from .. import strings
from ..course import LEARNER_STEPS, Step
from ..text import escape, status_html
from .classfolder import class_folder, save_to_class_folder
from .columns import share_policy
from .share import SharePreview, ShareError, prepare_share
from .suppress import MIN_GROUP
from .views import download_link

SHARE_MIME = "application/json"


def steps_with_written_answers(steps: Iterable[Step] = LEARNER_STEPS) -> list[Step]:
    """The steps that ask for written answers: the ones a learner may tick to share them."""
    return [step for step in steps if any(share_policy(p.kind) == "written" for p in step.prompts)]


class ShareWithClass(widgets.VBox):
    """Build a share file from the learner's journal, show it whole, then offer it (download, class folder)."""

    def __init__(self, journal: Any, environ: Mapping[str, str] | None = None,
                 steps: Iterable[Step] = LEARNER_STEPS):
        self.journal = journal
        self.steps = tuple(steps)
        self.folder = class_folder(os.environ if environ is None else environ)
        self.shown: SharePreview | None = None

        self.class_code = widgets.Text(description=strings.SHARE_VIEW_CLASS_CODE,
                                       placeholder=strings.SHARE_VIEW_CLASS_CODE_PLACEHOLDER,
                                       style={"description_width": "initial"},
                                       layout=widgets.Layout(width="min(100%, 32em)"))
        self.ticks = {step.id: widgets.Checkbox(value=False, indent=False, layout=widgets.Layout(width="auto"),
                                                description=strings.SHARE_VIEW_TICK.format(step=step.id,
                                                                                           title=step.title))
                      for step in steps_with_written_answers(self.steps)}
        self.show_button = _button(strings.SHARE_VIEW_SHOW, self.show)
        self.save_button = _button(strings.SHARE_VIEW_SAVE, self.save)
        self.preview = widgets.HTML()
        self.download = widgets.HTML()
        self.status = widgets.HTML()
        self.preview.add_class("mcc-share-preview")
        self.download.add_class("mcc-share-download")
        children: list[widgets.Widget] = [
            widgets.HTML(f"<h3>{escape(strings.SHARE_VIEW_HEADING)}</h3><p>{escape(strings.SHARE_VIEW_HOW)}</p>"),
            self.class_code]
        if self.ticks:
            children += [widgets.HTML(f"<p>{escape(strings.SHARE_VIEW_TICK_HEADING)}</p>"), *self.ticks.values()]
        children += [self.show_button, self.status, self.preview, self.download]
        if self.folder is not None:
            children.append(self.save_button)
        super().__init__(children=children)
        self.add_class("mcc-share")
        self.class_code.observe(lambda _change: self._forget_shown(), names="value")
        for tick in self.ticks.values():
            tick.observe(lambda _change: self._forget_shown(), names="value")
        self._forget_shown(quietly=True)

    @property
    def ticked(self) -> list[str]:
        return [step_id for step_id, tick in self.ticks.items() if tick.value]

    def show(self) -> None:
        """Build the file from the journal's latest answers and show all of it; then offer it."""
        code = self.class_code.value.strip()
        if not code:
            self._forget_shown(quietly=True)
            self._say(strings.SHARE_VIEW_NO_CODE, error=True)
            return
        try:
            shown = prepare_share(self.journal, code, self.ticked, steps=self.steps)
        except ShareError as error:
            self._forget_shown(quietly=True)
            self._say(str(error), error=True)
            return
        self.shown = shown
        self.preview.value = shown.html()
        self.download.value = download_link(shown.data, shown.filename, SHARE_MIME, strings.SHARE_VIEW_DOWNLOAD)
        self.save_button.disabled = False
        self._say(strings.SHARE_VIEW_SHOWN if self.folder is not None else strings.SHARE_VIEW_SHOWN_NO_FOLDER)

    def save(self) -> None:
        """Save the file on screen (those exact bytes) into the hub's class folder."""
        if self.shown is None:
            self._say(strings.SHARE_VIEW_CHANGED, error=True)
            return
        try:
            saved = save_to_class_folder(self.shown, self.folder)
        except ShareError as error:
            self._say(str(error), error=True)
            return
        self._say(strings.CLASS_FOLDER_SAVED.format(name=saved.name, k=MIN_GROUP))

    def _forget_shown(self, quietly: bool = False) -> None:
        had_one = self.shown is not None
        self.shown = None
        self.preview.value = ""
        self.download.value = ""
        self.save_button.disabled = True
        if had_one and not quietly:
            self._say(strings.SHARE_VIEW_CHANGED)

    def _say(self, message: str, error: bool = False) -> None:
        self.status.value = status_html(message, error=error)


def _button(text: str, action) -> widgets.Button:
    button = widgets.Button(description=text, layout=widgets.Layout(width="auto"))
    button.on_click(lambda _button: action())
    return button


def share_with_class(step) -> ShareWithClass:
    """The notebook's share widget over the step's journal (re-running the cell replaces it)."""
    return step.keep("share with class", ShareWithClass(step.journal))
