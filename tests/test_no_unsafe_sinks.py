"""A static guard: the known HTML sinks that skip escaping are not used anywhere.

Learner text may reach HTML only through course_helpers.text; these calls
would bypass it (ipywidgets descriptions with HTML, HTMLMath, IPython's HTML
and Markdown displays, which also read files and URLs given as strings).
"""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "description_allow_html": re.compile(r"description_allow_html\s*=\s*True"),
    "HTMLMath": re.compile(r"\bHTMLMath\("),
    "IPython HTML display": re.compile(r"(display\.HTML\(|display\(HTML\(|from IPython\.display import[^\n]*\bHTML\b)"),
    "IPython Markdown display": re.compile(r"(display\.Markdown\(|\bMarkdown\()"),
}


def sources() -> list[tuple[str, str]]:
    found = [(str(p.relative_to(ROOT)), p.read_text()) for p in (ROOT / "course_helpers").rglob("*.py")]
    for notebook in (ROOT / "notebooks").rglob("*.ipynb"):
        nb = nbformat.read(notebook, as_version=4)
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        found.append((str(notebook.relative_to(ROOT)), code))
    return found


@pytest.mark.parametrize("name", sorted(FORBIDDEN))
def test_no_unescaped_html_sink(name):
    offenders = [path for path, text in sources() if FORBIDDEN[name].search(text)]
    assert offenders == [], f"{name} used in {offenders}"


def test_the_guard_would_catch_a_sink():
    assert FORBIDDEN["IPython HTML display"].search("display(HTML(reflection))")
    assert FORBIDDEN["description_allow_html"].search("Text(description_allow_html=True)")
