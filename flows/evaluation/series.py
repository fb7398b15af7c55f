"""The end-to-end figure analysts care about: the monthly series from extracted claims against the gold's.

The gold's claims (table rows, stated totals and mentions of a ``seeds_gold.json``-shaped file) go
straight into the reconciliation, so the expected series rests on the same rules as the
warehouse's; ``tests/corpora/dev/monthly_expected.csv`` keeps that series for the dev corpus,
checked by hand. A cell is one (origin, destination, month, status); it is right when its flights
and both bounds are equal. A found cell that only the gold's optional mentions give, with their
figures, is counted apart: extracting an optional mention is neither required nor penalised.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

import polars as pl

from transforms.reconcile import CLAIM_SOURCE_COLUMNS, reconcile
from warehouse import loader

CELL_KEY = ["origin_country", "destination", "month", "status"]
CELL_VALUES = ["flights", "flights_low", "flights_high", "method"]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def gold_claim_sources(gold: dict[str, dict], optional: bool = False) -> pl.DataFrame:
    """The gold's claims in the shape of the ``claim_sources`` view: rows (a row of a breakdown group is a part), totals, mentions.

    ``optional`` adds the optional mentions.
    """
    records = []
    for name, entry in sorted(gold.items()):
        published = _date(entry.get("published_date")) or _date((entry.get("published_date_acceptable") or [None])[0])
        document = {"doc_id": hashlib.sha256(name.encode()).hexdigest(), "source_uri": name, "title": entry.get("title"),
                    "publisher": entry.get("publisher"), "published_date": published}
        items = [("table_row", item) for item in entry.get("table_rows", [])] + [("table_total", item) for item in entry.get("table_totals", [])]
        items += [("mention", item) for item in entry.get("mentions", []) + (entry.get("optional_mentions", []) if optional else [])]
        for number, (kind, item) in enumerate(items, start=1):
            evidence = item.get("evidence") or item.get("label") or ""
            records.append(document | {
                "claim_id": f"{name}#{number}", "kind": kind, "breakdown": None, "breakdown_rank": 1,
                "part": f"{item['group']}: {item['label']}" if item.get("group") else None,
                "origin_country": item.get("origin"), "destination_countries": item.get("destinations") or [],
                "status": item.get("status") or "completed", "flights": item.get("flights", item.get("total")),
                "flights_max": item.get("flights_max"), "qualifier": item.get("qualifier", "exact"), "ordinal": None,
                "passengers": item.get("passengers"), "period_start": _date(item.get("period_start")),
                "period_end": _date(item.get("period_end")), "evidence": evidence, "char_start": 0, "char_end": max(1, len(evidence)),
            })
    return pl.DataFrame(records, schema=CLAIM_SOURCE_COLUMNS, orient="row").select(list(CLAIM_SOURCE_COLUMNS))


def gold_series(gold: dict[str, dict]) -> pl.DataFrame:
    """The monthly series the gold's claims give."""
    return reconcile(gold_claim_sources(gold), "gold").months


def optional_cells(gold: dict[str, dict]) -> pl.DataFrame:
    """Cells that only the gold's optional mentions add to its series."""
    with_optional = cells(reconcile(gold_claim_sources(gold, optional=True), "gold").months)
    return with_optional.join(cells(gold_series(gold)).select(CELL_KEY), on=CELL_KEY, how="anti", nulls_equal=True)


def extracted_series(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """The monthly series of extracted frames, reconciled as a run would (in a warehouse in memory)."""
    with loader.connect(Path(":memory:")) as con:
        loader.prepare(con)
        loader.insert_frames(con, {name: frames[name] for name in loader.DOCUMENT_TABLES})
        sources, _ = loader.key_claims(con, loader.touched_fact_keys(con, None), None)
    return reconcile(sources, "evaluation").months


def cells(series: pl.DataFrame) -> pl.DataFrame:
    """The comparable part of a series, one row per cell, sorted."""
    return series.select(CELL_KEY + CELL_VALUES).sort(CELL_KEY, nulls_last=True)


def read_cells(path: Path) -> pl.DataFrame:
    """A series kept as CSV (the hand-checked fixture)."""
    frame = pl.read_csv(path, schema_overrides={"month": pl.Date, "flights": pl.Int64, "flights_low": pl.Int64, "flights_high": pl.Int64})
    return cells(frame)


def write_cells(series: pl.DataFrame, path: Path) -> None:
    """Keep a series as CSV."""
    cells(series).write_csv(path)


@dataclass(frozen=True)
class SeriesScore:
    """Cells of the expected series found right, wrong (other figures), missing; cells not expected; optional cells found; flights off."""

    cells_expected: int
    cells_right: int
    cells_wrong: int
    cells_missing: int
    cells_extra: int
    cells_optional: int
    flights_off: int

    def as_dict(self) -> dict[str, int]:
        """The figures by name."""
        return asdict(self)


def _flights(row: dict) -> int:
    return row["flights"] if row["flights"] is not None else row["flights_low"]


def compare(expected: pl.DataFrame, found: pl.DataFrame, optional: pl.DataFrame | None = None) -> tuple[SeriesScore, pl.DataFrame]:
    """The score, and every cell that differs (``expected_*`` beside ``found_*``).

    A found cell equal to one of the ``optional`` cells (``optional_cells``) is neither right nor extra.
    """
    left = cells(expected).rename({c: f"expected_{c}" for c in CELL_VALUES})
    found_cells = cells(found)
    right = found_cells if optional is None else found_cells.join(cells(optional), on=CELL_KEY + CELL_VALUES, how="anti", nulls_equal=True)
    optional_found = found_cells.height - right.height
    right = right.rename({c: f"found_{c}" for c in CELL_VALUES})
    joined = left.join(right, on=CELL_KEY, how="full", coalesce=True, nulls_equal=True)
    right_cells = wrong = missing = extra = off = 0
    differences = []
    for row in joined.iter_rows(named=True):
        has_expected, has_found = row["expected_method"] is not None, row["found_method"] is not None
        if has_expected and has_found:
            same = all(row[f"expected_{c}"] == row[f"found_{c}"] for c in CELL_VALUES if c != "method")
            if same:
                right_cells += 1
                continue
            wrong += 1
            off += abs(_flights({k[9:]: v for k, v in row.items() if k.startswith("expected_")})
                       - _flights({k[6:]: v for k, v in row.items() if k.startswith("found_")}))
        elif has_expected:
            missing += 1
            off += _flights({k[9:]: v for k, v in row.items() if k.startswith("expected_")})
        else:
            extra += 1
            off += _flights({k[6:]: v for k, v in row.items() if k.startswith("found_")})
        differences.append(row)
    score = SeriesScore(left.height, right_cells, wrong, missing, extra, optional_found, off)
    return score, pl.DataFrame(differences, schema=joined.schema) if differences else joined.clear()
