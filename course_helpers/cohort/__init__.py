"""The facilitator's side: share files, collecting them, small groups suppressed, the class in figures.

Data flows one way: a learner's journal becomes a share file (:mod:`.share`)
by consent; share files are collected (:mod:`.collect`) into a class table
(:mod:`.table`); the table is aggregated per prompt kind (:mod:`.aggregate`)
with small groups suppressed (:mod:`.suppress`); aggregates become dashboard
panels (:mod:`.dashboard`) and exports (:mod:`.export`). Run sheets for a
seminar are in :mod:`.runsheets`, a simulated class in :mod:`.simulate`.
"""
from .aggregate import ClassAggregates, aggregate
from .collect import Collection, ImportSummary, collect
from .schema import FORMAT, SCHEMA_VERSION, ShareFileError, share_schema
from .share import SharePreview, ShareError, prepare_share
from .sources import Limits
from .suppress import MIN_GROUP

__all__ = ["FORMAT", "MIN_GROUP", "SCHEMA_VERSION", "ClassAggregates", "Collection", "ImportSummary", "Limits",
           "ShareError", "ShareFileError", "SharePreview", "aggregate", "collect", "prepare_share", "share_schema"]
