"""Collecting share files: from a folder, a zip archive, an upload, or plain bytes.

    collection = Collection(class_code="SEM-A")
    collection.add_folder("submissions/", progress=bar_update)
    collection.add_upload("more.zip", data)
    collection.add_class_folder()       # the hub's COURSE_SHARE_DIR, files attributed by who wrote them
    print("\\n".join(collection.summary().lines()))
    table = collection.table            # each learner's latest answers

Every file is checked on its own (see :mod:`.sources` for the containers and
:mod:`.schema` for the format); a refused file gets a category and a sentence
and never stops the others. The latest submission per learner wins; exact
duplicates, superseded re-submissions and same-second conflicts are counted.
Answers to prompts this version of the course does not share are counted and
ignored, so files from a newer course still import. Files from a hub's class
folder count once per user who wrote them (see :mod:`.classfolder`), whatever
learner id they carry.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, NamedTuple

from .. import strings
from ..course import LEARNER_STEPS, Step
from .bulk import collector_paused
from .columns import Layout
from .check import Accepted, Refused
from .parallel import checked, default_workers
from .schema import printable
from .classfolder import ENVIRONMENT_VARIABLE, Attributed, class_folder, walk_class_folder
from .sources import Event, Item, Limits, Progress, Refusal, Stop, is_share_name, read_file, walk_folder, walk_zip
from .table import ClassTable

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"


class Sender(NamedTuple):
    """A file from a hub's class folder: who wrote it, its name, and what became of it (None: read)."""

    learner: str
    name: str
    refusal: str | None


@dataclass
class ImportSummary:
    """What an import did, in numbers and a few named examples (no answers, no learner ids)."""

    accepted: int = 0  # files whose answers were taken (a later re-submission may have replaced them)
    learners: int = 0
    superseded: int = 0  # earlier submissions of a learner replaced by a later one
    duplicates: int = 0  # exact copies of a submission already read
    conflicts: int = 0  # same learner, same second, different answers
    ignored_answers: int = 0  # answers to prompts this version does not share
    refused: Counter = field(default_factory=Counter)  # category -> files
    examples: list[tuple[str, str]] = field(default_factory=list)  # (name, reason), the first few
    stopped: list[str] = field(default_factory=list)
    classes: Counter = field(default_factory=Counter)  # class code -> learners
    senders: list[Sender] = field(default_factory=list)  # files from a hub's class folder, by who wrote them

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())

    def lines(self) -> list[str]:
        """The summary as sentences for a terminal: names shown with control characters escaped."""
        out = [strings.COHORT_SUMMARY_ACCEPTED.format(files=f"{self.accepted:,}", learners=f"{self.learners:,}")]
        if self.superseded or self.duplicates or self.conflicts:
            out.append(strings.COHORT_SUMMARY_REPEATS.format(superseded=f"{self.superseded:,}",
                                                             duplicates=f"{self.duplicates:,}",
                                                             conflicts=f"{self.conflicts:,}"))
        if self.ignored_answers:
            out.append(strings.COHORT_SUMMARY_IGNORED.format(count=f"{self.ignored_answers:,}"))
        if len(self.classes) > 1:
            out.append(strings.COHORT_SUMMARY_CLASSES.format(classes=", ".join(sorted(self.classes))))
        if self.refused:
            out.append(strings.COHORT_SUMMARY_REFUSED.format(count=f"{self.refused_total:,}"))
            out += [f"  {count:,} {category}" for category, count in self.refused.most_common()]
            shown = sorted(self.examples)
            out.append(strings.COHORT_SUMMARY_EXAMPLES.format(count=len(shown)))
            out += [f"  {printable(name)}: {reason}" for name, reason in shown]
        out += self.stopped
        return out


class Collection:
    """Share files gathered for one class (or any class when ``class_code`` is None)."""

    def __init__(self, *, class_code: str | None = None, steps: Iterable[Step] = LEARNER_STEPS,
                 limits: Limits = Limits(), workers: int | None = None):
        self.class_code = class_code.strip().upper() if class_code else None
        self.workers = default_workers() if workers is None else workers  # for large imports: see .parallel
        self.layout = Layout(steps)
        self.table = ClassTable(self.layout)
        self.limits = limits
        self._summary = ImportSummary()

    # --- where files come from -------------------------------------------------------------
    def add(self, path: str | os.PathLike, progress: Progress | None = None) -> None:
        """A folder, a zip archive or one share file, whichever ``path`` is."""
        path = Path(path)
        if path.is_dir():
            self.add_folder(path, progress)
        elif path.is_file() and _starts_like_zip(path):
            self.add_zip(path, progress=progress)
        else:
            self.add_file(path)

    def add_folder(self, folder: str | os.PathLike, progress: Progress | None = None) -> None:
        """Every file in a folder tree (links are not followed)."""
        self._consume(walk_folder(Path(folder), self.limits, progress))

    def add_zip(self, source: str | os.PathLike | bytes, name: str | None = None,
                progress: Progress | None = None) -> None:
        """Every member of a zip archive (a path, or the archive's bytes), read in memory."""
        data = source if isinstance(source, (bytes, bytearray)) else Path(source)
        label = name or (Path(source).name if not isinstance(source, (bytes, bytearray)) else "upload.zip")
        self._consume(walk_zip(data, label, self.limits, progress))

    def add_file(self, path: str | os.PathLike) -> None:
        """One share file named by the facilitator."""
        name = Path(path).name
        if not is_share_name(name):
            self._consume([_wrong_name(name)])
            return
        self._consume([read_file(path, name, self.limits)])

    def add_upload(self, name: str, data: bytes, progress: Progress | None = None) -> None:
        """Bytes from an upload widget: a zip archive or one share file (told apart by content)."""
        if bytes(data[:4]) in (ZIP_MAGIC, EMPTY_ZIP_MAGIC):
            self.add_zip(bytes(data), name=name, progress=progress)
        else:
            self.add_bytes(name, bytes(data))

    def add_uploads(self, files: Iterable[Mapping[str, Any]], progress: Progress | None = None) -> None:
        """Every file of an ipywidgets ``FileUpload.value`` (dicts with ``name`` and ``content``)."""
        for file in files:
            self.add_upload(str(file.get("name", "upload")), bytes(file.get("content", b"")), progress)

    def add_bytes(self, name: str, data: bytes) -> None:
        """One share file's bytes."""
        self._consume([Item(name, data)])

    def add_class_folder(self, folder: str | os.PathLike | None = None, progress: Progress | None = None, *,
                         owner_name: Callable[[int | None], str | None] | None = None) -> None:
        """A hub's class folder (``COURSE_SHARE_DIR`` when ``folder`` is None): each file counts for who wrote it.

        ``owner_name`` turns a file's uid into a user name (default: the system's accounts).
        """
        where = Path(folder) if folder is not None else class_folder()
        if where is None:
            self._summary.stopped.append(strings.CLASS_FOLDER_UNSET.format(variable=ENVIRONMENT_VARIABLE))
            return
        self._consume(walk_class_folder(where, self.limits, progress, owner_name=owner_name))

    # --- results ----------------------------------------------------------------------------
    def summary(self) -> ImportSummary:
        """A snapshot of what has been imported so far."""
        summary = self._summary
        summary.learners = len(self.table)
        summary.classes = self.table.class_sizes()
        return summary

    # --- one file ------------------------------------------------------------------------
    def _consume(self, events: Iterable[Event]) -> None:
        with collector_paused():
            for event, check in checked(events, self.layout, self.class_code, workers=self.workers):
                if type(event) is Item:
                    self._store(event.name, check)
                elif type(event) is Attributed:
                    refusal = self._store(event.name, check, event.learner)
                    self._summary.senders.append(Sender(event.learner, event.name, refusal))
                elif type(event) is Refusal:
                    self._refuse(event.name, event.category, event.reason)
                elif type(event) is Stop:
                    self._summary.stopped.append(event.reason)

    def _refuse(self, name: str, category: str, reason: str) -> str:
        self._summary.refused[category] += 1
        if len(self._summary.examples) < self.limits.examples:
            self._summary.examples.append((name, reason))
        return reason

    def _store(self, name: str, check: Accepted | Refused, sender: str | None = None) -> str | None:
        """Put one checked file into the table; the reason it was refused, or None. A ``sender`` replaces its
        learner id."""
        if type(check) is not Accepted:
            return self._refuse(name, *check)
        learner = check.learner if sender is None else f"user:{sender}"
        outcome = self.table.offer(check.class_code, learner, check.created_at, check.row)
        summary = self._summary
        summary.ignored_answers += check.ignored
        summary.accepted += outcome != "duplicate"
        if outcome in ("replaced", "older"):
            summary.superseded += 1
        elif outcome == "duplicate":
            summary.duplicates += 1
        elif outcome == "conflict":
            summary.conflicts += 1
        return None


def _wrong_name(name: str) -> Refusal:
    return Refusal(name, strings.COHORT_CAT_NOT_JSON_NAME, strings.COHORT_NOT_JSON_NAME)


def _starts_like_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(4) in (ZIP_MAGIC, EMPTY_ZIP_MAGIC)
    except OSError:
        return False


def collect(path: str | os.PathLike, *, class_code: str | None = None, steps: Iterable[Step] = LEARNER_STEPS,
            limits: Limits = Limits(), progress: Progress | None = None) -> Collection:
    """Import a folder, a zip archive or one share file into a new :class:`Collection`."""
    collection = Collection(class_code=class_code, steps=steps, limits=limits)
    collection.add(path, progress)
    return collection
