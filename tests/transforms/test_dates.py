"""Publication dates from datelines and periods from running text, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.dates import find_period, find_publication_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ciudad de México, 23 de enero de 2024 – Nuestros gobiernos", "es", dt.date(2024, 1, 23)),
        ("Title\n\nDecember 31, 2023\n\nMEXICO CITY (Reuters) - Text", "en", dt.date(2023, 12, 31)),
        ("WASHINGTON, Jan. 5, 2024 — The agency", "en", dt.date(2024, 1, 5)),
        ("Title\nPublished: 2024-03-02\nBody", "en", dt.date(2024, 3, 2)),
        ("Título\n5 de marzo de 2024\nTexto", "es", dt.date(2024, 3, 5)),
    ],
)
def test_publication_dates(text: str, language: str, expected: dt.date) -> None:
    found = find_publication_date(text, language)
    assert (found.date, found.precision) == (expected, "day")


def test_month_day_without_year_is_not_a_date() -> None:
    found = find_publication_date("Title\nWASHINGTON/MEXICO CITY, Jan 24 – Alien Road has learned", "en")
    assert found.date is None and found.text == "Jan 24"


def test_no_date() -> None:
    assert find_publication_date("No date here at all.\nJust text about 2023.", "en").date is None


@pytest.mark.parametrize(
    ("text", "language", "published", "start", "end", "precision"),
    [
        ("79 vuelos desde el 1 al 21 de enero", "es", dt.date(2024, 1, 23), dt.date(2024, 1, 1), dt.date(2024, 1, 21), "day"),
        ("del 28 de diciembre al 3 de enero", "es", dt.date(2024, 1, 23), dt.date(2023, 12, 28), dt.date(2024, 1, 3), "day"),
        ("from January 1 to 21", "en", dt.date(2024, 1, 23), dt.date(2024, 1, 1), dt.date(2024, 1, 21), "day"),
        ("between Jan. 1 and Feb. 3, 2024", "en", None, dt.date(2024, 1, 1), dt.date(2024, 2, 3), "day"),
        ("flights in December", "en", dt.date(2024, 1, 23), dt.date(2023, 12, 1), dt.date(2023, 12, 31), "month"),
        ("vuelos durante febrero de 2024", "es", None, dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
    ],
)
def test_periods(text: str, language: str, published: dt.date | None, start: dt.date, end: dt.date, precision: str) -> None:
    period = find_period(text, language, published)
    assert (period.start, period.end, period.precision) == (start, end, precision)
    assert text[period.char_start:period.char_end] == period.text


def test_period_without_year_or_publication_date_is_unknown() -> None:
    assert find_period("del 1 al 21 de enero", "es", None) is None
