"""The :class:`Journal`: every answer a learner saves, with its history, in one SQLite file."""
from __future__ import annotations

import errno
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar

from .. import strings
from ..signals import Change, Signal
from . import clock, export_format, files, set_aside, sqlite_file
from .checks import RevisionChecks
from .errors import JournalError, JournalWriteError, Unavailable
from .location import default_journal_path
from .reasons import counted, is_busy, is_disk_full, plain_reason
from .records import (SCHEMA_VERSION, ImportReport, Revision, check_id, check_savable, decode_value,
                      revisions_from_rows)

ERASE_CONFIRMATION = "erase my answers"
RETRY_DELAYS_SECONDS = (0.05, 0.2, 0.5)  # extra waits after "database is locked"
OPEN_ATTEMPTS = 3

T = TypeVar("T")


class Journal:
    """Every answer a learner saves, with its history, in one SQLite file.

    One connection per object, shared by threads (autosave timers) under a
    lock. A closed journal reopens its file on next use. :attr:`changes`
    announces every save, import and erase to the views that follow it.
    """

    def __init__(self, path: Path | str | None = None):
        self.path: Path = Path(path).expanduser().absolute() if path is not None else default_journal_path()
        self.notices: list[str] = []
        self.unsaved: list[Revision] = []
        self.changes = Signal()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._file_identity: tuple[int, int] | None = None
        self._blocked: str | None = None  # why the file must be left alone, if it must
        with self._lock:
            try:
                self._connection()  # check the file now, so notices are ready
            except (sqlite3.Error, OSError, JournalError):
                pass  # reads and saves will try again and report

    # --- saving ------------------------------------------------------------------------
    def save(self, step: str, prompt: str, value: Any) -> Revision:
        """Append a revision of ``value`` (any JSON value) and return it.

        Raises ``ValueError``/``TypeError`` for a bad id or a value the journal
        cannot hold (not JSON, or nested more than ``kinds.MAX_DEPTH`` deep),
        and :class:`JournalWriteError` when the disk refused the write; the
        revision is then kept in :attr:`unsaved`, read back like a saved one,
        and written by the next successful save.
        """
        check_id("step", step)
        check_id("prompt", prompt)
        private_copy = decode_value(check_savable(value))  # what a read would give
        revision = None
        try:
            with self._lock:
                revision = Revision(uid=uuid.uuid4().hex, step=step, prompt=prompt, value=private_copy,
                                    saved_at=self._next_stamp(), schema_version=SCHEMA_VERSION)
                self.unsaved.append(revision)
                self._write_unsaved()
        finally:
            if revision is not None:  # reads now return it, whether or not the disk took it
                self._announce(Change("save", step, prompt))
        return revision

    # --- reading -----------------------------------------------------------------------
    def latest(self, step: str, prompt: str) -> Revision | None:
        """The newest revision of one answer, or None if it was never saved."""
        latest_plausible = clock.horizon()
        with self._lock:
            rows = self._fetch(sqlite_file.NEWEST_OF_PROMPT, (latest_plausible, step, prompt))
            stored, _ = revisions_from_rows(rows)
            newest = self._with_unsaved(stored, lambda r: (r.step, r.prompt) == (step, prompt), latest_plausible)
        return newest[-1] if newest else None

    def latest_values(self, step: str | None = None) -> dict[tuple[str, str], Any]:
        """The newest value of every answer (of one step, if given), keyed by (step, prompt)."""
        latest_plausible = clock.horizon()
        with self._lock:
            stored, _ = revisions_from_rows(self._fetch(sqlite_file.NEWEST_PER_PROMPT, (latest_plausible, step)))
            revisions = self._with_unsaved(stored, lambda r: step is None or r.step == step, latest_plausible)
        return {(r.step, r.prompt): r.value for r in revisions}  # later revisions overwrite earlier

    def history(self, step: str, prompt: str) -> list[Revision]:
        """Every revision of one answer, oldest first (so the last one is :meth:`latest`)."""
        latest_plausible = clock.horizon()
        with self._lock:
            rows = self._fetch(sqlite_file.HISTORY_OF_PROMPT, (latest_plausible, step, prompt))
            stored, _ = revisions_from_rows(rows)
            return self._with_unsaved(stored, lambda r: (r.step, r.prompt) == (step, prompt), latest_plausible)

    def revision_count(self) -> int:
        """How many revisions the journal holds, unsaved ones included."""
        with self._lock:
            rows = self._fetch(sqlite_file.COUNT)
            return (rows[0][0] if rows else 0) + len(self.unsaved)

    # --- export ------------------------------------------------------------------------
    def export_dict(self) -> dict:
        """All revisions (unsaved included) as the export document; answers only, nothing personal.

        Revisions an import would refuse (values stored before values were
        checked, such as a rating of 99) are left out, so every export imports
        back; they stay in the journal file and a notice says how many.
        """
        at = clock.now()
        with self._lock:
            stored, unreadable = revisions_from_rows(self._fetch(sqlite_file.SELECT))
            revisions = self._with_unsaved(stored, lambda r: True, clock.horizon(at))
        kept, left_out = export_format.exportable(revisions, RevisionChecks(at))
        if left_out + unreadable:
            self._notice_once(strings.JOURNAL_LEFT_OUT_OF_EXPORT.format(
                revisions=counted(strings.JOURNAL_REVISIONS, left_out + unreadable)))
        return export_format.export_document(kept, at)

    def export_bytes(self) -> bytes:
        """The export document as compact UTF-8 JSON, one revision per line."""
        return export_format.encode_export(self.export_dict())

    def export_to(self, path: Path | str) -> Path:
        """Write the export to ``path`` atomically: readers see the old file or the whole new one.

        Refuses (:class:`JournalError`) a path that is the journal file itself
        or one of the files SQLite keeps beside it.
        """
        target = Path(path).expanduser().absolute()
        if files.names_the_journal(target, self.path):
            raise JournalError(strings.JOURNAL_NOT_EXPORTED.format(
                reason=strings.JOURNAL_TARGET_IS_JOURNAL.format(target=target.name)))
        files.write_atomically(target, self.export_bytes())
        return Path(path)

    # --- import ------------------------------------------------------------------------
    def import_bytes(self, data: bytes) -> ImportReport:
        """Merge an export into this journal, all or nothing; revisions already here are skipped.

        Raises :class:`JournalImportError` (one line, naming the problem) for
        a file that is not a valid export, and :class:`JournalWriteError` if
        the disk refused the write. Revisions of steps or prompts this course
        does not know are kept and counted in ``ImportReport.unknown``.
        """
        parsed = export_format.parse_export(data, RevisionChecks())
        with self._lock:
            new = self._write_unsaved_and(parsed.revisions)
        self._announce(Change("import"))
        return ImportReport(added=len(new), skipped=len(parsed.revisions) - len(new),
                            unknown=len(new & parsed.unknown))

    def import_file(self, path: Path | str) -> ImportReport:
        """Like :meth:`import_bytes`, for a regular file (an oversized one is never opened)."""
        return self.import_bytes(files.read_regular_file(Path(path), export_format.MAX_IMPORT_BYTES))

    # --- erase, set-aside copies and close ---------------------------------------------
    def erase(self, confirmation: str) -> int:
        """Delete every revision for good and return how many there were.

        Only when ``confirmation == ERASE_CONFIRMATION``; otherwise raise
        :class:`JournalError` and delete nothing. The file is vacuumed so the
        erased text no longer sits in its free pages. Copies set aside earlier
        may still hold old answers: see :meth:`set_aside_copies`.
        """
        if confirmation != ERASE_CONFIRMATION:
            raise JournalError(strings.JOURNAL_ERASE_REFUSED.format(phrase=ERASE_CONFIRMATION))
        deleted = None
        try:
            with self._lock:
                deleted = self._delete_stored() + len(self.unsaved)
                self.unsaved.clear()
                self._compact()
        finally:
            if deleted is not None:  # the answers are gone even if compacting failed
                self._announce(Change("erase"))
        return deleted

    def set_aside_copies(self) -> list[Path]:
        """Files set aside beside the journal (damaged or empty ones, and their companions), oldest first.

        They may still hold old answers, even after :meth:`erase`.
        """
        return set_aside.set_aside_copies(self.path)

    def delete_set_aside_copies(self, paths: Iterable[Path | str]) -> list[Path]:
        """Delete those of ``paths`` that :meth:`set_aside_copies` lists; return what was deleted.

        Any other path (the journal itself, a link, a file elsewhere) is left alone.
        """
        deleted, failures = set_aside.delete_copies(self.path, paths)
        if failures:
            raise JournalError(strings.JOURNAL_COPIES_NOT_DELETED.format(
                copies=counted(strings.JOURNAL_COPIES, len(failures)), reason=plain_reason(failures[0])))
        return deleted

    def close(self) -> None:
        """Close the file. Safe to call twice; the journal reopens it if used again."""
        with self._lock:
            self._drop_connection()

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    # --- plumbing: announcing and telling ----------------------------------------------
    def _announce(self, change: Change) -> None:
        """Tell the views; a broken view never breaks a save (its error is dropped)."""
        self.changes.emit(change)

    def _notice_once(self, notice: str) -> None:
        if notice not in self.notices:
            self.notices.append(notice)

    # --- plumbing: reads (call with the lock held) -------------------------------------
    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Rows from the file; none when the file is left alone or does not exist yet."""
        try:
            return self._connection().execute(sql, params).fetchall()
        except Unavailable as exc:
            if self._blocked:
                return []  # memory only; a notice tells the learner why
            raise JournalError(strings.JOURNAL_NOT_READ.format(reason=exc)) from None
        except (sqlite3.Error, OSError) as exc:
            self._drop_connection()  # a broken connection is replaced on next use
            if not self.path.exists():
                return []  # e.g. a read-only folder: nothing was ever saved there
            raise JournalError(strings.JOURNAL_NOT_READ.format(reason=plain_reason(exc))) from exc

    def _with_unsaved(self, stored: list[Revision], wanted: Callable[[Revision], bool],
                      latest_plausible: str) -> list[Revision]:
        """Stored revisions (in the given order) and the matching unsaved ones, oldest first.

        Implausible stamps rank below every plausible one; on a tie the given
        order is kept (unsaved ones will be written last).
        """
        ranked = list(enumerate(stored + [r for r in self.unsaved if wanted(r)]))
        ranked.sort(key=lambda pair: (clock.rank(pair[1].saved_at, latest_plausible), pair[0]))
        return [revision for _, revision in ranked]

    def _next_stamp(self) -> str:
        """Now, or just after the newest plausible stamp (stored or unsaved) if that is later."""
        latest_plausible = clock.horizon()
        newest = max((r.saved_at for r in self.unsaved if r.saved_at <= latest_plausible), default=None)
        try:
            row = self._connection().execute(sqlite_file.NEWEST_PLAUSIBLE_STAMP, (latest_plausible,)).fetchone()
        except (sqlite3.Error, OSError, JournalError) as exc:
            if not is_busy(exc):
                self._drop_connection()  # it may be broken; the write that follows tries again and reports
            row = None
        if row is not None and (newest is None or row[0] > newest):
            newest = row[0]
        return clock.next_stamp(newest)

    # --- plumbing: writes (call with the lock held) ------------------------------------
    def _write_unsaved(self) -> None:
        """Write every unsaved revision; if the disk is full, one at a time, so the small ones get in."""
        pending = list(self.unsaved)
        try:
            self._write(pending)
        except JournalWriteError as error:
            if not is_disk_full(error.__cause__ or error) or len(pending) < 2:
                raise
            self._write_one_at_a_time(pending, error)
        else:
            del self.unsaved[:len(pending)]

    def _write_one_at_a_time(self, pending: list[Revision], error: JournalWriteError) -> None:
        still_unsaved = []
        for revision in pending:
            try:
                self._write([revision])
            except JournalWriteError:
                still_unsaved.append(revision)
        self.unsaved[:len(pending)] = still_unsaved
        if still_unsaved:
            raise JournalWriteError(strings.JOURNAL_SOME_NOT_SAVED.format(
                reason=plain_reason(error.__cause__ or error),
                waiting=counted(strings.JOURNAL_ANSWERS, len(still_unsaved)),
                saved=counted(strings.JOURNAL_ANSWERS, len(pending) - len(still_unsaved)))) from error.__cause__

    def _write_unsaved_and(self, extra: Sequence[Revision]) -> set[str]:
        """Write the unsaved revisions and ``extra`` in one transaction; the uids of ``extra`` that were new."""
        pending = list(self.unsaved)
        new = self._write(pending, extra)
        del self.unsaved[:len(pending)]
        return new

    def _write(self, pending: Sequence[Revision], extra: Sequence[Revision] = ()) -> set[str]:
        """Insert ``pending`` then ``extra`` in one transaction; the uids of ``extra`` that were new.

        Raises :class:`JournalWriteError` (its cause the SQLite or OS error).
        """
        def write(conn: sqlite3.Connection) -> set[str]:
            for revision in pending:
                sqlite_file.insert_revision(conn, revision)
            return {revision.uid for revision in extra if sqlite_file.insert_revision(conn, revision)}

        try:
            return self._retrying(lambda conn: sqlite_file.in_transaction(conn, write))
        except Unavailable as exc:
            raise JournalWriteError(strings.JOURNAL_NOT_SAVED.format(reason=exc)) from None
        except (sqlite3.Error, OSError) as exc:
            raise JournalWriteError(strings.JOURNAL_NOT_SAVED.format(reason=plain_reason(exc))) from exc

    def _delete_stored(self) -> int:
        """Delete every stored revision in one transaction; return how many there were."""
        def delete(conn: sqlite3.Connection) -> int:
            conn.execute("PRAGMA secure_delete = ON")  # zero the freed pages as well
            return conn.execute("DELETE FROM revisions").rowcount

        try:
            return self._retrying(lambda conn: sqlite_file.in_transaction(conn, delete))
        except Unavailable as exc:
            raise JournalWriteError(strings.JOURNAL_NOT_ERASED.format(reason=exc)) from None
        except (sqlite3.Error, OSError) as exc:
            if not self.path.exists():
                return 0  # no file was ever written, so nothing is stored
            raise JournalWriteError(strings.JOURNAL_NOT_ERASED.format(reason=plain_reason(exc))) from exc

    def _compact(self) -> None:
        """VACUUM, so erased text no longer lingers anywhere in the file."""
        if not self.path.exists():
            return
        try:
            self._retrying(lambda conn: conn.execute("VACUUM"))
        except (sqlite3.Error, OSError) as exc:
            raise JournalError(strings.JOURNAL_NOT_COMPACTED.format(reason=plain_reason(exc))) from exc

    def _retrying(self, action: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``action`` on the connection: wait out a lock a few times, reconnect once on other errors."""
        waits = list(RETRY_DELAYS_SECONDS)
        reconnected = False
        while True:
            try:
                return action(self._connection())
            except sqlite3.Error as exc:
                if is_busy(exc):
                    if not waits:
                        raise
                    time.sleep(waits.pop(0))  # another kernel held the file for the whole busy timeout
                else:
                    self._drop_connection()  # it may be broken: use a fresh one
                    if reconnected:
                        raise
                    reconnected = True

    # --- plumbing: the connection (call with the lock held) ----------------------------
    def _connection(self) -> sqlite3.Connection:
        """The open connection, (re)opening the file if needed or if it was replaced."""
        if self._blocked:
            raise Unavailable(self._blocked)
        if self._conn is not None and sqlite_file.file_identity(self.path) != self._file_identity:
            self._drop_connection()  # the file was deleted or replaced under us
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def _drop_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
        self._conn = None
        self._file_identity = None

    def _open(self) -> sqlite3.Connection:
        """Open the journal file, creating it, or first setting a bad one aside (and rescuing from it)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        rescued: list[Revision] = []
        for _ in range(OPEN_ATTEMPTS):
            if not self.path.exists():
                sqlite_file.create_journal_file(self.path)
            identity = sqlite_file.file_identity(self.path)
            conn, problem = sqlite_file.connect_checked(self.path)
            if conn is not None:
                self._file_identity = identity
                if rescued and not set_aside.insert_rescued(conn, rescued):
                    self.unsaved.extend(rescued)  # written by the next save that reaches the disk
                return conn
            if problem == "newer":
                self._blocked = strings.JOURNAL_NEWER_FILE
                self.notices.append(strings.JOURNAL_NEWER_FILE_NOTICE)
                raise Unavailable(self._blocked)
            kept = set_aside.move_aside(self.path, problem, identity)
            if kept is not None:
                rescued = set_aside.rescue(kept, RevisionChecks()) if problem == "corrupt" else []
                self.notices.append(set_aside.notice(problem, kept.name, len(rescued)))
        raise OSError(errno.EBUSY, "the journal file keeps changing")
