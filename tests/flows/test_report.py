"""The run's HTML report, opened offline in a real headless browser as an analyst would."""

from __future__ import annotations

import re
from pathlib import Path

from tests.browser import rendered_dom, screenshot
from tests.conftest import PROJECT_DIR

SCREENSHOTS = PROJECT_DIR / ".state" / "screenshots"


def test_the_report_shows_the_series_its_changes_conflicts_alerts_and_evidence(series_warehouse: dict) -> None:
    report = Path(series_warehouse["second"].report)
    assert report.parent == series_warehouse["warehouse"].parent and report.name == "flightwatch.report.html"
    assert f"report     {report}" in series_warehouse["second"].render()
    page = report.read_text()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "nothing is fetched from the network"
    assert "<script" not in page.replace("&lt;script", "")

    dom = rendered_dom(report)
    text = re.sub(r"<[^>]+>", " ", dom)
    for seen in ("Completed flights per route and month", "US → GT", "What the latest run changed", "Sources that disagree",
                 "Instituto Guatemalteco de Migración", "Daily Border Monitor", "an official source", "Denied and cancelled flights",
                 "conflicting_figures", "52 vuelos de deportación", "institute.txt"):
        assert seen in text, seen
    assert "<script>alert" not in dom and "&lt;script&gt;alert('publisher')&lt;/script&gt;" in dom, "document text is escaped"
    assert "onerror=alert" not in dom.replace("onerror=alert('evidence')&gt;", "")

    figure = re.search(r'<tr id="(fig-US-GT-2024-03)">(.*?)</tr>', dom, re.S)
    assert figure, "the March 2024 figure for Guatemala has its own row"
    assert ">52<" in figure.group(2)
    [doc_anchor] = re.findall(r'href="#(doc-[0-9a-f]+)">institute.txt', figure.group(2))
    assert f'id="{doc_anchor}"' in dom, "the figure links to its document, whose claims and text are listed"
    assert re.search(rf'href="#{figure.group(1)}"', dom), "the chart's bar links to the figure"

    shot = screenshot(report, SCREENSHOTS / "report.png")
    assert shot.stat().st_size > 10_000
