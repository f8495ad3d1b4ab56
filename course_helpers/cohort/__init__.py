"""The facilitator's side: share files, collecting them, small groups suppressed, the class in figures.

Data flows one way: a learner's journal becomes a share file (:mod:`.share`)
by consent; share files are collected (:mod:`.collect`) into a class table
(:mod:`.table`); the table is aggregated per prompt kind (:mod:`.aggregate`)
with small groups suppressed (:mod:`.suppress`); aggregates become dashboard
panels (:mod:`.dashboard`) and exports (:mod:`.export`). Run sheets for a
seminar are in :mod:`.runsheets`, a simulated class in :mod:`.simulate`.
The widgets: the learner's "save into the class folder" (under notebook 09's
share panel) in :mod:`.share_view`, the
facilitator's dashboard in :mod:`.views`, the hub's class folder in
:mod:`.classfolder`.
"""
from __future__ import annotations

from ..lazy import lazy_names
from .aggregate import ClassAggregates, aggregate
from .collect import Collection, ImportSummary, collect
from .schema import FORMAT, SCHEMA_VERSION, ShareFileError, share_schema
from .share import SharePreview, ShareError, prepare_share
from .sources import Limits
from .suppress import MIN_GROUP

# Names from modules that load matplotlib or pandas: imported on first use (PEP 562), so that the
# learner's share panel and the command line stay quick.
_LAZY = {"Panel": "dashboard", "build_panels": "dashboard", "learners_line": "dashboard", "panels_for": "dashboard",
         "csv_bytes": "export", "csv_text": "export", "panel_html": "export", "report_html": "export",
         "load_runsheets": "runsheets", "load_notes": "runsheets", "runsheet_html": "runsheets",
         "runsheet_markdown": "runsheets", "SimulatedClass": "simulate"}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


__all__ = ["FORMAT", "MIN_GROUP", "SCHEMA_VERSION", "ClassAggregates", "Collection", "ImportSummary", "Limits",
           "ShareError", "ShareFileError", "SharePreview", "aggregate", "collect", "prepare_share", "share_schema",
           *_LAZY]
