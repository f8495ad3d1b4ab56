"""The journal's SQLite file: connecting, checking what a file is, creating one, and the SQL.

Every connection uses a rollback journal (never WAL, which breaks on network
drives) with ``synchronous=FULL`` and a busy timeout, so two kernels writing
at once wait for each other and a crash loses at most the unfinished save.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path
from typing import Callable, Literal, TypeVar

from .. import strings
from .errors import Unavailable
from .reasons import is_corruption
from .records import COLUMNS, SCHEMA_VERSION, Revision, encode_value

APPLICATION_ID = 0x4D435243  # "MCRC" in the SQLite header: this file is ours
BUSY_TIMEOUT_SECONDS = 10.0
SQLITE_MAGIC = b"SQLite format 3\x00"

Problem = Literal["empty", "corrupt", "foreign", "newer"]
T = TypeVar("T")

CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS revisions (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid            TEXT NOT NULL UNIQUE,
    step           TEXT NOT NULL,
    prompt         TEXT NOT NULL,
    value          TEXT NOT NULL,    -- JSON
    saved_at       TEXT NOT NULL,    -- UTC, 'YYYY-MM-DDTHH:MM:SS.ffffffZ'
    schema_version INTEGER NOT NULL
)"""
CREATE_PROMPT_INDEX = "CREATE INDEX IF NOT EXISTS revisions_by_prompt ON revisions (step, prompt, seq)"
CREATE_TIME_INDEX = "CREATE INDEX IF NOT EXISTS revisions_by_time ON revisions (saved_at)"

SELECT = f"SELECT {', '.join(COLUMNS)} FROM revisions"
# ?1 is the latest plausible stamp: anything after it ranks below every plausible revision.
OF_PROMPT = f"{SELECT} WHERE step = ?2 AND prompt = ?3"
NEWEST_OF_PROMPT = f"{OF_PROMPT} ORDER BY saved_at <= ?1 DESC, saved_at DESC, seq DESC LIMIT 1"
HISTORY_OF_PROMPT = f"{OF_PROMPT} ORDER BY saved_at <= ?1, saved_at, seq"
NEWEST_PER_PROMPT = f"""
SELECT {', '.join(COLUMNS)} FROM (
    SELECT *, ROW_NUMBER() OVER (
        PARTITION BY step, prompt ORDER BY saved_at <= ?1 DESC, saved_at DESC, seq DESC) AS newness
    FROM revisions WHERE ?2 IS NULL OR step = ?2
) WHERE newness = 1"""
NEWEST_PLAUSIBLE_STAMP = "SELECT saved_at FROM revisions WHERE saved_at <= ? ORDER BY saved_at DESC LIMIT 1"
COUNT = "SELECT COUNT(*) FROM revisions"
INSERT = ("INSERT OR IGNORE INTO revisions (uid, step, prompt, value, saved_at, schema_version) "
          "VALUES (?, ?, ?, ?, ?, ?)")


def connect(path: Path) -> sqlite3.Connection:
    """A connection to an existing file (never creates one), in autocommit mode."""
    return sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                           isolation_level=None, check_same_thread=False)


def connect_checked(path: Path) -> tuple[sqlite3.Connection | None, Problem | None]:
    """Connect to the journal file: ``(connection, None)``, or ``(None, problem)``.

    Errors that say nothing about the file's content (locked, unreadable) are raised.
    """
    with open(path, "rb") as file:
        header = file.read(len(SQLITE_MAGIC))
    if not header:
        return None, "empty"
    if header != SQLITE_MAGIC:
        return None, "corrupt"
    conn = connect(path)
    try:
        problem = diagnose(conn)
        if problem is None:
            configure(conn)
            ensure_schema(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if not is_corruption(exc):
            raise
        return None, "corrupt"
    except BaseException:
        conn.close()
        raise
    if problem is not None:
        conn.close()
        return None, problem
    return conn, None


def diagnose(conn: sqlite3.Connection) -> Problem | None:
    """What is wrong with an SQLite file for our purposes, or None if it is usable."""
    app_id = pragma(conn, "application_id")
    if app_id != APPLICATION_ID and not has_revisions_table(conn):
        tables = conn.execute("SELECT name FROM sqlite_master").fetchall()
        return None if app_id == 0 and not tables else "foreign"  # a blank file is ours to fill
    if pragma(conn, "user_version") > SCHEMA_VERSION:
        return "newer"
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        return "corrupt"
    return None


def configure(conn: sqlite3.Connection) -> None:
    """Rollback journal (never WAL), full syncs, and a busy timeout."""
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]  # carry on in the current mode
    if str(mode).lower() == "wal":
        raise Unavailable(strings.JOURNAL_IN_WAL_MODE)
    conn.execute("PRAGMA synchronous = FULL")


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the table and tag the file as ours unless done; add the time index where possible."""
    if not (pragma(conn, "application_id") == APPLICATION_ID
            and pragma(conn, "user_version") == SCHEMA_VERSION and has_revisions_table(conn)):
        def create(conn: sqlite3.Connection) -> None:
            conn.execute(CREATE_TABLE)
            conn.execute(CREATE_PROMPT_INDEX)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

        in_transaction(conn, create)
    try:
        conn.execute(CREATE_TIME_INDEX)  # journals written before the index existed get it now
    except sqlite3.OperationalError:
        pass  # e.g. a read-only file: reads work without it, only more slowly


def create_journal_file(path: Path) -> None:
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
            ensure_schema(conn)
        finally:
            conn.close()
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # another kernel created it first: use theirs
        except OSError:  # no hard links here (some network or FAT drives)
            if not path.exists():
                os.replace(temporary, path)
        fsync_folder(path.parent)
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass  # a leftover empty temporary file harms nothing


def in_transaction(conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
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


def insert_revision(conn: sqlite3.Connection, revision: Revision) -> bool:
    """Insert one revision unless its uid is already stored; True if it was new."""
    cursor = conn.execute(INSERT, (revision.uid, revision.step, revision.prompt, encode_value(revision.value),
                                   revision.saved_at, revision.schema_version))
    return cursor.rowcount == 1


def pragma(conn: sqlite3.Connection, name: str) -> int:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def has_revisions_table(conn: sqlite3.Connection) -> bool:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(revisions)")}
    return columns >= {"seq", *COLUMNS}


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` names right now (device, inode), or None if none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def fsync_folder(folder: Path) -> None:
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
