"""A learner's journey through the hub, as tests/test_hub.py drives it, and what it measures.

Following a link logs the user in when the hub asks, waits through the
spawn and nbgitpuller's pull until the notebook's cells are on screen (or
nbgitpuller reports an error, which fails at once with what the learner
saw), then hands over a :class:`browser.notebook.LabPage` on the user's own
server. Measurements go to ``tests/screenshots/hub-measurements.json``.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from browser import notebook as nbk, scripts, selectors as S
from course_helpers.hublink import nbgitpuller_link, pull_link

from .hubserver import Hub
from .users import User, processes_of

MEASUREMENTS = Path(__file__).resolve().parent.parent / "screenshots" / "hub-measurements.json"
LINK_TIMEOUT_MS = 120_000  # first visit: login, spawn, clone, JupyterLab, the notebook
# One LabPage per browser tab: each LabPage answers the tab's dialogs, and two would answer one twice.
_LABS: dict[object, nbk.LabPage] = {}


def record(key: str, value) -> None:
    """Keep one measurement (a later run of the same key replaces it)."""
    MEASUREMENTS.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(MEASUREMENTS.read_text()) if MEASUREMENTS.exists() else {}
    data[key] = value
    data["cpus"] = os.cpu_count()
    data["load_average_1min"] = round(os.getloadavg()[0], 1)
    MEASUREMENTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")


def course_link(hub: Hub, bare: Path, branch: str, notebook: str) -> str:
    """The link a course page would give, made by the course's own generator."""
    return nbgitpuller_link(hub.url, bare.as_uri(), branch=branch, notebook=f"notebooks/{notebook}")


def notebook_in_home(bare: Path, notebook: str) -> str:
    """The notebook's path relative to the learner's home, as their server names it."""
    return f"{pull_link('http://hub', bare.as_uri()).folder}/notebooks/{notebook}"


def follow_link(hub: Hub, context, user: User, link: str, notebook: str) -> tuple[nbk.LabPage, float]:
    """Open ``link`` as ``user`` until ``notebook`` is rendered with an idle kernel.

    Returns the page and the seconds from following the link to the notebook's cells on screen.
    """
    page = context.pages[0] if context.pages else context.new_page()
    timer = nbk.Stopwatch()
    page.goto(link)
    if page.locator(S.HUB_USERNAME).count():
        page.fill(S.HUB_USERNAME, user.name)
        page.fill(S.HUB_PASSWORD, hub.password)
        page.click(S.HUB_LOGIN)
    try:
        page.locator(f"{S.CELL}, {S.NBGITPULLER_ERROR}").first.wait_for(timeout=LINK_TIMEOUT_MS)
        if not page.locator(S.CELL).count():
            raise RuntimeError("nbgitpuller reported an error")
    except Exception as error:  # noqa: BLE001 - Playwright's TimeoutError: say what the learner saw
        body = page.locator("body").inner_text() if page.locator("body").count() else ""
        pytest.fail(f"{user.name} never reached {notebook}: {str(error).splitlines()[0]}\n"
                    f"page {page.url}:\n{body[-3000:]}\nhub log:\n{hub.log()[-5000:]}", pytrace=False)
    seconds = timer.seconds()
    lab = _LABS.get(page) or _LABS.setdefault(page, nbk.LabPage(page, hub.user_server(user.name)))
    assert page.url.split("?")[0].endswith(f"/user/{user.name}/lab/tree/{notebook}"), page.url
    lab.wait_kernel_idle(notebook)
    page.wait_for_function(scripts.KERNEL_CONNECTED, timeout=nbk.OPEN_TIMEOUT_MS)
    return lab, seconds


def run_all(lab: nbk.LabPage) -> None:
    lab.run_all()
    assert nbk.wait_widgets_settled(lab.page), "widgets never finished loading"


def journal_of(user: User) -> Path:
    """Where the journal lands with COURSE_JOURNAL_DIR unset: the user's XDG data folder, in their home."""
    return user.home / ".local" / "share" / "mc-course-companion" / "journal.sqlite3"


def memory_of(uid: int) -> list[dict]:
    """Every process running as ``uid``: what it is (server, kernel), its RSS and its PSS in KiB."""
    found = []
    for pid in processes_of(uid):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        what = "kernel" if "ipykernel" in command else "server" if "singleuser" in command else command[:60]
        found.append({"what": what,
                      "rss_kib": int(re.search(r"^VmRSS:\s+(\d+)", status, re.M).group(1)),
                      "pss_kib": int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))})
    return found


# --- editing notebooks as text, the way git merges them ----------------------------------------
def replace_line(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def first_and_last_markdown(notebook: Path) -> tuple[str, str]:
    """The first and last markdown source lines as they appear in the file (far apart: separate merge hunks)."""
    cells = json.loads(notebook.read_text())["cells"]
    markdown = [c for c in cells if c["cell_type"] == "markdown"]
    first, last = markdown[0]["source"][0], markdown[-1]["source"][-1]
    return json.dumps(first, ensure_ascii=False)[1:-1], json.dumps(last, ensure_ascii=False)[1:-1]
