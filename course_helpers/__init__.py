"""Helpers for the micro-credentials course companion notebooks.

Notebooks start with ``step = open_step("NN")`` and ask it for widgets;
everything they show is built and tested here.

The names below are imported on first use (PEP 562): ``open_step`` brings
the widgets and the journal, which the command line and the facilitator's
import workers do not need.
"""
from __future__ import annotations

import importlib
from typing import Any

_LAZY = {"STEPS": "course", "prompt": "course", "step": "course", "Journal": "journal", "get_journal": "journal",
         "StepSession": "session", "open_step": "session"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["STEPS", "Journal", "StepSession", "get_journal", "open_step", "prompt", "step"]
__version__ = "0.1.0"
