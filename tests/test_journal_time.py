"""What the learner saved last is what they see next, whatever the clock or an import says."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from course_helpers.journal import EXPORT_FORMAT, Journal, JournalImportError, JournalWriteError, clock, sqlite_file


@pytest.fixture
def clock_offset(monkeypatch):
    """Move this computer's clock: ``clock_offset.set(timedelta(hours=-1))``."""
    real_now = clock.now

    class Offset:
        delta = timedelta(0)

        def set(self, delta: timedelta) -> None:
            self.delta = delta

    offset = Offset()
    monkeypatch.setattr(clock, "now", lambda: real_now() + offset.delta)
    return offset


def store_row(path, uid: str, saved_at: str, value: str = "from the future", step="00", prompt="hopes") -> None:
    """A row as an older version of the course could have stored it (its import checked no times)."""
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO revisions (uid, step, prompt, value, saved_at, schema_version) "
                     "VALUES (?, ?, ?, ?, ?, 1)", (uid, step, prompt, json.dumps(value), saved_at))
    conn.close()


def test_a_save_after_the_clock_went_back_is_still_the_latest(journal, clock_offset):
    first = journal.save("00", "hopes", "before the clock went back")
    clock_offset.set(timedelta(hours=-1))
    second = journal.save("00", "hopes", "after the clock went back")

    assert second.saved_at > first.saved_at
    assert journal.latest("00", "hopes").value == "after the clock went back"
    assert Journal(journal.path).latest("00", "hopes").value == "after the clock went back"
    assert journal.latest_values()[("00", "hopes")] == "after the clock went back"
    assert [r.value for r in journal.history("00", "hopes")][-1] == "after the clock went back"


def test_unsaved_revisions_count_for_the_clock_too(journal, clock_offset, monkeypatch):
    """A revision the disk refused still orders later saves after it."""
    def refuse(conn, revision):
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(sqlite_file, "insert_revision", refuse)
        with pytest.raises(JournalWriteError):
            journal.save("00", "hopes", "kept in memory")
    clock_offset.set(timedelta(minutes=-30))
    journal.save("00", "hopes", "saved later with a slower clock")
    assert [r.value for r in Journal(journal.path).history("00", "hopes")] == [
        "kept in memory", "saved later with a slower clock"]


def test_rows_from_the_future_stored_by_an_older_version_never_hide_a_later_save(journal, tmp_path):
    journal.save("00", "hopes", "an ordinary answer")
    store_row(journal.path, "f" * 32, "2999-01-01T00:00:00.000000Z")

    journal.save("00", "hopes", "what I typed last")

    for reader in (journal, Journal(journal.path)):
        assert reader.latest("00", "hopes").value == "what I typed last"
        assert reader.latest_values() == {("00", "hopes"): "what I typed last"}
        assert [r.value for r in reader.history("00", "hopes")] == [
            "from the future", "an ordinary answer", "what I typed last"]  # the implausible one ranks lowest


def test_an_export_with_stamps_from_the_future_still_imports_and_keeps_the_order(journal, tmp_path):
    journal.save("00", "hopes", "an ordinary answer")
    store_row(journal.path, "f" * 32, "2999-01-01T00:00:00.000000Z")
    store_row(journal.path, "e" * 32, "2024-13-45T99:99:99.000000Z", value="a malformed stamp")
    journal.save("00", "hopes", "what I typed last")

    document = journal.export_dict()
    stamps = [r["saved_at"] for r in document["revisions"]]
    assert all(clock.parse_stamp(stamp) is not None for stamp in stamps)
    assert max(stamps) <= clock.horizon()

    fresh = Journal(tmp_path / "fresh" / "journal.sqlite3")
    assert fresh.import_bytes(journal.export_bytes()).added == 4
    assert fresh.latest("00", "hopes").value == "what I typed last"
    assert [r.value for r in fresh.history("00", "hopes")][-1] == "what I typed last"


@pytest.mark.parametrize("saved_at", ["2999-01-01T00:00:00.000000Z", "FUTURE"])
def test_an_import_from_the_future_is_refused_in_a_sentence(journal, saved_at):
    if saved_at == "FUTURE":  # just over the day of slack this computer's clock is allowed
        saved_at = clock.stamp(datetime.now(timezone.utc) + timedelta(days=1, minutes=5))
    document = {"format": EXPORT_FORMAT, "schema_version": 1, "exported_at": "2024-05-01T10:00:00Z",
                "revisions": [{"uid": "a" * 32, "step": "00", "prompt": "hopes", "value": "from the future",
                               "saved_at": saved_at, "schema_version": 1}]}
    journal.save("00", "hopes", "mine")

    with pytest.raises(JournalImportError) as caught:
        journal.import_bytes(json.dumps(document).encode())

    message = str(caught.value)
    assert message.startswith("revisions[0].saved_at (step 00, prompt hopes): ")
    assert "more than a day ahead of this computer's clock" in message and "check the clock" in message
    assert journal.latest("00", "hopes").value == "mine" and journal.revision_count() == 1


def test_a_stamp_less_than_a_day_ahead_is_accepted_and_a_later_save_still_wins(journal, clock_offset):
    """A laptop whose clock runs a few hours fast exports; this computer's next save still comes after."""
    ahead = clock.stamp(datetime.now(timezone.utc) + timedelta(hours=5))
    document = {"format": EXPORT_FORMAT, "schema_version": 1, "exported_at": ahead[:19] + "Z",
                "revisions": [{"uid": "b" * 32, "step": "00", "prompt": "hopes", "value": "from the fast laptop",
                               "saved_at": ahead, "schema_version": 1}]}
    assert journal.import_bytes(json.dumps(document).encode()).added == 1
    latest = journal.save("00", "hopes", "typed here afterwards")
    assert latest.saved_at > ahead
    assert Journal(journal.path).latest("00", "hopes").value == "typed here afterwards"


def test_exported_at_is_never_before_any_saved_at(journal, clock_offset, tmp_path):
    journal.save("00", "hopes", "first")
    clock_offset.set(timedelta(hours=-3))
    journal.save("00", "hopes", "second")
    document = journal.export_dict()
    exported_at = datetime.fromisoformat(document["exported_at"].replace("Z", "+00:00"))
    for revision in document["revisions"]:
        assert datetime.fromisoformat(revision["saved_at"].replace("Z", "+00:00")) <= exported_at
    assert Journal(tmp_path / "other" / "journal.sqlite3").import_bytes(journal.export_bytes()).added == 2


def test_the_newest_stamp_is_found_through_an_index(journal):
    journal.save("00", "hopes", "x")
    with sqlite3.connect(journal.path) as conn:
        plan = " ".join(row[-1] for row in conn.execute(
            f"EXPLAIN QUERY PLAN {sqlite_file.NEWEST_PLAUSIBLE_STAMP}", ("2999",)))
    conn.close()
    assert "SEARCH revisions USING COVERING INDEX revisions_by_time" in plan
