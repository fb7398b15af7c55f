"""Flight line lists: every row shape, lists typed by their labels, breakdowns, schedules, and lists that are not flights."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from transforms.context import DocumentContext
from transforms.tables import find_flight_tables, month_columns, parse_line

PUBLISHED = dt.date(2024, 1, 23)
US_CONTEXT = DocumentContext(origin="US")


@pytest.mark.parametrize(
    ("line", "label", "count"),
    [
        ("Guatemala – 36 vuelos", "Guatemala", 36),
        ("Honduras - 23 vuelos", "Honduras", 23),
        ("El Salvador: 6", "El Salvador", 6),
        ("Colombia\t3", "Colombia", 3),
        ("Venezuela (3 vuelos)", "Venezuela", 3),
        ("Ecuador (2)", "Ecuador", 2),
        ("- Perú — 2 vuelos", "Perú", 2),
        ("• Rumania / India – 1 vuelo", "Rumania / India", 1),
        ("* República Dominicana: 1 vuelo", "República Dominicana", 1),
        ("1. Haiti – 1 flight", "Haiti", 1),
        ("12 flights to Mexico", "Mexico", 12),
        ("36 vuelos – Guatemala", "Guatemala", 36),
        ("| Nicaragua | 4 |", "Nicaragua", 4),
        ("Guatemala 1,250 flights", "Guatemala", 1250),
        ("Chile ........ 19", "Chile", 19),
        ("Peru (7) – two of them out of Mesa on the same night", "Peru", 7),
        ("Bolivia (0), nothing again this week", "Bolivia", 0),
        ("- **Paraguay (4)**", "Paraguay", 4),
        ("- 17 flights landed at Port-au-Prince (Toussaint Louverture)", "Port-au-Prince (Toussaint Louverture)", 17),
        ("- 8 from Tucson, Arizona", "Tucson, Arizona", 8),
        ("- Skyway Charters: 12", "Skyway Charters", 12),
        ("• Jueves 9 de mayo: 4 vuelos desde Laredo, Texas", "Jueves 9 de mayo", 4),
        ("| Colombia[^2] | 13 |", "Colombia", 13),  # a footnote mark is no part of the label
        ("| Other destinations (9 countries, one flight each) | 9 | various |", "Other destinations (9 countries, one flight each)", 9),
        ("Chile¹ ........ 19", "Chile", 19),
        ("12 — Guatemala", "Guatemala", 12),  # a count, a dash and a country
        ("- 9 – Honduras (two of them from Mesa)", "Honduras (two of them from Mesa)", 9),
    ],
)
def test_line_shapes(line: str, label: str, count: int) -> None:
    parsed = parse_line(line, 100)
    assert parsed is not None
    assert (parsed.label, parsed.count) == (label, count)
    assert parsed.char_start >= 100 and parsed.evidence in line


@pytest.mark.parametrize(
    "line",
    ["Se realizaron 36 vuelos en total, según el informe.", "Published: November 12, 2024", "## Flights by country, May 1–31, 2024",
     "", "|---|---|", "Adicionalmente, llegaron 3 vuelos desde México.", "The 2024 season ended early for 3 carriers.",
     "2025 — Guatemala", "12 - Harlingen"],  # a year first; a count first is a row of a country only
)
def test_lines_that_are_not_list_lines(line: str) -> None:
    assert parse_line(line, 0) is None


def _rows(body: str, language: str = "en", published: dt.date | None = PUBLISHED, context: DocumentContext = US_CONTEXT) -> list:
    return [(r.label, r.destination_countries, r.flights) for t in find_flight_tables(body, language, published, context) for r in t.rows]


def test_weekly_monitor_list_keeps_removal_rows_and_drops_the_rest() -> None:
    body = (
        "Removal flights this week: 14 to 5 countries (up 3 from last week)\n"
        "Guatemala (6) – both Tuesday planes left within the hour\n"
        "Honduras (0), the runway is still closed\n"
        "Peru (3), the usual Friday run\n"
        "Cameroon / Senegal (1)\n"
        "Brazil (4)\n"
        "11 shuffle flights within the US\n"
        "5 connection flights (Mesa – El Paso – Mesa)\n"
        "2 return flights (empty)\n"
        "Last week's final number is 12, not the 11 we first posted.\n"
    )
    [table] = find_flight_tables(body, "en", PUBLISHED, US_CONTEXT)
    assert [(r.label, r.destination_countries, r.flights) for r in table.rows] == [
        ("Guatemala", ["GT"], 6), ("Honduras", ["HN"], 0), ("Peru", ["PE"], 3), ("Cameroon / Senegal", ["CM", "SN"], 1), ("Brazil", ["BR"], 4),
    ]
    assert table.stated_total == 14 and table.origin_country == "US" and table.breakdown == "country"
    assert body[table.char_start:table.char_end] == table.evidence
    assert parse_line("- Last week: 25 flights, not 24 as first posted", 0).excluded


def test_list_under_a_markdown_heading_a_paragraph_above() -> None:
    body = (
        "## Removal flights this week: 9 to 3 countries\n\n"
        "Week of Sunday 3/3 through Saturday 3/9. Storms closed two airports.\n\n"
        "- Guatemala (5)\n- Honduras (3)\n- Nicaragua (1)\n- Internal transfers to and from Mesa, AZ: 6\n"
    )
    [table] = find_flight_tables(body, "en", PUBLISHED, US_CONTEXT)
    assert [(r.label, r.flights) for r in table.rows] == [("Guatemala", 5), ("Honduras", 3), ("Nicaragua", 1)]
    assert table.stated_total == 9


def test_schedule_with_days_inline_takes_the_receiving_country_from_its_introduction() -> None:
    body = (
        "Para la próxima semana se tiene programada la llegada a Guatemala de 7 vuelos con connacionales retornados:\n\n"
        "• Lunes 22 de enero: 3 vuelos desde Harlingen y El Paso, Texas\n"
        "• Martes 23 de enero: 2 vuelos desde Alexandria, Luisiana\n"
        "• Jueves 25 de enero: 2 vuelos desde Mesa, Arizona\n"
    )
    [table] = find_flight_tables(body, "es", dt.date(2024, 1, 19), US_CONTEXT)
    assert table.breakdown == "day" and table.status == "planned" and table.stated_total == 7
    assert [(r.label, r.origin_country, r.destination_countries, r.flights, r.period_start) for r in table.rows] == [
        ("Lunes 22 de enero", "US", ["GT"], 3, dt.date(2024, 1, 22)),
        ("Martes 23 de enero", "US", ["GT"], 2, dt.date(2024, 1, 23)),
        ("Jueves 25 de enero", "US", ["GT"], 2, dt.date(2024, 1, 25)),
    ]


def test_schedule_with_day_headings_and_totals_per_origin() -> None:
    body = (
        "Se prevé la llegada a Honduras de los siguientes vuelos, procedentes de Estados Unidos y de México:\n\n"
        "LUNES 3 DE MARZO\n2 vuelos desde Estados Unidos (Alexandria, Luisiana)\n\n"
        "MARTES 4 DE MARZO\n1 vuelo desde México (Tapachula, Chiapas)\n1 vuelo desde Estados Unidos\n\n"
        "MIÉRCOLES 5 DE MARZO\nSin vuelos programados\n\n"
        "En total se esperan 4 vuelos: 3 procedentes de Estados Unidos y 1 de México. Otros datos siguen.\n"
    )
    [table] = find_flight_tables(body, "es", dt.date(2025, 3, 1), DocumentContext())
    assert [(r.label, r.origin_country, r.destination_countries, r.flights) for r in table.rows] == [
        ("LUNES 3 DE MARZO", "US", ["HN"], 2), ("MARTES 4 DE MARZO", "MX", ["HN"], 1), ("MARTES 4 DE MARZO", "US", ["HN"], 1),
        ("MIÉRCOLES 5 DE MARZO", None, ["HN"], 0),
    ]
    assert [(t.flights, t.origin_country) for t in table.totals] == [(4, None), (3, "US"), (1, "MX")]
    for total in table.totals:
        assert body[total.char_start:total.char_end] == total.evidence


def test_one_total_broken_down_three_ways_gives_sibling_tables() -> None:
    body = (
        "In June the United States sent 20 removal flights to Haiti.\n\n"
        "The same 20 flights, three ways:\n\n"
        "By arrival airport\n- 15 flights to Port-au-Prince\n- 5 to Cap-Haïtien\n\n"
        "By US departure point\n- 12 flights originated in Alexandria, Louisiana\n- 8 from Miami, Florida\n\n"
        "By operator\n- Skyway Charters: 14\n- Northwind Air: 6\n"
    )
    tables = find_flight_tables(body, "en", dt.date(2024, 7, 2), US_CONTEXT)
    assert [t.breakdown for t in tables] == ["airport", "departure", "airline"]
    assert {t.total_group for t in tables} == {tables[0].total_group}
    assert all(t.stated_total == 20 and sum(r.flights for r in t.rows) == 20 for t in tables)
    assert [r.destination_countries for t in tables for r in t.rows] == [["HT"]] * 6
    assert [r.origin_country for r in tables[1].rows] == ["US", "US"]


def test_receiving_country_report_lists_origins() -> None:
    body = (
        "Durante abril se recibieron en el Aeropuerto Internacional El Dorado 12 vuelos de retorno, según el país de procedencia:\n"
        "- Estados Unidos: 9 vuelos\n- México: 2 vuelos\n- Panamá: 1 vuelo\n"
    )
    [table] = find_flight_tables(body, "es", dt.date(2024, 5, 6), DocumentContext())
    assert table.row_role == "origin" and table.destination_country == "CO"
    assert [(r.origin_country, r.destination_countries, r.flights) for r in table.rows] == [
        ("US", ["CO"], 9), ("MX", ["CO"], 2), ("PA", ["CO"], 1),
    ]


def test_markdown_table_with_total_row() -> None:
    body = ("## Flights by destination, May 2024\n\n| Destination | Flights |\n|---|---:|\n"
            "| Guatemala | 12 |\n| Albania / Kosovo | 1 |\n| **Total** | **13** |\n")
    [table] = find_flight_tables(body, "en", PUBLISHED, US_CONTEXT)
    assert [(r.label, r.countries) for r in table.rows] == [("Guatemala", ["GT"]), ("Albania / Kosovo", ["AL", "XK"])]
    assert table.stated_total == 13


def test_dot_leaders_without_a_stated_total() -> None:
    body = "Entre abril y junio los vuelos de deportados fueron a:\n\nGuatemala ........ 40\nRep. Dominicana .. 6\nBrasil ........... 2\n"
    assert _rows(body, "es") == [("Guatemala", ["GT"], 40), ("Rep. Dominicana", ["DO"], 6), ("Brasil", ["BR"], 2)]


@pytest.mark.parametrize(
    "body",
    [
        "Deportados por país:\nGuatemala: 3,000\nHonduras: 2,000\n",  # people, no flight context
        "Retornados por nacionalidad en vuelos de ICE:\nMéxico: 90 mil personas (48 %)\nGuatemala: 20 mil personas (11 %)\n",  # people unit
        "Personas atendidas en los vuelos:\n- Hombres: 1.200\n- Mujeres: 400\n",  # sex breakdown
        "Llegadas por día, vuelos incluidos:\nLunes 13: 112 migrantes deportados\nMartes 14: 150 migrantes deportados\n",  # people per day
        "Only one row here about flights:\nGuatemala – 36 vuelos\n",  # a single line is not a list
        "Participants:\n- John Smith: 4\n- Mary Jones: 3\n",  # names and scores
    ],
)
def test_lists_that_are_not_flights(body: str) -> None:
    assert find_flight_tables(body, "es", PUBLISHED, US_CONTEXT) == []


def test_no_year_means_no_period() -> None:
    body = "Se realizaron 10 vuelos del 1 al 5 de marzo a:\nGuatemala – 6 vuelos\nHonduras – 4 vuelos\n"
    [table] = find_flight_tables(body, "es", None, US_CONTEXT)
    assert table.period is None and table.stated_total == 10


def test_spanish_table_with_intro_total_period_and_origin() -> None:
    body = (
        "Ciudad de México, 23 de enero de 2024 – Texto.\n"
        "El Gobierno de los Estados Unidos ha realizado 79 vuelos de repatriación desde el 1 al 21 de enero a los siguientes países:\n"
        "Guatemala – 36 vuelos\nHonduras – 23 vuelos\nRumania / India – 20 vuelos\n"
        "Sigue el texto."
    )
    [table] = find_flight_tables(body, "es", PUBLISHED, US_CONTEXT)
    assert table.origin_country == "US" and table.row_role == "destination"
    assert table.stated_total == 79
    assert (table.period.start, table.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 1, 21))
    assert [r.countries for r in table.rows] == [["GT"], ["HN"], ["RO", "IN"]]
    for row in table.rows:
        assert body[row.char_start:row.char_end] == row.evidence


def test_unknown_name_in_a_country_list_is_kept_without_codes_for_validation_to_refuse() -> None:
    body = "Vuelos de deportación por país de destino:\nGuatemala – 4 vuelos\nHonduras – 2 vuelos\nAtlantis – 1 vuelo\n"
    [table] = find_flight_tables(body, "es", PUBLISHED, US_CONTEXT)
    assert [(r.label, r.countries) for r in table.rows] == [("Guatemala", ["GT"]), ("Honduras", ["HN"]), ("Atlantis", [])]


def test_markdown_table_with_several_count_columns_takes_the_flights_column() -> None:
    body = ("Deportaciones por país, marzo:\n\n| País | Personas | Vuelos |\n|---|---:|---:|\n"
            "| Guatemala | 1.450 | 12 |\n| Honduras | 980 | 8 |\n")
    assert _rows(body, "es") == [("Guatemala", ["GT"], 12), ("Honduras", ["HN"], 8)]


def test_airport_breakdown_under_a_markdown_header_with_totals_per_origin_in_its_intro() -> None:
    body = ("En enero retornaron a Honduras 2.000 personas en 15 vuelos, 12 de ellos desde Estados Unidos y 3 desde México.\n\n"
            "| Aeropuerto | Vuelos | Personas |\n|---|---:|---:|\n| Ramón Villeda Morales | 10 | 1.300 |\n| Palmerola | 5 | 700 |\n")
    [table] = find_flight_tables(body, "es", dt.date(2025, 2, 5), DocumentContext())
    assert table.breakdown == "airport"
    assert [(r.label, r.destination_countries, r.flights) for r in table.rows] == [("Ramón Villeda Morales", ["HN"], 10), ("Palmerola", ["HN"], 5)]
    assert [(t.flights, t.origin_country) for t in table.totals] == [(15, None), (12, "US"), (3, "MX")]


def test_a_list_headed_as_people_is_not_flights_even_in_a_paragraph_about_flights() -> None:
    body = ("ICE Air Operations conducted 1,200 removal flights last year.\n\nTop countries of removal:\n"
            "- Mexico: 80,100\n- Guatemala: 40,200\n")
    assert find_flight_tables(body, "en", PUBLISHED, US_CONTEXT) == []


def test_portuguese_airport_breakdown_with_a_name_the_gazetteer_lacks() -> None:
    body = "O Brasil recebeu 10 voos de deportação em 2024.\n\nPor aeroporto de chegada:\n- Confins (MG): 8 voos\n- Fortaleza (CE): 2 voos\n"
    [table] = find_flight_tables(body, "pt", dt.date(2025, 1, 10), US_CONTEXT)
    assert table.breakdown == "airport"
    assert [(r.label, r.destination_countries, r.flights) for r in table.rows] == [("Confins (MG)", ["BR"], 8), ("Fortaleza (CE)", ["BR"], 2)]


def test_a_departure_schedule_sends_each_day_to_the_place_its_line_names() -> None:
    body = (
        "Outbound charters from Alexandria, week of June 2-8, 2025\n\n"
        "Removal flights left the staging area on these days:\n"
        "Monday, June 2: 2 flights to Tegucigalpa\n"
        "Tuesday, June 3: 1 flight to Quito\n"
        "Thursday, June 5: 3 flights to Guatemala City\n"
    )
    [table] = find_flight_tables(body, "en", dt.date(2025, 6, 9), DocumentContext(origin="US"))
    routes = [(r.label, r.origin_country, r.destination_countries, r.flights) for r in table.rows]
    assert routes == [("Monday, June 2", "US", ["HN"], 2), ("Tuesday, June 3", "US", ["EC"], 1), ("Thursday, June 5", "US", ["GT"], 3)]


def test_a_heading_month_and_year_is_the_lists_period_not_its_total() -> None:
    body = (
        "Removal Flight Monitor\n\nMarch 2025 Removal Flights by Country\n\n"
        "Guatemala ......... 30\nHonduras .......... 25\nEcuador ........... 7\nTotal ............. 62\n"
    )
    [table] = find_flight_tables(body, "en", dt.date(2025, 4, 2), DocumentContext(origin="US"))
    assert (table.stated_total, table.period.start, table.period.end) == (62, dt.date(2025, 3, 1), dt.date(2025, 3, 31))  # type: ignore[union-attr]
    assert [total.origin_country for total in table.totals] == ["US"], "every row left from the US, so did the total"


def test_a_receiving_countrys_list_of_origins_named_with_from() -> None:
    body = (
        "San Salvador, 3 de julio de 2025\n\n"
        "Durante junio de 2025 retornaron al país 2.400 salvadoreños en 21 vuelos:\n\n"
        "• Desde Estados Unidos: 19 vuelos (2.210 personas)\n"
        "• Desde México: 2 vuelos (190 personas)\n"
    )
    [table] = find_flight_tables(body, "es", dt.date(2025, 7, 3), DocumentContext(origin="US", dateline="SV"))
    assert [(r.origin_country, r.destination_countries, r.flights) for r in table.rows] == [("US", ["SV"], 19), ("MX", ["SV"], 2)]
    assert table.stated_total == 21 and table.totals[0].origin_country is None


def test_a_count_line_above_the_rows_is_the_lists_total() -> None:
    body = "## Weekly flights, June 1–7, 2025\n\nRemoval flights: 12 (up from 9)\n\n- Guatemala: 7\n- Honduras: 5\n\nShuffle flights: 30.\n"
    [table] = find_flight_tables(body, "en", dt.date(2025, 6, 9), DocumentContext(origin="US"))
    assert (table.stated_total, [r.flights for r in table.rows]) == (12, [7, 5])


def test_a_day_without_flights_in_an_inline_schedule_is_a_row_of_zero() -> None:
    line = parse_line("Wednesday, June 4: no flights", 0)
    assert line is not None and (line.label, line.count) == ("Wednesday, June 4", 0)
    assert parse_line("Honduras: no flights", 0) is None, "only a day is a schedule's row without a count"


@pytest.mark.parametrize(("line", "label"), [
    ("Wed 9/4 - no flights", "Wed 9/4"),
    ("Mié 9/4 – sin vuelos", "Mié 9/4"),
    ("Qua 9/4 — nenhum voo", "Qua 9/4"),
])
def test_a_day_without_flights_set_off_by_a_dash_is_a_row_of_zero(line: str, label: str) -> None:
    found = parse_line(line, 0)
    assert found is not None and (found.label, found.count) == (label, 0)
    assert parse_line(line.replace(label, "Honduras"), 0) is None


@pytest.mark.parametrize(("body", "language"), [
    ("Removal flights by destination, January 2025\n\nCountry        Flights\nGuatemala        38\n"
     "Honduras         29\nEl Salvador      17\nTotal            84\n", "en"),
    ("Vuelos de deportación por destino, enero de 2025\n\nPaís           Vuelos\nGuatemala        38\n"
     "Honduras         29\nEl Salvador      17\nTotal            84\n", "es"),
    ("Voos de deportação por destino, janeiro de 2025\n\nPaís           Voos\nGuatemala        38\n"
     "Honduras         29\nEl Salvador      17\nTotal            84\n", "pt"),
])
def test_a_total_line_in_a_column_set_off_by_spaces_is_the_lists_total(body: str, language: str) -> None:
    [table] = find_flight_tables(body, language, dt.date(2025, 2, 5), DocumentContext(origin="US"))
    assert (table.stated_total, [r.flights for r in table.rows]) == (84, [38, 29, 17])


TIED_KINDS_LIST = (
    "Vuelos de retorno de la semana:\n\n"
    "- Alexandria, Luisiana: 6\n- Harlingen, Texas: 4\n"
    "- Lunes 9 de octubre: 2 vuelos desde El Paso, Texas\n- Martes 10 de octubre: 3 vuelos desde Mesa, Arizona\n"
)


@pytest.mark.process
def test_a_list_with_as_many_rows_of_two_kinds_takes_the_kind_of_its_first_row_in_every_process() -> None:
    """String hashing differs between processes: a tie between kinds must not be settled by a set's order."""
    program = (
        "import datetime as dt, sys\n"
        "from transforms.context import DocumentContext\n"
        "from transforms.tables import find_flight_tables\n"
        "tables = find_flight_tables(sys.stdin.read(), 'es', dt.date(2023, 10, 12), DocumentContext(origin='US'))\n"
        "print(' '.join(t.breakdown for t in tables))\n"
    )
    breakdowns = {
        subprocess.run([sys.executable, "-c", program], input=TIED_KINDS_LIST, capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
        for seed in range(8)
    }
    assert breakdowns == {"airport"}


@pytest.mark.parametrize("unit", ["autobuses", "familias", "children", "detainees"])
def test_rows_counted_in_buses_families_or_children_are_not_flights(unit: str) -> None:
    body = (f"Ayer aterrizaron 3 vuelos de deportación en San Pedro Sula.\n\nVuelos recibidos por departamento:\n"
            f"- Cortés: 14 {unit}\n- Yoro: 6 {unit}\n- Olancho: 2 {unit}\n")
    assert find_flight_tables(body, "es", PUBLISHED, US_CONTEXT) == []


@pytest.mark.parametrize("heading", ["Removal flights last week (March 3-9, 2025)", "Vuelos de deportación, semana del 3 al 9 de marzo de 2025"])
def test_a_heading_that_ends_in_a_year_is_no_row_of_the_list_under_it(heading: str) -> None:
    body = f"{heading}\n\nGUATEMALA: 11\nHONDURAS: 8\nMEXICO: 4\nTOTAL: 23\n"
    [table] = find_flight_tables(body, "en", dt.date(2025, 3, 12), US_CONTEXT)
    assert [(r.label, r.flights) for r in table.rows] == [("GUATEMALA", 11), ("HONDURAS", 8), ("MEXICO", 4)]
    assert (table.stated_total, table.period.start, table.period.end) == (23, dt.date(2025, 3, 3), dt.date(2025, 3, 9))


@pytest.mark.parametrize("total", [
    "(total 40)", "(40 en total)", "(total: 40)", "(40 total)", "(total of 40)", "(total de 40)", "(40 in all)",
    "(40 no total)", "(40 ao todo)", "(ao todo, 40)",
])
def test_a_total_in_brackets_after_the_heading_is_the_lists_stated_total(total: str) -> None:
    body = f"Removal flights by destination, January 2025 {total}\n\n- Guatemala: 15\n- Honduras: 12\n- Mexico: 13\n"
    [table] = find_flight_tables(body, "en", dt.date(2025, 2, 3), US_CONTEXT)
    assert (table.stated_total, sum(r.flights for r in table.rows)) == (40, 40)


@pytest.mark.parametrize("bracket", ["(40)", "(40 countries)", "(up 4 on December)", "(total, 2025)"])
def test_a_bracket_after_the_heading_that_states_no_total_is_none(bracket: str) -> None:
    body = f"Removal flights by destination, January 2025 {bracket}\n\n- Guatemala: 15\n- Honduras: 12\n- Mexico: 13\n"
    [table] = find_flight_tables(body, "en", dt.date(2025, 2, 3), US_CONTEXT)
    assert (table.stated_total, len(table.rows)) == (None, 3)


# Reports turned from PDF into text lay a table out in columns: the flights column is the one its header names, a
# label may wrap onto the next line, and a page break repeats the header before the table goes on.
FIXED_WIDTH_TABLES = {
    "en": """Table 4. Return flights by destination, 2023

Destination            Operation type        Flights     People
                                                         returned
Georgia                National                   12        480
Nigeria                Joint (coordinated         7         310
                       by the agency)
Dominican              National                    3        122
Republic


                                 41
______________________________________________

ANNUAL REPORT 2023                     RETURNS MONITOR

Table 4 (continued)

Destination            Operation type        Flights     People
                                                         returned
Albania                Joint                      2         75
TOTAL                                             24        987
""",
    "es": """Tabla 7. Vuelos de retorno por país de destino. Año 2023

País de destino        Tipo de operativo     Vuelos      Personas
Georgia                Nacional                   12        480
Nigeria                Conjunto (coordinado        7        310
                       por la agencia)
República              Nacional                    3        122
Dominicana
Otros destinos (4)     Conjunto                    2         75
TOTAL                                             24        987
""",
    "pt": """Tabela 3. Voos de retorno por país de destino, 2023

País de destino        Tipo de operação      Voos        Pessoas
Geórgia                Nacional                   12        480
Nigéria                Conjunta                    7        310
República              Nacional                    3        122
Dominicana
Albânia                Conjunta                    2         75
TOTAL                                             24        987
""",
}


@pytest.mark.parametrize("language", sorted(FIXED_WIDTH_TABLES))
def test_a_table_laid_out_in_columns_counts_its_flights_column(language: str) -> None:
    tables = find_flight_tables(FIXED_WIDTH_TABLES[language], language, dt.date(2024, 3, 1))
    assert len(tables) == 1, "one table, across a page break and wrapped labels"
    rows = {(row.flights, tuple(row.countries)) for row in tables[0].rows}
    assert (12, ("GE",)) in rows and (7, ("NG",)) in rows and (3, ("DO",)) in rows, "the flights, never the people"
    assert not any(row.flights in (480, 310, 122, 75) for row in tables[0].rows)
    assert tables[0].stated_total == 24


def test_a_column_of_people_alone_is_no_table_of_flights() -> None:
    people_only = """Destination            Operation type        People
Georgia                National                   480
Nigeria                Joint                      310
"""
    assert not find_flight_tables(people_only, "en", dt.date(2024, 3, 1))


def test_a_header_after_a_paragraph_of_prose_starts_its_own_table() -> None:
    """The same header again after prose (not page furniture) is a second table, not the first one going on."""
    header = "Destination            Operation type        Flights     People\n"
    text = (f"{header}Georgia                National                   12        480\n"
            "Nigeria                Joint                       7        310\n\n"
            + "The agency ran fewer joint operations than in the year before, and it said so in its report.\n" * 7
            + f"\n{header}Albania                Joint                       2         75\n"
            "Kosovo                 Joint                       1         40\n")
    tables = find_flight_tables(text, "en", dt.date(2024, 3, 1))
    assert [sorted(row.flights for row in table.rows) for table in tables] == [[7, 12], [1, 2]]


@pytest.mark.parametrize(("text", "language", "rows"), [
    ("Removal flights by week\n[Chart. Weeks run Sunday to Saturday.] Aug 1–2 (partial week): 13 · Aug 3–9: 53 · Aug 10–16: 56\n",
     "en", [("Aug 1–2 (partial week)", 13, dt.date(2025, 8, 1), dt.date(2025, 8, 2)), ("Aug 3–9", 53, dt.date(2025, 8, 3), dt.date(2025, 8, 9)),
            ("Aug 10–16", 56, dt.date(2025, 8, 10), dt.date(2025, 8, 16))]),
    ("Vuelos de deportación por semana\n3–9 de agosto: 21 · 10–16 de agosto: 18 · 17–23 de agosto: 25\n",
     "es", [("3–9 de agosto", 21, dt.date(2025, 8, 3), dt.date(2025, 8, 9)), ("10–16 de agosto", 18, dt.date(2025, 8, 10), dt.date(2025, 8, 16)),
            ("17–23 de agosto", 25, dt.date(2025, 8, 17), dt.date(2025, 8, 23))]),
    ("Voos de deportação por semana\n3–9 de agosto: 4 · 10–16 de agosto: 2 · 17–23 de agosto: 3\n",
     "pt", [("3–9 de agosto", 4, dt.date(2025, 8, 3), dt.date(2025, 8, 9)), ("10–16 de agosto", 2, dt.date(2025, 8, 10), dt.date(2025, 8, 16)),
            ("17–23 de agosto", 3, dt.date(2025, 8, 17), dt.date(2025, 8, 23))]),
])
def test_a_line_of_items_set_apart_by_middle_dots_is_a_list(text: str, language: str, rows: list[tuple]) -> None:
    """Chart data written out on one line: each item is a row, a span of days its period."""
    tables = find_flight_tables(text, language, dt.date(2025, 9, 8))
    assert [(row.label, row.flights, row.period_start, row.period_end) for table in tables for row in table.rows] == rows


@pytest.mark.parametrize(("text", "language"), [
    ("ICE flew 41 removal flights this week.\n\nDeparture airports: Harlingen (12), Alexandria (10), San Antonio (8), Mesa (5).\n",
     "en"),
    ("Esta semana salieron 41 vuelos de deportación.\n\nAeropuertos de salida: Harlingen (12), Alexandria (10), San Antonio (8), "
     "Mesa (5)\n", "es"),
    ("Nesta semana partiram 41 voos de deportação.\n\nCidades de partida: Harlingen (12), Alexandria (10), San Antonio (8), "
     "Mesa (5).\n", "pt"),
])
def test_a_line_of_bracketed_counts_set_apart_by_commas_is_a_list(text: str, language: str) -> None:
    """Each "Harlingen (12)" of the line is a row; the words before the colon are the items' heading."""
    tables = find_flight_tables(text, language, dt.date(2025, 9, 8))
    assert [(row.label, row.flights) for table in tables for row in table.rows] == [
        ("Harlingen", 12), ("Alexandria", 10), ("San Antonio", 8), ("Mesa", 5)]


@pytest.mark.parametrize("line", [
    "Flights went to Guatemala (14), Honduras (11) and El Salvador (6), the agency said.",  # prose: its mentions
    "Guatemala (14), Honduras (11)",  # two items are no list
])
def test_a_line_with_bracketed_counts_that_is_no_list_of_them(line: str) -> None:
    tables = find_flight_tables(f"Removal flights\n\n{line}\n", "en", dt.date(2025, 9, 8))
    assert len([row for table in tables for row in table.rows]) <= 1


@pytest.mark.parametrize("line", [
    "By the data team · September 8, 2025 · 6 min read",  # a byline: its items are no counts of anything
    "Guatemala 5 · Honduras",  # two items are no list
])
def test_a_line_with_middle_dots_that_is_no_list(line: str) -> None:
    assert not find_flight_tables(f"Removal flights\n{line}\n", "en", dt.date(2025, 9, 8))


@pytest.mark.parametrize(("line", "language"), [
    ("| All ICE Air flights (including removals) | 1,694 |", "en"),
    ("- Todos los vuelos de la semana: 40", "es"),
    ("- Todos os voos do mês: 12", "pt"),
])
def test_a_line_of_all_the_flights_is_a_total_not_a_row(line: str, language: str) -> None:
    parsed = parse_line(line, 0)
    assert parsed is not None and parsed.excluded


@pytest.mark.parametrize(("text", "language"), [
    ("Removal flights received by month, third quarter of 2023\n\n- July: 13\n- August: 9\n- September: 12\n", "en"),
    ("Vuelos recibidos según mes, tercer trimestre de 2023\n\n| Mes | Vuelos |\n|---|---:|\n| Julio | 13 |\n| Agosto | 9 |\n"
     "| Septiembre | 12 |\n", "es"),
    ("Voos recebidos por mês, terceiro trimestre de 2023\n\n- Julho: 13\n- Agosto: 9\n- Setembro: 12\n", "pt"),
])
def test_a_list_by_month_gives_each_row_its_month(text: str, language: str) -> None:
    tables = find_flight_tables(text, language, dt.date(2023, 10, 13))
    assert [(table.breakdown, [(row.flights, row.period_start, row.period_end) for row in table.rows]) for table in tables] == [
        ("month", [(13, dt.date(2023, 7, 1), dt.date(2023, 7, 31)), (9, dt.date(2023, 8, 1), dt.date(2023, 8, 31)),
                   (12, dt.date(2023, 9, 1), dt.date(2023, 9, 30))])]


def test_a_list_of_dates_is_no_list_by_month() -> None:
    """'16 de enero' is a day: its 16 counts nothing."""
    text = "Fechas de los vuelos:\n\n- 16 de enero\n- 30 de enero\n- 13 de febrero\n"
    assert not [table for table in find_flight_tables(text, "es", dt.date(2025, 5, 9)) if table.breakdown == "month"]


@pytest.mark.parametrize(("text", "language"), [
    ("Returns by air, by point of entry\n\na) Flights from the United States\n   · Port-au-Prince airport ..... 27 flights\n"
     "   · Cap-Haïtien airport ..... 8 flights\n   Subtotal United States: 35 flights\n\nb) Flights from Mexico\n"
     "   · Port-au-Prince airport ..... 5 flights\n   · Cap-Haïtien airport ..... 1 flight\n   Subtotal Mexico: 6 flights\n", "en"),
    ("Retornos por vía aérea según punto de ingreso\n\na) Vuelos procedentes de Estados Unidos\n   · Aeropuerto de San Pedro Sula ..... 27 vuelos\n"
     "   · Aeropuerto de Tegucigalpa ..... 8 vuelos\n   Subtotal Estados Unidos: 35 vuelos\n\nb) Vuelos procedentes de México\n"
     "   · Aeropuerto de San Pedro Sula ..... 5 vuelos\n   · Aeropuerto de Tegucigalpa ..... 1 vuelo\n   Subtotal México: 6 vuelos\n", "es"),
    ("Retornos por via aérea segundo o ponto de entrada\n\na) Voos procedentes dos Estados Unidos\n   · Aeroporto de Belo Horizonte ..... 27 voos\n"
     "   · Aeroporto de Fortaleza ..... 8 voos\n   Subtotal Estados Unidos: 35 voos\n\nb) Voos procedentes do México\n"
     "   · Aeroporto de Belo Horizonte ..... 5 voos\n   · Aeroporto de Fortaleza ..... 1 voo\n   Subtotal México: 6 voos\n", "pt"),
])
def test_groups_headed_by_their_origin_are_parts_with_their_own_subtotals(text: str, language: str) -> None:
    """Each group counts the flights of its own origin: its rows are not a second view of the first group's total."""
    tables = find_flight_tables(text, language, dt.date(2024, 11, 6))
    assert [(t.origin_country, t.stated_total, sorted(r.flights for r in t.rows)) for t in tables] == [("US", 35, [8, 27]), ("MX", 6, [1, 5])]
    assert len({t.total_group for t in tables}) == 2


DEPARTURE_CITY_LISTS = {
    "en": ("Removal flights this week by departure city:\n\nAlexandria, LA ........ 9\nHarlingen, TX ......... 7\n"
           "Mesa, AZ .............. 3\n\nAll 19 flights went to Central America.\n"),
    "es": ("Vuelos de deportación de esta semana, por ciudad de salida:\n\nAlexandria, LA ........ 9\n"
           "Harlingen, TX ......... 7\nMesa, AZ .............. 3\n\nLos 19 vuelos fueron a Centroamérica.\n"),
    "pt": ("Voos de deportação desta semana, por cidade de partida:\n\nAlexandria, LA ........ 9\n"
           "Harlingen, TX ......... 7\nMesa, AZ .............. 3\n\nOs 19 voos foram para a América Central.\n"),
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_list_of_cities_in_the_sending_country_is_where_flights_left_from(language: str) -> None:
    [table] = find_flight_tables(DEPARTURE_CITY_LISTS[language], language, PUBLISHED, US_CONTEXT)
    assert [(r.flights, r.origin_country, r.destination_countries) for r in table.rows] == [
        (9, "US", []), (7, "US", []), (3, "US", [])], "no row sends US flights to the United States"
    assert table.stated_total == 19, "the sentence right after the lines restates their sum"


def test_a_sentence_after_a_list_with_another_count_is_not_its_total() -> None:
    body = DEPARTURE_CITY_LISTS["en"].replace("All 19 flights", "Another 4 flights")
    [table] = find_flight_tables(body, "en", PUBLISHED, US_CONTEXT)
    assert table.stated_total is None


def test_a_list_of_cities_abroad_is_where_flights_went() -> None:
    body = "Removal flights this week by arrival city:\n\nSan Pedro Sula ....... 9\nGuatemala City ....... 7\n"
    assert [(flights, destinations) for _, destinations, flights in _rows(body)] == [(9, ["HN"]), (7, ["GT"])]


MONTH_LISTS = {
    "en": "Flights from the United States to Honduras, month by month:\n\nOctober - 31\nNovember - 28\nDecember - 30\nJanuary - 12\n",
    "es": "Vuelos desde Estados Unidos a Honduras, mes por mes:\n\nOctubre - 31\nNoviembre - 28\nDiciembre - 30\nEnero - 12\n",
    "pt": "Voos dos Estados Unidos para Honduras, mês a mês:\n\nOutubro - 31\nNovembro - 28\nDezembro - 30\nJaneiro - 12\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_month_list_across_new_year_keeps_its_order_and_december_is_a_month(language: str) -> None:
    [table] = find_flight_tables(MONTH_LISTS[language], language, dt.date(2025, 1, 20), US_CONTEXT)
    assert [(r.flights, r.period_start, r.destination_countries) for r in table.rows] == [
        (31, dt.date(2024, 10, 1), ["HN"]), (28, dt.date(2024, 11, 1), ["HN"]), (30, dt.date(2024, 12, 1), ["HN"]),
        (12, dt.date(2025, 1, 1), ["HN"])]


def test_a_month_list_takes_the_year_its_headline_states() -> None:
    body = "Vuelos de deportados por mes en 2023\n\nHonduras recibió estos vuelos, mes por mes:\n\nEnero - 22\nFebrero - 19\n"
    [table] = find_flight_tables(body, "es", dt.date(2025, 1, 5), US_CONTEXT)
    assert [r.period_start for r in table.rows] == [dt.date(2023, 1, 1), dt.date(2023, 2, 1)]


RECEIVER_AMONG_ROWS = {
    "en": "Guatemala again received the most flights in May, followed by Honduras.\n\nGuatemala – 58\nHonduras – 41\nEl Salvador – 19\n",
    "es": "Guatemala recibió de nuevo la mayor cantidad de vuelos en mayo, seguida de Honduras.\n\nGuatemala – 58\nHonduras – 41\nEl Salvador – 19\n",
    "pt": "A Guatemala recebeu de novo o maior número de voos em maio, seguida de Honduras.\n\nGuatemala – 58\nHonduras – 41\nEl Salvador – 19\n",
}
RECEIVER_ABOVE_ROWS = {
    "en": "Honduras received flights from the following countries in May:\n\nUnited States – 30\nMexico – 5\n",
    "es": "Honduras recibió vuelos de los siguientes países en mayo:\n\nEstados Unidos – 30\nMéxico – 5\n",
    "pt": "Honduras recebeu voos dos seguintes países em maio:\n\nEstados Unidos – 30\nMéxico – 5\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_receiver_that_is_one_of_the_rows_makes_them_destinations(language: str) -> None:
    [table] = find_flight_tables(RECEIVER_AMONG_ROWS[language], language, PUBLISHED, US_CONTEXT)
    assert [(r.origin_country, r.destination_countries) for r in table.rows] == [("US", ["GT"]), ("US", ["HN"]), ("US", ["SV"])]


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_receiver_above_the_rows_makes_them_origins(language: str) -> None:
    [table] = find_flight_tables(RECEIVER_ABOVE_ROWS[language], language, PUBLISHED, DocumentContext())
    assert [(r.origin_country, r.destination_countries) for r in table.rows] == [("US", ["HN"]), ("MX", ["HN"])]


@pytest.mark.parametrize(("heading", "language"), [
    ("Table 4. Return flights by destination, 2023", "en"),
    ("Cuadro 4. Vuelos de retorno por destino (2023)", "es"),
    ("Tabela 4. Voos de retorno por destino – 2023", "pt"),
])
def test_a_heading_that_ends_with_a_year_is_the_list_s_period(heading: str, language: str) -> None:
    body = f"{heading}\n\nColombia ........ 22\nPerú ........ 14\n"
    [table] = find_flight_tables(body, language, dt.date(2025, 2, 15), DocumentContext())
    assert {(r.period_start, r.period_end) for r in table.rows} == {(dt.date(2023, 1, 1), dt.date(2023, 12, 31))}



PAGE_SPLIT_TABLE = """Return flights by destination (2024)

Destination                Flights    Persons
Colombia                       22       1,204
Peru                           14         802

                                   - 34 -

Annual report 2024
(continued)

Destination                Flights    Persons
Ecuador                         9         511
Dominican
Republic                        6         344
TOTAL                          51       2,861
"""


@pytest.mark.parametrize(("page_number", "running_header", "continued", "language"), [
    ("- 34 -", "Annual report 2024", "(continued)", "en"),
    ("Página 34 de 80", "Informe anual 2024", "(continuación)", "es"),
    ("Page 34 of 80", "Relatório anual 2024", "(continuação)", "pt"),
])
def test_a_fixed_width_table_split_by_a_page_break_is_one_list(page_number: str, running_header: str, continued: str,
                                                               language: str) -> None:
    body = (PAGE_SPLIT_TABLE.replace("- 34 -", page_number).replace("Annual report 2024", running_header)
            .replace("(continued)", continued))
    [table] = find_flight_tables(body, language, dt.date(2025, 2, 15), DocumentContext())
    assert [(r.flights, r.destination_countries) for r in table.rows] == [
        (22, ["CO"]), (14, ["PE"]), (9, ["EC"]), (6, ["DO"])], "the wrapped label 'Dominican / Republic' is one name"
    assert table.stated_total == 51 and sum(r.flights for r in table.rows) == 51
    assert {r.period_start for r in table.rows} == {dt.date(2024, 1, 1)}


def test_a_dated_line_above_a_list_is_no_heading_year() -> None:
    body = "Removal flights this week\n\nPublished March 16, 2025\n\n- 6 flights to Guatemala\n- 5 flights to Honduras\n"
    [table] = find_flight_tables(body, "en", dt.date(2025, 3, 16), US_CONTEXT)
    assert {r.period_start for r in table.rows} != {dt.date(2025, 1, 1)}, "'March 16, 2025' is a date, not the year 2025"


NUMERIC_DAY_LISTS = {
    "en": ("Removal flights by day:\n\nMon 3/17 – 5 (Guatemala 2, Honduras 2, Mexico 1)\nTue 3/18 – 4 (Guatemala 4)\n"
           "Wed 3/19 – 6\n\nWeek total: 15 removal flights.\n"),
    "es": ("Vuelos de deportación por día:\n\nLunes 17/3 – 5 (Guatemala 2, Honduras 2, México 1)\n"
           "Martes 18/3 – 4 (Guatemala 4)\nMiércoles 19/3 – 6\n\nTotal semanal: 15 vuelos.\n"),
    "pt": ("Voos de deportação por dia:\n\nSegunda-feira 17/3 – 5 (Guatemala 2, Honduras 2, México 1)\n"
           "Terça-feira 18/3 – 4 (Guatemala 4)\nQuarta-feira 19/3 – 6\n\nTotal semanal: 15 voos.\n"),
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_days_written_as_a_weekday_and_a_numeric_date_are_a_schedule(language: str) -> None:
    [table] = find_flight_tables(NUMERIC_DAY_LISTS[language], language, dt.date(2025, 3, 22), US_CONTEXT)
    assert [(r.day, r.flights, r.origin_country, r.destination_countries) for r in table.rows] == [
        (dt.date(2025, 3, 17), 5, "US", []), (dt.date(2025, 3, 18), 4, "US", ["GT"]), (dt.date(2025, 3, 19), 6, "US", [])
    ], "a breakdown over several countries names none; over one, that one"
    assert table.stated_total == 15, "'Week total' / 'Total semanal' is a total line"


@pytest.mark.parametrize(("summary", "heading", "language"), [
    ("- 112 removal flights in April", "## By country", "en"),
    ("- 112 vuelos de deportación en abril", "## Por país", "es"),
    ("- 112 voos de deportação em abril", "## Por país", "pt"),
])
def test_a_summary_bullet_that_the_rows_add_up_to_is_their_total(summary: str, heading: str, language: str) -> None:
    body = f"**Key figures**\n{summary}\n\n{heading}\n- Guatemala: 41\n- Honduras: 33\n- El Salvador: 20\n- Mexico: 18\n"
    [table] = find_flight_tables(body, language, dt.date(2025, 5, 3), US_CONTEXT)
    assert table.stated_total == 112 and len(table.rows) == 4


def test_a_summary_bullet_of_another_count_is_no_total() -> None:
    body = "**Key figures**\n- 130 removal flights in April\n\n## By country\n- Guatemala: 41\n- Honduras: 33\n"
    [table] = find_flight_tables(body, "en", dt.date(2025, 5, 3), US_CONTEXT)
    assert table.stated_total is None


UNBORDERED_PIPES = {
    "es": ("Vuelos con retornados, semana 12\n\nPaís de origen | Vuelos | Personas\n"
           "Estados Unidos | 9 | 1.012\nMéxico | 4 | 480\nTotal | 13 | 1.492\n"),
    "en": ("Return flights this week\n\nCountry of origin | Flights | People\n"
           "United States | 9 | 1,012\nMexico | 4 | 480\nTotal | 13 | 1,492\n"),
    "pt": ("Voos com repatriados, semana 12\n\nPaís de origem | Voos | Pessoas\n"
           "Estados Unidos | 9 | 1.012\nMéxico | 4 | 480\nTotal | 13 | 1.492\n"),
}


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_a_pipe_table_without_borders_counts_the_column_its_header_names_flights(language: str) -> None:
    [table] = find_flight_tables(UNBORDERED_PIPES[language], language, PUBLISHED, DocumentContext())
    assert [(r.flights, r.origin_country) for r in table.rows] == [(9, "US"), (4, "MX")]
    assert table.stated_total == 13


MATRIX_ROWS = "|---|---|---|---|---|\n| Guatemala | 30 | 28 | 38 | 96 |\n| Honduras | 25 | 27 | 31 | 83 |\n| **Total** | 55 | 55 | 69 | 179 |\n"
MONTH_MATRIX = {
    "en": "| Country | January | February | March | Total |\n" + MATRIX_ROWS,
    "es": "| País | Enero | Febrero | Marzo | Total |\n" + MATRIX_ROWS,
    "pt": "| País | Janeiro | Fevereiro | Março | Total |\n" + MATRIX_ROWS,
}
MATRIX_INTRO = {
    "en": "Deportation flights by destination and month, first quarter of 2024:\n\n",
    "es": "Vuelos de deportación por destino y mes, primer trimestre de 2024:\n\n",
    "pt": "Voos de deportação por destino e mês, primeiro trimestre de 2024:\n\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_table_of_flights_by_month_counts_each_row_in_its_total_column(language: str) -> None:
    [table] = find_flight_tables(MATRIX_INTRO[language] + MONTH_MATRIX[language], language, dt.date(2024, 4, 5), US_CONTEXT)
    assert [(r.destination_countries, r.flights) for r in table.rows] == [(["GT"], 96), (["HN"], 83)]
    assert table.stated_total == 179
    assert (table.period.start, table.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))


DATELINE_ABOVE_ROWS = {
    "en": "Top destinations of removal flights in April 2025\nMay 3, 2025\n\n1. Guatemala — 35 flights\n2. Honduras — 29 flights\n",
    "es": "Destinos de los vuelos de deportación en abril de 2025\n3 de mayo de 2025\n\n- 35 vuelos a Guatemala\n- 29 vuelos a Honduras\n",
    "pt": "Destinos dos voos de deportação em abril de 2025\n3 de maio de 2025\n\n- Guatemala: 35 voos\n- Honduras: 29 voos\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_the_date_under_a_headline_is_no_day_of_the_rows_below_it(language: str) -> None:
    [table] = find_flight_tables(DATELINE_ABOVE_ROWS[language], language, dt.date(2025, 5, 3), US_CONTEXT)
    assert [(r.origin_country, r.destination_countries, r.flights, r.period_start) for r in table.rows] == [
        ("US", ["GT"], 35, dt.date(2025, 4, 1)), ("US", ["HN"], 29, dt.date(2025, 4, 1))]


def test_a_day_heading_right_above_its_rows_stays_their_day() -> None:
    body = "Vuelos programados esta semana:\n\nMartes 6 de mayo\n- Guatemala: 2 vuelos\n- Honduras: 1 vuelo\n"
    [table] = find_flight_tables(body, "es", dt.date(2025, 5, 5), US_CONTEXT)
    assert {r.period_start for r in table.rows} == {dt.date(2025, 5, 6)}


@pytest.mark.parametrize(("heading", "language"), [
    ("DEPORTATION FLIGHTS TO BRAZIL IN 2025", "en"),
    ("VUELOS DE DEPORTACIÓN A BRASIL EN 2025", "es"),
    ("VOOS DE DEPORTAÇÃO PARA O BRASIL EM 2025", "pt"),
])
def test_a_year_after_a_preposition_in_a_heading_is_no_count(heading: str, language: str) -> None:
    body = f"{heading}\n\nJanuary: 2\nFebruary: 3\nMarch: 1\n"
    assert [r.flights for t in find_flight_tables(body, language, dt.date(2025, 4, 2), US_CONTEXT) for r in t.rows] == [2, 3, 1]


SEMICOLON_ITEMS = {
    "en": "Deportation flights by country, week of June 2-8:\n\nGuatemala, 14; Honduras, 11; El Salvador, 5.\n\nAll told, 30 removal flights.\n",
    "es": "Vuelos de deportación por país, semana del 2 al 8 de junio:\n\nGuatemala, 14; Honduras, 11; El Salvador, 5.\n\nEn total, 30 vuelos.\n",
    "pt": "Voos de deportação por país, semana de 2 a 8 de junho:\n\nGuatemala, 14; Honduras, 11; El Salvador, 5.\n\nAo todo, 30 voos.\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_items_set_apart_by_semicolons_are_rows_and_the_sentence_after_states_their_total(language: str) -> None:
    [table] = find_flight_tables(SEMICOLON_ITEMS[language], language, dt.date(2025, 6, 10), US_CONTEXT)
    assert [(r.destination_countries, r.flights) for r in table.rows] == [(["GT"], 14), (["HN"], 11), (["SV"], 5)]
    assert table.stated_total == 30


def test_clauses_set_apart_by_semicolons_are_no_rows() -> None:
    body = "Removal flights:\n\nGuatemala received 14 flights in the first week of June; Honduras got 11 after a pause of nine days; El Salvador, 5.\n"
    assert all(len(t.rows) < 3 for t in find_flight_tables(body, "en", dt.date(2025, 6, 10), US_CONTEXT))


@pytest.mark.parametrize(("body", "language"), [
    ("Top destinations of removal flights in August 2025\nSeptember 3, 2025\n\n1. Guatemala 52 (24%)\n2. Honduras 45 (21%)\n", "en"),
    ("Principales destinos de los vuelos de deportación en agosto de 2025\n\n1. Guatemala 52 (24 %)\n2. Honduras 45 (21 %)\n", "es"),
    ("Principais destinos dos voos de deportação em agosto de 2025\n\n1. Guatemala 52 (24%)\n2. Honduras 45 (21%)\n", "pt"),
])
def test_a_share_in_brackets_after_a_count_leaves_it_a_row(body: str, language: str) -> None:
    assert _rows(body, language, dt.date(2025, 9, 3)) == [("Guatemala", ["GT"], 52), ("Honduras", ["HN"], 45)]


@pytest.mark.parametrize(("header", "language"), [
    ("Country         Flights   Deportees   Average per flight", "en"),
    ("País            Vuelos   Deportados   Promedio por vuelo", "es"),
    ("País            Voos     Deportados   Média por voo", "pt"),
])
def test_a_column_of_people_per_flight_is_not_the_column_of_flights(header: str, language: str) -> None:
    body = (f"Deportation flights, July 2025:\n\n{header}\n"
            "Guatemala           48        5,620                  117\nHonduras            41        4,510                  110\n")
    assert [(r.flights, r.destination_countries) for r in find_flight_tables(body, language, dt.date(2025, 8, 1), US_CONTEXT)[0].rows] == [
        (48, ["GT"]), (41, ["HN"])]


@pytest.mark.parametrize(("body", "language", "landed"), [
    ("Flights received by country of origin:\n\nUnited States: 27\nMexico: 6\n\nAll flights landed at Toncontín airport in Tegucigalpa, Honduras.\n",
     "en", "HN"),
    ("Vuelos recibidos por país de origen:\n\nEstados Unidos: 27\nMéxico: 6\n\nTodos los vuelos aterrizaron en el Aeropuerto Internacional de El Salvador.\n",
     "es", "SV"),
    ("Voos recebidos por país de origem:\n\nEstados Unidos: 27\nMéxico: 6\n\nTodos os voos pousaram em Fortaleza, no Brasil.\n", "pt", "BR"),
])
def test_the_sentence_after_a_list_of_origins_says_where_they_landed(body: str, language: str, landed: str) -> None:
    [table] = find_flight_tables(body, language, dt.date(2025, 7, 5), DocumentContext())
    assert [(r.origin_country, r.destination_countries) for r in table.rows] == [("US", [landed]), ("MX", [landed])]


@pytest.mark.parametrize(("intro", "language"), [
    ("Deportation flights in the first half of each year:", "en"),
    ("Vuelos recibidos en el primer semestre de cada año:", "es"),
    ("Voos recebidos no primeiro semestre de cada ano:", "pt"),
])
def test_a_table_of_the_same_flights_a_year_apart_counts_the_latest_year(intro: str, language: str) -> None:
    body = f"{intro}\n\n| País | 2024 | 2025 |\n|---|---|---|\n| Guatemala | 280 | 312 |\n| Honduras | 231 | 260 |\n"
    [table] = find_flight_tables(body, language, dt.date(2025, 7, 10), US_CONTEXT)
    assert [(r.destination_countries, r.flights) for r in table.rows] == [(["GT"], 312), (["HN"], 260)]


@pytest.mark.parametrize(("header", "language"), [
    ("| Month | Removal flights | Of which to Mexico |", "en"),
    ("| Mes | Vuelos de deportación | De ellos, a México |", "es"),
    ("| Mês | Voos de deportação | Dos quais para o México |", "pt"),
])
def test_months_with_their_year_are_rows_and_column_names_route_no_flight(header: str, language: str) -> None:
    body = f"Removal flights by month:\n\n{header}\n|---|---|---|\n| January 2025 | 180 | 30 |\n| February 2025 | 175 | 28 |\n"
    [table] = find_flight_tables(body, language, dt.date(2025, 7, 2), US_CONTEXT)
    assert [(r.destination_countries, r.flights, r.period_start) for r in table.rows] == [
        ([], 180, dt.date(2025, 1, 1)), ([], 175, dt.date(2025, 2, 1))]


@pytest.mark.parametrize(("line", "language"), [
    ("Airport of La Aurora: 41 flights", "en"),
    ("Aeropuerto Internacional La Aurora: 41 vuelos", "es"),
    ("Aeroporto Internacional Pinto Martins: 41 voos", "pt"),
])
def test_a_label_that_says_airport_is_an_airport_row_though_no_gazetteer_knows_it(line: str, language: str) -> None:
    body = f"Arrivals of return flights, June 2025:\n\n{line}\nAeropuerto de Quetzaltenango: 1 vuelo\n"
    assert [r.flights for t in find_flight_tables(body, language, dt.date(2025, 7, 2), US_CONTEXT) for r in t.rows] == [41, 1]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("REMOVAL FLIGHTS BY DESTINATION\nReport period: April 1-30, 2025\nPublished May 6, 2025\n\n"
         "Guatemala .......... 41\nHonduras ........... 33\nEcuador ............ 9\n", "en"),
        ("VUELOS DE DEPORTACIÓN POR PAÍS\nPeriodo: abril de 2025\nFuente: IGM\n\n"
         "Guatemala .......... 41\nHonduras ........... 33\nEcuador ............ 9\n", "es"),
        ("VOOS DE DEPORTAÇÃO POR PAÍS\nPeríodo: abril de 2025\nFonte: PF\n\n"
         "Guatemala .......... 41\nHonduras ........... 33\nEquador ............ 9\n", "pt"),
    ],
)
def test_a_heading_over_lines_of_notes_names_the_flights_of_the_list_below(body: str, language: str) -> None:
    [table] = find_flight_tables(body, language, PUBLISHED, US_CONTEXT)
    assert [(r.destination_countries, r.flights) for r in table.rows] == [(["GT"], 41), (["HN"], 33), (["EC"], 9)]


def test_a_paragraph_of_prose_over_a_list_is_no_heading_of_flights() -> None:
    body = "Tourism in spring\nHotels were full.\nVisitors came from far.\n\nGuatemala .......... 41\nHonduras ........... 33\n"
    assert find_flight_tables(body, "en", PUBLISHED, US_CONTEXT) == []


@pytest.mark.parametrize(("intro", "language"), [
    ("Removal flights this week: **38**, down from 41 the week before.", "en"),
    ("Removal flights this week: 38, up from 31 the week before.", "en"),
    ("Vuelos de deportación esta semana: 38, frente a 41 la semana anterior.", "es"),
    ("Voos de deportação nesta semana: 38, contra 41 na semana anterior.", "pt"),
])
def test_a_heading_total_with_last_weeks_figure_beside_it_is_this_weeks_total(intro: str, language: str) -> None:
    body = f"{intro}\n\n| Country | Flights |\n|---|---|\n| Guatemala | 30 |\n| Honduras | 8 |\n"
    [table] = find_flight_tables(body, language, PUBLISHED, US_CONTEXT)
    assert table.stated_total == 38 and [r.flights for r in table.rows] == [30, 8]


@pytest.mark.parametrize(("intro", "language"), [
    ("Removal flights the week before: 41", "en"),  # last week's figure alone is no total of these rows
    ("Vuelos de deportación la semana anterior: 41", "es"),
])
def test_a_heading_with_only_last_weeks_figure_states_no_total(intro: str, language: str) -> None:
    body = f"{intro}\n\n| Country | Flights |\n|---|---|\n| Guatemala | 30 |\n| Honduras | 8 |\n"
    assert all(t.stated_total != 41 for t in find_flight_tables(body, language, PUBLISHED, US_CONTEXT))


@pytest.mark.parametrize(("heading", "language"), [
    ("Deportation flights by month, 2024", "en"),
    ("Vuelos de deportación por mes, 2024", "es"),
    ("Voos de deportação por mês, 2024", "pt"),
])
def test_a_headings_year_after_a_comma_is_no_total(heading: str, language: str) -> None:
    body = f"{heading}\n\nJanuary ........ 22\nFebruary ....... 19\nMarch .......... 25\n"
    [table] = find_flight_tables(body, language, dt.date(2025, 1, 15), US_CONTEXT)
    assert table.stated_total is None and [r.flights for r in table.rows] == [22, 19, 25]


@pytest.mark.parametrize(("intro", "language"), [
    ("Se recibieron los siguientes vuelos en la semana:", "es"),
    ("The following flights were received this week:", "en"),
    ("Foram recebidos os seguintes voos na semana:", "pt"),
])
def test_a_list_received_at_home_that_names_home_lists_destinations(intro: str, language: str) -> None:
    context = DocumentContext(origin="US", home="GT")
    body = f"{intro}\n\nGuatemala: 12 vuelos\nHonduras: 9 vuelos\nEl Salvador: 4 vuelos\n"
    [table] = find_flight_tables(body, language, PUBLISHED, context)
    assert [(r.origin_country, r.countries) for r in table.rows] == [("US", ["GT"]), ("US", ["HN"]), ("US", ["SV"])]


@pytest.mark.parametrize(("body", "language"), [
    ("Vuelos de retorno, semana del 6 al 12 de octubre de 2025\n\n"
     "Lunes 6: 2 vuelos (Alexandria y El Paso)\nMartes 7: 1 vuelo (Harlingen)\nJueves 9: 3 vuelos (Mesa)\n", "es"),
    ("Voos de retorno, semana de 6 a 12 de outubro de 2025\n\n"
     "Segunda-feira 6: 2 voos (Alexandria e El Paso)\nTerça-feira 7: 1 voo (Harlingen)\nQuinta-feira 9: 3 voos (Mesa)\n",
     "pt"),
    ("Return flights, week of October 6-12, 2025\n\n"
     "Monday 6: 2 flights (Alexandria and El Paso)\nTuesday 7: 1 flight (Harlingen)\nThursday 9: 3 flights (Mesa)\n",
     "en"),
])
def test_a_schedule_with_no_publication_date_reads_its_days_in_its_own_week_and_us_towns_as_origins(
    body: str, language: str
) -> None:
    context = DocumentContext(destination="HN")
    rows = [row for table in find_flight_tables(body, language, None, context) for row in table.rows]
    assert [(r.flights, r.origin_country, r.period_start) for r in rows] == [
        (2, "US", dt.date(2025, 10, 6)), (1, "US", dt.date(2025, 10, 7)), (3, "US", dt.date(2025, 10, 9))]
    assert all("US" not in r.destination_countries for r in rows)


@pytest.mark.parametrize(("label", "day"), [
    ("Mar. 14", dt.date(2025, 3, 14)),  # March: the 14th nearest is no Tuesday
    ("Mar 3", dt.date(2025, 6, 3)),  # a Tuesday: "martes 3"
    ("Martes 3", dt.date(2025, 6, 3)),
])
def test_a_name_of_both_a_weekday_and_a_month_is_the_weekday_only_when_the_day_falls_on_it(
    label: str, day: dt.date
) -> None:
    from transforms.dates import day_label_date

    assert day_label_date(label, dt.date(2025, 6, 2)) == day


@pytest.mark.parametrize(("head", "table", "language"), [
    ("INFORME ESTADÍSTICO MENSUAL – FEBRERO 2025", "Cuadro 3. Vuelos de retorno por país", "es"),
    ("MONTHLY STATISTICAL REPORT – FEBRUARY 2025", "Table 3. Return flights by country", "en"),
    ("RELATÓRIO ESTATÍSTICO MENSAL – FEVEREIRO DE 2025", "Tabela 3. Voos de retorno por país", "pt"),
])
def test_a_report_title_in_the_first_line_dates_its_lists(head: str, table: str, language: str) -> None:
    body = (f"{head}\nOffice of Returns\n\nPage 3 of 8\n\n{table}\n"
            "Guatemala     11\nHonduras      3\nEl Salvador   2\nTotal        16\n")
    rows = [row for table in find_flight_tables(body, language, None) for row in table.rows]
    assert {(r.period_start, r.period_end) for r in rows} == {(dt.date(2025, 2, 1), dt.date(2025, 2, 28))}


def test_a_dated_first_line_does_not_date_a_list() -> None:
    body = "Published March 4, 2025\n\nRemoval flights by country:\nGuatemala: 11\nHonduras: 3\nEl Salvador: 2\n"
    rows = [row for table in find_flight_tables(body, "en", None) for row in table.rows]
    assert rows and all(r.period_start != dt.date(2025, 3, 4) for r in rows)


@pytest.mark.parametrize(("body", "language"), [
    ("Weekly deportation flights, March 30 - April 5, 2025\n\nGuatemala ........ 12 (last week: 10)\n"
     "Honduras ........ 9 (last week: 11)\nMexico ........ 6\nColombia ........ 0 no flights this week\n", "en"),
    ("Vuelos de deportación, semana del 30 de marzo al 5 de abril de 2025\n\nGuatemala ........ 12 (semana anterior: 10)\n"
     "Honduras ........ 9 (semana pasada: 11)\nMéxico ........ 6\nColombia ........ 0 sin vuelos esta semana\n", "es"),
    ("Voos de deportação, semana de 30 de março a 5 de abril de 2025\n\nGuatemala ........ 12 (semana passada: 10)\n"
     "Honduras ........ 9 (semana anterior: 11)\nMéxico ........ 6\nColômbia ........ 0 sem voos nesta semana\n", "pt"),
])
def test_rows_beside_last_weeks_count_and_a_row_of_no_flights_with_a_note(body: str, language: str) -> None:
    rows = [row for table in find_flight_tables(body, language, None) for row in table.rows]
    assert [(r.destination_countries, r.flights) for r in rows] == [(["GT"], 12), (["HN"], 9), (["MX"], 6), (["CO"], 0)]


def test_a_line_about_last_week_is_still_no_row() -> None:
    body = "Removal flights this week\n\nGuatemala: 12\nHonduras: 9\nLast week: 21\n"
    assert [r.flights for table in find_flight_tables(body, "en", None) for r in table.rows] == [12, 9]


@pytest.mark.parametrize(("body", "language", "total"), [
    ("Removal flights by departure city, April 2025\n\nAlexandria, La. | 41\nHarlingen, Texas | 37\nTotal | 78\n", "en", 78),
    ("Vuelos por ciudad de salida, abril de 2025\n\nAlexandria | 41\nHarlingen | 37\nTotal | 78\n", "es", 78),
    ("Voos por cidade de partida, abril de 2025\n\nAlexandria | 41\nHarlingen | 37\nTotal | 78\n", "pt", 78),
])
def test_a_list_with_pipes_and_no_border_keeps_its_labels_and_total(body: str, language: str, total: int) -> None:
    [table] = find_flight_tables(body, language, None)
    assert table.stated_total == total and all("|" not in r.label for r in table.rows)


@pytest.mark.parametrize(("text", "language", "period"), [
    ("Voos no 1º trimestre de 2025", "pt", (dt.date(2025, 1, 1), dt.date(2025, 3, 31))),
    ("Vuelos en el 2º semestre de 2024", "es", (dt.date(2024, 7, 1), dt.date(2024, 12, 31))),
    ("Flights in the 3rd quarter of 2024", "en", (dt.date(2024, 7, 1), dt.date(2024, 9, 30))),
])
def test_a_part_of_the_year_numbered_with_digits(text: str, language: str, period: tuple) -> None:
    from transforms.dates import find_span_period

    found = find_span_period(text, language, dt.date(2025, 5, 6))
    assert found is not None and (found.start, found.end) == period


MONTH_COLUMNS_TABLES = {
    "en": "Removal flights by country of destination and month:\n\n| Country | December | January | February |\n"
    "|---|---|---|---|\n| Guatemala | 20 | 22 | 25 |\n| Honduras | 18 | 19 | 21 |\n| Total | 38 | 41 | 46 |\n",
    "es": "Vuelos de deportación recibidos por país y mes:\n\n| País | Diciembre | Enero | Febrero |\n"
    "|---|---|---|---|\n| Guatemala | 20 | 22 | 25 |\n| Honduras | 18 | 19 | 21 |\n| Total | 38 | 41 | 46 |\n",
    "pt": "Voos de deportação por país e mês:\n\nPaís | dez. | jan. | fev.\nGuatemala | 20 | 22 | 25\n"
    "Honduras | 18 | 19 | 21\nTotal | 38 | 41 | 46\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_table_by_month_without_a_total_column_is_a_list_a_month(language: str) -> None:
    """Every cell counts its row's flights in its column's month; the total row is each month's total."""
    tables = find_flight_tables(MONTH_COLUMNS_TABLES[language], language, dt.date(2025, 3, 3), US_CONTEXT)
    assert [
        (table.stated_total, [(r.destination_countries, r.flights, r.period_start) for r in table.rows])
        for table in tables
    ] == [
        (38, [(["GT"], 20, dt.date(2024, 12, 1)), (["HN"], 18, dt.date(2024, 12, 1))]),
        (41, [(["GT"], 22, dt.date(2025, 1, 1)), (["HN"], 19, dt.date(2025, 1, 1))]),
        (46, [(["GT"], 25, dt.date(2025, 2, 1)), (["HN"], 21, dt.date(2025, 2, 1))]),
    ]


@pytest.mark.parametrize("header", [
    "| Country | December | January | Total |",  # the total column counts the rows' flights
    "| Country | Flights | January |",
    "| Country | 2024 | 2025 |",
    "| Month | Flights | People |",
])
def test_a_header_that_is_not_only_months_after_a_label_names_no_month_columns(header: str) -> None:
    assert month_columns(header) == []


def test_a_table_by_month_of_people_counts_no_flights() -> None:
    body = ("Deportees received by country and month:\n\n| Country | December | January | February |\n|---|---|---|---|\n"
            "| Guatemala | 2,010 | 2,230 | 2,512 |\n| Honduras | 1,815 | 1,902 | 2,104 |\n")
    assert find_flight_tables(body, "en", dt.date(2025, 3, 3), US_CONTEXT) == []
