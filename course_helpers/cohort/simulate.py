"""A simulated class: plausible answers for every shareable prompt, as journals or as share files.

For the facilitator trying the dashboard before a seminar, for the tests (a
class of 30 going end to end) and for the benchmark (100,000 share files).
Answers follow a tendency per prompt with learner-to-learner spread, so the
class figures look like a class and not like noise. Seeded: the same seed
gives the same class.
"""
from __future__ import annotations

import json
import random
import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable

from ..course import LEARNER_STEPS, Prompt, Step
from ..kinds import RATING_RANGE
from ..vocabulary import LINK_RELATIONS, NO_DRIVER, PLACEMENT_RANGE
from .columns import listed_items, share_policy
from .schema import FORMAT, SCHEMA_VERSION

_REFLECTIONS = (
    "Recognition between institutions matters more than the size of the award.",
    "Employers in my sector barely know what a micro-credential is.",
    "I worry that short courses will replace the time students need to think.",
    "Quality assurance has to come first, or nobody will trust the badges.",
    "Stacking sounds good on paper; in practice the pieces rarely fit together.",
    "Our ministry is already drafting a framework, so the state will lead here.",
)
START = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


class SimulatedClass:
    """Answers for ``steps`` with a tendency per prompt (drawn from ``seed``)."""

    def __init__(self, seed: int = 0, steps: Iterable[Step] = LEARNER_STEPS, reflection_share: float = 0.6):
        self.rng = random.Random(seed)
        self.steps = tuple(steps)
        self.reflection_share = reflection_share
        self._tendency: dict[tuple[str, str], Any] = {}
        for step in self.steps:
            for prompt in step.prompts:
                self._tendency[(step.id, prompt.id)] = self._draw_tendency(prompt)

    def _draw_tendency(self, prompt: Prompt) -> Any:
        rng = self.rng
        if prompt.kind == "placement":
            return (rng.uniform(-3, 3), rng.uniform(-3, 3))
        if prompt.kind == "rating":
            return rng.uniform(1.8, 4.2)
        if prompt.kind == "choice":
            return [rng.random() ** 2 + 0.05 for _ in prompt.options]
        if prompt.kind in ("ranking", "picks"):
            return [rng.random() ** 2 + 0.05 for _ in listed_items(prompt)]
        if prompt.kind == "grid":  # answer weights per cell: groups lean one way, examples another
            return {(row, column): [rng.random() ** 3 + 0.02 for _ in prompt.options]
                    for _, row in prompt.items for _, column in prompt.columns}
        if prompt.kind == "links":  # per critique: weights over the drivers and "none", then over the relations
            return {critique: ([rng.random() ** 3 + 0.02 for _ in range(len(prompt.columns) + 1)],
                               [rng.random() + 0.1 for _ in LINK_RELATIONS])
                    for _, critique in prompt.items}
        return None

    def answers(self) -> dict[tuple[str, str], Any]:
        """One learner's answers, keyed by (step, prompt); some prompts are left unanswered."""
        rng = self.rng
        out: dict[tuple[str, str], Any] = {}
        for step in self.steps:
            for prompt in step.prompts:
                if rng.random() < 0.05:
                    continue  # not every learner answers everything
                value = self._answer(prompt, self._tendency[(step.id, prompt.id)])
                if value is not None:
                    out[(step.id, prompt.id)] = value
        return out

    def _answer(self, prompt: Prompt, tendency: Any) -> Any:
        rng = self.rng
        if prompt.kind == "placement":
            low, high = PLACEMENT_RANGE
            return {axis: max(low, min(high, round(rng.gauss(centre, 2.0)))) for axis, centre in zip("xy", tendency)}
        if prompt.kind == "rating":
            low, high = RATING_RANGE
            return max(low, min(high, round(rng.gauss(tendency, 1.0))))
        if prompt.kind == "choice":
            return rng.choices([value for _, value in prompt.options], weights=tendency)[0]
        if prompt.kind in ("ranking", "picks"):
            keyed = sorted(((rng.random() * weight, value) for weight, (_, value) in zip(tendency, listed_items(prompt))),
                           reverse=True)
            ordered = [value for _, value in keyed]
            return ordered if prompt.kind == "ranking" else ordered[:prompt.most or len(ordered)]
        if prompt.kind == "grid":
            answers = [value for _, value in prompt.options]
            return {row: {column: rng.choices(answers, weights=tendency[(row, column)])[0] if rng.random() > 0.03
                          else None for _, column in prompt.columns} for _, row in prompt.items}
        if prompt.kind == "links":
            drivers = [value for _, value in prompt.columns] + [NO_DRIVER]
            links: dict[str, Any] = {}
            for _, critique in prompt.items:
                driver_weights, relation_weights = tendency[critique]
                driver = rng.choices(drivers, weights=driver_weights)[0]
                relation = None if driver == NO_DRIVER else rng.choices(LINK_RELATIONS, weights=relation_weights)[0]
                links[critique] = {"driver": driver, "relation": relation}
            return links
        if share_policy(prompt.kind) == "written" and rng.random() < self.reflection_share:
            return rng.choice(_REFLECTIONS)
        return None

    def share_document(self, class_code: str, created_at: datetime = START, learner: str | None = None,
                       reflections: Iterable[str] = ()) -> dict:
        """A share file's document for one simulated learner (built directly, without a journal)."""
        ticked = set(reflections)
        answers: dict[str, dict[str, Any]] = {}
        for (step, prompt_id), value in self.answers().items():
            prompt = next(p for s in self.steps if s.id == step for p in s.prompts if p.id == prompt_id)
            policy = share_policy(prompt.kind)
            if policy == "structured" or (policy == "written" and step in ticked):
                answers.setdefault(step, {})[prompt_id] = value
        return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "class_code": class_code,
                "learner": learner or secrets.token_hex(16),
                "created_at": created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "shared_reflections": [s.id for s in self.steps if s.id in ticked], "answers": answers}


def fill_journal(journal: Any, answers: dict[tuple[str, str], Any]) -> None:
    """Save simulated answers into a real journal, through its public ``save``."""
    for (step, prompt), value in answers.items():
        journal.save(step, prompt, value)


def write_share_files(folder: Path, count: int, *, class_code: str = "SIM-CLASS", seed: int = 0,
                      steps: Iterable[Step] = LEARNER_STEPS, reflections: Iterable[str] = ()) -> list[Path]:
    """Write ``count`` simulated share files (one learner each) into ``folder``; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    simulated = SimulatedClass(seed, steps)
    rng = random.Random(seed + 1)
    ticked = tuple(reflections)
    paths = []
    for number in range(count):
        created = START + timedelta(seconds=rng.randrange(3600))
        document = simulated.share_document(class_code, created, learner=f"{rng.getrandbits(128):032x}",
                                            reflections=ticked)
        path = folder / f"share-{number:06d}.json"
        path.write_bytes(json.dumps(document, indent=1, ensure_ascii=True).encode("ascii"))
        paths.append(path)
    return paths
