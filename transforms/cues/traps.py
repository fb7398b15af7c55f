"""Trap cues: words that make a number next to a flight noun something other than a count of flights done or planned.

A trap's examples are sentences whose count the extractor must not take; its near misses are sentences
where the same words stand beside a real count. The test reads both with the prose extractor.
"""

from __future__ import annotations

from transforms.cues import Cue, Decision

PROJECTION = Cue(
    "projection", Decision.TRAP,
    words={
        "en": (r"if (?:that|this|the) (?:pace|rate|trend)", "if it continues", r"at this (?:pace|rate)", r"on (?:pace|track) (?:for|to)",
               "could end", "would end", "could reach", "back-of-the-envelope", "projection", "projected",
               r"if (?:\w+(?:'s|’s)?\s+){1,3}pace holds", r"would (?:pass|top|exceed|surpass)", r"could (?:pass|top|exceed|surpass)"),
        "es": (r"si (?:se mantiene|sigue|contin[uú]a) (?:el|este|ese) ritmo", "a este ritmo", "al ritmo actual",
               r"podr[ií]a (?:cerrar|terminar|llegar|alcanzar)", r"proyecci[oó]n", "se proyecta", r"estimaci[oó]n",
               r"se mantiene (?:el|este) ritmo", r"superar[ií]a"),
        "pt": ("nesse ritmo", "neste ritmo", r"se o ritmo (?:se mantiver|continuar)", r"poderia (?:chegar|passar)", r"proje[cç][aã]o",
               "estimativa", r"projetad[oa]s?"),
    },
    examples={
        "en": ("If that pace holds, March could top 80 removal flights.", "If it continues, there will be 90 flights in May.",
               "At this pace the agency will fly 300 flights this year.", "The agency is on track to fly 400 removal flights.",
               "The year could end with 500 removal flights.", "The year would end with 500 removal flights.",
               "The total could reach 600 removal flights.", "A back-of-the-envelope count gives 700 removal flights.",
               "The projection is 800 removal flights for the year.", "Analysts projected 900 removal flights.",
               "If January's pace holds, the agency will run 450 charter flights.", "The programme would pass 120 removal flights.",
               "The agency could exceed 130 removal flights."),
        "es": ("Si se mantiene el ritmo, habrá 300 vuelos este año.", "A este ritmo se superarán los 200 vuelos.",
               "Al ritmo actual el país recibiría 150 vuelos.", "El año podría cerrar con 400 vuelos de deportación.",
               "La proyección es de 500 vuelos para 2025.", "Se proyecta que lleguen 250 vuelos.", "Una estimación habla de 350 vuelos.",
               "Si se mantiene este ritmo, habrá 180 vuelos.", "El país superaría los 300 vuelos este año."),
        "pt": ("Nesse ritmo, o país receberá 90 voos.", "Neste ritmo, o país poderia chegar a 40 voos em 2025.",
               "Se o ritmo se mantiver, haverá 60 voos.", "O total poderia passar de 70 voos.", "A projeção é de 80 voos no ano.",
               "Uma estimativa fala em 100 voos.", "São 110 voos projetados para o ano."),
    },
    not_examples={
        "en": ("The agency ran 40 removal flights in May, at a steady pace.",),
        "es": ("Llegaron 12 vuelos de deportación en mayo, un ritmo estable.",),
        "pt": ("Chegaram 12 voos de deportação em maio, em ritmo estável.",),
    },
)

TRAP_CUES = (PROJECTION,)
