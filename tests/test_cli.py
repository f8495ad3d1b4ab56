"""The command line: where, export, import; clear messages, never a traceback."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, journal_dir: Path) -> subprocess.CompletedProcess:
    env = {"COURSE_JOURNAL_DIR": str(journal_dir), "PATH": "/usr/bin:/bin", "HOME": str(journal_dir)}
    return subprocess.run([sys.executable, "-m", "course_helpers", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_where_export_and_import_round_trip(tmp_path):
    from course_helpers.journal import Journal

    source_dir, target_dir = tmp_path / "a", tmp_path / "b"
    Journal(source_dir / "journal.sqlite3").save("00", "hopes", "<script>x</script> $5")
    assert cli("where", journal_dir=source_dir).stdout.strip() == str(source_dir / "journal.sqlite3")

    exported = tmp_path / "export.json"
    result = cli("export", str(exported), journal_dir=source_dir)
    assert result.returncode == 0 and "Wrote 1 revisions" in result.stdout
    assert json.loads(exported.read_text())["revisions"][0]["value"] == "<script>x</script> $5"

    result = cli("import", str(exported), journal_dir=target_dir)
    assert result.returncode == 0 and "Imported 1" in result.stdout
    assert Journal(target_dir / "journal.sqlite3").latest("00", "hopes").value == "<script>x</script> $5"


@pytest.mark.parametrize("content", [b"{", b"[]", b'{"format": "something else"}'])
def test_a_bad_import_is_one_clear_line(tmp_path, content):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = cli("import", str(bad), journal_dir=tmp_path / "j")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("course-companion: ")


def test_a_missing_file_is_reported_not_raised(tmp_path):
    result = cli("import", str(tmp_path / "nope.json"), journal_dir=tmp_path / "j")
    assert result.returncode == 1 and "Traceback" not in result.stderr
