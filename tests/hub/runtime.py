"""The Python the learners' single-user servers run: the test's own, or copies they can reach.

The servers run as the test users, so they need to read the environment with
the course, nbgitpuller and jupyterhub-singleuser in it. The test's ``.venv``
works when every folder above the checkout can be searched by others (as under
``/work`` or ``/home``). When it cannot (a checkout under ``/root``, mode 700),
the venv and the course's package, data and notebooks are copied into the run's
scratch folder as hard links (seconds, no extra space; a plain copy across
file systems) and ``PYTHONPATH`` puts that course first. Either way the
servers start with ``python -m jupyterhub.singleuser``, never a script whose
first line names the original venv.

On this machine the venv's base Python lives under ``/root/.pyenv``; a test
user cannot reach it and Python falls back to Debian's 3.11 standard library
(same ABI). The probe below is what decides, not this note.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .decide import unreadable_by

COPIED = ("course_helpers", "data", "notebooks")
FORCE_COPY = "COURSE_HUB_COPY_RUNTIME"  # set to 1 to exercise the copies on any machine


@dataclass(frozen=True)
class Runtime:
    python: Path
    environment: dict[str, str] = field(default_factory=dict)
    copied: bool = False
    problem: str | None = None  # why the test users cannot run it, if they cannot

    @property
    def command(self) -> list[str]:
        return [str(self.python), "-m", "jupyterhub.singleuser"]

    @property
    def server_environment(self) -> dict[str, str]:
        """What the spawner adds to each server's environment (terminals and git find this Python first)."""
        return {"PATH": f"{self.python.parent}:/usr/local/bin:/usr/bin:/bin", **self.environment}


def link_copy(source: Path, target: Path) -> None:
    """``source`` into ``target`` as hard links (a real copy when they are on different file systems)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["cp", "-al", str(source), str(target)], capture_output=True).returncode != 0:
        subprocess.run(["rm", "-rf", str(target)], check=True)
        subprocess.run(["cp", "-a", str(source), str(target)], check=True, capture_output=True)


def for_learners(checkout: Path, scratch: Path, probe_user) -> Runtime:
    """A runtime ``probe_user`` can run, tried as that user."""
    python = Path(sys.executable)
    if os.environ.get(FORCE_COPY) != "1" and unreadable_by(probe_user, python) is None:
        return Runtime(python)
    copies = scratch / "runtime"
    copies.mkdir(mode=0o755)
    link_copy(Path(sys.prefix), copies / "venv")
    for name in COPIED:
        link_copy(checkout / name, copies / "course" / name)
    for folder in (copies, copies / "course"):
        folder.chmod(0o755)
    runtime = Runtime(copies / "venv" / "bin" / python.name, {"PYTHONPATH": str(copies / "course")}, copied=True)
    problem = unreadable_by(probe_user, runtime.python, runtime.environment)
    return Runtime(runtime.python, runtime.environment, True, problem)
