"""The static HTML report written beside the warehouse after every run that writes.

One self-contained file (inline CSS and SVG, no script, no network): flights per route per month
as bar charts, what the last run changed, conflicts, denied and cancelled flights, the run's
alerts, and every figure linked to the documents and text behind it. The figures come from the
cookbook queries, so the report and an analyst's SQL give the same numbers. Every value from a
document is escaped.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb

from transforms.dates import month_end, months_within
from warehouse.loader import SQL_DIR, connect, query

REPORT_MONTHS = 24  # the report shows the latest two years of the series; older months stay in the warehouse
LINKED_SOURCES = 5  # documents linked per figure; the rest are counted
TABLE_ROWS = 200  # rows shown of the latest changes, the conflicts and the denied or cancelled flights (14,000 conflicts made a 60 MB page)
QUOTED_FACTS = 3
BAR_WIDTH = 34
CHART_HEIGHT = 160
LABEL_HEIGHT = 46
STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #1d232a; line-height: 1.4; }
h1 { margin-bottom: .2rem; } h2 { border-bottom: 2px solid #d8dee4; padding-bottom: .2rem; margin-top: 2.4rem; }
table { border-collapse: collapse; margin: .6rem 0 1.2rem; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #e3e7eb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.meta { color: #57606a; } .chart { margin: 1rem 0 .4rem; } .route { margin-top: 1.6rem; }
blockquote { margin: .2rem 0 .4rem; padding-left: .7rem; border-left: 3px solid #9fb3c8; color: #33414e; }
.warning { color: #7d4e00; } .error, .critical { color: #a40e26; font-weight: 600; }
svg text { font-size: 11px; fill: #33414e; } svg .bar { fill: #2f6f9f; } svg .open { fill: #9fb3c8; } svg .gap { fill: #d8dee4; }
svg .whisker { stroke: #1d232a; } svg .over-all { fill: none; stroke: #1d232a; stroke-dasharray: 3 2; }
svg .planned { fill: #b8a134; } svg .cancelled { fill: #a40e26; } #filters { margin: .8rem 0; } #filters label { margin-right: 1.2rem; white-space: nowrap; }
"""


def _sql(folder: str, name: str) -> str:
    return (SQL_DIR / folder / f"{name}.sql").read_text()


def _rows(con: duckdb.DuckDBPyConnection, sql: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, parameters)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


EXPORT_FORMATS = ("csv", "parquet")
FILTER_SCRIPT = (Path(__file__).parent / "report_assets" / "filters.js").read_text(encoding="utf-8")
# the page runs its one inline script and nothing else, fetches nothing, and submits nowhere
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; "
    f"script-src 'sha256-{base64.b64encode(hashlib.sha256(FILTER_SCRIPT.encode()).digest()).decode()}'; "
    "base-uri 'none'; form-action 'none'"
)


def report_path(warehouse: Path) -> Path:
    """Where a warehouse's report lives: beside it, named after it."""
    return warehouse.with_name(f"{warehouse.stem}.report.html")


def _anchor(kind: str, *parts: object) -> str:
    return kind + "-" + "-".join(str(p or "x") for p in parts).replace("+", "_").replace("*", "all")


def _doc_anchor(doc_id: str) -> str:
    return _anchor("doc", doc_id[:16])


def _figure_label(row: dict[str, Any]) -> str:
    if row["flights"] is not None and row["flights_high"] == row["flights_low"]:
        return str(row["flights"])
    high = "?" if row["flights_high"] is None else row["flights_high"]
    shown = row["flights"] if row["flights"] is not None else "?"
    return f"{shown} ({row['flights_low']}–{high})"


def _chart(route: str, rows: list[dict[str, Any]], axis: list[dt.date]) -> str:
    """Bars per month of a shared time axis (paler when only bounds are known), a whisker where the sources allow a range,
    and a visible gap where no source gives the month a figure."""
    top = max(max(r["flights_high"] or 0, r["flights"] or 0, r["flights_low"]) for r in rows) or 1
    scale = (CHART_HEIGHT - 16) / top
    width = BAR_WIDTH * len(axis) + 20
    by_month = {row["month"]: row for row in rows}
    parts = [f'<svg class="chart" role="img" aria-label="{_e(route)} flights per month" width="{width}" height="{CHART_HEIGHT + LABEL_HEIGHT}">']
    for i, month_start in enumerate(axis):
        x = 10 + i * BAR_WIDTH
        row = by_month.get(month_start)
        if row is None:
            label = month_start.strftime("%Y-%m")
            parts.append(f'<rect class="gap" x="{x}" y="{CHART_HEIGHT - 4}" width="{BAR_WIDTH - 8}" height="4">'
                         f"<title>{_e(route)} {label}: no figure</title></rect>")
            parts.append(f'<text x="{x}" y="{CHART_HEIGHT + 14}" transform="rotate(35 {x} {CHART_HEIGHT + 14})">{label}</text>')
            continue
        value = row["flights"] if row["flights"] is not None else row["flights_low"]
        height = value * scale
        month = row["month"].strftime("%Y-%m")
        anchor = _anchor("fig", row["origin_country"], row["destination"], month)
        css = "bar" if row["flights"] is not None else "open"
        parts.append(f'<a href="#{anchor}"><rect class="{css}" x="{x}" y="{CHART_HEIGHT - height:.1f}" width="{BAR_WIDTH - 8}" '
                     f'height="{height:.1f}"><title>{_e(route)} {month}: {_e(_figure_label(row))} ({_e(row["method"])})</title></rect></a>')
        if row["flights_high"] != row["flights_low"]:
            high = CHART_HEIGHT - (row["flights_high"] if row["flights_high"] is not None else top) * scale
            low = CHART_HEIGHT - row["flights_low"] * scale
            middle = x + (BAR_WIDTH - 8) / 2
            parts.append(f'<line class="whisker" x1="{middle}" x2="{middle}" y1="{high:.1f}" y2="{low:.1f}"/>')
        parts.append(f'<text x="{x}" y="{CHART_HEIGHT - height - 3:.1f}">{_e(_figure_label(row).split(" ")[0])}</text>')
        parts.append(f'<text x="{x}" y="{CHART_HEIGHT + 14}" transform="rotate(35 {x} {CHART_HEIGHT + 14})">{month}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _filter_attributes(row: dict[str, Any], columns: tuple[str, ...]) -> str:
    """data-* attributes the report's filters read: origin_country becomes data-origin; an empty value is '*'."""
    return "".join(f' data-{column.removesuffix("_country")}="{_e(row[column] if row[column] is not None else "*")}"' for column in columns)


ORIGIN_COLOURS = ("#2f6f9f", "#e07b39", "#4f9a5a", "#8c5fb0", "#b8a134", "#5a6b7a")


def _stacked_chart(destination: str, rows: list[dict[str, Any]], axis: list[dt.date], colours: dict[str, str]) -> str:
    """One destination's months: completed flights stacked by origin, a figure over every origin as an outline, and planned and
    cancelled flights as marks beside each month (never stacked with what was flown)."""
    value = {(r["month"], r["origin_country"], r["status"]): r["flights"] if r["flights"] is not None else r["flights_low"] for r in rows}
    origins = [origin for origin in colours if any(r["origin_country"] == origin for r in rows)]
    per_month = [sum(value.get((m, o, "completed"), 0) for o in origins) for m in axis]
    outlines = [value.get((m, None, "completed"), 0) for m in axis]
    marks = [max(value.get((m, o, s), 0) for o in [*origins, None] for s in ("planned", "cancelled")) for m in axis]
    top = max([*per_month, *outlines, *marks, 1])
    scale = (CHART_HEIGHT - 16) / top
    width = BAR_WIDTH * len(axis) + 20
    parts = [f'<svg class="chart" role="img" aria-label="{_e(destination)}: flights per month by origin" width="{width}" '
             f'height="{CHART_HEIGHT + LABEL_HEIGHT}">']
    for i, month in enumerate(axis):
        x, base, label = 10 + i * BAR_WIDTH, float(CHART_HEIGHT), month.strftime("%Y-%m")
        for origin in origins:
            colour, flights = colours[origin], value.get((month, origin, "completed"), 0)
            if flights:
                height = flights * scale
                base -= height
                parts.append(f'<rect class="stack" fill="{colour}" x="{x}" y="{base:.1f}" width="{BAR_WIDTH - 12}" height="{height:.1f}">'
                             f"<title>{_e(destination)} {label}: {flights} completed from {_e(origin)}</title></rect>")
        if outlines[i]:
            top_y = CHART_HEIGHT - outlines[i] * scale
            parts.append(f'<rect class="over-all" x="{x - 1}" y="{top_y:.1f}" width="{BAR_WIDTH - 10}" height="{outlines[i] * scale:.1f}">'
                         f"<title>{_e(destination)} {label}: {outlines[i]} completed over every origin (a total, not a part)</title></rect>")
        for offset, status in ((BAR_WIDTH - 11, "planned"), (BAR_WIDTH - 8, "cancelled")):
            flights = max(value.get((month, o, status), 0) for o in [*origins, None])
            if flights:
                parts.append(f'<rect class="{status}" x="{x + offset}" y="{CHART_HEIGHT - flights * scale:.1f}" width="3" '
                             f'height="{flights * scale:.1f}"><title>{_e(destination)} {label}: {flights} {status}</title></rect>')
        if not per_month[i] and not outlines[i] and not marks[i]:
            parts.append(f'<rect class="gap" x="{x}" y="{CHART_HEIGHT - 4}" width="{BAR_WIDTH - 8}" height="4">'
                         f"<title>{_e(destination)} {label}: no figure</title></rect>")
        parts.append(f'<text x="{x}" y="{CHART_HEIGHT + 14}" transform="rotate(35 {x} {CHART_HEIGHT + 14})">{label}</text>')
    parts.append("</svg>")
    key = " ".join(f'<span style="color:{colours[origin]}">&#9632;</span> {_e(origin)}' for origin in origins)
    return "".join(parts) + f'<p class="meta">{key} · outline: over every origin · thin bars: planned, cancelled</p>'


def _destinations_section(rows: list[dict[str, Any]]) -> str:
    """A stacked chart per destination on the shared time axis, the totals over every destination ('*') last."""
    if not rows:
        return '<p class="meta">No monthly figure yet.</p>'
    axis = months_within(min(r["month"] for r in rows), month_end(max(r["month"] for r in rows)))  # every month, gaps too
    by_destination: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_destination[row["destination"]].append(row)
    order = sorted(by_destination, key=lambda d: (d == "*", -sum(r["flights"] or 0 for r in by_destination[d] if r["status"] == "completed")))
    every_origin = sorted({r["origin_country"] for r in rows if r["origin_country"]})
    colours = {origin: ORIGIN_COLOURS[index % len(ORIGIN_COLOURS)] for index, origin in enumerate(every_origin)}  # one colour per origin
    out = []
    for destination in order:
        members = by_destination[destination]
        title = "All destinations (totals over every destination)" if destination == "*" else destination
        attributes = _filter_attributes({"destination": destination}, ("destination",))
        out.append(f'<section class="destination"{attributes}><h3>{_e(title)}</h3>{_stacked_chart(destination, members, axis, colours)}</section>')
    return "".join(out)


def _table(rows: list[dict[str, Any]], columns: list[str], empty: str, query: str | None = None, total: int | None = None,
           filtered_by: tuple[str, ...] = ()) -> str:
    """An HTML table of ``rows``; past ``TABLE_ROWS`` rows, the first ones and where to find the rest (the cookbook ``query``).

    ``total``: how many rows the query has when it listed only the first ones.
    """
    if not rows:
        return f'<p class="meta">{_e(empty)}</p>'
    total = len(rows) if total is None else total
    if query and total > TABLE_ROWS:
        note = f"The first {TABLE_ROWS} of {total}; all of them: warehouse/sql/cookbook/{query}.sql"
        return f'<p class="meta">{_e(note)}</p>' + _table(rows[:TABLE_ROWS], columns, empty, filtered_by=filtered_by)
    head = "".join(f"<th>{_e(c.replace('_', ' '))}</th>" for c in columns)
    body = "".join(
        f"<tr{_filter_attributes(r, filtered_by)}>" + "".join(f'<td class="{"n" if isinstance(r[c], int | float) else ""}">{_e(r[c])}</td>'
                                                              for c in columns) + "</tr>"
        for r in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _options(name: str, values: set[str], everything: str) -> str:
    """One filter's select: every value the page shows, and an empty choice for all of them."""
    options = "".join(f'<option value="{_e(value)}">{_e(value)}</option>' for value in sorted(values))
    return f'<label>{_e(name)} <select name="{_e(name)}"><option value="">{_e(everything)}</option>{options}</select></label>'


def _filters(figures: list[dict[str, Any]], refused: list[dict[str, Any]]) -> str:
    """The filter form, hidden until the script shows it: without script the page is complete."""
    rows = [*figures, *refused]
    return (
        '<form id="filters" hidden>'
        + _options("destination", {r["destination"] for r in rows}, "every destination")
        + _options("origin", {r["origin_country"] or "*" for r in rows}, "every origin")
        + _options("status", {r["status"] for r in refused}, "every status")
        + '<label>from <input type="month" name="from"></label> <label>to <input type="month" name="to"></label></form>'
    )


def _linked(facts: list[dict[str, Any]]) -> list[str]:
    """The documents a figure links to: the first few of its facts' documents."""
    return sorted({d for fact in facts for d in fact["doc_ids"]})[:LINKED_SOURCES]


def _series_section(figures: list[dict[str, Any]], evidence: dict[tuple, list[dict[str, Any]]], paths: dict[str, str]) -> str:
    axis = months_within(min(f["month"] for f in figures), month_end(max(f["month"] for f in figures))) if figures else []
    routes: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row in figures:
        routes[(row["origin_country"], row["destination"])].append(row)
    out = []
    for (origin, destination), rows in sorted(routes.items(), key=lambda item: -sum(r["flights"] or 0 for r in item[1])):
        route = f"{origin or 'all or unstated origins (never add to one origin)'} → {destination}"
        attributes = _filter_attributes({"origin_country": origin, "destination": destination}, ("origin_country", "destination"))
        out.append(f'<section class="route"{attributes}>'
                   f'<h3>{_e(route)}</h3>{_chart(route, rows, axis)}<table><tr><th>month</th><th>flights</th>'
                   "<th>how</th><th>sources</th><th>evidence</th></tr>")
        for row in rows:
            month = row["month"].strftime("%Y-%m")
            facts = evidence.get((origin, destination, row["month"]), [])
            doc_ids = _linked(facts)
            links = ", ".join(f'<a href="#{_doc_anchor(d)}">{_e(paths.get(d, d[:12]))}</a>' for d in doc_ids)
            if row["n_sources"] > len(doc_ids):
                links += f" and {row['n_sources'] - len(doc_ids)} more"
            quotes = "".join(f"<blockquote>{_e(fact['evidence'])}</blockquote>" for fact in facts[:QUOTED_FACTS])
            out.append(f'<tr id="{_anchor("fig", origin, destination, month)}" data-month="{month}"><td>{month}</td><td class="n">{_e(_figure_label(row))}</td>'
                       f"<td>{_e(row['method'].replace('_', ' '))}</td><td>{row['n_sources']}: {links}</td><td>{quotes}</td></tr>")
        out.append("</table></section>")
    return "".join(out) or '<p class="meta">No completed monthly figure yet.</p>'


CONFIDENCE_MEANING = "share of the claims read this way that were right on the labelled corpus"


def _confidence_label(confidence: float | None) -> str:
    """'confidence 0.93': the measured precision of the way the claim was read (docs/accuracy.md)."""
    if confidence is None:
        return "confidence not measured"
    return f'<span class="confidence" title="{CONFIDENCE_MEANING}">confidence {confidence:.2f}</span>'


def _original(url: str | None) -> str:
    """A link to the document's original address, when one came with it (only http(s): documents.url is checked)."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return ""
    return f' · <a href="{_e(url)}" rel="noopener noreferrer">original</a>'


def _documents_section(documents: list[dict[str, Any]]) -> str:
    out = []
    for doc in documents:
        claims = "".join(
            f"<li>{_e(c['flights'])} ({_e(c['qualifier'])}) → {_e(c['destination'])}, {_e(c['status'])}, "
            f"{_e(c['period_start'] or '?')} to {_e(c['period_end'] or '?')}, {_confidence_label(c['confidence'])}"
            f"<blockquote>{_e(c['evidence'])}</blockquote></li>"
            for c in doc["claims"] if c["flights"] is not None
        )
        out.append(f'<article id="{_doc_anchor(doc["doc_id"])}"><h3>{_e(doc["title"] or doc["source_uri"])}</h3>'
                   f'<p class="meta">{_e(doc["publisher"] or "no publisher stated")} · {_e(doc["published_date"] or "undated")} · '
                   f"{_e(doc['source_uri'])}{_original(doc['url'])} · {_e(doc['doc_id'][:12])}</p><ul>{claims}</ul></article>")
    return "".join(out) or '<p class="meta">No documents behind the figures yet.</p>'


def _first_month_shown(figures: list[dict[str, Any]]) -> dt.date:
    """The first month of the latest ``REPORT_MONTHS`` of the series."""
    if not figures:
        return dt.date.min
    latest = max(f["month"] for f in figures)
    months = latest.year * 12 + latest.month - 1 - (REPORT_MONTHS - 1)
    return dt.date(months // 12, months % 12 + 1, 1)


def render(con: duckdb.DuckDBPyConnection, warehouse: Path, written_at: dt.datetime) -> str:
    """The whole report as one HTML page."""
    [overview] = _rows(con, _sql("report", "overview"))
    figures = _rows(con, _sql("report", "route_figures"))
    since = _first_month_shown(figures)
    figures = [f for f in figures if f["month"] >= since]
    destination_rows = _rows(con, _sql("report", "destination_figures"), {"since": since})
    evidence: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for fact in _rows(con, _sql("report", "figure_evidence"), {"since": since}):
        evidence[(fact["origin_country"], fact["destination"], fact["month"])].append(fact)
    changes = _rows(con, _sql("cookbook", "what_the_last_run_changed"))
    con.execute(f"set variable listed_rows = {TABLE_ROWS:d}")  # the query looks up the sources of the listed rows only
    conflicts = _rows(con, _sql("cookbook", "sources_that_disagree"))
    con.execute("reset variable listed_rows")
    refused = _rows(con, _sql("cookbook", "denied_and_cancelled_flights"))
    retracted = _rows(con, _sql("report", "retractions"))
    overridden = _rows(con, _sql("report", "overrides"))
    alerts = _rows(con, query("latest_run_alerts"))
    linked = sorted({d for facts in evidence.values() for d in _linked(facts)})
    documents = _rows(con, _sql("report", "documents"), {"doc_ids": linked})
    alert_rows = "".join(
        f'<tr><td class="{_e(a["severity"])}">{_e(a["severity"])}</td><td>{_e(a["check_name"])}</td><td class="n">{a["affected_count"]}</td>'
        f'<td>{_e(a["message"])}</td><td>{_e(a["action"])}</td></tr>' for a in alerts
    )
    alerts_html = (f"<table><tr><th>severity</th><th>check</th><th>rows</th><th>message</th><th>what to do</th></tr>{alert_rows}</table>"
                   if alerts else '<p class="meta">The latest run raised no alert.</p>')
    downloads = " · ".join(f'<a href="{_e(path.name)}" download>{kind.upper()}</a>' for kind, path in export_paths(warehouse).items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">
<title>flightwatch report: {_e(warehouse.name)}</title><style>{STYLE}</style></head>
<body>
<h1>Deportation and repatriation flights</h1>
<p class="meta">Warehouse {_e(warehouse)} · latest run {_e(overview["run_id"])} ({_e(overview["run_status"])}) ·
written {_e(written_at.strftime("%Y-%m-%d %H:%M UTC"))}</p>
<p>{overview["monthly_figures"]} monthly figures from {overview["facts"]} facts, {overview["claims"]} claims in {overview["documents"]} documents;
{overview["conflicts"]} conflicting figure(s). Each figure is the best one for its month (never a sum of overlapping periods);
follow a bar or a row to the documents and the exact text behind it.</p>
<nav><a href="#destinations">Per destination</a> · <a href="#series">Flights per month</a> · <a href="#changes">Latest changes</a> ·
<a href="#conflicts">Conflicts</a> ·
<a href="#refused">Denied and cancelled</a> · <a href="#retracted">Retracted</a> · <a href="#overrides">Overrides</a> ·
<a href="#alerts">Alerts</a> · <a href="#documents">Documents</a></nav>
{_filters(figures, refused)}
<h2 id="destinations">Flights per destination and month</h2>
<p class="meta">Completed flights stacked by origin; a figure over every origin (a receiving country's total) is a dashed outline,
never a part of the stack; planned and cancelled flights are thin bars beside each month.</p>
{_destinations_section(destination_rows)}
<h2 id="series">Completed flights per route and month</h2>
<p class="meta">From {_e(since.strftime("%Y-%m"))}: the latest {REPORT_MONTHS} months of the series (older months are in
<code>monthly_flights</code>). Each figure links to up to {LINKED_SOURCES} of its documents. Months with no figure are pale gaps
on the axis. The whole series with its sources: {downloads}.</p>
{_series_section(figures, evidence, {doc["doc_id"]: doc["source_uri"] for doc in documents})}
<h2 id="changes">What the latest run changed</h2>
{_table(changes, ["change", "origin_country", "destination", "month", "status", "flights_before", "flights_after", "sources_before",
                  "sources_after"], "The latest run changed no monthly figure.", "what_the_last_run_changed")}
<h2 id="conflicts">Sources that disagree</h2>
{_table(conflicts, ["origin_country", "destination", "status", "period_start", "period_end", "kept_flights", "resolution", "kept_by",
                    "other_flights", "other_by", "difference"], "No conflicting figures.", "sources_that_disagree",
        conflicts[0]["all_rows"] if conflicts else 0)}
<h2 id="refused">Denied and cancelled flights</h2>
{_table(refused, ["status", "origin_country", "destination", "period_start", "period_end", "flights", "reported_by", "evidence"],
        "No denied or cancelled flights reported.", "denied_and_cancelled_flights",
        filtered_by=("status", "origin_country", "destination"))}
<h2 id="retracted">Retracted documents</h2>
{_table(retracted, ["source_uri", "doc_id", "reason", "requested_by", "requested_at"],
        "No document is retracted (flightwatch retract takes one out of the series, --undo brings it back).")}
<h2 id="overrides">Analysts' figures</h2>
{_table(overridden, ["override_id", "origin", "destination", "month", "status", "flights", "reason", "requested_by"],
        "No analyst's figure is in force (flightwatch override sets one for a route and month, --undo ID withdraws it).")}
<h2 id="alerts">Alerts of the latest run</h2>
{alerts_html}
<h2 id="documents">Documents behind the figures</h2>
{_documents_section(documents)}
<script>{FILTER_SCRIPT}</script>
</body></html>
"""


def export_paths(warehouse: Path) -> dict[str, Path]:
    """Where the monthly series is exported beside the report, by format."""
    return {kind: warehouse.with_name(f"{warehouse.stem}.monthly_flights.{kind}") for kind in EXPORT_FORMATS}


def _export(con: duckdb.DuckDBPyConnection, warehouse: Path) -> None:
    """Write the monthly series with its sources as CSV and Parquet beside the report, each replaced atomically."""
    relation = con.sql(_sql("report", "monthly_flights_export"))
    for kind, target in export_paths(warehouse).items():
        partial = target.with_name(f".{target.name}.partial")
        if kind == "csv":
            relation.write_csv(str(partial), header=True)
        else:
            relation.write_parquet(str(partial))
        os.replace(partial, target)


def write_report(warehouse: Path, written_at: dt.datetime) -> Path:
    """Render the report of the published warehouse and export its series beside it, replacing the previous ones atomically."""
    target = report_path(warehouse)
    with connect(warehouse, read_only=True) as con:
        page = render(con, warehouse, written_at)
        _export(con, warehouse)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text(page, encoding="utf-8")
    os.replace(partial, target)
    return target
