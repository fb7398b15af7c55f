"""Flight counts stated in running prose, in English and Spanish.

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
from dataclasses import dataclass, field, fields
from functools import cache

from text_to_num import alpha2digit

from transforms.context import DocumentContext
from transforms.dates import Period, find_period, find_relative_period
from transforms.numbers import parse_count, parse_count_word
from transforms.places import demonym_country, find_places
from transforms.routes import DENIAL_WORDS, Route, sentence_route
from transforms.spans import sentences

FLIGHT_NOUN = re.compile(
    r"\b(?P<noun>flights?|vuelos?|voos?|airplanes?|planes?|aircraft|aviones|avi[oó]n|aeronaves?|avi[aã]o|avi[oõ]es|charters?)\b",
    re.IGNORECASE,
)
FLIGHT_STEMS = ("flight", "vuelo", "voo", "plane", "aircraft", "avion", "avión", "aeronave", "avião", "aviõe", "charter")
AIRCRAFT_NOUN = re.compile(r"^(?:airplanes?|planes?|aircraft|aviones|avi[oó]n|aeronaves?|avi[aã]o|avi[oõ]es)$", re.IGNORECASE)
NOUN_BLOCKERS = re.compile(
    r"^\s*(?:attendants?|risks?|crews?|paths?|plans?|numbers?|manifests?|records?|hours?|logs?|data|tracking|trackers?|"
    r"tickets?|schedules?|simulators?|instructors?|school|deck|controllers?)\b",
    re.IGNORECASE,
)
TOKEN = re.compile(r"\$?\d[\d.,]*%?|[^\W\d_]+(?:[-.'’][^\W\d_0-9]+|-\d+)*\.?", re.UNICODE)
MAX_MODIFIERS = 5
MAX_COUNT_TOKENS = 3
BREAK_WORDS = frozenset(
    (
        "of in on at by with from to for into than that which who and or but per each every "
        "de del en con por para que y o e a al los las el la lo su sus "
        "has have had was were is are be been will would said says dijo "
        "the this these those its their his her our este esta estos estas"
    ).split()
)
SINGULAR_NOUNS = frozenset({"flight", "vuelo", "voo", "plane", "airplane", "avión", "avion", "aeronave", "charter", "avião"})
ARTICLES = frozenset({"a", "an", "one", "un", "una", "uno", "um", "uma", "another"})
NUMBERED_FLIGHT = re.compile(r"^\s+(?:número|number|no\.|n\.º|nº)\s*(?P<n>\d{1,4})\b", re.IGNORECASE)
ORDINAL_OWNERS = re.compile(r"(?:\b(?:its|the|their|his|her|a|su|sus|el|la|los|las|o|a)\s+)$", re.IGNORECASE)

QUALIFIER_BEFORE = [
    ("more_than", r"(?:more than|over|upwards of|in excess of|more then|m[aá]s de|mais de|superior a)"),
    ("at_least", r"(?:at least|no fewer than|no less than|al menos|por lo menos|como m[ií]nimo|pelo menos)"),
    ("at_most", r"(?:up to|at most|no more than|as many as|hasta|como m[aá]ximo|at[eé])"),
    ("less_than", r"(?:fewer than|less than|under|menos de)"),
    ("approx", r"(?:about|approximately|around|roughly|some|nearly|almost|close to|an estimated|estimated|"
               r"alrededor de|aproximadamente|unos|unas|cerca de|casi|aprox\.?|cerca de|quase|cerca|aproximadamente)"),
]
RANGE_BEFORE = re.compile(r"(?:between|entre|from|de)?\s*(?P<low>[\w,.-]+)\s*(?:to|and|or|-|–|a|y|o|ou|e)\s*$", re.IGNORECASE)
RATE_AFTER = re.compile(
    r"^[\w\s-]{0,40}?\b(?:a|per|each|every|al|por|a la|cada|por cada)\s+(?:week|day|month|year|semana|d[ií]a|mes|a[nñ]o|semana|m[eê]s)\b"
    r"|^\s*(?:[\w-]+\s+){0,3}?(?:weekly|daily|monthly|a week|diarios|semanales|mensuales|por semana|al d[ií]a|al mes|semanais|por m[eê]s)\b",
    re.IGNORECASE,
)
AVERAGE_BEFORE = re.compile(r"(?:average|averaging|an average of|promedio de|un promedio de|en promedio|média de)\s*$", re.IGNORECASE)
CHANGE_MODIFIER = re.compile(r"^(?:fewer|less|menos|additional_than)$", re.IGNORECASE)
COMPARATIVE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:than|que|compared|comparado)\b", re.IGNORECASE)
CHANGE_AFTER = re.compile(r"^\s*(?:menos|m[aá]s|a menos|a m[aá]s)\s+(?:que|de lo)\b|^\s*menos\b", re.IGNORECASE)
DOZEN_OF = re.compile(r"\b(?:(?:una|a)\s+)?(?:docena|dúzia)\s+de\s*$", re.IGNORECASE)
CHANGE_BEFORE = re.compile(r"(?:\bup|\bdown|increase of|decrease of|rise of|drop of|aumento de|disminuci[oó]n de|incremento de)\s*$",
                           re.IGNORECASE)
FLEET_VERB = re.compile(r"\b(?:operates?|operating|owns?|has|have|fleet|leases?|flota|cuenta con|dispone de|tiene|opera)\b", re.IGNORECASE)
MOVEMENT_VERB = re.compile(
    r"\b(?:landed|land|landing|arrived?|arriving|departed|depart|took off|flew|aterriz\w*|lleg\w*|arrib\w*|despeg\w*|partieron|"
    r"salieron|pousaram|chegaram|decolaram)\b",
    re.IGNORECASE,
)

STATUS_PATTERNS = [
    ("denied", rf"\b(?:{DENIAL_WORDS})\b"),
    ("cancelled", r"\b(?:cancell?ed|cancels?|called off|suspended|grounded|aborted|scrapped|cancelad[oa]s?|cancel[oó]|"
                  r"suspendid[oa]s?|suspendi[oó]|suspendieron|cancelaron|cancelados?)\b"),
    ("planned", r"\b(?:will|would|plans? to|planned|planning|scheduled|expects?|expected|set to|to resume|upcoming|intends? to|"
                r"se esperan?|esperan|espera|\w+(?:ar|er|ir)[aá]n?|"
                r"programad[oa]s?|planea|prev[eé]|previstos?|se realizar[aá]n|realizar[aá]|van a|tiene previsto|est[aá]n programados)\b"),
    ("completed", r"\b(?:landed|lands|land in|departed|arrived|took place|taken place|carried out|conducted|operated|flew|deported|returned|"
                  r"repatriated|received|receives|logged|made|sent|completed|took off|removed|reached|touched down|left|flew out|"
                  r"aterriz\w*|partieron|parti[oó]|salieron|sali[oó]|llegaron|lleg[oó]|arribaron|arrib[oó]|despegaron|"
                  r"ha realizado|han realizado|ha llegado|han llegado|realiz[oó]|realizaron|se realizaron|recibi[oó]|recibieron|ha recibido|han recibido|"
                  r"deport[oó]|deportaron|repatri[oó]|repatriaron|realizad[oa]s|efectuad[oa]s|operad[oa]s|efectu[oó]|efectuaron|"
                  r"pousaram|chegaram|realizou|realizaram)\b"),
]
PEOPLE = r"(?:[A-Za-záéíóúñ]+(?:ans|anos|anas|eños|eñas|enos|ecos|enses|eses)|migrants?|people|persons?|deportees?|passengers?|" \
         r"nationals?|immigrants?|returnees?|individuals?|adults?|men|women|personas|migrantes|deportados|deportadas|repatriados|pasajeros|connacionales|nacionales|pessoas|deportados)"
PER_FLIGHT = re.compile(
    rf"\beach\s+(?:\w+\s+){{0,2}}?(?:carrying|transporting|with|holding)\s+(?:(?:approximately|about|around|some|nearly|roughly|up to)\s+)?"
    rf"(?P<n>[\d,.]+|\w+)\s+{PEOPLE}|\bcada\s+uno\s+con\s+(?:(?:unos|unas|alrededor de|cerca de)\s+)?(?P<n_es>[\d,.]+|\w+)\s+{PEOPLE}",
    re.IGNORECASE,
)
TOTAL_PEOPLE = re.compile(
    rf"\b(?:carrying|transporting|with|aboard|con|llevando|transportando|trasladando|a bordo de)\s+"
    rf"(?:(?:approximately|about|around|some|nearly|roughly|more than|over|unos|unas|alrededor de|cerca de|m[aá]s de)\s+)?"
    rf"(?P<n>[\d,.]+|\w+)\s+(?:[^\W\d_]+\s+)?{PEOPLE}",
    re.IGNORECASE,
)
COUNT_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+"
INLINE_PAIR = re.compile(rf"(?:^|[,;:]|\s(?:y|and|e)\s)\s*(?P<place>[A-ZÁÉÍÓÚÑ][\w áéíóúñ.]{{1,40}}?)\s*"
                         rf"(?:\(\s*(?P<n1>{COUNT_DIGITS})\s*\)|:?\s+(?P<n2>{COUNT_DIGITS}))"
                         r"(?=\s*(?:[,;.)]|\s(?:y|and|e)\s|$))")
SUBSET_AFTER = re.compile(
    r"(?P<n>\d+|\w+)\s+(?:of them|of which|de ellos|de los cuales|de las cuales|deles|dos quais)\s+(?:\w+\s+){0,3}?"
    r"(?:from|desde|de|to|a|hacia)\s+(?P<place>[A-ZÁÉÍÓÚÑ][\w ]{1,30}?)(?=\s*(?:[,;.]|\s(?:and|y|e)\s|$))"
    r"|(?:and|y|e)\s+(?P<n2>\d+)\s+(?:from|desde|de|to|a|hacia)\s+"
    r"(?P<place2>[A-ZÁÉÍÓÚÑ][\w ]{1,30}?)(?=\s*(?:[,;.]|$))",
)
YEAR_BEFORE = re.compile(r"\b(?:in|en|since|desde|of|de|by|until|hasta)\s*$", re.IGNORECASE)
CONTEXT_LOOKBACK_SENTENCES = 1


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
        return {name: getattr(self, name) for name in MENTION_FIELDS}

    def completeness(self) -> int:
        """How much the claim says: used to keep the fuller of two restatements."""
        return sum(
            value not in (None, [])
            for value in (self.origin_country, self.destination_countries, self.period_start, self.passengers_per_flight, self.passengers)
        ) + (self.status != "unknown")


MENTION_FIELDS = tuple(f.name for f in fields(Mention))



@dataclass
class _Count:
    flights: int
    qualifier: str
    flights_max: int | None = None
    ordinal: int | None = None
    article: bool = False


def _tokens(text: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(text))


def _joined(text: str, tokens: list[re.Match[str]]) -> str | None:
    """The text of consecutive tokens, or None if punctuation other than a hyphen separates them."""
    for left, right in itertools.pairwise(tokens):
        if text[left.end():right.start()].strip(" -"):
            return None
    return text[tokens[0].start():tokens[-1].end()]


@cache
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


def _qualifier(before: str) -> str:
    for name, pattern in QUALIFIER_BEFORE:
        if re.search(rf"\b{pattern}\s*$", before, re.IGNORECASE):
            return name
    return "exact"


def _count_before(sentence: str, noun: re.Match[str], language: str | None) -> tuple[_Count, int] | None:
    """The count bound to a flight noun: ``[qualifier] COUNT [modifiers] NOUN``; returns it and where it starts."""
    before = sentence[: noun.start()]
    numbered = NUMBERED_FLIGHT.match(sentence[noun.end():])
    if numbered and noun.group().lower() in SINGULAR_NOUNS and ORDINAL_OWNERS.search(before):
        return _Count(1, "exact", ordinal=int(numbered.group("n"))), ORDINAL_OWNERS.search(before).start()
    dozen = DOZEN_OF.search(before)
    if dozen:
        return _Count(12, _qualifier(before[: dozen.start()])), dozen.start()
    tokens = _tokens(before)
    if not tokens or before[tokens[-1].end():].strip(" -"):
        return None
    for n_modifiers in range(min(MAX_MODIFIERS, len(tokens)) + 1):
        modifiers = tokens[len(tokens) - n_modifiers:]
        if modifiers and (_joined(before, modifiers) is None or any(m.group().lower() in BREAK_WORDS for m in modifiers)):
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
            return _Count(1, "exact", ordinal=value), start
        low = RANGE_BEFORE.search(prefix)
        if low:
            low_value = parse_count_word(low.group("low"), language)
            if low_value is not None and low_value < value:
                return _Count(low_value, "range", flights_max=value), low.start()
        return _Count(value, _qualifier(prefix)), start
    last = head[-1]
    word = last.group().lower()
    ordinal = parse_ordinal(last.group(), language)
    if ordinal and ORDINAL_OWNERS.search(before[: last.start()]):
        return _Count(1, "exact", ordinal=ordinal), last.start()
    if word in ARTICLES and word != "another" and not noun.group().lower().endswith(("s", "es")):
        return _Count(1, "exact", article=True), last.start()
    return None


def _status(sentence: str) -> str:
    for name, pattern in STATUS_PATTERNS:
        if re.search(pattern, sentence, re.IGNORECASE):
            return name
    return "unknown"



def _number(text: str | None, language: str | None) -> int | None:
    return parse_count_word(text, language) if text else None


def _passengers(sentence: str, flights: int, language: str | None) -> tuple[int | None, int | None]:
    """(total, per flight) people on board, when the sentence says."""
    per = PER_FLIGHT.search(sentence)
    if per:
        each = _number(per.group("n") or per.group("n_es"), language)
        if each is not None:
            return each * flights, each
    total = TOTAL_PEOPLE.search(sentence)
    if total:
        people = _number(total.group("n"), language)
        if people is not None:
            return people, people if flights == 1 else None
    return None, None


def _period(sentence: str, language: str | None, published: dt.date | None) -> Period | None:
    return find_period(sentence, language, published) or find_relative_period(sentence, language, published)


def _is_excluded(sentence: str, noun: re.Match[str], count: _Count, status: str) -> bool:
    after = sentence[noun.end():]
    if NOUN_BLOCKERS.match(after) or RATE_AFTER.match(after):
        return True
    if CHANGE_AFTER.match(after):
        return True
    if COMPARATIVE_AFTER.match(after) and re.search(r"\b(?:more|más|mais)\s*$", sentence[: noun.start()], re.IGNORECASE):
        return True
    if AIRCRAFT_NOUN.match(noun.group()) and FLEET_VERB.search(sentence) and not MOVEMENT_VERB.search(sentence):
        return True
    return count.article and status == "unknown"


def _sentence_mentions(
    sentence: str, offset: int, language: str | None, published: dt.date | None, route: Route, context: Route | None
) -> list[Mention]:
    nouns = list(FLIGHT_NOUN.finditer(sentence))
    if not nouns:
        return []
    status = _status(sentence)
    origin = route.origin or (context.origin if context else None)
    destinations = list(route.destinations) or ([d for d in context.destinations if d != origin] if context else [])
    period = _period(sentence, language, published)
    mentions: list[Mention] = []
    articles: list[bool] = []
    taken: list[tuple[int, int]] = []
    for noun in nouns:
        found = _count_before(sentence, noun, language)
        if not found:
            continue
        count, start = found
        if _is_excluded(sentence, noun, count, status) or any(start == s for s, _ in taken):
            continue
        if count.article and not (origin or destinations):
            continue
        taken.append((start, noun.end()))
        articles.append(count.article)
        total, per_flight = _passengers(sentence, count.flights, language)
        mentions.append(Mention(
            flights=count.flights, qualifier=count.qualifier, status=status, evidence=sentence, char_start=offset,
            char_end=offset + len(sentence), origin_country=origin, destination_countries=destinations,
            flights_max=count.flights_max, ordinal=count.ordinal, passengers=total, passengers_per_flight=per_flight,
            period_start=period.start if period else None, period_end=period.end if period else None,
            period_precision=period.precision if period else None,
        ))
    if not mentions and re.search(FLIGHT_NOUN.pattern + r"[^:]{0,40}:", sentence, re.IGNORECASE):
        header = Mention(flights=0, qualifier="exact", status=status, evidence=sentence, char_start=offset, char_end=offset + len(sentence),
                         origin_country=origin, destination_countries=destinations,
                         period_start=period.start if period else None, period_end=period.end if period else None,
                         period_precision=period.precision if period else None)
        return _listed_counts(sentence, offset, header, [(0, sentence.index(":"))])
    counted = [m for m, is_article in zip(mentions, articles, strict=True) if not is_article]
    if counted:  # "its third flight ... on a chartered plane" is one flight, not two
        mentions = counted
    if mentions:
        mentions += _listed_counts(sentence, offset, mentions[0], taken)
    return mentions


def _listed_counts(sentence: str, offset: int, first: Mention, taken: list[tuple[int, int]]) -> list[Mention]:
    """Counts listed per country after a flight count: ``Honduras 41 y Colombia 12``, ``Ecuador (5), Peru (2)``, ``70 of them from Louisiana``."""
    extra: list[Mention] = []
    after_start = taken[0][1]
    tail = sentence[after_start:]
    for match in INLINE_PAIR.finditer(tail):
        place = match.group("place").strip()
        demonym = demonym_country(place)
        countries = [p.country for p in find_places(place) if p.start == 0 and p.end == len(place)] or ([demonym] if demonym else [])
        value = parse_count(match.group("n1") or match.group("n2"))
        if not countries or value is None:
            continue
        extra.append(_derived(first, value, offset, sentence, destinations=countries))
    for match in SUBSET_AFTER.finditer(tail):
        value = _number(match.group("n") or match.group("n2"), None)
        place = (match.group("place") or match.group("place2") or "").strip()
        places = [p for p in find_places(place) if p.start == 0]
        if value is None or not places or value >= first.flights:
            continue
        direction = tail[: match.start("place") if match.group("place") else match.start("place2")]
        if re.search(r"\b(?:from|desde|de)\s*$", direction, re.IGNORECASE):
            extra.append(_derived(first, value, offset, sentence, origin=places[0].country))
        else:
            extra.append(_derived(first, value, offset, sentence, destinations=[places[0].country]))
    return extra


def _derived(first: Mention, flights: int, offset: int, sentence: str, origin: str | None = None, destinations: list[str] | None = None) -> Mention:
    return Mention(
        flights=flights, qualifier="exact", status=first.status, evidence=sentence, char_start=offset, char_end=offset + len(sentence),
        origin_country=origin or first.origin_country,
        destination_countries=destinations if destinations is not None else first.destination_countries,
        period_start=first.period_start, period_end=first.period_end, period_precision=first.period_precision,
    )


def _compatible(a: Mention, b: Mention) -> bool:
    """The same claim restated: same count, qualifier and status, and routes and periods that do not disagree."""
    if (a.flights, a.flights_max, a.qualifier, a.ordinal) != (b.flights, b.flights_max, b.qualifier, b.ordinal):
        return False
    if "unknown" not in (a.status, b.status) and a.status != b.status:
        return False
    if a.origin_country and b.origin_country and a.origin_country != b.origin_country:
        return False
    if a.destination_countries and b.destination_countries and set(a.destination_countries) != set(b.destination_countries):
        return False
    return not (a.period_start and b.period_start and (a.period_start, a.period_end) != (b.period_start, b.period_end))


def _merge_restatements(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention per claim: the fuller one, and the later one when equally full (headline, then body)."""
    kept: list[Mention] = []
    for mention in mentions:
        twin = next((k for k in kept if k.evidence != mention.evidence and _compatible(k, mention)), None)
        if twin is None:
            kept.append(mention)
        elif mention.completeness() >= twin.completeness():
            kept[kept.index(twin)] = mention
    return sorted(kept, key=lambda m: m.char_start)


def _flight_lines(body: str) -> list[tuple[int, int]]:
    """Spans of the lines holding a flight-noun stem, found with plain substring search (much cheaper than a regex)."""
    lowered = body.lower()
    starts: set[int] = set()
    for stem in FLIGHT_STEMS:
        position = lowered.find(stem)
        while position >= 0:
            starts.add(lowered.rfind("\n", 0, position) + 1)
            position = lowered.find(stem, position + len(stem))
    spans = []
    for start in sorted(starts):
        end = body.find("\n", start)
        spans.append((start, len(body) if end < 0 else end))
    return spans


def _flight_sentences(body: str) -> list[tuple[int, int]]:
    """Sentences of the lines that name a flight noun: the only places a count can be."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _flight_lines(body):
        if FLIGHT_NOUN.search(body, line_start, line_end):
            spans += sentences(body, line_start, line_end)
    return spans


def find_mentions(body: str, language: str | None, published: dt.date | None, tables: list[dict],
                  context: DocumentContext | None = None) -> list[Mention]:
    """Every flight-count claim in ``body`` outside its flight tables, one per claim.

    A sentence that names no route takes it from the sentence right before it, when that one is
    about flights too.
    """
    table_spans = [(t["char_start"], t["char_end"]) for t in tables]
    found: list[Mention] = []
    previous: Route | None = None
    previous_end = -1
    for start, end in _flight_sentences(body):
        if previous_end < 0 or body[previous_end:start].strip():
            previous = None
        previous_end = end
        if any(s <= start < e or s < end <= e for s, e in table_spans):
            previous = None
            continue
        sentence = body[start:end]
        if not FLIGHT_NOUN.search(sentence):
            previous = None
            continue
        route = sentence_route(sentence, language)
        found += _sentence_mentions(sentence, start, language, published, route, previous)
        previous = route
    return _merge_restatements([_with_context(m, context) for m in found] if context else found)


def _with_context(mention: Mention, context: DocumentContext) -> Mention:
    """Fill the route a sentence omits from what the document implies."""
    if mention.origin_country is None:
        mention.origin_country = context.origin
    if not mention.destination_countries and context.home and context.home != mention.origin_country:
        mention.destination_countries = [context.home]
    return mention
