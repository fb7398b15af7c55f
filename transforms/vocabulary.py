"""Word lists the extractors read, apart from the grammar that uses them.

A linguist can extend a list here without reading a parser. Every entry is a regular-expression
fragment matched case-insensitively on word boundaries; English, Spanish and Portuguese sit side by side.
"""

from __future__ import annotations

import re

from transforms.cues.counts import AIRCRAFT_NOUN, FLIGHT_NOUN
from transforms.cues.lists import EARLIER_OR_REVISED_LINE, PEOPLE_UNIT, PLANNED_LIST
from transforms.cues.traps import FLEET, NOT_A_REMOVAL_LEG, TRANSFER, WORD_AFTER_NOUN
from transforms.domain import OTHER_LABEL, Breakdown
from transforms.spans import LowercasePattern, lowercase

# The languages these lists hold words of: prose, numbers, dates and country names are read in them.
LANGUAGES = ("en", "es", "pt")
# Lowercase function words frequent in one detected language and rare in the others: when a text's
# sample is full of one language's words, it is that language without running the statistical detector.
FUNCTION_WORDS = {
    "en": (
        "the",
        "and",
        "of",
        "with",
        "was",
        "were",
        "that",
        "from",
        "this",
        "have",
        "has",
        "been",
        "which",
        "said",
        "their",
        "they",
    ),
    "es": (
        "el",
        "la",
        "los",
        "las",
        "del",
        "en",
        "y",
        "según",
        "fueron",
        "dijo",
        "pero",
        "hasta",
        "también",
        "sus",
    ),
    "pt": (
        "os",
        "das",
        "dos",
        "não",
        "foram",
        "pelo",
        "pela",
        "ao",
        "são",
        "também",
        "em",
        "uma",
        "às",
        "nos",
        "nas",
        "seus",
    ),
    "fr": ("les", "des", "et", "est", "dans", "pour", "une", "sur", "qui", "aux", "été", "avec", "ont", "du"),
    "it": ("il", "della", "dei", "delle", "che", "è", "sono", "gli", "nel", "nella", "degli", "alla", "di"),
    "de": (
        "der",
        "die",
        "und",
        "das",
        "ist",
        "den",
        "dem",
        "mit",
        "von",
        "wurden",
        "nicht",
        "auf",
        "ein",
        "eine",
    ),
}

# Nouns that make a number a count of flights (transforms/cues/counts.py, with their examples).
AIRCRAFT_NOUNS = AIRCRAFT_NOUN.alternation
FLIGHT_NOUNS = rf"{FLIGHT_NOUN.alternation}|{AIRCRAFT_NOUNS}"
# Lowercase stems of the flight nouns: a cheap substring test for lines that may hold a count.
FLIGHT_STEMS = (
    "flight",
    "vuelo",
    "voo",
    "plane",
    "aircraft",
    "avion",
    "avión",
    "aeronave",
    "avião",
    "aviõe",
    "charter",
    "aterrizajes",
    "landings",
    "pousos",
    "operation",
    "operacion",
    "operaç",
    "operac",
)
# Nouns that make a number a count of people: a list or a count in these units is never flights.
PEOPLE_NOUNS = PEOPLE_UNIT.alternation
# Flights that move people inside the sending country: never removal flights (transforms/cues/traps.py).
TRANSFER_WORDS = TRANSFER.alternation
# Who sends the flights a document counts, and programmes that say where they go (tested as lowercase
# substrings).
US_REMOVAL_AGENCY_NAMES = (
    "Immigration and Customs Enforcement",
    "Homeland Security",
    "Seguridad Nacional",
    "Control de Aduanas",
    "Customs and Border Protection",
    "Protección Fronteriza",
)
US_REMOVAL_AGENCY_ACRONYMS = ("ICE", "DHS", "CBP")
# Agencies that run removal flights for one sending country besides the United States: naming one makes it the
# sender.
REMOVAL_AGENCIES = {
    "GB": ("Home Office", "Immigration Enforcement"),
    "AU": ("Australian Border Force",),
    "DE": ("Bundespolizei", "German federal police", "German Federal Police"),
}
# Agencies that fly returns for several sending countries at once: a document about them names no single
# sender.
MULTI_SENDER_AGENCIES = ("Frontex", "FRONTEX")
MEXICAN_ASSISTED_RETURN = ("retorno asistido", "retornos asistidos", "assisted return", "assisted-return")
DEPORTATION_CUES = ("deport", "removal flight", "remoción", "remocion", "expulsi", "expulsad", "retornad")
VENEZUELAN_RETURN_PROGRAMME = "vuelta a la patria"
# Lines inside a flight list that are not removal flights (transfers, legs without people, last week).
NOT_REMOVAL_LINE = rf"{TRANSFER_WORDS}|{NOT_A_REMOVAL_LEG.alternation}|{EARLIER_OR_REVISED_LINE.alternation}"
# "Total", "Week total", "Total semanal", "Total do mês", "Grand total"
TOTAL_LABEL = (
    r"(?:(?:week(?:ly)?|month(?:ly)?|year(?:ly)?|grand|overall)\s+)?total(?:es)?"
    r"(?:\s+(?:general|semanal|mensual|anual|geral|mensal|d[oe]l?\s+(?:mes|m[eê]s|semana|a[ñn]o|ano)))?"
    r"|suma|sum|in all|en total"
)
# What a breakdown's heading or introduction says it is broken down by.
BREAKDOWN_WORDS = {
    Breakdown.AIRLINE: (
        r"airlines?|operators?|carriers?|aerol[ií]neas?|compa[nñ][ií]as?|operador(?:es|as)?|companhias?"
    ),
    Breakdown.DEPARTURE: (
        r"departure|departing|origin(?:ated)?|ciudad(?:es)? de salida|salida|partida|despegue|procedencia"
    ),
    Breakdown.AIRPORT: r"arrival|airports?|aeropuertos?|aeroportos?|llegada|destino final",
}
AIRLINE_NAME = (
    r"air|airlines?|airways|aviation|aero|aerol[ií]neas|aviaci[oó]n|express|jet|global ?x|ihawk|avelo|swift"
)
AIRPORT_WORDS = r"airport|aeropuerto|aeroporto|base a[eé]rea|air base|airfield|terminal"
# Connectors between a count and where its flights went or came from.
TO_WORDS = (
    r"to|into|for|bound for|a|al|hacia|con destino a|rumbo a|para|landed in|landing in|arriving in|arrived "
    r"in|lands? in|landed at|landing at|arrived at|arriving at|aterrizaron en|llegaron a"
)
FROM_WORDS = (
    r"from|out of|departing|departed|originated in|originating in|left|leaving|desde|procedentes? de|"
    r"provenientes? de|de|del|salieron de|partieron de|originad[oa]s? en|saindo de|vindos? de"
)
# Planned, completed and the rest, as a list's introduction or a row says it.
PLANNED_WORDS = PLANNED_LIST.alternation

# Headings that open a reader-comment thread ("5 thoughts on “…”", "Comentarios (3)", "Lo que dicen los
# lectores").
COMMENT_HEADINGS = (
    # a blog's thread: "Responses (6)", "Respuestas (3)", "Respostas"
    r"responses|respuestas|respostas|"
    r"(?:recent |reader |readers'? |user )?comments?|\d+\s+comments?|leave a (?:comment|reply)|join the "
    r"(?:discussion|conversation)|"
    r"\d+\s+(?:thoughts?|responses?|replies|reactions?)\s+(?:on|to)\b.*|what (?:our )?readers (?:say|think)|"
    r"reader (?:responses|reactions|views)|"
    r"(?:los )?comentarios?(?: de (?:los |nuestros )?lectores)?|\d+\s+comentarios?|deja (?:un|tu|su) "
    r"comentario|"
    r"opiniones(?: de (?:los |nuestros )?lectores)?|lo que (?:dicen|opinan) (?:nuestros |los )?lectores|"
    r"reacciones(?: de (?:los )?lectores)?|"
    r"\d+\s+(?:respuestas|opiniones|reacciones)|coment[aá]rios?(?: dos leitores)?|\d+\s+coment[aá]rios?|"
    r"deixe (?:um|seu) coment[aá]rio|"
    r"(?:top|best|most|highest)[ -](?:rated|recent|popular|liked|voted) comments|reader reactions|reactions|"
    r"rea[cç][õo]es(?: dos leitores)?|"
    # a thread's notices: "Comments are closed.", "Showing 12 comments", "Los comentarios están cerrados"
    r"comments are (?:closed|disabled)\.?|showing \d+ comments?|"
    r"(?:los )?comentarios (?:est[aá]n )?cerrados\.?|"
    r"coment[aá]rios (?:est[aã]o )?(?:encerrados|fechados)\.?"
)
# Words one of which every heading above holds: a cheap test before the regex runs over a whole text.
COMMENT_HEADING_CUES = (
    "comment",
    "coment",
    "thought",
    "respons",
    "respuesta",
    "resposta",
    "repl",
    "reacci",
    "opinion",
    "lectores",
    "readers",
    "discussion",
    "conversation",
    "reaction",
    "reaç",
    "reaco",
)
# A line that starts one reader's comment: "BayouDad says:", "maria_g escribió:", "Juan Pérez · hace 2 horas".
COMMENT_AUTHOR = (
    r"^[ \t]*(?:[-*•·][ \t]*)?@?[\w.'’-]+(?:[ \t][\w.'’-]+){0,3}[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*"
    r"(?:(?:says|said|wrote|writes|replied|replies|dice|dijo|escribi[oó]|escribe|coment[oó]|respondi[oó]|"
    r"responde|disse|escreveu|comentou)[ \t]*(?::|\.\.\.|…)"
    r"|[·|•–-][ \t]*(?:hace[ \t]+(?:\d+|un|una)|\d+[ \t]+(?:minutes?|hours?|days?|weeks?)[ \t]+ago|yesterday|"
    r"ayer|h[aá][ \t]+\d+|\d{1,2}:\d{2}))"
)
# Text one piece of which every author line above holds (lowercase): a cheap test before any line is matched.
COMMENT_AUTHOR_CUES = (
    "said...",
    "said…",
    "dijo...",
    "dijo…",
    "disse...",
    "disse…",
    "says:",
    "said:",
    "wrote:",
    "writes:",
    "replied:",
    "replies:",
    "dice:",
    "dijo:",
    "escribió:",
    "escribio:",
    "escribe:",
    "comentó:",
    "comento:",
    "respondió:",
    "respondio:",
    "responde:",
    "disse:",
    "escreveu:",
    "comentou:",
    "· hace",
    "| hace",
    "- hace",
    "– hace",
    "· há",
    "hours ago",
    "minutes ago",
    "hour ago",
    "minute ago",
    "· ayer",
    "· yesterday",
)
# Containers of comment threads in HTML, by id or class, in several languages.
COMMENT_CONTAINER = (
    r"comment|coment|respuesta|repl(?:y|ies)|discus|disqus|reacci|lectores|readers?-|responses|thoughts|"
    r"foro|forum"
)

# Words after a flight noun that make it something else: "flight attendants", "flight plans"
# (transforms/cues/traps.py).
NOT_A_FLIGHT_AFTER_NOUN = WORD_AFTER_NOUN.alternation

# Words of owning aircraft ("the airline operates 12 planes": a fleet, not flights) and of planes moving.
FLEET_WORDS = FLEET.alternation
MOVEMENT_WORDS = (
    r"landed|land|landing|arrived?|arriving|departed|depart|took off|flew|aterriz\w*|lleg\w*|arrib\w*|"
    r"despeg\w*|partieron|salieron|pous\w*|cheg\w*|decol\w*|aterriss\w*|sa[ií]ram|partiram"
)

# Who is on a flight ("135 hondureños", "98 passengers"): nouns of people whatever their country, and demonyms
# by their endings.
ANY_NATIONALITY_NOUNS = (
    r"migrants?|people|persons?|deportees?|passengers?|nationals?|immigrants?|returnees?|individuals?|"
    r"adults?|men|women|personas|"
    r"migrantes|deportados|deportadas|repatriados|pasajeros|connacionales|nacionales|pessoas|"
    r"foreigners|extranjeros|extranjeras|estrangeiros|estrangeiras|expulsados|expulsos"
)
DEMONYMS = r"[A-Za-záéíóúñ]+(?:ans|anos|anas|eños|eñas|enos|ecos|enses|eses|eiros|eiras)"
PASSENGER_NOUNS = rf"{DEMONYMS}|{ANY_NATIONALITY_NOUNS}"

# Words that mark a figure as a correction of an earlier one ("revised", "final number", "cifra corregida").
REVISION_WORDS = (
    r"correct(?:ed|ion|s)?|revis(?:ed|ion|es)|updated|final (?:number|count|figure|tally)|restated|"
    r"correg\w*|corrig\w*|correcci[oó]n|rectific\w*|revisad[oa]s?|actualizad[oa]s?|cifra final|"
    r"revisto|atualizad[oa]s?"
)

# Publishers that are official sources (agencies, ministries): their bulletins outrank a passing mention.
OFFICIAL_PUBLISHERS = (
    r"ICE|DHS|CBP|INM|IGM|DGME|CONMIGHO|Migraci[oó]n|Migra[cç][aã]o|Instituto|Ministerio|Minist[eé]rio|"
    r"Secretar[ií]a|"
    r"Departamento|Department|Gobierno|Governo|Government|Agencia|Agency|Canciller[ií]a|Embajada|Embassy|"
    r"Direcci[oó]n General|Immigration and Customs Enforcement|Homeland Security|Polic[ií]a Federal"
)

# Words of an outlet's or an agency's name: a first line holding one is a masthead, not a headline.
MASTHEAD_WORDS = (
    r"weekly|daily|post|times|news|monitor|observatory|observatorio|observador|watch|wire|press|prensa|"
    r"service|servicio|project|"
    r"proyecto|diario|semanario|noticias|agencia|agency|instituto|institute|ministerio|ministry|departamento|"
    r"department|"
    r"secretar[ií]a|migraci[oó]n|gaceta|gazette|tribune|tribuna|journal|herald|ledger|voz|cr[oó]nica|radio|"
    r"network|red|"
    r"peri[oó]dico|heraldo|correo|mercurio|universal|informador|bolet[ií]n|revista|chronicle|desk|cent(?:er|"
    r"re|ro)|"
    r"coalition|coalici[oó]n|alliance|alianza|foundation|fundaci[oó]n|council|consejo|office|oficina|tracker|"
    r"bureau|folha|jornal|gazeta|di[aá]rio|not[ií]cias|correio|estad[aã]o|ag[eê]ncia|immigration|enforcement|"
    r"customs|homeland|"
    r"embassy|embajada|consulate|consulado|canciller[ií]a|government|gobierno|ombudsman|defensor[ií]a|"
    r"migration|"
    r"courier|dispatch|express|examiner|sentinel|standard|telegraph|register|reporter|bulletin|inquirer|"
    r"observer|guardian|mirror|star|sun|globe|patriot|independent|clar[ií]n|naci[oó]n|prensa libre|impacto|"
    r"estrella|tiempo|opini[oó]n|comercio|vanguardia|raz[oó]n|congress|congreso|congresso|senate|senado|"
    r"parliament|parlamento"
)
# The kind of document a masthead line may name before its publisher ("Hoja informativa | Departamento de
# ...").
DOCUMENT_KINDS = (
    r"hoja informativa|comunicado(?: de prensa)?|nota de prensa|bolet[ií]n(?: [\w.º/-]+)*|fact sheet|press "
    r"release|news release|informe(?: mensual)?|report"
)
SMALL_NAME_WORDS = frozenset("de del la las los el y e of the and for da do dos das a en al".split())

REVISION_RE = re.compile(rf"\b(?:{REVISION_WORDS})\b", re.IGNORECASE)
MASTHEAD_WORDS_RE = re.compile(rf"\b(?:{MASTHEAD_WORDS})\b", re.IGNORECASE)
DOCUMENT_KIND_RE = re.compile(rf"^(?:{DOCUMENT_KINDS})$", re.IGNORECASE)
OFFICIAL_PUBLISHER_RE = re.compile(rf"\b(?:{OFFICIAL_PUBLISHERS})\b")
# searched in lowercase: most lines are tested for it
FLIGHT_NOUN_RE = LowercasePattern(rf"\b(?:{FLIGHT_NOUNS})\b")
PEOPLE_NOUN_RE = re.compile(rf"\b(?:{PEOPLE_NOUNS})\b", re.IGNORECASE)
TRANSFER_RE = LowercasePattern(rf"\b(?:{TRANSFER_WORDS})")
NOT_REMOVAL_RE = re.compile(rf"\b(?:{NOT_REMOVAL_LINE})", re.IGNORECASE)
TOTAL_LABEL_RE = re.compile(rf"^(?:{TOTAL_LABEL})$", re.IGNORECASE)
OTHER_LABEL_RE = re.compile(rf"^(?:{OTHER_LABEL})$", re.IGNORECASE)
AIRLINE_NAME_RE = re.compile(rf"\b(?:{AIRLINE_NAME})\b", re.IGNORECASE)
AIRPORT_WORDS_RE = re.compile(rf"\b(?:{AIRPORT_WORDS})\b", re.IGNORECASE)
PLANNED_RE = re.compile(rf"\b(?:{PLANNED_WORDS})\b", re.IGNORECASE)
COMMENT_HEADING_RE = re.compile(
    rf"^[ \t#*_]*(?:{COMMENT_HEADINGS})[ \t]*(?:\(\d+\))?[ \t]*:?[ \t*_]*$", re.IGNORECASE | re.MULTILINE
)
COMMENT_AUTHOR_RE = re.compile(COMMENT_AUTHOR, re.IGNORECASE)
COMMENT_CONTAINER_RE = re.compile(COMMENT_CONTAINER, re.IGNORECASE)
BREAKDOWN_RES = {
    name: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for name, words in BREAKDOWN_WORDS.items()
}


def names_a_flight(text: str) -> bool:
    """Whether ``text`` names a flight or an aircraft ("vuelos", "voo", "charter", "planes")."""
    return FLIGHT_NOUN_RE.found_in(lowercase(text))
