"""Fixtures shared by the unit tests."""
from __future__ import annotations

import time
from typing import Callable

import pytest

from course_helpers.journal import Journal
from tests.cohort_helpers import SimulatedClass30, build_class_of_30

from browser.fixtures import (  # noqa: F401  (fixtures every browser test module shares)
    broken_lab, browser, chromium_path, class_folder, lab, lab_class_folder, notebooks_before, playwright_instance,
    record, scratch,
)


@pytest.fixture
def journal(tmp_path) -> Journal:
    """A journal of its own for each test, in a temporary folder."""
    fresh = Journal(tmp_path / "journal.sqlite3")
    yield fresh
    fresh.close()


def _wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def wait_until() -> Callable[..., bool]:
    """Poll ``condition`` until it holds (for saves and refreshes that run on timers)."""
    return _wait_until


@pytest.fixture(scope="session")
def simulated_class_of_30(tmp_path_factory) -> SimulatedClass30:
    """30 learners' journals and their share files (tests/cohort_helpers.py), built once: tests only read them."""
    return build_class_of_30(tmp_path_factory.mktemp("class"))
