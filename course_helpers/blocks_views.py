"""The learner's ranking of the blocks on the road beside the survey shares, drawn live (notebook 07).

:class:`BlocksChart` follows the step's ``block_ranking`` answer through
re-run cells, imports and erasures (see :class:`course_helpers.figures.AnswerFigure`)
and shows :func:`course_helpers.plots.blocks_ranking` with its full text
description: every rank, every share, who answered and each caveat. A stored
ranking it cannot fully use is read as far as it can be
(:func:`course_helpers.blocks.clean_ranking`), never raised.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from . import plots, strings
from .blocks import Block, Share, clean_ranking, compare, load_blocks, load_shares
from .figures import FigureOnceAnswered

if TYPE_CHECKING:
    from .session import StepSession

PROMPT_ID = "block_ranking"


class BlocksChart(FigureOnceAnswered):
    """The blocks in the learner's order, each with the survey shares that concern it (from the first rank on:
    the shares alone are in the table above)."""

    prompt_ids = (PROMPT_ID,)
    placeholder = strings.BLOCKS_PLACEHOLDER

    def has_answers(self) -> bool:
        return bool(self.value(PROMPT_ID))

    def __init__(self, session: "StepSession"):
        self.blocks: tuple[Block, ...] = load_blocks()
        self.shares: tuple[Share, ...] = load_shares()
        super().__init__(session)

    def ranking(self) -> list[str]:
        """The usable part of the learner's ranking, most important first."""
        kept, _dropped = clean_ranking(self.value(PROMPT_ID), [block.id for block in self.blocks])
        return kept

    def _draw(self) -> tuple[Figure, str]:
        return plots.blocks_ranking(compare(self.ranking(), self.blocks, self.shares))


def blocks_chart(step: "StepSession") -> BlocksChart:
    """Notebook 07: the live chart of the block_ranking answer beside the survey shares."""
    return step.keep("blocks_chart", BlocksChart(step))
