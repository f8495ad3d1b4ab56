"""Does a learning outcome read as an outcome? A check of its verb.

A learning outcome says what a learner can do at the end, in terms an assessor
can check: "evaluate the bias risks of a data set" can be assessed,
"understand data ethics" cannot be observed directly. This module strips the
usual lead-in ("By the end, learners will be able to …"), looks at the first
verb and sorts the statement into one of four verdicts.

The verb lists are the companion authors' working heuristic (an
interpretation, in the tradition of outcome-writing guides that build on
Bloom's taxonomy), not a rule from the EU Recommendation, and the notebook
must say so. Pure: no I/O, no widgets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Verdict = Literal["assessable", "vague", "unclear", "empty"]

# Verbs that name a state of mind rather than something an assessor can observe, each with
# a suggestion of observable verbs to use instead. Longer phrases are tried first.
VAGUE_VERBS: dict[str, str] = {
    "demonstrate an understanding of": "explain, compare or apply",
    "demonstrate understanding of": "explain, compare or apply",
    "gain an understanding of": "explain, compare or apply",
    "have an understanding of": "explain, compare or apply",
    "develop an understanding of": "explain, compare or apply",
    "have knowledge of": "describe, identify or list",
    "be aware of": "identify, recognise or describe",
    "become aware of": "identify, recognise or describe",
    "be familiar with": "describe, use or demonstrate",
    "become familiar with": "describe, use or demonstrate",
    "be exposed to": "use, describe or apply",
    "understand": "explain, compare or apply",
    "know": "describe, identify or list",
    "appreciate": "evaluate, justify or argue for",
    "learn": "name what the learner will then do: apply, produce, analyse …",
    "grasp": "explain or apply",
    "comprehend": "explain or summarise",
    "realise": "identify or explain",
    "realize": "identify or explain",
    "believe": "argue for or justify",
    "value": "justify or evaluate",
    "internalise": "apply or demonstrate",
}

# Verbs an assessor can observe in a product or a performance (a working list, not a closed one).
ASSESSABLE_VERBS: frozenset[str] = frozenset("""
    adapt analyse analyze apply appraise argue arrange assemble assess build calculate categorise
    categorize choose cite classify code collaborate combine communicate compare compile compose
    compute conduct configure construct contrast convert create critique debate decide deduce
    defend define demonstrate derive describe design detect determine develop diagnose differentiate
    discuss distinguish document draft draw estimate evaluate examine execute explain facilitate
    formulate generate identify illustrate implement improve infer install integrate interpret
    investigate judge justify label lead list locate manage map measure model modify monitor
    negotiate operate organise organize outline perform plan predict prepare present prioritise
    prioritize produce program propose prove rank rate recognise recognize recommend reconstruct
    record relate reorganise report represent research resolve review revise rewrite schedule
    select sketch solve sort specify state structure summarise summarize supervise synthesise
    synthesize teach test trace translate troubleshoot use validate verify write
""".split())

# Lead-ins that come before the verb: "By the end of the course, learners will be able to …".
_LEAD_IN = re.compile(
    r"^(?:(?:by|at|on|upon)\s+(?:the\s+)?(?:end|completion|completing)\b[^,:;]*[,:;]\s*)?"
    r"(?:(?:the\s+)?(?:successful\s+)?(?:learners?|students?|participants?|graduates?|holders?|you|they)\s+)?"
    r"(?:(?:will|should|shall|can|must|are|is)\s+)?(?:(?:be\s+)?able\s+to\s+)?(?:to\s+)?",
    re.IGNORECASE,
)
# "On completion of this course learners can …" (no comma): a time phrase, then a learner and a modal verb.
_TIMED_LEAD_IN = re.compile(
    r"^(?:by|at|on|upon|after)\b.{0,80}?\b(?:learners?|students?|participants?|graduates?|holders?|you|they)\s+"
    r"(?:will|should|shall|can|must|are|is)\s+(?:(?:be\s+)?able\s+to\s+)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_FORMS = ("", "s", "es", "d", "ed", "ing")


@dataclass(frozen=True)
class OutcomeCheck:
    """The verdict on one statement: its first verb and, when vague, verbs to use instead."""

    text: str
    verdict: Verdict
    verb: str = ""
    suggestion: str = ""


def core(statement: str) -> str:
    """The statement without its lead-in and leading punctuation, lower case."""
    text = " ".join(statement.split()).lower()
    text = text.lstrip("-*•·–—0123456789.)( \t")
    timed = _TIMED_LEAD_IN.sub("", text, count=1)
    return (timed if timed != text else _LEAD_IN.sub("", text, count=1)).strip()


def _base(word: str) -> str | None:
    """The assessable verb ``word`` is a form of ("evaluates" → "evaluate"), if any."""
    for ending in _FORMS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        for candidate in (stem, stem + "e"):
            if candidate in ASSESSABLE_VERBS:
                return candidate
    return None


def check(statement: str) -> OutcomeCheck:
    """Sort one outcome statement: assessable, vague, unclear (no verb we know) or empty."""
    text = core(statement)
    if not text:
        return OutcomeCheck(statement, "empty")
    for phrase, suggestion in VAGUE_VERBS.items():
        for form in (phrase, phrase + "s", phrase + "d", phrase + "ed"):
            if text == form or text.startswith(form + " ") or text.startswith(form + ","):
                return OutcomeCheck(statement, "vague", phrase, suggestion)
    first = _WORD.match(text)
    if first is not None:
        verb = _base(first.group(0))
        if verb is not None:
            return OutcomeCheck(statement, "assessable", verb)
    return OutcomeCheck(statement, "unclear", first.group(0) if first else "")
