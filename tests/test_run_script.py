"""run.py, the README's two commands: argument handling and the install stamp."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def run_module():
    spec = importlib.util.spec_from_file_location("course_run", ROOT / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unknown_command_prints_usage(run_module, capsys):
    assert run_module.main([]) == 2
    assert run_module.main(["dance"]) == 2
    assert "python3 run.py lab" in capsys.readouterr().out


def test_install_is_skipped_when_nothing_changed(run_module, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(run_module, "VENV", tmp_path / ".venv")
    monkeypatch.setattr(run_module.venv.EnvBuilder, "create",
                        lambda self, path: (Path(path) / "bin").mkdir(parents=True) or (Path(path) / "bin" / "python").touch())
    monkeypatch.setattr(run_module.subprocess, "run", lambda command, **kw: calls.append(command))
    run_module.ensure_environment("test")
    run_module.ensure_environment("test")
    assert len(calls) == 1 and calls[0][-1] == ".[test]"
    run_module.ensure_environment("")
    assert len(calls) == 2 and calls[1][-1] == "."


def test_lab_opens_the_start_notebook(run_module, monkeypatch):
    launched = []
    monkeypatch.setattr(run_module, "ensure_environment", lambda extras: Path("/venv/bin/python"))
    monkeypatch.setattr(run_module.os, "execv", lambda path, command: launched.append(command))
    monkeypatch.setattr(run_module.os, "chdir", lambda path: None)
    run_module.main(["lab", "--no-browser"])
    command = launched[0]
    assert command[1:4] == ["-m", "jupyter", "lab"]
    assert "notebooks/00_start_here.ipynb" in command and "--no-browser" in command


def test_lab_gets_the_same_settings_as_binder(run_module, tmp_path):
    """Issue 7: `python3 run.py lab` showed JupyterLab's news pop-up; postBuild already turned it off."""
    installed = run_module.install_lab_settings(tmp_path / ".venv")
    assert installed == tmp_path / ".venv" / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    settings = json.loads(installed.read_text())
    assert settings["@jupyterlab/apputils-extension:notification"] == {"fetchNews": "false", "checkForUpdates": False}
    assert "jupyter-settings/overrides.json" in (ROOT / "postBuild").read_text()


def test_the_real_environment_has_the_settings():
    """After the README's command ran, JupyterLab in .venv finds the settings where it looks for them."""
    from jupyterlab.commands import get_app_dir

    app_settings = Path(get_app_dir()) / "settings" / "overrides.json"
    assert app_settings.exists() and app_settings.read_bytes() == (ROOT / "jupyter-settings" / "overrides.json").read_bytes()
