"""HTML pages: main text, title, site name and date through trafilatura; comments are not article text."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.extract import article_text
from transforms.html import html_article, is_html

PAGE = """<html><head><title>Two flights land in Guatemala | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-02T10:00:00Z"></head>
<body><nav>Home | World | 99 flights deals</nav>
<article><h1>Two flights land in Guatemala</h1>
<p>Two deportation flights landed in Guatemala City on Friday, officials said. The flights carried 270 people from Texas.</p>
<p>More flights are planned for next week according to the foreign ministry of Guatemala.</p></article>
<section id="comments" class="comments"><h3>Comments</h3><p>reader_one: I counted 12 flights myself.</p></section>
<footer>Copyright 2024</footer></body></html>"""


def test_article_text_and_metadata() -> None:
    article = html_article(PAGE)
    assert article.title == "Two flights land in Guatemala"
    assert article.publisher == "Example News"
    assert article.published_date == dt.date(2024, 3, 2)
    assert "Two deportation flights landed in Guatemala City on Friday" in article.text
    for noise in ("12 flights", "99 flights", "Copyright"):
        assert noise not in article.text


def test_page_without_text() -> None:
    assert html_article("<html><head><title>Empty</title></head><body></body></html>") is None


def test_suffixes() -> None:
    assert is_html("a/b.HTML") and is_html("x.htm") and not is_html("x.txt")


def test_an_embedded_tweet_is_not_article_text() -> None:
    page = ("<html><body><article><h1>Three flights land</h1><p>Three deportation flights landed in Guatemala on Friday, "
            "officials said in a statement to the press.</p><blockquote class=\"twitter-tweet\"><p>Today 5 flights landed"
            "</p>&mdash; Someone (@someone) June 14, 2025</blockquote><p>The agency said more flights are expected "
            "next week, though it gave no number.</p></article></body></html>")
    article = html_article(page)
    assert article is not None and "5 flights" not in article.text and "Three deportation flights" in article.text


@pytest.mark.parametrize(("title", "site"), [
    ("Two flights land in Guatemala - The Valley Herald", "The Valley Herald"),
    ("Diario del Norte | Two flights land in Guatemala", "Diario del Norte"),
    ("Two flights land in Guatemala &#8211; Folha do Vale", "Folha do Vale"),  # an en dash written as an entity
    ("Two flights land in Guatemala", None),
])
def test_a_title_that_sets_a_name_beside_the_headline_names_the_site(title: str, site: str | None) -> None:
    page = PAGE.replace("<title>Two flights land in Guatemala | Example News</title>", f"<title>{title}</title>")
    page = page.replace('<meta property="og:site_name" content="Example News">\n', "")
    assert html_article(page).publisher == site


@pytest.mark.parametrize(("headline", "title"), [
    # the metadata's title is a shortened start of the page's headline: the headline is the title
    ("Two flights land in Guatemala, the most in a week", "Two flights land in Guatemala, the most in a week"),
    ("Two flights land in Guatemala: officials tell the press", "Two flights land in Guatemala: officials tell the press"),
    # a headline that does not go on from the metadata's title leaves that title
    ("Breaking news", "Two flights land in Guatemala"),
    ("Two flights", "Two flights land in Guatemala"),
])
def test_the_page_s_headline_stands_for_the_shortened_title_its_metadata_gives(headline: str, title: str) -> None:
    page = PAGE.replace("<title>Two flights land in Guatemala | Example News</title>",
                        '<title>Two flights land in Guatemala | Example News</title>'
                        '<meta property="og:title" content="Two flights land in Guatemala">')
    page = page.replace("<h1>Two flights land in Guatemala</h1>", f"<h1>{headline}</h1>")
    assert html_article(page).title == title


@pytest.mark.parametrize(("footer", "publisher"), [
    ("© 2025 Jornal das Gerais - Todos os direitos reservados", "Jornal das Gerais"),
    ("© 2025 Diario del Valle. Todos los derechos reservados.", "Diario del Valle"),
    ("Copyright 2025 The Valley Herald | Privacy policy", "The Valley Herald"),
])
def test_a_page_without_a_site_name_is_published_by_who_holds_its_footer_s_copyright(footer: str, publisher: str) -> None:
    page = (f"<html><head><title>Two flights land in Guatemala</title></head><body><main><h1>Two flights land in "
            f"Guatemala</h1><p>Two deportation flights landed in Guatemala City on Friday, officials said on "
            f"Saturday.</p></main><footer><p>{footer}</p></footer></body></html>")
    assert article_text("html", page)[1].publisher == publisher
