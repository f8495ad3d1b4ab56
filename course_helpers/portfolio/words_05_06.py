"""The answers of steps 05 and 06 in words, for the portfolio.

* an unbundled module: one line per part, naming its provider(s);
* a pathway: the modules in order, with their titles;
* counting settings: the catalogue, the pathway length and the count;
* credentials: one line per credential, its name the learner's own text, with its id;
* interfaces: one line per link between two ids (one value cannot see the other
  prompt's names; the step's map, drawn for the portfolio, names them in full).

Registered with :func:`.words.register_renderer` when :mod:`.words` loads.
The data tables (parts, providers, catalogue) are read on first use.
"""
from __future__ import annotations

from typing import Any, Mapping

from .. import counting, ecology, strings, unbundling
from ..course import Prompt
from .words import Line, Piece, Shown, register_renderer


def _ours(text: str) -> Line:
    return (Piece(text),)


def _assignment(prompt: Prompt, value: Mapping[str, Any]) -> Shown:
    from .. import activity_data

    parts, providers = activity_data.module_parts(), activity_data.providers()
    assignment, _ = unbundling.normalise(value, parts, providers)
    return Shown(tuple(_ours(line) for line in unbundling.who_does_what(assignment, parts, providers)), listed=True)


def _pathway(prompt: Prompt, value: list[str]) -> Shown:
    from .. import activity_data

    catalogue = activity_data.catalogue()
    lines = []
    for position, module_id in enumerate(value, start=1):
        module = catalogue.get(module_id)
        if module is None:  # not ours: the id is shown as saved, as the learner's text
            lines.append((Piece(f"{position}. "), Piece(module_id, learner=True),
                          Piece(f" ({strings.PF_NOT_IN_CATALOGUE})")))
        else:
            lines.append(_ours(f"{position}. {module.label}, {module.ects:g} ECTS"))
    return Shown(tuple(lines) or (_ours(strings.PF_PATHWAY_EMPTY),), listed=True)


def _choice_count(prompt: Prompt, value: Mapping[str, int]) -> Shown:
    size, length = value["catalogue_size"], value["length"]
    count = counting.spoken(counting.count_pathways(size, length))
    return Shown((_ours(strings.PF_CHOICE_COUNT.format(size=size, length=length, count=count)),))


def _credentials(prompt: Prompt, value: list[Mapping[str, Any]]) -> Shown:
    credentials, _ = ecology.validate_credentials(value)
    lines = []
    for credential in credentials:
        level = strings.CREDENTIAL_LEVEL_UNKNOWN if credential.level is None else f"EQF {credential.level}"
        rest = strings.PF_CREDENTIAL.format(id=credential.id, size=f"{credential.size:g}", unit=credential.unit,
                                            level=level, kind=strings.KIND_WORDS[credential.kind], when=credential.when)
        lines.append((Piece(credential.name, learner=True), Piece(rest)))
    return Shown(tuple(lines) or (_ours(strings.PF_FIELD_EMPTY),), listed=True)


def _interfaces(prompt: Prompt, value: list[Mapping[str, str]]) -> Shown:
    """One line per link, naming its ends by the ids the credentials show ("r2"); the map names them in full."""
    lines = []
    for link in value:
        kind = strings.INTERFACE_WORDS.get(link["kind"], link["kind"])
        lines.append((Piece(link["from"], learner=True), Piece(f" {kind} "), Piece(link["to"], learner=True)))
    return Shown(tuple(lines) or (_ours(strings.PF_FIELD_EMPTY),), listed=True)


for _kind, _render in (("assignment", _assignment), ("pathway", _pathway), ("choice_count", _choice_count),
                       ("credentials", _credentials), ("interfaces", _interfaces)):
    register_renderer(_kind, _render)
