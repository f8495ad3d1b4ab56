"""Notebook 09's review of the whole journal: every learner step, how much of it is answered, a link back.

Built from the same :class:`~course_helpers.portfolio.collect.Collected` as the
portfolio, so the review and the portfolio never disagree about what counts
as answered (an empty text, list or plan does not).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from .. import strings
from ..course import Step
from ..text import escape
from .collect import Collected

State = Literal["done", "started", "not started", "no prompts"]


@dataclass(frozen=True)
class ReviewRow:
    step: Step
    answered: int
    total: int

    @property
    def state(self) -> State:
        if self.total == 0:
            return "no prompts"
        if self.answered == self.total:
            return "done"
        return "started" if self.answered else "not started"

    @property
    def link(self) -> str | None:
        """The notebook, relative to notebooks/ where 09 lives; None while the step's notebook is planned."""
        return self.step.notebook if self.step.status == "ready" else None


def review_rows(collected: Collected) -> list[ReviewRow]:
    """One row per learner step, in course order."""
    return [ReviewRow(s.step, s.answered, s.total) for s in collected.sections]


def review_summary(rows: list[ReviewRow]) -> str:
    """One sentence: steps done, started and not started."""
    counts = {state: sum(row.state == state for row in rows) for state in ("done", "started", "not started")}
    return strings.RV_SUMMARY.format(done=counts["done"], started=counts["started"],
                                     untouched=counts["not started"])


def review_html(rows: list[ReviewRow]) -> str:
    """An accessible table of the review (every cell escaped), with its summary below."""
    headers = "".join(f'<th scope="col">{escape(h)}</th>' for h in strings.RV_HEADERS)
    body = []
    for row in rows:
        if row.link is not None:
            link = f'<a href="{escape(row.link)}">{escape(os.path.basename(row.link))}</a>'
        else:
            link = escape(strings.RV_PLANNED)
        body.append(f'<tr><th scope="row">{escape(row.step.id)}</th><td>{escape(row.step.title)}</td>'
                    f"<td>{escape(strings.PF_COUNT.format(answered=row.answered, total=row.total))}</td>"
                    f"<td>{escape(strings.RV_STATES[row.state])}</td><td>{link}</td></tr>")
    return (f'<table class="course-review"><caption>{escape(strings.RV_CAPTION)}</caption>'
            f"<thead><tr>{headers}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"<p>{escape(review_summary(rows))}</p>")
