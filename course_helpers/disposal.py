"""Closing a widget quietly when the garbage collector disposes of it.

ipywidgets closes a widget in ``__del__``. Our widgets do more when they are
closed on purpose (save a pending answer, stop following the journal), and
that takes locks. The collector may run at any allocation, even while this
same thread holds one of those locks, so work done from ``__del__`` could
deadlock. Disposal therefore only closes the widget's channel: a widget with
a save still waiting is not garbage (its timer holds it), and the change
signals drop dead listeners by themselves.
"""
from __future__ import annotations

import ipywidgets as widgets


class QuietDisposal:
    """Mix in before the ipywidgets base class: ``class View(QuietDisposal, widgets.VBox)``."""

    def __del__(self) -> None:
        widgets.Widget.close(self)  # type: ignore[arg-type]
