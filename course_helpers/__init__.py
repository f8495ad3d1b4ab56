"""Helpers for the micro-credentials course companion notebooks.

Notebooks start with ``step = open_step("NN")`` and ask it for widgets;
everything they show is built and tested here.

The names below are imported on first use (PEP 562): ``open_step`` brings
the widgets and the journal, which the command line and the facilitator's
import workers do not need.
"""
from __future__ import annotations

from .lazy import lazy_names

_MODULE_OF = {"STEPS": "course", "prompt": "course", "step": "course", "Journal": "journal", "get_journal": "journal",
              "StepSession": "session", "open_step": "session"}
__getattr__, __dir__ = lazy_names(__name__, _MODULE_OF, globals())
__all__ = ["STEPS", "Journal", "StepSession", "get_journal", "open_step", "prompt", "step"]
__version__ = "0.1.0"
