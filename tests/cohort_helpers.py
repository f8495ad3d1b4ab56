"""Shared pieces for the cohort tests: a valid share document and writing it out, and a simulated
class of 30 whose reflections include text a spreadsheet would take for a formula."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, NamedTuple

from course_helpers.cohort import Collection, aggregate, prepare_share
from course_helpers.cohort.export import csv_bytes
from course_helpers.cohort.simulate import SimulatedClass, fill_journal
from course_helpers.journal import Journal

LEARNER = "0123456789abcdef0123456789abcdef"


def share_document(**changes: Any) -> dict:
    """A small valid share file's document; keyword arguments replace top-level fields."""
    document = {
        "format": "mc-course-share",
        "schema_version": 1,
        "class_code": "SEM-A",
        "learner": LEARNER,
        "created_at": "2026-11-30T10:00:00Z",
        "shared_reflections": ["01"],
        "answers": {
            "00": {"familiarity": 4},
            "01": {"place_today": {"x": -3, "y": 2}, "why_there": "Because the state leads here."},
            "02": {"likelihood_C1": 2, "desirability_C1": 5, "nearest_C1": "H4"},
        },
    }
    document.update(changes)
    return document


def encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=True).encode("ascii")


def write(folder: Path, name: str, document: Any) -> Path:
    path = folder / name
    path.write_bytes(encode(document) if not isinstance(document, bytes) else document)
    return path


# --- a class of 30, from real journals to a folder of share files ---------------------------------

CLASS = "SEM-2026-A"
# Formula starts a spreadsheet could run (CSV injection), then markup, a bidi override and words that
# some readers take for "no value": learner ``n`` writes HOSTILE_TEXTS[n % len(HOSTILE_TEXTS)].
FORMULA_TEXTS = ('=HYPERLINK("http://x","c")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0")
HOSTILE_TEXTS = [*FORMULA_TEXTS, "<script>alert(1)</script><img src=x onerror=alert(2)>", "\u202eevil\u202c reversed",
                 "NA", "None"]


class SimulatedClass30(NamedTuple):
    root: Path
    folder: Path
    shares: list


def build_class_of_30(root: Path) -> SimulatedClass30:
    """30 learners, each with their own journal folder; everyone shares, two in three tick step 01's reflections.

    Learner 0 changes an answer and shares again later (the later file wins), and the folder holds an
    exact duplicate of learner 0's first file. Every formula start of :data:`FORMULA_TEXTS` is written
    by at least one learner who ticks step 01, so it reaches the reflections of the export.
    """
    simulated = SimulatedClass(seed=7)
    shares = []
    start = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
    for number in range(30):
        journal = Journal(root / f"learner{number}" / "journal.sqlite3")
        fill_journal(journal, simulated.answers())
        journal.save("01", "why_there", HOSTILE_TEXTS[number % len(HOSTILE_TEXTS)])
        journal.save("02", "worry_most", f"private worry {number}")  # step 02 is never ticked
        ticked = ["01"] if number % 3 else []
        shares.append(prepare_share(journal, CLASS, ticked, now=start + timedelta(minutes=number)))
        if number == 0:  # one learner changes an answer and shares again later: the later file wins
            journal.save("00", "familiarity", 5)
            shares.append(prepare_share(journal, CLASS, ticked, now=start + timedelta(hours=2)))
        journal.close()
    folder = root / "inbox"
    folder.mkdir()
    for number, preview in enumerate(shares):
        (folder / f"{number:02d}-{preview.filename}").write_bytes(preview.data)
    (folder / "00-copy.json").write_bytes(shares[0].data)  # an exact duplicate
    return SimulatedClass30(root, folder, shares)


def class_csv(folder: Path) -> bytes:
    """The facilitator's CSV export of every share file in ``folder``, as the dashboard offers it."""
    collection = Collection()
    collection.add_folder(folder)
    return csv_bytes(aggregate(collection.table))


def is_number(cell: str) -> bool:
    """Whether a CSV field reads as a number (a spreadsheet shows "-3.0" as the number it is)."""
    try:
        float(cell)
    except ValueError:
        return False
    return True
