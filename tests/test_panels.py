"""Journal tools: download link, restore, erase, progress table, Binder banner."""
from __future__ import annotations

import base64
import dataclasses
import json
import re

import pytest

from course_helpers import panels
from course_helpers.journal import Journal
from course_helpers.session import StepSession, open_step
from course_helpers.course import step as find_step
from course_helpers.widgets import answer

PAYLOAD = '<img src=x onerror=alert(1)>'




def decode_download(html: str) -> dict:
    match = re.search(r'href="data:application/json;base64,([A-Za-z0-9+/=]+)"', html)
    assert match, html
    return json.loads(base64.b64decode(match.group(1)))


def test_download_link_carries_the_whole_journal(journal):
    journal.save("00", "hopes", PAYLOAD)
    html = panels.download_link_html(journal)
    exported = decode_download(html)
    assert [r["value"] for r in exported["revisions"]] == [PAYLOAD]
    assert "<img" not in html, "learner text must not appear as markup in the link"
    assert re.search(r'download="micro-credentials-journal-\d{4}-\d{2}-\d{2}\.json"', html)


def test_download_link_follows_every_save_without_slowing_it(journal, monkeypatch, wait_until):
    monkeypatch.setattr(panels.DownloadLink, "refresh_delay_seconds", 0.05)
    link = panels.DownloadLink(journal)
    assert decode_download(link.value)["revisions"] == []
    answer("00", "hopes", journal).value = "new thought"
    assert wait_until(lambda: len(decode_download(link.value)["revisions"]) == 1)
    assert decode_download(link.value)["revisions"][0]["value"] == "new thought"


def test_restore_merges_an_export_and_reports_counts(journal, tmp_path):
    other = Journal(tmp_path / "other" / "journal.sqlite3")
    other.save("01", "why_there", "because")
    restore = panels.Restore(journal)
    message = restore.restore_bytes(0, other.export_bytes())
    assert "Restored 1" in message
    assert journal.latest("01", "why_there").value == "because"
    again = restore.restore_bytes(0, other.export_bytes())
    assert "Restored 0" in again and "1 were already here" in again


@pytest.mark.parametrize("content", [b"not json", b'{"format": "<script>x</script>"}', b"\xff\xfe"])
def test_restore_refuses_bad_files_with_an_escaped_message(journal, content):
    message = panels.Restore(journal).restore_bytes(len(content), content)
    assert "Nothing was imported" in message
    assert "<script>" not in message
    assert journal.revision_count() == 0


def test_restore_refuses_an_oversized_upload_before_reading_it(journal):
    message = panels.Restore(journal).restore_bytes(panels.MAX_IMPORT_BYTES + 1, b"{}")
    assert "larger than" in message


def test_an_oversized_upload_is_refused_before_its_content_is_copied(journal, monkeypatch):
    """Issue 7: a 210 MB upload was copied into bytes before its size was checked."""
    copies = []
    real_bytes = bytes

    class CountingView:
        nbytes = panels.MAX_IMPORT_BYTES + 1

        def __bytes__(self):
            copies.append(1)
            return real_bytes(10)

    message = panels.Restore(journal).restore_upload({"name": "big.json", "size": 0, "content": CountingView()})
    assert "larger than" in message and copies == []
    message = panels.Restore(journal).restore_upload({"name": "big.json", "size": 300 * 1024 * 1024,
                                                      "content": memoryview(b"{}")})
    assert "larger than" in message


def test_restore_through_the_upload_widget(journal, tmp_path):
    other = Journal(tmp_path / "other" / "journal.sqlite3")
    other.save("00", "hopes", "from last week")
    restore = panels.Restore(journal)
    content = other.export_bytes()
    restore.upload.set_state({"value": [{"name": "j.json", "type": "application/json", "size": len(content),
                                         "content": memoryview(content), "last_modified": 0}]})
    assert journal.latest("00", "hopes").value == "from last week"
    assert "Restored 1" in restore.message.value


def test_erase_needs_the_typed_confirmation(journal):
    journal.save("00", "hopes", "keep me")
    eraser = panels.Erase(journal)
    eraser.erase("yes")
    assert journal.revision_count() == 1
    assert "did not match" in eraser.message.value
    eraser.erase("Erase my answers")
    assert journal.revision_count() == 0
    assert "Erased 1" in eraser.message.value


def test_progress_counts_answered_prompts_per_step(journal):
    answer("00", "hopes", journal).value = "x"
    answer("01", "why_there", journal).value = "y"
    answer("01", "winners_losers", journal).value = ""  # an emptied box is not an answer
    rows = {s.id: n for s, n in panels.progress_rows(journal)}
    assert rows["00"] == 1 and rows["01"] == 1 and rows["02"] == 0
    html = panels.progress_html(journal)
    assert "<caption>" in html and 'scope="col"' in html
    assert "1 of 2" in html and "1 of 10" in html
    assert 'href="01_holoniq_scenarios.ipynb"' in html


def test_progress_lists_a_planned_step_as_coming_later_and_leaves_it_out_of_the_total(journal, monkeypatch):
    planned = dataclasses.replace(find_step("09"), id="10", order=10, title="One more step", status="planned")
    monkeypatch.setattr(panels, "LEARNER_STEPS", (*panels.LEARNER_STEPS, planned))
    answer("00", "hopes", journal).value = "x"
    html = panels.progress_html(journal)
    row = re.search(r'<th scope="row">10</th>.*?</tr>', html).group(0)
    assert "One more step" in row and "coming later" in row and "href=" not in row
    ready_prompts = sum(len(s.prompts) for s in panels.LEARNER_STEPS if s.status == "ready")
    assert f"1 of {ready_prompts} prompts" in html


def test_progress_view_updates_after_a_save(journal, wait_until, monkeypatch):
    monkeypatch.setattr(panels.Progress, "refresh_delay_seconds", 0.05)
    view = panels.Progress(journal)
    assert "0 of 2" in view.table.value
    answer("00", "familiarity", journal).value = 2
    assert wait_until(lambda: "1 of 2" in view.table.value)


def row_00(view: panels.Progress) -> str:
    return re.search(r'<th scope="row">00</th>.*?</tr>', view.table.value).group(0)


def test_erase_and_upload_reach_the_download_link_and_the_progress_table_at_once(journal, tmp_path):
    """Issue 7: erased text stayed in the download link; the progress table ignored erase and upload."""
    secret = "erase-me-7431"
    answer("00", "hopes", journal).value = secret
    link, progress = panels.DownloadLink(journal), panels.Progress(journal)
    backup = journal.export_bytes()
    assert secret in json.dumps(decode_download(link.value)) and "1 of 2" in row_00(progress)

    panels.Erase(journal).erase("erase my answers")
    assert secret not in json.dumps(decode_download(link.value))  # no waiting: an erase refreshes at once
    assert "0 of 2" in row_00(progress)

    panels.Restore(journal).restore_bytes(len(backup), backup)
    assert secret in json.dumps(decode_download(link.value))
    assert "1 of 2" in row_00(progress)


def test_views_stop_following_the_journal_when_closed_or_forgotten(journal):
    import gc

    for _ in range(30):  # a learner re-running the download and progress cells
        panels.DownloadLink(journal).close()
        panels.Progress(journal).close()
    gc.collect()
    assert len(journal.changes) == 0


def test_erase_names_set_aside_copies_and_deletes_only_those(journal):
    journal.save("00", "hopes", "x")
    kept = journal.path.with_name("journal.sqlite3.corrupt-20260101T000000Z")
    kept.write_bytes(b"an old damaged journal with old answers")
    bystander = journal.path.with_name("notes.txt")
    bystander.write_text("not ours")
    eraser = panels.Erase(journal)
    eraser.erase("erase my answers")
    assert kept.name in eraser.copies.value and eraser.delete_copies.layout.display == "flex"
    eraser._offered.append(bystander)  # a hostile or stale entry is never deleted
    eraser.erase_copies()
    assert not kept.exists() and bystander.exists()
    assert "Deleted 1" in eraser.copies.value


@pytest.mark.parametrize("environ, expected", [
    ({}, False),
    ({"BINDER_LAUNCH_HOST": "https://mybinder.org/"}, True),
    ({"BINDER_REPO_URL": "https://github.com/x/y"}, True),
    ({"BINDER_REPO_URL": ""}, False),
])
def test_binder_is_detected_from_its_environment(environ, expected):
    assert panels.on_binder(environ) is expected


def test_first_cell_shows_the_banner_only_on_binder(journal):
    session = StepSession(find_step("01"), journal)
    assert session.header_widgets({}) == []
    shown = session.header_widgets({"BINDER_LAUNCH_HOST": "https://mybinder.org/"})
    assert len(shown) == 1
    warning, link = shown[0].children
    assert "temporary" in warning.value and "deleted" in warning.value
    assert decode_download(link.value)["format"] == "mc-course-journal"


def test_journal_notices_are_shown_escaped(journal):
    journal.notices.append("kept as <b>journal.sqlite3.corrupt</b>")
    shown = StepSession(find_step("00"), journal).header_widgets({})
    assert "&lt;b&gt;" in shown[0].value and "<b>journal" not in shown[0].value


def test_open_step_displays_the_banner_on_binder(journal, monkeypatch):
    displayed = []
    monkeypatch.setattr("course_helpers.session.display", displayed.append)
    monkeypatch.setenv("BINDER_LAUNCH_HOST", "https://mybinder.org/")
    session = open_step("00", journal)
    assert session.step.id == "00" and len(displayed) == 1
    monkeypatch.delenv("BINDER_LAUNCH_HOST")
    displayed.clear()
    open_step("00", journal)
    assert displayed == []


def test_a_failed_erase_is_reported_not_raised(journal, monkeypatch):
    from course_helpers.journal import JournalWriteError

    def refuse(confirmation):
        raise JournalWriteError("not erased: the journal folder is read-only")

    monkeypatch.setattr(journal, "erase", refuse)
    eraser = panels.Erase(journal)
    eraser.erase("erase my answers")
    assert "not erased" in eraser.message.value


def test_garbage_collection_inside_our_locks_never_deadlocks(journal):
    """The collector can run at any allocation, even inside the journal's or the signal's lock; disposing of
    closed widgets then must not take those locks again (a full test run once hung this way)."""
    import gc
    import threading

    for _ in range(10):
        answer("00", "hopes", journal).close()
        panels.DownloadLink(journal).close()
        panels.Progress(journal).close()
    finished = threading.Event()

    def collect_inside_the_locks():
        with journal._lock, journal.changes._lock:
            gc.collect()
        finished.set()

    threading.Thread(target=collect_inside_the_locks, daemon=True).start()
    assert finished.wait(20), "garbage collection deadlocked inside a lock"
