"""Where a sentence's counts are: bound to a flight noun, or one of the shapes of a count whose noun is left
out (``14 to Haiti``, ``Honduras 116``, ``recibió 17``, ``up from 115``), each owning a span of the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from transforms.cues.counts import NEXT_ONE
from transforms.cues.elision import (
    ANOTHER,
    ARRIVED_FIRST,
    CHANGED_TO,
    FIRST_OF_THEM,
    FOLLOWED,
    RANK,
    RECEIVED,
    SENT_FROM,
    SENT_OUT,
    SENT_TO,
)
from transforms.cues.routes import REGION
from transforms.cues.statuses import CANCELLED, DENIED
from transforms.cues.traps import RESTATEMENT
from transforms.dates import (
    COMPARED_BEFORE,
    LAST_YEAR_AFTER_MONTH,
    month_numbers,
    weekday_alternation,
    weekday_numbers,
)
from transforms.domain import Qualifier, Status
from transforms.mentions.counts import (
    CHANGE_BEFORE,
    FLIGHT_NOUN,
    MAX_DAY_OF_MONTH,
    MORE_BEFORE_ONE,
    NUMBER_TOKEN,
    OF_WHICH,
    RANGE_BEFORE,
    SINGULAR_NOUNS,
    Candidate,
    Count,
    bound_count_before,
    may_count_word,
    number_at,
    parse_ordinal,
    qualifier_before,
    start_of_qualifier,
)
from transforms.mentions.periods import SAME_PERIOD_PHRASE
from transforms.mentions.status import status_of
from transforms.mentions.traps import INCLUDING_BEFORE, trap_of
from transforms.numbers import DOZEN, parse_count, parse_count_word
from transforms.places import PlaceMatch, find_places
from transforms.routes import COORDINATION
from transforms.spans import EndPattern, LowercasePattern, lowercase
from transforms.vocabulary import FLIGHT_NOUNS, MOVEMENT_WORDS, TRANSFER_RE

EACH_BEFORE = EndPattern(
    re.compile(r"\b(?:each|cada uno|cada una)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE), words=3
)
EACH_AFTER_NOUN = re.compile(r"\s+(?:each|apiece|cada uno|cada una|cada um|cada)\b", re.IGNORECASE)
PREDICATE_BEFORE = EndPattern(
    re.compile(
        rf"\b(?:{RESTATEMENT.alternation})[.,]*\s+[\"“«']?\s*(?:(?:the|el|la|o|a)\s+)?[\"“«']?\s*"
        # "It was the 14th and 15th removal flight": the ordinal joined before this one
        rf"(?:\d{{1,4}}(?:st|nd|rd|th|\.?[ºª°])?\s*(?:and|y|e|&|,)\s+)?$",
        re.IGNORECASE,
    ),
    words=8,
)
DEFINITE_BEFORE = EndPattern(
    re.compile(
        r"(?:\b(?P<same>the same|los mismos|las mismas|esos mismos|those|these|esos|estos|esas|estas|both|"
        r"ambos|os mesmos)|\b(?:the|los|las|os|as))\s+$",
        re.IGNORECASE,
    ),
    words=2,
)
# "The flight was cancelled", "No es la primera vez: el vuelo … se anuló", "Interior suspendió in extremis el
# vuelo a Dakar": the one flight a cancellation or refusal is about, named by its definite article, as subject
# or as object
DEFINITE_SUBJECT = re.compile(
    rf"(?:^\W*|[:;]\s+|\b(?:{CANCELLED.alternation}|{DENIED.alternation})\s+(?:[^\W\d_]+\s+){{0,2}}?)"
    r"(?:el|the|this|este|la|o)\s+(?:[^\W\d_]+(?:/[^\W\d_]+)?\s+){0,2}?(?:vuelo|flight|avi[oó]n|plane|"
    r"charter|aeronave|voo)\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(
    r"""
    ,\s+(?:y|and|e|mientras(?:\ que)?|while|but|pero|whereas|enquanto|mas|por\ su\ parte)\b  # ", and"
    |;\s
    # "12 flights had left and more would follow": other flights, with a verb of their own
    |\s(?:y|and|e)\s+(?=(?:more|others|otros|otras|outros|outras|m[aá]s|mais)\s+(?!than\b|de\b|que\b))
    # "two planes landed today and a third is due tomorrow": another day, with a verb of its own
    |\s(?:y|and|e)\s+(?=(?:today|tomorrow|yesterday|hoy|mañana|ayer|hoje|amanh[aã]|ontem)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "10 of them to Guatemala": a share of the count before
SHARE_OF_THEM = r"(?:of them\s+|de ellos\s+|de los cuales\s+|deles\s+|dos quais\s+)?"
TO_PLACE = re.compile(
    rf"^\s+{SHARE_OF_THEM}(?P<each>each\s+|cada\s+uno\s+|cada\s+una\s+|"
    rf"cada\s+um\s+)?(?:{SENT_TO.alternation})\s+",
    re.IGNORECASE,
)
# flights counted with their noun and sent somewhere: "a flight to", "two flights went to", "un vuelo a"
SENT_TO_AFTER_NOUN = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:to|into|a|al|hacia|para|rumbo\s+a|con\s+destino\s+a|ao|à|rumo\s+a)\s",
    re.IGNORECASE,
)
ANOTHER_TO_PLACE = re.compile(
    rf"\b(?:another|otro|otra|outro|outra)\s+(?:{SENT_TO.alternation})\s+", re.IGNORECASE
)
# flights counted with their noun and sent from somewhere: "one flight from Houston", "un vuelo procedente de"
SENT_FROM_AFTER_NOUN = re.compile(rf"\s+(?:{SENT_FROM.alternation})\s", re.IGNORECASE)
# "and another from Alexandria", "y otro de Alexandria", "e outro do Texas": a bare "de" is from here
ANOTHER_FROM_PLACE = re.compile(
    rf"\b(?:another|otro|otra|outro|outra)\s+(?:{SENT_FROM.alternation}|de|d[oa]s?)\s+", re.IGNORECASE
)
FROM_PLACE = re.compile(
    # "y uno más desde México", "and one more from Mexico": one more, from elsewhere
    rf"^\s+{SHARE_OF_THEM}(?:(?:more|m[aá]s|mais)\s+)?(?:(?:came|were|departed|left|foram)\s+)?"
    rf"(?:{SENT_FROM.alternation})\s+",
    re.IGNORECASE,
)
# "120 procedían de Estados Unidos y 30 de México": after a count from a place, a bare "de" is from too
BARE_FROM = re.compile(r"^\s+(?:de|do|da|dos|das)\s+", re.IGNORECASE)
# the colon after a count of flights, or the comma right after its noun, that opens its parts
PARTS_OPENER_BEFORE = EndPattern(
    re.compile(
        # "sendo 15 dos EUA e 5 do México", "de los cuales 15 de Estados Unidos": the parts a word opens
        rf"(?::|\b(?:vuelos|voos|flights),|,\s*(?:sendo|siendo|{OF_WHICH}))\s*$",
        re.IGNORECASE,
    ),
    words=4,
)
FLIGHTS_FROM_THEN_JOINER = re.compile(
    rf"\s+(?:{SENT_FROM.alternation}|de|d[oa]s?)\s+(?:(?:los|las|el|la|the|o|a)\s+)?[A-ZÁÉÍÓÚ][^,;.]{{1,40}}?"
    r"\s*(?:,|\by\b|\be\b|\band\b)\s*$"
)
PARTS_JOINER = re.compile(r"^\s*(?:,|;|\by\b|\be\b|\band\b)\s*(?:(?:y|e|and)\s+)?$", re.IGNORECASE)
ARTICLE_BEFORE_PLACE = re.compile(r"(?:the|la|el|los|las|o|a|os|as)\s+", re.IGNORECASE)
PAIR_BEFORE = EndPattern(
    re.compile(
        r"(?:^(?:\d{1,2}/\s*|[-•*]\s*)?|[,;:]\s*|\s(?:y|and|e)\s+|\b(?:seguid[oa]s? (?:de|por)|followed by|"
        r"then|luego|depois)\s+)(?:(?:a|to|o|a)\s+)?$",
        re.IGNORECASE,
    ),
    words=3,
)
# "Honduras (33)", "Honduras 33", "Honduras: 33", "Honduras, con 33", "Guatemala, 52;" (not a year:
# "Guatemala, 2024"), "El Salvador seven", "o Equador, cinco" (a word only where it parses as a number)
PAIR_AFTER = re.compile(
    r"^\s*(?:\(\s*(?P<n1>\d+)\s*\)|(?::|,?\s+(?:con|with|com))?\s+(?P<n2>\d+|[^\W\d_]+)|,\s*(?P<n3>\d{1,3}|[^\W\d_]+))"
    r"(?=\s*(?:[,;.)]|\s(?:y|and|e|in|en|em|during|durante|over|last)\s|$))"
)
# "went to Guatemala (52), Honduras (33)", "the top destinations were Guatemala (49), ...": a place with its
# count in brackets, the first of the list
BRACKETED_PAIR_BEFORE = EndPattern(
    re.compile(
        r"\b(?:to|a|para|hacia|were|was|are|is|fueron|fue|son|es|foram|foi|s[aã]o)\s+(?:the\s+|o\s+|a\s+)?$",
        re.IGNORECASE,
    ),
    words=3,
)
RECEIVED_BEFORE = EndPattern(
    re.compile(
        rf"\b(?:{RECEIVED.alternation})\s+(?:(?:just|only|solo|sólo|apenas|merely|another|otros|outros|"
        rf"mais)\s+)?$",
        re.IGNORECASE,
    ),
    words=2,
)
# "and one more was turned back by Mexico", "y uno más fue rechazado", "e mais um foi cancelado": one flight
# more than the sentence counted, with a fate of its own
ONE_MORE_WITH_A_FATE = re.compile(
    # "mais um" says "more" before the number
    r"^\s+(?P<more>more\s+|m[aá]s\s+)?(?:was|were|had\s+been|fue|fueron|foi|foram)\s+"
    rf"(?:{DENIED.alternation}|{CANCELLED.alternation})\b",
    re.IGNORECASE,
)
# "three of the four", "tres de los cuatro", "três dos quatro": a part, then the set it comes from
OF_A_SET = r"\s+(?:of\s+the|de\s+l[oa]s|d[oa]s)\s+"
SET_AFTER_PART = re.compile(rf"^{OF_A_SET}(?P<whole>[^\W_]+)\b", re.IGNORECASE)
# "and on Wednesday another 2", "y el miércoles otros 2", "and 2 more on Friday": more of the flights counted
ANOTHER_BEFORE = EndPattern(re.compile(rf"\b(?:{ANOTHER.alternation})\s+$", re.IGNORECASE), words=1)
MORE_RIGHT_AFTER = re.compile(
    rf"^\s+(?:{ANOTHER.alternation})\b(?!\s+(?:than|que|de|do|del|a\s+mais)\b)", re.IGNORECASE
)
# "19 por ciento", "19 per cent": a share, its noun in words
PERCENT_WORDS = r"por\s+ciento|por\s+cento|per\s+cent"
PERCENT_AFTER = re.compile(rf"\s*(?:{PERCENT_WORDS})\b", re.IGNORECASE)
# "12%", "12 percent", "un 15 por ciento": a share, not a count
PERCENT_UNIT = rf"(?:%|(?:percent|{PERCENT_WORDS})\b)"
# "fell to 8", "rose from 6 in April to 11", "bajó a 8", "caíram para 3", "rose 12% in February to 196",
# "aumentaron un 15% en febrero, hasta 88": the level a count changed to
CHANGED_TO_BEFORE = EndPattern(
    re.compile(
        rf"""\b(?:{CHANGED_TO.verbose_alternation})\s+
        # the level before: "from 6 in April"
        (?:(?:from|de|desde)\s+\d[\d,.]*\s+(?:[^\W\d_]+\s+){{0,3}})?
        # by how much: "12%", "un 15 por ciento"
        (?:(?:by\s+|en\s+un\s+|un\s+|em\s+)?\d[\d,.]*\s*{PERCENT_UNIT}\s+)?
        # when: "in February", "en febrero de 2025"
        (?:(?:in|during|en|durante|em|n[oa])\s+[^\W\d_]+(?:\s+(?:de\s+)?\d{{4}})?\s*)?
        ,?\s*(?:to|a|para|hasta|at[eé])\s+$""",
        re.IGNORECASE | re.VERBOSE,
    ),
    words=16,
)
# "... from 14 in February", "desde 14 en febrero", "ante 5 em abril": the level it changed from
CHANGED_FROM_BEFORE = EndPattern(
    re.compile(r"\b(?:from|desde|ante|frente\s+a|de)\s+$", re.IGNORECASE), words=2
)
CHANGE_VERB = re.compile(rf"\b(?:{CHANGED_TO.alternation})\b", re.IGNORECASE)
# nothing before "another" but a connective: "Otros dos ...", "And another two ...", "Mas outros dois ..."
OPENING_ONLY = re.compile(rf"\W*(?:(?:and|but|y|pero|e|mas)\s+)?(?:{ANOTHER.alternation})\s*", re.IGNORECASE)
# ... and ends there, or a time follows: "otros 2, el miércoles", "2 more on Friday" (not "2 more weekly
# flights")
ANOTHER_ENDS = re.compile(
    rf"""^(?:\s+(?:{ANOTHER.alternation}))?
    (?:\s*(?:[,.;:)]|$)
      |\s+(?:on|in|at|this|next|last|during|el|la|los|las|en|este|esta|durante|o|a|os|as|n[oa]s?|em|neste|nesta)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "up from five a day", "frente a tres al día", "contra dois por dia": a number with its noun left out that
# is a rate, not a count ("115 a year ago" is a count a year back)
RATE_RIGHT_AFTER = re.compile(
    r"""^\s*(?:
        (?:a|per|each|every|al|por|cada|ao)\s+(?:week|day|month|year|semana|d[ií]a|mes|a[nñ]o|m[eê]s|ano)\b
        (?!\s+(?:ago|earlier|before|antes|atr[aá]s))   # "a year ago" dates a count
      | (?:weekly|daily|monthly|diari[oa]s|semanales|mensuales|di[aá]rios|semanais|mensais)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
PRIOR_BEFORE = EndPattern(
    re.compile(
        rf"""
        \b(?:
            # a comparison: "up from", "frente a los", "compared with", "superando os", "surpassing the"
            (?:up|down)\s+from|frente\ a(?:\s+los)?|compared\ (?:with|to)|against|contra(?:\s+los)?
            |(?:surpassing|exceeding|topping)(?:\s+the)?|superando(?:\s+(?:a\s+)?(?:los|las|os|as))?
            # a tally: "the count was", "la cifra ascendió a", "la cifra de vuelos llegó a", "the number of
            # removal flights reached"
            |(?P<tally>(?:count|number|figure|total|tally|record|cifra|n[uú]mero|conteo|registro|r[eé]cord
                |recorde)
              (?:\s+(?:mensual|semanal|anual|mensal))?                   # "la cifra mensual"
              (?:\s+(?:of|de|do|dos)\s+(?:[^\W\d_]+\s+)?(?:{FLIGHT_NOUNS}))?
              \s+(?:was|is|had\ been|of|fue|era|de|ascendi[oó]\ a|lleg[oó]\ a|reached|stood\ at
                |alcanz[oó]|alcan[çc]ou|chegou\ a)
              # "bringing the total this year to", "brought the monthly tally to", "eleva el número a"
              |\b(?:brings?|brought|bringing|raises?|raised|takes?|took|lleva|llevan|eleva|elevan|elev[oó])
              \s+(?:the|el|la)\s+(?:[\w'’]+\s+)?(?:total|tally|count|number|figure|cifra|n[uú]mero|conteo)\b
              [^.;]{{0,80}}?\s(?:to|a|hasta))
        )\s+$
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=48,
)
# "ya son 63 los que han llegado", "já são 63 os que chegaram": a running count of the flights the sentence
# talks of, their noun left out
TALLY_VERB_BEFORE = EndPattern(
    re.compile(
        r"\b(?:ya\s+|já\s+)?(?:son|suman|sumaban|van|llevan|ascienden\s+a|s[aã]o|somam)\s+(?:ya\s+|já\s+)?$",
        re.IGNORECASE,
    ),
    words=4,  # "ya ascienden a ya"
)
THOSE_WHO_AFTER = re.compile(r"^\s+(?:los|las|os|as)\s+que\b", re.IGNORECASE)
# "lo que eleva a 63 el total del año", "o que eleva para 63 o total do ano": the total a count raises, its
# noun left out
RAISES_TO_BEFORE = EndPattern(
    re.compile(
        r"\b(?:eleva|elevan|elev[oó]|elevou|lleva|llev[oó]|leva|levou)\s+(?:a|para)\s+$", re.IGNORECASE
    ),
    words=2,
)
TOTAL_AFTER = re.compile(r"^\s+(?:el|o|la|a)\s+(?:total|acumulado|n[uú]mero|cifra|contagem)\b", re.IGNORECASE)
# "Of the 153 flights, 19 were joint operations", "De los 153 vuelos, 19 fueron…", "Dos 153 voos, 19 foram…":
# a part of the flights the sentence opens with
WHOLE_THEN_PART = re.compile(
    rf"\W*(?:of the|of all(?: the)?|de los|de las|del total de|dos|das|do total de)\s+[\d.,"
    rf"]+\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{FLIGHT_NOUNS})\b"
    r"[^,;:.]{0,60},\s*$",
    re.IGNORECASE,
)
# "En agosto, el mes con más operaciones, llegaron 19": in Spanish and Portuguese the verb of arrival may come
# before a count whose noun is left out
# (two words: "habían llegado")
ARRIVED_BEFORE = EndPattern(re.compile(rf"\b(?:{ARRIVED_FIRST.alternation})\s+$", re.IGNORECASE), words=2)
OF_THEM_AFTER = re.compile(
    r"\s+(?:of them|of those|de ellos|de ellas|de estos|de esos|deles|delas|destes|desses)\b", re.IGNORECASE
)
SENT_OUT_BEFORE = EndPattern(
    re.compile(
        rf"\b(?:{SENT_OUT.alternation})\s+(?:(?:just|only|solo|sólo|apenas|merely)\s+)?$", re.IGNORECASE
    ),
    words=3,
)
MOVED_AFTER = re.compile(
    r"""
    ^\s+(?:(?:more|additional|más|otros|otras|mais|outros|outras)\s+)?           # "five more", "otros cinco"
    (?:(?:have|has|had|were|had\ been|are|will|could|would|se|están|serán|foram|est[aã]o|ser[aã]o|t[eê]m)\s+)?
    (?:
        # moved or to move
        landed|arrived|departed|left|took\ off|flown|flew|went|headed|aterrizaron|llegaron|salieron
        |partieron|despegaron|fueron\ a|han\ llegado|han\ aterrizado|arribaron
        |planned|scheduled|expected|programad[oa]s|previst[oa]s|esperan|llegar[aá]n|arrive|land
        |pousaram|chegaram|sa[ií]ram|partiram|decolaram|foram\ para|chegar[aã]o|pousar[aã]o
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# What may follow a count whose noun is left out: not a noun of its own (people, days, percent).
ELIDED_FOLLOWERS = frozenset(
    "in en during durante entre between from desde de del this last este esta el la los las that que on y "
    "and each cada at by over "
    "more más so así while mientras but pero for por para to a al hacia have has had were was han se "
    "em no na nos nas do da dos das neste nesta nesse nessa o os as e ao à aos mais até foram "
    "fueron eran are eram "
    # "superando os 34 registrados no ano passado": the flights counted, recorded
    "recorded registered registrados registradas contabilizados realizados realizadas".split()
)


def _followed_by_noun(after: str) -> bool:
    """True when a word other than a connector follows the number (``17 personas``, ``40 minutes``)."""
    if PERCENT_AFTER.match(after):
        return True  # "19 por ciento": "por" joins a count elsewhere, not here
    match = re.match(r"^\s*(?P<w>[^\W\d_]+|%|\d)", after)
    return match is not None and match.group("w").lower() not in ELIDED_FOLLOWERS


def _right_after_a_count(
    token: re.Match[str], busy: list[tuple[int, int]], numbers: list[re.Match[str]]
) -> bool:
    """Whether the nearest number before ``token`` is a count of flights already taken ("cinco aviones, cuatro
    de ellos"), not one of people ("118 brasileiros, 12 deles crianças")."""
    ends = [end for _start, end in busy if end <= token.start()]
    return bool(ends) and not any(max(ends) <= other.start() < token.start() for other in numbers)


def _subject_places(sentence: str, end: int) -> list[str]:
    """The countries that open the clause ending at ``end`` and those joined to them (``Ecuador y Colombia
    sumaron``)."""
    breaks = list(CLAUSE_BREAK.finditer(sentence, 0, end))
    start = breaks[-1].end() if breaks else 0
    places = [p for p in find_places(sentence[start:end]) if p.kind in ("country", "demonym")]
    run: list[str] = []
    for index, place in enumerate(places):
        if index and not COORDINATION.fullmatch(
            sentence[start + places[index - 1].end : start + place.start]
        ):
            break
        run.append(place.country)
    return run


# "327 in 2022 and 243 in 2021", "48 en marzo y 31 en abril": counts of flights dated one after another, the
# noun said once
DATED_BY = re.compile(r"\s+(?:in|en|em|during|durante|de)\s+(?P<when>[^\W_]+)", re.IGNORECASE)
DATED_JOINER = re.compile(r"\s*,\s*|,?\s+(?:and|y|e)\s+", re.IGNORECASE)
# the date that ends what stands between two counts: "… a Brasil en mayo y "
DATED_BEFORE_JOINER = re.compile(
    r"^[^.;:\d]{0,40}?\s(?:in|en|em|during|durante|de)\s+(?P<when>[^\W_]+)(?:\s*,\s*|,?\s+(?:and|y|e)\s+)$",
    re.IGNORECASE,
)
LAST_WORD_BEFORE = re.compile(r"(?P<when>[^\W_]+)$")


def _names_a_time(word: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d{2}", word)) or word.lower() in month_numbers()


def _sibling_of_a_dated_count(sentence: str, token: re.Match[str], busy: list[tuple[int, int]]) -> int | None:
    """When a count dated by a year or month stands right before (``327 in 2022 and``) and ``token`` is dated
    the same way (``243 in 2021``), the length of the token's own date; else None."""
    own = DATED_BY.match(sentence, token.end())
    before = [end for start, end in busy if end <= token.start()]
    if not own or not _names_a_time(own.group("when")) or not before:
        return None
    # the count before ends with its date ("siete en abril"), or a few words after it do ("4 vuelos a Brasil
    # en mayo")
    gap = sentence[max(before) : token.start()]
    earlier = DATED_BEFORE_JOINER.search(gap) or (
        DATED_JOINER.fullmatch(gap) and LAST_WORD_BEFORE.search(sentence, 0, max(before))
    )
    when = earlier.group("when") if earlier else ""
    return own.end() - token.end() if earlier and _names_a_time(when) else None


# a cheap first test for RANK_BEFORE_COUNT
RANK_WORD = LowercasePattern(rf"\b(?:{RANK.alternation}|{FOLLOWED.alternation})\b")
RANK_BEFORE_COUNT = re.compile(
    rf"""
    \b(?P<rank>
        (?:
            (?:was|ranked|came|fue|qued[oó]|ficou|foi)\s+(?:in\s+|en\s+|em\s+)?   # "was", "quedó en"
            (?:the\s+|el\s+|la\s+|o\s+|a\s+)?
            (?:{RANK.verbose_alternation})(?:\s+(?:place|lugar))?                  # "second", "segundo lugar"
          | (?:{FOLLOWED.verbose_alternation})                                     # "followed", "le siguió"
            (?:\s+[^\W\d_]+){{0,4}}?                                               # "le siguió Honduras"
        )
        ,?\s+(?:with|con|com)
    )
    \s+(?P<n>\d[\d,.]*)\b                                                    # its count
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "; en febrero, 12", ", in March 10": a month opening the next item of a list of monthly counts
# "Flights to Venezuela resumed, with 8 in May", "con 8 en mayo", "com 8 em maio": a count of the flights just
# named, with its time right after it
WITH_BEFORE = EndPattern(re.compile(r"\b(?:with|con|com)\s+$", re.IGNORECASE), words=1)
MONTH_RIGHT_AFTER = re.compile(r"^\s+(?:in|en|em|during|durante)\s+(?P<m>[^\W\d_]+)\b", re.IGNORECASE)


# "frente a 124 un año antes", "compared with 124 a year earlier", "contra 124 no mesmo período de 2024": the
# count compared against, with the same period a year back right after it
SAME_PERIOD_AFTER = re.compile(rf"\s+(?:{SAME_PERIOD_PHRASE.pattern})", re.IGNORECASE | re.VERBOSE)
COMPARED_WINDOW_CHARS = 30  # how far before a count its comparison's words stand


def _compared_a_year_back(lead: str, a_year_back: bool) -> bool:
    return a_year_back and COMPARED_BEFORE.search(lead[-COMPARED_WINDOW_CHARS:]) is not None


def _with_a_month_after(lead: str, after: str) -> bool:
    month = MONTH_RIGHT_AFTER.match(after)
    return bool(month and WITH_BEFORE.search(lead) and month_numbers().get(month.group("m").lower()))


MONTH_BEFORE = EndPattern(
    re.compile(
        rf"""
        (?:^|[;,]\s*|\s(?:y|and|e)\s+)(?P<at>(?:en|in|em|durante|during)\s+)?
        (?P<when>(?P<m>[^\W\d_]+)(?:{LAST_YEAR_AFTER_MONTH})?)     # the month, "del año pasado"
        \s*(?P<comma>,)?\s*$
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    words=8,
)
# "; in 2021, 1,300", ", y en 2021, 1.300": a year opening the next item of a list of yearly counts
YEAR_LEAD = r"(?P<lead>(?:en|in|em|durante|during)\s+(?:19|20)\d{2})"  # "in 2021", "em 2023"
YEAR_ITEM_BEFORE = EndPattern(
    re.compile(rf"(?:[;,]\s*|\s(?:y|and|e)\s+){YEAR_LEAD}\s*,\s*$", re.IGNORECASE), words=4
)
# a region's name where a count's destination would be: "a dozen to Africa and Asia"
REGION_START = re.compile(rf"(?:the\s+|la\s+|a\s+|o\s+)?(?:{REGION.alternation})\b", re.IGNORECASE)
# "Em 2024, foram 16 voos. Em 2023, 12.": a sentence of a year and its count after a sentence of flights
YEAR_ITEM_SENTENCE = re.compile(rf"\s*(?:(?:y|and|e)\s+)?{YEAR_LEAD}\s*,\s*\S+\s*[.;]?\s*", re.IGNORECASE)


# "seguido de noviembre (61) y agosto (58)": a month with its count in brackets, after a count of flights


@cache
def _weekday_item_before() -> EndPattern:
    """ ", y el miércoles, uno", " and on Wednesday, one", " e na quarta-feira, um": a day opening the next
    item of a list of daily counts (a comma after the day: "el miércoles 5" is a date)."""
    return EndPattern(
        re.compile(
            rf"(?:[;,]\s*|\s(?:y|and|e)\s+)(?P<lead>(?:(?:el|on|no|na|para\s+el|for)\s+)?"
            rf"(?:{weekday_alternation()}))\s*,\s*$",
            re.IGNORECASE,
        ),
        words=5,
    )


# "deportation flights; the first landed", "vuelos de deportación, y el primero llegó": the first of the
# flights just named moved (a clause break or "and/with" before it, its verb of movement right after it)
FIRST_OF_THEM_RE = re.compile(
    rf"(?:[;,]|\b(?:and|with|y|con|e|com))\s+(?P<first>{FIRST_OF_THEM.alternation})"
    rf"\s+(?:touched\s+down|{MOVEMENT_WORDS})\b",
    re.IGNORECASE,
)
PLURAL_FLIGHT_NOUN = re.compile(rf"\b(?:{FLIGHT_NOUNS})(?<=s)\b", re.IGNORECASE)


def _first_of_the_flights(sentence: str) -> list[Candidate]:
    """One flight, the first of the flights the sentence names before it without a count."""
    first = FIRST_OF_THEM_RE.search(sentence)
    if not first or not PLURAL_FLIGHT_NOUN.search(sentence, 0, first.start()):
        return []
    return [
        Candidate(
            Count(1, Qualifier.EXACT, ordinal=1),
            first.start("first"),
            first.end("first"),
            bound=False,
            shape="first_of_them",
        )
    ]


# "two to three flights", "dos o tres vuelos", "dois a três voos" (not "12 y 9 vuelos, respectivamente"): the
# high end of a range and its flight noun
RANGE_HIGH_AFTER = re.compile(
    rf"^\s*(?:to|or|-|–|a|o|ou)\s+(?P<high>\d+|[^\W\d_]+)\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{FLIGHT_NOUNS})\b",
    re.IGNORECASE,
)
MONTH_ITEM_BEFORE = EndPattern(re.compile(r"\b(?P<m>[^\W\d_]+)\s*\(\s*$", re.IGNORECASE), words=2)


def find_elided(
    sentence: str,
    language: str | None,
    taken: list[tuple[int, int]],
    flight_context: bool,
    listed: bool,
    them_are_people: bool = False,
) -> list[Candidate]:
    """Counts whose flight noun is left out but whose shape says they count flights.

    ``14 to Haiti`` and ``Honduras 116`` continue a list (``listed``: the sentence already counts
    flights); ``recibió 17``, ``up from 115``, ``April's count was 34``, ``at least 38 have landed``
    and ``incluidos seis`` need a sentence about flights, or one right after it.
    """
    numbers = [
        t
        for t in NUMBER_TOKEN.finditer(sentence)
        if t.group()[0].isdigit() or may_count_word(t.group(), language)
    ]
    if any(not t.group()[0].isdigit() for t in numbers):  # the "ciento" of "19 por ciento" is no hundred
        percents = [m.span() for m in PERCENT_AFTER.finditer(sentence)]
        numbers = [t for t in numbers if not any(s <= t.start() < e for s, e in percents)]
    if flight_context and not taken and (next_one := NEXT_ONE.regex.match(sentence)):
        # "The next one is expected on Friday": one flight more after the one just reported
        return [Candidate(Count(1, Qualifier.EXACT), 0, next_one.end(), bound=False, shape="next_one")]
    first_of_them = _first_of_the_flights(sentence) if flight_context and not taken else []
    if not numbers:
        # "a flight to Guatemala and another to Honduras": no number, one flight more
        return first_of_them + (
            _another_to_or_from_a_place(sentence, [], find_places(sentence), taken)
            if taken and (ANOTHER_TO_PLACE.search(sentence) or ANOTHER_FROM_PLACE.search(sentence))
            else []
        )
    found: list[Candidate] = first_of_them
    places = find_places(sentence)
    ranked = (
        RANK_BEFORE_COUNT.search(sentence)
        if flight_context and not listed and RANK_WORD.found_in(lowercase(sentence))
        else None
    )
    if ranked and _followed_by_noun(sentence[ranked.end() :]):
        ranked = None  # "was second with 61 percent", "con 61 mil personas": a number of something else
    if ranked and (value := parse_count(ranked.group("n"))) is not None:
        # "Harlingen was second with 61, followed by El Paso with 47": a ranking of the places the flights
        # counted before
        # "Honduras followed with 118", "le siguió Honduras con 118": a country ranked received its count
        ranked_countries = [
            p.country
            for p in places
            if p.kind == "country"
            and p.end <= ranked.end("rank")
            and (p.start >= ranked.start("rank") or not sentence[p.end : ranked.start("rank")].strip())
        ]
        found.append(
            Candidate(
                Count(value, Qualifier.EXACT),
                ranked.start("rank"),
                ranked.end(),
                destinations=ranked_countries[-1:],
                bound=False,
                shape="rank",
            )
        )
        listed = True
    paired = listed
    if listed:
        found += _place_pairs(sentence, places, taken, language)
    busy = taken + [(c.start, c.end) for c in found]
    # "trasladados en 3 vuelos a Guantánamo": no removal count
    transfer = TRANSFER_RE.found_in(lowercase(sentence))
    for token in numbers:
        if any(s <= token.start() < e for s, e in busy):
            continue
        after, before = sentence[token.end() :], sentence[: token.start()]
        high = RANGE_HIGH_AFTER.match(after)
        if high and parse_count_word(high.group("high"), language) is not None:
            continue  # "two to three flights per day": the low end of a range bound to its noun, trap or not
        candidate: Candidate | None = None
        if listed and (to := TO_PLACE.match(after)):
            value = number_at(sentence, token, language, listed=True)
            targets = _coordinated_places(sentence, token.end() + to.end(), places)
            if value is not None and not targets and REGION_START.match(sentence, token.end() + to.end()):
                # "Nearly 100 flights went to South America, and about a dozen to Africa and Asia": to a
                # region (the sentence's steps find it after the count)
                qualifier = Qualifier.APPROX if DOZEN.match(token.group()) else qualifier_before(before)
                candidate = Candidate(
                    Count(value, qualifier), token.start(), token.end(), bound=False, shape="to_place"
                )
            if value is not None and targets:
                candidate = Candidate(
                    Count(value, qualifier_before(before), each=bool(to.group("each"))),
                    token.start(),
                    targets[-1][1],
                    destinations=[c for c, _ in targets],
                    bound=False,
                    shape="to_place",
                )
        if (
            candidate is None
            and listed
            and (source := FROM_PLACE.match(after) or _from_after_a_from(sentence, token, found, taken))
        ):
            value = number_at(sentence, token, language, listed=True)
            origins = _coordinated_places(sentence, token.end() + source.end(), places)
            if value is not None and origins:
                candidate = Candidate(
                    Count(value, qualifier_before(before)),
                    token.start(),
                    origins[0][1],
                    origin=origins[0][0],
                    bound=False,
                    shape="from_place",
                )
        if (
            candidate is None
            and listed
            and (month := MONTH_ITEM_BEFORE.search(before))
            and month_numbers().get(month.group("m").lower())
            and after.startswith(")")
        ):
            # "con 66 vuelos, seguido de noviembre (61) y agosto (58)"
            value = number_at(sentence, token, language, listed=True)
            if value is not None:
                candidate = Candidate(
                    Count(value, Qualifier.EXACT),
                    month.start(),
                    token.end() + 1,
                    bound=False,
                    when=month.group("m"),
                    shape="month_item",
                )
        if (
            candidate is None
            and listed
            and (month := MONTH_BEFORE.search(before))
            and month_numbers().get(month.group("m").lower())
        ):
            # "11 vuelos en enero; en febrero, 12; en marzo, 10", "y en octubre del año pasado, 19", "July had
            # seen 54 flights, and June 49" (a bare month's day is a date: "and June 12" counts nothing)
            value = number_at(sentence, token, language, listed=True)
            bare_day = not (month.group("at") or month.group("comma")) and (value or 0) <= MAX_DAY_OF_MONTH
            if value is not None and not _followed_by_noun(after) and not bare_day:
                candidate = Candidate(
                    Count(value, Qualifier.EXACT),
                    month.start(),
                    token.end(),
                    bound=False,
                    when=month.group("when"),
                    shape="month_list",
                )
        if candidate is None and (item := _time_item(sentence, before, busy, listed, flight_context)):
            value = number_at(sentence, token, language, listed=True)
            if value is not None and not _followed_by_noun(after):  # (number_at refuses a year)
                lead_start, shape = item
                candidate = Candidate(
                    Count(value, Qualifier.EXACT), lead_start, token.end(), bound=False, shape=shape
                )
        if candidate is None and (sibling := _sibling_of_a_dated_count(sentence, token, busy)):
            value = number_at(sentence, token, language)  # "up from 327 in 2022 and 243 in 2021"
            if value is not None:
                candidate = Candidate(
                    Count(value, qualifier_before(before)),
                    token.start(),
                    token.end() + sibling,
                    bound=False,
                    shape="dated_sibling",
                )
        # "en cinco aviones, cuatro de ellos desde Tenerife": a part of the flights counted right before
        # "Guatemala received 48 of them": a part of the flights the sentence before counted or named
        of_them = OF_THEM_AFTER.match(after)
        part = of_them and (
            (listed and _right_after_a_count(token, busy, numbers))
            or (RECEIVED_BEFORE.search(before) and not them_are_people)
        )
        # "tres de los cuatro", "three of the four": a part of a set counted before, the noun left out
        # (a whole bound to its noun, "três dos quatro voos", is split where bound counts are weighed)
        of_a_set = (whole := SET_AFTER_PART.match(after)) is not None and (
            not any(s <= token.end() + whole.start("whole") < e for s, e in busy)
            and not _followed_by_noun(after[whole.end() :])  # "seven of the 15 returnees" are people
            and (whole_value := parse_count_word(whole.group("whole"), language)) is not None
            and (value_here := parse_count_word(token.group(), language)) is not None
            and 0 < value_here < whole_value
        )
        a_year_back = SAME_PERIOD_AFTER.match(after) is not None
        one_more = (
            listed
            and (fate := ONE_MORE_WITH_A_FATE.match(after)) is not None
            and (fate.group("more") is not None or MORE_BEFORE_ONE.search(before) is not None)
        )
        if (
            candidate is None
            and flight_context
            and (
                MOVED_AFTER.match(after)
                or part
                or one_more
                or of_a_set
                or a_year_back
                or not _followed_by_noun(after)
            )
            and not transfer
            # "of them" with no count before it in the sentence: the people the sentence before counted
            and not (them_are_people and of_them and not any(e <= token.start() for _, e in busy))
        ):
            value = number_at(sentence, token, language, listed=bool(one_more))
            low = RANGE_BEFORE.search(before)
            low_value = parse_count_word(low.group("low"), language) if low else None
            # "rose from 20 to 35", "pasaron de 20 a 35": a level and the level it changed to, not a range;
            # the "hasta" of "aumentaron un 15%, hasta 88" is where the level went, not "up to"
            changed_to = CHANGED_TO_BEFORE.search(before) is not None and _flights_changed(before)
            ranged = (
                low is not None
                and low_value is not None
                and value is not None
                and low_value < value
                and not changed_to
            )
            qualifier_start = (
                low.start("low")
                if ranged and low
                else len(before)
                if changed_to
                else start_of_qualifier(before)
            )
            lead = before[:qualifier_start]
            prior = PRIOR_BEFORE.search(lead)
            if prior and not listed and not prior.group("tally"):
                prior = None
            triggered = (
                RECEIVED_BEFORE.search(lead)
                or prior
                or INCLUDING_BEFORE.search(lead)
                or MOVED_AFTER.match(after)
                or ARRIVED_BEFORE.search(lead)
                or WHOLE_THEN_PART.match(lead)
                or (THOSE_WHO_AFTER.match(after) and TALLY_VERB_BEFORE.search(lead))
                or (TOTAL_AFTER.match(after) and RAISES_TO_BEFORE.search(lead))
                or SENT_OUT_BEFORE.search(lead)
                or _with_a_month_after(lead, after)
                or _compared_a_year_back(lead, a_year_back)
                or part
                or one_more
                or of_a_set
                or (
                    (CHANGED_TO_BEFORE.search(lead) or CHANGED_FROM_BEFORE.search(lead))
                    and _flights_changed(lead)
                    and not RATE_RIGHT_AFTER.match(after)
                )
                or (
                    (ANOTHER_BEFORE.search(lead) or MORE_RIGHT_AFTER.match(after))
                    and ANOTHER_ENDS.match(after)
                    and (
                        _right_after_a_count(token, busy, numbers)
                        # "Otros dos, con destino a Senegal, fueron cancelados": a sentence of more of the
                        # flights the one before counted, and what became of them
                        or (
                            OPENING_ONLY.fullmatch(lead) is not None and status_of(sentence) != Status.UNKNOWN
                        )
                    )
                )
            )
            if (
                triggered
                and value is not None
                and not CHANGE_BEFORE.search(lead)
                and not RATE_RIGHT_AFTER.match(after)
            ):
                # "Colombia and Ecuador each received 11", "recibieron 11 cada uno": that many to each subject
                each_before = EACH_BEFORE.search(lead)
                each = each_before or EACH_AFTER_NOUN.match(after)
                destinations = (
                    _subject_places(sentence, each_before.start() if each_before else len(lead))
                    if RECEIVED_BEFORE.search(lead)
                    else None
                )
                count = (
                    Count(low_value, Qualifier.RANGE, flights_max=value)
                    if ranged and low_value is not None
                    else Count(
                        value,
                        Qualifier.EXACT if changed_to else qualifier_before(before),
                        each=bool(each and destinations),
                    )
                )
                # 'bringing the total this year to 187'
                owned_from = prior.start() if prior and prior.group("tally") else qualifier_start
                candidate = Candidate(
                    count,
                    owned_from,
                    token.end() + (whole.end() if of_a_set and whole else 0),
                    destinations=destinations or None,
                    bound=False,
                    shape="elided",
                )
        if candidate:
            found.append(candidate)
            busy.append((candidate.start, candidate.end))
            listed = True  # "Of those, 120 went to Mexico, 80 to Guatemala": the first count opens the list
    if listed and not paired and found:
        # "Guatemala received 48 of them, Honduras 41 and Mexico 29": the first count opens a list of pairs
        found += _place_pairs(sentence, [p for p in places if p.start >= found[0].end], busy, language)
    return found + _another_to_or_from_a_place(sentence, found, places, taken)


def headline_count(
    sentence: str, noun: re.Match[str], language: str | None, status: str
) -> tuple[Count, int] | None:
    """A headline's flight with its article dropped: "Brazil receives 88 deportees on fourth flight" (an
    ordinal), "Cancelan vuelo de deportación a Venezuela" (one flight something happened to)."""
    if noun.group().lower() not in SINGULAR_NOUNS or FLIGHT_NOUN.match(sentence, noun.end() + 1):
        return None  # "charter flight": the last noun of the phrase is the one counted
    before = sentence[: noun.start()]
    # "US charter flight returns 58 Georgians; another expected in November": what its own part says
    status = status_of(semicolon_clause(sentence, noun.start()))
    ordinal = HEADLINE_ORDINAL_BEFORE.search(before)
    if ordinal and (number := parse_ordinal(ordinal.group("ord"), language)):
        return Count(1, Qualifier.EXACT, ordinal=number), ordinal.start("ord")
    if status == Status.UNKNOWN or any(
        token.group()[0].isdigit() or may_count_word(token.group(), language)
        for token in NUMBER_TOKEN.finditer(before[-HEADLINE_COUNT_CHARS:])
    ):
        return None  # a number just before is a count of something else ("88 deportees' flight")
    return Count(1, Qualifier.EXACT, article=True), noun.start()


# an ordinal opening a headline's noun phrase: "on fourth flight", "Llega cuarto vuelo", "Chega o quinto voo"
HEADLINE_ORDINAL_BEFORE = EndPattern(
    re.compile(
        r"(?:^|\b(?:on|in|with|en|em|con|com|no|na|y|e|and|:)\s+|:\s*)(?P<ord>[^\W\d_]+)\s+$", re.IGNORECASE
    ),
    words=2,
)
HEADLINE_COUNT_CHARS = 12  # how far before a headline's bare noun a number binds it to something else


def semicolon_clause(sentence: str, position: int) -> str:
    """The part of the sentence between the semicolons around ``position``."""
    return sentence.split(";")[sentence.count(";", 0, position)]


def _time_item(
    sentence: str, before: str, busy: list[tuple[int, int]], listed: bool, flight_context: bool
) -> tuple[int, str] | None:
    """Where the year or day opening the next item of a list of counts starts, and the item's shape: "In
    2020, the agency flew 1,100 removal flights; in 2021, 1,300", "Em 2023, 12." after a count of flights,
    "Para el martes se esperan dos vuelos más y el miércoles, uno"."""
    if listed and (year := YEAR_ITEM_BEFORE.search(before)) and any(end <= year.start() for _, end in busy):
        return year.start("lead"), "year_list"
    if flight_context and (year := YEAR_ITEM_SENTENCE.fullmatch(sentence)):
        return year.start("lead"), "year_list"
    if (
        listed
        and (day := _weekday_item_before().search(before))
        and any(end <= day.start() for _, end in busy)
    ):
        return day.start("lead"), "weekday_list"
    return None


def _flights_changed(lead: str) -> bool:
    """Whether the last verb of change before a count has flights for its subject: "flights to Colombia fell
    to 8", not "la cifra [de personas] bajó a 12.877"."""
    verbs = list(CHANGE_VERB.finditer(lead))
    if not verbs:
        return False
    verb = verbs[-1]
    clause_start = max(lead.rfind(mark, 0, verb.start()) for mark in ".;,")
    return FLIGHT_NOUN.search(lead, clause_start + 1, verb.start()) is not None


def _place_pairs(
    sentence: str, places: list[PlaceMatch], taken: list[tuple[int, int]], language: str | None
) -> list[Candidate]:
    """``Honduras 41``, ``El Salvador (16)``, ``Mexico six``: a place and its count continuing a list of
    flights."""
    found: list[Candidate] = []
    for place in places:
        pair = PAIR_AFTER.match(sentence[place.end :])
        if not pair or not (
            PAIR_BEFORE.search(sentence[: place.start])
            or (pair.group("n1") and BRACKETED_PAIR_BEFORE.search(sentence[: place.start]))
        ):
            continue
        group = next(name for name in ("n1", "n2", "n3") if pair.group(name))
        number_start = place.end + pair.start(group)
        if any(s <= number_start < e for s, e in taken):
            continue
        value = parse_count_word(pair.group(group), language)
        if value is None:
            continue
        # always matches, maybe empty
        connector = re.search(r"(?:(?:a|to)\s+)?$", sentence[: place.start], re.IGNORECASE)
        start = place.start - (len(connector.group()) if connector else 0)
        found.append(
            Candidate(
                Count(value, Qualifier.EXACT),
                start,
                place.end + pair.end(),
                destinations=[place.country],
                bound=False,
                shape="place_pair",
            )
        )
    return found


def _from_after_a_from(
    sentence: str, token: re.Match[str], found: list[Candidate], taken: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The bare "de" of "y 30 de México" right after a count from a place ("42 vuelos de Estados Unidos y 8
    de México", "14 vuelos procedentes de Estados Unidos y 3 de México"): from, as that count's was; and that
    of the first part a colon or a comma right after the flights opens ("cuatro vuelos: tres de Estados
    Unidos", "118 vuelos, 96 de Estados Unidos", "118 voos, 96 dos Estados Unidos")."""
    last = found[-1] if found else None
    if PARTS_OPENER_BEFORE.search(sentence[: token.start()]):
        return BARE_FROM.match(sentence[token.end() :])
    # "42 vuelos de Estados Unidos y 8 de México": after flights from a place, a bare "de" is from too
    bound_end = max((end for _, end in taken if end <= token.start()), default=-1)
    if (
        bound_end >= 0
        and (last is None or last.end <= bound_end)
        and FLIGHTS_FROM_THEN_JOINER.match(sentence, bound_end, token.start())
    ):
        return BARE_FROM.match(sentence[token.end() :])
    if (
        last is None
        or last.shape != "from_place"
        or not PARTS_JOINER.match(sentence[last.end : token.start()])
    ):
        return None
    return BARE_FROM.match(sentence[token.end() :])


def _another_to_or_from_a_place(
    sentence: str, found: list[Candidate], places: list[PlaceMatch], taken: list[tuple[int, int]]
) -> list[Candidate]:
    """After one flight to a place, or flights counted with their noun and sent to a place, "another" to the
    next is one flight more: "uno a Nicaragua, uno a Haití y otro a Cuba", "one to Haiti and another to
    Cuba", "a flight to Guatemala and another to Honduras", "dos vuelos a Guatemala y otro a Honduras"; and
    after flights counted with their noun and sent from a place, "another" from the next: "one flight from
    Houston landed, and another from Alexandria arrived later"."""
    extra = []
    if any(c.shape == "to_place" and c.count.flights == 1 for c in found) or any(
        SENT_TO_AFTER_NOUN.match(sentence, end) for _, end in taken
    ):
        for other in ANOTHER_TO_PLACE.finditer(sentence):
            targets = _coordinated_places(sentence, other.end(), places)
            if targets and not any(c.start <= other.start() < c.end for c in found):
                extra.append(
                    Candidate(
                        Count(1, Qualifier.EXACT, another=True),
                        other.start(),
                        targets[-1][1],
                        destinations=[country for country, _ in targets],
                        bound=False,
                        shape="to_place",
                    )
                )
    if any(SENT_FROM_AFTER_NOUN.match(sentence, end) for _, end in taken):
        for other in ANOTHER_FROM_PLACE.finditer(sentence):
            targets = _coordinated_places(sentence, other.end(), places)
            if len(targets) == 1 and not any(c.start <= other.start() < c.end for c in found):
                extra.append(
                    Candidate(
                        Count(1, Qualifier.EXACT, another=True),
                        other.start(),
                        targets[0][1],
                        origin=targets[0][0],
                        bound=False,
                        shape="from_place",
                    )
                )
    return extra


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
        joiner = re.match(r"^(?:\s*,\s*|\s+(?:and|y|e)\s+)", sentence[place.end :])
        if not joiner:
            break
        position = place.end + joiner.end()
    return found


def _place_before_bracket(sentence: str, lead: str) -> str | None:
    """The country of the place that ends right before the bracket a count opens."""
    bracket = len(lead.rstrip()) - 1
    window = sentence[max(0, bracket - PLACE_BEFORE_BRACKET_CHARS) : bracket]
    places = find_places(window)
    return places[-1].country if places and not window[places[-1].end :].strip() else None


PLACE_BEFORE_BRACKET_CHARS = 40


def _timed_flight(sentence: str, noun: re.Match[str]) -> Candidate | None:
    """One flight named by its time ("the May flight", "Last week's flight", "el vuelo del martes", "o voo de
    maio"): a flight of its own, told apart from the others by when it flew."""
    if noun.group().lower() not in SINGULAR_NOUNS:
        return None
    before = TIME_BEFORE_NOUN.search(sentence[: noun.start()])
    if before and _names_a_flight_time(before.group("when")):
        return Candidate(
            Count(1, Qualifier.EXACT), before.start(), noun.end(), when=before.group("when"), shape="timed"
        )
    after = TIME_AFTER_NOUN.match(sentence, noun.end())
    if (
        after
        and DEFINITE_NOUN_BEFORE.search(sentence[: noun.start()])
        and _names_a_flight_time(after.group("when"))
    ):
        lead = DEFINITE_NOUN_BEFORE.search(sentence[: noun.start()])
        start = lead.start() if lead else noun.start()
        return Candidate(
            Count(1, Qualifier.EXACT), start, after.end(), when=after.group("when"), shape="timed"
        )
    return None


def _names_a_flight_time(words: str) -> bool:
    """A month, a weekday or a day or week relative to the text's own ("May", "Tuesday", "last week")."""
    word = words.lower().split()[-1]
    return word in month_numbers() or word in weekday_numbers() or words.lower() in RELATIVE_DAYS


# "the May flight", "Last week's flight", "Tuesday's charter": a time before the noun names one flight
TIME_BEFORE_NOUN = EndPattern(
    re.compile(
        r"(?:\b(?:the|this|that)\s+)?(?P<when>(?:last|next|this)\s+week|[^\W\d_]+)(?:'s|’s)?\s+"
        r"(?:(?:removal|deportation|charter|chartered|repatriation)\s+)?$",
        re.IGNORECASE,
    ),
    words=4,
)
# "el vuelo del martes", "o voo de maio": Spanish and Portuguese name it after the noun
TIME_AFTER_NOUN = re.compile(
    r"\s+(?:de\s+(?:deportaci[oó]n|deporta[cç][aã]o|repatriaci[oó]n|repatria[cç][aã]o)\s+)?"
    r"(?:del|de|do|da)\s+(?P<when>[^\W\d_]+)\b(?!\s+(?:de|del)\s+\d)",
    re.IGNORECASE,
)
DEFINITE_NOUN_BEFORE = EndPattern(re.compile(r"\b(?:el|la|o|a)\s+$", re.IGNORECASE), words=1)
RELATIVE_DAYS = frozenset(
    {"last week", "next week", "this week", "yesterday", "today", "tomorrow", "ayer", "hoy", "ontem", "hoje"}
)


def reference_of(count: Count, lead: str) -> str | None:
    """How a count bound to its noun refers back, from the words before it (``lead``): "predicate" for an
    ordinal said of a flight ("it was the fifth flight"), "same" for "the same 40 flights", "definite" for
    "the two flights"; None for a count of its own."""
    if count.ordinal and PREDICATE_BEFORE.search(lead):
        return "predicate"
    if not count.article and not count.ordinal and (same := DEFINITE_BEFORE.search(lead)):
        return "same" if same.group("same") else "definite"
    return None


def bound_counts(sentence: str, language: str | None, status: str, headline: bool = False) -> list[Candidate]:
    """Counts bound to a flight noun (``two similar flights``), rates, changes and fleets left out; a
    ``headline`` drops its articles ("Deportation flight to Venezuela suspended", "on fourth flight")."""
    found: list[Candidate] = []
    for noun in FLIGHT_NOUN.finditer(sentence):
        bound = bound_count_before(sentence, noun, language) or (
            headline_count(sentence, noun, language, status) if headline else None
        )
        if not bound:
            # a flight to come named by its day is the one announced ("Friday's plane will be the 30th")
            if status != Status.PLANNED and (timed := _timed_flight(sentence, noun)):
                found.append(timed)
            continue
        count, start = bound
        if trap_of(sentence, noun, count, status, start, language) or any(start == c.start for c in found):
            continue
        lead = sentence[:start]
        destinations = None
        if lead.rstrip().endswith("(") and (named := _place_before_bracket(sentence, lead)):
            destinations = [named]  # "Guatemala (48 vuelos), Honduras (41)": the place the bracket follows
        elif (each := EACH_BEFORE.search(lead)) and not count.ordinal:
            destinations = _subject_places(sentence, each.start()) or None
            count.each = destinations is not None
        elif RECEIVED_BEFORE.search(lead[: start_of_qualifier(lead)]):
            destinations = _subject_places(sentence, start) or None
            # "Guatemala, Honduras and El Salvador received three flights each"
            count.each = destinations is not None and bool(EACH_AFTER_NOUN.match(sentence, noun.end()))
        count.reference = reference_of(count, lead)
        found.append(Candidate(count, start, noun.end(), destinations=destinations))
    if (
        not found
        and status in (Status.CANCELLED, Status.DENIED)
        and (subject := DEFINITE_SUBJECT.search(sentence))
    ):
        found.append(
            Candidate(
                Count(1, Qualifier.EXACT, article=True), subject.start(), subject.end(), shape="subject"
            )
        )
    return found
