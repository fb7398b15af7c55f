"""Flight tables: row shapes, multi-country labels, introducing sentences, and look-alikes that are not tables."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.tables import find_flight_tables, parse_row

PUBLISHED = dt.date(2024, 1, 23)


@pytest.mark.parametrize(
    ("line", "label", "countries", "flights"),
    [
        ("Guatemala – 36 vuelos", "Guatemala", ["GT"], 36),
        ("Honduras - 23 vuelos", "Honduras", ["HN"], 23),
        ("El Salvador: 6", "El Salvador", ["SV"], 6),
        ("Colombia\t3", "Colombia", ["CO"], 3),
        ("Venezuela (3 vuelos)", "Venezuela", ["VE"], 3),
        ("Ecuador (2)", "Ecuador", ["EC"], 2),
        ("- Perú — 2 vuelos", "Perú", ["PE"], 2),
        ("• Rumania / India – 1 vuelo", "Rumania / India", ["RO", "IN"], 1),
        ("* República Dominicana: 1 vuelo", "República Dominicana", ["DO"], 1),
        ("1. Haiti – 1 flight", "Haiti", ["HT"], 1),
        ("12 flights to Mexico", "Mexico", ["MX"], 12),
        ("36 vuelos – Guatemala", "Guatemala", ["GT"], 36),
        ("| Nicaragua | 4 |", "Nicaragua", ["NI"], 4),
        ("Brazil and Chile: 7 flights", "Brazil and Chile", ["BR", "CL"], 7),
        ("Cuba y Haití – 2 vuelos", "Cuba y Haití", ["CU", "HT"], 2),
        ("Guatemala 1,250 flights", "Guatemala", ["GT"], 1250),
    ],
)
def test_row_shapes(line: str, label: str, countries: list[str], flights: int) -> None:
    row = parse_row(line, 100)
    assert row is not None
    assert (row.label, row.countries, row.flights) == (label, countries, flights)
    assert row.char_start >= 100 and row.evidence in line


@pytest.mark.parametrize(
    "line",
    ["Guatemala – 3,000 personas", "12 de enero – 3 vuelos", "Se realizaron 36 vuelos", "Total migrants: 5,000 people", "", "|---|---|"],
)
def test_lines_that_are_not_rows(line: str) -> None:
    assert parse_row(line, 0) is None


def test_spanish_table_with_intro_total_period_and_origin() -> None:
    body = (
        "Ciudad de México, 23 de enero de 2024 – Texto.\n"
        "El Gobierno de los Estados Unidos ha realizado 79 vuelos de repatriación desde el 1 al 21 de enero a los siguientes países:\n"
        "Guatemala – 36 vuelos\nHonduras – 23 vuelos\nRumania / India – 20 vuelos\n"
        "Sigue el texto."
    )
    [table] = find_flight_tables(body, "es", PUBLISHED)
    assert table.origin_country == "US" and table.row_role == "destination"
    assert table.stated_total == 79
    assert (table.period.start, table.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 1, 21))
    assert [r.countries for r in table.rows] == [["GT"], ["HN"], ["RO", "IN"]]
    assert body[table.char_start:table.char_end] == table.evidence
    for row in table.rows:
        assert body[row.char_start:row.char_end] == row.evidence


def test_english_receiving_country_report_has_origin_rows() -> None:
    body = "Honduras received 40 deportation flights in December, from the following countries:\n- United States: 35\n- Mexico: 5\n"
    [table] = find_flight_tables(body, "en", PUBLISHED)
    assert table.row_role == "origin" and table.destination_country == "HN" and table.origin_country is None
    assert table.stated_total == 40
    assert table.period.start == dt.date(2023, 12, 1) and table.period.end == dt.date(2023, 12, 31)


def test_markdown_table_with_header_mentioning_flights() -> None:
    body = "Removal flights by country.\n\n| Country | Flights |\n|---|---|\n| Guatemala | 12 |\n| Honduras | 8 |\n| Total | 20 |\n"
    [table] = find_flight_tables(body, "en", PUBLISHED)
    assert [(r.label, r.flights) for r in table.rows] == [("Guatemala", 12), ("Honduras", 8)]
    assert table.stated_total == 20


def test_unknown_country_row_is_kept_with_no_countries() -> None:
    body = "ICE flights in March:\n* 5 flights to Ecuador\n* 2 flights to Peru\n* Atlantis (1 flight)\n"
    [table] = find_flight_tables(body, "en", dt.date(2024, 4, 2))
    assert [r.countries for r in table.rows] == [["EC"], ["PE"], []]


@pytest.mark.parametrize(
    "body",
    [
        "Deportados por país:\nGuatemala: 3,000\nHonduras: 2,000\n",  # people, not flights
        "Fechas:\n- 12 de enero – 3 vuelos\n- 14 de enero – 2 vuelos\n",  # dates, not countries
        "Only one row here about flights:\nGuatemala – 36 vuelos\n",  # a single line is not a table
        "Participants:\n- John Smith: 4\n- Mary Jones: 3\n",  # people and scores
        "Población:\nGuatemala: 17\nHonduras: 10\n",  # numbers with no flight context
    ],
)
def test_not_tables(body: str) -> None:
    assert find_flight_tables(body, "es", PUBLISHED) == []


def test_no_year_means_no_period() -> None:
    body = "Se realizaron 10 vuelos del 1 al 5 de marzo a:\nGuatemala – 6 vuelos\nHonduras – 4 vuelos\n"
    [table] = find_flight_tables(body, "es", None)
    assert table.period is None and table.stated_total == 10
