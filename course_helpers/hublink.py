"""nbgitpuller links: one URL that pulls the course into a learner's hub home and opens a notebook.

A link has the form
``HUB/hub/user-redirect/git-pull?repo=...&branch=...&targetpath=...&urlpath=...``.
JupyterHub logs the learner in, starts their server if needed and hands the
request to nbgitpuller, which clones the repository into ``~/<targetpath>`` the
first time and merges new commits on every later visit, then opens
``urlpath``. Everything here is pure: it checks its inputs and builds text.

The link always names ``targetpath``: left to itself nbgitpuller derives the
folder from the repository URL in two places that disagree on a trailing
slash, and keeps a ``.git`` ending in the folder name.

Every input is checked before it goes into a link that hundreds of learners
will click: the hub and the repository must be web (or, for a repository on
the hub machine itself, ``file:``) URLs without passwords in them, the branch
must be a plain git branch name (never an option such as ``--upload-pack``),
and the notebook a path inside the repository.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

from . import strings

DEFAULT_NOTEBOOK = "notebooks/00_start_here.ipynb"
MAX_INPUT_CHARS = 2000  # a link that long is no longer something to paste into a course page
HUB_SCHEMES = ("https", "http")
REPO_SCHEMES = ("https", "http", "file")
# What git itself refuses in a branch name (git check-ref-format), plus a leading '-'.
_BAD_BRANCH = re.compile(r"(^[-/.])|(\.\.)|([\x00-\x20\x7f~^:?*\[\\])|(@\{)|(/\.)|(//)|(\.lock$)|([/.]$)")


class LinkError(ValueError):
    """An input that cannot go into a link; the message is one sentence for the person who typed it."""


@dataclass(frozen=True)
class PullLink:
    """The parts of one nbgitpuller link, checked."""

    hub: str  # without a trailing slash
    repo: str
    branch: str | None
    folder: str  # where nbgitpuller puts the repository in the learner's home
    notebook: str  # relative to the repository

    @property
    def urlpath(self) -> str:
        """Where JupyterLab opens once the pull is done (each path segment percent-encoded)."""
        return "lab/tree/" + "/".join(quote(part, safe="") for part in (self.folder, *self.notebook.split("/")))

    def url(self) -> str:
        query = {"repo": self.repo}
        if self.branch:
            query["branch"] = self.branch
        query["targetpath"] = self.folder
        query["urlpath"] = self.urlpath
        return f"{self.hub}/hub/user-redirect/git-pull?{urlencode(query, quote_via=quote, safe='')}"


def nbgitpuller_link(hub: str, repo: str, *, branch: str | None = None,
                     notebook: str = DEFAULT_NOTEBOOK) -> str:
    """The nbgitpuller link for ``repo`` on ``hub``, opening ``notebook``; raises :class:`LinkError`."""
    return pull_link(hub, repo, branch=branch, notebook=notebook).url()


def pull_link(hub: str, repo: str, *, branch: str | None = None, notebook: str = DEFAULT_NOTEBOOK) -> PullLink:
    """Check every part and return them together (see :func:`nbgitpuller_link`)."""
    hub = _checked_url(hub, HUB_SCHEMES, strings.HUB_LINK_WHAT_HUB)
    repo = _checked_url(repo, REPO_SCHEMES, strings.HUB_LINK_WHAT_REPO)
    hub_parts = urlsplit(hub)
    if hub_parts.query or hub_parts.fragment:
        raise LinkError(strings.HUB_LINK_HUB_QUERY)
    return PullLink(hub=hub.rstrip("/"), repo=repo, branch=_checked_branch(branch),
                    folder=repository_folder(repo), notebook=_checked_notebook(notebook))


def repository_folder(repo: str) -> str:
    """The folder the course is cloned into: the URL's last path segment without ``.git``."""
    name = urlsplit(repo).path.rstrip("/").rsplit("/", 1)[-1]
    name = name[:-4] if name.endswith(".git") else name
    if not name or name in {".", ".."}:
        raise LinkError(strings.HUB_LINK_REPO_NO_NAME)
    return name


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise LinkError(strings.HUB_LINK_NOT_TEXT.format(what=what))
    if len(value) > MAX_INPUT_CHARS:
        raise LinkError(strings.HUB_LINK_TOO_LONG.format(what=what, limit=MAX_INPUT_CHARS))
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Cs"} for ch in value):
        raise LinkError(strings.HUB_LINK_CONTROL.format(what=what))
    return value


def _checked_url(value: object, schemes: tuple[str, ...], what: str) -> str:
    text = _text(value, what).strip()
    if any(ch.isspace() for ch in text):
        raise LinkError(strings.HUB_LINK_SPACE.format(what=what))
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError on a port that is not a number
    except ValueError:
        raise LinkError(strings.HUB_LINK_NOT_URL.format(what=what)) from None
    if parts.scheme.lower() not in schemes:
        raise LinkError(strings.HUB_LINK_SCHEME.format(what=what, scheme=parts.scheme or "none",
                                                       allowed=", ".join(f"{s}:" for s in schemes)))
    if parts.username is not None or parts.password is not None:
        raise LinkError(strings.HUB_LINK_CREDENTIALS.format(what=what))
    if parts.scheme.lower() == "file":
        if parts.netloc or not parts.path.startswith("/"):
            raise LinkError(strings.HUB_LINK_FILE.format(what=what))
    elif not parts.hostname or port == 0:
        raise LinkError(strings.HUB_LINK_NOT_URL.format(what=what))
    return text


def _checked_branch(branch: object) -> str | None:
    if branch is None or branch == "":
        return None
    text = _text(branch, strings.HUB_LINK_WHAT_BRANCH)
    if _BAD_BRANCH.search(text):
        raise LinkError(strings.HUB_LINK_BRANCH.format(branch=text))
    return text


def _checked_notebook(notebook: object) -> str:
    text = _text(notebook, strings.HUB_LINK_WHAT_NOTEBOOK)
    parts = text.split("/")
    if (not text or text.startswith("/") or "\\" in text
            or any(part in {"", ".", ".."} for part in parts)):
        raise LinkError(strings.HUB_LINK_NOTEBOOK.format(notebook=text))
    return text
