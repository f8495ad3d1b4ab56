"""When the disk refuses: the small answers still get in, and the reason is in plain words."""
from __future__ import annotations

import os

import pytest

from course_helpers import strings
from course_helpers.journal import Journal, JournalWriteError, sqlite_file


@pytest.fixture
def full_disk(monkeypatch):
    """SQLite's own "database or disk is full": no page may be added to the file from now on."""
    real_connect = sqlite_file.connect

    def no_more_pages(path):
        conn = real_connect(path)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn

    def fill(journal: Journal) -> None:
        journal.close()  # the next connection is made with the limit
        monkeypatch.setattr(sqlite_file, "connect", no_more_pages)

    def empty(journal: Journal) -> None:
        journal.close()
        monkeypatch.setattr(sqlite_file, "connect", real_connect)

    fill.empty = empty
    return fill


def test_one_answer_too_large_for_the_disk_does_not_block_the_small_ones(journal, full_disk):
    journal.save("00", "hopes", "small")
    full_disk(journal)
    large = "long " * 20_000
    with pytest.raises(JournalWriteError, match=r"^not saved: the disk is full$"):
        journal.save("01", "why_there", large)

    with pytest.raises(JournalWriteError) as caught:
        journal.save("00", "hopes", "small again")

    assert str(caught.value) == ("not saved: the disk is full; 1 answer kept in memory until there is room, "
                                 "1 answer saved")
    assert [r.value for r in journal.unsaved] == [large]
    assert Journal(journal.path).latest("00", "hopes").value == "small again"  # on disk, not only in memory
    assert journal.latest("01", "why_there").value == large  # still read back from memory
    with pytest.raises(JournalWriteError, match="1 answer kept in memory"):  # the large one still waits
        journal.save("00", "hopes", "and one more small one")
    assert [r.value for r in Journal(journal.path).history("00", "hopes")][-1] == "and one more small one"

    full_disk.empty(journal)
    journal.save("00", "hopes", "after room was made")
    assert journal.unsaved == []
    assert Journal(journal.path).latest("01", "why_there").value == large


def test_a_file_the_journal_cannot_open_is_put_in_words(journal):
    """SQLITE_CANTOPEN: here the rollback journal's name is a link into a folder that does not exist."""
    journal.save("00", "hopes", "first")
    blocker = journal.path.with_name(journal.path.name + "-journal")
    os.symlink(journal.path.parent / "no such folder" / "x", blocker)

    with pytest.raises(JournalWriteError) as caught:
        journal.save("00", "hopes", "second")

    assert str(caught.value) == f"not saved: {strings.JOURNAL_CANNOT_OPEN}"
    assert "unable to open database file" not in str(caught.value)
    blocker.unlink()
    journal.save("00", "hopes", "third")
    assert [r.value for r in Journal(journal.path).history("00", "hopes")] == ["first", "second", "third"]
