"""Read a document before its sentences: who sends the flights it counts, and which country receives them.

Sentences often omit what the document already said: a story about ICE removals does not repeat
"from the United States" in every count, and a receiving country's bulletin says "llegaron 20
vuelos" without naming itself. The context holds those defaults; a sentence that names its own
route always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.dates import month_numbers
from transforms.places import find_places
from transforms.routes import Route, sentence_route
from transforms.spans import lines_containing, lowercase, sentences
from transforms.vocabulary import (
    DEPORTATION_CUES,
    FLIGHT_NOUN_RE,
    FLIGHT_STEMS,
    MEXICAN_ASSISTED_RETURN,
    MULTI_SENDER_AGENCIES,
    REMOVAL_AGENCIES,
    US_REMOVAL_AGENCY_ACRONYMS,
    US_REMOVAL_AGENCY_NAMES,
    VENEZUELAN_RETURN_PROGRAMME,
    names_a_flight,
)

DATELINE_SEPARATOR = re.compile(r",\s*|\s*/\s*|\s[–—-]\s*")
DATELINE_ABBREVIATIONS = re.compile(r"^(?:[A-Z][\w.]{0,8}\.?,\s*)+")  # "M.D.C., ", "D.C., ", "La., "
DATELINE_PLACE_CHARS = 42
DATELINE_DATE_CHARS = 40
NUMERIC_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
HEAD_LINES = 15
PARAGRAPH_CHARS = 200  # a head line this long is the story's first paragraph
CONTEXT_CACHE_SIZE = 64  # a document's context is read twice when its lists name their own origins
DEPORTATION_WORD = re.compile(rf"\b(?:{'|'.join(DEPORTATION_CUES)})\w*", re.IGNORECASE)
US_ACRONYM_WORD = re.compile(rf"\b(?:{'|'.join(US_REMOVAL_AGENCY_ACRONYMS)})\b")
NAME_WORD = r"(?:[A-ZÁÉÍÓÚÑ][\w’'-]*|de|del|al|la|las|los|y|e|da|do|ao)"
RECEIVING_AGENCY = re.compile(
    rf"\b(?:Instituto|INSTITUTO|Direcci[oó]n|DIRECCI[OÓ]N|Dire[cç][aã]o|Servicio|SERVICIO|Migraci[oó]n|"
    rf"MIGRACI[OÓ]N|Centro|Observatorio)"
    rf"(?:\s+{NAME_WORD}){{0,8}}(?:\s*\([A-Z]{{2,10}}\))?"  # its acronym: "(CAMR)"
    rf"(?:\s*[·|–—-]\s*{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})?",
)


@dataclass(frozen=True)
class DocumentContext:
    """Defaults a document sets for the sentences in it."""

    origin: str | None = None  # the one country whose flights the document counts, when there is one
    home: str | None = None  # the receiving country whose agency reports, when not the sender
    # the country of the dateline, when not the sender: where arrivals "al país" land
    dateline: str | None = None
    title: str | None = None
    destination: str | None = None  # the one country the headline says the flights went to


def _names_us_removal_agency(body: str) -> bool:
    """ICE, DHS or CBP, by acronym or name: substring tests first, they are far cheaper than a regex over the
    body."""
    return any(name in body for name in US_REMOVAL_AGENCY_NAMES) or (
        any(acronym in body for acronym in US_REMOVAL_AGENCY_ACRONYMS) and bool(US_ACRONYM_WORD.search(body))
    )


def _removal_agency_country(body: str) -> str | None:
    """The one sending country whose removal agency the document names (the Home Office: the United
    Kingdom)."""
    named = {country for country, names in REMOVAL_AGENCIES.items() if any(name in body for name in names)}
    return named.pop() if len(named) == 1 else None


def _names_month(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())[:3]
    return any(word in month_numbers() for word in words) and bool(re.search(r"\d", text))


@lru_cache(maxsize=CONTEXT_CACHE_SIZE)
def _agency_country(body: str) -> str | None:
    """The country of a migration agency named at the head (``Instituto Guatemalteco de Migración``,
    ``Migración Colombia``).

    The head ends with the first paragraph: an agency named further down is one the story mentions, not the
    one reporting.
    """
    head_lines = body.split("\n")[:HEAD_LINES]
    first_paragraph = next(
        (i for i, line in enumerate(head_lines) if len(line) >= PARAGRAPH_CHARS), len(head_lines)
    )
    head = "\n".join(head_lines[: first_paragraph + 1])
    for match in RECEIVING_AGENCY.finditer(head):
        # "Instituto Guatemalteco de Migración", "Centro de Atención al Migrante Retornado – San Pedro Sula"
        countries = {
            p.country for p in find_places(match.group()) if p.kind in ("country", "demonym", "city")
        }
        if len(countries) == 1:
            return countries.pop()
    return None


@lru_cache(maxsize=CONTEXT_CACHE_SIZE)
def _dateline_country(body: str) -> str | None:
    """The country of the city a dateline names (``Tegucigalpa, 19 de enero de 2025``, ``CARACAS, Aug
    19``)."""
    for line in body.split("\n")[:HEAD_LINES]:
        text = line.strip(" *_#")
        separator = DATELINE_SEPARATOR.search(text, 0, DATELINE_PLACE_CHARS)
        if not separator or not text[:1].isupper():
            continue
        rest = DATELINE_ABBREVIATIONS.sub("", text[separator.end() :])
        if not (NUMERIC_DATE.match(rest) or _names_month(rest[:DATELINE_DATE_CHARS])):
            continue
        places = [p for p in find_places(text[: separator.start()]) if p.kind in ("city", "country")]
        if places:
            return places[-1].country
    return None


def flight_routes(body: str, language: str | None) -> list[Route]:
    """The route each sentence that names a flight noun gives: read once, for the origins and the dateline
    sender."""
    routes = []
    for line_start, line_end in lines_containing(body, FLIGHT_STEMS):
        line = body[line_start:line_end]
        if names_a_flight(line):
            routes += [sentence_route(line[start:end], language) for start, end in sentences(line)]
    return routes


def _only_destination(
    routes: list[Route], origin: str | None, title: str, dateline: str | None
) -> str | None:
    """The one country every flight sentence that names a destination names, when the headline names it too
    ("Germany deports 74 Afghan offenders") or the story is datelined there (a Honduran paper's "suman 37
    vuelos" under "Tegucigalpa, 14 de noviembre"): the story's other counts of flights went there as well."""
    named = {country for route in routes for country in route.destinations if country != origin}
    if len(named) != 1:
        return None
    only = named.pop()
    return only if only == dateline or any(place.country == only for place in find_places(title)) else None


def explicit_origins(routes: list[Route]) -> set[str]:
    """Countries the document's flight sentences name as where flights left from."""
    return {route.origin for route in routes if route.origin}


def _dateline_sender(body: str, routes: list[Route]) -> str | None:
    """A sending country's own press ('Las Palmas de Gran Canaria, 9 mar.' over flights to Senegal and
    Mauritania): the dateline's country, when the document's flight sentences send flights elsewhere and never
    to it."""
    dateline = _dateline_country(body)
    if dateline in (None, "US") or dateline == _agency_country(body):
        return None
    destinations = {country for route in routes for country in route.destinations}
    return dateline if destinations and dateline not in destinations else None


def read_context(
    body: str, title: str | None, routes: list[Route], list_origins: set[str] | None = None
) -> DocumentContext:
    """The sending and receiving countries a document implies.

    ``routes`` are those its flight sentences give (``flight_routes``); their origins and ``list_origins``,
    those its lists name, are the origins it names. The sender is the one origin named; with none, the United
    States when US removal agencies are named, Mexico for assisted returns; with several, none.
    """
    origins = explicit_origins(routes) | (list_origins or set())
    # cue words are tested as substrings: far cheaper than case-insensitive regexes over the body
    lowered = body.lower()
    if len(list_origins or ()) > 1:
        origin: str | None = None  # a receiving country's lists name several senders: a bare count mixes them
    elif any(name in body for name in MULTI_SENDER_AGENCIES):
        # Frontex flies for many, unless the document names the one country its flights leave ("organizados
        # desde España")
        origin = next(iter(origins)) if len(origins) == 1 else None
    elif _names_us_removal_agency(body):
        origin = "US"
    elif sender := _removal_agency_country(body):
        origin = sender
    elif any(cue in lowered for cue in MEXICAN_ASSISTED_RETURN) and (not origins or "MX" in origins):
        origin = "MX"
    elif not origins and (sender := _dateline_sender(body, routes)):
        origin = sender
    elif "US" in origins or (not origins and any(cue in lowered for cue in DEPORTATION_CUES)):
        origin = "US"
    elif len(origins) == 1:
        origin = next(iter(origins))
    else:
        origin = None
    home = _agency_country(body)
    home = None if home in (origin, "US") else home
    dateline = _dateline_country(body)
    dateline = None if dateline in (origin, "US") else dateline
    destination = None
    noun = FLIGHT_NOUN_RE.regex.search(lowercase(title or "")) or DEPORTATION_WORD.search(title or "")
    if title and noun:
        # the flights' own clause (not the comma of "1,436")
        clause = re.split(r"[;:|–—]|,\s", title[noun.start() :], maxsplit=1)[0]
        named = sentence_route(title[: noun.start()] + clause, None).destinations
        destination = named[0] if len(named) == 1 and named[0] != origin else None
    if destination is None and VENEZUELAN_RETURN_PROGRAMME in lowered:
        destination = "VE"  # Venezuela's programme flies its nationals home
    if destination is None:
        destination = _only_destination(routes, origin, title or "", dateline)
    return DocumentContext(origin=origin, home=home, dateline=dateline, title=title, destination=destination)
