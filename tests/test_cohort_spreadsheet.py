"""The facilitator's CSV opened in a real spreadsheet program: LibreOffice Calc, with formula evaluation ON.

The class of 30 (tests/cohort_helpers.py) writes reflections that begin with "=", "+", "-", "@", a tab
or a carriage return. Calc reads the export once, headless, with the most dangerous import settings
(tests/libreoffice.py: quoted fields parsed, formulas evaluated) and saves what it made as flat ODS.
The tests then read that XML: no cell holds a formula, every hostile reflection is a text cell showing
our apostrophe, and every number is a number.

A control CSV, not neutralised, goes through the same soffice run: Calc must turn its "=1+1" into a
formula worth 2, or these tests could not see an attack and say so. On CSV import Calc only takes
a leading "=" for a formula ("+1+1", "-2+3" and "@SUM(A1)" stay text even unguarded, where Excel
would run them), so only the "=" cases are proven dangerous here; the others are covered by the
export's own rule and its unit tests in tests/test_cohort_end_to_end.py.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from course_helpers.cohort.export import CSV_HEADER, neutralise
from external import require
from tests import libreoffice
from tests.cohort_helpers import FORMULA_TEXTS, class_csv, is_number

NUMERIC_STATISTICS = {"count", "first_quartile", "median", "third_quartile", "centre_x", "centre_y", "spread_x",
                      "spread_y", "mean_rank", "rank_spread", "answered"}
VALUE, STATISTIC = CSV_HEADER.index("value"), CSV_HEADER.index("statistic")
# Not neutralised: what an attacker would like a facilitator to open. The last row holds the first
# row's formula, neutralised: in one file, with one set of options, only the apostrophe differs.
CONTROL_CSV = f'what,cell\r\nunquoted,=1+1\r\nquoted,"=1+1"\r\nneutralised,{neutralise("=1+1")}\r\n'


@pytest.fixture(scope="module")
def soffice() -> Path:
    executable = libreoffice.find_soffice(os.environ)
    decision = libreoffice.decide(executable, os.environ)
    require(decision)
    return executable


@pytest.fixture(scope="module")
def opened(soffice, simulated_class_of_30, tmp_path_factory) -> dict[str, Path]:
    """The class's export and the control, each as Calc saved it (one soffice run for both)."""
    scratch = tmp_path_factory.mktemp("calc")
    export = scratch / "class_export.csv"
    export.write_bytes(class_csv(simulated_class_of_30.folder))
    control = scratch / "control.csv"
    control.write_bytes(CONTROL_CSV.encode("utf-8-sig"))
    try:
        fods_export, fods_control = libreoffice.convert_to_fods(soffice, [export, control], scratch)
    except libreoffice.ConversionFailed as error:
        pytest.fail(f"LibreOffice could not open the CSV files: {error}", pytrace=False)
    return {"export": fods_export, "control": fods_control, "export_csv": export}


def require_calc_to_run_formulas(control: Path) -> None:
    """Fail loudly if Calc no longer evaluates an unguarded "=" with our options: the checks would be blind."""
    rows = libreoffice.read_sheet(control, 2)
    shown = {row[0].text: row[1] for row in rows[1:]}
    for name in ("unquoted", "quoted"):
        cell = shown.get(name)
        if cell is None or cell.formula is None or cell.kind != "float" or cell.number != 2:
            pytest.fail(f"Calc did not evaluate the unguarded {name} formula of the control CSV (it made {cell!r}); "
                        f"with import options {libreoffice.CSV_IMPORT!r} the spreadsheet check cannot see an "
                        "attack any more: fix the options before trusting it.", pytrace=False)


@pytest.mark.spreadsheet
def test_the_control_shows_calc_runs_an_unguarded_formula_and_not_a_neutralised_one(opened):
    require_calc_to_run_formulas(opened["control"])
    rows = libreoffice.read_sheet(opened["control"], 2)
    assert rows[1][1].formula == "of:=1+1" and rows[1][1].value == "2"
    assert rows[2][1].formula == "of:=1+1" and rows[2][1].value == "2"  # quoting does not protect
    neutralised = rows[3][1]
    assert (neutralised.kind, neutralised.text, neutralised.formula) == ("string", "'=1+1", None)
    assert libreoffice.formula_cells(opened["control"]) == [rows[1][1].formula, rows[2][1].formula]


@pytest.mark.spreadsheet
def test_the_class_export_opens_in_calc_without_running_anything(opened):
    require_calc_to_run_formulas(opened["control"])  # else every assertion below would pass blindly
    fods = opened["export"]
    assert libreoffice.formula_cells(fods) == []
    written = list(csv.reader(io.StringIO(opened["export_csv"].read_bytes().decode("utf-8-sig"), newline="")))
    sheet = libreoffice.read_sheet(fods, len(CSV_HEADER))
    assert len(sheet) == len(written) > 100
    assert [cell.text for cell in sheet[0]] == list(CSV_HEADER)  # the byte-order mark was read as UTF-8

    reflections = [row[VALUE] for row in sheet if row[STATISTIC].text == "reflection"]
    for hostile in FORMULA_TEXTS:
        shown = libreoffice.as_shown(neutralise(hostile))
        assert ("string", shown) in {(cell.kind, cell.text) for cell in reflections}, (hostile, shown)

    numbers = [row[VALUE] for row in sheet
               if row[STATISTIC].text in NUMERIC_STATISTICS and row[VALUE] != libreoffice.EMPTY]
    assert len(numbers) > 50
    assert all(cell.kind == "float" for cell in numbers), [cell for cell in numbers if cell.kind != "float"]
    centres = [row[VALUE].number for row in sheet if row[STATISTIC].text in ("centre_x", "centre_y")]
    assert any(value < 0 for value in centres), centres  # negative numbers stay numbers, not text, not formulas

    for line, (row, cells) in enumerate(zip(written, sheet), start=1):
        for column, (field, cell) in enumerate(zip(row, cells)):
            where = f"line {line}, {CSV_HEADER[column]}: {field!r} became {cell!r}"
            if field == "":
                assert cell == libreoffice.EMPTY, where
            elif is_number(field):
                assert cell.kind == "float" and cell.number == float(field), where
            else:
                assert cell.kind == "string" and cell.text == libreoffice.as_shown(field), where


# --- the harness itself (no LibreOffice needed) ----------------------------------------------------
@pytest.mark.parametrize("exists, ci, action", [
    (True, None, "run"), (True, "true", "run"), (False, None, "skip"), (False, "", "skip"),
    (False, "true", "fail"), (False, "1", "fail"),
])
def test_missing_libreoffice_skips_locally_and_fails_on_ci(tmp_path, exists, ci, action):
    executable = tmp_path / "soffice"
    if exists:
        executable.write_text("#!/bin/sh\n")
        executable.chmod(0o755)
    environ = {} if ci is None else {"CI": ci}
    decision = libreoffice.decide(executable, environ)
    assert decision.action == action
    if action != "run":
        assert "libreoffice-calc-nogui" in decision.reason
        assert libreoffice.decide(None, environ).action == action


@pytest.mark.parametrize("script, expected", [
    ("echo 'loading failed' >&2\nexit 0", "missing output: ['a.fods']"),  # soffice exits 0 on a file it cannot load
    ("echo 'crashed' >&2\nexit 3", "exited with 3"),
    ("sleep 30 & wait", "did not finish within 1 s"),
])
def test_a_failed_conversion_says_why_with_the_programs_output(tmp_path, script, expected):
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\n{script}\n")
    fake.chmod(0o755)
    (tmp_path / "a.csv").write_text("x\r\n")
    with pytest.raises(libreoffice.ConversionFailed) as raised:
        libreoffice.convert_to_fods(fake, [tmp_path / "a.csv"], tmp_path / "scratch", timeout=1)
    assert expected in str(raised.value) and "--convert-to fods" in str(raised.value)
    if "exit" in script:
        assert script.split("'")[1] in str(raised.value)  # soffice's stderr is in the message


def test_ci_installs_the_package_the_skip_reason_names():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "command -v soffice" in ci
    assert libreoffice.INSTALL.removeprefix("apt-get install ") in ci  # --no-install-recommends libreoffice-calc-nogui
