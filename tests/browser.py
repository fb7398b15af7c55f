"""A real headless browser (Debian's chromium) for pages people open: the DOM it renders and a screenshot."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Debian's chromium is needed (scripts/test.sh installs it)"
    return found


def _run(page: Path, *action: str, fragment: str = "") -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="flightwatch-chromium-") as profile:
        return subprocess.run(
            [_chromium(), *FLAGS, f"--user-data-dir={profile}", *action, page.resolve().as_uri() + (f"#{fragment}" if fragment else "")],
            capture_output=True, text=True, timeout=120, check=True,
        )


def rendered_dom(page: Path, fragment: str = "") -> str:
    """The page's DOM after the browser has loaded it (at ``#fragment``, when given) and run its scripts."""
    return _run(page, "--dump-dom", fragment=fragment).stdout


def screenshot(page: Path, target: Path) -> Path:
    """A PNG of the page as a person sees it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _run(page, f"--screenshot={target}")
    return target
