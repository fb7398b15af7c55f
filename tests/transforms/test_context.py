"""A document's context: who sends the flights it counts, and which country receives them."""

from __future__ import annotations

from transforms.context import explicit_origins, read_context


def _context(body: str, title: str | None = None, list_origins: set[str] | None = None):
    return read_context(body, title, explicit_origins(body, None), list_origins)


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
