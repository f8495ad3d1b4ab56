"""What a killed earlier run left behind: its hub and proxy, its users, its folders.

Each run writes the pid of its pytest process into its scratch folder
(``/tmp/mcc-hub-*/run.pid``) and the hub's pid next to it. A folder whose run
is no longer alive is stale: its hub and proxy are stopped by their recorded
pids (after checking that the pid still runs that program), its users are
deleted (:func:`users.remove_stale`), and its scratch and drop folders go.
A run that is still going is left alone.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from pathlib import Path

from . import users

SCRATCH_PREFIX = "mcc-hub-"
RUN_PID = "run.pid"
HUB_PID = "jupyterhub.pid"
PROXY_PID = "jupyterhub-proxy.pid"  # written by JupyterHub itself


def new_scratch() -> Path:
    """A scratch folder for this run that the test users can enter (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
    folder.chmod(0o755)
    (folder / RUN_PID).write_text(str(os.getpid()))
    return folder


def stop_recorded(pid_file: Path, program: bytes) -> None:
    """SIGKILL the pid in ``pid_file`` if that process is still ``program`` (pids get reused)."""
    try:
        pid = int(pid_file.read_text().strip())
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return
    if program in command:
        os.kill(pid, signal.SIGKILL)


def remove_stale(drop_root: Path) -> list[str]:
    """Undo every run that died without cleaning up; returns what was removed."""
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"):
        try:
            owner = int((folder / RUN_PID).read_text().strip())
        except (OSError, ValueError):
            continue  # not a folder of ours (or half written): leave it
        if users.alive(owner):
            continue
        stop_recorded(folder / HUB_PID, b"jupyterhub")
        stop_recorded(folder / PROXY_PID, b"configurable-http-proxy")
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(str(folder))
    removed += users.remove_stale()
    live_tags = users.live_tags()
    for class_folder in drop_root.glob("class-*") if drop_root.is_dir() else ():
        if class_folder.name.removeprefix("class-") not in live_tags:
            shutil.rmtree(class_folder, ignore_errors=True)
            removed.append(str(class_folder))
    return removed
