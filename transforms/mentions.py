"""Flight counts stated in running prose, in English, Spanish and Portuguese.

A count is only taken when it is bound to a flight noun (``two similar flights``, ``79 vuelos
de repatriación``, ``aterrizaron 31 aviones``, ``its third flight``). Numbers that count people,
money, years or anything else never reach a flight noun and so are never taken. Rates, averages,
changes and fleet sizes are recognised and left out. Each claim carries the sentence it came from,
its qualifier, status, route, passengers and period; a claim restated (headline, then body) is
kept once.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from text_to_num import alpha2digit

from transforms.context import DocumentContext
from transforms.cues.elision import ARRIVED_FIRST, INCLUDING, RECEIVED, SENT_FROM, SENT_TO
from transforms.cues.qualifiers import QUALIFIER_CUES
from transforms.cues.statuses import STATUS_CUES
from transforms.cues.traps import CARGO, NOT_A_REMOVAL_LEG
from transforms.cues.traps import COMPARISON as COMPARISON_CUE
from transforms.cues.traps import PROJECTION as PROJECTION_CUE
from transforms.dates import (
    YEAR_IN_TEXT,
    OpenPeriod,
    Period,
    ends_with_date_word,
    find_day,
    find_period,
    find_relative_period,
    find_span_period,
    month_numbers,
    names_a_month,
)
from transforms.domain import Precision, Qualifier, Status
from transforms.numbers import DIGIT_COUNT, DOZEN, INPUT_CACHE_SIZE, parse_count, parse_count_word
from transforms.places import PlaceMatch, find_places
from transforms.routes import COORDINATION, Route, sentence_route
from transforms.spans import EndPattern, LowercasePattern, lines_containing, lowercase, sentences
from transforms.vocabulary import (
    AIRCRAFT_NOUNS,
    ANY_NATIONALITY_NOUNS,
    FLEET_WORDS,
    FLIGHT_NOUNS,
    FLIGHT_STEMS,
    MOVEMENT_WORDS,
    NOT_A_FLIGHT_AFTER_NOUN,
    NOT_REMOVAL_RE,
    PASSENGER_NOUNS,
    REGION_NAMES,
    TRANSFER_RE,
    TRANSFER_WORDS,
)

FLIGHT_NOUN = re.compile(rf"\b(?P<noun>{FLIGHT_NOUNS})\b", re.IGNORECASE)
AIRCRAFT_NOUN = re.compile(rf"^(?:{AIRCRAFT_NOUNS})$", re.IGNORECASE)
NOUN_BLOCKERS = re.compile(rf"^\s*(?:{NOT_A_FLIGHT_AFTER_NOUN})\b", re.IGNORECASE)
TOKEN = re.compile(r"\$?\d[\d.,]*%?|[^\W\d_]+(?:[-.'’][^\W\d_0-9]+|-\d+)*\.?", re.UNICODE)
MAX_MODIFIERS = 5
MAX_COUNT_TOKENS = 3
BREAK_WORDS = frozenset(
    (
        "of in on at by with from to for into than that which who and or but per each every "
        "de del en con por para que y o e a al los las el la lo su sus "
        "has have had was were is are be been will would said says dijo "
        "the this these those its their his her our este esta estos estas "
        "em com pelo pela no na nos nas do da dos das foram são ao aos"
    ).split()
)
SINGULAR_NOUNS = frozenset({"flight", "vuelo", "voo", "plane", "airplane", "avión", "avion", "aeronave", "charter", "avião"})
# "the last flight", "el próximo vuelo": one flight, like an article, counted when something happens to it
ONE_OF_A_SERIES = frozenset({"last", "next", "final", "último", "última", "ultimo", "ultima", "próximo", "próxima", "proximo", "proxima",
                             "siguiente", "derradeiro"})
ARTICLES = frozenset({"a", "an", "one", "un", "una", "uno", "um", "uma", "another"})
FLIGHT_NUMBER_BEFORE = EndPattern(re.compile(r"\b(?:flight|vuelo|voo)\s*(?:no\.|n[uú]mero|number|#|nº|n\.º)?\s*$", re.IGNORECASE), words=2)
AIRCRAFT_MAKER_BEFORE = EndPattern(re.compile(r"\b(?:Boeing|Airbus|Embraer|Bombardier|McDonnell Douglas|Lockheed|Antonov|Ilyushin|Tupolev|"
                                              r"A|B|C|MD|CRJ|ERJ|E|KC|IL|AN)[- ]?$"), words=2)
LISTED_ONES = frozenset({"one", "uno", "una", "um", "uma"})  # "… four to Guatemala and one to El Salvador"
SUBSET_OF_BEFORE = EndPattern(re.compile(
    r"(?<![\w.,])(?P<n>\d+|[^\W\d_]+)\s+(?:of|de)\s+(?:the|those|these|them|los|esos|estos|las|esas|estas|os|esses)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
), words=4)
# "suman 12 los vuelos", "son ya 40 los vuelos", "ascienden a 300 los vuelos": the Spanish count before its article
TALLY_THEN_ARTICLE = EndPattern(re.compile(
    r"\b(?:suman|sumaban|sumaron|son|eran|fueron|ascienden\s+a|ascendieron\s+a|llegan\s+a|llegaron\s+a|alcanzan|alcanzaron|van|llevan|"
    r"totalizan|totalizaron)\s+(?:ya\s+)?(?:(?P<q>m[aá]s\s+de|al\s+menos|casi|unos|unas|cerca\s+de)\s+)?(?P<n>[\d.,]+|[^\W\d_]+)\s+(?:los|las)\s+$",
    re.IGNORECASE,
), words=7)  # "ascendieron a ya más de 40 los"
ORDINAL_DIGITS_BEFORE = EndPattern(re.compile(
    r"(?<![\w.,])(?P<n>\d{1,4})\s?(?:st|nd|rd|th|er|ro|ra|do|da|to|ta|vo|va|mo|ma|no|na|º|ª|°)\.?\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE
), words=4)
NUMBERED_FLIGHT = re.compile(r"^\s+(?:número|number|no\.|n\.º|nº)\s*(?P<n>\d{1,4})\b", re.IGNORECASE)
ORDINAL_OWNERS = EndPattern(re.compile(r"(?:\b(?:its|the|their|his|her|a|su|sus|el|la|los|las|o|a)\s+)$", re.IGNORECASE), words=1)

QUALIFIER_RES = [(Qualifier(cue.name), EndPattern(re.compile(rf"\b(?:{cue.alternation})\s*$", re.IGNORECASE), words=3)) for cue in QUALIFIER_CUES]
RANGE_BEFORE = EndPattern(re.compile(r"(?:between|entre|from|de)?\s*(?P<low>[\w,.-]+)\s*(?:to|and|or|-|–|a|y|o|u|ou|e)\s*$", re.IGNORECASE), words=3)
RATE_AFTER = re.compile(
    r"^[\w\s-]{0,40}?\b(?:a|per|each|every|al|por|a la|cada|por cada)\s+(?:week|day|month|year|semana|d[ií]a|mes|a[nñ]o|semana|m[eê]s)\b"
    r"|^\s*(?:[\w-]+\s+){0,3}?(?:weekly|daily|monthly|a week|diarios|semanales|mensuales|por semana|al d[ií]a|al mes|semanais|por m[eê]s)\b",
    re.IGNORECASE,
)
AVERAGE_BEFORE = EndPattern(re.compile(r"(?:average|averaging|an average of|promedio de|un promedio de|en promedio|média de)\s*$", re.IGNORECASE), words=3)
CHANGE_MODIFIER = re.compile(r"^(?:fewer|less|menos)$", re.IGNORECASE)
COMPARATIVE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:than|que|compared|comparado)\b", re.IGNORECASE)
MORE_BEFORE = EndPattern(re.compile(r"\b(?:more|más|mais)\s*$", re.IGNORECASE), words=1)  # "more flights than", said of the noun
CHANGE_AFTER = re.compile(r"^\s*(?:menos|m[aá]s|a menos|a m[aá]s)\s+(?:que|de lo)\b|^\s*menos\b", re.IGNORECASE)
DOZEN_OF = EndPattern(re.compile(r"\b(?:(?:una|a)\s+)?(?:docena|dúzia)\s+de\s*$", re.IGNORECASE), words=3)
CHANGE_BEFORE = EndPattern(re.compile(r"(?:\bup|\bdown|increase of|decrease of|rise of|drop of|fall of|aumento de|disminuci[oó]n de|incremento de|"
                           r"\bsupera(?:ba|n)? en|\bsuper[oó] en|\bexceed(?:s|ed)? (?:[\w'’]+ ){0,3}by|\bsupera (?:\w+ )?em|"
                           r"reducci[oó]n de|ca[ií]da de|descenso de|baja de|alza de|subida de|redu[cç][aã]o de|aumento de)\s*$",
                           re.IGNORECASE), words=5)
DURATION_MODIFIER = re.compile(r"\d+\s*-?\s*(?:hour|minute|day|week|hora|minuto|d[ií]a|semana)s?\b", re.IGNORECASE)
CARGO_AFTER = re.compile(r"^\s*(?:of|with|carrying|de|con|llenos de|cargados de|com|levando|carregados de|cheios de)\s+"
                         rf"(?:humanitarian\s+)?(?:{CARGO.alternation})\b", re.IGNORECASE)
RATE_MODIFIER = re.compile(r"\b(?:weekly|daily|monthly|yearly|semanales|diarios|mensuales|anuales|semanais|di[aá]rios|mensais)\b", re.IGNORECASE)
DELTA_AFTER = re.compile(r"^\s*(?:higher|lower|fewer|less|menos|a menos)\b", re.IGNORECASE)
MORE_AFTER = re.compile(r"^\s*(?:more|m[aá]s|a m[aá]s|mais|a mais)\b(?!\s*:)", re.IGNORECASE)
COMPARISON = re.compile(rf"\b(?:{COMPARISON_CUE.alternation})\b", re.IGNORECASE)
FRACTION_BEFORE = EndPattern(re.compile(r"\b(?:de cada|out of every|in every|one in|uno de cada|una de cada|of every)\s*$", re.IGNORECASE), words=3)
PROJECTION = re.compile(rf"\b(?:{PROJECTION_CUE.alternation})\b", re.IGNORECASE)
LEG_AFTER_NOUN = re.compile(rf"^\s+(?:de\s+)?(?:{NOT_A_REMOVAL_LEG.alternation})\b", re.IGNORECASE)  # Spanish and Portuguese say it after
TRANSFER_AFTER = re.compile(rf"^[^.;,]{{0,40}}?\b(?:{TRANSFER_WORDS})", re.IGNORECASE)  # within the count's own phrase
FLEET_VERB = re.compile(rf"\b(?:{FLEET_WORDS})\b", re.IGNORECASE)
MOVEMENT_VERB = re.compile(rf"\b(?:{MOVEMENT_WORDS})\b", re.IGNORECASE)

STATUS_PATTERNS = [(Status(cue.name), rf"\b(?:{cue.alternation})\b") for cue in STATUS_CUES]
PEOPLE = rf"(?:{PASSENGER_NOUNS})"
PER_FLIGHT = re.compile(
    rf"\beach\s+(?:\w+\s+){{0,2}}?(?:carrying|transporting|with|holding)\s+(?:(?:approximately|about|around|some|nearly|roughly|up to)\s+)?"
    rf"(?P<n>[\d,.]+|\w+)\s+{PEOPLE}|\bcada\s+uno\s+con\s+(?:(?:unos|unas|alrededor de|cerca de)\s+)?(?P<n_es>[\d,.]+|\w+)\s+{PEOPLE}"
    # 'carrying about 80 migrants each', 'con 80 deportados cada uno'
    rf"|\b(?:carrying|transporting|with|con|llevando|transportando|com)\s+(?:(?:approximately|about|around|some|nearly|roughly|up to|unos|unas|"
    rf"alrededor de|cerca de)\s+)?(?P<n_after>[\d,.]+|\w+)\s+(?:[^\W\d_]+\s+)?{PEOPLE}\s+(?:each|apiece|cada\s+un[oa])\b",
    re.IGNORECASE,
)
TOTAL_PEOPLE = re.compile(
    rf"\b(?:carrying|carried|transporting|transported|picked up|with|aboard|con|com|llevando|llev[oó]|transportando|transport[oó]|"
    rf"trasladando|traslad[oó]|levando|levou|a bordo de)\s+"
    rf"(?:(?:approximately|about|around|some|nearly|almost|roughly|more than|over|unos|unas|alrededor de|cerca de|casi|m[aá]s de)\s+)?"
    rf"(?P<n>[\d,.]+|\w+)\s+(?:[^\W\d_]+\s+)?(?P<who>{PEOPLE})"
    rf"|\b(?P<n2>\d[\d,.]*)\s+(?:[^\W\d_]+\s+)?(?P<who2>{PEOPLE})\s+"  # "135 nationals on a flight", "1,200 people were deported on 9 flights"
    rf"(?:(?:were|fueron|foram)\s+(?:deported|returned|removed|repatriated|flown|deportad[oa]s|retornad[oa]s|repatriad[oa]s|devuelt[oa]s)\s+)?"
    rf"(?:on|aboard|in|en|a bordo de)\s+"
    rf"(?:a|an|the|one|two|three|four|five|\d+|un|una|el|dos|tres|cuatro|cinco)\s+(?:[^\W\d_]+\s+)?"
    rf"(?:flights?|vuelos?|voos?|charters?|planes?|avi[oó]n(?:es)?)\b"
    rf"|\b(?P<n3>\d[\d,.]*)\s+(?:[^\W\d_]+\s+)?(?P<who3>{PEOPLE})\s+(?:on board|aboard|a bordo)\b",  # "had 126 nationals on board"
    re.IGNORECASE,
)
PEOPLE_AT_LARGE = re.compile(ANY_NATIONALITY_NOUNS, re.IGNORECASE)  # not where they are from: any of them may be on any stop of a flight
# 'The plane, a Boeing 737, had 126 people on board': the sentence after a single flight names who was on it
THE_AIRCRAFT = re.compile(
    r"^(?:the|that|this)\s+(?:plane|aircraft|airplane|flight|charter|jet)\b|^(?:el|la|ese|esa|dicho|dicha)\s+(?:avi[oó]n|aeronave|vuelo)\b"
    r"|^(?:o|a|esse|essa)\s+(?:avi[aã]o|aeronave|voo)\b",
    re.IGNORECASE,
)
YEAR_BEFORE = EndPattern(re.compile(r"\b(?:in|en|since|desde|of|de|by|until|hasta)\s*$", re.IGNORECASE), words=1)
ARRIVAL_HERE = re.compile(
    r"\b(?:lleg\w*|aterriz\w*|arrib\w*|se recibi\w*|recibi\w*|arrived|arriving|landed|landing|al pa[ií]s|el pa[ií]s|the country|"
    r"chegaram|pousaram)\b",
    re.IGNORECASE,
)
REGION_DESTINATION = re.compile(rf"\b(?:to|a|hacia|para|ao|à|aos)\s+(?:\w+\s+){{0,2}}(?:{REGION_NAMES})\b", re.IGNORECASE)
EACH_BEFORE = EndPattern(re.compile(r"\b(?:each|cada uno|cada una)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE), words=3)
PARTS_FOLLOW = re.compile(r"\s*(?:m[aá]s|more|adicionales|additional|in all|en total)?\s*:\s*", re.IGNORECASE)
TECHNICAL_TURNBACK = LowercasePattern(
    r"\b(?:turned|turns|turning) back\s+(?:with|because of|due to|after|over)\b[^,.;]{0,40}?\b(?:mechanical|technical|engine|weather|fuel|"
    r"maintenance)\w*|\b(?:regres[oó]|volvi[oó]|retorn[oó])\s+(?:por|debido a)\b[^,.;]{0,40}?\b(?:falla|mec[aá]nic|t[eé]cnic|clima|"
    r"combustible)\w*"
)
FUTURE_TENSE = LowercasePattern(r"\b\w+(?:ar|er|ir|dr|br|rr)(?:á|án)\b")  # llegarán, saldrán: searched only where an á is
STATUS_CACHE_SIZE = 4096
STATUS_RES = [(name, LowercasePattern(pattern)) for name, pattern in STATUS_PATTERNS]
PAST_REPORT = re.compile(r"\b(?:was|were|had|fue|fueron|hubo|hab[ií]a|foi|foram)\b", re.IGNORECASE)
PREDICATE_BEFORE = EndPattern(re.compile(
    r"\b(?:called it|calling it|it was|it is|this was|was the|is the|marking|marked|marks|described as|as the|fue el|es el|era el|"
    r"fue la|es la|marc[oó]|marca|como el|como la|se trata del?|chamou de|foi o|[eé] o|that is,?|es decir,?|i\.e\.,?)\s+"
    r"[\"“«']?\s*(?:(?:the|el|la|o|a)\s+)?[\"“«']?\s*$",
    re.IGNORECASE,
), words=6)
DEFINITE_BEFORE = EndPattern(re.compile(
    r"(?:\b(?P<same>the same|los mismos|las mismas|esos mismos|those|these|esos|estos|esas|estas|both|ambos|os mesmos)|"
    r"\b(?:the|los|las|os|as))\s+$",
    re.IGNORECASE,
), words=2)
DEFINITE_SUBJECT = re.compile(
    r"^\W*(?:el|the|this|este|la|o)\s+(?:[^\W\d_]+\s+){0,2}?(?:vuelo|flight|avi[oó]n|plane|charter|aeronave|voo)\b", re.IGNORECASE
)
CLAUSE_BREAK = re.compile(r",\s+(?:y|and|e|mientras(?: que)?|while|but|pero|whereas)\b|;\s")
NEXT_TEXT_LINE = re.compile(r"\n\s*([^\n]*\S[^\n]*)")


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

    @property
    def path(self) -> str:
        """How the claim was read, most telling part first: 'mention/<count>/dest:<from>/status:<from>/origin:<from>'.

        The count's shape (a number bound to a flight noun, an elided noun after a place, ...), then where the
        destinations, the status and the origin came from (its own clause, the sentence, the sentence before,
        the document's context, a cue or tense). ``transforms.confidence`` gives each path its measured precision.
        """
        steps = self.steps
        return "/".join(("mention", steps.get("count", "bound"), f"dest:{steps.get('dest', 'none')}",
                         f"status:{steps.get('status', 'unknown')}", f"origin:{steps.get('origin', 'none')}"))

    def as_row(self) -> dict:
        """The mention's columns for flight_mentions."""
        return {**{name: getattr(self, name) for name in MENTION_FIELDS}, "path": self.path}

    def completeness(self) -> int:
        """How much the claim says: used to keep the fuller of two restatements."""
        return sum(
            value not in (None, [])
            for value in (self.origin_country, self.destination_countries, self.period_start, self.passengers_per_flight, self.passengers)
        ) + (self.status != Status.UNKNOWN)


MENTION_FIELDS = tuple(f.name for f in fields(Mention) if f.name != "steps")



@dataclass
class _Count:
    flights: int
    qualifier: str
    flights_max: int | None = None
    ordinal: int | None = None
    article: bool = False
    each: bool = False
    reference: str | None = None  # "predicate": "the 23rd flight" said of a flight already counted; "definite": "the two flights"


def _tokens(text: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(text))


def _joined(text: str, tokens: list[re.Match[str]]) -> str | None:
    """The text of consecutive tokens, or None if punctuation other than a hyphen separates them."""
    for left, right in itertools.pairwise(tokens):
        if text[left.end():right.start()].strip(" -"):
            return None
    return text[tokens[0].start():tokens[-1].end()]


@lru_cache(maxsize=INPUT_CACHE_SIZE)
def parse_ordinal(token: str, language: str | None) -> int | None:
    """``third`` → 3, ``tercer`` → 3; None for cardinals and other words."""
    if parse_count(token, language) is not None:
        return None
    for candidate in [language] if language in ("en", "es", "pt") else ["en", "es", "pt"]:
        converted = alpha2digit(token.lower(), candidate, threshold=0)
        match = re.fullmatch(r"(\d+)(?:st|nd|rd|th|º|ª|\.?ᵉʳ|er|o|a)?", converted)
        if converted != token.lower() and match:
            return int(match.group(1))
    return None


def _qualifier_match(before: str) -> tuple[str, re.Match[str]] | None:
    """The qualifier (``about``, ``al menos``) that ends ``before``, with where it stands: the longest that does
    (``no more than`` is at most, not ``more than``)."""
    found = [(name, match) for name, pattern in QUALIFIER_RES if (match := pattern.search(before))]
    return min(found, key=lambda item: item[1].start()) if found else None


def _qualifier(before: str) -> str:
    found = _qualifier_match(before)
    return found[0] if found else Qualifier.EXACT


def _count_before(sentence: str, noun: re.Match[str], language: str | None) -> tuple[_Count, int] | None:
    """The count bound to a flight noun: ``[qualifier] COUNT [modifiers] NOUN``; returns it and where it starts."""
    before = sentence[: noun.start()]
    numbered = NUMBERED_FLIGHT.match(sentence[noun.end():])
    owner = ORDINAL_OWNERS.search(before)
    if numbered and noun.group().lower() in SINGULAR_NOUNS and owner:
        return _Count(1, Qualifier.EXACT, ordinal=int(numbered.group("n"))), owner.start()
    subset = SUBSET_OF_BEFORE.search(before)
    if subset and (value := parse_count_word(subset.group("n"), language)) is not None:  # "Nine of the flights went to Honduras"
        return _Count(value, _qualifier(before[: subset.start()])), subset.start()
    tally = TALLY_THEN_ARTICLE.search(before)
    if tally and (value := parse_count_word(tally.group("n"), language)) is not None:
        return _Count(value, _qualifier(before[: tally.start("n")])), tally.start("n") - (len(tally.group("q")) + 1 if tally.group("q") else 0)
    written = ORDINAL_DIGITS_BEFORE.search(before)
    if written and noun.group().lower() in SINGULAR_NOUNS:  # "1er vuelo", "2do vuelo", "the 3rd flight": one flight each
        return _Count(1, Qualifier.EXACT, ordinal=int(written.group("n"))), written.start()
    dozen = DOZEN_OF.search(before)
    if dozen:
        qualifier = _qualifier(before[: dozen.start()])
        return _Count(12, Qualifier.APPROX if qualifier == Qualifier.EXACT else qualifier), dozen.start()
    tokens = _tokens(before)
    if not tokens or before[tokens[-1].end():].strip(" -"):
        return None
    for n_modifiers in range(min(MAX_MODIFIERS, len(tokens)) + 1):
        modifiers = tokens[len(tokens) - n_modifiers:]
        if modifiers and (_joined(before, modifiers) is None or _breaks(tokens, len(tokens) - n_modifiers)):
            return None
        if any(CHANGE_MODIFIER.match(m.group()) for m in modifiers):
            return None
        head = tokens[: len(tokens) - n_modifiers]
        found = _count_at_end(before, head, language, noun)
        if found:
            return found
        if modifiers and (parse_count_word(modifiers[0].group(), language) is not None or modifiers[0].group().lower() in ARTICLES):
            return None
    return None


NAME_JOINERS = frozenset({"and", "of", "de", "y", "e", "do", "da"})


def _breaks(tokens: list[re.Match[str]], first: int) -> bool:
    """Whether a word from ``tokens[first:]`` (between a count and its flight noun) ends the phrase (``of``, ``and``, ``were``),
    unless it joins the words of a name ("two Immigration and Customs Enforcement planes": a capitalised word on each side)."""
    words = [m.group() for m in tokens]
    for index in range(first, len(words)):
        word = words[index]
        if word.lower() not in BREAK_WORDS:
            continue
        inside_name = (word in NAME_JOINERS and 0 < index < len(words) - 1 and words[index - 1][:1].isupper() and words[index + 1][:1].isupper())
        if not inside_name:
            return True
    return False


def _count_at_end(before: str, head: list[re.Match[str]], language: str | None, noun: re.Match[str]) -> tuple[_Count, int] | None:
    if not head:
        return None
    for size in range(min(MAX_COUNT_TOKENS, len(head)), 0, -1):
        words = head[len(head) - size:]
        text = _joined(before, words)
        if text is None or "%" in text or "$" in text:
            continue
        value = parse_count_word(text, language)
        if value is None:
            continue
        start = words[0].start()
        prefix = before[:start]
        if len(text) == 4 and text.isdigit() and 1900 <= value <= 2100 and YEAR_BEFORE.search(prefix):
            return None
        if AVERAGE_BEFORE.search(prefix) or CHANGE_BEFORE.search(prefix):
            return None
        if value > 1 and noun.group().lower() in SINGULAR_NOUNS and ORDINAL_OWNERS.search(prefix):
            return _Count(1, Qualifier.EXACT, ordinal=value), start
        low = RANGE_BEFORE.search(prefix)
        if low:
            low_value = parse_count_word(low.group("low"), language)
            if low_value is not None and low_value < value:
                return _Count(low_value, Qualifier.RANGE, flights_max=value), low.start()
        qualifier = _qualifier(prefix)
        return _Count(value, Qualifier.APPROX if qualifier == Qualifier.EXACT and DOZEN.match(text) else qualifier), start
    last = head[-1]
    word = last.group().lower()
    ordinal = parse_ordinal(last.group(), language)
    if ordinal and ORDINAL_OWNERS.search(before[: last.start()]):
        return _Count(1, Qualifier.EXACT, ordinal=ordinal), last.start()
    if word in ARTICLES and word != "another" and not noun.group().lower().endswith(("s", "es")):
        return _Count(1, Qualifier.EXACT, article=True), last.start()
    singular = noun.group().lower() in SINGULAR_NOUNS
    if word in ONE_OF_A_SERIES and singular and ORDINAL_OWNERS.search(before[: last.start()]):  # "se espera el último vuelo del año"
        return _Count(1, Qualifier.EXACT, article=True), last.start()
    return None


@lru_cache(maxsize=STATUS_CACHE_SIZE)
def status_of(sentence: str) -> str:
    """completed, planned, denied or cancelled, as the clause's verbs say; a mechanical turn-back is no denial.

    Cached: a sentence's status is asked for the sentence, then again for each of its clauses.
    """
    lowered = TECHNICAL_TURNBACK.blanked_in(lowercase(sentence))
    for name, pattern in STATUS_RES:
        if pattern.found_in(lowered) or (name == Status.PLANNED and "á" in sentence and FUTURE_TENSE.found_in(lowered)):
            return name
    return Status.UNKNOWN



def _number(text: str | None, language: str | None) -> int | None:
    return parse_count_word(text, language) if text else None


def _passengers(sentence: str, flights: int, language: str | None, stops: int = 1) -> tuple[int | None, int | None]:
    """(total, per flight) people on board, when the sentence says.

    On a flight with several ``stops`` the people of one nationality ('41 peruanos') are those of one stop, not the flight's.
    """
    per = PER_FLIGHT.search(sentence)
    if per:
        each = _number(per.group("n") or per.group("n_es") or per.group("n_after"), language)
        if each is not None:
            return each * flights, each
    total = TOTAL_PEOPLE.search(sentence)
    if total and (stops <= 1 or PEOPLE_AT_LARGE.fullmatch(total.group("who") or total.group("who2") or total.group("who3"))):
        people = _number(total.group("n") or total.group("n2") or total.group("n3"), language)
        if people is not None:
            return people, people if flights == 1 else None
    return None, None


def _period(sentence: str, language: str | None, published: dt.date | None) -> Period | OpenPeriod | None:
    """The period a sentence states: days or a month, then relative words, then several months, a year or an open end."""
    return (find_period(sentence, language, published) or find_relative_period(sentence, language, published)
            or find_day(sentence, language, published) or find_span_period(sentence, language, published))


def _exclusion(sentence: str, noun: re.Match[str], count: _Count, status: str, start: int, language: str | None) -> str | None:
    """The trap a count bound to a flight noun falls in, if any: rates, averages, changes, fractions, fleets, projections,
    transfers and dates next to the noun are not flight counts. The name says which (``flightwatch explain`` shows it)."""
    after = sentence[noun.end():]
    before = sentence[:start]
    modifiers = sentence[start:noun.start()]
    traps = (
        ("word_after_noun_not_a_flight", lambda: NOUN_BLOCKERS.match(after)),
        ("rate", lambda: RATE_AFTER.match(after) or RATE_MODIFIER.search(modifiers)),  # "two flights a week", "weekly flights"
        ("change", lambda: CHANGE_AFTER.match(after) or DELTA_AFTER.match(after)),  # "13 vuelos menos", "four fewer"
        ("fraction", lambda: FRACTION_BEFORE.search(before)),  # "seis de cada diez vuelos"
        ("comparison", lambda: (COMPARATIVE_AFTER.match(after) and MORE_BEFORE.search(sentence[: noun.start()]))
         or (MORE_AFTER.match(after) and COMPARISON.search(sentence))),
        ("fleet", lambda: AIRCRAFT_NOUN.match(noun.group()) and FLEET_VERB.search(sentence) and not MOVEMENT_VERB.search(sentence)),
        ("duration_or_cargo", lambda: DURATION_MODIFIER.search(modifiers) or CARGO_AFTER.match(after)),  # "a 5-hour flight"
        ("projection", lambda: PROJECTION.search(sentence)),
        ("transfer", lambda: TRANSFER_AFTER.match(after)),
        # "400 domestic shuffle flights", "40 vuelos internos", "12 voos vazios"
        ("not_a_removal_leg", lambda: NOT_REMOVAL_RE.search(sentence[start:noun.end()]) or LEG_AFTER_NOUN.match(after)),
        ("date_before_noun", lambda: ends_with_date_word(before, language, months_only=True) and not count.article and not count.ordinal),
        ("article_without_event", lambda: count.article and status == Status.UNKNOWN),  # "a flight" that nothing happened to
    )
    return next((name for name, holds in traps if holds()), None)


NUMBER_TOKEN = re.compile(rf"(?<![\w.,/$#])(?:{DIGIT_COUNT})(?![\w/%]|[.,]\d)|\b[^\W\d_]+\b")
# "10 of them to Guatemala": a share of the count before
SHARE_OF_THEM = r"(?:of them\s+|de ellos\s+|de los cuales\s+|deles\s+|dos quais\s+)?"
TO_PLACE = re.compile(
    rf"^\s+{SHARE_OF_THEM}(?P<each>each\s+|cada\s+uno\s+|cada\s+una\s+|cada\s+um\s+)?(?:{SENT_TO.alternation})\s+",
    re.IGNORECASE,
)
FROM_PLACE = re.compile(
    rf"^\s+{SHARE_OF_THEM}(?:(?:came|were|departed|left|foram)\s+)?(?:{SENT_FROM.alternation})\s+",
    re.IGNORECASE,
)
ARTICLE_BEFORE_PLACE = re.compile(r"(?:the|la|el|los|las|o|a|os|as)\s+", re.IGNORECASE)
PAIR_BEFORE = EndPattern(
    re.compile(r"(?:^|[,;:]\s*|\s(?:y|and|e)\s+|\b(?:seguid[oa]s? (?:de|por)|followed by|then|luego|depois)\s+)(?:(?:a|to|o|a)\s+)?$",
               re.IGNORECASE), words=3
)
PAIR_AFTER = re.compile(
    r"^\s*(?:\(\s*(?P<n1>\d+)\s*\)|(?::|,?\s+(?:con|with|com))?\s+(?P<n2>\d+))"
    r"(?=\s*(?:[,;.)]|\s(?:y|and|e|in|en|em|during|durante|over|last)\s|$))"
)
RECEIVED_BEFORE = EndPattern(re.compile(
    rf"\b(?:{RECEIVED.alternation})\s+(?:(?:just|only|solo|sólo|apenas|merely|another|otros|outros|mais)\s+)?$", re.IGNORECASE,
), words=2)
PRIOR_BEFORE = EndPattern(re.compile(
    r"\b(?:(?:up|down)\s+from|frente a(?:\s+los)?|compared (?:with|to)|against|contra(?:\s+los)?|"
    r"(?P<tally>(?:count|number|figure|total|tally|cifra|n[uú]mero|conteo|registro)\s+(?:was|is|had been|fue|era|de|ascendi[oó] a|lleg[oó] a)|"
    r"\b(?:brings?|brought|bringing|raises?|raised|takes?|took|lleva|llevan|eleva|elevan|elev[oó])\s+(?:the|el|la)\s+(?:total|tally|count|"
    r"cifra|n[uú]mero|conteo)\b[^.;]{0,80}?\s(?:to|a|hasta)))\s+$",
    re.IGNORECASE,
), words=48)
# "En agosto, el mes con más operaciones, llegaron 19": in Spanish and Portuguese the verb of arrival may come before a count
# whose noun is left out
ARRIVED_BEFORE = EndPattern(re.compile(rf"\b(?:{ARRIVED_FIRST.alternation})\s+$", re.IGNORECASE), words=1)
INCLUDING_BEFORE = EndPattern(re.compile(rf"\b(?:{INCLUDING.alternation})\s+$", re.IGNORECASE), words=2)
MOVED_AFTER = re.compile(
    r"^\s+(?:(?:more|additional|más|otros|otras|mais|outros|outras)\s+)?"
    r"(?:(?:have|has|had|were|had been|are|will|could|would|se|están|serán|foram|est[aã]o|ser[aã]o|t[eê]m)\s+)?"
    r"(?:landed|arrived|departed|left|took off|flown|flew|went|headed|aterrizaron|llegaron|salieron|partieron|despegaron|fueron a|"
    r"han llegado|han aterrizado|"
    r"arribaron|planned|scheduled|expected|programad[oa]s|previst[oa]s|esperan|llegar[aá]n|arrive|land|"
    r"pousaram|chegaram|sa[ií]ram|partiram|decolaram|foram para|chegar[aã]o|pousar[aã]o)\b",
    re.IGNORECASE,
)
# What may follow a count whose noun is left out: not a noun of its own (people, days, percent).
ELIDED_FOLLOWERS = frozenset(
    "in en during durante entre between from desde de del this last este esta el la los las that que on y and each cada at by over "
    "more más so así while mientras but pero for por para to a al hacia have has had were was han se "
    "em no na nos nas do da dos das neste nesta nesse nessa o os as e ao à aos mais até foram".split()
)


@lru_cache(maxsize=INPUT_CACHE_SIZE)
def _may_count_word(word: str, language: str | None) -> bool:
    """A number word (``six``, ``veinte``, ``dozen``; articles excluded), or a ``one`` that counts inside a list."""
    return parse_count_word(word, language) is not None or word.lower() in LISTED_ONES


def _followed_by_noun(after: str) -> bool:
    """True when a word other than a connector follows the number (``17 personas``, ``40 minutes``)."""
    match = re.match(r"^\s*(?P<w>[^\W\d_]+|%|\d)", after)
    return match is not None and match.group("w").lower() not in ELIDED_FOLLOWERS


def _number_at(sentence: str, token: re.Match[str], language: str | None, listed: bool = False) -> int | None:
    """The count a number token states; ``one``/``uno`` only inside a list (``… four to Guatemala and one to El Salvador``)."""
    text = token.group()
    if text.lower() in LISTED_ONES:
        return 1 if listed else None
    if text.lower() in ("a", "an", "one", "un", "una", "uno") and not text.isdigit():
        return None
    value = parse_count_word(text, language)
    if value is None or (len(text) == 4 and text.isdigit() and 1900 <= value <= 2100):
        return None
    if FLIGHT_NUMBER_BEFORE.search(sentence[: token.start()]) or AIRCRAFT_MAKER_BEFORE.search(sentence[: token.start()]):
        return None  # "American Airlines flight 1234" is a flight's number, "the Boeing 787" a model
    if ends_with_date_word(sentence[: token.start()], language, months_only=True):  # "Oct. 18", "the June 9 flight"
        return None
    return value


def _subject_places(sentence: str, end: int) -> list[str]:
    """The countries that open the clause ending at ``end`` and those joined to them (``Ecuador y Colombia sumaron``)."""
    breaks = list(CLAUSE_BREAK.finditer(sentence, 0, end))
    start = breaks[-1].end() if breaks else 0
    places = [p for p in find_places(sentence[start:end]) if p.kind in ("country", "demonym")]
    run: list[str] = []
    for index, place in enumerate(places):
        if index and not COORDINATION.fullmatch(sentence[start + places[index - 1].end:start + place.start]):
            break
        run.append(place.country)
    return run


# "; en febrero, 12", ", in March 10": a month opening the next item of a list of monthly counts
MONTH_BEFORE = EndPattern(re.compile(r"(?:^|[;,]\s*|\s(?:y|and|e)\s+)(?:en|in|em|durante|during)\s+(?P<m>[^\W\d_]+)\s*,?\s*$", re.IGNORECASE),
                          words=4)


# "seguido de noviembre (61) y agosto (58)": a month with its count in brackets, after a count of flights
MONTH_ITEM_BEFORE = EndPattern(re.compile(r"\b(?P<m>[^\W\d_]+)\s*\(\s*$", re.IGNORECASE), words=2)


def find_elided(sentence: str, language: str | None, taken: list[tuple[int, int]], flight_context: bool, listed: bool) -> list[_Candidate]:
    """Counts whose flight noun is left out but whose shape says they count flights.

    ``14 to Haiti`` and ``Honduras 116`` continue a list (``listed``: the sentence already counts
    flights); ``recibió 17``, ``up from 115``, ``April's count was 34``, ``at least 38 have landed``
    and ``incluidos seis`` need a sentence about flights, or one right after it.
    """
    numbers = [t for t in NUMBER_TOKEN.finditer(sentence) if t.group()[0].isdigit() or _may_count_word(t.group(), language)]
    if not numbers:
        return []
    found: list[_Candidate] = []
    places = find_places(sentence)
    if listed:
        for place in places:
            pair = PAIR_AFTER.match(sentence[place.end:])
            if not pair or not PAIR_BEFORE.search(sentence[: place.start]):
                continue
            number_start = place.end + pair.start("n1" if pair.group("n1") else "n2")
            if any(s <= number_start < e for s, e in taken):
                continue
            value = parse_count(pair.group("n1") or pair.group("n2"))
            if value is None:
                continue
            connector = re.search(r"(?:(?:a|to)\s+)?$", sentence[: place.start], re.IGNORECASE)  # always matches, maybe empty
            start = place.start - (len(connector.group()) if connector else 0)
            found.append(_Candidate(_Count(value, Qualifier.EXACT), start, place.end + pair.end(), destinations=[place.country], bound=False,
                                     shape="place_pair"))
    busy = taken + [(c.start, c.end) for c in found]
    for token in numbers:
        if any(s <= token.start() < e for s, e in busy):
            continue
        after, before = sentence[token.end():], sentence[: token.start()]
        candidate: _Candidate | None = None
        if listed and (to := TO_PLACE.match(after)):
            value = _number_at(sentence, token, language, listed=True)
            targets = _coordinated_places(sentence, token.end() + to.end(), places)
            if value is not None and targets:
                candidate = _Candidate(_Count(value, _qualifier(before), each=bool(to.group("each"))), token.start(),
                                       targets[-1][1], destinations=[c for c, _ in targets], bound=False, shape="to_place")
        if candidate is None and listed and (source := FROM_PLACE.match(after)):
            value = _number_at(sentence, token, language)
            origins = _coordinated_places(sentence, token.end() + source.end(), places)
            if value is not None and origins:
                candidate = _Candidate(_Count(value, _qualifier(before)), token.start(), origins[0][1], origin=origins[0][0], bound=False,
                                       shape="from_place")
        if candidate is None and listed and (month := MONTH_ITEM_BEFORE.search(before)) and month_numbers().get(month.group("m").lower()) \
                and after.startswith(")"):
            value = _number_at(sentence, token, language, listed=True)  # "con 66 vuelos, seguido de noviembre (61) y agosto (58)"
            if value is not None:
                candidate = _Candidate(_Count(value, Qualifier.EXACT), month.start(), token.end() + 1, bound=False, shape="month_item")
        if candidate is None and listed and (month := MONTH_BEFORE.search(before)) and month_numbers().get(month.group("m").lower()):
            value = _number_at(sentence, token, language, listed=True)  # "11 vuelos en enero; en febrero, 12; en marzo, 10"
            if value is not None and not _followed_by_noun(after):
                candidate = _Candidate(_Count(value, Qualifier.EXACT), month.start(), token.end(), bound=False, shape="month_list")
        if candidate is None and flight_context and (MOVED_AFTER.match(after) or not _followed_by_noun(after)) and not TRANSFER_RE.search(sentence):
            value = _number_at(sentence, token, language)
            low = RANGE_BEFORE.search(before)
            low_value = parse_count_word(low.group("low"), language) if low else None
            ranged = low is not None and low_value is not None and value is not None and low_value < value
            qualifier_start = low.start("low") if ranged and low else _qualifier_start(before)
            lead = before[:qualifier_start]
            prior = PRIOR_BEFORE.search(lead)
            if prior and not listed and not prior.group("tally"):
                prior = None
            triggered = (RECEIVED_BEFORE.search(lead) or prior or INCLUDING_BEFORE.search(lead) or MOVED_AFTER.match(after)
                         or ARRIVED_BEFORE.search(lead))
            if triggered and value is not None and not CHANGE_BEFORE.search(lead):
                destinations = _subject_places(sentence, len(lead)) if RECEIVED_BEFORE.search(lead) else None
                count = _Count(low_value, Qualifier.RANGE, flights_max=value) if ranged and low_value is not None else _Count(value, _qualifier(before))
                owned_from = prior.start() if prior and prior.group("tally") else qualifier_start  # 'bringing the total this year to 187'
                candidate = _Candidate(count, owned_from, token.end(), destinations=destinations or None, bound=False,
                                       shape="elided")
        if candidate:
            found.append(candidate)
            busy.append((candidate.start, candidate.end))
            listed = True  # "Of those, 120 went to Mexico, 80 to Guatemala": the first count opens the list
    return found


def _qualifier_start(before: str) -> int:
    """Where a qualifier (``about``, ``al menos``) right before a number starts, or the number's own start."""
    found = _qualifier_match(before)
    return found[1].start() if found else len(before)


def _coordinated_places(sentence: str, start: int, places: list[PlaceMatch]) -> list[tuple[str, int]]:
    """The place that starts at ``start`` and those joined to it by ``,``/``and``/``y``: (country, end)."""
    found: list[tuple[str, int]] = []
    position = start
    if not any(p.start == start for p in places) and (article := ARTICLE_BEFORE_PLACE.match(sentence, start)):
        position = article.end()
    for place in places:
        if place.start < position:
            continue
        if place.start != position:
            break
        found.append((place.country, place.end))
        joiner = re.match(r"^(?:\s*,\s*|\s+(?:and|y|e)\s+)", sentence[place.end:])
        if not joiner:
            break
        position = place.end + joiner.end()
    return found


@dataclass
class _Candidate:
    """A count found in a sentence, with the span it owns and any place that is its own."""

    count: _Count
    start: int
    end: int
    destinations: list[str] | None = None
    origin: str | None = None
    bound: bool = True
    shape: str = "bound"  # which step found the count: bound to its noun, or one of find_elided's shapes


def _bound_counts(sentence: str, language: str | None, status: str) -> list[_Candidate]:
    """Counts bound to a flight noun (``two similar flights``), rates, changes and fleets left out."""
    found: list[_Candidate] = []
    for noun in FLIGHT_NOUN.finditer(sentence):
        bound = _count_before(sentence, noun, language)
        if not bound:
            continue
        count, start = bound
        if _exclusion(sentence, noun, count, status, start, language) or any(start == c.start for c in found):
            continue
        lead = sentence[:start]
        destinations = None
        if (each := EACH_BEFORE.search(lead)) and not count.ordinal:
            destinations = _subject_places(sentence, each.start()) or None
            count.each = destinations is not None
        elif RECEIVED_BEFORE.search(lead[: _qualifier_start(lead)]):
            destinations = _subject_places(sentence, start) or None
        if count.ordinal and PREDICATE_BEFORE.search(lead):
            count.reference = "predicate"
        elif not count.article and not count.ordinal and (same := DEFINITE_BEFORE.search(lead)):
            count.reference = "same" if same.group("same") else "definite"
        found.append(_Candidate(count, start, noun.end(), destinations=destinations))
    if not found and status in (Status.CANCELLED, Status.DENIED) and (subject := DEFINITE_SUBJECT.match(sentence)):
        found.append(_Candidate(_Count(1, Qualifier.EXACT, article=True), subject.start(), subject.end(), shape="subject"))
    return found


def _boundary(sentence: str, start: int, end: int) -> int:
    """Where the clause of the count before ``end`` stops: the last clause break in ``sentence[start:end]``."""
    breaks = list(CLAUSE_BREAK.finditer(sentence, start, end))
    return breaks[-1].start() if breaks else end


def _clause(sentence: str, candidate: _Candidate) -> str:
    """The clause around a count: between the clause breaks before and after it."""
    before = list(CLAUSE_BREAK.finditer(sentence, 0, candidate.start))
    after = CLAUSE_BREAK.search(sentence, candidate.end)
    return sentence[before[-1].end() if before else 0: after.start() if after else len(sentence)]


def _segment(sentence: str, candidates: list[_Candidate], index: int) -> str:
    """The clause a count owns: between the clause breaks that separate it from the counts around it."""
    start = _boundary(sentence, candidates[index - 1].end, candidates[index].start) if index else 0
    end = _boundary(sentence, candidates[index].end, candidates[index + 1].start) if index + 1 < len(candidates) else len(sentence)
    return sentence[start:end]


def _sentence_mentions(
    sentence: str, offset: int, language: str | None, published: dt.date | None, previous: Route | None, flight_context: bool,
    known: set[int], has_noun: bool,
) -> list[Mention]:
    """Every count of one sentence, each with the route, status and period of the clause it sits in."""
    if not (has_noun or flight_context):
        return []
    status = status_of(sentence) if has_noun else None
    candidates = list(_bound_counts(sentence, language, status or Status.UNKNOWN)) if has_noun else []
    candidates += find_elided(sentence, language, [(c.start, c.end) for c in candidates], has_noun or flight_context,
                              bool(candidates) or has_noun or bool(flight_context and SHARE_LEAD.match(sentence)))
    candidates = [c for c in candidates if not _restated(c.count, known)]
    candidates = _drop_same_clause_articles(sentence, sorted(candidates, key=lambda c: c.start))
    if not candidates:
        return []
    status = status or status_of(sentence)
    route = sentence_route(sentence, language)
    period = _period(sentence, language, published)
    _union_of_parts(sentence, candidates)
    split_by_origin = any(c.origin and not c.bound for c in candidates)
    part_origins = {c.origin for c in candidates if c.origin and not c.bound}
    parts_total = sum(c.count.flights for c in candidates if c.origin and not c.bound)
    mentions: list[Mention] = []
    for index, candidate in enumerate(candidates):
        count = candidate.count
        routed = route.origin or route.destinations or (previous and (previous.origin or previous.destinations))
        if count.article and not routed and status not in (Status.CANCELLED, Status.DENIED):
            continue  # "a flight" with no route is a figure of speech unless something happened to it
        segment = _segment(sentence, candidates, index)
        if len(candidates) > 1 and WHOLE_BEFORE.match(sentence, 0, candidate.start) and (comma := sentence.find(",", candidate.end)) > 0:
            segment = sentence[:comma]  # "Of the 228 flights in August, Guatemala received 58": the whole ends at its comma
        own = sentence_route(segment, language) if len(candidates) > 1 else route
        whole_split = len(part_origins) == 1 and parts_total == count.flights  # "7 flights, 4 from Texas and 3 from Arizona"
        sentence_origin = route.origin if not split_by_origin or whole_split or candidate.origin else None  # "…, including two from Mexico"
        origin = candidate.origin or own.origin or sentence_origin or (previous.origin if previous else None)
        steps = {"count": "article" if count.article else "ordinal" if count.ordinal else candidate.shape,
                 "origin": "sentence" if candidate.origin or own.origin or sentence_origin else "previous" if origin else "none"}
        destinations = candidate.destinations or list(own.destinations)
        steps["dest"] = "count" if candidate.destinations else "clause"
        if split_by_origin:  # "Seven flights, 4 of them from Texas and 3 from Arizona, landed in Guatemala"
            destinations, steps["dest"] = list(route.destinations), "sentence"
        if not destinations and len(candidates) == 1:
            steps["dest"] = "sentence" if route.destinations else "previous"
            destinations = list(route.destinations) or ([d for d in previous.destinations if d != origin] if previous else [])
        if REGION_DESTINATION.match(sentence, candidate.end + 1):  # "19 removal flights to 7 countries, the busiest week for Mexico"
            destinations, steps["dest"] = [], "region"
        if not destinations and index and mentions and not REGION_DESTINATION.search(segment):
            destinations = list(mentions[-1].destination_countries)  # "it had received three flights ... and would receive another four"
            steps["dest"] = "count_before"
        if not destinations and steps["dest"] != "region":
            steps["dest"] = "none"
        clause_status = status_of(segment if len(candidates) > 1 else _clause(sentence, candidate))
        steps["status"] = "clause"
        if clause_status == Status.UNKNOWN:
            clause_status, steps["status"] = status, "sentence"
        if clause_status == Status.UNKNOWN and PAST_REPORT.search(sentence):
            clause_status, steps["status"] = Status.COMPLETED, "past_tense"
        if clause_status == Status.UNKNOWN:
            steps["status"] = "unknown"
        clause_period = (_period(segment, language, published) if len(candidates) > 1 else None) or _shared_period(
            period, sentence, segment, len(candidates))
        if clause_status == Status.PLANNED and isinstance(clause_period, Period) and published and clause_period.end < published:
            clause_period = _ahead(clause_period)  # "30 flights are planned for February", written in January
        total, per_flight = _passengers(segment, count.flights, language, 1 if count.each else len(destinations))
        for destination_set in _each(candidate, destinations):
            mentions.append(Mention(
                flights=count.flights, qualifier=count.qualifier, status=clause_status, evidence=sentence, char_start=offset,
                char_end=offset + len(sentence), origin_country=origin, destination_countries=destination_set,
                flights_max=count.flights_max, ordinal=count.ordinal, passengers=total, passengers_per_flight=per_flight,
                period_start=clause_period.start if clause_period else None, period_end=clause_period.end if clause_period else None,
                period_precision=clause_period.precision if clause_period else None, steps=dict(steps),
            ))
    return mentions


def _drop_same_clause_articles(sentence: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """``its third flight ... on a chartered plane`` is one flight: an article count in the clause of another count goes.

    ``Um avião … pousou …, o 24º voo desde o acordo``: an ordinal beside an article count names the same flight, and lends it its number.
    """
    articles = [c for c in candidates if c.count.article]
    ordinals = [c for c in candidates if c.count.ordinal and c.count.flights == 1]
    if articles and ordinals:
        articles[0].count.ordinal = ordinals[0].count.ordinal
        return [c for c in candidates if c not in ordinals]
    kept = []
    for candidate in candidates:
        if candidate.count.article:
            near = [c for c in candidates if not c.count.article and c is not candidate]
            if any("," not in sentence[min(c.end, candidate.end):max(c.start, candidate.start)] for c in near):
                continue
        kept.append(candidate)
    return kept


def _union_of_parts(sentence: str, candidates: list[_Candidate]) -> None:
    """``cinco vuelos más: tres a Honduras y dos a Guatemala``: the total goes where its parts go."""
    for index, candidate in enumerate(candidates):
        parts = [c for c in candidates[index + 1:] if not c.bound and c.destinations]
        if candidate.bound and not candidate.destinations and parts and PARTS_FOLLOW.fullmatch(sentence[candidate.end:parts[0].start]):
            candidate.destinations = list(dict.fromkeys(d for part in parts for d in part.destinations or []))


def _restated(count: _Count, known: set[int]) -> bool:
    """A flight or a total already counted, named again: ``called it the 23rd flight``, ``the same 40 flights``."""
    return count.reference in ("predicate", "same") or (count.reference == "definite" and count.flights in known)


def _shared_period(period: Period | OpenPeriod | None, sentence: str, segment: str, n_counts: int) -> Period | OpenPeriod | None:
    """The sentence's period for a clause that states none, unless it is stated inside another count's clause.

    'frente a 48 en el mismo periodo de 2024' is the sentence's period in that year.
    """
    same = SAME_PERIOD_OF_YEAR.search(segment)
    if isinstance(period, Period) and same:
        year = int(same.group("y"))
        return replace(period, start=_in_year(period.start, year), end=_in_year(period.end, year))
    if isinstance(period, OpenPeriod) and same:
        year = int(same.group("y"))
        return replace(period, start=period.start and _in_year(period.start, year), end=period.end and _in_year(period.end, year))
    if period is None or n_counts == 1 or period.text in segment or period.text not in sentence:
        return period
    return None if period.precision in (Precision.DAY, Precision.WEEK) else period


# "Of the 228 flights, ...", "De los 312 vuelos, ...", "Dos 312 voos, ...": a whole whose parts the sentence goes on to give
WHOLE_BEFORE = re.compile(r"\W*(?:of the|of all(?: the)?|de los|de las|del total de|dos|das|do total de)\s+$", re.IGNORECASE)
SHARE_LEAD = re.compile(r"^\s*(?:de ellos|de estos|de los cuales|of them|of these|of those)\b", re.IGNORECASE)  # "De ellos, 50 ..."
SAME_PERIOD_OF_YEAR = re.compile(
    r"\b(?:the\s+same\s+(?:period|months?|weeks?)\s+(?:of|in|last)|(?:el|la)\s+mism[oa]\s+(?:per[ií]odo|mes|semana|[eé]poca)\s+(?:de|del))\s+"
    r"(?:a[ñn]o\s+)?(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def _in_year(day: dt.date, year: int) -> dt.date:
    """The same day in another year; 29 February becomes the 28th where that year has none."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _ahead(period: Period) -> Period:
    """Planned flights lie ahead: a weekday or week resolved into the past is the next one, a month or a dated day the next year's."""
    if period.precision in (Precision.DAY, Precision.WEEK) and (period.end - period.start).days < 7 and not names_a_month(period.text):
        return replace(period, start=period.start + dt.timedelta(days=7), end=period.end + dt.timedelta(days=7))
    return replace(period, start=_in_year(period.start, period.start.year + 1), end=_in_year(period.end, period.end.year + 1))


def _each(candidate: _Candidate, destinations: list[str]) -> list[list[str]]:
    """``six each to Guatemala and Ecuador`` is six to each; any other count keeps its destinations together."""
    if candidate.count.each and len(destinations) > 1:
        return [[d] for d in destinations]
    return [destinations]


def _compatible(a: Mention, b: Mention) -> bool:
    """The same claim restated: same count, qualifier and status, and routes, periods and ordinals that do not disagree.

    ``el primer vuelo`` in a headline and ``un avión`` in the body are one flight: an ordinal only disagrees with another ordinal.
    """
    if (a.flights, a.flights_max, a.qualifier) != (b.flights, b.flights_max, b.qualifier):
        return False
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False
    if Status.UNKNOWN not in (a.status, b.status) and a.status != b.status:
        return False
    if a.origin_country and b.origin_country and a.origin_country != b.origin_country:
        return False
    if a.destination_countries and b.destination_countries and set(a.destination_countries) != set(b.destination_countries):
        return False
    return not (a.period_start and b.period_start and (a.period_start, a.period_end) != (b.period_start, b.period_end))


# a claim is compared with at most this many earlier claims of the same count: a document that repeats one
# count thousands of times would otherwise cost the square of its length
MAX_RESTATED = 64


def _merge_restatements(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention per claim: the fuller one, and the later one when equally full (headline, then body)."""
    kept: list[Mention] = []
    same_count: dict[tuple, list[int]] = {}  # positions in ``kept`` by count: only mentions of the same count can be one claim
    for mention in mentions:
        positions = same_count.setdefault((mention.flights, mention.flights_max, mention.qualifier), [])
        twin = next((i for i in positions[:MAX_RESTATED] if kept[i].evidence != mention.evidence and _compatible(kept[i], mention)), None)
        if twin is None:
            positions.append(len(kept))
            kept.append(mention)
        elif mention.completeness() >= kept[twin].completeness():
            kept[twin] = mention
    return sorted(kept, key=lambda m: m.char_start)


def find_mentions(body: str, language: str | None, published: dt.date | None, tables: list[dict],
                  context: DocumentContext | None = None, rows: list[dict] | None = None) -> list[Mention]:
    """Every flight-count claim in ``body`` outside its flight tables, one per claim.

    A sentence that names no route takes its origin from the flight sentence right before it, and its
    destinations too when that sentence is in the same paragraph. A sentence right after one about
    flights may count them without the noun (``April's count was 34``).
    """
    table_spans = [(t["char_start"], t["char_end"]) for t in tables]
    known = {t["stated_total"] for t in tables if t.get("stated_total") is not None} | {r["flights"] for r in rows or []}
    topics = _TopicPeriods(tables, published)
    candidates = _candidate_sentences(body)
    topics.lead(body, candidates[0][0] if candidates else len(body), language)
    found: list[Mention] = []
    previous: Route | None = None
    previous_status: str | None = None
    previous_end = -1
    single: Mention | None = None  # the one flown or stopped flight the sentence before counted, with no one said to be on it
    for start, end in candidates:
        gap = body[previous_end:start] if previous_end >= 0 else "\n\n"
        adjacent = previous_end >= 0 and not gap.strip()
        if not adjacent:
            previous, previous_status = None, None
        previous_end = end
        if any(s <= start < e or s < end <= e for s, e in table_spans):
            previous = None
            continue
        sentence = body[start:end]
        carried = previous if previous is None or "\n\n" not in gap else Route(previous.origin, ())
        has_noun = bool(FLIGHT_NOUN.search(sentence))
        mentions = _sentence_mentions(sentence, start, language, published, carried, flight_context=previous is not None, known=known,
                                      has_noun=has_noun)
        if not mentions and adjacent and single and THE_AIRCRAFT.match(sentence):
            single.passengers, single.passengers_per_flight = _passengers(sentence, 1, language, len(single.destination_countries))
        alone = mentions[0] if len(mentions) == 1 else None
        single = alone if alone and alone.flights == 1 and alone.passengers is None and alone.status != Status.PLANNED else None
        for mention in mentions:  # "Vuelos programados para hoy:" then one line a flight: the lines are scheduled too
            if mention.status == Status.UNKNOWN and previous_status and "\n\n" not in gap:
                mention.status, mention.steps["status"] = previous_status, "line_before"
        topics.date(mentions, sentence, start)
        if has_noun:
            previous_status = status_of(sentence) if not mentions else mentions[-1].status
            previous_status = None if previous_status == Status.UNKNOWN else previous_status
        found += mentions
        known |= {m.flights for m in mentions}
        if has_noun:
            route = sentence_route(sentence, language)
            previous = Route(route.origin or (carried.origin if carried else None),
                             route.destinations or (carried.destinations if carried and len(mentions) <= 1 else ()))
        else:
            previous = None
    for mention in found:
        _as_list_total(mention, tables)
    return _merge_restatements([_with_context(m, context) for m in found] if context else found)


def _as_list_total(mention: Mention, tables: list[dict]) -> None:
    """'• 137 vuelos de repatriación en junio' over a list that states 137 for June: the list's total, with the list's status."""
    if mention.status != Status.UNKNOWN:
        return
    for table in tables:
        same_period = mention.period_start is None or (mention.period_start, mention.period_end) == (table["period_start"], table["period_end"])
        same_origin = None in (mention.origin_country, table["origin_country"]) or mention.origin_country == table["origin_country"]
        if table["stated_total"] == mention.flights and same_period and same_origin:
            mention.status, mention.steps["status"] = table.get("status") or Status.COMPLETED, "list_total"
            return


# 'over the same period', 'that same week', 'en la misma semana', 'no mesmo dia': the time of the last dated count, not
# 'the same period of 2023' or 'el mismo mes del año pasado', which name another year
SAME_PERIOD = re.compile(
    r"\b(?:(?:the|that)\s+same\s+(?P<en>period|month|week|day)"
    r"|(?:el|la|ese|esa|aquel|aquella)\s+mism[oa]\s+(?P<es>per[ií]odo|mes|semana|d[ií]a)"
    r"|(?:n[oa]|d[oa]|nesse|nessa|naquele|naquela)\s+mesm[oa]\s+(?P<pt>per[ií]odo|m[eê]s|semana|dia))\b"
    r"(?!\s+(?:of|in|last|a\s+year|del?|do|da)\b)",
    re.IGNORECASE,
)
REMOVAL_WORD = re.compile(r"\b(?:deport|remov|remoci|repatri|expuls|retorn|returned|returnee)\w*", re.IGNORECASE)
SAME_UNITS = {"period": "period", "periodo": "period", "período": "period", "month": "month", "mes": "month", "mês": "month",
              "week": "week", "semana": "week", "day": "day", "dia": "day", "día": "day"}
PREVIOUS_MONTH = re.compile(r"\b(?:el\s+mes\s+(?:anterior|pasado)|the\s+(?:previous|prior)\s+month|last\s+month)\b", re.IGNORECASE)


class _TopicPeriods:
    """The period a document is about, for counts that state none ('Honduras logged 33', 'llegaron 3 vuelos desde México').

    The topic is the latest closed period of completed flights stated before a sentence, by a list or
    a count. A completed count with no period takes it; so does any count said to be 'over the same
    period'; 'el mes anterior' is the month before the topic's month (or before publication).
    """

    def __init__(self, tables: list[dict], published: dt.date | None) -> None:
        self.published = published
        self.tables = sorted(
            (t["char_end"], t["period_start"], t["period_end"]) for t in tables
            if t.get("period_start") and t.get("period_end") and (t.get("status") or Status.COMPLETED) == Status.COMPLETED
        )
        self.stated: tuple[int, dt.date, dt.date] | None = None
        self.last_dated: tuple[dt.date, dt.date] | None = None  # the latest count with both bounds, whatever its status

    def lead(self, body: str, first_flight: int, language: str | None) -> None:
        """A removal report's period stated before any flight is counted ('during fiscal year 2024 ICE removed 271,000 people')."""
        if not REMOVAL_WORD.search(body, 0, first_flight):
            return
        for start, end in reversed(sentences(body, 0, first_flight)):
            sentence = body[start:end]
            if not REMOVAL_WORD.search(sentence) or not (YEAR_IN_TEXT.search(sentence) or names_a_month(sentence)):
                continue
            period = _period(sentence, language, self.published)
            if isinstance(period, Period) and period.precision not in (Precision.DAY, Precision.WEEK):
                self.stated = (start, period.start, period.end)
                return

    def _topic(self, position: int) -> tuple[dt.date, dt.date] | None:
        before = [t for t in self.tables if t[0] <= position]
        candidates = ([before[-1]] if before else []) + ([self.stated] if self.stated and self.stated[0] <= position else [])
        if not candidates:
            return None
        _, start, end = max(candidates, key=lambda c: c[0])
        return start, end

    def date(self, mentions: list[Mention], sentence: str, position: int) -> None:
        """Give the sentence's undated counts the topic's period, then take any period they state as the new topic.

        A period read back from an earlier count ('that same week', 'the same period of 2024') is no new topic.
        """
        if not mentions:
            return
        topic = self._topic(position)
        previous_month = PREVIOUS_MONTH.search(sentence)
        same = SAME_PERIOD.search(sentence)
        unit = SAME_UNITS[(same.group("en") or same.group("es") or same.group("pt")).lower()] if same else None
        other_year = SAME_PERIOD_OF_YEAR.search(sentence)
        read_back: list[Mention] = []
        for mention in mentions:
            if mention.period_start is not None or mention.period_end is not None:
                continue
            if other_year and topic:  # 'in the same period of 2024', with the period in the sentence before
                year = int(other_year.group("y"))
                mention.period_start, mention.period_end = _in_year(topic[0], year), _in_year(topic[1], year)
                mention.period_precision = Precision.MONTH if topic[0].day == 1 else Precision.DAY
                read_back.append(mention)
            elif unit and unit != "period" and self.last_dated:
                within = _unit_around(self.last_dated, unit)
                if within:
                    mention.period_start, mention.period_end = within
                    mention.period_precision = unit
                    read_back.append(mention)
            elif previous_month:
                anchor = topic[0] if topic else self.published
                if anchor:
                    end = anchor.replace(day=1) - dt.timedelta(days=1)
                    mention.period_start, mention.period_end, mention.period_precision = end.replace(day=1), end, Precision.MONTH
            elif topic and (mention.status == Status.COMPLETED or unit == "period"):
                mention.period_start, mention.period_end = topic
                mention.period_precision = Precision.MONTH if topic[0].day == 1 else Precision.DAY
        bounded = [m for m in mentions if m.period_start and m.period_end and not any(m is r for r in read_back)]
        if bounded:
            self.last_dated = (bounded[-1].period_start, bounded[-1].period_end)  # type: ignore[assignment]
        dated = [m for m in bounded if m.status == Status.COMPLETED and not m.ordinal]
        if dated:  # the sentence's first dated count is its topic; later ones are often comparisons ("up from 61 in February")
            first = dated[0]
            self.stated = (position, first.period_start, first.period_end)  # type: ignore[assignment]


def _unit_around(period: tuple[dt.date, dt.date], unit: str) -> tuple[dt.date, dt.date] | None:
    """The day, week (Monday to Sunday) or month that holds the whole period; None when the period spills over it."""
    start, end = period
    if unit == "day":
        first, last = start, start
    elif unit == "week":
        first = start - dt.timedelta(days=start.weekday())
        last = first + dt.timedelta(days=6)
    else:
        first = start.replace(day=1)
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    return (first, last) if end <= last else None


def _next_text_line(body: str, position: int) -> tuple[int, int] | None:
    """The next line after ``position`` that holds text."""
    match = NEXT_TEXT_LINE.search(body, position)
    return (match.start(1), match.end(1)) if match else None


def _candidate_sentences(body: str) -> list[tuple[int, int]]:
    """Sentences of the lines that name a flight noun, and the sentence right after each of them."""
    spans: list[tuple[int, int]] = []
    flight_lines = [(s, e) for s, e in lines_containing(body, FLIGHT_STEMS) if FLIGHT_NOUN.search(body, s, e)]
    for index, (line_start, line_end) in enumerate(flight_lines):
        spans += sentences(body, line_start, line_end)
        following = _next_text_line(body, line_end)
        if following and (index + 1 >= len(flight_lines) or flight_lines[index + 1][0] != following[0]):
            spans += sentences(body, *following)[:1]
    return sorted(set(spans))


@dataclass(frozen=True)
class CountVerdict:
    """A number or flight noun of a sentence the extractor weighed, and what it decided: ``reason`` None when it was taken."""

    start: int
    end: int
    step: str
    reason: str | None


def count_verdicts(sentence: str, language: str | None, flight_context: bool) -> list[CountVerdict]:
    """What became of every flight noun and number of one sentence, by the step that decided it (``flightwatch explain``).

    ``bound_count``: a count right before a flight noun, unless a named trap catches it; ``elided``: a number whose
    noun is left out, taken when its shape says it counts flights; every other number is left with the reason.
    """
    status = status_of(sentence)
    verdicts: list[CountVerdict] = []
    for noun in FLIGHT_NOUN.finditer(sentence):
        bound = _count_before(sentence, noun, language)
        if bound is None:
            verdicts.append(CountVerdict(noun.start(), noun.end(), "bound_count", "no count right before this flight noun"))
            continue
        count, start = bound
        trap = _exclusion(sentence, noun, count, status, start, language)
        verdicts.append(CountVerdict(start, noun.end(), "bound_count", f"trap '{trap}'" if trap else None))
    taken = [(v.start, v.end) for v in verdicts if v.reason is None]
    has_noun = bool(verdicts)
    for candidate in find_elided(sentence, language, taken, has_noun or flight_context, bool(taken) or has_noun):
        verdicts.append(CountVerdict(candidate.start, candidate.end, "elided", None))
    weighed = [(v.start, v.end) for v in verdicts]
    for token in NUMBER_TOKEN.finditer(sentence):
        if _number_at(sentence, token, language) is None or any(s <= token.start() < e for s, e in weighed):
            continue
        verdicts.append(CountVerdict(token.start(), token.end(), "elided", "no flight noun, and no shape of a count without one"))
    return sorted(verdicts, key=lambda v: v.start)


def weighed_sentences(body: str) -> list[tuple[int, int]]:
    """The sentences prose extraction reads: those of lines naming a flight noun, and the sentence after each."""
    return _candidate_sentences(body)


def _with_context(mention: Mention, context: DocumentContext) -> Mention:
    """Fill the route a sentence omits from what the document implies."""
    if mention.origin_country is None and context.origin:
        mention.origin_country, mention.steps["origin"] = context.origin, "context"
    destinations = [d for d in mention.destination_countries if d != mention.origin_country]
    if destinations:  # "to Cameroon ... returned to Louisiana": the way back is not a destination
        mention.destination_countries = destinations
    arrival = context.dateline if ARRIVAL_HERE.search(mention.evidence) or mention.status in (Status.CANCELLED, Status.DENIED) else None
    default = context.home or context.destination or arrival
    region = REGION_DESTINATION.search(mention.evidence)
    if not mention.destination_countries and default and default != mention.origin_country and not region:
        mention.destination_countries, mention.steps["dest"] = [default], "context"
    return mention
