"""The run's HTML report, opened offline in a real headless browser as an analyst would."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import polars as pl
import pytest

from tests.browser import rendered_dom, screenshot
from tests.conftest import PROJECT_DIR

SCREENSHOTS = PROJECT_DIR / ".state" / "screenshots"


def test_the_report_shows_the_series_its_changes_conflicts_alerts_and_evidence(series_warehouse: dict) -> None:
    report = Path(series_warehouse["second"].report)
    assert report.parent == series_warehouse["warehouse"].parent and report.name == "flightwatch.report.html"
    assert f"report     {report}" in series_warehouse["second"].render()
    page = report.read_text()
    fetched = re.search(r"""<(?:img|script|link|iframe|object|embed|source|video|audio)\b[^>]*\b(?:src|href|data)\s*=\s*["']?(?:https?:)?//""", page)
    assert not fetched, "nothing is fetched from the network (links to a document's original address are only links)"
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.S)
    assert [attributes for attributes, _ in scripts] == [""], "one inline script (the filters) and no other"
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    digest = base64.b64encode(hashlib.sha256(scripts[0][1].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy and "connect-src" not in policy

    dom = rendered_dom(report)
    text = re.sub(r"<[^>]+>", " ", dom)
    for seen in ("Completed flights per route and month", "US → GT", "What the latest run changed", "Sources that disagree",
                 "Instituto Guatemalteco de Migración", "Daily Border Monitor", "an official source", "Denied and cancelled flights",
                 "conflicting_figures", "52 vuelos de deportación", "institute.txt"):
        assert seen in text, seen
    assert "<script>alert" not in dom and "&lt;script&gt;alert('publisher')&lt;/script&gt;" in dom, "document text is escaped"
    assert "onerror=alert" not in dom.replace("onerror=alert('evidence')&gt;", "")

    figure = re.search(r'<tr id="(fig-US-GT-2024-03)"[^>]*>(.*?)</tr>', dom, re.S)
    assert figure, "the March 2024 figure for Guatemala has its own row"
    assert ">52<" in figure.group(2)
    [doc_anchor] = re.findall(r'href="#(doc-[0-9a-f]+)">institute.txt', figure.group(2))
    assert f'id="{doc_anchor}"' in dom, "the figure links to its document, whose claims and text are listed"
    document = re.search(rf'<article id="{doc_anchor}">(.*?)</article>', dom, re.S)
    assert document and re.search(r"confidence (?:0\.\d\d|1\.00)", document.group(1)), "each claim shows its measured confidence"
    assert re.search(rf'href="#{figure.group(1)}"', dom), "the chart's bar links to the figure"

    axis = re.search(r'<svg class="chart"[^>]*aria-label="US → GT flights per month".*?</svg>', dom, re.S)
    assert axis, "a chart per route"
    months = re.findall(r">(\d{4}-\d{2})</text>", axis.group())
    assert months == sorted(months) and len(months) == len(set(months))
    expected = len({(y, m) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1) for m in range(1, 13)
                    if months[0] <= f"{y}-{m:02d}" <= months[-1]})
    assert len(months) == expected, "every month of the axis is shown, those without a figure as gaps"
    for name, kind in (("flightwatch.monthly_flights.csv", "CSV"), ("flightwatch.monthly_flights.parquet", "PARQUET")):
        assert re.search(rf'href="{re.escape(name)}" download(?:="")?>{kind}<', dom) and (report.parent / name).stat().st_size > 0
    exported = pl.read_parquet(report.parent / "flightwatch.monthly_flights.parquet")
    assert exported.height > 0 and exported["sources"].str.contains(r"\.(txt|md|html)\)").all()

    guatemala = re.search(r'<section class="destination" data-destination="GT"><h3>GT</h3>(.*?)</section>', dom, re.S)
    assert guatemala, "a stacked chart per destination"
    stacked = re.findall(r"<title>GT (\d{4}-\d{2}): (\d+) completed from ([A-Z]{2})</title>", guatemala.group(1))
    assert ("2024-03", "52", "US") in stacked, "the origins' completed flights are stacked"
    assert "over every origin" in guatemala.group(1) and "thin bars: planned, cancelled" in guatemala.group(1)
    assert re.search(r'<section class="destination" data-destination="\*"><h3>All destinations', dom), "the all-destination totals"
    assert re.search(r'<form id="filters">', dom), "the script shows the filters"
    filtered = rendered_dom(report, "destination=GT&from=2024-02&to=2024-12")
    routes = re.findall(r'<section class="route" data-origin="([^"]*)" data-destination="([^"]*)"( hidden(?:="")?)?>', filtered)
    assert routes and all(bool(hidden) == (destination != "GT") for _, destination, hidden in routes), "only Guatemala's routes stay"
    months = re.findall(r'<tr id="fig-[^"]*" data-month="([^"]+)"( hidden(?:="")?)?>', filtered)
    assert months and all(bool(hidden) != ("2024-02" <= month <= "2024-12") for month, hidden in months), "only the span's months"

    shot = screenshot(report, SCREENSHOTS / "report.png")
    assert shot.stat().st_size > 10_000


def test_long_tables_show_their_first_rows_and_where_the_rest_are(series_warehouse: dict, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A first night of 100,000 documents had 14,000 conflicts: the page shows the largest and names the query for all."""
    import datetime as dt
    import shutil

    from warehouse import report

    warehouse = tmp_path / "copy.duckdb"
    shutil.copy2(series_warehouse["warehouse"], warehouse)
    monkeypatch.setattr(report, "TABLE_ROWS", 1)
    page = report.write_report(warehouse, dt.datetime.now(dt.UTC)).read_text()
    conflicts = page.split('<h2 id="conflicts">', 1)[1].split("<h2 ", 1)[0]
    shown = re.search(r"The first 1 of (\d+); all of them: warehouse/sql/cookbook/sources_that_disagree\.sql", conflicts)
    assert shown and int(shown.group(1)) > 1
    assert conflicts.count("<tr>") == 2, "the header and one conflict"
