"""Other "kernels" for the journal tests: each saves answers from its own process.

Usage: python journal_worker.py JOURNAL_PATH STEP COUNT

It opens the journal, prints ``ready``, waits for one line on stdin (so two
workers can start together), then saves COUNT answers (forever when COUNT is
0). After each save returns it prints the revision's uid, flushed at once, so
the test knows exactly which saves were reported as done.

:func:`set_aside_rounds` is imported by tests/test_journal_set_aside.py and
run in several processes at once.
"""
from __future__ import annotations

import itertools
import sys

from course_helpers.journal import Journal


def main(path: str, step: str, count: int) -> None:
    journal = Journal(path)
    print("ready", flush=True)
    sys.stdin.readline()
    numbers = itertools.count() if count == 0 else range(count)
    for number in numbers:
        revision = journal.save(step, f"prompt_{number % 7}", f"{step} answer {number} " + "·" * 200)
        print(revision.uid, flush=True)
    journal.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))


def set_aside_rounds(folder: str, number: int, rounds: int, barrier, results) -> None:
    """One of several "kernels" that open a damaged journal at the same moment, round after round.

    For each round the test puts a damaged ``round-N/journal.sqlite3`` in
    place, then every worker passes ``barrier`` together, opens the journal
    (one of them sets the damaged file aside), saves one answer and reports
    ``(round, worker, uid or error, notices)`` on ``results``.
    """
    from pathlib import Path

    for round_number in range(rounds):
        barrier.wait()
        try:
            journal = Journal(Path(folder) / f"round-{round_number}" / "journal.sqlite3")
            outcome = journal.save("00", "hopes", f"worker {number} in round {round_number}").uid
            notices = list(journal.notices)
            journal.close()
        except Exception as error:  # reported, so the test shows it instead of hanging
            outcome, notices = f"{type(error).__name__}: {error}", []
        results.put((round_number, number, outcome, notices))
