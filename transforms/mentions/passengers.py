"""How many people a sentence puts on the flights it counts: in all, or on each flight."""

from __future__ import annotations

import re

from transforms.numbers import parse_count_word
from transforms.places import demonym_country
from transforms.vocabulary import ANY_NATIONALITY_NOUNS, PASSENGER_NOUNS

PEOPLE = rf"(?:{PASSENGER_NOUNS})"
ABOUT = r"(?:approximately|about|around|some|nearly|roughly|up\ to)"
UNOS = r"(?:unos|unas|alrededor\ de|cerca\ de)"
PER_FLIGHT = re.compile(
    rf"""
    # "each carrying about 80 migrants"
    \beach\s+(?:\w+\s+){{0,2}}?(?:carrying|transporting|with|holding)\s+(?:{ABOUT}\s+)?
    (?P<n>[\d,.]+|\w+)\s+{PEOPLE}
    # "cada uno con unos 80 deportados"
    |\bcada\s+uno\s+con\s+(?:{UNOS}\s+)?(?P<n_es>[\d,.]+|\w+)\s+{PEOPLE}
    # "carrying about 80 migrants each", "con 80 deportados cada uno"
    |\b(?:carrying|transporting|with|con|llevando|transportando|com)\s+
    (?:(?:approximately|about|around|some|nearly|roughly|up\ to|unos|unas|alrededor\ de|cerca\ de)\s+)?
    (?P<n_after>[\d,.]+|\w+)\s+(?:[^\W\d_]+\s+)?{PEOPLE}\s+(?:each|apiece|cada\s+un[oa])\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
TOTAL_PEOPLE = re.compile(
    rf"""
    # "carrying 135 Hondurans", "con unos 120 deportados"
    \b(?:carrying|carried|transporting|transported|picked\ up|with|aboard|con|com|llevando|llev[oó]
      |transportando|transport[oó]|trasladando|traslad[oó]|levando|levou|a\ bordo\ de
      # "returned 262 Salvadorans", "trajo de regreso a 110 deportados", "trouxeram de volta 190 brasileiros"
      |returned|brought\ back|flew\ back|retornaron\ a|retorn[oó]\ a|devolvi(?:[oó]|eron)\ a
      # "removed 45 Albanian nationals", "expulsó a 138 extranjeros", "deportou 88 brasileiros"
      |removed|deported|expelled|repatriated|deport[oó]\ a|deportaron\ a|expuls[oó]\ a|expulsaron\ a
      |repatri[oó]\ a|repatriaron\ a|deportou|deportaram|expulsou|expulsaram|repatriou|repatriaram
      # "En los tres vuelos llegaron 398 personas", "Nos voos chegaram 398 pessoas"
      |llegaron|arribaron|ven[ií]an|viajaban|chegaram|vieram|viajavam
      |traj(?:o|eron)(?:\ de\ (?:regreso|vuelta))?\ a|tra[ií]an\ a|trouxe(?:ram)?(?:\ de\ volta)?|buscou
      |buscaram)\s+
    (?:(?:a|un|um)\s+total\s+(?:of|de)\s+)?                     # "con un total de 389 connacionales"
    (?:(?:approximately|about|around|some|nearly|almost|roughly|more\ than|over|unos|unas|alrededor\ de
      |cerca\ de|casi|m[aá]s\ de)\s+)?
    (?P<n>[\d,.]+|\w+)\s+(?:(?P<kind>[^\W\d_]+)\s+)?(?P<who>{PEOPLE})
    # "135 nationals on a flight", "1,200 people were deported on 9 flights"
    |\b(?P<n2>\d[\d,.]*)\s+(?:(?P<kind2>[^\W\d_]+)\s+)?(?P<who2>{PEOPLE})\s+
    (?:(?:were|fueron|foram)\s+(?:deported|returned|removed|repatriated|flown|deportad[oa]s|retornad[oa]s
      |repatriad[oa]s|devuelt[oa]s)\s+)?
    (?:on|aboard|in|en|a\ bordo\ de)\s+
    (?:a|an|the|one|two|three|four|five|\d+|un|una|el|dos|tres|cuatro|cinco)\s+(?:[^\W\d_]+\s+)?
    (?:flights?|vuelos?|voos?|charters?|planes?|avi[oó]n(?:es)?)\b
    # "had 126 nationals on board"
    |\b(?P<n3>\d[\d,.]*)\s+(?:(?P<kind3>[^\W\d_]+)\s+)?(?P<who3>{PEOPLE})\s+(?:on\ board|aboard|a\ bordo)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# not where they are from: any of them may be on any stop of a flight
PEOPLE_AT_LARGE = re.compile(ANY_NATIONALITY_NOUNS, re.IGNORECASE)
MAX_PEOPLE_PER_FLIGHT = 500  # the seats of the largest aircraft flown for removals
# "The flights carried 412 people", "Los vuelos traían a 412 personas": the sentence after a count of flights
# names who was on them
THE_FLIGHTS = re.compile(
    # "On the two flights, 398 people arrived", "En los tres vuelos llegaron 398 personas", "Nos três voos"
    r"^(?:(?:on|in|aboard)\s+)?(?:the|those|these|both)\s+(?:\w+\s+)?(?:flights|planes|aircraft|charters)\b"
    r"|^(?:en\s+)?(?:los|esos|estos|ambos)\s+(?:\w+\s+)?(?:vuelos|aviones|aeronaves)\b"
    r"|^(?:os|esses|estes|ambos|nos|nesses|nestes)\s+(?:\w+\s+)?(?:voos|avi[oõ]es|aeronaves)\b",
    re.IGNORECASE,
)
# 'The plane, a Boeing 737, had 126 people on board': the sentence after a single flight names who was on it
THE_AIRCRAFT = re.compile(
    r"^(?:the|that|this)\s+(?:plane|aircraft|airplane|flight|charter|jet)\b|^(?:el|la|ese|esa|dicho|"
    r"dicha)\s+(?:avi[oó]n|aeronave|vuelo)\b|^(?:o|a|esse|essa)\s+(?:avi[aã]o|aeronave|voo)\b",
    re.IGNORECASE,
)


def _at_large(total: re.Match[str]) -> bool:
    """People of any nationality ("96 deportees"), who may be on any stop of a flight; not "96 dominicanos
    deportados", the people of one stop."""
    who = total.group("who") or total.group("who2") or total.group("who3")
    kind = total.group("kind") or total.group("kind2") or total.group("kind3")
    return bool(PEOPLE_AT_LARGE.fullmatch(who)) and not (kind and demonym_country(kind))


def _number(text: str | None, language: str | None) -> int | None:
    return parse_count_word(text, language) if text else None


def people_on_board(
    sentence: str, flights: int, language: str | None, stops: int = 1
) -> tuple[int | None, int | None]:
    """(total, per flight) people on board, when the sentence says.

    On a flight with several ``stops`` the people of one nationality ('41 peruanos') are those of one stop,
    not the flight's.
    """
    per = PER_FLIGHT.search(sentence)
    if per:
        each = _number(per.group("n") or per.group("n_es") or per.group("n_after"), language)
        if each is not None:
            return each * flights, each
    total = TOTAL_PEOPLE.search(sentence)
    if total and (stops <= 1 or _at_large(total)):
        people = _number(total.group("n") or total.group("n2") or total.group("n3"), language)
        # "deportó a más de 300.000 personas en 2024 y realizó 12 vuelos": more than the planes hold
        if people is not None and people <= MAX_PEOPLE_PER_FLIGHT * flights:
            return people, people if flights == 1 else None
    return None, None
