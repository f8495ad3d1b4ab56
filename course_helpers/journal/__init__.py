"""The learner's journal: every answer ever saved, kept in one SQLite file.

How it keeps answers safe
-------------------------
* Every save *appends* a revision; nothing is updated in place. Reading an
  answer means reading its newest revision. Stamps come from a hybrid logical
  clock, and stamps far in the future rank below all others, so neither a
  clock that went back nor an odd import can hide what was saved last
  (:mod:`.clock`). Only :meth:`Journal.erase` deletes, and only after the
  learner types :data:`ERASE_CONFIRMATION`.
* Each save is one ``BEGIN IMMEDIATE`` transaction in rollback-journal mode
  (never WAL) with ``synchronous=FULL``, so a crash or a killed kernel loses
  at most the save that had not returned yet. Two kernels writing at once
  wait for each other (a 10 s busy timeout, then a few retries).
* A file we cannot use (empty, corrupt, or another program's) is *set aside*
  under a lock, never deleted or overwritten; what can still be read from a
  corrupt one is copied into the fresh journal, and ``journal.notices`` tells
  the learner (:mod:`.set_aside`). A file written by a newer version of the
  course is left untouched and the journal works in memory.
* When the disk refuses a write, :meth:`Journal.save` keeps the revision in
  ``journal.unsaved`` and raises :class:`JournalWriteError`. Reads and exports
  include unsaved revisions, and the next successful save writes them first.
* :attr:`Journal.changes` announces every save, import and erase.

Exports are compact UTF-8 JSON holding only the answers: no paths, user names
or host names. Imports are checked strictly (times, nesting, and every value
against its prompt's kind) and merged all-or-nothing (:mod:`.export_format`).
``jsonschema`` is imported only when a file is imported.

Modules: :mod:`.store` (the Journal), :mod:`.sqlite_file`, :mod:`.set_aside`,
:mod:`.export_format`, :mod:`.checks`, :mod:`.clock`, :mod:`.records`,
:mod:`.files`, :mod:`.reasons`, :mod:`.errors`, :mod:`.location`.
"""
from __future__ import annotations

from .errors import JournalError, JournalImportError, JournalWriteError
from .export_format import EXPORT_FORMAT, MAX_IMPORT_BYTES, MAX_IMPORT_REVISIONS
from .location import JOURNAL_DIR_ENV, default_journal_path, get_journal
from .records import SCHEMA_VERSION, ImportReport, Revision
from .store import ERASE_CONFIRMATION, Journal

__all__ = [
    "ERASE_CONFIRMATION", "EXPORT_FORMAT", "JOURNAL_DIR_ENV", "MAX_IMPORT_BYTES", "MAX_IMPORT_REVISIONS",
    "SCHEMA_VERSION", "ImportReport", "Journal", "JournalError", "JournalImportError", "JournalWriteError",
    "Revision", "default_journal_path", "get_journal",
]
