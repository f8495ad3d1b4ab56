"""Checking a long stream of share files on every core the machine gives us.

A course run can leave 100,000 share files; reading them is quick, checking
them is not (parsing strictly and checking every answer runs in Python). Once
a stream has passed :data:`PARALLEL_AFTER` files, the files that follow are
checked in batches by worker processes while this process goes on reading and
storing rows, so a facilitator waits about half as long on two cores.

The rules stay in one place: workers run :func:`.check.check_share`, results
come back in the order the files were read, so every summary, example and
stop is the same as when checking in this process. A worker that fails (a
machine out of memory, a process killed) costs nothing but time: the batch is
checked here instead and the rest of the stream too. Classes of a seminar's
size never start a worker.

``COURSE_IMPORT_WORKERS`` sets how many workers to use (0 or 1: none); by
default, one per core this process may run on (see :func:`default_workers`).
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import ModuleType
from typing import Iterable, Iterator, Mapping, Sequence

from ..course import Step
from .check import Accepted, Refused, check_share
from .columns import Layout
from .classfolder import Attributed
from .sources import Event, Item

PARALLEL_AFTER = 4_000  # files checked here before workers start (a worker takes ~0.3 s to start)
BATCH = 250  # files a worker checks at a time
IN_FLIGHT = 4  # batches queued per worker: bounds the memory a fast reader can fill
ENVIRONMENT_VARIABLE = "COURSE_IMPORT_WORKERS"
_FILES = (Item, Attributed)  # the events that carry a file's bytes

Checked = tuple[Event, "Accepted | Refused | None"]  # None for events that are not files (refusals, stops)


# Workers are forked from a small server process started afresh, never from this process (a Jupyter kernel runs
# threads, which a fork would copy mid-flight); where there is no fork server (Windows) they start afresh.
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def default_workers(environ: Mapping[str, str] | None = None, main: ModuleType | None = None) -> int:
    """How many workers a large import starts: ``COURSE_IMPORT_WORKERS`` if set, else one per usable core.

    None when the program is a script run by path: a worker re-runs such a script before it starts (Python's
    rule for every start method but fork), which is harmless only behind ``if __name__ == "__main__":``. A
    notebook, ``python -m course_helpers`` and ``python -c`` are safe; a script opts in with the variable.
    """
    environ = os.environ if environ is None else environ
    wanted = environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if wanted.isdigit():
        return int(wanted)
    main = sys.modules["__main__"] if main is None else main
    if getattr(main, "__file__", None) and getattr(main, "__spec__", None) is None:
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, _cgroup_cores() or cores))


def _cgroup_cores() -> int | None:
    """The CPU quota of a container (JupyterHub's cpu_limit), in whole cores, where cgroup v2 says one."""
    try:
        with open("/sys/fs/cgroup/cpu.max", encoding="ascii") as file:
            quota, period = file.read().split()[:2]
        return None if quota == "max" else max(1, int(quota) // int(period))
    except (OSError, ValueError):
        return None


def checked(events: Iterable[Event], layout: Layout, class_code: str | None, *, workers: int) -> Iterator[Checked]:
    """Each event with its check (None for events that are not files), in the order of ``events``; with two
    ``workers`` or more, workers check the files that come after the first :data:`PARALLEL_AFTER`."""
    events, parallel_after = iter(events), PARALLEL_AFTER
    files = 0
    for event in events:
        yield event, _check_here(event, layout, class_code)
        if type(event) in _FILES:
            files += 1
            if workers >= 2 and files >= parallel_after:
                yield from _checked_by_workers(events, layout, class_code, workers)
                return


def _check_here(event: Event, layout: Layout, class_code: str | None) -> Accepted | Refused | None:
    return check_share(event.data, layout, class_code) if type(event) in _FILES else None


# --- in worker processes ---------------------------------------------------------------
_worker_layout: Layout | None = None
_worker_class: str | None = None


def _start_worker(steps: Sequence[Step], class_code: str | None) -> None:
    global _worker_layout, _worker_class
    _worker_layout, _worker_class = Layout(steps), class_code


def _check_batch(contents: list[bytes]) -> list[tuple]:
    """The checks of a batch, as plain tuples: a named tuple costs twice as much to send back."""
    assert _worker_layout is not None, "worker not started"
    return [tuple(check_share(data, _worker_layout, _worker_class)) for data in contents]


def _received(check: tuple) -> Accepted | Refused:
    return check if len(check) == 2 else Accepted._make(check)  # a refusal is (category, reason)


# --- here ------------------------------------------------------------------------------
def _checked_by_workers(events: Iterator[Event], layout: Layout, class_code: str | None,
                        workers: int) -> Iterator[Checked]:
    try:
        context = multiprocessing.get_context(START_METHOD)
        if START_METHOD == "forkserver":  # the server imports this module once, and every worker starts with it
            context.set_forkserver_preload([__name__])
        pool = ProcessPoolExecutor(workers, mp_context=context,
                                   initializer=_start_worker, initargs=(layout.steps, class_code))
    except (OSError, ValueError, ImportError):  # no processes allowed here: check in this process
        yield from ((event, _check_here(event, layout, class_code)) for event in events)
        return
    queue: deque[tuple[list[Event], Future | None]] = deque()
    try:
        for group in _groups(events):
            queue.append((group, _submit(pool, group) if type(group[0]) in _FILES else None))
            while queue and (len(queue) > IN_FLIGHT * workers or _ready(queue[0][1])):
                yield from _results(*queue.popleft(), layout, class_code)
        while queue:
            yield from _results(*queue.popleft(), layout, class_code)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, files: list[Event]) -> Future | None:
    """The workers' check of a batch, or None once they are broken (a broken pool refuses every submission)."""
    try:
        return pool.submit(_check_batch, [file.data for file in files])
    except (BrokenProcessPool, RuntimeError, OSError):
        return None


def _groups(events: Iterator[Event]) -> Iterator[list[Event]]:
    """Consecutive files in batches of up to :data:`BATCH`; every other event on its own."""
    batch: list[Event] = []
    for event in events:
        if type(event) in _FILES:
            batch.append(event)
            if len(batch) >= BATCH:
                yield batch
                batch = []
        else:
            if batch:
                yield batch
                batch = []
            yield [event]
    if batch:
        yield batch


def _ready(future: Future | None) -> bool:
    return future is None or future.done()


def _results(group: list[Event], future: Future | None, layout: Layout, class_code: str | None) -> list[Checked]:
    """A group's events with their checks: the workers', or this process's when they have none for it."""
    if future is not None:
        try:
            return list(zip(group, map(_received, future.result())))
        except (BrokenProcessPool, OSError, MemoryError):
            pass  # the worker died: its batch is checked here
    return [(event, _check_here(event, layout, class_code)) for event in group]
