#!/usr/bin/env python3
"""Set up the course in ./.venv and open it, or run the tests.

    python3 run.py lab    create .venv when missing, install, open JupyterLab at 00_start_here
    python3 run.py test   create .venv when missing, install with test extras, run every test

Standard library only, so it works on a machine that has nothing but Python 3.10+.
Extra arguments go to JupyterLab or pytest.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
START_NOTEBOOK = "notebooks/00_start_here.ipynb"
# JupyterLab settings shared with Binder's postBuild: no news pop-up, no update check.
LAB_SETTINGS = ROOT / "jupyter-settings" / "overrides.json"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extras: str) -> Path:
    """Create .venv if needed and install the package; skip when nothing changed."""
    if sys.version_info < (3, 10):
        sys.exit(f"The course needs Python 3.10 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print(f"Creating a virtual environment in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    target = f".[{extras}]" if extras else "."
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + target.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'base'}"
    if not stamp.exists() or stamp.read_text() != fingerprint:
        print(f"Installing the course ({target}) …", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-e", target], cwd=ROOT, check=True)
        stamp.write_text(fingerprint)
    install_lab_settings(VENV)
    return python


def install_lab_settings(environment: Path) -> Path:
    """Copy the course's JupyterLab settings into the environment (JupyterLab reads them from there)."""
    target = environment / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_bytes() != LAB_SETTINGS.read_bytes():
        target.write_bytes(LAB_SETTINGS.read_bytes())
    return target


def open_lab(args: list[str]) -> int:
    python = ensure_environment("")
    command = [str(python), "-m", "jupyter", "lab", START_NOTEBOOK, *args]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in args:
        command.append("--allow-root")  # containers and CI run as root
    os.chdir(ROOT)
    os.execv(command[0], command)
    return 0  # not reached


def run_tests(args: list[str]) -> int:
    python = ensure_environment("test")
    return subprocess.run([str(python), "-m", "pytest", *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"lab", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    return open_lab(rest) if command == "lab" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
