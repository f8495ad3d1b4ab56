"""The notebook text that the manifest knows, rendered as Markdown.

A generated block sits in a Markdown cell between two HTML comments, which
JupyterLab, Voila, nbviewer and GitHub do not show::

    <!-- begin generated: prompt hopes -->
    **Prompt:** What do you hope to take away from this step?
    <!-- end generated -->

Block names: ``header``, ``steps`` (the table of steps in 00),
``prompt ID``, ``prompts PREFIX`` (every prompt whose id starts with
``PREFIX_``) and ``navigation``. Text outside the markers belongs to the
author and is never touched.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Callable

from .. import course
from ..course import Prompt, Step

BEGIN = re.compile(r"<!-- begin generated: (?P<name>[a-z-]+)(?: (?P<args>[^>]*?))? -->")
END = "<!-- end generated -->"
SYNC_COMMAND = "python -m course_helpers sync-notebooks"


class BlockError(ValueError):
    """A generated block that cannot be rendered (unknown name, unknown prompt, bad markers)."""


def last_step_number() -> int:
    return max(s.order for s in course.LEARNER_STEPS)


def notebook_link(step: Step, text: str, *, start: Step | None = None) -> str:
    """A Markdown link to ``step``'s notebook, relative to ``start``'s folder (or plain text when planned)."""
    if step.status != "ready":
        return text
    target = PurePosixPath(step.notebook)
    here = PurePosixPath(start.notebook).parent if start is not None else PurePosixPath(".")
    depth = len(here.parts)
    relative = "/".join([".."] * depth + list(target.parts))
    return f"[{text}]({relative})"


def header(step: Step) -> str:
    if step.for_learners:
        where = f"**Step {step.order} of {last_step_number()} · {step.subtitle} · about {step.minutes} minutes**"
    else:
        where = f"**For facilitators · {step.subtitle}**"
    lines = [f"# {step.title}", "", where]
    if step.objectives:
        lines += ["", "**By the end of this notebook you will**", ""]
        lines += [f"- {objective}{';' if n < len(step.objectives) else '.'}"
                  for n, objective in enumerate(step.objectives, 1)]
    return "\n".join(lines)


def steps_table(step: Step) -> str:
    rows = ["| step | what you do | time |", "|---|---|---|"]
    total = 0
    for other in course.LEARNER_STEPS:
        if other.id == step.id:
            continue
        total += other.minutes
        name = notebook_link(other, other.label, start=step)
        when = f"{other.minutes} min" + ("" if other.status == "ready" else " (coming later)")
        rows.append(f"| {name} | {other.activity} | {when} |")
    hours, minutes = divmod(total, 60)
    rows += ["", f"The whole route takes about {hours} h {minutes:02d} min. A step marked *coming later* is "
                 "still being written: its notebook is not there yet."]
    return "\n".join(rows)


def _scale(prompt: Prompt) -> str:
    return f"{prompt.low}, {prompt.high}" if prompt.kind == "rating" else ""


def prompt_block(step: Step, prompt_id: str) -> str:
    prompt = _prompt(step, prompt_id)
    scale = _scale(prompt)
    return f"**Prompt:** {prompt.text}" + (f" ({scale})" if scale else "")


def prompts_block(step: Step, prefix: str) -> str:
    members = group(step, prefix)
    scales = {_scale(p) for p in members}
    lead = "**Prompts**"
    if len(scales) == 1 and "" not in scales:
        lead += f", each from {members[0].low} to {members[0].high}"
    return "\n".join([lead + ":", ""] + [f"- {p.text}" for p in members])


def navigation(step: Step) -> str:
    if not step.for_learners:  # the facilitator's notebook: back to where learners start
        start = course.LEARNER_STEPS[0]
        return f"**Learners start at:** {notebook_link(start, start.label, start=step)}"
    before, after = course.neighbours(step.id)
    parts = []
    if before is not None:
        parts.append(f"**Previous:** {notebook_link(before, f'← {before.label}', start=step)}")
    if after is not None:
        if after.status == "ready":
            parts.append(f"**Next:** {notebook_link(after, f'{after.label} →', start=step)}")
        else:
            parts.append(f"**Next:** {after.label} (coming later: this notebook is still being written)")
    return " · ".join(parts)


def group(step: Step, prefix: str) -> list[Prompt]:
    """Every prompt of ``step`` whose id starts with ``prefix_``, in manifest order."""
    members = [p for p in step.prompts if p.id.startswith(prefix + "_")]
    if not members:
        raise BlockError(f"step {step.id} has no prompts starting with {prefix!r}")
    return members


def _prompt(step: Step, prompt_id: str) -> Prompt:
    try:
        return step.prompt(prompt_id)
    except KeyError:
        raise BlockError(f"step {step.id} has no prompt {prompt_id!r}") from None


_RENDERERS: dict[str, Callable[..., str]] = {
    "header": header, "steps": steps_table, "navigation": navigation,
    "prompt": prompt_block, "prompts": prompts_block,
}


def render(step: Step, name: str, args: str | None) -> str:
    """The Markdown of one block."""
    try:
        renderer = _RENDERERS[name]
    except KeyError:
        raise BlockError(f"unknown generated block {name!r}; known: {', '.join(_RENDERERS)}") from None
    arguments = (args or "").split()
    takes_argument = name in ("prompt", "prompts")
    if len(arguments) != int(takes_argument):
        raise BlockError(f"block {name!r} takes {'one argument' if takes_argument else 'no argument'}, "
                         f"not {args!r}")
    return renderer(step, *arguments)


def named_prompts(step: Step, name: str, args: str | None) -> list[str]:
    """The prompt ids a block writes out (for the check that every prompt is in Markdown)."""
    if name == "prompt":
        return [_prompt(step, (args or "").strip()).id]
    if name == "prompts":
        return [p.id for p in group(step, (args or "").strip())]
    return []


def fill(step: Step, source: str) -> str:
    """``source`` with every generated block rewritten from the manifest; other text unchanged."""
    out: list[str] = []
    position = 0
    for match in BEGIN.finditer(source):
        if match.start() < position:
            continue  # a begin marker inside a block we already replaced
        end = source.find(END, match.end())
        if end < 0:
            raise BlockError(f"a generated block {match.group('name')!r} has no '{END}'")
        out.append(source[position:match.end()])
        out.append("\n" + render(step, match.group("name"), match.group("args")) + "\n")
        position = end
    out.append(source[position:])
    return "".join(out)


def blocks_in(source: str) -> list[tuple[str, str | None]]:
    """(name, args) of every generated block in ``source``."""
    return [(m.group("name"), m.group("args")) for m in BEGIN.finditer(source)]


def block(name: str, args: str | None = None, body: str = "") -> str:
    """A block with its markers, as a new cell would hold it (``fill`` writes the body)."""
    head = f"<!-- begin generated: {name}{' ' + args if args else ''} -->"
    return f"{head}\n{body}\n{END}"
