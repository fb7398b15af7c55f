"""Shapes of real coverage the extractor reads, each with examples and near misses written for this project.

Each test names one shape; its sentences are our own and cover every language the rule claims.
"""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.context import DocumentContext
from transforms.dates import find_publication_date
from transforms.mentions import find_mentions
from transforms.routes import sentence_route

PUBLISHED = dt.date(2025, 7, 11)


def _claims(text: str, language: str) -> list[tuple]:
    return [(m.flights, m.qualifier, m.status, m.origin_country, tuple(m.destination_countries))
            for m in find_mentions(text, language, PUBLISHED, tables=[])]


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Published July 11, 2025 6:00 AM · Updated July 11, 2025 9:41 AM", "en", dt.date(2025, 7, 11)),
    ("Publicado el 5 de mayo de 2025 14:30", "es", dt.date(2025, 5, 5)),
    ("Publicado em 3 de março de 2025 08:15", "pt", dt.date(2025, 3, 3)),
    ("12.04.2023", "es", dt.date(2023, 4, 12)),  # not a time: a date with dots stays whole
])
def test_a_head_date_followed_by_its_time(line: str, language: str, expected: dt.date) -> None:
    assert find_publication_date(line, language).date == expected


@pytest.mark.parametrize(("sentence", "language", "destination"), [
    ("Deportation flights to northern Haiti speed up", "en", ("HT",)),
    ("Two removal flights went to rural Guatemala.", "en", ("GT",)),
    ("Flights landed in western Honduras.", "en", ("HN",)),
    ("Three flights went to South Sudan.", "en", ("SS",)),  # a country whose name starts with a direction stays itself
])
def test_a_part_of_a_country_after_a_destination_cue(sentence: str, language: str, destination: tuple) -> None:
    assert sentence_route(sentence, language).destinations == destination


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Two Immigration and Customs Enforcement planes landed in Haiti.", "en", (2, "exact", "completed", None, ("HT",))),
    ("Three Border Patrol flights landed in Mexico.", "en", (3, "exact", "completed", None, ("MX",))),
    ("Dos aviones de la Fuerza Aérea llegaron a Honduras.", "es", (2, "exact", "completed", None, ("HN",))),
])
def test_a_count_before_a_name_and_its_flight_noun(sentence: str, language: str, expected: tuple) -> None:
    assert expected in _claims(sentence, language)


def test_a_count_is_not_bound_across_a_clause_of_lowercase_words() -> None:
    assert not [c for c in _claims("Two of the crew and the flights landed in Haiti.", "en") if c[0] == 2]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("México retornó a 58 cubanos en un vuelo desde Tapachula.", "es", ("MX", ("CU",))),
    ("Estados Unidos devuelve a 147 cubanos en un vuelo.", "es", ("US", ("CU",))),
    ("The United States returns 120 Hondurans on one flight.", "en", ("US", ("HN",))),
    ("Los Estados Unidos deportan a 90 guatemaltecos en un vuelo.", "es", ("US", ("GT",))),
])
def test_the_deportees_nationality_after_a_present_tense_verb_and_a_personal_a(sentence: str, language: str, expected: tuple) -> None:
    route = sentence_route(sentence, language)
    assert (route.origin, route.destinations) == expected


@pytest.mark.parametrize(("sentence", "language", "origin"), [
    ("En julio las Bahamas realizaron otros dos vuelos con balseros.", "es", "BS"),
    ("Mexico operated three flights to Cuba.", "en", "MX"),
    ("O Brasil realizou dois voos para Angola.", "pt", "BR"),
    ("The UK chartered a flight to Jamaica on Wednesday.", "en", "GB"),
    ("España fletó un vuelo a Mauritania el miércoles.", "es", "ES"),
    ("Portugal fretou um voo para Cabo Verde na quarta-feira.", "pt", "PT"),
])
def test_the_country_that_flies_the_flights_is_their_origin(sentence: str, language: str, origin: str) -> None:
    assert sentence_route(sentence, language).origin == origin


@pytest.mark.parametrize(("sentence", "language"), [
    ("A flight chartered by the government of the United States landed in Confins with 88 Brazilians.", "en"),
    ("Un vuelo fletado por el gobierno de los Estados Unidos aterrizó en San Pedro Sula.", "es"),
    ("Um voo fretado pelo governo dos Estados Unidos com 88 brasileiros pousou em Confins.", "pt"),
])
def test_the_government_that_charters_a_flight_after_a_contracted_article_is_its_origin(sentence: str, language: str) -> None:
    assert sentence_route(sentence, language).origin == "US"


def test_a_country_that_only_receives_is_no_origin() -> None:
    assert sentence_route("Guatemala received three flights.", "en").origin is None


LIST_WITH_PEOPLE_COLUMN = {
    "es": """Vuelos procedentes de Estados Unidos en octubre:
   · Aeropuerto Internacional Ramón Villeda Morales, La Lima (Cortés) ..... 27 vuelos / 2,994 personas
   · Base Aérea Soto Cano, Palmerola (Comayagua) ...... 8 vuelos / 702 personas
   Subtotal Estados Unidos: 35 vuelos / 3,696 personas
""",
    "en": """Removal flights by arrival airport in October:
- Toncontín International Airport (Tegucigalpa): 4 flights / 410 people
- Ramón Villeda Morales International Airport (San Pedro Sula): 9 flights / 1,020 people
Subtotal United States: 13 flights / 1,430 people
""",
    "pt": """Voos de deportação por aeroporto de chegada em outubro:
- Aeroporto Internacional de Confins (Belo Horizonte): 3 voos / 290 pessoas
- Aeroporto Internacional Pinto Martins (Fortaleza): 5 voos / 510 pessoas
Subtotal Estados Unidos: 8 voos / 800 pessoas
""",
}


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_a_list_line_with_a_column_of_people_after_its_flights_and_a_subtotal_that_is_no_row(language: str) -> None:
    from transforms.tables import find_flight_tables

    body = LIST_WITH_PEOPLE_COLUMN[language]
    rows = [(row.flights, row.kind) for table in find_flight_tables(body, language, dt.date(2024, 11, 6)) for row in table.rows]
    assert [flights for flights, _ in rows] == {"es": [27, 8], "en": [4, 9], "pt": [3, 5]}[language], "people counts and subtotals are no rows"
    assert {kind for _, kind in rows} == {"airport"}


@pytest.mark.parametrize(("label", "country"), [
    ("Aeropuerto Internacional Ramón Villeda Morales, La Lima (Cortés)", "HN"),  # the airport wins over a Peruvian Lima
    ("Base Aérea Soto Cano, Palmerola (Comayagua)", "HN"),  # the bracketed department locates the base
    ("Lima", "PE"),
])
def test_the_country_of_a_place_label(label: str, country: str) -> None:
    from transforms.tables import _place_country

    assert _place_country(label) == country


SUMMED_LISTS = {
    "en": "12 removal flights to 3 countries this week.\n\nBY COUNTRY\n- Guatemala (6), two of them on Friday\n- Honduras (4)\n- Ecuador (2)\n",
    "es": "Esta semana salieron 9 vuelos de deportación.\n\nPOR PAÍS\n- Guatemala (5)\n- Honduras (3)\n- El Salvador (1)\n",
    "pt": "Nesta semana pousaram 7 voos de deportação.\n\nPOR PAÍS\n- Brasil (4)\n- Guatemala (3)\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_country_list_whose_lines_add_up_to_a_count_of_flights_above_counts_flights(language: str) -> None:
    from transforms.tables import find_flight_tables

    [table] = find_flight_tables(SUMMED_LISTS[language], language, dt.date(2025, 3, 15))
    assert table.stated_total == sum(row.flights for row in table.rows)


def test_a_country_list_that_adds_up_to_no_count_of_flights_is_no_flight_list() -> None:
    from transforms.tables import find_flight_tables

    body = "The agency removed people by nationality.\n\nBY COUNTRY\n- Guatemala (600)\n- Honduras (400)\n"
    assert find_flight_tables(body, "en", dt.date(2025, 3, 15)) == []


def test_lateral_flights_are_another_leg() -> None:
    from transforms.tables import parse_line

    assert parse_line("- 8 Lateral flights to El Paso and San Diego.", 0).excluded
    assert parse_line("- 19 Removal flights to 7 countries.", 0) is None or not parse_line("- 19 Removal flights to 7 countries.", 0).excluded


@pytest.mark.parametrize(("sentence", "language"), [
    ("19 removal flights to 7 countries, the busiest week for Mexico since December.", "en"),
    ("Salieron 12 vuelos a 5 países, la semana más activa para Honduras.", "es"),
])
def test_flights_to_several_countries_name_none_of_them(sentence: str, language: str) -> None:
    [claim] = _claims(sentence, language)
    assert claim[4] == ()


ARTICLE = "Two deportation flights landed in Guatemala on Tuesday.\n\nOfficials said more would follow.\n"


@pytest.mark.parametrize("tail", [
    "\nReactions:\n- \"They should stop this.\" - Kojo, Tema\n- \"Good.\" - Efua A., Kumasi\n",
    "\nTOP RATED COMMENTS\nGeoffFromKent, Maidstone, 2 hours ago\nOnly two?? 1,204 up-votes\n",
    "\nReacciones de los lectores\nMaría: qué vergüenza\n",
    "\nReações dos leitores\nJoão: absurdo\n",
])
def test_a_reactions_or_top_comments_heading_starts_the_comments(tail: str) -> None:
    from transforms.document import clean_body

    assert clean_body(ARTICLE + tail) == ARTICLE.strip()


@pytest.mark.parametrize("tail", [
    "\nMore on this story\n- Home Office to resume removal flights after a gap – 3 Mar 2022\n- Another story – 28 Feb 2022\n",
    "\nNoticias relacionadas\n- Llegan otros 119 deportados en vuelo chárter\n",
    "\nNotícias relacionadas\n- Mais um voo chega a Confins\n",
    "\nSubscribe to continue reading. Already a subscriber? Log in.\n",
    "\nSuscríbete para seguir leyendo.\n",
    "\nAssine para continuar lendo.\n",
    "\nWas this page helpful?\nLast Updated: 12/10/2024\n",
    "\nVer: ICE programa 4 vuelos más hacia Centroamérica\n",
    "\nShare or comment on this article: 1.4k comments\n",
    "\nAlso read | Mexico receives 12 flights\n",
    "\nRecommended for you\n3 flights land in Haiti\n",
    "\nTendencias\nAerolínea suma 3 vuelos a Madrid\nLlegan 9 vuelos en un día\n",
    "\nPhoto: File. A flight from 2019, when 9 flights a week arrived.\n",
    "\nCorrection: An earlier version of this story said 12 flights had landed.\n",
    "\nFe de erratas: una versión anterior de esta nota decía que llegaron 12 vuelos.\n",
    "\nErrata: uma versão anterior desta reportagem informou que eram 12 voos.\n",
    "\nFoto: Archivo. Un vuelo de 2019, cuando llegaban 5 vuelos por semana.\n",
    "\nImagem: Arquivo. Um voo de 2019, quando chegavam 3 voos por semana.\n",
    "\nEm alta\nChegam 4 voos em um dia\nAzul cria 2 rotas\n",
    "\nMás populares\nLlegan 9 vuelos en un día\n",
    "\nMais populares\nChegam 4 voos em um dia\n",
    "\nMÁS INFORMACIÓN\nHonduras recibe 7 vuelos en un día\n",
    "\nNotas relacionadas\nHonduras: 12 vuelos llegan en una semana\n",
    "\nVer más: 7 vuelos llegaron a Tegucigalpa\n",
    "\nLeia mais: Brasil recebe 3 voos em uma semana\n",
    "\nOutras notícias\nBrasil recebe 4 voos\n",
])
def test_related_links_paywalls_and_page_furniture_are_not_article_text(tail: str) -> None:
    from transforms.document import clean_body

    assert clean_body(ARTICLE + tail) == ARTICLE.strip()


def test_a_paragraph_that_mentions_reactions_or_subscribers_stays() -> None:
    from transforms.document import clean_body

    body = ARTICLE + "\nReactions in Guatemala City were muted, officials said.\n\nPaid subscribers of the airline were not affected, it said.\n"
    assert "Reactions in Guatemala City" in clean_body(body)
    # a paragraph that opens on photos, or on the year's trends, is prose
    prose = ("Photos of the two flights were published by the ministry.",
             "Corrections officers escorted the deportees onto the two flights.",
             "Tendencias del año: los vuelos de deportación aumentaron un 20 %.")
    for paragraph in prose:
        assert paragraph in clean_body(ARTICLE + "\n" + paragraph + "\n")


@pytest.mark.parametrize(("body", "origin"), [
    ("A Home Office charter flight to Jamaica took off from Birmingham with six people on board.", "GB"),
    ("The Australian Border Force ran two charter flights to Auckland.", "AU"),
    ("Die Bundespolizei begleitete den Flug nach Kabul. The Bundespolizei escorted the flight to Kabul.", "DE"),
    ("Immigration and Customs Enforcement ran two flights; the Home Office was not involved.", "US"),  # a US agency wins
])
def test_a_sending_countrys_removal_agency_makes_it_the_sender(body: str, origin: str) -> None:
    from transforms.context import read_context

    assert read_context(body, None, []).origin == origin


@pytest.mark.parametrize(("title", "destination"), [
    ("Three flights bring 1,436 Ethiopians home from Saudi Arabia", "ET"),  # the comma of a thousand is no clause break
    ("Dos vuelos traen a 240 hondureños desde Texas", "HN"),
    ("Voos trazem 200 brasileiros dos Estados Unidos", "BR"),
])
def test_the_headline_s_deportees_are_where_its_flights_went(title: str, destination: str) -> None:
    from transforms.context import read_context

    assert read_context(title, title, []).destination == destination


@pytest.mark.parametrize(("sentence", "language", "destinations"), [
    ("Two charter flights remove 27 New Zealand citizens from Australia.", "en", ("NZ",)),
    ("Mexico citizens groups protested as two flights left Texas.", "en", ()),  # no count or removal verb before: no deportees
    ("Dois voos levaram 150 Brasil cidadãos para casa.", "pt", ("BR",)),
])
def test_a_country_followed_by_citizens_names_the_deportees_in_english_and_portuguese(sentence: str, language: str, destinations: tuple) -> None:
    assert sentence_route(sentence, language).destinations == destinations


def test_a_country_s_mission_abroad_is_no_end_of_a_flight() -> None:
    route = sentence_route("A flight carrying 13 people went ahead despite a request from the Jamaican high commission.", "en")
    assert route.origin is None


@pytest.mark.parametrize(("sentence", "language"), [
    ("En enero se contabilizaron 11 vuelos de deportación; en febrero, 12; en marzo, 10.", "es"),
    ("ICE ran 11 removal flights to Honduras in January; in February, 12; in March, 10.", "en"),
    ("Foram 11 voos de deportação em janeiro; em fevereiro, 12; em março, 10.", "pt"),
])
def test_a_list_of_monthly_counts_after_a_count_of_flights(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, dt.date(2024, 7, 10), tables=[])
    assert [(m.flights, m.period_start.month if m.period_start else None) for m in found] == [(11, 1), (12, 2), (10, 3)]


def test_a_month_and_a_number_that_is_no_list_item_stays_out() -> None:
    found = find_mentions("Llegaron 11 vuelos en enero de 2024, con 1.200 personas.", "es", dt.date(2024, 7, 10), tables=[])
    assert [m.flights for m in found] == [11]


@pytest.mark.parametrize(("sentence", "language"), [
    ("La cifra semestral supera en 3 vuelos a la del mismo periodo de 2023.", "es"),
    ("The half-year total exceeds last year's by 3 flights.", "en"),
])
def test_a_difference_between_two_totals_is_no_count(sentence: str, language: str) -> None:
    assert not [m for m in find_mentions(sentence, language, dt.date(2024, 7, 10), tables=[]) if m.flights == 3]


@pytest.mark.parametrize(("sentence", "language", "flights"), [
    ("En contraste, abril registró apenas 38 aterrizajes.", "es", 38),
    ("The airport logged 41 landings of removal charters in May.", "en", 41),
    ("O aeroporto registrou 12 pousos de voos fretados em maio.", "pt", 12),
])
def test_landings_count_flights(sentence: str, language: str, flights: int) -> None:
    assert flights in [m.flights for m in find_mentions(sentence, language, dt.date(2024, 12, 30), tables=[])]


def test_a_single_landing_is_an_event_not_a_count() -> None:
    assert find_mentions("Colombia denied landing to the plane.", "en", dt.date(2024, 12, 30), tables=[]) == [] or all(
        m.flights != 0 for m in find_mentions("Colombia denied landing to the plane.", "en", dt.date(2024, 12, 30), tables=[]))


@pytest.mark.parametrize(("sentence", "language", "status"), [
    ("Para este lunes por la noche se espera el último vuelo del año, procedente de Texas.", "es", "planned"),
    ("The next flight to Haiti is scheduled for Friday.", "en", "planned"),
    ("O próximo voo para o Brasil deve chegar na sexta.", "pt", "planned"),
])
def test_the_last_or_next_flight_is_one_flight(sentence: str, language: str, status: str) -> None:
    assert [(m.flights, m.status) for m in find_mentions(sentence, language, dt.date(2024, 12, 30), tables=[])] == [(1, status)]


def test_the_last_flight_with_nothing_happening_to_it_is_no_count() -> None:
    assert find_mentions("The last flight was the subject of a report.", "en", dt.date(2024, 12, 30), tables=[]) == []


@pytest.mark.parametrize(("sentence", "language"), [
    ("Octubre fue el mes más intenso, con 66 vuelos, seguido de noviembre (61) y agosto (58).", "es"),
    ("October was the busiest month with 66 flights, followed by November (61) and August (58).", "en"),
    ("Outubro foi o mês mais intenso, com 66 voos, seguido de novembro (61) e agosto (58).", "pt"),
])
def test_months_with_their_counts_in_brackets_after_a_count_of_flights(sentence: str, language: str) -> None:
    assert [m.flights for m in find_mentions(sentence, language, dt.date(2024, 12, 30), tables=[])] == [66, 61, 58]


@pytest.mark.parametrize(("text", "language"), [
    ("En 2024 aterrizaron 131 vuelos. En agosto, el mes con más operaciones, llegaron 19, frente a 11 en enero.", "es"),
    ("Em 2024 pousaram 131 voos. Em agosto, o mês mais movimentado, chegaram 19.", "pt"),
])
def test_a_count_after_a_spanish_or_portuguese_verb_of_arrival_next_to_a_sentence_about_flights(text: str, language: str) -> None:
    assert 19 in [m.flights for m in find_mentions(text, language, dt.date(2024, 12, 30), tables=[])]


TABLES_WITH_A_TEXT_COLUMN = {
    "en": "Removal flights by destination, August 2025\n| Destination | Removal flights | Main departure airports |\n|---|---|---|\n"
          "| Guatemala | 58 | Alexandria, Harlingen |\n| Honduras | 41 | Alexandria, El Paso |\n| Total | 99 | |\n",
    "es": "Vuelos de deportación por destino, agosto de 2025\n| Destino | Vuelos | Aeropuertos de salida |\n|---|---|---|\n"
          "| Guatemala | 58 | Alexandria, Harlingen |\n| Honduras | 41 | Alexandria, El Paso |\n",
    "pt": "Voos de deportação por destino, agosto de 2025\n| Destino | Voos | Aeroportos de partida |\n|---|---|---|\n"
          "| Brasil | 7 | Alexandria |\n| Guatemala | 58 | Alexandria, Harlingen |\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_table_whose_rows_add_a_column_of_text_is_keyed_by_its_first_column(language: str) -> None:
    from transforms.tables import find_flight_tables

    rows = [(row.label, row.flights) for table in find_flight_tables(TABLES_WITH_A_TEXT_COLUMN[language], language, dt.date(2025, 9, 5))
            for row in table.rows]
    assert rows == {"en": [("Guatemala", 58), ("Honduras", 41)], "es": [("Guatemala", 58), ("Honduras", 41)],
                    "pt": [("Brasil", 7), ("Guatemala", 58)]}[language]


FRONTEX_STYLE = {
    "en": "## Charter return operations by country of return, 2023\n\n| Country of return | Operations | People returned | Share |\n|---|---:|---:|---:|\n"
          "| Georgia | 61 | 2,184 | 15% |\n| Albania | 44 | 1,317 | 11% |\n| **Total** | **105** | **3,501** | **26%** |\n",
    "es": "## Operaciones de retorno por país, 2023\n\n| País | Operaciones | Personas retornadas |\n|---|---:|---:|\n"
          "| Georgia | 61 | 2.184 |\n| Albania | 44 | 1.317 |\n",
    "pt": "## Operações de retorno por país, 2023\n\n| País | Operações | Pessoas retornadas |\n|---|---:|---:|\n"
          "| Geórgia | 61 | 2.184 |\n| Albânia | 44 | 1.317 |\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_table_of_return_operations_counts_flights(language: str) -> None:
    from transforms.tables import find_flight_tables

    rows = [(row.countries, row.flights) for table in find_flight_tables(FRONTEX_STYLE[language], language, dt.date(2024, 2, 14)) for row in table.rows]
    assert rows == [(["GE"], 61), (["AL"], 44)]


def test_a_table_of_military_operations_is_no_flight_list() -> None:
    from transforms.tables import find_flight_tables

    body = "## Troops deployed by country\n\n| Country | Soldiers | People displaced |\n|---|---:|---:|\n| Georgia | 61 | 2,184 |\n| Albania | 44 | 1,317 |\n"
    assert find_flight_tables(body, "en", dt.date(2024, 2, 14)) == []


@pytest.mark.parametrize(("sentence", "language"), [
    ("If January's pace holds, the agency would pass 450 charter operations in 2024.", "en"),
    ("Si se mantiene el ritmo, el país superaría los 300 vuelos este año.", "es"),
    ("Neste ritmo, o país poderia chegar a 40 voos em 2025.", "pt"),
])
def test_a_projection_is_no_count(sentence: str, language: str) -> None:
    assert find_mentions(sentence, language, dt.date(2024, 2, 14), tables=[]) == []


def test_a_footnote_mark_is_no_count() -> None:
    from transforms.document import clean_body

    assert clean_body("Collecting return operations[^3] use escorts from the country of return.") == (
        "Collecting return operations use escorts from the country of return.")


def test_frontex_flies_for_many_senders() -> None:
    from transforms.context import read_context

    assert read_context("Frontex coordinated 402 charter return operations in 2023, deportation flights all.", None, []).origin is None


@pytest.mark.parametrize(("sentence", "language"), [
    ("Since January, roughly 1,150 transfer flights carrying detainees have landed in Alexandria.", "en"),
    ("Desde enero aterrizaron unos 1.150 vuelos de traslado con detenidos.", "es"),
    ("Desde janeiro pousaram 1.150 voos de transferência com detidos.", "pt"),
    ("La Aurora prevé 1,036 vuelos comerciales durante Semana Santa.", "es"),
    ("The airport expects 1,036 commercial flights over the holiday.", "en"),
    ("O aeroporto prevê 1.036 voos comerciais no feriado.", "pt"),
])
def test_transfer_and_commercial_flights_are_no_removal_flights(sentence: str, language: str) -> None:
    assert find_mentions(sentence, language, dt.date(2025, 4, 10), tables=[]) == []


def test_people_before_a_portuguese_preposition_and_flights_are_no_count_of_flights() -> None:
    found = find_mentions("Em 2024, o país recebeu 1.048 deportados em voos fretados.", "pt", dt.date(2025, 5, 20), tables=[])
    assert 1048 not in [m.flights for m in found]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The Boeing 787 left at dawn after the men boarded; two flights had left before.", "en"),
    ("El Airbus A320 despegó; antes habían salido dos vuelos.", "es"),
    ("O Boeing 767 decolou; antes haviam saído dois voos.", "pt"),
])
def test_an_aircraft_model_is_no_count(sentence: str, language: str) -> None:
    assert [m.flights for m in find_mentions(sentence, language, dt.date(2025, 5, 20), tables=[])] == [2]


PLAIN_PIPE_TABLES = {
    "en": "WEEK OF JUNE 9: 8 removal flights expected\n\n  Country     | Flights | Days\n  Guatemala   |    5    | Mon, Tue\n  Honduras    |    3    | Wed\n",
    "es": "SEMANA DEL 9 DE JUNIO: se esperan 8 vuelos\n\n  País        | Vuelos | Días\n  Guatemala   |   5    | lun, mar\n  Honduras    |   3    | mié\n",
    "pt": "SEMANA DE 9 DE JUNHO: 8 voos previstos\n\n  País        | Voos | Dias\n  Brasil      |   5  | seg, ter\n  Guatemala   |   3  | qua\n",
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_plain_text_table_with_pipes_between_its_columns(language: str) -> None:
    from transforms.tables import find_flight_tables

    rows = [row.flights for table in find_flight_tables(PLAIN_PIPE_TABLES[language], language, dt.date(2025, 6, 8)) for row in table.rows]
    assert rows == [5, 3]


@pytest.mark.parametrize("line", ["By Ana Ruiz | May 4, 2025 | 3 min read", "Inicio | Nacionales | Migración", "Por Ana Ruiz | 4 de mayo"])
def test_a_byline_or_a_trail_of_links_with_pipes_is_no_table_row(line: str) -> None:
    from transforms.tables import parse_line

    assert parse_line(line, 0) is None


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Date: Sun, Jun 8, 2025 at 6:12 PM", "en", dt.date(2025, 6, 8)),
    ("Thu 10 Mar 2022 09.12 GMT", "en", dt.date(2022, 3, 10)),
    ("KUALA LUMPUR, Wednesday 24 February 2021", "en", dt.date(2021, 2, 24)),
    ("Release Date: December 10, 2024", "en", dt.date(2024, 12, 10)),
    ("Fecha de corte: 30/09/2023 · Fecha de publicación: 13/10/2023", "es", dt.date(2023, 10, 13)),  # a cut-off is no publication
    ("  • 06 de mayo de 2025 a las 15:10", "es", dt.date(2025, 5, 6)),
    ("Jueves 9 de noviembre de 2023", "es", dt.date(2023, 11, 9)),
    ("15/07/2025 às 07h30", "pt", dt.date(2025, 7, 15)),
    ("Quinta-feira, 3 de abril de 2025", "pt", dt.date(2025, 4, 3)),
    ("Data de publicação: 02/05/2025", "pt", dt.date(2025, 5, 2)),
])
def test_a_head_date_with_its_weekday_time_or_label(line: str, language: str, expected: dt.date) -> None:
    assert find_publication_date(line, language).date == expected


@pytest.mark.parametrize(("line", "language"), [("CARACAS, Aug 19", "en"), ("Fecha de corte: 30/09/2023", "es"), ("Datos al 30/09/2023", "es")])
def test_a_head_date_without_a_year_or_only_a_cut_off_gives_no_publication_date(line: str, language: str) -> None:
    assert find_publication_date(line, language).date is None


@pytest.mark.parametrize(("head", "title", "publisher"), [
    ("From: CenLa Rapid Response Network <updates@cenla-rrn.org>\nSubject: [RRN weekly] Flights expected out of AEX\n\nText of the e-mail here.",
     "[RRN weekly] Flights expected out of AEX", "CenLa Rapid Response Network"),
    ("De: Red de Apoyo Migrante <info@red.org>\nAsunto: Vuelos previstos esta semana\n\nTexto del correo.",
     "Vuelos previstos esta semana", "Red de Apoyo Migrante"),
    ("De: Rede de Acolhida <contato@rede.org>\nAssunto: Voos previstos nesta semana\n\nTexto da mensagem.",
     "Voos previstos nesta semana", "Rede de Acolhida"),
])
def test_an_e_mail_s_subject_and_sender(head: str, title: str, publisher: str) -> None:
    from transforms.document import read_metadata

    meta = read_metadata(head)
    assert (meta.title, meta.publisher) == (title, publisher)


@pytest.mark.parametrize(("name", "tidied"), [
    ("(APN)", "APN"),
    ("Servicio Nacional de Migraciones · Sala de prensa", "Servicio Nacional de Migraciones"),
    ("Instituto Nacional de Migración – Honduras", "Instituto Nacional de Migración – Honduras"),  # a country after a dash stays
    ("Diario (El Norte)", "Diario (El Norte)"),
])
def test_a_publisher_without_brackets_or_a_section_after_a_dot(name: str, tidied: str) -> None:
    from transforms.document import PUBLISHER_PREFIX, _tidy

    assert _tidy(name, PUBLISHER_PREFIX) == tidied


@pytest.mark.parametrize("furniture", [
    "Sign up for our daily newsletter", "Follow us on X and Facebook", "Tags: deportation, ICE, Guatemala", "Advertisement", "Most read",
    "Suscríbete a nuestro boletín", "Síguenos en redes sociales", "Etiquetas: deportación, vuelos", "Publicidad", "Lo más leído",
    "Assine nossa newsletter", "Siga-nos nas redes", "Publicidade", "Mais lidas",
])
def test_newsletter_follow_tag_advertisement_and_most_read_lines_are_not_article_text(furniture: str) -> None:
    from transforms.document import clean_body

    assert clean_body(ARTICLE + "\n" + furniture + "\n") == ARTICLE.strip()


def test_a_sentence_about_advertisements_or_tags_stays() -> None:
    from transforms.document import clean_body

    body = ARTICLE + "\nAdvertisements for charter seats were pulled, officials said.\n"
    assert "Advertisements for charter seats" in clean_body(body)


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Guatemala received 58 removal flights in July, followed by Honduras with 41.", "en", [(58, ("GT",)), (41, ("HN",))]),
    ("Guatemala recibió 58 vuelos en julio, seguida por Honduras con 41.", "es", [(58, ("GT",)), (41, ("HN",))]),
    ("O Brasil recebeu 58 voos em julho, seguido de Honduras com 41 e El Salvador com 19.", "pt",
     [(58, ("BR",)), (41, ("HN",)), (19, ("SV",))]),
    ("O Brasil recebeu 58 voos em julho, seguido por Honduras com 41.", "pt", [(58, ("BR",)), (41, ("HN",))]),
])
def test_a_ranking_continues_a_count_with_the_next_places_and_their_figures(sentence: str, language: str, expected: list) -> None:
    assert [(c[0], c[4]) for c in _claims(sentence, language)] == expected


@pytest.mark.parametrize(("sentence", "language"), [
    ("Guatemala received 58 removal flights in July, followed by a drop to 41 people a day.", "en"),
    ("O Brasil recebeu 58 voos em julho, seguido de Honduras com 41 mil pessoas.", "pt"),
])
def test_a_ranking_does_not_take_a_number_of_something_else(sentence: str, language: str) -> None:
    assert [c[0] for c in _claims(sentence, language)] == [58]


@pytest.mark.parametrize(("sentence", "language", "whole"), [
    ("Of the 228 removal flights in August, Guatemala received 58 and Honduras 41.", "en", (228, ())),
    ("De los 228 vuelos de deportación de agosto, Guatemala recibió 58 y Honduras 41.", "es", (228, ())),
    ("Dos 228 voos de deportação de agosto, a Guatemala recebeu 58 e Honduras 41.", "pt", (228, ())),
    ("Of the 40 removal flights to Guatemala, 12 left from Texas.", "en", (40, ("GT",))),  # the whole names its own destination
])
def test_a_whole_whose_parts_follow_keeps_its_own_route(sentence: str, language: str, whole: tuple) -> None:
    assert next((c[0], c[4]) for c in _claims(sentence, language)) == whole


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("A flight with 88 Brazilians landed on Friday.", "en", (1, ("BR",))),
    ("Un vuelo con 88 brasileños aterrizó el viernes.", "es", (1, ("BR",))),
    ("O Itamaraty confirmou a chegada de mais um voo com 88 brasileiros.", "pt", (1, ("BR",))),
    ("Um voo levando 88 brasileiros deportados pousou na sexta.", "pt", (1, ("BR",))),
    ("Os Estados Unidos deportaram 200 brasileiros em dois voos.", "pt", (2, ("BR",))),
    ("The United States deported 200 Brazilians on two flights.", "en", (2, ("BR",))),
])
def test_the_people_a_flight_carries_say_where_it_went(sentence: str, language: str, expected: tuple) -> None:
    assert expected in [(c[0], c[4]) for c in _claims(sentence, language)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The United States deported 200 Brazilians on two flights.", "en"),
    ("Estados Unidos deportó a 200 brasileños en dos vuelos.", "es"),
    ("Os Estados Unidos deportaram 200 brasileiros em dois voos.", "pt"),
    ("Os EUA deportaram 200 brasileiros em dois voos.", "pt"),
])
def test_the_country_that_deports_people_is_where_their_flights_left_from(sentence: str, language: str) -> None:
    assert [c[3] for c in _claims(sentence, language)] == ["US"]


@pytest.mark.parametrize(("sentence", "language", "counts"), [
    ("The agency ran 402 charter flights in 2023, up from 327 in 2022 and 243 in 2021.", "en", {402, 327, 243}),
    ("Se realizaron 40 vuelos en marzo, frente a 48 en febrero y 31 en enero.", "es", {40, 48, 31}),
    ("Foram 40 voos em março, contra 48 em fevereiro e 31 em janeiro.", "pt", {40, 48, 31}),
])
def test_counts_dated_one_after_another_share_the_flight_noun(sentence: str, language: str, counts: set[int]) -> None:
    assert {claim[0] for claim in _claims(sentence, language)} == counts


@pytest.mark.parametrize(("sentence", "language"), [
    ("Guatemala received 12 flights in May and 300 in remittances.", "en"),  # not dated: no sibling of the dated count
    ("Llegaron 12 vuelos en mayo y 300 en autobuses.", "es"),
    ("Chegaram 12 voos em maio e 300 em ônibus.", "pt"),
])
def test_a_number_dated_by_no_time_is_no_sibling(sentence: str, language: str) -> None:
    assert {claim[0] for claim in _claims(sentence, language)} == {12}


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Another removal flight landed in Guatemala City on Friday.", "en", (1, "exact", "completed", None, ("GT",))),
    ("Another charter from the United States is scheduled to land in Tbilisi in November.", "en",
     (1, "exact", "planned", "US", ("GE",))),
])
def test_another_flight_is_one_more_flight(sentence: str, language: str, expected: tuple) -> None:
    assert expected in _claims(sentence, language)


@pytest.mark.parametrize(("sentence", "language", "origin"), [
    ("A U.S. military aircraft was expected to land in Amritsar.", "en", "US"),
    ("Another U.S. military plane, with 100 people on board, was expected to land at the same airport.", "en", "US"),
    ("Un avión militar estadounidense aterrizó en Amritsar.", "es", "US"),
    ("Um avião militar americano pousou em Amritsar.", "pt", "US"),
])
def test_a_country_that_owns_the_aircraft_is_no_destination(sentence: str, language: str, origin: str) -> None:
    route = sentence_route(sentence, language)
    assert route.origin == origin and origin not in route.destinations


@pytest.mark.parametrize(("sentence", "language"), [
    ("Six removal flights to Mauritania so far this year.", "en"),
    ("El MNP supervisó 12 de estos vuelos en todas sus fases.", "es"),
    ("Doze voos de deportação para o Brasil neste ano.", "pt"),
])
def test_a_count_with_no_cue_of_plans_or_refusals_is_of_flights_that_flew(sentence: str, language: str) -> None:
    """Reports count what happened: the path says the status is the default, so its confidence is measured apart."""
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert found and all(m.status == "completed" and m.steps["status"] == "default" for m in found)


@pytest.mark.parametrize(("sentence", "language", "destinations"), [
    ("Honduras ha recibido 14 vuelos desde Estados Unidos, según los registros del centro de La Lima.", "es", ("HN",)),
    ("Llegaron 3 vuelos a Honduras, según el registro de la Lima hondureña.", "es", ("HN",)),
])
def test_a_place_after_of_and_its_article_is_no_destination(sentence: str, language: str, destinations: tuple) -> None:
    """'del centro de La Lima': a place that names whose records they are, not where the flights went."""
    assert sentence_route(sentence, language).destinations == destinations


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    # the count's own phrase names where its flights left from, after another origin the sentence names first
    ("Es el quinto vuelo desde Estados Unidos, si se cuentan los tres vuelos que Conviasa realizó desde Ciudad de México.", "es",
     (3, "MX")),
    ("The fifth flight from the United States this year, not counting the two flights that left from Mexico City.", "en", (2, "MX")),
    ("É o quinto voo vindo dos Estados Unidos, sem contar os dois voos que saíram da Cidade do México.", "pt", (2, "MX")),
])
def test_an_origin_in_the_counts_own_phrase(sentence: str, language: str, expected: tuple) -> None:
    assert expected in {(claim[0], claim[3]) for claim in _claims(sentence, language)}


@pytest.mark.parametrize(("sentence", "language", "origin"), [
    ("Un avión de Conviasa partió el martes de Guayaquil con 122 venezolanos.", "es", "EC"),
    ("The charter left on Friday from Mesa, Arizona, with 80 people.", "en", "US"),
    ("O avião partiu ontem de Fortaleza com 90 pessoas.", "pt", "BR"),
])
def test_a_time_between_the_departure_and_where_from(sentence: str, language: str, origin: str) -> None:
    assert sentence_route(sentence, language).origin == origin


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Interior suspendió in extremis el vuelo de repatriación a Dakar.", "es", (1, "exact", "cancelled", None, ("SN",))),
    ("No es la primera vez: el vuelo a Dakar que debía salir el lunes también se anuló.", "es", (1, "exact", "cancelled", None, ("SN",))),
    ("Officials cancelled the charter to Haiti at the last minute.", "en", (1, "exact", "cancelled", None, ("HT",))),
    ("O governo cancelou o voo para o Brasil.", "pt", (1, "exact", "cancelled", None, ("BR",))),
    ("Colombia refused the flight from Texas.", "en", (1, "exact", "denied", "US", ("CO",))),
])
def test_the_one_flight_a_cancellation_or_refusal_is_about(sentence: str, language: str, expected: tuple) -> None:
    assert expected in _claims(sentence, language)


@pytest.mark.parametrize(("sentence", "language"), [
    ("He said the cancelled flight was a mistake.", "en"),  # no cancellation said of it here: a figure of speech
    ("El vuelo de la semana pasada llegó con retraso.", "es"),
])
def test_a_definite_flight_nothing_was_cancelled_or_refused_about(sentence: str, language: str) -> None:
    assert not [claim for claim in _claims(sentence, language) if claim[2] in ("cancelled", "denied")]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Fuentes del aeropuerto anticipan otro vuelo el jueves.", "es", (1, "exact", "planned", None, ())),
    ("Esta semana se sumarían al menos seis vuelos más a Honduras.", "es", (6, "at_least", "planned", None, ("HN",))),
    ("Mais dois voos chegariam ao Brasil na sexta.", "pt", (2, "exact", "planned", None, ("BR",))),
])
def test_one_more_flight_and_what_would_happen_are_planned(sentence: str, language: str, expected: tuple) -> None:
    assert expected in _claims(sentence, language)


def test_the_other_plane_is_one_already_told() -> None:
    assert not _claims("El otro avión salió de Houston.", "es")


@pytest.mark.parametrize(("sentence", "language"), [
    ("On a typical weekday it still sends six or seven planes to Central America.", "en"),
    ("En un día típico salen cinco aviones hacia Centroamérica.", "es"),
    ("Num dia típico saem cinco aviões para a América Central.", "pt"),
])
def test_what_happens_on_a_typical_day_is_a_rate(sentence: str, language: str) -> None:
    assert not _claims(sentence, language)


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("La FAC tiene previsto un tercer vuelo para el jueves desde El Paso, Texas.", "es", (1, "exact", "planned", "US", ())),
    ("A FAC prevê um terceiro voo para quinta-feira, desde El Paso, Texas.", "pt", (1, "exact", "planned", "US", ())),
    ("A third flight is planned for Thursday from El Paso, Texas.", "en", (1, "exact", "planned", "US", ())),
])
def test_a_third_flight_is_one_flight(sentence: str, language: str, expected: tuple) -> None:
    assert _claims(sentence, language) == [expected]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Entre enero y junio de 2024 llegaron 74 vuelos a El Salvador. En enero se contabilizaron 11 vuelos; en febrero, 12; "
     "en marzo, 10. La cifra semestral supera en 3 vuelos a la del mismo periodo de 2023, cuando se registraron 71. "
     "En el mismo periodo, Guatemala recibió 291 vuelos.", "es",
     {71: (dt.date(2023, 1, 1), dt.date(2023, 6, 30)), 291: (dt.date(2024, 1, 1), dt.date(2024, 6, 30))}),
    ("Between January and June 2024, 74 removal flights landed in El Salvador. In January there were 11 flights; in February, 12; "
     "in March, 10. Over the same period, Guatemala received 291 flights.", "en", {291: (dt.date(2024, 1, 1), dt.date(2024, 6, 30))}),
    ("Entre janeiro e junho de 2024 chegaram 74 voos ao Brasil. Em janeiro foram 11 voos; em fevereiro, 12; em março, 10. "
     "A cifra supera em 3 voos a do mesmo período de 2023, quando chegaram 71 voos.", "pt", {71: (dt.date(2023, 1, 1), dt.date(2023, 6, 30))}),
])
def test_a_count_a_month_breaks_the_topic_down_and_sets_no_new_one(text: str, language: str, expected: dict) -> None:
    found = {m.flights: (m.period_start, m.period_end) for m in find_mentions(text, language, PUBLISHED, tables=[])}
    assert {flights: found.get(flights) for flights in expected} == expected


@pytest.mark.parametrize(("sentence", "language"), [
    ("Um voo previsto para 14 de março foi cancelado pelo ICE, sem explicação ao governo brasileiro.", "pt"),
    ("Dos vuelos llegaron sin aviso previo al gobierno hondureño.", "es"),
    ("Two flights landed without notice to the Guatemalan government.", "en"),
])
def test_a_government_spoken_to_is_no_sender(sentence: str, language: str) -> None:
    assert sentence_route(sentence, language).origin is None


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("The Mauritania/Senegal charter was cancelled Friday night.", "en", (1, "exact", "cancelled", None, ("MR", "SN"))),
    ("El vuelo Guatemala/Honduras fue cancelado el viernes.", "es", (1, "exact", "cancelled", None, ())),
])
def test_a_cancelled_flight_named_by_a_pair_of_places(sentence: str, language: str, expected: tuple) -> None:
    assert expected[:3] == _claims(sentence, language)[0][:3]


@pytest.mark.parametrize(("sentence", "language", "route"), [
    ("Aterrizaron dos aeronaves fletadas por el Instituto Nacional de Migración de México, con 241 hondureños a bordo.", "es",
     ("MX", ("HN",))),
    ("A plane chartered by the Mexican government landed in Guatemala.", "en", ("MX", ("GT",))),
    ("Um avião fretado pelo governo do México pousou em Tegucigalpa.", "pt", ("MX", ("HN",))),
    ("Llegan 241 hondureños en dos vuelos desde México.", "es", ("MX", ("HN",))),
])
def test_who_chartered_the_plane_sends_it(sentence: str, language: str, route: tuple) -> None:
    found = sentence_route(sentence, language)
    assert (found.origin, found.destinations) == route


@pytest.mark.parametrize(("text", "language", "counts"), [
    ("Ninety-four removal flights left Alexandria last month. Harlingen, Texas, was second with 61, followed by El Paso with 47 "
     "and Miami with 22.", "en", {94, 61, 47, 22}),
    ("Salieron 94 vuelos de deportación desde Alexandria el mes pasado. Harlingen, Texas, quedó segundo con 61, seguido de "
     "El Paso con 47 y Miami con 22.", "es", {94, 61, 47, 22}),
    ("Saíram 94 voos de deportação de Alexandria no mês passado. Harlingen, no Texas, ficou em segundo com 61, seguido de "
     "El Paso com 47 e Miami com 22.", "pt", {94, 61, 47, 22}),
])
def test_a_ranking_of_places_after_a_count_of_flights(text: str, language: str, counts: set[int]) -> None:
    assert {m.flights for m in find_mentions(text, language, PUBLISHED, tables=[])} == counts


@pytest.mark.parametrize(("sentence", "language", "destinations"), [
    ("ICE operated more than 530 removal flights to more than 145 countries.", "en", ()),
    ("Se realizaron 40 vuelos a más de 20 países.", "es", ()),
    ("Foram 40 voos para mais de 20 países.", "pt", ()),
])
def test_flights_to_a_number_of_countries_go_to_no_one_country(sentence: str, language: str, destinations: tuple) -> None:
    assert [claim[4] for claim in _claims(sentence, language)] == [destinations]


def test_a_region_the_plane_passed_over_is_no_destination_of_the_count() -> None:
    """'forcing the plane to turn back over the Caribbean' does not make the refused flight one to a region."""
    text = "Venezuela denied landing to a charter from Texas, forcing the plane to turn back over the Caribbean."
    assert _claims(text, "en")[0][4] == ("VE",)


@pytest.mark.parametrize(("text", "language", "counts"), [
    ("In 2024 the agency ran 153 removal flights,\ncompared with 129 in 2023. Most went to Guatemala.", "en", {153, 129}),
    ("En 2022 se realizaron 153 vuelos de repatriación,\nfrente a los 129 de 2021. En ellos viajaron 3.512 personas.", "es", {153, 129}),
    ("Em 2022 foram realizados 153 voos de repatriação,\ncontra 129 em 2021. Neles viajaram 3.512 pessoas.", "pt", {153, 129}),
])
def test_a_sentence_wrapped_onto_the_next_line_is_read_whole(text: str, language: str, counts: set[int]) -> None:
    """Reports converted from PDF wrap at a fixed width: the comparison on the next line belongs to the count above it."""
    found = find_mentions(text, language, PUBLISHED, tables=[])
    assert {m.flights for m in found} == counts
    assert all(text[m.char_start:m.char_end] == m.evidence for m in found)


@pytest.mark.parametrize(("text", "language"), [
    ("The agency ran 153 removal flights.\nthe 129 in the footnote are people, not flights.", "en"),  # a full stop ends the line
    ("Se realizaron 153 vuelos de repatriación\n\nfrente a 129 personas el año anterior.", "es"),  # a blank line is a new paragraph
    ("Foram 153 voos de repatriação:\nGuatemala 100 e Honduras 53.", "pt"),  # a colon opens what follows
])
def test_a_line_that_ends_a_sentence_or_a_paragraph_is_not_wrapped(text: str, language: str) -> None:
    assert 129 not in {m.flights for m in find_mentions(text, language, PUBLISHED, tables=[])}


@pytest.mark.parametrize(("sentence", "language"), [
    ("Of the 153 removal flights, 19 were joint operations coordinated by Frontex.", "en"),
    ("De los 153 vuelos, 19 fueron operaciones conjuntas coordinadas por Frontex.", "es"),
    ("Dos 153 voos, 19 foram operações conjuntas coordenadas pela Frontex.", "pt"),
])
def test_a_part_of_the_flights_a_sentence_opens_with_is_a_count_of_flights(sentence: str, language: str) -> None:
    assert [claim[0] for claim in _claims(sentence, language)] == [153, 19]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Of the 153 removal flights, 19 percent left from Texas.", "en"),
    ("De los 153 vuelos, 19 por ciento salieron de Texas.", "es"),
    ("Dos 153 voos, 19 por cento saíram do Texas.", "pt"),
])
def test_a_share_of_the_flights_is_no_count(sentence: str, language: str) -> None:
    assert [claim[0] for claim in _claims(sentence, language)] == [153]


@pytest.mark.parametrize(("text", "language"), [
    ("Ninety-four removal flights left Alexandria last month. Harlingen was second with 61. Mesa sent out only 6.", "en"),
    ("Salieron 94 vuelos de deportación de Alexandria el mes pasado. Harlingen quedó segundo con 61. Mesa envió solo 6.", "es"),
    ("Saíram 94 voos de deportação de Alexandria no mês passado. Harlingen ficou em segundo com 61. Mesa enviou apenas 6.", "pt"),
])
def test_a_sentence_that_counts_flights_without_the_noun_keeps_the_thread_for_the_next(text: str, language: str) -> None:
    assert {m.flights for m in find_mentions(text, language, PUBLISHED, tables=[])} == {94, 61, 6}


@pytest.mark.parametrize(("text", "language"), [
    ("Ninety-four removal flights left Alexandria last month. The mayor was second in the race. Mesa sent out only 6.", "en"),
    ("Salieron 94 vuelos de Alexandria el mes pasado. El alcalde quedó segundo en la votación. Mesa envió solo 6.", "es"),
    ("Saíram 94 voos de Alexandria no mês passado. O prefeito ficou em segundo na votação. Mesa enviou apenas 6.", "pt"),
])
def test_a_sentence_that_counts_nothing_ends_the_thread(text: str, language: str) -> None:
    assert {m.flights for m in find_mentions(text, language, PUBLISHED, tables=[])} == {94}


@pytest.mark.parametrize(("sentence", "language"), [
    ("ICE ran 228 removal flights in August, down 14 from July's record of 242.", "en"),
    ("ICE realizó 228 vuelos de deportación en agosto, 14 menos que el récord de 242 de julio.", "es"),
    ("O ICE fez 228 voos de deportação em agosto, 14 a menos que o recorde de 242 de julho.", "pt"),
])
def test_the_record_a_count_is_compared_with_is_a_count_of_flights(sentence: str, language: str) -> None:
    assert [claim[0] for claim in _claims(sentence, language)] == [228, 242]


@pytest.mark.parametrize(("sentence", "language"), [
    ("ICE ran 228 removal flights in August; the record of 1,200 people in one week stands.", "en"),
    ("ICE realizó 228 vuelos en agosto; el récord de 1.200 personas en una semana sigue en pie.", "es"),
    ("O ICE fez 228 voos em agosto; o recorde de 1.200 pessoas numa semana continua de pé.", "pt"),
])
def test_a_record_of_something_else_is_no_count(sentence: str, language: str) -> None:
    assert [claim[0] for claim in _claims(sentence, language)] == [228]


@pytest.mark.parametrize(("sentence", "language"), [
    ("In 2018 the deportees were flown to Dakar on five planes, four of them from Tenerife.", "en"),
    ("En 2018 fueron trasladados a Dakar en cinco aviones, cuatro de ellos desde Tenerife.", "es"),
    ("Em 2018 foram levados a Dacar em cinco aviões, quatro deles de Tenerife.", "pt"),
])
def test_a_part_of_the_flights_just_counted_is_a_count_of_flights(sentence: str, language: str) -> None:
    assert [claim[0] for claim in _claims(sentence, language)] == [5, 4]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The plane landed in Fortaleza with 118 Brazilians, 12 of them children.", "en"),
    ("El avión aterrizó en Fortaleza con 118 brasileños, 12 de ellos niños.", "es"),
    ("O avião pousou em Fortaleza com 118 brasileiros, 12 deles crianças.", "pt"),
])
def test_a_part_of_the_people_on_board_is_no_count_of_flights(sentence: str, language: str) -> None:
    assert 12 not in [claim[0] for claim in _claims(sentence, language)]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("The May flight carried 31 people to Hanoi.", "en", (dt.date(2023, 5, 1), dt.date(2023, 5, 31))),
    ("Last week's flight, on July 18, carried 16 men to Tirana.", "en", (dt.date(2023, 7, 18), dt.date(2023, 7, 18))),
    ("Tuesday's charter left Stansted with 40 people.", "en", (dt.date(2023, 7, 25), dt.date(2023, 7, 25))),
    ("El vuelo de mayo llevó a 31 personas a Hanói.", "es", (dt.date(2023, 5, 1), dt.date(2023, 5, 31))),
    ("El vuelo del martes salió de Houston con 90 deportados.", "es", (dt.date(2023, 7, 25), dt.date(2023, 7, 25))),
    ("O voo de maio levou 31 pessoas a Hanói.", "pt", (dt.date(2023, 5, 1), dt.date(2023, 5, 31))),
])
def test_a_flight_named_by_its_time_is_one_flight_of_that_time(sentence: str, language: str, expected: tuple) -> None:
    found = find_mentions(sentence, language, dt.date(2023, 7, 28), tables=[])
    assert [(m.flights, (m.period_start, m.period_end)) for m in found] == [(1, expected)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The flight from Houston landed with 40 people.", "en"),
    ("El vuelo de Houston aterrizó con 40 personas.", "es"),
    ("O voo de Houston pousou com 40 pessoas.", "pt"),
])
def test_a_flight_named_by_a_place_is_one_already_told(sentence: str, language: str) -> None:
    assert not find_mentions(sentence, language, dt.date(2023, 7, 28), tables=[])


@pytest.mark.parametrize(("sentence", "language", "status"), [
    ("The May flight carried 16 men, all of whom declined to claim asylum.", "en", "completed"),
    ("El vuelo de mayo llevó a 16 hombres, que se negaron a declarar.", "es", "completed"),
    ("O voo de maio levou 16 homens, que recusaram-se a assinar.", "pt", "completed"),
    ("Venezuela refused to accept two removal flights in May.", "en", "denied"),
    ("Venezuela se negó a recibir dos vuelos en mayo.", "es", "denied"),
    ("A Venezuela recusou-se a receber dois voos em maio.", "pt", "denied"),
])
def test_people_refusing_something_else_is_no_refusal_of_the_flight(sentence: str, language: str, status: str) -> None:
    assert {m.status for m in find_mentions(sentence, language, dt.date(2023, 7, 28), tables=[])} == {status}


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two flights from Mexico landed with 241 people; buses are expected today in Omoa.", "en"),
    ("Llegan 241 hondureños en dos vuelos desde México; hoy se esperan 16 buses en Omoa.", "es"),
    ("Chegam 241 hondurenhos em dois voos do México; hoje são esperados 16 ônibus em Omoa.", "pt"),
])
def test_a_day_named_in_another_clause_is_not_the_counts(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, dt.date(2023, 11, 9), tables=[])
    assert [(m.flights, m.period_start) for m in found] == [(2, None)]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("A aeronave pousou em Fortaleza, como prevê o acordo.", "pt", []),
    ("A aeronave fretada tem chegada prevista para as 8 horas.", "pt", []),
    ("A charter is expected to land in Fortaleza at 8 a.m.", "en", [1]),
    ("Un avión llegará a Fortaleza a las 8.", "es", [1]),
])
def test_portuguese_a_is_the_aircraft_not_an_aircraft(sentence: str, language: str, expected: list) -> None:
    assert [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == expected


@pytest.mark.parametrize(("sentence", "language"), [
    ("In 2022 the agency ran 153 removal flights, compared with 129 in 2021.", "en"),
    ("En 2022 se realizaron 153 vuelos, frente a los 129 de 2021.", "es"),
    ("Em 2022 foram realizados 153 voos, contra 129 em 2021.", "pt"),
])
def test_a_compared_count_takes_its_own_year(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start, m.period_end) for m in found] == [
        (153, dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        (129, dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
    ]


@pytest.mark.parametrize(("sentence", "language"), [
    ("In 2024 October had the most, with 66 removal flights, followed by November (61) and August (58).", "en"),
    ("En 2024 octubre tuvo más, con 66 vuelos, seguido de noviembre (61) y agosto (58).", "es"),
    ("Em 2024 outubro teve mais, com 66 voos, seguido de novembro (61) e agosto (58).", "pt"),
])
def test_a_month_in_a_ranking_of_months_is_the_counts_period(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start) for m in found if m.flights != 66] == [
        (61, dt.date(2024, 11, 1)), (58, dt.date(2024, 8, 1))]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("ICE flights in May went to Guatemala (52), Honduras (33) and El Salvador (12).", "en",
     {(52, ("GT",)), (33, ("HN",)), (12, ("SV",))}),
    ("En mayo los vuelos fueron a Guatemala (52), Honduras (33) y El Salvador (12).", "es",
     {(52, ("GT",)), (33, ("HN",)), (12, ("SV",))}),
    ("Em maio os voos foram para a Guatemala (52), Honduras (33) e El Salvador (12).", "pt",
     {(52, ("GT",)), (33, ("HN",)), (12, ("SV",))}),
])
def test_places_with_their_counts_in_brackets_after_a_destination_word(sentence: str, language: str, expected: set) -> None:
    assert {(flights, destinations) for flights, *_, destinations in _claims(sentence, language)} == expected


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("En mayo, Honduras recibió 33 vuelos; Guatemala, 52; y El Salvador, 12.", "es",
     {(33, ("HN",)), (52, ("GT",)), (12, ("SV",))}),
    ("In May, Honduras received 33 flights; Guatemala, 52; and El Salvador, 12.", "en",
     {(33, ("HN",)), (52, ("GT",)), (12, ("SV",))}),
    ("Em maio, Honduras recebeu 33 voos; a Guatemala, 52; e El Salvador, 12.", "pt",
     {(33, ("HN",)), (52, ("GT",)), (12, ("SV",))}),
])
def test_places_with_their_counts_after_a_comma_continue_a_count(sentence: str, language: str, expected: set) -> None:
    assert {(flights, destinations) for flights, *_, destinations in _claims(sentence, language)} == expected


def test_a_year_after_a_place_and_a_comma_is_no_count() -> None:
    assert {c[0] for c in _claims("Honduras received 33 flights in Tegucigalpa, 2024.", "en")} == {33}


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Hubo tres vuelos más: uno a Nicaragua, uno a Haití y otro a Cuba.", "es", {("NI",), ("HT",), ("CU",)}),
    ("There were three more flights: one to Nicaragua, one to Haiti and another to Cuba.", "en",
     {("NI",), ("HT",), ("CU",)}),
    ("Houve mais três voos: um para a Nicarágua, um para o Haiti e outro para Cuba.", "pt",
     {("NI",), ("HT",), ("CU",)}),
])
def test_another_to_a_place_after_one_to_a_place_is_one_flight(sentence: str, language: str, expected: set) -> None:
    assert {destinations for flights, *_, destinations in _claims(sentence, language) if flights == 1} == expected


def test_another_with_no_one_flight_before_it_is_no_count() -> None:
    assert 1 not in {c[0] for c in _claims("Honduras recibió 33 vuelos y otro a Cuba quedó en duda.", "es")}


@pytest.mark.parametrize(("sentence", "language", "destination"), [
    ("En dos vuelos regresaron 230 hondureños el jueves.", "es", ("HN",)),
    ("En un vuelo volvieron 120 guatemaltecos.", "es", ("GT",)),
    ("Em um voo regressaram 88 brasileiros.", "pt", ("BR",)),
    ("Em um voo voltaram 88 brasileiros.", "pt", ("BR",)),
])
def test_people_who_came_back_on_the_flights_are_flown_home(sentence: str, language: str, destination: tuple) -> None:
    assert sentence_route(sentence, language).destinations == destination


@pytest.mark.parametrize(("sentence", "language"), [
    ("The 7:30 flight left Alexandria on time.", "en"), ("The 6:15 p.m. flight landed in Guatemala.", "en"),
    ("El vuelo de las 18:30 aterrizó en Guatemala.", "es"), ("O voo das 18h30 pousou em Confins.", "pt"),
])
def test_the_minutes_of_a_clock_time_before_a_flight_noun_are_no_count(sentence: str, language: str) -> None:
    assert not [c for c in _claims(sentence, language) if c[0] in (30, 15)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A return flight carried 85 people from Germany, Austria and Italy to Lagos on Tuesday.", "en"),
    ("Un vuelo de retorno con 85 personas de Alemania, Austria e Italia aterrizó en Lagos el martes.", "es"),
    ("Um voo de retorno com 85 pessoas da Alemanha, Áustria e Itália pousou em Lagos na terça.", "pt"),
])
def test_a_return_flight_with_people_on_board_from_several_senders(sentence: str, language: str) -> None:
    assert (1, "exact", "completed", None, ("NG",)) in _claims(sentence, language), "a removal, from no one sender"


@pytest.mark.parametrize(("sentence", "language"), [
    ("The plane made 12 empty return flights to Texas.", "en"),
    ("Hubo 12 vuelos de regreso vacíos a Texas.", "es"),
])
def test_an_empty_return_leg_is_still_no_removal(sentence: str, language: str) -> None:
    assert not [c for c in _claims(sentence, language) if c[0] == 12]


@pytest.mark.parametrize(("sentence", "language", "start"), [
    ("Since the border closed in March 2020, 15 charter flights have left.", "en", dt.date(2020, 3, 1)),
    ("Since the programme began on March 28, 41 flights have landed.", "en", dt.date(2025, 3, 28)),
    ("Desde el 18 de octubre llegaron 38 vuelos de deportación.", "es", dt.date(2024, 10, 18)),
    ("Desde março de 2020 chegaram 15 voos de deportação.", "pt", dt.date(2020, 3, 1)),
])
def test_a_time_named_after_since_opens_the_count_s_period(sentence: str, language: str, start: dt.date) -> None:
    [mention] = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert (mention.period_start, mention.period_end) == (start, None)


@pytest.mark.parametrize(("sentence", "language"), [
    ("There were ten flights in May, seven in April and five in March.", "en"),
    ("Hubo diez vuelos en mayo, siete en abril y cinco en marzo.", "es"),
    ("Foram dez voos em maio, sete em abril e cinco em março.", "pt"),
])
def test_each_dated_sibling_of_a_dated_count_is_a_count(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start) for m in found] == [
        (10, dt.date(2025, 5, 1)), (7, dt.date(2025, 4, 1)), (5, dt.date(2025, 3, 1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The US sent 4 flights to Brazil in May and 3 in April.", "en"),
    ("Estados Unidos envió 4 vuelos a Brasil en mayo y 3 en abril.", "es"),
    ("Os Estados Unidos enviaram 4 voos ao Brasil em maio e 3 em abril.", "pt"),
])
def test_a_dated_sibling_after_a_count_with_its_destination(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, tuple(m.destination_countries), m.period_start) for m in found] == [
        (4, ("BR",), dt.date(2025, 5, 1)), (3, ("BR",), dt.date(2025, 4, 1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("No total, 9 voos chegaram ao Ceará em maio.", "pt"), ("Três voos chegaram ao Pará em maio.", "pt"),
])
def test_a_place_ending_like_a_future_verb_is_no_plan(sentence: str, language: str) -> None:
    assert {c[2] for c in _claims(sentence, language)} == {"completed"}


@pytest.mark.parametrize(("sentence", "language", "destination"), [
    ("Guatemala recibe 3 vuelos con retornados este lunes.", "es", ("GT",)),
    ("Honduras reciben hoy dos vuelos.", "es", ("HN",)),
    ("O Brasil recebe 3 voos com deportados nesta semana.", "pt", ("BR",)),
    ("O Brasil receberá mais 3 voos em julho.", "pt", ("BR",)),
    ("Honduras tem recebido 3 voos por semana.", "pt", ("HN",)),
])
def test_a_country_that_receives_in_the_present_or_future_is_the_destination(sentence: str, language: str,
                                                                           destination: tuple) -> None:
    assert sentence_route(sentence, language).destinations == destination


@pytest.mark.parametrize(("sentence", "language", "destination"), [
    ("Colombia sent two Air Force planes to pick up the migrants, which landed in Bogotá on Tuesday.", "en", ("CO",)),
    ("Venezuela sent a plane to fetch 180 deportees from Texas.", "en", ("VE",)),
    ("Colombia envió dos aviones de la Fuerza Aérea para recoger a los migrantes en Estados Unidos.", "es", ("CO",)),
    ("O governo brasileiro enviou dois aviões da FAB para buscar os deportados nos Estados Unidos.", "pt", ("BR",)),
])
def test_a_government_that_sends_planes_to_fetch_its_nationals_is_where_they_fly(
        sentence: str, language: str, destination: tuple) -> None:
    route = sentence_route(sentence, language)
    assert route.destinations == destination and route.origin != destination[0]


@pytest.mark.parametrize(("sentence", "language", "route"), [
    ("Mexico's National Migration Institute flew 130 Hondurans to San Pedro Sula on two flights.", "en", ("MX", ("HN",))),
    ("El Instituto Nacional de Migración de México realizó dos vuelos a Honduras con 130 personas.", "es", ("MX", ("HN",))),
    ("Mexico's National Migration Institute said 14 flights arrived from the United States.", "en", ("US", ("MX",))),
])
def test_a_countrys_migration_institute_flies_its_flights_unless_it_receives_them(
        sentence: str, language: str, route: tuple) -> None:
    found = sentence_route(sentence, language)
    assert (found.origin, found.destinations) == route


ONE_COUNTRY_STORY = {
    "en": ("Forty Albanians flown home on Home Office charter",
           "A Home Office charter flight landed in Tirana on Tuesday with 40 people.\n\n"
           "It was one of 21 removal flights this year, officials said."),
    "es": ("Llegan 40 nicaragüenses deportados en un vuelo",
           "Un vuelo con 40 deportados aterrizó en Managua el jueves.\n\nEn todo 2024 llegaron 26 vuelos, según ICE."),
    "pt": ("Voo traz 40 brasileiros deportados",
           "Um voo com 40 deportados pousou em Fortaleza na sexta.\n\nEm 2024 chegaram 18 voos, segundo a Polícia Federal."),
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_story_whose_headline_and_flights_name_one_destination_sends_its_other_counts_there(language: str) -> None:
    from transforms.context import flight_routes, read_context

    title, body = ONE_COUNTRY_STORY[language]
    context = read_context(body, title, flight_routes(body, language))
    found = find_mentions(body, language, PUBLISHED, tables=[], context=context)
    assert [m.destination_countries for m in found] == [[context.destination]] * 2 and context.destination


def test_a_count_to_a_range_of_destinations_names_no_country_though_the_story_names_one() -> None:
    from transforms.context import flight_routes, read_context

    title = "Second Vietnam charter leaves Birmingham"
    body = "A charter flight left for Hanoi on Tuesday.\n\nThe department has scheduled 11 further charter flights to a range of destinations."
    context = read_context(body, title, flight_routes(body, "en"))
    assert [(m.flights, m.destination_countries) for m in find_mentions(body, "en", PUBLISHED, tables=[], context=context)] == [
        (1, ["VN"]), (11, [])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Guatemala topped the list with 52 flights, followed by Honduras (45) and Mexico (30).", "en"),
    ("Guatemala encabezó la lista con 52 vuelos, seguida de Honduras, con 45, y México, con 30.", "es"),
    ("A Guatemala liderou a lista com 52 voos, seguida por Honduras, com 45, e o México, com 30.", "pt"),
])
def test_a_country_that_tops_the_list_with_its_count_is_where_those_flights_went(sentence: str, language: str) -> None:
    assert [(c[0], c[4]) for c in _claims(sentence, language)] == [(52, ("GT",)), (45, ("HN",)), (30, ("MX",))]


def test_a_headline_that_ranks_a_country_first_gives_no_destination_to_a_total() -> None:
    from transforms.context import flight_routes, read_context

    title = "Guatemala encabeza la lista de países que más vuelos de deportados recibieron"
    body = "En total, el semestre cerró con 509 vuelos de remoción."
    assert read_context(body, title, flight_routes(body, "es")).destination is None


@pytest.mark.parametrize(("sentence", "language", "month"), [
    ("In late January, a deportation flight landed in Guatemala City.", "en", 1),
    ("At the end of February, four removal flights landed in Quito.", "en", 2),
    ("In mid-March, two removal flights landed in Lima.", "en", 3),
    ("A finales de enero, un vuelo de deportados aterrizó en San Pedro Sula.", "es", 1),
    ("A mediados de febrero llegaron tres vuelos de deportados a San Salvador.", "es", 2),
    ("No fim de janeiro, um voo com deportados pousou em Confins.", "pt", 1),
    ("Em meados de março, três voos de deportados pousaram em Fortaleza.", "pt", 3),
])
def test_a_part_of_a_month_is_within_that_month(sentence: str, language: str, month: int) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    first = dt.date(2025, month, 1)
    assert [(m.period_start, m.period_end) for m in found] == [(first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A deportation flight landed late in Guatemala City.", "en"),  # "late" with no month names no time
    ("Un vuelo llegó a finales, ya de noche, a San Pedro Sula.", "es"),
])
def test_a_part_of_no_month_names_no_period(sentence: str, language: str) -> None:
    assert [m.period_start for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [None]


@pytest.mark.parametrize(("body", "language"), [
    ("A deportation flight landed in Guatemala City on Tuesday.\n\nOn Wednesday, another flight landed in Guatemala City.", "en"),
    ("Un vuelo con deportados aterrizó en San Pedro Sula el martes.\n\nEl miércoles, otro vuelo aterrizó en San Pedro Sula.", "es"),
    ("Um voo com deportados pousou em Confins na terça-feira.\n\nNa quarta-feira, outro avião pousou em Confins.", "pt"),
])
def test_another_flight_is_not_one_told_before_it(body: str, language: str) -> None:
    found = find_mentions(body, language, None, tables=[])
    assert [m.flights for m in found] == [1, 1]


@pytest.mark.parametrize(("body", "language"), [
    ("Another deportation flight lands in Guatemala\n\nAnother deportation flight landed in Guatemala City.", "en"),
    ("Another deportation flight lands in Guatemala\n\nA deportation flight landed in Guatemala City.", "en"),
    ("Otro vuelo de deportados llega a Honduras\n\nOtro vuelo de deportados aterrizó en San Pedro Sula.", "es"),
    ("Outro voo de deportados chega ao Brasil\n\nOutro voo de deportados pousou em Confins.", "pt"),
])
def test_a_headline_about_another_flight_and_its_body_are_one_claim(body: str, language: str) -> None:
    assert [m.flights for m in find_mentions(body, language, None, tables=[])] == [1]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Buses took migrants to the first removal flight to Caracas as another deportation plane headed to Central America flew over them.", "en"),
    ("Los migrantes abordaron el primer vuelo de deportados a Caracas mientras otro avión de deportados volaba hacia Centroamérica.", "es"),
])
def test_another_plane_beside_an_ordinal_lends_it_no_name(sentence: str, language: str) -> None:
    assert [(c[0], c[4]) for c in _claims(sentence, language)] == [(1, ("VE",))]


@pytest.mark.parametrize(("body", "language"), [
    ("Removal flights to Mexico hit a high\n\nICE flew 63 removal flights to Mexico in February. Guatemala received 45 such flights and Honduras 38."
     "\n\nIn all, 192 removal flights left the country.", "en"),
    ("Récord de vuelos a México\n\nICE realizó 63 vuelos de deportación a México en febrero. Guatemala recibió 45 vuelos y Honduras 38."
     "\n\nEn total salieron 192 vuelos de deportación.", "es"),
    ("Recorde de voos para o México\n\nO ICE fez 63 voos de deportação para o México em fevereiro. A Guatemala recebeu 45 voos e Honduras 38."
     "\n\nAo todo, saíram 192 voos de deportação.", "pt"),
])
def test_a_count_of_several_flights_with_no_place_is_over_every_place_the_story_names(body: str, language: str) -> None:
    from transforms.context import flight_routes, read_context

    title = body.split("\n", 1)[0]
    context = read_context(body, title, flight_routes(body, language))
    found = find_mentions(body, language, PUBLISHED, tables=[], context=context)
    assert [(m.flights, m.destination_countries) for m in found][-1] == (192, [])


def test_one_flight_with_no_place_still_goes_where_the_headline_says() -> None:
    from transforms.context import flight_routes, read_context

    title = "Deportation flight lands in Guatemala"
    body = "Two flights went to Honduras and three to El Salvador this week.\n\nOn Friday, the third deportation flight of the week landed with 120 people."
    context = read_context(body, title, flight_routes(body, "en"))
    found = find_mentions(body, "en", PUBLISHED, tables=[], context=context)
    assert [(m.flights, m.destination_countries) for m in found][-1] == (1, ["GT"])


@pytest.mark.parametrize(("sentence", "language"), [
    ("Guatemala received 45 removal flights in February. ICE flew 192 removal flights during the month, compared with 171 in January.", "en"),
    ("Guatemala recibió 45 vuelos en febrero. ICE realizó 192 vuelos durante el mes, frente a 171 en enero.", "es"),
    ("A Guatemala recebeu 45 voos em fevereiro. O ICE fez 192 voos durante o mês, contra 171 em janeiro.", "pt"),
])
def test_during_the_month_is_the_month_told_before_not_a_compared_one(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start) for m in found][1:] == [(192, dt.date(2025, 2, 1)), (171, dt.date(2025, 1, 1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Three deportation flights went to Africa, and one of them stopped in Senegal on the way to Mauritania.", "en"),
    ("Tres vuelos de deportación fueron a África, y uno de ellos hizo escala en Senegal.", "es"),
    ("Três voos de deportação seguiram para a África, e um deles fez escala no Senegal.", "pt"),
])
def test_flights_that_went_to_a_region_name_no_country_of_a_later_clause(sentence: str, language: str) -> None:
    assert [(c[0], c[4]) for c in _claims(sentence, language)] == [(3, ())]


@pytest.mark.parametrize(("sentence", "language", "status"), [
    ("Two military aircraft landed in Bogotá on Tuesday, two days after the president had refused to let them land.", "en", "completed"),
    ("Dos aviones militares aterrizaron en Bogotá el martes, días después de que el presidente había rechazado su llegada.", "es", "completed"),
    ("Dois aviões militares pousaram em Bogotá na terça, dias depois que o presidente tinha recusado o pouso.", "pt", "completed"),
    ("Two military aircraft were refused landing in Bogotá on Sunday.", "en", "denied"),  # the flights' own fate
    ("After an hour in the air, two removal flights were denied landing in Caracas.", "en", "denied"),
])
def test_a_refusal_told_as_what_went_before_is_not_the_flights_fate(sentence: str, language: str, status: str) -> None:
    assert {m.status for m in find_mentions(sentence, language, PUBLISHED, tables=[])} == {status}


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Caracas, 3 de octubre de 2025.- Un avión de Conviasa aterrizó este viernes.", "es", dt.date(2025, 10, 3)),
    ("Lima, 5 de mayo de 2025.— La cancillería informó", "es", dt.date(2025, 5, 5)),
    ("SÃO PAULO, 4 de março de 2025 - Um voo pousou", "pt", dt.date(2025, 3, 4)),
    ("MANILA, 4 March 2025 -- A charter left", "en", dt.date(2025, 3, 4)),
])
def test_a_dateline_ended_by_a_dash(line: str, language: str, expected: dt.date) -> None:
    assert find_publication_date(line, language).date == expected


@pytest.mark.parametrize(("sentence", "language"), [
    ("2024 ended with 627 removal flights.", "en"),
    ("The year 2024 saw 627 removal flights.", "en"),
    ("El 2024 cerró con 627 vuelos de deportados.", "es"),
    ("Según Migración, 2024 registró 627 vuelos.", "es"),
    ("Segundo a PF, 2024 terminou com 627 voos de deportação.", "pt"),
    ("O ano de 2024 fechou com 627 voos.", "pt"),
])
def test_a_year_that_is_the_subject_of_a_count_is_its_period(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start, m.period_end) for m in found] == [(627, dt.date(2024, 1, 1), dt.date(2024, 12, 31))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Flight 2024 ended its route in Guatemala City with 120 people.", "en"),  # a flight number, not a year's count
    ("El vuelo 2024 terminó su ruta en Guatemala con 120 personas.", "es"),
])
def test_a_number_that_ends_a_route_is_no_year(sentence: str, language: str) -> None:
    assert all(m.period_start is None for m in find_mentions(sentence, language, PUBLISHED, tables=[]))


@pytest.mark.parametrize(("sentence", "language"), [
    ("Last week seven removal flights landed in Honduras, two of them from Mexico.", "en"),
    ("La semana pasada llegaron siete vuelos a Honduras, dos de ellos desde México.", "es"),
    ("Na semana passada chegaram sete voos a Honduras, dois deles vindos do México.", "pt"),
])
def test_a_part_from_another_sender_leaves_its_whole_mixed_and_takes_its_time(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    last_week = (dt.date(2025, 6, 30), dt.date(2025, 7, 6))
    assert [(m.flights, m.origin_country, (m.period_start, m.period_end)) for m in found] == [
        (7, None, last_week), (2, "MX", last_week)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Last week seven removal flights landed in Honduras from Mexico.", "en"),  # no part: the whole's own sender
    ("La semana pasada llegaron siete vuelos desde México a Honduras.", "es"),
])
def test_a_whole_with_no_parts_keeps_its_sender(sentence: str, language: str) -> None:
    assert [(m.flights, m.origin_country) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [(7, "MX")]


@pytest.mark.parametrize(("sentence", "language"), [
    ("In all, 56 removal flights landed in Guatemala in January: 48 from the United States and 8 from Mexico.", "en"),
    ("En total, 56 vuelos llegaron a Guatemala en enero: 48 desde Estados Unidos y 8 desde México.", "es"),
    ("Honduras recibió 56 vuelos en enero, de los cuales 48 procedían de Estados Unidos y 8 de México.", "es"),
    ("O Brasil recebeu 56 voos em janeiro, 48 vindos dos Estados Unidos e 8 do México.", "pt"),
])
def test_a_whole_whose_parts_come_from_two_senders_mixes_them(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.origin_country) for m in found] == [(56, None), (48, "US"), (8, "MX")]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Llegaron 15 vuelos, 12 desde Estados Unidos y 3 de marzo a la fecha desde México.", "es"),  # a date, not a part
    ("Chegaram 15 voos, 12 vindos dos Estados Unidos e 3 de março até hoje.", "pt"),
])
def test_a_bare_de_after_a_part_from_a_place_needs_a_place(sentence: str, language: str) -> None:
    assert 3 not in [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])]


@pytest.mark.parametrize(("body", "language"), [
    ("Guatemala receives 56 deportation flights in January\n\nIn all, 56 removal flights landed in Guatemala in January: "
     "48 from the United States and 8 from Mexico.", "en"),
    ("Guatemala recibe 56 vuelos de deportados en enero\n\nEn total, 56 vuelos llegaron a Guatemala en enero: "
     "48 desde Estados Unidos y 8 desde México.", "es"),
])
def test_a_headline_restating_a_mixed_whole_keeps_it_mixed(body: str, language: str) -> None:
    from transforms.context import flight_routes, read_context

    context = read_context(body, body.split("\n", 1)[0], flight_routes(body, language))
    found = find_mentions(body, language, PUBLISHED, tables=[], context=context)
    assert (found[0].flights, found[0].origin_country) == (56, None)


@pytest.mark.parametrize(("body", "language"), [
    ("Honduras suma 150 vuelos con retornados en 2025\n\nHonduras ha recibido 150 vuelos en lo que va de 2025.", "es"),
    ("Honduras tops 150 deportation flights in 2025\n\nHonduras has received 150 removal flights so far in 2025.", "en"),
    ("Honduras soma 150 voos com deportados em 2025\n\nHonduras recebeu 150 voos desde o início do ano.", "pt"),
])
def test_a_headlines_year_and_the_bodys_year_so_far_are_one_claim(body: str, language: str) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start, m.period_end) for m in found] == [(150, dt.date(2025, 1, 1), None)]


@pytest.mark.parametrize(("body", "language"), [
    ("ICE ran 600 removal flights in the first quarter of 2025.\n\nGuatemala, with 140 flights in the quarter, followed by "
     "Honduras with 118.", "en"),
    ("ICE realizó 600 vuelos de deportación en el primer trimestre de 2025.\n\nGuatemala, con 140 vuelos en el trimestre, "
     "seguida de Honduras con 118.", "es"),
    ("O ICE fez 600 voos de deportação no primeiro trimestre de 2025.\n\nA Guatemala, com 140 voos no trimestre, seguida "
     "de Honduras com 118.", "pt"),
])
def test_a_country_with_its_count_beside_it_in_the_quarter_told_before(body: str, language: str) -> None:
    quarter = (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    found = find_mentions(body, language, PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(600, []), (140, ["GT"]), (118, ["HN"])]
    assert [(m.period_start, m.period_end) for m in found][:2] == [quarter, quarter]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Flights left Alexandria, with 94 in May.", "en"),  # a city with a count beside it is where flights left
    ("Los vuelos salieron de Harlingen, con 94 en mayo.", "es"),
])
def test_a_city_with_a_count_beside_it_is_no_destination(sentence: str, language: str) -> None:
    assert all(not m.destination_countries for m in find_mentions(sentence, language, PUBLISHED, tables=[]))


@pytest.mark.parametrize(("sentence", "language"), [
    ("Between Sunday Feb 9 and Saturday Feb 15 we tracked 41 removal flights.", "en"),
    ("From Sunday, Feb. 9 to Saturday, Feb. 15, 41 removal flights left.", "en"),
    ("Entre el domingo 9 y el sábado 15 de febrero llegaron 41 vuelos de deportación.", "es"),
    ("Del domingo 9 al sábado 15 de febrero llegaron 41 vuelos de deportación.", "es"),
])
def test_a_span_of_days_with_their_weekdays(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, dt.date(2025, 2, 16), tables=[])
    assert [(m.flights, m.period_start, m.period_end) for m in found] == [(41, dt.date(2025, 2, 9), dt.date(2025, 2, 15))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A second removal flight of the day landed in San Salvador.", "en"),
    ("Este viernes aterrizó en San Salvador el segundo vuelo del día.", "es"),
    ("O segundo voo do dia pousou em Fortaleza.", "pt"),
])
def test_a_flight_of_the_day_is_todays(sentence: str, language: str) -> None:
    assert [m.period_start for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [PUBLISHED]


def test_the_end_of_the_day_is_no_day() -> None:
    found = find_mentions("At the end of the day, two removal flights to Haiti are what matter.", "en", PUBLISHED, tables=[])
    assert [m.period_start for m in found] == [None]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("El segundo vuelo de deportados aterrizó en San Salvador.", "es", [(1, 2)]),
    ("La segunda aeronave aterrizó en San Salvador.", "es", [(1, 2)]),
    ("O segundo voo de deportados pousou em Fortaleza.", "pt", [(1, 2)]),
    ("The second removal flight landed in San Salvador.", "en", [(1, 2)]),
    ("El vuelo de deportados aterrizó un segundo antes de la tormenta en San Salvador.", "es", []),  # the unit of time
])
def test_second_is_an_ordinal_in_every_language(sentence: str, language: str, expected: list) -> None:
    assert [(m.flights, m.ordinal) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == expected


@pytest.mark.parametrize(("body", "language"), [
    ("This week we tracked 41 removal flights.\n\nGuatemala 12, Honduras 10, Mexico 7.", "en"),
    ("1/ This week we tracked 41 removal flights. Down 3 from last week.\n\n2/ Guatemala 12, Honduras 10, Mexico 7.", "en"),
    ("Esta semana contamos 41 vuelos de deportación.\n\nGuatemala 12, Honduras 10 y México 7.", "es"),
    ("Nesta semana contamos 41 voos de deportação.\n\nGuatemala (12), Honduras (10) e México (7).", "pt"),
])
def test_a_line_of_places_with_their_counts_under_a_flight_count(body: str, language: str) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(41, []), (12, ["GT"]), (10, ["HN"]), (7, ["MX"])]


@pytest.mark.parametrize(("body", "language"), [
    ("This week we tracked 41 removal flights.\n\nGuatemala 2024, Honduras 2023.", "en"),  # years, not counts
    ("This week we tracked 41 removal flights.\n\nGuatemala 12,450, Honduras 10,200.", "en"),  # people, not flights
    ("This week we tracked 41 removal flights.\n\nTemperatures: Miami 31, Harlingen 29.", "en"),  # not all places
    ("We tracked no flights this week.\n\nThe storm hit hard.\n\nGuatemala 12, Honduras 10.", "en"),  # no flight line above
])
def test_a_line_that_is_not_places_with_flight_counts(body: str, language: str) -> None:
    assert [m.flights for m in find_mentions(body, language, PUBLISHED, tables=[])] in ([41], [])


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("*Report released May 5, 2025*", "en", dt.date(2025, 5, 5)),
    ("Issued 5 May 2025", "en", dt.date(2025, 5, 5)),
    ("Informe publicado el 5 de mayo de 2025", "es", dt.date(2025, 5, 5)),
    ("Boletín emitido el 5 de mayo de 2025", "es", dt.date(2025, 5, 5)),
    ("Relatório divulgado em 5 de maio de 2025", "pt", dt.date(2025, 5, 5)),
])
def test_a_reports_release_line_dates_it(line: str, language: str, expected: dt.date) -> None:
    assert find_publication_date(line, language).date == expected


@pytest.mark.parametrize(("sentence", "language"), [
    ("ICE Air's fleet of 18 aircraft flew removal flights to Mexico.", "en"),  # the fleet, not flights flown
    ("La flota de 18 aviones voló vuelos de deportación a México.", "es"),
    ("There were 12 more removal flights to Honduras than in April.", "en"),  # the change, not a count
    ("A removal flight every 48 hours now lands in San Pedro Sula.", "en"),  # a rate
    ("Un vuelo de deportados cada tres días llega a Tegucigalpa.", "es"),
    ("Um voo de deportados a cada 15 dias chega a Confins.", "pt"),
    ("Dois voos diários de deportados chegam a Confins.", "pt"),
    ("Os voos mensais de deportação para Fortaleza são 3.", "pt"),
    ("The removal flight landed at Gate 12 in Guatemala City.", "en"),  # a gate's number
    ("Removal flights from Terminal 2 went to Honduras.", "en"),
    ("El vuelo de deportados llegó a la puerta 5 del aeropuerto de San Salvador.", "es"),
    ("O voo de deportados parou no portão 3 em Confins.", "pt"),
])
def test_numbers_that_are_not_counts_of_flights(sentence: str, language: str) -> None:
    assert not find_mentions(sentence, language, PUBLISHED, tables=[])


@pytest.mark.parametrize(("sentence", "language", "count"), [
    ("Eighteen aircraft carried deportees to Mexico in May.", "en", 18),  # aircraft that flew are flights
    ("ICE flew 12 more removal flights to Honduras on Friday.", "en", 12),  # more, with nothing compared
    ("Two removal flights every week land in Haiti, and 5 landed on Friday.", "en", 5),
])
def test_counts_beside_those_words_still_count(sentence: str, language: str, count: int) -> None:
    assert count in [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])]


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Published 9:14 a.m. CT June 3, 2025 | Updated 11:02 a.m. CT June 3, 2025", "en", dt.date(2025, 6, 3)),
    ("Updated 10:05 AM EST March 4, 2025", "en", dt.date(2025, 3, 4)),
    ("Publicado 14:30 5 de mayo de 2025", "es", dt.date(2025, 5, 5)),
    ("Atualizado 08h15 3 de março de 2025", "pt", dt.date(2025, 3, 3)),
])
def test_a_head_date_after_its_time(line: str, language: str, expected: dt.date) -> None:
    assert find_publication_date(line, language).date == expected


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("México deportó en dos vuelos a 270 venezolanos desde Tapachula.", "es", (2, "MX", ["VE"])),
    ("El gobierno envió en un avión a 130 hondureños desde Villahermosa.", "es", (1, "MX", ["HN"])),
    ("O governo deportou em dois voos 180 venezuelanos desde Roraima.", "pt", (2, "BR", ["VE"])),
])
def test_the_people_a_flight_took_after_it_are_its_destination(sentence: str, language: str, expected: tuple) -> None:
    from transforms.context import flight_routes, read_context

    context = read_context(sentence, None, flight_routes(sentence, language))
    found = find_mentions(sentence, language, PUBLISHED, tables=[], context=context)
    assert [(m.flights, m.origin_country, m.destination_countries) for m in found] == [expected]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Chile expulsó a 138 extranjeros en un vuelo de la Fuerza Aérea a Colombia y Perú.", "es"),
    ("Spain expelled 40 people on a charter flight to Mauritania.", "en"),
    ("Portugal expulsou 40 brasileiros num voo para Guarulhos.", "pt"),
])
def test_an_expulsion_is_a_flight_that_flew(sentence: str, language: str) -> None:
    assert [m.status for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == ["completed"]


THURSDAY = dt.date(2025, 6, 12)


@pytest.mark.parametrize(("sentence", "language", "day"), [
    ("Two removal flights landed in Guatemala the day before yesterday.", "en", dt.date(2025, 6, 10)),
    ("Dos vuelos de deportados llegaron anteayer a Guatemala.", "es", dt.date(2025, 6, 10)),
    ("Dois voos com deportados pousaram anteontem em Confins.", "pt", dt.date(2025, 6, 10)),
    ("Two removal flights landed in Guatemala on Tuesday last week.", "en", dt.date(2025, 6, 3)),
    ("Dos vuelos de deportados llegaron el martes de la semana pasada a Guatemala.", "es", dt.date(2025, 6, 3)),
    ("Dois voos com deportados pousaram na terça-feira da semana passada em Confins.", "pt", dt.date(2025, 6, 3)),
    ("Two removal flights landed in Guatemala yesterday.", "en", dt.date(2025, 6, 11)),
])
def test_days_named_back_from_publication(sentence: str, language: str, day: dt.date) -> None:
    assert [(m.period_start, m.period_end) for m in find_mentions(sentence, language, THURSDAY, tables=[])] == [(day, day)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two removal flights are due in Guatemala next Monday.", "en"),
    ("Dos vuelos de deportados aterrizan en Guatemala el próximo lunes.", "es"),
    ("Dois voos com deportados chegam na próxima segunda-feira a Confins.", "pt"),
])
def test_a_count_on_a_day_still_to_come_is_planned(sentence: str, language: str) -> None:
    assert [(m.status, m.period_start) for m in find_mentions(sentence, language, THURSDAY, tables=[])] == [
        ("planned", dt.date(2025, 6, 16))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Dos vuelos de deportados llegaron el lunes 9 a Guatemala.", "es"),
    ("Two removal flights landed on Monday 9 in Guatemala City.", "en"),
    ("Dois voos com deportados pousaram no sábado 7 em Confins.", "pt"),
])
def test_the_number_after_a_weekday_is_its_day(sentence: str, language: str) -> None:
    assert [m.flights for m in find_mentions(sentence, language, THURSDAY, tables=[])] == [2]


@pytest.mark.parametrize(("sentence", "language", "end"), [
    ("Entre 10 e 12 voos de deportados devem chegar até setembro, segundo a PF.", "pt", dt.date(2025, 9, 30)),
    ("Cerca de 15 voos de deportados devem chegar ao país até o fim do ano.", "pt", dt.date(2025, 12, 31)),
    ("Se esperan 5 vuelos de deportados hasta septiembre.", "es", dt.date(2025, 9, 30)),
    ("Se esperan 20 vuelos de deportados hasta fin de año.", "es", dt.date(2025, 12, 31)),
    ("Up to four more removal flights could arrive before the end of August.", "en", dt.date(2025, 8, 31)),
])
def test_flights_up_to_a_time_still_to_come_are_planned_until_then(sentence: str, language: str, end: dt.date) -> None:
    assert [(m.status, m.period_start, m.period_end) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        ("planned", None, end)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Os EUA enviaram dois aviões com 190 brasileiros a Confins.", "pt"),
    ("Os EUA mandaram dois aviões com 190 brasileiros a Confins.", "pt"),
])
def test_the_country_that_sent_the_planes_is_their_origin(sentence: str, language: str) -> None:
    assert [(m.flights, m.origin_country) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [(2, "US")]


@pytest.mark.parametrize(("sentence", "language"), [
    ("On Monday four removal flights landed in Honduras: three from the United States and one from Mexico.", "en"),
    ("Este lunes llegaron a Honduras cuatro vuelos: tres desde Estados Unidos y uno desde México.", "es"),
    ("Nesta segunda-feira pousaram no Brasil quatro voos: três dos Estados Unidos e um do México.", "pt"),
    ("Este lunes llegaron a Honduras cuatro vuelos: tres de Estados Unidos y uno de México.", "es"),  # a bare "de"
    # a comma right after the flights opens their parts as a colon does
    ("On Monday Honduras received four flights, three from the United States and one from Mexico.", "en"),
    ("Este lunes Honduras recibió cuatro vuelos, tres de Estados Unidos y uno de México.", "es"),
    ("Nesta segunda-feira Honduras recebeu quatro voos, três dos Estados Unidos e um do México.", "pt"),
])
def test_counts_after_a_colon_that_add_up_to_the_whole_are_its_parts(sentence: str, language: str) -> None:
    monday = dt.date(2025, 7, 7)
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.origin_country, m.period_start) for m in found] == [
        (4, None, monday), (3, "US", monday), (1, "MX", monday)]


def test_a_bare_de_after_a_colon_names_an_origin_only_when_a_place_follows() -> None:
    found = find_mentions("Este lunes llegaron cuatro vuelos a Honduras: tres de ellos a San Pedro Sula.", "es",
                          PUBLISHED, tables=[])
    assert [m.origin_country for m in found if m.flights == 3] in ([], [None])


def test_counts_after_a_colon_that_do_not_add_up_keep_their_own_time() -> None:
    found = find_mentions("Este lunes llegaron cuatro vuelos a Honduras: en mayo, 12 desde México.", "es", PUBLISHED,
                          tables=[])
    assert [(m.flights, m.period_start) for m in found if m.flights == 12] == [(12, dt.date(2025, 5, 1))]


@pytest.mark.parametrize(("sentence", "language", "day"), [
    ("El próximo vuelo con deportados está previsto para el día 20.", "es", dt.date(2025, 7, 20)),
    ("Un vuelo con deportados llegó el pasado día 3 a Guatemala.", "es", dt.date(2025, 7, 3)),
    ("O próximo voo com deportados está previsto para o dia 20.", "pt", dt.date(2025, 7, 20)),
    ("Um voo com deportados pousou no dia 28 em Confins.", "pt", dt.date(2025, 6, 28)),  # nearer than 28 July
])
def test_a_day_of_the_month_with_no_month_is_the_one_nearest_publication(
    sentence: str, language: str, day: dt.date
) -> None:
    assert [(m.period_start, m.period_end) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (day, day)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Un vuelo con deportados llega el día 1 de cada mes.", "es"),  # a rate's day, in every month
    ("O voo do dia chegou com 90 deportados.", "pt"),  # no number: today
])
def test_a_day_word_that_names_no_day_of_the_month(sentence: str, language: str) -> None:
    assert all(m.period_start in (None, PUBLISHED) for m in find_mentions(sentence, language, PUBLISHED, tables=[]))


@pytest.mark.parametrize(("text", "language", "destination"), [
    ("Tegucigalpa, 14 de noviembre de 2025\n\nLlegaron dos vuelos de deportados a Honduras desde Estados Unidos.\n\n"
     "En lo que va de noviembre suman 37 vuelos de deportación.", "es", ["HN"]),
    ("Guatemala City, Nov. 14, 2025\n\nTwo removal flights from the United States landed in Guatemala.\n\n"
     "So far this month 37 deportation flights have arrived.", "en", ["GT"]),
    ("Fortaleza, 14 de novembro de 2025\n\nDois voos de deportados dos Estados Unidos pousaram no Brasil.\n\n"
     "Desde o início do mês, são 37 voos de deportação.", "pt", ["BR"]),
])
def test_a_story_datelined_in_the_one_country_its_flights_went_to_counts_flights_to_it(
    text: str, language: str, destination: list[str]
) -> None:
    from transforms.context import flight_routes, read_context

    context = read_context(text, None, flight_routes(text, language))
    found = find_mentions(text, language, PUBLISHED, tables=[], context=context)
    assert [m.destination_countries for m in found if m.flights == 37] == [destination]


def test_a_story_datelined_elsewhere_lends_no_destination() -> None:
    from transforms.context import flight_routes, read_context

    text = ("Mexico City, Nov. 14, 2025\n\nTwo removal flights from the United States landed in Guatemala.\n\n"
            "So far this month 37 deportation flights have arrived.")
    context = read_context(text, None, flight_routes(text, "en"))
    assert context.destination is None


@pytest.mark.parametrize(("sentence", "language"), [
    ("El Salvador and Honduras received 12 and 9 removal flights in May, respectively.", "en"),
    ("El Salvador y Honduras recibieron 12 y 9 vuelos de deportación en mayo, respectivamente.", "es"),
    ("El Salvador e Honduras receberam 12 e 9 voos de deportação em maio, respectivamente.", "pt"),
])
def test_counts_said_respectively_go_to_the_places_in_order(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(12, ["SV"]), (9, ["HN"])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A flight to Bogotá on May 19 left Louisiana with 118 Colombians; officials in Quito expect more.", "en"),
    ("Un vuelo a Bogotá salió de Luisiana el 19 de mayo con 118 colombianos; en Quito esperan otros.", "es"),
    ("Um voo para Bogotá saiu da Louisiana em 19 de maio com 118 colombianos; em Quito esperam outros.", "pt"),
])
def test_a_lone_count_takes_the_places_of_its_own_clause(sentence: str, language: str) -> None:
    assert [m.destination_countries for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [["CO"]]


@pytest.mark.parametrize(("sentence", "language", "origin"), [
    ("Dos vuelos con hondureños deportados de Estados Unidos llegaron a San Pedro Sula.", "es", "US"),
    ("Um avião com brasileiros deportados dos Estados Unidos pousou em Confins.", "pt", "US"),
    ("Dois voos com brasileiros repatriados da Espanha chegaram a Guarulhos.", "pt", "ES"),
])
def test_people_deported_from_a_place_name_the_origin(sentence: str, language: str, origin: str) -> None:
    assert sentence_route(sentence, language).origin == origin


@pytest.mark.parametrize(("sentence", "language", "destinations"), [
    ("Um avião da FAB levou 96 paraguaios e uruguaios para Assunção e Montevidéu.", "pt", ("PY", "UY")),
    ("Un avión llevó a 96 paraguayos y uruguayos a Asunción y Montevideo.", "es", ("PY", "UY")),
])
def test_demonyms_of_paraguay_and_uruguay(sentence: str, language: str, destinations: tuple) -> None:
    assert sentence_route(sentence, language).destinations == destinations


@pytest.mark.parametrize(("sentence", "language", "period"), [
    ("Foram 9 voos de deportação neste ano, contra 14 no ano passado.", "pt", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("Dois voos de deportação pousaram em Confins na última semana.", "pt", (dt.date(2025, 6, 30), dt.date(2025, 7, 6))),
    ("Dos vuelos de deportación llegaron a Guatemala la última semana.", "es", (dt.date(2025, 6, 30), dt.date(2025, 7, 6))),
])
def test_last_year_and_the_last_week(sentence: str, language: str, period: tuple) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert period in [(m.period_start, m.period_end) for m in found]


def test_the_last_week_of_a_month_is_not_last_week() -> None:
    found = find_mentions("Dos vuelos de deportación llegaron a Guatemala en la última semana de marzo.", "es",
                          PUBLISHED, tables=[])
    assert (dt.date(2025, 6, 30), dt.date(2025, 7, 6)) not in [(m.period_start, m.period_end) for m in found]


@pytest.mark.parametrize(("text", "language"), [
    ("In June ICE flew 19 removal flights, most to Central America, and one to Venezuela. "
     "Another five flights are planned before the end of July.", "en"),
    ("En junio el INM efectuó 19 vuelos, la mayoría a Centroamérica, y uno a Venezuela. "
     "El organismo prevé otros cinco vuelos antes de que termine julio.", "es"),
    ("Em junho foram 19 voos, a maioria para a América Central, e um para a Venezuela. "
     "Outros cinco voos estão previstos até o fim de julho.", "pt"),
])
def test_counts_that_went_to_different_places_leave_none_to_the_next_sentence(text: str, language: str) -> None:
    found = find_mentions(text, language, PUBLISHED, tables=[])
    assert [m.destination_countries for m in found if m.flights == 5] == [[]]


def test_a_count_to_one_place_still_lends_it_to_the_next_sentence() -> None:
    found = find_mentions("Guatemala received 12 removal flights in June. Another five are planned in July.", "en",
                          PUBLISHED, tables=[])
    assert [m.destination_countries for m in found if m.flights == 5] == [["GT"]]


@pytest.mark.parametrize(("text", "language"), [
    ("How many removal flights landed this year?\n\nAt least 310 removal flights landed in Central America.\n\n"
     "Which country got the most?\n\nGuatemala, with 132. Honduras followed with 118.", "en"),
    ("¿Cuántos vuelos de deportación llegaron este año?\n\nAl menos 310 vuelos llegaron a Centroamérica.\n\n"
     "¿Qué país recibió más?\n\nGuatemala, con 132. Le siguió Honduras con 118.", "es"),
    ("Quantos voos de deportação chegaram neste ano?\n\nPelo menos 310 voos chegaram à América Central.\n\n"
     "Qual país recebeu mais?\n\nGuatemala, com 132. Honduras veio em seguida com 118.", "pt"),
])
def test_an_answer_to_a_question_about_flights_counts_them(text: str, language: str) -> None:
    found = find_mentions(text, language, PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found if m.flights in (132, 118)] == [
        (132, ["GT"]), (118, ["HN"])]


def test_an_answer_to_a_question_about_something_else_counts_nothing() -> None:
    text = ("Two removal flights landed in Guatemala on Monday.\n\nHow old are the passengers?\n\n"
            "Guatemala, with 132 minors, tops the list.")
    assert [m.flights for m in find_mentions(text, "en", PUBLISHED, tables=[])] == [2]


@pytest.mark.parametrize(("head", "home"), [
    ("Centro de Atención al Migrante Retornado (CAMR) – San Pedro Sula", "HN"),
    ("Instituto Guatemalteco de Migración (IGM)", "GT"),
    ("Centro de Atendimento ao Migrante Retornado – Belo Horizonte", "BR"),
])
def test_a_receiving_agency_at_the_head_with_its_acronym_or_its_city(head: str, home: str) -> None:
    from transforms.context import read_context

    body = f"{head}\n\nLlegaron 3 vuelos de deportados desde Estados Unidos."
    assert read_context(body, None, []).home == home


@pytest.mark.parametrize(("sentence", "language"), [
    ("10:15 — First deportation flight of the day lands in Villahermosa.", "en"),
    ("10:15 - Aterriza en Villahermosa el primer vuelo de deportación del día.", "es"),
    ("10h15 — Primeiro voo de deportação do dia pousa em Confins.", "pt"),
])
def test_the_minutes_of_a_live_blog_time_are_no_count(sentence: str, language: str) -> None:
    assert 15 not in [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("In the first four months of the year the agency coordinated 142 charter flights.", "en"),
    ("En los primeros cuatro meses del año llegaron 142 vuelos de deportación.", "es"),
    ("Nos primeiros quatro meses deste ano chegaram 142 voos de deportação.", "pt"),
])
def test_the_first_months_of_the_year(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.period_start, m.period_end) for m in found] == [(dt.date(2025, 1, 1), dt.date(2025, 4, 30))]


@pytest.mark.parametrize(("text", "language"), [
    ("Removal flights to Jamaica resume\n\nLast year the Home Office ran 31 charter flights, including 9 to Albania.",
     "en"),
    ("Se reanudan los vuelos a Jamaica\n\nEl año pasado salieron 31 vuelos de deportación, incluidos 9 a Albania.",
     "es"),
    ("Voltam os voos para a Jamaica\n\nNo ano passado saíram 31 voos de deportação, incluindo 9 para a Albânia.",
     "pt"),
])
def test_a_whole_whose_part_went_elsewhere_is_not_the_headline_countrys(text: str, language: str) -> None:
    from transforms.context import flight_routes, read_context

    context = read_context(text, text.split("\n", maxsplit=1)[0], flight_routes(text, language))
    found = find_mentions(text, language, PUBLISHED, tables=[], context=context)
    assert [(m.flights, m.destination_countries) for m in found] == [(31, []), (9, ["AL"])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two removal flights are planned for Haiti later this month.", "en"),
    ("Se esperan dos vuelos de deportación a Haití este mes.", "es"),
    ("São esperados dois voos de deportação para o Haiti ainda este mês.", "pt"),
])
def test_flights_planned_this_month_are_the_months(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.status, m.period_start, m.period_end) for m in found] == [
        ("planned", dt.date(2025, 7, 1), dt.date(2025, 7, 31))]


def test_flights_so_far_this_month_are_counted_to_date() -> None:
    found = find_mentions("So far this month, 12 removal flights landed in Haiti.", "en", PUBLISHED, tables=[])
    assert [(m.period_start, m.period_end) for m in found] == [(dt.date(2025, 7, 1), None)]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Two flights returned 262 Salvadorans to San Salvador on Wednesday.", "en", (2, 262, ["SV"])),
    ("Dos vuelos retornaron a 262 salvadoreños a San Salvador el miércoles.", "es", (2, 262, ["SV"])),
    ("Dois voos trouxeram de volta 190 brasileiros na quarta-feira.", "pt", (2, 190, ["BR"])),
])
def test_the_people_flights_returned_are_on_board(sentence: str, language: str, expected: tuple) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.passengers, m.destination_countries) for m in found] == [expected]


@pytest.mark.parametrize(("sentence", "language", "route"), [
    ("A Colombian Air Force plane brought back 110 deportees from El Paso.", "en", ("US", ("CO",))),
    ("Un avión de la Fuerza Aérea Colombiana trajo de regreso a 110 deportados desde El Paso.", "es", ("US", ("CO",))),
    ("Um avião da Força Aérea Brasileira buscou 110 deportados em Fort Worth.", "pt", ("US", ("BR",))),
    ("A U.S. Air Force plane flew 80 migrants from Texas to Guatemala.", "en", ("US", ("GT",))),
])
def test_a_plane_sent_to_fetch_people_flies_them_to_its_own_country(sentence: str, language: str, route: tuple) -> None:
    found = sentence_route(sentence, language)
    assert (found.origin, found.destinations) == route


def test_an_air_force_plane_alone_names_no_origin() -> None:
    assert sentence_route("Um avião da Força Aérea Brasileira levou 81 pessoas para Minas.", "pt").origin is None


@pytest.mark.parametrize(("sentence", "language", "origin"), [
    ("México devolvió en tres vuelos a 400 cubanos a La Habana.", "es", "MX"),
    ("Mexico returned 400 Cubans to Havana on three flights.", "en", "MX"),
    ("O México devolveu em três voos 400 cubanos a Havana.", "pt", "MX"),
])
def test_a_country_that_sends_people_on_flights_named_before_them(sentence: str, language: str, origin: str) -> None:
    assert sentence_route(sentence, language).origin == origin


@pytest.mark.parametrize(("text", "language"), [
    ("Ecuador recibió 31 vuelos de deportación en octubre. En septiembre habían llegado 24.", "es"),
    ("Ecuador recibió 31 vuelos de deportación en octubre. En septiembre fueron 24.", "es"),
    ("O Equador recebeu 31 voos de deportação em outubro. Em setembro foram 24.", "pt"),
    ("O Equador recebeu 31 voos de deportação em outubro. Em setembro tinham chegado 24.", "pt"),
])
def test_the_month_before_counted_after_a_flight_sentence(text: str, language: str) -> None:
    found = find_mentions(text, language, PUBLISHED, tables=[])
    # September before publication in July 2025
    assert (24, dt.date(2024, 9, 1)) in [(m.flights, m.period_start) for m in found]


def test_people_counted_after_a_flight_sentence_are_no_flights() -> None:
    found = find_mentions("Ecuador recibió 31 vuelos en octubre. En septiembre fueron 2400 personas.", "es", PUBLISHED,
                          tables=[])
    assert 2400 not in [m.flights for m in found]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A second removal flight touched down about 20 minutes ago with 132 Mexicans.", "en"),
    ("Un segundo vuelo de deportación aterrizó hace dos horas con 132 mexicanos.", "es"),
    ("Um segundo voo de deportação pousou há 40 minutos com 132 mexicanos.", "pt"),
])
def test_minutes_or_hours_ago_are_the_day_of_publication(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.period_start, m.period_end) for m in found] == [(PUBLISHED, PUBLISHED)]


def test_a_flight_of_hours_is_no_time_ago() -> None:
    found = find_mentions("The removal flight to Guatemala took 3 hours.", "en", PUBLISHED, tables=[])
    assert all(m.period_start is None for m in found)


@pytest.mark.parametrize(("text", "language"), [
    ("Ecuador recibió 31 vuelos de deportación en junio. En mayo habían llegado 24 y en junio del año pasado, 19.", "es"),
    ("O Equador recebeu 31 voos de deportação em junho. Em maio foram 24, e em junho do ano passado, 19.", "pt"),
    ("Ecuador received 31 removal flights in June, 24 in May and, in June of last year, 19.", "en"),
])
def test_the_same_month_of_last_year_as_the_next_item(text: str, language: str) -> None:
    found = find_mentions(text, language, PUBLISHED, tables=[])
    assert (19, dt.date(2024, 6, 1), dt.date(2024, 6, 30)) in [(m.flights, m.period_start, m.period_end) for m in found]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Honduras received 41 removal flights in June, compared with 38 over the same period last year.", "en"),
    ("Honduras recibió 41 vuelos de deportación en junio, frente a 38 en el mismo periodo del año pasado.", "es"),
    ("Honduras recebeu 41 voos de deportação em junho, contra 38 no mesmo período do ano passado.", "pt"),
])
def test_the_same_period_last_year_is_the_sentences_period_a_year_back(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert (38, dt.date(2024, 6, 1), dt.date(2024, 6, 30)) in [(m.flights, m.period_start, m.period_end) for m in found]


def test_the_same_period_last_year_of_a_percentage_moves_no_count() -> None:
    found = find_mentions("ICE flew 1,642 removal flights in June, an increase of 71 percent over the same period last year.",
                          "en", PUBLISHED, tables=[])
    assert [(m.flights, m.period_start) for m in found] == [(1642, dt.date(2025, 6, 1))]


@pytest.mark.parametrize(("sentence", "language", "start"), [
    ("ICE flew 182 removal flights in October, the highest monthly total since 2019.", "en", dt.date(2024, 10, 1)),
    ("October's 182 removal flights were the most in any month since March 2019.", "en", dt.date(2024, 10, 1)),
    ("En octubre hubo 182 vuelos, la cifra mensual más alta desde 2019.", "es", dt.date(2024, 10, 1)),
    ("Los 182 vuelos de octubre son el mayor número desde marzo de 2019.", "es", dt.date(2024, 10, 1)),
    ("Em outubro foram 182 voos, o maior total mensal desde 2019.", "pt", dt.date(2024, 10, 1)),
    # near misses: a count since a day is of that span; a month's count said "monthly" is a rate
    ("Guatemala has received 182 removal flights since March 2019, the most of any country.", "en",
     dt.date(2019, 3, 1)),
    ("Guatemala recibió 182 vuelos desde marzo de 2019, la mayor parte de ellos de Texas.", "es", dt.date(2019, 3, 1)),
])
def test_a_record_neither_dates_the_count_nor_makes_it_a_rate(sentence: str, language: str, start: dt.date) -> None:
    """'The most since March 2019' names when a record began; 'the highest monthly total' is no rate."""
    [mention] = [m for m in find_mentions(sentence, language, PUBLISHED, tables=[]) if m.flights == 182]
    assert mention.period_start == start


@pytest.mark.parametrize(("sentence", "language"), [
    ("ICE flies about 180 removal flights monthly.", "en"),
    ("Llegan unos 180 vuelos mensuales.", "es"),
    ("Chegam cerca de 180 voos mensais.", "pt"),
])
def test_a_count_said_to_come_monthly_stays_a_rate(sentence: str, language: str) -> None:
    assert not find_mentions(sentence, language, PUBLISHED, tables=[])


@pytest.mark.parametrize(("sentence", "language", "start", "end"), [
    ("On Tuesday, two planes carrying deportees landed in San Salvador and one in Tegucigalpa.", "en",
     dt.date(2025, 7, 8), dt.date(2025, 7, 8)),
    ("Esta semana llegaron 11 vuelos a Honduras y 9 a El Salvador.", "es", dt.date(2025, 7, 7), dt.date(2025, 7, 13)),
    ("Nesta semana, dois voos pousaram na Guatemala e um em Honduras.", "pt", dt.date(2025, 7, 7), dt.date(2025, 7, 13)),
])
def test_an_elided_count_shares_the_day_of_the_count_before(
    sentence: str, language: str, start: dt.date, end: dt.date
) -> None:
    mentions = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert len(mentions) == 2
    assert all((m.period_start, m.period_end) == (start, end) for m in mentions)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two planes with deportees arrived in San Salvador and one in Tegucigalpa on Tuesday.", "en"),
    ("Dos aviones con deportados aterrizaron en San Salvador y uno en Tegucigalpa el martes.", "es"),
    ("Dois aviões com deportados pousaram em Fortaleza e um em Confins nesta terça-feira.", "pt"),
])
def test_a_time_closing_the_sentence_after_an_elided_count_dates_the_count_before(sentence: str, language: str) -> None:
    mentions = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.period_start, m.period_end) for m in mentions] == [(dt.date(2025, 7, 8), dt.date(2025, 7, 8))] * 2


def test_a_time_in_the_clause_of_a_count_with_its_own_noun_stays_its_own() -> None:
    mentions = find_mentions("Three flights landed in Guatemala on Monday and two flights in Honduras on Friday.",
                             "en", PUBLISHED, tables=[])
    assert [m.period_start for m in mentions] == [dt.date(2025, 7, 7), dt.date(2025, 7, 11)]


def test_a_count_with_its_own_noun_does_not_take_the_day_of_the_count_before() -> None:
    mentions = find_mentions("Two flights landed on Tuesday, and ICE has flown 40 removal flights in all.", "en",
                             PUBLISHED, tables=[])
    assert [m.period_start for m in mentions if m.flights == 40] == [None]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Three flights landed in Guatemala on Monday, and on Wednesday another two.", "en"),
    ("Three flights landed in Guatemala on Monday and two more on Wednesday.", "en"),
    ("El lunes aterrizaron tres vuelos en Guatemala, y el miércoles otros dos.", "es"),
    ("Na segunda-feira pousaram três voos em Fortaleza e, na quarta-feira, mais dois.", "pt"),
])
def test_more_of_the_flights_just_counted_on_a_day_of_their_own(sentence: str, language: str) -> None:
    """'And on Wednesday another two': two flights more, on the day set off before or after them."""
    found = [(m.flights, m.period_start) for m in find_mentions(sentence, language, PUBLISHED, tables=[])]
    assert found == [(3, dt.date(2025, 7, 7)), (2, dt.date(2025, 7, 9))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The first plane left with 114 people on board; the second with another 112, the agency said.", "en"),
    ("La primera aeronave salió con 114 personas; la segunda, con otras 112, en ambos casos escoltadas.", "es"),
    ("ICE expects to add at least two more weekly flights in May.", "en"),
    ("Chegaram 3 voos, 2 a mais que na semana passada.", "pt"),
])
def test_another_number_that_is_not_more_flights(sentence: str, language: str) -> None:
    assert not [m for m in find_mentions(sentence, language, PUBLISHED, tables=[]) if m.flights in (2, 112)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Three more flights arrived from Mexico with 312 people.", "en"),
    ("Además, llegaron tres vuelos desde México con 312 personas.", "es"),
    ("Chegaram também três voos do México com 312 pessoas.", "pt"),
])
def test_a_sender_with_the_people_on_board_is_no_ranked_receiver(sentence: str, language: str) -> None:
    """'Guatemala, with 140 flights' ranks a receiver; 'from Mexico with 312 people' names where they left."""
    assert sentence_route(sentence, language).origin == "MX"
    assert "MX" not in sentence_route(sentence, language).destinations


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Tegucigalpa, 10 de febrero de 2025 (Agencia) — Honduras recibió 18 vuelos entre el 2 y el 8 de febrero.", "es",
     dt.date(2025, 2, 10)),
    ("MIAMI, March 3, 2025 (AP) — ICE flew 14 removal flights between Feb. 23 and March 1.", "en", dt.date(2025, 3, 3)),
    ("Brasília, 10 de março de 2025 - Chegaram 4 voos entre 2 e 8 de março.", "pt", dt.date(2025, 3, 10)),
    # near misses: the date that ends a span of days is the span's
    ("Weekly removal flights, April 27 – May 3, 2025", "en", None),
    ("Vuelos del 5 al 11 de mayo de 2025", "es", None),
])
def test_a_dateline_before_a_story_that_names_a_span_of_days(text: str, language: str, expected: dt.date | None) -> None:
    assert find_publication_date(text, language).date == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Honduras recibe 18 vuelos con deportados en la última semana\n\n"
     "Honduras recibió 18 vuelos con deportados entre el 29 de junio y el 5 de julio.", "es", 1),
    ("Guatemala got 18 removal flights last week\n\nGuatemala received 18 removal flights from June 29 to July 5.",
     "en", 1),
    ("Brasil recebe 18 voos na última semana\n\nO Brasil recebeu 18 voos de deportados entre 29 de junho e 5 de julho.",
     "pt", 1),
    # near miss: two days are two claims
    ("Two removal flights landed in Guatemala on Monday. Two removal flights landed in Guatemala on Tuesday.", "en", 2),
])
def test_one_week_told_two_ways_is_one_claim(text: str, language: str, expected: int) -> None:
    """A headline's 'last week' (Monday to Sunday) and the body's Sunday-to-Saturday week are one count."""
    assert len([m for m in find_mentions(text, language, PUBLISHED, tables=[]) if m.flights in (2, 18)]) == expected


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two flights are expected on Tuesday and on Wednesday, one.", "en"),
    ("Para el martes se esperan dos vuelos más y el miércoles, uno.", "es"),
    ("Na terça-feira são esperados dois voos e na quarta-feira, um.", "pt"),
])
def test_a_day_opens_the_next_item_of_a_list_of_daily_counts(sentence: str, language: str) -> None:
    found = [(m.flights, m.period_start, m.status) for m in find_mentions(sentence, language, PUBLISHED, tables=[])]
    assert found == [(2, dt.date(2025, 7, 15), "planned"), (1, dt.date(2025, 7, 16), "planned")]


def test_a_day_and_its_date_is_no_item_of_daily_counts() -> None:
    """'el miércoles 7' is a date: no comma sets a count apart from its day."""
    found = find_mentions("Llegaron dos vuelos el lunes 5 y el miércoles 7.", "es", PUBLISHED, tables=[])
    assert [m.flights for m in found] == [2]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Guatemala has received 38 flights this year, surpassing the 34 recorded in all of last year.", "en"),
    ("Guatemala suma 38 vuelos este año, superando los 34 del año pasado.", "es"),
    ("O Brasil chegou a 38 voos de deportação neste ano, superando os 34 registrados em todo o ano passado.", "pt"),
])
def test_the_count_a_running_total_surpasses_is_last_years(sentence: str, language: str) -> None:
    [last_year] = [m for m in find_mentions(sentence, language, PUBLISHED, tables=[]) if m.flights == 34]
    assert (last_year.period_start, last_year.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_count_of_something_else_a_total_surpasses_is_no_count_of_flights() -> None:
    found = find_mentions("Guatemala suma 38 vuelos este año, superando a otros 34 países.", "es", PUBLISHED, tables=[])
    assert [m.flights for m in found] == [38]


@pytest.mark.parametrize(("sentence", "language", "stops"), [
    ("There were also 11 flights to Africa and Asia, including a multi-stop flight to Mauritania, Senegal and Guinea.",
     "en", ("MR", "SN", "GN")),
    ("Hubo además 11 vuelos a África y Asia, incluido un vuelo con escalas a Mauritania, Senegal y Guinea.", "es",
     ("MR", "SN", "GN")),
    ("Houve ainda 11 voos para a África e a Ásia, incluindo um voo com escalas na Mauritânia, no Senegal e na Guiné.",
     "pt", ("MR", "SN", "GN")),
])
def test_a_single_flight_named_as_a_part_of_a_count(sentence: str, language: str, stops: tuple) -> None:
    """'Including a flight to ...' is one flight of the count before, not a figure of speech."""
    assert (1, "exact", "completed", None, stops) in _claims(sentence, language)


@pytest.mark.parametrize(("sentence", "language"), [
    ("July had seen 54 flights, and June 49.", "en"),
    ("Julio tuvo 54 vuelos y junio, 49.", "es"),
    ("Julho teve 54 voos e junho, 49.", "pt"),
])
def test_a_bare_month_and_its_count_continue_a_list_of_monthly_counts(sentence: str, language: str) -> None:
    found = [(m.flights, m.period_start) for m in find_mentions(sentence, language, PUBLISHED, tables=[])]
    assert found == [(54, dt.date(2025, 7, 1)), (49, dt.date(2025, 6, 1))]


def test_a_bare_month_and_a_day_of_it_are_a_date() -> None:
    """'and June 12' may be the 12th of June: only a comma or a number no month has makes it a count."""
    found = find_mentions("July had seen 54 flights, and June 12.", "en", PUBLISHED, tables=[])
    assert [m.flights for m in found] == [54]


@pytest.mark.parametrize(("sentence", "language"), [
    ("According to the Mexican government, two flights left for Havana.", "en"),
    ("Según el gobierno mexicano, dos vuelos salieron hacia La Habana.", "es"),
    ("Segundo o governo mexicano, dois voos partiram para Havana.", "pt"),
])
def test_a_government_that_says_so_is_no_end_of_the_flights(sentence: str, language: str) -> None:
    """'According to the Mexican government': who says so; 'according to' is no 'to'."""
    assert sentence_route(sentence, language).destinations == ("CU",)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Home Office flew a charter to Albania on Tuesday. Another two, to Vietnam, were cancelled in May.", "en",
     (2, "exact", "cancelled", None, ("VN",))),
    ("El Ministerio fletó un vuelo a Mauritania el martes. Otros dos, con destino a Senegal, fueron cancelados en mayo.",
     "es", (2, "exact", "cancelled", None, ("SN",))),
    ("O governo fretou um voo para Angola na terça. Outros dois, para Moçambique, foram cancelados em maio.", "pt",
     (2, "exact", "cancelled", None, ("MZ",))),
])
def test_a_sentence_of_more_of_the_flights_and_what_became_of_them(text: str, language: str, expected: tuple) -> None:
    assert expected in _claims(text, language)


def test_another_number_of_people_opening_a_sentence_is_no_count_of_flights() -> None:
    found = _claims("The Home Office flew a charter to Albania on Tuesday. Another 20 people were released.", "en")
    assert [claim[0] for claim in found] == [1]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A charter flight left Gran Canaria with 58 Mauritanian citizens on board.", "en"),
    ("Un vuelo despegó de Gran Canaria con 58 ciudadanos mauritanos a bordo.", "es"),
    ("Um voo decolou de Gran Canaria com 58 cidadãos mauritanos a bordo.", "pt"),
])
def test_the_people_named_before_where_they_are_from_are_flown_home(sentence: str, language: str) -> None:
    assert sentence_route(sentence, language).destinations == ("MR",)


@pytest.mark.parametrize(("text", "language"), [
    ("1/ 14 flights landed in Mexico this week.\n\n2/ Of those, 9 went to Villahermosa and 5 to Tapachula.\n\n"
     "3/ Another 3 are scheduled for Saturday.", "en"),
    ("1/ Esta semana aterrizaron 14 vuelos en México.\n\n2/ De ellos, 9 fueron a Villahermosa y 5 a Tapachula.\n\n"
     "3/ Otros 3 están programados para el sábado.", "es"),
    ("1/ Nesta semana pousaram 14 voos no México.\n\n2/ Destes, 9 foram para Villahermosa e 5 para Tapachula.\n\n"
     "3/ Outros 3 estão previstos para o sábado.", "pt"),
])
def test_a_line_of_more_flights_two_lines_after_the_count(text: str, language: str) -> None:
    """A thread's third post goes on with the flights the first counted, after a post that names no noun."""
    assert (3, "exact", "planned") in [claim[:3] for claim in _claims(text, language)]


@pytest.mark.parametrize(("headline", "language", "expected"), [
    ("Deportation flight to Venezuela suspended", "en", (1, "exact", "cancelled", None, ("VE",))),
    ("Venezuela bars deportation flight from landing", "en", (1, "exact", "denied", None, ("VE",))),
    ("Brazil receives 88 deportees on fourth flight", "en", (1, "exact", "completed", None, ("BR",))),
    ("Cancelan vuelo de deportación a Venezuela", "es", (1, "exact", "cancelled", None, ("VE",))),
    ("México rechaza vuelo militar de EE.UU. con migrantes", "es", (1, "exact", "denied", "US", ("MX",))),
    ("Chega ao Brasil voo com 88 deportados", "pt", (1, "exact", "completed", None, ("BR",))),
    ("Governo suspende voo de deportados para Angola", "pt", (1, "exact", "cancelled", None, ("AO",))),
])
def test_a_headline_drops_the_article_of_its_one_flight(headline: str, language: str, expected: tuple) -> None:
    assert expected in _claims(f"{headline}\n\nThe story follows.", language)


@pytest.mark.parametrize(("text", "language"), [
    ("Deportation flight\n\nThe story follows.", "en"),  # nothing happened to it
    ("Deportation flights to Venezuela suspended\n\nThe story follows.", "en"),  # flights: no number
    ("The charity said deportation flight records were incomplete, and it suspended its work.", "en"),  # no headline
])
def test_a_bare_flight_noun_that_counts_no_flight(text: str, language: str) -> None:
    assert not _claims(text, language)


@pytest.mark.parametrize(("headline", "language", "status"), [
    ("US to deport 300 Venezuelans on two flights this week", "en", "planned"),
    ("ICE plans 12 removal flights to India this month", "en", "planned"),
    ("Two deportation flights due in Guatemala next week", "en", "planned"),
    ("Guatemala recibirá tres vuelos de deportados este viernes", "es", "planned"),
    ("EUA vão enviar mais dois voos com deportados ao Brasil", "pt", "planned"),
])
def test_a_headline_that_announces_flights_to_come(headline: str, language: str, status: str) -> None:
    assert [claim[2] for claim in _claims(f"{headline}\n\nThe story follows.", language)] == [status]


@pytest.mark.parametrize(("text", "language", "earlier"), [
    ("In 2024, ICE flew 1,100 removal flights. In 2023, 1,300.", "en", 1300),
    ("En 2024 llegaron 60 vuelos. En 2023, 48.", "es", 48),
    ("Em 2024, foram 16 voos com brasileiros deportados. Em 2023, 12.", "pt", 12),
])
def test_a_sentence_of_a_year_and_its_count_after_a_count_of_flights(text: str, language: str, earlier: int) -> None:
    found = [(m.flights, m.period_start) for m in find_mentions(text, language, PUBLISHED, tables=[])]
    assert (earlier, dt.date(2023, 1, 1)) in found


def test_a_year_and_a_share_is_no_count_of_flights() -> None:
    found = find_mentions("En 2024 llegaron 60 vuelos. En 2023, el 48%.", "es", PUBLISHED, tables=[])
    assert [m.flights for m in found] == [60]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Nearly 100 flights went to South America, and about a dozen to Africa and Asia.", "en"),
    ("Casi 100 vuelos fueron a Sudamérica y unos 12 a África y Asia.", "es"),
    ("Cerca de 100 voos foram para a América do Sul e uns 12 para a África e a Ásia.", "pt"),
])
def test_an_elided_count_to_a_region(sentence: str, language: str) -> None:
    assert (12, "approx", "completed", None, ()) in _claims(sentence, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Three deportation flights landed in Guatemala City on Monday. The flights carried 412 people, officials said.", "en"),
    ("Tres vuelos con deportados aterrizaron el lunes en Guatemala. Los vuelos traían a 412 personas.", "es"),
    ("Três voos com deportados pousaram na segunda-feira em Fortaleza. Os voos trouxeram 412 pessoas.", "pt"),
    ("Three deportation flights landed in Guatemala City on Monday. Aboard the three flights, ICE carried 412 people.", "en"),
    ("Tres vuelos con deportados aterrizaron el lunes en Guatemala. En los tres vuelos llegaron 412 personas.", "es"),
    ("Três voos com deportados pousaram na segunda-feira em Fortaleza. Nos três voos chegaram 412 pessoas.", "pt"),
])
def test_the_sentence_after_a_count_of_flights_says_who_was_on_them(text: str, language: str) -> None:
    [mention] = find_mentions(text, language, PUBLISHED, tables=[])
    assert (mention.flights, mention.passengers, mention.passengers_per_flight) == (3, 412, None)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Total for March: 4 flights to Haiti; one more was cancelled.", "en"),
    ("En marzo hubo 4 vuelos a Haití; uno más fue cancelado.", "es"),
    ("Em março houve 4 voos para o Haiti; mais um foi cancelado.", "pt"),
])
def test_another_semicolon_clauses_verb_is_not_the_counts(sentence: str, language: str) -> None:
    assert [(c[0], c[2]) for c in _claims(sentence, language)] == [(4, "completed"), (1, "cancelled")]


@pytest.mark.parametrize(("text", "language", "home"), [
    ("11:05 — The second flight of the day touched down at La Aurora.\n\n"
     "08:40 — The first deportation flight of the day arrived at 8:15.", "en", "GT"),
    ("11:05 — El segundo vuelo del día aterrizó en La Aurora.\n\n"
     "08:40 — El primer vuelo de deportación del día llegó a las 8:15.", "es", "GT"),
    ("11h05 — O segundo voo do dia pousou em Confins.\n\n"
     "08h40 — O primeiro voo de deportação do dia chegou às 8h15.", "pt", "BR"),
])
def test_a_live_blogs_entry_goes_on_with_the_place_of_the_entry_above(text: str, language: str, home: str) -> None:
    assert [claim[4] for claim in _claims(text, language)] == [(home,), (home,)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("ICE has 3 planes and flew 40 flights last month.", "en"),
    ("La aerolínea tiene 3 aviones y voló 40 vuelos el mes pasado.", "es"),
    ("A empresa possui 3 aeronaves e fez 40 voos no mês passado.", "pt"),
])
def test_a_fleet_beside_the_flights_it_flew(sentence: str, language: str) -> None:
    """The fleet's verb right before its count makes it aircraft owned, even where flights moved."""
    assert [claim[0] for claim in _claims(sentence, language)] == [40]


@pytest.mark.parametrize(("sentence", "language", "destination"), [
    ("The number of deportation flights to Colombia fell to 8 in March from 14 in February.", "en", "CO"),
    ("El número de vuelos a Colombia bajó a 8 en marzo, desde 14 en febrero.", "es", "CO"),
    ("Os voos para o Brasil caíram para 8 em março, ante 14 em fevereiro.", "pt", "BR"),
])
def test_a_count_that_changed_and_the_count_it_changed_from(sentence: str, language: str, destination: str) -> None:
    found = [(m.flights, tuple(m.destination_countries), m.period_start) for m in find_mentions(sentence, language, PUBLISHED, tables=[])]
    assert found == [(8, (destination,), dt.date(2025, 3, 1)), (14, (destination,), dt.date(2025, 2, 1))]


@pytest.mark.parametrize(("sentence", "language", "destination"), [
    ("Removal flights to Colombia rose from 14 in February to 20 in March.", "en", "CO"),
    ("Los vuelos a Colombia pasaron de 14 en febrero a 20 en marzo.", "es", "CO"),
    ("Os voos para o Brasil passaram de 14 em fevereiro para 20 em março.", "pt", "BR"),
])
def test_a_count_that_went_from_one_level_to_another(sentence: str, language: str, destination: str) -> None:
    found = [(m.flights, tuple(m.destination_countries), m.period_start) for m in find_mentions(sentence, language, PUBLISHED, tables=[])]
    assert found == [(14, (destination,), dt.date(2025, 2, 1)), (20, (destination,), dt.date(2025, 3, 1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Removal flights to Colombia rose from 20 to 35.", "en"),
    ("Los vuelos a Colombia pasaron de 20 a 35.", "es"),
    ("Os voos para a Colômbia passaram de 20 para 35.", "pt"),
])
def test_two_levels_of_a_change_are_no_range(sentence: str, language: str) -> None:
    found = [(m.flights, m.flights_max) for m in find_mentions(sentence, language, PUBLISHED, tables=[])]
    assert found == [(20, None), (35, None)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Honduras expects from 5 to 6 flights next week.", "en"),
    ("Honduras espera de 5 a 6 vuelos la próxima semana.", "es"),
    ("Honduras espera de 5 a 6 voos na próxima semana.", "pt"),
])
def test_a_range_without_a_verb_of_change_stays_a_range(sentence: str, language: str) -> None:
    found = [(m.flights, m.flights_max) for m in find_mentions(sentence, language, PUBLISHED, tables=[])]
    assert found == [(5, 6)]


def test_a_count_of_people_that_changed_is_no_count_of_flights() -> None:
    text = "Hubo 40 vuelos; en 2023 retornaron 17.912 ecuatorianos y en 2024 la cifra bajó a 12.877."
    assert [m.flights for m in find_mentions(text, "es", PUBLISHED, tables=[])] == [40]


@pytest.mark.parametrize(("sentence", "language", "destinations"), [
    ("An ICE plane landed in Villahermosa with 120 people, who were then taken by bus to the border with Guatemala.",
     "en", ("MX",)),
    ("Un avión de ICE aterrizó en Villahermosa con 120 personas, trasladadas luego en autobús a la frontera con Guatemala.",
     "es", ("MX",)),
    ("Um avião do ICE pousou em Manaus com 120 pessoas, levadas depois de ônibus até Tabatinga, na fronteira com a Colômbia.",
     "pt", ("BR",)),
    # a flight's own end stays: "a flight left Tapachula for Guatemala"
    ("Un vuelo salió de Tapachula con destino a Guatemala.", "es", ("GT",)),
])
def test_a_leg_over_land_or_a_border_is_no_end_of_a_flight(sentence: str, language: str, destinations: tuple) -> None:
    assert sentence_route(sentence, language).destinations == destinations


@pytest.mark.parametrize(("sentence", "language", "people"), [
    ("The Home Office removed 45 Albanian nationals on a charter flight on Wednesday.", "en", 45),
    ("El gobierno de Chile expulsó a 138 extranjeros en un vuelo de la Fuerza Aérea.", "es", 138),
    ("Os Estados Unidos deportaram 88 brasileiros em um voo para Confins na sexta-feira.", "pt", 88),
])
def test_the_people_a_flight_removed_are_on_board(sentence: str, language: str, people: int) -> None:
    assert [m.passengers for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [people]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The agency deported more than 300,000 people last year on 12 flights.", "en"),
    ("El gobierno deportó a más de 300.000 personas el año pasado en 12 vuelos.", "es"),
    ("O governo deportou mais de 300.000 pessoas no ano passado em 12 voos.", "pt"),
])
def test_more_people_than_the_planes_hold_are_not_their_passengers(sentence: str, language: str) -> None:
    assert [m.passengers for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [None]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A flight with 96 Dominican deportees landed in Santo Domingo and went on to Cap-Haitien.", "en"),
    ("Un vuelo con 96 dominicanos deportados aterrizó en Santo Domingo y siguió a Cabo Haitiano.", "es"),
    ("Um voo com 96 dominicanos deportados pousou em Santo Domingo e seguiu para Cabo Haitiano.", "pt"),
])
def test_the_people_of_one_stop_of_a_flight_with_two_are_not_all_on_board(sentence: str, language: str) -> None:
    assert [(m.destination_countries, m.passengers) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (["DO", "HT"], None)]


@pytest.mark.parametrize(("body", "language"), [
    ("Chile expelled 138 people on Sunday on a flight to Colombia and Venezuela. With it, 9 expulsion flights "
     "have been flown so far.", "en"),
    ("Chile expulsó el domingo a 138 personas en un vuelo con destino a Colombia y Venezuela. Con este, ya son 9 "
     "los vuelos de expulsión.", "es"),
    ("O Chile expulsou no domingo 138 pessoas em um voo para a Colômbia e a Venezuela. Com esse, já são 9 os voos "
     "de expulsão.", "pt"),
])
def test_a_running_total_after_a_flight_with_several_stops_takes_neither_its_stops_nor_its_day(body: str, language: str) -> None:
    found = [(m.flights, m.destination_countries, m.period_start) for m in find_mentions(body, language, PUBLISHED, tables=[])]
    assert found[-1] == (9, [], None)


@pytest.mark.parametrize(("sentence", "language", "flights"), [
    ("ICE Air flew 1,135 flights in March, including 178 removal flights and 602 domestic shuffles.", "en", [178]),
    ("ICE Air realizó 1.135 vuelos en marzo, incluidos 178 vuelos de deportación y 602 traslados internos.", "es", [178]),
    ("A ICE Air fez 1.135 voos em março, incluindo 178 voos de deportação e 602 transferências internas.", "pt", [178]),
    # parts by destination leave the whole a count of removals
    ("ICE flew 50 removal flights in March, including 12 to Guatemala.", "en", [50, 12]),
])
def test_a_whole_whose_removal_flights_are_a_part_of_it_counts_every_leg(sentence: str, language: str, flights: list) -> None:
    assert [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == flights


@pytest.mark.parametrize(("sentence", "language"), [
    ("Since February, Venezuela has received 42 flights from the United States and 8 from Mexico.", "en"),
    ("Desde febrero, Venezuela ha recibido 42 vuelos de Estados Unidos y 8 de México.", "es"),
    ("Desde fevereiro, a Venezuela recebeu 42 voos dos Estados Unidos e 8 do México.", "pt"),
])
def test_a_bare_de_after_flights_from_a_place_names_the_next_counts_origin(sentence: str, language: str) -> None:
    assert [(m.flights, m.origin_country, m.destination_countries) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (42, "US", ["VE"]), (8, "MX", ["VE"])]


def test_a_bare_de_after_flights_from_a_place_before_no_place_names_no_origin() -> None:
    found = find_mentions("Llegaron 12 vuelos de Estados Unidos y 3 de los pasajeros eran menores.", "es", PUBLISHED, tables=[])
    assert [m.flights for m in found] == [12]


@pytest.mark.parametrize(("sentence", "language", "first"), [
    ("ICE flew a flight to Guatemala and another to Honduras on Tuesday.", "en", 1),
    ("Two flights went to Guatemala and another to Honduras.", "en", 2),
    ("El martes salió un vuelo a Guatemala y otro a Honduras.", "es", 1),
    ("Llegaron dos vuelos a Guatemala y otro a Honduras.", "es", 2),
    ("Na terça saiu um voo para a Guatemala e outro para Honduras.", "pt", 1),
    ("Dois voos foram para a Guatemala e outro para Honduras.", "pt", 2),
])
def test_another_to_a_place_after_flights_sent_to_one_is_one_flight_more(sentence: str, language: str, first: int) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(first, ["GT"]), (1, ["HN"])]


@pytest.mark.parametrize(("sentence", "language", "first"), [
    ("One flight from the United States landed in San Pedro Sula on Monday and another from Mexico on Tuesday.", "en", 1),
    ("Two flights from Texas landed in San Pedro Sula, and another from Mexico arrived later.", "en", 2),
    ("Un vuelo procedente de Estados Unidos llegó a San Pedro Sula el lunes y otro de México el martes.", "es", 1),
    ("Dos vuelos desde Texas aterrizaron en San Pedro Sula y otro desde México llegó después.", "es", 2),
    ("Um voo vindo dos Estados Unidos pousou em San Pedro Sula na segunda e outro do México na terça.", "pt", 1),
    ("Dois voos vindos do Texas pousaram em San Pedro Sula e outro do México chegou depois.", "pt", 2),
])
def test_another_from_a_place_after_flights_sent_from_one_is_one_flight_more(sentence: str, language: str, first: int) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.origin_country, m.destination_countries) for m in found] == [
        (first, "US", ["HN"]), (1, "MX", ["HN"])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A flight landed in San Pedro Sula on Monday and another from the same group on Tuesday.", "en"),
    ("Un vuelo llegó a San Pedro Sula el lunes y otro de los vuelos previstos no salió.", "es"),
    ("Um voo pousou em San Pedro Sula na segunda e outro dos voos previstos não saiu.", "pt"),
])
def test_another_from_no_place_or_after_no_flight_from_one_is_no_count_of_its_own(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [m.flights for m in found] == [1]


def test_another_with_its_own_noun_is_its_own_count() -> None:
    found = find_mentions("A flight to Guatemala left on Tuesday and another flight landed in Honduras.", "en",
                          PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(1, ["GT"]), (1, ["HN"])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Guatemala accounted for 25 of the 40 flights.", "en"),
    ("Guatemala concentró 25 de los 40 vuelos.", "es"),
    ("A Guatemala concentrou 25 dos 40 voos.", "pt"),
])
def test_a_country_that_accounted_for_a_share_of_the_flights_received_it(sentence: str, language: str) -> None:
    assert sentence_route(sentence, language).destinations == ("GT",)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Three deportation flights went in January, two in February and four in March to Guatemala.", "en"),
    ("Llegaron tres aviones en enero, dos en febrero y cuatro en marzo a Guatemala.", "es"),
    ("Chegaram três aviões em janeiro, dois em fevereiro e quatro em março à Guatemala.", "pt"),
])
def test_a_place_closing_the_sentence_after_elided_counts_is_where_they_all_went(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(3, ["GT"]), (2, ["GT"]), (4, ["GT"])]


def test_a_place_of_the_last_count_with_its_own_noun_stays_its_own() -> None:
    found = find_mentions("Three flights landed in Guatemala and two flights landed in Honduras.", "en", PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(3, ["GT"]), (2, ["HN"])]


@pytest.mark.parametrize(("sentence", "language", "destination"), [
    ("Colombia sent two air force planes to San Diego to repatriate 200 Colombians.", "en", "CO"),
    ("Colombia envió dos aviones de la Fuerza Aérea a San Diego para repatriar a 200 colombianos.", "es", "CO"),
    ("O governo brasileiro enviou dois aviões da FAB aos Estados Unidos para repatriar 200 brasileiros.", "pt", "BR"),
])
def test_a_government_that_sends_planes_to_repatriate_its_nationals_receives_them(sentence: str, language: str, destination: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[], context=DocumentContext(origin="US"))
    assert [(m.flights, m.origin_country, m.destination_countries) for m in found] == [(2, "US", [destination])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two of the flights landed in Bogotá on Friday.", "en"),
    ("Dos de los vuelos aterrizaron en Bogotá el viernes.", "es"),
    ("Dois dos voos pousaram em Bogotá na sexta.", "pt"),
    ("Dois desses voos pousaram em Bogotá na sexta.", "pt"),
])
def test_a_part_of_a_set_of_flights_is_counted_with_the_set_s_noun(sentence: str, language: str) -> None:
    assert [(m.flights, m.destination_countries) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (2, ["CO"])]


@pytest.mark.parametrize(("sentence", "month"), [
    ("Two of the April flights were operated by the military and landed in Bogotá.", 4),
    ("Three May deportation flights landed in Quito.", 5),
    ("Twelve June charter flights landed in Quito.", 6),
])
def test_a_capitalised_month_before_the_flight_noun_is_the_flights_period(sentence: str, month: int) -> None:
    [mention, *_] = find_mentions(sentence, "en", PUBLISHED, tables=[])
    assert (mention.period_start, mention.period_end.month) == (dt.date(2025, month, 1), month)


@pytest.mark.parametrize("sentence", [
    "Officials said more may flights be added to Quito, though three flights landed on Monday.",
    "Protesters march as flights to Quito resume: three flights landed.",
])
def test_a_lowercase_may_or_march_before_flights_is_no_month(sentence: str) -> None:
    assert all(m.period_start is None or m.period_start.month not in (3, 5)
               for m in find_mentions(sentence, "en", PUBLISHED, tables=[]))


def test_a_month_on_the_line_above_a_flight_noun_is_no_month_of_those_flights() -> None:
    from transforms.dates import find_period

    assert find_period("December\nRemoval flights by country and month:", "en", PUBLISHED) is None


@pytest.mark.parametrize(("sentence", "language"), [
    ("Officials confirmed the 15th return operation to Georgia on Tuesday.", "en"),
    ("Las autoridades confirmaron la 15.ª operación de retorno a Georgia el martes.", "es"),
    ("As autoridades confirmaram a 15ª operação de retorno à Geórgia na terça.", "pt"),
])
def test_an_ordinal_in_digits_before_a_singular_noun_is_one_flight_never_that_many(sentence: str, language: str) -> None:
    assert [(m.flights, m.ordinal, m.destination_countries) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (1, 15, ["GE"])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A charter landed in Tbilisi on Tuesday. It was the 15th joint return operation to Georgia this year.", "en"),
    ("The two aircraft left Australia on 9 and 10 March and landed in Auckland.", "en"),
])
def test_an_ordinal_said_of_a_flight_told_or_a_number_of_aircraft_is_no_ordinal_count(sentence: str, language: str) -> None:
    assert [m.ordinal for m in find_mentions(sentence, language, PUBLISHED, tables=[]) if m.ordinal] == []


@pytest.mark.parametrize(("sentence", "language", "flights"), [
    # European coverage calls its removal flights return flights
    ("Frontex supported 420 return flights to Georgia last year.", "en", [420]),
    ("The Home Office ran 12 charter return flights to Albania in May.", "en", [12]),
    # beside an empty leg or another leg, a return flies back empty
    ("The monitor logged 187 shuffle flights and 12 return flights in May.", "en", []),
    ("There were 10 return flights in May, flown empty after the removals.", "en", []),
])
def test_a_return_flight_is_a_removal_unless_said_beside_an_empty_or_another_leg(sentence: str, language: str, flights: list) -> None:
    assert [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == flights


@pytest.mark.parametrize(("sentence", "language", "status"), [
    ("The Home Office said 12 flights had left for Albania since January and more would follow.", "en", "completed"),
    ("El Ministerio dijo que 12 vuelos habían salido hacia Albania desde enero y otros saldrán en verano.", "es", "completed"),
    ("O ministério disse que 12 voos tinham saído para a Albânia desde janeiro e outros sairão no verão.", "pt", "completed"),
    # "more than" counts something of the same clause
    ("Two flights will leave for Albania on Monday and more than 200 people will be aboard them.", "en", "planned"),
])
def test_more_flights_joined_after_a_count_have_a_verb_and_a_status_of_their_own(sentence: str, language: str, status: str) -> None:
    [mention] = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert mention.status == status


@pytest.mark.parametrize(("sentence", "language", "destination"), [
    ("A second flight carrying deportees has landed in Guatemala City, the Guatemalan Migration Institute said.", "en", "GT"),
    ("A flight landed in Guatemala City, the Guatemalan government said.", "en", "GT"),
    ("Un vuelo aterrizó en Ciudad de Guatemala, informó el Instituto Guatemalteco de Migración.", "es", "GT"),
    ("Un vuelo aterrizó en Tegucigalpa, dijo el gobierno hondureño.", "es", "HN"),
    ("Um voo pousou em Brasília, informou o governo brasileiro.", "pt", "BR"),
])
def test_a_government_or_agency_that_tells_of_a_flight_is_its_source_not_its_sender(sentence: str, language: str, destination: str) -> None:
    route = sentence_route(sentence, language)
    assert (route.origin, route.destinations) == (None, (destination,))


def test_a_government_that_flies_its_people_home_is_still_an_actor() -> None:
    assert sentence_route("Colombia's government said it had received three flights.", "en").destinations == ("CO",)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two deportation flights landed in Caracas on Monday, the first since the two governments reached an agreement last month.", "en"),
    ("Dos vuelos de deportación aterrizaron en Caracas el lunes, los primeros desde que ambos gobiernos firmaron un acuerdo el mes pasado.", "es"),
    ("Dois voos de deportação pousaram em Caracas na segunda-feira, os primeiros desde que os governos fecharam um acordo no mês passado.", "pt"),
])
def test_the_time_of_a_since_clause_is_its_own_not_the_counts(sentence: str, language: str) -> None:
    [mention] = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert (mention.period_start, mention.period_end) == (dt.date(2025, 7, 7), dt.date(2025, 7, 7))


def test_since_right_before_a_time_still_opens_the_counts_time() -> None:
    [mention] = find_mentions("Twelve flights have landed in Caracas since last month.", "en", PUBLISHED, tables=[])
    assert mention.period_start == dt.date(2025, 6, 1)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Haiti received 5 flights last week, bringing the total for the year to 63.", "en"),
    ("Haiti received 5 flights last week, bringing the year's total to 63.", "en"),
    ("Haití recibió 5 vuelos la semana pasada, lo que eleva a 63 el total del año.", "es"),
    ("O Haiti recebeu 5 voos na semana passada, o que eleva para 63 o total do ano.", "pt"),
])
def test_the_total_for_the_year_a_count_brings_is_the_year_so_far(sentence: str, language: str) -> None:
    found = {m.flights: m.period_start for m in find_mentions(sentence, language, PUBLISHED, tables=[])}
    assert found[63] == dt.date(2025, 1, 1) and found[5] == dt.date(2025, 6, 30)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Con los tres vuelos de hoy, ya son 63 los que han llegado a Haití este año.", "es"),
    ("Com os três voos de hoje, já são 63 os que chegaram ao Haiti neste ano.", "pt"),
])
def test_a_running_count_of_those_that_arrived_counts_flights_with_their_noun_left_out(sentence: str, language: str) -> None:
    found = [(m.flights, m.period_start) for m in find_mentions(sentence, language, PUBLISHED, tables=[])]
    assert found == [(3, PUBLISHED), (63, dt.date(2025, 1, 1))]


def test_those_who_wait_are_no_running_count_of_flights() -> None:
    assert find_mentions("Son 63 los que esperan en el albergue.", "es", PUBLISHED, tables=[]) == []


@pytest.mark.parametrize(("sentence", "language", "year"), [
    ("Seven flights landed in the first half of March, against 4 in the same period of 2023.", "en", 2023),
    ("Seven flights landed in the first half of March, against 4 in the same period last year.", "en", 2024),
    ("Llegaron 7 vuelos en la primera quincena de marzo, frente a 4 en el mismo periodo de 2023.", "es", 2023),
    ("Foram 7 voos na primeira quinzena de março, contra 4 no mesmo período de 2023.", "pt", 2023),
])
def test_the_same_period_of_a_stated_year_is_that_year_s(sentence: str, language: str, year: int) -> None:
    found = {m.flights: m.period_start for m in find_mentions(sentence, language, PUBLISHED, tables=[])}
    assert found[4] == dt.date(year, 3, 1) and found[7] == dt.date(2025, 3, 1)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Honduras has received 45 flights this year, five fewer than in the same period of 2024.", "en"),
    ("Honduras ha recibido este año 45 vuelos, cinco menos que en el mismo periodo de 2024.", "es"),
    ("Honduras recebeu 45 voos neste ano, cinco a menos que no mesmo período de 2024.", "pt"),
])
def test_the_same_period_of_a_comparison_s_term_is_not_the_count_s_year(sentence: str, language: str) -> None:
    [mention] = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert (mention.flights, mention.period_start) == (45, dt.date(2025, 1, 1))


@pytest.mark.parametrize(("sentence", "language"), [
    ("In the same period of 2024, 48 flights landed in Honduras.", "en"),
    ("En el mismo periodo de 2024 llegaron 48 vuelos a Honduras.", "es"),
])
def test_the_same_period_of_a_year_that_opens_the_count_s_sentence_is_its_year(sentence: str, language: str) -> None:
    found = find_mentions(f"Honduras received 45 flights in March. {sentence}" if language == "en"
                          else f"Honduras recibió 45 vuelos en marzo. {sentence}", language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start) for m in found] == [(45, dt.date(2025, 3, 1)), (48, dt.date(2024, 3, 1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Of the 230 removal flights in February, 92 went to Guatemala.", "en"),
    ("Of the 230 removal flights in February, 40% went to Guatemala.", "en"),
    ("De los 230 vuelos de deportación de febrero, 92 fueron a Guatemala.", "es"),
    ("De los 230 vuelos de deportación de febrero, el 40% tuvo como destino Guatemala.", "es"),
    ("Dos 230 voos de deportação em fevereiro, 92 foram para a Guatemala.", "pt"),
    ("Dos 230 voos de deportação em fevereiro, 40% foram para a Guatemala.", "pt"),
])
def test_a_whole_set_off_before_its_parts_goes_to_no_place_of_theirs(sentence: str, language: str) -> None:
    whole = [m for m in find_mentions(sentence, language, PUBLISHED, tables=[]) if m.flights == 230]
    assert [(m.destination_countries, m.period_start) for m in whole] == [([], dt.date(2025, 2, 1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Of the 230 removal flights to Guatemala in February, 92 left from Texas.", "en"),
    ("De los 230 vuelos de deportación a Guatemala en febrero, 92 salieron de Texas.", "es"),
    ("Dos 230 voos de deportação para a Guatemala em fevereiro, 92 saíram do Texas.", "pt"),
])
def test_a_whole_set_off_before_its_parts_keeps_the_place_of_its_own_words(sentence: str, language: str) -> None:
    whole = [m for m in find_mentions(sentence, language, PUBLISHED, tables=[]) if m.flights == 230]
    assert [m.destination_countries for m in whole] == [["GT"]]


@pytest.mark.parametrize(("sentence", "language", "flights"), [
    ("Removal flights rose 12% in February to 196, the most since 2019.", "en", 196),
    ("Deportation flights fell 8 percent in February to 140.", "en", 140),
    ("Los vuelos de deportación aumentaron un 15% en febrero, hasta 88.", "es", 88),
    ("Os voos de deportação subiram 10% em fevereiro, para 77.", "pt", 77),
])
def test_the_level_a_count_changed_to_after_by_how_much_and_when(sentence: str, language: str, flights: int) -> None:
    assert [(m.flights, m.qualifier, m.period_start) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (flights, "exact", dt.date(2025, 2, 1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Removal flights rose 12% in February.", "en"),
    ("Los vuelos de deportación aumentaron un 15% en febrero.", "es"),
    ("Os voos de deportação subiram 10% em fevereiro.", "pt"),
])
def test_by_how_much_flights_changed_is_no_count(sentence: str, language: str) -> None:
    assert not find_mentions(sentence, language, PUBLISHED, tables=[])


@pytest.mark.parametrize(("sentence", "language", "start"), [
    ("The agency has operated 12 flights to Haiti since last month.", "en", dt.date(2025, 6, 1)),
    ("La agencia ha realizado 12 vuelos a Haití desde el mes pasado.", "es", dt.date(2025, 6, 1)),
    ("A agência realizou 12 voos para o Haiti desde o mês passado.", "pt", dt.date(2025, 6, 1)),
    ("The agency has operated 40 flights to Haiti since last year.", "en", dt.date(2024, 1, 1)),
    ("Desde el año pasado han llegado 40 vuelos a Haití.", "es", dt.date(2024, 1, 1)),
    ("Desde o ano passado chegaram 40 voos ao Haiti.", "pt", dt.date(2024, 1, 1)),
    ("Six flights have landed in Haiti since last week.", "en", dt.date(2025, 6, 30)),
    ("Desde la semana pasada aterrizaron seis vuelos en Haití.", "es", dt.date(2025, 6, 30)),
    ("Desde a semana passada pousaram seis voos no Haiti.", "pt", dt.date(2025, 6, 30)),
])
def test_since_last_month_year_or_week_is_open_from_its_start(sentence: str, language: str, start: dt.date) -> None:
    assert [(m.period_start, m.period_end) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (start, None)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Venezuela agreed to take back deportation flights; the first landed in Caracas on Friday.", "en"),
    ("Venezuela reanudó los vuelos de deportación, y el primero llegó a Maiquetía el viernes.", "es"),
    ("A Venezuela retomou os voos de deportação, e o primeiro chegou a Maiquetía na sexta-feira.", "pt"),
])
def test_the_first_of_flights_named_without_a_count_is_one_flight(sentence: str, language: str) -> None:
    assert _claims(sentence, language) == [(1, "exact", "completed", None, ("VE",))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two deportation flights landed in Caracas on Friday; the first arrived at dawn.", "en"),
    ("Dos vuelos de deportación aterrizaron en Maiquetía el viernes; el primero llegó de madrugada.", "es"),
    ("Dois voos de deportação pousaram em Maiquetía na sexta-feira; o primeiro chegou de madrugada.", "pt"),
])
def test_the_first_of_flights_just_counted_is_one_of_them(sentence: str, language: str) -> None:
    assert [c[0] for c in _claims(sentence, language)] == [2]


@pytest.mark.parametrize(("sentence", "language"), [
    ("O Brasil recebe mais um voo com deportados dos EUA.", "pt"),
    ("Guatemala recibe un vuelo con deportados desde Estados Unidos.", "es"),
    ("Guatemala receives a deportation flight from the United States.", "en"),
])
def test_a_present_tense_headline_of_one_flight_received_counts_it(sentence: str, language: str) -> None:
    assert _claims(sentence, language) == [(1, "exact", "completed", "US", ("BR",) if language == "pt" else ("GT",))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A deportation flight landed in Tegucigalpa on Wednesday, the third this week.", "en"),
    ("A deportation flight landed in Tegucigalpa on Wednesday, the fifth deportation flight of the year.", "en"),
    ("Un vuelo con deportados aterrizó en Tegucigalpa el miércoles, el quinto en lo que va del año.", "es"),
    ("Um voo com deportados pousou em Fortaleza na quarta-feira, o terceiro da semana.", "pt"),
])
def test_the_time_of_the_series_an_ordinal_ranks_a_flight_in_is_not_its_day(sentence: str, language: str) -> None:
    assert [(m.period_start, m.period_end) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (dt.date(2025, 7, 9), dt.date(2025, 7, 9))]


def test_the_time_of_an_ordinal_s_series_dates_a_flight_that_states_no_other() -> None:
    found = find_mentions("A deportation flight landed in Tegucigalpa, the third this week.", "en", PUBLISHED, tables=[])
    assert [(m.period_start, m.period_end) for m in found] == [(dt.date(2025, 7, 7), dt.date(2025, 7, 13))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two flights landed on Monday and Tuesday this week.", "en"),
    ("Dos vuelos aterrizaron el lunes y el martes de esta semana.", "es"),
    ("Dois voos pousaram na segunda e na terça-feira desta semana.", "pt"),
    ("Dois voos pousaram na segunda e na terça-feira.", "pt"),
    ("Dois voos pousaram na segunda-feira e na terça.", "pt"),
])
def test_two_weekdays_joined_date_a_count_from_the_first_to_the_second(sentence: str, language: str) -> None:
    assert [(m.period_start, m.period_end) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (dt.date(2025, 7, 7), dt.date(2025, 7, 8))]


@pytest.mark.parametrize(("sentence", "language", "origin", "destination"), [
    ("El Servicio Nacional de Migración de Panamá deportó a 28 colombianos en un vuelo a Bogotá.", "es", "PA", ("CO",)),
    ("O Serviço de Migração de Portugal deportou 20 brasileiros num voo para Fortaleza.", "pt", "PT", ("BR",)),
    ("La Dirección General de Migración y Extranjería de El Salvador informó que llegaron tres vuelos.", "es", None, ("SV",)),
])
def test_a_country_s_migration_agency_acts_for_it(sentence: str, language: str, origin: str | None, destination: tuple) -> None:
    route = sentence_route(sentence, language)
    assert (route.origin, route.destinations) == (origin, destination)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Guatemala has received two to three flights per day since January.", "en"),
    ("Guatemala recibe dos o tres vuelos por día desde enero.", "es"),
    ("O Brasil recebe dois a três voos por semana desde janeiro.", "pt"),
])
def test_the_low_end_of_a_range_of_a_rate_is_no_count(sentence: str, language: str) -> None:
    assert _claims(sentence, language) == []


@pytest.mark.parametrize(("sentence", "language"), [
    ("Guatemala received two to three flights on Monday.", "en"),
    ("Guatemala recibió dos o tres vuelos el lunes.", "es"),
    ("O Brasil recebeu dois a três voos na segunda-feira.", "pt"),
])
def test_a_range_bound_to_its_noun_is_one_count(sentence: str, language: str) -> None:
    assert [(m.flights, m.flights_max, m.qualifier) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (2, 3, "range")]


@pytest.mark.parametrize(("sentence", "language"), [
    ("ICE Air conducted 1,412 flights in May, of which 187 were removal flights, 803 domestic shuffles and 12 "
     "lateral flights.", "en"),
    ("ICE Air realizó 1.412 vuelos en mayo, de los cuales 187 fueron vuelos de deportación y 803 traslados "
     "domésticos.", "es"),
    ("A ICE Air fez 1.412 voos em maio, dos quais 187 foram voos de deportação e 803 voos domésticos.", "pt"),
])
def test_a_whole_whose_parts_name_other_legs_counts_all_legs_and_its_removals_are_its_part(sentence: str, language: str) -> None:
    assert [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [187]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Removal flights went to 24 countries; the top destinations were Guatemala (49), Honduras (41) and Mexico (29).", "en"),
    ("Los vuelos fueron a 24 países; los principales destinos fueron Guatemala (49), Honduras (41) y México (29).", "es"),
    ("Os voos foram para 24 países; os principais destinos foram Guatemala (49), Honduras (41) e México (29).", "pt"),
])
def test_a_bracketed_count_after_a_verb_of_being_opens_the_pairs(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(49, ["GT"]), (41, ["HN"]), (29, ["MX"])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A Colômbia recebeu seis voos em maio e o Equador, cinco.", "pt"),
    ("Colombia recibió seis vuelos en mayo y Ecuador, cinco.", "es"),
    ("Colombia received six flights in May and Ecuador, five.", "en"),
])
def test_a_place_and_its_count_in_words_after_a_comma_go_on_with_the_pairs(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.destination_countries) for m in found] == [(6, ["CO"]), (5, ["EC"])]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two deportation flights landed in Guatemala today and a third is due tomorrow.", "en"),
    ("Hoy aterrizaron dos vuelos de deportación en Guatemala y mañana llegará un tercero.", "es"),
    ("Hoje pousaram dois voos de deportação na Guatemala e amanhã chega o terceiro.", "pt"),
])
def test_a_flight_ranked_after_those_just_counted_is_one_more_with_its_own_day_and_status(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.status, m.period_start) for m in found] == [
        (2, "completed", dt.date(2025, 7, 11)), (1, "planned", dt.date(2025, 7, 12))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A deportation flight landed in Guatemala on Wednesday, the second.", "en"),
    ("Un vuelo de deportación aterrizó en Guatemala el miércoles y el segundo día hubo protestas.", "es"),
    ("Um voo de deportação pousou na Guatemala na quarta-feira, o segundo do ano.", "pt"),
])
def test_a_rank_that_names_the_flight_counted_or_something_else_is_no_flight_more(sentence: str, language: str) -> None:
    assert [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [1]


@pytest.mark.parametrize(("sentence", "language", "origin"), [
    ("La semana pasada se recibieron 14 vuelos procedentes de Estados Unidos y 3 de México.", "es", "MX"),
    ("Na semana passada chegaram 14 voos procedentes dos Estados Unidos e 3 do México.", "pt", "MX"),
    ("Last week 14 flights arrived from the United States and 3 from Mexico.", "en", "MX"),
])
def test_a_bare_de_after_flights_from_a_place_is_from_too(sentence: str, language: str, origin: str) -> None:
    assert [(m.flights, m.origin_country) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (14, "US"), (3, origin)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Flights to Venezuela resumed, with 8 in May.", "en"),
    ("Los vuelos a Venezuela se reanudaron, con 8 en mayo.", "es"),
    ("Os voos para a Venezuela foram retomados, com 8 em maio.", "pt"),
])
def test_a_count_with_its_month_after_flights_just_named_counts_them(sentence: str, language: str) -> None:
    assert [(m.flights, m.destination_countries, m.period_start) for m in find_mentions(
        sentence, language, PUBLISHED, tables=[])] == [(8, ["VE"], dt.date(2025, 5, 1))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Two planes landed in Caracas, with 8 in the crew.", "en"),
    ("Dos aviones aterrizaron en Caracas, con 8 en la tripulación.", "es"),
    ("Dois aviões pousaram em Caracas, com 8 na tripulação.", "pt"),
])
def test_a_count_with_no_time_after_it_beside_flights_is_not_theirs(sentence: str, language: str) -> None:
    assert [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [2]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A deportation flight from Texas has landed in Caracas, officials said.", "en"),
    ("Un vuelo de deportación procedente de Texas ha aterrizado en Caracas, informaron las autoridades.", "es"),
    ("Um voo de deportação vindo do Texas acaba de pousar em Caracas, informaram as autoridades.", "pt"),
])
def test_a_flight_that_has_just_moved_is_of_the_day_of_the_report(sentence: str, language: str) -> None:
    assert [(m.period_start, m.period_end) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (PUBLISHED, PUBLISHED)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("A deportation flight from Texas landed in Caracas, officials said.", "en"),
    ("Guatemala has received 57 deportation flights, officials said.", "en"),
    ("Guatemala ha recibido 57 vuelos de deportación, informaron las autoridades.", "es"),
])
def test_a_flight_told_in_the_past_or_a_running_count_takes_no_day_from_the_report(sentence: str, language: str) -> None:
    assert [(m.period_start, m.period_end) for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [
        (None, None)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Foram três voos na última semana: dois para Fortaleza e um para Confins.", "pt"),
    ("Fueron tres vuelos la semana pasada: dos a Tegucigalpa y uno a San Pedro Sula.", "es"),
    ("There were three flights last week: two to Tegucigalpa and one to San Pedro Sula.", "en"),
])
def test_a_whole_with_its_time_before_the_colon_goes_where_its_parts_go(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [m.flights for m in found] == [3, 2, 1]
    assert len({tuple(m.destination_countries) for m in found}) == 1 and found[0].destination_countries


@pytest.mark.parametrize(("sentence", "language"), [
    ("No total, o Brasil recebeu 20 voos desde janeiro, sendo 15 dos EUA e 5 do México.", "pt"),
    ("En total, Honduras recibió 20 vuelos desde enero, siendo 15 de Estados Unidos y 5 de México.", "es"),
    ("In all, Honduras received 20 flights since January, of which 15 from the United States and 5 from Mexico.", "en"),
])
def test_parts_a_word_opens_after_a_whole_come_from_their_own_places(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.origin_country) for m in found] == [(20, None), (15, "US"), (5, "MX")]


@pytest.mark.parametrize(("body", "language"), [
    ("Chega ao Brasil o 4º voo com deportados dos EUA em 2025\n\nO quarto voo com deportados dos EUA em 2025 "
     "pousou nesta quarta-feira em Confins.", "pt"),
    ("Llega a Honduras el cuarto vuelo con deportados de 2025\n\nEl cuarto vuelo con deportados de 2025 "
     "aterrizó este miércoles en San Pedro Sula.", "es"),
    ("Fourth deportation flight of 2025 lands in Brazil\n\nThe fourth deportation flight of 2025 landed in "
     "Confins on Wednesday.", "en"),
])
def test_the_year_an_ordinal_ranks_a_flight_in_is_no_period_of_its_own(body: str, language: str) -> None:
    found = find_mentions(body, language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start, m.period_end) for m in found] == [(1, dt.date(2025, 7, 9), dt.date(2025, 7, 9))]


@pytest.mark.parametrize(("sentence", "language"), [
    ("There were 150 removal flights in February, compared with 124 a year earlier.", "en"),
    ("En febrero hubo 150 vuelos de deportación, frente a 124 un año antes.", "es"),
    ("Em fevereiro foram 150 voos de deportação, contra 124 um ano antes.", "pt"),
])
def test_a_count_compared_a_year_back_is_of_the_same_period_last_year(sentence: str, language: str) -> None:
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    assert [(m.flights, m.period_start, m.period_end) for m in found] == [
        (150, dt.date(2025, 2, 1), dt.date(2025, 2, 28)), (124, dt.date(2024, 2, 1), dt.date(2024, 2, 29))]
