"""The learner's share file: what goes in by default, by consent, and never; the learner id; the command."""
from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from course_helpers.cohort import share
from course_helpers.cohort.schema import document_problem, parse_json
from course_helpers.cohort.share import SECRET_FILENAME, ShareError, learner_id, prepare_share
from course_helpers.journal import Journal

NOW = datetime(2026, 11, 30, 10, 15, 2, tzinfo=timezone.utc)


@pytest.fixture
def answered(journal):
    journal.save("00", "familiarity", 4)
    journal.save("00", "hopes", "To understand stacking.")
    journal.save("01", "place_today", {"x": -3, "y": 2})
    journal.save("01", "place_heading", {"x": None, "y": None})  # not placed yet
    journal.save("01", "why_there", "Because the ministry leads.")
    journal.save("02", "likelihood_C1", 2)
    journal.save("02", "nearest_C1", "H4")
    journal.save("02", "worry_most", "C6 worries me.")
    return journal


def test_structured_answers_by_default_and_no_written_answer(answered):
    preview = prepare_share(answered, "sem-a", now=NOW)
    document = json.loads(preview.data)
    assert document["answers"] == {"00": {"familiarity": 4}, "01": {"place_today": {"x": -3, "y": 2}},
                                   "02": {"likelihood_C1": 2, "nearest_C1": "H4"}}
    assert document["shared_reflections"] == []
    assert document["class_code"] == "SEM-A" and document["created_at"] == "2026-11-30T10:15:02Z"
    assert b"ministry" not in preview.data and b"stacking" not in preview.data
    left = {(item.step, item.prompt.id) for item in preview.left_out}
    assert left == {("00", "hopes"), ("01", "why_there"), ("02", "worry_most")}
    assert document_problem(document) is None and parse_json(preview.data) == document


def test_written_answers_only_for_ticked_steps(answered):
    preview = prepare_share(answered, "SEM-A", reflections=["01"], now=NOW)
    document = json.loads(preview.data)
    assert document["answers"]["01"]["why_there"] == "Because the ministry leads."
    assert "hopes" not in document["answers"]["00"] and "worry_most" not in document["answers"]["02"]
    assert document["shared_reflections"] == ["01"]


def test_the_preview_shows_every_answer_and_the_exact_bytes(answered):
    preview = prepare_share(answered, "SEM-A", reflections=["01"], now=NOW)
    text = preview.text()
    assert preview.data.decode("ascii") in text
    for answer in preview.answers:
        assert answer.prompt.text in text
    assert "across -3, up 2" in text and "4 of 5" in text and "4 Market Place" in text
    assert preview.filename == "share-SEM-A.json"


def test_nothing_personal_in_the_file(answered, monkeypatch):
    monkeypatch.setenv("USER", "alice")
    monkeypatch.setenv("JUPYTERHUB_USER", "alice")
    data = prepare_share(answered, "SEM-A", reflections=["00", "01", "02"], now=NOW).data
    for needle in ("alice", socket.gethostname(), str(answered.path.parent), os.path.expanduser("~")):
        assert needle.encode() not in data
    assert set(json.loads(data)) == {"format", "schema_version", "class_code", "learner", "created_at",
                                     "shared_reflections", "answers"}


def test_the_learner_id_is_stable_per_class_and_unlinkable_across_classes(answered):
    first = json.loads(prepare_share(answered, "SEM-A", now=NOW).data)["learner"]
    again = json.loads(prepare_share(answered, "sem-a", now=NOW).data)["learner"]
    other = json.loads(prepare_share(answered, "SEM-B", now=NOW).data)["learner"]
    assert first == again != other
    secret_path = answered.path.parent / SECRET_FILENAME
    assert stat.S_IMODE(secret_path.stat().st_mode) == 0o600
    secret = bytes.fromhex(secret_path.read_text().strip())
    assert first == learner_id(secret, "SEM-A")
    for guess in ("SEM-A", "sem-a", str(answered.path), os.environ.get("USER", "")):
        assert first not in (hashlib.sha256(guess.encode()).hexdigest()[:32], hashlib.md5(guess.encode()).hexdigest())


def test_another_journal_folder_is_another_learner(answered, tmp_path):
    other = Journal(tmp_path / "other" / "journal.sqlite3")
    other.save("00", "familiarity", 4)
    ours = json.loads(prepare_share(answered, "SEM-A", now=NOW).data)["learner"]
    theirs = json.loads(prepare_share(other, "SEM-A", now=NOW).data)["learner"]
    other.close()
    assert ours != theirs


def test_a_damaged_secret_is_set_aside_not_deleted(answered):
    secret_path = answered.path.parent / SECRET_FILENAME
    secret_path.write_text("not hex at all")
    preview = prepare_share(answered, "SEM-A", now=NOW)
    assert preview.notices and "set aside" in preview.notices[0]
    kept = [p for p in answered.path.parent.iterdir() if p.name.startswith(SECRET_FILENAME + ".damaged-")]
    assert len(kept) == 1 and kept[0].read_text() == "not hex at all"
    assert len(secret_path.read_text().strip()) == 64


def test_forgetting_the_secret_gives_a_new_id(answered):
    before = json.loads(prepare_share(answered, "SEM-A", now=NOW).data)["learner"]
    assert share.forget_share_secret(answered.path.parent)
    after = json.loads(prepare_share(answered, "SEM-A", now=NOW).data)["learner"]
    assert before != after


@pytest.mark.parametrize("code", ["", "a", "SEM A", "SEM/A", "<b>", "X" * 40, "ÉCOLE", "-AB"])
def test_a_bad_class_code_is_one_sentence(answered, code):
    with pytest.raises(ShareError, match="class code"):
        prepare_share(answered, code)


def test_an_unknown_step_to_share_is_refused(answered):
    with pytest.raises(ShareError, match="no step 42"):
        prepare_share(answered, "SEM-A", reflections=["42"])


def test_hostile_written_answers_are_cleaned_or_left_out(journal):
    journal.save("01", "why_there", "bad \udc80 surrogate and NUL \x00 here")
    journal.save("01", "what_must_change", "x" * 9000)
    journal.save("01", "winners_losers", "   ")
    journal.save("00", "familiarity", 9)  # a value no rating can hold
    preview = prepare_share(journal, "SEM-A", reflections=["01"], now=NOW)
    document = json.loads(preview.data)
    cleaned = document["answers"]["01"]["why_there"]
    assert set(document["answers"]["01"]) == {"why_there"}
    assert "\udc80" not in cleaned and "\x00" not in cleaned and "\ufffd" in cleaned
    assert cleaned.startswith("bad ") and cleaned.endswith(" here")
    reasons = {item.prompt.id: item.reason for item in preview.left_out}
    assert "9,000 characters" in reasons["what_must_change"]
    assert "whole number from 1 to 5" in reasons["familiarity"]
    assert "winners_losers" not in reasons  # blank: nothing to share, nothing to explain


def test_the_share_command_shows_exactly_what_it_writes(answered, tmp_path):
    out = tmp_path / "share.json"
    env = {**os.environ, "COURSE_JOURNAL_DIR": str(answered.path.parent)}
    done = subprocess.run([sys.executable, "-m", "course_helpers", "share", "--class", "sem-a",
                           "--reflections", "01", "--show", str(out)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert out.read_text() in done.stdout
    assert json.loads(out.read_text())["answers"]["01"]["why_there"] == "Because the ministry leads."
    refused = subprocess.run([sys.executable, "-m", "course_helpers", "share", "--class", "no good"],
                             capture_output=True, text=True, env=env)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr


def test_the_html_preview_escapes_the_learners_text_and_shows_the_exact_file(journal):
    journal.save("01", "why_there", "<script>alert(1)</script> \u202eevil")
    preview = prepare_share(journal, "SEM-A", reflections=["01"], now=NOW)
    html = preview.html()
    assert "<script>" not in html and "&lt;script&gt;" in html and "<bdi>" in html
    assert "&quot;format&quot;: &quot;mc-course-share&quot;" in html
