"""Score what the pipeline extracted against a labelled corpus (the ``seeds_gold.json`` shape).

Pure functions over the warehouse's own frames (``documents``, ``flight_tables``,
``flight_table_rows``, ``flight_mentions``), so the same scoring serves a warehouse built by the
real flow and the extractor called in process. Every figure is a count a reader can recompute:

- rows: the multiset of (destination countries, flights) of a document's table rows against its gold
  rows (a receiving country's list of origins has that country as every row's destination);
- totals: gold stated totals found among the document's ``flight_table_totals`` (overall and per origin);
- claims (strict): table rows and prose mentions together, as a multiset of (flights, destination
  set) per document; an extracted claim that matches an optional mention is neither a hit nor an
  extra;
- mentions (strict recall): flights, qualifier, origin, destination set and status all equal,
  with a ``range`` read as ``at_least`` its lower bound;
- forbidden numbers: extracted flight values (rows, totals, mentions) listed in
  ``must_not_extract``;
- comment leaks: ``body_must_not_contain`` strings found in ``body_text``;
- publication dates: right among the documents whose text states a full date;
- metadata: documents whose title, publisher and language equal the gold's exactly;
- mention periods and passengers: gold mentions whose first extracted match (same count and destinations) has the gold's period / passengers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import polars as pl

Claim = tuple[int, tuple[str, ...]]
StrictMention = tuple[int, str, str | None, tuple[str, ...], str]


@dataclass
class DocumentScore:
    """One document's hits, misses and extras for every figure."""

    name: str
    rows_hit: int = 0
    rows_found: int = 0
    rows_gold: int = 0
    totals_hit: int = 0
    totals_gold: int = 0
    claims_hit: int = 0
    claims_extra: int = 0
    claims_gold: int = 0
    mentions_hit: int = 0
    mentions_gold: int = 0
    forbidden: list[int] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    metadata_right: dict[str, bool] = field(default_factory=dict)
    periods_right: int = 0
    passengers_right: int = 0
    wrong_periods: list[tuple[Claim, tuple[str | None, str | None], tuple[str | None, str | None]]] = field(default_factory=list)
    metadata_found: dict[str, str | None] = field(default_factory=dict)
    date_stated: bool = False
    date_right: bool = False
    date_found: str | None = None
    date_gold: str | None = None
    missed_claims: list[Claim] = field(default_factory=list)
    extra_claims: list[Claim] = field(default_factory=list)
    missed_mentions: list[StrictMention] = field(default_factory=list)
    missed_rows: list[Claim] = field(default_factory=list)
    extra_rows: list[Claim] = field(default_factory=list)
    missed_totals: list[int] = field(default_factory=list)
    missing_document: bool = False


def destination_key(values: Any) -> tuple[str, ...]:
    """A destination set as scoring compares it: distinct and sorted."""
    return tuple(sorted(set(values or [])))


def counted_qualifier(qualifier: str) -> str:
    """A qualifier as strict scoring compares it: a range counts as at least its lower bound."""
    return "at_least" if qualifier == "range" else qualifier


def gold_claim(item: dict) -> Claim:
    """A gold row or mention as a claim: (flights, destination set)."""
    return int(item["flights"]), destination_key(item.get("destinations"))


def gold_mention(item: dict) -> StrictMention:
    """A gold mention as strict scoring compares it: flights, qualifier, origin, destinations, status."""
    return (int(item["flights"]), counted_qualifier(item["qualifier"]), item.get("origin"), destination_key(item.get("destinations")),
            item["status"])


def _multiset_diff(found: Counter, wanted: Counter) -> tuple[int, list, list]:
    hits = found & wanted
    return sum(hits.values()), sorted((wanted - hits).elements()), sorted((found - hits).elements())


METADATA = ("title", "publisher", "language")


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def _score_details(score: DocumentScore, gold_mentions: list[dict], mentions: pl.DataFrame) -> None:
    """Periods and passengers of the gold's mentions, each against the first extracted mention with its count and destinations."""
    pool = list(mentions.iter_rows(named=True))
    for item in gold_mentions:
        key = gold_claim(item)
        found = next((m for m in pool if (int(m["flights"]), destination_key(m["destination_countries"])) == key), None)
        if found is None:
            continue
        pool.remove(found)
        period = (_iso(found["period_start"]), _iso(found["period_end"]))
        wanted = (item.get("period_start"), item.get("period_end"))
        score.periods_right += period == wanted
        if period != wanted:
            score.wrong_periods.append((key, period, wanted))
        score.passengers_right += found["passengers"] == item.get("passengers")


def score_document(name: str, gold: dict, extracted: dict[str, pl.DataFrame] | None) -> DocumentScore:
    """Score one document; ``extracted`` holds its rows of each warehouse frame, or None when it was not loaded."""
    score = DocumentScore(name=name)
    gold_rows = Counter(gold_claim(r) for r in gold.get("table_rows", []))
    gold_mentions = [*gold.get("mentions", [])]
    gold_claims = gold_rows + Counter(gold_claim(m) for m in gold_mentions)
    optional = Counter(gold_claim(m) for m in gold.get("optional_mentions", []))
    gold_strict = Counter(gold_mention(m) for m in gold_mentions)
    gold_totals = Counter(int(t["total"]) for t in gold.get("table_totals", []))
    score.rows_gold, score.claims_gold = sum(gold_rows.values()), sum(gold_claims.values())
    score.mentions_gold, score.totals_gold = sum(gold_strict.values()), sum(gold_totals.values())
    score.date_gold = gold.get("published_date")
    score.date_stated = score.date_gold is not None
    if extracted is None:
        score.missing_document = True
        score.missed_claims = sorted(gold_claims.elements())
        score.missed_rows = sorted(gold_rows.elements())
        score.missed_totals = sorted(gold_totals.elements())
        score.missed_mentions = sorted(gold_strict.elements(), key=repr)
        return score

    rows, mentions = extracted["flight_table_rows"], extracted["flight_mentions"]
    found_rows = Counter((int(r["flights"]), destination_key(r["destination_countries"])) for r in rows.iter_rows(named=True))
    score.rows_found = sum(found_rows.values())
    score.rows_hit, score.missed_rows, score.extra_rows = _multiset_diff(found_rows, gold_rows)

    found_totals = Counter(int(t) for t in extracted["flight_table_totals"]["flights"])
    score.totals_hit = sum((found_totals & gold_totals).values())
    score.missed_totals = sorted((gold_totals - found_totals).elements())

    found_mentions = Counter((int(m["flights"]), destination_key(m["destination_countries"])) for m in mentions.iter_rows(named=True))
    found_claims = found_rows + found_mentions
    score.claims_hit, score.missed_claims, extras = _multiset_diff(found_claims, gold_claims)
    unexplained = Counter(extras) - optional
    score.extra_claims = sorted(unexplained.elements())
    score.claims_extra = len(score.extra_claims)

    found_strict = Counter(
        (int(m["flights"]), counted_qualifier(m["qualifier"]), m["origin_country"], destination_key(m["destination_countries"]), m["status"])
        for m in mentions.iter_rows(named=True)
    )
    hits = found_strict & gold_strict
    score.mentions_hit = sum(hits.values())
    score.missed_mentions = sorted((gold_strict - hits).elements(), key=repr)
    _score_details(score, gold_mentions, mentions)

    forbidden = {int(n) for n in gold.get("must_not_extract", [])}
    values = [*rows["flights"].to_list(), *extracted["flight_table_totals"]["flights"].to_list(),
              *mentions["flights"].to_list(), *mentions["flights_max"].drop_nulls().to_list()]
    score.forbidden = sorted(v for v in values if v in forbidden)

    document = extracted["documents"].row(0, named=True)
    body = document["body_text"] or ""
    score.leaks = [s for s in gold.get("body_must_not_contain", []) if s in body]
    published = document["published_date"]
    score.date_found = published.isoformat() if published else None
    score.date_right = score.date_stated and score.date_found == score.date_gold
    for key in METADATA:
        score.metadata_found[key] = document.get(key)
        score.metadata_right[key] = document.get(key) == gold.get(key)
    return score


def _prf(hit: int, found: int, gold: int) -> dict[str, float]:
    precision = hit / found if found else 1.0
    recall = hit / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def summarise(scores: list[DocumentScore]) -> dict[str, Any]:
    """Corpus figures from per-document scores."""
    rows = _prf(sum(s.rows_hit for s in scores), sum(s.rows_found for s in scores), sum(s.rows_gold for s in scores))
    claims_hit = sum(s.claims_hit for s in scores)
    claims = _prf(claims_hit, claims_hit + sum(s.claims_extra for s in scores), sum(s.claims_gold for s in scores))
    stated = [s for s in scores if s.date_stated]
    return {
        "documents": len(scores),
        "documents_not_loaded": sum(s.missing_document for s in scores),
        "rows": {**rows, "hit": sum(s.rows_hit for s in scores), "found": sum(s.rows_found for s in scores),
                 "gold": sum(s.rows_gold for s in scores)},
        "totals": {"found": sum(s.totals_hit for s in scores), "gold": sum(s.totals_gold for s in scores)},
        "claims": {**claims, "hit": claims_hit, "extra": sum(s.claims_extra for s in scores),
                   "gold": sum(s.claims_gold for s in scores)},
        "mentions": {"recall": round(_ratio(sum(s.mentions_hit for s in scores), sum(s.mentions_gold for s in scores)), 3),
                     "hit": sum(s.mentions_hit for s in scores), "gold": sum(s.mentions_gold for s in scores)},
        "forbidden_numbers": sum(len(s.forbidden) for s in scores),
        "comment_leaks": sum(len(s.leaks) for s in scores),
        "publication_dates": {"accuracy": round(_ratio(sum(s.date_right for s in stated), len(stated)), 3),
                              "right": sum(s.date_right for s in stated), "stated": len(stated)},
        "metadata": {key: sum(s.metadata_right.get(key, False) for s in scores) for key in METADATA},
        "mention_details": {"periods": sum(s.periods_right for s in scores), "passengers": sum(s.passengers_right for s in scores),
                            "mentions": sum(s.mentions_gold for s in scores)},
    }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def split_by_document(frames: dict[str, pl.DataFrame]) -> dict[str, dict[str, pl.DataFrame]]:
    """Each loaded document's rows of every frame, keyed by its source path."""
    documents = frames["documents"]
    by_name: dict[str, dict[str, pl.DataFrame]] = {}
    for document in documents.iter_rows(named=True):
        doc_id = document["doc_id"]
        by_name[document["source_uri"]] = {
            name: frame.filter(pl.col("doc_id") == doc_id) for name, frame in frames.items() if "doc_id" in frame.columns
        }
    return by_name


def score_corpus(gold: dict[str, dict], frames: dict[str, pl.DataFrame]) -> list[DocumentScore]:
    """Score every gold document against what was extracted, in name order."""
    by_name = split_by_document(frames)
    return [score_document(name, gold[name], by_name.get(name)) for name in sorted(gold)]
