"""Flight counts stated in running prose, in English, Spanish and Portuguese.

A count is only taken when it is bound to a flight noun (``two similar flights``, ``79 vuelos
de repatriación``, ``aterrizaron 31 aviones``, ``its third flight``) or has the shape of a count whose
noun is left out. Numbers that count people, money, years or anything else never reach a flight noun
and so are never taken. Rates, averages, changes and fleet sizes are recognised and left out. Each
claim carries the sentence it came from, its qualifier, status, route, passengers and period; a claim
restated (headline, then body) is kept once.

The package follows the decisions, in the order a sentence meets them: ``counts`` (is this number a
count of flights?), ``traps`` (is it one of the counts that are not?), ``candidates`` (the counts of a
sentence, with or without their noun), ``status``, ``passengers`` and ``periods`` (what the clause says
of them), ``sentences`` (one sentence's claims), ``claims`` (one per claim), ``document`` (the whole text).
"""

from transforms.mentions.claims import MENTION_FIELDS, Mention
from transforms.mentions.counts import FLIGHT_NOUN
from transforms.mentions.document import (
    count_verdicts,
    find_mentions,
    first_line,
    is_headline,
    weighed_sentences,
)
from transforms.mentions.status import status_of

__all__ = [
    "FLIGHT_NOUN",
    "MENTION_FIELDS",
    "Mention",
    "count_verdicts",
    "find_mentions",
    "first_line",
    "is_headline",
    "status_of",
    "weighed_sentences",
]
