"""Time stamps of revisions: a hybrid logical clock, and which stamps are plausible.

A revision's ``saved_at`` is UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``. That text
sorts in time order, so SQLite can order by it directly. Two rules keep a
wrong clock (or a hostile import) from hiding what the learner saved last:

* A new save is stamped ``max(now, newest plausible stamp + 1 µs)``, so a
  clock that went back still stamps a later save later (:func:`next_stamp`).
* A stamp more than :data:`PLAUSIBLE_LEAD` after *now* is implausible; reads
  rank implausible stamps below every plausible one (:func:`rank`).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

PLAUSIBLE_LEAD = timedelta(days=1)
TICK = timedelta(microseconds=1)

STAMP_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z"
EXPORT_STAMP_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"
_STAMP = re.compile(STAMP_PATTERN)
_EXPORT_STAMP = re.compile(EXPORT_STAMP_PATTERN)


def now() -> datetime:
    """This computer's clock, in UTC (tests replace this to move the clock)."""
    return datetime.now(timezone.utc)


def stamp(moment: datetime) -> str:
    """``moment`` as a revision stamp."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def export_stamp(moment: datetime) -> str:
    """``moment`` rounded *up* to the second, as an export's ``exported_at``."""
    moment = moment.astimezone(timezone.utc)
    if moment.microsecond:
        moment = moment.replace(microsecond=0) + timedelta(seconds=1)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str) -> datetime | None:
    """The moment a revision stamp names, or None if it is malformed or not a real time."""
    if not isinstance(text, str) or not _STAMP.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)
    except ValueError:  # e.g. month 13 or hour 99
        return None


def parse_export_stamp(text: str) -> datetime | None:
    """The moment an export's ``exported_at`` names, or None if it is not a real time."""
    if not isinstance(text, str) or not _EXPORT_STAMP.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def horizon(at: datetime | None = None) -> str:
    """The latest plausible stamp right now: stamps after it rank below all others."""
    return stamp((at or now()) + PLAUSIBLE_LEAD)


def is_plausible(saved_at: str, latest_plausible: str) -> bool:
    return saved_at <= latest_plausible


def rank(saved_at: str, latest_plausible: str) -> tuple[bool, str]:
    """Sort key, oldest first: implausible stamps before (below) every plausible one."""
    return saved_at <= latest_plausible, saved_at


def next_stamp(newest_plausible: str | None) -> str:
    """The stamp for a new save: now, or just after the newest plausible stamp if that is later."""
    current = now()
    newest = parse_stamp(newest_plausible) if newest_plausible else None
    if newest is not None and newest >= current:
        current = newest + TICK
    return stamp(current)
