"""Every export imports back exactly, and export_to fails in sentences, never onto the journal."""
from __future__ import annotations

import errno
import json
import os
import pathlib
import random
import sqlite3
import uuid

import pytest

from course_helpers.journal import MAX_IMPORT_BYTES, ImportReport, Journal, JournalError, files


def prefill(journal: Journal, revisions: list[tuple[str, str, str]]) -> None:
    """Store many revisions at once, as years of autosaves would (saving each would fsync each)."""
    journal.save("00", "hopes", "the first answer")  # creates the file
    with sqlite3.connect(journal.path) as conn:
        conn.executemany(
            "INSERT INTO revisions (uid, step, prompt, value, saved_at, schema_version) VALUES (?, ?, ?, ?, ?, 1)",
            [(uuid.uuid4().hex, step, prompt, json.dumps(text), f"2025-03-01T1{n // 3600}:{n // 60 % 60:02d}:"
              f"{n % 60:02d}.{n:06d}Z") for n, (step, prompt, text) in enumerate(revisions)])
    conn.close()


def test_sixteen_hundred_long_chinese_answers_export_under_the_limit_and_import_back(journal, tmp_path):
    rng = random.Random(1600)
    answers = ["".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(3000)) for _ in range(1600)]
    prefill(journal, [("02", "worry_most", answer) for answer in answers])

    exported = journal.export_bytes()

    assert len(exported) < MAX_IMPORT_BYTES
    assert len(exported) < 1600 * 3000 * 3 + 1600 * 200  # UTF-8, not ASCII escapes (which doubled it)
    fresh = Journal(tmp_path / "fresh" / "journal.sqlite3")
    assert fresh.import_bytes(exported) == ImportReport(added=1601, skipped=0)
    assert [r.value for r in fresh.history("02", "worry_most")] == answers


def random_text(rng: random.Random) -> str:
    pieces = ["🎓", "🧑🏽\u200d🏫", "\x00", "\ud800", "\udfff", "\ud83c", "<script>", "</b>", "&amp;", "\\",
              '"', "\u202e", "\n", "\t", "\u2028", "é", "漢字", "\uffff", "$5", " "]
    return "".join(rng.choice(pieces) if rng.random() < 0.6 else chr(rng.randint(0x20, 0x7E))
                   for _ in range(rng.randint(0, 40)))


def test_any_text_round_trips_exactly_through_export_and_import(journal, tmp_path):
    rng = random.Random(2024)
    saved = {}
    for number in range(300):
        text = random_text(rng)
        if number % 3 == 0:
            value = {"text": text, "list": [text, rng.random(), rng.randint(-10**6, 10**6), None, True]}
            saved[("lab", f"p{number}")] = journal.save("lab", f"p{number}", value).value
        else:
            saved[("00", f"p{number}")] = journal.save("00", f"p{number}", text).value

    exported = journal.export_bytes()
    exported.decode("utf-8")  # strict UTF-8: surrogates travel as escapes
    fresh = Journal(tmp_path / "fresh" / "journal.sqlite3")
    assert fresh.import_bytes(exported).added == 300
    assert fresh.latest_values() == saved
    assert Journal(fresh.path).export_dict()["revisions"] == journal.export_dict()["revisions"]


def test_an_export_is_one_revision_per_line(journal):
    for number in range(3):
        journal.save("00", "hopes", f"line {number}\nwith a break")
    lines = journal.export_bytes().decode().splitlines()
    assert len(lines) == 5 and lines[0].endswith('"revisions":[') and lines[-1] == "]}"
    assert all(json.loads(line.rstrip(","))["value"].startswith("line") for line in lines[1:4])


@pytest.mark.parametrize("own", ["journal.sqlite3", "journal.sqlite3-journal", "journal.sqlite3-wal",
                                 "journal.sqlite3.lock", "LINK"])
def test_exporting_onto_the_journal_itself_is_refused(journal, own):
    journal.save("00", "hopes", "must survive")
    target = journal.path.with_name(own)
    if own == "LINK":
        target = journal.path.with_name("another-name.json")
        os.link(journal.path, target)
    before = journal.path.read_bytes()

    with pytest.raises(JournalError, match=r"^not exported: \S+ is your journal itself; choose another file name"):
        journal.export_to(target)

    assert journal.path.read_bytes() == before
    assert Journal(journal.path).latest("00", "hopes").value == "must survive"
    assert Journal(journal.path).notices == []


def test_exporting_into_a_missing_folder_names_it(journal, tmp_path):
    journal.save("00", "hopes", "x")
    with pytest.raises(JournalError) as caught:
        journal.export_to(tmp_path / "not here" / "export.json")
    assert str(caught.value) == f"not exported: the folder {tmp_path / 'not here'} does not exist"


def test_exporting_onto_a_folder_says_so(journal, tmp_path):
    journal.save("00", "hopes", "x")
    (tmp_path / "a folder").mkdir()
    with pytest.raises(JournalError, match="^not exported: .*a folder is a folder; give a file name$"):
        journal.export_to(tmp_path / "a folder")


def test_a_read_only_export_folder_is_a_sentence_even_when_the_clean_up_fails(journal, tmp_path, monkeypatch):
    """On a read-only mount both creating the temporary file and removing it raise EROFS.

    tests/test_journal_read_only.py does this on a real read-only mount where
    the machine allows one; this version runs everywhere.
    """
    journal.save("00", "hopes", "x")
    folder = tmp_path / "mounted read-only"
    folder.mkdir()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(folder / "whatever"))

    monkeypatch.setattr(files, "open", read_only, raising=False)
    monkeypatch.setattr(pathlib.Path, "unlink", read_only)
    with pytest.raises(JournalError) as caught:
        journal.export_to(folder / "export.json")
    assert str(caught.value) == f"not exported: the folder {folder} is read-only"


def test_values_stored_before_values_were_checked_are_left_out_of_the_export_with_a_notice(journal, tmp_path):
    """An older version imported anything; such rows stay in the file but would make the export unimportable."""
    journal.save("00", "familiarity", 4)
    with sqlite3.connect(journal.path) as conn:
        conn.executemany(
            "INSERT INTO revisions (uid, step, prompt, value, saved_at, schema_version) VALUES (?, ?, ?, ?, ?, 1)",
            [("a" * 32, "00", "familiarity", "99", "2024-01-01T00:00:00.000000Z"),
             ("b" * 32, "00", "hopes", "[" * 960 + "]" * 960, "2024-01-01T00:00:00.000000Z")])
    conn.close()

    exported = journal.export_bytes()

    assert [r["value"] for r in json.loads(exported)["revisions"]] == [4]
    assert journal.notices == ["Left out of your export: 2 saved revisions that no question of this course "
                               "can show. They stay in your journal file."]
    assert Journal(tmp_path / "fresh" / "journal.sqlite3").import_bytes(exported) == ImportReport(added=1, skipped=0)
    journal.export_bytes()
    assert len(journal.notices) == 1  # said once, not on every export
