"""An import holds only what a widget can show: real times, fitting values, bounded nesting."""
from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from course_helpers import kinds
from course_helpers.journal import EXPORT_FORMAT, ImportReport, Journal, JournalImportError, export_format


def a_revision(**changes) -> dict:
    revision = {"uid": uuid.uuid4().hex, "step": "00", "prompt": "hopes", "value": "imported",
                "saved_at": "2024-05-01T10:00:00.000000Z", "schema_version": 1}
    return {**revision, **changes}


def an_export(*revisions: dict, **changes) -> bytes:
    document = {"format": EXPORT_FORMAT, "schema_version": 1, "exported_at": "2024-05-01T10:00:00Z",
                "revisions": list(revisions) or [a_revision()], **changes}
    return json.dumps(document).encode()


def deep_text(depth: int) -> str:
    """A list nested ``depth`` deep, as JSON text (json.dumps itself would recurse too deeply)."""
    return "[" * depth + "]" * depth


def an_export_with_raw_value(raw: str, *before: dict) -> bytes:
    """An export whose last revision's value is the raw JSON text ``raw``."""
    return an_export(*before, a_revision(value="RAW")).replace(b'"RAW"', raw.encode())


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


REFUSED = {
    "a choice holding an object": (a_revision(step="02", prompt="nearest_C1", value={"a": 1}),
                                   "revisions[1].value (step 02, prompt nearest_C1): ", "not an object"),
    "a choice holding a list": (a_revision(step="02", prompt="nearest_C1", value=["H1"]),
                                "revisions[1].value (step 02, prompt nearest_C1): ", "not a list of 1"),
    "a rating of 99": (a_revision(step="00", prompt="familiarity", value=99),
                       "revisions[1].value (step 00, prompt familiarity): ", "from 1 to 5, not 99"),
    "a rating that is text": (a_revision(step="00", prompt="familiarity", value="not a number"),
                              "revisions[1].value (step 00, prompt familiarity): ", "not 'not a number'"),
    "a placement of nowhere": (a_revision(step="01", prompt="place_today", value="nowhere"),
                               "revisions[1].value (step 01, prompt place_today): ", "a point with an x and a y"),
    "a reflection that is a number": (a_revision(value=5), "revisions[1].value (step 00, prompt hopes): ",
                                      "should be text"),
    "a saved_at that is no real time": (a_revision(saved_at="2024-13-45T99:99:99.000000Z"),
                                        "revisions[1].saved_at (step 00, prompt hopes): ",
                                        "is not a real date and time"),
    "February the 30th": (a_revision(saved_at="2024-02-30T10:00:00.000000Z"),
                          "revisions[1].saved_at (step 00, prompt hopes): ", "not a real date and time"),
    "a value one level too deep": (a_revision(value=nested(kinds.MAX_DEPTH + 1)), "revisions[1].value: ",
                                   "more than 32 levels deep"),
    "an unknown prompt nested too deeply": (a_revision(step="99", prompt="future", value=nested(40)),
                                            "revisions[1].value: ", "levels deep"),
}


@pytest.mark.parametrize("name", REFUSED)
def test_a_value_a_widget_cannot_show_refuses_the_whole_file_naming_the_revision(journal, name):
    revision, where, words = REFUSED[name]
    journal.save("00", "hopes", "mine")
    before = journal.export_dict()["revisions"]

    with pytest.raises(JournalImportError) as caught:
        journal.import_bytes(an_export(a_revision(), revision))  # a good revision first: all or nothing

    message = str(caught.value)
    assert message.startswith(where) and words in message, message
    assert "\n" not in message and len(message) < 300
    assert journal.export_dict()["revisions"] == before


def test_a_value_nested_960_deep_is_refused_naming_the_revision(journal):
    with pytest.raises(JournalImportError) as caught:
        journal.import_bytes(an_export_with_raw_value(deep_text(960), a_revision()))
    assert str(caught.value) == "revisions[1].value: it nests lists or objects more than 32 levels deep"
    assert journal.revision_count() == 0


@pytest.mark.parametrize("exported_at, words", [
    ("2024-13-45T99:99:99Z", "exported_at: '2024-13-45T99:99:99Z' is not a real date and time"),
    ("2999-01-01T00:00:00Z", "exported_at: 2999-01-01T00:00:00Z is more than a day ahead of this computer's clock"),
])
def test_an_impossible_exported_at_is_refused(journal, exported_at, words):
    with pytest.raises(JournalImportError, match="^" + words.replace("(", r"\(").replace(")", r"\)")):
        journal.import_bytes(an_export(exported_at=exported_at))
    assert journal.revision_count() == 0


def test_the_parser_never_meets_deep_nesting_even_with_a_low_recursion_limit(journal):
    """A kernel runs cells deep in its stack; the nesting check must come before json.loads."""
    data = an_export_with_raw_value(deep_text(960))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 60)  # room for the import's own frames, not for 960 levels
    try:
        with pytest.raises(JournalImportError) as caught:
            journal.import_bytes(data)
    finally:
        sys.setrecursionlimit(limit)
    assert str(caught.value) == "revisions[0].value: it nests lists or objects more than 32 levels deep"


def test_a_value_nested_too_deeply_cannot_be_saved_either(journal):
    with pytest.raises(ValueError, match="more than 32 levels deep"):
        journal.save("00", "hopes", nested(960))
    journal.save("lab", "notes", nested(kinds.MAX_DEPTH))  # the cap itself is fine
    assert journal.revision_count() == 1 and journal.unsaved == []


def test_unknown_steps_and_prompts_are_kept_and_counted(journal, tmp_path):
    data = an_export(a_revision(value="known"),
                     a_revision(step="11", prompt="from_a_later_course", value={"any": ["shape", 1]}),
                     a_revision(step="00", prompt="renamed_prompt", value=99))
    assert journal.import_bytes(data) == ImportReport(added=3, skipped=0, unknown=2)
    assert journal.latest("11", "from_a_later_course").value == {"any": ["shape", 1]}
    assert journal.import_bytes(data) == ImportReport(added=0, skipped=3, unknown=0)  # counts only added ones

    fresh = Journal(tmp_path / "fresh" / "journal.sqlite3")  # they travel on with the next export
    assert fresh.import_bytes(journal.export_bytes()) == ImportReport(added=3, skipped=0, unknown=2)


def test_every_value_a_widget_can_show_is_accepted(journal):
    data = an_export(a_revision(value="text <b>with markup</b>"), a_revision(value=None),
                     a_revision(step="00", prompt="familiarity", value=5),
                     a_revision(step="02", prompt="nearest_C1", value="none"),
                     a_revision(step="01", prompt="place_today", value={"x": -5, "y": None}))
    assert journal.import_bytes(data).added == 5


def test_two_hundred_thousand_revisions_are_checked_in_a_few_seconds():
    prompts = [("02", "likelihood_C1", 3), ("02", "nearest_C2", "H1"), ("00", "hopes", "some text"),
               ("01", "place_today", {"x": 1, "y": -2}), ("lab", "unknown", [1, [2]])]
    revisions = [a_revision(step=step, prompt=prompt, value=value, uid=f"{n:032x}",
                            saved_at=f"2025-01-01T00:00:{n % 60:02d}.{n:06d}Z")
                 for n, (step, prompt, value) in zip(range(200_000), prompts * 40_000)]
    data = an_export(*revisions)

    started = time.process_time()  # CPU time: what other processes do on the machine does not count
    parsed = export_format.parse_export(data)
    seconds = time.process_time() - started

    assert len(parsed.revisions) == 200_000 and len(parsed.unknown) == 40_000
    assert seconds < 20, f"checking 200,000 revisions took {seconds:.1f} s of CPU"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(journal, tmp_path):
    pipe = tmp_path / "journal.json"
    os.mkfifo(pipe)
    outcome = []

    def import_the_pipe():
        try:
            journal.import_file(pipe)
        except JournalImportError as error:
            outcome.append(str(error))

    thread = threading.Thread(target=import_the_pipe, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():  # the old behaviour: open() blocks until someone writes; release it
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(10)
        pytest.fail("importing a named pipe blocked")
    assert outcome == ["the file could not be read: it is a named pipe, not a file"]


@pytest.mark.parametrize("kind, make", [
    ("a folder", lambda tmp_path: tmp_path),
    ("a device", lambda tmp_path: "/dev/zero"),
])
def test_anything_but_a_regular_file_is_refused(journal, tmp_path, kind, make):
    path = make(tmp_path)
    if not os.path.exists(path):
        pytest.skip(f"{path} does not exist here")
    with pytest.raises(JournalImportError, match=f"^the file could not be read: it is {kind}, not a file$"):
        journal.import_file(path)


def test_a_missing_file_is_named_plainly(journal, tmp_path):
    with pytest.raises(JournalImportError, match="^the file could not be read: there is no such file$"):
        journal.import_file(tmp_path / "nowhere.json")


def test_the_cli_reports_answers_to_unknown_questions(tmp_path):
    export = tmp_path / "export.json"
    export.write_bytes(an_export(a_revision(), a_revision(step="11", prompt="from_a_later_course")))
    env = {"COURSE_JOURNAL_DIR": str(tmp_path / "journal"), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "course_helpers", "import", str(export)], env=env,
                            capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("Imported 2 revisions; 0 were already there. 1 of them answer questions this version "
                             "of the course does not know.\n")
