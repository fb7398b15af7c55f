"""Prose flight counts: hand-labelled sentences in both languages, seeds-style documents, and documents with none."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.mention_cases import ENGLISH, HELD_OUT_ENGLISH, HELD_OUT_SPANISH, NO_FLIGHT_DOCUMENTS, SPANISH
from transforms.mentions import find_mentions


def _as_claims(sentence: str, language: str, published: dt.date, expected: list[dict]) -> list[dict]:
    found = find_mentions(sentence, language, published, tables=[])
    claims = []
    for mention in found:
        row = mention.as_row()
        assert sentence[row["char_start"]:row["char_end"]] == row["evidence"]
        claim = {key: row[key] for key in ("flights", "qualifier", "status", "origin_country")}
        claim["destination_countries"] = sorted(row["destination_countries"])
        keys = set().union(*(e.keys() for e in expected)) if expected else set()
        claim |= {key: row[key] for key in keys - claim.keys()}
        claims.append(claim)
    return claims


@pytest.mark.parametrize(("sentence", "published", "expected"), ENGLISH + HELD_OUT_ENGLISH, ids=[c[0][:48] for c in ENGLISH + HELD_OUT_ENGLISH])
def test_english(sentence: str, published: dt.date, expected: list[dict]) -> None:
    assert _as_claims(sentence, "en", published, expected) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), SPANISH + HELD_OUT_SPANISH, ids=[c[0][:48] for c in SPANISH + HELD_OUT_SPANISH])
def test_spanish(sentence: str, published: dt.date, expected: list[dict]) -> None:
    assert _as_claims(sentence, "es", published, expected) == expected


@pytest.mark.parametrize(("language", "text"), NO_FLIGHT_DOCUMENTS)
def test_documents_without_flight_counts(language: str, text: str) -> None:
    assert find_mentions(text, language, dt.date(2024, 1, 1), tables=[]) == []


def test_headline_restated_in_body_is_one_mention() -> None:
    body = "More than 40 deportation flights logged in two weeks\n\nSalazar said more than 40 repatriation flights had taken place from the U.S."
    [mention] = find_mentions(body, "en", None, tables=[])
    assert (mention.flights, mention.qualifier, mention.origin_country) == (40, "more_than", "US")
    assert mention.evidence.startswith("Salazar")


def test_origin_carried_from_the_previous_sentence() -> None:
    body = "The U.S. government sent a request from the U.S. to deport migrants by aircraft. Two flights landed in Guatemala on Friday."
    mentions = find_mentions(body, "en", None, tables=[])
    assert [(m.flights, m.origin_country, m.destination_countries) for m in mentions if m.flights == 2] == [(2, "US", ["GT"])]


def test_table_intro_sentence_is_not_a_mention() -> None:
    body = "Se realizaron 5 vuelos a:\nGuatemala – 3 vuelos\nHonduras – 2 vuelos"
    assert find_mentions(body, "es", None, tables=[{"char_start": 0, "char_end": len(body)}]) == []


def test_assisted_return_flights_are_removal_flights_and_a_postponed_one_is_not_flown() -> None:
    import datetime as dt

    from transforms.mentions import find_mentions

    found = find_mentions(
        "The institute carried out 11 assisted-return flights in April. A flight to Havana planned for April 28 was postponed.",
        "en", dt.date(2025, 5, 2), tables=[],
    )
    assert [(m.flights, m.status, m.period_start) for m in found] == [
        (11, "completed", dt.date(2025, 4, 1)),
        (1, "cancelled", dt.date(2025, 4, 28)),
    ]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("The agency ran 16 removal flights in May, 10 of them to Guatemala.", "en", [(16, []), (10, ["GT"])]),
    ("Se realizaron 18 vuelos en mayo, 11 de ellos a Honduras.", "es", [(18, []), (11, ["HN"])]),
    ("Honduras received 21 deportation flights and El Salvador 7 in May.", "en", [(21, ["HN"]), (7, ["SV"])]),
])
def test_a_share_of_a_total_and_a_pair_closing_with_its_period(sentence: str, language: str, expected: list) -> None:
    import datetime as dt

    from transforms.mentions import find_mentions

    found = find_mentions(sentence, language, dt.date(2025, 6, 3), tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == expected
    assert {m.period_start for m in found} == {dt.date(2025, 5, 1)}


def test_a_country_announcing_arrivals_is_where_they_land_not_where_they_leave() -> None:
    import datetime as dt

    from transforms.context import DocumentContext
    from transforms.mentions import find_mentions

    found = find_mentions("Guatemala's government said three more flights would arrive next week.", "en", dt.date(2025, 1, 8),
                          tables=[], context=DocumentContext(origin="US"))
    assert [(m.flights, m.origin_country, m.destination_countries, m.status) for m in found] == [(3, "US", ["GT"], "planned")]


@pytest.mark.parametrize(("sentence", "language", "flights", "passengers"), [
    ("ICE removed 112 Honduran nationals on a charter flight to San Pedro Sula on Tuesday.", "en", 1, 112),
    ("The institute said it had returned 230 Venezuelans on two flights that left on Monday and Tuesday.", "en", 2, 230),
    ("A second flight carried 97 Ecuadorians to Guayaquil on Friday.", "en", 1, 97),
    ("Um voo com 64 brasileiros deportados pousou nesta quinta-feira.", "pt", 1, 64),
    ("Three flights landed on Monday carrying a total of 389 Guatemalans.", "en", 3, 389),
    ("Este lunes se recibieron tres vuelos con un total de 389 connacionales.", "es", 3, 389),
    ("Chegaram três voos com um total de 389 brasileiros.", "pt", 3, 389),
])
def test_people_on_exactly_these_flights(sentence: str, language: str, flights: int, passengers: int) -> None:
    import datetime as dt

    from transforms.mentions import find_mentions

    [mention] = find_mentions(sentence, language, dt.date(2025, 6, 6), tables=[])
    assert (mention.flights, mention.passengers) == (flights, passengers)


def test_since_a_month_the_same_period_of_a_past_year_and_people_almost() -> None:
    import datetime as dt

    from transforms.mentions import find_mentions

    found = find_mentions("Nearly 20 deportation flights have landed in Peru since February, carrying almost 2,000 Peruvians.", "en",
                          dt.date(2025, 6, 2), tables=[])
    assert [(m.flights, m.qualifier, m.period_start, m.period_end, m.passengers) for m in found] == [
        (20, "approx", dt.date(2025, 2, 1), None, 2000)
    ]
    compared = find_mentions("Con estos suman 35 vuelos en lo que va del año, frente a 29 en el mismo periodo de 2024.", "es",
                             dt.date(2025, 6, 2), tables=[])
    assert [(m.flights, m.period_start) for m in compared] == [(35, dt.date(2025, 1, 1)), (29, dt.date(2024, 1, 1))]


def test_a_share_opened_by_of_them_in_the_next_sentence() -> None:
    import datetime as dt

    from transforms.mentions import find_mentions

    found = find_mentions("En mayo se recibieron 40 vuelos de deportados. De ellos, 36 procedían de Estados Unidos.", "es",
                          dt.date(2025, 6, 2), tables=[])
    assert [(m.flights, m.origin_country) for m in found][-1] == (36, "US")


def test_a_country_that_deports_people_is_the_sender() -> None:
    import datetime as dt

    from transforms.mentions import find_mentions

    found = find_mentions("The Dominican Republic repatriated 210 Haitians on two flights on Monday.", "en", dt.date(2025, 3, 5), tables=[])
    assert [(m.flights, m.origin_country, m.destination_countries, m.passengers) for m in found] == [(2, "DO", ["HT"], 210)]
