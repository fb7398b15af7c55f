"""Logs of individual flights: one line per flight, each starting with its date, in a bullet list or a table."""

from __future__ import annotations

import datetime as dt

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
