"""Files we cannot use are set aside, never deleted or overwritten, and what can be read is rescued.

Several kernels may find the same damaged journal at once. The move happens
under an exclusive lock on ``journal.sqlite3.lock``; under it we check that
the path still names the damaged file, then hard-link it (and its ``-journal``,
``-wal`` and ``-shm`` companions) to fresh names (a link never replaces an
existing file) and only then remove the old names, companions first so that
a fresh journal never meets a stale rollback journal.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import stat
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from .. import kinds, strings
from .checks import RevisionChecks
from .export_format import nests_deeper_than
from .reasons import counted
from .records import Revision
from .sqlite_file import file_identity, fsync_folder, in_transaction, insert_revision

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; links alone still never overwrite
    fcntl = None  # type: ignore[assignment]

COMPANION_SUFFIXES = ("-journal", "-wal", "-shm")
LOCK_SUFFIX = ".lock"
# Only copies that may hold answers are offered for deletion; "foreign" files belong to another program.
REASONS_WITH_ANSWERS = ("corrupt", "empty")
RESCUE_SECONDS = 5.0  # how long to keep probing past damaged pages
MAX_BLIND_PROBES = 1000  # probes in a row when the largest seq cannot be read


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def journal_files(path: Path) -> list[Path]:
    """The journal at ``path``, the files SQLite keeps beside it, and our lock file."""
    return [path, lock_path(path), *(_with_suffix(path, suffix) for suffix in COMPANION_SUFFIXES)]


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the lock file beside ``path`` (a no-op where there is none to take)."""
    try:
        descriptor = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        descriptor = None  # e.g. a read-only folder, where nothing can be moved anyway
    try:
        if descriptor is not None and fcntl is not None:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX)
            except OSError:
                pass  # e.g. a network drive without locks: links alone still never overwrite
        yield
    finally:
        if descriptor is not None:
            os.close(descriptor)  # closing releases the lock


def move_aside(path: Path, reason: str, identity: tuple[int, int] | None) -> Path | None:
    """Give the damaged file ``path`` (and companions) a fresh name; None if another kernel did.

    ``identity`` is the (device, inode) of the file found damaged; if
    ``path`` names another file by the time the lock is held, it is left alone.
    """
    with exclusive_lock(path):
        if identity is None or file_identity(path) != identity:
            return None
        companions = [suffix for suffix in COMPANION_SUFFIXES if os.path.lexists(_with_suffix(path, suffix))]
        kept, linked = _claim_fresh_name(path, reason, companions)
        for suffix in companions:
            _link_or_rename(_with_suffix(path, suffix), _with_suffix(kept, suffix))
        for suffix in companions:
            _unlink_if_linked(_with_suffix(path, suffix), _with_suffix(kept, suffix))
        if linked:
            _unlink_if_linked(path, kept)
        else:
            os.rename(path, kept)  # no hard links here: a rename, to a name checked free under the lock
        fsync_folder(path.parent)
        return kept


def set_aside_copies(path: Path) -> list[Path]:
    """Set-aside copies of the journal at ``path`` that may hold answers, oldest first.

    Only regular files whose names this module gives (never symbolic links).
    """
    pattern = re.compile(rf"{re.escape(path.name)}\.(?:{'|'.join(REASONS_WITH_ANSWERS)})"
                         rf"-(\d{{8}}T\d{{6}}Z)(?:-(\d+))?({'|'.join(COMPANION_SUFFIXES)})?")
    found = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if not stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
                continue
        except OSError:
            continue
        stamp, counter, suffix = match.groups()
        order = (stamp, int(counter or 1), "" if suffix is None else suffix)
        found.append((order, path.parent / entry.name))
    return [copy for _, copy in sorted(found)]


def delete_copies(path: Path, paths: Iterable[Path | str]) -> tuple[list[Path], list[OSError]]:
    """Delete those of ``paths`` that :func:`set_aside_copies` lists: (deleted, failures).

    Paths are compared after normalising (``..`` resolved, symbolic links
    not followed); anything not listed is left alone.
    """
    allowed = {os.path.normpath(copy): copy for copy in set_aside_copies(path)}
    deleted, failures = [], []
    for given in paths:
        copy = allowed.pop(os.path.normpath(os.path.abspath(os.fspath(given))), None)
        if copy is None:
            continue
        try:
            copy.unlink()
            deleted.append(copy)
        except FileNotFoundError:
            pass
        except OSError as exc:
            failures.append(exc)
    if deleted:
        fsync_folder(path.parent)
    return deleted, failures


def notice(problem: str, kept_name: str, rescued: int) -> str:
    """What the learner is told about a file set aside, and how many revisions were rescued from it."""
    why = strings.JOURNAL_WHY_SET_ASIDE[problem]
    if rescued:
        return strings.JOURNAL_SET_ASIDE_RESCUED.format(
            why=why, name=kept_name, revisions=counted(strings.JOURNAL_REVISIONS, rescued))
    return strings.JOURNAL_SET_ASIDE.format(why=why, name=kept_name)


def insert_rescued(conn: sqlite3.Connection, rescued: list[Revision]) -> bool:
    """Copy rescued revisions into the new journal in one transaction; False if the disk refused."""
    def write(conn: sqlite3.Connection) -> None:
        for revision in rescued:
            insert_revision(conn, revision)

    try:
        in_transaction(conn, write)
    except (sqlite3.Error, OSError):
        return False
    return True


def rescue(kept: Path, checks: RevisionChecks) -> list[Revision]:
    """The revisions that can still be read from a damaged journal, each checked like an import.

    The file is opened read-only and immutable (no locks, no hot-journal
    rollback), so it is never changed. Reading resumes past damaged pages.
    """
    try:
        conn = sqlite3.connect(f"{kept.as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
        # Lets SQLite read a file shorter than its header says (it writes nothing: the file is read-only).
        conn.execute("PRAGMA writable_schema = ON")
    except sqlite3.Error:
        return []
    try:
        return list(_readable_revisions(conn, checks))
    finally:
        conn.close()


def _readable_revisions(conn: sqlite3.Connection, checks: RevisionChecks) -> Iterator[Revision]:
    """Rows in ``seq`` order; after an error, probe the following seqs one by one (for a while)."""
    query = ("SELECT seq, uid, step, prompt, value, saved_at, schema_version FROM revisions "
             "WHERE seq >= ? ORDER BY seq")
    largest = _largest_seq(conn)
    deadline = time.monotonic() + RESCUE_SECONDS
    seen: set[str] = set()
    position, failures = 1, 0
    while time.monotonic() < deadline:
        try:
            for row in conn.execute(query, (position,)):
                position, failures = row[0] + 1, 0
                revision = _checked(row[1:], checks)
                if revision is not None and revision.uid not in seen:
                    seen.add(revision.uid)
                    yield revision
            return
        except sqlite3.DatabaseError:
            position, failures = position + 1, failures + 1  # skip the seq we could not reach
            past_the_end = position > largest if largest is not None else failures > MAX_BLIND_PROBES
            if past_the_end:
                return


def _largest_seq(conn: sqlite3.Connection) -> int | None:
    """The largest seq ever used (AUTOINCREMENT keeps it), or None if that cannot be read."""
    try:
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'revisions'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row and isinstance(row[0], int) else None


def _checked(row: tuple, checks: RevisionChecks) -> Revision | None:
    """A Revision from a row of a damaged file, or None if any part of it is not sound."""
    uid, step, prompt, text, saved_at, schema_version = row
    if not isinstance(text, str) or nests_deeper_than(text, kinds.MAX_DEPTH):
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not checks.row_is_sound(uid, step, prompt, value, saved_at, schema_version, allow_future=True):
        return None
    return Revision(uid, step, prompt, value, saved_at, schema_version)


# --- naming and moving -------------------------------------------------------------------

def _with_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _candidates(path: Path, reason: str) -> Iterator[Path]:
    """``journal.sqlite3.<reason>-<UTC time>``, then the same with ``-2``, ``-3``, …"""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base = f"{path.name}.{reason}-{stamp}"
    yield path.with_name(base)
    counter = 2
    while True:
        yield path.with_name(f"{base}-{counter}")
        counter += 1


def _claim_fresh_name(path: Path, reason: str, companions: list[str]) -> tuple[Path, bool]:
    """The first free candidate name, and whether ``path`` is already hard-linked to it.

    A hard link fails rather than replace an existing file, so a name is
    claimed atomically. Where links are unsupported (some network or FAT
    drives), the name is only checked free (under the lock) and the caller renames.
    """
    for candidate in _candidates(path, reason):
        if any(os.path.lexists(_with_suffix(candidate, suffix)) for suffix in companions):
            continue  # the companions must be able to follow under the same name
        try:
            os.link(path, candidate, follow_symlinks=False)
            return candidate, True
        except FileExistsError:
            continue
        except (OSError, NotImplementedError):
            if not os.path.lexists(candidate):
                return candidate, False
    raise AssertionError("unreachable: candidate names never run out")


def _link_or_rename(source: Path, target: Path) -> None:
    """Give ``source`` the name ``target`` too (or only, where links are unsupported); never replace a file."""
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        raise  # someone outside the lock made it: stop before anything is removed
    except (OSError, NotImplementedError):
        os.rename(source, target)


def _unlink_if_linked(old: Path, kept: Path) -> None:
    """Remove the old name once ``kept`` names the same file (after a rename there is nothing to do)."""
    try:
        same = os.path.samefile(old, kept)
    except OSError:
        return  # the old name is gone already (it was renamed)
    if same:
        os.unlink(old)
