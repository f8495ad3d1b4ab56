"""Work on a whole class at once: pause Python's cycle collector meanwhile.

Reading 100,000 share files leaves millions of small tuples in the class
table and makes no reference cycles. The cycle collector would nonetheless
walk the growing table again and again (a third of the import's time), and
walk it once more for every aggregate. Pausing it while the work runs is safe
(reference counting still frees everything that is not in a cycle) and it
runs as usual afterwards.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cycle collector inside the block; restore it (if it was on) however the block ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
