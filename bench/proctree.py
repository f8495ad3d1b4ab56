"""Peak memory and CPU time of this process together with every process it starts, read from Linux's /proc.

A large cohort import hands work to worker processes (forked from a server
process), which ``resource.getrusage`` cannot see: they are not our children.
:class:`TreeSampler` reads /proc every few tens of milliseconds in a thread,
and reports the largest total resident memory seen and the CPU time each
process had used when last seen.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")


def descendants(pid: int) -> list[int]:
    """Every process below ``pid``, children first (those that have ended are simply missing)."""
    found: list[int] = []
    stack = [pid]
    while stack:
        parent = stack.pop()
        for children in Path(f"/proc/{parent}/task").glob("*/children"):
            try:
                pids = [int(child) for child in children.read_text().split()]
            except OSError:
                continue
            found += pids
            stack += pids
    return found


def _rss_and_cpu(pid: int) -> tuple[int, float] | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * _PAGE, (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime


class TreeSampler:
    """``with TreeSampler() as tree: ...``; then ``tree.peak_mb`` and ``tree.children_cpu`` (seconds)."""

    def __init__(self, interval: float = 0.05):
        self.interval = interval
        self.peak_mb = 0.0
        self._cpu: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def children_cpu(self) -> float:
        return sum(self._cpu.values())

    def sample(self) -> None:
        me = os.getpid()
        total = 0
        for pid in [me, *descendants(me)]:
            seen = _rss_and_cpu(pid)
            if seen is None:
                continue
            total += seen[0]
            if pid != me:
                self._cpu[pid] = seen[1]
        self.peak_mb = max(self.peak_mb, total / 1024**2)

    def _run(self) -> None:
        while not self._done.wait(self.interval):
            self.sample()

    def __enter__(self) -> "TreeSampler":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sample()
        self._done.set()
        self._thread.join()
