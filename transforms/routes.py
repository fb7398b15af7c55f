"""Which places a sentence routes flights through: origins and destinations by the role each place plays.

``departed Mexico`` is an origin, ``landed in Guatemala`` a destination, ``Mexico's government
denied`` a destination that refused, ``flights of Venezuelans`` a destination by demonym. Used by
prose mentions, by the lines around a flight list, and by the document's context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from transforms.cues.counts import AIRCRAFT_NOUN, FLIGHT_NOUN
from transforms.cues.routes import (
    ADDRESSED,
    CHARTERER,
    DEPORTED_FROM,
    FUNDER,
    RECEIVING_ACTOR,
    REMOVED_PEOPLE,
    ROUTE_CUES,
)
from transforms.cues.statuses import DENIED
from transforms.places import PlaceMatch, find_places
from transforms.spans import EndPattern

ROUTE_CACHE_SIZE = 4096  # the document's context and its mentions route the same sentences
CUE_WORDS = 4  # "touched down in the", "con destino a los": the longest cue before a place, with its article
DENIAL_WORDS = DENIED.alternation
ARTICLE_AFTER_CUE = r"(?:\s+(?:the|el|la|los|las|o|a|os|as))?"
# a part of the country named next, in English ("to northern Haiti"): the flights still go to that country
PART_OF_PLACE = r"(?:\s+(?:northern|southern|eastern|western|central|rural))?"
ROUTE_CUE_WORDS = {
    cue.name: {language: "|".join(words) for language, words in cue.words.items()} for cue in ROUTE_CUES
}


@cache
def _cue(cues: str, language: str | None) -> EndPattern:
    table = ROUTE_CUE_WORDS[cues]
    words = table.get(language or "", None)
    alternation = words if words else "|".join(table.values())
    return EndPattern(
        re.compile(rf"(?:\b(?:{alternation}){ARTICLE_AFTER_CUE}{PART_OF_PLACE})\s*$", re.IGNORECASE),
        words=CUE_WORDS + 1,
    )


MOVEMENT_IN = re.compile(
    r"""
    \b(?:land|lands|landed|landing|arrive|arrived|arriving|touch(?:ed|es)?\ down     # landing and arriving
      |aterriz\w*|lleg\w*|arrib\w*|pous\w*|cheg\w*|aterriss\w*|desembar[cq]\w*
      |receb\w*|recib\w*|escalas?|stopped|stopovers?|stops?|received|receives|due)\b # receiving, due
    [^.;]{0,60}$                                                                  # in the same clause
    """,
    re.IGNORECASE | re.VERBOSE,
)
DEPARTURE_BEFORE = EndPattern(
    re.compile(
        r"""
        \b(?:departed|left|salieron|partieron|despegaron)\s*(?:the\s+)?$          # "departed Mesa"
        |\b(?:sale|salen|sali[oó]|saldr[aá]n?|parte|parten|parti[oó]|despeg[oó]|despega|despegan|departs?
          |leaves?|leaving|left|departed|partiu|partiram|saiu|sa[ií]ram|decolou|decolaram)\s+
        # "partió el martes de Guayaquil", "left on Friday from Mesa", "partiu ontem de Confins": a time
        # between the verb and where from
        (?:(?:el|este|esta|on|this|last|ayer|hoy|anoche|today|yesterday|ontem|hoje|na|no)
          \s+(?:[^\W\d_]+\s+)?)?
        (?:de|desde|from|do|da|dos|das)\s+(?:el\s+|la\s+|the\s+)?$
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=6,
)
ACTOR_AFTER = re.compile(
    r"""
    # the country as an actor by its government: "Colombia's government", "Mexico's National Migration
    # Institute flew 130 Hondurans home"
    ^\.?\s*(?:'s\s+|’s\s+)?(?:federal\s+|foreign\s+)?
    (?:government|military|air\ force|administration|immigration|ice\b|ministry|embassy|president
      |foreign\ minister|(?:national\s+)?migration\s+(?:institute|agency|service|authority))
    # the country that sends people home: "The Bahamas repatriated 312 Haitians", "Estados Unidos devuelve a
    # 147 cubanos"
    |^\s+(?:has\s+|have\s+|had\s+)?
    (?:repatriated|deported|removed|expelled|deport[oó]|repatri[oó]|devolvi[oó]|expuls[oó]|deportaron
      |repatriaron|expulsaron|returned|returns|deports|repatriates|removes|devuelven?|deportan?|repatrian?|retornan?
      |retorn[oó]|retornaron|deportou|deportaram|repatriou|repatriaram|devolveu|devolveram|expulsou
      |expulsaram|deporta|deportam)
    # "México devolvió en tres vuelos a 400 cubanos": the flights before the people
    (?:\s+(?:en|in|on|em)\s+[^\W\d_]+\s+(?:vuelos?|flights?|voos?|aviones|avi[oõ]es|planes))?
    \s+(?:a\s+)?(?:about\s+|some\s+|more\ than\s+|unos\s+|m[aá]s\ de\s+)?\d
    # the country that flies them: "las Bahamas realizaron otros dos vuelos", "Mexico operated three flights"
    |^\s+(?:itself\s+|also\s+|tambi[eé]n\s+|tamb[eé]m\s+|por\ su\ parte\s+)?(?:has\s+|have\s+|had\s+)?
    (?:realiz[oó]|realizaron|ha\ realizado|han\ realizado|efectu[oó]|efectuaron|operated|conducted|sent|flew
      |envi[oó]|enviaron|mand[oó]|realizou|realizaram|enviou|enviaram|mandou|mandaram
      |chartered|flet[oó]|fletaron|fretou|fretaram)                       # "the UK chartered a flight"
    \s+(?:otros\s+|otras\s+|another\s+|other\s+|outros\s+)?(?:\d[\d,.]*|[^\W\d_]+)\s+
    # ... counted in flights or planes: "two Air Force planes", "un avión de la Fuerza Aérea"
    (?:[^\W\d_]+\s+){0,2}?
    (?:vuelos?|flights?|voos?|aviones|avi[oó]n|avi[aã]o|avi[oõ]es|planes?|aircraft|charters?)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
FLIGHT_AFTER_ACTOR = re.compile(
    rf"^\s+(?:transport\s+|cargo\s+|charter\s+)?(?:{AIRCRAFT_NOUN.alternation}|{FLIGHT_NOUN.alternation}|"
    rf"jets?)\b",
    re.IGNORECASE,
)
ACTOR_BEFORE = EndPattern(
    re.compile(
        r"""
        (?:gobierno\ de|government\ of|administración\ de|autoridades\ d(?:e|[oa]s?)|ej[eé]rcito\ de
          |fuerza\ a[eé]rea\ de|governo\ d(?:e|[oa]s?)  # "governo dos EUA"
          |presidente\ d(?:e|[oa]s?)|president\ of
          # "el Servicio Nacional de Migración de Panamá", "la Dirección General de Migración y Extranjería de
          # El Salvador": a country's migration agency
          |(?:instituto|servicio|direcci[oó]n|superintendencia|agencia|servi[cç]o|dire[cç][aã]o)
           \ (?:nacional\ |general\ |geral\ )?de\ migra(?:ci[oó]n(?:es)?|[cç][aã]o)
           (?:\ y\ extranjer[ií]a)?\ d(?:e|[oa]s?))
        (?:\s+(?:los|las|el|la|the|o|a))?\s*$                                         # its article
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=9,
)
# "funded by the United States", "financiado por el gobierno de Estados Unidos", "pago pelos EUA"
FUNDED_BY_BEFORE = EndPattern(
    re.compile(
        rf"\b(?:{FUNDER.alternation})\s+(?:(?:el|la|los|las|the|o|a|os|as)\s+)?"
        r"(?:(?:gobierno|governo|government|administraci[oó]n|administration)\s+(?:de|of|d[oa]s?)\s+"
        r"(?:(?:los|las|el|la|the|o|a|os|as)\s+)?)?$",
        re.IGNORECASE,
    ),
    words=8,
)
ACTOR_NOUN_BEFORE = EndPattern(
    re.compile(
        r"\b(?:gobierno|autoridades|ej[eé]rcito|presidente|canciller[ií]a|governo|autoridades)\s*$",
        re.IGNORECASE,
    ),
    words=1,
)
# "según el gobierno venezolano", "according to the government of Guatemala", "segundo o governo brasileiro":
# who says so, not where flights left from or went
# a verb of saying right after an actor that ends its sentence: the actor is the source
SPEAKER_AFTER = re.compile(
    r"^\s*(?:said|says|reported|reports|announced|confirmed|stated|noted|told\s+\w+)\s*[.;]?\s*$",
    re.IGNORECASE,
)
ATTRIBUTED_BEFORE = EndPattern(
    re.compile(
        r"""
        \b(?:seg[uú]n|de\ acuerdo\ con|according\ to|segundo|conforme|citing
            # the speaker after its verb: "…, informó el Instituto Guatemalteco", "…, disse o governo
            # brasileiro"
            |inform[oó]|dijo|señal[oó]|indic[oó]|explic[oó]|precis[oó]|detall[oó]|report[oó]|inform(?:ou|a)|disse
            |afirmou|explicou|declarou)\s+
        (?:(?:el|la|los|las|the|o|a|os|as)\s+)?
        (?:(?:gobierno|government|governo|autoridades|authorities|canciller[ií]a|ministerio|ministry|minist[eé]rio
            |officials|funcionarios|instituto|institute|agencia|ag[eê]ncia|servicio|servi[cç]o|direcci[oó]n
            |dire[cç][aã]o)\s+
           (?:(?:de|of|d[oa])\s+)?(?:(?:el|la|the|o|a)\s+)?)?
        $
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=7,
)
# "sin explicación al gobierno brasileño", "to the Mexican government": a government spoken to, not one acting
# Spanish and Portuguese name the government before its demonym, English after it
ADDRESSED_BEFORE = EndPattern(
    re.compile(rf"\b(?:{'|'.join(ADDRESSED.words['es'] + ADDRESSED.words['pt'])})\s*$", re.IGNORECASE),
    words=4,
)
# "fletadas por el Instituto Nacional de Migración de México", "chartered by the Mexican government": the name
# of who chartered
CHARTERED_BY_BEFORE = EndPattern(
    re.compile(
        rf"\b(?:{CHARTERER.alternation})\s+(?:(?:el|la|los|las|the|o|a|os|as)\s+)?"
        r"(?:(?:[A-ZÁÉÍÓÚÑ][\w.'-]*|gobierno|governo|government|autoridades|authorities|fuerza|for[cç]a|"
        r"a[eé]rea|air|force|de|del|d[oa]s?|of|y|e|and|the|los|las|el|la)\s+){0,8}$"  # "of the", "dos"
    ),
    words=14,
)
ADDRESSED_NAME_BEFORE = EndPattern(
    re.compile(rf"\b(?:{'|'.join(ADDRESSED.words['en'])})\s*$", re.IGNORECASE), words=2
)
FLIGHT_ADJECTIVE_BEFORE = EndPattern(
    re.compile(
        r"\b(?:vuelos?|aviones|avi[oó]n|aeronaves?|voos?|avi[aã]o|avi[oõ]es)\s+(?:(?!(?:con|de|del|para|a|en|"
        r"y|com|da|do)\b)[^\W\d_]+\s+){0,2}$",
        re.IGNORECASE,
    ),
    words=3,
)
# "un avión de la Fuerza Aérea Colombiana", "um avião da Força Aérea Brasileira": whose aircraft
AIR_FORCE_BEFORE = EndPattern(re.compile(r"\b(?:fuerza|for[cç]a)\s+a[eé]rea\s+$", re.IGNORECASE), words=2)
AIRPORT_BEFORE = EndPattern(
    re.compile(
        r"\b(?:airport|aeropuerto|aeroporto)(?:\s+(?:internacional|international))?\s+(?:de|of|in|en)?\s*$",
        re.IGNORECASE,
    ),
    words=3,
)
LISTED_PLACE_BEFORE = EndPattern(
    re.compile(r"[A-ZÁÉÍÓÚÑ][\w.'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.'-]*){0,3},\s*$"), words=4
)
DENIAL_AFTER = re.compile(rf"^[^.;]{{0,40}}?\b(?:{DENIAL_WORDS})\b", re.IGNORECASE)
DEPORTEES_BEFORE = EndPattern(
    re.compile(
        r"""
        \b(?:of|for|carrying|with|de|para|con|returned|deported|repatriated|removed|sent|flew|picked\ up
          |returns|deports|repatriates|removes
          # "Llegan 241 hondureños", "arrived 90 Guatemalans": people who arrive are flown home
          |llegan|llegaron|arriban|arribaron|chegam|chegaram
          |brings?|brought|bringing|traen?|trajo|trajeron|trazem?|trouxe|trouxeram|remove|deport|repatriate
          |devolvi[oó]|deport[oó]|repatri[oó]|retorn[oó]|traslad[oó]|envi[oó]|devuelven?|deportan?|repatrian?
          |retornan?|retornaron|regres(?:an|aron|ó)|volvieron|regressaram|voltaram|retornaram|a\ bordo
          |com|levando|trazendo|deportou|deportaram|repatriou|repatriaram|devolveu|enviou|a\ bordo\ de
          # "fueron deportados 2.300 hondureños", "foram repatriados 300 brasileiros"
          |deportad[oa]s|repatriad[oa]s|retornad[oa]s|devuelt[oa]s|devolvid[oa]s|expulsad[oa]s)
        # "trouxeram de volta 190 brasileiros", "brought back 110 Colombians"
        (?:\s+(?:back|de\s+volta|de\s+regreso|de\s+vuelta))?
        # Spanish puts a personal "a" before the people: "retornó a 58 cubanos", "devuelve a 147 cubanos"
        (?:\s+a(?=\s))?
        # a word or a count before the people: "undocumented", "unos 120", "58 ciudadanos" (Spanish and
        # Portuguese name the people, then where they are from)
        \s*(?:undocumented\s+|[^\W\d_]+\s+
          |(?:(?:about|some|unos|unas|más\ de|more\ than|cerca\ de|mais\ de)\s+)?\d[\d,.]*\s+
           (?:(?:ciudadan[oa]s|cidad[aã]os|cidad[aã]s|nacionales|nacionais|migrantes|personas|pessoas)\s+)?)?$
        # "deportó en dos vuelos a 270 venezolanos", "em dois voos 180 venezuelanos": the people the flights
        # took, counted right after them
        |\b(?:vuelos?|aviones|avi[oó]n|voos?|avi[oõ]es)\s+(?:a\s+)?(?:unos\s+|m[aá]s\ de\s+|mais\ de\s+)?
          \d[\d,.]*\s+$
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=8,
)
DISTANCE_BEFORE = EndPattern(
    re.compile(
        r"\b(?:minutes|hours|miles|kilometers|kilometres|km|minutos|horas|millas|"
        r"kil[oó]metros)\s+(?:away\s+)?from\s*$|\b(?:minutos|horas|millas|kil[oó]metros)\s+de\s*$",
        re.IGNORECASE,
    ),
    words=3,
)
# "trasladados en autobús a la frontera con Guatemala", "taken by bus to the border", "levados de ônibus até
# a fronteira com o Peru": a leg over land, or a border, is no end of a flight
LAND_LEG_BEFORE = EndPattern(
    re.compile(
        r"\b(?:(?:en|por|by|de|em|on)\s+(?:autob[uú]s(?:es)?|buses|bus|camiones|[ôo]nibus|tierra|land|road)"
        r"\b[^.;,]*|\b(?:frontera|border|fronteira)\s+(?:con|with|com)\s+(?:(?:el|la|o|a|the)\s+)?)$",
        re.IGNORECASE,
    ),
    words=12,
)
DIPLOMAT_BEFORE = EndPattern(
    re.compile(
        r"\b(?:ambassador|embajador[a]?|envoy|enviad[oa]|c[oó]nsul|embaixador[a]?|representative)\s+(?:to|en|"
        r"a|de|in|para)\s*(?:the\s+)?$",
        re.IGNORECASE,
    ),
    words=3,
)
RECEIVES_LATER = re.compile(rf"^[^.;]{{0,60}}?\b(?:{RECEIVING_ACTOR.alternation})\b", re.IGNORECASE)
DEPORTED_FROM_BEFORE = EndPattern(
    re.compile(rf"\b(?:{DEPORTED_FROM.alternation})\s+(?:(?:el|la|los|las|o|a|os|as)\s+)?$", re.IGNORECASE),
    words=4,
)
PICKUP_BEFORE = EndPattern(
    re.compile(
        # (a comma ends the pickup: "to pick up the migrants, which landed in Bogotá")
        r"\b(?:picked up|picks up|pick up|recogi[oó]|recogieron|recoger|buscou|buscar)\b[^.;,]{0,50}?\b(?:in|"
        r"at|en|em)\s*$",
        re.IGNORECASE,
    ),
    words=32,
)
# "to Guatemala and Honduras", "para o Equador, a Colômbia e o Peru": the article of the next place is part of
# the join
# the join, and "from Mexico and from Honduras", "do México e de Honduras": the preposition repeated
COORDINATION = re.compile(
    r"\s*(?:,|,?\s*(?:and|y|e|&))\s*(?:(?:from|to|de|desde|do|da|dos|das|a|para)\s+)?"
    r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
)
DEPORTEES_AFTER = re.compile(
    r"^\s*(?:migrants|nationals|deportees|citizens|migrantes|deportados|ciudadanos|nacionales|cidad[aã]os|"
    rf"nacionais|{REMOVED_PEOPLE.alternation})",
    re.IGNORECASE,
)
COUNT_BEFORE_PLACE = EndPattern(re.compile(r"\b\d[\d,.]*\s+$"), words=1)
# "the Jamaican high commission", "la embajada mexicana": a country's mission abroad is no end of a flight
MISSION_AFTER = re.compile(
    r"^\s*(?:high commission|embassy|consulate|ambassador|consul|mission)\b", re.IGNORECASE
)
OF_BEFORE = EndPattern(
    re.compile(r"\b(?:of|de)\s*(?:the\s+|los\s+|las\s+|la\s+|el\s+)?$", re.IGNORECASE), words=2
)
LOCATIVE_BEFORE = EndPattern(
    re.compile(r"\b(?:in|at|en|em|no|na|nos|nas)\s*(?:the\s+)?$", re.IGNORECASE), words=2
)
DENIER_AFTER = re.compile(
    rf"^\s*(?:has\s+|have\s+|had\s+|also\s+)?(?:[^\W\d_]+ly\s+|initially\s+|again\s+|nuevamente\s+|"
    rf"tambi[eé]n\s+)?(?:{DENIAL_WORDS})\b",
    re.IGNORECASE,
)
# "was turned back by Mexico", "fue rechazado por el Gobierno de México", "foi recusado pelo México": the
# country that refused the flight is where it was to land
DENIED_BY_BEFORE = EndPattern(
    re.compile(
        rf"\b(?:{DENIAL_WORDS})\s+(?:by|por|pel[oa]s?)\s+(?:the\s+|el\s+|la\s+)?"
        r"(?:(?:government|authorities|gobierno|autoridades|governo)\s+(?:of|de|d[oa])\s+)?$",
        re.IGNORECASE,
    ),
    words=8,
)
FLIGHT_OF_PLACE = EndPattern(
    re.compile(
        r"\b(?:vuelos?|aviones|avi[oó]n|voos?|avi[aã]o|avi[oõ]es)\s+(?:[^\W\d_]+\s+){0,2}?(?:de|desde|"
        r"d[oa]s?)\s+(?:los\s+|las\s+|el\s+|la\s+|o\s+|a\s+)?$",
        re.IGNORECASE,
    ),
    words=5,
)
# "Guatemala topped the list with 52 flights", "Guatemala encabezó la lista con 52 vuelos": a country that
# ranks first among where flights went (a city that does, "Alexandria led with 94", is where they left); and
# a country with its count set beside it ("Guatemala, with 140 flights, followed by ...")
RANKED_FIRST_AFTER = re.compile(
    r"""
    ^\s*(?:
        (?:again\s+|otra\ vez\s+|de\ nuevo\s+|novamente\s+)?            # "again topped"
        (?P<verb>topped|tops|led|leads|headed|heads|encabez[oó]|encabeza|lider[oó]|lidera|liderou
          |ficou\ em\ primeiro|qued[oó]\ en\ primer\ lugar)
        (?:\s+(?:the|la|el|a|o)\s+[^\W\d_]+)?                             # "topped the list"
    )?
    # ... with its count: "encabeza la lista de países que más vuelos recibieron" ranks no count of its own
    ,?\s+(?:with|con|com)\s+\d
    """,
    re.IGNORECASE | re.VERBOSE,
)
RECEIVER_AFTER = re.compile(
    r"""
    ^\s*(?:,[^,.;]{0,70},\s*)?                         # an aside: "Guatemala, the region's largest, received"
    (?:has\s+|have\s+|will\s+|would\s+|is\ to\s+|expects\ to\s+|also\s+|tambi[eé]n\s+)?
    (?:
        # received or to receive
        received|receives|receive|recibi[oó]|recibieron|recibe|reciben|ha\ recibido|han\ recibido
        |recibir[aá]n?|recebeu|receberam|recebe|recebem|receber[aá]|tem\ recebido|accepted|accepts
        |to\ receive|va\ a\ recibir|van\ a\ recibir|vai\ receber|v[aã]o\ receber
        |acept[oó]|aceptaron|ha\ aceptado|han\ aceptado|acepta|aceitou
        # expected, took in, counted
        |espera|esperan|esperaban?|esperavam?|expects|expected|aguarda|aguardava|prev[eé]\ recibir|sumaron
        |took\ in|takes\ in|acogi[oó]|acoge|acolheu|acolhe
        |sum[oó]|totaled|totalled|got|logged
        # "Guatemala accounted for 25 of the 40 flights", "concentró 25 de los 40 vuelos"
        |accounted\ for|accounts\ for|concentr[oó]|concentraron|concentra|concentrou|concentraram
        # "was the main destination", "fue el principal destino"
        |(?:was|is|fue|es|era|foi)\s+(?:el|la|the|o|a)\s+
         (?:principal|main|top|leading|primer|mayor|biggest|largest)?\s*(?:destino|destination)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Route:
    """Where a sentence says flights went from and to."""

    origin: str | None
    destinations: tuple[str, ...]
    mixed_senders: bool = (
        False  # "including flights from Mexico and Honduras": no one origin, not an unknown one
    )


def _destination_cue(before: str, language: str | None) -> bool:
    """A cue such as ``to``, ``hacia`` or ``landed in``; ``in`` and ``en`` count only after a verb of
    arrival."""
    if not _cue("destination", language).search(before) or OF_BEFORE.search(before):
        return False
    return not LOCATIVE_BEFORE.search(before) or bool(MOVEMENT_IN.search(before[-80:]))


def _origin_cue(before: str, language: str | None) -> bool:
    """A cue such as ``from``, ``desde`` or ``partieron de`` right before a place; a bare ``de`` is not
    one."""
    cue = _cue("origin", language).search(before)
    if not cue:
        return False
    return cue.group().split()[0].lower() not in ("de", "of")


def place_roles(
    sentence: str, places: list[PlaceMatch], language: str | None
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(origin, how) and (destination, how) for each place the sentence routes flights through.

    A place joined to the one before it (``to Mauritania and Senegal``) shares its role.
    """
    origins: list[tuple[str, str]] = []
    destinations: list[tuple[str, str]] = []
    previous: tuple[PlaceMatch, str | None] | None = None  # the place before and its role, if it has one
    placed: set[int] = set()  # where the places with a role start
    for place in places:
        before, after = sentence[: place.start], sentence[place.end :]
        role = _role(place, before, after, language)
        if (
            role is None
            and previous
            and previous[1] is not None
            and COORDINATION.fullmatch(sentence[previous[0].end : place.start])
        ):
            role = (previous[1], "coordinated")
        if role is not None:
            target = origins if role[0] == "origin" else destinations
            if role[1] == "receiver":
                # "Guatemala, Honduras and El Salvador received": the places joined before the receiver
                target.extend(
                    (joined.country, "coordinated")
                    for joined in _joined_before(sentence, places, place)
                    if joined.start not in placed
                )
            placed.add(place.start)
            target.append((place.country, role[1]))
            previous = (place, role[0])
        else:
            previous = (place, None)
    return origins, destinations


def _joined_before(sentence: str, places: list[PlaceMatch], last: PlaceMatch) -> list[PlaceMatch]:
    """The places joined to ``last`` by commas and "and" right before it, first to last."""
    joined: list[PlaceMatch] = []
    after = last
    for place in reversed(places[: places.index(last)]):
        if not COORDINATION.fullmatch(sentence[place.end : after.start]):
            break
        joined.insert(0, place)
        after = place
    return joined


def _role(place: PlaceMatch, before: str, after: str, language: str | None) -> tuple[str, str] | None:
    """("origin" or "destination", how) for one place, from the words around it."""
    listed = LISTED_PLACE_BEFORE.search(before) if place.kind in ("state", "country") else None
    if listed:
        before = before[: listed.start()]  # "Harlingen, Texas" takes the city's cue
    if place.kind in ("country", "demonym") and _chartered(before) and CHARTERED_BY_BEFORE.search(before):
        # "dos aeronaves fletadas por el Instituto Nacional de Migración de México"
        return "origin", "charterer"
    if FUNDED_BY_BEFORE.search(before):
        return None  # "a flight to Bogotá funded by the United States": who paid, not who sent or received
    if place.kind == "country" and DENIED_BY_BEFORE.search(before):
        return "destination", "receiver"
    if place.kind in ("country", "demonym") and ATTRIBUTED_BEFORE.search(before):
        # "According to the Guatemalan government, three flights arrived": who says so is where they arrived,
        # and otherwise no end of the flights ("according to the" is no "to")
        return ("destination", "actor") if RECEIVES_LATER.match(after) else None
    addressed = ADDRESSED_NAME_BEFORE.search(before)  # "without notice to the Guatemalan government"
    actor = ACTOR_AFTER.match(after) if place.kind in ("country", "demonym") and not addressed else None
    acting_noun = (
        place.kind == "demonym" and ACTOR_NOUN_BEFORE.search(before) and not ADDRESSED_BEFORE.search(before)
    )
    if actor or ACTOR_BEFORE.search(before) or acting_noun:
        rest = after[actor.end() :] if actor else after
        if SPEAKER_AFTER.match(rest):
            # "…, the Guatemalan Migration Institute said": who tells of the flights, not who flew them
            return None
        if actor and FLIGHT_AFTER_ACTOR.match(rest):
            # "a U.S. military aircraft", "un avión de la fuerza aérea": whose aircraft, not who receives it
            return "origin", "flag"
        # "Colombia's government said it had received three flights"
        receives = DENIAL_AFTER.match(rest) or RECEIVES_LATER.match(rest)
        return ("destination" if receives else "origin"), "actor"
    ranked = RANKED_FIRST_AFTER.match(after) if place.kind == "country" else None
    if (
        ranked
        and not ranked.group("verb")
        and (_origin_cue(before, language) or FLIGHT_OF_PLACE.search(before))
    ):
        ranked = None  # "tres vuelos desde México con 312 personas", "voos do México com": where they left
    if RECEIVER_AFTER.match(after) or (place.kind == "country" and (DENIER_AFTER.match(after) or ranked)):
        return "destination", "receiver"
    if (
        DISTANCE_BEFORE.search(before)
        or DIPLOMAT_BEFORE.search(before)
        or MISSION_AFTER.match(after)
        or LAND_LEG_BEFORE.search(before)
    ):
        return None
    flight_of = FLIGHT_OF_PLACE.search(before)
    if flight_of and place.kind == "demonym":
        return "destination", "deportees"  # "el primer vuelo de venezolanos": they are flown home
    if (
        flight_of
        or DEPARTURE_BEFORE.search(before)
        or _origin_cue(before, language)
        or (place.kind in ("country", "state", "city") and DEPORTED_FROM_BEFORE.search(before))
        or PICKUP_BEFORE.search(before)
    ):
        return "origin", "cue"
    if place.kind == "demonym" and (DEPORTEES_BEFORE.search(before) or DEPORTEES_AFTER.match(after)):
        return "destination", "deportees"
    if (
        place.kind == "country"
        and DEPORTEES_AFTER.match(after)
        and (DEPORTEES_BEFORE.search(before) or COUNT_BEFORE_PLACE.search(before))
    ):
        return "destination", "deportees"  # "remove 27 New Zealand citizens", "141 Honduras nationals"
    if place.kind == "demonym" and FLIGHT_ADJECTIVE_BEFORE.search(before):
        return "origin", "flag"
    if place.kind == "demonym" and AIR_FORCE_BEFORE.search(before):
        return "origin", "air_force"  # whose aircraft, not where it left from: see sentence_route
    if _destination_cue(before, language) or (
        AIRPORT_BEFORE.search(before) and MOVEMENT_IN.search(before[-80:])
    ):
        return "destination", "cue"
    return None


def mixes_senders(origins: list[tuple[str, str]]) -> bool:
    """Whether origins cued or joined to a cued one ("from Germany, Austria and Italy") name several
    countries: the flights have no one sender."""
    return len({country for country, how in origins if how in ("cue", "coordinated")}) > 1


def _chartered(before: str) -> bool:
    """A substring test before the charterer's pattern: most sentences say nothing of who chartered the
    plane."""
    return "fleta" in before or "charter" in before or "freta" in before


@lru_cache(maxsize=ROUTE_CACHE_SIZE)
def sentence_route(sentence: str, language: str | None) -> Route:
    """The origin and the destinations a sentence names for its flights."""
    roles, destinations = place_roles(sentence, find_places(sentence), language)
    origins = [(country, how) for country, how in roles if how != "air_force"]
    # "picked up in Chile" outweighs "Venezuela's government"
    by_cue = [country for country, how in origins if how == "cue"]
    origin = by_cue[0] if by_cue else origins[0][0] if origins else None
    mixed = mixes_senders(origins)
    if mixed:
        origin = None  # "from Germany, Austria and Italy": the flights mix senders
    # "carrying Venezuelan migrants to El Salvador": they go where the sentence says, when it says so
    named = any(how != "deportees" and country != origin for country, how in destinations)
    seen: list[str] = []
    for country, how in destinations:
        if country not in seen and country != origin and not (named and how == "deportees"):
            seen.append(country)
    flags = [country for country, how in roles if how in ("flag", "air_force") and country != origin]
    if by_cue and flags and not named:
        # "A Colombian Air Force plane brought back 110 deportees from El Paso": a plane sent from elsewhere
        # to fetch them flies them to its own country
        seen = [flags[0]]
    return Route(origin, tuple(seen), mixed)
