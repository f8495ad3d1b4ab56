"""Reading untrusted containers of share files: a folder tree, a zip archive, an upload.

Each reader yields, one at a time, either an :class:`Item` (a name and the
bytes of one candidate file) or a :class:`Refusal` (a name, a summary
category and one sentence), so a whole course run streams through in
bounded memory and one bad file never stops the others.

What is refused, and how:

* folders: symbolic links (never followed), FIFOs, sockets and devices
  (checked by the entry's type, and again with ``fstat`` after opening
  without following links or blocking), folders nested too deeply, files
  that are empty, larger than the cap (before reading) or not ``.json``;
* archives: read in memory, never extracted to disk, so a name such as
  ``../../.bashrc`` can do no harm, but it is refused all the same; the
  entry count and the central directory's size are read from the end record
  *before* ``zipfile`` parses the directory; declared sizes are summed before
  anything is inflated; every entry is inflated at most to the per-file cap
  (``zipfile`` stops at the declared size and checks the CRC); entries that
  compress suspiciously well, nested archives, links and encrypted entries
  are refused;
* both: after ``Limits.entries`` entries or ``Limits.total_bytes`` bytes the
  reader stops and says so.
"""
from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Callable, Iterator, NamedTuple, Union

from .. import strings
from .schema import MAX_FILE_BYTES, printable

Progress = Callable[[int, "int | None"], None]  # (entries done, entries in all or None)


@dataclass(frozen=True)
class Limits:
    """How much one import may read. Tests lower them; the defaults fit a whole course run."""

    file_bytes: int = MAX_FILE_BYTES
    entries: int = 250_000  # files and folders looked at in one folder tree or one archive
    depth: int = 8  # folders inside the folder given
    total_bytes: int = 4 * 1024**3  # read from one folder tree, or inflated from one archive
    archive_bytes: int = 1024**3  # one archive file or upload
    directory_bytes: int = 64 * 1024**2  # one archive's central directory
    zip_ratio: int = 100  # uncompressed / compressed, for entries above RATIO_FLOOR bytes
    examples: int = 200  # refused files listed by name in a summary


RATIO_FLOOR = 16 * 1024  # small entries cannot do harm, whatever their ratio


class Item(NamedTuple):
    """One candidate file: a name to report it by, and its bytes."""

    name: str
    data: bytes


class Refusal(NamedTuple):
    """A file refused before parsing: its name, the summary group, one sentence."""

    name: str
    category: str
    reason: str


class Stop(NamedTuple):
    """The reader stopped early; ``reason`` says why (a limit)."""

    reason: str


Event = Union[Item, Refusal, Stop]
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def is_share_name(name: str) -> bool:
    return name.lower().endswith(".json")


# --- one file ---------------------------------------------------------------------------

def read_file(path: str | os.PathLike, name: str, limits: Limits) -> Item | Refusal:
    """One file's bytes, refusing anything but a regular file of a sensible size (never blocks, never follows a link)."""
    return read_file_and_owner(path, name, limits)[0]


def read_file_and_owner(path: str | os.PathLike, name: str, limits: Limits) -> tuple[Item | Refusal, int | None]:
    """:func:`read_file`, and the uid that owns the file as the open descriptor saw it (None if never opened)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if os.path.islink(path):
            return Refusal(name, strings.COHORT_CAT_NOT_REGULAR, strings.COHORT_SYMLINK), None
        return Refusal(name, strings.COHORT_CAT_UNREADABLE,
                       strings.COHORT_UNREADABLE.format(reason=_reason(exc))), None
    owner = None
    try:
        info = os.fstat(fd)
        owner = info.st_uid
        if not stat.S_ISREG(info.st_mode):
            return Refusal(name, strings.COHORT_CAT_NOT_REGULAR, strings.COHORT_NOT_REGULAR), owner
        if info.st_size == 0:
            return Refusal(name, strings.COHORT_CAT_EMPTY, strings.COHORT_EMPTY), owner
        if info.st_size > limits.file_bytes:
            return Refusal(name, strings.COHORT_CAT_TOO_LARGE, _too_large(info.st_size, limits)), owner
        # One read of one byte more than fstat gave: a file that grew since is caught as too large.
        data = os.read(fd, info.st_size + 1)
    except OSError as exc:
        return Refusal(name, strings.COHORT_CAT_UNREADABLE,
                       strings.COHORT_UNREADABLE.format(reason=_reason(exc))), owner
    finally:
        os.close(fd)
    if len(data) > limits.file_bytes:
        return Refusal(name, strings.COHORT_CAT_TOO_LARGE, _too_large(len(data), limits)), owner
    if not data:
        return Refusal(name, strings.COHORT_CAT_EMPTY, strings.COHORT_EMPTY), owner
    return Item(name, data), owner


# --- a folder tree ------------------------------------------------------------------------

def walk_folder(folder: Path, limits: Limits, progress: Progress | None = None) -> Iterator[Event]:
    """Every file under ``folder`` as an Item or a Refusal, in a streaming walk that follows no link."""
    total = count_folder(folder, limits) if progress else None
    seen = read = 0
    stack: list[tuple[str, str, int]] = [(os.fspath(folder), "", 0)]
    while stack:
        path, prefix, depth = stack.pop()
        try:
            entries = os.scandir(path)
        except OSError as exc:
            yield Refusal(prefix or ".", strings.COHORT_CAT_UNREADABLE,
                          strings.COHORT_UNREADABLE.format(reason=_reason(exc)))
            continue
        with entries:
            for entry in entries:
                seen += 1
                if seen > limits.entries:
                    yield Stop(strings.COHORT_STOP_ENTRIES.format(limit=f"{limits.entries:,}"))
                    return
                name = prefix + entry.name
                try:
                    if entry.is_symlink():
                        yield Refusal(name, strings.COHORT_CAT_NOT_REGULAR, strings.COHORT_SYMLINK)
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        if depth + 1 > limits.depth:
                            yield Refusal(name + "/", strings.COHORT_CAT_NOT_REGULAR,
                                          strings.COHORT_FOLDER_TOO_DEEP.format(limit=limits.depth))
                        else:
                            stack.append((entry.path, name + "/", depth + 1))
                        continue
                    regular = entry.is_file(follow_symlinks=False)
                except OSError as exc:
                    yield Refusal(name, strings.COHORT_CAT_UNREADABLE,
                                  strings.COHORT_UNREADABLE.format(reason=_reason(exc)))
                    continue
                if not regular:
                    yield Refusal(name, strings.COHORT_CAT_NOT_REGULAR, strings.COHORT_NOT_REGULAR)
                elif not is_share_name(entry.name):
                    yield Refusal(name, strings.COHORT_CAT_NOT_JSON_NAME, _not_json_name(entry.name))
                else:
                    item = read_file(entry.path, name, limits)
                    if isinstance(item, Item):
                        read += len(item.data)
                        if read > limits.total_bytes:
                            yield Stop(strings.COHORT_STOP_BYTES.format(limit=_gigabytes(limits.total_bytes)))
                            return
                    yield item
                if progress and seen % 1000 == 0:
                    progress(seen, total)
    if progress:
        progress(seen, total)


def count_folder(folder: Path, limits: Limits) -> int:
    """How many entries :func:`walk_folder` will look at (for a progress bar); cheap, reads no file."""
    seen = 0
    stack = [(os.fspath(folder), 0)]
    while stack and seen <= limits.entries:
        path, depth = stack.pop()
        try:
            with os.scandir(path) as entries:
                for entry in entries:
                    seen += 1
                    try:
                        if depth < limits.depth and entry.is_dir(follow_symlinks=False):
                            stack.append((entry.path, depth + 1))
                    except OSError:
                        pass
        except OSError:
            pass
    return min(seen, limits.entries)


# --- a zip archive -----------------------------------------------------------------------

def walk_zip(source: Path | bytes, label: str, limits: Limits, progress: Progress | None = None) -> Iterator[Event]:
    """Every member of an archive as an Item or a Refusal, read in memory and never written anywhere."""
    try:
        handle: BinaryIO
        if isinstance(source, (bytes, bytearray, memoryview)):
            if len(source) > limits.archive_bytes:
                yield Refusal(label, strings.COHORT_CAT_TOO_LARGE, _archive_too_large(len(source), limits))
                return
            handle = io.BytesIO(source)
        else:
            size = os.stat(source).st_size
            if size > limits.archive_bytes:
                yield Refusal(label, strings.COHORT_CAT_TOO_LARGE, _archive_too_large(size, limits))
                return
            handle = open(source, "rb")
    except OSError as exc:
        yield Refusal(label, strings.COHORT_CAT_UNREADABLE, strings.COHORT_UNREADABLE.format(reason=_reason(exc)))
        return
    with handle:
        problem = _directory_problem(handle, limits)
        if problem:
            yield Refusal(label, strings.COHORT_CAT_ARCHIVE, problem)
            return
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            yield Refusal(label, strings.COHORT_CAT_ARCHIVE, strings.COHORT_BAD_ARCHIVE.format(reason=_reason(exc)))
            return
        with archive:
            yield from _members(archive, label, limits, progress)


def _members(archive: zipfile.ZipFile, label: str, limits: Limits, progress: Progress | None) -> Iterator[Event]:
    members = archive.infolist()
    if len(members) > limits.entries:
        yield Refusal(label, strings.COHORT_CAT_ARCHIVE,
                      strings.COHORT_ARCHIVE_ENTRIES.format(count=f"{len(members):,}", limit=f"{limits.entries:,}"))
        return
    declared = sum(m.file_size for m in members if not m.is_dir())
    if declared > limits.total_bytes:
        yield Refusal(label, strings.COHORT_CAT_ARCHIVE,
                      strings.COHORT_ARCHIVE_INFLATES.format(size=_gigabytes(declared),
                                                             limit=_gigabytes(limits.total_bytes)))
        return
    inflated = 0
    for done, member in enumerate(members, 1):
        if progress and done % 1000 == 0:
            progress(done, len(members))
        if member.is_dir():
            continue
        name = f"{label}:{member.filename}"
        refusal = _member_refusal(member, name, limits)
        if refusal:
            yield refusal
            continue
        try:
            with archive.open(member) as stream:
                data = stream.read(limits.file_bytes + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError,
                zlib.error) as exc:
            yield Refusal(name, strings.COHORT_CAT_ARCHIVE, strings.COHORT_BAD_MEMBER.format(reason=_reason(exc)))
            continue
        if len(data) > limits.file_bytes:
            yield Refusal(name, strings.COHORT_CAT_TOO_LARGE, _too_large(len(data), limits))
            continue
        inflated += len(data)
        if inflated > limits.total_bytes:
            yield Stop(strings.COHORT_STOP_BYTES.format(limit=_gigabytes(limits.total_bytes)))
            return
        if not data:
            yield Refusal(name, strings.COHORT_CAT_EMPTY, strings.COHORT_EMPTY)
            continue
        yield Item(name, data)
    if progress:
        progress(len(members), len(members))


def _member_refusal(member: zipfile.ZipInfo, name: str, limits: Limits) -> Refusal | None:
    if not _safe_member_name(member.filename):
        return Refusal(name, strings.COHORT_CAT_ARCHIVE, strings.COHORT_UNSAFE_NAME)
    if stat.S_ISLNK(member.external_attr >> 16):
        return Refusal(name, strings.COHORT_CAT_NOT_REGULAR, strings.COHORT_SYMLINK)
    if member.flag_bits & 0x1:
        return Refusal(name, strings.COHORT_CAT_ARCHIVE, strings.COHORT_ENCRYPTED)
    base = PurePosixPath(member.filename).name
    if base.lower().endswith((".zip", ".gz", ".tar", ".tgz", ".7z", ".rar")):
        return Refusal(name, strings.COHORT_CAT_NOT_SHARE, strings.COHORT_IS_ARCHIVE)
    if not is_share_name(base):
        return Refusal(name, strings.COHORT_CAT_NOT_JSON_NAME, _not_json_name(base))
    if member.file_size > limits.file_bytes:
        return Refusal(name, strings.COHORT_CAT_TOO_LARGE, _too_large(member.file_size, limits))
    if member.file_size > RATIO_FLOOR and member.file_size > limits.zip_ratio * max(member.compress_size, 1):
        return Refusal(name, strings.COHORT_CAT_ARCHIVE,
                       strings.COHORT_ZIP_RATIO.format(ratio=member.file_size // max(member.compress_size, 1),
                                                       limit=limits.zip_ratio))
    return None


def _safe_member_name(name: str) -> bool:
    """False for names that would escape a folder if extracted: absolute, drive letters, '..', NUL."""
    if not name or "\x00" in name:
        return False
    unified = name.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        return False
    return ".." not in unified.split("/")


_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"


def _directory_problem(handle: BinaryIO, limits: Limits) -> str | None:
    """Read the archive's end record: refuse too many entries or a huge directory before zipfile parses it."""
    try:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        tail_start = max(0, size - (22 + 65535))
        handle.seek(tail_start)
        tail = handle.read()
        at = tail.rfind(_EOCD)
        if at < 0 or len(tail) - at < 22:
            return None  # zipfile will say what is wrong
        entries, directory = struct.unpack("<HL", tail[at + 10:at + 16])
        if (entries == 0xFFFF or directory == 0xFFFFFFFF) and at >= 20 and tail[at - 20:at - 16] == _EOCD64_LOCATOR:
            (offset,) = struct.unpack("<Q", tail[at - 12:at - 4])
            if offset < size:
                handle.seek(offset)
                record = handle.read(56)
                if len(record) == 56 and record[:4] == _EOCD64:
                    entries, directory = struct.unpack("<QQ", record[32:48])
        handle.seek(0)
    except (OSError, struct.error, ValueError):
        return None
    if entries > limits.entries:
        return strings.COHORT_ARCHIVE_ENTRIES.format(count=f"{entries:,}", limit=f"{limits.entries:,}")
    if directory > limits.directory_bytes:
        return strings.COHORT_ARCHIVE_DIRECTORY.format(size=f"{directory / 1024 / 1024:.0f} MB")
    return None


# --- small helpers --------------------------------------------------------------------------

def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return printable(" ".join(str(text).split()))[:160]


def _too_large(size: int, limits: Limits) -> str:
    return strings.COHORT_TOO_LARGE.format(size=f"{size / 1024 / 1024:.1f} MB",
                                           limit=f"{limits.file_bytes / 1024 / 1024:.1f} MB")


def _archive_too_large(size: int, limits: Limits) -> str:
    return strings.COHORT_ARCHIVE_TOO_LARGE.format(size=_gigabytes(size), limit=_gigabytes(limits.archive_bytes))


def _gigabytes(size: int) -> str:
    return f"{size / 1024**3:.2f} GB"


def _not_json_name(name: str) -> str:
    if name.lower().endswith((".pkl", ".pickle")):
        return strings.COHORT_IS_PICKLE
    if name.lower().endswith((".zip", ".gz", ".tar", ".tgz")):
        return strings.COHORT_IS_ARCHIVE
    return strings.COHORT_NOT_JSON_NAME
