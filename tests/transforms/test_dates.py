"""Publication dates from datelines and periods from running text, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.dates import (
    OpenPeriod,
    Period,
    dateline_reference,
    day_label_date,
    find_day,
    find_period,
    find_publication_date,
    find_relative_period,
    find_span_period,
    later_in_the_week,
    leading_day,
    month_sequence_years,
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ciudad de México, 23 de enero de 2024 – Nuestros gobiernos", "es", dt.date(2024, 1, 23)),
        ("Title\n\nDecember 31, 2023\n\nMEXICO CITY (Reuters) - Text", "en", dt.date(2023, 12, 31)),
        ("WASHINGTON, Jan. 5, 2024 — The agency", "en", dt.date(2024, 1, 5)),
        ("Title\nPublished: 2024-03-02\nBody", "en", dt.date(2024, 3, 2)),
        ("Título\n5 de marzo de 2024\nTexto", "es", dt.date(2024, 3, 5)),
        ("Title\nMarch 4, 2025 / 3:15 PM\nBody", "en", dt.date(2025, 3, 4)),
        ("Título\n4 de marzo de 2025 / 15:15\nTexto", "es", dt.date(2025, 3, 4)),
        ("Título\n4 de março de 2025 / 15h15\nTexto", "pt", dt.date(2025, 3, 4)),
        ("Title\n2025-03-04T15:20:00Z\nBody", "en", dt.date(2025, 3, 4)),
        # a headline's span of days is what it tells of; the date under it is publication's
        ("Weekly removal flights, April 27 – May 3, 2025\nPosted May 5, 2025\nBody", "en", dt.date(2025, 5, 5)),
        ("Vuelos de la semana del 5 al 11 de mayo de 2025\nPublicado el 12 de mayo de 2025\nTexto", "es", dt.date(2025, 5, 12)),
        ("Voos de 5 a 11 de maio de 2025\nPublicado em 12 de maio de 2025\nTexto", "pt", dt.date(2025, 5, 12)),
        # numbers with dashes, day first but in English
        ("Título\n06-03-2025\nTexto", "es", dt.date(2025, 3, 6)),
        ("Título\n06-03-2025\nTexto", "pt", dt.date(2025, 3, 6)),
        ("Title\n03-06-2025\nBody", "en", dt.date(2025, 3, 6)),
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
        # a headline's month and year after a comma, with "de" in Spanish and Portuguese
        ("Removal flights by country, March 2025", "en", None, dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"),
        ("Vuelos de deportación por país, enero de 2025", "es", None, dt.date(2025, 1, 1), dt.date(2025, 1, 31), "month"),
        ("Voos de deportação, janeiro de 2025", "pt", None, dt.date(2025, 1, 1), dt.date(2025, 1, 31), "month"),
    ],
)
def test_periods(text: str, language: str, published: dt.date | None, start: dt.date, end: dt.date, precision: str) -> None:
    period = find_period(text, language, published)
    assert (period.start, period.end, period.precision) == (start, end, precision)
    assert text[period.char_start:period.char_end] == period.text


def test_period_without_year_or_publication_date_is_unknown() -> None:
    assert find_period("del 1 al 21 de enero", "es", None) is None


D = dt.date


@pytest.mark.parametrize(
    ("text", "language", "published", "start", "end"),
    [
        ("De febrero a mayo, Nicaragua recibió 30 vuelos", "es", D(2023, 6, 10), D(2023, 2, 1), D(2023, 5, 31)),
        ("Between March and August 2022 the agency flew 90 charters", "en", None, D(2022, 3, 1), D(2022, 8, 31)),
        ("En el tercer trimestre llegaron 70 vuelos", "es", D(2022, 11, 2), D(2022, 7, 1), D(2022, 9, 30)),
        ("In the fourth quarter of 2021 there were 80 flights", "en", None, D(2021, 10, 1), D(2021, 12, 31)),
        ("No primeiro trimestre de 2024 chegaram 9 voos", "pt", None, D(2024, 1, 1), D(2024, 3, 31)),
        ("No terceiro trimestre do ano chegaram 9 voos", "pt", D(2024, 11, 2), D(2024, 7, 1), D(2024, 9, 30)),
        ("No quarto trimestre de 2023 chegaram 9 voos", "pt", None, D(2023, 10, 1), D(2023, 12, 31)),
        ("During the second half of 2022, 200 flights left", "en", None, D(2022, 7, 1), D(2022, 12, 31)),
        ("en el segundo cuatrimestre de 2023 se contaron 50 vuelos", "es", None, D(2023, 5, 1), D(2023, 8, 31)),
        ("Durante el año fiscal 2022 se realizaron 1.400 vuelos", "es", None, D(2021, 10, 1), D(2022, 9, 30)),
        ("In 2021 the country took 75 flights", "en", None, D(2021, 1, 1), D(2021, 12, 31)),
        ("El año pasado aterrizaron 12 vuelos", "es", D(2023, 5, 2), D(2022, 1, 1), D(2022, 12, 31)),
        # "desde" a place is where from, not since when
        ("Honduras recibió 302 vuelos desde Estados Unidos en 2024", "es", D(2025, 1, 15), D(2024, 1, 1), D(2024, 12, 31)),
        ("O Brasil recebeu 32 voos desde os Estados Unidos em 2024", "pt", D(2025, 1, 15), D(2024, 1, 1), D(2024, 12, 31)),
    ],
)
def test_periods_of_several_months_or_a_year(text: str, language: str, published: dt.date | None, start: dt.date, end: dt.date) -> None:
    found = find_span_period(text, language, published)
    assert isinstance(found, Period) and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "language", "published", "start", "end"),
    [
        ("Since March 3 the airline has flown 22 flights", "en", D(2023, 6, 1), D(2023, 3, 3), None),
        ("desde el 5 de noviembre llegaron 14 vuelos", "es", D(2023, 2, 1), D(2022, 11, 5), None),
        ("En lo que va de 2022 se han recibido 300 vuelos", "es", D(2022, 9, 9), D(2022, 1, 1), None),
        ("so far this year 40 flights have landed", "en", D(2021, 8, 8), D(2021, 1, 1), None),
        ("two more flights could land before the end of June", "en", D(2022, 5, 20), None, D(2022, 6, 30)),
        ("otros tres vuelos antes de julio", "es", D(2022, 5, 20), None, D(2022, 6, 30)),
        ("another flight is expected before the end of the month", "en", D(2022, 2, 10), None, D(2022, 2, 28)),
        ("two flights are expected before the end of the week", "en", D(2022, 2, 10), None, D(2022, 2, 13)),
        ("en lo que va del mes llegaron 7 vuelos", "es", D(2022, 2, 10), D(2022, 2, 1), None),
        ("en lo corrido del 2025 han aterrizado 145 vuelos", "es", D(2025, 5, 21), D(2025, 1, 1), None),
        ("en lo corrido del año llegaron 145 vuelos", "es", D(2025, 5, 21), D(2025, 1, 1), None),
        ("Year-to-date, ICE has flown 640 removal flights", "en", D(2025, 5, 21), D(2025, 1, 1), None),
        ("so far this fiscal year ICE has flown 900 removal flights", "en", D(2025, 3, 17), D(2024, 10, 1), None),
        ("suman 1.248 vuelos en lo que va del año fiscal", "es", D(2025, 11, 17), D(2025, 10, 1), None),
        ("neste ano fiscal chegaram 30 voos", "pt", D(2025, 11, 17), D(2025, 10, 1), None),
        ("Peru has received 19 removal flights this year", "en", D(2023, 5, 2), D(2023, 1, 1), None),
        ("este año han llegado 61 vuelos a Comalapa", "es", D(2023, 5, 2), D(2023, 1, 1), None),
        ("desde el inicio del año aterrizaron 48 vuelos", "es", D(2023, 5, 2), D(2023, 1, 1), None),
        ("since the start of the month, 11 flights have landed", "en", D(2023, 5, 20), D(2023, 5, 1), None),
        ("o Brasil recebeu 9 voos desde o início do ano", "pt", D(2023, 5, 2), D(2023, 1, 1), None),
        ("El acumulado del año es de 254 vuelos", "es", D(2025, 5, 2), D(2025, 1, 1), None),
        ("No acumulado do ano, chegaram 16 voos", "pt", D(2025, 5, 2), D(2025, 1, 1), None),
        ("During the year, 254 flights have landed", "en", D(2025, 5, 2), D(2025, 1, 1), None),
        ("since the programme began in 2021, some 70 flights have landed", "en", D(2023, 5, 2), D(2021, 1, 1), None),
        ("desde que comenzó el programa en 2021 llegaron 70 vuelos", "es", D(2023, 5, 2), D(2021, 1, 1), None),
        ("desde que o programa começou em 2021 chegaram 70 voos", "pt", D(2023, 5, 2), D(2021, 1, 1), None),
        ("since last month 12 flights have landed", "en", D(2023, 5, 2), D(2023, 4, 1), None),
        ("desde el mes pasado llegaron 12 vuelos", "es", D(2023, 1, 20), D(2022, 12, 1), None),
        ("desde o ano passado chegaram 40 voos", "pt", D(2023, 5, 2), D(2022, 1, 1), None),
    ],
)
def test_periods_open_at_one_end(text: str, language: str, published: dt.date, start: dt.date | None, end: dt.date | None) -> None:
    found = find_span_period(text, language, published)
    assert isinstance(found, OpenPeriod) and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "una caída de 9 vuelos frente al primer semestre de 2021",
        "eleven fewer than in 2020",
        "the runway was closed during the second half of the month",
    ],
)
def test_a_compared_or_partial_period_is_not_the_counts_own(text: str) -> None:
    assert find_span_period(text, "es" if "vuelos" in text else "en", D(2022, 3, 1)) is None


def test_single_days_and_a_month_as_subject() -> None:
    for text, language in (("que estaba previsto para el 3 de abril", "es"), ("scheduled for Apr. 3", "en")):
        day = find_day(text, language, D(2022, 4, 10))
        assert day is not None and (day.start, day.end) == (D(2022, 4, 3), D(2022, 4, 3))
    october = find_period("Octubre fue el mes con más vuelos", "es", D(2022, 11, 5))
    assert october is not None and (october.start, october.end) == (D(2022, 10, 1), D(2022, 10, 31))
    assert find_period("flights for Oct. 22 were cancelled", "en", D(2022, 11, 5)) is None, "a month followed by its day is a day"
    report = find_period("Balance de junio de 2021: vuelos por país", "es", None)
    assert report is not None and (report.start, report.end) == (D(2021, 6, 1), D(2021, 6, 30))
    assert find_period("el 14 de junio de 2021 aterrizó un vuelo", "es", None) is None, "a day is not its month"
    assert find_period("14 de junio de 2021", "es", None) is None, "a day is not its month, even with no article"


@pytest.mark.parametrize(("text", "language"), [
    ("Flights from January to March 2025", "en"),
    ("Vuelos entre enero y marzo de 2025", "es"),
    ("Voos de janeiro a março de 2025", "pt"),
])
def test_the_last_month_of_a_span_is_no_period_of_its_own(text: str, language: str) -> None:
    assert find_period(text, language, None) is None


def test_weekends_and_the_day_of_a_report() -> None:
    weekend = find_relative_period("Over the weekend five flights landed", "en", D(2022, 6, 13))
    assert weekend is not None and (weekend.start, weekend.end) == (D(2022, 6, 11), D(2022, 6, 12))
    flights = find_relative_period("la agencia informó este viernes que el martes llegaron dos vuelos", "es", D(2022, 6, 10))
    assert flights is not None and flights.start == D(2022, 6, 7), "the reporting day is not the flights' day"


@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [
        ("4 mar", "En 2022 llegaron vuelos el lunes.", D(2022, 3, 4)),
        ("Jan 3", "A review of 2021: November and December were the busiest months.", D(2022, 1, 3)),
        ("Jan 3", "No year is named here.", None),
    ],
)
def test_a_dateline_without_a_year_is_a_reference_for_relative_dates(dateline: str, body: str, expected: dt.date | None) -> None:
    assert dateline_reference(dateline, body, None) == expected


def test_so_far_this_named_month() -> None:
    found = find_span_period("en lo que va de marzo han llegado 12 vuelos", "es", D(2025, 3, 20))
    assert isinstance(found, OpenPeriod) and (found.start, found.end) == (D(2025, 3, 1), None)


def test_portuguese_weekdays_years_and_months() -> None:
    friday = find_relative_period("o voo pousou nesta sexta-feira em Confins", "pt", D(2025, 3, 16))
    assert friday is not None and friday.start == D(2025, 3, 14)
    year = find_span_period("Em 2023, o país recebeu 10 voos", "pt", D(2025, 3, 16))
    assert isinstance(year, Period) and (year.start, year.end) == (D(2023, 1, 1), D(2023, 12, 31))
    month = find_period("em fevereiro chegaram 3 voos", "pt", D(2025, 3, 16))
    assert month is not None and month.start == D(2025, 2, 1)


@pytest.mark.parametrize(("text", "language", "start", "end"), [
    ("3–9 de agosto", "es", dt.date(2025, 8, 3), dt.date(2025, 8, 9)),
    ("3-9 August 2025", "en", dt.date(2025, 8, 3), dt.date(2025, 8, 9)),
    ("de 10–16 de agosto", "pt", dt.date(2025, 8, 10), dt.date(2025, 8, 16)),
])
def test_a_span_of_days_that_names_its_month_once(text: str, language: str, start: dt.date, end: dt.date) -> None:
    period = find_period(text, language, dt.date(2025, 9, 8))
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize(("dateline", "body", "language", "expected"), [
    # 8 May was a Thursday in 2025: the year after the latest the text names
    ("8 may", "GUAYAQUIL, 8 may (APN) - Once vuelos llegaron en abril, informó este jueves la Cancillería. Desde 2024 hay más.", "es",
     dt.date(2025, 5, 8)),
    ("May 8", "QUITO, May 8 (Wire) - Eleven flights landed in April, the ministry said on Thursday. In 2024 there were fewer.", "en",
     dt.date(2025, 5, 8)),
    ("8 mai", "BRASÍLIA, 8 mai (Ag) - Onze voos chegaram em abril, informou nesta quinta-feira o ministério. Em 2024 foram menos.", "pt",
     dt.date(2025, 5, 8)),
    # no weekday said: the latest year the text names
    ("8 may", "GUAYAQUIL, 8 may (APN) - Once vuelos llegaron en abril. Desde 2024 hay más.", "es", dt.date(2024, 5, 8)),
])
def test_a_wire_datelines_weekday_places_its_year(dateline: str, body: str, language: str, expected: dt.date) -> None:
    assert dateline_reference(dateline, body, language) == expected


@pytest.mark.parametrize(("text", "language", "day"), [
    ("The charter returned 47 men to Tirana today.", "en", dt.date(2022, 12, 15)),
    ("A second flight landed yesterday in Hanoi.", "en", dt.date(2022, 12, 14)),
    ("Another flight leaves tomorrow.", "en", dt.date(2022, 12, 16)),
    ("El vuelo llegó hoy a San Pedro Sula.", "es", dt.date(2022, 12, 15)),
    ("Ayer aterrizaron dos vuelos.", "es", dt.date(2022, 12, 14)),
    ("El tercer vuelo llegará mañana.", "es", dt.date(2022, 12, 16)),
    ("Esta mañana llegó un vuelo.", "es", dt.date(2022, 12, 15)),
    ("O voo chegou hoje a Fortaleza.", "pt", dt.date(2022, 12, 15)),
    ("Ontem pousaram dois voos.", "pt", dt.date(2022, 12, 14)),
    ("O próximo voo chega amanhã.", "pt", dt.date(2022, 12, 16)),
])
def test_today_yesterday_and_tomorrow_are_days_from_publication(text: str, language: str, day: dt.date) -> None:
    from transforms.dates import find_relative_period

    found = find_relative_period(text, language, dt.date(2022, 12, 15))
    assert found is not None and (found.start, found.end) == (day, day)


@pytest.mark.parametrize(("text", "language"), [
    ("Hoy en día los vuelos salen de Texas.", "es"),
    ("Hoje em dia os voos saem do Texas.", "pt"),
    ("Nowadays the flights leave from Texas.", "en"),
])
def test_nowadays_is_no_day(text: str, language: str) -> None:
    from transforms.dates import find_relative_period

    assert find_relative_period(text, language, dt.date(2022, 12, 15)) is None


@pytest.mark.parametrize(("text", "language", "day"), [
    ("The flight left on 6 December with 16 men.", "en", dt.date(2022, 12, 6)),
    ("It is due on the 4th of December.", "en", dt.date(2022, 12, 4)),
    ("El vuelo llegó el día 3 de diciembre.", "es", dt.date(2022, 12, 3)),
    ("O próximo voo está previsto para o dia 4 de dezembro.", "pt", dt.date(2022, 12, 4)),
    ("Um voo previsto para 14 de novembro foi cancelado.", "pt", dt.date(2022, 11, 14)),
    ("O voo chegou no dia 6 de dezembro.", "pt", dt.date(2022, 12, 6)),
])
def test_a_day_before_its_month_in_every_language(text: str, language: str, day: dt.date) -> None:
    from transforms.dates import find_day

    found = find_day(text, language, dt.date(2022, 12, 15))
    assert found is not None and found.start == day


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Another flight is due next Tuesday.", "en", dt.date(2025, 3, 25)),
    ("Para el próximo martes se espera otro vuelo.", "es", dt.date(2025, 3, 25)),
    ("El martes que viene llega otro vuelo.", "es", dt.date(2025, 3, 25)),
    ("O próximo sábado chega outro voo.", "pt", dt.date(2025, 3, 29)),
    ("A flight landed on Tuesday.", "en", dt.date(2025, 3, 18)),  # a weekday alone looks back
    ("Chega a Fortaleza nesta sexta-feira, 28, mais um voo.", "pt", dt.date(2025, 3, 28)),
    ("Llegó el jueves 20 con 90 personas.", "es", dt.date(2025, 3, 20)),
    ("Chegou neste sábado (22) o quinto voo.", "pt", dt.date(2025, 3, 22)),
])
def test_weekdays_ahead_and_weekdays_with_their_day(text: str, language: str, day: dt.date) -> None:
    from transforms.dates import find_relative_period

    found = find_relative_period(text, language, dt.date(2025, 3, 22))
    assert found is not None and (found.start, found.end) == (day, day)


@pytest.mark.parametrize(("text", "language"), [
    ("On Friday, 16 flights landed in Guatemala.", "en"),
    ("El viernes, 16 vuelos aterrizaron en Guatemala.", "es"),
    ("Na sexta-feira, 16 voos pousaram na Guatemala.", "pt"),
])
def test_a_count_after_a_weekday_is_no_day_of_the_month(text: str, language: str) -> None:
    from transforms.dates import find_relative_period

    found = find_relative_period(text, language, dt.date(2025, 3, 22))
    assert found is not None and found.start == dt.date(2025, 3, 21)


@pytest.mark.parametrize(("text", "language", "month"), [
    ("Abuja refused permission last month for a US flight.", "en", (dt.date(2024, 12, 1), dt.date(2024, 12, 31))),
    ("El mes pasado llegaron 12 vuelos.", "es", (dt.date(2024, 12, 1), dt.date(2024, 12, 31))),
    ("No mês passado chegaram 12 voos.", "pt", (dt.date(2024, 12, 1), dt.date(2024, 12, 31))),
    ("Three flights are planned next month.", "en", (dt.date(2025, 2, 1), dt.date(2025, 2, 28))),
    ("El próximo mes llegarán tres vuelos.", "es", (dt.date(2025, 2, 1), dt.date(2025, 2, 28))),
    ("No mês que vem chegam três voos.", "pt", (dt.date(2025, 2, 1), dt.date(2025, 2, 28))),
])
def test_last_and_next_month_are_months_from_publication(text: str, language: str, month: tuple) -> None:
    from transforms.dates import find_relative_period

    found = find_relative_period(text, language, dt.date(2025, 1, 17))
    assert found is not None and (found.start, found.end) == month


@pytest.mark.parametrize(("text", "language"), [
    ("The previous month, Guatemala received 52 flights.", "en"),
    ("El mes anterior, Guatemala recibió 52 vuelos.", "es"),
    ("No mês anterior, a Guatemala recebeu 52 voos.", "pt"),
])
def test_the_month_before_the_one_told_of_is_not_publications(text: str, language: str) -> None:
    from transforms.dates import find_relative_period

    assert find_relative_period(text, language, dt.date(2025, 3, 17)) is None


@pytest.mark.parametrize(
    ("months", "published", "years"),
    [
        ([1, 2, 3, 4], dt.date(2025, 1, 5), [2024, 2024, 2024, 2024]),  # last year's first four months
        ([10, 11, 12, 1], dt.date(2025, 1, 20), [2024, 2024, 2024, 2025]),  # across new year, oldest first
        ([1, 12, 11], dt.date(2025, 1, 20), [2025, 2024, 2024]),  # newest first
        ([3, 4, 5], dt.date(2025, 6, 1), [2025, 2025, 2025]),
        ([5, 6], dt.date(2025, 6, 30), [2025, 2025]),
        ([6, 7], dt.date(2025, 6, 30), [2024, 2024]),  # a July still ahead is last year's
    ],
)
def test_a_list_s_months_take_their_years_in_order_none_after_publication(
    months: list[int], published: dt.date, years: list[int]
) -> None:
    assert month_sequence_years(months, published) == years


@pytest.mark.parametrize(
    ("text", "language"),
    [("Three flights landed this weekend.", "en"), ("Three flights landed over the weekend.", "en"),
     ("Llegaron tres vuelos este fin de semana.", "es"), ("Llegaron tres vuelos el fin de semana pasado.", "es"),
     ("Pousaram três voos neste fim de semana.", "pt"), ("Pousaram três voos no fim de semana.", "pt")],
)
def test_a_weekend_is_the_last_saturday_and_sunday_up_to_publication(text: str, language: str) -> None:
    period = find_relative_period(text, language, dt.date(2025, 3, 10))
    assert period is not None and (period.start, period.end) == (dt.date(2025, 3, 8), dt.date(2025, 3, 9))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [(" March 9, ICE", "en", dt.date(2025, 3, 9)), (" Sunday, March 9", "en", dt.date(2025, 3, 9)),
     (" el domingo 9 de marzo, el país", "es", dt.date(2025, 3, 9)), (" 9 de março, o país", "pt", dt.date(2025, 3, 9)),
     (" o dia 9 de março de 2024", "pt", dt.date(2024, 3, 9)), (" four flights", "en", None), (" cinco vuelos", "es", None)],
)
def test_the_day_a_text_opens_with(text: str, language: str, expected: dt.date | None) -> None:
    day = leading_day(text, language, dt.date(2025, 3, 10))
    assert (day.start if day else None) == expected


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [("En contraste, abril registró apenas 38 aterrizajes.", "es", 4), ("By contrast, April saw only 38 flights.", "en", 4),
     ("Meanwhile, March had 12 flights.", "en", 3), ("Já março teve 12 voos.", "pt", 3), ("Maio foi o mês com mais voos.", "pt", 5)],
)
def test_a_month_that_is_the_subject_after_a_connective(text: str, language: str, month: int) -> None:
    period = find_period(text, language, D(2024, 12, 30))
    assert period is not None and period.start == D(2024, month, 1) and period.end.month == month


@pytest.mark.parametrize("text", ["The agency said May had 12 flights.", "Ayer dijo que en su informe abril fue clave."])
def test_a_month_deep_in_a_clause_is_no_subject(text: str) -> None:
    assert find_period(text, "en", D(2024, 12, 30)) is None


@pytest.mark.parametrize(("text", "language"), [
    ("Removal flights, week of March 9", "en"), ("Vuelos de la semana del 9 de marzo", "es"),
    ("Voos da semana de 9 de março", "pt"),
])
def test_a_week_named_by_its_first_day_is_that_day_and_the_six_after(text: str, language: str) -> None:
    period = find_period(text, language, D(2025, 3, 16))
    assert period is not None and (period.start, period.end) == (D(2025, 3, 9), D(2025, 3, 15))


@pytest.mark.parametrize(("text", "language"), [
    ("Removal flights in the week ending March 15", "en"), ("Vuelos de la semana que terminó el 15 de marzo", "es"),
    ("Voos da semana encerrada em 15 de março", "pt"),
])
def test_a_week_named_by_its_last_day_is_that_day_and_the_six_before(text: str, language: str) -> None:
    period = find_period(text, language, D(2025, 3, 16))
    assert period is not None and (period.start, period.end) == (D(2025, 3, 9), D(2025, 3, 15))


def test_a_week_with_both_ends_keeps_them() -> None:
    period = find_period("Semana del 3 al 9 de marzo", "es", D(2025, 3, 16))
    assert period is not None and (period.start, period.end) == (D(2025, 3, 3), D(2025, 3, 9))


@pytest.mark.parametrize(("label", "expected"), [
    ("Mon 3/17", D(2025, 3, 17)), ("Mon., 3/17", D(2025, 3, 17)), ("Lunes 17/3", D(2025, 3, 17)),
    ("Tue 03/18/25", D(2025, 3, 18)), ("Segunda-feira 17/3", D(2025, 3, 17)), ("Terça (18/3)", D(2025, 3, 18)),
])
def test_a_weekday_and_a_numeric_date_read_whichever_way_falls_on_that_weekday(label: str, expected: D) -> None:
    assert day_label_date(label, D(2025, 3, 22)) == expected


def test_a_numeric_date_without_a_weekday_is_no_day_label() -> None:
    assert day_label_date("3/17", D(2025, 3, 22)) is None


@pytest.mark.parametrize(("text", "language"), [
    ("The two aircraft left on 9 and 10 March 2021.", "en"), ("Flights left on March 9 and 10, 2021.", "en"),
    ("Los aviones salieron el 9 y 10 de marzo de 2021.", "es"), ("Os aviões saíram nos dias 9 e 10 de março de 2021.", "pt"),
])
def test_two_days_of_one_month_are_a_span(text: str, language: str) -> None:
    period = find_period(text, language, D(2021, 3, 15))
    assert period is not None and (period.start, period.end) == (D(2021, 3, 9), D(2021, 3, 10))


def test_two_numbers_before_a_noun_are_no_span_of_days() -> None:
    period = find_period("Between 9 and 10 flights landed in March.", "en", D(2021, 3, 15))
    assert period is not None and (period.start, period.end) == (D(2021, 3, 1), D(2021, 3, 31))


@pytest.mark.parametrize(("text", "language"), [
    ("Un vuelo trajo a 120 ecuatorianos desde Villahermosa el 22 de abril.", "es"),
    ("Um voo trouxe 90 brasileiros desde Louisiana em 22 de abril.", "pt"),
    ("The charter flew 120 people since Houston on April 22.", "en"),
])
def test_a_place_after_since_is_where_from_and_opens_no_period(text: str, language: str) -> None:
    assert find_span_period(text, language, D(2025, 5, 5)) is None


@pytest.mark.parametrize(("text", "language", "start"), [
    ("Since Australia shut its border in March 2020, 15 charters have left.", "en", D(2020, 3, 1)),
    ("Desde que México abrió la ruta en marzo de 2024 salieron 15 vuelos.", "es", D(2024, 3, 1)),
])
def test_a_clause_after_since_opens_the_period_at_its_date(text: str, language: str, start: dt.date) -> None:
    found = find_span_period(text, language, D(2025, 5, 5))
    assert isinstance(found, OpenPeriod) and found.start == start


@pytest.mark.parametrize(("text", "language"), [
    ("About 40 repatriation flights have been carried out since 2019.", "en"),
    ("Desde 2019 se han realizado unos 40 vuelos de repatriación.", "es"),
    ("Cerca de 40 voos foram realizados desde 2019.", "pt"),
])
def test_since_a_year_opens_the_period_at_its_start(text: str, language: str) -> None:
    found = find_span_period(text, language, D(2025, 5, 5))
    assert isinstance(found, OpenPeriod) and (found.start, found.end) == (D(2019, 1, 1), None)


@pytest.mark.parametrize(("text", "language"), [
    ("That is more than the 28 flights of March.", "en"),
    ("La cifra supera los 28 vuelos de marzo.", "es"),
    ("É mais do que os 28 voos de março.", "pt"),
])
def test_the_month_flights_are_of_is_the_period(text: str, language: str) -> None:
    found = find_period(text, language, D(2025, 5, 5))
    assert found is not None and (found.start, found.end) == (D(2025, 3, 1), D(2025, 3, 31))


def test_the_flight_of_a_day_is_no_month() -> None:
    assert find_period("The flight of March 3 landed late.", "en", D(2025, 5, 5)) is None


WEDNESDAY = dt.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("lands on Friday", "en", dt.date(2025, 5, 16)),
        ("llega este viernes", "es", dt.date(2025, 5, 16)),
        ("chega neste domingo", "pt", dt.date(2025, 5, 18)),
        ("chega nesta sexta-feira, 16", "pt", dt.date(2025, 5, 16)),  # already ahead
        ("lands on Monday", "en", None),  # Monday of that week is gone by
        ("landed last Friday", "en", None),
        ("llega hoy", "es", None),  # the day itself: not to come
    ],
)
def test_a_weekday_later_in_the_week_of_publication(text: str, language: str, day: dt.date | None) -> None:
    period = find_relative_period(text, language, WEDNESDAY)
    assert period is not None
    later = later_in_the_week(period, WEDNESDAY)
    assert (later.start if later else None) == day


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("at least 15 flights are scheduled for the first half of September", "en", D(2025, 9, 1), D(2025, 9, 15)),
        ("In the second half of August, 30 flights landed", "en", D(2025, 8, 16), D(2025, 8, 31)),
        ("En la primera quincena de agosto llegaron 30 vuelos", "es", D(2025, 8, 1), D(2025, 8, 15)),
        ("Na segunda quinzena de agosto pousaram 3 voos", "pt", D(2025, 8, 16), D(2025, 8, 31)),
    ],
)
def test_half_of_a_month(text: str, language: str, start: dt.date, end: dt.date) -> None:
    found = find_period(text, language, D(2025, 9, 2))
    assert found is not None and (found.start, found.end) == (start, end)


def test_the_first_half_of_a_year_is_no_half_month() -> None:
    assert find_period("In the first half of 2025, 300 flights landed", "en", D(2025, 9, 2)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O avião pousou na terça (11) em Confins.", D(2025, 3, 11)),
        ("O avião pousou nesta sexta, com 88 passageiros.", D(2025, 3, 14)),
        ("Um novo voo chega na próxima quarta.", D(2025, 3, 19)),
        ("O voo chegou na segunda à noite.", D(2025, 3, 10)),
        ("Na terça saíram dois voos para a Guatemala.", D(2025, 3, 11)),  # before a verb that reports
        ("Na quinta pousou mais um voo em Confins.", D(2025, 3, 13)),
        # near misses: feminine ordinals before a noun
        ("Na segunda viagem, o avião levou 80 pessoas.", None),
        ("Foi a segunda vez que um voo pousou em Confins.", None),
        ("A sexta operação ocorreu em Fortaleza.", None),
    ],
)
def test_portuguese_weekdays_without_feira(text: str, expected: dt.date | None) -> None:
    found = find_relative_period(text, "pt", D(2025, 3, 14))
    assert (found.start if found else None) == expected


@pytest.mark.parametrize(("label", "expected"), [
    ("Segunda 17", D(2025, 3, 17)), ("Terça, 18", D(2025, 3, 18)), ("Quarta, 19 de março", D(2025, 3, 19)),
    ("Sexta 21", D(2025, 3, 21)),
])
def test_a_schedules_portuguese_weekday_without_feira(label: str, expected: D) -> None:
    assert day_label_date(label, D(2025, 3, 22)) == expected


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("In the first week of March, 12 flights landed", "en", D(2025, 3, 1), D(2025, 3, 7)),
        ("In the last week of February, 9 flights landed", "en", D(2025, 2, 22), D(2025, 2, 28)),
        ("En la primera semana de marzo llegaron 12 vuelos", "es", D(2025, 3, 1), D(2025, 3, 7)),
        ("La última semana de febrero llegaron 9 vuelos", "es", D(2025, 2, 22), D(2025, 2, 28)),
        ("Na segunda semana de março chegaram 12 voos", "pt", D(2025, 3, 8), D(2025, 3, 14)),
    ],
)
def test_a_week_of_a_month_by_its_place(text: str, language: str, start: dt.date, end: dt.date) -> None:
    found = find_period(text, language, D(2025, 3, 14))
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("No último fim de semana chegaram dois voos.", "pt", D(2025, 3, 8), D(2025, 3, 9)),
        ("El último fin de semana llegaron dos vuelos.", "es", D(2025, 3, 8), D(2025, 3, 9)),
        ("Nos últimos sete dias chegaram 12 voos.", "pt", D(2025, 3, 7), D(2025, 3, 14)),
    ],
)
def test_a_weekend_and_days_back_in_portuguese_and_spanish(text: str, language: str, start: dt.date, end: dt.date) -> None:
    found = find_relative_period(text, language, D(2025, 3, 14))
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(("text", "language", "period"), [
    ("Removal flights by country, January to June", "en", (dt.date(2025, 1, 1), dt.date(2025, 6, 30))),
    ("Flights by destination (February through April 2024)", "en", (dt.date(2024, 2, 1), dt.date(2024, 4, 30))),
    ("Vuelos recibidos por país de origen, enero a junio", "es", (dt.date(2025, 1, 1), dt.date(2025, 6, 30))),
    ("Vuelos por país: marzo hasta mayo", "es", (dt.date(2025, 3, 1), dt.date(2025, 5, 31))),
    ("Voos por país: janeiro a junho de 2024", "pt", (dt.date(2024, 1, 1), dt.date(2024, 6, 30))),
    ("Voos recebidos, março até maio", "pt", (dt.date(2025, 3, 1), dt.date(2025, 5, 31))),
])
def test_a_heading_s_span_of_months_after_a_comma_colon_or_bracket(text: str, language: str, period: tuple) -> None:
    found = find_span_period(text, language, dt.date(2025, 7, 10))
    assert found is not None and (found.start, found.end) == period


@pytest.mark.parametrize(("text", "language"), [
    ("Flights rose, January and June were the busiest months", "en"),
    ("Llegaron vuelos en enero a Honduras y en junio a Guatemala", "es"),
    ("Os voos, janeiro e junho, foram os maiores", "pt"),
])
def test_two_months_joined_by_and_or_a_month_then_a_place_is_no_span(text: str, language: str) -> None:
    assert find_span_period(text, language, dt.date(2025, 7, 10)) is None
