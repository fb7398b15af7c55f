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
               r"podr[ií]an? (?:cerrar|terminar|llegar|alcanzar)", r"proyecci[oó]n", "se proyecta", r"estimaci[oó]n",
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
               "Antes de fin de año podrían llegar unos 60 vuelos más.",
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
FLEET = Cue(
    "fleet", Decision.TRAP,
    words={
        "en": ("operates?", "operating", "owns?", "has", "have", "fleet", "leases?"),
        "es": ("flota", "cuenta con", "dispone de", "tiene", "opera"),
        "pt": ("frota", "tem", "t[eê]m", "conta com", "disp[õo]e de", "possui", "opera"),
    },
    examples={
        "en": ("The airline operates 12 planes out of Mesa.", "The carrier operate 9 aircraft from Texas.",
               "Operating 14 planes, the carrier is the largest.", "The company owns 20 aircraft.", "The carriers own 30 planes.",
               "GlobalX has 22 planes.", "The contractors have 40 aircraft.", "Its fleet counts 18 planes.",
               "The agency leases 11 aircraft.", "The contractors lease 25 planes."),
        "es": ("La flota suma 18 aviones.", "La aerolínea cuenta con 12 aviones.", "La empresa dispone de 20 aeronaves.",
               "GlobalX tiene 22 aviones.", "La compañía opera 14 aviones."),
        "pt": ("A frota soma 18 aviões.", "A companhia tem 12 aviões no Texas.", "As companhias têm 30 aeronaves.",
               "A empresa conta com 12 aeronaves.", "A empresa dispõe de 20 aviões.", "A empresa possui 22 aviões.",
               "A companhia opera 14 aviões."),
    },
    not_examples={
        "en": ("The carrier has flown 12 planes to Guatemala; all landed in May.",),
        "es": ("La aerolínea tiene 12 aviones que aterrizaron en Guatemala en mayo.",),
        "pt": ("A companhia tem 2 aviões que pousaram em Confins em maio.",),
    },
)
TRANSFER = Cue(
    "transfer", Decision.TRAP,
    words={
        "en": ("shuffle", "domestic(?: transfers?)?", "internal transfers?", "between detention (?:centers|centres|facilities)",
               r"within the (?:us|u\.s\.|united states|country)", "guant[aá]namo"),
        "es": ("traslados? internos?", "entre centros de detenci[oó]n", r"dentro de (?:ee\.? ?uu\.?|estados unidos|eeuu)", "guant[aá]namo"),
        "pt": ("dom[eé]stic[oa]s", "transfer[eê]ncias? internas?", "de transfer[eê]ncia", "entre centros de deten[cç][aã]o",
               "dentro d[oa]s? (?:eua|estados unidos|pa[ií]s)", "guant[aá]namo"),
    },
    examples={
        "en": ("The agency ran 400 shuffle flights in May.", "There were 300 domestic flights in May.",
               "There were 120 domestic transfer flights in May.", "There were 90 internal transfer flights in May.",
               "There were 80 flights between detention centers in May.", "There were 70 flights within the US in May.",
               # people flown to the naval base stay in U.S. custody: a transfer, not a removal
               "Military aircraft made 13 flights from El Paso to Naval Station Guantánamo Bay."),
        "es": ("Hubo 90 vuelos de traslados internos en mayo.", "Hubo 80 vuelos entre centros de detención en mayo.",
               "Hubo 70 vuelos dentro de Estados Unidos en mayo.", "Hubo 13 vuelos de El Paso a la base de Guantánamo."),
        "pt": ("Foram 300 voos domésticos em maio.", "Foram 120 voos de transferências internas em maio.",
               "Foram 400 voos de transferência em maio.", "Foram 80 voos entre centros de detenção em maio.",
               "Foram 70 voos dentro dos Estados Unidos em maio.", "Foram 13 voos de El Paso para a base de Guantánamo."),
    },
    not_examples={
        "en": ("After a domestic leg, 12 removal flights left Texas for Guatemala in May.",),
        "es": ("Tras un traslado interno, 12 vuelos de deportación salieron hacia Guatemala en mayo.",),
        "pt": ("Depois de uma escala doméstica, 12 voos de deportação seguiram para o Brasil em maio.",),
    },
)
CARGO = Cue(
    "cargo", Decision.TRAP,
    words={
        "en": ("aid", "cargo", "supplies", "donations", "vaccines"),
        "es": ("ayuda", "carga", "suministros", "donaciones", "vacunas"),
        "pt": ("ajuda", "carga", "suprimentos", "doa[cç][õo]es", "vacinas", "mantimentos"),
    },
    examples={
        "en": ("Two flights of humanitarian aid landed in Haiti.", "Three flights with cargo landed in Haiti.",
               "Two flights carrying supplies landed in Cuba.", "Four flights with donations landed in Haiti.",
               "Two flights with vaccines landed in Honduras."),
        "es": ("Dos vuelos con ayuda humanitaria aterrizaron en Haití.", "Tres vuelos de carga aterrizaron en Cuba.",
               "Dos vuelos con suministros llegaron a Honduras.", "Cuatro vuelos con donaciones llegaron a Haití.",
               "Dos vuelos con vacunas llegaron a Honduras."),
        "pt": ("Dois voos com ajuda humanitária pousaram em Porto Alegre.", "Três voos de carga pousaram em Manaus.",
               "Dois voos com suprimentos pousaram em Manaus.", "Quatro voos com doações pousaram em Porto Alegre.",
               "Dois voos com vacinas pousaram em Manaus.", "Dois voos com mantimentos pousaram em Porto Alegre."),
    },
    not_examples={
        "en": ("Two deportation flights landed in Haiti, where aid groups met them.",),
        "es": ("Dos vuelos de deportación llegaron a Haití, donde grupos de ayuda los recibieron.",),
        "pt": ("Dois voos de deportação pousaram em Fortaleza, onde grupos de ajuda os receberam.",),
    },
)
COMPARISON = Cue(
    "comparison", Decision.TRAP,
    words={
        "en": ("than", "compared", "comparison", "previous", "last year"),
        "es": ("comparaci[oó]n", "respecto", "frente a", "sobre el", "anterior"),
        "pt": ("do que", "em rela[cç][aã]o", "comparado", "anterior", "ano passado"),
    },
    examples={
        "en": ("Haiti received 5 flights more than in April.", "There were 5 flights more, compared with April.",
               "There were 5 flights more in comparison with April.", "There were 5 flights more than the previous month.",
               "There were 5 flights more than last year."),
        "es": ("Hubo 5 vuelos más en comparación con abril.", "Hubo 5 vuelos más respecto a abril.", "Hubo 5 vuelos más frente a abril.",
               "Hubo 5 vuelos más sobre el mes de abril.", "Hubo 5 vuelos más que el mes anterior."),
        "pt": ("O Brasil recebeu 5 voos a mais do que em abril.", "Foram 5 voos a mais em relação a abril.",
               "Foram 5 voos a mais comparado a abril.", "Foram 5 voos a mais que no mês anterior.",
               "O Brasil recebeu 5 voos a mais que no ano passado."),
    },
    not_examples={
        "en": ("Haiti received 5 more flights in May, and 40 in all.",),
        "es": ("Haití recibió 12 vuelos en mayo, más que nunca.",),
        "pt": ("O Brasil recebeu 12 voos em maio, mais do que nunca.",),
    },
)
WORD_AFTER_NOUN = Cue(
    "word_after_noun_not_a_flight", Decision.TRAP,
    words={
        "en": ("attendants?", "risks?", "crews?", "paths?", "plans?", "numbers?", "manifests?", "records?", "hours?", "logs?", "data",
               "tracking", "trackers?", "tickets?", "schedules?", "simulators?", "instructors?", "school", "deck", "controllers?",
               "increases?", "decreases?", "drops?", "rises?", "jumps?", "gains?", "declines?"),
        "es": ("aumento", "incremento", "reducci[oó]n", "ca[ií]da", "descenso", "comerciales", "de traslado"),
        "pt": ("comerciais", "de transfer[eê]ncia"),
    },
    examples={
        "en": ("The airline hired 40 flight attendants.", "There are 3 flight risks in the group.", "Twelve flight crews were trained.",
               "The two flight paths crossed Mexico.", "Six flight plans were filed.", "The 4 flight numbers were posted.",
               "Two flight manifests were released.", "The 12 flight records were sealed.", "Pilots logged 300 flight hours.",
               "The 20 flight logs were released.", "Two flight data files leaked.", "Two flight tracking sites went down.",
               "Three flight trackers follow ICE Air.", "The agency bought 90 flight tickets.", "Two flight schedules were posted.",
               "The school owns 3 flight simulators.", "The 4 flight instructors quit.", "Two flight school owners spoke.",
               "Two flight deck doors jammed.", "Four flight controllers were on duty.",
               "There were 12 flight increases in May.", "There were 3 flight decreases in May.", "There were 3 flight drops in May.",
               "There were 4 flight rises in June.", "There were 5 flight jumps in June.", "There were 6 flight gains in June.",
               "There were 7 flight declines in June."),
        "es": ("Hubo un aumento de 12 vuelos en mayo.", "Hubo un incremento de 12 vuelos en mayo.",
               "Hubo una reducción de 12 vuelos en mayo.", "Hubo una caída de 12 vuelos en mayo.",
               "Hubo un descenso de 12 vuelos en mayo.", "Hubo 300 vuelos comerciales en mayo.", "Hubo 90 vuelos de traslado en mayo."),
        "pt": ("Foram 300 voos comerciais em maio.", "Foram 90 voos de transferência em maio."),
    },
    not_examples={
        "en": ("Two removal flights landed in Haiti, with attendants from the agency on board.",),
        "es": ("Dos vuelos de deportación llegaron a Haití con un aumento de pasajeros.",),
        "pt": ("Dois voos de deportação chegaram ao Brasil com passageiros comerciais a bordo.",),
    },
)
NOT_A_REMOVAL_LEG = Cue(
    "not_a_removal_leg", Decision.TRAP,
    words={
        "en": ("connection", "connecting", "internal", "domestic", r"(?<!assisted[- ])return(?:\s+flights?|\s+legs?)", "empty", "ferry",
               "repositioning", "lateral", "transfer flights?", "commercial", "passenger flights?"),
        "es": ("conexi[oó]n", "conexiones", "internos?", "interno", "dom[eé]stic[oa]s?", "dentro de", "regresos?", "vac[ií]os?",
               "lateral(?:es)?", "vuelos? de traslado"),
        "pt": ("conex[aã]o", "dom[eé]stic[oa]s?", "vazios?", "voos? de transfer[eê]ncia"),
    },
    examples={
        "en": ("There were 3 connection flights.", "There were 3 connecting flights.", "There were 40 internal flights.",
               "There were 40 domestic flights.", "There were 12 return flights.", "There were 12 empty flights.", "There were 4 ferry flights.",
               "There were 4 repositioning flights.", "There were 63 lateral flights.", "There were 1,150 transfer flights.",
               "There were 300 commercial flights.", "There were 300 passenger flights."),
        "es": ("Hubo 3 vuelos de conexión.", "Hubo 3 vuelos de conexiones.", "Hubo 40 vuelos internos.", "Hubo 40 vuelos interno.",
               "Hubo 40 vuelos domésticos.", "Hubo 40 vuelos dentro de México.", "Hubo 12 vuelos de regreso.", "Hubo 12 vuelos vacíos.",
               "Hubo 63 vuelos laterales.", "Hubo 90 vuelos de traslado."),
        "pt": ("Foram 3 voos de conexão.", "Foram 40 voos domésticos.", "Foram 12 voos vazios.", "Foram 90 voos de transferência."),
    },
    not_examples={
        "en": ("There were 40 removal flights to Guatemala; a domestic leg came first.",),
        "es": ("Hubo 40 vuelos de deportación a Guatemala; antes hubo un tramo doméstico.",),
        "pt": ("Foram 40 voos de deportação para o Brasil; antes houve um trecho doméstico.",),
    },
)

# "It was the fourth removal flight this month": an ordinal said of a flight already counted names it again
RESTATEMENT = Cue(
    "restatement", Decision.TRAP,
    words={
        "en": ("called it", "calling it", "it was", "it is", "this was", "was the", "is the", "marking", "marked", "marks",
               "described as", "as the", "that is", r"i\.e", "to be", "would be", "will be"),
        "es": ("fue el", "es el", "era el", "fue la", "es la", r"marc[oó]", "marca", "como el", "como la", r"se trata del?",
               "es decir", r"ser[ií]a el", "ser el"),
        "pt": ("chamou de", "foi o", r"[eé] o", "marcou", "como o", "seria o", "ser o"),
    },
    examples={
        "en": ("Officials called it the fifth removal flight to Tirana.", "Officials, calling it the fifth flight, said nothing more.",
               "It was the fourth removal flight to Albania this month.", "It is the ninth charter flight this year.",
               "This was the third flight of the week.", "Monday's landing was the sixth flight since May.",
               "Friday's landing is the seventh flight since May.", "The landing, marking the tenth flight of the year, drew a crowd.",
               "The landing marked the tenth flight of the year.", "The landing marks the eleventh flight of the year.",
               "The landing was described as the twelfth flight of the year.", "The group came as the 14th flight of the year.",
               "The plane came in on Friday, that is, the 15th flight of the year.", "The plane came in on Friday, i.e., the 16th flight.",
               "It is understood to be the fourth removal flight to Albania this month.",
               "That would be the second flight in a week.", "Friday's plane will be the 30th flight of the year."),
        "es": ("Aquel fue el quinto vuelo del mes.", "Se trata de lo que es el sexto vuelo del año.", "Era el séptimo vuelo del año.",
               "Aquella fue la octava aeronave del mes.", "Esta es la novena aeronave del año.",
               "El aterrizaje marcó el décimo vuelo del año.", "El aterrizaje marca el undécimo vuelo del año.",
               "Llegó como el duodécimo vuelo del año.", "Llegó como la decimotercera aeronave del año.",
               "Se trata del cuarto vuelo de la semana.", "Llegó el viernes, es decir, el quinto vuelo del mes.",
               "Sería el sexto vuelo de la semana.", "Dicen que podría ser el séptimo vuelo del mes."),
        "pt": ("As autoridades chamou de o quinto voo do mês.", "Aquele foi o sexto voo do ano.", "Este é o sétimo voo do ano.",
               "O pouso marcou o oitavo voo do ano.", "Chegou como o nono voo do ano.", "Seria o décimo voo do ano.",
               "Pode ser o 11º voo do ano."),
    },
    not_examples={
        "en": ("It was a busy week: three removal flights landed in Tirana.",),
        "es": ("Fue el martes cuando llegaron tres vuelos de deportación a Honduras.",),
        "pt": ("Foi o mês em que chegaram três voos de deportação ao Brasil.",),
    },
)

# a day of the kind, not a date: what happens "on a typical day" or "every day" is a rate, not a count of flights
TYPICAL_DAY = Cue(
    "typical_day", Decision.TRAP,
    words={
        "en": (r"on an? (?:typical|normal|average|usual|ordinary) (?:week)?day", "every day", "each day"),
        "es": (r"en un d[ií]a (?:t[ií]pico|normal|cualquiera)", r"todos los d[ií]as", r"cada d[ií]a"),
        "pt": (r"num dia (?:t[ií]pico|normal|qualquer)", "todos os dias", "a cada dia"),
    },
    examples={
        "en": ("On a typical weekday the contractor sends six planes south.", "On an average day ICE flies 9 removal flights.",
               "Every day, four deportation flights leave Texas.", "Each day it still runs three charter flights."),
        "es": ("En un día típico salen cinco aviones hacia Centroamérica.", "En un día normal llegan 4 vuelos a San Pedro Sula.",
               "Todos los días aterrizan dos vuelos de deportados.", "Cada día salen tres vuelos desde Texas."),
        "pt": ("Num dia típico saem cinco aviões para a América Central.", "Num dia normal chegam 3 voos a Belo Horizonte.",
               "Todos os dias pousam dois voos de deportados.", "A cada dia partem três voos do Texas."),
    },
    not_examples={
        "en": ("On Tuesday, six removal flights left Texas for Guatemala.",),
        "es": ("El martes llegaron cinco vuelos de deportación a Guatemala.",),
        "pt": ("Na terça-feira chegaram cinco voos de deportação a Fortaleza.",),
    },
)
TRAP_CUES = (PROJECTION, FLEET, TRANSFER, CARGO, COMPARISON, WORD_AFTER_NOUN, NOT_A_REMOVAL_LEG, RESTATEMENT, TYPICAL_DAY)
