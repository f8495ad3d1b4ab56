"""The blocks on the road: a learner's ranking beside what surveys reported.

A ranking is a list of block ids, most important first, each at most once;
a partial ranking (some blocks left out) is fine. :func:`ranking_problem` is
the strict check for a stored ranking (``kinds.py``); :func:`clean_ranking`
reads any stored value without raising. :func:`compare` puts each block's
rank beside the survey shares that concern it, and :func:`describe_comparison`
says it in sentences, with each survey's caveat: the surveys asked different
people different questions in different years, so their shares are shown
side by side, never added up or turned into a ranking of their own.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from . import strings
from .credentials import describe
from .vocabulary import BLOCK_IDS


@dataclass(frozen=True)
class Block:
    """One block on the road (``data/implementation_blocks.csv``)."""

    id: str
    name: str
    description: str
    source: str
    verification: str


@dataclass(frozen=True)
class Share:
    """One survey figure: the percentage of respondents who named a block (``data/block_shares.csv``)."""

    id: str
    blocks: tuple[str, ...]
    figure: str
    percent: float
    year: int | None
    survey: str
    respondents: str
    caveat: str
    source: str
    verification: str

    @property
    def label(self) -> str:
        """'HolonIQ Global Panel, 2021' (or without the year when it is unknown)."""
        return self.survey if self.year is None else f"{self.survey}, {self.year}"


@dataclass(frozen=True)
class BlockComparison:
    """A block, the learner's rank for it (None when not ranked) and the shares that concern it."""

    block: Block
    rank: int | None
    shares: tuple[Share, ...]


def load_blocks(data_dir: Path | None = None) -> tuple[Block, ...]:
    """The blocks in file order."""
    from . import data  # here, so that checking a stored ranking (kinds.py) never loads pandas

    table = data.load("implementation_blocks", data_dir)
    return tuple(Block(r["id"], r["block"], r["description"], r["source"], r["verification"])
                 for r in table.to_dict("records"))


def load_shares(data_dir: Path | None = None) -> tuple[Share, ...]:
    """The survey shares in file order."""
    import pandas as pd

    from . import data

    table = data.load("block_shares", data_dir)
    return tuple(Share(r["id"], tuple(r["blocks"].split(data.LIST_SEPARATOR)), r["figure"], float(r["percent"]),
                       None if pd.isna(r["year"]) else int(r["year"]), r["survey"], r["respondents"], r["caveat"],
                       r["source"], r["verification"]) for r in table.to_dict("records"))


def ranking_problem(value: Any, known: Sequence[str] = BLOCK_IDS) -> str | None:
    """Why ``value`` is not a ranking of ``known`` ids (one sentence), or None when it is."""
    if not isinstance(value, list):
        return strings.RANKING_NOT_A_LIST.format(value=describe(value))
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, str) or item not in known:
            return strings.RANKING_UNKNOWN.format(value=describe(item), known=", ".join(known))
        if item in seen:
            return strings.RANKING_REPEATED.format(value=item)
        seen.add(item)
    return None


def clean_ranking(value: Any, known: Sequence[str] = BLOCK_IDS) -> tuple[list[str], list[str]]:
    """The usable part of a stored ranking, and sentences for what was dropped; never raises."""
    if value is None:
        return [], []
    if not isinstance(value, (list, tuple)):
        return [], [strings.RANKING_NOT_A_LIST.format(value=describe(value))]
    kept: list[str] = []
    dropped: list[str] = []
    for item in value:
        if isinstance(item, str) and item in known and item not in kept:
            kept.append(item)
        else:
            dropped.append(describe(item))
    problems = [strings.RANKING_DROPPED.format(items=", ".join(dropped[:5]) + (" …" if len(dropped) > 5 else ""))] \
        if dropped else []
    return kept, problems


def compare(ranking: Sequence[str], blocks: Sequence[Block], shares: Sequence[Share]) -> tuple[BlockComparison, ...]:
    """Each block with its rank and shares: ranked blocks first, in the learner's order, then the rest."""
    ranks = {block_id: n for n, block_id in enumerate(ranking, 1)}
    by_id = {block.id: block for block in blocks}
    ordered = [by_id[i] for i in ranking if i in by_id] + [b for b in blocks if b.id not in ranks]
    return tuple(BlockComparison(block, ranks.get(block.id), tuple(s for s in shares if block.id in s.blocks))
                 for block in ordered)


def describe_comparison(comparisons: Sequence[BlockComparison]) -> list[str]:
    """One sentence per block: its rank and each share that concerns it, with who answered and the caveat."""
    lines = []
    for item in comparisons:
        rank = (strings.RANKING_RANK.format(rank=item.rank) if item.rank is not None
                else strings.RANKING_NOT_RANKED)
        parts = [strings.RANKING_LINE.format(block=item.block.name, rank=rank)]
        if not item.shares:
            parts.append(strings.RANKING_NO_SHARE)
        for share in item.shares:
            together = ""
            if len(share.blocks) > 1:
                others = [b for b in share.blocks if b != item.block.id]
                together = strings.RANKING_TOGETHER.format(others=", ".join(o.replace("_", " ") for o in others))
            parts.append(strings.RANKING_SHARE.format(
                percent=f"{share.percent:g}", figure=share.figure, label=share.label, together=together,
                respondents=share.respondents, caveat=share.caveat))
        lines.append(" ".join(parts))
    return lines

