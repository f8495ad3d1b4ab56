"""A journal and an export written before the journal became a package still work (fixtures/journal_from_main)."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from course_helpers.journal import ImportReport, Journal

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "journal_from_main"
ANSWERS = {("00", "hopes"): "a second thought", ("00", "familiarity"): 3,
           ("01", "place_today"): {"x": -2, "y": 4}, ("02", "nearest_C1"): "H2"}


def test_a_journal_written_by_the_previous_version_opens_reads_and_saves(tmp_path):
    path = tmp_path / "journal.sqlite3"
    shutil.copy(FIXTURES / "journal.sqlite3", path)

    journal = Journal(path)

    assert journal.notices == []
    assert journal.latest_values() == ANSWERS
    assert [r.value for r in journal.history("00", "hopes")] == [
        "written by the course before the hardening 🎓 \ud800", "a second thought"]
    journal.save("00", "hopes", "a third thought")
    assert Journal(path).latest("00", "hopes").value == "a third thought"
    with sqlite3.connect(path) as conn:
        assert ("revisions_by_time",) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    conn.close()


def test_its_export_and_the_export_of_its_file_import_into_a_fresh_journal(tmp_path):
    (tmp_path / "copy").mkdir()
    from_file = Journal(shutil.copy(FIXTURES / "journal.sqlite3", tmp_path / "copy" / "journal.sqlite3"))

    old_export = Journal(tmp_path / "a" / "journal.sqlite3")
    assert old_export.import_file(FIXTURES / "export.json") == ImportReport(added=5, skipped=0)
    new_export = Journal(tmp_path / "b" / "journal.sqlite3")
    assert new_export.import_bytes(from_file.export_bytes()) == ImportReport(added=5, skipped=0)
    assert old_export.latest_values() == new_export.latest_values() == ANSWERS
    assert old_export.export_dict()["revisions"] == new_export.export_dict()["revisions"]
