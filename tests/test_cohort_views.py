"""The facilitator's dashboard widget: collecting by folder, zip, upload and class folder, the class, the exports,
the projector view and the run sheets, read from the widgets' state (what the browser draws)."""
from __future__ import annotations

import base64
import csv
import io
import re
import zipfile
from pathlib import Path

import pytest

from course_helpers import course, strings
from course_helpers.text import escape, status_html
from course_helpers.cohort.classfolder import ENVIRONMENT_VARIABLE
from course_helpers.cohort.collect import ImportSummary, Sender
from course_helpers.cohort.columns import share_policy
from course_helpers.cohort.export import CSV_HEADER
from course_helpers.cohort.simulate import SimulatedClass, write_share_files
from course_helpers.cohort.views import (DASHBOARD_CLASS, PROJECTOR_CLASS, ClassDashboard, RunSheets, class_dashboard,
                                         senders_html, summary_html, under_voila)
from tests.cohort_helpers import encode, share_document

HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=alert(2)> \u202eevil"


@pytest.fixture(scope="module")
def class_of_30(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("class30")
    write_share_files(folder, 30, class_code="SEM-A", reflections=["01"])
    return folder


def links(html: str) -> dict[str, bytes]:
    """download file name -> the bytes its data: URL carries."""
    found = re.findall(r'<a download="([^"]+)" href="data:[^;]+;base64,([^"]+)">', html)
    return {name: base64.b64decode(data) for name, data in found}


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_with_no_files_the_dashboard_says_what_to_do():
    dashboard = ClassDashboard(environ={})
    assert strings.DASHBOARD_EMPTY.split(",")[0] in dashboard.board.value
    assert strings.DASHBOARD_EXPORTS_EMPTY in dashboard.exports.value
    assert "<img" not in dashboard.board.value and dashboard.summary.value == ""
    assert dashboard.status.value == ""  # nothing went wrong, so nothing is announced
    assert DASHBOARD_CLASS in dashboard._dom_classes and PROJECTOR_CLASS not in dashboard._dom_classes
    assert strings.DASHBOARD_CLASS_FOLDER_BUTTON not in repr(dashboard.collect.children)


def test_a_folder_of_30_fills_the_class_every_figure_with_its_description(class_of_30):
    dashboard = ClassDashboard(environ={})
    dashboard.folder.value = str(class_of_30)
    dashboard.import_folder(dashboard.folder.value)
    assert dashboard.status.value.endswith(f"Read {class_of_30}.</span>") and 'role="status"' in dashboard.status.value
    assert "Share files read: 30, from 30 learners" in dashboard.summary.value
    board = dashboard.board.value
    assert "Answers shared by 30 learners." in board
    for title in (strings.COHORT_MAP_TITLE, strings.COHORT_PROBABLE_TITLE, "Step 00: Start here"):
        assert title.replace("'", "&#x27;") in board
    figures = re.findall(r"<img src=\"data:image/png;base64,[^\"]+\" alt=\"([^\"]+)\"><figcaption>([^<]+)</figcaption>",
                         board)
    assert len(figures) == board.count("<img") >= 4
    for alt, caption in figures:
        assert caption.startswith(alt) and len(caption.splitlines()) >= 2  # the figure, then each item in words


def test_the_exports_are_links_to_the_csv_and_the_report_made_in_memory(class_of_30):
    dashboard = ClassDashboard(environ={})
    dashboard.class_code.value = "sem-a"
    dashboard.import_folder(str(class_of_30))
    files = links(dashboard.exports.value)
    (csv_name,) = [n for n in files if n.endswith(".csv")]
    (html_name,) = [n for n in files if n.endswith(".html")]
    assert re.fullmatch(r"class-dashboard-SEM-A-\d{4}-\d\d-\d\d\.csv", csv_name)
    rows = list(csv.reader(io.StringIO(files[csv_name].decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_HEADER and len(rows) > 100
    report = files[html_name].decode("utf-8")
    assert "<body class=\"large\">" in report and "default-src 'none'" in report and "<script" not in report
    assert report.count("<img") == dashboard.board.value.count("<img")


def test_a_zip_and_an_upload_reach_the_same_class(class_of_30, tmp_path):
    archive = tmp_path / "inbox.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(class_of_30.iterdir()):
            bundle.write(path, f"inbox/{path.name}")
    by_zip = ClassDashboard(environ={})
    by_zip.import_zip(str(archive))
    by_folder = ClassDashboard(environ={})
    by_folder.import_folder(str(class_of_30))
    assert links(by_zip.exports.value).keys() == links(by_folder.exports.value).keys()
    csv_of = lambda d: next(v for k, v in links(d.exports.value).items() if k.endswith(".csv"))  # noqa: E731
    assert csv_of(by_zip) == csv_of(by_folder)

    uploaded = ClassDashboard(environ={})
    sent = [("inbox.zip", archive.read_bytes()), ("one-more.json", encode(share_document(class_code="SEM-A"))),
            ("broken.json", b"{not json")]
    # What the browser sends when several files are picked, deserialised as a message from it would be.
    uploaded.upload.set_state({"value": [{"name": name, "type": "", "size": len(data), "content": memoryview(data),
                                          "last_modified": 1_780_000_000_000} for name, data in sent]})
    assert uploaded.upload.value == (), "the upload widget is emptied, so the same files can be sent again"
    assert "Answers shared by 31 learners." in uploaded.board.value
    assert "Refused 1 files" in uploaded.summary.value and "broken.json" in uploaded.summary.value
    assert strings.DASHBOARD_UPLOADED.format(count=3) in uploaded.status.value


def upload(dashboard: ClassDashboard, sent: list[tuple[str, bytes]]) -> list[str]:
    """Send files through the upload widget as the browser would; return every status line shown meanwhile."""
    said: list[str] = []
    dashboard.status.observe(lambda change: said.append(change["new"]), names="value")
    dashboard.upload.set_state({"value": [{"name": name, "type": "", "size": len(data), "content": memoryview(data),
                                           "last_modified": 1_780_000_000_000} for name, data in sent]})
    return said


def test_while_an_upload_is_read_its_files_are_named_as_text_or_counted_when_many():
    few = upload(ClassDashboard(environ={}), [(f"{HOSTILE}.json", encode(share_document(class_code="SEM-A"))),
                                              ("second.json", b"{not json")])
    assert few[0] == status_html(strings.DASHBOARD_IMPORTING.format(source=f"{HOSTILE}.json and second.json"))
    assert "<script>" not in few[0] and "&lt;script&gt;" in few[0]
    assert few[-1] == status_html(strings.DASHBOARD_UPLOADED.format(count=2))

    many = upload(ClassDashboard(environ={}), [(f"learner-{n}.json", b"{}") for n in range(40)])
    assert many[0] == status_html(strings.DASHBOARD_IMPORTING.format(source="40 uploaded files"))
    assert "learner-0.json" not in many[0]


def test_a_large_import_drives_the_progress_bar_and_hides_it_afterwards(tmp_path):
    folder = tmp_path / "big"
    write_share_files(folder, 1_100, class_code="SEM-A")
    dashboard = ClassDashboard(environ={})
    seen = []
    dashboard.bar.observe(lambda change: seen.append((change["new"], dashboard.bar.max,
                                                     dashboard.bar.layout.visibility)), names="value")
    dashboard.import_folder(str(folder))
    assert (1000, 1100, "visible") in seen and seen[-1] == (1100, 1100, "visible")
    assert dashboard.bar.layout.visibility == "hidden"
    assert "from 1,100 learners" in dashboard.summary.value


@pytest.mark.parametrize("text, words", [
    ("", "Type the path of a folder first."),
    ("/no/such/folder", "There is no folder at /no/such/folder."),
])
def test_a_missing_folder_is_one_sentence_and_changes_nothing(text, words):
    dashboard = ClassDashboard(environ={})
    before = dashboard.board.value
    dashboard.import_folder(text)
    assert words in dashboard.status.value and 'role="alert"' in dashboard.status.value
    assert dashboard.board.value == before


def test_a_missing_or_broken_archive_is_one_sentence(tmp_path):
    dashboard = ClassDashboard(environ={})
    dashboard.import_zip(str(tmp_path / "none.zip"))
    assert "There is no file at" in dashboard.status.value
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"PK\x03\x04 this is no archive")
    dashboard.import_zip(str(fake))
    assert "it is not a readable zip archive" in dashboard.summary.value
    assert "Traceback" not in dashboard.summary.value + dashboard.status.value


def test_the_class_code_filters_later_imports_and_a_bad_one_is_refused(class_of_30, tmp_path):
    dashboard = ClassDashboard(environ={})
    dashboard.class_code.value = "not a code!"
    assert strings.SHARE_BAD_CLASS_CODE in dashboard.status.value
    dashboard.class_code.value = "other-1"
    assert "only files for class OTHER-1 are read" in dashboard.status.value
    dashboard.import_folder(str(class_of_30))
    assert "it is for class SEM-A, not OTHER-1" in dashboard.summary.value
    assert strings.DASHBOARD_EMPTY.split(",")[0] in dashboard.board.value
    dashboard.class_code.value = ""
    dashboard.forget()
    assert dashboard.summary.value == "" and strings.DASHBOARD_FORGOTTEN in dashboard.status.value
    dashboard.import_folder(str(class_of_30))
    assert "Answers shared by 30 learners." in dashboard.board.value


@pytest.mark.parametrize("size, shown", [(4, False), (5, True)])
def test_four_learners_show_nothing_and_five_show_the_class(tmp_path, size, shown):
    simulated = SimulatedClass(seed=3)
    for number in range(size):
        document = simulated.share_document("SEM-A", learner=f"{number:032x}")
        document["answers"]["00"] = {"familiarity": 3}  # everyone answers the rating
        (tmp_path / f"{number}.json").write_bytes(encode(document))
    dashboard = ClassDashboard(environ={})
    dashboard.import_folder(str(tmp_path))
    board = dashboard.board.value
    assert ("Fewer than 5 learners have shared" in board) is not shown
    assert ("Answers shared by 5 learners." in board) is shown
    assert ("<img" in board) is shown
    # Only steps with answers a share file holds by default were answered: the others get no panel at all.
    answered = [s.id for s in course.LEARNER_STEPS if any(share_policy(p.kind) == "structured" for p in s.prompts)]
    assert {"00", "01", "02"} <= set(answered)
    assert re.findall(r"<h3>Step (\w+):", board) == answered
    nothing = strings.COHORT_STEP_NOTHING.format(k=5)
    if shown:  # everyone answered 00's rating; other steps may still have fewer than 5 answers to a question
        step_00 = board.split("<h3>Step 00:")[1].split("<h3>")[0]
        assert nothing not in step_00 and "<img" in step_00
    else:
        assert board.count(nothing) == len(answered)


def test_shared_reflections_and_file_names_reach_the_page_only_as_text(tmp_path):
    for number in range(5):
        document = share_document(learner=f"{number:032x}", answers={"01": {"why_there": HOSTILE + str(number)}})
        (tmp_path / f"<b>{number}<b>.json").write_bytes(encode(document))
    (tmp_path / "<img src=x onerror=alert(3)>.json").write_bytes(b"{")
    dashboard = ClassDashboard(environ={})
    dashboard.import_folder(str(tmp_path))
    page = dashboard.board.value + dashboard.summary.value + dashboard.status.value
    assert "<script" not in page and "<img src=x" not in page and "<b>" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in dashboard.board.value
    assert '<li dir="auto"><bdi>' in dashboard.board.value  # bidi overrides cannot spill out of a reflection
    assert "&lt;img src=x onerror=alert(3)&gt;.json" in dashboard.summary.value


def test_the_summary_and_the_class_folder_list_escape_names():
    summary = ImportSummary(accepted=1, learners=1)
    summary.refused["not valid JSON text"] = 1
    summary.examples.append(("<i>x</i>.json", "it is not valid JSON"))
    html = summary_html(summary)
    assert "<li dir=\"auto\">1 not valid JSON text</li>" in html and "&lt;i&gt;x&lt;/i&gt;.json" in html
    senders = [Sender("ann<", "ann<.json", None), Sender("bo\"b", "bo\"b.json", "refused for <b>x</b>"),
               Sender("ann<", "ann<.json", None)]
    table = senders_html(senders)
    assert table.count("<tr><th scope=\"row\">") == 2, "a file read twice is listed once"
    assert "ann&lt;" in table and "bo&quot;b" in table and "refused: refused for &lt;b&gt;x&lt;/b&gt;" in table
    assert senders_html([]) == ""


def test_the_hubs_class_folder_is_read_when_the_dashboard_opens_and_again_on_request(tmp_path):
    folder = tmp_path / "submissions"
    write_share_files(folder, 6, class_code="SEM-A")
    dashboard = ClassDashboard(environ={ENVIRONMENT_VARIABLE: str(folder)})
    assert "Answers shared by 6 learners." in dashboard.board.value
    assert escape(strings.DASHBOARD_CLASS_FOLDER.format(path=folder)) in repr(dashboard.collect.children)
    write_share_files(folder / "late", 1, class_code="SEM-A", seed=9)  # a learner's own sub-folder (Kubernetes)
    button = next(w for w in dashboard.collect.children
                  if getattr(w, "description", "") == strings.DASHBOARD_CLASS_FOLDER_BUTTON)
    button.click()
    assert "Answers shared by 7 learners." in dashboard.board.value
    assert "late/share-000000.json" in dashboard.summary.value  # attributed to the folder it is in


def test_a_class_folder_that_is_not_there_is_said_in_the_summary(tmp_path):
    dashboard = ClassDashboard(environ={ENVIRONMENT_VARIABLE: str(tmp_path / "gone")})
    assert "The class folder could not be read (" in dashboard.summary.value
    assert strings.DASHBOARD_EMPTY.split(",")[0] in dashboard.board.value


def test_the_projector_view_enlarges_the_dashboard_and_hides_the_rest():
    dashboard = ClassDashboard(environ={})
    sheets = dashboard.run_sheets()
    dashboard.projector.value = True
    assert PROJECTOR_CLASS in dashboard._dom_classes
    assert [w.layout.display for w in (dashboard.collect, dashboard.exports, sheets)] == ["none"] * 3
    assert dashboard.board.layout.display is None
    dashboard.projector.value = False
    assert PROJECTOR_CLASS not in dashboard._dom_classes
    assert [w.layout.display for w in (dashboard.collect, dashboard.exports, sheets)] == [None] * 3


def test_under_voila_the_projector_view_is_on_from_the_start():
    assert under_voila({"VOILA_REQUEST_URL": "http://127.0.0.1:8866/voila/render/x.ipynb"})
    assert not under_voila({}) and not under_voila({"VOILA_REQUEST_URL": ""})
    dashboard = ClassDashboard(environ={"VOILA_BASE_URL": "/"})
    assert dashboard.projector.value and PROJECTOR_CLASS in dashboard._dom_classes
    assert dashboard.collect.layout.display == "none"


def test_the_styles_only_reach_the_dashboard_or_voilas_page():
    from course_helpers.cohort.views import STYLE

    selectors = [rule.split("{")[0] for rule in re.findall(r"[^{}]+\{[^}]*\}", STYLE.replace("<style>", ""))]
    for selector in selectors:
        for part in selector.split(","):
            assert part.strip().startswith((".mcc-dashboard", "body[data-voila]")), part


def test_the_run_sheets_show_one_plan_at_a_time_with_the_notes_and_a_printable_page():
    sheets = RunSheets()
    assert "Run sheet: a 60-minute seminar" in sheets.sheet.value
    notes = sheets.notes_box.value
    assert strings.RUNSHEET_NOTES_TITLE in notes and "Steelman before rebuttal" in notes
    sheets.choice.value = 90
    assert "Run sheet: a 90-minute seminar" in sheets.sheet.value
    (name, page), = links(sheets.sheet.value).items()
    assert name == "run-sheet-90.html"
    assert b"default-src 'none'" in page and b"<script" not in page and b"Steelman before rebuttal" in page


def test_running_the_cells_again_replaces_the_dashboard_and_its_run_sheets(journal):
    from course_helpers import course
    from course_helpers.session import StepSession

    step = StepSession(course.step("facilitator"), journal)
    first = class_dashboard(step)
    first_sheets = first.run_sheets()
    again = first.run_sheets()
    assert first_sheets.comm is None and again.comm is not None, "the earlier run sheets are closed"
    second = class_dashboard(step)
    assert first.comm is None and second.comm is not None
