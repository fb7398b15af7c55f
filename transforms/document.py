"""Reduce a decoded document to its article text and read its metadata.

Reader comments, photo credits, share buttons and "related" links are not article text: they
are cut before any extraction so no number in them can become a flight count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import py3langid

from transforms.cues.boilerplate import COMMENT_STAMP as COMMENT_STAMP_CUE
from transforms.cues.boilerplate import RIGHTS_RESERVED
from transforms.dates import day_label_date, find_period, find_publication_date
from transforms.places import find_countries
from transforms.vocabulary import (
    COMMENT_AUTHOR_CUES,
    COMMENT_AUTHOR_RE,
    COMMENT_HEADING_CUES,
    COMMENT_HEADING_RE,
    DOCUMENT_KIND_RE,
    FUNCTION_WORDS,
    MASTHEAD_WORDS_RE,
    OFFICIAL_PUBLISHER_RE,
    SMALL_NAME_WORDS,
    names_a_flight,
)

DETECTED_LANGUAGES = ["en", "es", "pt", "fr", "de", "it"]
LANGUAGE_SAMPLE_CHARS = 300  # plenty to tell English from Spanish; the detector's cost grows with length
MIN_LANGUAGE_CHARS = 20
# counting words is cheap: a longer sample reaches past headlines and bylines
FUNCTION_WORD_SAMPLE_CHARS = 1000
MIN_FUNCTION_WORDS = 6  # function words of one language a sample needs before they decide its language alone
FUNCTION_WORD_MARGIN = 4  # ... and how many times the other languages' function words together
FUNCTION_WORD_LANGUAGE = {word: language for language, words in FUNCTION_WORDS.items() for word in words}
# lowercase only: 'El Salvador' and 'Los Angeles' are names, not Spanish
LOWERCASE_WORD = re.compile(r"\b[a-zà-öø-ÿ]+\b")
HEAD_LINES = 12


BULLET_LINE = re.compile(r"^(?P<indent>[ \t]*)[•·▪◦‣][ \t]*(?P<rest>.*)$", re.MULTILINE)
BULLET_MARKS = "•·▪◦‣"
# "name says:", "name · 2 hours ago": one of these follows the name
AUTHOR_MARKS = (":", "·", "|", "•", "–", "-", "...", "…")
AUTHOR_HEAD_CHARS = 80
MAX_AUTHOR_LINE_CHARS = 200  # an author line is a name and a verb or a time, before the comment itself
USERNAME = re.compile(r"^[\w.@'-]+(?: [\w.@'-]+){0,3}$")
MIN_COMMENT_AUTHORS = 2
MIN_COMMENT_LEVELS = 2
# a line of a comment's buttons and age alone, its parts set apart by dots or bars ("Like · Reply · 3h")
COMMENT_STAMP = rf"(?:{COMMENT_STAMP_CUE.alternation})"
COMMENT_STAMP_LINE = re.compile(
    rf"^[ \t]*{COMMENT_STAMP}(?:[ \t]*[·|•–-][ \t]*{COMMENT_STAMP})*[ \t]*$", re.IGNORECASE | re.MULTILINE
)
# text one piece of which a thread's stamp lines hold, lowercased, where a line starts or ends: a cheap test
# before any line is matched
COMMENT_STAMP_ANCHORS = (
    "\nreply",
    "\nlike",
    "\nreport",
    " ago\n",
    "\nresponder",
    "\nme gusta",
    "\ndenunciar",
    "\nhace ",
    "\ncurtir",
    "\nhá ",
    "· reply",
    "· responder",
)
MAX_COMMENT_STAMP_CHARS = 60
MAX_COMMENT_NAME_CHARS = 40  # the line above a comment's first stamp is its author's name when this short

# a credit in brackets; it starts with its bracket, which the search finds as a literal (blanks before it go
# too)
PHOTO_CREDIT = re.compile(
    r"\((?:(?:photo|foto|image|imagen|video|vídeo|credit|crédito)s?\b[^()\n]*(?:\([^()\n]*\))?[^()\n]*"
    r"|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+ ?/ ?[^()\n]{2,60})\)",
    re.IGNORECASE,
)
MAX_BOILERPLATE_CHARS = 200  # share and related-link lines are short; longer lines are prose
BOILERPLATE_LINE = re.compile(
    r"""
    ^[\ \t*_]*                                                 # bullets and emphasis
    (?:
        # share and print buttons, alone on their line
        share(?:\ this(?:\ article|\ story)?)?(?:\ on\ \w+)?|tweet|email|print|copy\ link
        |compartir(?:\ en\ \w+)?|imprimir|facebook|twitter|whatsapp|linkedin
        # a line of hashtags ("#deportations #Ecuador"), and of reactions with their counts ("👏 45 · 💬 6")
        |(?:\#[^\W\d_]\w*[\ \t]*){2,}
        |(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?[\ \t]*\d[\d.,]*[kKmM]?[\ \t]*[·|•]?[\ \t]*)+
        # the rest may run on after its words
        |(?:
            # related links
            related(?:\ video|\ stories|\ articles)?|read\ more|read\ also|see\ also|also\ read
            |read\ next|up\ next|sigue\ leyendo|leia\ a\ seguir
            |lea\ también|lee\ también|te\ puede\ interesar|te\ recomendamos|más\ información
            |leia\ também|leia\ mais(?=:)|ver(?=:)|ver\ m[aá]s(?=:)|veja\ também|você\ também\ pode\ gostar
            |you\ might\ also\ like|saiba\ mais
            # paywalls, page furniture and share counters
            |subscribe\ to\ (?:continue|keep)\ reading|already\ a\ subscriber|paid\ subscribers
            # "Like this? Share it with a colleague.", "¿Te gustó? Compártelo": an invitation to share
            |like\ (?:this|what\ you\ read)(?=\?)|¿te\ gust[oó]|gostou(?=\?)|suscr[ií]bete\ para
            |ya\ eres\ suscriptor|assine\ para|j[aá]\ [eé]\ assinante|was\ this\ page\ helpful
            |¿?te\ result[oó]\ [uú]til|esta\ p[aá]gina\ foi\ [uú]til|last\ (?:updated|reviewed)(?=:)
            |[uú]ltima\ actualizaci[oó]n(?=:)|[uú]ltima\ atualiza[cç][aã]o(?=:)
            |share\ or\ comment\ on\ this\ article|share\ this\ (?:story|article)(?=:)
            |compart[ei]\ esta\ nota(?=:)|compartilhe(?=:)
            # newsletters, follow links, tags, advertisements and most-read boxes
            |sign\ up\ for\ (?:our|the)\ (?:[\w-]+\ ){0,3}newsletter|get\ the\ latest\ on\b
            |subscribe\ to\ (?:our|the)\ newsletter|suscr[ií]bete\ a\ (?:nuestro|el)\ bolet[ií]n
            |assine\ (?:a|nossa)\ newsletter|follow\ us\ on|s[ií]guenos\ en|siga-nos
            |tags(?=:)|etiquetas(?=:)|temas(?=:)|advertisement|publicidad|publicidade|most\ read
            |lo\ m[aá]s\ le[ií]do|mais\ lidas
            # a photo's caption under its credit: "Foto: Archivo. Un vuelo de 2019, ...", "Photo: AP"
            |(?:photo|foto|fotograf[ií]a|imagen|image|imagem)(?=:)
            # a correction notice: the figure it takes back is no claim, the corrected one is in the text
            |(?:correction|correcci[oó]n|fe\ de\ erratas|errata|corre[cç][aã]o)(?=:)
        )\b.*
    )
    [\ \t]*$
    """,
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
# a page's update stamp: "Last Updated: 2025-06-12", "Última actualización: 12/06/2025"
UPDATED_LINE = re.compile(
    r"^[ \t*_]*(?:last (?:updated|reviewed)|updated|[uú]ltima actualizaci[oó]n|actualizado|"
    r"[uú]ltima atualiza[cç][aã]o|atualizado)\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
# "© 2025 The Herald. All rights reserved.": the publisher is read from it before it goes (read_metadata's
# ``raw``)
COPYRIGHT_NOTICE = re.compile(
    rf"^[ \t*_]*(?:©|\(c\)\s|copyright\b)|\b(?:{RIGHTS_RESERVED.alternation})\b", re.IGNORECASE
)
SITE_NAME = re.compile(
    r"^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|news|tv|mx|es|co|info|io)$", re.IGNORECASE
)
STORY_BY = re.compile(r"^(?:story by|publicado por|by)\s+(?P<name>[^•|\n]+?)\s*(?:[•|].*)?$", re.IGNORECASE)
# "By JANE DOE, HOME AFFAIRS EDITOR FOR THE DAILY SENTINEL", "Por Ana Ruiz, corresponsal para El Diario": a
# writer's byline that ends with the outlet they write for
BYLINE_FOR = re.compile(
    r"""
    ^(?:by|por)\s+[^,\n]{3,60},\s*      # the writer, then a comma
    [^,\n]{0,60}?\b(?:for|para)\s+       # their role, "for" or "para"
    (?:(?:o|a)\s+)?                       # Portuguese "para a Folha"
    (?P<name>[^\W\d_][^,.;:|•·\n]{2,59})$  # the outlet, to the end of the line
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "An official website of the United States government": a government site's banner above its masthead
GOVERNMENT_BANNER = re.compile(r"^(?:an\s+)?official\s+website\s+of\b", re.IGNORECASE)
# "REPÚBLICA DE HONDURAS" above "INSTITUTO NACIONAL DE MIGRACIÓN": the state a letterhead's agency serves
STATE_LETTERHEAD = re.compile(
    r"""
    ^(?:rep[uú]blica|republic|gobierno|government|governo|estado|state)\s+  # the kind of state
    (?:federativa\s+|bolivariana\s+)?                                   # "República Federativa do Brasil"
    (?:de\s+|of\s+|do\s+|da\s+)?(?:la\s+|el\s+|the\s+|o\s+|a\s+)?
    (?P<state>[^\W\d_][^\n]{2,40})$                                     # its name
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "The Removal Ledger · a newsletter about immigration data": a name and what kind of publication it is
PUBLICATION_TAGLINE = re.compile(
    r"""
    ^(?:an?|un[ao]?|uma)\s+                                                 # "a", "un", "uma"
    (?:(?:weekly|monthly|daily|independent|free|semanal|mensual|diario
        |independiente|gratuit[oa]|quinzenal)\s+)?                           # how often, whose
    (?:newsletter|blog|publication|boletín|boletim|revista|magazine|podcast)\b  # the kind of publication
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "By Staff Writer" names a role, not the outlet
NEWSROOM_BY = re.compile(
    r"^(?:(?:by|por)\s+(?:the\s+)?(?:redacci[oó]n|newsroom|staff|equipo)|redacci[oó]n|reda[cç][aã]o)\s+"
    r"(?!(?:de\s+)?(?:writers?|reporters?|correspondents?|editors?|periodistas?|redactor(?:es|as?)?|rep[oó]rteres?)\b)"
    r"(?:de\s+)?(?P<name>[^\W\d_][^•·|\n]{2,59}?)\s*(?:[•·|].*)?$",
    re.IGNORECASE,
)
AGENCY_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][^\n(]{2,60}?\((?P<name>[A-Z][\w .&-]{1,40})\)\s*[-–—]")
NAME_SEPARATOR = re.compile(r"\s+[|·•—–]\s+")
NAME_PARTICLES = frozenset("de del la las el los y e of the and da do das dos du".split())
BOLD_NAME = re.compile(r"^\*\*(?P<name>[^*\d]{3,80})\*\*(?:\s*[|·•—–-]\s*.*)?$")
EMAIL_ADDRESS_IN_BRACKETS = r"<[^<>@\s]+@[^<>\s]+>"
# a newsletter's sender line: "From: CenLa Rapid Response Network <updates@cenla-rrn.org>"
EMAIL_SENDER = re.compile(
    rf"^(?:from|de)\s*:\s*(?P<name>[^<>\n]{{2,80}}?)\s*{EMAIL_ADDRESS_IN_BRACKETS}\s*$", re.IGNORECASE
)
# what a name found at the head carries besides itself: an e-mail's header word and address, brackets, a
# section or date after a dot
TITLE_PREFIX = re.compile(r"^(?:subject|asunto|assunto|re|fwd?)\s*:\s*", re.IGNORECASE)
PUBLISHER_PREFIX = re.compile(r"^(?:from|de)\s*:\s*", re.IGNORECASE)
EMAIL_ADDRESS = re.compile(rf"\s*{EMAIL_ADDRESS_IN_BRACKETS}\s*$")
SECTION_AFTER_NAME = re.compile(
    r"\s+·\s+(?:sala de prensa|press room|newsroom|noticias|news|publicado|published|publicada|"
    r"atualizado)\b.*$",
    re.IGNORECASE,
)
READING_TIME = re.compile(
    r"^\d+\s*(?:min(?:ute)?s?(?:\s+read)?|minutos?(?:\s+de\s+lectura)?)$", re.IGNORECASE
)
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<name>[^|·•—–\n(]{3,80}?)\s*(?:\([A-Z]{2,8}\))?\s*"
    r"(?:[|·•—–-]\s.*|\.\s+(?:all rights reserved|todos (?:los|os) (?:derechos|direitos) reservados)\.?)?$",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"^[A-Z]{2,8}$")
COUNT_ONLY = re.compile(r"\d[\d.,]*(?:\s+[^\W\d_]+)?")
MARKDOWN_HEADING = re.compile(r"^#{1,3}\s+(?P<text>.+)$")
MAX_MASTHEAD_WORDS = 8
NAME_ARTICLES = frozenset({"el", "la", "los", "las", "the"})  # not "a"/"o": prepositions as often as articles
MASTHEAD_LOOKAHEAD = 6  # a masthead stands above a headline within the first few lines
FOOT_LINES = 15
LEARNED = re.compile(
    r"^[^\n]{0,80}?[–—-]\s*(?P<name>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3})\s+(?:has learned|has confirmed|"
    r"reports|ha sabido|ha confirmado)\b"
)
DATELINE_START = re.compile(r"^[A-ZÁÉÍÓÚÑ][^\n,]{1,60},\s*[^\n]{3,40}?\s*[–—-]\s")
CRUMBS = re.compile(r"^[^|·•\n]{1,60}(?:\s[|·•]\s[^|·•\n]{1,40})+$")
# "Honduras > Sucesos > Migración", "UK news › Immigration": where the page sits on its site, neither outlet
# nor headline
NAVIGATION_TRAIL = re.compile(r"^[^>›»\n]{1,60}(?:\s[>›»]\s+[^>›»\n]{1,40})+$")
TRAIL_SEPARATOR = re.compile(r"[>›»]")
# wider than the margin of a centred page number or an aligned column of a report converted from PDF
MAX_BLANK_RUN = 128
LONG_BLANK_RUN = re.compile(rf"[^\S\n]{{{MAX_BLANK_RUN + 1},}}")
# a long run of blanks holds a tab, MAX_BLANK_RUN + 1 spaces, or one of the other blanks: three cheap tests
# before the search
SPACES_RUN = " " * (MAX_BLANK_RUN + 1)
# what \s finds but space, tab and newline
OTHER_BLANK = re.compile("[\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s")
MAX_DATELINE_TITLE_CHARS = 100  # a dateline runs into its story; a headline with a date range in it is short
MAX_DATE_LINE_WORDS = 8  # "Published: March 4, 2025", "By Ana Ruiz | March 3, 2025"
MIN_TITLE_CHARS = 15
# 'Boletín estadístico mensual | Marzo 2025' heads a report; 'Inicio | Nacionales' is a trail of links
MIN_HEADLINE_WORDS = 3
MAX_TITLE_CHARS = 200


def _by_anchor(cues: tuple[str, ...], anchors: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Cues grouped under the first anchor each holds; a cue that holds none is its own anchor.

    A text without an anchor holds none of its group's cues: one substring test rules out the group.
    """
    groups: dict[str, list[str]] = {}
    for cue in cues:
        groups.setdefault(next((anchor for anchor in anchors if anchor in cue), cue), []).append(cue)
    return tuple((anchor, tuple(group)) for anchor, group in groups.items())


AUTHOR_CUES_BY_ANCHOR = _by_anchor(COMMENT_AUTHOR_CUES, (":", " ago", "hace", "·"))


def _holds_author_cue(lowered: str) -> bool:
    return any(
        anchor in lowered and any(cue in lowered for cue in cues) for anchor, cues in AUTHOR_CUES_BY_ANCHOR
    )


def _author_lines(text: str) -> list[int]:
    """Offsets of the short lines that open a reader's comment (``BayouDad says:``, ``luisa · hace 2
    horas``)."""
    offsets, position = [], 0
    for line in text.split("\n"):
        head = line[:AUTHOR_HEAD_CHARS]
        if (
            len(line) <= MAX_AUTHOR_LINE_CHARS
            and any(mark in head for mark in AUTHOR_MARKS)
            and COMMENT_AUTHOR_RE.match(line)
        ):
            offsets.append(position)
        position += len(line) + 1
    return offsets


def _comment_start(text: str, stamp: int) -> int:
    """Where the comment whose first stamp line starts at ``stamp`` starts: at its author's name on the line
    above (a short line that ends no sentence), else at the stamp."""
    above = text[:stamp].rstrip("\n")
    name_start = above.rfind("\n") + 1
    name = above[name_start:].strip()
    if name and len(name) <= MAX_COMMENT_NAME_CHARS and name[-1] not in ".!?:;,":
        return name_start
    return stamp


def _cut_comment_thread(text: str) -> str:
    """Cut at a comments heading, at the first of several "name says:" lines, or at the first author of a
    nested bullet thread."""
    lowered = text.lower()
    heading = COMMENT_HEADING_RE.search(text) if any(cue in lowered for cue in COMMENT_HEADING_CUES) else None
    if heading:
        text = text[: heading.start()]
        lowered = lowered[: heading.start()]
    if _holds_author_cue(lowered):
        authors = _author_lines(text)
        if len(authors) >= MIN_COMMENT_AUTHORS:
            text = text[: authors[0]]
    if any(anchor in lowered for anchor in COMMENT_STAMP_ANCHORS):
        stamps = COMMENT_STAMP_LINE.finditer(text)
        first, second = next(stamps, None), next(stamps, None)
        if first and second:
            text = text[: _comment_start(text, first.start())]
    if not any(mark in text for mark in BULLET_MARKS):
        return text
    bullets = list(BULLET_LINE.finditer(text))
    for index, bullet in enumerate(bullets):
        if not USERNAME.match(bullet.group("rest").strip()):
            continue
        tail = bullets[index:]
        author_bullets = [b for b in tail if USERNAME.match(b.group("rest").strip())]
        levels = {len(b.group("indent").expandtabs(4)) for b in tail}
        if len(author_bullets) >= MIN_COMMENT_AUTHORS and len(levels) >= MIN_COMMENT_LEVELS:
            return text[: bullet.start()]
    return text


SUPERSCRIPT_DIGIT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")  # a one-character class: a cheap first test for FOOTNOTE_MARK
# a footnote's mark is no count: "[^3]" (or its definition "[^3]:") in markdown, "¹" after a word in text from
# PDFs
FOOTNOTE_MARK = re.compile(r"\[\^\w{1,8}\]:?|(?<=[^\W\d_])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# a box of links to other stories: its heading and the bullet or numbered lines under it ("More on this
# story", "Noticias relacionadas", "Most read" over "1. Why 12 flights were cancelled")
RELATED_BLOCK = re.compile(
    r"""
    ^[\ \t]*
    (?:
        # related stories
        more\ on\ this\ (?:story|topic)|more\ stories|related\ (?:stories|articles|coverage)|m[aá]s\ noticias
        |noticias\ relacionadas|not[ií]cias\ relacionadas|mais\ not[ií]cias|leia\ mais|leia\ tamb[eé]m
        |lea\ tambi[eé]n|lee\ tambi[eé]n|read\ also|see\ also|veja\ tamb[eé]m|te\ puede\ interesar
        # most read and recommended
        |most\ (?:read|popular|viewed)|trending(?:\ now)?|lo\ m[aá]s\ (?:le[ií]do|visto)|m[aá]s\ le[ií]d[oa]s
        |mais\ (?:lidas|vistas)|you\ may\ also\ like|recommended(?:\ for\ you)?|notas\ relacionadas
        |tendencias|tend[eê]ncias|en\ tendencia|em\ alta|m[aá]s\ populares|mais\ populares
        |outras\ not[ií]cias|m[aá]s\ informaci[oó]n
        # boxes of the latest or picked stories: "Latest news", "Últimas noticias", "Não perca"
        # ("Destacados", "Latest" alone may head a list of flights)
        |latest\ (?:news|stories|headlines)|top\ stories|editor['’]?s\ picks|you\ may\ have\ missed
        |don['’]t\ miss|[uú]ltimas\ noticias|no\ te\ lo\ pierdas|recomendad[oa]s|relacionad[oa]s
        |[uú]ltimas\ not[ií]cias|mais\ recentes|n[aã]o\ perca
    )
    [\ \t]*:?[\ \t]*\n
    # bulleted or numbered lines, or short headlines that end without a full stop (prose lines end with one)
    (?:[\ \t]*(?:(?:[-*•·]|\d{1,2}[.)])[^\n]*|[^\n]{0,120}[^.\n\s])[\ \t]*(?:\n|$))+
    """,
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)


# an embedded post kept in converted text: its lines, then "— Name (@handle) June 14, 2025"
EMBEDDED_POST = re.compile(
    r"(?:^[^\n]{1,300}\n){1,3}^[ \t]*(?:&mdash;|[—–-])[^\n]{0,80}\(@\w{1,30}\)[^\n]{0,60}$", re.MULTILINE
)


# a gallery's paragraph number on a line of its own ("1", "2", ... above each caption)
PARAGRAPH_NUMBER = re.compile(r"^[ \t]*(?P<number>\d{1,2})[ \t]*$", re.MULTILINE)
MIN_NUMBERED_PARAGRAPHS = 3
MAX_INSERTED_HEADLINE_CHARS = 120


def _without_inserted_headlines(text: str) -> str:
    """``text`` without the headlines of other stories set between its numbered paragraphs.

    In a gallery whose paragraphs are numbered 1, 2, 3 ... each on a line above its caption, a short line
    standing alone between two numbered paragraphs, under no number and ending no sentence, is a link to
    another story ("Otros 119 deportados llegan en vuelo chárter").
    """
    if not (text.startswith("1\n") or "\n1\n" in text):  # the first paragraph's "1" on a line alone
        return text
    numbers = list(PARAGRAPH_NUMBER.finditer(text))
    if len(numbers) < MIN_NUMBERED_PARAGRAPHS or [int(n.group("number")) for n in numbers] != list(
        range(1, len(numbers) + 1)
    ):
        return text
    lines = text.split("\n")
    first = text.count("\n", 0, numbers[0].start())
    last = text.count("\n", 0, numbers[-1].start())
    inserted = {
        index
        for index in range(first + 2, last)
        if not lines[index - 1].strip()
        and not lines[index + 1].strip()
        and 0 < len(lines[index].strip()) <= MAX_INSERTED_HEADLINE_CHARS
        and lines[index].strip()[-1] not in '.!?:;"»”)'
        and not PARAGRAPH_NUMBER.fullmatch(lines[index])
    }
    return "\n".join(line for index, line in enumerate(lines) if index not in inserted) if inserted else text


def has_superscript_digit(text: str) -> bool:
    """Whether a footnote's superscript mark may be in ``text``: an ASCII text (most lines) is answered
    without a search."""
    return not text.isascii() and SUPERSCRIPT_DIGIT.search(text) is not None


def _without_photo_credits(text: str) -> str:
    """``text`` without its bracketed photo credits and the blanks before each."""
    kept, last = [], 0
    for credit in PHOTO_CREDIT.finditer(text):
        start = credit.start()
        while start > last and text[start - 1] in " \t":
            start -= 1
        kept.append(text[last:start])
        last = credit.end()
    return "".join([*kept, text[last:]]) if kept else text


def clean_body(text: str) -> str:
    """The article text alone: comment threads, photo credits and share/related lines removed.

    A run of blanks inside a line is cut to ``MAX_BLANK_RUN``: patterns that allow blanks on both sides of a
    word (``\\s+|\\s+``) would otherwise try every start inside the run, at a cost that grows with its square.
    """
    if "\t" in text or SPACES_RUN in text or OTHER_BLANK.search(text):
        text = LONG_BLANK_RUN.sub(lambda run: run.group()[:MAX_BLANK_RUN], text)
    text = _cut_comment_thread(text)
    if "[^" in text or has_superscript_digit(text):
        text = FOOTNOTE_MARK.sub("", text)
    if "\n" in text:
        text = RELATED_BLOCK.sub("", text)
        text = _without_inserted_headlines(text)
    if "(@" in text:
        text = EMBEDDED_POST.sub("", text)
    if "(" in text:
        text = _without_photo_credits(text)
    lowered = text.lower()  # substring tests spare most documents a search a line
    notices = "©" in text or "(c)" in lowered or "copyright" in lowered or "reserv" in lowered
    stamped = any(anchor in lowered for anchor in COMMENT_STAMP_ANCHORS)
    kept = [
        line.rstrip()
        for line in text.split("\n")
        if len(line) > MAX_BOILERPLATE_CHARS
        or not (
            BOILERPLATE_LINE.fullmatch(line)
            or (stamped and len(line) <= MAX_COMMENT_STAMP_CHARS and COMMENT_STAMP_LINE.fullmatch(line))
            or (notices and COPYRIGHT_NOTICE.search(line))
        )
    ]
    text = "\n".join(kept)
    if "\n\n\n" in text:
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


@cache
def _language_identifier() -> py3langid.langid.LanguageIdentifier:
    """The language model, loaded on first use (not at import) and kept for the process."""
    identifier = py3langid.langid.LanguageIdentifier.from_model_file(
        py3langid.langid.MODEL_FILE, norm_probs=True
    )
    identifier.set_languages(DETECTED_LANGUAGES)
    return identifier


def _function_word_language(sample: str) -> str | None:
    """The language whose function words fill the sample, when no other language's come near; else None."""
    votes = Counter(map(FUNCTION_WORD_LANGUAGE.get, LOWERCASE_WORD.findall(sample)))
    votes.pop(None, None)
    if not votes:
        return None
    (best, count), others = votes.most_common(1)[0], votes.total()
    return best if count >= MIN_FUNCTION_WORDS and count >= FUNCTION_WORD_MARGIN * (others - count) else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text.

    A sample plainly written in one language is decided by its function words; the statistical
    detector (about 0.3 ms a document) reads only the others.
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < MIN_LANGUAGE_CHARS:
        return None
    language = (
        _function_word_language(text[:FUNCTION_WORD_SAMPLE_CHARS])
        or _language_identifier().classify(sample)[0]
    )
    return str(language)


@dataclass(frozen=True)
class DocumentMeta:
    """What a document says about itself at its head."""

    title: str | None
    publisher: str | None
    language: str | None
    published_date: dt.date | None
    published_date_precision: str | None
    dateline_text: str | None
    url: str | None = None  # the original address, when supplied with the document (transforms.supplied)
    fetched_at: dt.datetime | None = None
    published_date_source: str | None = None  # text, supplied or url: where published_date came from


def _head_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")[:HEAD_LINES] if line.strip()]


def _without_trails(lines: list[str]) -> list[str]:
    """Head lines without navigation trails; the separators' own test first spares most lines the pattern."""
    return [line for line in lines if not (TRAIL_SEPARATOR.search(line) and NAVIGATION_TRAIL.match(line))]


def _name_case(name: str) -> str:
    """An all-capitals masthead in the case its name is written in ('INSTITUTO GUATEMALTECO DE MIGRACIÓN')."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(
        w if i and w in SMALL_NAME_WORDS and not _starts_a_name(words, i) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def _starts_a_name(words: list[str], index: int) -> bool:
    """'DIARIO LA VOZ': an article that follows no preposition opens a name of its own ('Diario La Voz del
    Valle')."""
    return words[index] in NAME_ARTICLES and words[index - 1] not in SMALL_NAME_WORDS


def _unmarked(line: str) -> str:
    return line.strip().lstrip("#").strip().strip("*_").strip()


def _capitalised(name: str) -> bool:
    """Every word of a name but its small words starts with a capital ('Diario El Centinela'); a sentence-case
    headline does not."""
    return all(
        word[:1].isupper() or word.lower() in SMALL_NAME_WORDS or not word[:1].isalpha()
        for word in name.split()
    )


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_MASTHEAD_WORDS
        and text[:1].isupper()
        and not re.search(r"\d|[.!?;:,]$", text)
        and not find_publication_date(text, None).date
    )


def _title_cased(text: str) -> bool:
    """Every word of a name but its particles is capitalised ("Diario del Norte"), unlike a bold section
    heading ("Key figures", "Datos clave")."""
    return all(word[:1].isupper() or word.lower() in NAME_PARTICLES for word in text.split())


def masthead(lines: list[str]) -> str | None:
    """The outlet or agency named on a document's first line, when that line is a masthead and not the
    headline.

    A masthead is short, has no digits, and is written in capitals or holds a word of a name ('Diario',
    'Instituto', 'Weekly'). A leading kind of document ('Hoja informativa | ...') is skipped, a section
    after a separator is dropped ('Diario El Centinela · Nacionales'), an agency's country is kept ('... –
    Honduras') and an outlet's dropped (its edition).
    """
    if lines and GOVERNMENT_BANNER.match(_unmarked(lines[0])):
        lines = lines[1:]
    if not lines:
        return None
    under_kind = bool(DOCUMENT_KIND_RE.match(_unmarked(lines[0]))) and len(lines) > 1
    if under_kind:  # "Boletín de prensa" above the agency's name
        lines = lines[1:]
    if len(lines) > 1 and (agency := _agency_of_a_state(_unmarked(lines[0]), _unmarked(lines[1]))):
        return agency
    line = _unmarked(lines[0])
    parts, separators = NAME_SEPARATOR.split(line), NAME_SEPARATOR.findall(line)
    if len(parts) > 1 and DOCUMENT_KIND_RE.match(parts[0]):
        parts, separators = parts[1:], separators[1:]
    name, rest = parts[0].strip(), parts[1:]
    edition = bool(rest) and _is_name(rest[0]) and bool(find_countries(rest[0])) and len(rest[0].split()) <= 2
    if not _is_name(name) or not (
        name.isupper() or ((MASTHEAD_WORDS_RE.search(name) or edition) and _capitalised(name))
    ):
        return None
    # "INFORME ESTADÍSTICO MENSUAL – FEBRERO 2025": a report's title, with the month it covers
    if rest and find_publication_date(rest[0], None).date is None and find_period(rest[0], None, None):
        return None
    if names_a_flight(name) and not MASTHEAD_WORDS_RE.search(name):
        return None
    if not (under_kind or name.isupper()) and not any(
        _looks_like_title(_unmarked(line)) for line in lines[1:MASTHEAD_LOOKAHEAD]
    ):
        # the only headline-like line at the head is the headline, however much it sounds like a name
        return None
    name = _name_case(name)
    if edition and OFFICIAL_PUBLISHER_RE.search(name):
        # an agency keeps the country it serves ("Instituto de Migración – Panamá"); an outlet's country is
        # its edition ("Jornal do Vale do Aço — Brasil")
        dash = separators[0].strip() if separators[0].strip() in "–—" else "–"
        name = f"{name} {dash} {_name_case(rest[0].strip())}"
    return name


def _agency_of_a_state(first: str, second: str) -> str | None:
    """'REPÚBLICA DE HONDURAS' over 'INSTITUTO NACIONAL DE MIGRACIÓN': the agency and the state it serves."""
    state = STATE_LETTERHEAD.match(first)
    if not (state and find_countries(first) and _is_name(second)):
        return None
    agency = _name_case(second)
    return f"{agency} – {_name_case(state.group('state'))}" if OFFICIAL_PUBLISHER_RE.search(agency) else None


def _agency(line: str, body: str) -> str | None:
    """The agency of a wire dateline ('CARACAS, Aug 19 (Meridian Wire) -'); an acronym is spelt out from the
    text when it can be."""
    match = AGENCY_DATELINE.match(line)
    if not match:
        return None
    name = match.group("name").strip()
    if not ACRONYM.match(name):
        return name
    for raw in reversed(body.split("\n")):
        candidate = raw.strip()
        if candidate.endswith(f"({name})") and len(candidate) <= 80 and candidate != line:
            copyright_line = COPYRIGHT.match(candidate)
            return copyright_line.group("name").strip() if copyright_line else candidate
    return name


def _find_publisher(lines: list[str], body: str = "") -> str | None:
    """The publisher: a site name or byline at the head, a masthead, a bold name, 'Name | 4 min read', a wire
    agency, a copyright line."""
    for line in lines[:2]:
        if SITE_NAME.match(line):
            return line
        # a newsletter sent by e-mail: "From: CenLa Rapid Response Network <updates@…>"
        sender = EMAIL_SENDER.match(line)
        if sender:
            return sender.group("name")
    # "Por Redacción La Prensa Cuscatleca | 20 de mayo": the outlet's newsroom, not a person
    for line in lines:
        newsroom = NEWSROOM_BY.match(line)
        if newsroom and _is_name(newsroom.group("name").strip()):
            return newsroom.group("name").strip()
    for line in lines:
        outlet = BYLINE_FOR.match(line)
        if outlet and _is_name(outlet.group("name")) and _capitalised(_name_case(outlet.group("name"))):
            return _name_case(outlet.group("name").strip())
    for line in lines[:MASTHEAD_LOOKAHEAD]:
        parts = NAME_SEPARATOR.split(_unmarked(line))
        if len(parts) == 2 and PUBLICATION_TAGLINE.match(parts[1]) and _is_name(parts[0]):
            return parts[0]
    for pattern in (STORY_BY, LEARNED):
        for line in lines:
            match = pattern.match(line)
            if match and not (
                pattern is STORY_BY and line.lower().startswith("by ") and " " in match.group("name")
            ):
                return match.group("name").strip()
    named = masthead(lines)
    if named:
        return named
    for line in lines:
        bold = BOLD_NAME.match(line)
        if (
            bold
            and _is_name(bold.group("name").strip())
            and _title_cased(NAME_SEPARATOR.split(bold.group("name"))[0])
        ):
            return bold.group("name").strip()
        parts = NAME_SEPARATOR.split(line)
        if len(parts) == 2 and READING_TIME.match(parts[1]) and _is_name(parts[0]):
            return parts[0]
    for line in lines:
        agency = _agency(line, body)
        if agency:
            return agency
    return copyright_holder(body)


def copyright_holder(text: str) -> str | None:
    """The name a copyright line at the foot of a text gives ("© 2025 Jornal das Gerais - Todos os direitos
    reservados")."""
    for line in reversed(text.split("\n")[-FOOT_LINES:]):
        copyright_line = COPYRIGHT.match(line.strip())
        if copyright_line and _is_name(copyright_line.group("name").strip()):
            return copyright_line.group("name").strip()
    return None


# what sets a list row's label off from its count: "Tuesday, May 6: 3 flights", "Lun 7/4 – 3 vuelos"
LABEL_SEPARATOR = re.compile(r":|\s[-–—]\s")


def _schedule_row(line: str) -> bool:
    """'Tuesday, May 6: 3 flights', 'Guatemala: 18,950', 'Lun 7/4 – 3 vuelos': a row of a list, never a
    headline."""
    parts = LABEL_SEPARATOR.split(line, maxsplit=1)
    if len(parts) < 2:
        return False
    label, rest = parts
    return day_label_date(label.strip(), None) is not None or bool(COUNT_ONLY.fullmatch(rest.strip()))


def _is_date(text: str) -> bool:
    """The whole text is a day or a month ('4 de abril de 2025', 'Marzo 2025')."""
    period = find_period(text, None, None)
    return (period is not None and period.text == text) or find_publication_date(text, None).text == text


# cells of a fixed-width table row: three or more parts with wide gaps between them
COLUMN_GAPS = re.compile(r"\S {3,}\S.*?\S {3,}\S")


def _headline_with_period(line: str) -> bool:
    """'Boletín estadístico mensual de retornos | Marzo 2025': a report's headline, then the period it
    covers."""
    parts = NAME_SEPARATOR.split(line)
    return (
        len(parts) == 2
        and len(parts[0].split()) >= MIN_HEADLINE_WORDS
        and not re.search(r"\d", parts[0])
        and not STORY_BY.match(line)
        and _is_date(parts[1].strip())
    )


# "EE.UU.", "U.S.", "U.K.": an abbreviation of letters with their dots, ending a line
DOTTED_ABBREVIATION_END = re.compile(r"\b(?:[^\W\d_]{1,2}\.){2,}$")


def _looks_like_title(line: str) -> bool:
    if not MIN_TITLE_CHARS <= len(line) <= MAX_TITLE_CHARS or _schedule_row(line):
        return False
    if COLUMN_GAPS.search(line):  # "País de destino      Vuelos      Personas": a table's header row
        return False
    if _headline_with_period(line):
        return True
    if SITE_NAME.match(line) or STORY_BY.match(line) or CRUMBS.match(line):
        return False
    if len(line.split()) <= MAX_DATE_LINE_WORDS and find_publication_date(line, None).date:
        return False
    # a headline may end with an abbreviation's dot ("... financiado por EE.UU."), not with a sentence's
    ends_a_sentence = line.endswith((":", ";", ",")) or (
        line.endswith(".") and not DOTTED_ABBREVIATION_END.search(line)
    )
    return not ends_a_sentence and not re.search(r"[a-z]{3,}[.!?]\s+[A-Z]", line)


def _is_site_name(line: str) -> bool:
    """``WAVY.com``, ``BORDERLINE AIR WATCH``, ``Diario El Centinela · Nacionales``: the outlet, not the
    story."""
    words = line.split()
    return bool(
        SITE_NAME.match(line)
        or (CRUMBS.match(line) and not _headline_with_period(line))
        or (len(words) <= 3 and line.isupper())
    )


def _find_title(lines: list[str]) -> str | None:
    """The headline among the head lines: a markdown H1, else the first that names flights, past site names,
    mastheads and taglines."""
    candidates: list[tuple[str, bool]] = []  # (line, right after a site name: maybe a tagline)
    after_site = masthead(_without_trails(lines)) is not None and not NAVIGATION_TRAIL.match(lines[0])
    # the masthead, and a kind above it
    skipped = (2 if lines and DOCUMENT_KIND_RE.match(_unmarked(lines[0])) else 1) if after_site else 0
    for raw in lines[skipped:]:
        heading = MARKDOWN_HEADING.match(raw)
        # the first markdown heading above any other headline
        if heading and (raw.startswith("# ") or not candidates):
            return heading.group("text").strip()
        line = raw.strip(" #*_")
        if len(line) > MAX_TITLE_CHARS or (
            DATELINE_START.match(line) and len(line) > MAX_DATELINE_TITLE_CHARS
        ):
            break
        if LIST_ITEM.match(raw):
            continue
        if NAVIGATION_TRAIL.match(line) or (
            skipped and CRUMBS.match(line) and not _headline_with_period(line)
        ):
            # the headline comes next, not a tagline; so it does after the sections under a masthead
            # ("LA VOZ DEL VALLE" over "Canarias · Migración")
            after_site = False
            continue
        if _is_site_name(line):
            after_site = True
            continue
        if _looks_like_title(line):
            candidates.append((line, after_site and not _headline_with_period(line)))
        after_site = False
    ranked = (
        [c for c, tagline in candidates if names_a_flight(c) and not tagline]
        + [c for c, _ in candidates if names_a_flight(c)]
        + [c for c, tagline in candidates if not tagline]
        + [c for c, _ in candidates]
    )
    return ranked[0] if ranked else None


def _tidy(name: str | None, prefix: re.Pattern[str]) -> str | None:
    """A title or publisher without an e-mail's "Subject:"/"From:", an address, enclosing brackets, or a
    section after a dot."""
    if not name:
        return name
    tidied = SECTION_AFTER_NAME.sub("", EMAIL_ADDRESS.sub("", prefix.sub("", name))).strip()
    if tidied.startswith("(") and tidied.endswith(")") and "(" not in tidied[1:-1]:
        tidied = tidied[1:-1].strip()
    return tidied or None


def read_metadata(body: str, raw: str | None = None) -> DocumentMeta:
    """Title, publisher, language and publication date from the article text; ``raw``, the text before
    cleaning, still holds the copyright line that may name the publisher."""
    lines = _head_lines(body)
    language = detect_language(body)
    date = find_publication_date(body, language)
    if date.date is None and raw:
        # "Last Updated: 2025-06-12" is page furniture cut from the body, and the only date a page may give
        date = next(
            (
                found
                for line in UPDATED_LINE.findall(raw)
                if (found := find_publication_date(line, language)).date is not None
            ),
            date,
        )
    return DocumentMeta(
        title=_tidy(_find_title(lines), TITLE_PREFIX),
        publisher=_tidy(_find_publisher(_without_trails(lines), raw or body), PUBLISHER_PREFIX),
        language=language,
        published_date=date.date,
        published_date_precision=date.precision,
        dateline_text=date.text,
    )
