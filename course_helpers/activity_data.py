"""The data of the 05 and 06 activities, read once and turned into the pure modules' types.

The reasoning modules (:mod:`.unbundling`, :mod:`.pathways`, :mod:`.ecology`)
do no I/O; the widgets and live views of notebooks 05 and 06 get their parts,
providers, catalogue, awards, credential types and definitions from here.
Each is built from ``data/*.csv`` on first use and kept for the kernel's life
(:func:`course_helpers.data.load` validates the files).
"""
from __future__ import annotations

import functools

from . import data, ecology, pathways, unbundling


def rows(table: str) -> list[dict]:
    """A data table as a list of row dicts."""
    return data.load(table).to_dict("records")


@functools.cache
def module_parts() -> tuple[unbundling.Part, ...]:
    """The five parts of the module taken apart in 05, in file order."""
    return unbundling.parts_from_rows(rows("module_parts"))


@functools.cache
def providers() -> dict[str, unbundling.Provider]:
    """The four fictional providers of 05 by id."""
    return unbundling.providers_from_rows(rows("providers"))


@functools.cache
def need_rules() -> tuple[unbundling.NeedRule, ...]:
    """What each arrangement needs (``arrangement_needs.csv``)."""
    return unbundling.need_rules_from_rows(rows("arrangement_needs"))


@functools.cache
def catalogue() -> dict[str, pathways.Module]:
    """The fictional catalogue of micro-credentials by id, in file order."""
    return pathways.modules_from_rows(rows("microcredential_catalogue"), rows("providers"))


@functools.cache
def awards() -> dict[str, pathways.Award]:
    """The awards a pathway can lead to, by id."""
    return pathways.awards_from_rows(rows("awards"))


@functools.cache
def reference_types() -> tuple[ecology.ReferenceType, ...]:
    """The reference credential types on 06's map."""
    return tuple(ecology.reference_types_from_rows(rows("credential_types")))


@functools.cache
def definitions() -> tuple[ecology.Definition, ...]:
    """How frameworks size a micro-credential, on 06's map."""
    return tuple(ecology.definitions_from_rows(rows("microcredential_definitions")))
