"""Opening a CSV the way a facilitator does: in LibreOffice Calc (Debian's ``libreoffice-calc-nogui``), headless.

Calc imports each CSV with the options in :data:`CSV_IMPORT` and saves it as flat ODS, one XML file, which
:func:`read_sheet` turns into rows of :class:`Cell`: what Calc made of every field (a string, a number,
a formula) and the text it shows. A missing ``soffice`` skips locally with a reason and fails under
``CI=true``, like a missing Chromium (:mod:`browser.chromium`).
"""
from __future__ import annotations

import os
import signal
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from external import Decision, find_program, is_executable
from external import decide as external_decide

SOFFICE = Path("/usr/bin/soffice")
INSTALL = "apt-get install --no-install-recommends libreoffice-calc-nogui"
IMPORT_FILTER = "Text - txt - csv (StarCalc)"
# The CSV import filter's options, token by token (LibreOffice's ScAsciiOptions::ReadFromString).
# Token 12 is the hostile one: with it on, a field beginning with "=" becomes a formula that Calc runs,
# which is what a facilitator gets who ticks "Evaluate formulas" in the import dialog.
CSV_IMPORT = ",".join((
    "44",     # 0 field separator: comma
    "34",     # 1 text delimiter: double quote
    "76",     # 2 character set: UTF-8
    "1",      # 3 first line to read
    "",       # 4 column formats: none, every column "Standard", so numbers are recognised
    "1033",   # 5 language English (USA): "." is the decimal separator
    "false",  # 6 quoted field as text: no, a quoted field is read like any other
    "true",   # 7 detect special numbers: yes
    "false",  # 8 save cell contents as shown (export only)
    "false",  # 9 export cell formulas (export only)
    "false",  # 10 trim spaces: no
    "0",      # 11 sheet to export (export only)
    "true",   # 12 evaluate formulas: YES
))
TIMEOUT = 180  # seconds for one conversion; a first start on a fresh profile takes a few

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
TABLE, OFFICE, TEXT = (f"{{{NS[name]}}}" for name in ("table", "office", "text"))
MAX_REPEAT = 1000  # Calc writes runs of empty cells and rows as one element with a repeat count


def find_soffice(environ: Mapping[str, str]) -> Path | None:
    """``/usr/bin/soffice``; ``COURSE_SOFFICE`` may point elsewhere (another distribution)."""
    return find_program(environ, override="COURSE_SOFFICE", default=SOFFICE, name="soffice")


def decide(executable: Path | None, environ: Mapping[str, str]) -> Decision:
    """Run; or skip with a reason locally; or fail under CI, so a CI image without Calc cannot pass silently."""
    missing = None if is_executable(executable) else (
        f"LibreOffice Calc not found at {executable or SOFFICE}: install Debian's package ({INSTALL})")
    return external_decide(missing, f"LibreOffice at {executable}", environ)


class ConversionFailed(Exception):
    """soffice did not turn every CSV into a flat ODS file (the message carries its output)."""


def convert_to_fods(soffice: Path, sources: Sequence[Path], scratch: Path, timeout: float = TIMEOUT) -> list[Path]:
    """Every CSV in ``sources`` opened by Calc with :data:`CSV_IMPORT` and saved as flat ODS, in one soffice run.

    The profile, HOME and output live in ``scratch``, so runs never share a profile (a second soffice
    on the same profile would hand its work to the first and exit).
    """
    profile, home, out = scratch / "profile", scratch / "home", scratch / "fods"
    for folder in (profile, home, out):
        folder.mkdir(parents=True, exist_ok=True)
    command = [str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--nodefault", f"--infilter={IMPORT_FILTER}:{CSV_IMPORT}",
               "--convert-to", "fods", "--outdir", str(out), *(str(source) for source in sources)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "HOME": str(home)}, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # soffice starts soffice.bin: end the whole group
        stdout, stderr = process.communicate()
        raise ConversionFailed(f"soffice did not finish within {timeout:.0f} s.\n"
                               f"command: {' '.join(command)}\nstdout: {stdout}\nstderr: {stderr}") from None
    results = [out / f"{source.stem}.fods" for source in sources]
    missing = [path.name for path in results if not path.is_file()]
    if process.returncode != 0 or missing:  # soffice exits 0 even when it could not load a file
        raise ConversionFailed(f"soffice exited with {process.returncode}; missing output: {missing or 'none'}.\n"
                               f"command: {' '.join(command)}\nstdout: {stdout}\nstderr: {stderr}")
    return results


@dataclass(frozen=True)
class Cell:
    """One cell as Calc saved it: ``kind`` is ODF's value type ("string", "float", ...; "" when empty)."""
    kind: str
    text: str
    value: str | None = None
    formula: str | None = None

    @property
    def number(self) -> float:
        return float(self.value)


EMPTY = Cell("", "")


def shown_text(paragraph: ET.Element) -> str:
    """The text of a ``text:p`` with its tabs, runs of spaces and line breaks spelled out."""
    parts = [paragraph.text or ""]
    for child in paragraph:
        if child.tag == f"{TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{TEXT}s":
            parts.append(" " * int(child.get(f"{TEXT}c", "1")))
        elif child.tag == f"{TEXT}line-break":
            parts.append("\n")
        else:
            parts.append(shown_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def read_cell(element: ET.Element) -> Cell:
    kind = element.get(f"{OFFICE}value-type", "")
    text = "\n".join(shown_text(p) for p in element.findall("text:p", NS))  # one paragraph per line
    value = element.get(f"{OFFICE}value")
    return Cell(kind, text, value, element.get(f"{TABLE}formula"))


def read_sheet(fods: Path, width: int) -> list[list[Cell]]:
    """The only table of ``fods`` as rows of ``width`` cells, trailing empty rows dropped."""
    tables = ET.parse(fods).getroot().findall(".//table:table", NS)
    assert len(tables) == 1, f"{fods.name}: expected one sheet, found {len(tables)}"
    rows: list[list[Cell]] = []
    for row in tables[0].iter(f"{TABLE}table-row"):
        cells: list[Cell] = []
        for element in row:
            if element.tag not in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                continue
            repeat = min(int(element.get(f"{TABLE}number-columns-repeated", "1")), MAX_REPEAT)
            cells.extend([read_cell(element)] * repeat)
        cells = (cells + [EMPTY] * width)[:width]
        repeat = min(int(row.get(f"{TABLE}number-rows-repeated", "1")), MAX_REPEAT)
        rows.extend([cells] * repeat)
    while rows and all(cell == EMPTY for cell in rows[-1]):
        rows.pop()
    return rows


def formula_cells(fods: Path) -> list[str]:
    """Every formula in the document, wherever it sits (any sheet, any cell)."""
    return [element.get(f"{TABLE}formula") for element in ET.parse(fods).getroot().iter()
            if element.get(f"{TABLE}formula") is not None]


def as_shown(text: str) -> str:
    """How Calc shows a text field: a carriage return (with or without its line feed) starts a new line."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
