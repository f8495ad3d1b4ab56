"""Everything a step still lacks, as sentences, so a new step learns all of it in one run.

``python -m course_helpers check-steps`` prints the list, and
``tests/test_manifest_and_notebooks.py`` fails with the whole of it.
"""
from __future__ import annotations

import re
from typing import Iterable

import nbformat

from .. import course, kinds
from ..course import Step
from .blocks import SYNC_COMMAND, BlockError, blocks_in, fill, named_prompts

ROOT = course.NOTEBOOK_DIR.parent
BENCH_RESULTS = ROOT / "bench" / "results.json"
MAX_CODE_LINES = 12
ID_PATTERN = re.compile(r"[A-Za-z0-9_]{1,64}")
# "By the end you will ... compare / argue / judge ...": at least one objective asks for more than recall.
HIGHER_ORDER = ("compare", "argue", "judge", "weigh", "evaluate", "decide", "critique", "justify", "assess",
                "defend", "prioritise", "rank", "design", "plan", "explain why", "test")
WIDGET_CALL = re.compile(r"""\bstep\.(?P<method>\w+)\(\s*["'](?P<id>[A-Za-z0-9_]+)["']""")


def all_problems() -> list[str]:
    """Every problem of every step, manifest-wide ones first."""
    bench = BENCH_RESULTS.read_text(encoding="utf-8") if BENCH_RESULTS.exists() else ""
    problems = manifest_problems()
    for step in course.STEPS:
        problems += step_problems(step, bench_results=bench)
    return problems


def manifest_problems() -> list[str]:
    problems = []
    ids = [s.id for s in course.STEPS]
    problems += [f"the step id {i!r} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    orders = [s.order for s in course.STEPS]
    if orders != sorted(orders) or len(set(orders)) != len(orders):
        problems.append("steps must be listed in order, each with its own order number")
    if [s.id for s in course.LEARNER_STEPS] != [f"{n:02d}" for n in range(len(course.LEARNER_STEPS))]:
        problems.append("learner steps must be numbered 00, 01, 02 … without gaps")
    return problems


def step_problems(step: Step, *, bench_results: str = "") -> list[str]:
    """What ``step`` lacks: in the manifest, in its notebook, in the benchmark."""
    problems = [f"{step.id}: {p}" for p in _manifest_entry_problems(step)]
    exists = step.notebook_path.exists()
    if step.status == "ready" and not exists:
        problems.append(f"{step.id}: the manifest says 'ready' but notebooks/{step.notebook} does not exist "
                        f"(start it with `python -m course_helpers new-notebook {step.id}`)")
    if step.status != "ready" and exists:
        problems.append(f"{step.id}: notebooks/{step.notebook} exists but the step is '{step.status}': "
                        "set status='ready' in course.py once it is complete")
    if exists:
        nb = nbformat.read(step.notebook_path, as_version=4)
        problems += [f"{step.id}: {p}" for p in notebook_problems(step, nb)]
        if step.for_learners and f"({step.id}_" not in bench_results:
            problems.append(f"{step.id}: bench/results.json has no row for it: run `.venv/bin/python bench/run.py`")
    return problems


def _manifest_entry_problems(step: Step) -> list[str]:
    from ..widgets import ANSWER_CLASSES  # imported here: only this check needs ipywidgets

    problems = []
    if step.for_learners:
        if not step.subtitle:
            problems.append("no subtitle for the header line")
        if not step.activity:
            problems.append("no activity for the table of steps in 00")
        if step.minutes <= 0:
            problems.append("no time estimate (minutes)")
        if step.status == "ready":
            if len(step.objectives) < 2:
                problems.append("fewer than two objectives")
            elif not any(verb in o.lower() for o in step.objectives for verb in HIGHER_ORDER):
                problems.append("no objective asks for more than recall (compare, argue, judge, …)")
    prompt_ids = [p.id for p in step.prompts]
    problems += [f"the prompt id {i!r} is used twice" for i in sorted({i for i in prompt_ids if prompt_ids.count(i) > 1})]
    for prompt in step.prompts:
        where = f"prompt {prompt.id!r}"
        if not ID_PATTERN.fullmatch(prompt.id):
            problems.append(f"{where}: ids are 1 to 64 letters, digits or underscores")
        if prompt.kind not in kinds.known_kinds():
            problems.append(f"{where}: kind {prompt.kind!r} has no value check in kinds.py")
        if prompt.kind not in ANSWER_CLASSES:
            problems.append(f"{where}: kind {prompt.kind!r} has no widget in widgets.ANSWER_CLASSES")
        if prompt.kind == "rating" and not (prompt.low and prompt.high):
            problems.append(f"{where}: a rating needs words for both ends (low, high)")
        if prompt.kind == "choice" and not prompt.options:
            problems.append(f"{where}: a choice needs options")
    return problems


def notebook_problems(step: Step, nb: nbformat.NotebookNode) -> list[str]:
    """What the notebook of ``step`` lacks or gets wrong."""
    problems = _clean_problems(nb)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
    if not code or f'open_step("{step.id}")' not in code[0]:
        problems.append(f'the first code cell must open its own step: step = open_step("{step.id}")')
    problems += _prompt_use_problems(step, code)
    problems += _block_problems(step, markdown)
    for source in code:
        if len(source.splitlines()) > MAX_CODE_LINES:
            problems.append(f"a code cell has more than {MAX_CODE_LINES} lines: move the logic into course_helpers")
        if re.search(r"^\s*(def|class) ", source, re.M):
            problems.append("a code cell defines a function or class: move it into course_helpers")
    if not any(source.lstrip().startswith("## Summary") or "\n## Summary" in source for source in markdown):
        problems.append("no '## Summary' section")
    return problems


def _clean_problems(nb: nbformat.NotebookNode) -> list[str]:
    problems = []
    if "widgets" in nb.metadata:
        problems.append("saved widget state in the notebook's metadata (it would leak answers): clear it")
    if any(c.cell_type == "code" and (c.outputs or c.execution_count is not None) for c in nb.cells):
        problems.append("outputs or execution counts are saved: clear all outputs before committing")
    if nb.metadata.get("kernelspec", {}).get("name") != "python3":
        problems.append("the kernel must be python3")
    return problems


def _prompt_use_problems(step: Step, code: Iterable[str]) -> list[str]:
    uses: dict[str, int] = {}
    for source in code:
        for match in WIDGET_CALL.finditer(source):
            if match.group("method") == "answer_group":
                members = [p.id for p in step.prompts if p.id.startswith(match.group("id") + "_")]
            else:
                members = [match.group("id")]
            for prompt_id in members:
                uses[prompt_id] = uses.get(prompt_id, 0) + 1
    problems = []
    for prompt in step.prompts:
        count = uses.get(prompt.id, 0)
        if count == 0:
            problems.append(f"prompt {prompt.id!r} has no widget: add a cell with step.answer({prompt.id!r})")
        elif count > 1:
            problems.append(f"prompt {prompt.id!r} has {count} widgets: two widgets would fight over one answer")
    known = {p.id for p in step.prompts}
    for prompt_id in sorted(set(uses) - known):
        problems.append(f"a code cell asks for prompt {prompt_id!r}, which the manifest does not have")
    return problems


def _block_problems(step: Step, markdown: list[str]) -> list[str]:
    problems = []
    in_markdown: set[str] = set()
    names: list[str] = []
    for source in markdown:
        for name, args in blocks_in(source):
            names.append(name)
            try:
                in_markdown.update(named_prompts(step, name, args))
            except BlockError as error:
                problems.append(str(error))
        try:
            if fill(step, source) != source:
                problems.append(f"generated text is out of date with the manifest: run `{SYNC_COMMAND}`")
        except BlockError as error:
            problems.append(str(error))
    for required in ("header", "navigation"):
        if step.for_learners and required not in names:
            problems.append(f"no generated {required} block (see CONTRIBUTING.md)")
    missing = [p.id for p in step.prompts if p.id not in in_markdown]
    if missing:
        problems.append("prompts not written out in Markdown (add a generated prompt block): " + ", ".join(missing))
    return sorted(set(problems), key=problems.index)

