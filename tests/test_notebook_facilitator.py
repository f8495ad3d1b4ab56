"""The facilitator's notebook, executed in a fresh kernel as a facilitator runs it.

A class of 30 simulated learners goes end to end: each learner's answers are saved in a real
journal of their own, each shares through the course's "save into the class folder" action, and the
notebook, given that folder as COURSE_SHARE_DIR, reads it, shows the class and offers the exports.
With no folder it shows its empty state. The last cell appended here prints what the widgets hold.
"""
from __future__ import annotations

import base64
import csv
import io
import json
import re

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell

from course_helpers import course, strings
from course_helpers.cohort import prepare_share
from course_helpers.cohort.classfolder import save_to_class_folder
from course_helpers.cohort.export import CSV_HEADER
from course_helpers.cohort.simulate import SimulatedClass, fill_journal
from course_helpers.journal import Journal

pytestmark = pytest.mark.notebooks

DASHBOARD = course.step("facilitator")
SHOW = """
import json
print(json.dumps({"status": dashboard.status.value, "summary": dashboard.summary.value,
                  "board": dashboard.board.value, "exports": dashboard.exports.value,
                  "projector": dashboard.projector.value,
                  "run_sheets": dashboard._run_sheets.sheet.value,  # the plan the run-sheet cell shows
                  "notes": dashboard._run_sheets.notes_box.value}))
"""


def run_notebook(monkeypatch, tmp_path, share_dir=None) -> dict:
    monkeypatch.setenv("COURSE_JOURNAL_DIR", str(tmp_path / "facilitator-journal"))
    if share_dir is None:
        monkeypatch.delenv("COURSE_SHARE_DIR", raising=False)
    else:
        monkeypatch.setenv("COURSE_SHARE_DIR", str(share_dir))
    nb = nbformat.read(DASHBOARD.notebook_path, as_version=4)
    nb.cells.append(new_code_cell(SHOW))
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(DASHBOARD.notebook_path.parent)}}).execute()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", f"{output.get('ename')}: {output.get('evalue')}"
    return json.loads("".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream"))


def downloads(html: str) -> dict[str, bytes]:
    return {name: base64.b64decode(data)
            for name, data in re.findall(r'<a download="([^"]+)" href="data:[^;]+;base64,([^"]+)">', html)}


def test_with_no_class_folder_the_notebook_says_how_to_begin(monkeypatch, tmp_path):
    shown = run_notebook(monkeypatch, tmp_path)
    assert strings.DASHBOARD_EMPTY.split(",")[0] in shown["board"]
    assert strings.DASHBOARD_EXPORTS_EMPTY in shown["exports"]
    assert shown["status"] == "" and shown["summary"] == "" and shown["projector"] is False
    assert strings.RUNSHEET_TITLE.format(minutes=60) in shown["run_sheets"]
    assert "run-sheet-60.html" in downloads(shown["run_sheets"])
    assert "Steelman before rebuttal" in shown["notes"]


def test_a_class_of_30_goes_from_journals_to_the_notebooks_dashboard_and_exports(monkeypatch, tmp_path):
    folder = tmp_path / "class-folder"
    folder.mkdir()
    simulated = SimulatedClass(seed=11)
    for number in range(30):
        journal = Journal(tmp_path / f"learner{number:02d}" / "journal.sqlite3")
        fill_journal(journal, simulated.answers())
        journal.save("01", "why_there", f"Reason {number:02d} <b>not bold</b>")
        journal.save("02", "worry_most", f"private worry {number}")  # 02 is never ticked: never shared
        save_to_class_folder(prepare_share(journal, "SEM-E2E", ["01"]), folder, user=f"learner{number:02d}")
        journal.close()

    shown = run_notebook(monkeypatch, tmp_path, share_dir=folder)
    assert "Share files read: 30, from 30 learners" in shown["summary"]
    board = shown["board"]
    assert "Answers shared by 30 learners." in board
    for title in (strings.COHORT_MAP_TITLE, strings.COHORT_PROBABLE_TITLE):
        assert title.replace("'", "&#x27;") in board
    assert board.count("<figcaption>") == board.count("<img") >= 4
    assert "Reason 07 &lt;b&gt;not bold&lt;/b&gt;" in board and "<b>not bold</b>" not in board
    assert "private worry" not in board

    files = downloads(shown["exports"])
    (csv_data,) = [data for name, data in files.items() if name.endswith(".csv")]
    (report,) = [data.decode("utf-8") for name, data in files.items() if name.endswith(".html")]
    rows = list(csv.reader(io.StringIO(csv_data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_HEADER
    reflections = sorted(row[6] for row in rows[1:] if row[1] == "why_there" and row[4] == "reflection")
    assert reflections == [f"Reason {n:02d} <b>not bold</b>" for n in range(30)]
    assert not any("private worry" in cell for row in rows for cell in row)
    assert "Reason 07 &lt;b&gt;not bold&lt;/b&gt;" in report and "<script" not in report
