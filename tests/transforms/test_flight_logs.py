"""Logs of individual flights: one line per flight, each starting with its date, in a bullet list or a table."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.context import DocumentContext
from transforms.flight_logs import find_flight_logs

PUBLISHED = dt.date(2025, 5, 20)
US = DocumentContext(origin="US")


def _rows(body: str, language: str, context: DocumentContext = US) -> list[tuple]:
    return [(row.day, row.flights, row.origin_country, tuple(row.destination_countries))
            for log in find_flight_logs(body, language, PUBLISHED, context, []) for row in log.rows]


SPANISH_DATES = """Entre enero y mayo aterrizaron en Managua 5 vuelos con deportados desde Estados Unidos.

Estas son las fechas de los vuelos:

- 16 de enero
- 13 de febrero (dos vuelos, con horas de diferencia)
- 27 de marzo
- 8 de mayo
"""

ENGLISH_TABLE = """The log below counts only flights that landed with deportees aboard.

| Date | Aircraft | Departed from | Destination | Reported aboard |
|---|---|---|---|---|
| Jan. 24 | C-17 | El Paso, Texas | Guatemala City, Guatemala | 75 |
| Jan. 31 | C-17 | El Paso, Texas | Quito, Ecuador | 83 |
| Feb. 7 | C-17 | El Paso, Texas | Guatemala City, then Quito | 88 |
"""

PORTUGUESE_TABLE = """Desde janeiro, três voos com brasileiros deportados pousaram no Brasil.

## Os voos de 2025

| Data | Aeroporto de chegada | Deportados |
|---|---|---|
| 10/01 | Confins (MG) | 101 |
| 07/02 | Fortaleza (CE) | 109 |
| 21/02 | Fortaleza (CE) | 94 |
"""


def test_a_list_of_dates_under_a_sentence_about_flights_is_one_flight_a_line() -> None:
    rows = _rows(SPANISH_DATES, "es")
    assert [(day, flights) for day, flights, _, _ in rows] == [
        (dt.date(2025, 1, 16), 1), (dt.date(2025, 2, 13), 2), (dt.date(2025, 3, 27), 1), (dt.date(2025, 5, 8), 1)]
    assert {destinations for *_, destinations in rows} == {("NI",)}, "the lines go where the flights counted above went"
    [log] = find_flight_logs(SPANISH_DATES, "es", PUBLISHED, US, [])
    assert log.stated_total == 5, "the count above that equals the lines' sum is the log's total"


def test_a_table_of_flights_takes_each_row_s_destination_column() -> None:
    rows = _rows(ENGLISH_TABLE, "en")
    assert [(day, destinations) for day, _, _, destinations in rows] == [
        (dt.date(2025, 1, 24), ("GT",)), (dt.date(2025, 1, 31), ("EC",)), (dt.date(2025, 2, 7), ("GT", "EC"))]


def test_a_portuguese_table_of_flights_by_date_day_first() -> None:
    rows = _rows(PORTUGUESE_TABLE, "pt")
    assert [(day, flights, destinations) for day, flights, _, destinations in rows] == [
        (dt.date(2025, 1, 10), 1, ("BR",)), (dt.date(2025, 2, 7), 1, ("BR",)), (dt.date(2025, 2, 21), 1, ("BR",))]


def test_dates_that_count_people_or_name_no_flight_are_no_log() -> None:
    people = "Deportados recibidos por fecha:\n\n- 16 de enero: 120 personas\n- 30 de enero: 98 personas\n"
    agenda = "Our reporting schedule:\n\n- 16 January\n- 30 January\n"
    table = "Returnees by date.\n\n| Fecha | Personas |\n|---|---|\n| 16/01 | 120 |\n| 30/01 | 98 |\n"
    assert _rows(people, "es") == [] and _rows(agenda, "en") == [] and _rows(table, "es") == []


PLAIN_PORTUGUESE = """Lista dos voos com brasileiros deportados dos Estados Unidos:

12/01/2025 – 90 passageiros
26/01/2025 – 102 passageiros
09/02/2025 – 87 passageiros

Foram três voos no total desde janeiro.
"""

PLAIN_ENGLISH = """Flights that landed in Guatemala City this month, by date:

March 3 - 131 aboard
March 10 - 128 aboard
"""

PLAIN_SPANISH = """Fechas de los vuelos con hondureños retornados desde Estados Unidos:

4 de marzo: 121 personas
11 de marzo: 109 personas
"""


def test_plain_lines_starting_with_a_date_are_a_log_when_text_lost_its_bullets() -> None:
    assert [(day, flights, destinations) for day, flights, _, destinations in _rows(PLAIN_PORTUGUESE, "pt")] == [
        (dt.date(2025, 1, 12), 1, ("BR",)), (dt.date(2025, 1, 26), 1, ("BR",)), (dt.date(2025, 2, 9), 1, ("BR",))]
    assert [(day, destinations) for day, _, _, destinations in _rows(PLAIN_ENGLISH, "en")] == [
        (dt.date(2025, 3, 3), ("GT",)), (dt.date(2025, 3, 10), ("GT",))]
    assert [(day, destinations) for day, _, _, destinations in _rows(PLAIN_SPANISH, "es")] == [
        (dt.date(2025, 3, 4), ("HN",)), (dt.date(2025, 3, 11), ("HN",))]


def test_the_sentence_right_after_a_log_states_its_total_when_it_equals_the_lines() -> None:
    [log] = find_flight_logs(PLAIN_PORTUGUESE, "pt", PUBLISHED, US, [])
    assert log.stated_total == 3, "'Foram três voos': the count is the number word, not the verb before it"
    other = PLAIN_PORTUGUESE.replace("Foram três voos no total", "Foram cinco voos no total")
    [log] = find_flight_logs(other, "pt", PUBLISHED, US, [])
    assert log.stated_total is None, "a count that is not the lines' sum is not their total"


def test_paragraphs_that_open_with_a_date_or_a_dateline_year_are_no_log() -> None:
    prose = ("Deportation flights to Honduras, a timeline:\n\n"
             "March 3 was the day the first of the new charter flights reached San Pedro Sula after two weeks of delays "
             "at the departure airport.\n"
             "March 10 brought another one, this time with a stop in Guatemala City before it flew on to the north coast.\n")
    assert _rows(prose, "en") == []
    dateline = "Publicado em 10 de abril de 2025\n\nLista dos voos:\n\n12/01/2025 – 90 passageiros\n26/01/2025 – 102 passageiros\n"
    [log] = find_flight_logs(dateline, "pt", PUBLISHED, US, [])
    assert log.stated_total is None, "a year at the end of a dateline is no count of the flights in the heading below it"


ROUTE_LINES = {
    "en": ("Individual removal flights, week of May 5\n\n05/05  Alexandria, LA -> Guatemala City\n"
           "05/06  Harlingen, TX -> San Pedro Sula\n05/07  Miami, FL → Port-au-Prince\n"),
    "es": ("Vuelos de deportación, semana del 5 de mayo\n\n05/05  Alexandria, LA -> Ciudad de Guatemala\n"
           "06/05  Harlingen, TX -> San Pedro Sula\n07/05  Miami, FL → Puerto Príncipe\n"),
    "pt": ("Voos de deportação, semana de 5 de maio\n\n05/05  Alexandria, LA -> Cidade da Guatemala\n"
           "06/05  Harlingen, TX -> San Pedro Sula\n07/05  Miami, FL → Porto Príncipe\n"),
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_log_line_with_a_route_arrow_went_where_the_arrow_points(language: str) -> None:
    """A date two spaces before its route ends where a comma would; "Individual" qualifies the flights, no people."""
    assert [(day, flights, origin, destinations) for day, flights, origin, destinations in _rows(ROUTE_LINES[language], language)] == [
        (dt.date(2025, 5, 5), 1, "US", ("GT",)), (dt.date(2025, 5, 6), 1, "US", ("HN",)), (dt.date(2025, 5, 7), 1, "US", ("HT",))]


@pytest.mark.parametrize(("body", "language"), [
    ("Voos de deportação que chegaram ao Brasil em 2025\n\nData | Aeroporto | Passageiros\n"
     "24/01 | Manaus | 88\n07/02 | Confins | 111\n21/02 | Fortaleza | 104\n", "pt"),
    ("Vuelos de deportación que llegaron a Brasil en 2025\n\nFecha | Aeropuerto | Pasajeros\n"
     "24/01 | Manaos | 88\n07/02 | Confins | 111\n21/02 | Fortaleza | 104\n", "es"),
    ("Deportation flights that landed in Brazil in 2025\n\nDate | Airport | Passengers\n"
     "Jan 24 | Manaus | 88\nFeb 7 | Confins | 111\nFeb 21 | Fortaleza | 104\n", "en"),
])
def test_a_table_without_pipes_at_its_ends_logs_one_flight_a_row(body: str, language: str) -> None:
    assert _rows(body, language) == [
        (dt.date(2025, 1, 24), 1, "US", ("BR",)),
        (dt.date(2025, 2, 7), 1, "US", ("BR",)),
        (dt.date(2025, 2, 21), 1, "US", ("BR",)),
    ]


@pytest.mark.parametrize(("body", "language"), [
    ("Os voos de deportação continuam.\n\nDeportados por data em 2025\n\nData | Estado | Deportados\n"
     "24/01 | Minas Gerais | 88\n07/02 | Goiás | 111\n", "pt"),
    ("Los vuelos de deportación siguen.\n\nDeportados por fecha en 2025\n\nFecha | Estado | Deportados\n"
     "24/01 | Minas Gerais | 88\n07/02 | Goiás | 111\n", "es"),
    ("Deportation flights go on.\n\nDeportees by date in 2025\n\nDate | State | Deportees\n"
     "Jan 24 | Minas Gerais | 88\nFeb 7 | Goiás | 111\n", "en"),
])
def test_a_table_of_people_by_date_without_an_airport_column_is_no_log(body: str, language: str) -> None:
    assert _rows(body, language) == []
