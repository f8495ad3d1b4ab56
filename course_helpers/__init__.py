"""Helpers for the micro-credentials course companion notebooks.

Notebooks start with ``step = open_step("NN")`` and ask it for widgets;
everything they show is built and tested here.
"""
from .course import STEPS, prompt, step
from .journal import Journal, get_journal
from .session import StepSession, open_step

__all__ = ["STEPS", "Journal", "StepSession", "get_journal", "open_step", "prompt", "step"]
__version__ = "0.1.0"
