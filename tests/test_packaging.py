"""Packaging and Binder configuration agree with each other."""
from __future__ import annotations

import re
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def environment_pins() -> tuple[str, dict[str, str]]:
    """(python pin, {package: version}) from environment.yml, read without a YAML library."""
    python, pins = "", {}
    text = (ROOT / "environment.yml").read_text()
    for line in text.split("dependencies:", 1)[1].splitlines():
        item = line.split("#")[0].strip()
        if not item.startswith("- "):
            continue
        item = item[2:].strip()
        if item.startswith("python="):
            python = item.split("=", 1)[1]
        elif "==" in item:
            name, version = item.split("==")
            pins[canonicalize_name(name)] = version
        elif item not in {"pip", "pip:"} and not item.endswith(":"):
            pytest.fail(f"environment.yml: {item!r} is not pinned exactly")
    return python, pins


def test_every_runtime_dependency_is_pinned_in_environment_yml_within_its_range():
    _, pins = environment_pins()
    for spec in PYPROJECT["project"]["dependencies"]:
        requirement = Requirement(spec)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is a dependency but environment.yml does not pin it"
        assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]} is outside {requirement.specifier}"


def test_environment_python_satisfies_requires_python():
    python, _ = environment_pins()
    assert re.fullmatch(r"3\.\d+(\.\d+)?", python), "pin python exactly (repo2docker ignores ranges)"
    assert SpecifierSet(PYPROJECT["project"]["requires-python"]).contains(python + ".0" if python.count(".") == 1 else python)


def test_no_local_package_in_environment_yml():
    # `-e .` in the pip section would rebuild Binder's environment on every commit.
    text = (ROOT / "environment.yml").read_text()
    assert "-e ." not in text and "course-helpers" not in text


def test_postbuild_fails_fast_and_installs_without_dependencies():
    text = (ROOT / "postBuild").read_text()
    assert text.startswith("#!/bin/bash")
    assert "set -euo pipefail" in text
    assert re.search(r"pip install --no-deps\b.* \.$", text, re.M)
    assert re.search(r"^python -m compileall -q course_helpers$", text, re.M), "sessions should not compile the package"
    assert not re.search(r"\b(curl|wget)\b", text), "nothing may download at build or launch"
    assert (ROOT / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"


def test_no_binder_folder_hides_the_root_configuration():
    assert not (ROOT / "binder").exists() and not (ROOT / ".binder").exists()
    assert not (ROOT / "runtime.txt").exists(), "environment.yml already sets Python"


def test_readme_has_exactly_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "python3 run.py lab" in readme and "python3 run.py test" in readme
    assert "COURSE_JOURNAL_DIR" in readme
    assert "mybinder.org/v2/gh/" in readme and "urlpath=lab/tree/notebooks/00_start_here.ipynb" in readme
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python3 run.py test" in ci
