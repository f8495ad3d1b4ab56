"""A large import checked by worker processes gives exactly what checking in one process gives: the same rows,
the same refusals in the same order, the same stops; a failing worker costs time, never a file."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import types
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from course_helpers import strings
from course_helpers.cohort import Collection, Limits, aggregate, csv_text, parallel
from course_helpers.cohort.simulate import write_share_files
from tests.cohort_helpers import share_document, write

FORKING = pytest.mark.skipif(parallel.START_METHOD != "forkserver" and sys.platform != "win32",
                             reason="workers need a fork server or spawn")


@pytest.fixture
def small_batches(monkeypatch):
    """Workers after 20 files, 7 files a batch: a few hundred files cross every path of the scheduler."""
    monkeypatch.setattr(parallel, "PARALLEL_AFTER", 20)
    monkeypatch.setattr(parallel, "BATCH", 7)


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    """A simulated class of 300 with re-submissions, copies, conflicts and hostile files between them."""
    folder = tmp_path / "class"
    paths = write_share_files(folder, 300, reflections=["01"])
    for number, path in enumerate(paths[:40]):
        shutil.copy(path, folder / f"copy-{number}.json")  # exact duplicates
    write(folder, "early.json", share_document(created_at="2026-11-30T08:00:00Z"))
    write(folder, "late.json", share_document(created_at="2026-11-30T12:00:00Z", answers={"00": {"familiarity": 5}}))
    write(folder, "same-second-a.json", share_document(learner="b" * 32, answers={"00": {"familiarity": 2}}))
    write(folder, "same-second-b.json", share_document(learner="b" * 32, answers={"00": {"familiarity": 4}}))
    write(folder, "other-class.json", share_document(class_code="SEM-B", learner="c" * 32))
    for number in range(30):  # refusals of every stage, spread through the listing
        (folder / f"zz-dupkeys-{number}.json").write_bytes(b'{"format": "a", "format": "b"}')
        write(folder, f"m-unticked-{number}.json", share_document(learner=f"{number:032x}", shared_reflections=[]))
        write(folder, f"p-bad-{number}.json", share_document(learner=f"{number + 99:032x}",
                                                             answers={"00": {"familiarity": 9}}))
        (folder / f"q-empty-{number}.json").write_bytes(b"")
        (folder / f"r-notes-{number}.txt").write_text("hello")
    (folder / "sub").mkdir()
    write_share_files(folder / "sub", 25, seed=3)
    return folder


def snapshot(collection: Collection) -> dict:
    summary = collection.summary()
    table = collection.table
    return {"summary": {name: getattr(summary, name) for name in
                        ("accepted", "learners", "superseded", "duplicates", "conflicts", "ignored_answers",
                         "refused", "examples", "stopped", "classes", "senders")},
            "rows": sorted(zip(table._classes, table._created, table._answers), key=repr),
            "class csv": csv_text(aggregate(collection.table))}  # what the facilitator sees


def imported(folder: Path, workers: int, **options) -> Collection:
    collection = Collection(workers=workers, **options)
    collection.add_folder(folder)
    return collection


@FORKING
def test_workers_give_exactly_what_one_process_gives(mixed_folder, small_batches):
    alone = snapshot(imported(mixed_folder, 0))
    together = snapshot(imported(mixed_folder, 2))
    assert together == alone
    summary = alone["summary"]
    assert summary["duplicates"] >= 40 and summary["conflicts"] == 1 and summary["superseded"] >= 1
    assert sum(summary["refused"].values()) == 150 and len(summary["classes"]) == 3


@FORKING
def test_a_limit_stops_a_parallel_import_where_it_stops_one_in_this_process(mixed_folder, small_batches):
    limits = Limits(entries=200, examples=500)
    alone, together = imported(mixed_folder, 0, limits=limits), imported(mixed_folder, 3, limits=limits)
    assert snapshot(together) == snapshot(alone)
    assert "stopped after 200 entries" in together.summary().stopped[0]


@FORKING
def test_a_class_code_filter_is_applied_by_the_workers(mixed_folder, small_batches):
    alone = imported(mixed_folder, 0, class_code="sem-b")
    together = imported(mixed_folder, 2, class_code="sem-b")
    assert snapshot(together) == snapshot(alone) and together.summary().learners == 1


@FORKING
def test_files_of_a_hubs_class_folder_keep_their_senders(tmp_path, small_batches):
    folder = tmp_path / "class-folder"
    for number, path in enumerate(write_share_files(tmp_path / "saved", 60)):
        (folder / f"learner{number}").mkdir(parents=True)  # a hub that runs every learner as one uid
        path.rename(folder / f"learner{number}" / "share-SIM-CLASS.json")
    names = {os.getuid(): "facilitator"}
    alone = Collection(workers=0)
    alone.add_class_folder(folder, owner_name=names.get)
    together = Collection(workers=2)
    together.add_class_folder(folder, owner_name=names.get)
    assert snapshot(together) == snapshot(alone) and len(together.summary().senders) == 60


class BrokenPool:
    """Stands in for a process pool whose workers all died: every submission fails as the real one does."""

    def __init__(self, *args, **kwargs):
        pass

    def submit(self, *args, **kwargs):
        raise BrokenProcessPool("a worker died")

    def shutdown(self, **kwargs):
        pass


def test_workers_that_die_cost_time_not_files(mixed_folder, small_batches, monkeypatch):
    alone = snapshot(imported(mixed_folder, 0))
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", BrokenPool)
    assert snapshot(imported(mixed_folder, 2)) == alone


def test_a_batch_whose_worker_died_is_checked_here():
    layout = Collection().layout
    items = [parallel.Item("a.json", b"{"), parallel.Item("b.json", b"")]
    future: Future = Future()
    future.set_exception(BrokenProcessPool("killed"))
    results = parallel._results(items, future, layout, None)
    assert [event for event, _ in results] == items
    assert [check[0] for _, check in results] == [strings.COHORT_CAT_NOT_JSON, strings.COHORT_CAT_EMPTY]


def test_no_workers_for_a_script_run_by_path_unless_asked(monkeypatch):
    script = types.ModuleType("__main__")
    script.__file__, script.__spec__ = "/home/me/report.py", None
    assert parallel.default_workers({}, script) == 0
    assert parallel.default_workers({parallel.ENVIRONMENT_VARIABLE: "3"}, script) == 3
    kernel = types.ModuleType("__main__")  # a notebook's kernel, or python -c: no file to run again
    cores = parallel.default_workers({}, kernel)
    assert 1 <= cores <= (os.cpu_count() or 1)
    assert parallel.default_workers({parallel.ENVIRONMENT_VARIABLE: "0"}, kernel) == 0
    assert parallel.default_workers({parallel.ENVIRONMENT_VARIABLE: "many"}, kernel) == cores


@FORKING
def test_a_script_without_a_main_guard_is_not_run_again(mixed_folder, tmp_path):
    script = tmp_path / "report.py"
    script.write_text("from course_helpers.cohort import collect\n"
                      "import course_helpers.cohort.parallel as p\n"
                      "p.PARALLEL_AFTER, p.BATCH = 20, 7\n"
                      f"print('ran', collect({str(mixed_folder)!r}).summary().learners)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                          env={k: v for k, v in os.environ.items() if k != parallel.ENVIRONMENT_VARIABLE})
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("ran") == 1
