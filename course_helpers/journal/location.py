"""Where the journal lives, and the one journal a kernel shares."""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Journal

JOURNAL_DIR_ENV = "COURSE_JOURNAL_DIR"
APP_NAME = "mc-course-companion"
JOURNAL_FILENAME = "journal.sqlite3"


def default_journal_path() -> Path:
    """``$COURSE_JOURNAL_DIR/journal.sqlite3``, else the per-user data folder.

    Nothing is created here; :class:`Journal` creates the folder when it opens.
    """
    folder = os.environ.get(JOURNAL_DIR_ENV)
    if folder:
        base = Path(folder).expanduser()
    else:
        import platformdirs  # here: with COURSE_JOURNAL_DIR set (as on the hub) it is never needed, and costs ~4 ms

        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return (base / JOURNAL_FILENAME).absolute()


_shared: Journal | None = None
_shared_lock = threading.Lock()


def get_journal() -> Journal:
    """The process-wide journal at :func:`default_journal_path` (re-made if that moved)."""
    from .store import Journal

    global _shared
    path = default_journal_path()
    with _shared_lock:
        if _shared is None or _shared.path != path:
            if _shared is not None:
                _shared.close()
            _shared = Journal(path)
        return _shared
