"""List-line cues: words that make a line of a flight list something other than a row of this list's period.

``transforms.tables`` leaves such a line out of the rows (and of the sum it checks against a stated total).
Examples are list lines: the test parses each and expects it left out.
"""

from __future__ import annotations

from transforms.cues import Cue, Decision

EARLIER_OR_REVISED_LINE = Cue(
    "earlier_or_revised_line", Decision.LIST_LINE,
    words={
        "en": ("last week", "previous week", "week before", r"revis\w*", r"corr[ei]g\w*"),
        "es": ("semana pasada", "semana anterior", "la semana previa", r"revis\w*", r"corr[ei]g\w*"),
        "pt": ("semana passada", r"revis\w*", r"corr[ei]g\w*"),
    },
    examples={
        "en": ("- Last week: 12 flights", "- Previous week: 11", "- The week before: 10", "- Guatemala (revised): 14",
               "- Corrigendum: 14"),
        "es": ("- Semana pasada: 12 vuelos", "- Semana anterior: 11", "- En la semana previa: 10", "- Guatemala (revisado): 14",
               "- Guatemala (corregido): 14"),
        "pt": ("- Semana passada: 12 voos", "- Guatemala (revisado): 14", "- Guatemala (corrigido): 14"),
    },
    not_examples={
        "en": ("- Guatemala: 12",), "es": ("- Guatemala: 12 vuelos",), "pt": ("- Brasil: 12 voos",),
    },
)
PEOPLE_UNIT = Cue(
    "people_unit", Decision.LIST_LINE,
    words={
        "en": ("people", "persons?", "migrants?", "deportees?", "returnees?", "passengers?", "nationals?", "citizens?", "individuals?",
               "adults?", "children", "minors", "men", "women", "families", "detainees?", "immigrants?", "buses"),
        "es": ("personas?", "migrantes?", "deportad[oa]s?", "retornad[oa]s?", "repatriad[oa]s?", "connacionales", "nacionales",
               "ciudadan[oa]s", "pasajer[oa]s", "hombres", "mujeres", "niñ[oa]s", "menores", "adultos", "adolescentes", "familias",
               "autobuses", "camiones"),
        "pt": ("pessoas", "migrantes?", "deportad[oa]s?", "repatriad[oa]s?", "passageir[oa]s", "cidad[aã]os", "adultos", "adolescentes",
               "fam[ií]lias", "crian[cç]as", "homens", "mulheres", "ônibus"),
    },
    examples={
        "en": ("- Guatemala: 1,200 people", "- Guatemala: 1 person", "- Guatemala: 120 persons", "- Guatemala: 120 migrants",
               "- Guatemala: 1 migrant", "- Guatemala: 120 deportees", "- Guatemala: 1 deportee", "- Guatemala: 120 returnees",
               "- Guatemala: 120 passengers", "- Guatemala: 120 nationals", "- Guatemala: 120 citizens", "- Guatemala: 120 individuals",
               "- Guatemala: 120 adults", "- Guatemala: 12 children", "- Guatemala: 12 minors", "- Guatemala: 80 men",
               "- Guatemala: 40 women", "- Guatemala: 12 families", "- Guatemala: 120 detainees", "- Guatemala: 120 immigrants",
               "- Guatemala: 12 buses"),
        "es": ("- Guatemala: 1.200 personas", "- Guatemala: 1 persona", "- Guatemala: 120 migrantes", "- Guatemala: 120 deportados",
               "- Guatemala: 120 deportadas", "- Guatemala: 120 retornados", "- Guatemala: 120 repatriados", "- Guatemala: 120 connacionales",
               "- Guatemala: 120 nacionales", "- Guatemala: 120 ciudadanos", "- Guatemala: 120 pasajeros", "- Guatemala: 80 hombres",
               "- Guatemala: 40 mujeres", "- Guatemala: 12 niños", "- Guatemala: 12 menores", "- Guatemala: 100 adultos",
               "- Guatemala: 12 adolescentes", "- Guatemala: 12 familias", "- Guatemala: 12 autobuses", "- Guatemala: 12 camiones"),
        "pt": ("- Brasil: 1.200 pessoas", "- Brasil: 120 migrantes", "- Brasil: 120 deportados", "- Brasil: 120 repatriados",
               "- Brasil: 120 passageiros", "- Brasil: 120 cidadãos", "- Brasil: 100 adultos", "- Brasil: 12 adolescentes",
               "- Brasil: 12 famílias", "- Brasil: 12 crianças", "- Brasil: 80 homens", "- Brasil: 40 mulheres", "- Brasil: 12 ônibus"),
    },
    not_examples={
        "en": ("- Guatemala: 12 flights",), "es": ("- Guatemala: 12 vuelos",), "pt": ("- Brasil: 12 voos",),
    },
)
PLANNED_LIST = Cue(
    "planned_list", Decision.STATUS,
    words={
        "en": ("will", "scheduled", "planned", "expected", "upcoming", "next week"),
        "es": ("programad[oa]s?", "previst[oa]s?", "prev[eé]n?", "se esperan?", "esperan", "llegar[aá]n", "agenda",
               "programaci[oó]n", "calendario", "pr[oó]xim[oa]s?"),
        "pt": ("previs[aã]o", "programad[oa]s?", "previst[oa]s?", "agendad[oa]s?", "pr[oó]xim[oa]s?", "chegar[aã]o",
               "programa[cç][aã]o", "agenda"),
    },
    examples={
        "en": ("These flights will land this week:", "Flights scheduled for this week:", "Flights planned for this week:",
               "Flights expected this week:", "Upcoming removal flights:", "Removal flights next week:"),
        "es": ("Vuelos programados para esta semana:", "Vuelos previstos para esta semana:", "Migración prevé estos vuelos:",
               "Se esperan estos vuelos esta semana:", "Las autoridades esperan estos vuelos:", "Estos vuelos llegarán esta semana:",
               "Agenda de vuelos de esta semana:", "Programación de vuelos de esta semana:", "Calendario de vuelos de esta semana:",
               "Próximos vuelos de deportación:"),
        "pt": ("Previsão de voos desta semana:", "Voos programados para esta semana:", "Voos previstos para esta semana:",
               "Voos agendados para esta semana:", "Próximos voos de deportação:", "Estes voos chegarão nesta semana:",
               "Programação de voos desta semana:", "Agenda de voos desta semana:"),
    },
    not_examples={
        "en": ("Removal flights last week:",), "es": ("Vuelos de deportación de la semana pasada:",),
        "pt": ("Voos de deportação da semana passada:",),
    },
)
LIST_LINE_CUES = (EARLIER_OR_REVISED_LINE, PEOPLE_UNIT, PLANNED_LIST)
