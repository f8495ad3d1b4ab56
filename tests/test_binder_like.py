"""A Binder-like build: a fresh venv from environment.yml's packages plus postBuild.

conda cannot run on this machine, so this checks what can be checked: the
pinned packages install together, postBuild succeeds in a clean copy of the
repository, the package imports from outside it, and every ready notebook
runs in that environment.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

from course_helpers import course

pytestmark = pytest.mark.binder
ROOT = Path(__file__).resolve().parent.parent
TRACKED = ("course_helpers", "data", "notebooks", "jupyter-settings", "pyproject.toml", "README.md", "environment.yml",
           "postBuild")


def pinned_pip_packages() -> list[str]:
    lines = (ROOT / "environment.yml").read_text().splitlines()
    return [line.strip()[2:].strip() for line in lines if "==" in line and line.strip().startswith("- ")]


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def binder_image(tmp_path_factory) -> tuple[Path, Path]:
    """(python of the fresh environment, the repository copy it was built from)."""
    work = tmp_path_factory.mktemp("binder")
    repo = work / "repo"
    repo.mkdir()
    for name in TRACKED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        else:
            shutil.copy2(source, repo / name)
    env_dir = work / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pinned_pip_packages()])
    build_env = {**os.environ, "PATH": f"{env_dir / 'bin'}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(env_dir)}
    run(["bash", "postBuild"], cwd=repo, env=build_env)
    return python, repo


def test_environment_yml_pins_install_and_postbuild_installs_the_package(binder_image):
    python, repo = binder_image
    outside = repo.parent
    shown = run([str(python), "-c", "import course_helpers, ipywidgets, pandas, matplotlib; print(course_helpers.__file__)"],
                cwd=outside)
    assert str(repo) in shown.stdout, "course_helpers should come from the repository the image was built from"
    overrides = run([str(python), "-c", "import sys; print(open(sys.prefix + '/share/jupyter/lab/settings/overrides.json').read())"])
    assert '"allowCommandLinker": false' in overrides.stdout


def test_postbuild_leaves_every_module_compiled(binder_image):
    """A session starts from the image: its first import must find current .pyc files, not compile the package."""
    python, repo = binder_image
    script = ("import importlib.util, pathlib, sys\n"
              "for source in sorted(pathlib.Path(sys.argv[1]).rglob('*.py')):\n"
              "    cached = pathlib.Path(importlib.util.cache_from_source(source))\n"
              "    if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:\n"
              "        print(source)\n")
    stale = run([str(python), "-c", script, str(repo / "course_helpers")]).stdout.split()
    assert stale == []


def test_every_ready_notebook_runs_in_the_binder_environment(binder_image, tmp_path):
    python, repo = binder_image
    env = {**os.environ, "COURSE_JOURNAL_DIR": str(tmp_path / "journal"), "BINDER_LAUNCH_HOST": "https://mybinder.org/"}
    script = (
        "import sys, nbformat\n"
        "from nbclient import NotebookClient\n"
        "for path in sys.argv[1:]:\n"
        "    nb = nbformat.read(path, as_version=4)\n"
        "    NotebookClient(nb, timeout=300, kernel_name='python3', resources={'metadata': {'path': str(__import__('pathlib').Path(path).parent)}}).execute()\n"
        "    print('ran', path)\n"
    )
    ready = [str(repo / "notebooks" / s.notebook) for s in course.STEPS if s.status == "ready"]
    result = run([str(python), "-c", script, *ready], cwd=repo, env=env, timeout=900)
    assert result.stdout.count("ran ") == len(ready)
