"""Prose patterns of real coverage, one test each, on sentences written for these tests.

Inline per-country lists, statuses from verbs, routes from the document's context, traps that are
not flight counts, ranges and ordinals, and counts whose noun is left out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.context import DocumentContext, flight_routes, read_context
from transforms.mentions import find_mentions

PUBLISHED = dt.date(2025, 4, 8)  # a Tuesday


def _claims(body: str, language: str = "en", context: DocumentContext | None = None, published: dt.date | None = PUBLISHED) -> list[tuple]:
    if context is None:
        context = read_context(body, None, flight_routes(body, language))
    found = find_mentions(body, language, published, tables=[], context=context)
    for mention in found:
        assert body[mention.char_start:mention.char_end] == mention.evidence
    return [(m.flights, m.qualifier, m.origin_country, sorted(m.destination_countries), m.status) for m in found]


US = DocumentContext(origin="US")


def test_inline_list_gives_each_count_its_own_country() -> None:
    body = "ICE flew 31 removal flights in March: 12 flights to Mexico, 9 to Haiti, 4 to Peru and three each to Chile and Brazil."
    assert _claims(body, context=US) == [
        (31, "exact", "US", [], "completed"), (12, "exact", "US", ["MX"], "completed"), (9, "exact", "US", ["HT"], "completed"),
        (4, "exact", "US", ["PE"], "completed"), (3, "exact", "US", ["CL"], "completed"), (3, "exact", "US", ["BR"], "completed"),
    ]


def test_spanish_inline_list_with_elided_nouns() -> None:
    body = ("Entre julio y diciembre, Guatemala recibió 90 vuelos, Honduras 71, México 40 y El Salvador 22. "
            "Solo en diciembre, ICE envió 15 vuelos a Honduras y a Guatemala 12.")
    assert _claims(body, "es", US) == [
        (90, "exact", "US", ["GT"], "completed"), (71, "exact", "US", ["HN"], "completed"), (40, "exact", "US", ["MX"], "completed"),
        (22, "exact", "US", ["SV"], "completed"), (15, "exact", "US", ["HN"], "completed"), (12, "exact", "US", ["GT"], "completed"),
    ]


def test_two_countries_summed_and_a_count_after_a_receiving_verb() -> None:
    body = "Los vuelos de deportados siguieron llegando. Perú y Chile sumaron 14 entre ambos, mientras que Bolivia, pese a las protestas, recibió 5."
    assert _claims(body, "es", US) == [(14, "exact", "US", ["CL", "PE"], "completed"), (5, "exact", "US", ["BO"], "completed")]


def test_each_receiving_one_flight() -> None:
    body = "Most removal flights went to Mexico. The rest were spread thinly, with Peru, Chile and Bolivia each receiving 1 flight."
    assert _claims(body, context=US) == [(1, "exact", "US", ["PE"], "completed"), (1, "exact", "US", ["CL"], "completed"),
                                         (1, "exact", "US", ["BO"], "completed")]


@pytest.mark.parametrize(
    ("body", "language", "status"),
    [
        ("Three deportation flights were carried out to Honduras on Friday.", "en", "completed"),
        ("Two flights with deportees landed in Guatemala City last week.", "en", "completed"),
        ("Four more flights to Honduras are expected on Thursday.", "en", "planned"),
        ("Two flights to Haiti were cancelled before boarding.", "en", "cancelled"),
        ("Colombia turned back two flights carrying deportees.", "en", "denied"),
        ("Se realizaron tres vuelos de deportación hacia Honduras.", "es", "completed"),
        ("Han llegado cuatro vuelos con deportados a Guatemala.", "es", "completed"),
        ("Honduras recibió dos vuelos con deportados el lunes.", "es", "completed"),
        ("Se prevé que lleguen tres vuelos con deportados a Guatemala.", "es", "planned"),
        ("Saldrán dos vuelos con deportados hacia Honduras el jueves.", "es", "planned"),
        ("Se suspendió un vuelo con deportados a Colombia.", "es", "cancelled"),
        ("Mexico accepted four deportation flights on Friday, officials said.", "en", "completed"),
        ("Costa Rica aceptó dos vuelos con deportados de otros países.", "es", "completed"),
    ],
)
def test_status_from_tense_and_verbs(body: str, language: str, status: str) -> None:
    [claim] = _claims(body, language, US)
    assert claim[-1] == status


def test_a_plane_that_turned_back_with_a_mechanical_problem_and_flew_later_is_not_denied() -> None:
    body = "One flight to Honduras turned back with a mechanical problem and left again on Monday."
    [claim] = _claims(body, context=US)
    assert claim[-1] == "completed"


def test_receiving_bulletin_gives_the_destination_and_no_origin_when_lists_mix_senders() -> None:
    body = "Tegucigalpa, 7 de abril de 2025. Del 31 de marzo al 4 de abril llegaron 9 vuelos con 800 personas retornadas."
    context = read_context(body, None, [], list_origins={"US", "MX"})
    assert _claims(body, "es", context) == [(9, "exact", None, ["HN"], "completed")]


def test_us_removal_story_gives_origin_us_without_saying_so() -> None:
    body = "ICE says its charter network is stretched. Guatemala received 40 deportation flights in March."
    assert _claims(body) == [(40, "exact", "US", ["GT"], "completed")]


def test_mexican_assisted_return_gives_origin_mexico() -> None:
    body = "El instituto informó que en la semana se realizaron tres vuelos de retorno asistido a Honduras."
    assert _claims(body, "es") == [(3, "exact", "MX", ["HN"], "completed")]


def test_a_paragraph_about_one_country_lends_it_to_a_count_with_no_place() -> None:
    body = "Since January we have counted 80 removal flights to Haiti. March's count was 21, so April came in four flights higher."
    assert _claims(body, context=US) == [(80, "exact", "US", ["HT"], "completed"), (21, "exact", "US", ["HT"], "completed")]


@pytest.mark.parametrize(
    "body",
    [
        "ICE now runs two flights a week to Guatemala.",
        "Honduras receives an average of 30 flights a month.",
        "The agency flew nine fewer flights than in February.",
        "Se registró una reducción de 11 vuelos respecto de 2023.",
        "El promedio fue de 1,5 vuelos diarios.",
        "Seis de cada diez vuelos fueron a Guatemala.",
        "The contractor operates 14 aircraft on a typical day.",
        "Unlike the March 21 flight, nobody was restrained.",
        "If that pace holds, the year could end somewhere near 500 removal flights.",
        "Another 60 domestic shuffle flights moved detainees between detention centers.",
        "The plane, a Boeing 737, carried 130 people.",
        "Page 3 of 4",
        "She boarded American Airlines flight 1234 to Miami in 2012.",
        "A 5-hour flight to Guatemala City last Friday ended that chapter.",
        "Two planes of humanitarian aid also arrived this week.",
    ],
)
def test_traps_are_not_flight_counts(body: str) -> None:
    assert _claims(body, context=US) == []


@pytest.mark.parametrize(("body", "language", "flights"), [
    ("That makes 37 removal flights in a week, the most this year.", "en", 37),
    ("ICE flew 9 removal flights to Haiti within a week.", "en", 9),
    ("Fueron 14 vuelos de deportación en una semana.", "es", 14),
    ("Foram 11 voos de deportação em uma semana.", "pt", 11),
])
def test_a_count_over_a_week_is_not_a_rate(body: str, language: str, flights: int) -> None:
    assert [claim[0] for claim in _claims(body, language, context=US)] == [flights]


def test_a_change_beside_a_count_is_not_a_count() -> None:
    assert _claims("There were 12 removal flights to Haiti, down 4 from last week.", context=US) == [(12, "exact", "US", ["HT"], "completed")]


def test_ranges_and_ordinals() -> None:
    body = "Between six and eight flights to Honduras are expected. Honduras expects 7 or 8 more next week. It was the 14th removal flight to Chile this year."
    claims = _claims(body, context=US)
    assert claims[0] == (6, "range", "US", ["HN"], "planned")
    assert (7, "range", "US", ["HN"], "planned") in claims
    assert all(c[0] != 14 for c in claims)  # "the 14th flight" said of a flight is not 14 flights


def test_spanish_range_with_u() -> None:
    assert _claims("Honduras espera 7 u 8 vuelos con deportados esta semana.", "es", US) == [(7, "range", "US", ["HN"], "planned")]


def test_one_flight_to_several_countries_is_one_mention_with_all_of_them() -> None:
    body = "A removal flight to Ghana, Togo and Benin returned to Louisiana on Sunday."
    assert _claims(body, context=US) == [(1, "exact", "US", ["BJ", "GH", "TG"], "completed")]


def test_restated_counts_are_kept_once() -> None:
    body = "Dos vuelos con deportados aterrizaron el martes en San Pedro Sula. Con los dos vuelos del martes, el registro diario quedó así."
    assert _claims(body, "es", US) == [(2, "exact", "US", ["HN"], "completed")]


def test_periods_resolved_against_publication() -> None:
    body = "ICE carried out 33 removal flights last week. During March it carried out 120 removal flights."
    found = find_mentions(body, "en", PUBLISHED, tables=[], context=US)
    assert [(m.flights, m.period_start, m.period_end) for m in found] == [
        (33, dt.date(2025, 3, 31), dt.date(2025, 4, 6)), (120, dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
    ]


def test_portuguese_prose() -> None:
    body = (
        "Belo Horizonte, 14 de março de 2025. Um avião com 92 brasileiros deportados dos Estados Unidos pousou nesta sexta-feira "
        "em Confins, o 24º voo desde o início do acordo.\n\nO Brasil recebeu 11 voos de deportação em 2024. O governo prevê a chegada "
        "de mais dois voos até o fim de abril.\n\nUm voo previsto para fevereiro foi cancelado."
    )
    assert _claims(body, "pt") == [
        (1, "exact", "US", ["BR"], "completed"), (11, "exact", "US", ["BR"], "completed"), (2, "exact", "US", ["BR"], "planned"),
        (1, "exact", "US", ["BR"], "cancelled"),
    ]


def test_a_transfer_count_beside_a_removal_count_leaves_it_alone() -> None:
    body = "By our count ICE flew 150 removal flights in May, 400 domestic shuffle flights and 60 connection flights."
    assert _claims(body, context=US)[0] == (150, "exact", "US", [], "completed")
    assert [claim[0] for claim in _claims(body, context=US)] == [150]


def test_a_government_that_received_flights_is_their_destination_and_lends_it_to_the_next_count() -> None:
    body = "Ecuador's government said it had received three flights of deportees last week, and that it would receive another four."
    assert _claims(body, context=US) == [(3, "exact", "US", ["EC"], "completed"), (4, "exact", "US", ["EC"], "planned")]


def test_a_count_followed_by_a_verb_of_arrival_and_more_flights_expected() -> None:
    body = ("Honduras recibió 10 vuelos con deportados esta semana. De los 10 vuelos, siete aterrizaron en San Pedro Sula. "
            "Las autoridades prevén que en marzo lleguen al menos 20 vuelos más.")
    assert _claims(body, "es", US) == [(10, "exact", "US", ["HN"], "completed"), (7, "exact", "US", ["HN"], "completed"),
                                       (20, "at_least", "US", ["HN"], "planned")]


def test_a_count_that_brings_a_total_to_a_number() -> None:
    body = "Two more flights landed in Guatemala on Monday, which brings the total number of deportation flights to Guatemala this year to 153."
    assert (153, "exact", "US", ["GT"], "completed") in _claims(body, context=US)


def test_numbered_flights_under_a_schedule_line_are_one_planned_flight_each() -> None:
    body = ("Vuelos con retornados programados para hoy martes:\n1er vuelo: 10:30 horas, procedente de Mesa, Arizona\n"
            "2do vuelo: 14:00 horas, procedente de El Paso, Texas")
    assert _claims(body, "es", US) == [(1, "exact", "US", [], "planned"), (1, "exact", "US", [], "planned")]


def test_a_breakdown_in_the_sentence_after_a_total_and_a_denial_with_an_adverb() -> None:
    body = ("ICE has carried out 90 removal flights since March. Of those, 40 went to Mexico, 30 to Guatemala and 20 to Honduras. "
            "Venezuela initially refused two flights in April.")
    assert _claims(body, context=US) == [
        (90, "exact", "US", [], "completed"), (40, "exact", "US", ["MX"], "completed"), (30, "exact", "US", ["GT"], "completed"),
        (20, "exact", "US", ["HN"], "completed"), (2, "exact", "US", ["VE"], "denied"),
    ]


def test_a_subset_of_the_flights_a_list_ending_in_one_and_a_planned_month_ahead() -> None:
    body = "Mexico flew 14 deportation flights in January. Nine of the flights went to Honduras, four to Guatemala and one to El Salvador."
    assert _claims(body, context=DocumentContext(origin="MX"))[1:] == [
        (9, "exact", "MX", ["HN"], "completed"), (4, "exact", "MX", ["GT"], "completed"), (1, "exact", "MX", ["SV"], "completed"),
    ]
    [planned] = find_mentions("About 30 flights to Honduras are planned for February.", "en", dt.date(2025, 1, 15), tables=[], context=US)
    assert (planned.period_start, planned.period_end) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))


def test_a_denial_in_the_pluperfect() -> None:
    assert _claims("El domingo, el gobierno había negado el aterrizaje a dos vuelos militares con deportados.", "es", US) == [
        (2, "exact", "US", [], "denied")]


def test_a_previous_value_at_the_same_point_and_a_part_from_another_origin() -> None:
    body = "So far this year Honduras has received 140 deportation flights, up from 118 at the same point last year."
    assert _claims(body, context=US) == [(140, "exact", "US", ["HN"], "completed"), (118, "exact", "US", ["HN"], "completed")]
    body = "Honduras expects 9 deportation flights next week, including two from Mexico."
    # the nine mix senders (some from Mexico): no one origin
    assert _claims(body, context=US) == [(9, "exact", None, ["HN"], "planned"), (2, "exact", "MX", ["HN"], "planned")]


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("On Wednesday the first removal flight to Mauritania left Alexandria, Louisiana. Later that same week, four more flights "
     "departed for Guatemala.", "en", [(1, dt.date(2025, 4, 2), dt.date(2025, 4, 2)), (4, dt.date(2025, 3, 31), dt.date(2025, 4, 6))]),
    ("El lunes aterrizó en San Pedro Sula un vuelo con 130 hondureños deportados. Ese mismo día fueron cancelados otros dos vuelos "
     "a Guatemala.", "es", [(1, dt.date(2025, 4, 7), dt.date(2025, 4, 7)), (2, dt.date(2025, 4, 7), dt.date(2025, 4, 7))]),
    ("Um voo com deportados pousou em Fortaleza nesta sexta-feira. No mesmo dia, outros três voos chegaram a Confins.", "pt",
     [(1, dt.date(2025, 4, 4), dt.date(2025, 4, 4)), (3, dt.date(2025, 4, 4), dt.date(2025, 4, 4))]),
    ("During March, 120 removal flights left the United States. In the same month, 14 flights were cancelled.", "en",
     [(120, dt.date(2025, 3, 1), dt.date(2025, 3, 31)), (14, dt.date(2025, 3, 1), dt.date(2025, 3, 31))]),
])
def test_the_same_day_week_or_month_is_the_one_of_the_last_dated_count(body: str, language: str, expected: list) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[], context=US)
    assert [(m.flights, m.period_start, m.period_end) for m in found] == expected


def test_the_same_period_of_another_year_and_a_week_inside_a_longer_period() -> None:
    compared = "During March, 120 removal flights left the United States. In the same period of 2024, 95 flights left."
    assert [(m.flights, m.period_start, m.period_end) for m in find_mentions(compared, "en", PUBLISHED, tables=[], context=US)][1:] == [
        (95, dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    ]
    wider = "During March, 120 removal flights left the United States. That same week, 30 flights were cancelled."
    assert [(m.flights, m.period_start) for m in find_mentions(wider, "en", PUBLISHED, tables=[], context=US)][1:] == [(30, None)]


@pytest.mark.parametrize(("body", "language", "passengers"), [
    ("A removal flight landed in Tegucigalpa on Monday.\n\nThe plane, an Airbus A320, had 142 Honduran nationals on board.", "en", [142]),
    ("Un vuelo con deportados aterrizó el martes en Ciudad de Guatemala. La aeronave, de una aerolínea privada, llegó con 118 "
     "migrantes a bordo.", "es", [118]),
    ("Three removal flights landed in Tegucigalpa on Monday. The plane that came last had 142 people on board.", "en", [None]),
    ("A removal flight landed in Tegucigalpa on Monday. Officials said it was on time. The plane had 142 people on board.", "en",
     [None]),
    ("A removal flight to Honduras is planned for next week.\n\nThe plane had left Texas with 142 people on board.", "en", [None]),
])
def test_the_sentence_after_one_flight_says_who_was_on_the_plane(body: str, language: str, passengers: list) -> None:
    assert [m.passengers for m in find_mentions(body, language, PUBLISHED, tables=[], context=US)] == passengers


def test_on_a_flight_with_several_stops_one_nationality_is_not_everyone_on_board() -> None:
    one_stop = "A charter flight to Colombia, Ecuador and Peru landed in Lima on Friday with 37 Peruvians."
    everyone = "A charter flight to Colombia, Ecuador and Peru landed in Lima on Friday with 150 deportees."
    assert [(m.destination_countries, m.passengers) for m in find_mentions(one_stop, "en", PUBLISHED, tables=[], context=US)] == [
        (["CO", "EC", "PE"], None)
    ]
    assert [m.passengers for m in find_mentions(everyone, "en", PUBLISHED, tables=[], context=US)] == [150]


@pytest.mark.parametrize(("body", "period"), [
    ("In fiscal year 2023, ICE removed 142,580 people from the United States.\n\nTo carry them out, ICE Air Operations flew more "
     "than 1,200 international flights.", (dt.date(2022, 10, 1), dt.date(2023, 9, 30))),
    ("Durante enero de 2025 fueron deportadas 6.200 personas.\n\nGuatemala recibió 41 vuelos.", (dt.date(2025, 1, 1), dt.date(2025, 1, 31))),
    ("On Monday, 130 deportees were returned to Honduras.\n\nHonduras has received 52 flights.", (None, None)),
    ("In 2024 the economy grew by 3 percent.\n\nGuatemala received 52 removal flights.", (None, None)),
])
def test_a_removal_report_period_stated_before_any_flight_dates_the_counts_that_state_none(body: str, period: tuple) -> None:
    found = find_mentions(body, "en" if body.isascii() else "es", PUBLISHED, tables=[], context=US)
    assert [(m.period_start, m.period_end) for m in found] == [period]


def test_a_summary_bullet_restating_a_list_total_takes_the_lists_status() -> None:
    from transforms.document import read_metadata
    from transforms.extract import document_rows

    body = ("Hoja de datos | Oficina de migración\n\nSan Salvador, 4 de abril de 2024\n\nCifras del mes:\n• 62 vuelos de deportación en marzo\n"
            "• 9 mil personas\n\nEl ICE realizó 62 vuelos de deportación entre el 1 y el 31 de marzo de 2024 a los siguientes países:\n\n"
            "- Guatemala: 40 vuelos\n- Honduras: 22 vuelos\n")
    _, _, _, mentions = document_rows("d", body, read_metadata(body))
    assert [(m["flights"], m["status"], m["period_start"]) for m in mentions] == [(62, "completed", dt.date(2024, 3, 1))]


def test_a_running_total_owns_the_period_inside_its_own_clause() -> None:
    body = "Honduras received 9 removal flights last week, bringing the total this year to 131."
    found = find_mentions(body, "en", PUBLISHED, tables=[], context=US)
    assert [(m.flights, m.period_start, m.period_end) for m in found] == [
        (9, dt.date(2025, 3, 31), dt.date(2025, 4, 6)), (131, dt.date(2025, 1, 1), None),
    ]


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The number of removal flights reached 48 this year.", "en", [48]),
    ("La cifra de vuelos llegó a 48 en lo que va del año.", "es", [48]),
    ("O número de voos chegou a 48 neste ano.", "pt", [48]),
    ("Two more flights landed on Thursday, bringing the monthly tally to 19.", "en", [2, 19]),
    ("Con dos vuelos más el jueves, la cifra mensual llegó a 19.", "es", [2, 19]),
    ("Com mais dois voos na quinta, o número mensal chegou a 19.", "pt", [2, 19]),
    # a tally of people is no count of flights, even beside flights
    ("The number of deportees reached 4,800, officials said after the flights.", "en", []),
    ("La cifra de deportados llegó a 4.800 en los vuelos de este año.", "es", []),
    ("O número de deportados chegou a 4.800 nos voos deste ano.", "pt", []),
])
def test_a_tally_of_flights_that_reached_a_figure_counts_them(body: str, language: str, expected: list) -> None:
    assert [m.flights for m in find_mentions(body, language, PUBLISHED, tables=[], context=US)] == expected


@pytest.mark.parametrize(("body", "language", "destinations"), [
    ("Two more flights carrying Venezuelan migrants landed in El Salvador on Sunday.", "en", ["SV"]),
    ("Tres vuelos con migrantes venezolanos aterrizaron el domingo en El Salvador.", "es", ["SV"]),
    ("A flight carrying 112 Guatemalans landed on Monday.", "en", ["GT"]),
])
def test_the_deportees_nationality_is_the_destination_only_when_no_place_is_named(body: str, language: str, destinations: list) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[], context=US)
    assert [m.destination_countries for m in found] == [destinations]


def test_a_country_that_accepted_flights_is_their_destination() -> None:
    assert _claims("Mexico accepted four deportation flights on Friday, officials said.", "en", US) == [
        (4, "exact", "US", ["MX"], "completed")
    ]


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Con este, suman 12 los vuelos de deportación que han llegado a Colombia.", "es", [(12, "exact", "US", ["CO"], "completed")]),
    ("Son ya más de 40 los vuelos con deportados que aterrizaron en Honduras.", "es", [(40, "more_than", "US", ["HN"], "completed")]),
    ("Two planeloads of deportees arrived in Bogotá on Tuesday.", "en", [(2, "exact", "US", ["CO"], "completed")]),
])
def test_a_spanish_count_before_its_article_and_planeloads(body: str, language: str, expected: list) -> None:
    assert _claims(body, language, US) == expected


@pytest.mark.parametrize(("body", "language", "passengers", "each"), [
    ("In all, 1,200 people were deported on 9 flights to Guatemala.", "en", 1200, None),
    ("Dos aviones militares con 80 deportados cada uno aterrizaron en Bogotá.", "es", 160, 80),
    ("Two military aircraft carrying about 75 migrants each landed in Guatemala.", "en", 150, 75),
])
def test_people_on_the_flights_after_the_count_or_each(body: str, language: str, passengers: int, each: int | None) -> None:
    [mention] = find_mentions(body, language, PUBLISHED, tables=[], context=US)
    assert (mention.passengers, mention.passengers_per_flight) == (passengers, each)


@pytest.mark.parametrize(("body", "language"), [
    ("Venezuela said it had received 12 repatriation flights since February, including flights from Mexico and Honduras.", "en"),
    ("Venezuela recibió 12 vuelos de repatriación desde febrero, entre ellos vuelos desde México y Honduras.", "es"),
    ("A Venezuela recebeu 12 voos de repatriação desde fevereiro, incluindo voos do México e de Honduras.", "pt"),
])
def test_a_count_whose_sentence_mixes_senders_takes_no_origin_from_the_document(body: str, language: str) -> None:
    assert [(flights, origin) for flights, _, origin, _, _ in _claims(body, language, context=US)] == [(12, None)]


PARTS_OF_THE_MONTH = {
    "en": ("ICE flew 212 removal flights in May. Guatemala received 48 of them, Honduras 41 and Mexico 29. "
           "El Salvador got 16, while Colombia and Ecuador each received 11."),
    "es": ("Estados Unidos realizó 212 vuelos de deportación en mayo. Guatemala recibió 48 de ellos, Honduras 41 y "
           "México 29. El Salvador tuvo 16, mientras que Colombia y Ecuador recibieron 11 cada uno."),
    "pt": ("Os Estados Unidos realizaram 212 voos de deportação em maio. A Guatemala recebeu 48 deles, Honduras 41 "
           "e o México 29. El Salvador teve 16, enquanto Colômbia e Equador receberam 11 cada um."),
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_received_part_of_them_opens_a_list_of_places_and_counts_each_received(language: str) -> None:
    assert [(flights, destinations) for flights, _, _, destinations, _ in _claims(PARTS_OF_THE_MONTH[language], language, context=US)] == [
        (212, []), (48, ["GT"]), (41, ["HN"]), (29, ["MX"]), (16, ["SV"]), (11, ["CO"]), (11, ["EC"])]


@pytest.mark.parametrize(("body", "language"), [
    ("Guatemala received 14 flights in May, Honduras 13, El Salvador seven and Mexico six.", "en"),
    ("Guatemala recibió 14 vuelos en mayo, Honduras 13, El Salvador siete y México seis.", "es"),
    ("A Guatemala recebeu 14 voos em maio, Honduras 13, El Salvador sete e o México seis.", "pt"),
])
def test_a_place_with_its_count_in_words_continues_a_list_of_places_and_counts(body: str, language: str) -> None:
    assert [(flights, destinations) for flights, _, _, destinations, _ in _claims(body, language, context=US)] == [
        (14, ["GT"]), (13, ["HN"]), (7, ["SV"]), (6, ["MX"])]


@pytest.mark.parametrize(("body", "language"), [
    ("Flights went to Guatemala, Honduras and El Salvador on Monday, and to Mexico and Colombia on Tuesday.", "en"),
    ("Hubo vuelos a Guatemala, Honduras y El Salvador el lunes, y a México y Colombia el martes.", "es"),
    ("Houve voos para a Guatemala, Honduras e El Salvador na segunda, e para o México e a Colômbia na terça.", "pt"),
])
def test_a_place_followed_by_a_word_that_is_no_number_is_no_pair(body: str, language: str) -> None:
    assert _claims(body, language, context=US) == []


@pytest.mark.parametrize(("body", "language"), [
    ("Guatemala, Honduras and El Salvador received three flights each on Tuesday. Nine flights landed in Central America.", "en"),
    ("Guatemala, Honduras y El Salvador recibieron tres vuelos cada uno el martes. Nueve vuelos aterrizaron en Centroamérica.", "es"),
    ("Guatemala, Honduras e El Salvador receberam três voos cada um na terça. Nove voos pousaram na América Central.", "pt"),
])
def test_places_joined_before_a_receiver_each_receive_and_a_region_names_no_country(body: str, language: str) -> None:
    assert [(flights, destinations) for flights, _, _, destinations, _ in _claims(body, language, context=US)] == [
        (3, ["GT"]), (3, ["HN"]), (3, ["SV"]), (9, [])]


@pytest.mark.parametrize(("body", "language"), [
    ("The two flights carried 260 deportees. Guatemala received 120 of them.", "en"),
    ("Los vuelos trajeron a 260 deportados. Guatemala recibió 120 de ellos.", "es"),
    ("Os voos trouxeram 260 deportados. A Guatemala recebeu 120 deles.", "pt"),
])
def test_a_part_of_the_people_counted_just_before_is_no_count_of_flights(body: str, language: str) -> None:
    assert 120 not in [flights for flights, *_ in _claims(body, language, context=US)]


@pytest.mark.parametrize(("body", "language", "flights"), [
    ("Honduras recibió en marzo 43 vuelos con deportados.", "es", [43]),
    ("Honduras recebeu em março 43 voos com deportados.", "pt", [43]),
    ("Guatemala received in March 43 removal flights.", "en", [43]),
    ("The March 29 flight to Guatemala was full.", "en", []),  # a day before the noun names the flight
])
def test_a_month_before_a_count_too_big_for_a_day_leaves_it_a_count(body: str, language: str, flights: list) -> None:
    assert [found for found, *_ in _claims(body, language, context=US)] == flights


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Ecuador received in March 9 removal flights, three more than in February.", "en", [(9, 3)]),
    ("Ecuador recibió en marzo nueve vuelos de deportación, tres más que en febrero.", "es", [(9, 3)]),
    ("Ecuador recibió en marzo 9 vuelos de deportación, tres más que en febrero.", "es", [(9, 3)]),
    ("O Equador recebeu em março 9 voos de deportação, três a mais que em fevereiro.", "pt", [(9, 3)]),
    # a day is "on March 9", "el 9 de marzo", "no dia 9 de março"
    ("Guatemala received 4 flights on March 9.", "en", [(4, 3)]),
    ("The March 9 flight to Guatemala was full.", "en", []),
])
def test_a_month_opened_by_a_preposition_of_time_or_a_count_in_words_after_a_month_is_no_day(
    body: str, language: str, expected: list
) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[], context=US)
    assert [(m.flights, m.period_start.month) for m in found] == expected


@pytest.mark.parametrize(("body", "language"), [
    ("In 2020, the agency flew 1,100 removal flights; in 2021, 1,300.", "en"),
    ("En 2020 la agencia realizó 1.100 vuelos de deportación; en 2021, 1.300.", "es"),
    ("Em 2020 a agência realizou 1.100 voos de deportação; em 2021, 1.300.", "pt"),
])
def test_a_year_opening_the_next_item_of_yearly_counts_dates_its_count(body: str, language: str) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[], context=US)
    assert [(m.flights, m.period_start.year) for m in found] == [(1100, 2020), (1300, 2021)]


@pytest.mark.parametrize(("body", "language"), [
    ("On an average day, the company runs 20 flights, most of them transfers.", "en"),
    ("En un día promedio, la compañía realiza 20 vuelos, la mayoría traslados.", "es"),
    ("Em um dia médio, a empresa realiza 20 voos, a maioria transferências.", "pt"),
])
def test_flights_on_an_average_day_are_a_rate(body: str, language: str) -> None:
    assert _claims(body, language, context=US) == []


@pytest.mark.parametrize(("body", "language"), [
    ("A plane with 88 deportees landed in Brazil on Friday.\n\nTwo more flights are expected in February.", "en"),
    ("Un avión con 88 deportados aterrizó en Brasil el viernes.\n\nOtros dos vuelos están previstos para febrero.", "es"),
    ("Um avião com 88 deportados pousou no Brasil na sexta.\n\nOutros dois voos estão previstos para fevereiro.", "pt"),
])
def test_a_continuing_count_after_a_paragraph_break_keeps_the_destination(body: str, language: str) -> None:
    assert [(flights, destinations) for flights, _, _, destinations, _ in _claims(body, language, context=US)] == [
        (1, ["BR"]), (2, ["BR"])]


def test_a_count_that_does_not_continue_starts_afresh_after_a_paragraph_break() -> None:
    body = "A plane with 88 deportees landed in Brazil on Friday.\n\nICE flew 212 removal flights in May."
    assert [destinations for _, _, _, destinations, _ in _claims(body, "en", context=US)] == [["BR"], []]


@pytest.mark.parametrize(("body", "language"), [
    ("The ministry said on Thursday that 30 deportation flights reached Brazil in the first half of the year.", "en"),
    ("El ministerio informó este jueves que 30 vuelos de deportación llegaron a Brasil en el primer semestre.", "es"),
    ("O ministério informou nesta quinta-feira que 30 voos de deportação chegaram ao Brasil no primeiro semestre.", "pt"),
])
def test_the_day_a_count_was_reported_is_not_its_period(body: str, language: str) -> None:
    [found] = find_mentions(body, language, dt.date(2025, 7, 3), tables=[], context=US)
    assert (found.period_start, found.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))


def test_a_day_the_flights_landed_stays_their_period() -> None:
    [found] = find_mentions("Two deportation flights landed in Brazil on Thursday, officials said.", "en", dt.date(2025, 7, 4),
                            tables=[], context=US)
    assert found.period_start == dt.date(2025, 7, 3)


@pytest.mark.parametrize(("body", "language"), [
    ("On Monday three flights landed in Guatemala and one more from Mexico.", "en"),
    ("El lunes llegaron a Guatemala tres vuelos y uno más desde México.", "es"),
    ("Na segunda chegaram à Guatemala três voos e mais um vindo do México.", "pt"),
])
def test_one_more_from_another_sender_is_a_flight_of_its_own(body: str, language: str) -> None:
    assert [(flights, origin, destinations) for flights, _, origin, destinations, _ in _claims(body, language, context=US)] == [
        (3, "US", ["GT"]), (1, "MX", ["GT"])]


@pytest.mark.parametrize(("body", "language"), [
    ("Since January, 37 flights have landed in Mexico, while Mexico itself flew 12 flights to Guatemala.", "en"),
    ("Desde enero llegaron a México 37 vuelos, mientras que México también realizó 12 vuelos a Guatemala.", "es"),
    ("Desde janeiro chegaram ao México 37 voos, enquanto o México também realizou 12 voos para a Guatemala.", "pt"),
])
def test_a_sender_in_one_clause_is_not_the_sender_of_flights_that_landed_in_it(body: str, language: str) -> None:
    assert [(flights, origin, destinations) for flights, _, origin, destinations, _ in _claims(body, language, context=US)] == [
        (37, "US", ["MX"]), (12, "MX", ["GT"])]


@pytest.mark.parametrize(("body", "language", "flights"), [
    ("A dozen charter flights landed in Haiti.", "en", [12]),
    ("Two dozen removal flights left Texas for Guatemala last week.", "en", [24]),
    ("Half a dozen flights landed in Haiti in May.", "en", [6]),
    ("Dozens of deportation flights have landed in Honduras this year.", "en", []),
    ("Una veintena de vuelos llegaron a Honduras en mayo.", "es", [20]),
    ("Media docena de vuelos aterrizaron en Haití.", "es", [6]),
    ("Dos docenas de vuelos llegaron a Haití.", "es", [24]),
    ("Decenas de vuelos llegaron a Honduras.", "es", []),
    ("Uma dezena de voos pousou em Fortaleza neste ano.", "pt", [10]),
    ("Meia dúzia de voos pousou no Brasil.", "pt", [6]),
    ("Casi medio centenar de vuelos llegaron a Honduras en 2024.", "es", [50]),
    ("Un centenar de vuelos llegaron a Honduras en 2024.", "es", [100]),
    ("Meia centena de voos pousou no Brasil em 2024.", "pt", [50]),
    ("Centenares de vuelos llegaron a Honduras.", "es", []),
])
def test_a_noun_of_a_round_amount_counts_about_that_many_and_a_vague_plural_none(body: str, language: str, flights: list) -> None:
    found = _claims(body, language, context=US)
    assert [f for f, *_ in found] == flights and all(q == "approx" for _, q, *_ in found)


@pytest.mark.parametrize(("body", "language"), [
    ("The top destinations were Guatemala (48 flights), Honduras (41) and El Salvador (16).", "en"),
    ("Los destinos principales fueron Guatemala (48 vuelos), Honduras (41) y El Salvador (16).", "es"),
    ("Os principais destinos foram a Guatemala (48 voos), Honduras (41) e El Salvador (16).", "pt"),
])
def test_a_count_in_brackets_after_a_place_went_there(body: str, language: str) -> None:
    assert [(flights, destinations) for flights, _, _, destinations, _ in _claims(body, language, context=US)] == [
        (48, ["GT"]), (41, ["HN"]), (16, ["SV"])]


@pytest.mark.parametrize(("body", "language", "flights"), [
    ("About 3 in 10 flights went to Guatemala.", "en", []),
    ("Two out of five flights went to Honduras.", "en", []),
    ("Um em cada cinco voos foi para Fortaleza.", "pt", []),
    ("Seis de cada diez vuelos fueron a Guatemala.", "es", []),
    ("The migrants were returned to Haiti in 12 flights.", "en", [12]),  # "in" after a verb is no fraction
])
def test_a_share_of_the_flights_is_no_count(body: str, language: str, flights: list) -> None:
    assert [f for f, *_ in _claims(body, language, context=US)] == flights


@pytest.mark.parametrize(("body", "language"), [
    ("This brings the number of deportation flights this year to 99.", "en"),
    ("Esto eleva a 99 el número de vuelos de deportación recibidos este año.", "es"),
    ("Isso eleva para 99 o número de voos de deportação recebidos neste ano.", "pt"),
])
def test_a_count_that_raises_the_number_of_flights_is_that_number(body: str, language: str) -> None:
    assert [f for f, *_ in _claims(body, language, context=US)] == [99]


@pytest.mark.parametrize(
    ("body", "language", "counts"),
    [
        ("Guatemala received 31 removal flights in February, up from 25 a year ago.", "en", [31, 25]),
        ("Guatemala received 31 removal flights in February, up from five a day last year.", "en", [31]),
        ("Honduras recibió 27 vuelos en febrero, frente a tres al día en 2024.", "es", [27]),
        ("Honduras recibió 27 vuelos en febrero; el año pasado recibía 2 por semana.", "es", [27]),
        ("O Brasil recebeu 4 voos em fevereiro, contra dois por dia em 2024.", "pt", [4]),
    ],
)
def test_a_number_whose_noun_is_left_out_and_a_rate_follows_is_no_count(body: str, language: str, counts: list[int]) -> None:
    assert [claim[0] for claim in _claims(body, language, context=US)] == counts


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Two removal flights landed in Guatemala, and one more was turned back by Mexico.", "en"),
        ("Dos vuelos de deportación aterrizaron en Guatemala, y uno más fue rechazado por México.", "es"),
        ("Dois voos de deportação pousaram na Guatemala, e mais um foi recusado pelo México.", "pt"),
    ],
)
def test_one_more_with_a_fate_of_its_own_is_one_flight_to_the_country_that_refused_it(body: str, language: str) -> None:
    assert _claims(body, language, context=US) == [(2, "exact", "US", ["GT"], "completed"), (1, "exact", "US", ["MX"], "denied")]


@pytest.mark.parametrize(
    ("body", "language", "counts"),
    [
        ("Three removal flights landed in Haiti on Monday and one more was cancelled.", "en", [(3, "completed"), (1, "cancelled")]),
        ("Tres vuelos de deportación llegaron a Haití el lunes; uno fue cancelado.", "es", [(3, "completed")]),  # one of the three
        ("Três voos de deportação chegaram ao Haiti na segunda e mais um foi cancelado.", "pt", [(3, "completed"), (1, "cancelled")]),
    ],
)
def test_one_more_is_a_flight_beyond_the_count_and_one_alone_is_not(body: str, language: str, counts: list[tuple]) -> None:
    assert [(claim[0], claim[4]) for claim in _claims(body, language, context=US)] == counts


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("A removal flight from Texas was refused by the government of Colombia.", "en"),
        ("Un vuelo de deportación desde Texas fue rechazado por el gobierno de Colombia.", "es"),
        ("Um voo de deportação do Texas foi recusado pelas autoridades da Colômbia.", "pt"),
    ],
)
def test_the_country_a_flight_was_refused_by_is_its_destination(body: str, language: str) -> None:
    assert _claims(body, language) == [(1, "exact", "US", ["CO"], "denied")]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Removal flights, week of April 20–26\n\nTop destinations this week: Guatemala (12), Honduras (9) and Peru (3).", "en"),
        ("Vuelos de deportación de la semana\n\nPrincipales destinos: Guatemala (12), Honduras (9) y Perú (3).", "es"),
        ("Voos de deportação da semana\n\nPrincipais destinos: Guatemala (12), Honduras (9) e Peru (3).", "pt"),
    ],
)
def test_a_destinations_lead_under_a_headline_about_flights_counts_flights(body: str, language: str) -> None:
    assert [(claim[0], claim[3]) for claim in _claims(body, language, context=US)] == [(12, ["GT"]), (9, ["HN"]), (3, ["PE"])]


def test_a_destinations_lead_under_a_headline_about_something_else_counts_nothing() -> None:
    assert _claims("Tourism rebounds in spring\n\nTop destinations this week: Guatemala (12), Honduras (9).", context=US) == []


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("ICE flew 14 removal flights on Monday, including 3 to Honduras and 2 to El Salvador.", "en"),
        ("El ICE realizó 14 vuelos de deportación el lunes, incluidos 3 a Honduras y 2 a El Salvador.", "es"),
        ("O ICE fez 14 voos de deportação na segunda-feira, incluindo 3 para Honduras e 2 para El Salvador.", "pt"),
    ],
)
def test_the_parts_of_a_count_share_its_day(body: str, language: str) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[], context=US)
    assert [(m.flights, m.period_start) for m in found] == [(14, dt.date(2025, 4, 7)), (3, dt.date(2025, 4, 7)), (2, dt.date(2025, 4, 7))]


def test_a_count_after_a_comma_that_is_no_part_keeps_no_day_of_another() -> None:
    body = "ICE flew 14 removal flights on Monday, and Guatemala expects 3 more next month."
    found = find_mentions(body, "en", PUBLISHED, tables=[], context=US)
    assert [(m.flights, m.period_start) for m in found] == [(14, dt.date(2025, 4, 7)), (3, dt.date(2025, 5, 1))]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Guatemala expected four removal flights on Sunday. By noon three of the four had landed; the fourth was rescheduled for Monday.", "en"),
        ("Guatemala esperaba cuatro vuelos el domingo. Al mediodía habían aterrizado tres de los cuatro; el cuarto fue reprogramado para el lunes.", "es"),
        ("A Guatemala esperava quatro voos no domingo. Ao meio-dia, três dos quatro voos tinham pousado; o quarto foi remarcado para segunda.", "pt"),
    ],
)
def test_part_of_a_set_and_the_next_of_the_set(body: str, language: str) -> None:
    assert _claims(body, language, context=US) == [
        (4, "exact", "US", ["GT"], "planned"), (3, "exact", "US", ["GT"], "completed"), (1, "exact", "US", ["GT"], "planned"),
    ]


def test_an_ordinal_that_is_not_the_next_of_the_set_is_no_flight_of_its_own() -> None:
    body = "Guatemala expected four removal flights on Sunday. By noon three of the four had landed; the second was the largest."
    assert [claim[0] for claim in _claims(body, context=US)] == [4, 3]


def test_a_part_of_a_set_of_people_is_no_count_of_flights() -> None:
    body = "A removal flight carried 23 people to Vietnam. Seven of the 15 enforced returnees had been held in prisons."
    assert [claim[0] for claim in _claims(body, context=US)] == [1]


@pytest.mark.parametrize(
    ("body", "language", "country"),
    [
        ("Guatemala took in 18 removal flights in March.", "en", "GT"),
        ("En abril fueron deportados 2.300 hondureños en 18 vuelos.", "es", "HN"),
        ("Costa Rica acogió 9 vuelos de deportación en febrero.", "es", "CR"),
        ("Em abril foram repatriados 800 brasileiros em 6 voos.", "pt", "BR"),
        ("Em abril, 6 voos com deportados desembarcaram em Confins.", "pt", "BR"),  # the airport by its town
    ],
)
def test_receivers_by_taking_in_and_people_deported_by_the_passive(body: str, language: str, country: str) -> None:
    assert [claim[3] for claim in _claims(body, language)] == [[country]]


@pytest.mark.parametrize(("body", "language"), [
    ("Officials expect at least another two flights before the end of the month.", "en"),
    ("Las autoridades esperan al menos otros dos vuelos antes de fin de mes.", "es"),
    ("O governo espera pelo menos mais dois voos até o fim do mês.", "pt"),
    ("O governo espera pelo menos outros dois voos até o fim do mês.", "pt"),
])
def test_a_qualifier_before_more_of_the_flights_still_qualifies_their_count(body: str, language: str) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[], context=US)
    assert [(m.flights, m.qualifier) for m in found] == [(2, "at_least")]


@pytest.mark.parametrize(("body", "language", "flights"), [
    ("The 2019 flights to Ecuador were the first of their kind.", "en", []),
    ("Los 2019 vuelos a Ecuador fueron los primeros de su tipo.", "es", []),
    ("Os 2019 voos para o Equador foram os primeiros do tipo.", "pt", []),
    ("The 2,019 flights to Ecuador were the most ever.", "en", [2019]),
])
def test_a_year_after_an_article_is_no_count(body: str, language: str, flights: list) -> None:
    assert [m.flights for m in find_mentions(body, language, PUBLISHED, tables=[], context=US)] == flights


@pytest.mark.parametrize(("body", "language"), [
    ("Two removal flights landed on Monday; the second touched down at 10:17 in Guatemala City.", "en"),
    ("Dos vuelos aterrizaron el lunes; el segundo llegó a las 10:17 en San Pedro Sula.", "es"),
    ("Dois voos pousaram na segunda; o segundo chegou às 10h17 em Confins.", "pt"),
])
def test_the_minutes_of_a_time_before_a_place_are_no_count(body: str, language: str) -> None:
    assert [m.flights for m in find_mentions(body, language, PUBLISHED, tables=[], context=US)] == [2]
