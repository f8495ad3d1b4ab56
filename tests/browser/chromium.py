"""Finding and launching Debian's Chromium (never a browser downloaded by Playwright)."""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Mapping

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync")
VIEWPORT = {"width": 1280, "height": 1000}


@dataclass(frozen=True)
class Decision:
    action: Literal["run", "skip", "fail"]
    reason: str


def on_ci(environ: Mapping[str, str]) -> bool:
    """CI services set CI=true (GitHub, GitLab, .ci/run); '1' and 'yes' count too."""
    return environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def decide(executable: Path | None, environ: Mapping[str, str], playwright_error: str | None = None) -> Decision:
    """Run, skip or fail the browser suite.

    Locally a missing Chromium (or Playwright) skips the suite with a reason;
    under CI it is a failure, so a broken CI image cannot pass silently.
    """
    missing = None
    if playwright_error is not None:
        missing = f"the Python package playwright cannot be imported ({playwright_error})"
    elif executable is None or not executable.is_file() or not os.access(executable, os.X_OK):
        missing = (f"Chromium not found at {executable or CHROMIUM}: install Debian's package "
                   "(apt-get install chromium); never run `playwright install`")
    if missing is None:
        return Decision("run", f"Chromium at {executable}")
    if on_ci(environ):
        return Decision("fail", f"CI=true and {missing}")
    return Decision("skip", missing)


def find_chromium(environ: Mapping[str, str]) -> Path | None:
    """``/usr/bin/chromium``; ``COURSE_CHROMIUM`` may point elsewhere (another distribution)."""
    override = environ.get("COURSE_CHROMIUM")
    if override:
        return Path(override)
    if CHROMIUM.exists():
        return CHROMIUM
    found = shutil.which("chromium")
    return Path(found) if found else None


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
