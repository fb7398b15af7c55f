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
        "es": (r"(?:ya\s+)?suman", r"ya\s+son", r"acumula(?:n|do)?", "en lo que va"),
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
        "es": ("Esta semana llegaron tres vuelos, un récord este año.",),
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
PERIOD_CUES = (CUMULATIVE, AS_OF)
