"""The change signal holds listeners weakly; the debouncer turns a burst into one call."""
from __future__ import annotations

import gc
import threading

from course_helpers.debounce import Debouncer
from course_helpers.signals import Change, Signal


class View:
    def __init__(self):
        self.heard: list[Change] = []

    def refresh(self, change: Change) -> None:
        self.heard.append(change)


def test_listeners_hear_changes_in_order_and_once_each():
    signal, view = Signal(), View()
    signal.connect(view.refresh)
    signal.connect(view.refresh)  # connecting twice is one listener
    signal.emit(Change("save", "00", "hopes"))
    signal.emit(Change("erase"))
    assert view.heard == [Change("save", "00", "hopes"), Change("erase")]


def test_forgotten_views_stop_listening_by_themselves():
    signal = Signal()
    views = [View() for _ in range(50)]
    for view in views:
        signal.connect(view.refresh)
    assert len(signal) == 50
    del views, view
    gc.collect()
    assert len(signal) == 0


def test_a_failing_listener_is_reported_and_the_others_still_hear():
    signal, view, errors = Signal(), View(), []

    class Broken:
        def refresh(self, change):
            raise RuntimeError("boom")

    broken = Broken()
    signal.connect(broken.refresh)
    signal.connect(view.refresh)
    signal.emit(Change("import"), on_error=errors.append)
    assert [str(e) for e in errors] == ["boom"] and view.heard == [Change("import")]


def test_a_view_collected_while_another_connects_does_not_hang():
    """A forgotten view whose __del__ disconnects may be collected in the middle of connect (a cell re-run)."""
    signal = Signal()

    class View:
        def __init__(self):
            self.me = self  # a cycle: only the garbage collector frees it, at a moment of its choosing

        def on_change(self, change):
            pass

        def __del__(self):
            signal.disconnect(self.on_change)

    def rerun_cells():
        threshold = gc.get_threshold()
        gc.set_threshold(1, 1, 1)  # collect at nearly every allocation, inside connect too
        try:
            for _ in range(300):
                view = View()
                signal.connect(view.on_change)
                del view
        finally:
            gc.set_threshold(*threshold)

    worker = threading.Thread(target=rerun_cells, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "connect deadlocked while a collected view disconnected"
    gc.collect()
    assert len(signal) == 0


def test_disconnect():
    signal, view = Signal(), View()
    signal.connect(view.refresh)
    signal.disconnect(view.refresh)
    signal.emit(Change("save"))
    assert view.heard == [] and len(signal) == 0


def test_a_burst_of_requests_runs_the_action_once(wait_until):
    calls = []
    done = threading.Event()
    debouncer = Debouncer(0.05, lambda: (calls.append(1), done.set()))
    for _ in range(20):
        debouncer.request()
    assert debouncer.pending
    assert done.wait(5)
    assert wait_until(lambda: not debouncer.pending)
    assert calls == [1]


def test_flush_runs_a_waiting_call_now_and_cancel_drops_it():
    calls = []
    debouncer = Debouncer(60, lambda: calls.append(1))
    debouncer.flush()
    assert calls == []
    debouncer.request()
    debouncer.flush()
    assert calls == [1] and not debouncer.pending
    debouncer.request()
    assert debouncer.cancel() and not debouncer.cancel()
    assert calls == [1]
