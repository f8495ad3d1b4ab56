"""What follows the audit form of notebook 07 as the learner fills it in.

Three views, each a widget that reads the step's ``audit`` answer (the live
form's value, else the journal's) and redraws whenever it changes, also after
a re-run cell, an import or an erase:

* :class:`AuditFindings`: the audit's sentences, each naming its element, in
  the order of Annex I, mandatory elements first;
* :class:`SizeComparison`: the workload beside the definitions that set a
  size, as a table with the status and source of each definition;
* :class:`CredentialDownloads`: the Open Badges 3.0 template (JSON) and the
  printable one-page summary (HTML) as download links built in memory
  (``data:`` URLs, like the journal's own download), with a JSON preview.

Every view has a ``text`` property: what it shows, in plain text. Nothing here
writes to an answer, and learner text reaches HTML only through
:func:`course_helpers.text.escape`. The reasoning lives in
:mod:`course_helpers.credential_audit`, :mod:`course_helpers.openbadges` and
:mod:`course_helpers.credential_summary`.
"""
from __future__ import annotations

import base64
import functools
import json
import re
import unicodedata
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .disposal import QuietDisposal
from . import kinds, strings
from .credential_audit import Audit, audit
from .credentials import from_json
from .panels import file_size
from .text import escape, status_html

if TYPE_CHECKING:
    from .session import StepSession
    from .signals import Change

PROMPT_ID = "audit"
JSON_PREVIEW_CHARS = 6_000
FILE_STEM_CHARS = 60
LIST_STYLE = "margin: 0.2em 0; padding-left: 1.4em"
BLOCK_STYLE = "line-height: 1.45"  # an HTML widget's own line height is that of a row of controls


@functools.lru_cache(maxsize=8)
def _audit_of(stored: str) -> Audit:
    return audit(json.loads(stored))


def audit_of(value: Any) -> Audit:
    """The audit of a stored form (any JSON value), computed once for each distinct form."""
    try:
        key = json.dumps(value, sort_keys=True, ensure_ascii=True)
    except (TypeError, ValueError):
        return audit(value)
    return _audit_of(key)


def file_stem(title: str) -> str:
    """A safe file name for a credential's title: ASCII letters, digits and hyphens, or 'micro-credential'."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower())[:FILE_STEM_CHARS].strip("-")
    return stem or strings.CV_FILE_STEM


def download_link_html(payload: bytes, filename: str, mime: str, what: str) -> str:
    """One line: what the file is, a link that downloads it from memory, and its size."""
    encoded = base64.b64encode(payload).decode("ascii")
    link = f'<a download="{escape(filename)}" href="data:{mime};base64,{encoded}">{escape(filename)}</a>'
    return escape(strings.CV_DOWNLOAD_LINE).format(what=escape(what), link=link, size=escape(file_size(len(payload))))


class CredentialView(QuietDisposal, widgets.VBox):
    """A view of the step's audit answer that redraws when it changes; subclasses render it."""

    def __init__(self, session: "StepSession"):
        self.session = session
        self.html = widgets.HTML()
        self.text = ""
        self.error: str | None = None
        super().__init__(children=[self.html])
        self.refresh()
        session.answer_changes.connect(self._on_change)
        session.journal.changes.connect(self._on_change)  # an import or erase, even with no form shown

    def value(self) -> Any:
        return self.session.value(PROMPT_ID)

    def refresh(self) -> None:
        """Render again from the current form. Never raises: a failure is shown instead."""
        try:
            html, self.text = self._render(self.value())
            self.html.value = f'<div style="{BLOCK_STYLE}">{html}</div>'
            self.error = None
        except Exception as error:  # noqa: BLE001 - shown to the learner, never lost in a callback
            self.error = f"{type(error).__name__}: {error}"
            self.text = strings.CV_FAILED.format(error=self.error)
            self.html.value = status_html(self.text, error=True)

    def _render(self, value: Any) -> tuple[str, str]:
        """(HTML, plain text) for a form value."""
        raise NotImplementedError

    def _on_change(self, change: "Change") -> None:
        if change.kind in ("import", "erase") or (change.kind == "answer" and change.prompt == PROMPT_ID):
            self.refresh()

    def close(self) -> None:
        self.session.answer_changes.disconnect(self._on_change)
        self.session.journal.changes.disconnect(self._on_change)
        super().close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"  # keeps the learner's form out of text/plain outputs


class AuditFindings(CredentialView):
    """The audit's findings: a summary sentence, then one sentence per point, in Annex I order."""

    def _render(self, value: Any) -> tuple[str, str]:
        result = audit_of(value)
        words = strings.SUMMARY_LEVEL_WORDS
        groups: tuple[list[str], list[str]] = ([], [])
        lines = [result.summary()]
        if value is None:
            lines.insert(0, strings.CV_EMPTY_FORM)
        for finding in result.findings:
            optional = finding.element_id.startswith("O")
            groups[optional].append(f"<li><strong>{escape(words[finding.level])}:</strong> "
                                    f"{escape(finding.sentence)}</li>")
        html = [f'<p role="status" aria-live="polite" style="margin: 0.3em 0">{escape(result.summary())}</p>']
        if value is None:
            html.insert(0, f'<p style="margin: 0.3em 0">{escape(strings.CV_EMPTY_FORM)}</p>')
        for heading, items, optional in zip(strings.CV_FINDINGS_GROUPS, groups, (False, True)):
            if not items:
                continue
            html.append(f'<p style="margin: 0.6em 0 0.2em"><strong>{escape(heading)}</strong></p>'
                        f'<ul style="{LIST_STYLE}">{"".join(items)}</ul>')
            lines.append(heading)
            lines += [f"- {words[f.level]}: {f.sentence}" for f in result.findings
                      if f.element_id.startswith("O") == optional]
        html.append(f'<p style="margin: 0.4em 0"><em>{escape(strings.CV_OUTCOME_RULE)}</em></p>')
        return f'<div class="course-audit-findings">{"".join(html)}</div>', "\n".join(lines)


class SizeComparison(CredentialView):
    """The workload beside the definitions that set a size, one row per definition, with status and source."""

    def __init__(self, session: "StepSession"):
        from . import data

        frameworks = data.load("credential_frameworks")
        self.rules: dict[str, str] = dict(zip(frameworks["id"], frameworks["size_rule"]))
        self.sources = data.load("sources")
        super().__init__(session)

    def _render(self, value: Any) -> tuple[str, str]:
        from .tables import facts_table_html

        sizes = audit_of(value).sizes
        definition, rule, verdict, yours = strings.CV_SIZES_COLUMNS
        words = strings.SUMMARY_VERDICT_WORDS
        rows = [{"framework": s.framework, "rule": self.rules.get(s.framework_id, ""), "verdict": words[s.verdict],
                 "outcome": s.outcome or s.sentence, "source": s.source, "verification": s.verification}
                for s in sizes]
        html = facts_table_html(rows, {definition: "framework", rule: "rule", verdict: "verdict", yours: "outcome"},
                                caption=strings.CV_SIZES_CAPTION, row_header=definition, sources=self.sources)
        lines = [strings.CV_SIZES_CAPTION] + [f"- {r['framework']}: {r['verdict']}. {r['outcome']}" for r in rows]
        return html, "\n".join(lines)


class CredentialDownloads(CredentialView):
    """The two files, built in memory from the form: Open Badges JSON and the printable summary."""

    def __init__(self, session: "StepSession"):
        self.files: dict[str, bytes] = {}  # file name -> content, as the links carry them
        super().__init__(session)

    def _render(self, value: Any) -> tuple[str, str]:
        from .credential_summary import summary_html
        from .openbadges import achievement_credential, document_text

        if value is None:
            self.files = {}
            return f"<p>{escape(strings.CV_NOTHING_TO_EXPORT)}</p>", strings.CV_NOTHING_TO_EXPORT
        problem = kinds.value_problem(self.session.step.prompt(PROMPT_ID), value)
        if problem is not None:
            self.files = {}
            message = strings.CV_CANNOT_EXPORT.format(problem=problem)
            return f"<p>{status_html(message, error=True)}</p>", message
        credential = from_json(value).credential
        stem = file_stem(credential.title)
        document = document_text(achievement_credential(credential))
        page = summary_html(credential, audit_of(value))
        self.files = {f"{stem}.json": document.encode("utf-8"), f"{stem}-summary.html": page.encode("utf-8")}
        (json_name, json_bytes), (page_name, page_bytes) = self.files.items()
        links = [download_link_html(json_bytes, json_name, "application/json", strings.CV_JSON_WHAT),
                 download_link_html(page_bytes, page_name, "text/html;charset=utf-8", strings.CV_SUMMARY_WHAT)]
        preview = document if len(document) <= JSON_PREVIEW_CHARS else (
            document[:JSON_PREVIEW_CHARS] + strings.CV_JSON_SHORTENED.format(n=len(document)))
        html = (f'<div class="course-credential-downloads"><p style="margin: 0.3em 0">'
                f"{escape(strings.CV_DOWNLOADS_NOTE)}</p>"
                f'<ul style="{LIST_STYLE}">{"".join(f"<li>{link}</li>" for link in links)}</ul>'
                f"<details><summary>{escape(strings.CV_SHOW_JSON)}</summary>"
                f'<pre style="white-space: pre-wrap; overflow-wrap: anywhere; max-height: 30em; overflow: auto" '
                f'tabindex="0">{escape(preview)}</pre></details></div>')
        text = "\n".join([strings.CV_DOWNLOADS_NOTE,
                          f"- {strings.CV_JSON_WHAT}: {json_name} ({file_size(len(json_bytes))})",
                          f"- {strings.CV_SUMMARY_WHAT}: {page_name} ({file_size(len(page_bytes))})"])
        return html, text


def audit_findings(step: "StepSession") -> AuditFindings:
    """Notebook 07: the audit's findings, following the form."""
    return step.keep("audit_findings", AuditFindings(step))


def size_comparison(step: "StepSession") -> SizeComparison:
    """Notebook 07: the credential's size beside other definitions, following the form."""
    return step.keep("size_comparison", SizeComparison(step))


def credential_downloads(step: "StepSession") -> CredentialDownloads:
    """Notebook 07: the Open Badges JSON and the printable summary as downloads, following the form."""
    return step.keep("credential_downloads", CredentialDownloads(step))
