"""strings.py holds every learner-facing sentence once: a name defined twice silently replaces the first."""
from __future__ import annotations

import ast
from pathlib import Path

import course_helpers.strings as strings


def test_every_name_in_strings_is_defined_once():
    tree = ast.parse(Path(strings.__file__).read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    assert sorted({n for n in names if names.count(n) > 1}) == []
