"""Whether the hub group can run here: skipped with a reason locally, a failure under CI=true.

It needs root (it creates system users and the single-user servers switch to
them), configurable-http-proxy from npm, jupyterhub and nbgitpuller, and a
Python environment the test users can read and run.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Mapping

from external import Decision, on_ci, require

ROOT = Path(__file__).resolve().parent.parent.parent
# The proxy JupyterHub drives; the same pin as in .ci/run (tests/test_hub_link.py checks).
PROXY_PACKAGE = "configurable-http-proxy@5.1.0"
PROXY_INSTALL = f"npm install --prefix .hub-tools --no-audit --no-fund {PROXY_PACKAGE}"
LOCAL_PROXY = ROOT / ".hub-tools" / "node_modules" / ".bin" / "configurable-http-proxy"


def find_proxy(environ: Mapping[str, str]) -> Path | None:
    """The project-local proxy from ``.hub-tools/``, else one on PATH."""
    if LOCAL_PROXY.exists():
        return LOCAL_PROXY
    found = shutil.which("configurable-http-proxy", path=environ.get("PATH"))
    return Path(found) if found else None


def hub_packages_error() -> str | None:
    """Why jupyterhub or nbgitpuller cannot be imported here, or None."""
    try:
        import jupyterhub  # noqa: F401
        import nbgitpuller  # noqa: F401
        return None
    except ImportError as error:
        return str(error)


def unreadable_by(user, python: Path, env: dict[str, str] | None = None) -> str | None:
    """Why ``user`` cannot run ``python`` with the course, nbgitpuller and the hub, or None."""
    result = user.run(str(python), "-c", "import course_helpers, nbgitpuller, jupyterhub.singleuser, ipykernel",
                      env=env)
    if result.returncode == 0:
        return None
    last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else f"exit {result.returncode}"
    return f"the test users cannot run {python} with course_helpers, nbgitpuller and jupyterhub: {last}"


def require_hub(environ: Mapping[str, str]) -> Path:
    """The proxy to use, after skipping or failing the test if the hub group cannot run here."""
    proxy = find_proxy(environ)
    require(decide(is_root=os.geteuid() == 0, proxy=proxy, import_error=hub_packages_error(), unreadable=None,
                   environ=environ))
    return proxy


def decide(*, is_root: bool, proxy: Path | None, import_error: str | None, unreadable: str | None,
           environ: Mapping[str, str]) -> Decision:
    """Run, skip or fail; the first missing piece is the reason."""
    missing = None
    if not is_root:
        missing = "the hub tests create system users and must run as root"
    elif import_error is not None:
        missing = f"the hub extra is not installed ({import_error}); pip install -e '.[hub]'"
    elif proxy is None or not os.access(proxy, os.X_OK):
        missing = f"configurable-http-proxy not found: run `{PROXY_INSTALL}` (Node.js from Debian's nodejs package)"
    elif unreadable is not None:
        missing = unreadable
    if missing is None:
        return Decision("run", f"JupyterHub with the proxy at {proxy}")
    if on_ci(environ):
        return Decision("fail", f"CI=true and {missing}")
    return Decision("skip", missing)
