"""The learner's side: a share file of what they choose to give their class, and nothing else.

    preview = prepare_share(journal, "SEM-A", reflections=["01"])
    preview.answers      # every answer the file holds, in words (show these before the download)
    preview.left_out     # answers not included, and why
    preview.data         # the file's exact bytes; preview.filename names it

What goes in: structured answers (placements, ratings, choices, rankings,
picks, 03's grid of judgements, 04's links) of every step; written answers only for the steps in ``reflections``; the class
code; a learner id; the time it was made (so that a re-submission replaces
the earlier one; the facilitator's views never show it). What never goes in:
names, user names, host names, paths, journal revision ids.

The learner id is an HMAC-SHA256 of the class code under a random secret kept
beside the journal (``share-secret``, created with :mod:`secrets`, readable
only by its owner). The same learner gets the same id in one class, so a
re-submission replaces the first; ids in two classes cannot be linked without
the secret; and nobody can work the id back from anything about the learner,
because nothing about the learner goes into it.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from .. import strings
from ..course import LEARNER_STEPS, Prompt, Step
from ..text import displayable, escape
from ..vocabulary import NO_DRIVER
from .columns import MISFIT, Layout, listed_items, share_policy
from .schema import CLASS_CODE_PATTERN, FORMAT, MAX_FILE_BYTES, MAX_TEXT_CHARS, SCHEMA_VERSION

SECRET_FILENAME = "share-secret"
_SECRET_BYTES = 32
_ID_CONTEXT = b"mc-course-share/learner/1/"
_CLASS_CODE = re.compile(CLASS_CODE_PATTERN)


class ShareError(Exception):
    """The share file could not be made; the message says why in one sentence."""


# --- the class code and the learner id ------------------------------------------------------

def normalise_class_code(text: str) -> str:
    """The facilitator's class code in capitals, or ShareError saying what a code looks like."""
    code = str(text).strip().upper()
    if not _CLASS_CODE.fullmatch(code):
        raise ShareError(strings.SHARE_BAD_CLASS_CODE)
    return code


def learner_id(secret: bytes, class_code: str) -> str:
    """This learner's id in one class: 32 hex digits of HMAC-SHA256(secret, class code)."""
    digest = hmac.new(secret, _ID_CONTEXT + class_code.encode("ascii"), hashlib.sha256).hexdigest()
    return digest[:32]


def share_secret(folder: Path, notices: list[str] | None = None) -> bytes:
    """The random secret in ``folder/share-secret``, created on first use (owner-only permissions).

    A damaged secret file is moved aside (never deleted) and a new one made;
    a sentence about it is appended to ``notices``.
    """
    path = Path(folder) / SECRET_FILENAME
    try:
        existing = _read_secret(path)
        if existing is not None:
            return existing
        if path.exists() or path.is_symlink():
            aside = path.with_name(f"{SECRET_FILENAME}.damaged-{uuid.uuid4().hex[:8]}")
            os.replace(path, aside)
            if notices is not None:
                notices.append(strings.SHARE_SECRET_RENEWED.format(path=aside.name))
        return _create_secret(path)
    except OSError as exc:
        raise ShareError(strings.SHARE_NO_SECRET.format(reason=exc.strerror or exc)) from None


def forget_share_secret(folder: Path) -> bool:
    """Delete the secret (with the journal's erase): later share files get new, unlinkable ids."""
    try:
        (Path(folder) / SECRET_FILENAME).unlink()
        return True
    except FileNotFoundError:
        return False


def _read_secret(path: Path) -> bytes | None:
    try:
        with open(path, "rb", opener=lambda p, flags: os.open(p, flags | getattr(os, "O_NOFOLLOW", 0))) as file:
            text = file.read(256).decode("ascii", "replace").strip()
    except FileNotFoundError:
        return None
    except OSError:
        if path.is_symlink():
            return None
        raise
    if re.fullmatch(f"[0-9a-f]{{{_SECRET_BYTES * 2}}}", text):
        return bytes.fromhex(text)
    return None


def _create_secret(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(_SECRET_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:  # another kernel made it a moment ago
        existing = _read_secret(path)
        if existing is None:
            raise
        return existing
    with os.fdopen(fd, "w", encoding="ascii") as file:
        file.write(secret.hex() + "\n")
        file.flush()
        os.fsync(file.fileno())
    return secret


# --- what the file holds --------------------------------------------------------------------

@dataclass(frozen=True)
class SharedAnswer:
    """One answer in the file, and how the preview shows it."""

    step: str
    prompt: Prompt
    value: Any
    shown: str


@dataclass(frozen=True)
class LeftOut:
    """An answer the learner gave that the file does not hold, and why."""

    step: str
    prompt: Prompt
    reason: str


@dataclass(frozen=True)
class SharePreview:
    """A share file ready to download: its exact bytes and what they hold, in words."""

    class_code: str
    document: dict
    data: bytes
    answers: tuple[SharedAnswer, ...]
    left_out: tuple[LeftOut, ...]
    reflections: tuple[str, ...]
    notices: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        return f"share-{self.class_code}.json"

    def text(self) -> str:
        """The preview as plain text: what is shared, what is not, then the file exactly as it is."""
        lines = [strings.SHARE_PREVIEW_HEADING.format(code=self.class_code, count=len(self.answers))]
        for answer in self.answers:
            lines.append(f"- {answer.step} {answer.prompt.text} {answer.shown}")
        if not self.answers:
            lines.append(strings.SHARE_PREVIEW_NOTHING)
        if self.left_out:
            lines.append(strings.SHARE_PREVIEW_LEFT_OUT)
            lines += [f"- {item.step} {item.prompt.text} ({item.reason})" for item in self.left_out]
        lines += list(self.notices)
        lines.append(strings.SHARE_PREVIEW_NEVER)
        lines.append(strings.SHARE_PREVIEW_EXACT)
        lines.append(self.data.decode("ascii"))
        return "\n".join(lines)

    def html(self) -> str:
        """The preview as an HTML fragment for a widget: every answer in words, then the exact file (escaped)."""
        heading = escape(strings.SHARE_PREVIEW_HEADING.format(code=self.class_code, count=len(self.answers)))
        rows = "".join(f"<tr><td>{escape(a.step)}</td><td>{escape(a.prompt.text)}</td>"
                       f"<td dir=\"auto\"><bdi>{escape(a.shown)}</bdi></td></tr>" for a in self.answers)
        parts = [f"<p>{heading}</p>", f"<table><tbody>{rows}</tbody></table>" if rows else
                 f"<p>{escape(strings.SHARE_PREVIEW_NOTHING)}</p>"]
        if self.left_out:
            items = "".join(f"<li>{escape(i.step)} {escape(i.prompt.text)} ({escape(i.reason)})</li>"
                            for i in self.left_out)
            parts.append(f"<p>{escape(strings.SHARE_PREVIEW_LEFT_OUT)}</p><ul>{items}</ul>")
        parts += [f"<p>{escape(notice)}</p>" for notice in self.notices]
        parts.append(f"<p>{escape(strings.SHARE_PREVIEW_NEVER)}</p><p>{escape(strings.SHARE_PREVIEW_EXACT)}</p>")
        parts.append(f"<pre>{escape(self.data.decode('ascii'))}</pre>")
        return "".join(parts)

    def write(self, path: str | os.PathLike) -> Path:
        """Write the file atomically (readers see no half-written file)."""
        target = Path(path)
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        try:
            with open(temporary, "xb") as file:
                file.write(self.data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise ShareError(strings.SHARE_NOT_WRITTEN.format(reason=exc.strerror or exc)) from None
        return target


def prepare_share(journal: Any, class_code: str, reflections: Iterable[str] = (), *,
                  steps: Iterable[Step] = LEARNER_STEPS, now: datetime | None = None) -> SharePreview:
    """Build the share file for ``class_code`` from a journal's latest answers.

    ``reflections`` are the step ids whose written answers the learner ticked.
    Raises :class:`ShareError` (one sentence) for a bad class code, an unknown
    step, a secret that cannot be kept, or a file over the size limit.
    """
    code = normalise_class_code(class_code)
    layout = Layout(steps)
    known_steps = [s.id for s in layout.steps]
    ticked = tuple(dict.fromkeys(str(s).strip() for s in reflections if str(s).strip()))
    unknown = [s for s in ticked if s not in known_steps]
    if unknown:
        raise ShareError(strings.SHARE_UNKNOWN_STEP.format(steps=", ".join(unknown), known=", ".join(known_steps)))
    notices: list[str] = []
    secret = share_secret(Path(journal.path).parent, notices)
    latest = journal.latest_values()

    answers: dict[str, dict[str, Any]] = {}
    shared: list[SharedAnswer] = []
    left_out: list[LeftOut] = []
    for step in layout.steps:
        for prompt in step.prompts:
            value = latest.get((step.id, prompt.id))
            if value is None:
                continue
            kept, reason = _shareable(layout, step.id, prompt, value, step.id in ticked)
            if reason is not None:
                left_out.append(LeftOut(step.id, prompt, reason))
            elif kept is not None:
                answers.setdefault(step.id, {})[prompt.id] = kept
                shared.append(SharedAnswer(step.id, prompt, kept, describe_value(prompt, kept)))
    document = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "class_code": code,
        "learner": learner_id(secret, code),
        "created_at": (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "shared_reflections": [s for s in known_steps if s in ticked],
        "answers": answers,
    }
    data = json.dumps(document, indent=1, ensure_ascii=True, allow_nan=False).encode("ascii")
    if len(data) > MAX_FILE_BYTES:
        raise ShareError(strings.SHARE_TOO_LARGE.format(limit=f"{MAX_FILE_BYTES // 1024 // 1024} MB"))
    return SharePreview(code, document, data, tuple(shared), tuple(left_out), ticked, tuple(notices))


def _shareable(layout: Layout, step: str, prompt: Prompt, value: Any, ticked: bool) -> tuple[Any, str | None]:
    """(value to put in the file or None to skip quietly, reason it is left out or None)."""
    policy = share_policy(prompt.kind)
    if policy == "never":
        return None, strings.SHARE_KIND_NEVER
    column = layout.column(step, prompt.id)
    if policy == "written":
        if not ticked:
            return None, strings.SHARE_NOT_TICKED
        if not isinstance(value, str):
            return None, column.misfit_reason(value)
        value = displayable(value)  # lone surrogates and NUL cannot travel; the journal keeps the original
        if not value.strip():
            return None, None
        if len(value) > MAX_TEXT_CHARS:
            return None, strings.SHARE_TEXT_TOO_LONG.format(limit=f"{MAX_TEXT_CHARS:,}", length=f"{len(value):,}")
    if column.encode(value) is MISFIT:
        return None, column.misfit_reason(value)
    if prompt.kind == "placement" and column.encode(value) is None:
        return None, None
    return value, None


def describe_value(prompt: Prompt, value: Any) -> str:
    """An answer in words for the preview (the file holds the value itself)."""
    labels = {option_value: label for label, option_value in prompt.options}
    if prompt.kind == "placement":
        return strings.SHARE_SHOWN_PLACEMENT.format(x=_or_unset(value.get("x")), y=_or_unset(value.get("y")))
    if prompt.kind == "rating":
        return strings.SHARE_SHOWN_RATING.format(value=value)
    if prompt.kind == "choice":
        return strings.SHARE_SHOWN_CHOICE.format(label=labels.get(value, value))
    if prompt.kind == "ranking":
        ranked = {item_value: label for label, item_value in listed_items(prompt)}
        return strings.SHARE_SHOWN_RANKING.format(order=" > ".join(ranked.get(v, v) for v in value))
    if prompt.kind == "grid":
        rows = [strings.SHARE_SHOWN_GRID_ROW.format(
                    row=label, cells=", ".join(f"{name} {answer}" for name, column in prompt.columns
                                               if (answer := value[row].get(column))))
                for label, row in prompt.items if any((value.get(row) or {}).values())]
        return "; ".join(rows)
    if prompt.kind == "links":
        drivers = {driver: label for label, driver in prompt.columns}
        drivers[NO_DRIVER] = strings.CL_NO_DRIVER
        links = [strings.SHARE_SHOWN_LINK.format(critique=label, driver=drivers.get(link["driver"], link["driver"]),
                                                 relation=link.get("relation") or strings.CL_NO_RELATION)
                 for label, critique in prompt.items if (link := value.get(critique)) and link.get("driver")]
        return "; ".join(links)
    if prompt.kind == "picks":
        items = {item_value: label for label, item_value in prompt.items}
        return strings.SP_SHOWN_PICKS.format(labels="; ".join(items.get(v, v) for v in value))
    return strings.SHARE_SHOWN_TEXT.format(text=value)


def _or_unset(coordinate: Any) -> str:
    return strings.SHARE_SHOWN_UNSET if coordinate is None else str(coordinate)
