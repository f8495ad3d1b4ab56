"""The hub's class folder: a learner saves into it as themselves, the facilitator reads it by who wrote each file.

Files here are real files with real owners: as root (as the hub tests and CI run), the tests give
files to other uids with chown and name those uids through ``owner_name``, so the rule "a file
counts for the learner who wrote it" is tried on disk, not on a model of it. The sticky-bit refusal
is tried by a real process running as another uid.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from course_helpers import strings
from course_helpers.cohort import Collection, prepare_share
from course_helpers.cohort.classfolder import (ENVIRONMENT_VARIABLE, Attributed, class_folder,
                                               save_to_class_folder, walk_class_folder)
from course_helpers.cohort.share import ShareError
from course_helpers.cohort.sources import Item, Limits, Refusal, Stop
from tests.cohort_helpers import encode, share_document

ROOT = Path(__file__).resolve().parent.parent
AS_ROOT = pytest.mark.skipif(os.geteuid() != 0, reason="giving files to other users needs root (the hub tests run as root)")
ME = os.geteuid()
ALICE, BOB, STRANGER = 61001, 61002, 61099  # uids no account on this machine has (checked below)
NAMES = {ALICE: "alice", BOB: "bob", ME: "facilitator"}


def owner_name(uid):
    return NAMES.get(uid)


def put(folder: Path, name: str, document, uid: int | None = None) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(document if isinstance(document, bytes) else encode(document))
    if uid is not None:
        os.chown(path, uid, -1)
    return path


def walk(folder: Path, **options) -> list:
    return list(walk_class_folder(folder, Limits(), me=ME, owner_name=owner_name, **options))


def by_name(events) -> dict[str, object]:
    return {getattr(e, "name", None): e for e in events}


@pytest.fixture
def folder(tmp_path) -> Path:
    for uid in (ALICE, BOB, STRANGER):
        try:
            import pwd
            pwd.getpwuid(uid)
            pytest.skip(f"uid {uid} belongs to an account here; the tests need it unused")
        except KeyError:
            pass
    path = tmp_path / "submissions"
    path.mkdir()
    return path


# --- the learner saves ---------------------------------------------------------------------

@pytest.fixture
def preview(journal):
    journal.save("01", "why_there", "Because the state leads.")
    return prepare_share(journal, "SEM-A", ["01"])


def test_saving_names_the_file_after_the_user_and_lets_the_facilitators_group_read_it(preview, folder):
    old = os.umask(0o077)  # a hub's strict umask must not hide the file from the facilitators
    try:
        saved = save_to_class_folder(preview, folder, user="alice")
    finally:
        os.umask(old)
    assert saved == folder / "alice.json"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640
    assert saved.read_bytes() == preview.data
    assert [p.name for p in folder.iterdir()] == ["alice.json"], "no temporary file may be left behind"


def test_saving_again_replaces_the_learners_own_earlier_file(preview, folder, journal):
    save_to_class_folder(preview, folder, user="alice")
    journal.save("00", "familiarity", 5)
    later = prepare_share(journal, "SEM-A", ["01"])
    saved = save_to_class_folder(later, folder, user="alice")
    assert saved.read_bytes() == later.data
    assert sorted(p.name for p in folder.iterdir()) == ["alice.json"]


def test_the_folder_comes_from_the_environment_and_its_absence_is_one_sentence(preview, folder, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(folder))
    assert class_folder() == folder
    assert save_to_class_folder(preview, user="bob") == folder / "bob.json"
    monkeypatch.delenv(ENVIRONMENT_VARIABLE)
    assert class_folder() is None and class_folder({ENVIRONMENT_VARIABLE: "  "}) is None
    with pytest.raises(ShareError, match="There is no class folder here"):
        save_to_class_folder(preview, user="bob")
    with pytest.raises(ShareError, match="could not be saved into the class folder"):
        save_to_class_folder(preview, folder / "missing", user="bob")


def test_a_folder_where_the_name_is_a_folder_refuses_without_a_traceback(preview, folder):
    (folder / "alice.json").mkdir()
    with pytest.raises(ShareError, match="could not be saved"):
        save_to_class_folder(preview, folder, user="alice")
    assert [p.name for p in folder.iterdir()] == ["alice.json"]


@AS_ROOT
def test_a_name_someone_else_took_first_is_refused_by_the_sticky_bit(preview):
    """A real process as another uid tries to save as 'alice' where root already owns alice.json."""
    drop = Path(tempfile.mkdtemp(prefix="mcc-drop-", dir="/tmp"))
    try:
        drop.chmod(0o1777)
        (drop / "alice.json").write_text("{}")  # someone else's (root's) file under alice's name
        (drop / "preview.bin").write_bytes(preview.data)
        (drop / "preview.bin").chmod(0o644)
        # Everything is imported first (the interpreter's files may be unreadable to that uid), then the
        # process becomes the other user and only the save itself runs as them.
        code = ("import os, sys\n"
                "from course_helpers.cohort.classfolder import save_to_class_folder\n"
                "from course_helpers.cohort.share import ShareError\n"
                "class P: data = open(sys.argv[1] + '/preview.bin', 'rb').read()\n"
                "os.setgroups([]); os.setgid(65534); os.setuid(%d)\n"
                "try: save_to_class_folder(P(), sys.argv[1], user='alice')\n"
                "except ShareError as e: print(e)\n") % ALICE
        done = subprocess.run([sys.executable, "-c", code, str(drop)], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == strings.CLASS_FOLDER_TAKEN.format(name="alice.json")
        assert (drop / "alice.json").read_text() == "{}"
        assert sorted(p.name for p in drop.iterdir()) == ["alice.json", "preview.bin"], "no temporary file is left"
    finally:
        for path in drop.iterdir():
            path.unlink()
        drop.rmdir()


def test_the_share_command_saves_into_the_class_folder(journal, folder):
    journal.save("00", "familiarity", 3)
    journal.close()
    env = {**os.environ, "COURSE_JOURNAL_DIR": str(journal.path.parent), ENVIRONMENT_VARIABLE: str(folder)}
    done = subprocess.run([sys.executable, "-m", "course_helpers", "share", "--class", "sem-a", "--class-folder"],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    import pwd
    name = pwd.getpwuid(os.geteuid()).pw_name + ".json"
    assert "Saved your share file into the class folder as " + name in done.stdout
    assert json.loads((folder / name).read_bytes())["answers"] == {"00": {"familiarity": 3}}
    del env[ENVIRONMENT_VARIABLE]
    unset = subprocess.run([sys.executable, "-m", "course_helpers", "share", "--class", "sem-a", "--class-folder"],
                           capture_output=True, text=True, env=env, cwd=ROOT)
    assert unset.returncode == 1 and "no class folder here" in unset.stderr and "Traceback" not in unset.stderr


# --- the facilitator reads: by who wrote each file ----------------------------------------------------

@AS_ROOT
def test_a_file_counts_for_the_user_it_is_named_after_only_when_that_user_saved_it(folder):
    put(folder, "alice.json", share_document(learner="a" * 32), uid=ALICE)
    put(folder, "bob.json", share_document(learner="b" * 32, answers={"00": {"familiarity": 1}}), uid=ALICE)
    put(folder, "carol.json", share_document(learner="c" * 32), uid=STRANGER)
    events = by_name(walk(folder))
    assert events["alice.json"] == Attributed("alice", "alice.json", (folder / "alice.json").read_bytes())
    forged = events["bob.json"]
    assert isinstance(forged, Refusal) and forged.category == strings.CLASS_FOLDER_CAT_FORGED
    assert forged.reason == "it carries the name of bob, but alice saved it, so nothing in it was read"
    assert "unknown user (number 61099)" in events["carol.json"].reason


@AS_ROOT
def test_per_learner_sub_folders_count_for_their_owner_or_the_hubs_one_user(folder):
    put(folder, "alice/share-SEM-A.json", share_document(learner="a" * 32), uid=ALICE)  # one machine
    put(folder, "dana/share-SEM-A.json", share_document(learner="d" * 32), uid=ME)  # Kubernetes: one uid for all
    put(folder, "alice/forged.json", share_document(learner="f" * 32), uid=BOB)  # B in A's folder
    put(folder, "dana/deeper/x.json", share_document(), uid=ME)
    events = by_name(walk(folder))
    assert events["alice/share-SEM-A.json"].learner == "alice"
    assert events["dana/share-SEM-A.json"].learner == "dana"
    assert "the name of alice, but bob saved it" in events["alice/forged.json"].reason
    assert events["dana/deeper/"].reason == strings.CLASS_FOLDER_TOO_DEEP


def test_files_the_facilitator_put_there_are_read_without_a_name(folder):
    put(folder, "from-the-lms.json", share_document())
    (event,) = walk(folder)
    assert type(event) is Item and event.name == "from-the-lms.json"


def test_saves_under_way_and_hidden_files_are_passed_over_silently(folder):
    put(folder, ".alice.json.0123456789ab.part", b"{half a fi")
    put(folder, "alice/.hidden.json", share_document())
    assert walk(folder) == []


def test_links_pipes_and_other_names_are_refused_without_being_opened(folder):
    (folder / "alice.json").symlink_to("/etc/passwd")
    os.mkfifo(folder / "bob.json")  # opening it for reading would block
    put(folder, "notes.txt", b"hello")
    put(folder, "alice/escape.json", b"")
    (folder / "alice" / "escape.json").unlink()
    (folder / "alice" / "escape.json").symlink_to("/etc/shadow")
    events = by_name(walk(folder))
    assert events["alice.json"].reason == strings.COHORT_SYMLINK
    assert events["bob.json"].reason == strings.COHORT_NOT_REGULAR
    assert events["notes.txt"].category == strings.COHORT_CAT_NOT_JSON_NAME
    assert events["alice/escape.json"].reason == strings.COHORT_SYMLINK


def test_a_folder_that_cannot_be_read_stops_with_one_sentence(folder):
    (stop,) = walk(folder / "missing")
    assert isinstance(stop, Stop) and stop.reason.startswith("The class folder could not be read (")


def test_progress_is_reported_with_the_number_of_entries(folder):
    for number in range(120):
        put(folder, f"f{number:03d}.json", share_document(learner=f"{number:032x}"))
    calls = []
    walk(folder, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(50, 120), (100, 120), (120, 120)]


# --- into the class table ------------------------------------------------------------------------

@AS_ROOT
def test_one_learner_counts_once_however_many_files_and_ids_they_hand_in(folder):
    put(folder, "alice.json", share_document(learner="1" * 32, created_at="2026-11-30T10:00:00Z"), uid=ALICE)
    put(folder, "alice/second.json", share_document(learner="2" * 32, created_at="2026-11-30T11:00:00Z",
                                                    answers={"00": {"familiarity": 1}}), uid=ALICE)
    put(folder, "bob.json", share_document(learner="3" * 32), uid=BOB)
    collection = Collection()
    collection.add_class_folder(folder, owner_name=owner_name)
    summary = collection.summary()
    assert summary.learners == 2 and summary.superseded == 1
    assert sorted((s.learner, s.name, s.refusal) for s in summary.senders) == [
        ("alice", "alice.json", None), ("alice", "alice/second.json", None), ("bob", "bob.json", None)]
    familiarity = collection.layout.column("00", "familiarity")
    assert sorted(collection.table.values(familiarity)) == [1, 4], "alice's later file replaced her earlier one"


@AS_ROOT
def test_nothing_of_a_forged_file_reaches_the_table_or_the_summary(folder):
    marker = "FORGED-BY-BOB"
    put(folder, "alice.json", share_document(answers={"01": {"why_there": marker}}), uid=BOB)
    collection = Collection()
    collection.add_class_folder(folder, owner_name=owner_name)
    summary = collection.summary()
    assert len(collection.table) == 0 and summary.refused[strings.CLASS_FOLDER_CAT_FORGED] == 1
    assert marker not in "\n".join(summary.lines())


def test_the_collection_reads_the_folder_the_environment_names(folder, monkeypatch):
    put(folder, "lms.json", share_document())
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(folder))
    collection = Collection()
    collection.add_class_folder()
    assert collection.summary().learners == 1
    monkeypatch.delenv(ENVIRONMENT_VARIABLE)
    empty = Collection()
    empty.add_class_folder()
    assert empty.summary().stopped == [strings.CLASS_FOLDER_UNSET.format(variable=ENVIRONMENT_VARIABLE)]


def test_notebook_09_and_the_dashboard_import_where_there_is_no_pwd_module():
    """Windows has no ``pwd``: a learner there must still open 09 (class folders are a hub's, so Unix's)."""
    code = ("import sys; sys.modules['pwd'] = None\n"
            "from course_helpers.share_views import share_with_my_class\n"
            "from course_helpers.cohort import classfolder\n"
            "from course_helpers.cohort.views import ClassDashboard\n"
            "print(classfolder.login_name(), classfolder._Owners()(0))")
    environ = {k: v for k, v in os.environ.items() if k not in ("LOGNAME", "USER", "LNAME")} | {"USERNAME": "ada"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=environ)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ada", "None"]
