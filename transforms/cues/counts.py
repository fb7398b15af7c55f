"""Count cues: the nouns that make a number a count of flights ("79 vuelos", "two planes", "12 pousos").

A number is only ever a count of flights when it is bound to one of these nouns, or stands where one is left
out (``transforms.mentions.candidates.find_elided``). Landings count flights that arrived; a charter return
operation is a flight. ``FLIGHT_STEMS`` in ``transforms.vocabulary`` must hold a stem of every word here: it
is the cheap test that skips documents with no flight noun at all (a test checks it).
"""

from __future__ import annotations

from transforms.cues import Cue, Decision

FLIGHT_NOUN = Cue(
    "flight_noun",
    Decision.COUNT,
    words={
        "en": ("flights?", "charters?", "planeloads?", "landings", "return operations?"),
        "es": ("vuelos?", "aterrizajes", "operaciones de retorno", "operaci[oó]n de retorno"),
        "pt": ("voos?", "pousos", "opera[cç][õo]es de retorno", "opera[cç][aã]o de retorno"),
    },
    examples={
        "en": (
            "Two removal flights landed in Guatemala on Monday.",
            "One deportation flight landed in Haiti on Friday.",
            "Three charters landed in Honduras on Tuesday.",
            "A charter carrying deportees landed in Haiti and was cancelled.",
            "Two planeloads of deportees landed in Guatemala on Monday.",
            "Haiti logged 41 landings of removal flights in May.",
            "Frontex coordinated 12 return operations to Nigeria in 2024.",
        ),
        "es": (
            "Dos vuelos de deportación aterrizaron en Guatemala el lunes.",
            "Un vuelo de deportación aterrizó en Honduras el martes.",
            "Guatemala registró 38 aterrizajes de vuelos de deportación en abril.",
            "Frontex coordinó 12 operaciones de retorno a Nigeria en 2024.",
            "Una operación de retorno coordinada por Frontex aterrizó en Lagos el martes.",
        ),
        "pt": (
            "Dois voos de deportação pousaram em Belo Horizonte na sexta.",
            "Um voo de deportação pousou em Fortaleza no sábado.",
            "O aeroporto de Confins registrou 12 pousos de voos de deportação em maio.",
            "A Frontex coordenou 12 operações de retorno para a Nigéria em 2024.",
            "Uma operação de retorno coordenada pela Frontex pousou em Lagos na terça.",
        ),
    },
    not_examples={
        "en": (
            "The airline hired 40 flight attendants in May.",
            "Twelve flight crews were trained in Texas.",
        ),
        "es": ("La aerolínea contrató a 40 auxiliares de vuelo en mayo.",),
        "pt": ("A companhia contratou 40 comissários de voo em maio.",),
    },
)
AIRCRAFT_NOUN = Cue(
    "aircraft_noun",
    Decision.COUNT,
    words={
        "en": ("airplanes?", "planes?", "aircraft"),
        "es": ("aviones", "avi[oó]n", "aeronaves?"),
        "pt": ("avi[aã]o", "avi[oõ]es", "aeronaves?"),
    },
    examples={
        "en": (
            "Two airplanes with deportees landed in Guatemala on Monday.",
            "One airplane with deportees landed in Haiti on Friday.",
            "Three planes with deportees landed in Honduras on Tuesday.",
            "A plane with 120 deportees landed in Haiti on Friday.",
            "Two aircraft with deportees landed in Ecuador on Monday.",
        ),
        "es": (
            "Dos aviones con deportados aterrizaron en Guatemala el lunes.",
            "Un avión con deportados aterrizó en Honduras el martes.",
            "Dos aeronaves con deportados aterrizaron en Ecuador el lunes.",
            "Una aeronave con deportados aterrizó en Haití el viernes.",
        ),
        "pt": (
            "Um avião com deportados pousou em Fortaleza no sábado.",
            "Dois aviões com deportados pousaram em Confins na sexta.",
            "Duas aeronaves com deportados pousaram em Fortaleza na sexta.",
            "Uma aeronave com deportados pousou no Brasil no sábado.",
        ),
    },
    not_examples={
        "en": ("The airline operates 12 planes from Texas.",),
        "es": ("La aerolínea tiene 12 aviones en Texas.",),
        "pt": ("A companhia opera 12 aviões no Texas.",),
    },
)
# "The next one is expected on Friday" right after a sentence about a flight: one flight more, its noun left
# out (a time after the words, "el próximo lunes", names a day instead)
NEXT_ONE = Cue(
    "next_one",
    Decision.COUNT,
    words={
        "en": ("the next one", "another one"),
        "es": (r"el pr[oó]ximo(?=\s*,|\s+(?:est|ser|lleg|sal|aterriz|se\s|podr|deb))", "otro m[aá]s"),
        "pt": (
            r"o pr[oó]ximo(?=\s*,|\s+(?:est|ser|cheg|sa|pous|dev|pode))",
            r"mais um(?=\s*,|\s+(?:est|dev))",
        ),
    },
    examples={
        "en": (
            "A flight landed in Caracas on Wednesday. The next one is expected on Friday.",
            "A flight landed in Caracas on Wednesday. Another one is expected on Friday.",
        ),
        "es": (
            "Un vuelo aterrizó en Maiquetía el miércoles. El próximo está previsto para el viernes.",
            "Un vuelo aterrizó en Maiquetía el miércoles. Otro más llegará el viernes.",
        ),
        "pt": (
            "Um voo pousou em Fortaleza na quarta. O próximo está previsto para sexta-feira.",
            "Um voo pousou em Fortaleza na quarta. Mais um deve chegar na sexta-feira.",
        ),
    },
    not_examples={
        "en": ("A flight landed in Caracas on Wednesday. The next day, officials met the families.",),
        "es": ("Un vuelo aterrizó en Maiquetía el miércoles. El próximo lunes habrá una reunión.",),
        "pt": ("Um voo pousou em Fortaleza na quarta. O próximo passo é a triagem.",),
    },
)
COUNT_CUES = (FLIGHT_NOUN, AIRCRAFT_NOUN, NEXT_ONE)
