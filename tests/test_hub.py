"""The course for a cohort: a real JupyterHub, real system users, nbgitpuller, Chromium.

One hub (LocalProcessSpawner, loopback ports) serves two learners and a
facilitator, each a system user created for this run with a private home
(mode 700); three more learners only share from a terminal, so that the
class reaches the five learners its dashboard needs before it shows answers. The course is a bare git repository on this machine; learners
reach it through an nbgitpuller link made by ``course_helpers.hublink``. No
part of the hub is mocked. Tests run in file order and build on each other:

1. each learner follows the link, answers in 01, has their server stopped and
   started again, and finds the answer;
2. learner B cannot read learner A's journal or home (tried as B);
3. an update pushed to the course reaches A through the link, without touching
   A's journal or A's own edit (nbgitpuller's merge, checked on disk);
4. the memory of A's server after running every learner's ready notebook is
   measured;
5. learners save share files into the class folder with the course's own
   share command and cannot read, replace or delete each other's; a name taken
   by someone else is refused; the facilitator reads every file (tried as each
   user);
6. the facilitator opens the class dashboard in Chromium: every learner's file
   is attributed to the user who saved it, their answers are shown escaped, and
   nothing of a file forged in another learner's name reaches the page;
7. stopping the hub stops every process of every test user.

Users, groups, the drop folder and all processes are removed afterwards, also
on failure; what a killed earlier run left is removed first
(tests/test_hub_harness.py proves it). Locally the group is skipped with a
reason when it cannot run (not root, no proxy, no hub extra, no Chromium);
under CI=true that is a failure. The tests that drive Chromium are also marked
``browser``. Measurements go to tests/screenshots/hub-measurements.json.

    pytest -m hub
"""
from __future__ import annotations

import grp
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import pytest

from browser import chromium, notebook as nbk, selectors as S
from course_helpers import course, strings
from course_helpers.cohort.suppress import MIN_GROUP
from course_helpers.hublink import pull_link
from course_helpers.journal import Journal
from hub import cleanup, course_repo, decide as hub_decide, runtime, users as hub_users
from hub.hubserver import Hub
from hub.journey import (course_link, first_and_last_markdown, follow_link, journal_of, memory_of,
                         notebook_in_home, record, replace_line, run_all)
from browser.fixtures import reflection_text, type_reflection

ROOT = Path(__file__).resolve().parent.parent
HOLONIQ = course.step("01")
LEARNER_READY = [s for s in course.LEARNER_STEPS if s.status == "ready"]
DASHBOARD = course.step("facilitator")
DROP_ROOT = Path("/srv/mcc-course")
CLASS_CODE = "SEM-HUB"
ANSWERS = {"a": "Learner A: my university keeps whole degrees, so I lean to the top left.",
           "b": "Learner B — a private provider, so markets lead; 'stackable' pieces.",
           # Learners C to E answer in a terminal (an imported journal file), with text a page must not run.
           "c": "Learner C: <img src=x onerror=\"window.__pwned='hub'\"> is how I'd say it.",
           "d": "Learner D: <script>window.__pwned='hub-script'</script> & the state leads.",
           "e": "Learner E: \u202ereversed\u202c words stay where they were written."}
TERMINAL_LEARNERS = "cde"
FORGED_MARKER = "FORGED-IN-ANOTHER-LEARNERS-NAME"

hub_mark = pytest.mark.hub


def hub_browser_mark(test):
    """The tests that drive Chromium are browser tests too: `-m "not browser"` leaves them out."""
    return pytest.mark.browser(pytest.mark.hub(test))


# --- fixtures ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def proxy_path() -> Path:
    return hub_decide.require_hub(os.environ)


@pytest.fixture(scope="module")
def chromium_path(proxy_path) -> Path:
    executable = chromium.find_chromium(os.environ)
    try:
        import playwright.sync_api  # noqa: F401
        problem = None
    except ImportError as error:
        problem = str(error)
    hub_decide.require(chromium.decide(executable, os.environ, problem))
    return executable


@pytest.fixture(scope="module")
def scratch(proxy_path) -> Path:
    """A folder the test users can enter; first, whatever a killed earlier run left is removed.

    The bare repository and the lab settings are readable here; the hub's
    config, database and cookie secret are files of mode 600 inside it.
    """
    stale = cleanup.remove_stale(DROP_ROOT)
    if stale:
        print(f"removed what an earlier, killed run left: {', '.join(stale)}")
    folder = cleanup.new_scratch()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def cohort(scratch):
    """Two learners and a facilitator, real system users with private homes; removed afterwards."""
    group = hub_users.Cohort()
    try:
        facilitators = group.add_group("facilitators")
        people = {
            "a": group.add_user("learner-a"),
            "b": group.add_user("learner-b"),
            "facilitator": group.add_user("facilitator", groups=(facilitators,)),
        }
        for who in TERMINAL_LEARNERS:
            people[who] = group.add_user(f"learner-{who}")
        yield people, facilitators, group.tag
    finally:
        problems = group.remove()
        assert problems == [], problems


@pytest.fixture(scope="module")
def learner_a(cohort):
    return cohort[0]["a"]


@pytest.fixture(scope="module")
def learner_b(cohort):
    return cohort[0]["b"]


@pytest.fixture(scope="module")
def facilitator(cohort):
    return cohort[0]["facilitator"]


@pytest.fixture(scope="module")
def drop_folder(cohort) -> Path:
    """The facilitator's drop folder for one class (see the README: root:facilitators, mode 3773)."""
    people, facilitators, tag = cohort
    class_folder = DROP_ROOT / f"class-{tag}"
    submissions = class_folder / "submissions"
    created_root = not DROP_ROOT.exists()
    submissions.mkdir(parents=True)
    try:
        DROP_ROOT.chmod(0o755)
        class_folder.chmod(0o755)
        shutil.chown(submissions, "root", facilitators)
        submissions.chmod(0o3773)  # rwx for root, rwx+setgid for facilitators, -wx+sticky for everyone else
        yield submissions
    finally:
        shutil.rmtree(class_folder, ignore_errors=True)
        if created_root and not any(DROP_ROOT.iterdir()):
            DROP_ROOT.rmdir()


@pytest.fixture(scope="module")
def course_source(scratch, proxy_path) -> tuple[Path, str]:
    """(bare repository of the worktree's HEAD, its branch)."""
    return course_repo.publish(ROOT, scratch)


@pytest.fixture(scope="module")
def learners_python(cohort, scratch, proxy_path) -> runtime.Runtime:
    """The Python the test users run: their servers, and the course's commands in their terminals.

    The test environment (this .venv: the course, nbgitpuller and jupyterhub-singleuser side by
    side, as in the image repo2docker builds), or copies of it.
    """
    learners_python = runtime.for_learners(ROOT, scratch, cohort[0]["a"])
    hub_decide.require(hub_decide.decide(is_root=True, proxy=proxy_path, import_error=None,
                                         unreadable=learners_python.problem, environ=os.environ))
    record("learners_runtime", {"python": str(learners_python.python), "copied": learners_python.copied})
    return learners_python


@pytest.fixture(scope="module")
def hub(cohort, scratch, proxy_path, drop_folder, course_source, learners_python, request):
    people, _, _ = cohort
    bare, _ = course_source
    environment = {
        **learners_python.server_environment,
        # The class folder: learners' "save into the class folder", the facilitator's dashboard.
        "COURSE_SHARE_DIR": str(drop_folder),
        # git refuses to read a repository another user owns unless it is marked safe.
        "GIT_CONFIG_GLOBAL": str(course_repo.safe_directory_config(scratch, bare)),
    }
    timer = nbk.Stopwatch()
    server = Hub(scratch, proxy=proxy_path, users=[u.name for u in people.values()],
                 singleuser=learners_python.command, environment=environment).launch()
    try:
        open_browser = request.getfixturevalue("browsers")
        for user in (people["a"], people["b"]):
            open_browser(user.name)  # Chromium starts while the hub does
        server.wait_ready()
        record("hub_start_seconds", timer.seconds())
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browsers(chromium_path, playwright_instance, scratch):
    """One Chromium profile per user (their own cookies), opened on first use."""
    opened: dict[str, object] = {}

    def for_user(name: str):
        if name not in opened:
            context = chromium.launch(playwright_instance, chromium_path, scratch / f"chromium-{name}")
            context.set_default_timeout(30_000)
            opened[name] = context
        return opened[name]

    yield for_user
    for context in opened.values():
        context.close()


# --- 1. follow the link, answer, restart, find the answer ------------------------------------------
@hub_browser_mark
def test_each_learner_follows_the_link_answers_restarts_and_finds_the_answer(hub, browsers, cohort, course_source):
    """A arrives with no server (the link starts it); B started theirs from the hub's home page meanwhile."""
    people = cohort[0]
    learners = (people["a"], people["b"])
    bare, branch = course_source
    link = course_link(hub, bare, branch, HOLONIQ.notebook)
    notebook = notebook_in_home(bare, HOLONIQ.notebook)
    label = HOLONIQ.prompt("why_there").text

    hub.request_server(people["b"].name)
    for who, user in zip("ab", learners):
        lab, seconds = follow_link(hub, browsers(user.name), user, link, notebook)
        record(f"link_to_notebook_first_visit_seconds_{who}", seconds)
        assert (user.home / notebook).is_file(), "nbgitpuller did not clone the course into the learner's home"
        assert (user.home / notebook).stat().st_uid == user.uid, "the clone must belong to the learner"
        run_all(lab)
        assert S.SAVED.match(type_reflection(lab.page, label, ANSWERS[who]))
        assert journal_of(user).is_file(), "the journal is not in the learner's XDG data folder"
        assert journal_of(user).stat().st_uid == user.uid
        lab.page.goto("about:blank")

    # Both servers stop (the learners' "Stop My Server", or the idle culler) and come back.
    timer = nbk.Stopwatch()
    hub.stop_servers(*(user.name for user in learners))
    record("stop_two_servers_seconds", timer.seconds())
    hub.request_server(people["b"].name)
    for who, user in zip("ab", learners):
        lab, seconds = follow_link(hub, browsers(user.name), user, link, notebook)
        record(f"link_to_notebook_after_restart_seconds_{who}", seconds)
        run_all(lab)
        assert reflection_text(lab.page, label) == ANSWERS[who], f"{user.name}'s answer did not come back"
        lab.page.goto("about:blank")


# --- 2. privacy between learners ----------------------------------------------------------------
@hub_browser_mark
def test_learner_b_cannot_read_learner_a_journal_or_home(hub, learner_a, learner_b):
    journal = journal_of(learner_a)
    assert stat.S_IMODE(learner_a.home.stat().st_mode) == 0o700
    mine = learner_a.run("cat", str(journal))
    assert mine.returncode == 0 and mine.stdout.startswith("SQLite format 3"), "A must be able to read A's journal"
    for argv in (["cat", str(journal)], ["ls", str(learner_a.home)], ["ls", str(journal.parent)],
                 ["test", "-r", str(journal)]):
        attempt = learner_b.run(*argv)
        assert attempt.returncode != 0, f"learner B could run {argv}: {attempt.stdout[:200]}"
        if argv[0] != "test":
            assert "Permission denied" in attempt.stderr, attempt.stderr
    copied = learner_b.run("python3", "-c", f"open({str(journal)!r}, 'rb').read()")
    assert "PermissionError" in copied.stderr


# --- 3. course updates through nbgitpuller --------------------------------------------------------
@hub_browser_mark
def test_a_course_update_reaches_the_learner_without_touching_their_journal_or_their_edit(
        hub, browsers, learner_a, course_source, scratch):
    bare, branch = course_source
    folder = learner_a.home / pull_link("http://hub", bare.as_uri()).folder
    start, camilleri = folder / "notebooks" / course.step("00").notebook, folder / "notebooks" / course.step("02").notebook
    title_02, end_02 = first_and_last_markdown(camilleri)
    title_00, _ = first_and_last_markdown(start)

    # A edits 02's title in their copy (as A, the way JupyterLab would save it).
    learner_edit = title_02 + " (my notes: compare with HolonIQ)"
    edit = learner_a.run("python3", "-c", "import sys, pathlib; p = pathlib.Path(sys.argv[1]); "
                         "p.write_text(p.read_text().replace(sys.argv[2], sys.argv[3], 1))",
                         str(camilleri), title_02, learner_edit)
    assert edit.returncode == 0, edit.stderr
    journal_before = hashlib.sha256(journal_of(learner_a).read_bytes()).hexdigest()
    journal_stat = journal_of(learner_a).stat()

    # The author changes 00 (untouched by A), the same line of 02 that A changed, and a far line of 02.
    def author_edit(checkout: Path) -> None:
        replace_line(checkout / "notebooks" / course.step("00").notebook, title_00, title_00 + " (updated for spring)")
        notebook_02 = checkout / "notebooks" / course.step("02").notebook
        replace_line(notebook_02, title_02, title_02 + " (author's new title)")
        replace_line(notebook_02, end_02, end_02 + " Updated reading list.")
    course_repo.push_change(bare, scratch, "Spring update", author_edit)

    lab, seconds = follow_link(hub, browsers(learner_a.name), learner_a, course_link(hub, bare, branch, HOLONIQ.notebook),
                               notebook_in_home(bare, HOLONIQ.notebook))
    record("link_to_notebook_with_an_update_seconds", seconds)
    lab.page.goto("about:blank")

    assert title_00 + " (updated for spring)" in start.read_text(), "the update to an untouched notebook did not arrive"
    text_02 = camilleri.read_text()
    assert learner_edit in text_02, "nbgitpuller lost the learner's own edit"
    assert "(author's new title)" not in text_02, "on the same line the learner's version must win (-Xours)"
    assert end_02 + " Updated reading list." in text_02, "the author's change elsewhere in 02 did not merge in"
    json.loads(text_02)  # still a notebook
    assert hashlib.sha256(journal_of(learner_a).read_bytes()).hexdigest() == journal_before
    assert journal_of(learner_a).stat().st_mtime_ns == journal_stat.st_mtime_ns, "the journal was written to"


# --- 4. what a learner's server needs ---------------------------------------------------------------
def deployed_memory_limit_kib() -> int:
    """singleuser.memory.limit of the deployment's config, in KiB (M and G suffixes, as the config writes it)."""
    config = (Path(__file__).resolve().parents[1] / "deploy" / "jupyterhub" / "config.yaml").read_text(encoding="utf-8")
    number, unit = re.search(r"^  memory:\n    guarantee: \S+\n    limit: (\d+)([MG])$", config, flags=re.M).groups()
    return int(number) * 1024 * (1024 if unit == "G" else 1)


@hub_browser_mark
def test_memory_of_a_learner_server_after_every_notebook(hub, browsers, learner_a, facilitator, course_source):
    bare, branch = course_source
    lab, _ = follow_link(hub, browsers(learner_a.name), learner_a, course_link(hub, bare, branch, HOLONIQ.notebook),
                         notebook_in_home(bare, HOLONIQ.notebook))
    for step in LEARNER_READY:
        lab.open(notebook_in_home(bare, step.notebook))  # ?reset: one notebook on screen, earlier kernels kept
        run_all(lab)
        problems = nbk.page_problems(lab.page, prompts=step.prompts, dialogs=lab.dialogs)
        assert problems == [], f"{step.notebook} on the hub:\n" + "\n".join(problems)
    lab.page.goto("about:blank")  # kernels stay running, as when a learner leaves tabs open
    processes = memory_of(learner_a.uid)
    rss, pss = sum(p["rss_kib"] for p in processes), sum(p["pss_kib"] for p in processes)
    record("learner_after_all_notebooks", {
        "rss_mib": round(rss / 1024), "pss_mib": round(pss / 1024),
        "notebooks": [s.notebook for s in LEARNER_READY],
        "processes": [{"what": p["what"], "rss_mib": round(p["rss_kib"] / 1024)} for p in processes]})
    assert [p["what"] for p in processes].count("kernel") >= len(LEARNER_READY), "expected one kernel per notebook"
    # The limit is a cgroup's, which charges a page once however many of its processes map it: that is
    # the PSS summed over the processes. RSS summed counts the libraries every kernel shares once per
    # kernel (8 kernels: 1115 MiB RSS for 850 MiB PSS), so it is recorded but not held to the limit.
    limit_kib = deployed_memory_limit_kib()
    assert pss < limit_kib, f"a learner's server used {pss // 1024} MiB, over {limit_kib // 1024} MiB, the limit in " \
                            "deploy/jupyterhub/config.yaml"
    # Measured; the facilitator's server (test 6) may now start while the learners share (test 5).
    hub.request_server(facilitator.name)


# --- 5. the class folder --------------------------------------------------------------------------
# What a learner could write by hand, without the course: the attacks below, not the learners' shares.
BY_HAND = ("import os, sys; fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600); "
           "os.fchmod(fd, 0o640); os.write(fd, sys.argv[2].encode()); os.close(fd)")


def in_terminal(user, learners_python: runtime.Runtime, **extra: str) -> dict[str, str]:
    """What a terminal of the learner's server has: the runtime, and the journal where their server keeps it.

    (Written out: the test session's own COURSE_JOURNAL_DIR and XDG folders would otherwise leak through runuser.)
    """
    return {**learners_python.environment, "COURSE_JOURNAL_DIR": str(journal_of(user).parent), **extra}


def share_into_class_folder(user, learners_python: runtime.Runtime, drop_folder: Path) -> subprocess.CompletedProcess:
    """The course's own share action, as the learner types it in a terminal of their server."""
    return user.run(str(learners_python.python), "-m", "course_helpers", "share", "--class", CLASS_CODE,
                    "--reflections", "01", "--class-folder",
                    env=in_terminal(user, learners_python, COURSE_SHARE_DIR=str(drop_folder)))


def answers_file(scratch: Path, who: str) -> Path:
    """A journal export with a few answers, for a learner who answers by importing it (made by the course)."""
    folder = scratch / f"journal-of-{who}"
    journal = Journal(folder / "journal.sqlite3")
    journal.save("00", "familiarity", 2 + "cde".index(who))
    journal.save("01", "place_today", {"x": 2, "y": -1})
    journal.save("01", "why_there", ANSWERS[who])
    path = scratch / f"answers-{who}.json"
    path.write_bytes(journal.export_bytes())
    journal.close()
    shutil.rmtree(folder)
    path.chmod(0o644)
    return path


def forged_share_file() -> str:
    """A valid share file, as B could write one for A: it must never count, for A or for anyone."""
    return json.dumps({"format": "mc-course-share", "schema_version": 1, "class_code": CLASS_CODE,
                       "learner": "f" * 32, "created_at": "2026-11-30T12:00:00Z", "shared_reflections": ["01"],
                       "answers": {"00": {"familiarity": 1}, "01": {"why_there": FORGED_MARKER}}})


def in_parallel(jobs: dict[str, Callable[[], subprocess.CompletedProcess]]) -> dict[str, subprocess.CompletedProcess]:
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = {key: pool.submit(job) for key, job in jobs.items()}
        return {key: future.result() for key, future in futures.items()}


@hub_mark  # users and folders only: no hub, no browser
def test_learners_share_into_the_class_folder_and_only_the_facilitator_can_read_it(
        drop_folder, cohort, learners_python, scratch):
    people, facilitators, _ = cohort
    a, b, e, facilitator = people["a"], people["b"], people["e"], people["facilitator"]
    learners = [people[who] for who in "ab" + TERMINAL_LEARNERS]
    mode = drop_folder.stat()
    assert stat.S_IMODE(mode.st_mode) == 0o3773 and mode.st_gid == grp.getgrnam(facilitators).gr_gid

    # B takes E's name before E shares: E's share is then refused with a sentence, and B's file stays B's.
    squatted = drop_folder / f"{e.name}.json"
    assert b.run("python3", "-c", BY_HAND, str(squatted), forged_share_file()).returncode == 0

    # Everyone shares at once: A and B from the journals of test 1, C to E after importing their answers.
    files = {who: answers_file(scratch, who) for who in TERMINAL_LEARNERS}
    timer = nbk.Stopwatch()

    def learner_shares(who: str) -> Callable[[], subprocess.CompletedProcess]:
        def job() -> subprocess.CompletedProcess:
            if who in files:
                imported = people[who].run(str(learners_python.python), "-m", "course_helpers", "import",
                                           str(files[who]), env=in_terminal(people[who], learners_python))
                assert imported.returncode == 0, imported.stderr
            return share_into_class_folder(people[who], learners_python, drop_folder)
        return job
    shared = in_parallel({who: learner_shares(who) for who in "ab" + TERMINAL_LEARNERS})
    record("five_learners_share_in_parallel_seconds", timer.seconds())
    for who in "abcd":
        name = f"{people[who].name}.json"
        assert shared[who].returncode == 0, shared[who].stderr
        assert strings.CLASS_FOLDER_SAVED.format(name=name, k=MIN_GROUP) in shared[who].stdout
    assert shared["e"].returncode == 1
    assert strings.CLASS_FOLDER_TAKEN.format(name=squatted.name) in shared["e"].stderr
    assert squatted.stat().st_uid == b.uid, "the refused share must not replace what was there"
    squatted.unlink()  # what the hub's administrator does when E reports it
    again = share_into_class_folder(e, learners_python, drop_folder)
    assert again.returncode == 0, again.stderr

    for user in learners:
        saved = (drop_folder / f"{user.name}.json").stat()
        assert saved.st_uid == user.uid, "each file belongs to the learner who shared it"
        assert saved.st_gid == mode.st_gid, "the folder's setgid bit gives the file the facilitators' group"
        assert stat.S_IMODE(saved.st_mode) == 0o640, "readable by the facilitators' group, whatever the umask"
    assert not [p.name for p in drop_folder.iterdir() if p.name.startswith(".")], "a half-written file was left"

    # B cannot list the folder, read A's file (even knowing its name), replace or delete it ...
    file_a = drop_folder / f"{a.name}.json"
    shared_by_a = file_a.read_bytes()
    assert "Permission denied" in b.run("ls", str(drop_folder)).stderr
    assert "Permission denied" in b.run("cat", str(file_a)).stderr
    assert b.run("python3", "-c", BY_HAND, str(file_a), forged_share_file()).returncode != 0
    assert b.run("rm", "-f", str(file_a)).returncode != 0
    assert b.run("mv", str(file_a), str(drop_folder / "moved.json")).returncode != 0
    assert file_a.read_bytes() == shared_by_a
    # ... but can make a folder named after A and write a share file into it (the dashboard refuses it: test 6).
    forged = drop_folder / a.name / "share.json"
    assert b.run("mkdir", str(forged.parent)).returncode == 0
    assert b.run("python3", "-c", BY_HAND, str(forged), forged_share_file()).returncode == 0

    # The facilitator lists and reads every file; each file's owner says who shared it.
    listing = facilitator.run("ls", str(drop_folder))
    assert listing.returncode == 0
    assert set(listing.stdout.split()) == {f"{user.name}.json" for user in learners} | {a.name}
    for user in learners:
        read = facilitator.run("cat", str(drop_folder / f"{user.name}.json"))
        assert read.returncode == 0 and json.loads(read.stdout)["class_code"] == CLASS_CODE
        assert user.name not in read.stdout, "the file's name says who shared it; its content does not"


# --- 6. the facilitator's class dashboard ------------------------------------------------------------
@hub_browser_mark
def test_the_facilitator_sees_the_class_dashboard(hub, browsers, cohort, course_source):
    """Every file attributed to the user who saved it, answers escaped, nothing from the forged file."""
    people = cohort[0]
    a, b, facilitator = people["a"], people["b"], people["facilitator"]
    bare, branch = course_source
    lab, seconds = follow_link(hub, browsers(facilitator.name), facilitator,
                               course_link(hub, bare, branch, DASHBOARD.notebook),
                               notebook_in_home(bare, DASHBOARD.notebook))
    record("facilitator_link_to_dashboard_seconds", seconds)
    run_all(lab)  # reads COURSE_SHARE_DIR, which the hub gives the facilitator's server
    page = lab.page
    page.locator(S.DASHBOARD_SENDERS).first.wait_for()

    senders = {row.locator("th").inner_text(): row.locator("td").all_inner_texts()
               for row in page.locator(S.DASHBOARD_SENDERS).all()}
    learners = [people[who] for who in "ab" + TERMINAL_LEARNERS]
    assert senders == {user.name: [f"{user.name}.json", strings.DASHBOARD_SENDER_READ] for user in learners}
    imported = page.locator(S.DASHBOARD_COLLECT).inner_text()
    assert (f"{a.name}/share.json: " + strings.CLASS_FOLDER_FORGED.format(claimed=a.name, owner=b.name)) in imported

    board = page.locator(S.DASHBOARD_BOARD_TEXT).first.inner_text()
    assert f"Answers shared by {len(learners)} learners." in board
    reflections = page.locator(S.DASHBOARD_REFLECTIONS).all_inner_texts()
    assert sorted(reflections) == sorted(ANSWERS.values()), "every answer, as text, and only these"
    assert FORGED_MARKER not in page.content(), "something of the forged file reached the page"
    problems = nbk.page_problems(page, dialogs=lab.dialogs)  # no script ran, no active markup, no alert
    assert problems == [], "\n".join(problems)
    lab.page.goto("about:blank")


# --- 7. nothing is left running -------------------------------------------------------------------
# A process that has had its signal may still be exiting when the hub is gone; on a busy machine that
# can take a while, so the test waits for the processes to go (and fails only if they do not).
EXIT_DEADLINE_SECONDS = 60.0
ORPHANED_KERNEL = "Parent appears to have exited"  # what a kernel says when its server ended without it


@hub_browser_mark
def test_stopping_the_hub_stops_every_learner_process(hub, cohort):
    people = cohort[0]
    running = {name: hub_users.processes_of(user.uid) for name, user in people.items()}
    assert running["a"], "learner A's server should still be running before the hub stops"
    log_before_stop = len(hub.log())
    hub.stop()
    left = hub_users.wait_for_no_processes({name: user.uid for name, user in people.items()},
                                           EXIT_DEADLINE_SECONDS)
    assert not left, f"processes left {EXIT_DEADLINE_SECONDS:.0f} s after the hub stopped: {left}"
    pid_file = hub.scratch / "jupyterhub-proxy.pid"
    assert not pid_file.exists() or not Path(f"/proc/{pid_file.read_text().strip()}").exists(), "the proxy survived"
    # Each server shut its own kernels down (SIGTERM, see tests/hub/hubserver.py), rather than
    # ending and leaving them to find out: the whole run's log, every earlier stop included.
    log = hub.log()
    assert re.search(r"Shutting down [1-9]\d* kernels?", log[log_before_stop:]), "no server shut its kernels down"
    assert ORPHANED_KERNEL not in log, "a server ended without shutting down its kernels"
