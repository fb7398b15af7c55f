"""A number read as a count of flights: bound to a flight noun (``two similar flights``, ``its third
flight``), with its qualifier, range or ordinal, or a number token that may count flights whose noun is left
out.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import alpha2digit

from transforms.cues.qualifiers import QUALIFIER_CUES
from transforms.dates import ends_with_date_word, month_alternation
from transforms.domain import Qualifier
from transforms.numbers import DIGIT_COUNT, DOZEN, INPUT_CACHE_SIZE, parse_count, parse_count_word
from transforms.spans import EndPattern
from transforms.vocabulary import AIRCRAFT_NOUNS, FLIGHT_NOUNS

FLIGHT_NOUN = re.compile(rf"\b(?P<noun>{FLIGHT_NOUNS})\b", re.IGNORECASE)
AIRCRAFT_NOUN = re.compile(rf"^(?:{AIRCRAFT_NOUNS})$", re.IGNORECASE)
# a number keeps its ordinal ending ("15th", "2do", "15.ª"): an ordinal is no count of that many
TOKEN = re.compile(
    r"""
    \$?\d[\d.,]*(?:%|(?:st|nd|rd|th|er|ro|ra|do|da|to|ta|vo|va|mo|ma|no|na|º|ª|°)\b)?  # 12, 15th, 2do, 40%
    |[^\W\d_]+(?:[-.'’][^\W\d_0-9]+|-\d+)*\.?                                       # words, "C-17"
    """,
    re.UNICODE | re.VERBOSE,
)
# "the 7:30 flight", "el vuelo de las 18h30": the minutes of a clock time are no count
CLOCK_TIME_BEFORE = EndPattern(
    re.compile(r"\b\d{1,2}[:h]\d{2}\s*(?:[ap]\.?\s?m\.?\s*)?$", re.IGNORECASE), words=3
)
CLOCK_MINUTES_BEFORE = re.compile(r"\d[:h]$")
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
# ("aircraft" is both one and many: "the two aircraft")
SINGULAR_NOUNS = frozenset(
    {
        "flight",
        "vuelo",
        "voo",
        "plane",
        "airplane",
        "avión",
        "avion",
        "aeronave",
        "charter",
        "avião",
        "operation",
        "operación",
        "operacion",
        "operação",
        "operacao",
    }
)
# "the last flight", "el próximo vuelo": one flight, like an article, counted when something happens to it
ONE_OF_A_SERIES = frozenset(
    {
        "last",
        "next",
        "final",
        "último",
        "última",
        "ultimo",
        "ultima",
        "próximo",
        "próxima",
        "proximo",
        "proxima",
        "siguiente",
        "derradeiro",
    }
)
# Spanish and Portuguese say "another" without an article
ONE_MORE = frozenset({"otro", "otra", "outro", "outra"})
DEFINITE_BEFORE_OTHER = re.compile(
    r"\b(?:el|la|o|a|este|esta|ese|esa|aquel|aquella|este|esse|essa)\s*$", re.IGNORECASE
)
ARTICLES = frozenset({"a", "an", "one", "un", "una", "uno", "um", "uma", "another"})
FLIGHT_NUMBER_BEFORE = EndPattern(
    re.compile(r"\b(?:flight|vuelo|voo)\s*(?:no\.|n[uú]mero|number|#|nº|n\.º)?\s*$", re.IGNORECASE), words=2
)
AIRCRAFT_MAKER_BEFORE = EndPattern(
    re.compile(
        r"\b(?:Boeing|Airbus|Embraer|Bombardier|McDonnell Douglas|Lockheed|Antonov|Ilyushin|Tupolev|"
        r"A|B|C|MD|CRJ|ERJ|E|KC|IL|AN)[- ]?$"
    ),
    words=2,
)
# "Gate 12", "Terminal 2", "la puerta 5", "zona 13", "o portão 3", "página 2": a number that names a thing
IDENTIFIER_BEFORE = EndPattern(
    re.compile(
        r"\b(?:gate|terminal|runway|hangar|zone|route|highway|page|room|pier|platform|puerta|pista|zona|ruta|"
        r"carretera|p[aá]gina|sala|port[aã]o|rodovia|andar|piso)\s*$",
        re.IGNORECASE,
    ),
    words=1,
)
LISTED_ONES = frozenset({"one", "uno", "una", "um", "uma"})  # "… four to Guatemala and one to El Salvador"
SUBSET_OF_BEFORE = EndPattern(
    re.compile(
        r"(?<![\w.,])(?P<n>\d+|[^\W\d_]+)\s+(?:(?:of|de)\s+(?:the|those|these|them|los|esos|estos|las|esas|"
        r"estas|os|esses)|dos|das|desses|dessas|destes|destas)\s+(?:[^\W\d_]+\s+)?$",
        re.IGNORECASE,
    ),
    words=4,
)
# "of which 187 were removal flights", "de los cuales 49 fueron vuelos de deportación", "dos quais 12 eram
# voos de deportação": a part of a whole counted before, its noun after a verb of being
# "of which", "de los cuales", "dos quais": the words that open the parts of a whole just counted
OF_WHICH = r"of\s+which|de\s+(?:los|las)\s+cuales|d[oa]s\s+quais"
PART_IS_BEFORE = EndPattern(
    re.compile(
        rf"""\b(?:{OF_WHICH}|of\s+(?:these|them|those)|among\s+them|de\s+(?:ellos|estos|esos)
            |deles|destes|desses)
        \s+(?P<n>\d[\d,.]*|[^\W\d_]+)\s+(?:were|was|are|fueron|fue|son|eran|foram|eram|s[aã]o)
        \s+(?:[^\W\d_]+\s+){{0,2}}$""",
        re.IGNORECASE | re.VERBOSE,
    ),
    words=9,
)
# "suman 12 los vuelos", "son ya 40 los vuelos", "ascienden a 300 los vuelos": the Spanish count before its
# article
TALLY_THEN_ARTICLE = EndPattern(
    re.compile(
        r"""
        \b(?:suman|sumaban|sumaron|son|eran|fueron|ascienden\s+a|ascendieron\s+a|llegan\s+a|llegaron\s+a
          |alcanzan|alcanzaron|van|llevan|totalizan|totalizaron
          # "Esto eleva a 99 el número de vuelos", "Isso eleva para 13 o número de voos"
          |eleva\s+(?:a|para)|elev[oó]\s+a|elevou\s+para|lleva\s+a|llev[oó]\s+a|leva\s+para|levou\s+para)
        \s+(?:ya\s+)?(?:(?P<q>m[aá]s\s+de|al\s+menos|casi|unos|unas|cerca\s+de)\s+)?   # its qualifier
        (?P<n>[\d.,]+|[^\W\d_]+)\s+                                               # the count
        # the article, or "el número de (los)"
        (?:los|las|(?:el|la|o|a)\s+(?:n[uú]mero|cifra|total|quantidade)\s+de(?:\s+(?:los|las|os|as))?)\s+$
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=10,
)  # "ascendieron a ya cerca de 40 la cifra de las": ten words at most
ORDINAL_DIGITS_BEFORE = EndPattern(
    re.compile(
        r"(?<![\w.,])(?P<n>\d{1,4})(?:\s?(?:st|nd|rd|th|er|ro|ra|do|da|to|ta|vo|va|mo|ma|no|na)|\.?[ºª°])"
        r"\.?\s+(?:[^\W\d_]+\s+){0,2}$",  # "15th", "3rd", "2do", "15.ª", "24º"
        re.IGNORECASE,
    ),
    words=4,
)
NUMBERED_FLIGHT = re.compile(r"^\s+(?:número|number|no\.|n\.º|nº)\s*(?P<n>\d{1,4})\b", re.IGNORECASE)
ORDINAL_OWNERS = EndPattern(
    re.compile(r"(?:\b(?:its|the|their|his|her|a|su|sus|el|la|los|las|o|a)\s+)$", re.IGNORECASE), words=1
)
# one alternation, a named group a qualifier: the leftmost qualifier ending the text, the first listed at a
# tie
# "mais um voo", "mais um", "outro um": one more
MORE_BEFORE_ONE = EndPattern(re.compile(r"\b(?:mais|outro)\s+$", re.IGNORECASE), words=1)
# "al menos otros dos", "pelo menos mais dois", "at least another two": more of them still take the qualifier
MORE_OF_THEM = r"(?:\s+(?:another|otr[oa]s|m[aá]s|outr[oa]s|mais))?"
QUALIFIER_RE = EndPattern(
    re.compile(
        "|".join(rf"(?P<{cue.name}>\b(?:{cue.alternation}){MORE_OF_THEM}\s*$)" for cue in QUALIFIER_CUES),
        re.IGNORECASE,
    ),
    words=4,
)
RANGE_BEFORE = EndPattern(
    re.compile(
        r"(?:between|entre|from|de)?\s*(?P<low>[\w,.-]+)\s*(?:to|and|or|-|–|a|y|o|u|ou|e)\s*$", re.IGNORECASE
    ),
    words=3,
)
AVERAGE_BEFORE = EndPattern(
    re.compile(
        r"(?:average|averaging|an average of|promedio de|un promedio de|en promedio|média de)\s*$",
        re.IGNORECASE,
    ),
    words=3,
)
CHANGE_MODIFIER = re.compile(r"^(?:fewer|less|menos)$", re.IGNORECASE)
# "a dozen", "two dozen", "half a dozen", "una veintena de", "media docena de", "uma dezena de": a number
# told by a noun of a round amount, about that many ("dozens of", "decenas de": no number at all)
COLLECTIVE_BEFORE = EndPattern(
    re.compile(
        r"""
        (?:\b(?P<half>half\s+a|medi[oa]|mei[ao])\s+|\b(?P<times>[^\W\d_]+|\d+)\s+)?   # "half a", "two"
        # the round amount
        \b(?P<noun>dozens?|docenas?|d[uú]zias?|veintenas?|decenas?|dezenas?|centenar(?:es)?|centenas?)\s+
        (?:of\s+|de\s+|(?:[^\W\d_]+\s+){0,2})$                            # "two dozen removal flights"
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=5,
)
COLLECTIVE_SIZES = {
    "dozen": 12,
    "docena": 12,
    "dúzia": 12,
    "duzia": 12,
    "veintena": 20,
    "decena": 10,
    "dezena": 10,
    "centenar": 100,
    "centena": 100,
}
ONE_OF_A_KIND = frozenset({"a", "an", "one", "un", "una", "uma", "um"})
CHANGE_BEFORE = EndPattern(
    re.compile(
        r"""
        (?:
            \bup|\bdown|increase\ of|decrease\ of|rise\ of|drop\ of|fall\ of    # "up", "an increase of"
            |aumento\ de|disminuci[oó]n\ de|incremento\ de                     # "un aumento de"
            |\bsupera(?:ba|n)?\ en|\bsuper[oó]\ en                              # "supera en"
            |\bexceed(?:s|ed)?\ (?:[\w'’]+\ ){0,3}by                             # "exceeded last year's by"
            |\bsupera\ (?:\w+\ )?em                                             # "supera em"
            |reducci[oó]n\ de|ca[ií]da\ de|descenso\ de|baja\ de|alza\ de|subida\ de  # "una caída de"
            |redu[cç][aã]o\ de|aumento\ de                                      # "redução de"
        )\s*$
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=5,
)
# "in 2019 flights resumed", "the 2019 flights", "los 2019 vuelos": a year (a count that size is written
# "2,019" or "2.019")
YEAR_BEFORE = EndPattern(
    re.compile(
        r"\b(?:in|en|since|desde|of|de|by|until|hasta|the|those|these|los|las|esos|estos|os|as|esses|estes)\s*$",
        re.IGNORECASE,
    ),
    words=1,
)

# the references that always name a count told before ("it was the fifth flight", "the same 40 flights");
# "definite" ("the two flights") does only when the document counted that number already
RESTATED = frozenset({"predicate", "same"})


@dataclass
class Count:
    flights: int
    qualifier: str
    flights_max: int | None = None
    ordinal: int | None = None
    article: bool = False
    each: bool = False
    # "another flight", "otro vuelo": a flight other than one already told
    another: bool = False
    # "predicate": "the 23rd flight" said of a flight already counted; "definite": "the two flights"
    reference: str | None = None


def _tokens(text: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(text))


def _joined(text: str, tokens: list[re.Match[str]]) -> str | None:
    """The text of consecutive tokens, or None if punctuation other than a hyphen separates them."""
    for left, right in itertools.pairwise(tokens):
        if text[left.end() : right.start()].strip(" -"):
            return None
    return text[tokens[0].start() : tokens[-1].end()]


# ordinals the number-word library leaves as words: Spanish "segundo" is also the unit of time
ORDINALS_LEFT_AS_WORDS = {"es": {"segundo": 2}}


@lru_cache(maxsize=INPUT_CACHE_SIZE)
def parse_ordinal(token: str, language: str | None) -> int | None:
    """``third`` → 3, ``tercer`` → 3, ``segundo`` → 2; None for cardinals and other words."""
    if parse_count(token, language) is not None:
        return None
    if (left := ORDINALS_LEFT_AS_WORDS.get(language or "", {}).get(token.lower())) is not None:
        return left
    for candidate in [language] if language in ("en", "es", "pt") else ["en", "es", "pt"]:
        converted = alpha2digit(token.lower(), candidate, threshold=0)
        match = re.fullmatch(r"(\d+)(?:st|nd|rd|th|º|ª|\.?ᵉʳ|er|o|a)?", converted)
        if converted != token.lower() and match:
            return int(match.group(1))
    return None


def _qualifier_match(before: str) -> tuple[str, re.Match[str]] | None:
    """The qualifier (``about``, ``al menos``) that ends ``before``, with where it stands: the longest that
    does (``no more than`` is at most, not ``more than``)."""
    match = QUALIFIER_RE.search(before)
    return (Qualifier(match.lastgroup), match) if match and match.lastgroup else None


def qualifier_before(before: str) -> str:
    found = _qualifier_match(before)
    return found[0] if found else Qualifier.EXACT


def bound_count_before(sentence: str, noun: re.Match[str], language: str | None) -> tuple[Count, int] | None:
    """The count bound to a flight noun: ``[qualifier] COUNT [modifiers] NOUN``; returns it and where it
    starts."""
    before = sentence[: noun.start()]
    numbered = NUMBERED_FLIGHT.match(sentence[noun.end() :])
    owner = ORDINAL_OWNERS.search(before)
    if numbered and noun.group().lower() in SINGULAR_NOUNS and owner:
        return Count(1, Qualifier.EXACT, ordinal=int(numbered.group("n"))), owner.start()
    subset = SUBSET_OF_BEFORE.search(before)
    # "Nine of the flights went to Honduras", "Dois dos voos de abril"
    if subset and (value := parse_count_word(subset.group("n"), language)) is not None:
        return Count(value, qualifier_before(before[: subset.start()])), subset.start()
    part = PART_IS_BEFORE.search(before)
    if part and (value := parse_count_word(part.group("n"), language)) is not None:
        return Count(value, Qualifier.EXACT), part.start("n")
    tally = TALLY_THEN_ARTICLE.search(before)
    if tally and (value := parse_count_word(tally.group("n"), language)) is not None:
        return Count(value, qualifier_before(before[: tally.start("n")])), tally.start("n") - (
            len(tally.group("q")) + 1 if tally.group("q") else 0
        )
    written = ORDINAL_DIGITS_BEFORE.search(before)
    # "1er vuelo", "2do vuelo", "the 3rd flight", "the 15th return operation", "la 15.ª operación de retorno":
    # one flight each
    if written and not SINGULAR_NOUNS.isdisjoint(noun.group().lower().split()):
        return Count(1, Qualifier.EXACT, ordinal=int(written.group("n"))), written.start()
    if collective := COLLECTIVE_BEFORE.search(before):
        return _collective(collective, before, language)
    tokens = _tokens(before)
    if not tokens or before[tokens[-1].end() :].strip(" -") or CLOCK_TIME_BEFORE.search(before):
        return None
    for n_modifiers in range(min(MAX_MODIFIERS, len(tokens)) + 1):
        modifiers = tokens[len(tokens) - n_modifiers :]
        if modifiers and (_joined(before, modifiers) is None or _breaks(tokens, len(tokens) - n_modifiers)):
            return None
        if any(CHANGE_MODIFIER.match(m.group()) for m in modifiers):
            return None
        # "18 aircraft flew removal flights": a count belongs to the nearer noun
        if modifiers and FLIGHT_NOUN.fullmatch(modifiers[0].group()):
            return None
        head = tokens[: len(tokens) - n_modifiers]
        if head and modifiers and before[head[-1].end() : modifiers[0].start()].strip(" -"):
            return None  # "10:15 — First deportation flight": a dash or a comma ends the count's phrase
        found = _count_at_end(before, head, language, noun)
        if found:
            return found
        if modifiers and (
            parse_count_word(modifiers[0].group(), language) is not None
            or modifiers[0].group().lower() in ARTICLES
        ):
            return None
    return None


NAME_JOINERS = frozenset({"and", "of", "de", "y", "e", "do", "da"})


def _breaks(tokens: list[re.Match[str]], first: int) -> bool:
    """Whether a word from ``tokens[first:]`` (between a count and its flight noun) ends the phrase (``of``,
    ``and``, ``were``), unless it joins the words of a name ("two Immigration and Customs Enforcement planes":
    a capitalised word on each side)."""
    words = [m.group() for m in tokens]
    for index in range(first, len(words)):
        word = words[index]
        if word.lower() not in BREAK_WORDS:
            continue
        inside_name = (
            word in NAME_JOINERS
            and 0 < index < len(words) - 1
            and words[index - 1][:1].isupper()
            and words[index + 1][:1].isupper()
        )
        if not inside_name:
            return True
    return False


def _count_at_end(
    before: str, head: list[re.Match[str]], language: str | None, noun: re.Match[str]
) -> tuple[Count, int] | None:
    if not head:
        return None
    for size in range(min(MAX_COUNT_TOKENS, len(head)), 0, -1):
        words = head[len(head) - size :]
        text = _joined(before, words)
        if text is None or "%" in text or "$" in text:
            continue
        value = parse_count_word(text, language)
        if value is None:
            continue
        start = words[0].start()
        prefix = before[:start]
        if CLOCK_TIME_BEFORE.search(before[: words[-1].end()]):
            return None  # "10:15 - First deportation flight": the minutes of a time
        if len(text) == 4 and text.isdigit() and 1900 <= value <= 2100 and YEAR_BEFORE.search(prefix):
            return None
        if AVERAGE_BEFORE.search(prefix) or CHANGE_BEFORE.search(prefix):
            return None
        if value > 1 and noun.group().lower() in SINGULAR_NOUNS and ORDINAL_OWNERS.search(prefix):
            return Count(1, Qualifier.EXACT, ordinal=value), start
        low = RANGE_BEFORE.search(prefix)
        if low:
            low_value = parse_count_word(low.group("low"), language)
            if low_value is not None and low_value < value:
                return Count(low_value, Qualifier.RANGE, flights_max=value), low.start()
        qualifier = qualifier_before(prefix)
        return Count(
            value, Qualifier.APPROX if qualifier == Qualifier.EXACT and DOZEN.match(text) else qualifier
        ), start
    last = head[-1]
    word = last.group().lower()
    ordinal = parse_ordinal(last.group(), language)
    if ordinal and ORDINAL_OWNERS.search(before[: last.start()]):
        return Count(1, Qualifier.EXACT, ordinal=ordinal), last.start()
    # Portuguese "a aeronave" is the aircraft (a definite article), Spanish "a" a preposition: "a" is
    # indefinite in English alone
    indefinite = word in ARTICLES and not (word == "a" and language in ("es", "pt"))
    if indefinite and not noun.group().lower().endswith(("s", "es")):
        # "mais um voo": one flight more, as "another flight" is
        another = word == "another" or (
            word in ("um", "uma") and MORE_BEFORE_ONE.search(before[: last.start()])
        )
        return Count(1, Qualifier.EXACT, article=True, another=bool(another)), last.start()
    if (
        word in ONE_MORE
        and not noun.group().lower().endswith("s")
        and not DEFINITE_BEFORE_OTHER.search(before[: last.start()])
    ):
        # "anticipan otro vuelo", not "el otro avión" (one already told)
        return Count(1, Qualifier.EXACT, article=True, another=True), last.start()
    singular = noun.group().lower() in SINGULAR_NOUNS
    # "se espera el último vuelo del año"
    if word in ONE_OF_A_SERIES and singular and ORDINAL_OWNERS.search(before[: last.start()]):
        return Count(1, Qualifier.EXACT, article=True), last.start()
    return None


NUMBER_TOKEN = re.compile(rf"(?<![\w.,/$#])(?:{DIGIT_COUNT})(?![\w/%]|[.,]\d)|\b[^\W\d_]+\b")


@lru_cache(maxsize=INPUT_CACHE_SIZE)
def may_count_word(word: str, language: str | None) -> bool:
    """A number word (``six``, ``veinte``, ``dozen``; articles excluded), or a ``one`` that counts inside a
    list."""
    return parse_count_word(word, language) is not None or word.lower() in LISTED_ONES


def _collective(found: re.Match[str], before: str, language: str | None) -> tuple[Count, int] | None:
    """The count a noun of a round amount gives, or None for a vague plural ("dozens of flights")."""
    noun = found.group("noun").lower()
    plural = noun.endswith("s") and noun.rstrip("s") in COLLECTIVE_SIZES
    size = COLLECTIVE_SIZES.get(noun.rstrip("s") if plural else noun)
    if size is None:
        return None
    times_word = (found.group("times") or "").lower()
    times = (
        None
        if times_word in ONE_OF_A_KIND
        else parse_count_word(times_word, language)
        if times_word
        else None
    )
    if found.group("half"):
        value = size // 2
    elif times is not None:
        value = size * times  # "two dozen", "dos docenas"
    elif plural:
        return None
    else:
        value = size
    start = (
        found.start("half") if found.group("half") else found.start("times") if times else found.start("noun")
    )
    if times_word in ONE_OF_A_KIND:
        start = found.start("times")
    qualifier = qualifier_before(before[:start])
    return Count(value, Qualifier.APPROX if qualifier == Qualifier.EXACT else qualifier), start


MAX_DAY_OF_MONTH = 31  # a larger number after a month's name is no day of it
# "in March 9 flights landed", "recibió en marzo 9 vuelos", "em março 9 voos": a month opened by a preposition
# of time is the period of the count after it (a day is "on March 9", "el 9 de marzo", "em 9 de março")
MONTH_AS_PERIOD_BEFORE = EndPattern(
    re.compile(
        rf"\b(?:in|during|throughout|en|durante|em)\s+(?:{month_alternation()})\.?\s+$", re.IGNORECASE
    ),
    words=2,
)


def names_a_day(before: str, number: str, language: str | None, months_only: bool = False) -> bool:
    """Whether the month or weekday that ``before`` ends with makes ``number`` its day ("Oct. 18", "el lunes
    9"): not a number in words ("en marzo nueve vuelos"), nor after a month that is a period ("in March 9
    flights")."""
    return (
        number[:1].isdigit()
        and ends_with_date_word(before, language, months_only=months_only)
        and not MONTH_AS_PERIOD_BEFORE.search(before)
    )


def number_at(sentence: str, token: re.Match[str], language: str | None, listed: bool = False) -> int | None:
    """The count a number token states; ``one``/``uno`` only inside a list (``… four to Guatemala and one to
    El Salvador``)."""
    text = token.group()
    if text.lower() in LISTED_ONES:
        return 1 if listed else None
    if text.lower() in ("a", "an", "one", "un", "una", "uno") and not text.isdigit():
        return None
    value = parse_count_word(text, language)
    if value is None or (len(text) == 4 and text.isdigit() and 1900 <= value <= 2100):
        return None
    if CLOCK_MINUTES_BEFORE.search(sentence, max(0, token.start() - 2), token.start()):
        return None  # "landed at 10:17 in Guatemala City", "às 10h17": the minutes of a time
    before = sentence[: token.start()]
    if (
        FLIGHT_NUMBER_BEFORE.search(before)
        or AIRCRAFT_MAKER_BEFORE.search(before)
        or IDENTIFIER_BEFORE.search(before)
    ):
        # "American Airlines flight 1234" is a flight's number, "the Boeing 787" a model, "Gate 12" a gate
        return None
    # "Oct. 18", "the June 9 flight", "el lunes 9": a day of a month or of a week ("and June 49" is no day)
    if value <= MAX_DAY_OF_MONTH and names_a_day(before, text, language):
        return None
    return value


def start_of_qualifier(before: str) -> int:
    """Where a qualifier (``about``, ``al menos``) right before a number starts, or the number's own start."""
    found = _qualifier_match(before)
    return found[1].start() if found else len(before)


@dataclass
class Candidate:
    """A count found in a sentence, with the span it owns and any place that is its own."""

    count: Count
    start: int
    end: int
    destinations: list[str] | None = None
    origin: str | None = None
    bound: bool = True
    when: str | None = None  # the time a single flight is named by ("the May flight"): its period
    shape: str = "bound"  # which step found the count: bound to its noun, or one of find_elided's shapes
