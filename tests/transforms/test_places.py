"""Country names in English and Spanish, demonyms, and places, resolved from library data."""

from __future__ import annotations

import pytest

from transforms.places import demonym_country, find_countries, find_places, fold, resolve_label


@pytest.mark.parametrize(
    ("label", "codes"),
    [
        ("Perú", ["PE"]), ("Peru", ["PE"]), ("Haití", ["HT"]), ("Haiti", ["HT"]), ("República Dominicana", ["DO"]),
        ("Republica Dominicana", ["DO"]), ("Rumania", ["RO"]), ("Romania", ["RO"]), ("Estados Unidos", ["US"]),
        ("United States", ["US"]), ("EE.UU.", ["US"]), ("U.S.", ["US"]), ("EUA", ["US"]), ("México", ["MX"]), ("Brasil", ["BR"]),
        ("Rumania / India", ["RO", "IN"]), ("Honduras y Guatemala", ["HN", "GT"]), ("Ecuador, Peru and Chile", ["EC", "PE", "CL"]),
        # one country whose name holds a joiner is not two
        ("Bosnia and Herzegovina", ["BA"]), ("Bosnia y Herzegovina", ["BA"]), ("Trinidad e Tobago", ["TT"]),
    ],
)
def test_resolve_label(label: str, codes: list[str]) -> None:
    assert resolve_label(label) == codes


@pytest.mark.parametrize("label", ["Atlantis", "Total", "Guatemala / Narnia", "Centroamérica"])
def test_unknown_labels(label: str) -> None:
    assert resolve_label(label) is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Venezuelans", "VE"), ("venezolanos", "VE"), ("Guatemalans", "GT"), ("guatemaltecos", "GT"),
        ("Hondurans", "HN"), ("hondureños", "HN"), ("Salvadorans", "SV"), ("salvadoreños", "SV"),
        ("Mexicans", "MX"), ("mexicanos", "MX"), ("Haitians", "HT"), ("Cubans", "CU"), ("Ecuadorians", "EC"),
        ("ecuatorianos", "EC"), ("Colombians", "CO"), ("nicaragüenses", "NI"), ("Brazilians", "BR"),
        ("brasileiros", "BR"), ("americano", "US"), ("americanos", "US"), ("estadunidenses", "US"),
        # a stem two names begin with belongs to the one it names whole: Georgia, not South Georgia ("Georgia del Sur")
        ("Georgians", "GE"), ("georgianos", "GE"), ("georgianas", "GE"),
    ],
)
def test_demonyms(word: str, code: str) -> None:
    assert demonym_country(word) == code


@pytest.mark.parametrize(
    "word",
    # "ciudadanos" and "cidadãos" are citizens: Vatican City's Spanish and Portuguese names open with a city
    ["migrants", "organizations", "Christians", "Republicans", "officials", "ciudadanos", "cidadãos"],
)
def test_words_that_are_not_demonyms(word: str) -> None:
    assert demonym_country(word) is None


def test_fold_keeps_offsets() -> None:
    text = "Perú, Haití y EE.UU."
    assert len(fold(text)) == len(text)
    assert fold(text).startswith("peru  haiti")


def test_the_portuguese_abbreviation_of_the_united_states_is_read_in_capitals_only() -> None:
    assert [p.country for p in find_places("Quinto voo com deportados dos EUA chega a Fortaleza")] == ["US", "BR"]
    assert [p.country for p in find_places("o governo americano fretou o avião")] == ["US"]
    assert find_countries("eua") == []


def test_find_countries_offsets_and_case() -> None:
    text = "Flights left the U.S. for Guatemala; let us see what Venezuelans said."
    found = find_countries(text)
    assert [(p.country, p.kind) for p in found] == [("US", "country"), ("GT", "country"), ("VE", "demonym")]
    for place in found:
        assert text[place.start:place.end] == place.text


def test_find_places_cities_states_airports() -> None:
    found = find_places("207 nationals landed in Maiquetia, near Caracas, after leaving Harlingen, Texas.")
    assert {(p.text, p.country) for p in found} >= {("Maiquetia", "VE"), ("Caracas", "VE"), ("Harlingen", "US"), ("Texas", "US")}


@pytest.mark.parametrize(("text", "found"), [
    # a town of Honduras whose name the gazetteer lacks, not Lima, Peru; its department is Honduran
    ("aterrizó en La Lima, Cortés", [("Cortés", "HN")]),
    ("llegó a Lima, Perú", [("Lima", "PE"), ("Perú", "PE")]),
    ("en La Habana", [("La Habana", "CU")]),  # the article is part of a name the gazetteer knows
    ("La India recibió dos vuelos", [("India", "IN")]),  # a country keeps its article
])
def test_a_capitalised_article_belongs_to_the_city_name_after_it(text: str, found: list[tuple[str, str]]) -> None:
    assert [(p.text, p.country) for p in find_places(text)] == found


@pytest.mark.parametrize(("text", "country"), [
    ("salió de Santiago a las 06:30", "CL"),  # the capital, not a Santiago of Brazil, Mexico, Peru or the Philippines
    ("aterrizó en San José", "CR"),  # the capital, not San Jose, California
])
def test_a_name_several_cities_share_is_the_capital_among_them(text: str, country: str) -> None:
    assert [p.country for p in find_places(text) if p.kind == "city"] == [country]


def test_a_name_shared_by_cities_none_of_them_a_capital_is_not_the_biggest() -> None:
    """Alexandria, Louisiana is a hub of removal flights and far smaller than Alexandria, Egypt."""
    assert "EG" not in {p.country for p in find_places("The flight left Alexandria on Tuesday.")}


@pytest.mark.parametrize(
    ("text", "state"),
    [("Alexandria, LA", "LA"), ("Alexandria, La., on Tuesday", "La."), ("Mesa, Ariz.", "Ariz."), ("Brownsville, TX", "TX"),
     ("desde Alexandria, LA, hacia Honduras", "LA"), ("saiu de Alexandria, LA", "LA")],
)
def test_a_us_state_code_after_a_city_places_it_in_the_united_states(text: str, state: str) -> None:
    assert [(p.text, p.country, p.kind) for p in find_places(text) if p.kind == "state"] == [(state, "US", "state")]


@pytest.mark.parametrize("text", ["flights, IN the end", "GUATEMALA, IN BRIEF", "Honduras, OK?", "vuelos, LA mayoría"])
def test_capitals_after_a_comma_that_follow_no_name_are_no_state(text: str) -> None:
    assert [p for p in find_places(text) if p.kind == "state"] == []


@pytest.mark.parametrize(("text", "country"), [
    ("Puerto Príncipe", "HT"), ("Porto Príncipe", "HT"), ("Ciudad de Panamá", "PA"), ("Cidade do Panamá", "PA"),
    ("Nueva Delhi", "IN"), ("Nova Délhi", "IN"), ("La Habana", "CU"), ("Nova Orleans", "US"),
])
def test_spanish_and_portuguese_names_of_cities_geonames_lists_in_english(text: str, country: str) -> None:
    assert [place.country for place in find_places(text)] == [country]


@pytest.mark.parametrize(
    ("text", "country", "kind"),
    [
        ("The plane landed at La Aurora on Monday.", "GT", "airport"),  # no "International" in its name
        ("O avião pousou no Galeão na segunda.", "BR", "airport"),  # "Galeao - Antonio Carlos Jobim International"
        ("El avión aterrizó en el Augusto C. Sandino.", "NI", "airport"),  # "Augusto C. Sandino (Managua)"
        ("Os voos pousaram em Minas Gerais.", "BR", "state"),
        ("Los vuelos llegaron a Chiapas.", "MX", "state"),
        ("Los vuelos llegaron a Petén.", "GT", "state"),
    ],
)
def test_airports_by_the_parts_of_their_names_and_subdivisions_with_airports(text: str, country: str, kind: str) -> None:
    assert [(p.country, p.kind) for p in find_places(text)] == [(country, kind)]


@pytest.mark.parametrize("text", ["Flights left Alexandria on Monday.", "We hope flights stop.", "Hope Airport closed."])
def test_a_subdivision_named_like_a_town_abroad_and_a_small_airport_of_one_word_are_no_places(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(("text", "place", "country"), [
    ("un vuelo con destino a Nuakchot", "Nuakchot", "MR"),
    ("los vuelos a Nuadibú", "Nuadibú", "MR"),
    ("aterrizó en Cabo Haitiano", "Cabo Haitiano", "HT"),
    ("um voo para Kinsasa", "Kinsasa", "CD"),
    ("voos para Dacar", "Dacar", "SN"),
])
def test_another_spelling_of_a_big_citys_name_is_that_city(text: str, place: str, country: str) -> None:
    assert [(p.text, p.kind, p.country) for p in find_places(text)] == [(place, "city", country)]


@pytest.mark.parametrize("text", [
    "a report by Human Rights Watch",  # "Human" is another city's other name, not spelled like it
    "said Linda Pérez, a lawyer",
])
def test_another_name_that_is_not_a_spelling_of_the_citys_own_is_no_city(text: str) -> None:
    assert [p.kind for p in find_places(text) if p.kind == "city"] == []
