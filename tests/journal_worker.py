"""A second "kernel" for tests/test_journal.py: saves answers from its own process.

Usage: python journal_worker.py JOURNAL_PATH STEP COUNT

It opens the journal, prints ``ready``, waits for one line on stdin (so two
workers can start together), then saves COUNT answers (forever when COUNT is
0). After each save returns it prints the revision's uid, flushed at once, so
the test knows exactly which saves were reported as done.
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
