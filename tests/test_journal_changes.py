"""The journal announces every save, import and erase; the views that follow it stay current."""
from __future__ import annotations

import gc
import json
import sqlite3

import pytest

from course_helpers.journal import ERASE_CONFIRMATION, Journal, JournalError, JournalImportError, JournalWriteError
from course_helpers.journal import sqlite_file
from course_helpers.signals import Change


class DownloadView:
    """Stands for a view that rebuilds itself from the journal on every change (as the download link does)."""

    def __init__(self, journal: Journal):
        self.journal = journal
        self.heard: list[Change] = []
        self.exported: list = []
        journal.changes.connect(self.refresh)

    def refresh(self, change: Change) -> None:
        self.heard.append(change)
        self.exported = [r["value"] for r in json.loads(self.journal.export_bytes())["revisions"]]


def test_saves_imports_and_erases_are_announced_and_views_rebuild_from_them(journal, tmp_path):
    view = DownloadView(journal)
    journal.save("00", "hopes", "a secret thought")
    assert view.heard == [Change("save", "00", "hopes")] and view.exported == ["a secret thought"]

    other = Journal(tmp_path / "other" / "journal.sqlite3")
    other.save("01", "why_there", "from the other journal")
    journal.import_bytes(other.export_bytes())
    journal.import_bytes(other.export_bytes())  # adds nothing, and is still announced
    assert view.heard[1:] == [Change("import"), Change("import")]
    assert view.exported == ["a secret thought", "from the other journal"]

    journal.erase(ERASE_CONFIRMATION)
    assert view.heard[-1] == Change("erase")
    assert view.exported == []  # the erased text is gone from what the view shows


def test_a_save_the_disk_refused_is_announced_too(journal, monkeypatch):
    view = DownloadView(journal)

    def refuse(conn, revision):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sqlite_file, "insert_revision", refuse)
    with pytest.raises(JournalWriteError):
        journal.save("00", "hopes", "kept in memory")
    assert view.heard == [Change("save", "00", "hopes")] and view.exported == ["kept in memory"]


def test_refused_imports_and_erases_change_nothing_and_are_not_announced(journal):
    view = DownloadView(journal)
    with pytest.raises(JournalImportError):
        journal.import_bytes(b"not an export")
    with pytest.raises(JournalError):
        journal.erase("yes")
    with pytest.raises(ValueError):
        journal.save("00", "hopes", float("nan"))
    assert view.heard == []


def test_a_broken_view_never_breaks_a_save(journal):
    class Broken:
        def refresh(self, change):
            raise RuntimeError("this view is broken")

    broken = Broken()
    journal.changes.connect(broken.refresh)
    view = DownloadView(journal)
    assert journal.save("00", "hopes", "saved anyway").value == "saved anyway"
    assert view.heard == [Change("save", "00", "hopes")]
    assert Journal(journal.path).latest("00", "hopes").value == "saved anyway"


def test_views_of_cells_run_again_do_not_pile_up(journal):
    for _ in range(20):
        DownloadView(journal)  # each run of the cell makes a new view and forgets the old one
    gc.collect()
    assert len(journal.changes) == 0
    kept = DownloadView(journal)
    journal.save("00", "hopes", "x")
    assert len(journal.changes) == 1 and len(kept.heard) == 1
