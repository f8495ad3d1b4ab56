"""Why something failed, in words a learner can act on (never an errno or a traceback)."""
from __future__ import annotations

import errno
from pathlib import Path

from .. import strings

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED_ERRNOS = {errno.EACCES, errno.EPERM}


def _sqlite_name(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", None) or ""


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the file (SQLITE_BUSY or SQLITE_LOCKED)."""
    return _sqlite_name(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc).lower()


def is_corruption(exc: BaseException) -> bool:
    """The file's content is damaged or is not a database at all."""
    return _sqlite_name(exc).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def is_disk_full(exc: BaseException) -> bool:
    """The disk (or the quota, or SQLite's page limit) has no room left."""
    return (_sqlite_name(exc).startswith("SQLITE_FULL") or "disk is full" in str(exc).lower()
            or getattr(exc, "errno", None) in _DISK_FULL_ERRNOS)


def plain_reason(exc: BaseException) -> str:
    """A short reason for a failed read or write of the journal file itself."""
    message = str(exc).lower()
    name = _sqlite_name(exc)
    code = getattr(exc, "errno", None)
    if is_disk_full(exc):
        return strings.JOURNAL_DISK_FULL
    if name.startswith("SQLITE_READONLY") or "readonly" in message or code in {errno.EROFS, *_NOT_ALLOWED_ERRNOS}:
        return strings.JOURNAL_FOLDER_READ_ONLY
    if is_busy(exc):
        return strings.JOURNAL_BUSY
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in message:
        return strings.JOURNAL_CANNOT_OPEN
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror  # the OS message, without the path
    return str(exc) or type(exc).__name__


def folder_reason(exc: OSError, folder: Path) -> str:
    """A short reason for a failed write into ``folder`` (an export's folder, named as given)."""
    code = exc.errno
    if is_disk_full(exc):
        return strings.JOURNAL_DISK_FULL
    if code == errno.EROFS:
        return strings.JOURNAL_TARGET_READ_ONLY.format(folder=folder)
    if code in _NOT_ALLOWED_ERRNOS:
        return strings.JOURNAL_TARGET_NOT_ALLOWED.format(folder=folder)
    if code in (errno.ENOENT, errno.ENOTDIR):
        return strings.JOURNAL_TARGET_NO_FOLDER.format(folder=folder)
    return exc.strerror or str(exc) or type(exc).__name__


def file_reason(exc: OSError) -> str:
    """A short reason a file the learner chose could not be read."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return strings.JOURNAL_FILE_MISSING
    if exc.errno in _NOT_ALLOWED_ERRNOS:
        return strings.JOURNAL_FILE_NOT_ALLOWED
    return exc.strerror or str(exc) or type(exc).__name__


def counted(forms: tuple[str, str], count: int) -> str:
    """``forms`` is (singular, plural), each with a ``{count}`` placeholder."""
    return forms[count != 1].format(count=count)
