"""Status cues: the verbs and phrases that say what happened to the flights a clause counts.

Each cue's name is the status it gives (``transforms.domain.Status``). A clause is read for them in this
order, the first that holds wins: denied, cancelled, planned, completed ("the flight that was expected to
land was cancelled" is cancelled). Examples are whole sentences: the test reads each for its status.
"""

from __future__ import annotations

from transforms.cues import Cue, Decision
from transforms.domain import Status

DENIED = Cue(
    Status.DENIED, Decision.STATUS,
    words={
        "en": ("denied", "denies", "deny", "declined", "declines", "refused", "refuses", "rejected", "rejects", "blocked", "barred",
               "turned away", "turned back", "turns back"),
        "es": ("neg[oó]", "negaron", "niega", "negado", "negada", "negaba", "rechaz[oó]", "rechazaron", "rechazado", "rechazada",
               "deneg[oó]", "denegado", "denegada", "no autoriz[oó]", "impidi[oó]"),
        "pt": ("negou", "recusou", "recusado", "recusada", "barrou", "barrado"),
    },
    examples={
        "en": ("Colombia denied landing to two deportation flights.", "The government denies the flight permission to land.",
               "Officials may deny the plane entry.", "Venezuela declined the charter's landing request.",
               "The island declines the flight every week.", "Authorities refused the deportation flight.",
               "The ministry refuses the flight each time.", "The airport rejected the flight.", "The country rejects a removal flight.",
               "Officials blocked the flight at the airport.", "The plane was barred from landing.", "The flight was turned away from Bogotá.",
               "The plane turned back after Mexico withheld permission.", "Each time the flight turns back over the border."),
        "es": ("El gobierno negó el aterrizaje del vuelo.", "Las autoridades negaron el permiso al vuelo.", "El país niega el aterrizaje al avión.",
               "Le fue negado el aterrizaje al vuelo.", "La autorización fue negada al vuelo.", "El gobierno negaba el permiso al vuelo.",
               "Colombia rechazó dos vuelos de deportación.", "Las autoridades rechazaron el vuelo.", "El vuelo fue rechazado por Venezuela.",
               "La solicitud del vuelo fue rechazada.", "Migración denegó el aterrizaje del vuelo.", "El aterrizaje fue denegado al vuelo.",
               "La entrada fue denegada al avión.", "El gobierno no autorizó el vuelo.", "La policía impidió el despegue del vuelo."),
        "pt": ("O governo negou a aterrissagem do voo.", "O Brasil recusou o voo de deportação.", "O pedido do voo foi recusado.",
               "A autorização foi recusada ao voo.", "A polícia barrou o voo.", "O voo foi barrado no aeroporto."),
    },
    not_examples={"en": ("The flight turned north over the gulf.",), "es": ("El vuelo llegó sin negociación previa.",)},
)
CANCELLED = Cue(
    Status.CANCELLED, Decision.STATUS,
    words={
        "en": ("cancell?ed", "cancels?", "called off", "suspended", "grounded", "aborted", "scrapped", "postponed"),
        "es": ("cancelad[oa]s?", "cancel[oó]", "pospuest[oa]s?", "aplazad[oa]s?", "se aplaz[oó]", "se pospuso", "suspendid[oa]s?",
               "suspendi[oó]", "suspendieron", "cancelaron", "cancelados?"),
        "pt": ("suspens[oa]s?", "cancelad[oa]s?"),
    },
    examples={
        "en": ("The flight to Haiti was cancelled.", "The agency cancels the Friday flight.", "The charter was called off.",
               "Flights to Venezuela were suspended.", "The plane was grounded in Texas.", "The flight was aborted before takeoff.",
               "The removal flight was scrapped.", "The flight was postponed."),
        "es": ("El vuelo fue cancelado.", "La aerolínea canceló el vuelo.", "El vuelo fue pospuesto.", "El vuelo quedó aplazado.",
               "El vuelo se aplazó una semana.", "El vuelo se pospuso.", "Los vuelos quedaron suspendidos.", "El gobierno suspendió los vuelos.",
               "Las autoridades suspendieron el vuelo.", "Las autoridades cancelaron el vuelo.", "Los vuelos cancelados eran dos."),
        "pt": ("Os voos foram suspensos.", "O voo foi cancelado."),
    },
    not_examples={"en": ("The suspension bridge is near the airport.",)},
)
PLANNED = Cue(
    Status.PLANNED, Decision.STATUS,
    words={
        "en": ("will", "would", "plans? to", "planned", "planning", "scheduled", "expects?", "expected", "set to", "to resume", "upcoming",
               "intends? to"),
        "es": ("se esperan?", "esperan", "espera", "har[aá]n", "dir[aá]n", "programad[oa]s?", "planea", "prev[eéê]n?", "previstos?",
               "está previsto", "se realizar[aá]n", "realizar[aá]", "van a", "tiene previsto", "est[aá]n programados"),
        "pt": ("deve chegar", "devem chegar", "chegar[aã]o", "prev[eéê]n?"),
    },
    examples={
        "en": ("Two flights will leave Texas on Friday.", "The agency said a flight would depart Monday.",
               "The government plans to send three flights.", "Three flights are planned for March.", "Officials are planning two more flights.",
               "Four flights are scheduled for next week.", "The ministry expects six flights in May.", "Six flights are expected in May.",
               "Flights are set to restart in June.", "Flights to Haiti are to resume next month.", "The upcoming flights go to Honduras.",
               "The agency intends to charter four flights."),
        "es": ("Se esperan dos vuelos el viernes.", "Las autoridades esperan tres vuelos.", "Migración espera un vuelo el lunes.",
               "Harán cuatro vuelos en mayo.", "Dirán pronto la fecha del vuelo.", "Hay tres vuelos programados.", "El gobierno planea dos vuelos.",
               "Las autoridades prevén cinco vuelos.", "Hay dos vuelos previstos.", "Está previsto un vuelo el martes.",
               "Se realizarán tres vuelos.", "El gobierno realizará un vuelo.", "Van a salir dos vuelos.", "Migración tiene previsto un vuelo.",
               "Están programados dos vuelos."),
        "pt": ("Um voo deve chegar na sexta.", "Dois voos devem chegar amanhã.", "Três voos chegarão na segunda.", "O governo prevê dois voos."),
    },
    not_examples={"en": ("The willing crew flew the plane.",), "es": ("Los esperanzados familiares aguardaban el vuelo.",)},
)
COMPLETED = Cue(
    Status.COMPLETED, Decision.STATUS,
    words={
        "en": ("landed", "lands", "land in", "departed", "arrived", "took place", "taken place", "carried out", "conducted", "operated",
               "flew", "deported", "returned", "repatriated", "received", "receives", "logged", "made", "sent", "completed", "took off",
               "removed", "reached", "touched down", "left", "flew out", "handled", "went", "headed", "got", "brings?", "brought", "arrives",
               "departs", "recorded", "registered", "counted", "tallied", "closed with", "ended with", "have been", "has been", "carried",
               "picked up", "accepted", "flown", "coordinated", "organi[sz]ed"),
        "es": (r"aterriz\w*", "partieron", "parti[oó]", "salieron", "sali[oó]", "llegaron", "lleg[oó]", "arribaron", "arrib[oó]",
               "despegaron", "ha realizado", "han realizado", "ha llegado", "han llegado", "realiz[oó]", "realizaron", "se realizaron",
               "recibi[oó]", "recibieron", "ha recibido", "han recibido", "deport[oó]", "deportaron", "repatri[oó]", "repatriaron",
               "realizad[oa]s", "efectuad[oa]s", "operad[oa]s", "efectu[oó]", "efectuaron", "retornaron", "retorn[oó]", "regresaron",
               "volvieron", "despeg[oó]", "se suman", "suman", "se sumaron", "sale", "salen", "llega", "llegan", "aterriza", "aterrizan",
               "envi[oó]", "enviaron", "cerr[oó] con", r"cierra(?: \d{4})? con",
               "registr[oó]", "registraron", "contabiliz[oó]", "sumaron", "sum[oó]", "se recibi[oó]",
               "se recibieron", "llev[oó] a cabo", "llevaron a cabo", "recogi[oó]", "recogieron", "transport[oó]", "trasladaron", "devolvi[oó]",
               "acept[oó]", "aceptaron", "ha aceptado", "han aceptado", "organiz[oó]", "organizaron", "coordin[oó]"),
        "pt": ("pousaram", "chegaram", "realizou", "realizaram", "pousou", "pousa", "recebeu", "receberam", "chegou", "chega", "decolou",
               "desembarcou", "foram realizados", "trouxe", "trouxeram", "aceitou", "organizou", "coordenou"),
    },
    examples={
        "en": ("Two flights landed in Guatemala.", "A flight lands in Honduras every Tuesday.", "The flights land in Guatemala City.",
               "The plane departed Harlingen at dawn.", "Three flights arrived in San Pedro Sula.", "Four flights took place in May.",
               "Six flights have taken place since March.", "The agency carried out 12 flights.", "ICE conducted 30 removal flights.",
               "GlobalX operated 20 flights in May.", "The charter flew to Quito.", "The agency deported 135 people on two flights.",
               "Two flights returned migrants to Haiti.", "Two flights repatriated 240 Hondurans.", "Guatemala received three flights.",
               "Honduras receives two flights a day.", "Monitors logged 14 flights last week.", "The agency made 11 flights in April.",
               "The United States sent two flights to Venezuela.", "The agency completed 40 flights.", "The plane took off from Texas.",
               "Two flights removed 270 people.", "Three flights reached Bogotá.", "The plane touched down in Quito.",
               "Two flights left Mesa on Friday.", "The plane flew out of Alexandria.", "The airport handled 12 flights.",
               "Two flights went to Ecuador.", "The plane headed to Lima.", "Honduras got nine flights.", "The flight brings 120 people home.",
               "The plane brought 98 migrants.", "A flight arrives in Quito each week.", "The plane departs Harlingen at noon.",
               "The tracker recorded 15 flights.", "Monitors registered 22 flights.", "Volunteers counted 16 flights.",
               "Volunteers tallied 19 flights.", "The month closed with 41 flights.", "The quarter ended with 120 flights.",
               "Twelve flights have been tracked.", "One flight has been tracked.", "The plane carried 130 Guatemalans.",
               "The plane picked up 95 Venezuelans in Santiago.", "Venezuela accepted two flights.", "ICE has flown 31 removal flights to Haiti.",
               "Frontex coordinated 402 charter return operations in 2023.",
               "Germany organised 118 of the operations.", "Italy organized 74 return flights."),
        "es": ("El avión aterrizó en Guatemala.", "Dos vuelos partieron de Texas.", "El vuelo partió de Harlingen.", "Dos vuelos salieron de Mesa.",
               "El vuelo salió de Alexandria.", "Tres vuelos llegaron a Honduras.", "El vuelo llegó a Quito.", "Dos vuelos arribaron a Lima.",
               "El vuelo arribó a Bogotá.", "Dos aviones despegaron de Texas.", "Estados Unidos ha realizado 40 vuelos.",
               "Las autoridades han realizado 12 vuelos.", "Un vuelo ha llegado a Guatemala.", "Dos vuelos han llegado a Honduras.",
               "La agencia realizó tres vuelos.", "Las autoridades realizaron cinco vuelos.", "Se realizaron seis vuelos en mayo.",
               "Guatemala recibió tres vuelos.", "Los aeropuertos recibieron dos vuelos.", "Honduras ha recibido nueve vuelos.",
               "Las autoridades han recibido cuatro vuelos.", "El gobierno deportó a 135 personas en dos vuelos.",
               "Las autoridades deportaron a 90 personas en un vuelo.", "El vuelo repatrió a 118 hondureños.",
               "Dos vuelos repatriaron a 240 guatemaltecos.", "Hubo 30 vuelos realizados en mayo.", "Hubo 12 vuelos efectuados en abril.",
               "Hubo 20 vuelos operados por GlobalX.", "La agencia efectuó dos vuelos.", "Las autoridades efectuaron tres vuelos.",
               "Dos vuelos retornaron a 200 migrantes.", "El vuelo retornó a 95 personas.", "Dos vuelos regresaron a 180 migrantes.",
               "Los vuelos volvieron a Texas.", "El avión despegó de Harlingen.", "Se suman tres vuelos esta semana.",
               "Suman 12 los vuelos del mes.", "Se sumaron dos vuelos el viernes.", "Un vuelo sale de Texas cada martes.",
               "Dos vuelos salen de Mesa.", "Un vuelo llega a Quito cada semana.", "Dos vuelos llegan a Honduras.",
               "El avión aterriza en Guatemala.", "Los aviones aterrizan en San Pedro Sula.", "Estados Unidos envió dos vuelos.",
               "Las autoridades enviaron tres vuelos.", "Mayo cerró con 41 vuelos.", "Guatemala cierra 2024 con 627 vuelos.", "Migración registró 22 vuelos.",
               "Las autoridades registraron 15 vuelos.", "El instituto contabilizó 30 vuelos.", "Los vuelos sumaron 48 en abril.",
               "El mes sumó 12 vuelos.", "Se recibió un vuelo el lunes.", "Se recibieron dos vuelos el martes.",
               "Migración llevó a cabo tres vuelos.", "Las autoridades llevaron a cabo dos vuelos.", "El avión recogió a 95 venezolanos.",
               "Los vuelos recogieron a 200 migrantes.", "El avión transportó a 120 personas.", "Dos vuelos trasladaron a 240 migrantes.",
               "El vuelo devolvió a 98 hondureños.", "Venezuela aceptó dos vuelos.", "Las autoridades aceptaron tres vuelos.",
               "Colombia ha aceptado un vuelo.", "Los gobiernos han aceptado dos vuelos.",
               "Alemania organizó 118 vuelos de retorno.", "Los Estados miembros organizaron 40 vuelos.", "Frontex coordinó 402 vuelos."),
        "pt": ("Dois voos pousaram em Belo Horizonte.", "Três voos chegaram a Confins.", "O governo realizou dois voos.",
               "As autoridades realizaram três voos.", "O avião pousou em Fortaleza.", "Um voo pousa em Confins toda semana.",
               "O Brasil recebeu dois voos.", "Os aeroportos receberam três voos.", "O voo chegou a Confins.", "Um voo chega toda semana.",
               "O avião decolou de Alexandria.", "O grupo desembarcou em Fortaleza.", "Foram realizados dois voos em maio.",
               "O voo trouxe 88 brasileiros.", "Os voos trouxeram 200 brasileiros.", "O Brasil aceitou dois voos.", "A Alemanha organizou 118 voos de retorno.",
               "A Frontex coordenou 402 voos."),
    },
    not_examples={"en": ("The leftist government spoke about flights.",), "es": ("La salida de los vuelos es incierta.",)},
)

STATUS_CUES = (DENIED, CANCELLED, PLANNED, COMPLETED)
