"""A change signal whose listeners are held weakly.

The journal announces every save, import and erase through one
:class:`Signal`; the views that follow it (the download link, the progress
table, answer widgets) connect a *bound method*. Because the signal holds
listeners weakly, a view that is closed and forgotten (for instance when its
cell is run again) stops listening by itself: re-running cells never piles
listeners up. A listener that raises is reported to ``on_error`` and never
stops the others, nor the save that announced the change.
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from typing import Any, Callable, Literal

ChangeKind = Literal["save", "import", "erase", "answer"]  # answer: changed in a widget, saved or not


@dataclass(frozen=True)
class Change:
    """What changed: ``kind``, and for a save or an answer the step and prompt."""

    kind: ChangeKind
    step: str | None = None
    prompt: str | None = None


Listener = Callable[[Change], Any]


class Signal:
    """Listeners called in the order they connected; bound methods and functions held weakly."""

    def __init__(self) -> None:
        self._refs: list[weakref.ref] = []
        # Re-entrant: collecting a forgotten view (its __del__ disconnects) can happen in the middle of
        # connect or emit, on the same thread. A plain Lock would hang the kernel there.
        self._lock = threading.RLock()

    def connect(self, listener: Listener) -> None:
        """Call ``listener(change)`` on every change while its owner lives.

        Pass a bound method (``self.refresh``) or a module-level function: a
        lambda or closure with no other reference would be dropped at once.
        """
        ref = weakref.WeakMethod(listener) if hasattr(listener, "__self__") else weakref.ref(listener)
        with self._lock:
            self._prune()
            if not any(existing() == listener for existing in self._refs):
                self._refs.append(ref)

    def disconnect(self, listener: Listener) -> None:
        with self._lock:
            self._refs = [ref for ref in self._refs if ref() is not None and ref() != listener]

    def emit(self, change: Change, on_error: Callable[[BaseException], Any] | None = None) -> None:
        """Call every live listener; errors go to ``on_error`` (or are dropped), never up."""
        with self._lock:
            self._prune()
            listeners = [ref() for ref in self._refs]
        for listener in listeners:
            if listener is None:
                continue
            try:
                listener(change)
            except Exception as error:  # noqa: BLE001 - one broken view must not break a save
                if on_error is not None:
                    on_error(error)

    def __len__(self) -> int:
        """How many listeners are still alive."""
        with self._lock:
            self._prune()
            return len(self._refs)

    def _prune(self) -> None:
        self._refs = [ref for ref in self._refs if ref() is not None]
