"""From claims to a series analysts can quote: link claims into facts, resolve conflicts, build months.

Pure: a frame of claims in (the ``claim_sources`` view's columns), frames out. Every rule is here:

- **Bounds.** A claim's flights become an interval: exact ``[n, n]``; approx ``n`` within
  ``APPROX_TOLERANCE`` (at least one flight) either side; more than ``[n+1, ∞)``; at least
  ``[n, ∞)``; at most ``[0, n]``; less than ``[0, n-1]``; a range ``[n, max]``.
- **One fact.** Claims state the same thing when route (origin, destination set, and the part of a
  total an airport or airline row covers), status and period are equal and their intervals
  overlap. A claim with no period is about its own day of publication; a numbered flight ('the
  third flight') is its own fact.
- **Conflicts.** The same route, status and stated period with intervals that do not overlap are
  separate facts sharing a ``conflict_group``; one is chosen by, in order: a correction or revised
  figure, an official source, a per-country list or stated total over a passing mention, an exact
  figure over a qualified one, more documents, the later report.
- **Months.** For each route, status and calendar month: the chosen fact stated for that month;
  else the sum of chosen facts inside the month whose periods do not overlap (an upper bound only
  when they cover every day); then any chosen total over several whole months bounds the months
  inside it that have a figure (its figure minus what the other months already hold), and gives a
  month with no figure only when all the others are known (the total minus them). A multi-month
  total is never spread over its months, and periods that overlap are never added.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import polars as pl
from schemas.models import FlightClaim, FlightFact, MonthlyFlight, polars_schema

from transforms.confidence import claim_path, confidence
from transforms.dates import month_end, months_within
from transforms.domain import Precision, Qualifier
from transforms.vocabulary import OFFICIAL_PUBLISHER_RE, REVISION_RE

APPROX_TOLERANCE = 0.10
ALL_DESTINATIONS = "*"
MAX_BOUND_MONTHS = 24
AUTHORITY_RANK = {"official": 3, "list": 2, "mention": 1}
METHOD_STATED, METHOD_PARTS, METHOD_BOUNDED = "stated_for_month", "sum_of_parts", "bounded_by_total"
METHOD_OVERRIDE = "analyst_override"
MONTH_KEY = ["origin_country", "destination", "month", "status"]

DERIVED_CLAIM_COLUMNS = (
    "destination",
    "flights_low",
    "flights_high",
    "period_grain",
    "authority",
    "revision",
    "confidence",
    "fact_id",
)
CLAIM_COLUMNS = polars_schema(FlightClaim)
CLAIM_SOURCE_COLUMNS = {
    name: dtype for name, dtype in CLAIM_COLUMNS.items() if name not in DERIVED_CLAIM_COLUMNS
}
FACT_SCHEMA = polars_schema(FlightFact)
MONTHLY_SCHEMA = polars_schema(MonthlyFlight)


def _destination_set() -> pl.Expr:
    return pl.col("destination_countries").fill_null([]).list.unique().list.sort()


def _destination() -> pl.Expr:
    """One text per destination set: 'GT', 'CO+EC+PE' for one flight with several stops, '*' when no country
    is named."""
    return (
        pl.when(_destination_set().list.len() > 0)
        .then(_destination_set().list.join("+"))
        .otherwise(pl.lit(ALL_DESTINATIONS))
    )


def _bounds() -> tuple[pl.Expr, pl.Expr]:
    """The interval of flight counts a claim allows (high null: no upper bound)."""
    flights, qualifier = pl.col("flights"), pl.col("qualifier")
    slack = pl.max_horizontal(pl.lit(1), (flights * APPROX_TOLERANCE).ceil().cast(pl.Int64))
    low = (
        pl.when(qualifier == Qualifier.APPROX)
        .then(pl.max_horizontal(pl.lit(0), flights - slack))
        .when(qualifier == Qualifier.MORE_THAN)
        .then(flights + 1)
        .when(qualifier.is_in([Qualifier.AT_MOST, Qualifier.LESS_THAN]))
        .then(pl.lit(0))
        .otherwise(flights)
    )
    high = (
        pl.when(qualifier == Qualifier.APPROX)
        .then(flights + slack)
        .when(qualifier.is_in([Qualifier.MORE_THAN, Qualifier.AT_LEAST]))
        .then(pl.lit(None, dtype=pl.Int64))
        .when(qualifier == Qualifier.LESS_THAN)
        .then(pl.max_horizontal(pl.lit(0), flights - 1))
        .when(qualifier == Qualifier.RANGE)
        .then(pl.col("flights_max"))
        .otherwise(flights)
    )
    return low.cast(pl.Int64), high.cast(pl.Int64)


def _period_grain() -> pl.Expr:
    """What a period is: day, week, month, quarter, year, span (any other stretch), open (one bound) or
    none."""
    start, end = pl.col("period_start"), pl.col("period_end")
    months = (
        (end.dt.year() - start.dt.year()) * 12
        + end.dt.month().cast(pl.Int32)
        - start.dt.month().cast(pl.Int32)
        + 1
    )
    whole_months = (start.dt.day() == 1) & (end == end.dt.month_end())
    return (
        pl.when(start.is_null() & end.is_null())
        .then(pl.lit("none"))
        .when(start.is_null() | end.is_null())
        .then(pl.lit("open"))
        .when(start == end)
        .then(pl.lit(Precision.DAY))
        .when((end - start).dt.total_days() == 6)
        .then(pl.lit(Precision.WEEK))
        .when(whole_months & (months == 1))
        .then(pl.lit(Precision.MONTH))
        .when(whole_months & (months == 3) & (start.dt.month() % 3 == 1))
        .then(pl.lit("quarter"))
        .when(whole_months & (months == 12))
        .then(pl.lit(Precision.YEAR))
        .otherwise(pl.lit("span"))
    )


def _authority() -> pl.Expr:
    """official (an agency's own publication), list (a table row or stated total) or mention (a passing
    count)."""
    return (
        pl.when(pl.col("publisher").fill_null("").str.contains(OFFICIAL_PUBLISHER_RE.pattern))
        .then(pl.lit("official"))
        .when(pl.col("kind") == "mention")
        .then(pl.lit("mention"))
        .otherwise(pl.lit("list"))
    )


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _confidence() -> pl.Expr:
    """Each claim's confidence: the measured precision of its path (computed once per path, then cached)."""
    return pl.struct("kind", "path").map_batches(
        lambda claims: pl.Series(
            [confidence(claim_path(c["kind"], c["path"])) for c in claims.to_list()], dtype=pl.Float64
        ),
        return_dtype=pl.Float64,
    )


def flight_claims(sources: pl.DataFrame) -> pl.DataFrame:
    """Every claim with its destination key, bounds, period grain, authority, correction flag and
    confidence."""
    low, high = _bounds()
    schema = {name: dtype for name, dtype in CLAIM_COLUMNS.items() if name != "fact_id"}
    return (
        sources.with_columns(
            _confidence().alias("confidence"),
            _destination().alias("destination"),
            _destination_set().alias("destination_countries"),
            low.alias("flights_low"),
            high.alias("flights_high"),
            _period_grain().alias("period_grain"),
            _authority().alias("authority"),
            pl.col("evidence").fill_null("").str.contains(f"(?i){REVISION_RE.pattern}").alias("revision"),
        )
        .select(list(schema))
        .cast(schema)  # type: ignore[arg-type]
    )


def bounds(flights: int, qualifier: str, flights_max: int | None) -> tuple[int, int | None]:
    """The interval one claim allows: ``flight_claims``'s rule for a single claim."""
    low, high = _bounds()
    row = (
        pl.DataFrame(
            {"flights": [flights], "qualifier": [qualifier], "flights_max": [flights_max]},
            schema={"flights": pl.Int64, "qualifier": pl.String, "flights_max": pl.Int64},
        )
        .select(low, high)
        .row(0)
    )
    return row[0], row[1]


def period_grain(start: dt.date | None, end: dt.date | None) -> str:
    """What one period is: ``flight_claims``'s rule for a single claim."""
    frame = pl.DataFrame(
        {"period_start": [start], "period_end": [end]},
        schema={"period_start": pl.Date, "period_end": pl.Date},
    )
    return str(frame.select(_period_grain()).item())


# Facts --------------------------------------------------------------------------------------------


def _overlap(a: tuple[int, int | None], b: tuple[int, int | None]) -> tuple[int, int | None] | None:
    low = max(a[0], b[0])
    high = b[1] if a[1] is None else a[1] if b[1] is None else min(a[1], b[1])
    return None if high is not None and low > high else (low, high)


def _variant_preference(variant: dict[str, Any]) -> tuple:
    """Higher is better: correction, authority, exact, later report."""
    return (
        variant["revision"],
        AUTHORITY_RANK[variant["authority"]],
        variant["qualifier"] == Qualifier.EXACT,
        variant["published"] or dt.date.min,
    )


@dataclass
class _Cluster:
    """Claims that overlap: in preference order, as variants (identical claims of one fact key, with their
    documents)."""

    interval: tuple[int, int | None]
    variants: list[dict[str, Any]] = field(default_factory=list)

    @cached_property
    def documents(self) -> set[str]:
        """The documents of all its variants: read only once the cluster is complete."""
        return {d for v in self.variants for d in v["doc_ids"]}

    def preference(self) -> tuple:
        """The best variant's correction, authority and exactness, then the documents and the latest report of
        them all."""
        return (
            *_variant_preference(self.variants[0])[:3],
            len(self.documents),
            max(v["published"] or dt.date.min for v in self.variants),
        )


PREFERENCE_REASONS = (
    "a correction or revised figure",
    "authority",
    "an exact figure over a qualified one",
    "stated by more documents",
    "the later report",
)
AUTHORITY_REASONS = {
    "official": "an official source",
    "list": "a list or stated total over a passing mention",
}


def _resolution(chosen: _Cluster, runner_up: _Cluster) -> str:
    """Which rule chose ``chosen`` over the next fact of its conflict."""
    for reason, mine, other in zip(
        PREFERENCE_REASONS, chosen.preference(), runner_up.preference(), strict=True
    ):
        if mine != other:
            return AUTHORITY_REASONS[chosen.variants[0]["authority"]] if reason == "authority" else reason
    return "equal standing: the first by claim id"


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


FACT_KEY = (
    "origin_country",
    "destination",
    "status",
    "part",
    "period_start",
    "period_end",
    "ordinal",
    "undated_on",
)
VARIANT = (
    *FACT_KEY,
    "destination_countries",
    "period_grain",
    "flights",
    "flights_max",
    "qualifier",
    "flights_low",
    "flights_high",
    "revision",
    "authority",
)


def _variants(claims: pl.DataFrame) -> pl.DataFrame:
    """Identical claims of one fact key as one row (republished copies are thousands of the same claim), best
    claim first."""
    return (
        claims.with_columns(
            pl.when(pl.col("period_grain") == "none").then(pl.col("published_date")).alias("undated_on"),
            pl.coalesce("publisher", "doc_id").alias("publisher_or_document"),
        )
        .sort(["published_date", "claim_id"], descending=[True, False], nulls_last=True)
        .group_by(list(VARIANT), maintain_order=True)
        .agg(
            pl.col("claim_id").alias("claim_ids"),
            pl.col("doc_id").unique().alias("doc_ids"),
            pl.col("publisher_or_document").unique().alias("publishers"),
            pl.col("published_date").drop_nulls().alias("dates"),
            pl.col("published_date").max().alias("published"),
            pl.col("passengers").drop_nulls().first().alias("passengers"),
            pl.col("evidence").first(),
        )
    )


def _fact_record(
    key: tuple, cluster: _Cluster, conflict_group: str | None, chosen: bool, resolution: str | None
) -> dict[str, Any]:
    """One fact's columns, but its lists of claims and documents (``flight_facts`` adds them with polars, far
    faster)."""
    best = cluster.variants[0]
    dates = [d for v in cluster.variants for d in v["dates"]]
    return {
        "fact_id": _digest(*key, best["flights"], best["qualifier"], best["flights_max"]),
        **{
            name: best[name]
            for name in (
                "origin_country",
                "destination",
                "destination_countries",
                "status",
                "part",
                "period_start",
                "period_end",
                "period_grain",
                "ordinal",
                "flights",
                "flights_max",
                "qualifier",
            )
        },
        "flights_low": cluster.interval[0],
        "flights_high": cluster.interval[1],
        "passengers": next((v["passengers"] for v in cluster.variants if v["passengers"] is not None), None),
        "n_claims": sum(len(v["claim_ids"]) for v in cluster.variants),
        "n_documents": len(cluster.documents),
        "n_publishers": len({p for v in cluster.variants for p in v["publishers"]}),
        "first_reported": min(dates) if dates else None,
        "last_reported": max(dates) if dates else None,
        "best_claim_id": best["claim_ids"][0],
        "evidence": best["evidence"],
        "conflict_group": conflict_group,
        "chosen": chosen,
        "resolution": resolution,
    }


def flight_facts(claims: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Facts linking the claims that state the same thing, and each claim's fact (``claim_id``,
    ``fact_id``)."""
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for variant in _variants(claims).iter_rows(named=True):
        groups[tuple(variant[name] for name in FACT_KEY)].append(variant)
    facts: list[dict[str, Any]] = []
    link_claims: list[str] = []
    link_facts: list[str] = []
    for key, members in groups.items():
        members.sort(key=lambda v: v["claim_ids"][0])
        members.sort(key=_variant_preference, reverse=True)
        clusters: list[_Cluster] = []
        for variant in members:
            interval = (variant["flights_low"], variant["flights_high"])
            for cluster in clusters:
                shared = _overlap(cluster.interval, interval)
                if shared is not None:
                    cluster.interval = shared
                    cluster.variants.append(variant)
                    break
            else:
                clusters.append(_Cluster(interval, [variant]))
        ranked = sorted(clusters, key=_Cluster.preference, reverse=True)  # stable: ties keep claim order
        conflict = len(ranked) > 1 and members[0]["period_grain"] != "none"
        group = _digest(*key) if conflict else None
        for position, cluster in enumerate(ranked):
            chosen = position == 0 or not conflict
            resolution = _resolution(ranked[0], ranked[1]) if conflict and position == 0 else None
            record = _fact_record(key, cluster, group, chosen, resolution)
            facts.append(record)
            for variant in cluster.variants:
                link_claims += variant["claim_ids"]
                link_facts += [record["fact_id"]] * len(variant["claim_ids"])
    links = pl.DataFrame(
        {"claim_id": link_claims, "fact_id": link_facts}, schema={"claim_id": pl.String, "fact_id": pl.String}
    )
    lists = (
        links.join(claims.select("claim_id", "doc_id"), on="claim_id")
        .group_by("fact_id")
        .agg(pl.col("claim_id").sort().alias("claim_ids"), pl.col("doc_id").unique().sort().alias("doc_ids"))
    )
    scalar_schema = {
        name: dtype
        for name, dtype in FACT_SCHEMA.items()
        if name not in ("claim_ids", "doc_ids", "first_run")
    }
    fact_frame = (
        pl.DataFrame(facts, schema=scalar_schema, orient="row")
        if facts
        else pl.DataFrame(schema=scalar_schema)
    )
    fact_frame = fact_frame.join(lists, on="fact_id", how="left", maintain_order="left").with_columns(
        pl.lit(None, dtype=FACT_SCHEMA["first_run"]).alias("first_run")
    )
    return fact_frame.select(list(FACT_SCHEMA)).cast(FACT_SCHEMA), links  # type: ignore[arg-type]


# Months -------------------------------------------------------------------------------------------


@dataclass
class _Month:
    flights: int | None
    low: int
    high: int | None
    method: str
    days: int
    facts: list[dict[str, Any]]
    bounding: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _within_one_month(fact: dict[str, Any]) -> bool:
    return fact["period_start"].replace(day=1) == fact["period_end"].replace(day=1)


def _parts(facts: list[dict[str, Any]], month: dt.date) -> _Month:
    """The month from facts inside it whose periods do not overlap: longer periods first, then preference."""
    chosen: list[dict[str, Any]] = []
    for fact in sorted(facts, key=lambda f: (-(f["period_end"] - f["period_start"]).days, f["fact_id"])):
        if all(
            fact["period_end"] < other["period_start"] or fact["period_start"] > other["period_end"]
            for other in chosen
        ):
            chosen.append(fact)
    chosen.sort(key=lambda f: f["period_start"])
    days = sum((f["period_end"] - f["period_start"]).days + 1 for f in chosen)
    highs = [f["flights_high"] for f in chosen]
    whole_month = days == month_end(month).day
    high = sum(h for h in highs if h is not None) if whole_month and None not in highs else None
    return _Month(
        sum(f["flights"] for f in chosen),
        sum(f["flights_low"] for f in chosen),
        high,
        METHOD_PARTS,
        days,
        chosen,
    )


def _bound_months(months: dict[dt.date, _Month], totals: list[dict[str, Any]]) -> None:
    """Tighten the months inside each multi-month total with what the total leaves for them.

    A month with no figure of its own is added only when the total pins it: every other month of
    the total's period is known, so the month is the total minus them.
    """
    for total in sorted(totals, key=lambda f: (f["period_start"], f["fact_id"])):
        inside = months_within(total["period_start"], total["period_end"])
        aligned = (
            bool(inside)
            and inside[0] == total["period_start"]
            and month_end(inside[-1]) == total["period_end"]
        )
        figures = {m: months[m] for m in inside if m in months}
        for month in inside:
            others = [figures[m] for m in inside if m != month and m in figures]
            high = (
                None if total["flights_high"] is None else total["flights_high"] - sum(o.low for o in others)
            )
            others_high = [o.high for o in others]
            pinned = aligned and len(others) == len(inside) - 1 and None not in others_high
            low = max(0, total["flights_low"] - sum(h for h in others_high if h is not None)) if pinned else 0
            current = months.get(month)
            if current is None:
                if not pinned or high is None or low != high:
                    continue
                current = months[month] = _Month(low, low, high, METHOD_BOUNDED, 0, [])
            elif high is not None and high < current.low:
                current.notes.append(f"the total {total['fact_id']} leaves at most {high}: sources disagree")
                continue
            current.low = max(current.low, low)
            current.high = (
                high
                if current.high is None
                else min(current.high, high)
                if high is not None
                else current.high
            )
            current.bounding.append(total)


def monthly_flights(facts: pl.DataFrame, among: pl.Expr | None = None) -> pl.DataFrame:
    """The best figure per route, status and month from the chosen facts (never adding overlapping periods).

    ``among`` narrows the facts (to those of the months being recomputed) in the same pass.
    """
    usable = facts.filter(
        pl.col("chosen")
        & pl.col("part").is_null()
        & pl.col("period_start").is_not_null()
        & pl.col("period_end").is_not_null()
        & (pl.lit(True) if among is None else among)
    )
    series: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for fact in usable.iter_rows(named=True):
        series[(fact["origin_country"], fact["destination"], fact["status"])].append(fact)
    rows = []
    for (origin, destination, status), members in series.items():
        single = defaultdict(list)
        totals = []
        for fact in members:
            if _within_one_month(fact):
                single[fact["period_start"].replace(day=1)].append(fact)
            elif _months_between(fact["period_start"], fact["period_end"]) <= MAX_BOUND_MONTHS:
                totals.append(fact)
        months: dict[dt.date, _Month] = {}
        for month, inside in single.items():
            stated = [f for f in inside if f["period_start"] == month and f["period_end"] == month_end(month)]
            if stated:
                fact = stated[0]
                months[month] = _Month(
                    fact["flights"],
                    fact["flights_low"],
                    fact["flights_high"],
                    METHOD_STATED,
                    month_end(month).day,
                    [fact],
                )
            else:
                months[month] = _parts(inside, month)
        _bound_months(months, totals)
        countries = members[0]["destination_countries"]
        for month, figure in sorted(months.items()):
            used = figure.facts or figure.bounding
            rows.append(
                {
                    "origin_country": origin,
                    "destination": destination,
                    "destination_countries": countries,
                    "month": month,
                    "status": status,
                    "flights": figure.flights,
                    "flights_low": figure.low,
                    "flights_high": figure.high,
                    "method": figure.method,
                    "days_covered": figure.days,
                    "n_sources": len({d for f in used for d in f["doc_ids"]}),
                    "fact_ids": [f["fact_id"] for f in figure.facts],
                    "doc_ids": sorted({d for f in used for d in f["doc_ids"]}),
                    "bounding_fact_ids": [f["fact_id"] for f in figure.bounding],
                    "note": "; ".join(figure.notes) or None,
                }
            )
    return (
        pl.DataFrame(rows, schema=MONTHLY_SCHEMA, orient="row")
        if rows
        else pl.DataFrame(schema=MONTHLY_SCHEMA)
    )


def apply_overrides(months: pl.DataFrame, overrides: pl.DataFrame) -> pl.DataFrame:
    """Analysts' figures in force (``overrides`` rows, newest first) over the monthly figures they name.

    The figure becomes the analyst's (bounds equal to it, method analyst_override) and the note says who,
    why and what the sources said; the documents behind the month stay listed. A month the series has no
    figure for is left alone: an override corrects a figure, it does not invent a route.
    """
    if overrides.is_empty() or months.is_empty():
        return months
    newest = overrides.unique(subset=MONTH_KEY, keep="first", maintain_order=True).select(
        *MONTH_KEY,
        pl.col("flights").alias("override_flights"),
        pl.format(
            "analyst override {} by {}: {}", "override_id", pl.col("requested_by").fill_null("?"), "reason"
        ).alias("override_note"),
    )
    joined = months.join(newest, on=MONTH_KEY, how="left", nulls_equal=True)
    chosen = pl.col("override_flights").is_not_null()
    said = pl.format(
        "the sources said {}",
        pl.col("flights").cast(pl.String).fill_null(pl.format("{}+", pl.col("flights_low"))),
    )
    return joined.with_columns(
        pl.when(chosen).then(pl.col("override_flights")).otherwise(pl.col("flights")).alias("flights"),
        pl.when(chosen)
        .then(pl.col("override_flights"))
        .otherwise(pl.col("flights_low"))
        .alias("flights_low"),
        pl.when(chosen)
        .then(pl.col("override_flights"))
        .otherwise(pl.col("flights_high"))
        .alias("flights_high"),
        pl.when(chosen).then(pl.lit(METHOD_OVERRIDE)).otherwise(pl.col("method")).alias("method"),
        pl.when(chosen)
        .then(pl.concat_str([pl.col("override_note"), said], separator="; "))
        .otherwise(pl.col("note"))
        .alias("note"),
    ).select(months.columns)


@dataclass(frozen=True)
class Series:
    """Claims, facts and months of one reconciliation, and the months of each route it recomputed.

    ``months`` holds the figures of ``replaced_months`` (route columns and ``month``): a month listed
    there and missing from ``months`` has no figure any more.
    """

    claims: pl.DataFrame
    facts: pl.DataFrame
    months: pl.DataFrame
    replaced_months: pl.DataFrame

    def frames(self) -> dict[str, pl.DataFrame]:
        """Table name to frame."""
        return {"flight_claims": self.claims, "flight_facts": self.facts, "monthly_flights": self.months}


def unchanged_rows(
    rows: dict[str, pl.DataFrame], sources: pl.DataFrame, known_facts: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """Per table, the ids of the claims and facts of ``rows`` the series already holds exactly as they are.

    The claims and facts of the keys being reconciled are rewritten only where they changed:
    most of a key's claims come from documents of earlier nights and come out as they were.
    ``sources`` rows with ``stored`` set and ``known_facts`` rows with ``rebuilt`` set are what the
    tables hold for the keys.
    """
    stored = {
        "flight_claims": ("claim_id", sources.filter(pl.col("stored"))),
        "flight_facts": ("fact_id", known_facts.filter(pl.col("rebuilt"))),
    }
    return {
        table: rows[table]
        .join(
            held.select(rows[table].columns).cast(rows[table].schema),
            on=rows[table].columns,
            how="semi",
            nulls_equal=True,
        )
        .select(id_column)
        for table, (id_column, held) in stored.items()
    }


ROUTE_COLUMNS = ("origin_country", "destination_countries", "status")
REPLACED_MONTH_SCHEMA = {name: MONTHLY_SCHEMA[name] for name in (*ROUTE_COLUMNS, "month")}


def _month_spans(facts: pl.DataFrame, *kept: str) -> pl.DataFrame:
    """Route, first and last month (counted from year 0) and ``kept`` columns of each dated period a month's
    figure can use."""

    def index(column: str) -> pl.Expr:
        return pl.col(column).dt.year().cast(pl.Int64) * 12 + pl.col(column).dt.month().cast(pl.Int64) - 1

    return (
        # columns first: no copy of the rest
        facts.select(*ROUTE_COLUMNS, *kept, first=index("period_start"), last=index("period_end")).filter(
            pl.col("first").is_not_null()
            & pl.col("last").is_not_null()
            & (pl.col("last") - pl.col("first") < MAX_BOUND_MONTHS)
        )
    )


def reached_months(facts: pl.DataFrame, changed: pl.DataFrame) -> tuple[pl.DataFrame, pl.Series]:
    """Each route's months that facts of ``changed`` periods can reach, and the facts a figure of them can
    use.

    A month's figure depends on the facts inside it and on the totals over it, and through each
    total on the other months that total covers. So periods that share a month chain into runs;
    a run holding a changed period is recomputed whole, every other month stays as it was.
    Returns the runs (route columns, ``first`` and ``last`` month) and the row positions in
    ``facts`` of the facts inside them.
    """
    spans = pl.concat(
        [
            _month_spans(facts.with_row_index("_fact"), "_fact").with_columns(changed=pl.lit(False)),
            _month_spans(changed).with_columns(_fact=pl.lit(None, pl.UInt32), changed=pl.lit(True)),
        ],
        how="diagonal",
    )
    routes = spans.select(ROUTE_COLUMNS).unique().with_row_index("route")
    spans = (
        spans.join(routes, on=ROUTE_COLUMNS, nulls_equal=True)
        .sort("route", "first", "last")
        .with_columns(reach=pl.col("last").cum_max().shift(1).over("route"))
        .with_columns(
            run=(pl.col("reach").is_null() | (pl.col("first") > pl.col("reach"))).cum_sum().over("route")
        )
    )
    runs = (
        spans.group_by("route", "run")
        .agg(pl.col("first").min(), pl.col("last").max(), pl.col("changed").any())
        .filter(pl.col("changed"))
    )
    inside = spans.join(runs.select("route", "run"), on=["route", "run"], how="semi")["_fact"].drop_nulls()
    return runs.join(routes, on="route").select(*ROUTE_COLUMNS, "first", "last"), inside


def _months_of(runs: pl.DataFrame) -> pl.DataFrame:
    """Every month of each run, as the first day of the month."""
    month = pl.col("month")
    return (
        runs.select(*ROUTE_COLUMNS, month=pl.int_ranges("first", pl.col("last") + 1))
        .explode("month")
        .select(*ROUTE_COLUMNS, month=pl.date(month // 12, month % 12 + 1, 1))
        .cast(REPLACED_MONTH_SCHEMA)  # type: ignore[arg-type]
    )


def route_batches(keys: pl.DataFrame, max_keys: int) -> list[pl.DataFrame]:
    """Fact keys in batches of whole routes, each of about ``max_keys`` keys (a larger route stays whole).

    Routes reconcile independently: a fact never spans two routes and a month belongs to one route.
    So a run that touches many keys (a first night of 100,000 documents touched 34,000) reconciles
    a few routes at a time, and its memory is bounded by a batch, not by the run.
    """
    if keys.is_empty():
        return [keys]
    sizes = keys.group_by(ROUTE_COLUMNS).len().sort(ROUTE_COLUMNS, nulls_last=True)
    batch, filled, numbers = 0, 0, []
    for size in sizes["len"]:
        if filled and filled + size > max_keys:
            batch, filled = batch + 1, 0
        numbers.append(batch)
        filled += size
    numbered = keys.join(
        sizes.with_columns(batch=pl.Series(numbers)).drop("len"), on=ROUTE_COLUMNS, nulls_equal=True
    )
    return [group.drop("batch") for _, group in numbered.sort("batch").group_by("batch", maintain_order=True)]


def reconcile(
    sources: pl.DataFrame,
    run_id: str,
    known_facts: pl.DataFrame | None = None,
    overrides: pl.DataFrame | None = None,
) -> Series:
    """Claims (``claim_sources`` rows) to facts, and the months of their routes those facts can change.

    ``known_facts`` are the facts earlier runs produced on the same routes (``flight_facts`` rows
    with ``rebuilt`` true for those of the claims' fact keys): a rebuilt fact keeps the run that
    first produced it, so a conflict is news only once, and the others take part in the months.
    A rebuilt fact's old period counts as changed too: a figure it made may have to go.
    ``overrides`` are the analysts' figures in force (``apply_overrides``).
    """
    claims = flight_claims(
        sources.select(list(CLAIM_SOURCE_COLUMNS)).cast(CLAIM_SOURCE_COLUMNS)  # type: ignore[arg-type]
    )
    facts, links = flight_facts(claims)
    known = (
        known_facts if known_facts is not None else pl.DataFrame(schema=FACT_SCHEMA | {"rebuilt": pl.Boolean})
    )
    first_runs = known.filter(pl.col("rebuilt")).select("fact_id", "first_run")
    facts = (
        facts.drop("first_run")
        .join(first_runs, on="fact_id", how="left")
        .with_columns(pl.col("first_run").fill_null(run_id))
    )
    facts = facts.select(list(FACT_SCHEMA))
    others = known.filter(~pl.col("rebuilt")).select(list(FACT_SCHEMA))
    route_facts = pl.concat([facts, others.cast(facts.schema)])
    periods = [*ROUTE_COLUMNS, "period_start", "period_end"]
    new_periods = facts.select(periods)
    # narrow first: known facts can be many
    old_periods = known.select(*periods, "rebuilt").filter(pl.col("rebuilt")).drop("rebuilt")
    runs, inside = reached_months(route_facts, pl.concat([new_periods, old_periods.cast(new_periods.schema)]))
    return Series(
        claims.join(links, on="claim_id", how="left").select(list(CLAIM_COLUMNS)),
        facts,
        apply_overrides(
            monthly_flights(route_facts, pl.int_range(pl.len(), dtype=pl.UInt32).is_in(inside.implode())),
            overrides if overrides is not None else pl.DataFrame(),
        ),
        _months_of(runs),
    )
