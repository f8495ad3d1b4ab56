"""On a hub with a class folder: save the file notebook 09's share panel previews, instead of downloading it.

:func:`course_helpers.share_views.share_with_my_class` puts this widget at the
end of the panel, under the download link, when ``COURSE_SHARE_DIR`` names a
class folder, and leaves it out otherwise; the panel closes it with itself.
The button works only while the panel shows a preview (its download link is
there), and it saves that preview's exact bytes with
:func:`.classfolder.save_to_class_folder`: what reaches the facilitator is
what the learner saw. Whatever takes the panel's preview away (a new code, a
tick, a changed answer) disables the button again.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as widgets

from .. import strings
from ..disposal import QuietDisposal
from ..text import escape, status_html
from .classfolder import save_to_class_folder
from .share import ShareError
from .suppress import MIN_GROUP

if TYPE_CHECKING:
    from ..share_views import SharePanel


class ClassFolderSave(QuietDisposal, widgets.VBox):
    """A button under the share panel that saves its previewed file into the class folder, and one sentence."""

    def __init__(self, panel: "SharePanel", folder: Path):
        self.panel = panel
        self.folder = folder
        self.button = widgets.Button(description=strings.CLASS_FOLDER_SAVE_BUTTON, icon="folder",
                                     disabled=not panel.download.value, layout=widgets.Layout(width="auto"))
        self.status = widgets.HTML()
        super().__init__(children=[widgets.HTML(f"<p>{escape(strings.CLASS_FOLDER_SAVE_HOW)}</p>"),
                                   self.button, self.status])
        self.add_class("course-share-class-folder")
        self.button.on_click(lambda _button: self.save())
        panel.download.observe(self._follow_preview, names="value")

    def _follow_preview(self, change: dict) -> None:
        self.button.disabled = not change["new"]
        if not change["new"]:
            self.status.value = ""  # a sentence about an earlier file must not stand beside a new preview

    def save(self) -> None:
        """Save the previewed file (those exact bytes) as ``<user>.json``, replacing this learner's earlier one."""
        preview = self.panel.preview
        if preview is None or not self.panel.download.value:
            self.status.value = status_html(strings.CLASS_FOLDER_SAVE_PREVIEW_FIRST, error=True)
            return
        try:
            saved = save_to_class_folder(preview, self.folder)
        except ShareError as error:
            self.status.value = status_html(str(error), error=True)
            return
        self.status.value = status_html(strings.CLASS_FOLDER_SAVED.format(name=saved.name, k=MIN_GROUP))

    def close(self) -> None:
        self.panel.download.unobserve(self._follow_preview, names="value")
        super().close()

