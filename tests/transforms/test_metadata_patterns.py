"""Publication dates, headlines and comment threads as real pages and posts write them (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.dates import find_publication_date
from transforms.document import clean_body, read_metadata
from transforms.html import html_article


@pytest.mark.parametrize(
    ("head", "language", "expected"),
    [
        ("SOME BLOG\nTagline here\n\n4/9/21\n\nTitle", "en", dt.date(2021, 4, 9)),  # US blogs: month first
        ("Observatorio\n\n9/4/21\n\n# Título", "es", dt.date(2021, 4, 9)),  # day first elsewhere
        ("Diario · Nacionales\nTítulo\nSan José / 03.02.2024\nTexto.", "es", dt.date(2024, 2, 3)),
        ("Site\n\nHeadline\n\nBy Ana Ruiz | March 3, 2025\n\nText.", "en", dt.date(2025, 3, 3)),
        ("# Report\n\n**Monitor** · Published: June 2, 2024\n", "en", dt.date(2024, 6, 2)),
        ("Bogotá, 26 de marzo de 2020. El vuelo se suspendió.", "es", dt.date(2020, 3, 26)),
        ("Tegucigalpa, M.D.C., 5 de enero de 2025. El instituto informa.", "es", dt.date(2025, 1, 5)),
        ("Washington, D.C., 8 de julio de 2022\n\nDatos clave:", "es", dt.date(2022, 7, 8)),
        ("Título\n\nActualizado: 05/09/2024\n\nTexto.", "es", dt.date(2024, 9, 5)),
    ],
)
def test_publication_dates(head: str, language: str, expected: dt.date) -> None:
    assert find_publication_date(head, language).date == expected


@pytest.mark.parametrize("head", ["LIMA, 13 feb (Agencia) -- Texto del despacho.", "QUITO, Aug 19 (Wire) - A plane landed."])
def test_wire_dateline_without_a_year_keeps_its_text_and_no_date(head: str) -> None:
    found = find_publication_date(head, None)
    assert found.date is None and found.text in head


@pytest.mark.parametrize(("text", "title"), [
    ("DIRECCIÓN DE MIGRACIÓN – EL SALVADOR\nInforme semanal de vuelos recibidos | Febrero 2024\n\nSan Salvador, 2 de marzo de 2024\n\n"
     "Resumen del mes\n- Desde Estados Unidos: 30 vuelos", "Informe semanal de vuelos recibidos | Febrero 2024"),
    ("Flight Desk\nWeekly removal flight report · 14 April 2025\n\nLast week ICE flew 31 removal flights.",
     "Weekly removal flight report · 14 April 2025"),
    ("Inicio | Nacionales | Migración\nLlegan dos vuelos con deportados a Comalapa\n\nDos vuelos aterrizaron el lunes.",
     "Llegan dos vuelos con deportados a Comalapa"),
])
def test_a_report_headline_followed_by_its_period_is_the_title_not_a_trail_of_links(text: str, title: str) -> None:
    assert read_metadata(clean_body(text)).title == title


def test_headline_after_site_name_tagline_and_date() -> None:
    text = "SKYWATCH\nWatching the deportation flights from the fence\n\n3/2/21\n\nWeek of Feb 21: 19 removal flights to 8 countries\n\nBody text."
    assert read_metadata(clean_body(text)).title == "Week of Feb 21: 19 removal flights to 8 countries"


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Article about flights.\n\nComentarios (2)\nmaria_g: yo vi 6 vuelos\npedro: no es cierto", "yo vi 6 vuelos"),
        ("Article about flights.\n\n3 thoughts on “Article”\nJoe says: I saw 8 planes", "I saw 8 planes"),
        ("Article about flights.\n\nLo que dicen los lectores\nAna: fueron 9", "fueron 9"),
        ("Article about flights.\n\nBayouRat says: I counted 4 flights\nMike T. says: sure you did", "I counted 4 flights"),
        ("Article about flights.\n\nluisa_r · hace 2 horas\nconté 5 vuelos\ncarlos · hace 1 hora\nyo también", "conté 5 vuelos"),
    ],
)
def test_plain_text_comment_threads_are_not_article_text(text: str, leak: str) -> None:
    body = clean_body(text)
    assert leak not in body and body.startswith("Article about flights.")


def test_html_comment_containers_without_a_comment_label() -> None:
    page = (
        "<html><head><title>T</title></head><body><article><h1>Dos vuelos llegan a Guatemala</h1>"
        "<p>Dos vuelos con deportados aterrizaron el viernes en la base aérea, según el instituto de migración del país.</p>"
        "<p>El próximo martes se esperan tres vuelos más desde Texas, según la programación compartida.</p></article>"
        "<section id='zona-social'><h3>Lo que dicen los lectores</h3><ul><li><b>pepe77</b>: yo vi 9 vuelos</li></ul></section>"
        "<div class='respuestas-lectores'><p>luisito escribió: fueron 14 vuelos</p></div></body></html>"
    )
    article = html_article(page)
    assert article is not None and "aterrizaron el viernes" in article.text
    assert "9 vuelos" not in article.text and "14 vuelos" not in article.text


@pytest.mark.parametrize(("head", "title"), [
    ("Honduras  >  Sucesos  >  Migración\n\nAterriza otro vuelo con 90 hondureños en San Pedro Sula\n\n"
     "Los retornados venían de Texas; se esperan más vuelos esta semana\n", "Aterriza otro vuelo con 90 hondureños en San Pedro Sula"),
    ("The Harbour Gazette\nNews › Immigration\n\nRemoval flight to Jamaica leaves with nine on board\n\n"
     "Charter cost estimated at £30,000 a person after late legal challenges\n", "Removal flight to Jamaica leaves with nine on board"),
    ("Início » Brasil » Imigração\n\nVoo com 88 deportados pousa em Confins\n\nSegundo voo do mês traz brasileiros dos EUA\n",
     "Voo com 88 deportados pousa em Confins"),
])
def test_a_navigation_trail_is_neither_outlet_nor_headline(head: str, title: str) -> None:
    """The line after a trail of sections is the headline; the trail names no publisher."""
    meta = read_metadata(clean_body(head + "\nThe story goes on here with its own words.\n"))
    assert meta.title == title
    assert meta.publisher is None or not any(mark in meta.publisher for mark in ">›»")
