"""The warehouse's data dictionary: one pandera model per table, one field per column.

These models are the single source of column names, types, allowed values and meanings. The
DDL under ``warehouse/sql`` must match them (a test checks it) and the loader publishes each
``description`` as a DuckDB ``COMMENT ON``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated

import pandera.polars as pa
import polars as pl

from transforms.domain import ISO_ALPHA2 as COUNTRY_CODES
from transforms.domain import OTHER_LABEL, Breakdown, DateSource, InputFormat, Precision, Qualifier, QuarantineReason, RowRole, Status

DOC_ID_PATTERN = r"^[0-9a-f]{64}$"
DATE_SOURCES = [source.value for source in DateSource]
PATH_PATTERN = r"^(row|total|mention)(/[a-z_:]+)+$"  # transforms/confidence.py: a claim's steps, kind first
ISO_ALPHA2 = sorted(COUNTRY_CODES)
MAX_FLIGHTS = 10_000  # far above any plausible count for one report; larger is a parsing error
MAX_PASSENGERS = 1_000_000
QUALIFIERS = [qualifier.value for qualifier in Qualifier]
STATUSES = [status.value for status in Status]
DESTINATION_PATTERN = r"^(\*|[A-Z]{2}(\+[A-Z]{2})*)$"
ROW_ROLES = [role.value for role in RowRole]
BREAKDOWNS = [breakdown.value for breakdown in Breakdown]
DATE_PRECISIONS = [precision.value for precision in Precision]
QUARANTINE_STAGES = ["discover", "decode", "extract", "validate"]
RUN_STATUSES = ["running", "completed", "failed", "not_published"]


class Severity(StrEnum):
    """How bad a data-quality alert is: warning (flagged, loaded), error (kept out), critical (not published)."""

    WARNING = "warning"
    ERROR = "error"
    CRITICAL = "critical"


QUARANTINE_REASONS = [reason.value for reason in QuarantineReason]
SEVERITIES = [severity.value for severity in Severity]
INPUT_FORMATS = [input_format.value for input_format in InputFormat]
OTHER_LABEL_PATTERN = rf"(?i)^(?:{OTHER_LABEL})(?:\s*\([^)]*\))?$"  # "Otros destinos (8 países)": the rest, however many

UtcTimestamp = Annotated[pl.Datetime, "us", "UTC"]


def _iso_list_ok(column: str) -> pl.Expr:
    return pl.col(column).list.eval(pl.element().is_in(ISO_ALPHA2)).list.all()


def _span_ok(data: pa.PolarsData) -> pl.LazyFrame:
    return data.lazyframe.select(
        (pl.col("char_end") > pl.col("char_start"))
        & (pl.col("char_end") - pl.col("char_start") == pl.col("evidence").str.len_chars())
    )


def _period_ordered(data: pa.PolarsData) -> pl.LazyFrame:
    return data.lazyframe.select(
        pl.col("period_start").is_null() | pl.col("period_end").is_null() | (pl.col("period_start") <= pl.col("period_end"))
    )


class Document(pa.DataFrameModel):
    """One ingested article or press release: its article text and what it says about itself."""

    doc_id: str = pa.Field(unique=True, str_matches=DOC_ID_PATTERN, description="sha256 of the raw file bytes; the document's identity")
    source_uri: str = pa.Field(description="path of the file relative to the source folder when first ingested")
    title: str = pa.Field(nullable=True, description="headline as printed at the head of the document; null when none is recognisable")
    publisher: str = pa.Field(nullable=True, description="outlet or agency that published it (site name line, 'Story by' byline, wire dateline)")
    language: str = pa.Field(nullable=True, str_matches=r"^[a-z]{2}$", description="ISO 639-1 language of the text, detected from the text")
    published_date: dt.date = pa.Field(nullable=True, description="publication date from a date line or dateline; null when no full date with a year is stated")
    published_date_precision: str = pa.Field(nullable=True, isin=DATE_PRECISIONS, description="precision of published_date: day, week, month or year")
    dateline_text: str = pa.Field(nullable=True, description="the date exactly as written at the head, also when it lacks a year (e.g. 'Jan 24')")
    body_text: str = pa.Field(description="article text after removing comments, photo credits and share links; all char offsets index this")
    n_bytes: int = pa.Field(ge=1, description="size of the raw file in bytes")
    encoding: str = pa.Field(description="character encoding the raw bytes were decoded with")
    extractor_version: str = pa.Field(description="version of the extraction code that produced this row and its flights")
    ingested_at: UtcTimestamp = pa.Field(description="UTC time the run that loaded this document started")
    run_id: str = pa.Field(description="pipeline_runs.run_id of the run that loaded it")
    prose_extracted: bool = pa.Field(description="true when prose mentions were extracted (English, Spanish, Portuguese); other languages get tables only")
    decode_notes: list[str] = pa.Field(
        description="what decoding repaired or had to guess, one 'code: detail' each (control_characters_removed, encoding_guessed, "
        "mojibake_repaired, mojibake_suspected, supplied_value_ignored, supplied_metadata_unreadable); empty when nothing was"
    )
    url: str = pa.Field(nullable=True, str_matches=r"^https?://", description="the original address, when supplied with the document "
                        "(a .meta.json sidecar, a manifest row or Markdown front matter)")
    fetched_at: UtcTimestamp = pa.Field(nullable=True, description="UTC time the document was fetched, when supplied with it")
    published_date_source: str = pa.Field(nullable=True, isin=DATE_SOURCES, description="where published_date came from: text (a full "
                                          "date stated in the document), supplied (metadata beside it), url (a date in its address)")
    superseded_by: str = pa.Field(nullable=True, description="doc_id of the newer version read from the same path; its claims left the "
                                  "series then (the document stays on record)")
    superseded_at: UtcTimestamp = pa.Field(nullable=True, description="UTC start of the run that read the newer version")
    retracted_at: UtcTimestamp = pa.Field(nullable=True, description="when an analyst retracted it (table retractions): its claims are out "
                                          "of the series until the retraction is withdrawn")

    class Config:
        description = "Documents loaded into the warehouse, one row per distinct file content."
        strict = True


class FlightTable(pa.DataFrameModel):
    """A per-country list of flight counts found in a document, with its stated total."""

    table_id: str = pa.Field(unique=True, description="doc_id, '#t' and the table's position in the document")
    doc_id: str = pa.Field(str_matches=DOC_ID_PATTERN, description="documents.doc_id the table was found in")
    origin_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 country the flights left from, when stated (row_role destination)")
    destination_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 country the flights went to, in a receiving country's report")
    row_role: str = pa.Field(isin=ROW_ROLES, description="what the rows' countries are: 'destination' (flights to each) or 'origin' (flights from each)")
    period_start: dt.date = pa.Field(nullable=True, description="first day of the period the table covers; null when not stated or its year is unknown")
    period_end: dt.date = pa.Field(nullable=True, description="last day of the period the table covers")
    period_precision: str = pa.Field(nullable=True, isin=DATE_PRECISIONS, description="precision the period was stated in")
    stated_total: int = pa.Field(nullable=True, ge=0, le=MAX_FLIGHTS * 10, description="total flights stated for the table (intro sentence or Total line)")
    rows_total: int = pa.Field(ge=0, description="sum of flights over the table's loaded rows; differs from stated_total when the rows do not add up")
    n_rows: int = pa.Field(ge=0, description="number of loaded rows")
    intro_text: str = pa.Field(nullable=True, description="the sentence that introduces the table")
    evidence: str = pa.Field(description="exact text of the table, from its introducing sentence to its last row")
    char_start: int = pa.Field(ge=0, description="offset in documents.body_text where evidence starts (0-based)")
    char_end: int = pa.Field(ge=1, description="offset in documents.body_text where evidence ends (exclusive)")
    extractor_version: str = pa.Field(description="version of the extraction code")
    breakdown: str = pa.Field(isin=BREAKDOWNS, description="what the rows break the flights down by: country, day, month, airport, departure, airline")
    status: str = pa.Field(nullable=True, isin=STATUSES, description="completed or planned, as the list's introduction says")
    total_group: str = pa.Field(nullable=True, description="table_id of the first sibling table breaking down the same total; never sum across one group")

    class Config:
        description = "Per-country flight tables: one row per table; its rows are in flight_table_rows."
        strict = True

    @pa.dataframe_check
    def span_matches_evidence(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when evidence span is empty or does not match its length."""
        return _span_ok(data)

    @pa.dataframe_check
    def period_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when period_start is after period_end."""
        return _period_ordered(data)


class FlightTableInDocument(FlightTable):
    """A flight table joined to its document's date, to check the period against it."""

    doc_published_date: dt.date = pa.Field(nullable=True, description="documents.published_date")

    @pa.dataframe_check
    def period_not_after_publication(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when a table of completed flights ends after the document's publication date (a schedule may look ahead)."""
        return data.lazyframe.select(
            pl.col("period_end").is_null()
            | pl.col("doc_published_date").is_null()
            | (pl.col("status") == "planned")
            | (pl.col("period_end") <= pl.col("doc_published_date"))
        )


class FlightTableRow(pa.DataFrameModel):
    """One line of a flight table: the countries it names and their flight count."""

    table_id: str = pa.Field(description="flight_tables.table_id")
    row_number: int = pa.Field(ge=1, description="1-based position of the row in its table")
    doc_id: str = pa.Field(str_matches=DOC_ID_PATTERN, description="documents.doc_id")
    label: str = pa.Field(description="the row's label exactly as written (e.g. 'Rumania / India')")
    countries: list[str] = pa.Field(description="ISO alpha-2 codes the label names, in order; the role comes from the table's row_role")
    flights: int = pa.Field(ge=0, le=MAX_FLIGHTS, description="number of flights stated on the row")
    evidence: str = pa.Field(description="exact text of the row")
    char_start: int = pa.Field(ge=0, description="offset in documents.body_text where the row starts")
    char_end: int = pa.Field(ge=1, description="offset in documents.body_text where the row ends (exclusive)")
    breakdown: str = pa.Field(isin=BREAKDOWNS, description="what the label is: country, day, month, airport of arrival, departure city or airline")
    origin_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 country the row's flights left from, as the list or document says")
    destination_countries: list[str] = pa.Field(description="ISO alpha-2 countries the row's flights went to; empty when not stated")
    status: str = pa.Field(nullable=True, isin=STATUSES, description="completed or planned, from the list's introduction")
    period_start: dt.date = pa.Field(nullable=True, description="first day the row covers: the table's period, or the row's own day in a schedule")
    period_end: dt.date = pa.Field(nullable=True, description="last day the row covers")
    path: str = pa.Field(nullable=True, str_matches=PATH_PATTERN, description="the steps that produced the row: 'row/<list or log>/<breakdown>/"
                         "<row role>/<adds_up, differs or no_total>' (transforms/confidence.py); null when extracted before 2.4.0")

    class Config:
        description = "Rows of flight tables, keyed by (table_id, row_number)."
        strict = True
        unique = ("table_id", "row_number")

    @pa.dataframe_check
    def countries_known(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when a country row's label names no known country (and is not an 'other countries' row)."""
        return data.lazyframe.select(
            (pl.col("breakdown") != "country") | (pl.col("countries").list.len() > 0) | pl.col("label").str.contains(OTHER_LABEL_PATTERN)
        )

    @pa.dataframe_check
    def countries_iso(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when a country code is not ISO 3166-1 alpha-2."""
        return data.lazyframe.select(_iso_list_ok("countries") & _iso_list_ok("destination_countries"))

    @pa.dataframe_check
    def span_matches_evidence(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when evidence span is empty or does not match its length."""
        return _span_ok(data)


class FlightTableTotal(pa.DataFrameModel):
    """A total the text states for a flight table: overall, or for the flights from one origin."""

    table_id: str = pa.Field(description="flight_tables.table_id (the first of its sibling breakdowns when several share the total)")
    total_number: int = pa.Field(ge=1, description="1-based position of the total among the table's totals")
    doc_id: str = pa.Field(str_matches=DOC_ID_PATTERN, description="documents.doc_id")
    origin_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 origin the total is for; null when its flights mix origins")
    flights: int = pa.Field(ge=0, le=MAX_FLIGHTS * 10, description="the total number of flights stated")
    evidence: str = pa.Field(description="exact text stating the total")
    char_start: int = pa.Field(ge=0, description="offset in documents.body_text where evidence starts")
    char_end: int = pa.Field(ge=1, description="offset in documents.body_text where evidence ends (exclusive)")
    path: str = pa.Field(nullable=True, str_matches=PATH_PATTERN, description="the steps that produced the total: 'total/<where it is stated>/"
                         "<adds_up, differs or no_total>' (transforms/confidence.py); null when extracted before 2.4.0")

    class Config:
        description = "Stated totals of flight tables, one row per total: the overall one and any per origin."
        strict = True
        unique = ("table_id", "total_number")

    @pa.dataframe_check
    def span_matches_evidence(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when evidence span is empty or does not match its length."""
        return _span_ok(data)


class FlightMention(pa.DataFrameModel):
    """A flight count stated in running prose, as one claim with its source clause."""

    mention_id: str = pa.Field(unique=True, description="doc_id, '#m' and the mention's position in the document")
    doc_id: str = pa.Field(str_matches=DOC_ID_PATTERN, description="documents.doc_id")
    flights: int = pa.Field(ge=0, le=MAX_FLIGHTS, description="number of flights claimed; the lower bound for a range")
    flights_max: int = pa.Field(nullable=True, ge=0, le=MAX_FLIGHTS, description="upper bound of a range ('eight to ten flights'); else null")
    qualifier: str = pa.Field(isin=QUALIFIERS, description="how exact the count is: exact, approx, more_than, at_least, at_most, less_than, range")
    ordinal: int = pa.Field(nullable=True, ge=1, description="the ordinal when the text numbers the flight ('its third flight' is 1 flight, ordinal 3)")
    origin_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 country the flights left from, when stated")
    destination_countries: list[str] = pa.Field(description="ISO alpha-2 countries the flights went to; empty when not stated or a region")
    status: str = pa.Field(isin=STATUSES, description="completed, planned, denied, cancelled or unknown")
    passengers: int = pa.Field(nullable=True, ge=0, le=MAX_PASSENGERS, description="people on all the flights together, when stated or derivable")
    passengers_per_flight: int = pa.Field(nullable=True, ge=0, le=MAX_PASSENGERS, description="people on each flight, when stated")
    period_start: dt.date = pa.Field(nullable=True, description="first day the claim covers")
    period_end: dt.date = pa.Field(nullable=True, description="last day the claim covers")
    period_precision: str = pa.Field(nullable=True, isin=DATE_PRECISIONS, description="precision the period was stated in")
    evidence: str = pa.Field(description="exact clause or sentence the claim comes from")
    char_start: int = pa.Field(ge=0, description="offset in documents.body_text where evidence starts")
    char_end: int = pa.Field(ge=1, description="offset in documents.body_text where evidence ends (exclusive)")
    extractor_version: str = pa.Field(description="version of the extraction code")
    path: str = pa.Field(nullable=True, str_matches=PATH_PATTERN, description="the steps that produced the mention: 'mention/<count's shape>/"
                         "dest:<from>/status:<from>/origin:<from>' (transforms/confidence.py); null when extracted before 2.4.0")

    class Config:
        description = "Flight counts stated in prose, one row per distinct claim."
        strict = True

    @pa.dataframe_check
    def destinations_iso(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when a destination code is not ISO 3166-1 alpha-2."""
        return data.lazyframe.select(_iso_list_ok("destination_countries"))

    @pa.dataframe_check
    def span_matches_evidence(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when evidence span is empty or does not match its length."""
        return _span_ok(data)

    @pa.dataframe_check
    def period_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Fails when period_start is after period_end."""
        return _period_ordered(data)


class Retraction(pa.DataFrameModel):
    """A document an analyst retracted with flightwatch retract: who, when and why, and when it was withdrawn."""

    doc_id: str = pa.Field(str_matches=DOC_ID_PATTERN, description="documents.doc_id of the retracted document")
    source_uri: str = pa.Field(description="documents.source_uri, for reading")
    reason: str = pa.Field(str_length={"min_value": 1}, description="why, as the analyst gave it (--reason)")
    requested_by: str = pa.Field(nullable=True, description="who asked (--by, else the login name)")
    requested_at: UtcTimestamp = pa.Field(description="UTC time of the request")
    run_id: str = pa.Field(description="pipeline_runs.run_id of the run that applied it")
    withdrawn_at: UtcTimestamp = pa.Field(nullable=True, description="when it was withdrawn (flightwatch retract --undo); null while in force")
    withdrawn_run_id: str = pa.Field(nullable=True, description="run that applied the withdrawal")

    class Config:
        description = "Retractions of documents, in force (withdrawn_at null) or withdrawn: applied by reconciliation, kept on record."
        strict = True


class Override(pa.DataFrameModel):
    """An analyst's figure for one route, status and month (flightwatch override), in force or withdrawn."""

    override_id: str = pa.Field(str_matches=r"^ov-[0-9a-f]{8}$", description="id to withdraw it by (flightwatch override --undo ID)")
    origin_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 origin; null: the figure over every origin")
    destination: str = pa.Field(str_matches=DESTINATION_PATTERN, description="destination as in monthly_flights ('GT', 'CO+EC', '*')")
    month: dt.date = pa.Field(description="first day of the calendar month")
    status: str = pa.Field(isin=STATUSES, description="completed, planned, denied, cancelled or unknown")
    flights: int = pa.Field(ge=0, description="the analyst's figure")
    reason: str = pa.Field(str_length={"min_value": 1}, description="why, as the analyst gave it (--reason)")
    requested_by: str = pa.Field(nullable=True, description="who asked (--by, else the login name)")
    requested_at: UtcTimestamp = pa.Field(description="UTC time of the request")
    run_id: str = pa.Field(description="pipeline_runs.run_id of the run that applied it")
    withdrawn_at: UtcTimestamp = pa.Field(nullable=True, description="when it was withdrawn (--undo); null while in force")
    withdrawn_run_id: str = pa.Field(nullable=True, description="run that applied the withdrawal")

    class Config:
        description = "Analysts' figures for one route, status and month: applied by reconciliation (method analyst_override), kept on record."
        strict = True


class QuarantinedDocument(pa.DataFrameModel):
    """A file that could not be ingested, kept with the reason so nothing is lost silently."""

    run_id: str = pa.Field(description="pipeline_runs.run_id of the run that quarantined it")
    source_uri: str = pa.Field(description="path relative to the source folder")
    doc_id: str = pa.Field(nullable=True, str_matches=DOC_ID_PATTERN, description="sha256 of the raw bytes, when they could be read")
    stage: str = pa.Field(isin=QUARANTINE_STAGES, description="pipeline stage that refused it: discover, decode or extract")
    reason: str = pa.Field(isin=QUARANTINE_REASONS, description="why: " + ", ".join(QUARANTINE_REASONS))
    detail: str = pa.Field(nullable=True, description="human-readable detail of the reason")
    n_bytes: int = pa.Field(nullable=True, ge=0, description="size of the file in bytes")
    quarantined_at: UtcTimestamp = pa.Field(description="UTC time of quarantine")
    extractor_version: str = pa.Field(
        nullable=True, description="extractor that refused it at the extract stage; a too_slow document is tried again by another version"
    )

    class Config:
        description = "Files refused by the pipeline, with why."
        strict = True


class ValidationFailure(pa.DataFrameModel):
    """A row that failed a schema check and was kept out of the analyst tables."""

    run_id: str = pa.Field(description="pipeline_runs.run_id")
    doc_id: str = pa.Field(nullable=True, description="documents.doc_id of the failing row")
    table_name: str = pa.Field(description="warehouse table the row was meant for")
    check_name: str = pa.Field(description="the failed check, as named in schemas/models.py")
    column_name: str = pa.Field(nullable=True, description="column the check is on; the model name for row-wide checks")
    failure_value: str = pa.Field(nullable=True, description="the failing value as text")
    row_json: str = pa.Field(description="the whole failing row as JSON")
    loaded: bool = pa.Field(description="true when the row was still loaded because the check only flags it (e.g. a total that does not add up)")
    recorded_at: UtcTimestamp = pa.Field(description="UTC time of the check")

    class Config:
        description = "Rows that failed validation: the reason, the value and the row itself."
        strict = True


class PipelineRun(pa.DataFrameModel):
    """One run of the nightly job and its accounting."""

    run_id: str = pa.Field(unique=True, description="identifier of the run (UTC timestamp and a random suffix)")
    started_at: UtcTimestamp = pa.Field(description="UTC start time")
    finished_at: UtcTimestamp = pa.Field(nullable=True, description="UTC end time")
    status: str = pa.Field(isin=RUN_STATUSES, description="completed, failed, not_published (audit failed) or running")
    source: str = pa.Field(description="source folder the run read")
    docs_seen: int = pa.Field(ge=0, description="files found in the source folder")
    docs_new: int = pa.Field(ge=0, description="documents loaded for the first time")
    docs_known: int = pa.Field(ge=0, description="files whose content was already loaded or quarantined")
    docs_quarantined: int = pa.Field(ge=0, description="files quarantined by this run")
    rows_loaded: int = pa.Field(ge=0, description="rows loaded into documents, flight_tables, flight_table_rows and flight_mentions")
    rows_rejected: int = pa.Field(ge=0, description="rows kept out by validation")
    alerts: int = pa.Field(ge=0, description="data-quality alerts raised")
    extractor_version: str = pa.Field(description="version of the extraction code")
    docs_prose_skipped: int = pa.Field(ge=0, description="new documents in languages whose prose is not extracted (tables only)")
    data_docs_index: str = pa.Field(nullable=True, description="path of the Great Expectations Data Docs page of the run's audit")
    notification: str = pa.Field(nullable=True, description="outcome of sending the run's alert message: sent, failed: <why>, or not configured")
    docs_known_refused: int = pa.Field(ge=0, description="of docs_known, source paths refused before for the same reason and unchanged since")
    docs_reextracted: int = pa.Field(ge=0, description="stored documents extracted again by a reprocessing run (not counted as new)")
    docs_waiting: int = pa.Field(
        ge=0, description="files left for a later run because they were still being written (changed lately, or while read)"
    )
    docs_updated: int = pa.Field(ge=0, description="of docs_new, new versions of paths read before: each superseded the older document")

    class Config:
        description = ("One row per pipeline run; docs_seen = docs_new + docs_known + docs_quarantined + docs_waiting "
                       "(+ re-extracted source files when reprocessing).")
        strict = True


class DataQualityAlert(pa.DataFrameModel):
    """One data-quality finding of a run, grouped by check, with what to look at."""

    alert_id: str = pa.Field(unique=True, description="run_id, '#' and the alert's number in the run")
    run_id: str = pa.Field(description="pipeline_runs.run_id of the run that raised it")
    severity: str = pa.Field(isin=SEVERITIES, description="warning (flagged, loaded), error (rows or files kept out), critical (not published)")
    check_name: str = pa.Field(description="the failed check: a quarantine reason, a pandera check or a Great Expectations expectation")
    table_name: str = pa.Field(description="warehouse table (or audited relation) the check is about")
    affected_count: int = pa.Field(ge=1, description="how many files, rows or values failed the check")
    sample_values: list[str] = pa.Field(description="up to five failing files or rows, each with its reason ('path: detail')")
    doc_ids: list[str] = pa.Field(description="documents involved (up to 20)")
    source_uris: list[str] = pa.Field(description="their source paths (up to 20)")
    query: str = pa.Field(description="SQL to paste into a new DuckDB session: attaches the file it needs read-only and returns exactly the failing rows")
    message: str = pa.Field(description="one line a person can read")
    raised_at: UtcTimestamp = pa.Field(description="UTC time the alert was raised")
    notified: bool = pa.Field(description="true when the run's alert message reached every configured URL")
    action: str = pa.Field(nullable=True, description="what to do about it")

    class Config:
        description = "Data-quality alerts, one row per failed check per run."
        strict = True


class SourceFile(pa.DataFrameModel):
    """A source file as last read: unchanged size and modification time mean unchanged content."""

    source: str = pa.Field(description="absolute path of the source folder")
    source_uri: str = pa.Field(description="path of the file relative to the source folder")
    n_bytes: int = pa.Field(ge=0, description="size in bytes when last read")
    modified_ns: int = pa.Field(description="modification time (ns since the epoch) when last read")
    doc_id: str = pa.Field(str_matches=DOC_ID_PATTERN, description="sha256 of the bytes read then")
    run_id: str = pa.Field(description="pipeline_runs.run_id of the run that last read it")

    class Config:
        description = "Manifest of source files, so a nightly run reads and hashes only new or changed files."
        strict = True
        unique = ("source", "source_uri")


class DocumentSource(pa.DataFrameModel):
    """The bytes a document was read from, so that reprocessing reads exactly what its first run read."""

    doc_id: str = pa.Field(unique=True, str_matches=DOC_ID_PATTERN, description="documents.doc_id; the sha256 of raw")
    format: str = pa.Field(isin=INPUT_FORMATS, description="how the bytes were read: text or html")
    raw: pl.Binary = pa.Field(description="the file's bytes exactly as read")

    class Config:
        description = "Original bytes of every document loaded since this table exists, for faithful reprocessing."
        strict = True


class SourceRefusal(pa.DataFrameModel):
    """A source path refused for a reason that only the path's own change can lift."""

    source: str = pa.Field(description="absolute path of the source folder")
    source_uri: str = pa.Field(description="path relative to the source folder")
    reason: str = pa.Field(isin=QUARANTINE_REASONS, description="quarantine reason it was refused with (outside_source, unreadable)")
    detail: str = pa.Field(nullable=True, description="the quarantine detail")
    n_bytes: int = pa.Field(nullable=True, ge=0, description="size in bytes, when it could be seen")
    modified_ns: int = pa.Field(nullable=True, description="modification time (ns since the epoch), when it could be seen")
    run_id: str = pa.Field(description="pipeline_runs.run_id of the run that refused it")

    class Config:
        description = "Source paths refused before: the same refusal is known on later runs, not quarantined and alerted again."
        strict = True
        unique = ("source", "source_uri")


PERIOD_GRAINS = ["day", "week", "month", "quarter", "year", "span", "open", "none"]
CLAIM_KINDS = ["table_row", "table_total", "mention"]
AUTHORITIES = ["official", "list", "mention"]
SERIES_METHODS = ["stated_for_month", "sum_of_parts", "bounded_by_total", "analyst_override"]


class FlightClaim(pa.DataFrameModel):
    """One count a document states (table row, stated total or prose), in the form reconciliation compares."""

    claim_id: str = pa.Field(unique=True, description="table_id/row, table_id/totalN or mention_id: the row it comes from")
    doc_id: str = pa.Field(str_matches=DOC_ID_PATTERN, description="documents.doc_id")
    kind: str = pa.Field(isin=CLAIM_KINDS, description="table_row, table_total or mention")
    breakdown: str = pa.Field(nullable=True, isin=BREAKDOWNS, description="for table rows: what the list breaks the flights down by")
    breakdown_rank: int = pa.Field(ge=1, description="1 for the first breakdown of a total (the one flight_counts keeps)")
    part: str = pa.Field(nullable=True, description="'airport: X', 'departure: Y', 'airline: Z' when the row is a share of a total; never a month's figure")
    origin_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 country the flights left from; null when mixed or not stated")
    destination_countries: list[str] = pa.Field(description="ISO alpha-2 countries the flights went to, sorted; empty when not named")
    destination: str = pa.Field(str_matches=DESTINATION_PATTERN, description="destination set as text: 'GT'; 'CO+EC+PE' one flight with stops; '*' none named")
    status: str = pa.Field(isin=STATUSES, description="completed, planned, denied, cancelled or unknown; never added across statuses")
    flights: int = pa.Field(ge=0, description="the number stated (lower bound of a range)")
    flights_max: int = pa.Field(nullable=True, ge=0, description="upper bound of a stated range")
    qualifier: str = pa.Field(isin=QUALIFIERS, description="exact, approx, more_than, at_least, at_most, less_than or range")
    flights_low: int = pa.Field(ge=0, description="fewest flights the claim allows (approx: 10% either side, at least 1)")
    flights_high: int = pa.Field(nullable=True, ge=0, description="most flights the claim allows; null when unbounded ('more than 40')")
    ordinal: int = pa.Field(nullable=True, ge=1, description="set when the text numbers one flight ('the third flight')")
    passengers: int = pa.Field(nullable=True, ge=0, description="people on exactly these flights, when stated")
    period_start: dt.date = pa.Field(nullable=True, description="first day the claim covers")
    period_end: dt.date = pa.Field(nullable=True, description="last day the claim covers")
    period_grain: str = pa.Field(isin=PERIOD_GRAINS, description="day, week, month, quarter, year, span, open (one bound) or none")
    authority: str = pa.Field(isin=AUTHORITIES, description="official (an agency's publication), list (table row or stated total) or mention")
    revision: bool = pa.Field(description="true when the evidence presents the figure as a correction or revision")
    evidence: str = pa.Field(description="exact text the claim comes from")
    char_start: int = pa.Field(ge=0, description="offset of the evidence in documents.body_text")
    char_end: int = pa.Field(ge=1, description="end offset of the evidence (exclusive)")
    source_uri: str = pa.Field(description="documents.source_uri")
    title: str = pa.Field(nullable=True, description="documents.title")
    publisher: str = pa.Field(nullable=True, description="documents.publisher")
    published_date: dt.date = pa.Field(nullable=True, description="documents.published_date")
    fact_id: str = pa.Field(description="flight_facts.fact_id of the fact this claim supports")
    path: str = pa.Field(nullable=True, str_matches=PATH_PATTERN, description="the steps that produced the claim (its row's, total's or mention's path)")
    confidence: float = pa.Field(nullable=True, ge=0, le=1, description="measured precision of the claim's path on the labelled corpus: "
                                 "0.9 means about nine in ten claims read this way were right (transforms/confidence.py, docs/accuracy.md); "
                                 "null only for claims reconciled before 2.4.0")

    class Config:
        description = "Every flight count from tables, totals and prose in one form, with bounds, period grain and the fact it supports."
        strict = True


class FlightFact(pa.DataFrameModel):
    """Claims that state the same thing (route, status, period, overlapping bounds), linked into one figure."""

    fact_id: str = pa.Field(unique=True, description="stable id: hash of route, status, period and the figure")
    origin_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 origin; null when mixed or not stated")
    destination: str = pa.Field(str_matches=DESTINATION_PATTERN, description="destination set as text ('GT', 'CO+EC+PE', '*')")
    destination_countries: list[str] = pa.Field(description="the destination set")
    status: str = pa.Field(isin=STATUSES, description="completed, planned, denied, cancelled or unknown")
    part: str = pa.Field(nullable=True, description="the share of a total an airport, departure or airline row covers")
    period_start: dt.date = pa.Field(nullable=True, description="first day of the period")
    period_end: dt.date = pa.Field(nullable=True, description="last day of the period")
    period_grain: str = pa.Field(isin=PERIOD_GRAINS, description="day, week, month, quarter, year, span, open or none")
    ordinal: int = pa.Field(nullable=True, ge=1, description="the numbered flight this fact is, when the text numbers it")
    flights: int = pa.Field(ge=0, description="the figure of the best claim")
    flights_max: int = pa.Field(nullable=True, ge=0, description="upper bound of the best claim's range")
    qualifier: str = pa.Field(isin=QUALIFIERS, description="the best claim's qualifier")
    flights_low: int = pa.Field(ge=0, description="fewest flights every supporting claim allows")
    flights_high: int = pa.Field(nullable=True, ge=0, description="most flights every supporting claim allows; null when unbounded")
    passengers: int = pa.Field(nullable=True, ge=0, description="people on these flights, when a supporting claim states it")
    n_claims: int = pa.Field(ge=1, description="claims supporting the fact")
    n_documents: int = pa.Field(ge=1, description="distinct documents stating it")
    n_publishers: int = pa.Field(ge=1, description="distinct publishers stating it (a document without one counts as its own)")
    first_reported: dt.date = pa.Field(nullable=True, description="earliest publication date among them")
    last_reported: dt.date = pa.Field(nullable=True, description="latest publication date among them")
    claim_ids: list[str] = pa.Field(description="flight_claims.claim_id of every supporting claim")
    doc_ids: list[str] = pa.Field(description="documents.doc_id of every supporting document")
    best_claim_id: str = pa.Field(description="the claim whose figure and evidence the fact shows")
    evidence: str = pa.Field(description="the best claim's evidence")
    conflict_group: str = pa.Field(nullable=True, description="shared by facts about the same route, status and period whose figures disagree")
    chosen: bool = pa.Field(description="false for a fact that lost its conflict; monthly_flights uses chosen facts only")
    resolution: str = pa.Field(nullable=True, description="for the chosen fact of a conflict: the rule that chose it")
    first_run: str = pa.Field(description="pipeline_runs.run_id of the run that first produced this fact")

    class Config:
        description = "Facts: claims stating the same route, status, period and figure linked together; disagreements kept as conflicts."
        strict = True


class MonthlyFlight(pa.DataFrameModel):
    """The best figure for one route, status and calendar month, and how it was obtained."""

    origin_country: str = pa.Field(nullable=True, isin=ISO_ALPHA2, description="ISO alpha-2 origin; null: a figure over every origin "
                                   "(a receiving country's total, or no source states the origin): never add it to one origin's rows")
    destination: str = pa.Field(
        str_matches=DESTINATION_PATTERN,
        description="'GT'; 'CO+EC+PE' one flight with several stops; '*' a total over every destination (never add it to country rows)",
    )
    destination_countries: list[str] = pa.Field(description="the destination set")
    month: dt.date = pa.Field(description="first day of the calendar month")
    status: str = pa.Field(isin=STATUSES, description="completed, planned, denied, cancelled or unknown; never add across statuses")
    flights: int = pa.Field(nullable=True, ge=0, description="the figure to quote; null when only bounds are known")
    flights_low: int = pa.Field(ge=0, description="fewest flights the sources allow for the month")
    flights_high: int = pa.Field(nullable=True, ge=0, description="most flights the sources allow; null when not bounded")
    method: str = pa.Field(isin=SERIES_METHODS, description="stated_for_month, sum_of_parts (non-overlapping shorter periods), bounded_by_total, "
                           "or analyst_override (table overrides; the note says who, why and what the sources said)")
    days_covered: int = pa.Field(ge=0, le=31, description="days of the month the figure's periods cover")
    n_sources: int = pa.Field(ge=1, description="documents behind the figure")
    fact_ids: list[str] = pa.Field(description="flight_facts behind the figure")
    doc_ids: list[str] = pa.Field(description="documents behind the figure")
    bounding_fact_ids: list[str] = pa.Field(description="multi-month totals that bound the month")
    note: str = pa.Field(nullable=True, description="where sources disagree with a bounding total")

    class Config:
        description = "The monthly series: one figure per origin, destination, month and status, from reconciled facts; periods never double counted."
        strict = True
        unique = ("origin_country", "destination", "month", "status")

    @pa.dataframe_check
    def bounds_hold(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("flights_high").is_null() | (pl.col("flights_low") <= pl.col("flights_high")))


class MonthlyFlightVersion(MonthlyFlight):
    """One state of a monthly_flights row, valid from the run that wrote it until the run that changed it."""

    valid_from_run: str = pa.Field(description="pipeline_runs.run_id that wrote this state")
    valid_from: UtcTimestamp = pa.Field(description="UTC start of that run")
    valid_to_run: str = pa.Field(nullable=True, description="run that replaced or removed it; null while current")
    valid_to: UtcTimestamp = pa.Field(nullable=True, description="UTC start of that run")

    class Config:
        description = "Every state the monthly series has had: query it with monthly_flights_as_of(ts) and monthly_flights_changes(run_id)."
        strict = True
        unique = None


WAREHOUSE_TABLES: dict[str, type[pa.DataFrameModel]] = {
    "documents": Document,
    "flight_tables": FlightTable,
    "flight_table_rows": FlightTableRow,
    "flight_table_totals": FlightTableTotal,
    "flight_mentions": FlightMention,
    "quarantine": QuarantinedDocument,
    "validation_failures": ValidationFailure,
    "pipeline_runs": PipelineRun,
    "dq_alerts": DataQualityAlert,
    "source_files": SourceFile,
    "document_sources": DocumentSource,
    "source_refusals": SourceRefusal,
    "flight_claims": FlightClaim,
    "flight_facts": FlightFact,
    "monthly_flights": MonthlyFlight,
    "monthly_flights_history": MonthlyFlightVersion,
    "retractions": Retraction,
    "overrides": Override,
}



@dataclass(frozen=True)
class RelationDoc:
    """What a view (or a table no model writes) means, column by column: its own columns, then those of the models it draws on."""

    description: str
    draws_on: tuple[type[pa.DataFrameModel], ...] = ()
    own: dict[str, str] = field(default_factory=dict)

    def column(self, name: str) -> str | None:
        """The description of one column: its own, or the first drawn-on model's column of that name."""
        if name in self.own:
            return self.own[name]
        return next((model.to_schema().columns[name].description for model in self.draws_on if name in model.to_schema().columns), None)


# Views and the migration runner's table, described like the tables: published as COMMENT ON by warehouse/loader.py
RELATIONS: dict[str, RelationDoc] = {
    "claim_sources": RelationDoc(
        "Every flight count the documents state (rows of every breakdown, stated totals, prose mentions) with its document's "
        "publisher and date, before reconciliation: what transforms/reconcile.py reads to build flight_claims.",
        (FlightClaim,),
    ),
    "flight_counts": RelationDoc(
        "Every count of tables and prose as a route, one breakdown per total and no stated totals: counts repeat across documents "
        "(monthly_flights is the reconciled series).",
        (FlightClaim,),
        {"kind": "table_row or mention", "source_id": "flight_claims.claim_id of the row or mention (table_id/row or mention_id)"},
    ),
    "destination_flights": RelationDoc(
        "Completed flights per destination and month over every origin, one row each: a receiving country's total where a source "
        "states one, else the sum of the stated origins; rows of different destinations add up, no row is a part of another.",
        (MonthlyFlight,),
        {
            "flights": "the figure to quote: the total over all origins when stated, else the sum of the stated origins",
            "flights_high": "most flights the sources allow; null when not bounded",
            "days_covered": "days of the month the figure covers (fewest among the origins summed)",
            "days_in_month": "days the calendar month has: a figure with fewer days covered is a partial month",
            "stated_over_all_origins": "the month's total over all origins as a source states it (monthly_flights with origin_country null)",
            "sum_of_origins": "the sum of the figures of the origins that are stated",
            "by_origin": "the stated origins and their figures, e.g. 'MX 5, US 57'",
            "note": "when the total over all origins and the sum of the origins disagree, or the month is only partly covered",
        },
    ),
    "flights_reaching": RelationDoc(
        "Completed monthly figures under each country their flights reached: a flight with stops counts for every country it "
        "reached (multi_stop); never add rows across countries, nor over_all_origins rows to one origin's.",
        (MonthlyFlight,),
        {
            "country": "ISO alpha-2 country the flights reached",
            "multi_stop": "true when the flights also reached other countries (destination 'GT+HN')",
            "over_all_origins": "true when the figure is over every origin (origin_country null): never add it to one origin's rows",
        },
    ),
    "period_flights": RelationDoc(
        "Chosen figures over more than a month (quarters, years, spans, open-ended): kept at their own grain, never spread over months.",
        (FlightFact,),
    ),
    "monthly_flights_last_changes": RelationDoc(
        "What the latest published run changed in monthly_flights (no rows: it changed nothing); monthly_flights_changes(run_id) "
        "gives any run's.",
        (MonthlyFlight,),
        {
            "change": "added (a new row), removed, or changed (before and after side by side)",
            "flights_before": "the figure before the run; null when the row was added",
            "flights_after": "the figure after the run; null when the row was removed",
            "method_before": "how the figure before was obtained",
            "method_after": "how the figure after was obtained",
            "sources_before": "documents behind the figure before",
            "sources_after": "documents behind the figure after",
        },
    ),
    "schema_version": RelationDoc(
        "Migrations applied to this file, one row each (warehouse/sql/migrations).",
        own={"version": "number of the migration file", "name": "name of the migration file", "applied_at": "when it was applied"},
    ),
}


def polars_schema(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    """Column name to polars dtype, in model order: builds empty and typed frames."""
    return {name: column.dtype.type for name, column in model.to_schema().columns.items()}


def typed_frame(model: type[pa.DataFrameModel], rows: list[dict]) -> pl.DataFrame:
    """A frame with exactly the model's columns and dtypes, also when ``rows`` is empty."""
    return pl.DataFrame(rows, schema=polars_schema(model))
