"""System users and groups for one hub run: created with private homes, always removed.

Every user and group this module creates is named ``mcc-<role>-<6 hex>`` and
carries ``mcc-course-hub-test pid=<pid>`` in its comment field, the pid of the
pytest process that made it. :func:`remove_stale` deletes what a killed earlier
run left behind (its pid is gone) and leaves a run that is still going alone.
Commands run as a user through ``runuser``, which also sets their groups.
"""
from __future__ import annotations

import grp
import os
import pwd
import re
import secrets
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

PREFIX = "mcc-"
MARK = "mcc-course-hub-test"
OURS = re.compile(r"^mcc-[a-z]+(-[a-z]+)*-[0-9a-f]{6}$")
HOME_MODE = 0o700


@dataclass(frozen=True)
class User:
    name: str
    uid: int
    gid: int
    home: Path

    def run(self, *argv: str, check: bool = False, input: str | None = None, cwd: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        """``argv`` as this user (their groups, their HOME, a plain PATH, ``env``), captured as text."""
        extra = [f"{key}={value}" for key, value in (env or {}).items()]
        command = ["runuser", "-u", self.name, "--", "env", f"HOME={self.home}", f"USER={self.name}",
                   "PATH=/usr/local/bin:/usr/bin:/bin", *extra, *argv]
        return subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=60, check=check,
                              input=input, cwd=cwd or "/")


@dataclass
class Cohort:
    """The users and groups of one run; :meth:`remove` undoes everything :meth:`add_user` did."""

    tag: str = field(default_factory=lambda: secrets.token_hex(3))
    users: list[User] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)

    @property
    def comment(self) -> str:
        return f"{MARK} pid={os.getpid()}"

    def add_group(self, role: str) -> str:
        name = f"{PREFIX}{role}-{self.tag}"
        subprocess.run(["groupadd", name], check=True, capture_output=True)
        self.groups.append(name)
        return name

    def add_user(self, role: str, groups: tuple[str, ...] = ()) -> User:
        name = f"{PREFIX}{role}-{self.tag}"
        home = Path("/home") / name
        command = ["useradd", "--create-home", "--home-dir", str(home), "--shell", "/bin/bash",
                   "--comment", self.comment, "--user-group", name]
        if groups:
            command[1:1] = ["--groups", ",".join(groups)]
        subprocess.run(command, check=True, capture_output=True)
        self.groups.append(name)  # its own group, removed by userdel
        home.chmod(HOME_MODE)
        entry = pwd.getpwnam(name)
        user = User(name, entry.pw_uid, entry.pw_gid, home)
        self.users.append(user)
        return user

    def remove(self) -> list[str]:
        """Stop every process of our users, delete them with their homes and our groups; returns problems."""
        problems: list[str] = []
        for user in self.users:
            problems += _delete_user(user.name)
        for name in self.groups:
            if _group_exists(name):
                subprocess.run(["groupdel", name], capture_output=True)
        self.users.clear()
        self.groups.clear()
        return problems


def processes_of(uid: int) -> list[int]:
    """Pids of every process running as ``uid`` (from /proc; no name matching)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid == uid:
                pids.append(int(entry.name))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return pids


def command_line(pid: int) -> str:
    """What ``pid`` runs, for a failure message ('(gone)' once it has exited)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "(gone)"
    return raw.replace(b"\0", b" ").decode(errors="replace").strip()[:200] or "(a zombie, not yet reaped)"


def wait_for_no_processes(uids: dict[str, int], seconds: float) -> dict[str, list[str]]:
    """Wait until no process runs as any of ``uids``; returns what is still running then ({} if nothing)."""
    deadline = time.monotonic() + seconds
    while True:
        left = {name: processes_of(uid) for name, uid in uids.items()}
        if not any(left.values()) or time.monotonic() >= deadline:
            return {name: [f"{pid} {command_line(pid)}" for pid in pids] for name, pids in left.items() if pids}
        time.sleep(0.2)


def stop_processes(uid: int, grace_seconds: float = 5.0) -> None:
    """SIGTERM each process of ``uid`` by its pid, then SIGKILL what is left."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in processes_of(uid):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + grace_seconds
        while processes_of(uid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if not processes_of(uid):
            return


def _delete_user(name: str) -> list[str]:
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        return []
    stop_processes(entry.pw_uid)
    result = subprocess.run(["userdel", "--remove", name], capture_output=True, text=True)
    if result.returncode not in (0, 12):  # 12: the home could not be removed (reported below)
        return [f"userdel {name}: {result.stderr.strip()}"]
    if Path(entry.pw_dir).exists() and entry.pw_dir.startswith(f"/home/{PREFIX}"):
        subprocess.run(["rm", "-rf", "--one-file-system", entry.pw_dir], capture_output=True)
    return []


def _group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
        return True
    except KeyError:
        return False


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def remove_stale() -> list[str]:
    """Delete ``mcc-`` users and groups that a run which is no longer alive left behind; returns their names."""
    removed = []
    for entry in pwd.getpwall():
        if not entry.pw_name.startswith(PREFIX) or not entry.pw_gecos.startswith(MARK):
            continue
        pid_text = entry.pw_gecos.rsplit("pid=", 1)[-1].split(",")[0]
        if pid_text.isdigit() and alive(int(pid_text)):
            continue  # another run that is still going
        _delete_user(entry.pw_name)
        removed.append(entry.pw_name)
    for group in grp.getgrall():
        # A group of ours outlives its run only when its users are gone; the tag ties it to them.
        if OURS.match(group.gr_name) and not group.gr_mem and not _has_owner(group.gr_name):
            subprocess.run(["groupdel", group.gr_name], capture_output=True)
            removed.append(group.gr_name)
    return removed


def live_tags() -> set[str]:
    """The run tags of every test user that exists now."""
    return {e.pw_name.rsplit("-", 1)[-1] for e in pwd.getpwall() if OURS.match(e.pw_name)}


def _has_owner(group_name: str) -> bool:
    """Whether a live user of this module carries the same run tag (the part after the last '-')."""
    tag = group_name.rsplit("-", 1)[-1]
    return any(e.pw_name.startswith(PREFIX) and e.pw_name.endswith(f"-{tag}") for e in pwd.getpwall())
