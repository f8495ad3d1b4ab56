"""What the suite needs from outside Python (Chromium, LibreOffice, a hub's proxy): found, or a reason.

A missing program skips its tests with that reason on a developer's machine and fails them under
``CI=true``, so a CI image without it cannot pass silently.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Mapping


@dataclass(frozen=True)
class Decision:
    action: Literal["run", "skip", "fail"]
    reason: str


def on_ci(environ: Mapping[str, str]) -> bool:
    """CI services set CI=true (GitHub, GitLab, .ci/run); '1' and 'yes' count too."""
    return environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def is_executable(path: Path | None) -> bool:
    return path is not None and path.is_file() and os.access(path, os.X_OK)


def find_program(environ: Mapping[str, str], *, override: str, default: Path, name: str) -> Path | None:
    """``default`` (Debian's place); the variable ``override`` may point elsewhere; else ``name`` on PATH."""
    if environ.get(override):
        return Path(environ[override])
    if default.exists():
        return default
    found = shutil.which(name, path=environ.get("PATH"))
    return Path(found) if found else None


def decide(missing: str | None, found: str, environ: Mapping[str, str]) -> Decision:
    """Run (``found`` says what with) when nothing is ``missing``; else skip locally, fail under CI."""
    if missing is None:
        return Decision("run", found)
    if on_ci(environ):
        return Decision("fail", f"CI=true and {missing}")
    return Decision("skip", missing)


def require(decision: Decision) -> None:
    """Skip or fail the calling test as ``decision`` says."""
    import pytest

    if decision.action == "skip":
        pytest.skip(decision.reason)
    if decision.action == "fail":
        pytest.fail(decision.reason, pytrace=False)
