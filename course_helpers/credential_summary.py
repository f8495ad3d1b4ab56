"""A printable one-page summary of an audited micro-credential, as a self-contained HTML page.

:func:`summary_html` writes the elements, the findings and the size comparisons
on one A4 page. The page loads nothing (no scripts, images, fonts or links to
follow), carries a strict Content-Security-Policy that allows only its own
style sheet (by hash), and passes every piece of text through
:func:`course_helpers.text.escape`, so learner text can never become markup.
Long values are shortened so that a 1 MB title still prints on one page.
"""
from __future__ import annotations

import base64
import hashlib
from datetime import date
from typing import Any

from . import strings
from .credential_audit import Audit, element_rows
from .credential_sizes import number, workload_words
from .credentials import MicroCredential
from .text import escape

MAX_VALUE_CHARS = 160  # per value shown
MAX_OUTCOMES_SHOWN = 6
MAX_FINDINGS_SHOWN = 11

CSS = """
@page { size: A4; margin: 10mm; }
body { font-family: system-ui, sans-serif; font-size: 9.5pt; line-height: 1.3; color: #000; background: #fff;
       margin: 0 auto; max-width: 190mm; }
h1 { font-size: 14pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 8pt 0 3pt; border-bottom: 1px solid #555; }
p { margin: 2pt 0; }
.note { font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 1pt 4pt; border-bottom: 1px solid #ccc; }
th[scope=row] { width: 34%; font-weight: normal; }
td.status { width: 12%; font-weight: bold; }
ul { margin: 2pt 0; padding-left: 14pt; }
li { margin: 1pt 0; }
.value { overflow-wrap: anywhere; }
footer { margin-top: 6pt; font-size: 8pt; color: #333; }
@media print { body { max-width: none; font-size: 8pt; line-height: 1.22; } h2 { break-after: avoid; } }
""".strip()
STYLE_HASH = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
CONTENT_SECURITY_POLICY = (f"default-src 'none'; style-src 'sha256-{STYLE_HASH}'; img-src 'none'; "
                           "base-uri 'none'; form-action 'none'")


def _short(text: str, limit: int = MAX_VALUE_CHARS) -> str:
    """Text on one line, cut to ``limit`` characters with a note of its full length."""
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    return flat[:limit - 1] + "…" + strings.SUMMARY_SHORTENED.format(n=f"{len(flat):,}")


def _learner(text: str) -> str:
    """Learner text, escaped and isolated in ``<bdi>`` so that bidi controls cannot reorder the page around it."""
    return f"<bdi>{escape(text)}</bdi>"


def _value(credential: MicroCredential, fields: list[str]) -> str:
    """The escaped HTML of one element's value."""
    if fields == ["ects", "hours"]:
        words = workload_words(credential)
        if credential.ects is not None and credential.hours is not None:
            words = strings.SUMMARY_ECTS_AND_HOURS.format(ects=number(credential.ects), hours=number(credential.hours))
        return escape(words)
    field = fields[0]
    value = credential.value(field)
    if field == "learning_outcomes":
        shown = [f"<li>{_learner(_short(item))}</li>" for item in value[:MAX_OUTCOMES_SHOWN]]
        if len(value) > MAX_OUTCOMES_SHOWN:
            shown.append(f"<li>{escape(strings.SUMMARY_MORE.format(n=len(value) - MAX_OUTCOMES_SHOWN))}</li>")
        return f"<ul>{''.join(shown)}</ul>" if shown else ""
    if value is None:
        return ""
    if field == "level" and isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 8:
        return escape(strings.SUMMARY_EQF.format(level=value))
    return _learner(_short(str(value)))


def _element_table(credential: MicroCredential) -> str:
    rows = []
    for row in element_rows():
        fields = row["fields"].split(";")
        given = any(credential.is_given(f) for f in fields)
        if row["id"] == "E07":
            given = credential.ects is not None or credential.hours is not None
        status = strings.SUMMARY_PRESENT if given else (
            strings.SUMMARY_MISSING if row["status"] == "mandatory" else strings.SUMMARY_NOT_GIVEN)
        label = strings.SUMMARY_ELEMENT_LABEL[row["status"]].format(name=row["short_name"])
        rows.append(f'<tr><th scope="row">{escape(label)}</th><td class="status">{escape(status)}</td>'
                    f'<td class="value">{_value(credential, fields) if given else ""}</td></tr>')
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in strings.SUMMARY_TABLE_HEADERS)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _findings(audit: Audit) -> str:
    order = {"gap": 0, "problem": 1, "advice": 2, "ok": 3}
    ranked = sorted(audit.findings, key=lambda f: order[f.level])
    items = [f"<li><strong>{escape(strings.SUMMARY_LEVEL_WORDS[f.level])}:</strong> "
             f"{escape(_short(f.core or f.sentence, 300))}{_principle_ids(f)}</li>" for f in ranked[:MAX_FINDINGS_SHOWN]]
    if len(ranked) > MAX_FINDINGS_SHOWN:
        items.append(f"<li>{escape(strings.SUMMARY_MORE_FINDINGS.format(n=len(ranked) - MAX_FINDINGS_SHOWN))}</li>")
    return f"<p>{escape(audit.summary())}</p><ul>{''.join(items)}</ul>"


def _principle_ids(finding: Any) -> str:
    if not finding.principles:
        return ""
    ids = ", ".join(link.id for link in finding.principles)
    return " " + escape(strings.SUMMARY_WEAKENS.format(ids=ids))


def _sizes(audit: Audit) -> str:
    items = [f"<li><strong>{escape(s.framework)}</strong>: {escape(strings.SUMMARY_VERDICT_WORDS[s.verdict])}. "
             f"{escape(_short(s.outcome or s.sentence, 300))}</li>" for s in audit.sizes]
    return f"<ul>{''.join(items)}</ul>"


def summary_html(credential: MicroCredential, audit: Audit, *, made_on: date | None = None) -> str:
    """The one-page summary as a complete HTML document (UTF-8, no scripts, nothing loaded from elsewhere)."""
    title = _short(credential.title, 90) or strings.OB_UNTITLED
    made = (made_on or date.today()).isoformat()
    parts: list[Any] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(CONTENT_SECURITY_POLICY)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(strings.SUMMARY_PAGE_TITLE.format(title=title))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{_learner(title)}</h1><p class=\"note\">{escape(strings.SUMMARY_NOT_A_CREDENTIAL)}</p></header>",
        f"<section><h2>{escape(strings.SUMMARY_ELEMENTS_HEADING)}</h2>{_element_table(credential)}</section>",
        f"<section><h2>{escape(strings.SUMMARY_FINDINGS_HEADING)}</h2>{_findings(audit)}</section>",
        f"<section><h2>{escape(strings.SUMMARY_SIZES_HEADING)}</h2>{_sizes(audit)}</section>",
        f"<footer><p>{escape(strings.SUMMARY_FOOTER.format(date=made))}</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"
