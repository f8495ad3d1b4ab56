"""The journal keeps every answer: through crashes, bad files, full disks and imports."""
from __future__ import annotations

import errno
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import course_helpers.journal as journal_module
from course_helpers.journal import export_format, files, location, sqlite_file, store
from course_helpers.journal import (
    ERASE_CONFIRMATION, EXPORT_FORMAT, MAX_IMPORT_BYTES, SCHEMA_VERSION, ImportReport, Journal, JournalError,
    JournalImportError, JournalWriteError, Revision, default_journal_path, get_journal,
)

REPO = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).resolve().parent / "journal_worker.py"


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Point every location a journal might use into tmp_path; never touch the real home."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv(journal_module.JOURNAL_DIR_ENV, str(tmp_path / "journal"))
    monkeypatch.setattr(location, "_shared", None)


@pytest.fixture
def journal_path(tmp_path) -> Path:
    return tmp_path / "journal" / "journal.sqlite3"


@pytest.fixture
def journal(journal_path):
    opened = Journal(journal_path)
    yield opened
    opened.close()


def reopened(path: Path) -> Journal:
    """A new Journal on the same file, so answers are read from disk, not memory."""
    return Journal(path)


def values(revisions: list[Revision]) -> list:
    return [r.value for r in revisions]


def uids_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [uid for (uid,) in conn.execute("SELECT uid FROM revisions")]


# --- saving and reading ----------------------------------------------------------------

def test_latest_is_the_newest_and_history_keeps_every_revision(journal):
    assert journal.latest("01", "why_there") is None
    first = journal.save("01", "why_there", "a first thought")
    journal.save("01", "why_there", "a better thought")
    journal.save("01", "winners_losers", "someone else")

    assert journal.latest("01", "why_there").value == "a better thought"
    assert values(journal.history("01", "why_there")) == ["a first thought", "a better thought"]
    assert journal.history("01", "why_there")[0] == first
    assert journal.revision_count() == 3
    assert journal.latest_values() == {("01", "why_there"): "a better thought",
                                       ("01", "winners_losers"): "someone else"}
    assert journal.latest_values("00") == {}


def test_a_revision_records_when_and_under_which_schema(journal):
    revision = journal.save("00", "hopes", "x")
    assert re.fullmatch(r"[0-9a-f]{32}", revision.uid)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", revision.saved_at)
    assert revision.schema_version == SCHEMA_VERSION
    assert reopened(journal.path).latest("00", "hopes") == revision


@pytest.mark.parametrize("value", [
    None, True, False, 0, -7, 2 ** 63, 3.25, -0.5, 1e300, "", "text",
    [], [1, "two", None, [3.0]], {}, {"nested": {"list": [True, {"deeper": None}]}},
], ids=repr)
def test_every_json_type_round_trips_through_the_file(journal, value):
    journal.save("00", "hopes", value)
    restored = reopened(journal.path).latest("00", "hopes").value
    assert restored == value
    assert type(restored) is type(value)  # True stays a bool, 1.0 stays a float


@pytest.mark.parametrize("step, prompt, value, error", [
    ("00", "hopes", float("nan"), ValueError),
    ("00", "hopes", {1, 2}, TypeError),
    ("00", "hopes", object(), TypeError),
    ("0 0", "hopes", "x", ValueError),
    ("00", "", "x", ValueError),
    ("00", "a" * 65, "x", ValueError),
    ("00", None, "x", ValueError),
])
def test_save_refuses_what_the_journal_cannot_hold(journal, step, prompt, value, error):
    with pytest.raises(error):
        journal.save(step, prompt, value)
    assert journal.revision_count() == 0
    assert journal.unsaved == []


def test_threads_saving_at_once_lose_nothing(journal):
    def save_many(step):
        for number in range(50):
            journal.save(step, "hopes", number)

    threads = [threading.Thread(target=save_many, args=(f"t{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert journal.revision_count() == 200
    assert len(set(uids_in(journal.path))) == 200
    assert all(journal.latest(f"t{n}", "hopes").value == 49 for n in range(4))


def test_a_file_deleted_while_open_is_started_again_not_written_into_the_void(journal):
    journal.save("00", "hopes", "before")
    journal.path.unlink()
    journal.save("00", "hopes", "after")
    assert values(reopened(journal.path).history("00", "hopes")) == ["after"]


def test_a_closed_journal_reopens_on_use(journal):
    journal.save("00", "hopes", "one")
    journal.close()
    journal.close()
    journal.save("00", "hopes", "two")
    assert values(journal.history("00", "hopes")) == ["one", "two"]


def test_the_file_is_tagged_and_never_uses_wal(journal):
    journal.save("00", "hopes", "x")
    with sqlite3.connect(journal.path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4D435243
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not journal.path.with_name("journal.sqlite3-wal").exists()


def test_a_save_waits_out_another_kernel_holding_the_file(journal_path, monkeypatch):
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_SECONDS", 0.05)
    journal = Journal(journal_path)
    other_kernel = sqlite3.connect(journal_path, isolation_level=None)
    other_kernel.execute("BEGIN EXCLUSIVE")
    waits = []

    def wait_while_the_other_kernel_finishes(seconds):
        waits.append(seconds)
        other_kernel.execute("COMMIT")

    monkeypatch.setattr(store.time, "sleep", wait_while_the_other_kernel_finishes)
    journal.save("00", "hopes", "patient")
    other_kernel.close()
    assert waits == [store.RETRY_DELAYS_SECONDS[0]]
    assert reopened(journal_path).latest("00", "hopes").value == "patient"


def test_a_file_locked_for_too_long_fails_visibly(journal_path, monkeypatch):
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_SECONDS", 0.05)
    journal = Journal(journal_path)
    other_kernel = sqlite3.connect(journal_path, isolation_level=None)
    other_kernel.execute("BEGIN EXCLUSIVE")
    waits = []
    monkeypatch.setattr(store.time, "sleep", waits.append)
    with pytest.raises(JournalWriteError, match=r"^not saved: the journal is busy"):
        journal.save("00", "hopes", "kept in memory")
    other_kernel.execute("COMMIT")
    other_kernel.close()
    assert waits == list(store.RETRY_DELAYS_SECONDS)
    assert values(journal.unsaved) == ["kept in memory"]
    journal.save("00", "hopes", "then saved")
    assert values(reopened(journal_path).history("00", "hopes")) == ["kept in memory", "then saved"]


# --- where the journal lives -----------------------------------------------------------

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME is a Linux convention")
def test_default_location_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.delenv(journal_module.JOURNAL_DIR_ENV)
    expected = tmp_path / "xdg" / "mc-course-companion" / "journal.sqlite3"
    assert default_journal_path() == expected
    assert not expected.parent.exists()  # asking for the path creates nothing

    get_journal().save("00", "hopes", "kept")
    assert expected.is_file()
    assert reopened(expected).latest("00", "hopes").value == "kept"


def test_the_environment_variable_overrides_the_location(tmp_path, monkeypatch):
    folder = tmp_path / "chosen" / "deeper"
    monkeypatch.setenv(journal_module.JOURNAL_DIR_ENV, str(folder))
    assert default_journal_path() == folder / "journal.sqlite3"
    Journal().save("00", "hopes", "here")
    assert (folder / "journal.sqlite3").is_file()


def test_get_journal_is_shared_until_the_location_changes(tmp_path, monkeypatch):
    first = get_journal()
    assert get_journal() is first
    monkeypatch.setenv(journal_module.JOURNAL_DIR_ENV, str(tmp_path / "elsewhere"))
    second = get_journal()
    assert second is not first
    assert second.path == tmp_path / "elsewhere" / "journal.sqlite3"


def test_importing_the_module_does_not_import_jsonschema():
    code = "import sys, course_helpers, course_helpers.journal\nprint('jsonschema' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.stdout.strip() == "False", result.stderr


# --- two kernels, and a killed one -----------------------------------------------------

def start_worker(path: Path, step: str, count: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    worker = subprocess.Popen([sys.executable, str(WORKER), str(path), step, str(count)], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    return worker


def test_two_processes_saving_at_once_lose_nothing(journal_path):
    Journal(journal_path).close()
    workers = [start_worker(journal_path, step, 1000) for step in ("kernel_a", "kernel_b")]
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    reported = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        reported += out.split()

    assert len(reported) == 2000
    stored = uids_in(journal_path)
    assert len(stored) == 2000
    assert set(stored) == set(reported)
    assert reopened(journal_path).revision_count() == 2000


def test_a_killed_process_keeps_every_save_it_reported(journal_path):
    worker = start_worker(journal_path, "killed", 0)
    worker.stdin.write("go\n")
    worker.stdin.flush()
    reported = []
    while len(reported) < 300:
        line = worker.stdout.readline()
        assert line, worker.stderr.read()
        reported.append(line.strip())
    worker.kill()  # SIGKILL on POSIX: no clean-up code runs
    worker.wait(timeout=30)
    reported += [line for line in worker.stdout.read().split() if re.fullmatch(r"[0-9a-f]{32}", line)]
    worker.stdout.close(), worker.stderr.close(), worker.stdin.close()

    after = Journal(journal_path)
    assert after.notices == []
    with sqlite3.connect(journal_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert set(reported) <= set(uids_in(journal_path))
    assert after.revision_count() >= len(reported)


# --- bad files are moved aside, never deleted ------------------------------------------

def a_real_journal(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    source = Journal(path.with_name("source.sqlite3"))
    for number in range(200):
        source.save("00", f"p{number % 5}", f"answer {number} " + "x" * 300)
    source.close()
    return source.path.read_bytes()


def foreign_database(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    other = path.with_name("other.db")
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('someone else''s data')")
    conn.close()
    return other.read_bytes()


BAD_FILES = {
    "random bytes": ("corrupt", lambda path: random.Random(7).randbytes(5000)),
    "truncated header": ("corrupt", lambda path: a_real_journal(path)[:60]),
    "truncated journal": ("corrupt", lambda path: a_real_journal(path)[: 40 * 1024]),
    "empty file": ("empty", lambda path: b""),
    "another program's database": ("foreign", foreign_database),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_an_unreadable_file_is_kept_aside_and_a_fresh_journal_started(journal_path, kind):
    reason, make = BAD_FILES[kind]
    content = make(journal_path)
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_bytes(content)

    journal = Journal(journal_path)

    kept = list(journal_path.parent.glob(f"journal.sqlite3.{reason}-*"))
    assert len(kept) == 1
    assert re.fullmatch(rf"journal\.sqlite3\.{reason}-\d{{8}}T\d{{6}}Z", kept[0].name)
    assert kept[0].read_bytes() == content
    assert len(journal.notices) == 1 and kept[0].name in journal.notices[0]
    if kind == "truncated journal":  # its first pages are intact: their answers are copied over
        rescued = journal.revision_count()
        assert 0 < rescued < 200
        assert f"{rescued} saved revisions could still be read from it" in journal.notices[0]
    else:
        assert journal.revision_count() == 0 and "a new, empty journal was started" in journal.notices[0]
    journal.save("00", "hopes", "a new start")
    assert reopened(journal_path).latest("00", "hopes").value == "a new start"
    assert reopened(journal_path).notices == []


def test_a_second_bad_file_in_the_same_second_gets_its_own_name(journal_path):
    journal_path.parent.mkdir(parents=True)
    for content in (b"first bad file", b"second bad file"):
        journal_path.write_bytes(content)
        Journal(journal_path).close()
    kept = sorted(journal_path.parent.glob("journal.sqlite3.corrupt-*"), key=lambda p: len(p.name))
    assert [p.read_bytes() for p in kept] in ([b"first bad file", b"second bad file"],
                                              [b"second bad file", b"first bad file"])  # two stamps, or a counter
    assert len({p.name for p in kept}) == 2


def test_a_bad_file_keeps_its_rollback_journal_beside_it(journal_path):
    """A leftover -journal must travel with its file, or SQLite would replay it into the fresh one."""
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"not a database at all")
    journal_path.with_name("journal.sqlite3-journal").write_bytes(b"leftover rollback journal")
    journal = Journal(journal_path)
    [kept] = journal_path.parent.glob("journal.sqlite3.corrupt-*[0-9Z]")
    assert kept.with_name(kept.name + "-journal").read_bytes() == b"leftover rollback journal"
    journal.save("00", "hopes", "fresh")
    assert reopened(journal_path).latest("00", "hopes").value == "fresh"


def test_a_blank_sqlite_file_is_adopted_without_a_notice(journal_path):
    journal_path.parent.mkdir(parents=True)
    with sqlite3.connect(journal_path) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")  # writes a header: a valid database with no tables
    conn.close()
    journal = Journal(journal_path)
    assert journal.notices == []
    journal.save("00", "hopes", "adopted")
    assert reopened(journal_path).latest("00", "hopes").value == "adopted"


def test_a_journal_from_a_newer_course_is_left_untouched(journal_path):
    Journal(journal_path).save("00", "hopes", "written by the newer course")
    with sqlite3.connect(journal_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = journal_path.read_bytes()

    journal = Journal(journal_path)
    assert len(journal.notices) == 1 and "newer version" in journal.notices[0]
    with pytest.raises(JournalWriteError, match=r"^not saved: .*newer version"):
        journal.save("00", "hopes", "typed today")
    assert journal.latest("00", "hopes").value == "typed today"
    assert b"typed today" in journal.export_bytes()
    journal.close()

    assert journal_path.read_bytes() == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["journal.sqlite3"]


# --- a failing disk: a visible failure, nothing lost -----------------------------------

@pytest.mark.parametrize("sqlite_message, reason", [
    ("attempt to write a readonly database", "the journal folder is read-only"),
    ("database or disk is full", "the disk is full"),
])
def test_a_refused_write_is_kept_in_memory_and_written_later(journal, monkeypatch, sqlite_message, reason):
    journal.save("00", "hopes", "first")

    def refuse(conn, revision):
        raise sqlite3.OperationalError(sqlite_message)

    with monkeypatch.context() as patch:
        patch.setattr(sqlite_file, "insert_revision", refuse)
        with pytest.raises(JournalWriteError) as caught:
            journal.save("00", "hopes", "typed while the disk refused")
        assert str(caught.value) == f"not saved: {reason}"
        assert journal.latest("00", "hopes").value == "typed while the disk refused"
        assert values(journal.unsaved) == ["typed while the disk refused"]
        assert journal.revision_count() == 2
        assert "typed while the disk refused" in [r["value"] for r in journal.export_dict()["revisions"]]

    journal.save("00", "hopes", "after the disk recovered")
    assert journal.unsaved == []
    assert values(reopened(journal.path).history("00", "hopes")) == [
        "first", "typed while the disk refused", "after the disk recovered"]


def test_a_really_full_database_is_reported_and_recovers(journal, monkeypatch):
    """SQLite's own 'database or disk is full', made real with max_page_count."""
    journal.save("00", "hopes", "small")
    real_connect = sqlite_file.connect

    def tiny_disk(path):
        conn = real_connect(path)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn

    journal.close()
    with monkeypatch.context() as patch:
        patch.setattr(sqlite_file, "connect", tiny_disk)
        with pytest.raises(JournalWriteError, match=r"^not saved: the disk is full$"):
            journal.save("00", "hopes", "long " * 20_000)
    journal.save("00", "hopes", "later")
    assert values(reopened(journal.path).history("00", "hopes")) == ["small", "long " * 20_000, "later"]


def test_a_folder_that_cannot_be_created_fails_visibly_then_recovers(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the journal folder should be")
    journal = Journal(blocker / "journal" / "journal.sqlite3")  # must not raise

    assert journal.latest("00", "hopes") is None
    assert journal.latest_values() == {} and journal.revision_count() == 0
    with pytest.raises(JournalWriteError, match=r"^not saved: \S"):
        journal.save("00", "hopes", "typed anyway")
    assert journal.latest("00", "hopes").value == "typed anyway"
    assert json.loads(journal.export_bytes())["revisions"][0]["value"] == "typed anyway"

    blocker.unlink()
    journal.save("00", "hopes", "and then more")
    assert values(reopened(journal.path).history("00", "hopes")) == ["typed anyway", "and then more"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores folder permissions; the monkeypatched tests cover this")
def test_a_read_only_folder_without_a_journal(tmp_path):
    folder = tmp_path / "read_only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        journal = Journal(folder / "journal.sqlite3")  # must not raise
        assert journal.latest("00", "hopes") is None
        with pytest.raises(JournalWriteError, match=r"^not saved: the journal folder is read-only$"):
            journal.save("00", "hopes", "typed")
        assert journal.latest("00", "hopes").value == "typed"
        assert b"typed" in journal.export_bytes()
        folder.chmod(0o700)
        journal.save("00", "hopes", "saved")
        assert values(reopened(journal.path).history("00", "hopes")) == ["typed", "saved"]
    finally:
        folder.chmod(0o700)


# --- hostile text survives every trip --------------------------------------------------

HOSTILE = {
    "img tag": "<img src=x onerror=alert(1)>",
    "script tag": "<script>alert(1)</script>",
    "javascript link": '<a href="javascript:alert(1)">x</a>',
    "dollars": "$5 and $10",
    "rtl override": "\u202e RTL override",
    "emoji": "🎓🧑🏽\u200d🏫",
    "nul": "a\x00b",
    "lone surrogate": "\ud800",
    "one megabyte": ("🎓<b>\u202e\x00\ud800 " * 120_000)[:1_000_000],
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_survives_save_reload_export_and_import(journal, tmp_path, name):
    text = HOSTILE[name]
    journal.save("00", "hopes", text)
    assert journal.latest("00", "hopes").value == text
    assert reopened(journal.path).latest("00", "hopes").value == text

    exported = journal.export_bytes()
    exported.decode("utf-8")  # strict: lone surrogates travel as escapes, never as invalid bytes
    fresh = Journal(tmp_path / "fresh" / "journal.sqlite3")
    assert fresh.import_bytes(exported) == ImportReport(added=1, skipped=0)
    assert reopened(fresh.path).latest("00", "hopes").value == text


# --- export ----------------------------------------------------------------------------

def test_export_shape_and_order(journal):
    journal.save("01", "why_there", "b")
    journal.save("lab", "notes", ["a"])  # a prompt the manifest does not know may hold any value
    document = journal.export_dict()
    assert set(document) == {"format", "schema_version", "exported_at", "revisions"}
    assert document["format"] == EXPORT_FORMAT and document["schema_version"] == SCHEMA_VERSION
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", document["exported_at"])
    revisions = document["revisions"]
    assert [r["value"] for r in revisions] == ["b", ["a"]]
    assert revisions == sorted(revisions, key=lambda r: (r["saved_at"], r["uid"]))
    assert all(set(r) == {"uid", "step", "prompt", "value", "saved_at", "schema_version"} for r in revisions)
    assert json.loads(journal.export_bytes())["revisions"] == revisions


def test_export_reveals_nothing_about_the_learner(tmp_path, monkeypatch):
    for variable in ("USER", "LOGNAME", "JUPYTERHUB_USER"):
        monkeypatch.setenv(variable, "alice")
    monkeypatch.setenv("HOME", str(tmp_path / "alice-home"))
    monkeypatch.setenv(journal_module.JOURNAL_DIR_ENV, str(tmp_path / "alice-journal"))
    journal = get_journal()
    journal.save("00", "hopes", "my answer")
    exported = journal.export_bytes()
    assert b"my answer" in exported
    assert b"alice" not in exported.lower()
    assert str(tmp_path).encode() not in exported


def test_export_to_writes_the_whole_file_and_leaves_no_temporary_files(journal, tmp_path, monkeypatch):
    journal.save("00", "hopes", "x" * 100_000)
    target = tmp_path / "out" / "journal.json"
    target.parent.mkdir()
    target.write_text("an older export")
    real_replace = os.replace
    seen_at_replace = []

    def checking_replace(source, destination):
        if Path(destination) == target:  # the old file is intact until the complete new one replaces it
            seen_at_replace.append((target.read_text(), json.loads(Path(source).read_bytes())))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", checking_replace)
    assert journal.export_to(target) == target

    assert seen_at_replace[0][0] == "an older export"
    assert seen_at_replace[0][1]["revisions"] == journal.export_dict()["revisions"]
    assert json.loads(target.read_bytes())["revisions"] == journal.export_dict()["revisions"]
    assert [p.name for p in target.parent.iterdir()] == ["journal.json"]


def test_a_failed_export_to_keeps_the_old_file_and_cleans_up(journal, tmp_path, monkeypatch):
    journal.save("00", "hopes", "x")
    target = tmp_path / "journal.json"
    target.write_text("an older export")

    def no_space(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(JournalError, match=r"^not exported: the disk is full$"):
        journal.export_to(target)
    assert target.read_text() == "an older export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# --- import ----------------------------------------------------------------------------

def a_revision(**changes) -> dict:
    revision = {"uid": "0123456789abcdef0123456789abcdef", "step": "00", "prompt": "hopes", "value": "imported",
                "saved_at": "2024-05-01T10:00:00.000000Z", "schema_version": 1}
    return {**revision, **changes}


def an_export(*, drop: str | None = None, **changes) -> dict:
    document = {"format": EXPORT_FORMAT, "schema_version": SCHEMA_VERSION, "exported_at": "2024-05-01T10:00:00Z",
                "revisions": [a_revision()], **changes}
    document.pop(drop, None)
    return document


def as_bytes(document) -> bytes:
    return json.dumps(document).encode()


def with_raw_value(raw: str) -> bytes:
    """An otherwise valid export whose single value is the raw JSON text ``raw``."""
    return as_bytes(an_export(revisions=[a_revision(value="RAW")])).replace(b'"RAW"', raw.encode())


BAD_IMPORTS = {
    "not JSON": (b'{"format": "mc-course-journal",', "not valid JSON"),
    "an empty file": (b"", "not valid JSON"),
    "a top-level array": (b"[]", "not a journal export"),
    "the wrong format": (as_bytes(an_export(format="something-else")), "format:"),
    "no schema_version": (as_bytes(an_export(drop="schema_version")), "'schema_version' is a required property"),
    "a newer schema": (as_bytes(an_export(schema_version=SCHEMA_VERSION + 1)),
                       f"made by a newer version of the course (schema {SCHEMA_VERSION + 1})"),
    "schema_version as text": (as_bytes(an_export(schema_version="1")), "schema_version:"),
    "an extra top-level key": (as_bytes(an_export(owner="me")), "Additional properties"),
    "an extra revision key": (as_bytes(an_export(revisions=[a_revision(path="/home/x")])), "revisions[0]:"),
    "revisions not a list": (as_bytes(an_export(revisions={})), "revisions:"),
    "a step that is a number": (as_bytes(an_export(revisions=[a_revision(step=5)])), "revisions[0].step:"),
    "a step with a space": (as_bytes(an_export(revisions=[a_revision(step="0 0")])), "revisions[0].step:"),
    "a step ending in a newline": (as_bytes(an_export(revisions=[a_revision(step="00\n")])), "revisions[0].step:"),
    "a short uid": (as_bytes(an_export(revisions=[a_revision(uid="abc")])), "revisions[0].uid:"),
    "an unreadable saved_at": (as_bytes(an_export(revisions=[a_revision(saved_at="yesterday")])),
                               "revisions[0].saved_at:"),
    "a missing value": (as_bytes(an_export(revisions=[{k: v for k, v in a_revision().items() if k != "value"}])),
                        "revisions[0]:"),
    "a NaN token": (with_raw_value("NaN"), "NaN"),
    "an Infinity token": (with_raw_value("[-Infinity]"), "Infinity"),
    "a float too large": (with_raw_value("1e999"), "revisions[0].value (step 00, prompt hopes): "),
    "an integer too large": (with_raw_value("9" * 5000), "too large"),
    "a repeated key": (as_bytes(an_export()).replace(b'"step": "00"', b'"step": "00", "step": "01"'),
                       "repeats the key 'step'"),
    "deep nesting": (b"[" * 100_000, "too deeply"),
    "invalid UTF-8": (as_bytes(an_export()).replace(b"imported", b"import\xffed"), "not UTF-8"),
    "UTF-16": (json.dumps(an_export()).encode("utf-16"), "not UTF-8"),
}


@pytest.mark.parametrize("name", BAD_IMPORTS)
def test_a_bad_import_is_refused_in_one_line_and_changes_nothing(journal, name):
    data, expected = BAD_IMPORTS[name]
    journal.save("00", "hopes", "mine")
    before = journal.export_dict()["revisions"]

    with pytest.raises(JournalImportError) as caught:
        journal.import_bytes(data)

    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and "Traceback" not in message and len(message) < 300
    assert journal.export_dict()["revisions"] == before


def test_an_oversized_file_is_refused_before_it_is_read(journal, tmp_path, monkeypatch):
    big = tmp_path / "big.json"
    with open(big, "wb") as file:
        file.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    with monkeypatch.context() as patch:
        patch.setattr(files.os, "open", no_reading)
        with pytest.raises(JournalImportError, match="too large"):
            journal.import_file(big)
    with pytest.raises(JournalImportError, match="too large"):
        journal.import_bytes(b" " * (MAX_IMPORT_BYTES + 1))
    assert journal.revision_count() == 0


def test_too_many_revisions_are_refused(journal, monkeypatch):
    monkeypatch.setattr(export_format, "MAX_IMPORT_REVISIONS", 2)
    three = [a_revision(uid=f"{n:032x}") for n in range(3)]
    with pytest.raises(JournalImportError, match=r"^revisions: .*too long"):
        journal.import_bytes(as_bytes(an_export(revisions=three)))
    assert journal.revision_count() == 0


def test_an_export_imports_into_a_fresh_journal_exactly(journal, tmp_path):
    for number in range(1, 6):
        journal.save("02", f"likelihood_C{number}", number)
    journal.save("lab", "notes", {"mixed": ["ü", "\ud800", None]})
    path = journal.export_to(tmp_path / "export.json")

    fresh = Journal(tmp_path / "fresh" / "journal.sqlite3")
    assert fresh.import_file(path) == ImportReport(added=6, skipped=0, unknown=1)
    assert fresh.export_dict()["revisions"] == journal.export_dict()["revisions"]
    assert fresh.import_file(path) == ImportReport(added=0, skipped=6)
    assert fresh.revision_count() == 6


def test_a_byte_order_mark_is_accepted(journal):
    report = journal.import_bytes(b"\xef\xbb\xbf" + as_bytes(an_export()))
    assert report == ImportReport(added=1, skipped=0)
    assert journal.latest("00", "hopes").value == "imported"


def test_merging_two_journals_keeps_the_union_and_the_newest_answer(tmp_path):
    laptop = Journal(tmp_path / "laptop" / "journal.sqlite3")
    binder = Journal(tmp_path / "binder" / "journal.sqlite3")
    laptop.save("00", "hopes", "older, on the laptop")
    binder.save("00", "hopes", "newer, on Binder")
    binder.save("01", "why_there", "only on Binder")

    assert laptop.import_bytes(binder.export_bytes()) == ImportReport(added=2, skipped=0)
    assert binder.import_bytes(laptop.export_bytes()) == ImportReport(added=1, skipped=2)

    for journal in (laptop, binder):
        assert journal.revision_count() == 3
        assert journal.latest_values() == {("00", "hopes"): "newer, on Binder",
                                           ("01", "why_there"): "only on Binder"}
    assert laptop.export_dict()["revisions"] == binder.export_dict()["revisions"]


def test_an_import_that_fails_midway_leaves_nothing_behind(journal, tmp_path, monkeypatch):
    journal.save("00", "hopes", "mine")
    source = Journal(tmp_path / "source" / "journal.sqlite3")
    for number in range(10):
        source.save("01", "why_there", f"answer {number}")
    exported = source.export_bytes()
    real_insert = sqlite_file.insert_revision
    calls = []

    def fail_after_three(conn, revision):
        calls.append(revision.uid)
        if len(calls) > 3:
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(conn, revision)

    with monkeypatch.context() as patch:
        patch.setattr(sqlite_file, "insert_revision", fail_after_three)
        with pytest.raises(JournalWriteError, match="^not saved: "):
            journal.import_bytes(exported)
    assert calls[:3] == [r["uid"] for r in source.export_dict()["revisions"]][:3]  # rows really were inserted
    assert uids_in(journal.path) == [journal.latest("00", "hopes").uid]
    assert journal.import_bytes(exported) == ImportReport(added=10, skipped=0)


# --- erase -----------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["", "erase", "ERASE MY ANSWERS", f" {ERASE_CONFIRMATION}", "yes"])
def test_erase_without_the_exact_words_deletes_nothing(journal, typed):
    journal.save("00", "hopes", "keep me")
    with pytest.raises(JournalError, match="nothing erased"):
        journal.erase(typed)
    assert journal.latest("00", "hopes").value == "keep me"


def test_erase_removes_every_trace_from_the_file(journal):
    secret = "zebra-secret-7431"
    for number in range(3):
        journal.save("00", "hopes", f"{secret} {number} " + "y" * 5000)
    assert secret.encode() in journal.path.read_bytes()

    assert journal.erase(ERASE_CONFIRMATION) == 3

    assert journal.revision_count() == 0
    assert journal.latest("00", "hopes") is None and journal.latest_values() == {}
    for file in journal.path.parent.iterdir():
        assert secret.encode() not in file.read_bytes(), file.name
    journal.save("00", "hopes", "a fresh start")
    assert reopened(journal.path).revision_count() == 1
