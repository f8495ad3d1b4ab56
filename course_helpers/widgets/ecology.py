"""Answer widgets of notebook 06: the learner's own credentials, and the links between them.

* :class:`Credentials`: a list of records (name, size, unit, level, kind,
  past or planned) with the rules of :func:`ecology.validate_credential`, so
  a negative size, level 12 or an empty name is told in words and not added.
* :class:`Interfaces`: links *from* one credential *to* another, of one kind
  (stacks into, gives entry to, credit transfer, recognition of prior
  learning). The *from* and *to* rows offer the learner's own credentials and
  follow that list as it changes (in this notebook, after an import or an
  erase). A link whose credential was removed stays in the answer, marked,
  until the learner removes it: nothing is dropped behind their back.

Keyboard only: rows of buttons, text fields and push buttons.
"""
from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .. import ecology, kinds, strings
from ..journal import Journal, JournalError
from ..signals import Change
from ..text import escape, plain_name, status_html
from .base import Answer
from .forms import CHOICE_STYLE, Check, Records, show_removable

CREDENTIALS_PROMPT = "my_credentials"


def credential_problems(draft: dict[str, Any]) -> list[str]:
    """The activity's rules for one new credential: a sentence per problem, none when it can be added."""
    _, problems = ecology.validate_credential(draft, credential_id="new")
    return problems


def credential_summary(record: dict[str, Any]) -> str:
    """'MSc in Data Science: 90 ECTS, EQF 7, degree, planned' (a record that does not validate: its name)."""
    credential, _ = ecology.validate_credential(record)
    if credential is None:
        return plain_name(record.get("name", record.get("id", "?")), 60)
    level = strings.CREDENTIAL_LEVEL_UNKNOWN if credential.level is None else f"EQF {credential.level}"
    return strings.CREDENTIAL_SUMMARY.format(name=credential.label, size=f"{credential.size:g}", unit=credential.unit,
                                             level=level, kind=strings.KIND_WORDS[credential.kind],
                                             when=credential.when)


class Credentials(Records):
    """The learner's credentials, past and planned, checked by the activity's rules before they are added."""

    def __init__(self, step_id: str, prompt_id: str, journal: Journal | None = None, *, check: Check | None = None):
        super().__init__(step_id, prompt_id, journal, check=check if check is not None else credential_problems)

    def summary(self, record: dict[str, Any]) -> str:
        return credential_summary(record)


def option_labels(credentials: list[ecology.Credential]) -> list[tuple[str, str]]:
    """(label, id) for each credential; a name used twice gets its position, so every button reads differently."""
    names = [plain_name(c.name, 40) for c in credentials]
    return [(name if names.count(name) == 1 else f"{name} ({n})", c.id)
            for n, (name, c) in enumerate(zip(names, credentials), start=1)]


class Interfaces(Answer):
    """Draw links between the learner's credentials: from, kind of link, to, then Add."""

    def __init__(self, step_id: str, prompt_id: str, journal: Journal | None = None, *,
                 credentials_prompt: str = CREDENTIALS_PROMPT):
        self.credentials_prompt = credentials_prompt
        self.links: list[dict[str, str]] = []
        self.credentials: list[ecology.Credential] = []
        super().__init__(step_id, prompt_id, journal)
        self.journal.changes.connect(self._on_credentials_change)

    def _build_controls(self) -> list[widgets.Widget]:
        kinds_offered = [(strings.INTERFACE_BUTTONS[k], k) for k in ecology.INTERFACE_KINDS]
        self.from_row = widgets.ToggleButtons(options=[], value=None, description=strings.LINK_FROM,
                                              style=CHOICE_STYLE, layout=widgets.Layout(flex_flow="row wrap"))
        self.kind_row = widgets.ToggleButtons(options=kinds_offered, value=None, description=strings.LINK_KIND,
                                              style=CHOICE_STYLE, layout=widgets.Layout(flex_flow="row wrap"),
                                              tooltips=[strings.INTERFACE_MEANINGS[k] for k in ecology.INTERFACE_KINDS])
        self.to_row = widgets.ToggleButtons(options=[], value=None, description=strings.LINK_TO, style=CHOICE_STYLE,
                                            layout=widgets.Layout(flex_flow="row wrap"))
        self.add_button = widgets.Button(description=strings.LINK_ADD, button_style="primary",
                                         layout=widgets.Layout(width="auto"))
        self.add_button.on_click(lambda _: self.add())
        self.hint = widgets.HTML()
        self.editor_message = widgets.HTML()
        self.listing = widgets.VBox()
        self._load_credentials()
        return []  # choosing in the rows is a draft: only Add and Remove change the answer

    def _layout(self) -> list[widgets.Widget]:
        return [widgets.HTML(f"<p><strong>{escape(self.prompt.text)}</strong></p>"), self.listing,
                widgets.HTML(f"<p>{escape(strings.LINK_EDITOR)}</p>"), self.hint, self.from_row, self.kind_row,
                self.to_row, self.add_button, self.editor_message]

    # --- the learner's actions -------------------------------------------------------
    def add(self) -> bool:
        """Add the link chosen in the three rows; a missing choice, a self-link or a repeat is told, not added."""
        problem = self.problem_with(self.from_row.value, self.kind_row.value, self.to_row.value)
        if problem is not None:
            self.editor_message.value = status_html(problem, error=True)
            return False
        link = {"from": self.from_row.value, "to": self.to_row.value, "kind": self.kind_row.value}
        self.links.append(link)
        self.editor_message.value = status_html(strings.LINK_ADDED.format(link=self._words(link)))
        self.to_row.value = None
        self._list_changed()
        return True

    def remove(self, position: int) -> None:
        if 0 <= position < len(self.links):
            del self.links[position]
            self._list_changed()

    def problem_with(self, source: Any, kind: Any, target: Any) -> str | None:
        """Why this link cannot be added (one sentence), or None."""
        if len(self.credentials) < 2:
            return strings.LINK_NEEDS_TWO
        missing = [words for value, words in ((source, strings.LINK_FROM), (kind, strings.LINK_KIND),
                                              (target, strings.LINK_TO)) if value is None]
        if missing:
            return strings.LINK_CHOOSE.format(rows=" and ".join(m.rstrip(":") for m in missing))
        raw = {"from": source, "to": target, "kind": kind}
        problem = ecology.interface_problem(raw, {c.id: c.label for c in self.credentials})
        if problem is not None:
            return problem
        if raw in self.links:
            return strings.LINK_THERE_ALREADY.format(link=self._words(raw))
        if len(self.links) >= ecology.MAX_INTERFACES:
            return strings.INTERFACES_TOO_MANY.format(count=len(self.links), limit=ecology.MAX_INTERFACES)
        return None

    # --- following the credentials ------------------------------------------------------
    def _load_credentials(self) -> None:
        """Offer the credentials the journal holds now, keeping choices that are still there."""
        try:
            latest = self.journal.latest(self.step_id, self.credentials_prompt)
        except JournalError:
            latest = None
        value = None
        if latest is not None:
            from ..course import prompt as find_prompt

            if kinds.value_problem(find_prompt(self.step_id, self.credentials_prompt), latest.value) is None:
                value = latest.value
        self.credentials, _ = ecology.validate_credentials(value)
        options = option_labels(self.credentials)
        for row in (self.from_row, self.to_row):
            kept = row.value if row.value in {i for _, i in options} else None
            row.options = options
            row.value = kept
        self.hint.value = (f"<p><em>{escape(strings.LINK_NEEDS_TWO)}</em></p>" if len(self.credentials) < 2 else "")

    def _on_credentials_change(self, change: Change) -> None:
        if change.kind in ("import", "erase") or (change.kind == "save" and change.step == self.step_id
                                                  and change.prompt == self.credentials_prompt):
            self._load_credentials()
            self._show_listing()

    # --- plumbing ----------------------------------------------------------------------
    def _words(self, link: dict[str, str]) -> str:
        names = dict((i, label) for label, i in option_labels(self.credentials))
        if link["from"] not in names or link["to"] not in names:
            return strings.LINK_DANGLING.format(kind=strings.INTERFACE_WORDS.get(link["kind"], link["kind"]))
        return f"{names[link['from']]} {strings.INTERFACE_WORDS[link['kind']]} {names[link['to']]}"

    def _list_changed(self) -> None:
        self._show_listing()
        self._changed(self._read())
        self.save()

    def _show_listing(self) -> None:
        show_removable(self.listing, [(self._words(link), lambda position=position: self.remove(position))
                                      for position, link in enumerate(self.links)], strings.LINK_NONE)

    def _read(self) -> Any:
        return [dict(link) for link in self.links] or None

    def _write(self, value: Any) -> None:
        self.links = [dict(link) for link in value] if isinstance(value, list) else []
        self._show_listing()

    def close(self) -> None:
        self.journal.changes.disconnect(self._on_credentials_change)
        super().close()
