"""One flight-count claim (``Mention``), and how restatements of one claim (headline, then body) become
one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from transforms.dates import DAYS_IN_A_WEEK
from transforms.domain import Status


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
    steps: dict[str, str] = field(default_factory=dict)  # how each part was read: see ``path``
    # "another flight", "outro avião": not the restatement of a flight told before it
    another: bool = False

    @property
    def path(self) -> str:
        """How the claim was read, most telling part first:
        'mention/<count>/dest:<from>/status:<from>/origin:<from>'.

        The count's shape (a number bound to a flight noun, an elided noun after a place, ...), then where the
        destinations, the status and the origin came from (its own clause, the sentence, the sentence before,
        the document's context, a cue or tense). ``transforms.confidence`` gives each path its measured
        precision.
        """
        steps = self.steps
        return "/".join(
            (
                "mention",
                steps.get("count", "bound"),
                f"dest:{steps.get('dest', 'none')}",
                f"status:{steps.get('status', 'unknown')}",
                f"origin:{steps.get('origin', 'none')}",
            )
        )

    def as_row(self) -> dict:
        """The mention's columns for flight_mentions."""
        return {**{name: getattr(self, name) for name in MENTION_FIELDS}, "path": self.path}

    def completeness(self) -> int:
        """How much the claim says: used to keep the fuller of two restatements."""
        # a count said to mix senders states its origin as much as one that names a sender
        origin = self.origin_country or (self.steps.get("origin") == "mixed" or None)
        return sum(
            value not in (None, [])
            for value in (
                origin,
                self.destination_countries,
                self.period_start,
                self.passengers_per_flight,
                self.passengers,
            )
        ) + (self.status != Status.UNKNOWN)


MENTION_FIELDS = tuple(f.name for f in fields(Mention) if f.name not in ("steps", "another"))


def _compatible(a: Mention, b: Mention) -> bool:
    """The same claim restated: same count, qualifier and status, and routes, periods and ordinals that do not
    disagree.

    ``el primer vuelo`` in a headline and ``un avión`` in the body are one flight: an ordinal only disagrees
    with another ordinal.
    """
    if (a.flights, a.flights_max, a.qualifier) != (b.flights, b.flights_max, b.qualifier):
        return False
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False
    if Status.UNKNOWN not in (a.status, b.status) and a.status != b.status:
        return False
    if a.origin_country and b.origin_country and a.origin_country != b.origin_country:
        return False
    if (
        a.destination_countries
        and b.destination_countries
        and set(a.destination_countries) != set(b.destination_countries)
    ):
        return False
    # "150 vuelos en 2025" in a headline and "150 en lo que va de 2025" below: a year and its part so far
    so_far = a.period_start == b.period_start and None in (a.period_end, b.period_end)
    return (
        so_far
        or _one_week_two_ways(a, b)
        or not (
            a.period_start
            and b.period_start
            and (a.period_start, a.period_end) != (b.period_start, b.period_end)
        )
    )


def _one_week_two_ways(a: Mention, b: Mention) -> bool:
    """ "18 vuelos en la última semana" in a headline (Monday to Sunday) and "entre el 2 y el 8 de febrero"
    below (Sunday to Saturday): two weeks that share all days but one are the one week a report counts."""
    if not (a.period_start and a.period_end and b.period_start and b.period_end):
        return False
    days = [
        (period_end - period_start).days + 1
        for period_start, period_end in ((a.period_start, a.period_end), (b.period_start, b.period_end))
    ]
    shared = (min(a.period_end, b.period_end) - max(a.period_start, b.period_start)).days + 1
    return all(day_count == DAYS_IN_A_WEEK for day_count in days) and shared >= DAYS_IN_A_WEEK - 1


# a claim is compared with at most this many earlier claims of the same count: a document that repeats one
# count thousands of times would otherwise cost the square of its length
MAX_RESTATED = 64


def merge_restatements(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention per claim: the fuller one, and the later one when equally full (headline, then
    body). A flight said to be another ("outro avião") is not one told before it, unless that one was said to
    be another too (a headline and its body)."""
    kept: list[Mention] = []
    # positions in ``kept`` by count: only mentions of the same count can be one claim
    same_count: dict[tuple, list[int]] = {}
    for mention in mentions:
        positions = same_count.setdefault((mention.flights, mention.flights_max, mention.qualifier), [])
        twin = next(
            (
                i
                for i in positions[:MAX_RESTATED]
                if kept[i].evidence != mention.evidence
                and _compatible(kept[i], mention)
                and (kept[i].another or not mention.another)
            ),
            None,
        )
        if twin is None:
            positions.append(len(kept))
            kept.append(mention)
        elif mention.completeness() >= kept[twin].completeness():
            kept[twin] = mention
    return sorted(kept, key=lambda m: m.char_start)
