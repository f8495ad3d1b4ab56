"""Journals for the portfolio tests: one that answers everything with hostile text, one nearly empty.

Both cover every learner step of the manifest, 08's and 09's composite prompts (picks, a form,
the question wall) included.
"""
from __future__ import annotations

from typing import Any, Iterator

from course_helpers import course, questions
from course_helpers.text import displayable

ONE_MEGABYTE = 1024 * 1024
# Each is a reflection somewhere in the full journal; the browser test finds every one as text.
HOSTILE_TEXTS = (
    "<script>window.__pwned = 'script'</script>",
    '<img src=x onerror="window.__pwned = \'img\'">',
    "<b>bold?</b> <i>italic?</i> &amp; &lt;not an entity&gt; \"double\" 'single'",
    "\u202eright-to-left override that never ends",
    "\u2067isolate opened \u202b and embedding opened, neither closed",
    "stray closers \u2069\u202c\u2069 that must not end an isolate of ours",
    "NUL here:\x00, lone surrogate here:\ud800, and after",
    "**not bold** _not italic_ `not code` [not a link](http://127.0.0.1:1/) ![no image](http://127.0.0.1:1/x.png)",
    "# not a heading\n- not a list\n1. not a numbered list\n    not code\n> not a quote\n===",
    "| not | a | table |\n|---|---|---|\n$not math$ ~~not struck~~ \\ backslash",
    "<style>body { display: none }</style><link rel=stylesheet href=http://127.0.0.1:1/x.css>",
    '<a href="javascript:window.__pwned=\'link\'">a link</a> <iframe src="http://127.0.0.1:1/"></iframe>',
    "<!-- an unclosed comment",
    "Arabic: \u0645\u0631\u062d\u0628\u0627 and Hebrew: \u05e9\u05dc\u05d5\u05dd, mixed with English",
    "line one\r\nline two\rline three\u2028line four",
    "/etc/passwd ~/.ssh/id_rsa http://127.0.0.1:1/ https://example.org",
)
HUGE = ("A one-megabyte answer. " * (ONE_MEGABYTE // 23 + 1))[:ONE_MEGABYTE]
QUESTION_TEXTS = (
    "<script>window.__pwned = 'question'</script> Who pays?",
    "\u202eWho recognises them across borders? (an override never closed)",
    "Do employers read **stackable** as [valuable](http://127.0.0.1:1/)?",
)


QUESTION_TAGS = ({"step": "03", "stakeholder": "employers"}, {"stakeholder": "learners"}, {"step": "07"})


def _field_value(field, texts: Iterator[str]) -> Any:
    if field.kind == "choice":
        return field.options[0][1]
    if field.kind == "number":
        return 2.5
    return next(texts)


def _texts() -> Iterator[str]:
    while True:
        yield from HOSTILE_TEXTS


def full_answers() -> dict[tuple[str, str], Any]:
    """A fitting value for every prompt of every proposed step; every hostile text is used, and HUGE once."""
    texts = _texts()
    answers: dict[tuple[str, str], Any] = {}
    for step in course.LEARNER_STEPS:
        for number, prompt in enumerate(step.prompts):
            key = (step.id, prompt.id)
            if prompt.kind in ("reflection", "line"):
                answers[key] = next(texts)
            elif prompt.kind == "rating":
                answers[key] = number % 5 + 1
            elif prompt.kind == "choice":
                answers[key] = prompt.options[number % len(prompt.options)][1]
            elif prompt.kind == "placement":
                answers[key] = {"x": number - 2, "y": 3 - number}
            elif prompt.kind == "picks":
                answers[key] = [prompt.items[3][1], prompt.items[5][1]][:prompt.most or 2]
            elif prompt.kind == "ranking":
                answers[key] = [value for _, value in reversed(prompt.items)]
            elif prompt.kind == "grid":
                answers[key] = {row: {column: prompt.options[0][1] for _, column in prompt.columns}
                                for _, row in prompt.items}
            elif prompt.kind == "form":
                answers[key] = {field.id: _field_value(field, texts) for field in prompt.fields}
            elif prompt.kind == "records" and prompt.id == questions.WALL_PROMPT:
                answers[key] = [{"id": f"r{n}", "text": text, **tags}
                                for n, (text, tags) in enumerate(zip(QUESTION_TEXTS, QUESTION_TAGS), start=1)]
            elif prompt.kind == "records":
                answers[key] = [{"id": "r1", **{field.id: _field_value(field, texts) for field in prompt.fields}}]
            elif prompt.kind == "links":
                drivers = [value for _, value in prompt.columns]
                answers[key] = {critique: {"driver": drivers[n % len(drivers)], "relation": "answers"}
                                for n, (_, critique) in enumerate(prompt.items)}
            elif prompt.kind == "credential":
                answers[key] = {"title": next(texts), "learning_outcomes": [next(texts)], "ects": 5, "level": 6}
            elif prompt.kind in STEP_05_06_VALUES:
                answers[key] = STEP_05_06_VALUES[prompt.kind](texts)
            else:
                raise AssertionError(f"no test value for kind {prompt.kind!r}")
    answers[("00", "hopes")] = HUGE
    # Whatever is left of the hostile texts goes to the last reflections of step 02.
    return answers


# The kinds of 05 and 06 (an unknown id and hostile credential names included).
STEP_05_06_VALUES = {
    "assignment": lambda texts: {"content": ["norvale", "corrin"], "teaching": "ostberg"},
    "pathway": lambda texts: ["NV-DATA", "NV-CARB", "<b>NOT-OURS</b>"],
    "choice_count": lambda texts: {"catalogue_size": 50_000, "length": 5},
    "credentials": lambda texts: [
        {"id": "r1", "name": next(texts)[:120] or "x", "size": 180, "unit": "ECTS", "level": 6, "kind": "degree",
         "when": "past"},
        {"id": "r2", "name": "Carbon accounting", "size": 5, "unit": "ECTS", "kind": "micro", "when": "planned"}],
    "interfaces": lambda texts: [{"from": "r2", "to": "r1", "kind": "stacks_into"}],
}

# Answers this version of the course does not know: kept and shown as raw JSON.
UNKNOWN_ANSWERS: dict[tuple[str, str], Any] = {
    ("01", "from_a_newer_course"): {"text": "<script>window.__pwned = 'unknown'</script>", "n": [1, 2.5, None]},
    ("99", "a_step_we_lack"): "\u202eunknown step text",
    ("facilitator", "note"): ["<img src=x onerror=\"window.__pwned='facilitator'\">"],
}
# Saved values that do not fit their prompt's kind: shown raw, with a note.
MISFITS: dict[tuple[str, str], Any] = {
    ("00", "familiarity"): "<b>not a rating</b>",
    ("02", "nearest_C3"): "H9",
}


def fill(journal, answers: dict[tuple[str, str], Any]) -> None:
    for (step, prompt), value in answers.items():
        journal.save(step, prompt, value)


def full_journal(journal) -> dict[tuple[str, str], Any]:
    """Answer everything (with an earlier revision of some answers first); returns the latest values."""
    answers = full_answers()
    journal.save("00", "familiarity", 1)  # an older revision the portfolio must not show
    fill(journal, answers)
    fill(journal, UNKNOWN_ANSWERS)
    return {**answers, **UNKNOWN_ANSWERS}


def sparse_journal(journal) -> dict[tuple[str, str], Any]:
    """A journal that answered little: one reflection, one cleared answer, one misfit."""
    journal.save("01", "why_there", "An answer.")
    journal.save("00", "hopes", "to be cleared")
    journal.save("00", "hopes", "")
    fill(journal, MISFITS)
    return {("01", "why_there"): "An answer.", **MISFITS}


def shown_text(text: str) -> str:
    """What a browser shows for learner text: displayable, newlines normalised as HTML parsing does."""
    return displayable(text).replace("\r\n", "\n").replace("\r", "\n")


def learner_texts(values: dict[tuple[str, str], Any]) -> list[str]:
    """Every piece of free text the learner wrote in ``values``: reflections, text in forms and records."""
    prompts = {(step.id, prompt.id): prompt for step in course.LEARNER_STEPS for prompt in step.prompts}
    found = []
    for key, value in values.items():
        prompt = prompts.get(key)
        if prompt is None:
            continue
        if prompt.kind in ("reflection", "line"):
            found.append(value)
        text_fields = [field.id for field in prompt.fields if field.kind in ("line", "text")]
        if prompt.kind == "form":
            found += [value[field] for field in text_fields if field in value]
        elif prompt.kind == "records":
            found += [record[field] for record in value for field in text_fields if field in record]
    return found
