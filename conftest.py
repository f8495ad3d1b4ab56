"""Test-wide setup: nothing a test or a notebook kernel writes reaches the real home.

The notebook kernels that nbval starts inherit this environment, so their
journal lives in a temporary folder too.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

SANDBOX = Path(tempfile.mkdtemp(prefix="course-tests-"))
REDIRECTED = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "IPYTHONDIR",
              "MPLCONFIGDIR", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR")


def pytest_configure(config: pytest.Config) -> None:
    # Keep pip's download cache (the Binder check installs from it) before HOME moves.
    os.environ.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    for name in REDIRECTED:
        folder = SANDBOX / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder)
    os.environ["COURSE_JOURNAL_DIR"] = str(SANDBOX / "journal")
    for name in [n for n in os.environ if n.startswith("BINDER_")]:
        del os.environ[name]


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(SANDBOX, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.suffix == ".ipynb":
            item.add_marker(pytest.mark.notebooks)
