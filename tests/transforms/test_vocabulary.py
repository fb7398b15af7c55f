"""The shared word lists: each defined once, so a second list can never silently replace the first."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import transforms

TRANSFORMS = Path(transforms.__file__).parent


def _assigned_twice(source: str) -> list[str]:
    names = Counter(
        target.id
        for node in ast.parse(source).body if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(target, ast.Name)
    )
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_of_the_extractor_assigns_a_name_twice() -> None:
    twice = {path.name: _assigned_twice(path.read_text(encoding="utf-8")) for path in sorted(TRANSFORMS.glob("*.py"))}
    assert {name: names for name, names in twice.items() if names} == {}


def test_a_second_definition_is_found() -> None:
    assert _assigned_twice("WORDS = 'a|b'\nOTHER = 1\nWORDS = 'c'\n") == ["WORDS"]
