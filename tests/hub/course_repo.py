"""The course as a git repository on the hub machine, the way a cohort gets it.

:func:`publish` makes a bare clone of the worktree's HEAD in a folder every
test user can read (nbgitpuller clones it as the learner), and
:func:`push_change` commits an edit to it the way a course author would.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Callable

AUTHOR = ["-c", "user.name=Course author", "-c", "user.email=author@example.invalid"]


def git(*args: str, cwd: Path | None = None) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LANG": "C"})
    if result.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def publish(worktree: Path, parent: Path, name: str = "micro-credentials-course.git") -> tuple[Path, str]:
    """A bare clone of ``worktree``'s HEAD under ``parent``, readable by everyone; returns (path, branch)."""
    bare = parent / name
    git("clone", "--quiet", "--bare", "--no-local", str(worktree), str(bare))
    branch = git("symbolic-ref", "--short", "HEAD", cwd=bare).strip()
    for folder, _, files in os.walk(bare):
        os.chmod(folder, 0o755)
        for file in files:
            os.chmod(os.path.join(folder, file), 0o644)
    return bare, branch


def push_change(bare: Path, scratch: Path, message: str, edit: Callable[[Path], None]) -> str:
    """Clone ``bare``, let ``edit`` change the checkout, commit and push; returns the new commit id."""
    checkout = scratch / f"author-{len(list(scratch.glob('author-*')))}"
    git("clone", "--quiet", str(bare), str(checkout))
    edit(checkout)
    git(*AUTHOR, "commit", "--quiet", "-am", message, cwd=checkout)
    git("push", "--quiet", "origin", "HEAD", cwd=checkout)
    for folder, _, files in os.walk(bare):  # new objects must stay readable by the learners
        os.chmod(folder, 0o755)
        for file in files:
            os.chmod(os.path.join(folder, file), 0o644)
    return git("rev-parse", "HEAD", cwd=checkout).strip()


def safe_directory_config(scratch: Path, bare: Path) -> Path:
    """A git config marking ``bare`` safe for every user (git refuses repositories others own).

    An administrator runs ``git config --system --add safe.directory PATH`` once; the tests
    point GIT_CONFIG_GLOBAL at this file rather than change the machine's /etc/gitconfig.
    """
    config = scratch / "gitconfig"
    config.write_text(f"[safe]\n\tdirectory = {bare}\n")
    config.chmod(0o644)
    return config
