"""The class folder a JupyterHub provides (``COURSE_SHARE_DIR``): learners save into it, the facilitator reads it.

A learner's "save into the class folder" writes their share file as
``<their user name>.json`` (:func:`save_to_class_folder`); the facilitator's
dashboard reads the folder (:func:`walk_class_folder`). Two layouts, both read:

* **one machine** (every learner a system user): files sit directly in the
  folder, which is ``root:<facilitators>`` with mode ``3773``: anyone may
  create a file, only facilitators may list or read, nobody may replace or
  delete another person's file (sticky bit), and every file gets the
  facilitators' group (setgid bit);
* **Kubernetes** (every server runs as the same user): the hub mounts only a
  learner's own sub-folder as their ``COURSE_SHARE_DIR``, and the facilitator
  sees one sub-folder per learner.

Who a file comes from is decided by who wrote it, never by what it says. A
file ``X.json`` counts for learner X only when X owns it; a file inside a
sub-folder ``X/`` counts for X when X owns it, or when it is owned by the
facilitator's own user (a hub where every server runs as one user: there,
only the hub's mount can have put it in ``X/``). Anything else is refused
and shows nothing of its content: a file named after A that B saved is B's
attempt to speak for A. Files the facilitator put directly into the folder
themselves are read like any folder's files, without a name.

The file a learner saves is created with ``O_EXCL`` at mode 0600 under a
hidden temporary name, given mode 0640 with ``fchmod`` (a 077 umask would
otherwise hide it from the facilitators' group), written, and renamed over
their earlier file: the facilitator never reads half a file, and the sticky
bit stops the rename when someone else took the learner's name first.
"""
from __future__ import annotations

import getpass
import os
import stat
import uuid
from pathlib import Path
from typing import Callable, Iterator, Mapping, NamedTuple, Union

from .. import strings

try:
    import pwd
except ImportError:  # Windows has no accounts database; class folders are a feature of (Unix) hubs
    pwd = None  # type: ignore[assignment]
from .share import SharePreview, ShareError
from .sources import Item, Limits, Progress, Refusal, Stop, _not_json_name, _reason, is_share_name, read_file_and_owner

ENVIRONMENT_VARIABLE = "COURSE_SHARE_DIR"
FILE_MODE = 0o640  # the facilitators' group may read; other learners may not
PROGRESS_EVERY = 50


class Attributed(NamedTuple):
    """A candidate file whose learner is known from who wrote it (or from the hub's mount)."""

    learner: str
    name: str
    data: bytes


ClassFolderEvent = Union[Attributed, Item, Refusal, Stop]


# --- where the folder is --------------------------------------------------------------------

def class_folder(environ: Mapping[str, str] | None = None) -> Path | None:
    """The folder ``COURSE_SHARE_DIR`` names, or None when it is unset or empty."""
    value = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE, "").strip()
    return Path(value) if value else None


def login_name() -> str:
    """The system user this process runs as (on a one-machine hub: the learner)."""
    if pwd is not None:
        try:
            return pwd.getpwuid(os.geteuid()).pw_name
        except KeyError:  # a uid with no account
            pass
    return getpass.getuser()  # (Windows: from USERNAME)


# --- the learner's side ---------------------------------------------------------------------

def class_file_name(user: str) -> str:
    return f"{user}.json"


def save_to_class_folder(preview: SharePreview, folder: str | os.PathLike | None = None, *,
                         user: str | None = None) -> Path:
    """Save ``preview``'s file into the class folder as ``<user>.json``, replacing this user's earlier one.

    Raises :class:`ShareError` (one sentence) when there is no class folder, it
    cannot be written, or a file with this user's name belongs to someone else.
    """
    where = Path(folder) if folder is not None else class_folder()
    if where is None:
        raise ShareError(strings.CLASS_FOLDER_UNSET.format(variable=ENVIRONMENT_VARIABLE))
    name = class_file_name(user or login_name())
    target = where / name
    temporary = where / f".{name}.{uuid.uuid4().hex[:12]}.part"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(temporary, flags, 0o600)
    except OSError as exc:
        raise ShareError(strings.CLASS_FOLDER_NOT_WRITTEN.format(reason=_reason(exc))) from None
    try:
        with os.fdopen(fd, "wb") as file:
            os.fchmod(file.fileno(), FILE_MODE)
            file.write(preview.data)
            file.flush()
            os.fsync(file.fileno())
        os.rename(temporary, target)
    except PermissionError:
        _remove(temporary)
        raise ShareError(strings.CLASS_FOLDER_TAKEN.format(name=name)) from None
    except OSError as exc:
        _remove(temporary)
        raise ShareError(strings.CLASS_FOLDER_NOT_WRITTEN.format(reason=_reason(exc))) from None
    return target


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


# --- the facilitator's side ----------------------------------------------------------------

class _Owners:
    """uid -> user name, looked up once each (None for a uid with no user)."""

    def __init__(self) -> None:
        self._names: dict[int, str | None] = {}

    def __call__(self, uid: int | None) -> str | None:
        if uid is None:
            return None
        if uid not in self._names:
            try:
                self._names[uid] = pwd.getpwuid(uid).pw_name
            except (KeyError, AttributeError):  # no such uid, or no pwd module (Windows)
                self._names[uid] = None
        return self._names[uid]


def walk_class_folder(folder: str | os.PathLike, limits: Limits = Limits(), progress: Progress | None = None, *,
                      me: int | None = None, owner_name: Callable[[int | None], str | None] | None = None,
                      ) -> Iterator[ClassFolderEvent]:
    """Every file of a class folder, attributed by who wrote it (see the module's docstring).

    ``me`` is the uid the dashboard runs as (the facilitator); ``owner_name``
    turns a uid into a user name (tests pass their own).
    """
    root = Path(folder)
    me = getattr(os, "geteuid", lambda: -1)() if me is None else me
    owner_name = owner_name or _Owners()
    seen = 0
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Stop(strings.CLASS_FOLDER_UNREADABLE.format(reason=_reason(exc)))
        return
    total = len(entries)
    for entry in entries:
        if entry.name.startswith("."):
            continue  # a learner's save still under way (renamed into place when complete), or a hidden file
        seen += 1
        if seen > limits.entries:
            yield Stop(strings.COHORT_STOP_ENTRIES.format(limit=f"{limits.entries:,}"))
            return
        if progress and seen % PROGRESS_EVERY == 0:
            progress(seen, total)
        if _is_folder(entry):
            yield from _learner_folder(entry, me, owner_name, limits)
        else:
            yield _top_level_file(entry, me, owner_name, limits)
    if progress:
        progress(seen, total)


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _top_level_file(entry: os.DirEntry, me: int, owner_name, limits: Limits) -> ClassFolderEvent:
    """``X.json`` directly in the folder: counts for X only when X saved it."""
    refusal = _not_a_share_file(entry, entry.name)
    if refusal:
        return refusal
    item, uid = read_file_and_owner(entry.path, entry.name, limits)
    if isinstance(item, Refusal):
        return item
    claimed = entry.name[:-len(".json")]
    owner = owner_name(uid)
    if owner is not None and owner == claimed:
        return Attributed(owner, entry.name, item.data)
    if uid == me:
        return item  # put there by the facilitator: read like any folder's file, with no name
    return _forged(entry.name, claimed, owner, uid)


def _learner_folder(folder: os.DirEntry, me: int, owner_name, limits: Limits) -> Iterator[ClassFolderEvent]:
    """``X/...json``: a learner's own sub-folder, one level deep."""
    claimed = folder.name
    try:
        entries = sorted(os.scandir(folder.path), key=lambda e: e.name)
    except OSError as exc:
        yield Refusal(claimed + "/", strings.COHORT_CAT_UNREADABLE,
                      strings.COHORT_UNREADABLE.format(reason=_reason(exc)))
        return
    for count, entry in enumerate(entries, 1):
        if count > limits.entries:
            yield Stop(strings.COHORT_STOP_ENTRIES.format(limit=f"{limits.entries:,}"))
            return
        if entry.name.startswith("."):
            continue
        name = f"{claimed}/{entry.name}"
        if _is_folder(entry):
            yield Refusal(name + "/", strings.COHORT_CAT_NOT_REGULAR, strings.CLASS_FOLDER_TOO_DEEP)
            continue
        refusal = _not_a_share_file(entry, name)
        if refusal:
            yield refusal
            continue
        item, uid = read_file_and_owner(entry.path, name, limits)
        if isinstance(item, Refusal):
            yield item
            continue
        owner = owner_name(uid)
        if (owner is not None and owner == claimed) or uid == me:
            yield Attributed(claimed, name, item.data)
        else:
            yield _forged(name, claimed, owner, uid)


def _not_a_share_file(entry: os.DirEntry, name: str) -> Refusal | None:
    try:
        if entry.is_symlink():
            return Refusal(name, strings.COHORT_CAT_NOT_REGULAR, strings.COHORT_SYMLINK)
        regular = entry.is_file(follow_symlinks=False)
    except OSError as exc:
        return Refusal(name, strings.COHORT_CAT_UNREADABLE, strings.COHORT_UNREADABLE.format(reason=_reason(exc)))
    if not regular:
        return Refusal(name, strings.COHORT_CAT_NOT_REGULAR, strings.COHORT_NOT_REGULAR)
    if not is_share_name(entry.name):
        return Refusal(name, strings.COHORT_CAT_NOT_JSON_NAME, _not_json_name(entry.name))
    return None


def _forged(name: str, claimed: str, owner: str | None, uid: int | None) -> Refusal:
    who = owner if owner is not None else strings.CLASS_FOLDER_UNKNOWN_USER.format(uid=uid)
    return Refusal(name, strings.CLASS_FOLDER_CAT_FORGED, strings.CLASS_FOLDER_FORGED.format(claimed=claimed, owner=who))


def is_class_folder_layout(folder: str | os.PathLike) -> bool:
    """Whether ``folder`` exists and is a folder (the dashboard reads it only then)."""
    try:
        return stat.S_ISDIR(os.stat(folder).st_mode)
    except OSError:
        return False
