"""A real read-only mount: exports fail in a sentence, and a journal there can still be read.

Each test runs a child process in a private mount namespace (``unshare``),
where a tmpfs is mounted read-only; nothing outside the child sees the mount.
Where the machine does not allow that, the tests are skipped;
tests/test_journal_export.py covers the export case everywhere.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "journal_from_main"


def in_a_mount_namespace(script: str, tmp_path: Path, **variables: str) -> subprocess.CompletedProcess:
    """Run ``sh -c script`` where it may mount; ``$PY`` is this Python, ``$T`` is tmp_path."""
    env = {**os.environ, **variables, "PY": sys.executable, "T": str(tmp_path),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    commands = (["unshare", "--mount"] if hasattr(os, "geteuid") and os.geteuid() == 0
                else ["unshare", "--map-root-user", "--mount"])
    return subprocess.run([*commands, "sh", "-c", script], env=env, capture_output=True, text=True, timeout=120,
                          cwd=REPO)


@pytest.fixture
def read_only_mounts(tmp_path):
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    probe = in_a_mount_namespace('mkdir "$T/probe" && mount -t tmpfs -o ro tmpfs "$T/probe"', tmp_path)
    if probe.returncode != 0:
        pytest.skip(f"this machine does not allow a private read-only mount: {probe.stderr.strip()}")
    return tmp_path


def test_the_cli_export_onto_a_read_only_mount_is_one_sentence(read_only_mounts):
    tmp_path = read_only_mounts
    (tmp_path / "journal").mkdir()
    (tmp_path / "mounted").mkdir()
    result = in_a_mount_namespace(
        'mount -t tmpfs -o ro tmpfs "$T/mounted" && '
        'COURSE_JOURNAL_DIR="$T/journal" "$PY" -c "from course_helpers.journal import get_journal; '
        'get_journal().save(\'00\', \'hopes\', \'kept\')" && '
        'COURSE_JOURNAL_DIR="$T/journal" "$PY" -m course_helpers export "$T/mounted/export.json"',
        tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"course-companion: not exported: the folder {tmp_path / 'mounted'} is read-only\n"


def test_a_journal_on_a_read_only_mount_is_read_without_its_new_index(read_only_mounts):
    """The journal from before the time index: creating the index fails there, reading must not."""
    tmp_path = read_only_mounts
    (tmp_path / "mounted").mkdir()
    reader = (
        "import os\n"
        "from course_helpers.journal import Journal, JournalWriteError\n"
        "journal = Journal(os.environ['T'] + '/mounted/journal.sqlite3')\n"
        "print(journal.latest('00', 'hopes').value)\n"
        "print(len(journal.export_dict()['revisions']))\n"
        "try:\n"
        "    journal.save('00', 'hopes', 'typed here')\n"
        "except JournalWriteError as error:\n"
        "    print(error)\n"
        "print(journal.latest('00', 'hopes').value)\n"
        "print(journal.notices)\n")
    result = in_a_mount_namespace(
        'mount -t tmpfs tmpfs "$T/mounted" && cp "$FIXTURE" "$T/mounted/journal.sqlite3" && '
        'mount -o remount,ro "$T/mounted" && "$PY" -c "$READER"',
        tmp_path, FIXTURE=str(FIXTURES / "journal.sqlite3"), READER=reader)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["a second thought", "5", "not saved: the journal folder is read-only",
                                          "typed here", "[]"]
