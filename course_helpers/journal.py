"""The learner's journal: every answer ever saved, kept in one SQLite file.

How it keeps answers safe
-------------------------
* Every save *appends* a revision; nothing is updated in place. Reading an
  answer means reading its newest revision, ordered by ``(saved_at, seq)``.
  Only :meth:`Journal.erase` deletes, and only after the learner types
  :data:`ERASE_CONFIRMATION`.
* Each save is one ``BEGIN IMMEDIATE`` transaction in rollback-journal mode
  (never WAL) with ``synchronous=FULL``, so a crash or a killed kernel loses
  at most the save that had not returned yet. Two kernels writing at once
  wait for each other (a 10 s busy timeout, then a few retries).
* A file we cannot use (empty, corrupt, or another program's) is *moved
  aside*, never deleted, and a fresh journal is started; ``journal.notices``
  tells the learner where the old file was kept. A file written by a newer
  version of the course is left untouched and the journal works in memory.
* When the disk refuses a write, :meth:`Journal.save` keeps the revision in
  ``journal.unsaved`` and raises :class:`JournalWriteError`. Reads and exports
  include unsaved revisions, and the next successful save writes them first.

Exports are plain JSON (see :data:`EXPORT_FORMAT`) holding only the answers:
no paths, user names or host names. Imports are checked strictly and merged
all-or-nothing. ``jsonschema`` is imported only when a file is imported, so
importing this module stays fast.
"""
from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar

import platformdirs

from .signals import Change, Signal

SCHEMA_VERSION: int = 1
EXPORT_FORMAT = "mc-course-journal"
MAX_IMPORT_BYTES = 25 * 1024 * 1024
ERASE_CONFIRMATION = "erase my answers"

JOURNAL_DIR_ENV = "COURSE_JOURNAL_DIR"
APP_NAME = "mc-course-companion"
JOURNAL_FILENAME = "journal.sqlite3"
APPLICATION_ID = 0x4D435243  # "MCRC" in the SQLite header: this file is ours

BUSY_TIMEOUT_SECONDS = 10.0
RETRY_DELAYS_SECONDS = (0.05, 0.2, 0.5)  # extra waits after "database is locked"
OPEN_ATTEMPTS = 3
MAX_IMPORT_REVISIONS = 200_000

_SQLITE_MAGIC = b"SQLite format 3\x00"
_COMPANION_SUFFIXES = ("-journal", "-wal", "-shm")
_ID_PATTERN = "[A-Za-z0-9_]{1,64}"
_UID_PATTERN = "[0-9a-f]{32}"
_SAVED_AT_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z"
_EXPORTED_AT_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"
_COLUMNS = ("uid", "step", "prompt", "value", "saved_at", "schema_version")

_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS revisions (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid            TEXT NOT NULL UNIQUE,
    step           TEXT NOT NULL,
    prompt         TEXT NOT NULL,
    value          TEXT NOT NULL,    -- JSON
    saved_at       TEXT NOT NULL,    -- UTC, 'YYYY-MM-DDTHH:MM:SS.ffffffZ'
    schema_version INTEGER NOT NULL
)"""
_CREATE_INDEX = "CREATE INDEX IF NOT EXISTS revisions_by_prompt ON revisions (step, prompt, seq)"
_SELECT = "SELECT uid, step, prompt, value, saved_at, schema_version FROM revisions"
_SELECT_NEWEST_PER_PROMPT = f"""
SELECT {", ".join(_COLUMNS)} FROM (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY step, prompt ORDER BY saved_at DESC, seq DESC) AS newness
    FROM revisions WHERE ?1 IS NULL OR step = ?1
) WHERE newness = 1"""
_INSERT = ("INSERT OR IGNORE INTO revisions (uid, step, prompt, value, saved_at, schema_version) "
           "VALUES (?, ?, ?, ?, ?, ?)")

T = TypeVar("T")


# --- public types ----------------------------------------------------------------------

@dataclass(frozen=True)
class Revision:
    """One saved answer: ``value`` is any JSON value, ``saved_at`` is UTC ISO 8601."""

    uid: str
    step: str
    prompt: str
    value: Any
    saved_at: str
    schema_version: int


@dataclass(frozen=True)
class ImportReport:
    """What an import did: revisions ``added``, and ``skipped`` because already present."""

    added: int
    skipped: int


class JournalError(Exception):
    """Something the learner should be told about the journal."""


class JournalWriteError(JournalError):
    """Answers could not be written; they are still held in memory."""


class JournalImportError(JournalError):
    """A file was refused for import; the message says why, in one line."""


class _Unavailable(JournalError):
    """The journal file must not be used right now (the message says why)."""


# --- where the journal lives -----------------------------------------------------------

def default_journal_path() -> Path:
    """``$COURSE_JOURNAL_DIR/journal.sqlite3``, else the per-user data folder.

    Nothing is created here; :class:`Journal` creates the folder when it opens.
    """
    folder = os.environ.get(JOURNAL_DIR_ENV)
    if folder:
        base = Path(folder).expanduser()
    else:
        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return (base / JOURNAL_FILENAME).absolute()


_shared: Journal | None = None
_shared_lock = threading.Lock()


def get_journal() -> Journal:
    """The process-wide journal at :func:`default_journal_path` (re-made if that moved)."""
    global _shared
    path = default_journal_path()
    with _shared_lock:
        if _shared is None or _shared.path != path:
            if _shared is not None:
                _shared.close()
            _shared = Journal(path)
        return _shared


# --- the journal -----------------------------------------------------------------------

class Journal:
    """Every answer a learner saves, with its history, in one SQLite file.

    One connection per object, shared by threads (autosave timers) under a
    lock. A closed journal reopens its file on next use.
    """

    def __init__(self, path: Path | str | None = None):
        self.path: Path = Path(path).expanduser().absolute() if path is not None else default_journal_path()
        self.notices: list[str] = []
        self.unsaved: list[Revision] = []
        self.changes = Signal()  # save, import, erase: what views of the journal follow
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

        Raises ``ValueError``/``TypeError`` for a bad id or a value JSON cannot
        hold, and :class:`JournalWriteError` when the disk refused the write;
        the revision is then kept in :attr:`unsaved` and written by the next
        successful save.
        """
        _check_id("step", step)
        _check_id("prompt", prompt)
        revision = Revision(uid=uuid.uuid4().hex, step=step, prompt=prompt,
                            value=json.loads(_encode_value(value)),  # a private copy, as a read would give
                            saved_at=_utc_now(), schema_version=SCHEMA_VERSION)
        try:
            with self._lock:
                self.unsaved.append(revision)
                self._commit()
        finally:
            self.changes.emit(Change("save", step, prompt))  # an unsaved value is what reads now return
        return revision

    # --- reading -----------------------------------------------------------------------
    def latest(self, step: str, prompt: str) -> Revision | None:
        """The newest revision of one answer, or None if it was never saved."""
        with self._lock:
            rows = self._fetch(f"{_SELECT} WHERE step = ? AND prompt = ? ORDER BY saved_at DESC, seq DESC LIMIT 1",
                               (step, prompt))
            newest = self._with_unsaved(rows, lambda r: (r.step, r.prompt) == (step, prompt))
        return newest[-1] if newest else None

    def latest_values(self, step: str | None = None) -> dict[tuple[str, str], Any]:
        """The newest value of every answer (of one step, if given), keyed by (step, prompt)."""
        with self._lock:
            rows = self._fetch(_SELECT_NEWEST_PER_PROMPT, (step,))
            revisions = self._with_unsaved(rows, lambda r: step is None or r.step == step)
        return {(r.step, r.prompt): r.value for r in revisions}  # later revisions overwrite earlier

    def history(self, step: str, prompt: str) -> list[Revision]:
        """Every revision of one answer, oldest first."""
        with self._lock:
            rows = self._fetch(f"{_SELECT} WHERE step = ? AND prompt = ? ORDER BY saved_at, seq", (step, prompt))
            return self._with_unsaved(rows, lambda r: (r.step, r.prompt) == (step, prompt))

    def revision_count(self) -> int:
        """How many revisions the journal holds, unsaved ones included."""
        with self._lock:
            rows = self._fetch("SELECT COUNT(*) FROM revisions")
            return (rows[0][0] if rows else 0) + len(self.unsaved)

    # --- export ------------------------------------------------------------------------
    def export_dict(self) -> dict:
        """All revisions (unsaved included) as the export document; answers only, nothing personal."""
        with self._lock:
            revisions = self._with_unsaved(self._fetch(_SELECT), lambda r: True)
        revisions.sort(key=lambda r: (r.saved_at, r.uid))
        return {
            "format": EXPORT_FORMAT,
            "schema_version": SCHEMA_VERSION,
            "exported_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "revisions": [{name: getattr(r, name) for name in _COLUMNS} for r in revisions],
        }

    def export_bytes(self) -> bytes:
        """The export document as UTF-8 JSON (ASCII-only, so any text survives any channel)."""
        return json.dumps(self.export_dict(), indent=1, ensure_ascii=True, allow_nan=False).encode("utf-8")

    def export_to(self, path: Path | str) -> Path:
        """Write the export to ``path`` atomically: readers see the old file or the whole new one."""
        target = Path(path)
        data = self.export_bytes()
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        try:
            with open(temporary, "xb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise JournalError(f"not exported: {_plain_reason(exc)}") from exc
        _fsync_folder(target.parent)
        return target

    # --- import ------------------------------------------------------------------------
    def import_bytes(self, data: bytes) -> ImportReport:
        """Merge an export into this journal, all or nothing; revisions already here are skipped.

        Raises :class:`JournalImportError` (one line, naming the problem) for
        a file that is not a valid export, and :class:`JournalWriteError` if
        the disk refused the write.
        """
        revisions = _parse_export(data)
        with self._lock:
            added = self._commit(revisions)
        self.changes.emit(Change("import"))
        return ImportReport(added=added, skipped=len(revisions) - added)

    def import_file(self, path: Path | str) -> ImportReport:
        """Like :meth:`import_bytes`, refusing an oversized file before reading it."""
        try:
            size = os.stat(path).st_size
            if size > MAX_IMPORT_BYTES:
                raise JournalImportError(_too_large_message(size))
            with open(path, "rb") as file:
                data = file.read(MAX_IMPORT_BYTES + 1)  # the file may have grown since stat
        except OSError as exc:
            raise JournalImportError(f"the file could not be read: {_plain_reason(exc)}") from None
        return self.import_bytes(data)

    # --- erase and close ---------------------------------------------------------------
    def erase(self, confirmation: str) -> int:
        """Delete every revision for good and return how many there were.

        Only when ``confirmation == ERASE_CONFIRMATION``; otherwise raise
        :class:`JournalError` and delete nothing. The file is vacuumed so the
        erased text no longer sits in its free pages.
        """
        if confirmation != ERASE_CONFIRMATION:
            raise JournalError(f'nothing erased: the confirmation must be exactly "{ERASE_CONFIRMATION}"')
        try:
            with self._lock:
                deleted = self._delete_stored() + len(self.unsaved)
                self.unsaved.clear()
                self._compact()
        finally:
            self.changes.emit(Change("erase"))  # outside the lock: listeners read the journal
        return deleted

    def set_aside_copies(self) -> list[Path]:
        """Files set aside beside the journal because they could not be read (oldest first)."""
        pattern = re.compile(re.escape(self.path.name) + r"\.(empty|corrupt|foreign)-\d{8}T\d{6}Z(-\d+)?(-journal|-wal|-shm)?")
        try:
            found = [p for p in self.path.parent.iterdir() if pattern.fullmatch(p.name) and p.is_file()
                     and not p.is_symlink()]
        except OSError:
            return []
        return sorted(found, key=lambda p: p.name)

    def delete_set_aside_copies(self, paths: Iterable[Path]) -> list[Path]:
        """Delete those of ``paths`` that are set-aside copies; anything else is left alone."""
        allowed = set(self.set_aside_copies())
        deleted = []
        for path in paths:
            if Path(path) in allowed:
                Path(path).unlink()
                deleted.append(Path(path))
        return deleted

    def close(self) -> None:
        """Close the file. Safe to call twice; the journal reopens it if used again."""
        with self._lock:
            self._drop_connection()

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    # --- plumbing: reads (call with the lock held) -------------------------------------
    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Rows from the file; none when the file is left alone or does not exist yet."""
        try:
            return self._connection().execute(sql, params).fetchall()
        except _Unavailable as exc:
            if self._blocked:
                return []  # memory only; a notice tells the learner why
            raise JournalError(f"your journal could not be read: {exc}") from None
        except (sqlite3.Error, OSError) as exc:
            self._drop_connection()  # a broken connection is replaced on next use
            if not self.path.exists():
                return []  # e.g. a read-only folder: nothing was ever saved there
            raise JournalError(f"your journal could not be read: {_plain_reason(exc)}") from exc

    def _with_unsaved(self, rows: Iterable[tuple], wanted: Callable[[Revision], bool]) -> list[Revision]:
        """Stored revisions (rows in order) followed by the matching unsaved ones, in order."""
        stored = [_revision_from_row(row) for row in rows]
        pending = [r for r in self.unsaved if wanted(r)]
        # Sort by time; on a tie keep the given order (unsaved ones will be written last).
        ranked = list(enumerate(stored + pending))
        ranked.sort(key=lambda pair: (pair[1].saved_at, pair[0]))
        return [revision for _, revision in ranked]

    # --- plumbing: writes (call with the lock held) ------------------------------------
    def _commit(self, extra: Sequence[Revision] = ()) -> int:
        """Write the unsaved revisions, then ``extra``, in one transaction.

        Returns how many of ``extra`` were new. On success ``unsaved`` is
        emptied; on failure it is kept and JournalWriteError is raised.
        """
        pending = list(self.unsaved)

        def write(conn: sqlite3.Connection) -> int:
            for revision in pending:
                _insert_revision(conn, revision)
            return sum(_insert_revision(conn, revision) for revision in extra)

        try:
            added = self._retrying(lambda conn: _in_transaction(conn, write))
        except _Unavailable as exc:
            raise JournalWriteError(f"not saved: {exc}") from None
        except (sqlite3.Error, OSError) as exc:
            raise JournalWriteError(f"not saved: {_plain_reason(exc)}") from exc
        del self.unsaved[:len(pending)]
        return added

    def _delete_stored(self) -> int:
        """Delete every stored revision in one transaction; return how many there were."""
        def delete(conn: sqlite3.Connection) -> int:
            conn.execute("PRAGMA secure_delete = ON")  # zero the freed pages as well
            return conn.execute("DELETE FROM revisions").rowcount

        try:
            return self._retrying(lambda conn: _in_transaction(conn, delete))
        except _Unavailable as exc:
            raise JournalWriteError(f"not erased: {exc}") from None
        except (sqlite3.Error, OSError) as exc:
            if not self.path.exists():
                return 0  # no file was ever written, so nothing is stored
            raise JournalWriteError(f"not erased: {_plain_reason(exc)}") from exc

    def _compact(self) -> None:
        """VACUUM, so erased text no longer lingers anywhere in the file."""
        if not self.path.exists():
            return
        try:
            self._retrying(lambda conn: conn.execute("VACUUM"))
        except (sqlite3.Error, OSError) as exc:
            raise JournalError("your answers were erased, but the journal file could not be compacted "
                               f"({_plain_reason(exc)}); erase again later to clear it") from exc

    def _retrying(self, action: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``action`` on the connection: wait out a lock a few times, reconnect once on other errors."""
        waits = list(RETRY_DELAYS_SECONDS)
        reconnected = False
        while True:
            try:
                return action(self._connection())
            except sqlite3.Error as exc:
                if _is_busy(exc):
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
            raise _Unavailable(self._blocked)
        if self._conn is not None and _identity(self.path) != self._file_identity:
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
        """Open the journal file, creating it, or first moving a bad one aside."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(OPEN_ATTEMPTS):
            if not self.path.exists():
                _create_journal_file(self.path)
            identity = _identity(self.path)
            conn, problem = _connect_checked(self.path)
            if conn is not None:
                self._file_identity = identity
                return conn
            if problem == "newer":
                self._blocked = "the journal file was written by a newer version of the course"
                self.notices.append(
                    "Your journal file was written by a newer version of the course. It was left "
                    "untouched; answers you give now are kept only until this notebook closes. "
                    "Update the course to keep saving.")
                raise _Unavailable(self._blocked)
            self._set_aside(problem, identity)
        raise OSError(errno.EBUSY, "the journal file keeps changing")

    def _set_aside(self, reason: str, identity: tuple[int, int] | None) -> None:
        """Rename the unusable file (and any companion files) and tell the learner."""
        if _identity(self.path) != identity:
            return  # another kernel has already dealt with it
        kept = _free_name(self.path, reason)
        os.replace(self.path, kept)
        for suffix in _COMPANION_SUFFIXES:
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                os.replace(companion, kept.with_name(kept.name + suffix))
        _fsync_folder(self.path.parent)
        why = {"empty": "it is empty", "corrupt": "it is corrupt",
               "foreign": "it belongs to another program"}[reason]
        self.notices.append(f"Your journal file could not be read ({why}). It was kept as {kept.name} "
                            "and a new, empty journal was started.")


# --- the file on disk ------------------------------------------------------------------

def _connect(path: Path) -> sqlite3.Connection:
    """A connection to an existing file (never creates one), in autocommit mode."""
    return sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                           isolation_level=None, check_same_thread=False)


def _connect_checked(path: Path) -> tuple[sqlite3.Connection | None, str | None]:
    """Connect to the journal file: ``(connection, None)``, or ``(None, problem)``.

    ``problem`` is "empty", "corrupt", "foreign" or "newer". Errors that say
    nothing about the file's content (locked, unreadable) are raised.
    """
    with open(path, "rb") as file:
        header = file.read(len(_SQLITE_MAGIC))
    if not header:
        return None, "empty"
    if header != _SQLITE_MAGIC:
        return None, "corrupt"
    conn = _connect(path)
    try:
        problem = _diagnose(conn)
        if problem is None:
            _configure(conn)
            _ensure_schema(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if not _is_corruption(exc):
            raise
        return None, "corrupt"
    except BaseException:
        conn.close()
        raise
    if problem is not None:
        conn.close()
        return None, problem
    return conn, None


def _diagnose(conn: sqlite3.Connection) -> str | None:
    """What is wrong with an SQLite file for our purposes, or None if it is usable."""
    app_id = _pragma(conn, "application_id")
    if app_id != APPLICATION_ID and not _has_revisions_table(conn):
        tables = conn.execute("SELECT name FROM sqlite_master").fetchall()
        return None if app_id == 0 and not tables else "foreign"  # a blank file is ours to fill
    if _pragma(conn, "user_version") > SCHEMA_VERSION:
        return "newer"
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        return "corrupt"
    return None


def _configure(conn: sqlite3.Connection) -> None:
    """Rollback journal (never WAL), full syncs, and a busy timeout."""
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]  # carry on in the current mode
    if str(mode).lower() == "wal":
        raise _Unavailable("the journal file is in use by another program (WAL mode)")
    conn.execute("PRAGMA synchronous = FULL")


def _ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the table and tag the file as ours, unless that is already done."""
    if (_pragma(conn, "application_id") == APPLICATION_ID
            and _pragma(conn, "user_version") == SCHEMA_VERSION and _has_revisions_table(conn)):
        return

    def create(conn: sqlite3.Connection) -> None:
        conn.execute(_CREATE_TABLE)
        conn.execute(_CREATE_INDEX)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    _in_transaction(conn, create)


def _create_journal_file(path: Path) -> None:
    """Create a complete, empty journal at ``path`` unless another process got there first.

    The file is built under a temporary name and hard-linked into place, so
    no other kernel ever sees a half-made (for instance zero-byte) journal.
    """
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.new")
    with open(temporary, "xb"):
        pass  # fails plainly (e.g. read-only folder) before SQLite is involved
    try:
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            _ensure_schema(conn)
        finally:
            conn.close()
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # another kernel created it first: use theirs
        except OSError:  # no hard links here (some network or FAT drives)
            if not path.exists():
                os.replace(temporary, path)
        _fsync_folder(path.parent)
    finally:
        temporary.unlink(missing_ok=True)


def _in_transaction(conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``work`` inside BEGIN IMMEDIATE ... COMMIT, rolling back on any failure."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = work(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the connection is dropped by the caller; SQLite rolls back on reopen
        raise
    return result


def _insert_revision(conn: sqlite3.Connection, revision: Revision) -> bool:
    """Insert one revision unless its uid is already stored; True if it was new."""
    cursor = conn.execute(_INSERT, (revision.uid, revision.step, revision.prompt,
                                    _encode_value(revision.value), revision.saved_at,
                                    revision.schema_version))
    return cursor.rowcount == 1


def _revision_from_row(row: tuple) -> Revision:
    uid, step, prompt, value, saved_at, schema_version = row
    return Revision(uid, step, prompt, json.loads(value), saved_at, schema_version)


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def _has_revisions_table(conn: sqlite3.Connection) -> bool:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(revisions)")}
    return columns >= {"seq", *_COLUMNS}


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` names right now (device, inode), or None if none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _free_name(path: Path, reason: str) -> Path:
    """``journal.sqlite3.<reason>-<UTC time>``, with a counter if that name is taken."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base = f"{path.name}.{reason}-{stamp}"
    candidate, counter = path.with_name(base), 2
    while candidate.exists():
        candidate, counter = path.with_name(f"{base}-{counter}"), counter + 1
    return candidate


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform allows it)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows, where folders cannot be opened
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# --- errors in plain words -------------------------------------------------------------

def _is_busy(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", None) or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc).lower()


def _is_corruption(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", None) or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _plain_reason(exc: BaseException) -> str:
    """A short reason a learner can act on, for a failed write or read."""
    message = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", None) or ""
    code = getattr(exc, "errno", None)
    if name.startswith("SQLITE_FULL") or "disk is full" in message or code in (
            errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full"
    if name.startswith("SQLITE_READONLY") or "readonly" in message or code in (
            errno.EROFS, errno.EACCES, errno.EPERM):
        return "the journal folder is read-only"
    if _is_busy(exc):
        return "the journal is busy in another notebook; try again in a moment"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror  # the OS message, without the path
    return str(exc) or type(exc).__name__


# --- values ----------------------------------------------------------------------------

def _encode_value(value: Any) -> str:
    """JSON text for a value: ASCII only, so lone surrogates and NUL survive; no NaN."""
    return json.dumps(value, ensure_ascii=True, allow_nan=False)


def _check_id(kind: str, text: Any) -> None:
    if not isinstance(text, str) or not re.fullmatch(_ID_PATTERN, text):
        raise ValueError(f"{kind} must be 1 to 64 letters, digits or underscores, not {text!r}")


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# --- reading an export -----------------------------------------------------------------

def _export_schema() -> dict:
    """The JSON Schema (Draft 2020-12) an export must satisfy."""
    revision = {
        "type": "object",
        "additionalProperties": False,
        "required": list(_COLUMNS),
        "properties": {
            "uid": {"type": "string", "pattern": f"^{_UID_PATTERN}$", "maxLength": 32},
            "step": {"type": "string", "pattern": f"^{_ID_PATTERN}$"},
            "prompt": {"type": "string", "pattern": f"^{_ID_PATTERN}$"},
            "value": {},  # any JSON value
            "saved_at": {"type": "string", "pattern": f"^{_SAVED_AT_PATTERN}$", "maxLength": 27},
            "schema_version": {"type": "integer", "minimum": 1, "maximum": SCHEMA_VERSION},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "schema_version", "exported_at", "revisions"],
        "properties": {
            "format": {"const": EXPORT_FORMAT},
            "schema_version": {"const": SCHEMA_VERSION},
            "exported_at": {"type": "string", "pattern": f"^{_EXPORTED_AT_PATTERN}$", "maxLength": 20},
            "revisions": {"type": "array", "maxItems": MAX_IMPORT_REVISIONS, "items": {"$ref": "#/$defs/revision"}},
        },
        "$defs": {"revision": revision},
    }


def _parse_export(data: bytes) -> list[Revision]:
    """The revisions in an export file, or JournalImportError saying what is wrong."""
    if len(data) > MAX_IMPORT_BYTES:
        raise JournalImportError(_too_large_message(len(data)))
    document = _load_json(_decode_utf8(data))
    _validate(document)
    return [_revision_from_export(index, item) for index, item in enumerate(document["revisions"])]


def _too_large_message(size: int) -> str:
    return (f"the file is too large ({size / 1024 / 1024:.1f} MB; "
            f"the limit is {MAX_IMPORT_BYTES / 1024 / 1024:g} MB)")


def _decode_utf8(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some editors add
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JournalImportError(f"the file is not UTF-8 text (invalid byte at position {exc.start})") from None


def _load_json(text: str) -> Any:
    """Parse strictly: no NaN or Infinity, no repeated keys, bounded numbers and nesting."""
    try:
        return json.loads(text, object_pairs_hook=_object_without_repeats, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise JournalImportError(f"the file is not valid JSON ({exc.msg} at line {exc.lineno}, "
                                 f"column {exc.colno})") from None
    except RecursionError:
        raise JournalImportError("the file nests lists or objects too deeply") from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise JournalImportError("the file contains a number that is too large") from None


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise JournalImportError(f"the file repeats the key {_short(key)} in one object")
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise JournalImportError(f"the file contains {name}, which is not a JSON number")


def _validate(document: Any) -> None:
    """Check the document against the export schema (a newer version gets its own message)."""
    if not isinstance(document, dict):
        raise JournalImportError(f"the file is not a journal export (it holds a JSON {_json_type(document)}, "
                                 "not an object)")
    version = document.get("schema_version")
    if type(version) is int and version > SCHEMA_VERSION:
        raise JournalImportError(f"the file was made by a newer version of the course (schema {version}); "
                                 "update the course to import it")
    import jsonschema  # imported here: it is slow to import and only imports need it

    validator = jsonschema.Draft202012Validator(_export_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        raise JournalImportError(f"{_where(error.absolute_path)}: {_describe(error)}")


def _revision_from_export(index: int, item: dict) -> Revision:
    """A Revision from a schema-checked export entry, with the checks a schema cannot make."""
    where = f"revisions[{index}]"
    for name, pattern in (("uid", _UID_PATTERN), ("step", _ID_PATTERN), ("prompt", _ID_PATTERN),
                          ("saved_at", _SAVED_AT_PATTERN)):
        if not re.fullmatch(pattern, item[name]):  # "$" in a schema pattern allows a final newline
            raise JournalImportError(f"{where}.{name}: {_short(item[name])} is not valid")
    try:
        _encode_value(item["value"])
    except (ValueError, RecursionError):
        raise JournalImportError(f"{where}.value: holds a number too large or a value nested too "
                                 "deeply") from None
    return Revision(**{name: item[name] for name in _COLUMNS})


def _where(path: Iterable[Any]) -> str:
    """``revisions[3].step`` for a JSON Schema error path; "the file" at the top."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the file"


def _describe(error: Any) -> str:
    """A schema error's message, with a long offending value replaced by a short description."""
    message = error.message
    shown = repr(error.instance)
    if len(shown) > 60:
        message = message.replace(shown, _short(error.instance))
    return _one_line(message)


def _json_type(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(value: Any) -> str:
    """A value as a few words: a short repr, or the kind and size of a big one."""
    if isinstance(value, (list, dict)) and len(repr(value)) > 60:
        kind = "a list" if isinstance(value, list) else "an object"
        return f"{kind} of {len(value)} item{'' if len(value) == 1 else 's'}"
    return _one_line(repr(value), 60)
