"""Elision cues: the words around a number that count flights with the noun left out ("Honduras recibió 12 en
mayo").

``transforms.mentions.candidates.find_elided`` takes such a number only in a sentence about flights (or right
after one): after a verb of receiving (``received``, ``recibió``, ``recebeu``), after a verb of arrival that
comes first in Spanish and Portuguese (``llegaron 19``, ``chegaram 9``), after ``including``, before a verb of
movement (``14 landed``), or as a share sent to or from a place (``6 to Honduras``). Each example's last
number is the elided count: the test expects the prose extractor to take it.
"""

from __future__ import annotations

from transforms.cues import Cue, Decision

RECEIVED = Cue(
    "received",
    Decision.ELISION,
    words={
        "en": (
            "received",
            "receives",
            "receive",
            "totaled",
            "totalled",
            "numbered",
            "totaling",
            "had",
            "logged",
            "got",
            "gets",
            "saw",
            "expects",
            "expected",
        ),
        "es": (
            "recibi[oó]",
            "recibieron",
            "recibir[aá]n?",
            "sumaron",
            "sum[oó]",
            "registr[oó]",
            "registraron",
            "registrad[oa]s?",
            "contabiliz[oó]",
            "contabilizaron",
            "tuvo",
            "obtuvo",
            "espera",
            "esperan",
            "prev[eé]n?",
            "aguarda",
        ),
        "pt": (
            "recebeu",
            "receberam",
            "receber[aá]",
            "registrou",
            "registraram",
            "registrad[oa]s?",
            "contabilizou",
            "teve",
            "tiveram",
            "somou",
            "somaram",
            "espera",
            "esperam",
            "prev[eê]",
            "aguarda",
        ),
    },
    examples={
        "en": (
            "Removal flights kept coming: Guatemala received 12 in May.",
            "Flights continue, and Honduras receives 4 this week.",
            "Removal flights went on; Haiti would receive 3 more.",
            "Removal flights to Honduras totaled 14 in May.",
            "Removal flights to Haiti totalled 9 in June.",
            "Removal flights to Venezuela numbered 9 last month.",
            "Removal flights rose in June, totaling 17.",
            "Of the removal flights, Guatemala had 12 in May.",
            "Removal flights to Ecuador continued, and it logged 7 in May.",
            "Removal flights went on; Haiti got 5 in May.",
            "Removal flights go on; Haiti gets 5 this month.",
            "Removal flights continued: Honduras saw 11 in May.",
            "Removal flights go on, and Honduras expects 6 in July.",
            "Removal flights went on; Haiti expected 4 in July.",
        ),
        "es": (
            "Los vuelos de deportación siguieron: Guatemala recibió 12 en mayo.",
            "Los vuelos de deportación siguieron y Honduras y Guatemala recibieron 7 en mayo.",
            "Los vuelos de deportación siguen: Honduras recibirá 5 en julio.",
            "Los vuelos de deportación siguen y Honduras y Guatemala recibirán 6 en julio.",
            "Los vuelos de deportación a Honduras sumaron 14 en mayo.",
            "Los vuelos de deportación a Haití sumó 9 en junio.",
            "Los vuelos de deportación siguieron: Ecuador registró 8 en mayo.",
            "Los vuelos de deportación siguieron: Honduras y Guatemala registraron 10 en mayo.",
            "Los vuelos de deportación bajaron: en diciembre se habían registrado 51.",
            "Los vuelos de deportación subieron: Honduras contabilizó 14 en mayo.",
            "Los vuelos de deportación subieron: Honduras y Guatemala contabilizaron 20 en mayo.",
            "Los vuelos de deportación siguieron: Guatemala tuvo 11 en mayo.",
            "Los vuelos de deportación siguieron: Guatemala obtuvo 3 en mayo.",
            "Los vuelos de deportación siguen: Honduras espera 4 en julio.",
            "Los vuelos de deportación siguen: Honduras y Guatemala esperan 9 en julio.",
            "Los vuelos de deportación siguen: Honduras prevé 5 en julio.",
            "Los vuelos de deportación siguen: Honduras y Guatemala prevén 8 en julio.",
            "Los vuelos de deportación siguen: Honduras aguarda 2 en julio.",
        ),
        "pt": (
            "Os voos de deportação continuaram: o Brasil recebeu 12 em maio.",
            "Os voos de deportação continuaram: Brasil e Honduras receberam 7 em maio.",
            "Os voos de deportação continuam: o Brasil receberá 5 em julho.",
            "Os voos de deportação continuaram: o Brasil registrou 8 em maio.",
            "Os voos de deportação continuaram: Brasil e Honduras registraram 10 em maio.",
            "Os voos de deportação caíram: em dezembro tinham sido registrados 51.",
            "Os voos de deportação subiram: o Brasil contabilizou 14 em maio.",
            "Os voos de deportação continuaram: o Brasil teve 11 em maio.",
            "Os voos de deportação continuaram: Brasil e Honduras tiveram 13 em maio.",
            "Os voos de deportação para o Brasil somou 14 em maio.",
            "Os voos de deportação para Honduras somaram 15 em maio.",
            "Os voos de deportação continuam: o Brasil espera 4 em julho.",
            "Os voos de deportação continuam: Brasil e Honduras esperam 6 em julho.",
            "Os voos de deportação continuam: o Brasil prevê 3 em julho.",
            "Os voos de deportação continuam: o Brasil aguarda 2 em julho.",
        ),
    },
    not_examples={
        "en": (
            "Removal flights went on; Guatemala received 120 people in May.",
            "Flights continue, and Honduras receives 4 each week.",  # a rate
            "Removal flights go on; Haiti got 5 a month last year, up from 2 a month.",
        ),
        "es": (
            "Los vuelos siguieron: Guatemala recibió 120 personas en mayo.",
            "Los vuelos siguen y Honduras recibe 4 por semana.",
            "Los vuelos de deportación siguen: Haití recibe 3 al día.",
        ),
        "pt": (
            "Os voos continuaram: o Brasil recebeu 120 pessoas em maio.",
            "Os voos continuam e o Brasil recebe 2 por semana.",
            "Os voos de deportação continuam: o Haiti recebe 3 ao dia.",
        ),
    },
)
ARRIVED_FIRST = Cue(
    "arrived_first",
    Decision.ELISION,
    words={
        "es": ("llegaron", "aterrizaron", "arribaron", r"(?:hab[ií]an|han) llegado", "fueron"),
        "pt": (
            "chegaram",
            "pousaram",
            "aterrissaram",
            "desembarcaram",
            r"(?:tinham|haviam) chegado",
            "foram",
        ),
    },
    examples={
        "es": (
            "Guatemala recibió 12 vuelos de deportación en mayo. En junio llegaron 9.",
            "Honduras recibió 10 vuelos de deportación en mayo. En junio aterrizaron 7.",
            "Haití recibió 6 vuelos de deportación en mayo. En junio arribaron 4.",
            "Ecuador recibió 31 vuelos de deportación en octubre. En septiembre habían llegado 24.",
            "Ecuador recibió 31 vuelos de deportación en octubre. En lo que va del año han llegado 240.",
            "Ecuador recibió 31 vuelos de deportación en octubre. En septiembre fueron 24.",
        ),
        "pt": (
            "O Brasil recebeu 12 voos de deportação em maio. Em junho chegaram 9.",
            "O Brasil recebeu 10 voos de deportação em maio. Em junho pousaram 7.",
            "O Brasil recebeu 6 voos de deportação em maio. Em junho aterrissaram 4.",
            "O Brasil recebeu 5 voos de deportação em maio. Em junho desembarcaram 3.",
            "O Equador recebeu 31 voos de deportação em outubro. Em setembro tinham chegado 24.",
            "O Equador recebeu 31 voos de deportação em outubro. Em setembro haviam chegado 24.",
            "O Equador recebeu 31 voos de deportação em outubro. Em setembro foram 24.",
        ),
    },
    not_examples={
        "es": ("Guatemala recibió 12 vuelos de deportación en mayo. En junio llegaron 900 personas.",),
        "pt": ("O Brasil recebeu 12 voos de deportação em maio. Em junho chegaram 900 pessoas.",),
    },
)
# "Top destinations this week: Guatemala (12), Honduras (9)": a lead that opens a list of places, each with
# its count of flights in brackets
DESTINATIONS_LEAD = Cue(
    "destinations_lead",
    Decision.ELISION,
    words={
        "en": ("destinations", r"by (?:country|destination)"),
        "es": ("destinos", r"por (?:pa[ií]s|destino)"),
        "pt": ("destinos", r"por (?:pa[ií]s|destino)"),
    },
    examples={
        "en": (
            "ICE flew 35 removal flights this week. Top destinations: Guatemala (12), Honduras (9).",
            "ICE flew 35 removal flights this week. By country: Guatemala (12), Honduras (9) and Peru (3).",
        ),
        "es": (
            "ICE realizó 35 vuelos esta semana. Principales destinos: Guatemala (12), Honduras (9).",
            "ICE realizó 35 vuelos esta semana. Por país: Guatemala (12), Honduras (9) y Perú (3).",
        ),
        "pt": (
            "O ICE fez 35 voos nesta semana. Principais destinos: Guatemala (12), Honduras (9).",
            "O ICE fez 35 voos nesta semana. Por país: Guatemala (12), Honduras (9) e Peru (3).",
        ),
    },
    not_examples={
        "en": (
            "ICE flew 35 removal flights this week. Top destinations of tourists: Cancún (12%), Tulum (9%).",
        ),
        "es": ("ICE realizó 35 vuelos esta semana. Destinos turísticos: Cancún (12%), Tulum (9%).",),
        "pt": ("O ICE fez 35 voos nesta semana. Destinos turísticos: Cancún (12%), Tulum (9%).",),
    },
)
INCLUDING = Cue(
    "including",
    Decision.ELISION,
    words={
        "en": ("including", "among them", "of them"),
        "es": ("incluid[oa]s?", "entre ellos", "de ellos"),
        "pt": ("incluindo", "entre eles", "dos quais", "deles"),
    },
    examples={
        "en": (
            "Guatemala received 12 removal flights in May, including 3 from Mexico.",
            "Guatemala received 12 removal flights in May, among them 3 from Mexico.",
            "Guatemala received 12 removal flights in May, 3 of them from Mexico.",
        ),
        "es": (
            "Guatemala recibió 12 vuelos de deportación en mayo, incluidos 3 desde México.",
            "Guatemala recibió 12 vuelos de deportación en mayo, entre ellos 3 desde México.",
            "Guatemala recibió 12 vuelos de deportación en mayo; de ellos, 3 desde México.",
        ),
        "pt": (
            "O Brasil recebeu 12 voos de deportação em maio, incluindo 3 vindos do México.",
            "O Brasil recebeu 12 voos de deportação em maio, entre eles 3 vindos do México.",
            "O Brasil recebeu 12 voos de deportação em maio, dos quais 3 vindos do México.",
            "O Brasil recebeu 12 voos de deportação em maio; 3 deles vindos do México.",
        ),
    },
    not_examples={
        "en": ("Guatemala received 12 removal flights in May, including 300 children.",),
        "es": ("Guatemala recibió 12 vuelos de deportación en mayo, incluidos 300 niños.",),
        "pt": ("O Brasil recebeu 12 voos de deportação em maio, incluindo 300 crianças.",),
    },
)
SENT_TO = Cue(
    "sent_to",
    Decision.ELISION,
    words={
        "en": ("to", "into", "in", "at"),
        "es": ("a", "al", "hacia", "para", "rumbo a", "con destino a", "en"),
        "pt": (
            "para",
            "ao",
            "à",
            "aos",
            "rumo (?:a|ao|à|aos|às)",
            "com destino (?:a|ao|à|aos|às)",
            "em",
            "no",
            "na",
        ),
    },
    examples={
        "en": (
            "Ten removal flights left Texas: 6 to Honduras and 4 to Guatemala.",
            "Ten removal flights left Texas, 6 into Honduras.",
            "Ten removal flights landed, 6 in Honduras and 4 in Guatemala.",
            "Ten removal flights landed, 6 at Honduras's airports.",
        ),
        "es": (
            "Diez vuelos de deportación salieron de Texas: 6 a Honduras y 4 a Guatemala.",
            "Diez vuelos de deportación salieron de Texas: 6 al Perú y 4 a Chile.",
            "Diez vuelos de deportación salieron de Texas: 6 hacia Honduras y 4 hacia Guatemala.",
            "Diez vuelos de deportación salieron de Texas: 6 para Honduras y 4 para Guatemala.",
            "Diez vuelos de deportación salieron de Texas: 6 rumbo a Honduras y 4 rumbo a Guatemala.",
            "Diez vuelos de deportación salieron de Texas: 6 con destino a Honduras y 4 con destino a "
            "Guatemala.",
            "Diez vuelos de deportación aterrizaron: 6 en Honduras y 4 en Guatemala.",
        ),
        "pt": (
            "Dez voos de deportação saíram do Texas: 6 para Honduras e 4 para a Guatemala.",
            "Dez voos de deportação saíram do Texas: 6 para Honduras e 4 ao Brasil.",
            "Dez voos de deportação saíram do Texas: 6 para Honduras e 4 à Guatemala.",
            "Dez voos de deportação saíram do Texas: 6 para Honduras e 4 aos Países Baixos.",
            "Dez voos de deportação saíram do Texas: 6 rumo a Honduras e 4 rumo ao Brasil.",
            "Dez voos de deportação saíram do Texas: 6 com destino a Honduras e 4 com destino ao Brasil.",
            "Dez voos de deportação pousaram: 6 em Honduras e 4 em Belo Horizonte.",
            "Dez voos de deportação pousaram: 6 em Honduras e 4 no Brasil.",
            "Dez voos de deportação pousaram: 6 em Honduras e 4 na Guatemala.",
        ),
    },
    not_examples={
        "en": ("Ten removal flights left Texas with 600 people to Honduras.",),
        "es": ("Diez vuelos de deportación salieron de Texas con 600 personas a Honduras.",),
        "pt": ("Dez voos de deportação saíram do Texas com 600 pessoas para Honduras.",),
    },
)
SENT_FROM = Cue(
    "sent_from",
    Decision.ELISION,
    words={
        "en": ("from",),
        "es": (
            "desde",
            "procedentes? de",
            "provenientes? de",
            "proced[ií]an de",
            "ven[ií]an de",
            "salieron de",
        ),
        "pt": (
            "vindos? d[eoa]s?",
            "procedentes? d[eoa]s?",
            "provenientes? d[eoa]s?",
            "sa[ií]ram d[eoa]s?",
            "partiram d[eoa]s?",
        ),
    },
    examples={
        "en": ("Guatemala received 12 removal flights in May: 9 from Texas and 3 from Mexico.",),
        "es": (
            "Guatemala recibió 12 vuelos de deportación en mayo: 9 desde Texas y 3 desde México.",
            "Guatemala recibió 12 vuelos de deportación en mayo: 9 procedentes de Texas y 3 procedentes "
            "de México.",
            "Guatemala recibió 12 vuelos de deportación en mayo: 9 provenientes de Texas y 3 "
            "provenientes de México.",
            "Guatemala recibió 12 vuelos de deportación en mayo: 9 procedían de Texas y 3 procedían de "
            "México.",
            "Guatemala recibió 12 vuelos de deportación en mayo: 9 venían de Texas y 3 venían de México.",
            "Guatemala recibió 12 vuelos de deportación en mayo: 9 salieron de Texas y 3 salieron de México.",
        ),
        "pt": (
            "O Brasil recebeu 12 voos de deportação em maio: 9 vindos do Texas e 3 vindos do México.",
            "O Brasil recebeu 12 voos de deportação em maio: 9 procedentes do Texas e 3 procedentes do "
            "México.",
            "O Brasil recebeu 12 voos de deportação em maio: 9 provenientes do Texas e 3 provenientes do "
            "México.",
            "O Brasil recebeu 12 voos de deportação em maio: 9 saíram do Texas e 3 saíram do México.",
            "O Brasil recebeu 12 voos de deportação em maio: 9 partiram do Texas e 3 partiram do México.",
        ),
    },
    not_examples={
        "en": ("Guatemala received 12 removal flights in May with 900 people from Texas.",),
        "es": ("Guatemala recibió 12 vuelos de deportación en mayo con 900 personas desde Texas.",),
        "pt": ("O Brasil recebeu 12 voos de deportação em maio com 900 pessoas vindas do Texas.",),
    },
)
# a place ranked after a count of flights: "Harlingen was second with 61" counts the same flights without the
# noun
RANK = Cue(
    "rank",
    Decision.ELISION,
    words={
        "en": ("second", "third", "fourth", "fifth", "next"),
        "es": ("segund[oa]", "tercer[oa]?", "cuart[oa]", "quint[oa]"),
        "pt": ("segund[oa]", "terceir[oa]", "quart[oa]", "quint[oa]"),
    },
    examples={
        "en": (
            "Ninety removal flights left Texas in May. Harlingen was second with 61.",
            "Ninety removal flights left Texas in May. El Paso came third with 40.",
            "Ninety removal flights left Texas in May. Laredo ranked fourth with 22.",
            "Ninety removal flights left Texas in May. Brownsville was fifth with 9.",
            "Ninety removal flights left Texas in May. San Antonio was next with 30.",
        ),
        "es": (
            "Salieron 90 vuelos de Texas en mayo. Harlingen quedó segundo con 61.",
            "Salieron 90 vuelos de Texas en mayo. El Paso quedó en tercer lugar con 40.",
            "Llegaron 90 vuelos en mayo. La Aurora fue la tercera con 35.",
            "Salieron 90 vuelos de Texas en mayo. Laredo quedó cuarto con 22.",
            "Salieron 90 vuelos de Texas en mayo. Brownsville fue quinto con 9.",
            "Llegaron 90 vuelos en mayo. San Pedro Sula fue la segunda con 50.",
        ),
        "pt": (
            "Saíram 90 voos do Texas em maio. Harlingen ficou em segundo com 61.",
            "Saíram 90 voos do Texas em maio. El Paso ficou em terceiro com 40.",
            "Saíram 90 voos do Texas em maio. Laredo foi o quarto com 22.",
            "Saíram 90 voos do Texas em maio. Brownsville ficou em quinto com 9.",
        ),
    },
    not_examples={
        "en": (
            "Ninety removal flights left Texas in May. Harlingen was second with 61 percent of the people.",
        ),
        "es": ("Salieron 90 vuelos de Texas en mayo. Harlingen quedó segundo con 61 mil personas.",),
        "pt": ("Saíram 90 voos do Texas em maio. Harlingen ficou em segundo com 61 mil pessoas.",),
    },
)
# the next of a ranking, the noun left out: "Honduras followed with 118", "le siguió Honduras con 118"
FOLLOWED = Cue(
    "followed",
    Decision.ELISION,
    words={
        "en": ("followed", "trailed"),
        "es": (r"(?:le\s+)?sigui[oó]", r"(?:le\s+)?siguieron"),
        "pt": ("seguiu", r"veio\s+(?:em\s+seguida|depois)"),
    },
    examples={
        "en": (
            "Guatemala received 132 removal flights this year. Honduras followed with 118.",
            "Guatemala received 132 removal flights this year. Honduras trailed with 118.",
        ),
        "es": (
            "Guatemala recibió 132 vuelos este año. Le siguió Honduras con 118.",
            "Guatemala recibió 132 vuelos este año. Honduras siguió con 118.",
            "Guatemala y El Salvador recibieron 132 vuelos. Le siguieron Honduras y México con 118.",
        ),
        "pt": (
            "A Guatemala recebeu 132 voos neste ano. Honduras seguiu com 118.",
            "A Guatemala recebeu 132 voos neste ano. Honduras veio em seguida com 118.",
        ),
    },
    not_examples={
        "en": ("Guatemala received 132 removal flights this year. Honduras followed with 118 percent more.",),
        "es": ("Guatemala recibió 132 vuelos este año. Le siguió Honduras con 118 mil personas.",),
        "pt": ("A Guatemala recebeu 132 voos neste ano. Honduras seguiu com 118 mil pessoas.",),
    },
)
# a place that sent out flights, the noun left out: "Mesa sent out only 6", "Houston despachó 12"
SENT_OUT = Cue(
    "sent_out",
    Decision.ELISION,
    words={
        "en": ("sent out", "sent", "dispatched", "launched"),
        "es": ("envi[oó]", "enviaron", "despach[oó]", "despacharon"),
        "pt": ("enviou", "enviaram", "despachou", "despacharam"),
    },
    examples={
        "en": (
            "Alexandria led with 94 removal flights in June, while Mesa sent out only 6.",
            "Alexandria led with 94 removal flights in June; San Antonio sent 12.",
            "Alexandria led with 94 removal flights in June; Houston dispatched 20.",
            "Alexandria led with 94 removal flights in June; Miami launched just 9.",
        ),
        "es": (
            "Alexandria encabezó la lista con 94 vuelos de deportación en junio; Mesa envió solo 6.",
            "Alexandria encabezó la lista con 94 vuelos en junio, y las bases de Texas enviaron 30.",
            "Alexandria encabezó la lista con 94 vuelos en junio; Houston despachó 12.",
            "Alexandria encabezó la lista con 94 vuelos en junio; las bases de Arizona despacharon 8.",
        ),
        "pt": (
            "Alexandria liderou com 94 voos de deportação em junho; Mesa enviou apenas 6.",
            "Alexandria liderou com 94 voos em junho, e as bases do Texas enviaram 30.",
            "Alexandria liderou com 94 voos em junho; Houston despachou 12.",
            "Alexandria liderou com 94 voos em junho; as bases do Arizona despacharam 8.",
        ),
    },
    not_examples={
        "en": ("Alexandria led with 94 removal flights in June, while Mesa sent out 60 people.",),
        "es": ("Alexandria encabezó la lista con 94 vuelos en junio; Mesa envió 60 agentes.",),
        "pt": ("Alexandria liderou com 94 voos em junho; Mesa enviou 60 agentes.",),
    },
)
# more of the flights just counted, the noun left out: "and on Wednesday another 2", "y el miércoles otros 2",
# "e na quinta mais 2", "and 2 more on Friday" (not "2 more than last week", "another 20 people")
ANOTHER = Cue(
    "another",
    Decision.ELISION,
    words={
        "en": ("another", "more"),
        "es": ("otros", "otras", "más"),
        "pt": ("outros", "outras", "mais"),
    },
    examples={
        "en": (
            "Three removal flights landed in Guatemala on Monday, and on Wednesday another 2.",
            "Three removal flights landed in Guatemala on Monday and 2 more on Wednesday.",
        ),
        "es": (
            "El lunes aterrizaron 3 vuelos en Guatemala, y el miércoles otros 2.",
            "El lunes aterrizaron 3 vuelos y 2 más el miércoles.",
            "El lunes llegaron 3 aeronaves y el miércoles otras 2.",
        ),
        "pt": (
            "Na segunda-feira pousaram 3 voos em Fortaleza, e na quarta-feira outros 2.",
            "Na segunda-feira pousaram 3 voos em Fortaleza e, na quarta-feira, mais 2.",
            "Na segunda-feira chegaram 3 aeronaves e na quarta-feira outras 2.",
        ),
    },
    not_examples={
        "en": (
            "Three removal flights landed in Guatemala on Monday, 2 more than last week.",
            "Three removal flights landed in Guatemala on Monday with another 20 people.",
        ),
        "es": ("El lunes aterrizaron 3 vuelos, 2 más que la semana pasada.",),
        "pt": ("Na segunda-feira pousaram 3 voos, 2 a mais que na semana passada.",),
    },
)
# a count that changed to a level and the level it changed from: "fell to 8 in March from 14 in February",
# "bajó a 8 en marzo, desde 14 en febrero", "caíram para 3 em maio, ante 5 em abril" (not "fell by 3",
# "rose 14%")
CHANGED_TO = Cue(
    "changed_to",
    Decision.ELISION,
    words={
        "en": (
            "rose",
            "fell",
            "dropped",
            "climbed",
            "increased",
            "decreased",
            "grew",
            "jumped",
            "doubled",
            "declined",
            "slipped",
        ),
        "es": (
            r"subi(?:ó|o|eron)",
            r"baj(?:ó|o|aron)",
            r"cay(?:ó|o|eron)",
            r"aument(?:ó|o|aron)",
            r"creci(?:ó|o|eron)",
            r"pas(?:ó|o|aron)",
        ),
        "pt": (
            "subiu",
            "subiram",
            "caiu",
            "ca[ií]ram",
            "aumentou",
            "aumentaram",
            "cresceu",
            "cresceram",
            "passou",
            "passaram",
        ),
    },
    examples={
        "en": (
            "Removal flights to Colombia fell to 8 in March from 14 in February.",
            "Removal flights to Haiti rose from 6 in April to 11 in May.",
            "Removal flights to Peru dropped to 3 in May.",
            "Removal flights to Peru climbed to 9 in May.",
            "Removal flights to Peru increased to 9 in May.",
            "Removal flights to Peru decreased to 3 in May.",
            "Removal flights to Peru grew to 9 in May.",
            "Removal flights to Peru jumped to 9 in May.",
            "Removal flights to Ecuador doubled to 22 in May.",
            "Removal flights to Peru declined to 3 in May.",
            "Removal flights to Peru slipped to 3 in May.",
            "Removal flights rose 12% in February to 196.",
            "Removal flights fell 8 percent in February to 140.",
        ),
        "es": (
            "El número de vuelos a Colombia bajó a 8 en marzo, desde 14 en febrero.",
            "Los vuelos a Colombia subieron a 12 en marzo.",
            "Los vuelos a Colombia cayeron a 5 en marzo.",
            "Los vuelos a Colombia aumentaron a 12 en marzo.",
            "Los vuelos a Colombia crecieron a 12 en marzo.",
            "Los vuelos a Colombia pasaron de 20 en enero a 35 en febrero.",
            "El número de vuelos a Colombia pasó de 20 a 35.",
            "Los vuelos de deportación aumentaron un 15% en febrero, hasta 88.",
        ),
        "pt": (
            "Os voos para o Brasil caíram para 3 em maio, ante 5 em abril.",
            "O número de voos para o Brasil subiu para 7 em maio.",
            "Os voos para o Brasil subiram para 7 em maio.",
            "O número de voos para o Brasil caiu para 3 em maio.",
            "O número de voos para o Brasil aumentou para 7 em maio.",
            "Os voos para o Brasil aumentaram para 7 em maio.",
            "O número de voos para o Brasil cresceu para 7 em maio.",
            "Os voos para o Brasil cresceram para 7 em maio.",
            "Os voos para a Colômbia passaram de 20 em janeiro para 35 em fevereiro.",
            "O número de voos para a Colômbia passou de 20 para 35.",
            "Os voos de deportação subiram 10% em fevereiro, para 77.",
        ),
    },
    not_examples={
        "en": (
            "Removal flights to Colombia fell by 3 in March.",
            "Removal flights to Colombia rose 14% in March.",
            "Removal flights rose 12% in February, and deportees rose to 960.",
        ),
        "es": (
            "Los vuelos a Colombia bajaron en 3 en marzo.",
            "Los vuelos a Colombia pasaron a las 3 de la tarde.",
            "Los vuelos subieron un 12% en febrero, y los deportados aumentaron hasta 960.",
        ),
        "pt": (
            "Os voos para o Brasil caíram 40% em maio.",
            "Os voos para o Brasil passaram às 3 da tarde.",
            "Os voos subiram 12% em fevereiro, e os deportados aumentaram para 960.",
        ),
    },
)
# "Venezuela resumed deportation flights; the first landed on Friday": the first of flights named without a
# count is one flight, its noun left out ("Two flights landed; the first carried 120" is a part of the two)
FIRST_OF_THEM = Cue(
    "first_of_them",
    Decision.ELISION,
    words={"en": ("the first",), "es": ("el primero",), "pt": ("o primeiro",)},
    examples={
        "en": (
            "Venezuela agreed to take back deportation flights; the first landed in Caracas on Friday.",
            "Venezuela resumed deportation flights, with the first arriving at Maiquetía on Friday.",
        ),
        "es": (
            "Venezuela volvió a aceptar vuelos de deportación; el primero aterrizó en Maiquetía el viernes.",
            "Venezuela reanudó los vuelos de deportación, y el primero llegó a Maiquetía el viernes.",
        ),
        "pt": (
            "A Venezuela voltou a aceitar voos de deportação; o primeiro pousou em Maiquetía na sexta-feira.",
            "A Venezuela retomou os voos de deportação, e o primeiro chegou a Maiquetía na sexta-feira.",
        ),
    },
    not_examples={
        "en": (
            "Two deportation flights landed in Caracas on Friday; the first carried 120 people.",
            "Deportation flights resumed on Friday, and the first question was who would pay.",
        ),
        "es": ("Dos vuelos de deportación aterrizaron en Maiquetía el viernes; el primero llegó a las 10.",),
        "pt": ("Dois voos de deportação pousaram em Maiquetía na sexta-feira; o primeiro chegou às 10.",),
    },
)
ELISION_CUES = (
    RECEIVED,
    ARRIVED_FIRST,
    DESTINATIONS_LEAD,
    INCLUDING,
    SENT_TO,
    SENT_FROM,
    RANK,
    FOLLOWED,
    SENT_OUT,
    ANOTHER,
    CHANGED_TO,
    FIRST_OF_THEM,
)
