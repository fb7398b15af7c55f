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

import calendar
import datetime as dt
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from schemas.models import FlightClaim, FlightFact, MonthlyFlight, polars_schema
from transforms.vocabulary import OFFICIAL_PUBLISHER_RE, REVISION_RE

APPROX_TOLERANCE = 0.10
ALL_DESTINATIONS = "*"
MAX_BOUND_MONTHS = 24
AUTHORITY_RANK = {"official": 3, "list": 2, "mention": 1}
METHOD_STATED, METHOD_PARTS, METHOD_BOUNDED = "stated_for_month", "sum_of_parts", "bounded_by_total"

DERIVED_CLAIM_COLUMNS = ("destination", "flights_low", "flights_high", "period_grain", "authority", "revision", "fact_id")
CLAIM_COLUMNS = polars_schema(FlightClaim)
CLAIM_SOURCE_COLUMNS = {name: dtype for name, dtype in CLAIM_COLUMNS.items() if name not in DERIVED_CLAIM_COLUMNS}
FACT_SCHEMA = polars_schema(FlightFact)
MONTHLY_SCHEMA = polars_schema(MonthlyFlight)


def destination_key(countries: Iterable[str] | None) -> str:
    """One text per destination set: 'GT', 'CO+EC+PE' for one flight with several stops, '*' when no country is named."""
    codes = sorted(set(countries or []))
    return "+".join(codes) if codes else ALL_DESTINATIONS


def bounds(flights: int, qualifier: str, flights_max: int | None) -> tuple[int, int | None]:
    """The interval of flight counts a claim allows (``None``: no upper bound)."""
    if qualifier == "approx":
        slack = max(1, math.ceil(flights * APPROX_TOLERANCE))
        return max(0, flights - slack), flights + slack
    if qualifier == "more_than":
        return flights + 1, None
    if qualifier == "at_least":
        return flights, None
    if qualifier == "at_most":
        return 0, flights
    if qualifier == "less_than":
        return 0, max(0, flights - 1)
    if qualifier == "range":
        return flights, flights_max if flights_max is not None else None
    return flights, flights


def month_end(day: dt.date) -> dt.date:
    """Last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def period_grain(start: dt.date | None, end: dt.date | None) -> str:
    """What a period is: day, week, month, quarter, year, span (any other stretch), open (one bound) or none."""
    if start is None and end is None:
        return "none"
    if start is None or end is None:
        return "open"
    if start == end:
        return "day"
    if (end - start).days == 6:
        return "week"
    if start.day == 1 and end == month_end(end):
        months = _months_between(start, end)
        if months == 1:
            return "month"
        if months == 3 and start.month % 3 == 1:
            return "quarter"
        if months == 12:
            return "year"
    return "span"


def claim_authority(kind: str, publisher: str | None) -> str:
    """official (an agency's own publication), list (a table row or stated total) or mention (a passing count)."""
    if publisher and OFFICIAL_PUBLISHER_RE.search(publisher):
        return "official"
    return "mention" if kind == "mention" else "list"


def flight_claims(sources: pl.DataFrame) -> pl.DataFrame:
    """Every claim with its destination key, bounds, period grain, authority and correction flag."""
    records = []
    for claim in sources.iter_rows(named=True):
        low, high = bounds(claim["flights"], claim["qualifier"], claim["flights_max"])
        records.append({
            **claim,
            "destination": destination_key(claim["destination_countries"]),
            "destination_countries": sorted(set(claim["destination_countries"] or [])),
            "flights_low": low,
            "flights_high": high,
            "period_grain": period_grain(claim["period_start"], claim["period_end"]),
            "authority": claim_authority(claim["kind"], claim["publisher"]),
            "revision": bool(REVISION_RE.search(claim["evidence"] or "")),
        })
    schema = {name: dtype for name, dtype in CLAIM_COLUMNS.items() if name != "fact_id"}
    return pl.DataFrame(records, schema=schema, orient="row").select(list(schema))


# Facts --------------------------------------------------------------------------------------------


def _overlap(a: tuple[int, int | None], b: tuple[int, int | None]) -> tuple[int, int | None] | None:
    low = max(a[0], b[0])
    high = b[1] if a[1] is None else a[1] if b[1] is None else min(a[1], b[1])
    return None if high is not None and low > high else (low, high)


def _claim_preference(claim: dict[str, Any]) -> tuple:
    """Higher is better: correction, authority, exact, later report."""
    return (claim["revision"], AUTHORITY_RANK[claim["authority"]], claim["qualifier"] == "exact",
            claim["published_date"] or dt.date.min)


@dataclass
class _Cluster:
    interval: tuple[int, int | None]
    claims: list[dict[str, Any]] = field(default_factory=list)

    def preference(self) -> tuple:
        best = self.claims[0]
        return (best["revision"], AUTHORITY_RANK[best["authority"]], best["qualifier"] == "exact",
                len({c["doc_id"] for c in self.claims}), max(c["published_date"] or dt.date.min for c in self.claims))


PREFERENCE_REASONS = ("a correction or revised figure", "authority", "an exact figure over a qualified one", "stated by more documents",
                      "the later report")
AUTHORITY_REASONS = {"official": "an official source", "list": "a list or stated total over a passing mention"}


def _resolution(chosen: _Cluster, runner_up: _Cluster) -> str:
    """Which rule chose ``chosen`` over the next fact of its conflict."""
    for reason, mine, other in zip(PREFERENCE_REASONS, chosen.preference(), runner_up.preference(), strict=True):
        if mine != other:
            return AUTHORITY_REASONS[chosen.claims[0]["authority"]] if reason == "authority" else reason
    return "equal standing: the first by claim id"


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


FACT_KEY = ("origin_country", "destination", "status", "part", "period_start", "period_end", "ordinal", "undated_on")



def _fact_key(claim: dict[str, Any]) -> tuple:
    undated_on = claim["published_date"] if claim["period_grain"] == "none" else None
    return tuple(undated_on if name == "undated_on" else claim[name] for name in FACT_KEY)


def _fact_record(key: tuple, cluster: _Cluster, conflict_group: str | None, chosen: bool, resolution: str | None) -> dict[str, Any]:
    best = cluster.claims[0]
    dates = [c["published_date"] for c in cluster.claims if c["published_date"] is not None]
    return {
        "fact_id": _digest(*key, best["flights"], best["qualifier"], best["flights_max"]),
        **{name: best[name] for name in ("origin_country", "destination", "destination_countries", "status", "part", "period_start",
                                          "period_end", "period_grain", "ordinal", "flights", "flights_max", "qualifier")},
        "flights_low": cluster.interval[0],
        "flights_high": cluster.interval[1],
        "passengers": next((c["passengers"] for c in cluster.claims if c["passengers"] is not None), None),
        "n_claims": len(cluster.claims),
        "n_documents": len({c["doc_id"] for c in cluster.claims}),
        "n_publishers": len({c["publisher"] or c["doc_id"] for c in cluster.claims}),
        "first_reported": min(dates) if dates else None,
        "last_reported": max(dates) if dates else None,
        "claim_ids": sorted(c["claim_id"] for c in cluster.claims),
        "doc_ids": sorted({c["doc_id"] for c in cluster.claims}),
        "best_claim_id": best["claim_id"],
        "evidence": best["evidence"],
        "conflict_group": conflict_group,
        "chosen": chosen,
        "resolution": resolution,
    }


def flight_facts(claims: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Facts linking the claims that state the same thing, and each claim's fact (``claim_id``, ``fact_id``)."""
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for claim in claims.iter_rows(named=True):
        groups[_fact_key(claim)].append(claim)
    facts, links = [], []
    for key, members in groups.items():
        members.sort(key=lambda c: c["claim_id"])
        members.sort(key=_claim_preference, reverse=True)
        clusters: list[_Cluster] = []
        for claim in members:
            interval = (claim["flights_low"], claim["flights_high"])
            for cluster in clusters:
                shared = _overlap(cluster.interval, interval)
                if shared is not None:
                    cluster.interval = shared
                    cluster.claims.append(claim)
                    break
            else:
                clusters.append(_Cluster(interval, [claim]))
        ranked = sorted(clusters, key=_Cluster.preference, reverse=True)  # stable: ties keep claim order
        conflict = len(ranked) > 1 and members[0]["period_grain"] != "none"
        group = _digest(*key) if conflict else None
        for position, cluster in enumerate(ranked):
            chosen = position == 0 or not conflict
            resolution = _resolution(ranked[0], ranked[1]) if conflict and position == 0 else None
            record = _fact_record(key, cluster, group, chosen, resolution)
            facts.append(record)
            links += [{"claim_id": c["claim_id"], "fact_id": record["fact_id"]} for c in cluster.claims]
    fact_frame = pl.DataFrame(facts, schema=FACT_SCHEMA, orient="row") if facts else pl.DataFrame(schema=FACT_SCHEMA)
    link_schema = {"claim_id": pl.String, "fact_id": pl.String}
    return fact_frame, pl.DataFrame(links, schema=link_schema, orient="row") if links else pl.DataFrame(schema=link_schema)


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
        if all(fact["period_end"] < other["period_start"] or fact["period_start"] > other["period_end"] for other in chosen):
            chosen.append(fact)
    chosen.sort(key=lambda f: f["period_start"])
    days = sum((f["period_end"] - f["period_start"]).days + 1 for f in chosen)
    highs = [f["flights_high"] for f in chosen]
    whole_month = days == month_end(month).day
    high = sum(h for h in highs if h is not None) if whole_month and None not in highs else None
    return _Month(sum(f["flights"] for f in chosen), sum(f["flights_low"] for f in chosen), high, METHOD_PARTS, days, chosen)


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """First days of the months lying wholly inside ``start``..``end``."""
    months, day = [], start.replace(day=1)
    while day <= end:
        if day >= start and month_end(day) <= end:
            months.append(day)
        day = month_end(day) + dt.timedelta(days=1)
    return months


def _bound_months(months: dict[dt.date, _Month], totals: list[dict[str, Any]]) -> None:
    """Tighten the months inside each multi-month total with what the total leaves for them.

    A month with no figure of its own is added only when the total pins it: every other month of
    the total's period is known, so the month is the total minus them.
    """
    for total in sorted(totals, key=lambda f: (f["period_start"], f["fact_id"])):
        inside = _month_starts(total["period_start"], total["period_end"])
        aligned = bool(inside) and inside[0] == total["period_start"] and month_end(inside[-1]) == total["period_end"]
        figures = {m: months[m] for m in inside if m in months}
        for month in inside:
            others = [figures[m] for m in inside if m != month and m in figures]
            high = None if total["flights_high"] is None else total["flights_high"] - sum(o.low for o in others)
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
            current.high = high if current.high is None else min(current.high, high) if high is not None else current.high
            current.bounding.append(total)


def monthly_flights(facts: pl.DataFrame) -> pl.DataFrame:
    """The best figure per route, status and month from the chosen facts (never adding overlapping periods)."""
    usable = facts.filter(
        pl.col("chosen") & pl.col("part").is_null() & pl.col("period_start").is_not_null() & pl.col("period_end").is_not_null()
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
                months[month] = _Month(fact["flights"], fact["flights_low"], fact["flights_high"], METHOD_STATED,
                                       month_end(month).day, [fact])
            else:
                months[month] = _parts(inside, month)
        _bound_months(months, totals)
        countries = members[0]["destination_countries"]
        for month, figure in sorted(months.items()):
            used = figure.facts or figure.bounding
            rows.append({
                "origin_country": origin, "destination": destination, "destination_countries": countries, "month": month,
                "status": status, "flights": figure.flights, "flights_low": figure.low, "flights_high": figure.high,
                "method": figure.method, "days_covered": figure.days,
                "n_sources": len({d for f in used for d in f["doc_ids"]}),
                "fact_ids": [f["fact_id"] for f in figure.facts],
                "doc_ids": sorted({d for f in used for d in f["doc_ids"]}),
                "bounding_fact_ids": [f["fact_id"] for f in figure.bounding],
                "note": "; ".join(figure.notes) or None,
            })
    return pl.DataFrame(rows, schema=MONTHLY_SCHEMA, orient="row") if rows else pl.DataFrame(schema=MONTHLY_SCHEMA)


@dataclass(frozen=True)
class Series:
    """Claims, facts and months of one reconciliation."""

    claims: pl.DataFrame
    facts: pl.DataFrame
    months: pl.DataFrame

    def frames(self) -> dict[str, pl.DataFrame]:
        """Table name to frame."""
        return {"flight_claims": self.claims, "flight_facts": self.facts, "monthly_flights": self.months}


def reconcile(sources: pl.DataFrame, run_id: str, first_runs: pl.DataFrame | None = None) -> Series:
    """Claims (``claim_sources`` rows) to facts and the monthly series.

    ``first_runs`` (``fact_id``, ``first_run``) are the facts earlier runs produced: a fact keeps the
    run that first produced it, so a conflict is news only once.
    """
    claims = flight_claims(sources.select(list(CLAIM_SOURCE_COLUMNS)).cast(CLAIM_SOURCE_COLUMNS))  # type: ignore[arg-type]
    facts, links = flight_facts(claims)
    known = first_runs if first_runs is not None else pl.DataFrame(schema={"fact_id": pl.String, "first_run": pl.String})
    facts = facts.drop("first_run").join(known.select("fact_id", "first_run"), on="fact_id", how="left").with_columns(
        pl.col("first_run").fill_null(run_id)
    )
    return Series(
        claims.join(links, on="claim_id", how="left").select(list(CLAIM_COLUMNS)),
        facts.select(list(FACT_SCHEMA)),
        monthly_flights(facts),
    )
