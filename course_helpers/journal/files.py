"""Plain files the journal writes and reads: exports written atomically, imports read safely."""
from __future__ import annotations

import errno
import os
import stat
import uuid
from pathlib import Path

from .. import strings
from .errors import JournalError, JournalImportError
from .export_format import too_large_message
from .reasons import file_reason, folder_reason
from .set_aside import journal_files
from .sqlite_file import fsync_folder

_KINDS_OF_FILE = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"),
                  (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def names_the_journal(target: Path, journal_path: Path) -> bool:
    """Whether ``target`` is the journal, a file SQLite keeps beside it, our lock, or a link to one."""
    normalized = os.path.normcase(os.path.normpath(target))
    for own in journal_files(journal_path):
        if normalized == os.path.normcase(os.path.normpath(own)):
            return True
        try:
            if os.path.samefile(target, own):
                return True
        except OSError:
            pass  # one of them does not exist
    return False


def write_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target``: readers see the old file or the whole new one, never a part.

    Raises :class:`JournalError` with a sentence naming the folder asked for.
    """
    folder = target.parent
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temporary, "xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        _remove_quietly(temporary)
        if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
            raise JournalError(strings.JOURNAL_NOT_EXPORTED.format(
                reason=strings.JOURNAL_TARGET_IS_FOLDER.format(target=target))) from None
        raise JournalError(strings.JOURNAL_NOT_EXPORTED.format(reason=folder_reason(exc, folder))) from None
    fsync_folder(folder)
    return target


def _remove_quietly(temporary: Path) -> None:
    """Remove a temporary file if it exists; on a read-only disk even a missing one raises EROFS."""
    try:
        temporary.unlink(missing_ok=True)
    except OSError:
        pass


def read_regular_file(path: Path, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of a regular file; anything else (a pipe, a device, a folder) is refused.

    The file is looked at before it is opened (an oversized one is never
    opened), opened without blocking, then looked at again: a named pipe can
    never make the kernel hang.
    """
    try:
        _refuse_unless_regular_and_small(os.stat(path), limit)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise JournalImportError(strings.JOURNAL_FILE_UNREADABLE.format(reason=file_reason(exc))) from None
    try:
        _refuse_unless_regular_and_small(os.fstat(descriptor), limit)  # it may have been swapped meanwhile
        chunks, remaining = [], limit + 1  # the file may grow while it is read
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise JournalImportError(strings.JOURNAL_FILE_UNREADABLE.format(reason=file_reason(exc))) from None
    finally:
        os.close(descriptor)


def _refuse_unless_regular_and_small(status: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in _KINDS_OF_FILE if test(status.st_mode)), "not a regular file")
        raise JournalImportError(strings.JOURNAL_FILE_UNREADABLE.format(
            reason=strings.JOURNAL_NOT_A_REGULAR_FILE.format(kind=kind)))
    if status.st_size > limit:
        raise JournalImportError(too_large_message(status.st_size))
