"""The exceptions the journal raises; each message is one sentence for the learner."""
from __future__ import annotations


class JournalError(Exception):
    """Something the learner should be told about the journal."""


class JournalWriteError(JournalError):
    """Answers could not be written; they are still held in memory."""


class JournalImportError(JournalError):
    """A file was refused for import; the message says why, in one line."""


class Unavailable(JournalError):
    """The journal file must not be used right now (the message says why)."""
