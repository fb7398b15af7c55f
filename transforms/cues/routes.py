"""Route cues: the words right before a place that make it where flights went, or where they left from.

``transforms.routes`` searches them at the end of the text before a place (with an article and a part of
the country allowed between: "to the north of", "hacia el"); ``in``, ``at`` and ``en`` count as
destinations only after a verb of arrival, and a bare ``de`` or ``of`` is never an origin. Examples are
whole sentences: the test reads each with ``sentence_route`` and expects a destination (or an origin).
"""

from __future__ import annotations

from transforms.cues import Cue, Decision

DESTINATION = Cue(
    "destination", Decision.ROUTE,
    words={
        "en": ("to", "into", "for", "towards?", "bound for", "headed (?:to|for)", "destined for", "landed in", "landing in",
               "arrived in", "arriving in", "arrived at", "in", "at", "of", "reached", "reaching", "touched down in", "carrying",
               "with"),
        "es": ("a", "hacia", "con destino a", "rumbo a", "en", "hasta", "de regreso a", "para", "de", "con", "al"),
        "pt": ("para", "com destino a", "em", "no", "na", "de", "a", "ao", "à", "aos", "rumo a", "at[ée]", "de volta a"),
    },
    examples={
        "en": ("Two removal flights went to Guatemala on Monday.", "The charter flew into Haiti after midnight.",
               "A deportation flight for Honduras left Alexandria.", "Three flights headed towards Ecuador on Friday.",
               "A flight bound for Colombia left Texas.", "Two flights headed to Peru on Tuesday.",
               "A flight headed for Brazil left Louisiana.", "A charter destined for Mauritania took off.",
               "Two deportation flights landed in Guatemala.", "The jet was seen landing in Honduras at dawn.",
               "Four flights arrived in El Salvador on Friday.", "Flights arriving in Haiti were met by officials.",
               "The flight arrived at Guatemala on Monday.", "Two removal flights touched down in Ecuador on Thursday.",
               "Three removal flights reached Colombia in May.", "The flight, reaching Venezuela at noon, carried 120 people.",
               "Two flights arrived in the morning, and more landed in Honduras later.",
               "A deportation flight landed at dawn at Ecuador's main airport, in Guayaquil.",
               "A plane carrying Guatemalan deportees left Texas.", "A flight with Honduran migrants landed on Monday.",
               "The first flight of Venezuelans under the agreement left Texas."),
        "es": ("Dos vuelos de deportación fueron a Guatemala el lunes.", "Un vuelo salió hacia Honduras el martes.",
               "Un vuelo con destino a Ecuador despegó de Texas.", "Tres vuelos partieron rumbo a Colombia.",
               "Dos vuelos de deportación aterrizaron en Honduras.", "El vuelo llegó hasta Guatemala sin escalas.",
               "Los migrantes volaron de regreso a Venezuela el jueves.", "Un vuelo salió para El Salvador el viernes.",
               "El primer vuelo de venezolanos despegó de Texas.", "Un avión con hondureños aterrizó el lunes.",
               "Dos vuelos llegaron al Perú el miércoles."),
        "pt": ("Dois voos de deportação seguiram para o Brasil.", "Um voo com destino a Honduras partiu do Texas.",
               "Dois voos de deportação pousaram em Belo Horizonte.", "Um voo de deportação pousou no Brasil na sexta.",
               "Um voo de deportação pousou na Guatemala na segunda.", "O primeiro voo de brasileiros deportados pousou na sexta.",
               "Dois voos de deportação chegaram a Honduras na sexta-feira.", "Três voos chegaram ao Brasil em maio.",
               "Um voo chegou à Guatemala na segunda-feira.", "Dois voos de deportação chegaram aos Países Baixos.",
               "Um voo seguiu rumo a Honduras na terça.", "O avião voou até Honduras sem escala.",
               "Os deportados voaram de volta a Honduras na quarta."),
    },
    not_examples={
        "en": ("Officials in Guatemala said the flights were delayed.", "Two flights were delayed at the airport."),
        "es": ("Funcionarios en Guatemala dijeron que los vuelos se retrasaron.",),
        "pt": ("Autoridades em Honduras disseram que os voos atrasaram.",),
    },
)
ORIGIN = Cue(
    "origin", Decision.ROUTE,
    words={
        "en": ("from", "departed", "departing", "left", "leaving", "out of"),
        "es": ("desde", "procedentes? de", "provenientes? de", "salieron de", "sali[oó] de", "partieron de", "parti[oó] de",
               "despegaron de", "despeg[oó] de", "de"),
        "pt": ("de", "saindo d[eoa]s?", "partindo d[eoa]s?", "desde", "vindos? d[eoa]s?", "procedentes? d[eoa]s?",
               "provenientes? d[eoa]s?", "sa[ií]ram d[eoa]s?", "sa[ií]u d[eoa]s?", "partiram d[eoa]s?", "partiu d[eoa]s?",
               "decolaram d[eoa]s?", "decolou d[eoa]s?"),
    },
    examples={
        "en": ("Two removal flights from Texas landed in Guatemala.", "A flight departed Louisiana for Honduras.",
               "Flights departing Arizona landed in Guatemala.", "The plane left Texas for Ecuador.",
               "Three flights leaving Louisiana went to Honduras.", "Two flights out of Texas landed in Colombia."),
        "es": ("Dos vuelos desde Texas aterrizaron en Guatemala.", "Un vuelo despegó de Texas con destino a Honduras.",
               "Un vuelo procedente de Luisiana aterrizó en Honduras.",
               "Tres vuelos procedentes de Texas aterrizaron en Honduras.", "Un vuelo proveniente de Arizona llegó a Guatemala.",
               "Dos vuelos provenientes de Texas llegaron a Guatemala.", "Dos vuelos salieron de Texas hacia Guatemala.",
               "Un vuelo salió de Luisiana rumbo a Honduras.", "Tres vuelos partieron de Arizona rumbo a Guatemala.",
               "Un vuelo partió de Texas hacia Honduras.", "Dos vuelos despegaron de Texas con destino a Ecuador.",
               "Un vuelo de Estados Unidos aterrizó en Guatemala."),
        "pt": ("Um voo de deportação dos Estados Unidos pousou em Belo Horizonte.", "Um voo saindo de Louisiana pousou no Brasil.",
               "Um voo partindo do Texas pousou em Belo Horizonte.", "Um voo desde o Texas pousou em Belo Horizonte.",
               "Um voo vindo do Texas pousou em Belo Horizonte.", "Dois voos vindos de Louisiana pousaram no Brasil.",
               "Um voo procedente do Texas pousou em Belo Horizonte.", "Dois voos procedentes de Louisiana pousaram no Brasil.",
               "Um voo proveniente do Texas pousou em Fortaleza.", "Dois voos provenientes de Louisiana pousaram no Brasil.",
               "Dois voos saíram de Louisiana rumo ao Brasil.", "Um voo saiu do Texas rumo ao Brasil.",
               "Dois voos partiram de Louisiana rumo ao Brasil.", "Um voo partiu do Texas rumo a Honduras.",
               "Dois voos decolaram de Louisiana rumo ao Brasil.", "Um voo decolou do Texas rumo ao Brasil."),
    },
    not_examples={
        "en": ("The flight of Guatemala's air force landed.",),
        "es": ("El gobierno de Guatemala recibió dos vuelos.",),
        "pt": ("O governo de Honduras recebeu dois voos.",),
    },
)
ROUTE_CUES = (DESTINATION, ORIGIN)
