"""Qualifier cues: the words right before a count that say how it relates to the truth ("more than 40
flights").

Each cue's name is the qualifier it gives (``transforms.domain.Qualifier``). They are searched at the end
of the text before a count, so only words that can end right before a number belong here. Examples are
whole sentences: the test reads each with the prose extractor and expects that qualifier on its count.
"""

from __future__ import annotations

from transforms.cues import Cue, Decision
from transforms.domain import Qualifier

MORE_THAN = Cue(
    Qualifier.MORE_THAN,
    Decision.QUALIFIER,
    words={
        "en": ("more than", "over", "upwards of", "in excess of", "more then"),
        "es": ("m[aá]s de",),
        "pt": ("mais de", "superior a"),
    },
    examples={
        "en": (
            "More than 40 removal flights landed in Guatemala in May.",
            "Over 30 deportation flights left Texas in May.",
            "Upwards of 25 deportation flights reached Honduras in May.",
            "In excess of 20 removal flights landed in Haiti in June.",
            "More then 12 deportation flights landed in Ecuador in June.",
        ),
        "es": ("Más de 40 vuelos de deportación llegaron a Guatemala en mayo.",),
        "pt": (
            "Mais de 30 voos de deportação chegaram ao Brasil em maio.",
            "Um total superior a 20 voos de deportação chegou ao Brasil em maio.",
        ),
    },
    not_examples={
        "en": ("The flights landed over the weekend.",),
        "es": ("Se realizaron más vuelos que el año pasado.",),
    },
)
AT_LEAST = Cue(
    Qualifier.AT_LEAST,
    Decision.QUALIFIER,
    words={
        "en": ("at least", "no fewer than", "no less than"),
        "es": ("al menos", "por lo menos", "como m[ií]nimo"),
        "pt": ("pelo menos",),
    },
    examples={
        "en": (
            "At least 38 deportation flights have landed in Venezuela this year.",
            "No fewer than 12 removal flights landed in Haiti in May.",
            "No less than 9 removal flights reached Ecuador in April.",
        ),
        "es": (
            "Al menos 15 vuelos de deportación llegaron a Honduras en marzo.",
            "Por lo menos 8 vuelos de deportación aterrizaron en Quito en abril.",
            "Como mínimo 6 vuelos de deportación llegaron a Colombia en mayo.",
        ),
        "pt": ("Pelo menos 10 voos de deportação chegaram ao Brasil em março.",),
    },
    not_examples={
        "en": ("The least busy airport received the flights.",),
        "es": ("Los vuelos llegaron al menos frecuente aeropuerto.",),
    },
)
AT_MOST = Cue(
    Qualifier.AT_MOST,
    Decision.QUALIFIER,
    words={
        "en": ("up to", "at most", "no more than", "as many as"),
        "es": ("hasta", "como m[aá]ximo", "a lo sumo"),
        "pt": ("at[eé]", "no m[aá]ximo"),
    },
    examples={
        "en": (
            "Up to 12 removal flights landed in Guatemala in May.",
            "At most 5 removal flights landed in Haiti in June.",
            "No more than 4 removal flights reached Cuba in June.",
            "As many as 30 removal flights landed in Honduras in July.",
        ),
        "es": (
            "Hasta 20 vuelos de deportación llegaron a Guatemala en mayo.",
            "Como máximo 4 vuelos de deportación llegaron a Cuba en junio.",
            "A lo sumo 4 vuelos de deportación llegaron a Cuba en junio.",
        ),
        "pt": (
            "Até 6 voos de deportação chegaram ao Brasil em junho.",
            "No máximo 6 voos de deportação chegaram ao Brasil em junho.",
        ),
    },
    not_examples={"en": ("The flights were up and running again.",)},
)
LESS_THAN = Cue(
    Qualifier.LESS_THAN,
    Decision.QUALIFIER,
    words={
        "en": ("fewer than", "less than", "under"),
        "es": ("menos de",),
        "pt": ("menos de",),
    },
    examples={
        "en": (
            "Fewer than 10 removal flights landed in Haiti in May.",
            "Less than 8 removal flights landed in Cuba in June.",
            "Under 6 removal flights landed in Ecuador in July.",
        ),
        "es": ("Menos de 10 vuelos de deportación llegaron a Haití en mayo.",),
        "pt": ("Menos de 5 voos de deportação chegaram ao Brasil em maio.",),
    },
    not_examples={"en": ("The flights landed under heavy rain.",)},
)
APPROX = Cue(
    Qualifier.APPROX,
    Decision.QUALIFIER,
    words={
        "en": (
            "about",
            "approximately",
            "around",
            "roughly",
            "some",
            "nearly",
            "almost",
            "close to",
            "an estimated",
            "estimated",
        ),
        "es": ("alrededor de", "aproximadamente", "unos", "unas", "cerca de", "casi", r"aprox\.?"),
        "pt": ("quase", "cerca", "aproximadamente", "cerca de", "uns", "umas", "por volta de"),
    },
    examples={
        "en": (
            "About 40 removal flights landed in Guatemala in May.",
            "Approximately 35 removal flights landed in Honduras in May.",
            "Around 20 removal flights landed in El Salvador in May.",
            "Roughly 15 removal flights landed in Ecuador in May.",
            "Some 12 removal flights landed in Colombia in May.",
            "Nearly 50 removal flights landed in Guatemala in June.",
            "Almost 30 removal flights landed in Honduras in June.",
            "Close to 25 removal flights landed in Mexico in June.",
            "An estimated 18 removal flights landed in Haiti in June.",
            "The agency ran estimated 14 removal flights to Peru in June.",
        ),
        "es": (
            "Alrededor de 40 vuelos de deportación llegaron a Guatemala en mayo.",
            "Aproximadamente 30 vuelos de deportación llegaron a Honduras en mayo.",
            "Unos 20 vuelos de deportación llegaron a El Salvador en mayo.",
            "Unas 15 aeronaves con deportados llegaron a Ecuador en mayo.",
            "Cerca de 25 vuelos de deportación llegaron a Colombia en mayo.",
            "Casi 50 vuelos de deportación llegaron a Guatemala en junio.",
            "Aprox. 12 vuelos de deportación llegaron a Perú en junio.",
        ),
        "pt": (
            "Quase 30 voos de deportação chegaram ao Brasil em maio.",
            "Cerca 20 voos de deportação chegaram ao Brasil em junho.",
            "Aproximadamente 15 voos de deportação chegaram ao Brasil em julho.",
            "Cerca de 25 voos de deportação chegaram ao Brasil em agosto.",
            "Uns 12 voos de deportação chegaram ao Brasil em setembro.",
            "Pousaram umas 12 aeronaves com deportados em outubro.",
            "Por volta de 40 voos de deportação chegaram ao Brasil em 2024.",
        ),
    },
    not_examples={
        "en": ("The flights talked about in the report landed in May.",),
        "es": ("Casi todos los vuelos llegaron de noche.",),
    },
)

QUALIFIER_CUES = (MORE_THAN, AT_LEAST, AT_MOST, LESS_THAN, APPROX)
