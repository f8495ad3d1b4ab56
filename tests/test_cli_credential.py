"""The credential commands: export and summary from the journal or an example; kind messages, never a traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from course_helpers.credential_audit import example
from course_helpers.credentials import to_json
from course_helpers.journal import Journal
from course_helpers.openbadges import from_achievement_credential

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "openbadges" / "achievementcredential.json").read_text())


def cli(*args: str, journal_dir: Path) -> subprocess.CompletedProcess:
    env = {"COURSE_JOURNAL_DIR": str(journal_dir), "PATH": "/usr/bin:/bin", "HOME": str(journal_dir)}
    return subprocess.run([sys.executable, "-m", "course_helpers", "credential", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_nothing_saved_is_said_kindly_with_exit_1(tmp_path):
    result = cli("export", str(tmp_path / "out.json"), journal_dir=tmp_path / "j")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no micro-credential saved" in result.stderr and "--example" in result.stderr
    assert not (tmp_path / "out.json").exists()


def test_an_example_exports_a_valid_template_that_reads_back(tmp_path):
    out = tmp_path / "badge.json"
    result = cli("export", str(out), "--example", "data-ethics", journal_dir=tmp_path / "j")
    assert result.returncode == 0 and "unsigned" in result.stdout
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft201909Validator(SCHEMA).validate(document)
    assert from_achievement_credential(document).credential == example("data-ethics")


def test_the_saved_form_is_exported_and_summarised(tmp_path):
    journal_dir = tmp_path / "j"
    saved = to_json(example("cloud-security")) | {"title": "<script>alert(1)</script> Cloud"}
    journal = Journal(journal_dir / "journal.sqlite3")
    journal.save("07", "audit", saved)
    journal.close()
    out_json, out_html = tmp_path / "c.json", tmp_path / "c.html"
    assert cli("export", str(out_json), journal_dir=journal_dir).returncode == 0
    assert json.loads(out_json.read_text())["credentialSubject"]["achievement"]["name"] == saved["title"]
    result = cli("summary", str(out_html), journal_dir=journal_dir)
    assert result.returncode == 0 and "print it" in result.stdout
    page = out_html.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Cloud" in page and "<script>" not in page


def test_a_damaged_saved_form_is_exported_with_notes(tmp_path):
    journal_dir = tmp_path / "j"
    journal = Journal(journal_dir / "journal.sqlite3")
    journal.save("07", "audit", {"title": ["not", "text"], "ects": "lots", "level": 0, "bogus": 1})
    journal.close()
    result = cli("export", str(tmp_path / "x.json"), journal_dir=journal_dir)
    assert result.returncode == 0 and result.stderr.count("note: ") == 3 and "Traceback" not in result.stderr


@pytest.mark.parametrize("args, words", [
    (["export", "{tmp}/x.json", "--example", "nope"], "no example 'nope'"),
    (["summary", "{tmp}/missing-folder/x.html", "--example", "data-ethics"], "could not write"),
])
def test_mistakes_are_one_clear_line(tmp_path, args, words):
    result = cli(*[a.format(tmp=tmp_path) for a in args], journal_dir=tmp_path / "j")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("course-companion: ") and words in result.stderr


def test_a_lone_surrogate_survives_the_export(tmp_path):
    journal_dir = tmp_path / "j"
    journal = Journal(journal_dir / "journal.sqlite3")
    journal.save("07", "audit", {"title": "bad \udc80 title"})
    journal.close()
    out = tmp_path / "s.json"
    assert cli("export", str(out), journal_dir=journal_dir).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == "bad \udc80 title"
    assert os.path.getsize(out) > 0
