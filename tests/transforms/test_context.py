"""A document's context: who sends the flights it counts, and which country receives them."""

from __future__ import annotations

from transforms.context import flight_routes, read_context


def _context(body: str, title: str | None = None, list_origins: set[str] | None = None):
    return read_context(body, title, flight_routes(body, None), list_origins)


def test_us_removal_agencies_make_the_us_the_sender() -> None:
    assert _context("Immigration and Customs Enforcement flew the planes. Some came from Mexico.").origin == "US"


def test_assisted_return_makes_mexico_the_sender() -> None:
    assert _context("El programa de retorno asistido trasladó a 300 personas por vía aérea.").origin == "MX"


def test_receiving_lists_with_several_senders_leave_bare_counts_without_origin() -> None:
    assert _context("Llegaron vuelos de deportados.", list_origins={"US", "MX"}).origin is None


def test_receiving_agency_names_the_home_country() -> None:
    body = "INSTITUTO NACIONAL DE MIGRACIÓN · HONDURAS\nBoletín semanal\n\nSe recibieron vuelos con deportados."
    assert _context(body).home == "HN"
    assert _context("Instituto Guatemalteco de Migración\n\nComunicado sobre vuelos con deportados.").home == "GT"


def test_a_dateline_city_is_only_where_arrivals_land() -> None:
    context = _context("Tegucigalpa, 7 de abril de 2025. Llegaron vuelos con deportados.")
    assert (context.home, context.dateline) == (None, "HN")
    assert _context("HOUSTON — March 30, 2025. ICE flew the planes.").dateline is None  # the sender's own city


def test_headline_destination_from_the_flights_own_clause() -> None:
    assert _context("Text.", title="Deportation flight lands in Quito as talks resume").destination == "EC"
    assert _context("Text.", title="More than 40 deportation flights in two weeks, US Ambassador to Mexico says").destination is None


def test_vuelta_a_la_patria_flies_to_venezuela() -> None:
    assert _context("Un avión del plan Vuelta a la Patria salió de Lima.").destination == "VE"


def test_a_sending_countrys_own_press_sends_the_flights_it_names_elsewhere() -> None:
    """The dateline's country sends when its flight sentences go elsewhere and never to it."""
    spanish = ("Madrid, 9 de marzo de 2021 (Agencia) – El ministerio fletó un vuelo de repatriación a Senegal "
               "y otros dos vuelos a Mauritania este mes.")
    assert _context(spanish).origin == "ES"
    english = "LONDON, March 9 (Wire) - The ministry chartered two removal flights to Albania this month."
    assert _context(english).origin == "GB"
    portuguese = "Porto, 9 de março de 2021 – O governo fretou dois voos de retorno para Cabo Verde este mês."
    assert _context(portuguese).origin == "PT"


def test_a_dateline_the_flights_go_to_is_no_sender() -> None:
    body = "Tegucigalpa, 9 de marzo de 2021 – Llegaron dos vuelos con hondureños deportados a Honduras."
    assert _context(body).origin != "HN"


def test_an_agency_named_below_the_first_paragraph_is_not_the_one_reporting() -> None:
    first = "El servicio nacional expulsó a 74 personas en un vuelo chárter que despegó de la capital y aterrizó en Bogotá. " * 3
    body = f"Sala de prensa\n\n{first}\n\n- Los pasajeros fueron entregados a Migración Colombia en el aeropuerto."
    assert _context(body).home is None
