"""Find flight line lists by their shape, then type them by what their labels are.

A list is a run of short lines that each pair a label with a count::

    Guatemala (7) – two of them left on Tuesday        - 31 flights to Port-au-Prince
    Honduras – 38 vuelos        El Salvador ...... 19  - 22 flights originated in Alexandria, Louisiana
    | Albania / Kosovo | 1 |    - GlobalX: 26          • Lunes 7 de octubre: 3 vuelos desde Harlingen

Labels are countries, days, airports or cities, or airlines; a heading line inside the list
("By operator", "Por aeropuerto de llegada", a day such as "MARTES 21 DE ENERO") starts a new
group. Groups that break one total down several ways become sibling tables that share that
total; day groups form one schedule. Lines that are not removal flights (shuffle, connections,
empty legs, last week) and lists of people are never rows. The lines around a list give its
stated total, period, route and status; the document's context fills what they omit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from transforms.context import DocumentContext
from transforms.cues.statuses import COMPLETED, PLANNED
from transforms.dates import (
    Period,
    day_label_date,
    ends_with_date_word,
    find_period,
    find_relative_period,
    find_span_period,
    is_month_label,
    month_label_number,
    month_label_period,
    month_sequence_years,
    names_a_month,
)
from transforms.document import FOOTNOTE_MARK, LABEL_SEPARATOR, has_superscript_digit
from transforms.domain import Breakdown, Precision, Status
from transforms.numbers import DIGIT_COUNT, parse_count
from transforms.places import find_places, resolve_label
from transforms.routes import Route, sentence_route
from transforms.spans import lines, sentences
from transforms.vocabulary import (
    AIRLINE_NAME_RE,
    AIRPORT_WORDS_RE,
    BREAKDOWN_RES,
    FLIGHT_NOUNS,
    FLIGHT_STEMS,
    FROM_WORDS,
    NOT_REMOVAL_RE,
    OTHER_LABEL_RE,
    PEOPLE_NOUN_RE,
    PEOPLE_NOUNS,
    PLANNED_RE,
    TO_WORDS,
    TOTAL_LABEL_RE,
    names_a_flight,
)

COUNT = DIGIT_COUNT
COUNT_RE = re.compile(rf"(?<![\w.,/])(?:{COUNT})(?![\w/%])")
BULLET = re.compile(r"^[ \t]*(?:[-*•·▪◦‣–—>+]+|\(?\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))?[ \t]*")
EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
SEPARATOR_BEFORE = re.compile(r"(?P<sep>\s*[:：]\s*|\s+[–—-]+\s*|\s*[–—]\s*|\s*\.{2,}\s*|\t+|\s*\(\s*|\s+)$")
UNIT = (
    rf"(?:[^\W\d_]+\s+){{0,2}}?(?P<unit>(?:{FLIGHT_NOUNS})|(?:{PEOPLE_NOUNS}))\b(?:\s+(?:de|of)\s+[^\W\d_]+)?"
)
AFTER_LABEL_COUNT = re.compile(
    rf"^(?P<mil>\s+mil\b(?:\s+\d{{3}})?)?(?:\s*{UNIT})?\s*(?P<close>\))?(?P<trailer>.*)$", re.IGNORECASE
)
AFTER_LEADING_COUNT = re.compile(
    rf"^(?P<mil>\s+mil\b(?:\s+\d{{3}})?)?(?:\s*{UNIT})?(?:\s*[–—:-]\s*|\s+(?P<conn>{TO_WORDS}|"
    rf"{FROM_WORDS})\s+|\s+)(?P<label>.+)$",
    re.IGNORECASE,
)
# "Subtotal Estados Unidos: 35 vuelos", "Total México: 6": a total of some rows, never a row
# "All ICE Air flights (including removals)", "Todos los vuelos": every flight of the list's kinds together,
# no row of it
ALL_FLIGHTS_LABEL = re.compile(
    rf"^(?:all|tod[oa]s\s+(?:los|las|os|as))\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{FLIGHT_NOUNS})\b", re.IGNORECASE
)
SUBTOTAL_LABEL = re.compile(r"^(?:sub-?totale?s?|total(?:es)?|totals?)\s+\S", re.IGNORECASE)
# a count of flights in prose: "19 removal flights", "12 vuelos", "nove voos"
# a count and its flight noun share a paragraph: "2025\n\nLista dos voos" is a dateline above a heading
LINE_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
COUNT_BEFORE_NOUN = re.compile(
    rf"\b(?P<n>\d{{1,4}}|[^\W\d_]+){LINE_GAP}(?:[^\W\d_]+{LINE_GAP}){{0,2}}?(?:{FLIGHT_NOUNS})\b",
    re.IGNORECASE,
)
FLIGHT_NOUN_WORD = re.compile(rf"\b(?:{FLIGHT_NOUNS})\b", re.IGNORECASE)
WORD_OR_NUMBER = re.compile(r"\b(?:\d{1,4}|[^\W\d_]+)\b")
COUNT_WORDS_BEFORE_NOUN = 3  # a count and at most two words between it and its noun ("19 removal flights")
COUNT_LOOKBACK_CHARS = 80
TOTAL_LOOKBACK_CHARS = 1500  # text above a list searched for the count of flights its lines add up to
AFTER_LIST_CHARS = 300  # text after a list read for the sentence that restates its total
# a table column of "Operations" in a report on return flights (Frontex counts its charters as operations)
OPERATIONS_HEADER = re.compile(
    r"(?:return |charter |removal )?(?:operations|operaciones|opera[cç][õo]es)(?: de retorno)?", re.IGNORECASE
)
MIN_INNER_PIPES = 2  # "Guatemala | 5 | Mon, Tue": three cells; "By Ana | May 4" is a byline
TO_RE = re.compile(rf"^(?:{TO_WORDS})$", re.IGNORECASE)
# what may follow a row's count: nothing, punctuation, a bracket, a dash, or another column ("27 vuelos /
# 2,994 personas")
YEAR_CELL = re.compile(r"(?:19|20)\d{2}")
PER_FLIGHT_HEADER = re.compile(
    r"\b(?:average|avg|mean|promedio|media|m[eé]dia|per|por)\b|\bpor\s+(?:vuelo|voo)\b", re.IGNORECASE
)
SHARE_TRAILER = re.compile(r"\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)\s*\.?\s*$")
LABEL_CONTINUES = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?[:：]\s*\d")
TRAILER_OK = re.compile(r"^\s*(?:$|[,;:–—(\-.|/]|\)|\s(?:[–—-]|y|and)\s)")
CONNECTOR_START = re.compile(rf"^\s*(?P<conn>{TO_WORDS}|{FROM_WORDS})\s+(?P<place>.+)$", re.IGNORECASE)
LABEL_CORE = re.compile(r"^(?P<core>[^()–—|]+?)\s*(?:\(|\s[–—-]\s|[–—]|,\s|$)")
CLAUSE_IN_LABEL = re.compile(r",\s+[a-záéíóúñ]|[a-záéíóúñ]{3,}[.!?]\s+[A-ZÁÉÍÓÚÑ]")
TOTAL_START = re.compile(
    r"^\W*(?:en total|in total|in all|all told|total(?:es)?|altogether|en conjunto|no total|ao todo)\b",
    re.IGNORECASE,
)
PEOPLE_HEADING = re.compile(
    r"""
    # removals and the people removed
    \b(?:removals|deportations|deportaciones|repatriaciones|remociones|expulsiones|retornos|returnees
      |deportados|retornados|personas|people|migrants|migrantes|deportações|repatriações|pessoas)\b
    # "countries of removal"
    |\b(?:countries|pa[ií]ses)\ of\ (?:removal|deportation)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
UNKNOWN_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de|del|la|y|and|of|[A-ZÁÉÍÓÚÑ][\w'’.-]*)){0,3}")
HAS_DIGIT = re.compile(r"\d")
HAS_LETTER = re.compile(r"[^\W\d_]")
BRACKETED = re.compile(r"\([^)]*\)?")
LIST_MARKS = "-*•·▪◦‣>+|"
LIST_SEPARATORS = (":", "–", "—", "(", "|", "\t", "..", " - ")
# a separator ends right before the count; dot leaders longer than this are trimmed off the label
SEPARATOR_WINDOW = 24
# a cell of a fixed-width table (text laid out in columns, as PDF reports turn into text): words a single
# space apart
FIXED_CELL = re.compile(r"\S+(?: \S+)*")
# the label column, the flights column and at least one other: two cells are any list line
MIN_FIXED_HEADER_CELLS = 3
MAX_FIXED_HEADER_CELL_WORDS = 4
# page number, rule, running head, "Tabla 22 (continuación)" between a table and its continuation
MAX_PAGE_FURNITURE_LINES = 6
# one item of a line of items set apart by middle dots (``Aug 3–9: 53 · Aug 10–16: 56``) or by semicolons
# (``Guatemala, 14; Honduras, 11; El Salvador, 5``)
INLINE_ITEMS = {
    " · ": re.compile(r"[^·]+?(?=\s+·\s+|\s*$)"),
    "; ": re.compile(r"[^;\s][^;]*?(?=;\s+|\.?\s*$)"),  # the full stop after the last item ends the sentence
}
MAX_SEMICOLON_ITEM_CHARS = 40  # "Guatemala, 14": longer pieces between semicolons are clauses of prose
MIN_INLINE_ITEMS = 3
LEADING_NOTE = re.compile(r"\s*\[[^\]]{1,80}\]")
MARKDOWN_RULE = re.compile(r"\s*\|?[\s:|-]*-{3,}[\s:|-]*\|?\s*")
NO_FLIGHTS = (
    r"sin vuelos(?: programados| previstos)?|ning[uú]n vuelo(?: programado)?|no (?:hay )?vuelos(?: "
    r"programados)?|no flights?(?: scheduled| planned)?|none scheduled|sem voos(?: programados)?|nenhum voo"
)
ZERO_LINE = re.compile(rf"^(?:{NO_FLIGHTS})\.?$", re.IGNORECASE)
# "Wednesday, May 7: no flights", "March 25: no flight (cancelled, airport closed)", "Jueves 9: sin vuelos -
# feriado", "Wed 9/4 - no flights", "Qua 9/4 – nenhum voo": a day of no flights, with a note of why
ZERO_LABEL_SEPARATORS = (":", " - ", " – ", " — ")  # LABEL_SEPARATOR's forms, as cheap substring tests
LABELLED_ZERO = re.compile(
    rf"^(?P<label>[^:]{{3,40}}?)(?:{LABEL_SEPARATOR.pattern})\s*(?:{NO_FLIGHTS})"
    rf"(?:\s*\([^()]{{0,80}}\)|\s*[-–—,;]\s*[^()]{{0,80}})?\.?$",
    re.IGNORECASE,
)
STATED_TOTAL = re.compile(
    rf"(?<![\d,.])(?P<count>{COUNT})\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{FLIGHT_NOUNS})\b", re.IGNORECASE
)
FROM_LABEL = re.compile(r"^(?:desde|from|procedentes?\s+de|provenientes?\s+de|de)\s", re.IGNORECASE)
# "Flights by destination, January 2025 (total 40)", "(40 en total)", "(58 total)": a heading's total in
# brackets
IN_ALL = r"total|en\ total|in\ total|in\ all|all\ told|no\ total|ao\ todo"
BRACKETED_TOTAL = re.compile(
    rf"""
    \(\s*
    (?:
        # "(total 40)", "(total: 40)", "(total de 40)", "(total of 40)", "(ao todo, 40)"
        (?:{IN_ALL})\s*(?:de\s+|of\s+)?[:,]?\s*(?P<count>{COUNT})
        # "(40 en total)", "(58 total)", "(40 in all)", "(40 no total)", "(40 ao todo)"
      | (?P<count2>{COUNT})\s+(?:{IN_ALL})
    )
    \s*\)
    """,
    re.IGNORECASE | re.VERBOSE,
)
HEADER_TOTAL = re.compile(
    rf"\b(?:{FLIGHT_NOUNS})\b[^:\n]{{0,60}}:\s*(?:\*\*|__)?(?P<count>{COUNT})\b(?:\*\*|__)?(?!\s*(?:%|mil\b))",
    re.IGNORECASE,
)
ORIGIN_PART = re.compile(
    rf"(?P<count>{COUNT})\s+(?:(?:{FLIGHT_NOUNS})\s+)?(?:(?:de ellos|of them)\s+)?(?:procedentes?\s+de|"
    rf"provenientes?\s+de|desde|de|from)\s+(?P<place>[^,;.:]+?)(?=\s*(?:,|;|\.|\sy\s|\sand\s|$))",
    re.IGNORECASE,
)
RECEIVING = re.compile(
    r"""
    \b(?:
        # received, arrived
        recibi[oó]|recibieron|se\ recibieron|ha\ recibido|han\ recibido|han\ llegado|llegaron|llegada
        |received|has\ received|arrived\ in|arriving\ in|arrivals?
        # from where
        |procedencia|procedentes?\ de|provenientes?\ de|from\ the\ following|desde\ los\ siguientes
        |pa[ií]s(?:es)?\ de\ (?:origen|procedencia)|country\ of\ (?:origin|departure)|by\ origin
        # Portuguese
        |recebeu|receberam|chegaram|pa[ií]s(?:es)?\ de\ origem
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# a heading that ends with the year it covers: "…by destination, 2024", "…por país (2024)", "… – 2024"
# (after a word: "Published March 16, 2025" is a date)
HEADING_YEAR = re.compile(r"[^\W\d_]\s*(?:,|\(|[–—-])\s*(?P<y>(?:19|20)\d{2})\s*\)?\s*:?\s*$")
# a page number standing alone in text converted from a PDF: "- 34 -", "Página 3 de 8", "Page 2 of 5"
PAGE_NUMBER_LINE = re.compile(
    r"\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:p[aá]g(?:ina)?\.?|page)\s+\d{1,4}(?:\s+(?:de|of)\s+\d{1,4})?)\s*",
    re.IGNORECASE,
)
# a report's running header, repeated on every page, ends with its year: "Informe anual 2024"
RUNNING_HEADER = re.compile(r"[^\W\d_]\s+(?:19|20)\d{2}\s*$")
# the verbs among RECEIVING: whose subject is the receiver
RECEIVE_VERB = re.compile(
    r"recibi[oó]|recibieron|ha recibido|han recibido|received|has received|recebeu|receberam", re.IGNORECASE
)
YEAR_PREPOSITION_BEFORE = re.compile(r"\b(?:in|en|em|of|for|de|del|do|durante|during|since|desde)\s+$", re.I)
YEAR_CONTEXT_CHARS = 20
HEAD_LINES = 4  # headline, standfirst, byline, date: the lines above the first paragraph
MAX_LINE_CHARS = 200
MAX_LABEL_CHARS = 90
MAX_LABEL_WORDS = 10
MAX_HEADER_WORDS = 9
MIN_TABLE_ROWS = 2
MAX_BLANK_LINES = 1
PROSE_LABEL_WORDS = 5
SENTENCE_LABEL_WORDS = 4
PROSE_LABEL_LOWERCASE = 2
LABEL_CONNECTORS = frozenset("de del la las los el y e of the and da do dos das en in at".split())
HEADING_LOOKBACK_CHARS = 1500
HEADING_LOOKBACK_PARAGRAPHS = 3
MAX_HEADLINE_CHARS = 160
DAY, COUNTRY, AIRPORT, DEPARTURE, AIRLINE = (
    Breakdown.DAY,
    Breakdown.COUNTRY,
    Breakdown.AIRPORT,
    Breakdown.DEPARTURE,
    Breakdown.AIRLINE,
)
MONTH = Breakdown.MONTH
# a label that names a place not yet known to be a country or an airport: decided by its neighbours
PLACE = "place"


@dataclass
class TableRow:
    """One list line that counts flights: its label, what the label is, and the flights' route and time."""

    label: str
    kind: str
    countries: list[str]
    flights: int
    evidence: str
    char_start: int
    char_end: int
    origin_country: str | None = None
    destination_countries: list[str] = field(default_factory=list)
    day: dt.date | None = None
    status: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None


@dataclass
class StatedTotal:
    """A total a list's surroundings state, overall or for one origin."""

    flights: int
    origin_country: str | None
    evidence: str
    char_start: int
    char_end: int
    # where stated: list_header, intro, heading, after, lines_add_up, total_line, subtotal_line, origin_part,
    # log
    found_by: str = "sentence"


@dataclass
class FlightList:
    """One list of flights (one breakdown of a total) with what its surroundings state about it."""

    rows: list[TableRow]
    breakdown: str
    row_role: str
    origin_country: str | None
    destination_country: str | None
    stated_total: int | None
    totals: list[StatedTotal]
    period: Period | None
    status: str
    evidence: str
    char_start: int
    char_end: int
    intro_text: str | None
    total_group: int
    # "list": lines of counts (find_flight_tables); "log": a line per flight (transforms.flight_logs)
    shape: str = "list"


@dataclass
class ListLine:
    """A parsed list line, before the list it belongs to is typed."""

    label: str
    count: int
    unit: str | None
    connector: str | None
    trailer: str
    evidence: str
    char_start: int
    char_end: int
    excluded: bool


@dataclass
class _Group:
    header: str | None
    header_span: tuple[int, int] | None
    lines: list[ListLine] = field(default_factory=list)
    is_day: bool = False
    day: dt.date | None = None
    # the month a column of a table by month names ("| País | Enero | Febrero |"): the period of its rows
    month_column: bool = False


@dataclass
class _Region:
    groups: list[_Group]
    before: tuple[int, int] | None  # the non-blank line right before the list
    end: int = 0


def _content(line: str) -> tuple[str, int]:
    """A line without its bullet or markdown emphasis, and where that content starts."""
    bullet = BULLET.match(line)
    start = bullet.end() if bullet else 0
    return line[start:].rstrip(), start


def _clean(text: str) -> str:
    """Text without markdown emphasis (``**Guatemala (5)**``) or footnote marks (``Collecting
    operations[^3]``, ``Chile¹``)."""
    if "*" in text or "_" in text:
        text = EMPHASIS.sub("", text)
    if "[^" in text or has_superscript_digit(text):
        text = FOOTNOTE_MARK.sub("", text)
    return text.strip(" \t*_")


def _markdown_cells(text: str) -> list[str] | None:
    """A table row's cells: a markdown row (``| a | b |``), or a plain-text row with two pipes or more
    (``Guatemala | 5 | Mon``)."""
    stripped = text.strip()
    bordered = stripped.startswith("|") and stripped.endswith("|")
    if not (bordered or stripped.count("|") >= MIN_INNER_PIPES) or re.fullmatch(r"[|\s:-]+", stripped):
        return None
    return [_clean(cell) for cell in stripped.strip("|").split("|")]


def _label_ok(label: str) -> bool:
    """A label names something: letters, not too long, and no number outside brackets unless it is a day."""
    if len(label) > MAX_LABEL_CHARS or not HAS_LETTER.search(label) or len(label.split()) > MAX_LABEL_WORDS:
        return False
    # "Other destinations (9 countries, one flight each)" is a name
    if CLAUSE_IN_LABEL.search(BRACKETED.sub("", label)):
        return False
    if not HAS_DIGIT.search(label):
        return True
    return (
        not HAS_DIGIT.search(BRACKETED.sub("", label))
        or day_label_date(_clean(label), None) is not None
        or is_month_label(_clean(label))  # "January 2025"
    )


def _from_markdown(cells: list[str], flight_column: int | None = None) -> tuple[str, str, str | None] | None:
    """(label, count, unit) of a markdown row; with several count columns, the one its header names
    flights."""
    counts = [c for c in cells if re.fullmatch(rf"(?:{COUNT})(?:\s+\w+)?", c)]
    labels = [c for c in cells if c and c not in counts and _label_ok(c)]
    if (
        len(counts) > 1
        and flight_column is not None
        and flight_column < len(cells)
        and cells[flight_column] in counts
    ):
        counts = [cells[flight_column]]
    # "| Guatemala | 58 | Alexandria, Harlingen |": the first column names the row
    if len(labels) > 1 and cells[0] in labels:
        labels = [cells[0]]
    if len(counts) != 1 or len(labels) != 1:
        return None
    unit = re.sub(rf"^(?:{COUNT})\s*", "", counts[0]) or None
    return labels[0], re.match(COUNT, counts[0]).group(), unit  # type: ignore[union-attr]


def _has_list_shape(line: str) -> bool:
    """What every accepted row shape has: a digit, and a bullet, a leading count, a separator or a count at
    the end.

    Plain character tests: most lines of prose fail them before any regex runs.
    """
    stripped = line.strip()
    if not stripped or not HAS_DIGIT.search(stripped):
        return False
    if stripped[0] in LIST_MARKS or stripped[0].isdigit() or stripped[-1].isdigit():
        return True
    lowered = stripped.lower()
    return any(separator in stripped for separator in LIST_SEPARATORS) or any(
        stem in lowered for stem in FLIGHT_STEMS
    )


def flight_column(line: str) -> int | None:
    """In a table's header row (``| País | Vuelos | Personas |``, ``País de origen | Vuelos | Personas``), the
    position of the column of flights.

    A table of flights by month (``| Country | January | February | Total |``) counts each row's flights
    over all its months in its total column.
    """
    cells = _markdown_cells(_content(line)[0])
    if not cells:
        return None
    years = [index for index, cell in enumerate(cells) if YEAR_CELL.fullmatch(cell)]
    if len(years) >= MIN_TABLE_ROWS and len(years) == len(cells) - 1:
        # "| País | 2024 | 2025 |": the same flights a year apart; the latest year is the one reported
        return max(years, key=lambda index: cells[index])
    if any(HAS_DIGIT.search(cell) for cell in cells):
        return None
    for names_the_column in (names_a_flight, OPERATIONS_HEADER.fullmatch):
        found = next(
            (
                index
                for index, cell in enumerate(cells)
                if names_the_column(cell) and not PER_FLIGHT_HEADER.search(cell)
            ),
            None,
        )
        if found is not None:
            return found
    if sum(is_month_label(cell) for cell in cells) >= MIN_TABLE_ROWS:
        return next((index for index, cell in enumerate(cells) if TOTAL_LABEL_RE.match(cell)), None)
    return None


def month_columns(line: str) -> list[tuple[int, str]]:
    """In a table's header row of months and no column of flights or of totals (``| Country | December |
    January | February |``), each month's column and name: every cell below them counts that month's
    flights."""
    cells = _markdown_cells(_content(line)[0])
    if not cells or any(HAS_DIGIT.search(cell) and not is_month_label(cell) for cell in cells):
        return []
    months = [(index, cell) for index, cell in enumerate(cells) if index and is_month_label(cell)]
    return months if len(months) >= MIN_TABLE_ROWS and len(months) == len(cells) - 1 else []


def month_cells(line: str, start: int, columns: list[tuple[int, str]]) -> list[ListLine] | None:
    """A row of a table by month: one line a month, each labelled with the row's name; None for a row of
    another shape."""
    content, offset = _content(line)
    cells = _markdown_cells(content)
    if not cells or len(cells) != len(columns) + 1 or not _label_ok(cells[0]):
        return None
    counts = [cells[index] for index, _ in columns]
    if not all(re.fullmatch(COUNT, count) for count in counts):
        return None
    evidence = line[offset:].rstrip()
    lines = [_line(cells[0], count, None, None, "", evidence, start + offset) for count in counts]
    return None if any(found is None for found in lines) else [found for found in lines if found]


@dataclass(frozen=True)
class FixedColumns:
    """The header of a fixed-width table: where each column sits, which one counts flights and what it calls
    them."""

    centres: tuple[float, ...]  # the middle of each header cell, in characters from the line's start
    flights: int  # which of them is the flights column
    unit: str  # the flights cell (``Vuelos``, ``Flights``): the unit of every count read under it
    words: str  # the header's cells, to know it again at the top of the next page


def _centre(cell: re.Match[str]) -> float:
    return (cell.start() + cell.end()) / 2


def fixed_width_header(line: str) -> FixedColumns | None:
    """A header of text laid out in columns (``País de destino    Tipo    Vuelos    Personas``): three cells
    or more, two spaces or more apart, no digits, and one cell naming flights."""
    if "|" in line or "  " not in line.strip() or HAS_DIGIT.search(line):
        return None
    cells = list(FIXED_CELL.finditer(line))
    if len(cells) < MIN_FIXED_HEADER_CELLS or any(
        len(c.group().split()) > MAX_FIXED_HEADER_CELL_WORDS for c in cells
    ):
        return None
    named = [
        i for i, c in enumerate(cells) if names_a_flight(c.group()) or OPERATIONS_HEADER.fullmatch(c.group())
    ]
    if len(named) > 1:  # "Vuelos … Promedio por vuelo": people per flight is no count of flights
        named = [i for i in named if not PER_FLIGHT_HEADER.search(cells[i].group())]
    if len(named) != 1 or named[0] == 0:
        return None
    return FixedColumns(
        tuple(_centre(c) for c in cells),
        named[0],
        cells[named[0]].group(),
        " ".join(c.group() for c in cells),
    )


def _from_fixed_width(line: str, columns: FixedColumns) -> tuple[str, str] | None:
    """(label, count) of a fixed-width row: its first cell, and the one count nearer the flights header than
    any other.

    Counts may be aligned left, right or a little off; each belongs to the header cell whose middle is nearest
    its own.
    """
    cells = list(FIXED_CELL.finditer(line)) if "  " in line.strip() else []
    if len(cells) < 2 or re.fullmatch(COUNT, cells[0].group()):
        return None
    under = [
        c
        for c in cells[1:]
        if re.fullmatch(COUNT, c.group())
        and min(range(len(columns.centres)), key=lambda i: abs(columns.centres[i] - _centre(c)))
        == columns.flights
    ]
    return (cells[0].group(), under[0].group()) if len(under) == 1 else None


def parse_line(
    line: str, start: int, column: int | None = None, fixed: FixedColumns | None = None
) -> ListLine | None:
    """A label and a count from one list line, in any accepted shape; None for other lines."""
    if len(line) > MAX_LINE_CHARS or line.lstrip().startswith("#"):
        return None
    zero = (
        LABELLED_ZERO.match(_clean(_content(line)[0]))
        if any(separator in line for separator in ZERO_LABEL_SEPARATORS)
        else None
    )
    # "Wednesday, May 7: no flights" is a row of 0
    if zero and day_label_date(zero.group("label").strip(), None) is not None:
        content, offset = _content(line)
        return _line(
            zero.group("label").strip(), "0", "flights", None, "", line[offset:].rstrip(), start + offset
        )
    if not _has_list_shape(line):
        return None
    content, offset = _content(line)
    evidence_start = start + offset
    evidence = line[offset:].rstrip()
    cells = _markdown_cells(content)
    if cells is not None:
        found = _from_markdown(cells, column)
        if not found:
            return None
        label, count, unit = found
        return _line(label, count, unit, None, "", evidence, evidence_start)
    if fixed is not None and (found_fixed := _from_fixed_width(line, fixed)):
        label, count = found_fixed
        return _line(label, count, fixed.unit, None, "", evidence, evidence_start)
    text = _clean(content)
    # "Total: 62", "Total | 62", "Total        62" (a fixed-width column)
    label_part = re.split(r"\s*(?::|\||\.{2,}|…+|\t|\s{2,})\s*", text)[0].strip()
    is_total_sentence = bool(TOTAL_START.match(text)) and not TOTAL_LABEL_RE.match(label_part)
    first_digit = HAS_DIGIT.search(text)
    if is_total_sentence or CLAUSE_IN_LABEL.search(text[: first_digit.start() if first_digit else len(text)]):
        return None
    for number in COUNT_RE.finditer(text):
        before, after = text[: number.start()], text[number.end() :]
        if not before.strip():
            leading = AFTER_LEADING_COUNT.match(after)
            if (
                leading
                and (
                    leading.group("unit")
                    or leading.group("conn")
                    or (not YEAR_CELL.fullmatch(number.group()) and _dashed_country(after, leading))
                )
                and _label_ok(leading.group("label"))
            ):
                unit = leading.group("unit")
                if leading.group("mil"):
                    unit = "mil"
                return _line(
                    leading.group("label").strip(),
                    number.group(),
                    unit,
                    leading.group("conn"),
                    "",
                    evidence,
                    evidence_start,
                )
            continue
        separator = SEPARATOR_BEFORE.search(before, max(0, len(before) - SEPARATOR_WINDOW))
        label = before[: separator.start()].rstrip(" .,;|\t") if separator else ""  # "Mesa, Ariz. | 15"
        if not separator or not _label_ok(label):
            continue
        if separator.group("sep").strip() in ("", "(") and ends_with_date_word(label, None):
            continue
        # "Removal flights last week (March 3-9, 2025)": a date, not a count
        if _is_year(text, number.start(), number.group()):
            continue
        tail = AFTER_LABEL_COUNT.match(after)
        if tail is None:
            continue
        opened = "(" in separator.group("sep")
        if opened and not tail.group("close"):
            continue
        trailer = tail.group("trailer")
        # "Aug 3–9: 53": the 9 ends the label's span of days, the 53 is the count
        if LABEL_CONTINUES.match(trailer):
            continue
        connector = CONNECTOR_START.match(trailer) if tail.group("unit") else None
        # "Colombia ........ 0 no flights this week": after a row of no flights, a note of when
        no_flights = bool(tail.group("unit")) and parse_count(number.group()) == 0
        if not (TRAILER_OK.match(trailer) or connector or (opened and tail.group("close")) or no_flights):
            continue
        # "Guatemala 52 (24%)": after a bare space only a share of the whole may follow the count
        if (
            separator.group("sep").strip() == ""
            and not tail.group("unit")
            and trailer.strip()
            and not SHARE_TRAILER.match(trailer)
        ):
            continue
        unit = "mil" if tail.group("mil") else tail.group("unit")
        return _line(
            label,
            number.group(),
            unit,
            connector.group("conn") if connector else None,
            connector.group("place") if connector else trailer,
            evidence,
            evidence_start,
        )
    return None


# "(+3 respecto a la semana anterior)", "(down 2 from last week)": the row's change, which names the week
# before without being its count
CHANGE_BRACKET = re.compile(
    r"""
    # "(+3 respecto a la semana anterior)", "(down 2 from last week)", "(3 más que ...)"
    \(\s*(?:[+−–-]\s?\d+|(?:up|down|sube|baja|bajan|suben|sobe|cai)\s+\d+
      |\d+\s+(?:more|fewer|less|m[aá]s|menos|mais|a\ mais|a\ menos))[^()]*\)
    # "(last week: 10)", "(semana anterior: 8)", "(semana passada 11)": the week before's count
    |\(\s*(?:last\s+week|(?:the\s+)?(?:prior|previous)\s+week
         |(?:la\s+|a\s+)?semana\s+(?:pasada|anterior|passada))
      \s*:?\s*\d+\s*\)
    # ", down from 41 the week before", ", frente a 41 la semana anterior", ", contra 41 na semana anterior"
    |,\s*(?:(?:up|down)\s+(?:\d+\s+)?from|frente\s+a(?:\s+los)?|contra(?:\s+os)?|compared\s+with)\s+\d+[^,;()]*
    """,
    re.IGNORECASE | re.VERBOSE,
)


DASH_AFTER_COUNT = re.compile(r"^\s*[–—-]\s")


def _dashed_country(after: str, leading: re.Match[str]) -> bool:
    """``12 — Guatemala``: a count, a dash and a country, the count standing first with no unit."""
    core = LABEL_CORE.match(leading.group("label").strip())
    return bool(DASH_AFTER_COUNT.match(after) and core and resolve_label(core.group("core")))


def _reads_like_prose(label: str) -> bool:
    """``El Gobierno de los Estados Unidos ha realizado``: a clause with verbs, not a name."""
    words = re.sub(r"\([^)]*\)", "", label).split()
    lowercase = [w for w in words if w[:1].islower() and w.lower() not in LABEL_CONNECTORS]
    return len(words) >= PROSE_LABEL_WORDS and len(lowercase) >= PROSE_LABEL_LOWERCASE


def _line(
    label: str, count: str, unit: str | None, connector: str | None, trailer: str, evidence: str, start: int
) -> ListLine | None:
    flights = parse_count(count)
    if flights is None or _is_year(evidence, evidence.rfind(count), count):
        return None
    excluded = bool(
        NOT_REMOVAL_RE.search(label)
        or NOT_REMOVAL_RE.search(
            CHANGE_BRACKET.sub("", evidence) if "(" in evidence or "," in evidence else evidence
        )
        or TOTAL_LABEL_RE.match(_clean(label))
        or SUBTOTAL_LABEL.match(_clean(label))
        or ALL_FLIGHTS_LABEL.match(_clean(label))
    )
    # a line that ends as a sentence does with a long label, or a label with a verb ("Esta semana salieron 9
    # vuelos."), is prose
    sentence = evidence.rstrip().endswith(".") and (
        len(label.split()) >= SENTENCE_LABEL_WORDS
        or any(cue.regex.search(label) for cue in (COMPLETED, PLANNED))
    )
    if not excluded and (evidence.rstrip().endswith(":") or _reads_like_prose(label) or sentence):
        return None
    return ListLine(
        label=_clean(label),
        count=flights,
        unit=unit,
        connector=connector,
        trailer=trailer,
        evidence=evidence,
        char_start=start,
        char_end=start + len(evidence),
        excluded=excluded,
    )


def is_people(line: ListLine) -> bool:
    """A line that counts people (or thousands of something), not flights: never a row of a flight list."""
    return line.unit == "mil" or bool(line.unit and PEOPLE_NOUN_RE.fullmatch(line.unit.split()[-1]))


def _label_core(label: str) -> str:
    match = LABEL_CORE.match(label)
    return match.group("core").strip() if match else label


def _place_country(text: str) -> str | None:
    """The one country the cities, airports and states of a label lie in.

    When they disagree, an airport's country wins, then that of the place in brackets that locates the
    others ("Base Aérea Soto Cano, Palmerola (Comayagua)"): a town's name may also be a city elsewhere.
    """
    places = find_places(text)
    bracketed = [place for inner in re.findall(r"\(([^()]*)\)", text) for place in find_places(inner)]
    for candidates in (places, [p for p in places if p.kind == "airport"], bracketed):
        countries = {p.country for p in candidates}
        if len(countries) == 1:
            return countries.pop()
    return None


def _row_kind(line: ListLine, group: _Group) -> tuple[str, list[str]] | None:
    """What a line's label is (country, day, month, airport, departure, airline) and the countries it
    names."""
    header = group.header or ""
    core = _label_core(FROM_LABEL.sub("", line.label))  # "Desde México: 3 vuelos" names an origin country
    countries = resolve_label(core) or resolve_label(line.label)
    if countries:
        return COUNTRY, countries
    if OTHER_LABEL_RE.match(core):
        return COUNTRY, []
    if day_label_date(line.label, None) is not None:
        return DAY, []
    if line.connector is None and is_month_label(line.label):
        return MONTH, []  # "Julio: 13"; "16 de enero" is a day, its count no count
    airline_heading = BREAKDOWN_RES[AIRLINE].search(header)
    if airline_heading or (AIRLINE_NAME_RE.search(line.label) and not _place_country(line.label)):
        return AIRLINE, []
    place = _place_country(line.label)
    if place is None:  # a heading that names the breakdown vouches for names no gazetteer knows ("Palmerola")
        if BREAKDOWN_RES[DEPARTURE].search(header):
            return DEPARTURE, []
        named = BREAKDOWN_RES[AIRPORT].search(header) or AIRPORT_WORDS_RE.search(line.label)
        # "Aeropuerto Internacional La Aurora": the label's own words say it is an airport
        return (AIRPORT, []) if named and UNKNOWN_NAME.fullmatch(_label_core(line.label)) else None
    if (line.connector and not TO_RE.match(line.connector)) or BREAKDOWN_RES[DEPARTURE].search(header):
        return DEPARTURE, [place]
    return AIRPORT if AIRPORT_WORDS_RE.search(line.label) or line.connector or BREAKDOWN_RES[AIRPORT].search(
        header
    ) else PLACE, [place]


def _heading_text(header: str) -> str:
    """A heading line without its bullet, emphasis or closing colon (``**MARTES 21 DE ENERO:**``)."""
    return _clean(_content(header)[0]).rstrip(":")


def _day_group(
    header: str | None, span: tuple[int, int] | None, published: dt.date | None, dateline: bool = False
) -> _Group:
    """A group under a heading; a heading that names a day makes it a day of a schedule, unless it is the
    document's own date (``dateline``)."""
    label = _heading_text(header) if header else ""
    is_day = (
        bool(header)
        and not dateline
        and len(label.split()) <= MAX_HEADER_WORDS
        and day_label_date(label, None) is not None
    )
    return _Group(
        header=header.strip() if header else None,
        header_span=span,
        is_day=is_day,
        day=day_label_date(label, published) if is_day and published else None,
    )


def _in_head(body: str, position: int) -> bool:
    """Whether ``position`` lies among the document's first lines: its headline, byline and date."""
    return sum(1 for line in body[:position].split("\n") if line.strip()) < HEAD_LINES


def _is_heading(text: str) -> bool:
    """A short line that names what follows (``By operator``, ``MARTES 21 DE ENERO``, a markdown header row),
    not a sentence."""
    cleaned = _clean(_content(text)[0]).strip("#|").strip()
    if not cleaned or len(cleaned.split()) > MAX_HEADER_WORDS or len(cleaned) > 70:
        return False
    return not re.search(r"[.!?]$", cleaned) or cleaned.endswith(":")


def _list_lines(body: str) -> Iterator[tuple[int, int]]:
    """The body's lines, a line that strings list items together (``Aug 3–9: 53 · Aug 10–16: 56 · …``) as one
    line an item.

    A bracketed note before the first item (``[Bar chart.]``) is a line of its own: the items' heading.
    """
    for start, end in lines(body):
        text = body[start:end]
        separator = next((mark for mark in INLINE_ITEMS if mark in text), None)
        if separator is None:
            yield from _bracketed_items(text, start) or [(start, end)]
            continue
        pieces = [
            (match.start() + start, match.end() + start)
            for match in INLINE_ITEMS[separator].finditer(text)
            if match.group().strip(" .")
        ]
        items = pieces if separator == "; " else pieces[1:]  # a dotted line's first piece may be its heading
        if (
            len(pieces) < MIN_INLINE_ITEMS
            or not all(HAS_DIGIT.search(body, s, e) for s, e in items)
            or (separator == "; " and any(e - s > MAX_SEMICOLON_ITEM_CHARS for s, e in pieces))
        ):
            yield start, end
            continue
        if note := LEADING_NOTE.match(body, pieces[0][0], pieces[0][1]):
            yield note.start(), note.end()
            pieces[0] = (note.end(), pieces[0][1])
        yield from pieces


def _bracketed_items(text: str, start: int) -> list[tuple[int, int]]:
    """The items of a line of counts in brackets set apart by commas, its heading first when it has one:
    "Departure airports: Harlingen (12), Alexandria (10), San Antonio (8)". Empty for other lines."""
    if text.count("(") < MIN_INLINE_ITEMS or text.count(",") < MIN_INLINE_ITEMS - 1:
        return []
    heading = BRACKETED_ITEMS_HEADING.match(text)
    first = heading.end() if heading else 0
    items = [(start + match.start(), start + match.end()) for match in BRACKETED_ITEM.finditer(text, first)]
    covered = sum(e - s for s, e in items) + 2 * (len(items) - 1)  # each item and the ", " after it
    if len(items) < MIN_INLINE_ITEMS or covered < len(text[first:].rstrip(" .")):
        return []
    return ([(start, start + heading.end("heading"))] if heading else []) + items


# "Departure airports: " before a line of bracketed items; "Harlingen (12)", one of them
BRACKETED_ITEMS_HEADING = re.compile(r"(?P<heading>[^:()\d]{2,60}:)\s*")
BRACKETED_ITEM = re.compile(r"[^\W\d][^,:()\d]{1,40}?\s*\(\d[\d.,]*\)(?=,\s|\.?\s*$)")


def _regions(body: str, published: dt.date | None) -> list[_Region]:
    """Runs of list lines, with the headings inside them and the line just before them."""
    regions: list[_Region] = []
    current: _Region | None = None
    previous: tuple[int, int] | None = None
    column: int | None = None  # the flights column a markdown header names
    months: list[tuple[int, str]] = []  # the month columns of a table by month, and its header's span
    months_span: tuple[int, int] | None = None
    fixed: FixedColumns | None = None  # the header of a fixed-width table being read
    furniture = 0  # lines since a fixed-width table stopped: page furniture before its header comes again
    wrapped_start: str | None = None  # the first line of a label wrapped onto the line of its count
    blanks = 0
    for start, end in _list_lines(body):
        text = body[start:end]
        if not text.strip():
            blanks += 1
            if current and blanks > MAX_BLANK_LINES:
                regions.append(current)
                current = None
            continue
        after_blank, blanks = blanks > 0, 0
        if fixed and PAGE_NUMBER_LINE.fullmatch(text):
            if current is not None:  # "- 34 -": the page ends; the table may go on under its header again
                regions.append(current)
                current = None
            furniture = 1
            continue
        if "|" in text and (named := flight_column(text)) is not None:
            column = named
            if HAS_DIGIT.search(text):  # a header of years names columns, it counts nothing
                previous = (start, end)
                continue
        if "|" in text and (named_months := month_columns(text)):
            months, months_span, previous = named_months, (start, end), (start, end)
            continue
        if months and (by_month := month_cells(text, start, months)) is not None:
            if current is None:
                groups = [_Group(name, months_span, month_column=True) for _, name in months]
                current = _Region(groups=groups, before=months_span)
            for group, month_line in zip(current.groups[-len(months) :], by_month, strict=True):
                group.lines.append(month_line)
            current.end = by_month[0].char_end
            previous = (start, end)
            continue
        if months and not MARKDOWN_RULE.fullmatch(text):
            months = []  # the table by month has ended
        if header := fixed_width_header(text):
            if (
                current is None
                and fixed
                and header.words == fixed.words
                and regions
                and furniture <= MAX_PAGE_FURNITURE_LINES
            ):
                current = regions.pop()  # the same header at the top of the next page: the table goes on
            fixed, furniture = header, 0
            if current is None:
                previous = (start, end)
            continue
        if (
            fixed
            and not after_blank
            and (current is not None or furniture == 0)
            and not any(re.fullmatch(COUNT, cell.group()) for cell in FIXED_CELL.finditer(text))
        ):
            # a label wrapped onto the next line ("República" / "Dominicana"): the end of the label above, or,
            # when the label above is whole and the joined one names nothing, the start of the label below
            if current is not None and current.groups[-1].lines and text[:1].strip():
                last = current.groups[-1].lines[-1]
                if cell := FIXED_CELL.search(text):
                    joined = f"{last.label} {cell.group()}"
                    whole = resolve_label(last.label)
                    if whole and resolve_label(joined) in (None, whole):
                        wrapped_start = cell.group()
                    else:
                        current.groups[-1].lines[-1] = replace(last, label=joined)
            continue  # a wrapped cell of another column, or the header's own second line
        parsed = parse_line(text, start, column, fixed)
        if fixed and current is None:
            furniture += 1
            if furniture > MAX_PAGE_FURNITURE_LINES:
                fixed = None
            elif parsed is not None and RUNNING_HEADER.search(text):
                continue  # "Informe anual 2024" at the top of the next page: a running header, not a row
        if parsed is not None and wrapped_start and resolve_label(f"{wrapped_start} {parsed.label}"):
            parsed = replace(parsed, label=f"{wrapped_start} {parsed.label}")
        wrapped_start = None
        if parsed is not None:
            if current is None:
                # "Top destinations in April\nMay 3, 2025\n\n1. Guatemala — 35": the date under the headline,
                # a blank line above the rows, is when the document was published, not the rows' day
                dateline = after_blank and previous is not None and _in_head(body, previous[0])
                group = _day_group(
                    body[previous[0] : previous[1]] if previous else None, previous, published, dateline
                )
                current = _Region(groups=[group], before=previous)
            current.groups[-1].lines.append(parsed)
            current.end = parsed.char_end
            previous = (start, end)
            continue
        if current is not None and current.groups[-1].is_day and ZERO_LINE.match(_clean(_content(text)[0])):
            offset = start + len(text) - len(text.lstrip())
            current.groups[-1].lines.append(
                ListLine(
                    label="",
                    count=0,
                    unit=None,
                    connector=None,
                    trailer="",
                    evidence=text.strip(),
                    char_start=offset,
                    char_end=offset + len(text.strip()),
                    excluded=False,
                )
            )
            current.end = start + len(text.rstrip())
            previous = (start, end)
            continue
        if MARKDOWN_RULE.fullmatch(text):
            continue
        if current is not None and _is_heading(text):
            current.groups.append(_day_group(text, (start, end), published))
        elif current is not None:
            regions.append(current)
            current = None
        previous = (start, end)
    if current is not None:
        regions.append(current)
    return regions


def _paragraph_before(body: str, position: int) -> tuple[int, int] | None:
    """The paragraph (lines up to a blank line) that ends right before ``position``."""
    text = body[:position].rstrip()
    if not text:
        return None
    end = len(text)
    blank = text.rfind("\n\n")
    start = blank + 2 if blank >= 0 else 0
    return start, end


def _intro_span(body: str, region: _Region) -> tuple[int, int] | None:
    """The sentence that introduces a list: the last one before its first heading, or before its first row."""
    first = region.groups[0]
    headed = first.header_span is not None and (first.is_day or _is_heading(first.header or ""))
    anchor = (
        first.header_span[0]
        if headed and first.header_span
        else body.rfind("\n", 0, first.lines[0].char_start) + 1
    )
    paragraph = _paragraph_before(body, anchor)
    if paragraph is None:
        return None
    spans = sentences(body, *paragraph)
    return spans[-1] if spans else None


def _heading_before(body: str, position: int) -> tuple[int, int] | None:
    """The nearest heading above a list, within a few paragraphs: a markdown heading or a short line standing
    alone."""
    window_start = max(0, position - HEADING_LOOKBACK_CHARS)
    paragraphs = [
        m for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", body[window_start:position]) if m.group().strip()
    ]
    for paragraph in reversed(paragraphs[-HEADING_LOOKBACK_PARAGRAPHS:]):
        text = paragraph.group().strip()
        if "\n" not in text and (text.startswith("#") or _is_heading(text)):
            return window_start + paragraph.start(), window_start + paragraph.end()
        first, *notes = text.split("\n")
        if notes and _is_heading(first) and all(_is_note(note) for note in notes):
            # "REMOVAL FLIGHTS BY DESTINATION" over "Report period: April 1-30, 2025" and "Published May 6"
            start = window_start + paragraph.start() + paragraph.group().index(first)
            return start, start + len(first)
    return None


MAX_NOTE_CHARS = 60


def _is_note(line: str) -> bool:
    """A short line under a heading that ends no sentence: a period, a date, a source."""
    line = line.strip()
    return 0 < len(line) <= MAX_NOTE_CHARS and not line.endswith(".")


def _head_period(body: str, language: str | None, published: dt.date | None) -> Period | None:
    """The month or longer a document's first line states: a report's title kept in its text ("INFORME
    ESTADÍSTICO MENSUAL – FEBRERO 2025"); not a day, which dates the document rather than its lists."""
    period = find_period(body.lstrip().split("\n", 1)[0], language, published)
    return period if period and period.precision not in (Precision.DAY, Precision.WEEK) else None


def _period_above(body: str, position: int, language: str | None, published: dt.date | None) -> Period | None:
    """A period stated on a line standing alone above a list: a headline kept in the text when a copy got a
    new title."""
    window_start = max(0, position - HEADING_LOOKBACK_CHARS)
    for paragraph in reversed(re.findall(r"[^\n]+(?:\n[^\n]+)*", body[window_start:position])):
        text = paragraph.strip()
        if "\n" in text or len(text) > MAX_HEADLINE_CHARS or text.endswith("."):
            continue
        period = find_period(text, language, published)
        if period:
            return period
    return None


def _month_years(labelled: list[tuple[object, str]], published: dt.date | None) -> dict[int, int]:
    """The year of each row or column whose label names a month and no year, by their order
    (``month_sequence_years``), keyed by the object's id."""
    named = [(item, month) for item, label in labelled if (month := month_label_number(label)) is not None]
    if published is None or len(named) < MIN_TABLE_ROWS:
        return {}
    years = month_sequence_years([month for _, month in named], published)
    return {id(item): year for (item, _), year in zip(named, years, strict=True)}


def _receives_from_rows(text: str, row_countries: set[str]) -> bool:
    """Whether the text around a list says its rows sent the flights to a receiver ("Honduras recibió vuelos
    de:", "arrivals by country of origin").

    A receiver that is one of the rows names the list's destinations instead: "Guatemala again received the
    most flights, followed by Honduras" stands over a list of where flights went.
    """
    for match in RECEIVING.finditer(text):
        if not RECEIVE_VERB.fullmatch(match.group()):
            return True
        clause_start = max(text.rfind(stop, 0, match.start()) for stop in ".;:\n")
        subjects = {place.country for place in find_places(text[clause_start + 1 : match.start()])}
        if not subjects & row_countries:
            return True
    return False


def _year_period(text: str, language: str | None, published: dt.date | None) -> Period | None:
    """A year or a span of months the list's heading, introduction or headline states ("por mes en 2024",
    "Return flights by destination, 2024", "Vuelos por país (2024)")."""
    period = find_span_period(text, language, published)
    if isinstance(period, Period):
        return period
    for line in text.split("\n"):
        if (year := HEADING_YEAR.search(line)) and len(line) <= MAX_HEADLINE_CHARS:
            first = dt.date(int(year.group("y")), 1, 1)
            return Period(first, dt.date(first.year, 12, 31), Precision.YEAR, year.group(), 0, 0)
    return None


def _landed_after(body: str, end: int, language: str | None) -> str | None:
    """The one country the sentence right after a list of origins says the flights landed in ("Todos los
    vuelos aterrizaron en el Aeropuerto Internacional de El Salvador")."""
    start = end + len(body[end:]) - len(body[end:].lstrip())
    spans = sentences(body, start, min(len(body), start + AFTER_LIST_CHARS))
    if not spans:
        return None
    landed = sentence_route(body[spans[0][0] : spans[0][1]], language).destinations
    return landed[0] if len(landed) == 1 else None


def _total_after(body: str, end: int) -> tuple[tuple[int, int], str] | None:
    """A sentence right after a list that states its total (``En total se esperan 10 vuelos: 8 de ...``)."""
    rest = body[end:]
    stripped = rest.lstrip().lstrip(".;").lstrip()  # the full stop of a list written as one sentence
    if not stripped:
        return None
    start = end + len(rest) - len(stripped)
    spans = sentences(body, start, min(len(body), start + 400))
    if not spans:
        return None
    sentence = body[spans[0][0] : spans[0][1]]
    return (spans[0], sentence) if TOTAL_START.match(sentence) and names_a_flight(sentence) else None


def _is_year(text: str, start: int, count: str) -> bool:
    """'October 2024 Removal Flights', 'VOOS PARA O BRASIL EM 2025', 'Deportation flights by month, 2024': a
    year after a month's name, a preposition of time or a heading's comma is a date, not a count of
    flights."""
    before = text[max(0, start - YEAR_CONTEXT_CHARS) : start]  # "September 3, 2025"
    return (
        count.isdigit()
        and len(count) == 4
        and 1900 <= int(count) <= 2100
        and (
            names_a_month(before)
            or bool(YEAR_PREPOSITION_BEFORE.search(before))
            or before.rstrip().endswith(",")
        )
    )


def _stated_total(body: str, span: tuple[int, int] | None, header_first: bool = True) -> StatedTotal | None:
    """The total a heading (``Removal flights this week: 23``) or a sentence (``realizó 137 vuelos``) states,
    with its text."""
    if span is None:
        return None
    text = body[span[0] : span[1]]
    header = HEADER_TOTAL.search(text) if header_first else None
    match = header or STATED_TOTAL.search(text)
    if match is None and (bracketed := BRACKETED_TOTAL.search(text)):
        group = "count" if bracketed.group("count") else "count2"
        value = parse_count(bracketed.group(group))
        if value is None or _is_year(text, bracketed.start(group), bracketed.group(group)):
            return None  # "(total, 2025)"
        return StatedTotal(
            value, None, bracketed.group(), span[0] + bracketed.start(), span[0] + bracketed.end()
        )
    value = parse_count(match.group("count")) if match else None
    if match is None or value is None or _is_year(text, match.start("count"), match.group("count")):
        return None
    return StatedTotal(value, None, match.group(), span[0] + match.start(), span[0] + match.end())


def _origin_totals(sentence: str, start: int) -> list[StatedTotal]:
    """Totals per origin in a sentence after a schedule (``8 procedentes de Estados Unidos y 2 de
    México``)."""
    totals = []
    for part in ORIGIN_PART.finditer(sentence):
        countries = [p.country for p in find_places(part.group("place"))]
        value = parse_count(part.group("count"))
        if countries and value is not None:
            totals.append(
                StatedTotal(
                    value, countries[0], part.group(), start + part.start(), start + part.end(), "origin_part"
                )
            )
    return totals


def _breakdown(kinds: list[str], group: _Group) -> str:
    """The kind most of a group's rows are; a tie goes to countries, then to the kind of the earliest row."""
    if group.is_day:
        return DAY
    kind = max(kinds, key=lambda k: (kinds.count(k), k == COUNTRY))
    return AIRPORT if kind == PLACE else kind


def _rows(
    group: _Group, kinds: list[tuple[str, list[str]] | None], status: str, published: dt.date | None
) -> list[TableRow]:
    rows = []
    for line, typed in zip(group.lines, kinds, strict=True):
        if typed is None or line.excluded or is_people(line):
            continue
        kind, countries = typed
        label = line.label or (group.header or "").strip()
        if group.is_day:
            label = _heading_text(group.header or "")
            kind = DAY
        day = (
            group.day
            if group.is_day
            else day_label_date(label, published)
            if kind == DAY and published
            else None
        )
        rows.append(
            TableRow(
                label=label,
                kind=kind,
                countries=countries,
                flights=line.count,
                evidence=line.evidence,
                char_start=line.char_start,
                char_end=line.char_end,
                day=day,
                status=status,
            )
        )
    return rows


def _lines_and_kinds(
    typed: list[tuple[_Group, list[tuple[str, list[str]] | None]]],
) -> Iterator[tuple[ListLine, tuple[str, list[str]] | None]]:
    """Every line of a region's typed groups with what its label is (None: no row)."""
    for group, kinds in typed:
        yield from zip(group.lines, kinds, strict=True)


def _typed_groups(region: _Region) -> list[tuple[_Group, list[tuple[str, list[str]] | None]]]:
    """What each line's label is; in a list of countries, a name that is no country stays a country row
    without codes.

    Validation then refuses that row with its reason (``countries_known``) instead of the row vanishing.
    """
    typed = []
    for group in region.groups:
        kinds = [
            None if line.excluded else ((DAY, []) if group.is_day else _row_kind(line, group))
            for line in group.lines
        ]
        known = [k for k in kinds if k is not None]
        if known and sum(k[0] == COUNTRY for k in known) * 2 > len(known):
            kinds = [
                (COUNTRY, [])
                if (k is None or k[0] == PLACE) and not line.excluded and UNKNOWN_NAME.fullmatch(line.label)
                else k
                for k, line in zip(kinds, group.lines, strict=True)
            ]
        typed.append((group, kinds))
    return typed


def flight_counts(
    body: str, start: int, end: int, language: str | None = None
) -> Iterator[tuple[int, re.Match[str]]]:
    """Each count of flights in ``body[start:end]`` with its value, found from its noun, the nearest number
    first: "Foram quatro voos" is "quatro voos", "2025 foram quatro voos" too. One pass over the nouns."""
    taken = start
    for noun in FLIGHT_NOUN_WORD.finditer(body, start, end):
        words = list(
            WORD_OR_NUMBER.finditer(body, max(taken, noun.start() - COUNT_LOOKBACK_CHARS), noun.start())
        )
        for word in reversed(words[-COUNT_WORDS_BEFORE_NOUN:]):
            match = COUNT_BEFORE_NOUN.match(body, word.start(), noun.end())
            if (
                match
                and match.end() == noun.end()
                and (value := parse_count(match.group("n"), language)) is not None
            ):
                yield value, match
                taken = noun.end()
                break


def sums_to_a_stated_count(
    body: str, start: int, end: int, flights: int, language: str | None
) -> re.Match[str] | None:
    """A count of flights stated in the text above ``start``, or in the sentence right after ``end``, that
    equals ``flights``, the sum of a list's lines ("All 35 flights went to Latin America"): read in the
    document's language ("Lista dos voos" is no count in Portuguese)."""
    above = next(
        (
            match
            for value, match in flight_counts(body, max(0, start - TOTAL_LOOKBACK_CHARS), start, language)
            if value == flights
        ),
        None,
    )
    after = sentences(body, end, min(len(body), end + AFTER_LIST_CHARS))
    if above is not None or not after:
        return above
    return next(
        (match for value, match in flight_counts(body, *after[0], language) if value == flights), None
    )


def _not_a_flight_list(region: _Region, context_text: str, sums_to_flights: bool = False) -> str | None:
    """Why a list does not count flights, or None when it does: a flight unit on its lines, a flight noun in
    its heading or introduction, or lines that add up to a count of flights stated above ("19 removal flights
    …", then "Guatemala (6)", "Mexico (4)" …).

    A heading that counts people (``Top countries of removal``, ``Repatriaciones por país``) and no flight
    unit on the lines make a list of people, whatever the paragraph around it says.
    """
    units = [line.unit for group in region.groups for line in group.lines if line.unit and not line.excluded]
    if any(is_people(line) for group in region.groups for line in group.lines if not line.excluded):
        return "its lines count people, not flights"
    own_heading = region.groups[0].header or ""
    if (
        not units
        and PEOPLE_HEADING.search(own_heading)
        and not names_a_flight(own_heading)
        and flight_column(own_heading) is None
    ):
        return f"its heading counts people and no line names a flight unit: {own_heading.strip()[:80]!r}"
    headers = " ".join(group.header or "" for group in region.groups)
    if any(names_a_flight(u) for u in units) or names_a_flight(headers) or names_a_flight(context_text):
        return None
    if sums_to_flights:
        return None
    return "no flight noun on its lines, in its heading or in its introduction"


@dataclass(frozen=True)
class _Surroundings:
    """What is read around a list: the sentence that introduces it, the paragraph before that, its heading."""

    intro_span: tuple[int, int] | None
    intro: str
    paragraph_span: tuple[int, int] | None
    paragraph: str
    header: str
    first_line: int
    heading_span: tuple[int, int] | None
    heading: str


def _surroundings(body: str, region: _Region) -> _Surroundings:
    intro_span = _intro_span(body, region)
    paragraph_span = _paragraph_before(body, intro_span[1]) if intro_span else None
    first_line = (
        body.rfind("\n", 0, region.groups[0].lines[0].char_start) + 1
        if region.groups[0].lines
        else region.end
    )
    heading_span = _heading_before(
        body, region.groups[0].header_span[0] if region.groups[0].header_span else first_line
    )
    return _Surroundings(
        intro_span,
        body[intro_span[0] : intro_span[1]] if intro_span else "",
        paragraph_span,
        body[paragraph_span[0] : paragraph_span[1]] if paragraph_span else "",
        region.groups[0].header or "",
        first_line,
        heading_span,
        body[heading_span[0] : heading_span[1]] if heading_span else "",
    )


@dataclass(frozen=True)
class RegionVerdict:
    """What became of one region of list-shaped lines: kept, or dropped by a named step with its reason."""

    region: _Region
    typed: list[tuple[_Group, list[tuple[str, list[str]] | None]]]
    step: str
    reason: str | None  # None: kept
    around: _Surroundings | None = None
    summed: re.Match[str] | None = None  # the count of flights above that the lines add up to, if any


def screen_regions(body: str, language: str | None, published: dt.date | None) -> list[RegionVerdict]:
    """Every region of list-shaped lines with the step that kept or dropped it: ``list_lines`` (two lines or
    more),
    ``row_kinds`` (most lines are rows of a known kind), ``flight_list`` (it counts flights)."""
    verdicts = []
    for region in _regions(body, published):
        candidates = [line for group in region.groups for line in group.lines if not line.excluded]
        if len(candidates) < MIN_TABLE_ROWS:  # one line is no list: settle it before reading its surroundings
            verdicts.append(
                RegionVerdict(
                    region,
                    [],
                    "list_lines",
                    f"{len(candidates)} list line(s) that are not totals or other legs",
                )
            )
            continue
        typed = _typed_groups(region)
        valid = [k for _, kinds in typed for k in kinds if k is not None]
        if len(valid) < MIN_TABLE_ROWS or 2 * len(valid) < len(candidates):
            verdicts.append(
                RegionVerdict(
                    region,
                    typed,
                    "row_kinds",
                    f"only {len(valid)} of {len(candidates)} lines have a label of a known kind "
                    "(country, day, month, airport, departure city, airline): a list "
                    "needs two and at least half",
                )
            )
            continue
        around = _surroundings(body, region)
        first = min(line.char_start for line in candidates)
        summed = sums_to_a_stated_count(
            body, first, region.end, sum(line.count for line in candidates), language
        )
        reason = _not_a_flight_list(
            region, f"{around.intro} {around.header} {around.heading}", summed is not None
        )
        verdicts.append(RegionVerdict(region, typed, "flight_list", reason, around, summed))
    return verdicts


def _row_route(row: TableRow, role: str, origin: str | None, destination: str | None) -> None:
    """Set a row's own origin and destinations from what its label is and the list's route."""
    if row.kind == COUNTRY and role == "origin":
        row.origin_country = row.countries[0] if len(row.countries) == 1 else None
        row.destination_countries = [destination] if destination else []
    elif row.kind == COUNTRY:
        row.origin_country, row.destination_countries = origin, list(row.countries)
    elif row.kind == DEPARTURE:
        row.origin_country = row.countries[0] if row.countries else origin
        row.destination_countries = [destination] if destination else []
    elif row.kind in (AIRPORT, PLACE) and origin is not None and row.countries == [origin]:
        # "Harlingen, TX ..... 11" in a list of US flights: where they left from, not where they went
        row.origin_country = origin
        row.destination_countries = [destination] if destination else []
    elif row.kind in (AIRPORT, PLACE):
        row.origin_country = origin
        row.destination_countries = list(row.countries) or ([destination] if destination else [])
    else:
        row.origin_country, row.destination_countries = origin, [destination] if destination else []


def find_flight_tables(
    body: str, language: str | None, published: dt.date | None, context: DocumentContext | None = None
) -> list[FlightList]:
    """Every flight list in ``body``, one table per breakdown, with totals, route, period, status and
    provenance."""
    context = context or DocumentContext()
    tables: list[FlightList] = []
    for verdict in screen_regions(body, language, published):
        if verdict.reason is not None or verdict.around is None:
            continue
        region, typed, around = verdict.region, verdict.typed, verdict.around
        intro_span, intro, paragraph_span, paragraph = (
            around.intro_span,
            around.intro,
            around.paragraph_span,
            around.paragraph,
        )
        header, first_line, heading_span, heading = (
            around.header,
            around.first_line,
            around.heading_span,
            around.heading,
        )
        after = _total_after(body, region.end)
        surroundings = f"{paragraph}\n{header}"
        # column names ("| Month | Removal flights | Of which to Mexico |") route no flight of the rows
        prose = [line for line in surroundings.split("\n") if _markdown_cells(_content(line)[0]) is None]
        route = sentence_route("\n".join(prose), language)
        # "The same 40 flights, three ways:" leans on the paragraph before it
        if not route.destinations and paragraph_span:
            earlier = _paragraph_before(body, paragraph_span[0])
            lead = sentence_route(body[earlier[0] : earlier[1]], language) if earlier else route
            route = Route(route.origin or lead.origin, lead.destinations)
        # "- 16 vuelos desde Estados Unidos", "Desde México: 3": origins
        row_countries = {
            country
            for _, kinds in typed
            for kind in kinds
            if kind and kind[0] == COUNTRY
            for country in kind[1]
        }
        receiving = _receives_from_rows(surroundings, row_countries) or any(
            (bool(line.connector and not TO_RE.match(line.connector)) or bool(FROM_LABEL.match(line.label)))
            and kind is not None
            and kind[0] == COUNTRY
            for line, kind in _lines_and_kinds(typed)
        )
        status = (
            Status.PLANNED if PLANNED_RE.search(f"{surroundings} {context.title or ''}") else Status.COMPLETED
        )
        origin = route.origin or context.origin
        destination = (route.destinations[0] if len(route.destinations) == 1 else None) or context.home
        if not destination and not receiving:
            destination = context.destination
        # a list of origins of flights that "retornaron al país": the dateline's country
        if not destination and receiving:
            destination = context.dateline or _landed_after(body, region.end, language)
        if receiving and destination in row_countries:
            # "se recibieron los siguientes vuelos: Guatemala 12, Honduras 9" on a Guatemalan page: no row
            # flies to itself, so the rows are where the flights went
            receiving, destination = False, None
        first = region.groups[0]
        stated = next(
            (
                replace(total, found_by=where)
                for where, span in (
                    ("list_header", None if first.is_day else first.header_span),
                    ("intro", intro_span),
                    ("heading", heading_span),
                )
                if (total := _stated_total(body, span))
            ),
            None,
        )
        # "27 vuelos, 24 de ellos desde ..."
        totals: list[StatedTotal] = _origin_totals(intro, intro_span[0]) if intro_span else []
        end = region.end
        if after:
            after_span, sentence = after
            after_total = _stated_total(body, after_span, header_first=False)
            stated = stated or (replace(after_total, found_by="after") if after_total else None)
            totals = totals or _origin_totals(sentence, after_span[0])
            end = after_span[1]
        typed_sum = sum(line.count for line, kind in _lines_and_kinds(typed) if kind is not None)
        total_line = (
            next((line for g in region.groups for line in g.lines if TOTAL_LABEL_RE.match(line.label)), None)
            or next(
                # "Removal flights: 28 (down from 31)" above the rows
                (
                    line
                    for g in region.groups
                    for line in g.lines
                    if not line.excluded
                    and names_a_flight(line.label)
                    and not resolve_label(_label_core(line.label))
                ),
                None,
            )
            or next(
                # "- 112 removal flights in April" in a summary above the rows it adds up
                (
                    line
                    for line, kind in _lines_and_kinds(typed)
                    if kind is None
                    and not line.excluded
                    and line.unit
                    and names_a_flight(line.unit)
                    and line.count == typed_sum
                ),
                None,
            )
        )
        if stated is None and (summed := verdict.summed):
            stated = StatedTotal(
                parse_count(summed.group("n")) or 0,
                None,
                summed.group(),
                summed.start(),
                summed.end(),
                "lines_add_up",
            )
            end = max(
                end, summed.end()
            )  # "All 35 flights went to Latin America" below the lines is read with them
        if stated is None and total_line is not None:
            stated = StatedTotal(
                total_line.count,
                None,
                total_line.evidence,
                total_line.char_start,
                total_line.char_end,
                "total_line",
            )
        if stated is not None:
            # "27 vuelos: 24 desde Estados Unidos y 3 desde México"
            mixed = len({t.origin_country for t in totals}) > 1
            stated.origin_country = None if receiving or mixed else origin
            totals = [stated, *totals]
        # the lines right above the first row: a heading inside the region ("Table 4. …, 2024")
        rows_start = min(line.char_start for line, kind in _lines_and_kinds(typed) if kind is not None)
        period = (
            find_period(f"{header}\n{intro}", language, published)
            or find_period(paragraph, language, published)
            or find_period(heading, language, published)
            or find_period(context.title or "", language, published)
            or _period_above(body, first_line, language, published)
            or _head_period(body, language, published)
            or find_relative_period(f"{header} {intro}", language, published)
            or _year_period(
                f"{header}\n{intro}\n{body[max(0, rows_start - HEADING_LOOKBACK_CHARS) : rows_start]}\n"
                f"{heading}\n{context.title or ''}",
                language,
                published,
            )
        )
        if period and published and status == Status.COMPLETED and period.end > published >= period.start:
            period = replace(period, end=published)  # flights reported as done cannot lie after the report
        start = intro_span[0] if intro_span else region.groups[0].lines[0].char_start
        if region.before and region.before[0] < start:
            start = region.before[0]
        schedule = all(group.is_day for group in region.groups if group.lines)
        # "Lunes 6" under "Semana del 6 al 12 de octubre de 2025" in a bulletin with no date: its own week's
        # days
        reference = published or (period.end if period else None)
        groups = [(g, k) for g, k in typed if any(kind is not None for kind in k)]
        if schedule:
            merged_rows = [row for g, k in groups for row in _rows(g, k, status, reference)]
            pieces: list[tuple[str, list[TableRow], list]] = [(DAY, merged_rows, groups)]
        else:
            pieces = []
            for g, k in groups:
                kinds = [kind for kind, _ in (x for x in k if x is not None)]
                pieces.append((_breakdown(kinds, g), _rows(g, k, status, reference), [(g, k)]))
        first_index = len(tables)
        group_origins = []
        column_years = _month_years([(g, g.header or "") for g in region.groups if g.month_column], published)
        headed = [_headed_origin(members, language) for _, _, members in pieces]
        # "a) Vuelos procedentes de Estados Unidos", "b) … de México": parts, not views
        by_origin = len({o for o in headed if o}) > 1
        for (breakdown, rows, members), own_origin in zip(pieces, headed, strict=True):
            if len(rows) < 1:
                continue
            piece_origin = own_origin or origin
            subtotal = (
                _own_total([g for g, _ in members], piece_origin, SUBTOTAL_LABEL, "subtotal_line")
                if by_origin
                else None
            )
            role = "origin" if breakdown == COUNTRY and receiving else "destination"
            month_years = (
                _month_years([(row, row.label) for row in rows], published) if breakdown == MONTH else {}
            )
            column = members[0][0] if len(members) == 1 and members[0][0].month_column else None
            column_month = (
                month_label_period(column.header or "", period, published, column_years.get(id(column)))
                if column
                else None
            )
            for row, line in ((r, _line_of(region, r)) for r in rows):
                _row_route(row, role, piece_origin, destination)
                if breakdown == DAY:
                    row.origin_country, row.destination_countries = _day_route(
                        line, origin, destination, language
                    )
                    span = find_period(row.label, language, published) if row.day else None
                    within = span is not None and span.end > span.start and span.start == row.day
                    row.period_start, row.period_end = (
                        (span.start, span.end) if span is not None and within else (row.day, row.day)
                    )
                elif breakdown == MONTH and (
                    month := month_label_period(row.label, period, published, month_years.get(id(row)))
                ):
                    row.period_start, row.period_end = month.start, month.end
                elif column_month is not None:
                    row.period_start, row.period_end = column_month.start, column_month.end
                else:
                    row.period_start = period.start if period else None
                    row.period_end = period.end if period else None
            group_origins.append(piece_origin)
            # a month's column has its own total line; a total stated around the table is over every month
            own_total = (
                subtotal
                if by_origin
                else _own_total([column], piece_origin, TOTAL_LABEL_RE, "total_line")
                if column
                else stated
            )
            tables.append(
                FlightList(
                    rows=rows,
                    breakdown=breakdown,
                    row_role=role,
                    # a list whose rows are its destinations names no one destination: its total is over all
                    # of them
                    origin_country=None if role == "origin" else piece_origin,
                    destination_country=None
                    if role == "destination" and breakdown == COUNTRY
                    else destination,
                    stated_total=own_total.flights if own_total else None,
                    # a part's own total only: a subtotal of one origin, a month column's total row
                    totals=(([own_total] if own_total else []) if column or by_origin else totals),
                    period=column_month or period,
                    status=status,
                    evidence=body[start:end],
                    char_start=start,
                    char_end=end,
                    intro_text=intro or None,
                    total_group=len(tables) if by_origin or column else first_index,
                )
            )
        row_origins = {row.origin_country for _, rows, _ in pieces for row in rows}
        if (
            stated is not None
            and len(totals) == 1
            and stated.origin_country is None
            and len(row_origins) == 1
            and None not in row_origins
        ):
            # every row's flights left from one country: so did the total's
            stated.origin_country = row_origins.pop()
    return tables


def _headed_origin(members: list, language: str | None) -> str | None:
    """The country a group's own heading says its flights came from ("b) Vuelos procedentes de México")."""
    if len(members) != 1 or not members[0][0].header:
        return None
    return sentence_route(members[0][0].header, language).origin


def _own_total(
    groups: list[_Group], origin: str | None, label: re.Pattern[str], found_by: str
) -> StatedTotal | None:
    """A part's own total line: a group's subtotal ("Subtotal México: 6 vuelos / 684 personas"), a month
    column's cell of the total row ("| Total | 44 | 48 |")."""
    line = next(
        (line for group in groups for line in group.lines if line.excluded and label.match(line.label)), None
    )
    return (
        StatedTotal(line.count, origin, line.evidence, line.char_start, line.char_end, found_by)
        if line
        else None
    )


def _line_of(region: _Region, row: TableRow) -> ListLine | None:
    return next((line for g in region.groups for line in g.lines if line.char_start == row.char_start), None)


def _day_route(
    line: ListLine | None, origin: str | None, destination: str | None, language: str | None
) -> tuple[str | None, list[str]]:
    """Where a schedule row's flights come from and go: 'desde Harlingen' is an origin, 'to Guatemala City' a
    destination.

    A place the line names without saying which is where the flights come from (a receiving country's
    schedule).
    """
    if line is None or (line.count == 0 and not line.label):
        return None, [destination] if destination else []
    text = " ".join(part for part in (line.label, line.connector, line.trailer) if part)
    route = sentence_route(text, language)
    # "2 flights to Guatemala City": the list's own origin, unless the line names another
    if route.destinations:
        return route.origin or origin, list(route.destinations)
    places = find_places(text)
    countries = [p.country for p in places if p.kind == "country"] or [p.country for p in places]
    if (
        route.origin is None
        and line.connector is None
        and origin is not None
        and countries
        and origin not in countries
        # "Lunes 6: 2 vuelos (Alexandria y El Paso)": US towns in a receiving country's schedule are where the
        # flights left from, never where removal flights went
        and "US" not in countries
    ):
        # "Mon 3/17 – 5 (Guatemala 2, Honduras 2, Mexico 1)" in a list of US flights: where they went, one
        # country or several (a count over several countries names none)
        named = list(dict.fromkeys(countries))
        return origin, named if len(named) == 1 else []
    return route.origin or (countries[0] if countries else origin), [destination] if destination else []
