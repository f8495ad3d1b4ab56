"""nbgitpuller links (course_helpers.hublink and ``python -m course_helpers hub-link``).

A link is read back the way the hub and nbgitpuller read it (one round of
query decoding, then the urlpath as a path), so every case checks what a
learner's browser would actually open, not the string's shape.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from course_helpers.hublink import DEFAULT_NOTEBOOK, LinkError, nbgitpuller_link, pull_link, repository_folder

ROOT = Path(__file__).resolve().parent.parent
HUB = "https://hub.example.edu"
REPO = "https://github.com/example-org/micro-credentials-course"


def read_back(link: str) -> tuple[str, dict[str, str], str]:
    """(path of the link, its query parameters decoded once, the folder/notebook JupyterLab opens)."""
    parts = urlsplit(link)
    query = {key: values[0] for key, values in parse_qs(parts.query, strict_parsing=True).items()}
    assert all(len(values) == 1 for values in parse_qs(parts.query).values()), "a parameter appears twice"
    opened = unquote(query["urlpath"].removeprefix("lab/tree/"))
    return f"{parts.scheme}://{parts.netloc}{parts.path}", query, opened


def test_a_plain_link_opens_the_start_notebook_in_the_cloned_folder():
    link = nbgitpuller_link(HUB, REPO)
    where, query, opened = read_back(link)
    assert where == f"{HUB}/hub/user-redirect/git-pull"
    assert query == {"repo": REPO, "targetpath": "micro-credentials-course",
                     "urlpath": "lab/tree/micro-credentials-course/notebooks/00_start_here.ipynb"}
    assert opened == f"micro-credentials-course/{DEFAULT_NOTEBOOK}"
    assert "%3A%2F%2F" in link, "the repository address is encoded as one query value"


def test_branch_notebook_and_a_hub_under_a_path():
    link = nbgitpuller_link("https://uni.example/jupyter/", REPO + ".git", branch="spring-2026",
                            notebook="notebooks/01_holoniq_scenarios.ipynb")
    where, query, opened = read_back(link)
    assert where == "https://uni.example/jupyter/hub/user-redirect/git-pull"
    assert query["branch"] == "spring-2026" and query["repo"] == REPO + ".git"
    assert query["targetpath"] == "micro-credentials-course", "no '.git' in the learner's folder name"
    assert opened == "micro-credentials-course/notebooks/01_holoniq_scenarios.ipynb"


@pytest.mark.parametrize("notebook", [
    "notebooks/my notebook.ipynb",          # a space
    "notebooks/a&b=c?.ipynb",               # query syntax inside a name
    "notebooks/réflexion-日本語.ipynb",       # unicode
    "notebooks/100%.ipynb",                 # a literal percent sign
    "notebooks/#hash.ipynb",
])
def test_awkward_notebook_names_survive_the_round_trip(notebook):
    link = nbgitpuller_link(HUB, REPO, notebook=notebook)
    _, query, opened = read_back(link)
    assert opened == f"micro-credentials-course/{notebook}"
    assert set(query) == {"repo", "targetpath", "urlpath"}, "nothing in the name leaked into other parameters"
    assert " " not in link and "#" not in link and link.isascii()


def test_a_local_repository_on_the_hub_machine():
    link = nbgitpuller_link("http://127.0.0.1:8000", "file:///srv/course/micro-credentials.git")
    _, query, opened = read_back(link)
    assert query["repo"] == "file:///srv/course/micro-credentials.git"
    assert opened == f"micro-credentials/{DEFAULT_NOTEBOOK}"


def test_query_syntax_in_a_branch_stays_inside_the_branch():
    # '&' and '=' are legal in git branch names: they must not become parameters of their own.
    _, query, opened = read_back(nbgitpuller_link(HUB, REPO, branch="main&urlpath=evil"))
    assert query["branch"] == "main&urlpath=evil"
    assert opened == f"micro-credentials-course/{DEFAULT_NOTEBOOK}"


def test_the_folder_is_the_repository_name_as_nbgitpuller_names_it():
    assert repository_folder("https://github.com/o/course.git") == "course"
    assert repository_folder("https://github.com/o/course/") == "course"
    assert pull_link(HUB, "file:///srv/x/course.git").folder == "course"


@pytest.mark.parametrize("hub, repo, branch, notebook, words", [
    ("javascript:alert(1)", REPO, None, DEFAULT_NOTEBOOK, "only https:, http:"),
    ("JavaScript:alert(document.cookie)//", REPO, None, DEFAULT_NOTEBOOK, "only https:, http:"),
    (HUB, "javascript:alert(1)", None, DEFAULT_NOTEBOOK, "only https:, http:, file:"),
    (HUB, "data:text/html,<script>x</script>", None, DEFAULT_NOTEBOOK, "data:"),
    ("file:///etc/passwd", REPO, None, DEFAULT_NOTEBOOK, "only https:, http:"),
    ("hub.example.edu", REPO, None, DEFAULT_NOTEBOOK, "starts with 'none:'"),
    ("https://", REPO, None, DEFAULT_NOTEBOOK, "not a complete web address"),
    ("https://hub.example.edu:port", REPO, None, DEFAULT_NOTEBOOK, "not a complete web address"),
    ("https://hub.example.edu/?next=evil", REPO, None, DEFAULT_NOTEBOOK, "without '?'"),
    ("https://hub.example.edu/#x", REPO, None, DEFAULT_NOTEBOOK, "without '?'"),
    ("https://hub example.edu", REPO, None, DEFAULT_NOTEBOOK, "contains a space"),
    (HUB, "https://teacher:ghp_secret@github.com/o/course", None, DEFAULT_NOTEBOOK, "password"),
    (HUB, "https://token@github.com/o/course", None, DEFAULT_NOTEBOOK, "password"),
    (HUB, "file://host/srv/course.git", None, DEFAULT_NOTEBOOK, "absolute path"),
    (HUB, "file:relative/course.git", None, DEFAULT_NOTEBOOK, "absolute path"),
    (HUB, "https://github.com/", None, DEFAULT_NOTEBOOK, "folder"),
    (HUB, REPO, "--upload-pack=touch /tmp/pwned", DEFAULT_NOTEBOOK, "branch name"),
    (HUB, REPO, "-x", DEFAULT_NOTEBOOK, "branch name"),
    (HUB, REPO, "a..b", DEFAULT_NOTEBOOK, "branch name"),
    (HUB, REPO, "feature branch", DEFAULT_NOTEBOOK, "branch name"),
    (HUB, REPO, "topic.lock", DEFAULT_NOTEBOOK, "branch name"),
    (HUB, REPO, None, "/etc/passwd", "inside the repository"),
    (HUB, REPO, None, "../../other/x.ipynb", "inside the repository"),
    (HUB, REPO, None, "notebooks/../../x.ipynb", "inside the repository"),
    (HUB, REPO, None, "notebooks\\00.ipynb", "inside the repository"),
    (HUB, REPO, None, "", "inside the repository"),
    (HUB, REPO, None, "notebooks//00.ipynb", "inside the repository"),
    (HUB, REPO, None, "notebooks/\u202eblypi.exe", "control characters"),   # bidi override
    (HUB, REPO, None, "notebooks/\x00.ipynb", "control characters"),       # NUL
    (HUB, REPO + "\n", None, DEFAULT_NOTEBOOK, "control characters"),
    (HUB, REPO, None, "notebooks/\ud800.ipynb", "control characters"),      # lone surrogate
    (HUB, REPO, "\u200bmain", DEFAULT_NOTEBOOK, "control characters"),       # zero-width space
    (HUB, "https://github.com/" + "a" * 3000, None, DEFAULT_NOTEBOOK, "longer than"),
    (HUB, ["https://github.com/o/course"], None, DEFAULT_NOTEBOOK, "should be text"),
    (HUB, REPO, 7, DEFAULT_NOTEBOOK, "should be text"),
])
def test_hostile_input_is_refused_with_one_sentence(hub, repo, branch, notebook, words):
    with pytest.raises(LinkError) as caught:
        nbgitpuller_link(hub, repo, branch=branch, notebook=notebook)
    message = str(caught.value)
    assert words in message, message
    assert "\n" not in message and message.endswith(".")


# --- the command line ---------------------------------------------------------------------------
def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "course_helpers", "hub-link", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_the_command_prints_exactly_the_link():
    result = cli("--hub", HUB, "--repo", REPO, "--branch", "main", "--notebook", "notebooks/02_camilleri_scenarios.ipynb")
    assert result.returncode == 0, result.stderr
    assert result.stdout == nbgitpuller_link(HUB, REPO, branch="main",
                                             notebook="notebooks/02_camilleri_scenarios.ipynb") + "\n"


def test_the_command_refuses_a_javascript_url_without_a_traceback():
    result = cli("--hub", HUB, "--repo", "javascript:alert(1)")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("course-companion: ") and "Traceback" not in result.stderr


def test_the_command_needs_a_hub_and_a_repository():
    result = cli("--repo", REPO)
    assert result.returncode == 2 and "--hub" in result.stderr
