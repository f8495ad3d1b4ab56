"""JupyterHub for the tests: loopback ports, LocalProcessSpawner, real users, a REST API token.

The configuration is written into a temporary folder at test time. Login uses
JupyterHub's DummyAuthenticator with one shared password and an allow-list of
the test users: the users are real system users (their servers run under
their uid, in their home), but how they prove who they are is not what these
tests are about. Readiness is read from ``/hub/api`` and from the hub's view of
each user's server, never from a fixed sleep.
"""
from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from browser.server import LAB_SETTINGS, free_port

START_TIMEOUT_SECONDS = 60.0
SERVER_TIMEOUT_SECONDS = 120.0
# Servers get SERVER_STOP_SECONDS to shut their kernels down after SIGTERM; the hub stops them all
# at once and exits when they are gone, so its own deadline covers that and the SIGKILL after it.
SERVER_STOP_SECONDS = 30
STOP_TIMEOUT_SECONDS = 2 * SERVER_STOP_SECONDS + 30.0
SERVICE = "mcc-test-admin"

CONFIG = '''\
# Written by tests/hub/hubserver.py for one test run.
c = get_config()  # noqa: F821
c.JupyterHub.bind_url = {bind_url!r}
c.JupyterHub.hub_bind_url = {hub_bind_url!r}
c.ConfigurableHTTPProxy.api_url = {proxy_api_url!r}
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.should_start = True
c.JupyterHub.db_url = {db_url!r}
c.JupyterHub.cookie_secret_file = {cookie_file!r}
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True
c.JupyterHub.log_level = "INFO"

# Real system users, a test password (see the module docstring).
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allowed_users = set({users!r})
c.Authenticator.admin_users = set()

# Each learner's server runs as that system user, in their private home.
#
# LocalProcessSpawner stops a server with SIGINT first. Jupyter Server only handles SIGINT when it
# has a terminal, so a hub's server, which has none, takes it as KeyboardInterrupt and exits at once
# without shutting down its kernels and terminals: they are orphaned and exit later, each when it
# notices. On SIGTERM it shuts every kernel and terminal down before it exits. So: SIGTERM first,
# with time for that shutdown on a busy machine, then LocalProcessSpawner's own escalation.
import os
import signal

from jupyterhub.spawner import LocalProcessSpawner


class KernelsFirstSpawner(LocalProcessSpawner):
    async def stop(self, now=False):
        if not now and await self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            await self.wait_for_death(self.term_timeout)
        await super().stop(now=True)


c.JupyterHub.spawner_class = KernelsFirstSpawner
c.LocalProcessSpawner.term_timeout = {term_timeout!r}
c.Spawner.cmd = {singleuser!r}
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.args = [
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    # window.jupyterapp: the browser helpers read the notebook model (as tests/browser does).
    "--LabApp.expose_app_in_browser=True",
]
c.Spawner.environment = {environment!r}

# A service token for the tests: start and stop servers, read their state, reach their API.
c.JupyterHub.services = [{{"name": {service!r}, "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{
    "name": "mcc-test-admin",
    "scopes": ["admin:users", "admin:servers", "access:servers", "read:users"],
    "services": [{service!r}],
}}]
'''


@dataclass
class UserServer:
    """One user's single-user server as the browser helpers see a server: ``url`` and ``session_for``."""

    hub: "Hub"
    name: str

    @property
    def url(self) -> str:
        return f"{self.hub.url}/user/{self.name}"

    def get_json(self, path: str):
        return self.hub.api("GET", f"/user/{self.name}{path}", base=self.hub.url)

    def session_for(self, notebook: str) -> dict | None:
        for session in self.get_json("/api/sessions"):
            if session.get("path") == notebook and session.get("kernel"):
                return session
        return None

    def log(self) -> str:
        return self.hub.log()


class Hub:
    """``jupyterhub`` started from a config written into ``scratch``."""

    def __init__(self, scratch: Path, *, proxy: Path, users: list[str], singleuser: list[str],
                 environment: dict[str, str]):
        self.scratch = scratch
        self.proxy = proxy
        self.users = users
        self.singleuser = singleuser  # the command each user's server runs
        self.environment = environment
        self.python = Path(sys.executable)  # the hub's own
        self.password = secrets.token_urlsafe(12)
        self.token = secrets.token_hex(32)
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.log_path = scratch / "jupyterhub.log"
        self.name = "JupyterHub"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def settings_dir(self) -> Path:
        """JupyterLab settings every learner's server reads (news off, cells always rendered, no autosave)."""
        folder = self.scratch / "lab-settings"
        for relative, content in LAB_SETTINGS.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(content))
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        return folder

    def write_config(self) -> Path:
        self.port = free_port()
        environment = {**self.environment, "JUPYTERLAB_SETTINGS_DIR": str(self.settings_dir())}
        text = CONFIG.format(
            bind_url=self.url, hub_bind_url=f"http://127.0.0.1:{free_port()}",
            proxy_api_url=f"http://127.0.0.1:{free_port()}", proxy=str(self.proxy),
            db_url=f"sqlite:///{self.scratch / 'jupyterhub.sqlite'}",
            cookie_file=str(self.scratch / "jupyterhub_cookie_secret"),
            password=self.password, users=sorted(self.users),
            singleuser=list(self.singleuser),
            environment=environment, service=SERVICE, token=self.token, term_timeout=SERVER_STOP_SECONDS)
        path = self.scratch / "jupyterhub_config.py"
        path.write_text(text)
        path.chmod(0o600)  # it holds the token and the password
        return path

    def start(self) -> "Hub":
        return self.launch().wait_ready()

    def launch(self) -> "Hub":
        """Start the hub without waiting for it (see :meth:`wait_ready`)."""
        config = self.write_config()
        env = {"PATH": f"{self.python.parent}:{self.proxy.parent}:/usr/local/bin:/usr/bin:/bin",
               "LANG": "C.UTF-8", "HOME": str(self.scratch), "PYTHONUNBUFFERED": "1"}
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen([str(self.python), "-m", "jupyterhub", "-f", str(config)],
                                            cwd=self.scratch, env=env, stdin=subprocess.DEVNULL,
                                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        (self.scratch / "jupyterhub.pid").write_text(str(self.process.pid))  # for tests/hub/cleanup.py
        return self

    def wait_ready(self) -> "Hub":
        """Wait until ``/hub/api`` answers (the hub has started its proxy and loaded its users)."""
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if "version" in self.api("GET", "/hub/api/"):
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError, ValueError):
                pass
            time.sleep(0.1)
        log_text = self.log()
        self.stop()
        raise RuntimeError(f"JupyterHub did not answer /hub/api within {START_TIMEOUT_SECONDS:.0f} s; its log:\n"
                           f"{log_text[-6000:]}")

    # --- the REST API -----------------------------------------------------------------------
    def api(self, method: str, path: str, body: dict | None = None, base: str | None = None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{base or self.url}{path}", data=data, method=method,
                                         headers={"Authorization": f"token {self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
        return json.loads(text) if text.strip() else None

    def server_state(self, name: str) -> dict | None:
        """The hub's view of ``name``'s default server (``ready``, ``pending``, ``url``), or None if stopped."""
        return self.api("GET", f"/hub/api/users/{name}")["servers"].get("")

    def wait_server(self, name: str, *, running: bool, timeout: float = SERVER_TIMEOUT_SECONDS) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.server_state(name)
            if running and state and state.get("ready"):
                return
            if not running and state is None:
                return
            time.sleep(0.2)
        raise TimeoutError(f"{name}'s server was not {'ready' if running else 'stopped'} within {timeout:.0f} s")

    def request_server(self, name: str) -> None:
        """Ask the hub to start ``name``'s server and return at once (the hub's 'Start My Server')."""
        if self.server_state(name) is None:
            self.api("POST", f"/hub/api/users/{name}/server")

    def stop_servers(self, *names: str) -> None:
        """What the hub's 'Stop My Server' (or the idle culler) does, for several users at once."""
        for name in names:
            if self.server_state(name) is not None:
                self.api("DELETE", f"/hub/api/users/{name}/server")
        for name in names:
            self.wait_server(name, running=False)

    def user_server(self, name: str) -> UserServer:
        return UserServer(self, name)

    # --- logs and shutdown ------------------------------------------------------------------
    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        """SIGTERM to the hub's own pid: it stops every user's server and its proxy before it exits.

        Waits as long as the hub may take to stop the servers (see ``SERVER_STOP_SECONDS``):
        killing the hub earlier would leave the servers it was stopping running.
        """
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        try:
            os.kill(process.pid, signal.SIGTERM)
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except ProcessLookupError:
            pass
        self._stop_proxy()

    def _stop_proxy(self) -> None:
        """The proxy the hub started writes its pid next to the database; end it if the hub could not."""
        pid_file = self.scratch / "jupyterhub-proxy.pid"
        try:
            pid = int(pid_file.read_text().strip())
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return
        if b"configurable-http-proxy" in command:  # the pid was not reused by something else
            os.kill(pid, signal.SIGTERM)
