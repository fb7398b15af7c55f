"""Route cues: the words right before a place that make it where flights went, or where they left from.

``transforms.routes`` searches them at the end of the text before a place (with an article and a part of
the country allowed between: "to the north of", "hacia el"); ``in``, ``at`` and ``en`` count as
destinations only after a verb of arrival, and a bare ``de`` or ``of`` is never an origin. Examples are
whole sentences: the test reads each with ``sentence_route`` and expects a destination (or an origin).
"""

from __future__ import annotations

from transforms.cues import Cue, Decision

DESTINATION = Cue(
    "destination",
    Decision.ROUTE,
    words={
        "en": (
            "to",
            "into",
            "for",
            "towards?",
            "bound for",
            "headed (?:to|for)",
            "destined for",
            "landed in",
            "landing in",
            "arrived in",
            "arriving in",
            "arrived at",
            "in",
            "at",
            "of",
            "reached",
            "reaching",
            "touched down in",
            "touches down in",
            "carrying",
            "with",
            "final destination",
            "received by",
        ),
        "es": (
            "a",
            "hacia",
            "con destino a",
            "rumbo a",
            "en",
            "hasta",
            "de regreso a",
            "para",
            "de",
            "con",
            "al",
            r"destino final(?: en)?",
            r"recibid[oa]s? por",
        ),
        "pt": (
            "para",
            "com destino a",
            "em",
            "no",
            "na",
            "de",
            "a",
            "ao",
            "à",
            "aos",
            "rumo a",
            "at[ée]",
            "de volta a",
            "destino final",
            r"recebid[oa]s? pel[oa]",
        ),
    },
    examples={
        "en": (
            "Two removal flights went to Guatemala on Monday.",
            "The charter flew into Haiti after midnight.",
            "A deportation flight for Honduras left Alexandria.",
            "Three flights headed towards Ecuador on Friday.",
            "A flight bound for Colombia left Texas.",
            "Two flights headed to Peru on Tuesday.",
            "A flight headed for Brazil left Louisiana.",
            "A charter destined for Mauritania took off.",
            "Two deportation flights landed in Guatemala.",
            "The jet was seen landing in Honduras at dawn.",
            "Four flights arrived in El Salvador on Friday.",
            "Flights arriving in Haiti were met by officials.",
            "The flight arrived at Guatemala on Monday.",
            "Two removal flights touched down in Ecuador on Thursday.",
            "A removal flight touches down in Ecuador on Thursday.",
            "Three removal flights reached Colombia in May.",
            "The flight, reaching Venezuela at noon, carried 120 people.",
            "Two flights arrived in the morning, and more landed in Honduras later.",
            "A deportation flight landed at dawn at Ecuador's main airport, in Guayaquil.",
            "A plane carrying Guatemalan deportees left Texas.",
            "A flight with Honduran migrants landed on Monday.",
            "The first flight of Venezuelans under the agreement left Texas.",
            "The charter stopped in Peru, its final destination Colombia.",
            "Return flights received by Honduras, week of 7-13 April:",
        ),
        "es": (
            "Dos vuelos de deportación fueron a Guatemala el lunes.",
            "Un vuelo salió hacia Honduras el martes.",
            "Un vuelo con destino a Ecuador despegó de Texas.",
            "Tres vuelos partieron rumbo a Colombia.",
            "Dos vuelos de deportación aterrizaron en Honduras.",
            "El vuelo llegó hasta Guatemala sin escalas.",
            "Los migrantes volaron de regreso a Venezuela el jueves.",
            "Un vuelo salió para El Salvador el viernes.",
            "El primer vuelo de venezolanos despegó de Texas.",
            "Un avión con hondureños aterrizó el lunes.",
            "Dos vuelos llegaron al Perú el miércoles.",
            "El vuelo hizo escala en Lima y tuvo como destino final Colombia.",
            "Vuelos de retorno recibidos por Honduras, semana del 7 al 13 de abril:",
        ),
        "pt": (
            "Dois voos de deportação seguiram para o Brasil.",
            "Um voo com destino a Honduras partiu do Texas.",
            "Dois voos de deportação pousaram em Belo Horizonte.",
            "Um voo de deportação pousou no Brasil na sexta.",
            "Um voo de deportação pousou na Guatemala na segunda.",
            "O primeiro voo de brasileiros deportados pousou na sexta.",
            "Dois voos de deportação chegaram a Honduras na sexta-feira.",
            "Três voos chegaram ao Brasil em maio.",
            "Um voo chegou à Guatemala na segunda-feira.",
            "Dois voos de deportação chegaram aos Países Baixos.",
            "Um voo seguiu rumo a Honduras na terça.",
            "O avião voou até Honduras sem escala.",
            "Os deportados voaram de volta a Honduras na quarta.",
            "O voo fez escala em Lima e teve como destino final a Colômbia.",
            "Voos de deportados recebidos pelo Brasil na semana de 7 a 13 de abril:",
        ),
    },
    not_examples={
        "en": (
            "Officials in Guatemala said the flights were delayed.",
            "Two flights were delayed at the airport.",
        ),
        "es": ("Funcionarios en Guatemala dijeron que los vuelos se retrasaron.",),
        "pt": ("Autoridades em Honduras disseram que os voos atrasaram.",),
    },
)
ORIGIN = Cue(
    "origin",
    Decision.ROUTE,
    words={
        "en": ("from", "departed", "departing", "left", "leaving", "out of"),
        "es": (
            "desde",
            "procedentes? de",
            "provenientes? de",
            "salieron de",
            "sali[oó] de",
            "partieron de",
            "parti[oó] de",
            "despegaron de",
            "despeg[oó] de",
            "de",
        ),
        "pt": (
            "de",
            "saindo d[eoa]s?",
            "partindo d[eoa]s?",
            "desde",
            "vindos? d[eoa]s?",
            "procedentes? d[eoa]s?",
            "provenientes? d[eoa]s?",
            "sa[ií]ram d[eoa]s?",
            "sa[ií]u d[eoa]s?",
            "partiram d[eoa]s?",
            "partiu d[eoa]s?",
            "decolaram d[eoa]s?",
            "decolou d[eoa]s?",
        ),
    },
    examples={
        "en": (
            "Two removal flights from Texas landed in Guatemala.",
            "A flight departed Louisiana for Honduras.",
            "Flights departing Arizona landed in Guatemala.",
            "The plane left Texas for Ecuador.",
            "Three flights leaving Louisiana went to Honduras.",
            "Two flights out of Texas landed in Colombia.",
        ),
        "es": (
            "Dos vuelos desde Texas aterrizaron en Guatemala.",
            "Un vuelo despegó de Texas con destino a Honduras.",
            "Un vuelo procedente de Luisiana aterrizó en Honduras.",
            "Tres vuelos procedentes de Texas aterrizaron en Honduras.",
            "Un vuelo proveniente de Arizona llegó a Guatemala.",
            "Dos vuelos provenientes de Texas llegaron a Guatemala.",
            "Dos vuelos salieron de Texas hacia Guatemala.",
            "Un vuelo salió de Luisiana rumbo a Honduras.",
            "Tres vuelos partieron de Arizona rumbo a Guatemala.",
            "Un vuelo partió de Texas hacia Honduras.",
            "Dos vuelos despegaron de Texas con destino a Ecuador.",
            "Un vuelo de Estados Unidos aterrizó en Guatemala.",
        ),
        "pt": (
            "Um voo de deportação dos Estados Unidos pousou em Belo Horizonte.",
            "Um voo saindo de Louisiana pousou no Brasil.",
            "Um voo partindo do Texas pousou em Belo Horizonte.",
            "Um voo desde o Texas pousou em Belo Horizonte.",
            "Um voo vindo do Texas pousou em Belo Horizonte.",
            "Dois voos vindos de Louisiana pousaram no Brasil.",
            "Um voo procedente do Texas pousou em Belo Horizonte.",
            "Dois voos procedentes de Louisiana pousaram no Brasil.",
            "Um voo proveniente do Texas pousou em Fortaleza.",
            "Dois voos provenientes de Louisiana pousaram no Brasil.",
            "Dois voos saíram de Louisiana rumo ao Brasil.",
            "Um voo saiu do Texas rumo ao Brasil.",
            "Dois voos partiram de Louisiana rumo ao Brasil.",
            "Um voo partiu do Texas rumo a Honduras.",
            "Dois voos decolaram de Louisiana rumo ao Brasil.",
            "Um voo decolou do Texas rumo ao Brasil.",
        ),
    },
    not_examples={
        "en": ("The flight of Guatemala's air force landed.",),
        "es": ("El gobierno de Guatemala recibió dos vuelos.",),
        "pt": ("O governo de Honduras recebeu dois voos.",),
    },
)
RECEIVING_ACTOR = Cue(
    "receiving_actor",
    Decision.ROUTE,
    words={
        "en": (
            "received",
            "receives",
            "receive",
            "would arrive",
            "will arrive",
            "arrived",
            "arrive",
            "would land",
            "will land",
            "landed",
            r"ha(?:s|ve) (?:landed|arrived)",
            "confirmed the arrival",
            "expects",
            "expected",
            # a government that sends its own planes to fetch its nationals receives the flights
            "to pick up",
            "to fetch",
            "to bring (?:back|home)",
            "to repatriate",
        ),
        "es": (
            "recibi[oó]",
            "recibieron",
            "ha recibido",
            "han recibido",
            "recibir[aá]n?",
            "llegar[aá]n",
            "llegaron",
            "lleg[oó]",
            "aterrizar[aá]n",
            "aterrizaron",
            "aterriz[oó]",
            r"ha(?:n)? (?:llegado|aterrizado)",
            "confirm(?:ó|o|aron) la llegada",
            "espera",
            "esperan",
            "previstos?",
            "(?:para|a) recoger",
            "(?:para|a) buscar",
            "para traer",
            "(?:para|a) repatriar",
        ),
        "pt": (
            "recebeu",
            "recebe",
            "receber[aá]",
            "chegar[aã]o",
            "chegaram",
            "chegou",
            "pousar[aã]o",
            "pousaram",
            "pousou",
            "confirm(?:ou|aram) a chegada",
            "previst[oa]s?",
            "espera",
            "esperam",
            "para buscar",
            "para trazer",
            "para resgatar",
            "para repatriar",
        ),
    },
    examples={
        "en": (
            "Guatemala's government said it received two flights on Monday.",
            "The Honduran government receives two flights a week.",
            "The Haitian government will receive two flights.",
            "Honduras's government said two flights would arrive on Friday.",
            "The Guatemalan government said two more flights will arrive next week.",
            "Colombia's government said two flights arrived on Monday.",
            "The Honduran government said two flights arrive each week.",
            "Haiti's government said two flights would land on Friday.",
            "Haiti's government said two flights will land on Friday.",
            "Ecuador's government said two flights landed in Quito.",
            "According to Guatemala's government, two flights have landed since Monday.",
            "According to the Haitian government, one flight has arrived this week.",
            "The Guatemalan government confirmed the arrival of two flights.",
            "The Honduran government expects two flights on Friday.",
            "The Honduran government expected two flights last week.",
            "Colombia sent two Air Force planes to pick up its deported nationals.",
            "Venezuela sent a plane to fetch 180 deportees.",
            "Brazil sent two planes to bring back the deportees.",
            "Brazil sent a plane to bring home 90 citizens.",
            "Colombia sent two air force planes to San Diego to repatriate 200 Colombians.",
        ),
        "es": (
            "El gobierno de Guatemala recibió dos vuelos el lunes.",
            "Las autoridades hondureñas recibieron dos vuelos.",
            "El gobierno de Honduras ha recibido dos vuelos.",
            "Las autoridades guatemaltecas han recibido dos vuelos.",
            "El gobierno de Honduras recibirá dos vuelos.",
            "El gobierno hondureño informó que dos vuelos llegarán la próxima semana.",
            "El gobierno de Guatemala informó que dos vuelos llegaron el lunes.",
            "El gobierno de Guatemala dijo que un vuelo llegó el lunes.",
            "El gobierno de Guatemala dijo que dos vuelos aterrizarán el lunes.",
            "El gobierno de Guatemala dijo que dos vuelos aterrizaron el lunes.",
            "El gobierno de Guatemala dijo que un vuelo aterrizó el lunes.",
            "Según el gobierno venezolano, 28 vuelos han aterrizado desde febrero.",
            "Según el gobierno de Guatemala, un vuelo ha llegado esta semana.",
            "Las autoridades hondureñas confirmaron la llegada de dos vuelos con 270 deportados.",
            "El gobierno de Honduras espera dos vuelos el viernes.",
            "Las autoridades hondureñas esperan dos vuelos el viernes.",
            "El gobierno de Honduras dijo que hay dos vuelos previstos.",
            "Colombia envió dos aviones de la Fuerza Aérea para recoger a los deportados.",
            "Venezuela envió un avión a recoger a 180 migrantes.",
            "Colombia envió dos aviones para buscar a sus connacionales.",
            "Venezuela mandó un avión a buscar a 180 migrantes.",
            "Colombia envió un avión para traer a 110 colombianos.",
            "Colombia envió dos aviones de la Fuerza Aérea a San Diego para repatriar a 200 colombianos.",
        ),
        "pt": (
            "O governo brasileiro recebeu dois voos na sexta.",
            "O governo brasileiro recebe dois voos por semana.",
            "O governo brasileiro receberá dois voos.",
            "O governo brasileiro informou que dois voos chegarão em março.",
            "O governo brasileiro informou que dois voos chegaram na sexta.",
            "O governo brasileiro informou que um voo chegou na sexta.",
            "O governo brasileiro informou que dois voos pousarão em março.",
            "O governo brasileiro informou que dois voos pousaram na sexta.",
            "O governo brasileiro informou que um voo pousou na sexta.",
            "O governo brasileiro confirmou a chegada de dois voos.",
            "O governo brasileiro informou que outros dois voos estão previstos para março.",
            "O governo brasileiro espera dois voos em março.",
            "As autoridades brasileiras esperam dois voos em março.",
            "O governo brasileiro enviou dois aviões para buscar os deportados.",
            "O governo brasileiro enviou um avião para trazer 90 brasileiros.",
            "O governo brasileiro enviou um avião da FAB para resgatar os deportados.",
            "O Brasil enviou dois aviões da FAB aos Estados Unidos para repatriar 200 brasileiros.",
        ),
    },
    not_examples={
        "en": (
            "Mexico's government operated two flights on Monday.",
            "Under a notice from the authorities of the United States, the arrival of 14 flights is "
            "scheduled.",
        ),
        "es": (
            "El gobierno de México realizó dos vuelos el lunes.",
            "Según la notificación de las autoridades de los Estados Unidos, se tiene programada la "
            "llegada de 14 vuelos.",
        ),
        "pt": ("O governo mexicano realizou dois voos na segunda.",),
    },
)
REGION = Cue(
    "region",
    Decision.ROUTE,
    words={
        "en": (
            "countries",
            "destinations",
            "regions?",
            "Central America",
            "Latin America",
            "South America",
            "Africa",
            "Asia",
            "Europe",
            "the Caribbean",
        ),
        "es": (
            "pa[ií]ses",
            "destinos",
            "regi[oó]n",
            "Centroam[eé]rica",
            "Latinoam[eé]rica",
            "Sudam[eé]rica",
            "Am[eé]rica Latina",
            "[AÁ]frica",
            "Asia",
            "Europa",
            "el Caribe",
        ),
        "pt": (
            "pa[ií]ses",
            "destinos",
            "regi[aã]o",
            "Am[eé]rica Central",
            "Am[eé]rica Latina",
            "Am[eé]rica do Sul",
            "[AÁ]frica",
            "[AÁ]sia",
            "Europa",
            "Caribe",
        ),
    },
    examples={
        "en": (
            "ICE flew 19 removal flights to 7 countries last week.",
            "ICE flew 9 removal flights to the region in May.",
            "ICE flew 9 removal flights to two regions in May.",
            "The department scheduled 11 further charter flights to a range of destinations.",
            "ICE flew 40 removal flights to Central America in May.",
            "ICE flew 50 removal flights to Latin America in May.",
            "ICE flew 12 removal flights to South America in May.",
            "ICE flew 5 removal flights to Africa in May.",
            "ICE flew 4 removal flights to Asia in May.",
            "ICE flew 3 removal flights to Europe in May.",
            "ICE flew 6 removal flights to the Caribbean in May.",
        ),
        "es": (
            "ICE realizó 19 vuelos de deportación a 7 países la semana pasada.",
            "ICE realizó 9 vuelos a la región en mayo.",
            "El ministerio programó 11 vuelos más a distintos destinos.",
            "ICE realizó 40 vuelos a Centroamérica en mayo.",
            "ICE realizó 50 vuelos a Latinoamérica en mayo.",
            "ICE realizó 12 vuelos a Sudamérica en mayo.",
            "ICE realizó 50 vuelos a América Latina en mayo.",
            "ICE realizó 5 vuelos a África en mayo.",
            "ICE realizó 4 vuelos a Asia en mayo.",
            "ICE realizó 3 vuelos a Europa en mayo.",
            "ICE realizó 6 vuelos hacia el Caribe en mayo.",
        ),
        "pt": (
            "O ICE realizou 19 voos de deportação para 7 países na semana passada.",
            "O ICE realizou 9 voos para a região em maio.",
            "O ministério programou 11 voos para vários destinos.",
            "O ICE realizou 40 voos para a América Central em maio.",
            "O ICE realizou 50 voos para a América Latina em maio.",
            "O ICE realizou 12 voos para a América do Sul em maio.",
            "O ICE realizou 5 voos para a África em maio.",
            "O ICE realizou 4 voos para a Ásia em maio.",
            "O ICE realizou 3 voos para a Europa em maio.",
            "O ICE realizou 6 voos para o Caribe em maio.",
        ),
    },
    not_examples={
        "en": ("ICE flew 9 removal flights to Guatemala, the busiest country in the region.",),
        "es": ("ICE realizó 9 vuelos a Guatemala, el país con más vuelos de la región.",),
        "pt": ("O ICE realizou 9 voos para a Guatemala, o país com mais voos da região.",),
    },
)
# who chartered the aircraft sent it: "chartered by the Mexican government", "fletadas por el Instituto
# Nacional de Migración de México", "fretados pelos EUA" (the charterer's name follows the words)
CHARTERER = Cue(
    "charterer",
    Decision.ROUTE,
    words={
        "en": ("chartered by",),
        "es": (r"fletad[oa]s? por",),
        "pt": (r"fretad[oa]s? pel[oa]s?",),
    },
    examples={
        "en": ("Two planes chartered by the Government of Mexico landed in Guatemala City.",),
        "es": (
            "Aterrizaron dos aeronaves fletadas por el Instituto Nacional de Migración de México.",
            "Llegó un avión fletado por el Gobierno de México con 120 hondureños.",
        ),
        "pt": (
            "Pousou em Manaus um avião fretado pelo Governo do México.",
            "Um voo fretado pelo governo dos Estados Unidos pousou em Confins com 88 brasileiros.",
            "Cerca de 600 brasileiros voltaram em seis voos fretados pelos EUA desde janeiro.",
        ),
    },
    not_examples={
        "en": ("Two planes chartered by a private company left for the border.",),
        "es": ("Salieron dos aviones fletados por una empresa privada.",),
        "pt": ("Saíram dois aviões fretados por uma empresa privada.",),
    },
)
# a government spoken to is not the one sending: "without notice to the Guatemalan government", "al gobierno
# hondureño", "ao governo brasileiro"
ADDRESSED = Cue(
    "addressed",
    Decision.ROUTE,
    words={
        "en": (r"(?:to|with) the",),  # before the demonym: "to the Guatemalan government"
        "es": (r"(?:al|para el|con el) gobierno", r"(?:a|con) las autoridades"),
        "pt": (r"(?:ao|para o|com o) governo", r"(?:às|com as) autoridades"),
    },
    examples={
        "en": (
            "The embassy sent a note to the Guatemalan government about two flights.",
            "The embassy spoke with the Guatemalan authorities about two flights.",
        ),
        "es": (
            "La embajada envió una nota al gobierno guatemalteco sobre dos vuelos.",
            "La embajada habló con las autoridades guatemaltecas sobre dos vuelos.",
        ),
        "pt": (
            "A embaixada enviou uma nota ao governo guatemalteco sobre dois voos.",
            "A embaixada falou com as autoridades guatemaltecas sobre dois voos.",
        ),
    },
    not_examples={
        "en": ("The Guatemalan government sent two flights to Mexico.",),
        "es": ("El gobierno guatemalteco envió dos vuelos a México.",),
        "pt": ("O governo guatemalteco enviou dois voos ao México.",),
    },
)
# a count that goes on from the flights told just before keeps their route across a paragraph break:
# "Another two flights landed on Tuesday"; a count that does not starts afresh from the document's sender
CONTINUATION = Cue(
    "continuation",
    Decision.ROUTE,
    words={
        "en": ("another", "additional", "further", "also", r"more(?!\s+than)"),
        "es": ("otr[oa]s?", "adicionales", "también", r"más(?!\s+de)"),
        "pt": ("outr[oa]s?", "adicionais", "também", r"mais(?!\s+de)"),
    },
    examples={
        "en": (
            "Mexico sent three flights to Guatemala on Monday.\n\nAnother two flights landed on Tuesday.",
            "Mexico sent three flights to Guatemala on Monday.\n\nTwo additional flights landed on Tuesday.",
            "Mexico sent three flights to Guatemala on Monday.\n\nTwo further flights landed on Tuesday.",
            "Mexico sent three flights to Guatemala on Monday.\n\nTwo flights also landed on Tuesday.",
            "Mexico sent three flights to Guatemala on Monday.\n\nTwo more flights landed on Tuesday.",
        ),
        "es": (
            "México envió tres vuelos a Guatemala el lunes.\n\nOtros dos vuelos aterrizaron el martes.",
            "México envió tres vuelos a Guatemala el lunes.\n\nDos vuelos adicionales aterrizaron el martes.",
            "México envió tres vuelos a Guatemala el lunes.\n\nTambién aterrizaron dos vuelos el martes.",
            "México envió tres vuelos a Guatemala el lunes.\n\nDos vuelos más aterrizaron el martes.",
        ),
        "pt": (
            "O México enviou três voos para a Guatemala na segunda.\n\nOutros dois voos pousaram na terça.",
            "O México enviou três voos à Guatemala na segunda.\n\nDois voos adicionais pousaram na terça.",
            "O México enviou três voos para a Guatemala na segunda.\n\nTambém pousaram dois voos na terça.",
            "O México enviou três voos para a Guatemala na segunda.\n\nMais dois voos pousaram na terça.",
        ),
    },
    not_examples={
        "en": (
            "Mexico sent three flights to Guatemala on Monday.\n\nTwo flights landed on Tuesday.",
            "Mexico sent three flights to Guatemala on Monday.\n\nMore than 40 flights landed this year.",
        ),
        "es": (
            "México envió tres vuelos a Guatemala el lunes.\n\nDos vuelos aterrizaron el martes.",
            "México envió tres vuelos a Guatemala el lunes.\n\nMás de 40 vuelos aterrizaron este año.",
        ),
        "pt": (
            "O México enviou três voos para a Guatemala na segunda.\n\nDois voos pousaram na terça.",
            "O México enviou três voos para a Guatemala na segunda.\n\nMais de 40 voos pousaram este ano.",
        ),
    },
)
# a running total that counts the flights just reported among its own ("With these, 9 flights since January")
# goes where they went, from where they left, across a paragraph break
WITH_THESE = Cue(
    "with_these",
    Decision.ROUTE,
    words={
        # the pronoun, or the flights, then a comma: "Con estas acciones, el INM suma 41" counts other things
        "en": (
            r"with (?:these|those|them|this one|today's)(?: flights)?(?=,)",
            r"including (?:these|those|today's)(?: flights)?(?=,)",
        ),
        "es": (
            r"con (?:estos|estas|esos|esas|[eé]ste|[eé]sta|ellos|los de hoy)(?: vuelos)?(?=,)",
            r"incluidos (?:estos|los de hoy)(?: vuelos)?(?=,)",
        ),
        "pt": (
            r"com (?:esses|essas|estes|estas|este|esse|eles|os de hoje)(?: voos)?(?=,)",
            r"incluindo (?:esses|estes|os de hoje)(?: voos)?(?=,)",
        ),
    },
    examples={
        "en": (
            "Two flights landed in Guatemala on Monday.\n\nWith these, 40 flights have landed this year.",
            "Two flights landed in Guatemala on Monday.\n\nIncluding these, 40 flights landed this year.",
        ),
        "es": (
            "Dos vuelos aterrizaron en Guatemala el lunes.\n\nCon estos, ya suman 40 vuelos este año.",
            "Dos vuelos aterrizaron en Guatemala el lunes.\n\nIncluidos estos, llegaron 40 vuelos este año.",
        ),
        "pt": (
            "Dois voos pousaram na Guatemala na segunda.\n\nCom esses, já são 40 voos neste ano.",
            "Dois voos pousaram na Guatemala na segunda.\n\nIncluindo esses, chegaram 40 voos neste ano.",
        ),
    },
    not_examples={
        "en": ("Two flights landed in Guatemala on Monday.\n\nOverall, 40 flights have landed this year.",),
        "es": (
            "Dos vuelos aterrizaron en Guatemala el lunes.\n\nEn total, 40 vuelos llegaron este año.",
            "Dos vuelos aterrizaron en Guatemala el lunes.\n\nCon estas acciones, el INM suma 40 vuelos.",
        ),
        "pt": ("Dois voos pousaram na Guatemala na segunda.\n\nNo total, 40 voos chegaram neste ano.",),
    },
)
# people of a country named as the ones removed are flown home: "230 Guatemalans were returned", "412
# hondureños fueron deportados", "brasileiros que foram expulsos"
REMOVED_PEOPLE = Cue(
    "removed_people",
    Decision.ROUTE,
    words={
        "en": (
            r"(?:who\s+)?(?:were|have been|had been|are being)\s+"
            r"(?:deported|returned|repatriated|removed|expelled)",
        ),
        "es": (
            r"(?:que\s+)?(?:fueron|han sido|habían sido)\s+"
            r"(?:deportad|retornad|repatriad|expulsad|devuelt)[oa]s",
        ),
        "pt": (
            r"(?:que\s+)?(?:foram|têm sido|tinham sido)\s+"
            r"(?:deportad|repatriad|expuls|devolvid|retornad)[oa]s",
        ),
    },
    examples={
        "en": (
            "Some 230 Guatemalans were returned on two flights on Wednesday.",
            "About 140 Hondurans who had been deported arrived on one flight.",
        ),
        "es": (
            "Unos 230 hondureños fueron retornados en dos vuelos el miércoles.",
            "Los 130 salvadoreños que habían sido deportados llegaron en un vuelo.",
        ),
        "pt": (
            "Os 190 brasileiros foram deportados em dois voos na quarta.",
            "Os 88 brasileiros que tinham sido expulsos chegaram em um voo.",
        ),
    },
    not_examples={
        "en": ("Some 230 Guatemalans watched two flights land on Wednesday.",),
        "es": ("Unos 230 hondureños vieron aterrizar dos vuelos el miércoles.",),
        "pt": ("Os 190 brasileiros viram pousar dois voos na quarta.",),
    },
)
# as many flights as places, one to each: "Three flights went to Ecuador, Colombia and Peru, one to each"
ONE_EACH = Cue(
    "one_each",
    Decision.ROUTE,
    words={
        "en": (r"one (?:to|for) each", "one each", "one apiece"),
        "es": (r"uno (?:a|para|por) cada", r"uno en cada"),
        "pt": (r"um (?:a|para|por) cada", r"um em cada"),
    },
    examples={
        "en": (
            "Three flights went to Ecuador, Colombia and Peru, one to each country.",
            "Two flights landed in Guatemala and Honduras, one each.",
            "Two flights landed in Guatemala and Honduras, one apiece.",
            "Two flights left for Guatemala and Honduras, one for each country.",
        ),
        "es": (
            "Tres vuelos fueron a Ecuador, Colombia y Perú, uno a cada país.",
            "Dos vuelos aterrizaron en Guatemala y Honduras, uno en cada país.",
            "Dos vuelos salieron hacia Guatemala y Honduras, uno para cada país.",
        ),
        "pt": (
            "Três voos foram para o Equador, a Colômbia e o Peru, um para cada país.",
            "Dois voos pousaram na Guatemala e em Honduras, um em cada país.",
        ),
    },
    not_examples={
        "en": (
            "Three flights went to Ecuador, Colombia and Peru.",
            "Two flights landed in Guatemala, one each day.",
        ),
        "es": ("Tres vuelos fueron a Ecuador, Colombia y Perú.",),
        "pt": ("Três voos foram para o Equador, a Colômbia e o Peru.",),
    },
)
# "El Salvador y Honduras recibieron 12 y 9 vuelos, respectivamente": the counts go to the places in order
RESPECTIVELY = Cue(
    "respectively",
    Decision.ROUTE,
    words={"en": ("respectively",), "es": ("respectivamente",), "pt": ("respectivamente",)},
    examples={
        "en": ("El Salvador and Honduras received 12 and 9 removal flights, respectively.",),
        "es": ("El Salvador y Honduras recibieron 12 y 9 vuelos de deportación, respectivamente.",),
        "pt": ("El Salvador e Honduras receberam 12 e 9 voos de deportação, respectivamente.",),
    },
    not_examples={
        "en": ("El Salvador and Honduras received 12 and 9 removal flights.",),
        "es": ("El Salvador y Honduras recibieron 12 y 9 vuelos de deportación.",),
        "pt": ("El Salvador e Honduras receberam 12 e 9 voos de deportação.",),
    },
)
# "a total of 192 flights", "en total, 192 vuelos": a whole over every place the story counts, in a story that
# counts flights to several places; not the headline country's alone
GRAND_TOTAL = Cue(
    "grand_total",
    Decision.ROUTE,
    words={
        "en": ("a total of", "in all", "in total", "all told", "altogether", "overall"),
        "es": ("un total de", "en total", "en conjunto", "en suma"),
        "pt": ("um total de", "ao todo", "no total", "no conjunto"),
    },
    examples={
        "en": (
            "ICE flew a total of 192 removal flights in February.",
            "In all, 192 removal flights left the country.",
            "In total, 192 removal flights left in February.",
            "All told, 192 removal flights left in February.",
            "Altogether, 192 removal flights left in February.",
            "Overall, 192 removal flights left in February.",
        ),
        "es": (
            "ICE realizó un total de 192 vuelos en febrero.",
            "En total salieron 192 vuelos de deportación.",
            "En conjunto, salieron 192 vuelos en febrero.",
            "En suma, salieron 192 vuelos en febrero.",
        ),
        "pt": (
            "O ICE fez um total de 192 voos em fevereiro.",
            "Ao todo, saíram 192 voos de deportação.",
            "No total, saíram 192 voos em fevereiro.",
            "No conjunto, saíram 192 voos em fevereiro.",
        ),
    },
    not_examples={
        "en": ("192 removal flights left in February.",),
        "es": ("Salieron 192 vuelos en febrero.",),
        "pt": ("Saíram 192 voos em fevereiro.",),
    },
)
# "Guatemala received 40% of the 230 flights": a share of a whole went to the place named, so the whole
# goes to no one country (the share is no count)
SHARE = Cue(
    "share",
    Decision.ROUTE,
    words={
        "en": (r"%\s+of(?:\s+the)?", r"(?:percent|per\s+cent)\s+of(?:\s+the)?"),
        "es": (r"%\s+de\s+l[oa]s", r"por\s+ciento\s+de\s+l[oa]s"),
        "pt": (r"%\s+d[oa]s", r"por\s+cento\s+d[oa]s"),
    },
    examples={
        "en": (
            "Guatemala received 40% of the 230 removal flights in February.",
            "Guatemala accounted for 40 percent of the 230 removal flights in February.",
            "About 40 per cent of the 230 removal flights in February went to Guatemala.",
        ),
        "es": (
            "Guatemala recibió el 40% de los 230 vuelos de deportación de febrero.",
            "Guatemala recibió el 40 por ciento de los 230 vuelos de deportación de febrero.",
        ),
        "pt": (
            "A Guatemala recebeu 40% dos 230 voos de deportação de fevereiro.",
            "A Guatemala recebeu 40 por cento dos 230 voos de deportação de fevereiro.",
        ),
    },
    not_examples={
        "en": ("Guatemala received 92 of the 230 removal flights in February.",),
        "es": ("Guatemala recibió 92 de los 230 vuelos de deportación de febrero.",),
        "pt": ("A Guatemala recebeu 92 dos 230 voos de deportação de fevereiro.",),
    },
)
# "a charter flight to Bogotá funded by the United States": who paid for a flight neither sent nor received it
FUNDER = Cue(
    "funder",
    Decision.ROUTE,
    words={
        "en": (r"(?:funded|financed|paid\s+for)\s+by",),
        "es": (r"(?:financiad|pagad|costead|sufragad)[oa]s?\s+por",),
        "pt": (r"(?:financiad|pag|custead)[oa]s?\s+pel[oa]s?",),
    },
    examples={
        "en": (
            "Panama deported 28 Colombians on a charter flight to Bogotá funded by the United States.",
            "Panama deported 28 Colombians on a charter flight to Bogotá financed by the United States.",
            "Panama deported 28 Colombians on a charter flight to Bogotá paid for by the United States.",
        ),
        "es": (
            "Panamá deportó a 28 colombianos en un vuelo a Bogotá financiado por Estados Unidos.",
            "Panamá deportó a 28 colombianos en un vuelo a Bogotá pagado por el gobierno de Estados Unidos.",
            "Panamá deportó a 28 colombianos en un vuelo a Bogotá costeado por Estados Unidos.",
            "Panamá deportó a 28 colombianos en dos vuelos a Bogotá sufragados por Estados Unidos.",
        ),
        "pt": (
            "O Panamá deportou 28 colombianos num voo para Bogotá financiado pelos Estados Unidos.",
            "O Panamá deportou 28 colombianos num voo para Bogotá pago pelos Estados Unidos.",
            "O Panamá deportou 28 colombianos num voo para Bogotá custeado pelos Estados Unidos.",
        ),
    },
    not_examples={
        "en": ("Panama deported 28 Colombians on a charter flight to Bogotá.",),
        "es": ("Panamá deportó a 28 colombianos en un vuelo a Bogotá.",),
        "pt": ("O Panamá deportou 28 colombianos num voo para Bogotá.",),
    },
)
# "ICE has operated 1,200 removal flights this fiscal year" in a story of one flight to Guatemala: the
# sender's tally of its flights, over every place it flies to, not the story's country (its words are the
# verb after the sender's name)
SENDER_TALLY = Cue(
    "sender_tally",
    Decision.ROUTE,
    words={
        "en": ("conducted", "operated", "run", "ran", "carried out", "supported", r"organi[sz]ed"),
        "es": (r"realiz(?:ó|o)", r"ha realizado", r"efectu(?:ó|o)", r"oper(?:ó|o)", r"ha operado"),
        "pt": ("realizou", "operou", "fez", "apoiou"),
    },
    examples={
        "en": (
            "ICE has conducted 1,200 removal flights this fiscal year.",
            "ICE has operated 1,200 removal flights this fiscal year.",
            "Overall, the Home Office has run 120 charter flights since January 2024.",
            "The Home Office ran 120 charter flights in 2024.",
            "ICE carried out 1,200 removal flights in 2024.",
            "Frontex supported 420 return flights last year.",
            "Frontex organised 420 return flights last year.",
        ),
        "es": (
            "ICE realizó 1.200 vuelos de deportación en 2024.",
            "En total, ICE ha realizado 1.200 vuelos de deportación en lo que va del año fiscal.",
            "ICE efectuó 1.200 vuelos de deportación en 2024.",
            "ICE operó 1.200 vuelos de deportación en 2024.",
            "ICE ha operado 1.200 vuelos de deportación en 2024.",
        ),
        "pt": (
            "O ICE realizou 1.200 voos de deportação em 2024.",
            "O ICE operou 1.200 voos de deportação em 2024.",
            "O ICE fez 1.200 voos de deportação em 2024.",
            "A Frontex apoiou 420 voos de retorno no ano passado.",
        ),
    },
    not_examples={
        "en": ("This year 48 deportation flights have landed in the country.",),
        "es": ("En lo que va de 2025 han llegado al país 48 vuelos de deportación.",),
        "pt": ("Neste ano chegaram ao país 48 voos de deportação.",),
    },
)
# "brasileiros deportados dos Estados Unidos": after the people's participle a bare "de" names where they were
# sent from, as "from" does in English
DEPORTED_FROM = Cue(
    "deported_from",
    Decision.ROUTE,
    words={
        "es": (r"(?:deportad|repatriad|expulsad|retornad|devuelt)[oa]s?\s+(?:de|del)",),
        "pt": (r"(?:deportad|repatriad|expuls|devolvid|retornad)[oa]s?\s+d[eoa]s?",),
    },
    examples={
        "es": (
            "Dos vuelos con hondureños deportados de Estados Unidos llegaron a San Pedro Sula.",
            "Un vuelo con 120 guatemaltecos repatriados del Reino Unido aterrizó el lunes.",
        ),
        "pt": (
            "Um avião com brasileiros deportados dos Estados Unidos pousou em Confins.",
            "Dois voos com brasileiros repatriados da Espanha chegaram a Guarulhos.",
            "Um voo com 90 brasileiros expulsos de Portugal pousou em Recife.",
        ),
    },
    not_examples={
        "es": ("Dos vuelos con hondureños deportados de la frontera llegaron a San Pedro Sula.",),
        "pt": ("Um avião com deportados do sexo masculino pousou em Confins.",),
    },
)
ROUTE_CUES = (
    DESTINATION,
    ORIGIN,
    DEPORTED_FROM,
    RECEIVING_ACTOR,
    REGION,
    CHARTERER,
    ADDRESSED,
    CONTINUATION,
    WITH_THESE,
    REMOVED_PEOPLE,
    ONE_EACH,
    RESPECTIVELY,
    GRAND_TOTAL,
    SHARE,
    FUNDER,
    SENDER_TALLY,
)
