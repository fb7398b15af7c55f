"""Article text cleaning and document metadata."""

from __future__ import annotations

from transforms.document import clean_body, detect_language, read_metadata

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
