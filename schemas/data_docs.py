"""Data Docs a person can open with no network: one site per warehouse, pages named by run, bounded in size.

Great Expectations renders each validation result as a page whose content is plain HTML but whose
styles and scripts come from CDNs; its index is drawn by those scripts. Here each run's result
pages are rendered, their CDN references removed (a local stylesheet replaces them), old runs are
pruned, and the index is written by this module as static HTML that lists every kept run.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

import great_expectations as gx
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.resource_identifiers import ValidationResultIdentifier

KEEP_RUNS = 30
SITE = Path("gx") / "uncommitted" / "data_docs" / "local_site"
STORE = Path("gx") / "uncommitted" / "validations"
HISTORY = "flightwatch_runs.json"
REMOTE_SCRIPT = re.compile(r"<script[^>]*\bsrc=[\"']https?://[^\"']*[\"'][^>]*>\s*</script>", re.IGNORECASE)
REMOTE_LINK = re.compile(r"<link[^>]*\bhref=[\"']https?://[^\"']*[\"'][^>]*>", re.IGNORECASE)
REMOTE_IMAGE = re.compile(r"<img[^>]*\bsrc=[\"']https?://[^\"']*[\"'][^>]*>", re.IGNORECASE)
# Font Awesome icons need the CDN's font: each status icon becomes a mark and a word that need nothing
ICON = re.compile(r"<i\s+class=[\"'](?P<classes>[^\"']*\bfa-[a-z-]+[^\"']*)[\"'][^>]*>\s*</i>", re.IGNORECASE)
ICON_TEXT = {
    "fa-check-circle": '<span class="passed">&#10004; passed</span>',
    "fa-times": '<span class="failed">&#10008; failed</span>',
    "fa-exclamation-triangle": '<span class="failed">&#9888; warning</span>',
    "fa-question-circle": '<span class="mark">?</span>',
}
STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2330; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #c8ccd4; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #eef0f4; }
.failed { color: #a4161a; font-weight: bold; }
.passed { color: #1b7f3b; }
.tab-pane { display: block !important; opacity: 1 !important; }
.collapse:not(.show) { display: block; }
"""
LOCAL_STYLE_TAG = "<style>" + STYLE + "</style>"


@dataclass(frozen=True)
class RelationOutcome:
    """How one audited relation fared in a run."""

    relation: str
    expectations: int
    failed: int
    rows: int


def _runs_to_keep(history: list[dict], keep: int) -> tuple[list[dict], set[str]]:
    """The newest ``keep`` runs, and the names of the runs to delete."""
    kept = history[-keep:]
    names = {run["run_name"] for run in kept}
    return kept, {run["run_name"] for run in history if run["run_name"] not in names}


def _prune(project_dir: Path, run_names: set[str]) -> None:
    """Delete the stored results and pages of old runs."""
    for root in (project_dir / STORE, project_dir / SITE / "validations"):
        if not root.exists():
            continue
        for folder in [p for p in root.rglob("*") if p.is_dir() and p.name in run_names]:
            shutil.rmtree(folder, ignore_errors=True)


def _icon_text(icon: re.Match[str]) -> str:
    """The local mark for one Font Awesome icon; an icon with no meaning here is dropped."""
    classes = icon.group("classes").split()
    return next((ICON_TEXT[name] for name in classes if name in ICON_TEXT), "")


def make_offline(page: Path) -> None:
    """Remove every CDN script, stylesheet and image from a page, write its status icons as text, and put the local stylesheet in."""
    text = page.read_text(encoding="utf-8")
    text = REMOTE_IMAGE.sub("", REMOTE_LINK.sub("", REMOTE_SCRIPT.sub("", text)))
    text = ICON.sub(_icon_text, text)
    if LOCAL_STYLE_TAG not in text:
        text = text.replace("</head>", LOCAL_STYLE_TAG + "</head>", 1)
    page.write_text(text, encoding="utf-8")


def _render_run_pages(context: gx.data_context.FileDataContext, site: Path, run_name: str) -> dict[str, str]:
    """Render this run's result pages only, offline; relation name to page path relative to the site."""
    keys = [
        key for key in context.validation_results_store.list_keys()
        if isinstance(key, ValidationResultIdentifier) and key.run_id.run_name == run_name
    ]
    context.build_data_docs(resource_identifiers=keys, build_index=False)
    pages = {}
    for page in (site / "validations").rglob("*.html"):
        parts = page.relative_to(site / "validations").parts
        if run_name in parts:
            make_offline(page)
            pages[parts[parts.index(run_name) - 1]] = page.relative_to(site).as_posix()
    return pages


def _index(warehouse: Path, history: list[dict], keep: int) -> str:
    """The site's index page: every kept run, newest first, each relation linked to its result page."""
    e = html.escape
    sections = []
    for run in reversed(history):
        failed = sum(r["failed"] for r in run["relations"])
        verdict = f'<span class="failed">{failed} expectation(s) failed</span>' if failed else '<span class="passed">all expectations met</span>'
        rows = "".join(
            f"<tr><td><a href=\"{e(run['pages'].get(r['relation'], ''))}\">{e(r['relation'])}</a></td><td>{r['expectations']}</td>"
            f"<td class=\"{'failed' if r['failed'] else 'passed'}\">{r['failed']}</td><td>{r['rows']}</td></tr>"
            for r in run["relations"]
        )
        sections.append(
            f"<h2 id=\"{e(run['run_name'])}\">Run {e(run['run_name'])}</h2><p>{e(run['run_time'])}: {verdict}</p>"
            f"<table><tr><th>audited relation</th><th>expectations</th><th>failed</th><th>rows</th></tr>{rows}</table>"
        )
    return (
        f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>flightwatch audit: {e(warehouse.name)}</title>"
        f"{LOCAL_STYLE_TAG}</head><body><h1>Warehouse audit: {e(str(warehouse))}</h1>"
        f"<p>Great Expectations results of the last {len(history)} run(s) that wrote this warehouse (at most {keep} are kept).</p>"
        + "".join(sections) + "</body></html>"
    )


def publish(
    context: gx.data_context.FileDataContext, warehouse: Path, run: RunIdentifier, outcomes: list[RelationOutcome], keep: int = KEEP_RUNS
) -> Path:
    """Render this run's pages, prune runs beyond ``keep``, and write the index; return the index's path."""
    project_dir = Path(context.root_directory).parent
    site = project_dir / SITE
    history_file = site / HISTORY
    history = json.loads(history_file.read_text()) if history_file.exists() else []
    pages = _render_run_pages(context, site, run.run_name)
    history.append({
        "run_name": run.run_name, "run_time": run.run_time.isoformat(timespec="seconds"), "warehouse": str(warehouse),
        "relations": [asdict(outcome) for outcome in outcomes], "pages": pages,
    })
    history, expired = _runs_to_keep(history, keep)
    _prune(project_dir, expired)
    site.mkdir(parents=True, exist_ok=True)
    history_file.write_text(json.dumps(history, indent=1))
    index = site / "index.html"
    index.write_text(_index(warehouse, history, keep), encoding="utf-8")
    return index
