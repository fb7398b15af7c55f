"""The Great Expectations suite that audits the warehouse before it is published.

pandera checks rows as they are extracted; these expectations check what a run loaded in its
tables (keys, references, totals, provenance, freshness) and invariants of whole tables that stay
cheap however large the warehouse grows (no key twice); ``--full-audit`` checks every row. Great Expectations has no polars datasource, so each
audited relation is read from DuckDB as Arrow and handed over as a pandas frame. Any failure is critical: it
would make an analyst's numbers wrong, so the run does not publish.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from pathlib import Path

import great_expectations as gx
import pyarrow as pa
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import ProgressBarsConfig
from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

from schemas import data_docs
from schemas.data_docs import RelationOutcome
from schemas.findings import AuditReport, Finding
from schemas.models import DOC_ID_PATTERN, ISO_ALPHA2, MAX_FLIGHTS, QUALIFIERS, ROW_ROLES, SERIES_METHODS, STATUSES

DATASOURCE = "flightwatch_warehouse"
SAMPLE_SIZE = 5


def suite_definitions() -> dict[str, list[gx.expectations.Expectation]]:
    """Audited relation (a query under warehouse/sql/audit) to the expectations it must meet."""
    e = gx.expectations
    return {
        "documents": [
            e.ExpectTableRowCountToBeBetween(min_value=1),
            e.ExpectColumnValuesToNotBeNull(column="doc_id"),
            e.ExpectColumnValuesToBeUnique(column="doc_id"),
            e.ExpectColumnValuesToMatchRegex(column="doc_id", regex=DOC_ID_PATTERN),
        ],
        "flight_tables": [
            e.ExpectColumnValuesToBeUnique(column="table_id"),
            e.ExpectColumnValuesToBeInSet(column="document_exists", value_set=[True]),
            e.ExpectColumnValuesToBeInSet(column="origin_country", value_set=ISO_ALPHA2),
            e.ExpectColumnValuesToBeInSet(column="destination_country", value_set=ISO_ALPHA2),
            e.ExpectColumnValuesToBeInSet(column="row_role", value_set=ROW_ROLES),
            e.ExpectColumnPairValuesToBeEqual(column_A="rows_total", column_B="sum_of_rows"),
        ],
        "flight_table_rows": [
            e.ExpectCompoundColumnsToBeUnique(column_list=["table_id", "row_number"]),
            e.ExpectColumnValuesToBeInSet(column="table_exists", value_set=[True]),
            e.ExpectColumnValuesToBeBetween(column="flights", min_value=0, max_value=MAX_FLIGHTS),
        ],
        "row_countries": [e.ExpectColumnValuesToBeInSet(column="country", value_set=ISO_ALPHA2)],
        "flight_mentions": [
            e.ExpectColumnValuesToBeUnique(column="mention_id"),
            e.ExpectColumnValuesToBeInSet(column="document_exists", value_set=[True]),
            e.ExpectColumnValuesToBeBetween(column="flights", min_value=0, max_value=MAX_FLIGHTS),
            e.ExpectColumnValuesToBeInSet(column="qualifier", value_set=QUALIFIERS),
            e.ExpectColumnValuesToBeInSet(column="status", value_set=STATUSES),
            e.ExpectColumnValuesToBeInSet(column="origin_country", value_set=ISO_ALPHA2),
        ],
        "mention_destinations": [e.ExpectColumnValuesToBeInSet(column="country", value_set=ISO_ALPHA2)],
        "provenance": [e.ExpectColumnValuesToBeInSet(column="span_matches", value_set=[True])],
        "freshness": [e.ExpectColumnValuesToBeInSet(column="fresh", value_set=[True])],
        "flight_claims": [
            e.ExpectColumnValuesToBeUnique(column="claim_id"),
            e.ExpectColumnValuesToBeInSet(column="fact_exists", value_set=[True]),
        ],
        "monthly_flights": [
            e.ExpectColumnValuesToBeUnique(column="series_key"),
            e.ExpectColumnValuesToBeInSet(column="method", value_set=SERIES_METHODS),
            e.ExpectColumnValuesToBeInSet(column="bounds_ordered", value_set=[True]),
        ],
        "series_provenance": [e.ExpectColumnValuesToBeInSet(column="document_exists", value_set=[True])],
        "retractions_and_overrides": [
            e.ExpectColumnValuesToBeInSet(column="target_exists", value_set=[True]),
            e.ExpectColumnValuesToBeInSet(column="status", value_set=STATUSES),
            e.ExpectColumnValuesToBeBetween(column="flights", min_value=0, max_value=MAX_FLIGHTS),
        ],
        "keys": [e.ExpectColumnValuesToBeBetween(column="duplicate_keys", min_value=0, max_value=0)],
    }


def _context(project_dir: Path) -> gx.data_context.FileDataContext:
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    project_dir.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="file", project_root_dir=str(project_dir))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def site_folder(docs_root: Path, warehouse: Path) -> Path:
    """One Great Expectations project (and Data Docs site) per warehouse file: its name and a hash of its path."""
    digest = hashlib.sha256(str(warehouse.resolve()).encode()).hexdigest()[:8]
    return docs_root / f"{warehouse.stem}-{digest}"


def _column(config: ExpectationConfiguration) -> str | None:
    kwargs = config.kwargs if hasattr(config, "kwargs") else {}
    if kwargs.get("column"):
        return kwargs["column"]
    if kwargs.get("column_list"):
        return ",".join(kwargs["column_list"])
    if kwargs.get("column_A"):
        return f"{kwargs['column_A']}={kwargs['column_B']}"
    return None


def _arguments(config: ExpectationConfiguration) -> dict:
    """The expectation's arguments that say which rows fail it (columns, value sets, bounds, patterns)."""
    kwargs = dict(config.kwargs if hasattr(config, "kwargs") else {})
    return {k: v for k, v in kwargs.items() if k in {"column", "column_A", "column_B", "column_list", "value_set", "min_value", "max_value", "regex"}}


def run_audit(frames: dict[str, pa.Table], docs_root: Path, run_name: str, warehouse: Path, keep_runs: int = data_docs.KEEP_RUNS) -> AuditReport:
    """Validate every audited relation as run ``run_name`` and rebuild the warehouse's offline Data Docs (the last ``keep_runs`` runs).

    Each relation becomes a pandas frame only while it is validated and is taken out of ``frames``
    then: pandas holds text as Python objects, several times its Arrow size, and a large run's
    relations would otherwise all sit in memory together.
    """
    context = _context(site_folder(docs_root, warehouse))
    datasource = context.data_sources.add_or_update_pandas(DATASOURCE)
    findings: list[Finding] = []
    outcomes: list[RelationOutcome] = []
    ran = 0
    run_identifier = RunIdentifier(run_name=run_name, run_time=dt.datetime.now(dt.UTC))
    for relation, expectations in suite_definitions().items():
        frame = frames.pop(relation).to_pandas(date_as_object=False)
        asset = next((a for a in datasource.assets if a.name == relation), None) or datasource.add_dataframe_asset(name=relation)
        batch = next((b for b in asset.batch_definitions if b.name == "whole"), None) or asset.add_batch_definition_whole_dataframe("whole")
        suite = gx.ExpectationSuite(name=f"warehouse.{relation}", expectations=expectations)
        suite = context.suites.add_or_update(suite)
        definition = context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=f"audit.{relation}", data=batch, suite=suite)
        )
        result = definition.run(batch_parameters={"dataframe": frame}, result_format={"result_format": "SUMMARY"}, run_id=run_identifier)
        failed = 0
        for outcome in result.results:
            ran += 1
            if outcome.success:
                continue
            failed += 1
            config = outcome.expectation_config
            if config is None:
                raise RuntimeError(f"Great Expectations returned a failed result without its expectation on {relation}")
            details = outcome.result or {}
            sample = [str(v) for v in (details.get("partial_unexpected_list") or [])[:SAMPLE_SIZE]]
            findings.append(
                Finding(
                    relation=relation,
                    expectation=config.type,
                    column=_column(config),
                    unexpected_count=int(details.get("unexpected_count") or details.get("observed_value") or 1),
                    sample=sample,
                    arguments=_arguments(config),
                )
            )
        outcomes.append(RelationOutcome(relation, len(result.results), failed, len(frame)))
    index = data_docs.publish(context, warehouse, run_identifier, outcomes, keep_runs)
    return AuditReport(findings=findings, data_docs_index=index, expectations_run=ran)
