"""The README is a front door: short, and every page it sends a reader to exists (and every page is reachable from it)."""

from __future__ import annotations

import re

from tests.conftest import PROJECT_DIR

FRONT_DOOR_LINES = 250


def test_the_readme_is_a_front_door_to_every_page_of_docs() -> None:
    readme = (PROJECT_DIR / "README.md").read_text()
    assert len(readme.splitlines()) <= FRONT_DOOR_LINES
    linked = set(re.findall(r"\]\((docs/[\w-]+\.md)\)", readme))
    pages = {path.relative_to(PROJECT_DIR).as_posix() for path in (PROJECT_DIR / "docs").glob("*.md")}
    assert linked == pages, f"unlinked pages {pages - linked}, missing pages {linked - pages}"


def test_links_between_pages_lead_somewhere() -> None:
    for page in (PROJECT_DIR / "docs").glob("*.md"):
        for target in re.findall(r"\]\(([\w-]+\.md)\)", page.read_text()):
            assert (page.parent / target).exists(), f"{page.name} links to {target}, which does not exist"
