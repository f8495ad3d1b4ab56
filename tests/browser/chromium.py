"""Finding and launching Debian's Chromium (never a browser downloaded by Playwright)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

from external import Decision, find_program, is_executable
from external import decide as external_decide

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync")
VIEWPORT = {"width": 1280, "height": 1000}


def decide(executable: Path | None, environ: Mapping[str, str], playwright_error: str | None = None) -> Decision:
    """Run, skip or fail the browser suite (see :mod:`external`)."""
    missing = None
    if playwright_error is not None:
        missing = f"the Python package playwright cannot be imported ({playwright_error})"
    elif not is_executable(executable):
        missing = (f"Chromium not found at {executable or CHROMIUM}: install Debian's package "
                   "(apt-get install chromium); never run `playwright install`")
    return external_decide(missing, f"Chromium at {executable}", environ)


def find_chromium(environ: Mapping[str, str]) -> Path | None:
    """``/usr/bin/chromium``; ``COURSE_CHROMIUM`` may point elsewhere (another distribution)."""
    return find_program(environ, override="COURSE_CHROMIUM", default=CHROMIUM, name="chromium")


def launch(playwright, executable: Path, scratch: Path):
    """A headless persistent context with a fresh profile and its caches in ``scratch``."""
    profile = scratch / "profile"
    profile.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(scratch / "home"),
        "XDG_CONFIG_HOME": str(scratch / "xdg-config"),
        "XDG_CACHE_HOME": str(scratch / "xdg-cache"),
    }
    for name in ("home", "xdg-config", "xdg-cache"):
        (scratch / name).mkdir(exist_ok=True)
    return playwright.chromium.launch_persistent_context(
        user_data_dir=str(profile),
        executable_path=str(executable),
        headless=True,
        args=list(CHROMIUM_ARGS),
        env=env,
        viewport=VIEWPORT,
        accept_downloads=True,
        downloads_path=str(scratch / "downloads"),
    )
