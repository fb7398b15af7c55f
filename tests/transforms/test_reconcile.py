"""Reconciliation rules on hand-made claims: what is one fact, what wins a conflict, what a month holds."""

from __future__ import annotations

import datetime as dt
import random
from itertools import count
from typing import Any

import polars as pl
import pytest

from transforms.dates import month_end
from transforms.reconcile import (
    CLAIM_SOURCE_COLUMNS,
    METHOD_BOUNDED,
    METHOD_PARTS,
    METHOD_STATED,
    bounds,
    period_grain,
    reconcile,
    route_batches,
    unchanged_rows,
)

_ids = count(1)
D = dt.date


def claim(flights: int, start: dt.date | None, end: dt.date | None, *, doc: str = "a", destination: tuple[str, ...] = ("GT",),
          status: str = "completed", qualifier: str = "exact", kind: str = "mention", publisher: str | None = "Daily Paper",
          published: dt.date | None = None, evidence: str = "a sentence", part: str | None = None, flights_max: int | None = None,
          origin: str | None = "US") -> dict[str, Any]:
    """One claim_sources row; the document id is the letter repeated, so each letter is its own document."""
    number = next(_ids)
    return {
        "claim_id": f"{doc}#m{number}", "doc_id": doc * 64, "kind": kind, "breakdown": None, "breakdown_rank": 1, "part": part,
        "origin_country": origin, "destination_countries": list(destination), "status": status, "flights": flights,
        "flights_max": flights_max, "qualifier": qualifier, "ordinal": None, "passengers": None, "period_start": start,
        "period_end": end, "evidence": evidence, "char_start": 0, "char_end": len(evidence), "source_uri": f"{doc}.txt",
        "title": None, "publisher": publisher, "published_date": published or D(2024, 4, 10),
    }


def series(*claims: dict[str, Any]) -> pl.DataFrame:
    return reconcile(pl.DataFrame(list(claims), schema=CLAIM_SOURCE_COLUMNS, orient="row"), "run-1").months


def months(*claims: dict[str, Any]) -> dict[tuple, tuple]:
    """(destination, month, status) to (flights, low, high, method)."""
    return {
        (r["destination"], r["month"], r["status"]): (r["flights"], r["flights_low"], r["flights_high"], r["method"])
        for r in series(*claims).iter_rows(named=True)
    }


MARCH = (D(2024, 3, 1), D(2024, 3, 31))


@pytest.mark.parametrize(("qualifier", "flights", "flights_max", "expected"), [
    ("exact", 12, None, (12, 12)),
    ("approx", 12, None, (10, 14)),
    ("approx", 3, None, (2, 4)),
    ("more_than", 40, None, (41, None)),
    ("at_least", 8, None, (8, None)),
    ("at_most", 4, None, (0, 4)),
    ("less_than", 5, None, (0, 4)),
    ("range", 7, 8, (7, 8)),
])
def test_bounds_follow_the_qualifier(qualifier: str, flights: int, flights_max: int | None, expected: tuple) -> None:
    assert bounds(flights, qualifier, flights_max) == expected


@pytest.mark.parametrize(("start", "end", "grain"), [
    (None, None, "none"), (D(2024, 3, 1), None, "open"), (D(2024, 3, 4), D(2024, 3, 4), "day"),
    (D(2024, 3, 3), D(2024, 3, 9), "week"), (D(2024, 2, 1), D(2024, 2, 29), "month"), (D(2024, 4, 1), D(2024, 6, 30), "quarter"),
    (D(2023, 10, 1), D(2024, 9, 30), "year"), (D(2024, 1, 1), D(2024, 6, 30), "span"), (D(2024, 3, 13), D(2024, 3, 17), "span"),
])
def test_period_grain(start: dt.date | None, end: dt.date | None, grain: str) -> None:
    assert period_grain(start, end) == grain


def test_a_month_stated_in_a_bulletin_is_not_added_to_the_weekly_counts_of_that_month() -> None:
    result = months(
        claim(40, *MARCH, doc="b", kind="table_total"),
        claim(9, D(2024, 3, 3), D(2024, 3, 9), doc="w"),
        claim(11, D(2024, 3, 10), D(2024, 3, 16), doc="x"),
    )
    assert result == {("GT", D(2024, 3, 1), "completed"): (40, 40, 40, METHOD_STATED)}


def test_weeks_inside_a_month_add_up_as_a_lower_bound_and_overlapping_periods_are_never_added() -> None:
    result = months(
        claim(9, D(2024, 3, 3), D(2024, 3, 9), doc="w"),
        claim(11, D(2024, 3, 10), D(2024, 3, 16), doc="x"),
        claim(4, D(2024, 3, 12), D(2024, 3, 12), doc="y"),  # a day inside the second week: already counted there
    )
    assert result == {("GT", D(2024, 3, 1), "completed"): (20, 20, None, METHOD_PARTS)}
    row = series(claim(9, D(2024, 3, 3), D(2024, 3, 9), doc="w")).row(0, named=True)
    assert row["days_covered"] == 7


def test_republished_copies_are_one_fact_with_more_sources() -> None:
    copies = [claim(48, *MARCH, doc=letter, publisher=f"Outlet {letter}") for letter in "abc"]
    result = reconcile(pl.DataFrame(copies, schema=CLAIM_SOURCE_COLUMNS, orient="row"), "run-1")
    [fact] = result.facts.iter_rows(named=True)
    assert (fact["flights"], fact["n_claims"], fact["n_documents"], fact["n_publishers"], fact["conflict_group"]) == (48, 3, 3, 3, None)
    [month] = result.months.iter_rows(named=True)
    assert (month["flights"], month["n_sources"]) == (48, 3)
    assert months(*copies) == months(copies[0])


def test_an_approximate_figure_within_tolerance_agrees_with_an_exact_one() -> None:
    result = reconcile(pl.DataFrame([claim(52, *MARCH, doc="a"), claim(50, *MARCH, doc="b", qualifier="approx")],
                                    schema=CLAIM_SOURCE_COLUMNS, orient="row"), "run-1")
    [fact] = result.facts.iter_rows(named=True)
    assert (fact["flights"], fact["qualifier"], fact["flights_low"], fact["flights_high"], fact["n_documents"]) == (52, "exact", 52, 52, 2)


@pytest.mark.parametrize(("winner", "loser", "reason"), [
    ({"doc": "c", "evidence": "the corrected figure", "published": D(2024, 4, 20)}, {"doc": "a", "kind": "table_total"}, "a correction or revised figure"),
    ({"doc": "o", "publisher": "Instituto Guatemalteco de Migración"}, {"doc": "a"}, "an official source"),
    ({"doc": "l", "kind": "table_row"}, {"doc": "a"}, "a list or stated total over a passing mention"),
    ({"doc": "e"}, {"doc": "q", "qualifier": "at_least", "flights_override": 60}, "an exact figure over a qualified one"),
    ({"doc": "n", "published": D(2024, 4, 20)}, {"doc": "m", "published": D(2024, 4, 5)}, "the later report"),
])
def test_a_conflict_keeps_both_figures_and_the_rule_chooses_one(winner: dict, loser: dict, reason: str) -> None:
    losing_flights = loser.pop("flights_override", 44)
    frame = pl.DataFrame([claim(losing_flights, *MARCH, **loser), claim(52, *MARCH, **winner)], schema=CLAIM_SOURCE_COLUMNS, orient="row")
    result = reconcile(frame, "run-1")
    facts = result.facts.sort("chosen", descending=True)
    assert facts["flights"].to_list() == [52, losing_flights]
    assert facts["conflict_group"].n_unique() == 1 and facts["conflict_group"][0] is not None
    assert facts["resolution"].to_list() == [reason, None]
    assert result.months["flights"].to_list() == [52]


def test_more_documents_win_a_conflict_between_equal_sources() -> None:
    result = months(claim(44, *MARCH, doc="a"), claim(52, *MARCH, doc="b"), claim(52, *MARCH, doc="c"))
    assert result[("GT", D(2024, 3, 1), "completed")][0] == 52


def test_three_breakdowns_of_one_total_count_once() -> None:
    parts = [claim(n, *MARCH, doc="h", kind="table_row", part=f"{split}: {label}")
             for split, rows in (("airport", (("A", 25), ("B", 15))), ("airline", (("X", 30), ("Y", 10))), ("departure", (("P", 40),)))
             for label, n in rows]
    result = months(claim(40, *MARCH, doc="h", kind="table_total"), *parts)
    assert result == {("GT", D(2024, 3, 1), "completed"): (40, 40, 40, METHOD_STATED)}


def test_a_multi_month_total_bounds_its_months_and_is_not_spread() -> None:
    result = months(
        claim(60, D(2024, 1, 1), D(2024, 3, 31), doc="q", kind="table_total"),
        claim(20, D(2024, 1, 1), D(2024, 1, 31), doc="j"),
        claim(25, D(2024, 2, 1), D(2024, 2, 29), doc="f"),
    )
    assert result == {
        ("GT", D(2024, 1, 1), "completed"): (20, 20, 20, METHOD_STATED),
        ("GT", D(2024, 2, 1), "completed"): (25, 25, 25, METHOD_STATED),
        ("GT", D(2024, 3, 1), "completed"): (15, 15, 15, METHOD_BOUNDED),
    }
    assert months(claim(60, D(2024, 1, 1), D(2024, 3, 31), doc="q")) == {}, "a total alone stays at its own grain"
    partial = months(claim(60, D(2024, 1, 1), D(2024, 3, 31), doc="q"), claim(10, D(2024, 1, 7), D(2024, 1, 13), doc="w"))
    assert partial == {("GT", D(2024, 1, 1), "completed"): (10, 10, 60, METHOD_PARTS)}, "the total bounds a month it contains"


def test_statuses_are_separate_series_and_claims_without_a_period_stay_out_of_months() -> None:
    result = months(
        claim(30, *MARCH, doc="a"),
        claim(8, *MARCH, doc="b", status="planned"),
        claim(1, *MARCH, doc="c", status="denied"),
        claim(12, None, None, doc="d"),
    )
    assert result == {
        ("GT", D(2024, 3, 1), "completed"): (30, 30, 30, METHOD_STATED),
        ("GT", D(2024, 3, 1), "planned"): (8, 8, 8, METHOD_STATED),
        ("GT", D(2024, 3, 1), "denied"): (1, 1, 1, METHOD_STATED),
    }


def test_a_flight_with_several_stops_is_one_flight_to_its_destination_set() -> None:
    result = months(claim(1, D(2024, 3, 5), D(2024, 3, 5), destination=("CD", "CM", "AO")), claim(3, *MARCH, destination=()))
    assert set(result) == {("AO+CD+CM", D(2024, 3, 1), "completed"), ("*", D(2024, 3, 1), "completed")}


def test_a_fact_keeps_the_run_that_first_produced_it() -> None:
    frame = pl.DataFrame([claim(48, *MARCH)], schema=CLAIM_SOURCE_COLUMNS, orient="row")
    first = reconcile(frame, "run-1").facts
    again = reconcile(frame, "run-2", first.with_columns(rebuilt=pl.lit(True))).facts
    assert again["first_run"].to_list() == ["run-1"]


def _claims(*claims: dict[str, Any]) -> pl.DataFrame:
    return pl.DataFrame(list(claims), schema=CLAIM_SOURCE_COLUMNS, orient="row")


def _figures(months: pl.DataFrame) -> list[tuple]:
    return sorted(months.select("month", "flights", "method").iter_rows())


def test_a_new_month_leaves_the_route_months_it_cannot_reach_as_they_are() -> None:
    february = reconcile(_claims(claim(20, D(2024, 2, 1), D(2024, 2, 29))), "run-1").facts
    march = reconcile(_claims(claim(48, *MARCH)), "run-2", february.with_columns(rebuilt=pl.lit(False)))
    assert march.facts["flights"].to_list() == [48], "only the rebuilt key's facts are written again"
    assert _figures(march.months) == [(D(2024, 3, 1), 48, METHOD_STATED)]
    assert march.replaced_months["month"].to_list() == [D(2024, 3, 1)], "February's figure stays as it was"


def test_a_total_chains_every_month_it_covers_into_the_recomputed_months() -> None:
    earlier = reconcile(_claims(claim(60, D(2024, 1, 1), D(2024, 3, 31), doc="q"), claim(20, D(2024, 2, 1), D(2024, 2, 29), doc="f")), "run-1")
    assert _figures(earlier.months) == [(D(2024, 2, 1), 20, METHOD_STATED)]
    march = reconcile(_claims(claim(25, *MARCH, doc="m")), "run-2", earlier.facts.with_columns(rebuilt=pl.lit(False)))
    assert sorted(march.replaced_months["month"]) == [D(2024, 1, 1), D(2024, 2, 1), D(2024, 3, 1)]
    assert _figures(march.months) == [(D(2024, 1, 1), 15, METHOD_BOUNDED), (D(2024, 2, 1), 20, METHOD_STATED),
                                      (D(2024, 3, 1), 25, METHOD_STATED)], "January is what the total leaves once March is known"


def test_a_night_leaves_the_claims_and_facts_it_reproduces_where_they_are() -> None:
    """Of the stored rows of the keys, those the night reconciles to the same row need no rewrite; a new claim and the fact it joins do."""
    march, february = claim(48, *MARCH, doc="a"), claim(20, D(2024, 2, 1), D(2024, 2, 29), doc="b")
    first = reconcile(_claims(march, february), "run-1")
    stored = first.claims.with_columns(stored=pl.lit(True))
    repeated = _claims(claim(48, *MARCH, doc="c")).with_columns(stored=pl.lit(False))
    sources = pl.concat([repeated, stored], how="diagonal_relaxed")
    known = first.facts.with_columns(rebuilt=pl.lit(True))
    night = reconcile(sources, "run-2", known)
    unchanged = unchanged_rows(night.frames(), sources, known)
    assert sorted(unchanged["flight_claims"]["claim_id"]) == sorted([march["claim_id"], february["claim_id"]])
    february_fact = first.facts.filter(pl.col("period_start") == D(2024, 2, 1))["fact_id"].to_list()
    assert unchanged["flight_facts"]["fact_id"].to_list() == february_fact, "March's fact gained a source; February's is as it was"


def _random_claim(rng: random.Random, doc: str) -> dict[str, Any]:
    month = rng.randint(1, 8)
    shape = rng.random()
    if shape < 0.4:
        start, end = D(2024, month, 1), month_end(D(2024, month, 1))
    elif shape < 0.7:
        day = rng.randint(1, 20)
        start, end = D(2024, month, day), D(2024, month, day + rng.randint(0, 7))
    elif shape < 0.95:
        start = D(2024, month, rng.choice([1, 10]))
        end = month_end(D(2024, min(12, month + rng.randint(1, 3)), 1))
    else:
        start, end = D(2022, 1, 1), D(2024, 12, 31)  # longer than any total a month is bounded by
    return claim(rng.randint(1, 40), start, end, doc=doc, destination=rng.choice([("GT",), ("HN",)]),
                 status=rng.choice(["completed", "completed", "planned"]))


def _key(row: dict[str, Any]) -> tuple:
    return row["origin_country"], tuple(sorted(set(row["destination_countries"]))), row["status"], row["period_start"], row["period_end"]


@pytest.mark.parametrize("seed", range(40))
def test_recomputing_the_reached_months_gives_the_series_a_full_rebuild_gives(seed: int) -> None:
    """Months of a night that changes some facts, kept where it did not reach and replaced where it did, are a full rebuild's months."""
    rng = random.Random(seed)
    before = [_random_claim(rng, doc) for doc in "abcdefghijkl"[: rng.randint(2, 12)]]
    removed = set(rng.sample(range(len(before)), rng.randint(0, 2)))
    added = [_random_claim(rng, doc) for doc in "mnop"[: rng.randint(1, 4)]]
    after = [c for i, c in enumerate(before) if i not in removed] + added
    touched = {_key(c) for c in added} | {_key(before[i]) for i in removed}

    first = reconcile(_claims(*before), "run-1")
    known = first.facts.with_columns(rebuilt=pl.Series([_key(f) in touched for f in first.facts.iter_rows(named=True)], dtype=pl.Boolean))
    night = reconcile(_claims(*[c for c in after if _key(c) in touched]), "run-2", known)
    full = reconcile(_claims(*after), "run-3").months

    replaced = night.replaced_months.with_columns(pl.col("destination_countries").list.sort())
    kept = first.months.join(replaced, on=["origin_country", "destination_countries", "status", "month"], how="anti", nulls_equal=True)
    columns = full.columns
    assert pl.concat([kept, night.months]).select(columns).sort(columns).equals(full.select(columns).sort(columns))


def test_route_batches_keep_routes_whole_and_fill_up_to_the_size() -> None:
    routes = [("US", ["GT"], "completed")] * 3 + [(None, ["HN"], "completed")] * 2 + [("MX", ["GT"], "planned")] * 4 + [("US", ["GT"], "planned")] * 7
    keys = pl.DataFrame(
        [{"origin_country": o, "destination_countries": d, "status": s, "period_start": dt.date(2024, 1, i + 1)} for i, (o, d, s) in enumerate(routes)]
    )
    batches = route_batches(keys, 5)
    assert sum(b.height for b in batches) == keys.height
    per_batch = [set(b.select("origin_country", "status").rows()) for b in batches]
    assert all(b.height <= 5 or len(routes_in) == 1 for b, routes_in in zip(batches, per_batch, strict=True)), "only a single route may exceed the size"
    seen: list[tuple] = [route for routes_in in per_batch for route in routes_in]
    assert len(seen) == len(set(seen)) == 4, "no route is split across batches, the route without an origin included"
    assert route_batches(keys.clear(), 5)[0].is_empty()
