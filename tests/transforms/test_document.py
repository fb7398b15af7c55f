"""Article text cleaning and document metadata."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from transforms.document import (
    LANGUAGE_SAMPLE_CHARS,
    _function_word_language,
    _language_identifier,
    clean_body,
    detect_language,
    read_metadata,
)

ARTICLE = """Example.com

Two flights land in Guatemala after talks

WASHINGTON (Reuters) - Two flights landed in Guatemala on Friday. (Photo by JANE DOE / AFP via Getty Images)

Share on Facebook
Officials said more were planned.

Related video: Something else entirely (Video)

Recent Comments
Someone: I counted 11 flights myself.
"""

THREAD = """Article title is right here

The article says little about numbers.

  • reader_one

    I think there were 12 flights, not 4.

    • reader_two

      Wrong, it was 20.

  • Another Reader

    Agreed with 13 of them.
"""


def test_comments_credits_share_and_related_lines_are_removed() -> None:
    body = clean_body(ARTICLE)
    for removed in ("Recent Comments", "11 flights", "Photo by", "Share on Facebook", "Related video"):
        assert removed not in body
    assert "Two flights landed in Guatemala on Friday." in body
    assert "Officials said more were planned." in body


def test_nested_bullet_comment_thread_is_removed() -> None:
    body = clean_body(THREAD)
    assert body.endswith("The article says little about numbers.")


# threads whose authors stand on lines of their own, above or below a line of buttons and an age, or whose
# authors "said..." (a blog's thread); the last article line must stay
STAMPED_THREADS = [
    "Last article line.\n\nMaria Lopez\n3 hours ago\nI saw 9 flights.\nReply\n\njd22\n5 hours ago\nNo, 12.\nReply",
    "Last article line.\n\njdoe22\nLike · Reply · 3h\nIt was 11 flights.\n\nmk\nLike · Reply · 1d\nThey sent 14.",
    "Última línea del artículo.\n\nMaría José\nhace 3 horas\nYo conté 9 vuelos.\nResponder\n\nCarlos R.\nhace 5 horas\nSon 12.\nResponder",
    "Última linha do artigo.\n\nJoão Silva\nCurtir · Responder · 2 h\nForam 6 voos.\n\nAna\nCurtir · Responder · 5 h\nEu vi 3 aviões.",
    "Last article line.\n\nAnonymous said...\nI watched 7 flights land.\n\nMarch 4, 2025 at 9:12 PM\n\nPedro M. said...\nThere were 4 more.",
    "Última línea del artículo.\n\nAnónimo dijo...\nYo vi 8 vuelos.\n\nLuis dijo…\nFueron 3.",
    "Última linha do artigo.\n\nLeitor disse...\nForam 8 voos.\n\nMaria disse...\nForam 3.",
    "Last article line.\n\nComments are closed.\n\nI counted 5 flights myself.",
    "Last article line.\n\nShowing 2 comments\nI counted 5 flights myself.",
    "Última línea del artículo.\n\nLos comentarios están cerrados.\nYo conté 5 vuelos.",
    "Última linha do artigo.\n\nComentários encerrados\nEu contei 5 voos.",
]


@pytest.mark.parametrize("text", STAMPED_THREADS)
def test_threads_with_stamped_or_said_authors_are_removed(text: str) -> None:
    assert clean_body(text) == text.split("\n", maxsplit=1)[0]


def test_one_said_line_or_a_reply_in_prose_is_article_text() -> None:
    text = "The minister said...\nthat 5 flights had landed.\n\nOfficials will reply within 3 hours."
    assert clean_body(text) == text


GALLERY = "1\n{a}\n\n2\n{b}\n\n{link}\n\n3\n{c}"
GALLERIES = [
    ("Two flights landed.", "Buses waited outside.", "Another 119 deportees arrive on a charter", "Both came from Texas."),
    ("Aterrizó un vuelo.", "Los esperaban buses.", "Otros 119 deportados llegan en vuelo chárter", "Venía de Texas."),
    ("Pousou um voo.", "Ônibus esperavam.", "Mais 119 deportados chegam em voo fretado", "Veio do Texas."),
]


@pytest.mark.parametrize(("a", "b", "link", "c"), GALLERIES)
def test_a_headline_between_numbered_paragraphs_is_cut(a: str, b: str, link: str, c: str) -> None:
    body = clean_body(GALLERY.format(a=a, b=b, link=link, c=c))
    assert link not in body
    assert all(caption in body for caption in (a, b, c))


def test_numbered_paragraphs_out_of_sequence_or_a_sentence_between_them_stay() -> None:
    out_of_sequence = "1\nTwo flights landed.\n\nNine planes waited\n\n3\nBuses waited.\n\n4\nBoth from Texas."
    sentence = GALLERY.format(a="A.", b="B.", link="Another 119 deportees arrived on a charter.", c="C.")
    assert clean_body(out_of_sequence) == out_of_sequence
    assert clean_body(sentence) == sentence


@pytest.mark.parametrize(
    "box",
    [
        "Latest news\n- Mexico sends 4 flights to the border\n- Haiti receives 2 flights",
        "Top stories:\n1. Guatemala receives 7 flights\n2. Storm grounds planes",
        "Últimas noticias\n- Llegan 3 vuelos más a Honduras\n- Cancelan 2 vuelos",
        "Relacionados:\n- Guatemala recibe 7 vuelos\n- Honduras espera 4 vuelos",
        "Últimas notícias\n- Chegam 3 voos a Fortaleza\n- Brasil recebe 2 voos",
        "Não perca\n- Chegam 3 voos a Fortaleza",
    ],
)
def test_boxes_of_latest_and_picked_stories_are_cut(box: str) -> None:
    assert clean_body(f"Two flights landed in Guatemala on Friday.\n\n{box}\n") == "Two flights landed in Guatemala on Friday."


def test_a_list_of_flights_under_highlights_stays() -> None:
    text = "Destacados:\n- Guatemala: 12 vuelos\n- Honduras: 9 vuelos"
    assert clean_body(text) == text


def test_bullet_lists_in_articles_are_kept() -> None:
    text = "Flights by country:\n• Guatemala – 36 vuelos\n• Honduras – 23 vuelos\n"
    assert clean_body(text) == text.strip()


def test_metadata() -> None:
    meta = read_metadata(clean_body(ARTICLE))
    assert meta.title == "Two flights land in Guatemala after talks"
    assert meta.publisher == "Example.com"
    assert meta.language == "en"


def test_language_detection() -> None:
    assert detect_language("El Gobierno de los Estados Unidos ha realizado 79 vuelos de repatriación.") == "es"
    assert detect_language("The government has carried out 79 repatriation flights this month.") == "en"
    assert detect_language("O governo realizou 79 voos de repatriação para o Brasil neste mês.") == "pt"
    assert detect_language("ok") is None


LONG_PROSE = {
    "en": ("The ministry said that the two charter flights from Houston were the first of the month, and that officials of the "
           "consulate had met them with the families. They have been landing twice a week since the agreement, which was signed "
           "in El Salvador, and the airport has said that more were planned for Los Angeles and San Antonio."),
    "es": ("El ministerio dijo que los dos vuelos fletados desde Houston fueron los primeros del mes y que las familias esperaban "
           "en la terminal. Según las autoridades, los aviones llegan dos veces por semana desde el acuerdo, pero hasta ahora "
           "no hay fecha para el próximo vuelo del mes de junio y sus pasajeros serán atendidos en el aeropuerto."),
    "pt": ("O ministério disse que os dois voos fretados foram os primeiros do mês e que as famílias esperavam no aeroporto. "
           "Segundo as autoridades, os aviões chegam duas vezes por semana desde o acordo, mas não há data para o próximo voo "
           "e os passageiros são atendidos pela equipe das forças de segurança nas salas dos terminais."),
    "fr": ("Le ministère a dit que les deux vols affrétés étaient les premiers du mois et que les familles attendaient dans "
           "le terminal. Selon les autorités, les avions arrivent deux fois par semaine depuis l'accord, et la date du prochain "
           "vol n'est pas fixée pour les passagers qui sont accueillis par des agents de la police aux frontières."),
}


@pytest.mark.parametrize("language", sorted(LONG_PROSE))
def test_language_of_long_prose_agrees_with_the_statistical_detector(language: str) -> None:
    """Function words decide plain prose alone, and decide it as the detector would; 'El Salvador' is no Spanish."""
    text = LONG_PROSE[language]
    assert detect_language(text) == language
    assert _language_identifier().classify(text[:LANGUAGE_SAMPLE_CHARS])[0] == language
    decided_alone = _function_word_language(text)
    assert decided_alone in (language, None)
    if language in ("en", "es", "pt"):
        assert decided_alone == language


def test_mixed_function_words_leave_the_language_to_the_detector() -> None:
    mixed = "Les vols de la semaine: the flights of the week and the list of les retours et des départs, with the dates of the flights."
    assert _function_word_language(mixed) is None


@pytest.mark.parametrize(
    ("head", "publisher", "title"),
    [
        ("THE HARBOR CHRONICLE\nCoast news since 1901\n\nFerry flights resume to the islands after the storm\n\nMay 3, 2022\n\nText.",
         "The Harbor Chronicle", "Ferry flights resume to the islands after the storm"),
        ("Nota de prensa | Ministerio de Relaciones Exteriores\n\nLlegan dos vuelos con connacionales\n\nLima, 4 de mayo de 2022\n\nTexto.",
         "Ministerio de Relaciones Exteriores", "Llegan dos vuelos con connacionales"),
        ("Diario La Frontera · Sucesos\n\nAterriza otro vuelo con deportados en la capital\n\nTexto del artículo.",
         "Diario La Frontera", "Aterriza otro vuelo con deportados en la capital"),
        ("INSTITUTO DE MIGRACIÓN · PANAMÁ\nBoletín semanal\n\nCifras de vuelos de retorno de la semana\n\nTexto.",
         "Instituto de Migración – Panamá", "Cifras de vuelos de retorno de la semana"),
        ("Two charter flights land in Port-au-Prince\n\n**Caribbean Flight Monitor** · Published: May 2, 2022\n\nText.",
         "Caribbean Flight Monitor", "Two charter flights land in Port-au-Prince"),
        ("Deportees return on three flights\n\nAndes Newsroom | 3 min read\n\nLIMA, May 2 (ANR) - Text.", "Andes Newsroom",
         "Deportees return on three flights"),
        ("Llegan tres vuelos con retornados\n\nLIMA, 2 may (ANR) -- Texto del cable.\n\nAgencia de Noticias del Rímac (ANR)",
         "Agencia de Noticias del Rímac (ANR)", "Llegan tres vuelos con retornados"),
        ("Flights resume between the two capitals\n\nText of the story.\n\n© Valley Courier – All rights reserved", "Valley Courier",
         "Flights resume between the two capitals"),
        ("Gulf Coast Migration Desk\n\nCharter flights out of Alexandria rise again\n\nText of the story.", "Gulf Coast Migration Desk",
         "Charter flights out of Alexandria rise again"),
        ("Jornal do Cerrado\n\nMais um voo com deportados chega a Confins\n\nTexto da matéria.", "Jornal do Cerrado",
         "Mais um voo com deportados chega a Confins"),
    ],
)
def test_publisher_from_masthead_bold_name_wire_agency_or_copyright(head: str, publisher: str, title: str) -> None:
    meta = read_metadata(head)
    assert (meta.publisher, meta.title) == (publisher, title)


def test_a_headline_is_not_a_masthead() -> None:
    meta = read_metadata("Weekly removal flights rise to 30\n\nPublished: May 2, 2022\n\nText of the story about flights.")
    assert meta.publisher is None and meta.title == "Weekly removal flights rise to 30"


def test_a_sentence_case_headline_naming_an_agency_is_not_a_masthead_and_a_schedule_row_is_not_a_title() -> None:
    meta = read_metadata("Peru's migration office reports more returns\n\nLIMA, May 2, 2024 (Andes Wire) - Text of the story about flights.")
    assert (meta.publisher, meta.title) == ("Andes Wire", "Peru's migration office reports more returns")
    schedule = read_metadata("Departures, week of June 2-8\n\nMonday, June 2: 2 flights to Tegucigalpa\nTuesday, June 3: 1 flight to Quito")
    assert schedule.title == "Departures, week of June 2-8"


@pytest.mark.parametrize("text", [
    "The week in returns to Honduras\n\nMon 7/4 - 3 flights\nTue 8/4 - 2 flights",
    "Semana de retornos\n\nLun 7/4 – 3 vuelos\nMar 8/4 – 2 vuelos",
    "Semana de retornos\n\nSeg 7/4 — 1 voo\nSex 11/4 — 2 voos",
])
def test_a_schedule_row_set_off_by_a_dash_is_not_a_title(text: str) -> None:
    assert read_metadata(text).title == text.split("\n", maxsplit=1)[0]


def test_a_second_level_heading_title_a_posted_by_line_and_a_kind_above_the_agency() -> None:
    meta = read_metadata("## Weekly flights: June 1–7, 2025\n\n*Posted June 9, 2025 by the monitor team*\n\nRemoval flights: 12 (up from 9)")
    assert (meta.title, meta.published_date) == ("Weekly flights: June 1–7, 2025", dt.date(2025, 6, 9))
    bulletin = read_metadata("Comunicado de prensa\n\nMinisterio de Relaciones Exteriores\n\nLima, 2 de junio de 2025\n\nTexto del comunicado.")
    assert bulletin.publisher == "Ministerio de Relaciones Exteriores"


def test_a_title_cased_headline_alone_at_the_head_is_the_title_not_a_masthead() -> None:
    meta = read_metadata("Immigration Enforcement Adds Weekend Flights\n\nHOUSTON — Officials said on Monday that more charters would leave.")
    assert (meta.publisher, meta.title) == (None, "Immigration Enforcement Adds Weekend Flights")


def test_a_newsroom_byline_names_the_outlet() -> None:
    meta = read_metadata("Llegan dos vuelos con deportados\n\nPor Redacción El Diario del Norte | 3 de junio de 2025\n\nTexto.")
    assert meta.publisher == "El Diario del Norte"


@pytest.mark.parametrize(("head", "publisher"), [
    # a newsroom's line without "by"
    ("Llegan dos vuelos con deportados\n\nRedacción Diario del Norte\n\nTexto.", "Diario del Norte"),
    ("Chegam dois voos com deportados\n\nRedação Jornal do Cerrado\n\nTexto.", "Jornal do Cerrado"),
    # a writer's byline that ends with the outlet they write for
    ("Two flights land in Tirana\n\nBy JANE DOE, HOME AFFAIRS EDITOR FOR THE DAILY SENTINEL\n\nText.", "The Daily Sentinel"),
    ("Llegan dos vuelos a Tirana\n\nPor Ana Ruiz, corresponsal para El Diario del Valle\n\nTexto.", "El Diario del Valle"),
    ("Chegam dois voos a Confins\n\nPor Ana Ruiz, especial para a Folha do Cerrado\n\nTexto.", "Folha do Cerrado"),
    # a government site's banner above its masthead; a state's letterhead above its agency
    ("An official website of the United States government\nU.S. Department of Homeland Security\n\n"
     "DHS Removes Nationals on a Charter Flight\n\nText.", "U.S. Department of Homeland Security"),
    ("REPÚBLICA DE GUATEMALA\nINSTITUTO GUATEMALTECO DE MIGRACIÓN\n\nBoletín de retornados\n\nTexto.",
     "Instituto Guatemalteco de Migración – Guatemala"),
    ("REPÚBLICA FEDERATIVA DO BRASIL\nMINISTÉRIO DA JUSTIÇA\n\nNota sobre voos de retorno\n\nTexto.",
     "Ministério da Justiça – Brasil"),
    # an outlet's country is its edition; an agency keeps the country it serves, with the dash as written
    ("Isla Abierta — Cuba\n\nLlega el octavo vuelo de deportados del año\n\nTexto.", "Isla Abierta"),
    ("Dirección General de Migración — El Salvador\n\nInforme de personas retornadas\n\nTexto.",
     "Dirección General de Migración — El Salvador"),
    # a name and the kind of publication it is
    ("# Who was removed in 2025\n\n### The Removal Ledger · a newsletter about immigration data\n\nText.", "The Removal Ledger"),
    ("# Quién fue deportado\n\n### Frontera Abierta · un boletín semanal sobre migración\n\nTexto.", "Frontera Abierta"),
    ("# Quem foi deportado\n\n### Rota Norte · uma newsletter sobre migração\n\nTexto.", "Rota Norte"),
    # a legislature's letterhead
    ("Congress of the United States\nWashington, DC 20515\n\nThe Honorable Secretary\n\nText.", "Congress of the United States"),
])
def test_a_publisher_from_newsroom_lines_bylines_for_an_outlet_letterheads_and_taglines(head: str, publisher: str) -> None:
    assert read_metadata(head).publisher == publisher


@pytest.mark.parametrize("head", [
    "Two flights land in Tirana\n\nBy Jane Doe, for the weekend edition\n\nText.",
    "# Who was removed\n\n### Data notes · a look at the numbers\n\nText.",
    "Redacción de la nota: dos vuelos llegaron el lunes\n\nTexto.",
])
def test_a_byline_letterhead_or_subtitle_that_names_no_outlet_names_no_publisher(head: str) -> None:
    assert read_metadata(head).publisher is None


def test_a_state_s_letterhead_over_a_headline_is_the_publisher_itself() -> None:
    assert read_metadata("REPÚBLICA DE HONDURAS\nLlegan dos vuelos con deportados\n\nTexto.").publisher == "República de Honduras"


@pytest.mark.parametrize("byline", [
    "By Staff Writer | January 29, 2025",
    "By Staff Reporters · January 29, 2025",
    "Por Redacción Periodistas | 29 de enero de 2025",
    "Por Equipo de Repórteres | 29 de janeiro de 2025",
])
def test_a_byline_that_names_a_role_names_no_outlet(byline: str) -> None:
    meta = read_metadata(f"Two deportation flights land in Bogotá\n\n{byline}\n\nTwo flights landed.")
    assert meta.publisher is None


def test_a_list_row_with_a_count_is_never_the_title() -> None:
    meta = read_metadata("Migration Data Weekly\n\nReturns by country of citizenship, 2025 so far\n\nGuatemala: 18,950\nHonduras: 15,310")
    assert meta.title == "Returns by country of citizenship, 2025 so far"


@pytest.mark.parametrize(("text", "publisher", "gone"), [
    ("Flights resume to Haiti\n\nText of the story.\n\n© 2025 The Valley Courier. All rights reserved.", "The Valley Courier",
     "All rights reserved"),
    ("Se reanudan los vuelos\n\nTexto de la nota.\n\n© 2025 Diario del Valle. Todos los derechos reservados.", "Diario del Valle",
     "derechos reservados"),
    ("Voos retomados\n\nTexto da matéria.\n\n© 2025 Jornal do Vale. Todos os direitos reservados.", "Jornal do Vale",
     "direitos reservados"),
])
def test_a_copyright_notice_leaves_the_text_but_still_names_the_publisher(text: str, publisher: str, gone: str) -> None:
    body = clean_body(text)
    assert gone not in body and "©" not in body
    assert read_metadata(body, text).publisher == publisher


@pytest.mark.parametrize("text", [
    "Story text.\n\n*Like this? Share it with a colleague. Paid subscribers get the spreadsheet.*\n",
    "Texto.\n\n¿Te gustó? Compártelo con un colega.\n",
    "Texto.\n\nLEIA TAMBÉM\n• Cidade tem 3 novas agências em 2025\n• Como funciona o posto de acolhimento\n",
    "Texto.\n\nLee también:\n- Llegan 3 vuelos más esta semana\n",
])
def test_share_invitations_and_read_also_boxes_are_cut(text: str) -> None:
    assert clean_body(text).splitlines()[-1].startswith(("Story text", "Texto"))


@pytest.mark.parametrize(("masthead", "name"), [
    ("DIARIO LA VOZ DEL VALLE", "Diario La Voz del Valle"),  # an article after no preposition opens a name
    ("INSTITUTO NACIONAL DE LA MUJER", "Instituto Nacional de la Mujer"),
    ("THE DAILY SENTINEL", "The Daily Sentinel"),
    ("JORNAL DO VALE DO AÇO", "Jornal do Vale do Aço"),
])
def test_a_masthead_in_capitals_takes_the_case_of_its_name(masthead: str, name: str) -> None:
    assert read_metadata(f"{masthead}\n\nDos vuelos llegaron el lunes con deportados\n\nTexto de la nota.").publisher == name


@pytest.mark.parametrize(("head", "publisher", "title"), [
    ("Harbour Courier\nNation\n\nMalaysia sends 900 detainees home on navy ships\n\nText.", "Harbour Courier",
     "Malaysia sends 900 detainees home on navy ships"),
    ("El Nuevo Tiempo\nNacionales\n\nRetornan 90 guatemaltecos en un vuelo desde Texas\n\nTexto.", "El Nuevo Tiempo",
     "Retornan 90 guatemaltecos en un vuelo desde Texas"),
    ("Correio da Tarde\nBrasil\n\nChegam 88 deportados em voo a Fortaleza\n\nTexto.", "Correio da Tarde",
     "Chegam 88 deportados em voo a Fortaleza"),
])
def test_a_masthead_over_a_section_and_a_headline(head: str, publisher: str, title: str) -> None:
    meta = read_metadata(head)
    assert (meta.publisher, meta.title) == (publisher, title)


@pytest.mark.parametrize(("head", "title"), [
    ("THE VALLEY HERALD\nNation · Immigration\n\nTwo removal flights land in Guatemala\n\n"
     "The second in two days came after a week without flights to the country\n\nText.",
     "Two removal flights land in Guatemala"),
    ("LA VOZ DEL VALLE\nCanarias · Migración\n\nSuspenden el vuelo de repatriación a Senegal\n\n"
     "Es la segunda vez en dos semanas que se anula un vuelo a Dakar\n\nTexto.",
     "Suspenden el vuelo de repatriación a Senegal"),
    ("JORNAL DO VALE\nBrasil | Migração\n\nChega a Confins mais um voo com deportados\n\n"
     "É o terceiro voo do mês vindo dos Estados Unidos\n\nTexto.",
     "Chega a Confins mais um voo com deportados"),
])
def test_the_headline_under_a_masthead_and_its_sections_is_the_title_not_the_subtitle(head: str, title: str) -> None:
    assert read_metadata(head).title == title


@pytest.mark.parametrize(("head", "title"), [
    ("Migration Institute – Honduras\nMonthly returns bulletin | March 2025\n\nTegucigalpa, April 4, 2025\n\nText.",
     "Monthly returns bulletin | March 2025"),
    ("Instituto Nacional de Migración – Honduras\nBoletín mensual de retornos | Marzo 2025\n\nTegucigalpa, 4 de abril "
     "de 2025\n\nTexto.", "Boletín mensual de retornos | Marzo 2025"),
    ("Instituto de Migração – Brasil\nBoletim mensal de retornos | Março 2025\n\nBrasília, 4 de abril de 2025\n\n"
     "Texto.", "Boletim mensal de retornos | Março 2025"),
])
def test_a_title_with_the_period_it_covers_under_a_masthead_is_no_section_line(head: str, title: str) -> None:
    assert read_metadata(head).title == title


def test_the_other_blanks_are_every_blank_but_space_tab_and_newline() -> None:
    """The cheap test before the long-blank-run search must not miss a blank the search would find."""
    import sys

    from transforms.document import OTHER_BLANK

    blank = re.compile(r"\s")
    assert all(bool(OTHER_BLANK.match(c)) == (bool(blank.match(c)) and c not in " \t\n") for c in map(chr, range(sys.maxunicode + 1)))


@pytest.mark.parametrize("run", ["\t" * 200, " " * 200, "\xa0" * 200, " \t" * 100, "\u2003" * 200])
def test_a_long_run_of_any_blanks_is_cut(run: str) -> None:
    from transforms.document import MAX_BLANK_RUN, clean_body

    assert len(clean_body(f"Guatemala recibió 5 vuelos.{run}Honduras recibió 3.")) <= len("Guatemala recibió 5 vuelos.Honduras recibió 3.") + MAX_BLANK_RUN


@pytest.mark.parametrize("heading", ["Most read", "Most popular", "Trending now", "Lo más leído", "Más leídas", "Mais lidas"])
def test_a_most_read_box_goes_with_its_numbered_links(heading: str) -> None:
    text = f"Two flights landed in Honduras on Friday.\n\n{heading}\n1. Why 12 flights were cancelled\n2. Storm delays 5 flights\n"
    assert clean_body(text) == "Two flights landed in Honduras on Friday."


def test_a_numbered_list_under_an_article_heading_stays() -> None:
    text = "Flights by country\n1. Guatemala – 36 vuelos\n2. Honduras – 23 vuelos"
    assert clean_body(text) == text


@pytest.mark.parametrize(("heading", "links"), [
    ("Noticias relacionadas", "Honduras recibe 6 vuelos esta semana\nMéxico deporta a 300 en 3 vuelos"),
    ("Related stories", "Honduras gets 6 flights this week\nMexico deports 300 on 3 flights"),
    ("Notícias relacionadas", "Honduras recebe 6 voos nesta semana\nMéxico deporta 300 em 3 voos"),
])
def test_a_related_box_of_headlines_without_bullets_goes(heading: str, links: str) -> None:
    text = f"Two flights landed in Honduras on Friday.\n\n{heading}\n{links}\n\nOfficials expect more."
    assert clean_body(text) == "Two flights landed in Honduras on Friday.\n\nOfficials expect more."


def test_a_related_heading_over_prose_keeps_the_prose() -> None:
    text = "Leia também\nO governo disse que mais dois voos devem chegar em julho."
    assert "O governo disse que mais dois voos devem chegar em julho." in clean_body(text)


@pytest.mark.parametrize("line", ["Te recomendamos: Los 10 destinos más baratos", "Você também pode gostar: 5 praias",
                                  "You might also like: 7 cheap flights"])
def test_recommendation_lines_go(line: str) -> None:
    assert clean_body(f"Two flights landed in Honduras on Friday.\n\n{line}") == "Two flights landed in Honduras on Friday."


def test_a_newsroom_byline_with_a_date_names_no_publisher() -> None:
    meta = read_metadata(clean_body("Llegan dos vuelos a Guatemala\n\nPor Redacción · 14 de junio de 2025\n\nDos vuelos llegaron."))
    assert meta.publisher is None


def test_a_table_s_header_row_is_no_title() -> None:
    text = ("INFORME ANUAL 2024\n\nVuelos de repatriación por destino (2024)\n\n"
            "País de destino            Vuelos     Personas\nColombia                       22        1.204\n")
    assert read_metadata(clean_body(text)).title == "Vuelos de repatriación por destino (2024)"


@pytest.mark.parametrize(("stamp", "language"), [
    ("Last Updated: 2025-06-12", "en"), ("Última actualización: 12/06/2025", "es"), ("Atualizado: 12/06/2025", "pt"),
])
def test_an_update_stamp_cut_from_the_body_still_dates_a_page_that_gives_no_other_date(stamp: str, language: str) -> None:
    article = {"en": "Two deportation flights landed in Honduras on Friday.",
               "es": "Dos vuelos de deportación aterrizaron en Honduras el viernes.",
               "pt": "Dois voos de deportação pousaram em Honduras na sexta-feira."}[language]
    raw = f"Flights\n\n{article}\n\n{stamp}\n"
    assert read_metadata(clean_body(raw), raw).published_date == dt.date(2025, 6, 12)


@pytest.mark.parametrize("heading", ["**Key figures**", "**Datos clave**", "**Principais números**"])
def test_a_bold_section_heading_is_no_publisher(heading: str) -> None:
    text = f"# Removal flights in April\n\n{heading}\n- 112 removal flights in April\n"
    assert read_metadata(clean_body(text)).publisher is None


def test_a_bold_outlet_name_is_the_publisher() -> None:
    text = "# Removal flights in April\n\n**Servicio Nacional de Migraciones · Sala de prensa**\n\nTwo flights landed.\n"
    assert read_metadata(clean_body(text)).publisher == "Servicio Nacional de Migraciones"


@pytest.mark.parametrize(("post", "attribution"), [
    ("Hoy llegaron 5 vuelos, dice el IGM #Guatemala", "— Usuario (@usuario) June 14, 2025"),
    ("Today 5 flights landed, says the agency", "— Border Watch (@borderwatch) June 14, 2025"),
    ("Hoje pousaram 5 voos, diz a PF", "— Observador (@observador) 14 de junho de 2025"),
])
def test_an_embedded_post_kept_in_converted_text_goes(post: str, attribution: str) -> None:
    text = f"Three flights landed on Friday.\n\n{post}\n{attribution}\n\nOfficials expect more."
    assert clean_body(text) == "Three flights landed on Friday.\n\nOfficials expect more."


def test_a_handle_quoted_in_a_sentence_stays() -> None:
    text = "The agency (@ICEgov) said three flights landed on Friday."
    assert clean_body(text) == text


@pytest.mark.parametrize("line", [
    "**Read next:** [Ecuador received 48 flights in April](#) · [Colombia and Ecuador: 90 flights](#)",
    "Up next: 12 flights in a week as deportations climb",
    "Sigue leyendo: Llegan 9 vuelos en un día",
    "Leia a seguir: Brasil recebe 5 voos em março",
    "Share this story: Facebook | Twitter | Email",
    "Comparte esta nota: Facebook | X | WhatsApp",
    "Compartilhe: Facebook | X | WhatsApp",
    "Sign up for our Border Report newsletter",
    "Get the latest on immigration every Friday.",
    "#deportations #Ecuador #ICEAir",
    "👏 45 · 💬 6",
    "❤️ 1.2k 🔁 340",
])
def test_page_furniture_lines_are_cut(line: str) -> None:
    assert clean_body(f"Two removal flights landed in Quito on Monday.\n\n{line}\n") == (
        "Two removal flights landed in Quito on Monday.")


@pytest.mark.parametrize("line", [
    "# Two flights to Ecuador this weekend",  # a markdown heading, not a hashtag
    "| 12 | 15 |",  # a table's cells, not reactions
    "Guatemala 12 · Honduras 10",
    "Read the agency's statement: 12 removal flights landed in May.",
])
def test_lines_like_furniture_that_are_article_text_stay(line: str) -> None:
    assert line in clean_body(f"Two removal flights landed in Quito on Monday.\n\n{line}\n")


@pytest.mark.parametrize("heading", ["## Responses (6)", "Respuestas (3)", "Respostas"])
def test_a_blogs_responses_heading_opens_its_thread(heading: str) -> None:
    text = f"Two removal flights landed in Quito on Monday.\n\n{heading}\n\n**lucia_q** — May 19\nI saw 3 planes, not 2."
    assert clean_body(text) == "Two removal flights landed in Quito on Monday."


@pytest.mark.parametrize("head", [
    "INFORME ESTADÍSTICO MENSUAL – FEBRERO 2025",
    "MONTHLY RETURNS REPORT – FEBRUARY 2025",
    "RELATÓRIO MENSAL DE RETORNOS – FEVEREIRO DE 2025",
])
def test_a_report_title_with_the_month_it_covers_is_not_a_masthead(head: str) -> None:
    meta = read_metadata(f"{head}\nOffice of Returns\n\nCuadro 3. Vuelos de retorno por país\nGuatemala 11\nHonduras 3\n")
    assert meta.publisher is None


@pytest.mark.parametrize("headline", [
    "Panamá deporta a 28 colombianos en vuelo financiado por EE.UU.",
    "Panama deports 28 Colombians on a flight paid for by the U.S.",
    "Panamá deporta 28 colombianos em voo pago pelos EE.UU.",
])
def test_a_headline_ending_with_an_abbreviation_s_dot_is_the_title(headline: str) -> None:
    assert read_metadata(f"{headline}\n\nCiudad de Panamá, 10 de marzo de 2025\n\nTexto.").title == headline


def test_a_sentence_with_its_full_stop_at_the_head_is_no_title() -> None:
    assert read_metadata("Panama deported 28 Colombians on a charter flight.\n\nMore text of the story.").title is None
