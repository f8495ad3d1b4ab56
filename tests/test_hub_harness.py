"""The hub test harness itself (tests/hub/): when it runs, what CI installs for it, how it cleans up.

The first two tests need nothing; the last needs what the hub group needs
(root above all) and proves that a run killed with SIGKILL, which skips every
finalizer, is undone by the next run.
"""
from __future__ import annotations

import os
import pwd
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hub import cleanup, decide as hub_decide, users as hub_users

ROOT = Path(__file__).resolve().parent.parent
DROP_ROOT = Path("/srv/mcc-course")


@pytest.mark.parametrize("root, proxy, error, unreadable, ci, action", [
    (True, True, None, None, None, "run"),
    (False, True, None, None, None, "skip"),
    (False, True, None, None, "true", "fail"),
    (True, False, None, None, None, "skip"),
    (True, False, None, None, "1", "fail"),
    (True, True, "No module named 'nbgitpuller'", None, None, "skip"),
    (True, True, "No module named 'jupyterhub'", None, "true", "fail"),
    (True, True, None, "the test users cannot run /x/.venv/bin/python", None, "skip"),
    (True, True, None, "the test users cannot run /x/.venv/bin/python", "true", "fail"),
])
def test_the_hub_group_skips_locally_and_fails_on_ci(tmp_path, root, proxy, error, unreadable, ci, action):
    executable = None
    if proxy:
        executable = tmp_path / "configurable-http-proxy"
        executable.write_text("#!/bin/sh\n")
        executable.chmod(0o755)
    environ = {} if ci is None else {"CI": ci}
    decision = hub_decide.decide(is_root=root, proxy=executable, import_error=error, unreadable=unreadable,
                                 environ=environ)
    assert decision.action == action
    if not proxy and action != "run":
        assert hub_decide.PROXY_INSTALL in decision.reason


def test_ci_installs_the_same_proxy_the_tests_look_for():
    ci = (ROOT / ".ci" / "run").read_text()
    assert hub_decide.PROXY_PACKAGE in ci and ".hub-tools" in ci
    assert ".hub-tools/" in (ROOT / ".gitignore").read_text()


KILLED_RUN = """
import subprocess, sys, time
sys.path.insert(0, sys.argv[1])
from hub import cleanup, users
scratch = cleanup.new_scratch()
user = users.Cohort().add_user("learner-k")
# its "hub" (a stand-in process whose command line names jupyterhub) and a learner process
hub = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)", "jupyterhub"], start_new_session=True)
(scratch / cleanup.HUB_PID).write_text(str(hub.pid))
learner = subprocess.Popen(["runuser", "-u", user.name, "--", "sleep", "600"], start_new_session=True)
print(scratch, user.name, user.uid, hub.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.hub
def test_a_killed_run_is_cleaned_up_by_the_next():
    hub_decide.require_hub(os.environ)
    run = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(Path(__file__).parent)], stdout=subprocess.PIPE,
                           text=True, start_new_session=True)
    try:
        folder, name, uid, hub_pid = run.stdout.readline().split()
        uid, hub_pid = int(uid), int(hub_pid)
        deadline = time.monotonic() + 10
        while not hub_users.processes_of(uid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert Path(folder).is_dir() and hub_users.processes_of(uid)
    finally:
        os.kill(run.pid, signal.SIGKILL)  # the run dies without its finalizers
        run.wait(timeout=10)
    removed = cleanup.remove_stale(DROP_ROOT)  # what the next run's fixtures do first
    assert folder in removed and name in removed
    assert not Path(folder).exists()
    assert name not in {e.pw_name for e in pwd.getpwall()}
    assert not hub_users.processes_of(uid), "the dead run's learner processes survived"
    deadline = time.monotonic() + 10
    while Path(f"/proc/{hub_pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(f"/proc/{hub_pid}").exists(), "the dead run's hub survived"
