"""What the browser suite reports beyond pass/fail: learner waits, JupyterLab's own accessibility
findings, and the server log of a failed test.

One :class:`BrowserRecord` per test session is registered as a pytest plugin by the
session fixture, so its hooks run for the browser tests that follow.
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

LOG_TAIL_CHARS = 6000


class BrowserRecord:
    def __init__(self, screenshots: Path):
        self.screenshots = screenshots
        self.waits: dict[str, dict[str, float]] = {}
        self.accessibility_notes: dict[str, list[str]] = {}
        self.servers: list = []  # LabServer objects whose log belongs to a failure report

    def wait(self, where: str, name: str, seconds: float | None) -> None:
        if seconds is not None:
            self.waits.setdefault(where, {})[name] = round(seconds, 2)

    def accessibility(self, name: str, findings: list[str]) -> None:
        self.accessibility_notes[name] = findings

    def write(self) -> Path | None:
        if not self.waits:
            return None
        self.screenshots.mkdir(parents=True, exist_ok=True)
        path = self.screenshots / "waits.json"
        path.write_text(json.dumps({
            "what": "seconds from opening a notebook to all of its widgets rendered (after Run All)",
            "measured_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "cpus": os.cpu_count(),
            **self.waits,
        }, indent=1) + "\n")
        return path

    # --- pytest hooks ---------------------------------------------------------------------
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        report = outcome.get_result()
        if report.failed and item.get_closest_marker("browser") is not None:
            for server in self.servers:
                log = server.log()
                report.sections.append((f"JupyterLab server log ({server.name}, last {LOG_TAIL_CHARS} chars)",
                                        log[-LOG_TAIL_CHARS:]))

    def pytest_terminal_summary(self, terminalreporter):
        path = self.write()
        if not self.waits and not self.accessibility_notes:
            return
        write = terminalreporter.write_line
        terminalreporter.section("browser: learner waits (open -> widgets rendered)")
        for where, waits in self.waits.items():
            for name, seconds in waits.items():
                write(f"{where:>11}  {name:<40} {seconds:6.1f} s")
        if path is not None:
            write(f"written to {path}")
        if self.accessibility_notes:
            terminalreporter.section("browser: accessibility findings that do not fail (JupyterLab chrome; minor/moderate in outputs)")
            for name, findings in self.accessibility_notes.items():
                write(f"{name}:")
                for finding in findings or ["(none)"]:
                    write(f"  {finding}")
