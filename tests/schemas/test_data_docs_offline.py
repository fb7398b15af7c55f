"""A Data Docs page made offline keeps its statuses readable without the icon font of a CDN."""

from __future__ import annotations

from pathlib import Path

from schemas.data_docs import make_offline

PAGE = ('<html><head><link rel="stylesheet" href="https://cdn.example/fa.css"></head><body>'
        '<span>Status:</span> <i class="fas fa-check-circle text-success" aria-hidden="true"></i> Succeeded'
        '<td><i class="fas fa-times text-danger" ></i></td><i class="m-1 fas fa-question-circle"></i><i class="fas fa-comment"></i>'
        "</body></html>")


def test_status_icons_become_marks_and_words(tmp_path: Path) -> None:
    page = tmp_path / "result.html"
    page.write_text(PAGE)
    make_offline(page)
    text = page.read_text()
    assert "<i " not in text and "cdn.example" not in text
    assert '<span class="passed">&#10004; passed</span> Succeeded' in text and '<span class="failed">&#10008; failed</span>' in text
