"""Period cues: words that decide which of a sentence's times a count is about.

A count said to be a running total ("ya suman 96 vuelos en lo que va de 2025") is about the year so far, not
the week the sentence names in passing; a running total stated "as of" a day ends on that day.
"""

from __future__ import annotations

from transforms.cues import Cue, Decision

# a running total: the year (or span) so far outranks a week or a day named in passing
CUMULATIVE = Cue(
    "cumulative",
    Decision.PERIOD,
    words={
        "en": ("so far", "to date", r"bringing the (?:total|tally|count) to"),
        # not "se suman": flights added to a count, not a running total
        "es": (r"(?<!\bse\s)(?:ya\s+)?suman", r"ya\s+son", r"acumula(?:n|do)?", "en lo que va"),
        "pt": (r"j[aá]\s+s[aã]o", r"soma(?:m)?", r"acumula(?:m|do)?", r"at[eé]\s+agora"),
    },
    examples={
        "en": (
            "With this week's three, 96 flights have landed so far this year.",
            "ICE has flown 96 removal flights to date this year, three of them this week.",
            "Three flights landed this week, bringing the total to 96 this year.",
        ),
        "es": (
            "Con los de esta semana, ya suman 96 vuelos en lo que va de 2025.",
            "Con los de esta semana ya son 96 vuelos este año.",
            "El país acumula 96 vuelos este año, tres de ellos esta semana.",
            "Esta semana llegaron tres y el país lleva 96 vuelos en lo que va del año.",
        ),
        "pt": (
            "Com os desta semana, já são 96 voos neste ano.",
            "Com os desta semana, o país soma 96 voos neste ano.",
            "O país acumula 96 voos neste ano, três deles nesta semana.",
            "Com os desta semana, até agora pousaram 96 voos neste ano.",
        ),
    },
    not_examples={
        "en": ("Three flights landed this week, a record this year.",),
        "es": (
            "Esta semana llegaron tres vuelos, un récord este año.",
            "A esa cifra se suman 4 vuelos procedentes de México.",
        ),
        "pt": ("Nesta semana pousaram três voos, um recorde neste ano.",),
    },
)
# a running total stated on a day: the period ends that day ("Hasta el 29 de diciembre ... durante 2024")
AS_OF = Cue(
    "as_of",
    Decision.PERIOD,
    words={
        "en": ("as of", "through", "up to"),
        "es": ("hasta", r"al\s+corte\s+del?"),
        "pt": (r"at[eé]",),
    },
    examples={
        "en": (
            "As of March 9, ICE had flown 96 flights this year.",
            "Through March 9, ICE flew 96 flights in 2025.",
            "Up to March 9, ICE had flown 96 flights this year.",
        ),
        "es": (
            "Hasta el 9 de marzo, el país había recibido 96 vuelos durante 2025.",
            "Al corte del 9 de marzo, el país había recibido 96 vuelos en lo que va del año.",
        ),
        "pt": ("Até 9 de março, o país tinha recebido 96 voos em 2025.",),
    },
    not_examples={
        "en": ("On March 9, ICE flew two flights to Guatemala.",),
        "es": ("El 9 de marzo llegaron dos vuelos a Guatemala.",),
        "pt": ("Em 9 de março pousaram dois voos na Guatemala.",),
    },
)
# a record: "the most in any month since March 2019" says when the record began, not the count's period (and
# "the highest monthly figure" is the record's unit, not a rate of flights)
RECORD = Cue(
    "record",
    Decision.PERIOD,
    words={
        "en": ("the most", "the highest", "the lowest", "the fewest", "the busiest"),
        "es": (r"(?:el|la)\s+(?:mayor|menor)(?!\s+parte)", r"m[aá]s\s+alt[oa]", r"m[aá]s\s+baj[oa]"),
        "pt": (r"(?:o|a)\s+(?:maior|menor)(?!\s+parte)", r"mais\s+alt[oa]", r"mais\s+baix[oa]"),
    },
    examples={
        "en": (
            "In October ICE flew 182 removal flights, the most in any month since March 2019.",
            "October's 182 removal flights were the highest monthly figure since 2019.",
            "Only 31 removal flights left in February, the lowest since May 2019.",
            "Guatemala received 12 flights in June, the fewest since early 2019.",
            "ICE flew 182 removal flights in October, the busiest month since March 2019.",
        ),
        "es": (
            "En octubre llegaron 182 vuelos, el mayor número desde marzo de 2019.",
            "Los 182 vuelos de octubre son la cifra más alta desde 2019.",
            "En febrero llegaron 31 vuelos, la menor cifra desde mayo de 2019.",
            "En febrero llegaron 31 vuelos, el nivel más bajo desde 2019.",
        ),
        "pt": (
            "Em outubro pousaram 182 voos, o maior número desde março de 2019.",
            "Os 182 voos de outubro são o número mais alto desde 2019.",
            "Em fevereiro pousaram 31 voos, a menor marca desde maio de 2019.",
            "Em fevereiro pousaram 31 voos, o nível mais baixo desde 2019.",
        ),
    },
    not_examples={
        "en": ("Guatemala has received 52 removal flights since March 2019, the most of any country.",),
        "es": ("La mayor parte de los 52 vuelos desde marzo de 2019 llegó a Guatemala.",),
        "pt": ("A maior parte dos 52 voos desde março de 2019 pousou na Guatemala.",),
    },
)
PERIOD_CUES = (CUMULATIVE, AS_OF, RECORD)
