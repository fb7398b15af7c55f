"""Counts bound to a flight noun that are not flight counts: rates, changes, fractions, comparisons, fleets,
durations and cargo, projections, transfers and legs that are not removals, dates next to the noun.
"""

from __future__ import annotations

import re

from transforms.cues.elision import INCLUDING
from transforms.cues.periods import RECORD
from transforms.cues.traps import AIRCRAFT_MODEL, CARGO, NOT_A_REMOVAL_LEG, TYPICAL_DAY
from transforms.cues.traps import ALL_LEGS as ALL_LEGS_CUE
from transforms.cues.traps import COMPARISON as COMPARISON_CUE
from transforms.cues.traps import PROJECTION as PROJECTION_CUE
from transforms.domain import Status
from transforms.mentions.counts import AIRCRAFT_NOUN, MAX_DAY_OF_MONTH, OF_WHICH, Count, names_a_day
from transforms.spans import EndPattern, LowercasePattern, lowercase
from transforms.vocabulary import (
    FLEET_WORDS,
    MOVEMENT_WORDS,
    NOT_A_FLIGHT_AFTER_NOUN,
    NOT_REMOVAL_RE,
    PEOPLE_NOUNS,
    TRANSFER_WORDS,
)

NOUN_BLOCKERS = re.compile(rf"^\s*(?:{NOT_A_FLIGHT_AFTER_NOUN})\b", re.IGNORECASE)
# "37 flights in a week" is a count over a week, not a rate
RATE_AFTER = re.compile(
    r"""
    # "two flights a week", "dos vuelos por semana", "each month" (not "in a week": a count over one)
    ^[\w\s-]{0,40}?\b(?:(?<!\bin\s)(?<!within\s)a|per|each|every|al|por|a\ la|cada|por\ cada)\s+
    (?:week|day|month|year|semana|d[ií]a|mes|a[nñ]o|semana|m[eê]s)\b
    # "a flight every 48 hours", "un vuelo cada tres días", "um voo a cada 15 dias"
    |^[\w\s-]{0,40}?\b(?:every|cada)\s+(?:[\w-]+\s+)?(?:hours|days|weeks|horas|d[ií]as|semanas|dias)\b
    # "flights weekly", "vuelos diarios", "voos mensais"
    |^\s*(?:[\w-]+\s+){0,3}?(?:weekly|daily|monthly|(?<!\bin\s)(?<!within\s)a\ week|diarios|semanales
      |mensuales|por\ semana|al\ d[ií]a|al\ mes|semanais|di[aá]rios|mensais|por\ m[eê]s)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
COMPARATIVE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:than|que|compared|comparado)\b", re.IGNORECASE)
# "more flights than", "12 more removal flights ... than", said of the noun
MORE_BEFORE = EndPattern(re.compile(r"\b(?:more|más|mais)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE), words=2)
# "a fleet of 18 aircraft", "una flota de 18 aviones", "uma frota de 18 aviões"
FLEET_OF_BEFORE = EndPattern(
    re.compile(r"\b(?:fleet\s+of|flota\s+de|frota\s+de)\s+$", re.IGNORECASE), words=2
)
# the fleet's verb right before its count: "has 3 planes", "tiene 3 aviones", "possui 3 aeronaves"
FLEET_VERB_BEFORE = EndPattern(re.compile(rf"\b(?:{FLEET_WORDS})\s+$", re.IGNORECASE), words=2)
OWN_CLAUSE_END = re.compile(r"[,;.]|\s(?:and|y|e)\s")  # where the words said of a noun stop
CHANGE_AFTER = re.compile(
    r"^\s*(?:menos|m[aá]s|a menos|a m[aá]s)\s+(?:que|de lo)\b|^\s*menos\b", re.IGNORECASE
)
DURATION_MODIFIER = re.compile(
    r"\d+\s*-?\s*(?:hour|minute|day|week|hora|minuto|d[ií]a|semana)s?\b", re.IGNORECASE
)
# "the Boeing 737", "the Airbus A320": the maker right before the number, a letter or two of the model between
AIRCRAFT_MODEL_BEFORE = EndPattern(
    re.compile(rf"\b(?:{AIRCRAFT_MODEL.alternation})\s+(?:[a-z]{{1,2}}-?)?$", re.IGNORECASE), words=2
)
CARGO_AFTER = re.compile(
    r"^\s*(?:of|with|carrying|de|con|llenos de|cargados de|com|levando|carregados de|cheios de)\s+"
    rf"(?:humanitarian\s+)?(?:{CARGO.alternation})\b",
    re.IGNORECASE,
)
# in the clause before the count
TYPICAL_DAY_BEFORE = re.compile(rf"\b(?:{TYPICAL_DAY.alternation})\b[^.;]*$", re.IGNORECASE)
# "including two to Mexico", "among them a flight to Guinea": a part of the count before
INCLUDING_BEFORE = EndPattern(re.compile(rf"\b(?:{INCLUDING.alternation})\s+$", re.IGNORECASE), words=2)
RATE_MODIFIER = re.compile(
    r"\b(?:weekly|daily|monthly|yearly|semanales|diarios|mensuales|anuales|semanais|di[aá]rios|mensais)\b",
    re.IGNORECASE,
)
DELTA_AFTER = re.compile(r"^\s*(?:higher|lower|fewer|less|menos|a menos)\b", re.IGNORECASE)
MORE_AFTER = re.compile(r"^\s*(?:more|m[aá]s|a m[aá]s|mais|a mais)\b(?!\s*:)", re.IGNORECASE)
COMPARISON = LowercasePattern(rf"\b(?:{COMPARISON_CUE.alternation})\b")
FRACTION_BEFORE = EndPattern(
    re.compile(
        # "seis de cada diez vuelos", "3 in 10 flights", "um em cada cinco voos"
        r"\b(?:de cada|out of every|in every|one in|uno de cada|una de cada|of every|em cada|"
        r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of))\s*$",
        re.IGNORECASE,
    ),
    words=3,
)
PROJECTION = LowercasePattern(rf"\b(?:{PROJECTION_CUE.alternation})\b")
# Spanish and Portuguese say it after
LEG_AFTER_NOUN = re.compile(rf"^\s+(?:de\s+)?(?:{NOT_A_REMOVAL_LEG.alternation})\b", re.IGNORECASE)
# within the count's own phrase
# (not past another count: "178 removal flights and 602 domestic shuffles")
TRANSFER_AFTER = re.compile(
    rf"^(?:(?!\b(?:and|y|e)\s+\d)[^.;,]){{0,40}}?\b(?:{TRANSFER_WORDS})", re.IGNORECASE
)
# "1,135 flights in March, including 178 removal flights": a whole whose removals are only a part of it
REMOVALS_AS_A_PART_AFTER = re.compile(
    rf"^[^.;]{{0,40}}?\b(?:{INCLUDING.alternation})\s+(?:about\s+|some\s+)?\d[\d,.]*\s+"
    r"(?:removal|deportation|deportaci[oó]n|deporta[cç][aã]o|expulsi[oó]n|expuls[aã]o|remo[cç][aã]o)\b"
    r"|^[^.;]{0,40}?\b(?:including|incluidos|incluindo)\s+(?:about\s+|some\s+)?\d[\d,.]*\s+"
    r"(?:vuelos|voos)\s+de\s+(?:deportaci[oó]n|deporta[cç][aã]o|expulsi[oó]n|expuls[aã]o)\b",
    re.IGNORECASE,
)
# "1,412 flights in May, of which 187 were removal flights, 803 domestic shuffles and 12 lateral flights": a
# whole whose parts name other legs counts every leg, not the removals
PARTS_OPENED_AFTER = re.compile(
    rf"^[^.;]{{0,40}}?\b(?:{INCLUDING.alternation}|{OF_WHICH})\b"
    r"(?P<parts>[^.;]*)",
    re.IGNORECASE,
)
# "A return flight … carried 85 people to Lagos": a return flight with people on board is a removal (Frontex's
# word for one), an empty return leg carries no one
RETURN_WORD = re.compile(r"\breturn|\bregreso|\bretorno", re.IGNORECASE)
RETURN_LEG = re.compile(r"\blegs?\b", re.IGNORECASE)
CARRIED_PEOPLE = re.compile(
    rf"\b(?:carr(?:ied|ying)|with|con|com|llevando|levando)\s+(?:about\s+|some\s+|unos?\s+|cerca de\s+)?"
    rf"\d[\d.,]*\s+(?:[^\W\d_]+\s+)?(?:{PEOPLE_NOUNS})\b",
    re.IGNORECASE,
)
ALL_LEGS = LowercasePattern(rf"\b(?:{ALL_LEGS_CUE.alternation})\b")
REMOVAL_NOUN = re.compile(r"\b(?:remov|deport|expuls|repatri|retorn)\w*", re.IGNORECASE)
FLEET_VERB = LowercasePattern(rf"\b(?:{FLEET_WORDS})\b")
MOVEMENT_VERB = LowercasePattern(rf"\b(?:{MOVEMENT_WORDS})\b")


def _an_empty_return(sentence: str, leg: re.Match[str]) -> bool:
    """Whether a return flight is a leg flown back empty: a "return leg", or a return said beside flying empty
    or another leg ("10 return flights, flown empty", "187 shuffle and 12 return flights"), with no people
    carried. European coverage calls its removal flights "return flights"."""
    if CARRIED_PEOPLE.search(sentence):
        return False
    return bool(RETURN_LEG.search(leg.group())) or any(
        not RETURN_WORD.search(other.group()) for other in NOT_REMOVAL_RE.finditer(sentence)
    )


def trap_of(
    sentence: str, noun: re.Match[str], count: Count, status: str, start: int, language: str | None
) -> str | None:
    """The trap a count bound to a flight noun falls in, if any: rates, averages, changes, fractions, fleets,
    projections, transfers and dates next to the noun are not flight counts. The name says which
    (``flightwatch explain`` shows it)."""
    after = sentence[noun.end() :]
    before = sentence[:start]
    modifiers = sentence[start : noun.start()]
    # whole-sentence cue words are searched in lowercase: far cheaper than IGNORECASE
    lowered = lowercase(sentence)
    traps = (
        ("word_after_noun_not_a_flight", lambda: NOUN_BLOCKERS.match(after)),
        # "two flights a week", "weekly flights", "on a typical weekday it sends six planes" (not "182
        # flights, the highest monthly figure": a record's unit)
        (
            "rate",
            lambda: (
                ((rate := RATE_AFTER.match(after)) and not RECORD.regex.search(rate.group()))
                or RATE_MODIFIER.search(modifiers)
                or _on_a_typical_day(before)
            ),
        ),
        # "13 vuelos menos", "four fewer"
        ("change", lambda: CHANGE_AFTER.match(after) or DELTA_AFTER.match(after)),
        ("fraction", lambda: FRACTION_BEFORE.search(before)),  # "seis de cada diez vuelos"
        (
            "comparison",
            lambda: (
                (COMPARATIVE_AFTER.match(after) and MORE_BEFORE.search(sentence[: noun.start()]))
                or (MORE_AFTER.match(after) and COMPARISON.found_in(lowered))
            ),
        ),
        (
            "fleet",
            lambda: (
                AIRCRAFT_NOUN.match(noun.group())
                and FLEET_VERB.found_in(lowered)
                and (
                    not MOVEMENT_VERB.found_in(lowered)
                    or FLEET_OF_BEFORE.search(before)
                    # "ICE has 3 planes and flew 40 flights" (not "tiene 12 aviones que aterrizaron")
                    or (
                        FLEET_VERB_BEFORE.search(before)
                        and not MOVEMENT_VERB.found_in(lowercase(OWN_CLAUSE_END.split(after, maxsplit=1)[0]))
                    )
                )
            ),
        ),
        # "a 5-hour flight"
        ("duration_or_cargo", lambda: DURATION_MODIFIER.search(modifiers) or CARGO_AFTER.match(after)),
        ("aircraft_model", lambda: AIRCRAFT_MODEL_BEFORE.search(before)),
        ("projection", lambda: PROJECTION.found_in(lowered)),
        # "96 total flights" beside shuffles and returns: every leg, not the removals
        (
            "all_legs",
            lambda: (
                (ALL_LEGS.found_in(lowered) and not REMOVAL_NOUN.search(sentence))
                or REMOVALS_AS_A_PART_AFTER.match(after)
                or _parts_name_other_legs(sentence, sentence[start : noun.end()], after)
            ),
        ),
        ("transfer", lambda: TRANSFER_AFTER.match(after)),
        # "400 domestic shuffle flights", "40 vuelos internos", "12 voos vazios"
        (
            "not_a_removal_leg",
            lambda: (
                (leg := NOT_REMOVAL_RE.search(sentence[start : noun.end()]) or LEG_AFTER_NOUN.match(after))
                and not (RETURN_WORD.search(leg.group()) and not _an_empty_return(sentence, leg))
            ),
        ),
        (
            "date_before_noun",
            lambda: (
                names_a_day(before, modifiers.strip(), language, months_only=True)
                and not count.article
                and not count.ordinal
                and count.flights <= MAX_DAY_OF_MONTH  # "recibió en marzo 43 vuelos": no day is the 43rd
            ),
        ),
        # "a flight" that nothing happened to (not "11 flights, including a multi-stop flight to Guinea": a
        # part of a count)
        (
            "article_without_event",
            lambda: count.article and status == Status.UNKNOWN and not INCLUDING_BEFORE.search(before),
        ),
    )
    return next((name for name, holds in traps if holds()), None)


def _parts_name_other_legs(sentence: str, whole: str, after: str) -> bool:
    """Whether the parts a count of flights of no named kind opens name a leg that is no removal."""
    parts = PARTS_OPENED_AFTER.match(after)
    if not parts or REMOVAL_NOUN.search(whole):
        return False
    return any(
        not (RETURN_WORD.search(leg.group()) and not _an_empty_return(sentence, leg))
        for leg in NOT_REMOVAL_RE.finditer(parts.group("parts"))
    )


def _on_a_typical_day(before: str) -> bool:
    """'On a typical weekday it sends six planes': searched only where a word for day is (a substring test
    first)."""
    lowered = before.lower()
    return ("day" in lowered or "día" in lowered or "dia" in lowered) and bool(
        TYPICAL_DAY_BEFORE.search(before)
    )
