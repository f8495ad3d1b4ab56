"""Collecting share files from hostile folders, zip archives and uploads: every bad file refused with a reason,
the others imported, the latest submission per learner kept, nothing ever written to disk or followed."""
from __future__ import annotations

import io
import json
import os
import stat
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from course_helpers import strings
from course_helpers.cohort import Collection, Limits, collect
from course_helpers.cohort.collect import ImportSummary
from tests.cohort_helpers import LEARNER, encode, share_document, write

# CI (CI=true, as .ci/run sets it) always runs it; locally it waits for COURSE_SLOW_TESTS=1.
SLOW = pytest.mark.skipif(os.environ.get("COURSE_SLOW_TESTS") != "1"
                          and os.environ.get("CI", "").lower() not in ("true", "1", "yes"),
                          reason="creates 100,000 files (about a minute on a busy disk); set COURSE_SLOW_TESTS=1")


def learner(number: int) -> str:
    return f"{number:032x}"


def reasons(summary: ImportSummary) -> dict[str, str]:
    return {name: reason for name, reason in summary.examples}


def assert_only_refused(summary: ImportSummary, name: str, words: str) -> None:
    found = reasons(summary)
    assert name in found, found
    assert words in found[name], found[name]


# --- a folder ------------------------------------------------------------------------------

@pytest.fixture
def hostile_folder(tmp_path) -> Path:
    """One valid file beside every kind of file the import must refuse."""
    folder = tmp_path / "submissions"
    folder.mkdir()
    write(folder, "good.json", share_document())
    (folder / "empty.json").write_bytes(b"")
    with open(folder / "huge.json", "wb") as file:
        file.truncate(3 * 1024**3)  # sparse: 3 GB claimed, nothing written
    (folder / "latin1.json").write_bytes(b'{"note": "caf\xe9"}')
    (folder / "utf16.json").write_bytes(json.dumps(share_document()).encode("utf-16"))
    (folder / "deep.json").write_bytes(b"[" * 100_000)
    (folder / "dupkeys.json").write_bytes(b'{"format": "mc-course-share", "format": "x"}')
    (folder / "nan.json").write_bytes(encode(share_document())[:-1] + b', "x": NaN}')
    (folder / "bignum.json").write_bytes(b'{"a": ' + b"7" * 5000 + b"}")
    write(folder, "foreign.json", {"name": "package", "version": "1.0"})
    write(folder, "journal.json", {"format": "mc-course-journal", "schema_version": 1, "revisions": []})
    write(folder, "future.json", share_document(schema_version=7, learner=learner(2)))
    write(folder, "extra.json", share_document(learner=learner(3), user="alice"))
    write(folder, "wrongtype.json", share_document(learner=learner(4), answers={"00": {"familiarity": "4"}}))
    write(folder, "outofrange.json", share_document(learner=learner(5), answers={"00": {"familiarity": 7}}))
    write(folder, "unticked.json", share_document(learner=learner(6), shared_reflections=[]))
    write(folder, "surrogate.json", b'{"format": "mc-course-share", "schema_version": 1, "class_code": "SEM-A", '
                                    b'"learner": "' + learner(8).encode() + b'", "created_at": "2026-11-30T10:00:00Z", '
                                    b'"shared_reflections": ["01"], "answers": {"01": {"why_there": "\\ud800"}}}')
    (folder / "answers.pkl").write_bytes(b"\x80\x04K\x01.")
    (folder / "pickled.json").write_bytes(b"\x80\x04\x95\x10\x00")
    (folder / "notes.txt").write_text("hello")
    (folder / "link.json").symlink_to(folder / "good.json")
    (folder / "dirlink").symlink_to(tmp_path)
    os.mkfifo(folder / "pipe.json")
    deep = folder
    for level in range(12):
        deep = deep / f"d{level}"
    deep.mkdir(parents=True)
    write(deep, "buried.json", share_document(learner=learner(9)))
    (folder / "evil\x1b[31mname\n.json").write_bytes(b"{")
    return folder


EXPECTED = {
    "empty.json": "empty",
    "huge.json": "too large",
    "latin1.json": "not UTF-8",
    "utf16.json": "UTF-16",
    "deep.json": "too deeply",
    "dupkeys.json": "repeats the key 'format'",
    "nan.json": "NaN",
    "bignum.json": "number too large",
    "foreign.json": "not a share file",
    "journal.json": "journal backup",
    "future.json": "newer version",
    "extra.json": "a field 'user'",
    "wrongtype.json": "whole number from 1 to 5",
    "outofrange.json": "whole number from 1 to 5",
    "unticked.json": "did not tick",
    "surrogate.json": "lone surrogate",
    "answers.pkl": "pickle",
    "pickled.json": "pickle",
    "notes.txt": "only .json",
    "link.json": "symbolic link",
    "dirlink": "symbolic link",
    "pipe.json": "not a plain file",
}


def test_a_hostile_folder_imports_the_good_file_and_names_a_reason_for_every_other(hostile_folder):
    collection = collect(hostile_folder)
    summary = collection.summary()
    assert summary.accepted == 1 and summary.learners == 1
    for name, words in EXPECTED.items():
        assert_only_refused(summary, name, words)
    buried = [name for name in reasons(summary) if name.endswith("/")]
    assert buried and "nested more than 8" in reasons(summary)[buried[0]]
    assert summary.refused_total == len(EXPECTED) + 2  # the deep folder and the evil name


def test_the_summary_prints_hostile_names_harmlessly(hostile_folder):
    text = "\n".join(collect(hostile_folder).summary().lines())
    assert "\x1b" not in text and "evil\\x1b[31mname\\x0a.json" in text


def test_the_command_line_ends_with_a_summary_never_a_traceback(hostile_folder, tmp_path):
    out, table = tmp_path / "report.html", tmp_path / "report.csv"
    done = subprocess.run([sys.executable, "-m", "course_helpers", "cohort", "report", str(hostile_folder),
                           "--out", str(out), "--csv", str(table)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "Refused 24 files" in done.stdout and out.exists() and table.exists()
    missing = subprocess.run([sys.executable, "-m", "course_helpers", "cohort", "report", str(tmp_path / "nope"),
                              "--out", str(out)], capture_output=True, text=True)
    assert missing.returncode == 1 and "no file or folder" in missing.stderr


def test_an_unreadable_file_is_refused(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = write(tmp_path, "locked.json", share_document())
    path.chmod(0)
    assert "could not be read" in reasons(collect(tmp_path).summary())["locked.json"]


def test_a_device_named_directly_is_refused():
    collection = Collection()
    collection.add_file("/dev/null")
    assert collection.summary().refused_total == 1  # not .json: refused before anything is opened
    from course_helpers.cohort.sources import Item, read_file
    refusal = read_file("/dev/null", "null", Limits())
    assert not isinstance(refusal, Item) and "not a plain file" in refusal.reason


def test_a_folder_of_many_empty_files_ends_with_a_summary(tmp_path):
    for number in range(5_000):
        (tmp_path / f"e{number}.json").touch()
    start = time.perf_counter()
    summary = collect(tmp_path).summary()
    assert time.perf_counter() - start < 30
    assert summary.refused[strings.COHORT_CAT_EMPTY] == 5_000
    assert len(summary.examples) == Limits().examples  # names kept for the first few only


@SLOW
def test_a_folder_of_100_000_empty_files_ends_with_a_summary(tmp_path):
    for number in range(100_000):
        os.close(os.open(tmp_path / f"e{number:06d}.json", os.O_CREAT | os.O_WRONLY, 0o644))
    summary = collect(tmp_path).summary()
    assert summary.refused[strings.COHORT_CAT_EMPTY] == 100_000


def test_limits_stop_an_import_with_a_sentence(tmp_path):
    for number in range(30):
        write(tmp_path, f"s{number}.json", share_document(learner=learner(number)))
    summary = collect(tmp_path, limits=Limits(entries=10)).summary()
    assert summary.accepted < 30 and "stopped after 10 entries" in summary.stopped[0]


def test_progress_is_reported(tmp_path):
    for number in range(1500):
        write(tmp_path, f"s{number}.json", share_document(learner=learner(number)))
    calls = []
    collect(tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (1000, 1500) and calls[-1] == (1500, 1500)


# --- which submission wins -------------------------------------------------------------------

def test_the_latest_submission_wins_and_repeats_are_counted(tmp_path):
    early = share_document(created_at="2026-11-30T09:00:00Z", answers={"00": {"familiarity": 1}})
    late = share_document(created_at="2026-11-30T11:00:00Z", answers={"00": {"familiarity": 5}})
    write(tmp_path, "a-late.json", late)
    write(tmp_path, "b-early.json", early)
    write(tmp_path, "c-copy.json", late)
    collection = collect(tmp_path)
    summary = collection.summary()
    assert (summary.learners, summary.superseded, summary.duplicates) == (1, 1, 1)
    column = collection.layout.column("00", "familiarity")
    assert collection.table.values(column) == [5]


def test_a_same_second_conflict_is_settled_the_same_way_in_any_order(tmp_path):
    one = share_document(answers={"00": {"familiarity": 1}})
    two = share_document(answers={"00": {"familiarity": 2}})
    winners = []
    for order in ((one, two), (two, one)):
        collection = Collection()
        for document in order:
            collection.add_bytes("x.json", encode(document))
        assert collection.summary().conflicts == 1
        winners.append(collection.table.values(collection.layout.column("00", "familiarity")))
    assert winners[0] == winners[1]


def test_the_same_learner_in_two_classes_is_two_learners_and_a_class_filter_refuses_the_other(tmp_path):
    write(tmp_path, "a.json", share_document(class_code="SEM-A"))
    write(tmp_path, "b.json", share_document(class_code="SEM-B"))
    assert collect(tmp_path).summary().learners == 2
    filtered = collect(tmp_path, class_code="sem-a").summary()
    assert filtered.learners == 1
    assert_only_refused(filtered, "b.json", "for class SEM-B, not SEM-A")


def test_answers_to_unknown_prompts_are_counted_and_ignored(tmp_path):
    document = share_document(answers={"00": {"familiarity": 3, "new_prompt": 2}, "42": {"anything": [1, 2]}})
    write(tmp_path, "newer.json", document)
    summary = collect(tmp_path).summary()
    assert summary.accepted == 1 and summary.ignored_answers == 2


# --- zip archives and uploads ------------------------------------------------------------------

def make_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_hostile_zip_is_read_in_memory_entry_by_entry(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    link = zipfile.ZipInfo("link.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    bomb = b"0" * (600 * 1024)
    archive = make_zip([
        ("good.json", encode(share_document())),
        ("../../.bashrc.json", encode(share_document(learner=learner(2)))),
        ("/etc/passwd.json", b"{}"),
        ("..\\..\\win.json", b"{}"),
        ("inner.zip", make_zip([("x.json", b"{}")])),
        (link, b"/etc/passwd"),
        ("folder/", b""),
        ("bomb.json", bomb),
        ("bad.json", b"{"),
        ("empty.json", b""),
    ])
    before = sorted(os.listdir(tmp_path))
    collection = Collection()
    collection.add_upload("class.zip", archive)
    summary = collection.summary()
    assert sorted(os.listdir(tmp_path)) == before  # nothing extracted anywhere
    assert summary.accepted == 1
    found = reasons(summary)
    for name in ("../../.bashrc.json", "/etc/passwd.json", "..\\..\\win.json"):
        assert "points outside" in found[f"class.zip:{name}"]
    assert "archive inside" in found["class.zip:inner.zip"]
    assert "symbolic link" in found["class.zip:link.json"]
    assert "compressed" in found["class.zip:bomb.json"]
    assert "not valid JSON" in found["class.zip:bad.json"]
    assert "empty" in found["class.zip:empty.json"]
    assert not any(name.endswith("folder/") for name in found)


def test_an_archive_that_would_inflate_too_far_is_refused_before_inflating():
    archive = make_zip([(f"s{n}.json", b" " * 4000) for n in range(50)])
    collection = Collection(limits=Limits(total_bytes=100_000))
    collection.add_upload("many.zip", archive)
    assert "would unpack to" in reasons(collection.summary())["many.zip"]


def test_an_archive_with_too_many_entries_is_refused_from_its_end_record():
    archive = make_zip([(f"s{n}.json", b"{}") for n in range(1_001)], zipfile.ZIP_STORED)
    collection = Collection(limits=Limits(entries=1_000))
    collection.add_upload("many.zip", archive)
    assert "holds 1,001 entries" in reasons(collection.summary())["many.zip"]


def test_a_member_whose_header_lies_about_its_size_is_never_inflated_past_it():
    payload = encode(share_document()) + b" " * 200_000
    archive = bytearray(make_zip([("liar.json", payload)]))
    # Claim 100 bytes in the central directory: zipfile then stops at 100 and the CRC check fails.
    at = archive.rfind(b"PK\x01\x02")
    archive[at + 24:at + 28] = struct.pack("<L", 100)
    collection = Collection()
    collection.add_upload("liar.zip", bytes(archive))
    summary = collection.summary()
    assert summary.accepted == 0 and summary.refused_total == 1


def test_an_encrypted_member_and_a_broken_archive_are_refused(tmp_path):
    archive = bytearray(make_zip([("secret.json", b"{}")], zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = archive.find(signature)
        archive[at + offset] |= 0x1  # the "encrypted" flag
    collection = Collection()
    collection.add_upload("locked.zip", bytes(archive))
    collection.add_upload("broken.zip", b"PK\x03\x04" + b"\x00" * 50)
    found = reasons(collection.summary())
    assert "encrypted" in found["locked.zip:secret.json"]
    assert "not a readable zip archive" in found["broken.zip"]


def test_a_zip_file_on_disk_and_a_single_upload(tmp_path):
    path = tmp_path / "class.zip"
    path.write_bytes(make_zip([(f"s{n}.json", encode(share_document(learner=learner(n)))) for n in range(7)]))
    assert collect(path).summary().learners == 7
    collection = Collection()
    collection.add_upload("one.json", encode(share_document()))
    collection.add_upload("not-json.json", b"hello")
    summary = collection.summary()
    assert summary.learners == 1 and "not valid JSON" in reasons(summary)["not-json.json"]


def test_the_learner_id_in_the_test_document_is_the_one_used(tmp_path):
    write(tmp_path, "a.json", share_document())
    assert collect(tmp_path).table.class_sizes() == {"SEM-A": 1}
    assert LEARNER not in "\n".join(collect(tmp_path).summary().lines())  # ids never printed


def test_an_upload_widgets_value_is_imported_file_by_file():
    value = ({"name": "a.json", "content": memoryview(encode(share_document()))},
             {"name": "b.zip", "content": memoryview(make_zip([("c.json", encode(share_document(learner="c" * 32)))]))},
             {"name": "d.json", "content": memoryview(b"\x00\x01")})
    collection = Collection()
    collection.add_uploads(value)
    summary = collection.summary()
    assert summary.learners == 2 and summary.refused_total == 1


@pytest.mark.parametrize("text, words", [("\\u0000", "NUL"), ("\\udfff", "lone surrogate")])
def test_text_that_cannot_be_shown_safely_is_refused(text, words):
    data = encode(share_document()).replace(b"Because the state leads here.", text.encode())
    collection = Collection()
    collection.add_bytes("t.json", data)
    assert words in reasons(collection.summary())["t.json"]


def test_a_folder_larger_than_the_total_limit_stops_with_a_sentence(tmp_path):
    for number in range(20):
        write(tmp_path, f"s{number}.json", share_document(learner=learner(number)))
    size = len(encode(share_document()))
    summary = collect(tmp_path, limits=Limits(total_bytes=size * 5)).summary()
    assert summary.accepted == 5 and "stopped after reading" in summary.stopped[0]


def test_a_member_declared_larger_than_a_share_file_is_refused_unread():
    archive = make_zip([("big.json", b" " * 5000 + encode(share_document()))], zipfile.ZIP_STORED)
    collection = Collection(limits=Limits(file_bytes=4096))
    collection.add_upload("big.zip", archive)
    assert "too large" in reasons(collection.summary())["big.zip:big.json"]


def test_the_report_command_filters_by_class_and_raises_the_threshold(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(6):
        write(inbox, f"a{number}.json", share_document(learner=learner(number)))
    write(inbox, "b.json", share_document(class_code="SEM-B"))
    out = tmp_path / "r.html"
    command = [sys.executable, "-m", "course_helpers", "cohort", "report", str(inbox), "--out", str(out),
               "--class", "sem-a", "--large"]
    done = subprocess.run(command + ["--min-group", "7"], capture_output=True, text=True)
    assert done.returncode == 0 and "1 belongs to another class" in done.stdout
    assert "Fewer than 7 learners have shared" in out.read_text() and 'class="large"' in out.read_text()
    done = subprocess.run(command, capture_output=True, text=True)
    assert "Answers shared by 6 learners" in out.read_text()
    low = subprocess.run(command + ["--min-group", "2"], capture_output=True, text=True)
    assert low.returncode == 1 and "at least 3" in low.stderr


def test_copies_count_as_duplicates_in_every_order():
    import itertools
    early = encode(share_document(created_at="2026-11-30T09:00:00Z", answers={"00": {"familiarity": 1}}))
    late = encode(share_document(created_at="2026-11-30T11:00:00Z", answers={"00": {"familiarity": 5}}))
    for order in itertools.permutations([early, late, early, late]):
        collection = Collection()
        for data in order:
            collection.add_bytes("x.json", data)
        summary = collection.summary()
        assert (summary.accepted, summary.superseded, summary.duplicates) == (2, 1, 2), order
        assert collection.table.values(collection.layout.column("00", "familiarity")) == [5]
