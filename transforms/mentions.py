"""Flight counts stated in running prose."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


@dataclass
class Mention:
    """One flight-count claim with its clause and what it says about route, status and time."""

    flights: int
    qualifier: str
    status: str
    evidence: str
    char_start: int
    char_end: int
    origin_country: str | None = None
    destination_countries: list[str] = field(default_factory=list)
    flights_max: int | None = None
    ordinal: int | None = None
    passengers: int | None = None
    passengers_per_flight: int | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    period_precision: str | None = None

    def as_row(self) -> dict:
        """The mention's columns for flight_mentions."""
        return asdict(self)


def find_mentions(body: str, language: str | None, published: dt.date | None, tables: list[dict]) -> list[Mention]:
    """Flight-count claims in ``body``."""
    return []
