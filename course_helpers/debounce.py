"""Run an action once, a moment after the last of a burst of requests.

Typing in a reflection and saves that rebuild the download link both come in
bursts; :class:`Debouncer` turns each burst into one call, on a daemon timer
thread, and :meth:`Debouncer.flush` runs a waiting call at once.
"""
from __future__ import annotations

import threading
from typing import Callable


class Debouncer:
    """Call ``action()`` ``delay_seconds`` after the latest :meth:`request`."""

    def __init__(self, delay_seconds: float, action: Callable[[], object]):
        self.delay_seconds = delay_seconds
        self._action = action
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    @property
    def pending(self) -> bool:
        with self._lock:
            return self._timer is not None

    def request(self) -> None:
        """(Re)start the wait; the action runs once the requests pause."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            timer = threading.Timer(self.delay_seconds, lambda: self._fire(timer))
            timer.daemon = True
            self._timer = timer
            timer.start()

    def cancel(self) -> bool:
        """Drop a waiting call; True if one was waiting."""
        with self._lock:
            waiting, self._timer = self._timer, None
        if waiting is not None:
            waiting.cancel()
        return waiting is not None

    def flush(self) -> None:
        """Run a waiting call now (nothing happens when none is waiting)."""
        if self.cancel():
            self._action()

    def _fire(self, timer: threading.Timer) -> None:
        with self._lock:
            if self._timer is not timer:
                return  # cancelled or replaced after it went off
            self._timer = None
        self._action()
