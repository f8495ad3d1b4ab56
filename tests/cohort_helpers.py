"""Shared pieces for the cohort tests: a valid share document and writing it out."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

LEARNER = "0123456789abcdef0123456789abcdef"


def share_document(**changes: Any) -> dict:
    """A small valid share file's document; keyword arguments replace top-level fields."""
    document = {
        "format": "mc-course-share",
        "schema_version": 1,
        "class_code": "SEM-A",
        "learner": LEARNER,
        "created_at": "2026-11-30T10:00:00Z",
        "shared_reflections": ["01"],
        "answers": {
            "00": {"familiarity": 4},
            "01": {"place_today": {"x": -3, "y": 2}, "why_there": "Because the state leads here."},
            "02": {"likelihood_C1": 2, "desirability_C1": 5, "nearest_C1": "H4"},
        },
    }
    document.update(changes)
    return document


def encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=True).encode("ascii")


def write(folder: Path, name: str, document: Any) -> Path:
    path = folder / name
    path.write_bytes(encode(document) if not isinstance(document, bytes) else document)
    return path
