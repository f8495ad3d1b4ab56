"""A JupyterLab server for the tests: loopback, free port, everything in a temp folder.

The server (and the kernels it starts, which inherit its environment) writes
its config, runtime files, settings, workspaces, IPython and matplotlib caches
and the learner's journal under one temporary folder. Given a ``class_folder``,
it is a hub's server: ``COURSE_SHARE_DIR`` names that folder (and is never
taken from the environment the tests run in). It runs in its own
session and is stopped with SIGTERM to its own pid (SIGKILL after a timeout).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

START_TIMEOUT_SECONDS = 90.0
STOP_TIMEOUT_SECONDS = 10.0

# JupyterLab user settings: no news or update pop-up; every cell kept in the DOM
# (the default "contentVisibility" windowing skips painting cells out of view,
# which makes text and visibility checks depend on scrolling).
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    # Never write run outputs (and the learner's answers in widget state) into the repo's notebooks.
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}

# Folders the server process must not take from the real home.
REDIRECTED = ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR",
              "MPLCONFIGDIR", "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR",
              "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "HOME")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LabServer:
    """``jupyter lab`` serving ``root_dir``; ``journal_dir`` becomes COURSE_JOURNAL_DIR, ``class_folder`` (if
    given) COURSE_SHARE_DIR."""

    def __init__(self, root_dir: Path, scratch: Path, name: str = "lab", class_folder: Path | None = None):
        self.root_dir = Path(root_dir)
        self.scratch = Path(scratch)
        self.name = name
        self.class_folder = Path(class_folder) if class_folder is not None else None
        self.journal_dir = self.scratch / "journal"
        self.log_path = self.scratch / "server.log"
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.started_seconds = 0.0
        self._started_at = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BINDER_") and k != "COURSE_SHARE_DIR"}
        for name in REDIRECTED:
            folder = self.scratch / name.lower()
            folder.mkdir(parents=True, exist_ok=True)
            env[name] = str(folder)
        settings = Path(env["JUPYTERLAB_SETTINGS_DIR"])
        for relative, content in LAB_SETTINGS.items():
            path = settings / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(content))
        self.journal_dir.mkdir(parents=True, exist_ok=True)
        env["COURSE_JOURNAL_DIR"] = str(self.journal_dir)
        if self.class_folder is not None:
            env["COURSE_SHARE_DIR"] = str(self.class_folder)  # made by the caller, as a hub's spawner does
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
            "--ip", "127.0.0.1", "--port", str(self.port), "--port-retries=0",
            "--IdentityProvider.token=", "--PasswordIdentityProvider.hashed_password=",
            f"--ServerApp.root_dir={self.root_dir}",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            # window.jupyterapp: the tests read the notebook model to know which outputs are widgets.
            "--LabApp.expose_app_in_browser=True",
            # Checkpoints (written when a notebook is opened) go to the temp folder, not notebooks/.
            f"--FileCheckpoints.checkpoint_dir={self.scratch / 'checkpoints'}",
        ]

    def launch(self) -> "LabServer":
        """Start the process on a free port without waiting (see :meth:`wait_ready`)."""
        self._started_at = time.monotonic()
        env = self.environment()
        self.port = free_port()
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(self.command(), env=env, cwd=self.scratch, stdin=subprocess.DEVNULL,
                                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def wait_ready(self) -> "LabServer":
        """Wait for /api/status; relaunch on a new port if the process died (someone took the port)."""
        for attempt in range(3):
            if self._wait_ready():
                self.started_seconds = time.monotonic() - self._started_at
                return self
            if self.process.poll() is None or attempt == 2:
                break  # alive but never answered (not a port clash), or out of attempts
            self.launch()
        log_text = self.log()
        self.stop()
        raise RuntimeError(f"JupyterLab ({self.name}) did not answer /api/status within "
                           f"{START_TIMEOUT_SECONDS:.0f} s; its log:\n{log_text}")

    def start(self) -> "LabServer":
        return self.launch().wait_ready()

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"{self.url}/api/status", timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(0.1)
        return False

    def get_json(self, path: str):
        with urllib.request.urlopen(f"{self.url}{path}", timeout=10) as response:
            return json.load(response)

    def session_for(self, notebook: str) -> dict | None:
        """The server's session of ``notebook`` (path relative to root_dir), if any."""
        for session in self.get_json("/api/sessions"):
            if session.get("path") == notebook and session.get("kernel"):
                return session
        return None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        try:
            os.kill(process.pid, signal.SIGTERM)  # its own pid only; it shuts its kernels down
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except ProcessLookupError:
            pass
